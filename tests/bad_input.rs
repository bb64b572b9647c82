//! Every kind of bad input named in the foundation issue gives a clear
//! diagnostic with a position where there is one, never a panic, and never
//! hides the valid files beside it.

mod common;

use common::*;
use somevakt_store::{InvalidFile, load};

/// Loads a repository holding one good file and `bad` at `bad_path`; returns
/// the one invalid entry, after checking the good file still loaded.
fn load_with(bad_path: &str, bad: impl AsRef<[u8]>) -> InvalidFile {
    let dir = temp_repo();
    write(
        dir.path(),
        "assessments/testvik/good.toml",
        valid_assessment("God"),
    );
    write(dir.path(), bad_path, bad);
    let register = load(dir.path()).expect("load");
    assert_eq!(register.accounts.len(), 1, "the valid file must still load");
    assert_eq!(register.accounts[0].id.as_str(), "testvik/good");
    assert_eq!(register.invalid.len(), 1, "{:#?}", register.invalid);
    register.invalid[0].clone()
}

const BAD: &str = "assessments/testvik/bad.toml";

fn with_line(extra: &str) -> String {
    format!("{}{extra}\n", valid_assessment("Dårlig"))
}

/// The line of the valid template a key appended at its end lands on.
fn appended_line() -> usize {
    valid_assessment("Dårlig").lines().count() + 1
}

#[test]
fn invalid_toml() {
    let bad = load_with(BAD, with_line("url = https://example.org"));
    assert_eq!(bad.path, BAD);
    assert_eq!(bad.line, Some(appended_line()));
    assert_eq!(bad.column, Some(7));
}

#[test]
fn wrong_type() {
    let bad = load_with(BAD, with_line("created = \"last year\""));
    assert!(bad.message.contains("date"), "{}", bad.message);
    assert_eq!(bad.line, Some(appended_line()));
}

#[test]
fn unknown_key() {
    let bad = load_with(BAD, with_line("purpse = \"Informere\""));
    assert!(
        bad.message.contains("unknown field `purpse`"),
        "{}",
        bad.message
    );
    assert!(
        bad.message.contains("purpose"),
        "lists the expected keys: {}",
        bad.message
    );
    assert_eq!(bad.line, Some(appended_line()));
    assert_eq!(bad.column, Some(1));
}

#[test]
fn unknown_enum_value() {
    let text = valid_assessment("X").replace("\"facebook\"", "\"myspace\"");
    let bad = load_with(BAD, text);
    assert!(
        bad.message.contains("unknown variant `myspace`"),
        "{}",
        bad.message
    );
    assert!(
        bad.message.contains("instagram"),
        "lists the choices: {}",
        bad.message
    );
    assert_eq!(bad.line, Some(6));
}

#[test]
fn a_date_that_does_not_exist() {
    let bad = load_with(BAD, with_line("created = 2024-02-30"));
    assert_eq!(bad.line, Some(appended_line()));
    assert!(bad.column.is_some());
}

#[test]
fn empty_file() {
    let bad = load_with(BAD, "");
    assert!(bad.message.contains("empty"), "{}", bad.message);
}

#[test]
fn bom_and_crlf_are_accepted() {
    let dir = temp_repo();
    let crlf = valid_assessment("Windows").replace('\n', "\r\n");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(crlf.as_bytes());
    write(dir.path(), "assessments/testvik/windows.toml", bytes);
    let register = load(dir.path()).expect("load");
    assert!(register.invalid.is_empty(), "{:#?}", register.invalid);
    assert_eq!(register.accounts[0].assessment.account.name, "Windows");
}

#[test]
fn invalid_utf8() {
    let mut bytes = valid_assessment("X").into_bytes();
    bytes.extend_from_slice(b"url = \"\xFF\xFE\"\n");
    let bad = load_with(BAD, bytes);
    assert!(bad.message.contains("UTF-8"), "{}", bad.message);
    assert_eq!(bad.line, Some(appended_line()));
    assert_eq!(bad.column, Some(8));
}

#[test]
fn nul_byte() {
    let bad = load_with(BAD, with_line("url = \"a\0b\""));
    assert!(bad.message.contains("NUL"), "{}", bad.message);
    assert_eq!(bad.line, Some(appended_line()));
}

#[test]
fn huge_file() {
    let mut text = valid_assessment("X");
    text.push_str(&format!("# {}\n", "x".repeat(1024 * 1024)));
    let bad = load_with(BAD, text);
    assert!(bad.message.contains("1 MiB"), "{}", bad.message);
}

#[test]
fn deeply_nested_arrays() {
    let deep = format!("x = {}{}", "[".repeat(100_000), "]".repeat(100_000));
    let bad = load_with(BAD, with_line(&deep));
    assert!(bad.message.contains("nested"), "{}", bad.message);
    assert_eq!(bad.line, Some(appended_line()));
}

#[test]
fn duplicate_key() {
    let bad = load_with(BAD, with_line("name = \"Igjen\""));
    assert!(bad.message.contains("duplicate"), "{}", bad.message);
    assert_eq!(bad.line, Some(appended_line()));
}

#[test]
fn decision_without_a_date() {
    let bad = load_with(
        BAD,
        with_line("\n[[decisions]]\noutcome = \"approved\"\nbody = \"Ledergruppen\""),
    );
    assert!(
        bad.message.contains("missing field `date`"),
        "{}",
        bad.message
    );
    assert!(bad.line.is_some());
}

#[test]
fn missing_required_key() {
    let text = valid_assessment("X").replace("status = \"active\"\n", "");
    let bad = load_with(BAD, text);
    assert!(
        bad.message.contains("missing field `status`"),
        "{}",
        bad.message
    );
}

#[test]
fn wrong_schema_version() {
    let text = valid_assessment("X").replace("schema_version = 1", "schema_version = 2");
    let bad = load_with(BAD, text);
    assert!(bad.message.contains("schema_version 2"), "{}", bad.message);
    assert_eq!(bad.line, Some(2));
}

#[test]
fn bad_file_name() {
    let bad = load_with(
        "assessments/Testvik/Kultur side.toml",
        valid_assessment("X"),
    );
    assert!(bad.message.contains("valid id"), "{}", bad.message);
}

#[cfg(unix)]
#[test]
fn symlink_outside_the_repository_is_refused_unread() {
    let outside = tempfile::tempdir().expect("tmp");
    let secret = outside.path().join("secret.toml");
    std::fs::write(&secret, valid_assessment("Hemmelig")).expect("write");
    let dir = temp_repo();
    write(
        dir.path(),
        "assessments/testvik/good.toml",
        valid_assessment("God"),
    );
    std::os::unix::fs::symlink(&secret, dir.path().join(BAD)).expect("symlink");
    let register = load(dir.path()).expect("load");
    assert_eq!(register.accounts.len(), 1);
    assert_eq!(register.invalid[0].path, BAD);
    assert!(register.invalid[0].message.contains("symbolic link"));
    assert!(!format!("{:?}", register.invalid).contains("Hemmelig"));
}

/// docs/format.md, "CLI": a symlink under `assessments/` is never followed, even
/// to a file inside the repository (it could be swapped for one outside).
#[cfg(unix)]
#[test]
fn symlink_inside_the_repository_is_not_followed_either() {
    let dir = temp_repo();
    write(dir.path(), "shared/base.toml", valid_assessment("Delt"));
    std::fs::create_dir_all(dir.path().join("assessments/testvik")).expect("mkdir");
    std::os::unix::fs::symlink(dir.path().join("shared/base.toml"), dir.path().join(BAD))
        .expect("symlink");
    let register = load(dir.path()).expect("load");
    assert!(register.accounts.is_empty());
    assert_eq!(register.invalid.len(), 1, "{:#?}", register.invalid);
    assert!(register.invalid[0].message.contains("symbolic link"));
}

#[test]
fn broken_policy_is_reported_and_defaults_are_used() {
    let dir = temp_repo();
    write(
        dir.path(),
        "assessments/testvik/good.toml",
        valid_assessment("God"),
    );
    write(
        dir.path(),
        "somevakt.toml",
        "[policy]\nreview_interval_months = \"tolv\"\n",
    );
    let register = load(dir.path()).expect("load");
    assert_eq!(register.accounts.len(), 1);
    assert_eq!(register.invalid[0].path, "somevakt.toml");
    assert_eq!(register.invalid[0].line, Some(2));
    assert_eq!(register.policy.policy.review_interval_months, 12);
}

#[test]
fn hidden_and_non_toml_files_are_ignored() {
    let dir = temp_repo();
    write(
        dir.path(),
        "assessments/testvik/good.toml",
        valid_assessment("God"),
    );
    write(
        dir.path(),
        "assessments/testvik/.good.toml.swp",
        "\0\0binary",
    );
    write(dir.path(), "assessments/README.md", "# notes");
    let register = load(dir.path()).expect("load");
    assert_eq!(register.accounts.len(), 1);
    assert!(register.invalid.is_empty());
}

#[test]
fn check_shows_the_offending_line_and_exits_1() {
    let dir = temp_repo();
    write(
        dir.path(),
        "assessments/testvik/good.toml",
        valid_assessment("God"),
    );
    write(dir.path(), BAD, with_line("purpse = \"Informere\""));
    let out = somevakt(
        dir.path(),
        &["check", "--repo", ".", "--today", "2025-01-15"],
    );
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let line = appended_line();
    assert!(
        text.contains(&format!("error: {BAD}:{line}:1: unknown field `purpse`")),
        "{text}"
    );
    assert!(
        text.contains("purpse = \"Informere\""),
        "shows the line: {text}"
    );
    assert!(
        text.contains("testvik/good"),
        "the valid file is still checked: {text}"
    );
}

/// During a real merge, `check` names the conflict instead of a TOML typo,
/// at the marker's line, and still lists the other accounts.
#[test]
fn a_file_in_merge_conflict_is_named_as_one_by_check() {
    let (_dir, root) = committed_example();
    let file = "assessments/fjordvik/facebook-brannvesenet.toml";
    let text = std::fs::read_to_string(root.join(file)).expect("read");
    git(&root, &["checkout", "-q", "-b", "other"]);
    std::fs::write(
        root.join(file),
        text.replacen("name = ", "name = \"Brann\"\nx_other = ", 1),
    )
    .expect("write");
    git(&root, &["commit", "-q", "-am", "other"]);
    git(&root, &["checkout", "-q", "main"]);
    std::fs::write(
        root.join(file),
        text.replacen("name = ", "name = \"Brannvesen\"\nx_main = ", 1),
    )
    .expect("write");
    git(&root, &["commit", "-q", "-am", "main"]);
    let merge = std::process::Command::new("git")
        .args(["merge", "-q", "other"])
        .current_dir(&root)
        .output()
        .expect("git merge");
    assert!(!merge.status.success(), "the merge must conflict");

    let out = somevakt(&root, &["check"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("unresolved merge conflict"), "{text}");
    assert!(text.contains("facebook-brannvesenet.toml:"), "{text}");
    let json = stdout(&somevakt(&root, &["status", "--format", "json"]));
    let doc: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(doc["invalid"].as_array().map(Vec::len), Some(1), "{doc:#}");
    assert!(doc["accounts"].as_array().map(Vec::len).unwrap_or(0) > 10);
}

/// Bounds (issue 24): hours a finite number 0-168, people 0 or more, dates
/// only as TOML dates or strict YYYY-MM-DD text; each at its line and
/// column, the good file beside it still loaded.
#[test]
fn values_out_of_bounds_are_reported_where_they_stand() {
    let table = [
        ("[responsibility]\nhours_per_week = nan", "hours in a week"),
        ("[responsibility]\nhours_per_week = -3.5", "hours in a week"),
        ("[responsibility]\nhours_per_week = 500", "hours in a week"),
        (
            "[responsibility]\nhours_per_week = 1e300",
            "hours in a week",
        ),
        ("[dpia]\nestimated_data_subjects = -5", "number of people"),
        ("created = \" 2024-05-10\"", "without spaces"),
        ("created = \"2024-5-10\"", "YYYY-MM-DD"),
        ("created = \"+202-05-10\"", "YYYY-MM-DD"),
    ];
    for (extra, said) in table {
        let bad = load_with(BAD, with_line(extra));
        assert!(bad.message.contains(said), "{extra}: {}", bad.message);
        let line = appended_line() + extra.matches('\n').count();
        assert_eq!(
            (bad.line, bad.column.is_some()),
            (Some(line), true),
            "{extra}: {bad:?}"
        );
    }
    // The bounds themselves are fine.
    for ok in [
        "[responsibility]\nhours_per_week = 0",
        "[responsibility]\nhours_per_week = 168",
        "[responsibility]\nhours_per_week = 2.5",
        "[dpia]\nestimated_data_subjects = 0",
        "created = \"2024-05-10\"",
        "created = 2024-05-10",
    ] {
        let dir = temp_repo();
        write(dir.path(), BAD, with_line(ok));
        let register = load(dir.path()).expect("load");
        assert!(register.invalid.is_empty(), "{ok}: {:#?}", register.invalid);
    }
}
