//! `somevakt audit` as a Norwegian or Swedish reader meets it: the whole
//! text report in the language, on a temporary repository with decisions
//! and a policy change made by hand (issue 15). Commits are made with the
//! `git` CLI at fixed dates, unsigned, so the report is the same every day;
//! commit ids are replaced by names all the same.

use std::path::Path;
use std::process::{Command, Output};

const ACCOUNT_FILE: &str = "assessments/testvik/facebook.toml";

const ACCOUNT: &str = "#:schema ../../schemas/assessment.schema.json\nschema_version = 1\n\n\
[account]\nmunicipality = \"Testvik kommune\"\nplatform = \"facebook\"\nname = \"Testvik\"\n\
status = \"active\"\n\n[dpia]\npurpose = \"Informere innbyggerne\"\ncompleted = 2024-01-10\n";

const HEGE: (&str, &str) = ("Hege Solberg", "hege@testvik.kommune.no");
const MALLORY: (&str, &str) = ("Mallory Berg", "mallory@testvik.kommune.no");

fn git(dir: &Path, args: &[&str], who: (&str, &str), when: &str) -> String {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_AUTHOR_NAME", who.0)
        .env("GIT_AUTHOR_EMAIL", who.1)
        .env("GIT_COMMITTER_NAME", who.0)
        .env("GIT_COMMITTER_EMAIL", who.1)
        .env("GIT_AUTHOR_DATE", when)
        .env("GIT_COMMITTER_DATE", when)
        .env("TZ", "UTC")
        .output()
        .expect("run git");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

/// Writes `files` and commits them as `who` at `when`.
fn commit(dir: &Path, files: &[(&str, &str)], who: (&str, &str), when: &str, message: &str) {
    for (path, text) in files {
        let p = dir.join(path);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(p, text).expect("write");
        git(dir, &["add", path], who, when);
    }
    git(
        dir,
        &["commit", "-q", "--no-gpg-sign", "-m", message],
        who,
        when,
    );
}

fn decision(date: &str, outcome: &str) -> String {
    format!(
        "\n[[decisions]]\ndate = {date}\nbody = \"Ledergruppa\"\ndecided_by = \"Hege Solberg\"\n\
         outcome = \"{outcome}\"\nrationale = \"Skrevet for hånd\"\ndpia_digest = \"sha256:0000\"\n"
    )
}

/// A register whose trail has gone wrong in several ways: a decision
/// added by hand by a non-approver, long after its date, with a digest of
/// another DPIA; then changed; and the policy changed by the same person.
fn tampered() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    git(
        root,
        &["init", "-q", "-b", "main"],
        HEGE,
        "2024-05-01T09:00:00Z",
    );
    let policy = "[approvers]\nemails = [\"hege@testvik.kommune.no\"]\n";
    commit(
        root,
        &[(ACCOUNT_FILE, ACCOUNT), ("somevakt.toml", policy)],
        HEGE,
        "2024-05-01T09:00:00Z",
        "Import of the paper records",
    );
    let decided = ACCOUNT.to_owned() + &decision("2024-01-15", "approved");
    commit(
        root,
        &[(ACCOUNT_FILE, &decided)],
        MALLORY,
        "2024-05-02T10:00:00Z",
        "Vedtak",
    );
    let changed = ACCOUNT.to_owned() + &decision("2024-01-15", "not_approved");
    commit(
        root,
        &[(ACCOUNT_FILE, &changed)],
        MALLORY,
        "2024-05-03T11:00:00Z",
        "Rett utfallet",
    );
    let policy =
        "[approvers]\nemails = [\"hege@testvik.kommune.no\", \"mallory@testvik.kommune.no\"]\n";
    commit(
        root,
        &[("somevakt.toml", policy)],
        MALLORY,
        "2024-05-04T12:00:00Z",
        "Legg til godkjenner",
    );
    dir
}

fn audit(root: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_somevakt"))
        .arg("audit")
        .args(args)
        .current_dir(root)
        .env_remove("SOMEVAKT_TODAY")
        .env("SOMEVAKT_TEST_CLOCK", "2025-01-15")
        .env_remove("SOMEVAKT_LANG")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("NO_COLOR", "1")
        .output()
        .expect("run somevakt")
}

/// The report with every commit id (full or short) replaced by its
/// place in history, so the snapshot does not depend on how Git hashes.
fn without_ids(root: &Path, text: &str) -> String {
    let ids = git(
        root,
        &["rev-list", "--reverse", "HEAD"],
        HEGE,
        "2024-05-01T09:00:00Z",
    );
    let mut out = text.to_owned();
    for (i, id) in ids.lines().enumerate() {
        out = out.replace(id, &format!("<commit {}>", i + 1));
        out = out.replace(&id[..8], &format!("<{}>", i + 1));
    }
    out
}

#[test]
fn the_audit_reads_in_norwegian_and_swedish_with_the_json_unchanged() {
    let dir = tampered();
    let root = dir.path();
    let json = audit(root, &["--format", "json"]);
    assert_eq!(json.status.code(), Some(1));
    let doc: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    let kinds: Vec<&str> = doc["violations"]
        .as_array()
        .expect("violations")
        .iter()
        .filter_map(|v| v["kind"].as_str())
        .collect();
    assert_eq!(
        kinds,
        [
            "outside_tool",
            "not_approver",
            "digest_mismatch",
            "backdated",
            "changed",
            "unapproved_policy_change"
        ]
    );
    // The JSON stays English whatever the reader's language.
    let nb_json = audit(root, &["--format", "json", "--lang", "nb"]);
    assert_eq!(nb_json.stdout, json.stdout);
    let english = String::from_utf8_lossy(&audit(root, &["--lang", "en"]).stdout).into_owned();
    for v in doc["violations"].as_array().expect("violations") {
        let line = format!(
            "✗ {}: {}",
            v["kind"].as_str().unwrap_or_default(),
            v["message"].as_str().unwrap_or_default()
        );
        assert!(english.contains(&line), "{line}\n{english}");
    }
    for change in doc["policy_changes"].as_array().expect("policy changes") {
        for said in change["changes"].as_array().expect("changes") {
            let line = format!("      {}\n", said.as_str().unwrap_or_default());
            assert!(english.contains(&line), "{line}\n{english}");
        }
    }
    insta::assert_snapshot!("audit_en", without_ids(root, &english));
    for lang in ["nb", "sv"] {
        let out = audit(root, &["--lang", lang]);
        assert_eq!(out.status.code(), Some(1), "{lang}");
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        insta::assert_snapshot!(format!("audit_{lang}"), without_ids(root, &text));
    }
}
