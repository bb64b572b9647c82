//! One test per rule of a record (docs/format.md, "Commits"; README, "What
//! a record guarantees"), on real temporary repositories checked with the
//! git command line.

mod common;
mod record_support;

use std::path::Path;
use std::process::{Command, Output};

use common::*;
use record_support::*;
use somevakt_core::model::Outcome;
use somevakt_core::{AccountId, Date, DecisionInput, Request};
use somevakt_store::record;

const ID: &str = "fjordvik/x-ordforer";
const FILE: &str = "assessments/fjordvik/x-ordforer.toml";

fn record_day() -> Date {
    // SOMEVAKT_TEST_CLOCK, as every command of these tests is run with.
    "2025-01-15".parse().expect("date")
}

/// The clock these tests record by, in process.
fn clock() -> somevakt_store::clock::Clock {
    somevakt_store::clock::Clock::fixed_day(record_day())
}

/// Runs somevakt with extra environment variables.
fn sv_env(root: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_somevakt"));
    command
        .args(args)
        .current_dir(root)
        .env_remove("SOMEVAKT_TODAY")
        .env("SOMEVAKT_TEST_CLOCK", "2025-01-15")
        .env_remove("SOMEVAKT_FAULT");
    for (k, v) in env {
        command.env(k, v);
    }
    command.output().expect("run somevakt")
}

fn ok(out: Output) -> String {
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    stdout(&out)
}

/// Exit 2, one line containing `why`, and no commit.
fn refused(root: &Path, head: &str, out: Output, why: &str) {
    assert_eq!(out.status.code(), Some(2), "{}", describe(&out));
    let err = stderr(&out);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains(why), "expected {why:?} in {err}");
    assert_eq!(
        git(root, &["rev-parse", "HEAD"]).trim(),
        head.trim(),
        "no commit"
    );
}

fn head(root: &Path) -> String {
    git(root, &["rev-parse", "HEAD"])
}

fn last_message(root: &Path) -> String {
    git(root, &["log", "-1", "--format=%B"])
}

fn decide_args<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![
        "decide",
        ID,
        "--outcome",
        "approved",
        "--body",
        "Ledergruppen",
        "--rationale",
        "Akseptabelt",
    ];
    args.extend_from_slice(extra);
    args
}

#[test]
fn records_are_dated_by_the_real_clock_whatever_today_is_pinned_to() {
    let (_dir, root) = committed_example();
    let today = record_day().to_string();
    // A --today left over from a report, after and before the real day.
    ok(sv_env(
        &root,
        &["activity", ID, "--last-post", "2024-12-01"],
        &[("SOMEVAKT_TODAY", "2024-12-02")],
    ));
    let text = std::fs::read_to_string(root.join(FILE)).unwrap();
    assert!(text.contains(&format!("checked = {today}")), "{text}");
    ok(sv_env(&root, &decide_args(&["--today", "2031-01-01"]), &[]));
    let text = std::fs::read_to_string(root.join(FILE)).unwrap();
    let last = &text[text.rfind("[[decisions]]").unwrap()..];
    assert!(last.contains(&format!("date = {today}")), "{last}");
    assert!(!last_message(&root).contains("Backdated"));
    fsck(&root);
}

#[test]
fn dates_after_the_real_today_are_refused() {
    let (_dir, root) = committed_example();
    let before = head(&root);
    let tomorrow = record_day().add_days(1).to_string();
    let file = std::fs::read(root.join(FILE)).unwrap();
    for args in [
        decide_args(&["--date", &tomorrow]),
        vec!["snapshot", ID, "--date", &tomorrow, "--kind", "yearly"],
        vec!["activity", ID, "--last-post", &tomorrow],
        vec!["close", ID, "--reason", "Nedlagt", "--date", &tomorrow],
    ] {
        refused(&root, &before, sv_env(&root, &args, &[]), "is after today");
    }
    assert_eq!(
        std::fs::read(root.join(FILE)).unwrap(),
        file,
        "file untouched"
    );
    // Today itself and earlier days are fine.
    let today = record_day().to_string();
    ok(sv_env(
        &root,
        &["snapshot", ID, "--date", &today, "--kind", "yearly"],
        &[],
    ));
    ok(sv_env(
        &root,
        &["close", ID, "--reason", "Nedlagt", "--date", "2024-06-01"],
        &[],
    ));
    let text = std::fs::read_to_string(root.join(FILE)).unwrap();
    assert!(text.contains("decided = 2024-06-01"), "{text}");
}

#[test]
fn a_decision_dated_more_than_30_days_back_says_it_is_backdated() {
    let (_dir, root) = committed_example();
    let thirty = record_day().add_days(-30).to_string();
    ok(sv_env(&root, &decide_args(&["--date", &thirty]), &[]));
    assert!(
        !last_message(&root).contains("Backdated"),
        "30 days is not backdated"
    );
    let older = record_day().add_days(-31).to_string();
    ok(sv_env(&root, &decide_args(&["--date", &older]), &[]));
    let message = last_message(&root);
    assert!(message.contains("Backdated: yes\n"), "{message}");
    assert!(
        message.contains(&format!("decided on {older}, recorded 31 days later")),
        "the body says so: {message}"
    );
    let text = std::fs::read_to_string(root.join(FILE)).unwrap();
    assert!(text.contains(&format!("date = {older}")));
}

#[test]
fn an_invalid_policy_stops_every_record_command_with_its_own_error() {
    let (_dir, root) = committed_example();
    let policy = std::fs::read_to_string(root.join("somevakt.toml")).unwrap();
    let broken = policy.replace("inactive_after_days = 30", "inactive_after_days = \"30d\"");
    assert_ne!(broken, policy);
    std::fs::write(root.join("somevakt.toml"), &broken).unwrap();
    let line = broken.lines().position(|l| l.contains("\"30d\"")).unwrap() + 1;
    let before = head(&root);
    for args in [
        decide_args(&[]),
        vec!["snapshot", ID, "--date", "2025-01-01", "--kind", "yearly"],
        vec!["activity", ID, "--last-post", "2025-01-01"],
        vec!["close", ID, "--reason", "Nedlagt"],
        vec![
            "new",
            "fjordvik/vimeo-ny",
            "--municipality",
            "Fjordvik kommune",
            "--platform",
            "vimeo",
            "--name",
            "Ny",
        ],
    ] {
        refused(
            &root,
            &before,
            sv_env(&root, &args, &[]),
            &format!("somevakt.toml:{line}:"),
        );
    }
}

#[test]
fn identities_that_would_make_a_malformed_commit_are_refused() {
    let (_dir, root) = committed_example();
    let before = head(&root);
    for (key, value, why) in [
        ("user.name", "Kari\nNordmann", "line break"),
        ("user.name", "Kari <kari@x>", "angle bracket"),
        ("user.email", "kari@x>", "angle bracket"),
    ] {
        git(&root, &["config", key, value]);
        refused(&root, &before, sv_env(&root, &decide_args(&[]), &[]), why);
        git(&root, &["config", "--unset", key]);
        git(
            &root,
            &[
                "config",
                key,
                if key == "user.name" {
                    "Kari"
                } else {
                    "kari@x.no"
                },
            ],
        );
    }
    // What Git accepts is recorded, and passes fsck --strict.
    git(&root, &["config", "user.name", "  Åse Ødegård-Ñúñez  "]);
    ok(sv_env(&root, &decide_args(&[]), &[]));
    assert_eq!(
        git(&root, &["log", "-1", "--format=%an"]).trim(),
        "Åse Ødegård-Ñúñez"
    );
    fsck(&root);
}

#[test]
fn a_commit_carrying_outside_changes_names_the_keys_and_says_so_in_a_trailer() {
    let (_dir, root) = committed_example();
    let text = std::fs::read_to_string(root.join(FILE)).unwrap();
    let edited = text.replace("hours_per_week = 2", "hours_per_week = 3");
    assert_ne!(edited, text);
    std::fs::write(root.join(FILE), edited).unwrap();
    ok(sv_env(
        &root,
        &[
            "activity",
            ID,
            "--last-post",
            "2025-01-02",
            "--include-local-changes",
        ],
        &[],
    ));
    let message = last_message(&root);
    assert!(
        message.contains("Includes-Local-Changes: yes\n"),
        "{message}"
    );
    assert!(
        message.contains("to: responsibility.hours_per_week."),
        "names the key, not the record's own: {message}"
    );
    // A record without outside changes says nothing of the kind.
    ok(sv_env(
        &root,
        &["activity", ID, "--last-post", "2025-01-03"],
        &[],
    ));
    assert!(!last_message(&root).contains("Includes-Local-Changes"));
}

#[test]
fn crlf_line_endings_and_a_byte_order_mark_are_kept() {
    let (_dir, root) = committed_example();
    let text = std::fs::read_to_string(root.join(FILE)).unwrap();
    let mut windows = b"\xEF\xBB\xBF".to_vec();
    windows.extend_from_slice(text.replace('\n', "\r\n").as_bytes());
    std::fs::write(root.join(FILE), &windows).unwrap();
    git(&root, &["commit", "-qam", "Lagret i Notepad"]);
    ok(sv_env(&root, &decide_args(&[]), &[]));
    let now = std::fs::read(root.join(FILE)).unwrap();
    assert!(now.starts_with(b"\xEF\xBB\xBF"), "the mark is kept");
    let body = &now[3..];
    let lf = body.iter().filter(|b| **b == b'\n').count();
    assert_eq!(
        body.windows(2).filter(|w| w == b"\r\n").count(),
        lf,
        "every line CRLF"
    );
    let diff = git(&root, &["diff", "HEAD~1", "HEAD", "--", FILE]);
    assert!(
        !diff
            .lines()
            .any(|l| l.starts_with('-') && !l.starts_with("---")),
        "only added lines: {diff}"
    );
    assert_eq!(git(&root, &["status", "--porcelain", "--", FILE]), "");
}

#[test]
fn with_core_autocrlf_the_commit_is_stored_as_git_would_store_it() {
    let (_dir, root) = committed_example();
    git(&root, &["config", "core.autocrlf", "true"]);
    // A checkout under autocrlf writes CRLF; HEAD keeps LF.
    let text = std::fs::read_to_string(root.join(FILE)).unwrap();
    std::fs::write(root.join(FILE), text.replace('\n', "\r\n")).unwrap();
    git(&root, &["add", FILE]);
    assert_eq!(git(&root, &["status", "--porcelain", "--", FILE]), "");
    ok(sv_env(
        &root,
        &["activity", ID, "--last-post", "2025-01-02"],
        &[],
    ));
    let stored = git(&root, &["show", &format!("HEAD:{FILE}")]);
    assert!(!stored.contains('\r'), "stored with LF, as git add would");
    assert!(
        std::fs::read_to_string(root.join(FILE))
            .unwrap()
            .contains("\r\n")
    );
    assert_eq!(
        git(&root, &["status", "--porcelain", "--", FILE]),
        "",
        "clean"
    );
    let (in_head, in_index, on_disk) = blobs(&root, FILE);
    assert_eq!((&in_index, &on_disk), (&in_head, &in_head));
}

#[test]
fn a_line_of_equals_signs_inside_a_multi_line_string_is_text() {
    let (_dir, root) = committed_example();
    let text = std::fs::read_to_string(root.join(FILE)).unwrap();
    let with = text.replace(
        "tradeoffs = \"Rask",
        "tradeoffs = \"\"\"\nAfvegning\n=======\n\"\"\"\nmerknad = \"Rask",
    );
    let with = with.replace("merknad = \"Rask", "# Rask");
    assert!(with.contains("\n=======\n"));
    std::fs::write(root.join(FILE), with).unwrap();
    git(&root, &["commit", "-qam", "Journalregel"]);
    ok(sv_env(
        &root,
        &["activity", ID, "--last-post", "2025-01-02"],
        &[],
    ));
}

#[test]
fn a_conflict_is_reported_as_a_conflict_never_as_a_toml_error() {
    let (_dir, root) = committed_example();
    let text = std::fs::read_to_string(root.join(FILE)).unwrap();
    git(&root, &["checkout", "-qb", "other"]);
    std::fs::write(
        root.join(FILE),
        text.replace("hours_per_week = 2", "hours_per_week = 5"),
    )
    .unwrap();
    git(&root, &["commit", "-qam", "Fem timer"]);
    git(&root, &["checkout", "-q", "main"]);
    std::fs::write(
        root.join(FILE),
        text.replace("hours_per_week = 2", "hours_per_week = 7"),
    )
    .unwrap();
    git(&root, &["commit", "-qam", "Sju timer"]);
    let merge = git_raw(&root, &["merge", "-q", "other"]);
    assert!(!merge.status.success(), "a conflict");
    let before = head(&root);
    refused(
        &root,
        &before,
        sv_env(&root, &["activity", ID, "--last-post", "2025-01-02"], &[]),
        "in the middle of a merge",
    );
    git(&root, &["merge", "--abort"]);
    // The same conflict from `git stash pop`: no merge under way, the file unmerged.
    std::fs::write(
        root.join(FILE),
        text.replace("hours_per_week = 2", "hours_per_week = 5"),
    )
    .unwrap();
    git(&root, &["stash", "-q"]);
    std::fs::write(
        root.join(FILE),
        text.replace("hours_per_week = 2", "hours_per_week = 9"),
    )
    .unwrap();
    git(&root, &["commit", "-qam", "Ni timer"]);
    assert!(!git_raw(&root, &["stash", "pop", "-q"]).status.success());
    let before = head(&root);
    refused(
        &root,
        &before,
        sv_env(
            &root,
            &[
                "activity",
                ID,
                "--last-post",
                "2025-01-02",
                "--include-local-changes",
            ],
            &[],
        ),
        "has Git conflict markers",
    );
}

#[test]
fn files_over_the_loaders_size_limit_are_refused() {
    let (_dir, root) = committed_example();
    let text = std::fs::read_to_string(root.join(FILE)).unwrap();
    let padding = "# fyll\n".repeat(160_000);
    std::fs::write(root.join(FILE), format!("{text}{padding}")).unwrap();
    git(&root, &["commit", "-qam", "Stor"]);
    let before = head(&root);
    refused(
        &root,
        &before,
        sv_env(&root, &["activity", ID, "--last-post", "2025-01-02"], &[]),
        "over the limit",
    );
}

#[test]
fn a_symbolic_link_is_never_written_through() {
    let (_dir, root) = committed_example();
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("x.toml");
    std::fs::copy(root.join(FILE), &target).unwrap();
    std::fs::remove_file(root.join(FILE)).unwrap();
    std::os::unix::fs::symlink(&target, root.join(FILE)).unwrap();
    let before = head(&root);
    let original = std::fs::read(&target).unwrap();
    refused(
        &root,
        &before,
        sv_env(
            &root,
            &[
                "activity",
                ID,
                "--last-post",
                "2025-01-02",
                "--include-local-changes",
            ],
            &[],
        ),
        "symbolic link",
    );
    assert_eq!(std::fs::read(&target).unwrap(), original);
}

#[test]
fn a_failure_after_the_branch_moved_is_a_success_with_a_warning() {
    let (_dir, root) = committed_example();
    let before = head(&root);
    let out = sv_env(
        &root,
        &decide_args(&[]),
        &[("SOMEVAKT_FAULT", "fail:journal-removed")],
    );
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    assert!(stdout(&out).contains("Recorded"), "{}", describe(&out));
    assert!(stderr(&out).contains("warning: recorded, but could not remove the journal"));
    assert_eq!(git(&root, &["rev-parse", "HEAD~1"]), before);
    // The next run sees the record committed: nothing to report, nothing left.
    let next = sv_env(&root, &["status"], &[]);
    assert!(stderr(&next).is_empty(), "{}", describe(&next));
    assert!(leftovers(&root).is_empty());
    assert!(!root.join(".git/somevakt-record").exists());
    fsck(&root);
}

#[test]
fn an_interrupted_record_blocks_its_own_file_only() {
    let (_dir, root) = committed_example();
    let out = sv_env(
        &root,
        &decide_args(&[]),
        &[("SOMEVAKT_FAULT", "index-written")],
    );
    assert!(!out.status.success());
    let before = head(&root);
    refused(
        &root,
        &before,
        sv_env(&root, &["activity", ID, "--last-post", "2025-01-02"], &[]),
        "was interrupted before its commit",
    );
    let other = sv_env(
        &root,
        &[
            "activity",
            "fjordvik/facebook-kommunen",
            "--last-post",
            "2025-01-02",
        ],
        &[],
    );
    assert_eq!(other.status.code(), Some(0), "{}", describe(&other));
    assert!(stderr(&other).contains("was interrupted before its commit"));
    fsck(&root);
}

#[test]
fn the_loser_of_a_race_changes_nothing_not_even_the_working_file() {
    let (_dir, root) = committed_example();
    let id = AccountId::parse(ID).unwrap();
    let decide = Request::Decide(DecisionInput {
        outcome: Outcome::Approved,
        body: "Ledergruppen".into(),
        rationale: "Først".into(),
        conditions: vec![],
        conditions_due: None,
        residual_risk: None,
        date: None,
    });
    let activity = Request::Activity {
        last_post: "2025-01-02".parse().unwrap(),
    };
    let first = record::prepare(&root, &id, &decide, clock()).unwrap();
    let second = record::prepare(&root, &id, &activity, clock()).unwrap();
    record::confirm(&root, &first, false).unwrap();
    let winner = std::fs::read(root.join(FILE)).unwrap();
    let err = record::confirm(&root, &second, false).unwrap_err();
    assert!(err.to_string().contains("nothing was written"), "{err}");
    assert_eq!(
        std::fs::read(root.join(FILE)).unwrap(),
        winner,
        "the winner's file stays"
    );
    assert_eq!(git(&root, &["status", "--porcelain", "--", FILE]), "");
    let (in_head, in_index, on_disk) = blobs(&root, FILE);
    assert_eq!((&in_index, &on_disk), (&in_head, &in_head));
}

#[test]
fn an_edit_names_only_the_outside_changes_that_were_there_before_the_editor_opened() {
    let (_dir, root) = committed_example();
    let id = AccountId::parse(ID).unwrap();
    let head = Some(somevakt_core::CommitId::from_hex(head(&root).trim()));
    let committed = std::fs::read_to_string(root.join(FILE)).unwrap();
    let edit = |before: &str, after: &str| {
        std::fs::write(root.join(FILE), after).unwrap();
        let request = Request::Edit {
            text: after.to_owned(),
            baseline_head: head.clone(),
            before: Some(before.to_owned()),
        };
        let prepared = record::prepare(&root, &id, &request, clock()).unwrap();
        prepared.proposal.message()
    };
    // The editor alone: no outside change to declare.
    let edited = committed.replace("hours_per_week = 2", "hours_per_week = 4");
    let message = edit(&committed, &edited);
    assert!(!message.contains("Includes-Local-Changes"), "{message}");
    // Someone changed the url before the editor opened: that is declared,
    // the edit's own change is not.
    let outside = committed.replace("https://", "http://");
    assert_ne!(outside, committed);
    let message = edit(
        &outside,
        &outside.replace("hours_per_week = 2", "hours_per_week = 4"),
    );
    assert!(message.contains("Includes-Local-Changes: yes"), "{message}");
    assert!(message.contains("url"), "{message}");
    assert!(!message.contains("hours_per_week"), "{message}");
}

#[test]
fn an_index_git2_cannot_read_is_refused_before_anything_is_written() {
    let (_dir, root) = committed_example();
    git(&root, &["update-index", "--split-index"]);
    let before = head(&root);
    let file = std::fs::read(root.join(FILE)).unwrap();
    refused(
        &root,
        &before,
        sv_env(&root, &["activity", ID, "--last-post", "2025-01-02"], &[]),
        "git update-index --no-split-index",
    );
    assert_eq!(std::fs::read(root.join(FILE)).unwrap(), file);
    git(&root, &["update-index", "--no-split-index"]);
    ok(sv_env(
        &root,
        &["activity", ID, "--last-post", "2025-01-02"],
        &[],
    ));
    fsck(&root);
}
