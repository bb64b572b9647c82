//! The commit a correction corrects: the one that gave the entry the value
//! it has now (added it, or corrected it last), found by reading the
//! file's history backwards (first parents) while the entry stays as it is.

use std::path::Path;

use git2::Repository;
use somevakt_core::correct::EntryRef;
use somevakt_core::model::Assessment;
use somevakt_core::parse::parse_assessment;

use crate::GitError;
use crate::history::repo_relative;

/// Commits looked at, at most: a file's history is short, and a search
/// that finds nothing refuses rather than guesses.
const MAX_COMMITS: usize = 10_000;

/// The entry as data, to compare versions by content, not formatting.
fn entry_of(a: &Assessment, entry: EntryRef) -> Option<serde_json::Value> {
    match entry {
        EntryRef::Decision(n) => a.decisions.get(n.checked_sub(1)?).map(serde_json::to_value),
        EntryRef::Snapshot(n) => a.snapshots.get(n.checked_sub(1)?).map(serde_json::to_value),
        EntryRef::Closing => a.closing.as_ref().map(serde_json::to_value),
    }
    .and_then(Result::ok)
}

/// The full id of the commit that set `entry` of the file at `relative`
/// (from `root`) to what `current` (the committed file) holds; `None` when
/// no commit holds it (it was never committed).
pub fn setter(
    root: &Path,
    relative: &str,
    current: &Assessment,
    entry: EntryRef,
) -> Result<Option<String>, GitError> {
    let Some(wanted) = entry_of(current, entry) else {
        return Ok(None);
    };
    let repo = Repository::discover(root)?;
    let path = repo_relative(&repo, root, relative);
    let Ok(head) = repo.head().and_then(|h| h.peel_to_commit()) else {
        return Ok(None);
    };
    let holds = |commit: &git2::Commit<'_>| -> bool {
        let Ok(tree) = commit.tree() else {
            return false;
        };
        let Ok(item) = tree.get_path(Path::new(&path)) else {
            return false;
        };
        let Ok(blob) = repo.find_blob(item.id()) else {
            return false;
        };
        std::str::from_utf8(blob.content())
            .ok()
            .and_then(|text| parse_assessment(text).ok())
            .and_then(|a| entry_of(&a, entry))
            .is_some_and(|e| e == wanted)
    };
    if !holds(&head) {
        return Ok(None);
    }
    let mut setter = head.clone();
    let mut at = head;
    for _ in 0..MAX_COMMITS {
        let Ok(parent) = at.parent(0) else {
            break; // the first commit set it
        };
        if !holds(&parent) {
            break;
        }
        setter = parent.clone();
        at = parent;
    }
    Ok(Some(setter.id().to_string()))
}
