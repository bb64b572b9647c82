//! Starting a new assessment repository (`somevakt init`): the files and the
//! first commit, made with git2 like every other commit of the tool.
//!
//! Only an empty folder (or an empty Git repository with no commit yet) is
//! used; anything else is refused before a byte is written, so `init` can
//! never clobber a repository a municipality already has.

use std::fs;
use std::path::{Path, PathBuf};

use git2::{Repository, Signature};

use crate::refusal::{GitError, Refusal};
use somevakt_core::CommitId;

/// Why a new repository was not created. Nothing is left behind when this
/// is returned: what `init` had created is removed again.
#[derive(Debug, thiserror::Error)]
pub enum InitError {
    /// The folder has content; the names of (up to five of) its entries.
    #[error("{} already has content: {}", path.display(), entries.join(", "))]
    NotEmpty {
        /// The folder.
        path: PathBuf,
        /// Some of what is in it.
        entries: Vec<String>,
    },
    /// The path exists and is not a folder.
    #[error("{} is not a folder", .0.display())]
    NotAFolder(PathBuf),
    /// Git would not commit: no identity, for one.
    #[error("{0}")]
    Refused(#[from] Refusal),
    /// Git failed.
    #[error("Git: {0}")]
    Git(#[from] GitError),
    /// The disk failed.
    #[error("cannot write {path}: {source}")]
    Io {
        /// What could not be written.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

impl From<crate::CommitError> for InitError {
    fn from(e: crate::CommitError) -> InitError {
        match e {
            crate::CommitError::Refused(refusal) => InitError::Refused(refusal),
            crate::CommitError::Git(e) => InitError::Git(e),
            crate::CommitError::Io { path, source } => InitError::Io { path, source },
        }
    }
}

impl From<git2::Error> for InitError {
    fn from(e: git2::Error) -> InitError {
        InitError::Git(e.into())
    }
}

/// Refuses a folder with content. An existing `.git` is allowed only when
/// the repository has no commit and nothing staged.
pub fn check_empty(dir: &Path) -> Result<(), InitError> {
    if !dir.exists() {
        return Ok(());
    }
    if !dir.is_dir() {
        return Err(InitError::NotAFolder(dir.to_owned()));
    }
    let io = |source| InitError::Io {
        path: dir.to_owned(),
        source,
    };
    let mut entries: Vec<String> = Vec::new();
    for entry in fs::read_dir(dir).map_err(io)? {
        let name = entry
            .map_err(io)?
            .file_name()
            .to_string_lossy()
            .into_owned();
        if name == ".git" && is_empty_repository(dir) {
            continue;
        }
        entries.push(name);
    }
    entries.sort();
    if entries.is_empty() {
        return Ok(());
    }
    entries.truncate(5);
    Err(InitError::NotEmpty {
        path: dir.to_owned(),
        entries,
    })
}

fn is_empty_repository(dir: &Path) -> bool {
    let Ok(repo) = Repository::open(dir) else {
        return false;
    };
    let unborn = repo.head().is_err() && repo.references().is_ok_and(|mut r| r.next().is_none());
    unborn && repo.index().is_ok_and(|i| i.is_empty()) && !repo.is_bare()
}

/// Creates the repository in `dir` (a new or empty folder), writes `files`
/// (paths relative to `dir`, `/`-separated) and commits them all as the
/// first commit with `message`. Returns the commit's id.
///
/// The Git identity is checked before anything is written; if anything
/// fails later, what was created is removed again.
pub fn create(
    dir: &Path,
    files: &[(String, String)],
    message: &str,
) -> Result<CommitId, InitError> {
    check_empty(dir)?;
    identity_for(dir)?;
    let existed = dir.exists();
    let had_git = dir.join(".git").exists();
    let result = write_and_commit(dir, files, message);
    if result.is_err() {
        undo(dir, existed, had_git, files);
    }
    result
}

/// The identity the first commit would have, from the repository's config
/// if there is one, else from the user's and the system's.
fn identity_for(dir: &Path) -> Result<(String, String), InitError> {
    let config = match Repository::open(dir) {
        Ok(repo) => repo.config()?,
        Err(_) => git2::Config::open_default()?,
    };
    let get = |key: &str| config.get_string(key).ok().filter(|s| !s.trim().is_empty());
    match (get("user.name"), get("user.email")) {
        (Some(name), Some(email)) => Ok((name, email)),
        _ => Err(Refusal::NoIdentity.into()),
    }
}

fn write_and_commit(
    dir: &Path,
    files: &[(String, String)],
    message: &str,
) -> Result<CommitId, InitError> {
    let repo = match Repository::open(dir) {
        Ok(repo) => repo,
        Err(_) => Repository::init(dir)?,
    };
    for (relative, text) in files {
        let path = dir.join(relative);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|source| InitError::Io {
                path: parent.to_owned(),
                source,
            })?;
        }
        fs::write(&path, text).map_err(|source| InitError::Io { path, source })?;
    }
    let mut index = repo.index()?;
    for (relative, _) in files {
        index.add_path(Path::new(relative))?;
    }
    index.write()?;
    let tree = repo.find_tree(index.write_tree()?)?;
    let (name, email) = identity_for(dir)?;
    let signature = Signature::now(&name, &email)?;
    // Signed as `git commit -S` would, when the user's Git config asks for
    // it (`commit.gpgsign`), with the same code as every record: a
    // municipality that signs its records signs its first commit too. A
    // signing failure fails `init`, and `create` removes what was made.
    let sign = crate::sign::git_wants_signing(&repo.config()?);
    let oid = crate::sign::write_commit(&repo, sign, &signature, message, &tree, &[])?;
    // The commit is written without moving any branch: point the branch
    // HEAD names (unborn until now: `main`, `master`, init.defaultBranch)
    // at it.
    let head = repo.find_reference("HEAD")?;
    let branch = head
        .symbolic_target()
        .ok()
        .flatten()
        .unwrap_or("refs/heads/main")
        .to_owned();
    let subject = message.lines().next().unwrap_or_default();
    repo.reference(&branch, oid, false, &format!("commit (initial): {subject}"))?;
    Ok(crate::commit::commit_id(oid))
}

/// Removes what `create` made: the whole folder if it made it, else the
/// files, the folders they needed and a `.git` it created.
fn undo(dir: &Path, existed: bool, had_git: bool, files: &[(String, String)]) {
    if !existed {
        let _ = fs::remove_dir_all(dir);
        return;
    }
    if had_git {
        // The repository had no commit and an empty index: an index
        // without entries is what it had.
        let _ = fs::remove_file(dir.join(".git").join("index"));
    } else {
        let _ = fs::remove_dir_all(dir.join(".git"));
    }
    for (relative, _) in files {
        let _ = fs::remove_file(dir.join(relative));
        let mut parent = Path::new(relative).parent();
        while let Some(folder) = parent.filter(|p| !p.as_os_str().is_empty()) {
            // Only empty folders go; remove_dir refuses the others.
            let _ = fs::remove_dir(dir.join(folder));
            parent = folder.parent();
        }
    }
}
