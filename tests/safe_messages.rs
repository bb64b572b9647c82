//! What a user types never carries control characters into a commit
//! message, and a parse error at any column is reported, never a panic
//! (docs/format.md, "CLI": every output is safe; commit messages too).

mod common;

use common::*;

const HOSTILE: &str = "ok\u{1b}]52;c;cHduZWQ=\u{7}\u{1b}[2J\rslutt\u{202E}snudd\u{1BCA1}";

#[test]
fn record_commands_sanitise_what_a_user_types_into_the_commit_message() {
    let (_dir, root) = committed_example();
    let out = somevakt(
        &root,
        &[
            "decide",
            "fjordvik/x-ordforer",
            "--outcome",
            "conditionally_approved",
            "--body",
            HOSTILE,
            "--rationale",
            &format!("Første linje\n{HOSTILE}\n👩\u{200D}💻 avdeling"),
            "--condition",
            HOSTILE,
            "--conditions-due",
            "2099-01-01",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let out = somevakt(
        &root,
        &[
            "snapshot",
            "fjordvik/x-ordforer",
            "--date",
            "2025-01-02",
            "--kind",
            "yearly",
            "--archive-ref",
            HOSTILE,
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    for rev in ["HEAD", "HEAD~1"] {
        let message = git(&root, &["log", "-1", "--format=%B", rev]);
        for bad in ['\u{1b}', '\u{7}', '\r', '\u{202E}', '\u{1BCA1}'] {
            assert!(
                !message.contains(bad),
                "{rev}: {:X} in {message:?}",
                bad as u32
            );
        }
        assert!(message.contains("ok\u{FFFD}]52;c;"), "{message:?}");
        let fsck = std::process::Command::new("git")
            .args(["fsck", "--strict"])
            .current_dir(&root)
            .output()
            .expect("fsck");
        assert!(fsck.status.success());
    }
    let message = git(&root, &["log", "-1", "--format=%B", "HEAD~1"]);
    // Line breaks stay where the body allows them; the emoji stays whole.
    assert!(message.contains("Første linje\nok"), "{message:?}");
    assert!(message.contains("👩\u{200D}💻 avdeling"), "{message:?}");
}

#[test]
fn a_parse_error_past_column_65535_is_reported_not_a_panic() {
    let dir = copy_example();
    let root = dir.path();
    let long = "a".repeat(70_000);
    write(
        root,
        "assessments/fjordvik/lang.toml",
        format!("schema_version = 1\n[account]\nname = \"{long}\" garbage\n"),
    );
    for args in [&["check"][..], &["check", "--format", "json"][..]] {
        let out = somevakt(root, args);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        let shown = stdout(&out);
        assert!(
            shown.contains("lang.toml"),
            "{}",
            &shown[..shown.len().min(2000)]
        );
        assert!(
            shown.contains("3:70011") || shown.contains("\"column\": 70011"),
            "{}",
            &shown[..shown.len().min(3000)]
        );
    }
    let out = somevakt(root, &["check"]);
    // The quoted line is a window around the error, not 70,000 columns.
    let longest = stdout(&out)
        .lines()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0);
    assert!(longest < 400, "{longest}");
}
