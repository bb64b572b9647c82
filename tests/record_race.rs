//! Two records racing on one file, as two real processes of the built
//! binary: exactly one lands per collision, the loser changes nothing and
//! says so in one line, and Git agrees (docs/format.md, "Commits").
//!
//! `SOMEVAKT_RACE_ROUNDS=500 cargo test --test record_race` runs longer.

mod common;
mod record_support;

use std::process::{Command, Stdio};

use common::*;
use record_support::*;

const ID: &str = "fjordvik/x-ordforer";
const FILE: &str = "assessments/fjordvik/x-ordforer.toml";

fn rounds() -> usize {
    std::env::var("SOMEVAKT_RACE_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(12)
}

#[test]
fn of_two_racing_records_exactly_one_lands_and_the_other_changes_nothing() {
    let (_dir, root) = committed_example_with_staged_note();
    let start = git(&root, &["rev-list", "--count", "HEAD"])
        .trim()
        .parse::<usize>()
        .unwrap();
    let (mut successes, mut decisions, mut losers) = (0, 0, 0);
    for round in 0..rounds() {
        let day = format!("2025-01-{:02}", round % 28 + 1);
        let decide = [
            "decide",
            ID,
            "--outcome",
            "approved",
            "--body",
            "Ledergruppen",
            "--rationale",
            "Runde",
        ];
        let activity = ["activity", ID, "--last-post", &day];
        // Both start at once; each prepares, then races for the lock.
        let children: Vec<_> = [&decide[..], &activity[..]]
            .iter()
            .map(|args| {
                Command::new(env!("CARGO_BIN_EXE_somevakt"))
                    .args(*args)
                    .current_dir(&root)
                    .env_remove("SOMEVAKT_TODAY")
                    .env("SOMEVAKT_TEST_CLOCK", "2025-01-15")
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .expect("spawn")
            })
            .collect();
        for (n, child) in children.into_iter().enumerate() {
            let out = child.wait_with_output().expect("wait");
            match out.status.code() {
                Some(0) => {
                    successes += 1;
                    decisions += usize::from(n == 0);
                }
                Some(2) => {
                    losers += 1;
                    let err = String::from_utf8_lossy(&out.stderr);
                    assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
                    assert!(
                        err.contains("nothing was written")
                            || err.contains("nothing was recorded")
                            || err.contains("try again"),
                        "the loser says it changed nothing: {err}"
                    );
                }
                _ => panic!("round {round}: {}", describe(&out)),
            }
        }
        // After every round: Git agrees with itself and with the file.
        let (head, index, disk) = blobs(&root, FILE);
        assert_eq!(
            (&index, &disk),
            (&head, &head),
            "round {round}: HEAD = index = file"
        );
        assert!(
            leftovers(&root).is_empty(),
            "round {round}: {:?}",
            leftovers(&root)
        );
    }
    let count: usize = git(&root, &["rev-list", "--count", "HEAD"])
        .trim()
        .parse()
        .unwrap();
    eprintln!(
        "{} rounds: {successes} records landed, {losers} refused",
        rounds()
    );
    assert_eq!(
        count,
        start + successes,
        "one commit per success ({losers} refused)"
    );
    let text = git(&root, &["show", &format!("HEAD:{FILE}")]);
    let before = git(&root, &["show", &format!("HEAD~{successes}:{FILE}")]);
    assert_eq!(
        text.matches("[[decisions]]").count() - before.matches("[[decisions]]").count(),
        decisions,
        "every decision that was reported recorded is in HEAD"
    );
    assert_eq!(
        git(&root, &["status", "--porcelain", "--", FILE]),
        "",
        "the working file is HEAD's"
    );
    assert_eq!(
        git(&root, &["diff", "--cached", "--name-only"]).trim(),
        "notater.txt",
        "the unrelated staged change is still staged"
    );
    fsck(&root);
}
