//! Helpers shared by the integration tests: temporary repositories and runs
//! of the real binary.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository's own root, which holds the example municipality.
pub fn example_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A temporary folder with an `assessments/` tree; not a Git repository
/// unless [`git_init`] is called.
pub fn temp_repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(dir.path().join("assessments")).expect("mkdir");
    dir
}

/// Writes `bytes` to `relative` under `root`, creating folders.
pub fn write(root: &Path, relative: &str, bytes: impl AsRef<[u8]>) {
    let path = root.join(relative);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, bytes).expect("write");
}

/// A small valid assessment file.
pub fn valid_assessment(name: &str) -> String {
    format!(
        "#:schema ../../schemas/assessment.schema.json\nschema_version = 1\n\n[account]\n\
         municipality = \"Testvik kommune\"\nplatform = \"facebook\"\nname = \"{name}\"\nstatus = \"active\"\n"
    )
}

/// Copies the example municipality (assessments/, somevakt.toml) to a fresh folder.
pub fn copy_example() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_tree(
        &example_root().join("assessments"),
        &dir.path().join("assessments"),
    );
    std::fs::copy(
        example_root().join("somevakt.toml"),
        dir.path().join("somevakt.toml"),
    )
    .expect("copy policy");
    dir
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read_dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// Runs the real `somevakt` binary with `args` in `dir`, with no terminal.
pub fn somevakt(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_somevakt"))
        .args(args)
        .current_dir(dir)
        .env_remove("SOMEVAKT_TODAY")
        .env("SOMEVAKT_TEST_CLOCK", "2025-01-15")
        .env("NO_COLOR", "1")
        // English unless a test asks for another language: the machine's
        // own locale must not change what the tests read.
        .env_remove("SOMEVAKT_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("LANGUAGE")
        .output()
        .expect("run somevakt")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Runs `git` in `dir` and returns its standard output; panics on failure.
pub fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("run git");
    assert!(out.status.success(), "git {args:?}: {}", stderr(&out));
    stdout(&out)
}

/// Makes `dir` a Git repository with an identity for commits.
pub fn git_init(dir: &Path) {
    git(dir, &["init", "-q", "-b", "main"]);
    git(dir, &["config", "user.name", "Personvernombud Test"]);
    git(
        dir,
        &["config", "user.email", "personvern@testvik.kommune.no"],
    );
}

/// Copies the example into `<tmp>/<name>`, so the dashboard's header (which
/// shows the folder's name) is the same on every machine.
pub fn copy_example_named(name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join(name);
    copy_tree(
        &example_root().join("assessments"),
        &root.join("assessments"),
    );
    std::fs::copy(
        example_root().join("somevakt.toml"),
        root.join("somevakt.toml"),
    )
    .expect("policy");
    (dir, root)
}

/// Runs `git` with a fixed identity and date, so commit ids are the same on
/// every run.
pub fn git_at(dir: &Path, date: &str, args: &[&str]) -> String {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Hege Solberg")
        .env("GIT_AUTHOR_EMAIL", "hege.solberg@fjordvik.kommune.no")
        .env("GIT_COMMITTER_NAME", "Hege Solberg")
        .env("GIT_COMMITTER_EMAIL", "hege.solberg@fjordvik.kommune.no")
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .output()
        .expect("run git");
    assert!(out.status.success(), "git {args:?}: {}", stderr(&out));
    stdout(&out)
}

/// A Git repository holding the example, committed once ("Eksempelkommunen",
/// with a fixed date), with an identity for further commits.
pub fn committed_example() -> (tempfile::TempDir, PathBuf) {
    let (dir, root) = copy_example_named("fjordvik");
    git_init(&root);
    git_at(&root, "2025-01-06T09:30:00+01:00", &["add", "."]);
    git_at(
        &root,
        "2025-01-06T09:30:00+01:00",
        &["commit", "-q", "-m", "Eksempelkommunen"],
    );
    (dir, root)
}

/// [`committed_example`] with an unrelated file staged, which no record may touch.
pub fn committed_example_with_staged_note() -> (tempfile::TempDir, PathBuf) {
    let (dir, root) = committed_example();
    write(&root, "notater.txt", "utkast\n");
    git(&root, &["add", "notater.txt"]);
    (dir, root)
}

/// What `trend` and `overview` count (somevakt_core::trend::Counts),
/// counted again from the output of `status --format json`: the plainest
/// answer those counts must equal.
pub fn counts_of_status(doc: &serde_json::Value) -> serde_json::Value {
    let accounts = doc["accounts"].as_array().expect("accounts");
    let count = |field: &str, value: &str| accounts.iter().filter(|a| a[field] == value).count();
    let with_errors = accounts
        .iter()
        .filter(|a| {
            a["findings"]
                .as_array()
                .is_some_and(|f| f.iter().any(|f| f["severity"] == "error"))
        })
        .count();
    serde_json::json!({
        "accounts": accounts.len(),
        "approved": count("approval", "approved"),
        "conditionally_approved": count("approval", "conditionally_approved"),
        "not_approved": count("approval", "not_approved"),
        "pending": count("approval", "pending"),
        "needs_reapproval": count("approval", "needs_reapproval"),
        "reviews_overdue": count("review", "overdue"),
        "reviews_due_soon": count("review", "due_soon"),
        "inactive": count("activity", "inactive"),
        "snapshots_missing": count("snapshots", "missing"),
        "snapshots_overdue": count("snapshots", "overdue"),
        "invalid_files": doc["invalid"].as_array().expect("invalid").len(),
        "accounts_with_errors": with_errors,
    })
}

/// A home folder whose Git configuration names a person, so the first
/// commit has an author on any machine (CI has no global identity).
pub fn home() -> tempfile::TempDir {
    let home = tempfile::tempdir().expect("home");
    std::fs::write(
        home.path().join(".gitconfig"),
        "[user]\n\tname = Hege Solberg\n\temail = hege.solberg@fjordvik.kommune.no\n",
    )
    .expect("gitconfig");
    home
}

/// Runs the real binary in `dir` as the person of [`home`], with nothing
/// of the machine's own configuration or locale.
pub fn run(home: &Path, dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_somevakt"))
        .args(args)
        .current_dir(dir)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("NO_COLOR", "1")
        .env_remove("SOMEVAKT_TODAY")
        .env("SOMEVAKT_TEST_CLOCK", "2025-01-15")
        .env_remove("SOMEVAKT_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("LANGUAGE")
        .output()
        .expect("run somevakt")
}
