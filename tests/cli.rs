//! The real binary on the bundled example municipality, as a user runs it.

mod common;

use common::*;
use serde_json::Value;

fn status_json(args: &[&str]) -> Value {
    let mut all = vec!["status", "--format", "json", "--today", "2025-01-15"];
    all.extend_from_slice(args);
    let out = somevakt(&example_root(), &all);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    serde_json::from_str(&stdout(&out)).expect("valid JSON")
}

fn account<'a>(doc: &'a Value, id: &str) -> &'a Value {
    doc["accounts"]
        .as_array()
        .expect("accounts")
        .iter()
        .find(|a| a["id"] == id)
        .unwrap_or_else(|| panic!("no account {id}"))
}

fn has_finding(account: &Value, id: &str, severity: &str) -> bool {
    account["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .any(|f| f["id"] == id && f["severity"] == severity)
}

#[test]
fn the_example_shows_every_state() {
    let doc = status_json(&[]);
    assert_eq!(doc["today"], "2025-01-15");
    assert!(doc["accounts"].as_array().unwrap().len() >= 12);
    assert_eq!(doc["invalid"].as_array().unwrap().len(), 0);

    let field = |id: &str, key: &str| account(&doc, id)[key].as_str().unwrap_or("").to_owned();
    assert_eq!(field("fjordvik/facebook-kommunen", "approval"), "approved");
    assert_eq!(
        field("fjordvik/instagram-biblioteket", "approval"),
        "conditionally_approved"
    );
    assert!(has_finding(
        account(&doc, "fjordvik/instagram-biblioteket"),
        "F03",
        "warning"
    ));
    assert!(has_finding(
        account(&doc, "fjordvik/facebook-kulturskolen"),
        "F03",
        "error"
    ));
    assert_eq!(field("fjordvik/tiktok-ungdom", "approval"), "not_approved");
    assert_eq!(
        field("fjordvik/youtube-kommunestyret", "approval"),
        "pending"
    );
    assert_eq!(
        field("fjordvik/facebook-brannvesenet", "approval"),
        "needs_reapproval"
    );
    assert_eq!(field("fjordvik/x-ordforer", "review"), "overdue");
    // Reviewed on 2025-01-10 (`somevakt review`): the cycle restarted.
    assert_eq!(field("alvby/facebook-kommunen", "review"), "ok");
    assert_eq!(
        field("fjordvik/instagram-biblioteket", "review"),
        "due_soon"
    );
    assert_eq!(
        field("fjordvik/instagram-ungdomsklubben", "activity"),
        "inactive"
    );
    assert_eq!(
        field("fjordvik/linkedin-rekruttering", "snapshots"),
        "missing"
    );
    assert_eq!(field("fjordvik/x-ordforer", "snapshots"), "overdue");
    assert!(has_finding(
        account(&doc, "fjordvik/facebook-kulturskolen"),
        "F17",
        "error"
    ));
    assert_eq!(
        field("fjordvik/facebook-turistkontoret", "status"),
        "closing"
    );
    assert!(has_finding(
        account(&doc, "fjordvik/facebook-turistkontoret"),
        "F18",
        "error"
    ));
    assert_eq!(field("fjordvik/snapchat-skolehelse", "status"), "closed");
    assert!(has_finding(
        account(&doc, "fjordvik/instagram-helsestasjonen"),
        "F09",
        "error"
    ));
    assert!(has_finding(
        account(&doc, "fjordvik/instagram-helsestasjonen"),
        "F04",
        "error"
    ));
    let swedish = account(&doc, "alvby/facebook-kommunen");
    assert_eq!(swedish["municipality"], "Älvby kommun");

    // Every value of every status dimension shows somewhere (docs/format.md).
    let seen = |key: &str| -> std::collections::BTreeSet<String> {
        doc["accounts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a[key].as_str().unwrap_or("").to_owned())
            .collect()
    };
    let all = |words: &[&str]| words.iter().map(|w| w.to_string()).collect();
    assert_eq!(
        seen("approval"),
        all(&[
            "approved",
            "conditionally_approved",
            "needs_reapproval",
            "not_approved",
            "pending"
        ])
    );
    assert_eq!(seen("review"), all(&["due_soon", "none", "ok", "overdue"]));
    assert_eq!(
        seen("activity"),
        all(&["active", "inactive", "not_applicable", "unknown"])
    );
    assert_eq!(
        seen("snapshots"),
        all(&["due_soon", "missing", "not_applicable", "ok", "overdue"])
    );
}

#[test]
fn the_example_shows_the_revised_rules() {
    let doc = status_json(&[]);
    let field = |id: &str, key: &str| account(&doc, id)[key].clone();

    // F21: a decision typed as 2052 does not approve the account (R34).
    let typo = account(&doc, "fjordvik/youtube-kommunestyret");
    assert_eq!(typo["approval"], "pending");
    assert_eq!(typo["review"], "none");
    assert!(has_finding(typo, "F21", "error"));
    // F21: a last post after today counts as no date at all (R48).
    let future_post = account(&doc, "fjordvik/linkedin-rekruttering");
    assert_eq!(future_post["activity"], "unknown");
    assert_eq!(future_post["last_post"], Value::Null);
    assert!(has_finding(future_post, "F21", "error"));
    // F22: a decision without dpia_digest stands, with a warning.
    let by_hand = account(&doc, "alvby/youtube-kommunfullmaktige");
    assert_eq!(by_hand["approval"], "approved");
    assert!(has_finding(by_hand, "F22", "warning"));
    // F23: [closing] on an active account.
    assert!(has_finding(
        account(&doc, "alvby/instagram-fritidsgarden"),
        "F23",
        "warning"
    ));
    // Refused twice with a high residual risk: never F04 (R38, KS ch. 8).
    let refused = account(&doc, "fjordvik/tiktok-ungdom");
    assert_eq!(refused["approval"], "not_approved");
    assert!(!has_finding(refused, "F04", "error"));
    // A closed account: review none with no due date, only the archive
    // duty and the data checks (lifecycle table).
    assert_eq!(field("fjordvik/snapchat-skolehelse", "review"), "none");
    assert_eq!(
        field("fjordvik/snapchat-skolehelse", "review_due"),
        Value::Null
    );
    for a in doc["accounts"].as_array().unwrap() {
        let allowed: &[&str] = match a["status"].as_str().unwrap() {
            "closed" => &["F16", "F18", "F21", "F23"],
            "planned" => &[
                "F04", "F06", "F07", "F08", "F09", "F10", "F11", "F13", "F14", "F15", "F16", "F19",
                "F20", "F21", "F22", "F23",
            ],
            _ => continue,
        };
        for f in a["findings"].as_array().unwrap() {
            let id = f["id"].as_str().unwrap();
            assert!(allowed.contains(&id), "{id} on {}", a["id"]);
        }
    }
}

#[test]
fn every_finding_says_what_fixes_it() {
    let doc = status_json(&[]);
    for a in doc["accounts"].as_array().unwrap() {
        for f in a["findings"].as_array().unwrap() {
            let fix = &f["fix"];
            assert!(
                !fix["text"].as_str().unwrap_or("").is_empty(),
                "{} {}",
                a["id"],
                f["id"]
            );
            let key = fix["dashboard_key"].as_str();
            let command = fix["command"].as_str();
            let keys = fix["keys"].as_array().unwrap();
            assert!(key.is_some() || command.is_some() || !keys.is_empty());
            if let Some(command) = command {
                assert!(
                    command.contains(a["id"].as_str().unwrap()),
                    "the command names the account: {command}"
                );
            }
            assert!(
                f["source"]["requirements"]
                    .as_str()
                    .unwrap()
                    .starts_with('R')
            );
            assert!(!f["source"]["citations"].as_array().unwrap().is_empty());
        }
    }
    let closing = account(&doc, "fjordvik/facebook-turistkontoret");
    let f18 = closing["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "F18")
        .expect("F18");
    assert_eq!(f18["fix"]["dashboard_key"], "p");
    assert_eq!(
        f18["fix"]["command"],
        "somevakt snapshot fjordvik/facebook-turistkontoret --kind before_closing --date DATE"
    );
}

#[test]
fn status_json_has_the_contract_fields() {
    let doc = status_json(&[]);
    let keys = [
        "id",
        "path",
        "municipality",
        "platform",
        "name",
        "status",
        "approval",
        "review",
        "review_due",
        "activity",
        "last_post",
        "snapshots",
        "last_snapshot",
        "findings",
    ];
    for a in doc["accounts"].as_array().unwrap() {
        for key in keys {
            assert!(a.get(key).is_some(), "{key} missing in {}", a["id"]);
        }
        for f in a["findings"].as_array().unwrap() {
            assert!(f["id"].as_str().unwrap().starts_with('F'));
            assert!(f["severity"] == "error" || f["severity"] == "warning");
            assert!(!f["message"].as_str().unwrap().is_empty());
        }
    }
    let x = account(&doc, "fjordvik/x-ordforer");
    assert_eq!(x["review_due"], "2024-10-30");
    assert_eq!(x["path"], "assessments/fjordvik/x-ordforer.toml");
}

#[test]
fn status_table_and_csv() {
    let out = somevakt(&example_root(), &["status", "--today", "2025-01-15"]);
    assert_eq!(out.status.code(), Some(0));
    let table = stdout(&out);
    assert!(table.starts_with("ACCOUNT"), "{table}");
    assert!(
        table.contains("overdue 2024-10-30 (77 days late)"),
        "{table}"
    );
    assert!(table.contains("15 accounts:"), "{table}");

    let out = somevakt(
        &example_root(),
        &["status", "--format", "csv", "--today", "2025-01-15"],
    );
    let csv = stdout(&out);
    let mut lines = csv.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("id,path,municipality,platform")
    );
    assert_eq!(lines.count(), 15);
    assert!(
        csv.contains("\"Fjordvik kommune – jobb hos oss\"")
            || csv.contains("Fjordvik kommune – jobb hos oss")
    );
}

#[test]
fn somevakt_today_sets_the_day() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_somevakt"))
        .args(["status", "--format", "json"])
        .current_dir(example_root())
        .env("SOMEVAKT_TODAY", "2025-01-15")
        .output()
        .expect("run");
    let doc: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(doc["today"], "2025-01-15");
}

#[test]
fn check_on_the_example_fails_and_says_why() {
    let out = somevakt(&example_root(), &["check", "--today", "2025-01-15"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("error[F18]"), "{text}");
    assert!(
        text.contains(
            "source: Norbergs kommun: Riktlinjer för sociala medier, section «Diarieföring, arkivering och gallring»"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "fix: Record a snapshot of kind before_closing: `p` in the dashboard or \
             `somevakt snapshot fjordvik/facebook-turistkontoret --kind before_closing --date DATE`"
        ),
        "{text}"
    );
    assert!(
        text.lines()
            .last()
            .unwrap()
            .starts_with("check FAILED: 15 accounts"),
        "{text}"
    );

    let out = somevakt(
        &example_root(),
        &["check", "--format", "json", "--today", "2025-01-15"],
    );
    assert_eq!(out.status.code(), Some(1));
    let doc: Value = serde_json::from_str(&stdout(&out)).expect("json");
    assert_eq!(doc["ok"], false);
    assert!(doc["errors"].as_u64().unwrap() > 0);
}

#[test]
fn check_passes_on_a_clean_repository() {
    let dir = temp_repo();
    write(
        dir.path(),
        "assessments/testvik/planned.toml",
        valid_assessment("Plan").replace("\"active\"", "\"closed\"")
            + "\n[[snapshots]]\ndate = 2024-01-01\nkind = \"before_closing\"\n",
    );
    let out = somevakt(dir.path(), &["check", "--today", "2025-01-15"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).contains("check ok"));
}

#[test]
fn cannot_run_exits_2_with_one_line() {
    let empty = tempfile::tempdir().expect("tmp");
    let out = somevakt(empty.path(), &["status"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("no assessment repository"), "{err}");

    let out = somevakt(&example_root(), &["status", "--today", "2025-13-01"]);
    assert_eq!(out.status.code(), Some(2));

    let out = somevakt(&example_root(), &["digest", "fjordvik/finnes-ikke"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no account fjordvik/finnes-ikke"));

    let out = somevakt(&example_root(), &["digest", "../etc/passwd"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("not an account id"));
}

#[test]
fn finds_the_repository_from_a_subfolder_through_git() {
    let dir = copy_example();
    git_init(dir.path());
    let out = somevakt(
        &dir.path().join("assessments/fjordvik"),
        &["status", "--format", "json", "--today", "2025-01-15"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let doc: Value = serde_json::from_str(&stdout(&out)).expect("json");
    assert_eq!(doc["accounts"].as_array().unwrap().len(), 15);
}

#[test]
fn finds_the_nearest_assessment_folder_inside_a_larger_repository() {
    let outer = tempfile::tempdir().expect("tmp");
    git_init(outer.path());
    let (_dir, root) = copy_example_named("fjordvik");
    let inner = outer.path().join("personvern");
    std::fs::rename(&root, &inner).expect("move into the larger repository");
    let out = somevakt(
        &inner.join("assessments/alvby"),
        &["status", "--format", "json", "--today", "2025-01-15"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let doc: Value = serde_json::from_str(&stdout(&out)).expect("json");
    assert_eq!(doc["accounts"].as_array().unwrap().len(), 15);
}

#[test]
fn without_a_terminal_the_bare_command_prints_status() {
    let out = somevakt(&example_root(), &["--today", "2025-01-15"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).starts_with("ACCOUNT"));
}

#[test]
fn digest_matches_the_recorded_decision() {
    let out = somevakt(&example_root(), &["digest", "fjordvik/facebook-kommunen"]);
    let digest = stdout(&out).trim().to_owned();
    let file =
        std::fs::read_to_string(example_root().join("assessments/fjordvik/facebook-kommunen.toml"))
            .unwrap();
    assert!(
        file.contains(&digest),
        "the example's decision is signed with the current DPIA"
    );
}

#[test]
fn after_a_dpia_change_f02_names_the_keys_changed_since_the_decision() {
    let (_dir, root) = committed_example();
    let path = "assessments/fjordvik/facebook-kommunen.toml";
    let text = std::fs::read_to_string(root.join(path)).expect("read");
    let edited = text.replacen(
        "\nsupplier_documentation = \"partial\"",
        "\nsupplier_documentation = \"documented\"",
        1,
    );
    assert_ne!(text, edited, "the example has the key");
    write(&root, path, &edited);
    git_at(
        &root,
        "2025-01-10T10:00:00+01:00",
        &[
            "commit",
            "-q",
            "-am",
            "Leverandøren har dokumentert sikkerheten",
        ],
    );
    let out = somevakt(&root, &["check", "--today", "2025-01-15"]);
    let text = stdout(&out);
    assert!(
        text.contains(
            "changed since the decision: dpia.infosec.supplier_documentation: `d` in the dashboard"
        ),
        "{text}"
    );
    let out = somevakt(
        &root,
        &["status", "--format", "json", "--today", "2025-01-15"],
    );
    let doc: Value = serde_json::from_str(&stdout(&out)).expect("json");
    let f02 = account(&doc, "fjordvik/facebook-kommunen")["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "F02")
        .cloned()
        .expect("F02");
    assert!(
        f02["fix"]["text"]
            .as_str()
            .unwrap()
            .ends_with("changed since the decision: dpia.infosec.supplier_documentation"),
        "{f02}"
    );
}
