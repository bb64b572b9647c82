//! The policy as committed, and the history it is judged on: what the
//! audit and the approver check of a record read instead of the working
//! tree (docs/format.md, "Signed decisions and the audit").
//!
//! The working tree's `somevakt.toml` is whatever anyone with a shell
//! wrote last; only a commit is part of the trail. So who may approve, which
//! keys are theirs and where the audit starts are read from the policy at
//! HEAD, and the allowed-signers file from the same tree: a path that
//! leaves the repository is not a file of the trail (the parser refuses
//! one; a tree cannot hold one).

use std::path::Path;

use git2::{Oid, Repository, Tree};
use somevakt_core::Policy;
use somevakt_core::parse::{decode, parse_policy};
use somevakt_core::register::InvalidFile;

/// The policy file's name under the assessment root.
const POLICY_FILE: &str = "somevakt.toml";

/// The policy in one commit's tree, with the allowed signers it names.
#[derive(Debug, Clone, Default)]
pub struct CommittedPolicy {
    /// The policy (the defaults when the commit has no policy file).
    pub policy: Policy,
    /// The text of the allowed-signers file the policy names, as committed
    /// in the same tree; `None` when none is named or the tree lacks it.
    pub allowed_signers: Option<String>,
}

/// The policy as committed at HEAD of the repository around `root` (the
/// assessment root, which may be a folder inside the repository). Before
/// the first commit: the defaults. A policy that cannot be read is the
/// error, with file, line and column, as the working copy's would be.
pub fn at_head(repo: &Repository, root: &Path) -> Result<CommittedPolicy, Box<InvalidFile>> {
    let Some(tree) = repo.head().ok().and_then(|h| h.peel_to_tree().ok()) else {
        return Ok(CommittedPolicy::default());
    };
    let prefix = crate::history::repo_relative(repo, root, "");
    let prefix = if prefix.is_empty() || prefix.ends_with('/') {
        prefix
    } else {
        format!("{prefix}/")
    };
    in_tree(repo, &tree, &prefix)
}

/// The policy in `tree`; `prefix` is the assessment root in the tree
/// (`""` or `dir/`).
pub(crate) fn in_tree(
    repo: &Repository,
    tree: &Tree<'_>,
    prefix: &str,
) -> Result<CommittedPolicy, Box<InvalidFile>> {
    let shown = format!("{POLICY_FILE} (as committed)");
    let Some(bytes) = blob_at(repo, tree, &format!("{prefix}{POLICY_FILE}")) else {
        return Ok(CommittedPolicy::default());
    };
    let text = decode(&bytes).map_err(|e| Box::new(InvalidFile::plain(&shown, e.message)))?;
    let policy = parse_policy(text).map_err(|e| Box::new(InvalidFile::at(&shown, text, e)))?;
    let allowed_signers = policy.approvers.allowed_signers.as_ref().and_then(|file| {
        let path = format!("{prefix}{}", file.trim_start_matches("./"));
        blob_at(repo, tree, &path).map(|b| String::from_utf8_lossy(&b).into_owned())
    });
    Ok(CommittedPolicy {
        policy,
        allowed_signers,
    })
}

/// The bytes of the file at `path` in `tree`, if it is a file there.
fn blob_at(repo: &Repository, tree: &Tree<'_>, path: &str) -> Option<Vec<u8>> {
    let entry = tree.get_path(Path::new(path)).ok()?;
    if entry.kind() != Some(git2::ObjectType::Blob) {
        return None;
    }
    let blob = repo.find_blob(entry.id()).ok()?;
    Some(blob.content().to_vec())
}

/// Whether the history Git holds is cut off: a shallow clone (`git clone
/// --depth`, the default checkout of most CI runners) or one with grafts.
/// Such a history shows its oldest commits as if they had no parents, so
/// every decision in them would look freshly added and every change before
/// them would be out of sight: the audit refuses to judge it.
pub fn cut_off(repo: &Repository) -> bool {
    if repo.is_shallow() {
        return true;
    }
    let grafts = repo.commondir().join("info").join("grafts");
    std::fs::metadata(grafts).is_ok_and(|m| m.len() > 0)
}

/// A fingerprint of the history's shape apart from the commits themselves
/// (the shallow and graft files): a cache written under one shape is not
/// read under another, so a history fetched in full is read again.
pub(crate) fn shape(repo: &Repository) -> String {
    let dir = repo.commondir();
    let read = |p: &Path| std::fs::read(p).unwrap_or_default();
    let mut bytes = read(&dir.join("shallow"));
    bytes.push(0);
    bytes.extend(read(&dir.join("info").join("grafts")));
    Oid::hash_object(git2::ObjectType::Blob, &bytes)
        .map(|o| o.to_string())
        .unwrap_or_default()
}
