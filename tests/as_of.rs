//! `--as-of DATE|COMMIT` (issue 25): the register as committed on a past
//! day, read from Git alone. Checked against the plainest answer there is:
//! `status` run on a checkout of the commit that day stands for.

mod common;

use std::path::Path;

use common::*;
use serde_json::Value;

const ID: &str = "fjordvik/x-ordforer";
const FILE: &str = "assessments/fjordvik/x-ordforer.toml";

/// A history of the example over a year, one change a commit, each at a
/// known time (late in the evening, in Oslo's winter offset, so that a
/// reading in UTC would put some on the next day).
fn history() -> (
    tempfile::TempDir,
    std::path::PathBuf,
    Vec<(&'static str, String)>,
) {
    let (dir, root) = copy_example_named("fjordvik");
    git(&root, &["init", "-q", "-b", "main"]);
    git(&root, &["add", "."]);
    let mut commits = Vec::new();
    let mut commit = |when: &'static str, message: &str| {
        git_at(&root, when, &["commit", "-q", "-a", "-m", message]);
        commits.push((when, git(&root, &["rev-parse", "HEAD"]).trim().to_owned()));
    };
    git(&root, &["add", "-A"]);
    commit("2024-02-01T23:30:00+01:00", "the register as it started");
    let text = std::fs::read_to_string(root.join(FILE)).expect("read");
    write(
        &root,
        FILE,
        text.replace("outcome = \"approved\"", "outcome = \"not_approved\""),
    );
    commit("2024-06-30T23:30:00+01:00", "the mayor's account refused");
    write(
        &root,
        "assessments/fjordvik/broken.toml",
        "schema_version = [",
    );
    git(&root, &["add", "-A"]);
    // 01:30 in summer time is still 14 September in UTC: the committer's day counts.
    commit("2024-09-15T01:30:00+02:00", "a broken file");
    std::fs::remove_file(root.join("assessments/fjordvik/broken.toml")).expect("rm");
    write(&root, FILE, text);
    commit(
        "2024-12-31T23:59:00+01:00",
        "approved again, the broken file gone",
    );
    (dir, root, commits)
}

fn json(out: &std::process::Output) -> Value {
    assert!(out.status.code().is_some_and(|c| c <= 1), "{}", stderr(out));
    serde_json::from_slice(&out.stdout).expect("json")
}

/// `status --format json` on a checkout of `commit`, evaluated on `day`.
fn status_of_checkout(root: &Path, commit: &str, day: &str) -> Value {
    let checkout = tempfile::tempdir().expect("tmp");
    let at = checkout.path().join("c");
    git(
        root,
        &[
            "worktree",
            "add",
            "-q",
            "--detach",
            at.to_str().expect("utf-8"),
            commit,
        ],
    );
    let doc = json(&somevakt(
        &at,
        &["status", "--format", "json", "--no-cache", "--today", day],
    ));
    git(
        root,
        &["worktree", "remove", "--force", at.to_str().expect("utf-8")],
    );
    doc
}

#[test]
fn every_day_reads_the_register_its_last_commit_holds() {
    let (_dir, root, commits) = history();
    // Days on, between and after the commits, with the commit each stands for.
    let days = [
        ("2024-02-01", 0),
        ("2024-03-15", 0),
        ("2024-06-29", 0),
        ("2024-06-30", 1),
        ("2024-09-14", 1),
        ("2024-09-15", 2),
        ("2024-12-30", 2),
        ("2024-12-31", 3),
        ("2025-01-15", 3),
    ];
    for (day, index) in days {
        let mut doc = json(&somevakt(
            &root,
            &["status", "--as-of", day, "--format", "json"],
        ));
        let (_, commit) = &commits[index];
        let as_of = doc
            .as_object_mut()
            .expect("object")
            .remove("as_of")
            .expect("as_of");
        assert_eq!(as_of["commit"], commit.as_str(), "{day}");
        assert_eq!(as_of["day"], day);
        assert_eq!(as_of["committed_on"], &commits[index].0[..10], "{day}");
        let expected = status_of_checkout(&root, commit, day);
        assert_eq!(
            doc, expected,
            "{day}: as-of and a checkout of {commit} differ"
        );
    }
}

#[test]
fn the_past_answers_whether_an_account_was_approved_that_day() {
    let (_dir, root, _) = history();
    let approval = |day: &str| {
        let doc = json(&somevakt(
            &root,
            &["status", "--as-of", day, "--format", "json"],
        ));
        let account = doc["accounts"]
            .as_array()
            .expect("accounts")
            .iter()
            .find(|a| a["id"] == ID)
            .cloned()
            .expect("the account");
        account["approval"].as_str().expect("approval").to_owned()
    };
    assert_eq!(approval("2024-06-29"), "approved");
    assert_eq!(approval("2024-07-01"), "not_approved");
    assert_eq!(approval("2024-12-31"), "approved");
}

#[test]
fn a_commit_is_read_as_of_its_own_day_and_the_broken_file_shows() {
    let (_dir, root, commits) = history();
    let out = somevakt(&root, &["check", "--as-of", "HEAD~1"]);
    assert_eq!(out.status.code(), Some(1), "the broken file fails check");
    let text = stdout(&out);
    let short = &commits[2].1[..7];
    assert!(
        text.starts_with(&format!(
            "As of 2024-09-15: the register as committed in {short} (2024-09-15)."
        )),
        "{text}"
    );
    assert!(text.contains("broken.toml"), "{text}");
    // The work tree has no broken file, and it never counts.
    assert!(!root.join("assessments/fjordvik/broken.toml").exists());
}

#[test]
fn text_outputs_name_the_commit_and_csv_stays_a_table() {
    let (_dir, root, commits) = history();
    let short = &commits[1].1[..7];
    let table = stdout(&somevakt(&root, &["status", "--as-of", "2024-07-01"]));
    assert!(table.starts_with("As of 2024-07-01:"), "{table}");
    assert!(table.contains(short), "{table}");
    let remind = somevakt(&root, &["--lang", "nb", "remind", "--as-of", "2024-07-01"]);
    assert!(
        stdout(&remind).starts_with("Per 2024-07-01:"),
        "{}",
        stdout(&remind)
    );
    let csv = somevakt(
        &root,
        &["status", "--as-of", "2024-07-01", "--format", "csv"],
    );
    assert!(stdout(&csv).starts_with("id,"), "{}", stdout(&csv));
    assert!(stderr(&csv).contains(short), "{}", stderr(&csv));
}

#[test]
fn a_day_before_the_first_commit_or_an_unknown_commit_cannot_run() {
    let (_dir, root, _) = history();
    for (as_of, said) in [
        (
            "2024-01-31",
            "nothing was committed on or before 2024-01-31",
        ),
        (
            "no-such-branch",
            "Git knows no commit called \"no-such-branch\"",
        ),
    ] {
        let out = somevakt(&root, &["status", "--as-of", as_of]);
        assert_eq!(out.status.code(), Some(2), "{as_of}");
        assert!(stderr(&out).contains(said), "{}", stderr(&out));
        assert!(stdout(&out).is_empty());
    }
}

#[test]
fn the_past_is_read_never_written_nor_mixed_with_today() {
    let (_dir, root, _) = history();
    let head = git(&root, &["rev-parse", "HEAD"]);
    let out = somevakt(
        &root,
        &[
            "activity",
            ID,
            "--last-post",
            "2024-06-01",
            "--as-of",
            "2024-07-01",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("never written"), "{}", stderr(&out));
    assert_eq!(git(&root, &["rev-parse", "HEAD"]), head, "nothing recorded");
    let both = somevakt(
        &root,
        &["status", "--as-of", "2024-07-01", "--today", "2024-08-01"],
    );
    assert_eq!(both.status.code(), Some(2));
    assert!(
        stderr(&both).contains("leave out --today"),
        "{}",
        stderr(&both)
    );
}

#[test]
fn trend_counts_what_as_of_shows_on_each_day() {
    let (_dir, root, commits) = history();
    for step in ["week", "month", "quarter"] {
        let args = [
            "trend",
            "--from",
            "2024-01-20",
            "--to",
            "2025-01-15",
            "--step",
            step,
        ];
        let trend = json(&somevakt(
            &root,
            &[&args[..], &["--format", "json"]].concat(),
        ));
        let points = trend["points"].as_array().expect("points");
        assert!(points.len() > 3, "{step}");
        for point in points {
            let day = point["day"].as_str().expect("day");
            let mut point = point.clone();
            let commit = point.as_object_mut().expect("object").remove("commit");
            point.as_object_mut().expect("object").remove("day");
            if day < "2024-02-01" {
                // Before the first commit: nothing was registered.
                assert_eq!(commit, Some(Value::Null), "{day}");
                assert_eq!(point["accounts"], 0);
                continue;
            }
            let doc = json(&somevakt(
                &root,
                &["status", "--as-of", day, "--format", "json"],
            ));
            assert_eq!(commit.as_ref(), Some(&doc["as_of"]["commit"]), "{day}");
            assert_eq!(point, counts_of_status(&doc), "{step} {day}");
        }
    }
    // The broken file shows in the autumn's points and is gone at the end.
    let csv = stdout(&somevakt(
        &root,
        &[
            "trend",
            "--from",
            "2024-09-01",
            "--to",
            "2024-12-31",
            "--format",
            "csv",
        ],
    ));
    let invalid: Vec<&str> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(13).unwrap_or(""))
        .collect();
    assert_eq!(invalid, ["1", "1", "1", "0"], "{csv}");
    assert_eq!(commits.len(), 4);
}

#[test]
fn trend_refuses_a_span_that_runs_backwards() {
    let (_dir, root, _) = history();
    let out = somevakt(
        &root,
        &["trend", "--from", "2025-01-01", "--to", "2024-01-01"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("is after --to"), "{}", stderr(&out));
}
