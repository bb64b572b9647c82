//! `somevakt correct`: one field of a recorded entry rewritten with the
//! reason, as its own commit; the audit shows an approver's correction as a
//! correction, and anyone else's as a changed decision.

mod common;

use common::*;
use serde_json::Value;

const ID: &str = "fjordvik/x-ordforer";
const FILE: &str = "assessments/fjordvik/x-ordforer.toml";

fn ok(out: std::process::Output) -> String {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    stdout(&out)
}

fn head(root: &std::path::Path) -> String {
    git(root, &["rev-parse", "HEAD"]).trim().to_owned()
}

fn decisions(root: &std::path::Path) -> usize {
    std::fs::read_to_string(root.join(FILE))
        .unwrap()
        .matches("[[decisions]]")
        .count()
}

/// The audit's record of decision `position` of the account.
fn audited(root: &std::path::Path, position: usize) -> Value {
    let out = somevakt(root, &["audit", "--format", "json"]);
    let report: Value = serde_json::from_slice(&out.stdout).expect("json");
    report["decisions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["account"] == ID && d["position"] == position)
        .cloned()
        .unwrap_or_else(|| panic!("{}", stdout(&out)))
}

#[test]
fn a_mistyped_decision_date_is_corrected_and_the_audit_shows_it() {
    let (_dir, root) = committed_example();
    ok(somevakt(
        &root,
        &[
            "decide",
            ID,
            "--outcome",
            "approved",
            "--body",
            "Ledergruppen",
            "--rationale",
            "Vurdert",
            "--date",
            "2025-01-05",
        ],
    ));
    let decided = head(&root);
    let n = decisions(&root);
    let before = std::fs::read_to_string(root.join(FILE)).unwrap();
    let out = ok(somevakt(
        &root,
        &[
            "correct",
            ID,
            "--decision",
            &n.to_string(),
            "--date",
            "2025-01-06",
            "--reason",
            "Møtet var 6. januar; skrivefeil",
        ],
    ));
    assert!(out.contains("correct: fjordvik/x-ordforer"), "{out}");
    let after = std::fs::read_to_string(root.join(FILE)).unwrap();
    let changed: Vec<_> = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(changed, [("date = 2025-01-05", "date = 2025-01-06")]);
    let message = git(&root, &["log", "-1", "--format=%B"]);
    assert!(message.contains("Action: correct"), "{message}");
    assert!(
        message.contains(&format!("Corrects: {decided}")),
        "{message}"
    );
    assert!(
        message.contains(&format!("Corrected: decisions[{n}].date")),
        "{message}"
    );
    assert!(
        message.contains("Reason: Møtet var 6. januar; skrivefeil"),
        "{message}"
    );
    git(&root, &["fsck", "--strict", "--no-progress"]);

    let record = audited(&root, n);
    let corrections = record["corrections"].as_array().unwrap();
    assert_eq!(corrections.len(), 1, "{record}");
    assert_eq!(corrections[0]["fields"], serde_json::json!(["date"]));
    assert!(
        record["violations"]
            .as_array()
            .unwrap()
            .iter()
            .all(|v| v["kind"] != "changed"),
        "{record}"
    );
    let text = stdout(&somevakt(&root, &["audit"]));
    assert!(text.contains("corrected in"), "{text}");

    // A second correction of the same field names the first one.
    let first = head(&root);
    ok(somevakt(
        &root,
        &[
            "correct",
            ID,
            "--decision",
            &n.to_string(),
            "--body",
            "Kommunedirektørens ledergruppe",
            "--reason",
            "Hele navnet",
        ],
    ));
    assert!(git(&root, &["log", "-1", "--format=%B"]).contains(&format!("Corrects: {first}")));
    assert_eq!(
        audited(&root, n)["corrections"].as_array().unwrap().len(),
        2
    );
}

#[test]
fn what_a_correction_refuses() {
    let (_dir, root) = committed_example();
    let refused = |args: &[&str], why: &str| {
        let out = somevakt(&root, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stdout(&out));
        assert!(stderr(&out).contains(why), "{args:?}: {}", stderr(&out));
    };
    refused(
        &[
            "correct",
            ID,
            "--decision",
            "9",
            "--date",
            "2024-01-01",
            "--reason",
            "x",
        ],
        "no decisions[9]",
    );
    refused(
        &[
            "correct",
            ID,
            "--decision",
            "1",
            "--date",
            "2025-02-01",
            "--reason",
            "x",
        ],
        "after today",
    );
    refused(
        &[
            "correct",
            ID,
            "--decision",
            "1",
            "--archive-ref",
            "x",
            "--reason",
            "x",
        ],
        "may rewrite",
    );
    refused(
        &[
            "correct",
            ID,
            "--decision",
            "1",
            "--date",
            "2024-01-01",
            "--reason",
            " ",
        ],
        "say why",
    );
    // One entry and one field, both required.
    assert_eq!(
        somevakt(
            &root,
            &["correct", ID, "--date", "2024-01-01", "--reason", "x"]
        )
        .status
        .code(),
        Some(2)
    );
    assert_eq!(
        somevakt(
            &root,
            &[
                "correct",
                ID,
                "--closing",
                "--date",
                "2024-01-01",
                "--body",
                "x",
                "--reason",
                "x"
            ]
        )
        .status
        .code(),
        Some(2)
    );
    assert_eq!(git(&root, &["rev-list", "--count", "HEAD"]).trim(), "1");
}

#[test]
fn a_correction_by_someone_who_is_not_an_approver_stays_a_violation() {
    let (_dir, root) = committed_example();
    ok(somevakt(
        &root,
        &[
            "decide",
            ID,
            "--outcome",
            "approved",
            "--body",
            "Ledergruppen",
            "--rationale",
            "Vurdert",
            "--date",
            "2025-01-05",
        ],
    ));
    let decided = head(&root);
    let n = decisions(&root);
    // The policy names another approver from now on.
    let policy = std::fs::read_to_string(root.join("somevakt.toml"))
        .unwrap()
        .replace(
            "emails = []",
            "emails = [\"hege.solberg@fjordvik.kommune.no\"]",
        );
    std::fs::write(root.join("somevakt.toml"), policy).unwrap();
    git_at(
        &root,
        "2025-01-15T10:00:00+01:00",
        &["commit", "-qam", "Godkjennere"],
    );
    // The command refuses, so it is done by hand with the same trailers.
    let out = somevakt(
        &root,
        &[
            "correct",
            ID,
            "--decision",
            &n.to_string(),
            "--date",
            "2025-01-06",
            "--reason",
            "x",
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let text = std::fs::read_to_string(root.join(FILE))
        .unwrap()
        .replace("date = 2025-01-05", "date = 2025-01-06");
    std::fs::write(root.join(FILE), text).unwrap();
    git(
        &root,
        &[
            "commit",
            "-qam",
            &format!(
                "correct: {ID}\n\nAssessment: {ID}\nAction: correct\nCorrects: {decided}\nReason: x\n"
            ),
        ],
    );
    let record = audited(&root, n);
    assert!(
        record["corrections"].as_array().unwrap().is_empty(),
        "{record}"
    );
    assert!(
        record["violations"]
            .as_array()
            .unwrap()
            .iter()
            .any(|v| v["kind"] == "changed"),
        "{record}"
    );
}

#[test]
fn a_closing_decision_is_corrected_not_closed_again() {
    let (_dir, root) = committed_example();
    ok(somevakt(
        &root,
        &["close", ID, "--reason", "Erstattes", "--date", "2025-01-10"],
    ));
    let closed = head(&root);
    ok(somevakt(
        &root,
        &[
            "correct",
            ID,
            "--closing",
            "--date",
            "2025-01-09",
            "--reason",
            "Vedtatt 9. januar",
        ],
    ));
    let text = std::fs::read_to_string(root.join(FILE)).unwrap();
    assert!(text.contains("decided = 2025-01-09"), "{text}");
    assert!(git(&root, &["log", "-1", "--format=%B"]).contains(&format!("Corrects: {closed}")));
    // Recorded closed later: the corrected decision stays.
    ok(somevakt(&root, &["close", ID, "--closed"]));
    let text = std::fs::read_to_string(root.join(FILE)).unwrap();
    assert!(
        text.contains("decided = 2025-01-09") && text.contains("reason = \"Erstattes\""),
        "{text}"
    );
    assert!(text.contains("status = \"closed\""), "{text}");
}
