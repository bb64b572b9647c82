//! Why a record was refused. A refusal is not a failure: nothing was written,
//! the repository is as it was, and the message says what to do.

use std::fmt;
use std::path::PathBuf;

/// Why the path of a record's file is not one somevakt writes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathProblem {
    /// The path has `..` or is absolute: it leaves the repository.
    LeavesRepository,
    /// `at` (the file or a folder on the way) is a symbolic link.
    Link {
        /// The part of the path that is a link.
        at: String,
        /// Whether that part is a folder on the way (not the file itself).
        folder: bool,
    },
    /// `at`, the file itself, is a FIFO, a device or a socket.
    NotRegularFile {
        /// The file.
        at: String,
        /// What it is instead, in words ("a FIFO (named pipe)").
        kind: &'static str,
    },
    /// `at`, a folder on the way, is something else.
    NotAFolder {
        /// The part of the path.
        at: String,
        /// What it is instead, in words.
        kind: &'static str,
    },
    /// `at` could not be looked at (permissions, I/O).
    CannotInspect {
        /// The part of the path.
        at: String,
        /// The system's words.
        error: String,
    },
}

impl fmt::Display for PathProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PathProblem::LeavesRepository => f.write_str("it leaves the repository: refused"),
            PathProblem::Link { at, folder } => write!(
                f,
                "{at} is a symbolic link: somevakt does not write through links, so nothing outside the repository is changed; replace the link with the real {}",
                if *folder { "folder" } else { "file" }
            ),
            PathProblem::NotRegularFile { at, kind } => {
                write!(f, "{at} is {kind}, not a regular file")
            }
            PathProblem::NotAFolder { at, kind } => write!(f, "{at} is {kind}, not a folder"),
            PathProblem::CannotInspect { at, error } => write!(f, "cannot look at {at}: {error}"),
        }
    }
}

/// A Git operation in progress that a record must not interleave with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GitOperation {
    /// `git merge`.
    Merge,
    /// `git revert`.
    Revert,
    /// `git cherry-pick`.
    CherryPick,
    /// `git bisect`.
    Bisect,
    /// `git rebase` or `git am`.
    Rebase,
}

impl fmt::Display for GitOperation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            GitOperation::Merge => "a merge",
            GitOperation::Revert => "a revert",
            GitOperation::CherryPick => "a cherry-pick",
            GitOperation::Bisect => "a bisect",
            GitOperation::Rebase => "a rebase or patch application",
        })
    }
}

/// Why a change was not recorded; nothing was written. Each variant is one
/// reason, so the faces can tell them apart (exit codes, hints).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// The folder is not inside a Git work tree.
    #[error("{} is not in a Git repository: run `git init` there first", .0.display())]
    NotInGit(PathBuf),
    /// `user.name` or `user.email` is missing.
    #[error(
        "Git does not know who you are, and every record needs an author: run \
         git config --global user.name \"Your Name\" and \
         git config --global user.email \"you@kommune.no\""
    )]
    NoIdentity,
    /// A merge, rebase, cherry-pick … is in progress.
    #[error("Git is in the middle of {0}: finish or abort it first")]
    InProgress(GitOperation),
    /// HEAD is not on a branch.
    #[error("HEAD is detached: check out a branch first (git switch main)")]
    DetachedHead,
    /// Another Git command holds `.git/index.lock`.
    #[error(
        "another Git command is running (.git/index.lock exists); if none is, remove the lock file"
    )]
    IndexLocked,
    /// The file's path goes through a link, out of the repository, or to
    /// something that is not a regular file: nothing is written there.
    #[error("{path}: {why}")]
    UnsafePath {
        /// The file.
        path: String,
        /// What is wrong with the path.
        why: PathProblem,
    },
    /// The file on disk is not text somevakt can read.
    #[error("{path}: {message}")]
    Unreadable {
        /// The file.
        path: String,
        /// What is wrong with it.
        message: String,
    },
    /// The change would leave an invalid assessment.
    #[error("the new text is not a valid assessment: {0}")]
    InvalidResult(String),
    /// The file the user saved in an editor is not valid.
    #[error("the saved file is not valid: {0}")]
    InvalidSave(String),
    /// The edit itself cannot be made (the core's reason, as data the
    /// binary words in the reader's language).
    #[error("{0}")]
    Edit(somevakt_core::edit::EditError),
    /// The file changed on disk since the edit began.
    #[error(
        "{0} changed on disk since the edit began: nothing was written; look at it again and redo the change"
    )]
    FileChanged(String),
    /// The branch moved since the edit began.
    #[error(
        "the branch moved since the edit began (a commit or pull happened): nothing was written; redo the change"
    )]
    BranchMoved,
    /// The file holds Git conflict markers while it is unmerged.
    #[error(
        "{0} has Git conflict markers from an unfinished merge: resolve them, `git add` the file, then record"
    )]
    ConflictMarkers(String),
    /// A new account's file exists already.
    #[error("{0} already exists")]
    AlreadyExists(String),
    /// The account's file does not exist.
    #[error("{0} does not exist")]
    NoSuchFile(String),
    /// There is no account with this id.
    #[error("there is no account {id} ({path} does not exist)")]
    NoSuchAccount {
        /// The id asked for.
        id: String,
        /// Where its file would be.
        path: String,
    },
    /// The file has uncommitted changes made outside somevakt.
    #[error(
        "{0} has changes not yet committed, made outside somevakt: commit or discard them, \
         or include them in this record (--include-local-changes)"
    )]
    LocalChanges(String),
    /// The Git author may not record decisions under the policy.
    #[error(
        "only the approvers listed in somevakt.toml may record decisions, and {0} is not one of them"
    )]
    NotApprover(String),
    /// `somevakt.toml` is invalid: no record until it is fixed, so a typo
    /// never switches the approver check off.
    #[error("{0}: fix somevakt.toml first; nothing is recorded while the policy is invalid")]
    InvalidPolicy(String),
    /// `user.name` or `user.email` would make a malformed commit.
    #[error(
        "Git's {key} is {value}, which {problem}: a commit with it would be malformed; \
         set it with git config --global {key} \"...\""
    )]
    BadIdentity {
        /// `user.name` or `user.email`.
        key: &'static str,
        /// The value, quoted with its control characters escaped.
        value: String,
        /// What is wrong with it.
        problem: &'static str,
    },
    /// A date after the real today.
    #[error("{what} {date} is after today ({today}): a record states what already happened")]
    FutureDate {
        /// What the date is, e.g. "the decision date".
        what: &'static str,
        /// The date given.
        date: String,
        /// Today by the machine's clock.
        today: String,
    },
    /// The file is unmerged in the index (a conflict not yet resolved).
    #[error("{0} has an unresolved Git conflict: resolve it, then `git add` it, and record again")]
    Unmerged(String),
    /// The path is not a regular file inside the repository.
    #[error("{path} is {what}: somevakt records only regular files inside the repository")]
    NotRegularFile {
        /// The file.
        path: String,
        /// What it is instead.
        what: String,
    },
    /// The file (or the new text) is over the size limit.
    #[error(
        "{path} would be {size} bytes, over the limit of {limit}: an assessment is a few kilobytes"
    )]
    TooLarge {
        /// The file.
        path: String,
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// Another somevakt is recording in this repository right now.
    #[error("another somevakt is recording in this repository right now: try again in a moment")]
    RecordBusy,
    /// An earlier record of this file was interrupted before its commit.
    #[error("{0}")]
    Unfinished(String),
    /// The branch moved while recording: Git's own compare-and-swap refused
    /// the commit, and the file and the index were put back.
    #[error("the branch moved while recording ({reason}): nothing was recorded; redo the change")]
    LostRace {
        /// What Git said.
        reason: String,
    },
    /// The commit had to be signed and could not be (no key, agent
    /// locked, program missing); the reason is the signing program's.
    #[error("{0}; nothing was recorded")]
    SigningFailed(String),
    /// With `allowed_signers` in the policy, the configured signing key is
    /// not listed for any approver.
    #[error(
        "only an approver's signing key may record decisions here: {0}          (see [approvers].allowed_signers in somevakt.toml)"
    )]
    NotApproverKey(String),
}

/// A failure inside Git (libgit2), not a refusal: the repository or the
/// object database could not do what was asked. Git's own error type stays
/// inside the store; this carries its message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct GitError {
    message: String,
}

impl GitError {
    /// What Git said.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl From<Box<dyn std::error::Error + Send + Sync>> for GitError {
    fn from(e: Box<dyn std::error::Error + Send + Sync>) -> GitError {
        GitError {
            message: e.to_string(),
        }
    }
}

impl From<git2::Error> for GitError {
    fn from(e: git2::Error) -> GitError {
        // libgit2 sometimes fails a write without setting a message.
        let message = match e.message() {
            "" | "no error" => {
                "Git could not write to the repository (is the disk full?)".to_owned()
            }
            said if said.contains("unsupported mandatory extension") => format!(
                "{said}: the index uses a Git feature libgit2 cannot read \
                 (split or sparse index); `git update-index --no-split-index` turns it off"
            ),
            said => said.to_owned(),
        };
        GitError { message }
    }
}
