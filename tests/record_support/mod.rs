//! Checks shared by the record tests: what Git says about a repository
//! after a record, a race, a crash or a full disk.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

/// Runs `git` in `dir`; returns its output whatever the exit code.
pub fn git_raw(dir: &Path, args: &[&str]) -> Output {
    Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("run git")
}

/// `git fsck --strict` passes.
pub fn fsck(root: &Path) {
    let out = git_raw(root, &["fsck", "--strict", "--no-progress"]);
    assert!(
        out.status.success(),
        "git fsck --strict: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The blob id of `file` in HEAD, in the index (stage 0) and on disk (as
/// `git hash-object` gives it, through the repository's filters).
pub fn blobs(root: &Path, file: &str) -> (String, String, String) {
    let id = |args: &[&str]| {
        let out = git_raw(root, args);
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    };
    (
        id(&["rev-parse", &format!("HEAD:{file}")]),
        id(&["rev-parse", &format!(":{file}")]),
        id(&["hash-object", file]),
    )
}

/// Temporary files and locks a record may leave while it runs.
pub fn leftovers(root: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let git_dir = root.join(".git");
    for name in [
        "index.lock",
        "somevakt-index.new",
        "somevakt-index.old",
        "somevakt-record.tmp",
        "refs/heads/main.lock",
    ] {
        if git_dir.join(name).exists() {
            found.push(format!(".git/{name}"));
        }
    }
    for entry in std::fs::read_dir(&git_dir).expect("read .git").flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with("somevakt-lock.") {
            found.push(format!(".git/{name}"));
        }
    }
    let mut folders = vec![root.join("assessments")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("read_dir").flatten() {
            if entry.file_type().expect("type").is_dir() {
                folders.push(entry.path());
            } else if entry
                .file_name()
                .to_string_lossy()
                .starts_with(".somevakt-record-")
            {
                found.push(entry.path().display().to_string());
            }
        }
    }
    found
}

/// Exit status and standard error of a run, for messages.
pub fn describe(out: &Output) -> String {
    format!(
        "exit {:?}\nstdout: {}\nstderr: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Runs a shell command line (Git's advice, copied as a user would).
pub fn sh(root: &Path, line: &str) -> Output {
    Command::new("sh")
        .args(["-c", line])
        .current_dir(root)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("run sh")
}

/// The command after `label` in an advice line, up to `;` or the end.
pub fn advice_command(notice: &str, label: &str) -> Option<String> {
    let start = notice.find(label)? + label.len();
    let rest = &notice[start..];
    let end = rest.find(';').unwrap_or(rest.len());
    Some(rest[..end].trim().to_owned())
}
