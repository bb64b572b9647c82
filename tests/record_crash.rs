//! A record killed at any moment: after every step (a test-only hook,
//! `SOMEVAKT_FAULT=<step>`, aborts the process there) and at random moments
//! with a real `kill -9`. Each time Git must accept the repository, the
//! index must not be older than HEAD, and the recorded fact is either
//! committed or still in the working file, reported by the next run with
//! commands that finish or discard it (docs/format.md, "Commits").
//!
//! `SOMEVAKT_CRASH_ROUNDS=300 cargo test --test record_crash` runs longer.

mod common;
mod record_support;

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use common::*;
use record_support::*;
use somevakt_store::fault::STEPS;

const ID: &str = "fjordvik/x-ordforer";
const FILE: &str = "assessments/fjordvik/x-ordforer.toml";
const RATIONALE: &str = "Vedtatt i møte";

fn decide(root: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_somevakt"));
    command
        .args([
            "decide",
            ID,
            "--outcome",
            "approved",
            "--body",
            "Ledergruppen",
            "--rationale",
            RATIONALE,
        ])
        .current_dir(root)
        .env_remove("SOMEVAKT_TODAY")
        .env("SOMEVAKT_TEST_CLOCK", "2025-01-15")
        .env_remove("SOMEVAKT_FAULT")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

/// What a crash left, as Git and the next somevakt see it.
#[derive(Debug, PartialEq)]
enum After {
    /// Nothing happened: HEAD, index and file as before.
    Untouched,
    /// The record is committed.
    Committed,
    /// The record is in the working file, not committed; the next run said
    /// how to finish it.
    Unfinished(String),
}

/// Checks the invariants after a crash and lets the next run tidy up.
fn inspect(root: &Path, head_before: &str, decisions_before: usize) -> After {
    fsck(root);
    let head = git(root, &["rev-parse", "HEAD"]).trim().to_owned();
    let (in_head, in_index, on_disk) = blobs(root, FILE);
    let decisions_in = |text: &str| text.matches("[[decisions]]").count();
    let disk_text = std::fs::read_to_string(root.join(FILE)).unwrap();
    // The next command: reports an interrupted record, removes leftovers.
    let next = somevakt(root, &["status"]);
    assert_eq!(next.status.code(), Some(0), "{}", describe(&next));
    let notice = stderr(&next);
    assert!(
        leftovers(root).is_empty(),
        "after the next run: {:?}",
        leftovers(root)
    );
    if head != head_before {
        assert_eq!(git(root, &["rev-parse", "HEAD~1"]).trim(), head_before);
        assert_eq!(
            (&in_index, &on_disk),
            (&in_head, &in_head),
            "index and file agree with HEAD"
        );
        assert!(notice.is_empty(), "nothing to report: {notice}");
        return After::Committed;
    }
    if decisions_in(&disk_text) == decisions_before {
        assert_eq!((&in_index, &on_disk), (&in_head, &in_head), "untouched");
        assert!(notice.is_empty(), "nothing to report: {notice}");
        return After::Untouched;
    }
    // The fact is in the working file; the index is HEAD's or the file's.
    assert_eq!(decisions_in(&disk_text), decisions_before + 1);
    assert!(
        in_index == in_head || in_index == on_disk,
        "index: {in_index}"
    );
    assert!(
        notice.contains("was interrupted before its commit"),
        "reported: {notice}"
    );
    assert!(notice.contains(FILE), "{notice}");
    // The dashboard's source says it too, every run until it is settled.
    let again = somevakt(root, &["check"]);
    assert!(
        stderr(&again).contains("To finish it"),
        "{}",
        describe(&again)
    );
    After::Unfinished(notice)
}

/// Follows the advice: finishes the record (or discards it) with the Git
/// commands the notice gave, and checks the result.
fn settle(root: &Path, notice: &str, finish: bool, head_before: &str) {
    let label = if finish {
        "To finish it:"
    } else {
        "to discard it:"
    };
    let command = advice_command(notice, label).expect("advice");
    let out = sh(root, &command);
    assert!(out.status.success(), "{command}: {}", describe(&out));
    fsck(root);
    let (in_head, in_index, on_disk) = blobs(root, FILE);
    assert_eq!(
        (&in_index, &on_disk),
        (&in_head, &in_head),
        "after {command}"
    );
    if finish {
        assert_eq!(git(root, &["rev-parse", "HEAD~1"]).trim(), head_before);
        let message = git(root, &["log", "-1", "--format=%B"]);
        assert!(message.contains("Action: decision"), "{message}");
        assert!(message.contains(RATIONALE), "{message}");
    } else {
        assert_eq!(git(root, &["rev-parse", "HEAD"]).trim(), head_before);
    }
    let next = somevakt(root, &["status"]);
    assert!(stderr(&next).is_empty(), "settled: {}", describe(&next));
    assert_eq!(
        git(root, &["diff", "--cached", "--name-only"]).trim(),
        "notater.txt",
        "the unrelated staged change is still staged"
    );
}

fn state(root: &Path) -> (String, usize) {
    let head = git(root, &["rev-parse", "HEAD"]).trim().to_owned();
    let text = std::fs::read_to_string(root.join(FILE)).unwrap();
    (head, text.matches("[[decisions]]").count())
}

#[test]
fn a_crash_after_any_step_loses_nothing_and_git_stays_consistent() {
    for (n, step) in STEPS.iter().enumerate() {
        let (_dir, root) = committed_example_with_staged_note();
        let (head, decisions) = state(&root);
        let out: Output = decide(&root)
            .env("SOMEVAKT_FAULT", step)
            .output()
            .expect("run");
        assert!(
            !out.status.success(),
            "{step}: the process aborted: {}",
            describe(&out)
        );
        let after = inspect(&root, &head, decisions);
        match step.to_owned() {
            "locked" | "objects-written" | "journal-written" | "file-temporary-written" => {
                assert_eq!(after, After::Untouched, "{step}")
            }
            "branch-moved" | "journal-removed" => assert_eq!(after, After::Committed, "{step}"),
            _ => {
                let After::Unfinished(notice) = after else {
                    panic!("{step}: {after:?}");
                };
                settle(&root, &notice, n % 2 == 0, &head);
            }
        }
        // And the next record works normally.
        let out = decide(&root).output().expect("run");
        assert_eq!(out.status.code(), Some(0), "{step}: {}", describe(&out));
        fsck(&root);
    }
}

#[test]
fn a_new_account_interrupted_before_its_commit_can_be_finished_or_discarded() {
    for finish in [true, false] {
        let (_dir, root) = committed_example_with_staged_note();
        let file = "assessments/fjordvik/vimeo-kulturhuset.toml";
        let new = |fault: Option<&str>| {
            let mut command = Command::new(env!("CARGO_BIN_EXE_somevakt"));
            command
                .args([
                    "new",
                    "fjordvik/vimeo-kulturhuset",
                    "--municipality",
                    "Fjordvik kommune",
                    "--platform",
                    "vimeo",
                    "--name",
                    "Kulturhuset",
                ])
                .current_dir(&root)
                .env_remove("SOMEVAKT_TODAY")
                .env("SOMEVAKT_TEST_CLOCK", "2025-01-15");
            if let Some(step) = fault {
                command.env("SOMEVAKT_FAULT", step);
            }
            command.output().expect("run")
        };
        let head = git(&root, &["rev-parse", "HEAD"]).trim().to_owned();
        assert!(!new(Some("file-written")).status.success());
        fsck(&root);
        let notice = stderr(&somevakt(&root, &["status"]));
        assert!(notice.contains(file), "{notice}");
        let label = if finish {
            "To finish it:"
        } else {
            "to discard it:"
        };
        let command = advice_command(&notice, label).expect("advice");
        let out = sh(&root, &command);
        assert!(out.status.success(), "{command}: {}", describe(&out));
        fsck(&root);
        if finish {
            assert_eq!(git(&root, &["rev-parse", "HEAD~1"]).trim(), head);
            assert!(git(&root, &["log", "-1", "--format=%B"]).contains("Action: new"));
            assert_eq!(git(&root, &["status", "--porcelain", "--", file]), "");
        } else {
            assert_eq!(git(&root, &["rev-parse", "HEAD"]).trim(), head);
            assert!(!root.join(file).exists());
            assert_eq!(new(None).status.code(), Some(0), "recorded again");
        }
        assert!(stderr(&somevakt(&root, &["status"])).is_empty());
        assert!(leftovers(&root).is_empty(), "{:?}", leftovers(&root));
    }
}

fn rounds() -> usize {
    std::env::var("SOMEVAKT_CRASH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(16)
}

#[test]
fn kill_9_at_random_moments_loses_nothing() {
    let (_dir, root) = committed_example_with_staged_note();
    // How long an undisturbed record takes here, to spread the kills over it.
    let started = std::time::Instant::now();
    let out = decide(&root).output().expect("run");
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    let span = started.elapsed().as_micros().max(1000) as u64;
    let mut seed: u64 = 0x05ee_d0f5_0e7a;
    let mut seen = [0usize; 3];
    for round in 0..rounds() {
        let (head, decisions) = state(&root);
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let delay = Duration::from_micros((seed >> 33) % span);
        let mut child = decide(&root).spawn().expect("spawn");
        std::thread::sleep(delay);
        // SIGKILL: no destructor, no cleanup, as a power loss would leave it.
        let _ = child.kill();
        let _ = child.wait();
        match inspect(&root, &head, decisions) {
            After::Untouched => seen[0] += 1,
            After::Committed => seen[1] += 1,
            After::Unfinished(notice) => {
                seen[2] += 1;
                settle(&root, &notice, round % 2 == 0, &head);
            }
        }
    }
    eprintln!(
        "{} kills: {} before any change, {} after the commit, {} in between (settled by the advice)",
        rounds(),
        seen[0],
        seen[1],
        seen[2]
    );
}
