//! The editor session: which editor to start, and where the branch was when
//! it opened, so the saved file can be recorded as a commit only if nothing
//! moved meanwhile.

use std::path::Path;

use git2::Repository;
use somevakt_core::CommitId;

use crate::commit::commit_id;

/// The editor Git would choose: GIT_EDITOR, core.editor, VISUAL, EDITOR, vi.
pub fn editor_command(root: &Path) -> String {
    let env = |name| {
        std::env::var(name)
            .ok()
            .filter(|v: &String| !v.trim().is_empty())
    };
    env("GIT_EDITOR")
        .or_else(|| {
            Repository::discover(root)
                .and_then(|r| r.config())
                .and_then(|c| c.get_string("core.editor"))
                .ok()
                .filter(|v| !v.trim().is_empty())
        })
        .or_else(|| env("VISUAL"))
        .or_else(|| env("EDITOR"))
        .unwrap_or_else(|| "vi".to_owned())
}

/// Where the current branch points now (`None` before the first commit).
pub fn head(root: &Path) -> Option<CommitId> {
    let repo = Repository::discover(root).ok()?;
    let oid = repo.head().ok()?.target()?;
    Some(commit_id(oid))
}

/// Puts back the committed version (at HEAD) of an account's file, after
/// an editor left it broken. Written beside the file and renamed into place;
/// a file that HEAD does not hold is left alone and reported.
pub fn restore_committed(root: &Path, id: &somevakt_core::AccountId) -> Result<(), String> {
    let relative = id.relative_path();
    let t = crate::commit::target(root, id).map_err(|e| e.to_string())?;
    let text = crate::commit::committed_text(&t.repo, &t.in_repo)
        .ok_or_else(|| format!("{relative} has never been committed: nothing to restore"))?;
    let replaced =
        crate::staging::replace_file(&t.full, text.as_bytes()).map_err(|e| e.to_string())?;
    replaced.finish().map_err(|e| e.to_string())
}
