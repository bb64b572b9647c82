//! Writes one assessment file and records it as one Git commit, made with
//! git2: the audit trail.
//!
//! Nothing is written until every check has passed. The file is written
//! atomically; the commit's tree differs from HEAD's only in that file, so
//! every other staged or unstaged change stays as it was; and the branch
//! moves by compare-and-swap, only if it still points where it pointed when
//! the edit began.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use git2::{FileMode, Oid, Repository, RepositoryState, build::TreeUpdateBuilder};

use super::history::repo_relative;
use crate::refusal::{GitError, GitOperation, Refusal};
use somevakt_core::parse::{decode, parse_assessment};
use somevakt_core::{AccountId, Action, CommitId, Proposal};

/// Why a change was not recorded. Nothing was written when this is returned,
/// except where the message says the file was put back.
#[derive(Debug, thiserror::Error)]
pub enum CommitError {
    #[error("{0}")]
    Refused(#[from] Refusal),
    #[error("Git: {0}")]
    Git(#[from] GitError),
    #[error("cannot write {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

fn refuse<T>(refusal: Refusal) -> Result<T, CommitError> {
    Err(CommitError::Refused(refusal))
}

impl From<git2::Error> for CommitError {
    fn from(e: git2::Error) -> CommitError {
        CommitError::Git(e.into())
    }
}

/// What the file and the branch were when the edit began.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Baseline {
    /// The file's text on disk, `None` when it did not exist.
    pub text: Option<String>,
    /// Where the branch pointed, `None` on a branch with no commits yet.
    pub head: Option<CommitId>,
}

/// The repository and the file's path in it.
struct Target {
    repo: Repository,
    /// Where the file is on disk.
    full: PathBuf,
    /// The file's path inside the Git work tree, with `/`.
    in_repo: String,
}

fn target(root: &Path, id: &AccountId) -> Result<Target, CommitError> {
    let repo = Repository::discover(root).map_err(|e| {
        match crate::load::git_open_problem(&e, root) {
            // SHA-256, "dubious ownership": a repository Git will not open.
            Some(problem) => CommitError::Git(git2::Error::from_str(&problem).into()),
            None => CommitError::Refused(Refusal::NotInGit(root.to_path_buf())),
        }
    })?;
    let relative = id.relative_path();
    // Never write (or commit) through a link, nor outside the repository.
    crate::read::check_write_path(root, &relative).map_err(|message| {
        CommitError::Refused(Refusal::Unreadable {
            path: relative.clone(),
            message,
        })
    })?;
    let in_repo = repo_relative(&repo, root, &relative);
    Ok(Target {
        full: root.join(&relative),
        in_repo,
        repo,
    })
}

/// Reads the file and the branch as they are now: the start of an edit.
pub fn baseline(root: &Path, id: &AccountId) -> Result<Baseline, CommitError> {
    let t = target(root, id)?;
    Ok(Baseline {
        text: read_text(&t.full)?,
        head: head_oid(&t.repo).map(commit_id),
    })
}

fn read_text(path: &Path) -> Result<Option<String>, CommitError> {
    match fs::read(path) {
        Ok(bytes) => decode(&bytes).map(|t| Some(t.to_owned())).or_else(|e| {
            refuse(Refusal::Unreadable {
                path: path.display().to_string(),
                message: e.message,
            })
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(CommitError::Io {
            path: path.to_path_buf(),
            source,
        }),
    }
}

fn head_oid(repo: &Repository) -> Option<Oid> {
    repo.head().ok().and_then(|h| h.target())
}

/// The outward name of a Git object id.
pub(crate) fn commit_id(oid: Oid) -> CommitId {
    CommitId::from_hex(oid.to_string())
}

/// A commit id from outside back into Git's type.
pub(crate) fn oid_of(id: &CommitId) -> Result<Oid, git2::Error> {
    Oid::from_str(id.as_str())
}

/// The Git identity that will author the commit, or why there is none.
pub fn identity(root: &Path) -> Result<(String, String), CommitError> {
    let repo = Repository::discover(root)?;
    identity_of(&repo)
}

fn identity_of(repo: &Repository) -> Result<(String, String), CommitError> {
    let config = repo.config()?;
    let name = config
        .get_string("user.name")
        .ok()
        .filter(|s| !s.trim().is_empty());
    let email = config
        .get_string("user.email")
        .ok()
        .filter(|s| !s.trim().is_empty());
    match (name, email) {
        (Some(name), Some(email)) => Ok((name, email)),
        _ => refuse(Refusal::NoIdentity),
    }
}

/// Refuses, changing nothing, whenever a commit now could go wrong.
fn check_repository(repo: &Repository) -> Result<(), CommitError> {
    let busy = match repo.state() {
        RepositoryState::Clean => None,
        RepositoryState::Merge => Some(GitOperation::Merge),
        RepositoryState::Revert | RepositoryState::RevertSequence => Some(GitOperation::Revert),
        RepositoryState::CherryPick | RepositoryState::CherryPickSequence => {
            Some(GitOperation::CherryPick)
        }
        RepositoryState::Bisect => Some(GitOperation::Bisect),
        _ => Some(GitOperation::Rebase),
    };
    if let Some(operation) = busy {
        return refuse(Refusal::InProgress(operation));
    }
    if repo.head_detached().unwrap_or(false) {
        return refuse(Refusal::DetachedHead);
    }
    if repo.path().join("index.lock").exists() {
        return refuse(Refusal::IndexLocked);
    }
    Ok(())
}

fn has_conflict_markers(text: &str) -> bool {
    text.lines()
        .any(|l| l.starts_with("<<<<<<< ") || l.starts_with(">>>>>>> ") || l == "=======")
}

/// The file's text in HEAD, `None` when HEAD lacks it (or there is no HEAD).
fn committed_text(repo: &Repository, in_repo: &str) -> Option<String> {
    let tree = repo.head().ok()?.peel_to_tree().ok()?;
    let entry = tree.get_path(Path::new(in_repo)).ok()?;
    let blob = repo.find_blob(entry.id()).ok()?;
    Some(String::from_utf8_lossy(blob.content()).into_owned())
}

/// Changes to the file made outside somevakt and not yet committed: the diff
/// of HEAD's version against the disk's, or `None` when they agree.
pub fn local_changes(root: &Path, id: &AccountId) -> Result<Option<String>, CommitError> {
    let t = target(root, id)?;
    let disk = read_text(&t.full)?;
    let committed = committed_text(&t.repo, &t.in_repo);
    if disk == committed {
        return Ok(None);
    }
    Ok(Some(unified_diff(
        committed.as_deref().unwrap_or(""),
        disk.as_deref().unwrap_or(""),
        &t.in_repo,
    )))
}

/// A unified diff of two texts, as Git shows it.
pub fn unified_diff(old: &str, new: &str, path: &str) -> String {
    let mut out = String::new();
    let patch = git2::Patch::from_buffers(
        old.as_bytes(),
        Some(Path::new(path)),
        new.as_bytes(),
        Some(Path::new(path)),
        None,
    );
    if let Ok(mut patch) = patch
        && let Ok(buf) = patch.to_buf()
    {
        out.push_str(&String::from_utf8_lossy(&buf));
    }
    out
}

/// Checks everything, then writes the file and commits it. Returns the new
/// commit's id.
pub fn commit(
    root: &Path,
    proposal: &Proposal,
    baseline: &Baseline,
    include_local_changes: bool,
) -> Result<CommitId, CommitError> {
    let t = target(root, &proposal.id)?;
    let repo = &t.repo;
    check_repository(repo)?;
    let (name, email) = identity_of(repo)?;
    if let Err(e) = parse_assessment(&proposal.text) {
        return refuse(Refusal::InvalidResult(e.message));
    }
    let disk = read_text(&t.full)?;
    if disk != baseline.text {
        return refuse(Refusal::FileChanged(t.in_repo.clone()));
    }
    let expected_head = baseline.head.as_ref().map(oid_of).transpose()?;
    if head_oid(repo) != expected_head {
        return refuse(Refusal::BranchMoved);
    }
    if let Some(text) = &disk {
        if has_conflict_markers(text) {
            return refuse(Refusal::ConflictMarkers(t.in_repo.clone()));
        }
        if proposal.action == Action::New {
            return refuse(Refusal::AlreadyExists(t.in_repo.clone()));
        }
    } else if proposal.action != Action::New {
        return refuse(Refusal::NoSuchFile(t.in_repo.clone()));
    }
    if disk != committed_text(repo, &t.in_repo) && disk.is_some() && !include_local_changes {
        return refuse(Refusal::LocalChanges(t.in_repo.clone()));
    }

    let signature = git2::Signature::now(&name, &email)?;
    let blob = repo.blob(proposal.text.as_bytes())?;
    let parent = expected_head.map(|oid| repo.find_commit(oid)).transpose()?;
    let base_tree = match &parent {
        Some(commit) => commit.tree()?,
        None => repo.find_tree(repo.treebuilder(None)?.write()?)?,
    };
    let mut update = TreeUpdateBuilder::new();
    update.upsert(&t.in_repo, blob, FileMode::Blob);
    let tree = repo.find_tree(update.create_updated(repo, &base_tree)?)?;
    let parents: Vec<&git2::Commit<'_>> = parent.iter().collect();
    let oid = repo.commit(
        None,
        &signature,
        &signature,
        &proposal.message(),
        &tree,
        &parents,
    )?;

    write_atomically(&t.full, &proposal.text)?;
    if let Err(e) = move_branch(repo, expected_head, oid, &proposal.subject()) {
        // Put the file back as it was, so disk and branch agree again.
        let restored = match &baseline.text {
            Some(text) => write_atomically(&t.full, text).is_ok(),
            None => fs::remove_file(&t.full).is_ok(),
        };
        return refuse(Refusal::BranchMovedWhileRecording {
            reason: e.message().to_owned(),
            restored,
        });
    }
    let mut index = repo.index()?;
    index.add_path(Path::new(&t.in_repo))?;
    index.write()?;
    Ok(commit_id(oid))
}

/// Moves the current branch from `expected` to `new`, only if it still
/// points at `expected` (compare-and-swap in the ref database).
fn move_branch(
    repo: &Repository,
    expected: Option<Oid>,
    new: Oid,
    subject: &str,
) -> Result<(), git2::Error> {
    let head = repo.find_reference("HEAD")?;
    let branch = head
        .symbolic_target()
        .ok()
        .flatten()
        .map(str::to_owned)
        .ok_or_else(|| git2::Error::from_str("HEAD is not on a branch"))?;
    let log = format!("somevakt: {subject}");
    match expected {
        Some(old) => repo
            .reference_matching(&branch, new, true, old, &log)
            .map(|_| ()),
        None => repo.reference(&branch, new, false, &log).map(|_| ()),
    }
}

/// Writes `text` to `path` through a temporary file in the same folder and
/// a rename, so a reader never sees half a file; the file keeps its
/// permissions.
pub fn write_atomically(path: &Path, text: &str) -> Result<(), CommitError> {
    let io = |source| CommitError::Io {
        path: path.to_path_buf(),
        source,
    };
    let folder = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(folder).map_err(io)?;
    let mut temporary = tempfile::Builder::new()
        .prefix(".somevakt-")
        .tempfile_in(folder)
        .map_err(io)?;
    temporary.write_all(text.as_bytes()).map_err(io)?;
    temporary.as_file().sync_all().map_err(io)?;
    let permissions = fs::metadata(path)
        .map(|m| m.permissions())
        .ok()
        .or_else(default_permissions);
    if let Some(permissions) = permissions {
        fs::set_permissions(temporary.path(), permissions).map_err(io)?;
    }
    temporary.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}

/// A new file's permissions: rw-r--r-- as Git checks files out. Elsewhere
/// the system's default for a new file stands.
#[cfg(unix)]
fn default_permissions() -> Option<fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn default_permissions() -> Option<fs::Permissions> {
    None
}
