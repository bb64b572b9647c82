//! Writes one assessment file and records it as one Git commit, made with
//! git2: the audit trail (docs/format.md, "Commits"; README, "What a record
//! guarantees").
//!
//! A record is a compare-and-swap on two things, the file's content and the
//! branch, done while holding Git's own `index.lock`, so that of two records
//! racing on one file exactly one lands and the other changes nothing. The
//! steps run in an order that a crash at any point leaves Git consistent:
//!
//! 1. take `index.lock`; check the repository, the identity, the file's
//!    content and the branch against the baseline;
//! 2. write the blob, tree and commit objects (unreferenced so far);
//! 3. write the journal, which names the commit being made;
//! 4. replace the working file (a temporary file, then a rename);
//! 5. replace the index (the same way);
//! 6. move the branch, only if it still points at the baseline;
//! 7. remove the journal and release the lock.
//!
//! Before 6 the index is never older than HEAD, and a failure puts the file
//! and the index back; a crash leaves the change in the working file, which
//! the next run reports from the journal with the way to finish it. After
//! 6 the record is committed: whatever fails then is a warning.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use git2::{FileMode, Oid, Repository, RepositoryState, build::TreeUpdateBuilder};

use super::history::repo_relative;
use crate::content::{self, Layout, content_id};
use crate::fault;
use crate::identity::{self, Identity};
use crate::lock;
use crate::refusal::{GitError, GitOperation, Refusal};
use crate::staging;
use crate::unfinished::{self, Journal};
use somevakt_core::parse::parse_assessment;
use somevakt_core::{AccountId, Action, CommitId, Proposal};

/// Why a change was not recorded. Nothing was written when this is returned.
#[derive(Debug, thiserror::Error)]
pub enum CommitError {
    /// A reason not to record, with what to do about it.
    #[error("{0}")]
    Refused(#[from] Refusal),
    /// Git (libgit2) failed.
    #[error("Git: {0}; nothing was recorded")]
    Git(#[from] GitError),
    /// A file could not be read or written.
    #[error("{}: {source}; nothing was recorded", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

/// The warning when a record found and removed its own stale lock: one
/// text the binary can tell apart and word in the reader's language.
pub const STALE_LOCK_REMOVED: &str = "removed .git/index.lock left by an interrupted somevakt";

fn refuse<T>(refusal: Refusal) -> Result<T, CommitError> {
    Err(CommitError::Refused(refusal))
}

impl From<git2::Error> for CommitError {
    fn from(e: git2::Error) -> CommitError {
        CommitError::Git(e.into())
    }
}

/// A record that landed: its commit, and anything that went wrong after the
/// branch moved (the record stands; these are for the user to know).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    /// The new commit.
    pub id: CommitId,
    /// Problems after the commit landed, and leftovers of an earlier
    /// interrupted record.
    pub warnings: Vec<String>,
}

/// What the file and the branch were when the edit began: what the record
/// compares and swaps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Baseline {
    /// The file's text on disk (byte-order mark left out), `None` when it
    /// did not exist.
    pub text: Option<String>,
    /// The hash Git gives the file's bytes as a blob, `None` when it did not exist.
    pub content: Option<String>,
    /// Line endings and byte-order mark, kept when the file is written.
    pub layout: Layout,
    /// Where the branch pointed, `None` on a branch with no commits yet.
    pub head: Option<CommitId>,
}

/// The repository and the file's path in it.
pub(crate) struct Target {
    pub repo: Repository,
    /// Where the file is on disk.
    pub full: PathBuf,
    /// The file's path inside the Git work tree, with `/`.
    pub in_repo: String,
}

pub(crate) fn target(root: &Path, id: &AccountId) -> Result<Target, CommitError> {
    let repo = Repository::discover(root).map_err(|e| {
        match crate::load::git_open_problem(&e, root) {
            // SHA-256, "dubious ownership": a repository Git will not open.
            Some(problem) => CommitError::Git(git2::Error::from_str(&problem).into()),
            None => CommitError::Refused(Refusal::NotInGit(root.to_path_buf())),
        }
    })?;
    let relative = id.relative_path();
    // Never write (or commit) through a link, nor outside the repository.
    crate::read::check_write_path(root, &relative).map_err(|why| {
        CommitError::Refused(Refusal::UnsafePath {
            path: relative.clone(),
            why,
        })
    })?;
    let in_repo = repo_relative(&repo, root, &relative);
    Ok(Target {
        full: root.join(&relative),
        in_repo,
        repo,
    })
}

/// Refuses at once what no record can start on: a merge or rebase under
/// way, a detached HEAD, an unresolved conflict in the file. Checked before
/// the file is parsed, so a conflicted file is reported as a conflict, not
/// as a TOML error.
pub(crate) fn preflight(t: &Target) -> Result<(), CommitError> {
    check_repository(&t.repo)?;
    check_unmerged(t)
}

/// Reads the file and the branch as they are now: the start of an edit.
pub(crate) fn baseline(t: &Target) -> Result<Baseline, CommitError> {
    let bytes = content::read(&t.full, &t.in_repo)?;
    Ok(Baseline {
        text: bytes
            .as_deref()
            .map(|b| content::text(b, &t.in_repo))
            .transpose()?,
        content: bytes.as_deref().map(content_id),
        layout: bytes.as_deref().map(Layout::of).unwrap_or_default(),
        head: head_oid(&t.repo).map(commit_id),
    })
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
pub(crate) fn identity(t: &Target) -> Result<Identity, CommitError> {
    identity::of(&t.repo)
}

/// Refuses, changing nothing, whenever Git is in the middle of something.
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
    Ok(())
}

/// A file with stages 1-3 in the index is in conflict. Conflict markers
/// are looked for only then: outside a conflict, `=======` is text.
fn check_unmerged(t: &Target) -> Result<(), CommitError> {
    let index = t.repo.index()?;
    let path = Path::new(&t.in_repo);
    if (1..=3).all(|stage| index.get_path(path, stage).is_none()) {
        return Ok(());
    }
    let markers = fs::read(&t.full)
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .and_then(|text| content::conflict_marker_line(&text));
    refuse(match markers {
        Some(_) => Refusal::ConflictMarkers(t.in_repo.clone()),
        None => Refusal::Unmerged(t.in_repo.clone()),
    })
}

/// The file's text in HEAD, `None` when HEAD lacks it (or there is no HEAD).
pub(crate) fn committed_text(repo: &Repository, in_repo: &str) -> Option<String> {
    let tree = repo.head().ok()?.peel_to_tree().ok()?;
    let entry = tree.get_path(Path::new(in_repo)).ok()?;
    let blob = repo.find_blob(entry.id()).ok()?;
    Some(String::from_utf8_lossy(blob.content()).into_owned())
}

/// The account file's text in HEAD, `None` when HEAD lacks it.
pub(crate) fn committed(t: &Target) -> Result<Option<String>, CommitError> {
    Ok(committed_text(&t.repo, &t.in_repo).map(|text| text.replace("\r\n", "\n")))
}

/// Changes to the file made outside somevakt and not yet committed: the diff
/// of HEAD's version against the disk's, or `None` when they agree.
pub(crate) fn local_changes(t: &Target) -> Result<Option<String>, CommitError> {
    let disk = content::read(&t.full, &t.in_repo)?;
    if disk.is_none() || !differs_from_head(t)? {
        return Ok(None);
    }
    let disk = disk
        .as_deref()
        .map(|b| content::text(b, &t.in_repo))
        .transpose()?
        .unwrap_or_default();
    let committed = committed_text(&t.repo, &t.in_repo).unwrap_or_default();
    let (old, new) = (committed.replace("\r\n", "\n"), disk.replace("\r\n", "\n"));
    Ok(Some(unified_diff(&old, &new, &t.in_repo)))
}

/// Whether the file on disk (or its staged version) differs from HEAD, as
/// `git status` sees it: through the repository's filters (line endings).
fn differs_from_head(t: &Target) -> Result<bool, CommitError> {
    let status = t.repo.status_file(Path::new(&t.in_repo))?;
    Ok(!(status.is_empty() || status == git2::Status::IGNORED))
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

/// Checks everything under `index.lock`, then writes the file and commits
/// it. Returns the new commit's id, with warnings if something failed after
/// the branch moved.
pub fn commit(
    root: &Path,
    proposal: &Proposal,
    baseline: &Baseline,
    include_local_changes: bool,
    when: &jiff::Zoned,
) -> Result<Recorded, CommitError> {
    let t = target(root, &proposal.id)?;
    let repo = &t.repo;
    let git_dir = repo.path().to_path_buf();
    let (held, stale) = lock::acquire(&git_dir)?;
    fault::after("locked");
    let mut warnings = Vec::new();
    if stale {
        warnings.push(STALE_LOCK_REMOVED.to_owned());
    }
    let leftovers = unfinished::tidy(repo, held.guard());
    if let Some((file, advice)) = &leftovers.unfinished {
        if *file == t.in_repo {
            return refuse(Refusal::Unfinished(advice.clone()));
        }
        warnings.push(advice.clone());
    }
    check_repository(repo)?;
    check_unmerged(&t)?;
    let identity = identity::of(repo)?;
    if let Err(e) = parse_assessment(&proposal.text) {
        return refuse(Refusal::InvalidResult(e.message));
    }
    let disk = content::read(&t.full, &t.in_repo)?;
    if disk.as_deref().map(content_id) != baseline.content {
        return refuse(Refusal::FileChanged(t.in_repo.clone()));
    }
    let expected_head = baseline.head.as_ref().map(oid_of).transpose()?;
    if head_oid(repo) != expected_head {
        return refuse(Refusal::BranchMoved);
    }
    match (&disk, proposal.action) {
        (Some(_), Action::New) => return refuse(Refusal::AlreadyExists(t.in_repo.clone())),
        (None, action) if action != Action::New => {
            return refuse(Refusal::NoSuchFile(t.in_repo.clone()));
        }
        _ => {}
    }
    if disk.is_some() && !include_local_changes && differs_from_head(&t)? {
        return refuse(Refusal::LocalChanges(t.in_repo.clone()));
    }
    let bytes = baseline.layout.bytes(&proposal.text);
    content::too_large(&t.in_repo, bytes.len() as u64)?;

    // 2. Objects: nothing refers to them yet, so Git is consistent whatever
    // happens next.
    let parent = expected_head.map(|oid| repo.find_commit(oid)).transpose()?;
    let base_tree = match &parent {
        Some(commit) => commit.tree()?,
        None => repo.find_tree(repo.treebuilder(None)?.write()?)?,
    };
    let mode = base_tree
        .get_path(Path::new(&t.in_repo))
        .ok()
        .map(|e| e.filemode())
        .filter(|m| *m == i32::from(FileMode::BlobExecutable))
        .map_or(FileMode::Blob, |_| FileMode::BlobExecutable);
    // Through the repository's filters, as `git add` would store the file
    // (core.autocrlf, .gitattributes): the commit agrees with `git status`.
    let mut writer = repo.blob_writer(Some(Path::new(&t.in_repo)))?;
    writer
        .write_all(&bytes)
        .map_err(|e| content::io(&t.full, e))?;
    let blob = writer.commit()?;
    let old_blob = disk.as_deref().map(|b| repo.blob(b)).transpose()?;
    let mut update = TreeUpdateBuilder::new();
    update.upsert(&t.in_repo, blob, mode);
    let tree = repo.find_tree(update.create_updated(repo, &base_tree)?)?;
    let parents: Vec<&git2::Commit<'_>> = parent.iter().collect();
    // Signed as `git commit -S` would sign it, when Git or the policy asks
    // (docs/format.md, "Signed decisions and the audit").
    let sign = crate::sign::wanted(
        repo,
        root,
        proposal.action == Action::Decision || crate::record::corrects_a_decision(proposal),
    )?;
    let oid = write_commit_object(
        repo,
        &tree,
        &parents,
        &proposal.message(),
        &identity,
        sign,
        when,
    )?;
    fault::after("objects-written");

    // 3. The journal: from here on a crash is reported on the next run.
    let journal = Journal {
        file: t.in_repo.clone(),
        old_head: expected_head,
        old_blob,
        commit: oid,
        new_content: content_id(&bytes),
        subject: proposal.subject(),
    };
    journal.write(&git_dir)?;
    fault::after("journal-written");

    // 4-6. The working file, the index, the branch; undone on failure.
    let file = match staging::replace_file(&t.full, &bytes) {
        Ok(file) => file,
        Err(e) => {
            let _ = unfinished::remove_journal(&git_dir);
            return Err(e);
        }
    };
    fault::after("file-written");
    let mut index = None;
    let moved = (|| -> Result<(), CommitError> {
        let written = fs::metadata(&t.full).map_err(|e| content::io(&t.full, e))?;
        let new_index =
            staging::prepare_index(&git_dir, &t.in_repo, blob, u32::from(mode), &written)?;
        fault::after("index-prepared");
        index = Some(staging::install_index(&git_dir, &new_index)?);
        fault::after("index-written");
        move_branch(repo, expected_head, oid, &proposal.subject())?;
        Ok(())
    })();
    if let Err(e) = moved {
        if head_oid(repo) != Some(oid) {
            return Err(undo(&git_dir, index, file, e, &journal));
        }
        // Git reported a failure, but the branch did move: the record stands.
        warnings.push(format!(
            "Git reported a problem after the commit landed: {e}"
        ));
    }
    fault::after("branch-moved");

    // 7. Committed. What fails now does not undo the record. The journal
    // goes last, so that any temporary file left by a crash has a journal
    // that names its folder.
    let mut failed = Vec::new();
    if let Err(e) = file.finish() {
        failed.push(format!("remove the old copy of the file: {e}"));
    }
    if let Some(Err(e)) = index.map(staging::Replaced::finish) {
        failed.push(format!("remove the old copy of the index: {e}"));
    }
    if failed.is_empty() {
        let removed = if fault::failing("journal-removed") {
            Err(std::io::Error::other("SOMEVAKT_FAULT asked it to fail"))
        } else {
            unfinished::remove_journal(&git_dir)
        };
        if let Err(e) = removed {
            failed.push(format!("remove the journal: {e}"));
        }
    }
    warnings.extend(
        failed
            .into_iter()
            .map(|f| format!("recorded, but could not {f}")),
    );
    fault::after("journal-removed");
    drop(held);
    Ok(Recorded {
        id: commit_id(oid),
        warnings,
    })
}

/// Puts the file and the index back after a failure before the branch
/// moved. If that fails too, the journal stays, and the error says how to
/// finish or discard the record.
fn undo(
    git_dir: &Path,
    index: Option<staging::Replaced>,
    file: staging::Replaced,
    error: CommitError,
    journal: &Journal,
) -> CommitError {
    let index_back = index.as_ref().is_none_or(|i| i.undo().is_ok());
    let file_back = file.undo().is_ok();
    if index_back && file_back {
        let _ = unfinished::remove_journal(git_dir);
        return error;
    }
    CommitError::Refused(Refusal::Unfinished(format!(
        "{error}; and then {}",
        journal.advice()
    )))
}

/// Makes the commit object: the one place a record's commit is created, so
/// that signing (docs/format.md, "Signed decisions") hooks in here.
fn write_commit_object(
    repo: &Repository,
    tree: &git2::Tree<'_>,
    parents: &[&git2::Commit<'_>],
    message: &str,
    identity: &Identity,
    sign: bool,
    when: &jiff::Zoned,
) -> Result<Oid, CommitError> {
    // Timed by the record's clock, with its offset from UTC, as Git's own
    // `Signature::now` would be with the real one.
    let offset_minutes = when.offset().seconds() / 60;
    let time = git2::Time::new(when.timestamp().as_second(), offset_minutes);
    let signature = git2::Signature::new(&identity.name, &identity.email, &time)?;
    crate::sign::write_commit(repo, sign, &signature, message, tree, parents)
}

/// Moves the current branch from `expected` to `new`, only if it still
/// points at `expected` (compare-and-swap in the ref database).
fn move_branch(
    repo: &Repository,
    expected: Option<Oid>,
    new: Oid,
    subject: &str,
) -> Result<(), CommitError> {
    let head = repo.find_reference("HEAD")?;
    let branch = head
        .symbolic_target()
        .ok()
        .flatten()
        .map(str::to_owned)
        .ok_or(CommitError::Refused(Refusal::DetachedHead))?;
    let log = format!("somevakt: {subject}");
    let moved = match expected {
        Some(old) => repo.reference_matching(&branch, new, true, old, &log),
        None => repo.reference(&branch, new, false, &log),
    };
    match moved {
        Ok(_) => Ok(()),
        // Git's own compare-and-swap: something moved the branch without
        // taking index.lock (update-ref, a fetch into it, another tool).
        Err(e)
            if matches!(
                e.code(),
                git2::ErrorCode::Modified | git2::ErrorCode::Exists
            ) =>
        {
            refuse(Refusal::LostRace {
                reason: e.message().to_owned(),
            })
        }
        Err(e) => Err(e.into()),
    }
}
