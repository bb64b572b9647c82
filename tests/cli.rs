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
    assert_eq!(field("alvby/facebook-kommunen", "review"), "due_soon");
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
        table.contains("overdue 2024-10-30 (77 d overdue)"),
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
    assert!(text.contains("source: R47"), "{text}");
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
