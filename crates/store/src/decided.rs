//! The `[dpia]` management decided on, read back from Git history, so that
//! F02 after a DPIA change can name the keys that changed since the decision
//! (docs/format.md, F02). The comparison itself is pure and lives in core
//! ([`somevakt_core::findings::dpia_changes`]); this only finds the text.

use std::path::Path;

use git2::{Oid, Repository, Sort};
use somevakt_core::digest::dpia_digest;
use somevakt_core::findings::{DpiaChange, dpia_changes};
use somevakt_core::{Assessment, Date};

use crate::history::repo_relative;
use crate::refusal::GitError;

/// How many commits back the search goes: enough for years of records on one
/// account, and a bound on the time a huge repository can cost.
const MAX_COMMITS: usize = 5000;

/// The `[dpia]` keys that differ between the DPIA the latest decision (as of
/// `today`) was taken on and the current one. `Ok(None)` when there is
/// nothing to compare: no decision, a decision without `dpia_digest`, or no
/// committed version of the file whose `[dpia]` has that digest (the DPIA
/// was edited before its first commit).
pub fn dpia_changes_since_decision(
    root: &Path,
    relative: &str,
    current: &Assessment,
    today: Date,
) -> Result<Option<Vec<DpiaChange>>, GitError> {
    let counted = current.as_of(today);
    let Some(digest) = counted
        .latest_decision()
        .and_then(|d| d.dpia_digest.as_deref())
        .map(str::trim)
        .filter(|d| !d.is_empty())
    else {
        return Ok(None);
    };
    if digest == dpia_digest(&current.dpia) {
        return Ok(Some(Vec::new()));
    }
    let Some(text) = text_with_digest(root, relative, digest)? else {
        return Ok(None);
    };
    Ok(dpia_changes(&text, current).ok())
}

/// A committed version of the file whose `[dpia]` has `digest`, looking
/// from the newest commit back.
fn text_with_digest(root: &Path, relative: &str, digest: &str) -> Result<Option<String>, GitError> {
    let repo = Repository::discover(root)?;
    let path = repo_relative(&repo, root, relative);
    let mut walk = repo.revwalk()?;
    // By time only: a topological order makes libgit2 walk the whole
    // history before the first commit comes out (seconds at 100,000
    // commits, for every account with F02), and any version with the
    // digest serves, since they all hold the same `[dpia]`.
    walk.set_sorting(Sort::TIME)?;
    if walk.push_head().is_err() {
        return Ok(None); // no commits yet
    }
    let mut last_seen: Option<Oid> = None;
    for oid in walk.take(MAX_COMMITS) {
        let commit = repo.find_commit(oid?)?;
        let Some(entry) = commit.tree()?.get_path(Path::new(&path)).ok() else {
            continue;
        };
        if last_seen == Some(entry.id()) {
            continue; // the same version as the commit after it
        }
        last_seen = Some(entry.id());
        let blob = repo.find_blob(entry.id())?;
        let Ok(text) = std::str::from_utf8(blob.content()) else {
            continue;
        };
        let decided = somevakt_core::parse::parse_assessment(text);
        if decided.is_ok_and(|a| dpia_digest(&a.dpia) == digest) {
            return Ok(Some(text.to_owned()));
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::process::Command;

    fn git(dir: &Path, args: &[&str]) {
        let ok = Command::new("git")
            .args(["-c", "user.name=T", "-c", "user.email=t@example.org"])
            .args(args)
            .current_dir(dir)
            .output()
            .expect("git")
            .status
            .success();
        assert!(ok, "git {args:?}");
    }

    const FILE: &str = r#"schema_version = 1
[account]
municipality = "Testvik"
platform = "facebook"
name = "Testvik"
status = "active"
[dpia]
purpose = "Informere"
completed = 2024-01-10
[dpia.transfer]
third_country = true
mechanism = "scc"
"#;

    #[test]
    fn names_the_keys_changed_since_the_decision() {
        let dir = tempfile::tempdir().expect("tmp");
        let root = dir.path();
        git(root, &["init", "-q"]);
        std::fs::create_dir_all(root.join("assessments/t")).expect("mkdir");
        let path = "assessments/t/a.toml";
        let decided = somevakt_core::parse::parse_assessment(FILE).expect("parse");
        let digest = dpia_digest(&decided.dpia);
        let with_decision = format!(
            "{FILE}\n[[decisions]]\ndate = 2024-02-01\noutcome = \"approved\"\ndpia_digest = \"{digest}\"\n"
        );
        std::fs::write(root.join(path), &with_decision).expect("write");
        git(root, &["add", "."]);
        git(root, &["commit", "-q", "-m", "decision"]);
        let today = Date::from_ymd(2025, 1, 15).expect("date");

        let now = somevakt_core::parse::parse_assessment(&with_decision).expect("parse");
        let same = dpia_changes_since_decision(root, path, &now, today).expect("git");
        assert_eq!(same, Some(Vec::new()), "nothing changed yet");

        let edited = with_decision
            .replace("\"Informere\"", "\"Informere og svare\"")
            .replace("mechanism = \"scc\"\n", "");
        std::fs::write(root.join(path), &edited).expect("write");
        git(root, &["commit", "-q", "-am", "edit the DPIA"]);
        let now = somevakt_core::parse::parse_assessment(&edited).expect("parse");
        let changes = dpia_changes_since_decision(root, path, &now, today)
            .expect("git")
            .expect("found the decided version");
        let keys: Vec<&str> = changes.iter().map(|c| c.key.as_str()).collect();
        assert_eq!(keys, vec!["dpia.purpose", "dpia.transfer.mechanism"]);
        assert_eq!(changes[1].now, None, "removed");
        assert_eq!(changes[1].decided.as_deref(), Some("\"scc\""));
    }
}
