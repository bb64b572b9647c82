//! Loading an assessment repository: every `assessments/**/*.toml` is parsed
//! on its own, in parallel, so one broken file never hides the others and the
//! time grows linearly with the number of files.

use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

pub use crate::read::MAX_FILE_BYTES;
use crate::read::{ReadError, kind_of, read_regular};
use somevakt_core::parse::{decode, line_column, parse_assessment, parse_policy};
pub use somevakt_core::register::{InvalidFile, LoadedAssessment, Register, Snippet};
use somevakt_core::{AccountId, Policy};

pub const POLICY_FILE: &str = "somevakt.toml";
pub const ASSESSMENTS_DIR: &str = "assessments";

/// Why the repository as a whole cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum RepoError {
    #[error(
        "no assessment repository at {0}: no assessments/ folder there and not inside a Git repository (use --repo DIR)"
    )]
    NotFound(PathBuf),
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A Git repository is there but Git refuses to open it, or cannot.
    #[error("{0}")]
    Git(String),
    /// The repository has no `assessments/` folder: the command was most
    /// likely pointed at the wrong folder, and must not report "all clear".
    #[error(
        "no assessments/ folder in {}: this is not an assessment repository (use --repo DIR, or run somevakt inside one)",
        .0.display()
    )]
    NoAssessments(PathBuf),
}

/// Fails unless `root` holds an `assessments/` entry (a linked or unreadable
/// one is reported by [`load`] as an invalid entry instead).
pub fn require_assessments(root: &Path) -> Result<(), RepoError> {
    match fs::symlink_metadata(root.join(ASSESSMENTS_DIR)) {
        Ok(_) => Ok(()),
        Err(_) => Err(RepoError::NoAssessments(root.to_path_buf())),
    }
}

/// The message for a Git repository that exists but cannot be opened, in
/// words a user can act on; `None` when there is simply no repository.
pub fn git_open_problem(error: &git2::Error, at: &Path) -> Option<String> {
    if error.code() == git2::ErrorCode::NotFound {
        return None;
    }
    let message = error.message();
    if error.code() == git2::ErrorCode::Owner || message.contains("not owned by current user") {
        // libgit2 names the repository's top in quotes; safe.directory needs
        // exactly that folder, not the one somevakt was started in.
        let top = message
            .split('\'')
            .nth(1)
            .map(|p| p.trim_end_matches('/').to_owned())
            .filter(|p| !p.is_empty())
            .unwrap_or_else(|| at.display().to_string());
        return Some(format!(
            "Git refuses to open the repository at {top}: it belongs to another user (\"dubious ownership\"); if you trust it, run: git config --global --add safe.directory {top}"
        ));
    }
    if message.contains("object format") || message.contains("objectformat") {
        return Some(format!(
            "the Git repository at {} uses SHA-256 object names, which somevakt's Git library cannot read yet ({message}); use a SHA-1 repository",
            at.display()
        ));
    }
    Some(format!(
        "cannot open the Git repository at {}: {message}",
        at.display()
    ))
}

/// The repository root: the nearest folder, from `start` up to the top of
/// the Git work tree around it, that holds an `assessments/` folder or a
/// `somevakt.toml`; otherwise the top of the work tree. Outside Git only
/// `start` itself is considered, so an unrelated folder higher up is never
/// picked.
pub fn find_root(start: &Path) -> Result<PathBuf, RepoError> {
    let holds_assessments =
        |dir: &Path| dir.join(ASSESSMENTS_DIR).is_dir() || dir.join(POLICY_FILE).is_file();
    let top = match git2::Repository::discover(start) {
        Ok(repo) => repo.workdir().map(Path::to_path_buf),
        // Reading the files needs no Git: a folder that holds assessments
        // is still read when Git refuses the repository around it.
        Err(e) => match git_open_problem(&e, start) {
            Some(problem) if !start.join(ASSESSMENTS_DIR).is_dir() => {
                return Err(RepoError::Git(problem));
            }
            _ => None,
        },
    };
    let Some(top) = top else {
        return if start.join(ASSESSMENTS_DIR).is_dir() {
            Ok(start.to_path_buf())
        } else {
            Err(RepoError::NotFound(start.to_path_buf()))
        };
    };
    let canonical = |p: &Path| fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let (start, top) = (canonical(start), canonical(&top));
    let found = start
        .ancestors()
        .take_while(|dir| dir.starts_with(&top))
        .find(|dir| holds_assessments(dir));
    Ok(found.map(Path::to_path_buf).unwrap_or(top))
}

/// Reads the policy and every assessment under `root`.
pub fn load(root: &Path) -> Result<Register, RepoError> {
    let mut invalid = Vec::new();
    let policy = load_policy(root).unwrap_or_else(|problem| {
        // The defaults stand in for a broken policy, and the file is listed
        // as invalid, so the accounts still show.
        invalid.push(problem);
        Policy::default()
    });
    let canonical_root = fs::canonicalize(root).map_err(|source| RepoError::Io {
        path: root.to_path_buf(),
        source,
    })?;
    let files = list_files(&canonical_root, &mut invalid);
    let loaded: Vec<Result<LoadedAssessment, InvalidFile>> = files
        .par_iter()
        .map(|file| load_one(&canonical_root, file))
        .collect();
    let mut accounts = Vec::with_capacity(loaded.len());
    for entry in loaded {
        match entry {
            Ok(account) => accounts.push(account),
            Err(problem) => invalid.push(problem),
        }
    }
    accounts.sort_by(|a, b| a.id.cmp(&b.id));
    invalid.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(Register {
        root: root.to_path_buf(),
        policy,
        accounts,
        invalid,
    })
}

fn load_policy(root: &Path) -> Result<Policy, InvalidFile> {
    let bytes = match read_regular(&root.join(POLICY_FILE)) {
        Ok(read) => read.bytes,
        Err(ReadError::NotFound) => return Ok(Policy::default()),
        Err(e) => return Err(InvalidFile::plain(POLICY_FILE, e.to_string())),
    };
    let text = decode(&bytes).map_err(|e| InvalidFile::plain(POLICY_FILE, e.message))?;
    parse_policy(text).map_err(|e| InvalidFile::at(POLICY_FILE, text, e))
}

/// A file found under `assessments/`: its path relative to the root.
#[derive(Debug)]
struct Found {
    relative: String,
}

/// Every `*.toml` under `assessments/`, skipping hidden files (editors'
/// temporary and swap files). Links are never followed, neither to files
/// nor to folders (they could lead out of the repository or loop): a linked
/// `assessments/`, linked sub-folder or linked file is an invalid entry, and
/// so is a folder that cannot be read, so one of them never hides the rest.
fn list_files(root: &Path, invalid: &mut Vec<InvalidFile>) -> Vec<Found> {
    let mut found = Vec::new();
    let top = root.join(ASSESSMENTS_DIR);
    match fs::symlink_metadata(&top) {
        Err(_) => return found,
        Ok(meta) => {
            if let Some(kind) = kind_of(&meta).filter(|k| *k != "a folder") {
                invalid.push(not_followed(ASSESSMENTS_DIR, kind));
                return found;
            }
        }
    }
    let mut folders = vec![top];
    while let Some(folder) = folders.pop() {
        let entries = match fs::read_dir(&folder) {
            Ok(entries) => entries,
            Err(e) => {
                invalid.push(InvalidFile::plain(
                    &relative(root, &folder),
                    format!("the folder cannot be read: {e}; the accounts in it are not shown"),
                ));
                continue;
            }
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with('.') {
                continue;
            }
            let path = entry.path();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                folders.push(path);
            } else if kind.is_symlink() && (name.ends_with(".toml") || path.is_dir()) {
                // `path.is_dir()` only asks what the link points at; nothing
                // behind it is opened or read.
                invalid.push(not_followed(&relative(root, &path), "a symbolic link"));
            } else if name.ends_with(".toml") {
                // FIFOs, devices and sockets go on to be refused, unopened,
                // by `read_regular`, with a message that names what they are.
                found.push(Found {
                    relative: relative(root, &path),
                });
            }
        }
    }
    found
}

fn not_followed(path: &str, kind: &str) -> InvalidFile {
    InvalidFile::plain(
        path,
        format!(
            "{kind}: somevakt reads only regular files and folders in the repository and never follows links; replace it with the real one"
        ),
    )
}

fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// The account id of a path like `assessments/bergen/x.toml`.
pub fn id_of(relative: &str) -> Result<AccountId, String> {
    let inner = relative
        .strip_prefix("assessments/")
        .and_then(|p| p.strip_suffix(".toml"))
        .ok_or_else(|| format!("{relative} is not under assessments/"))?;
    AccountId::parse(inner).map_err(|e| format!("the file name does not give a valid id: {e}"))
}

fn load_one(root: &Path, file: &Found) -> Result<LoadedAssessment, InvalidFile> {
    let path = &file.relative;
    let id = id_of(path).map_err(|e| InvalidFile::plain(path, e))?;
    let bytes = read_regular(&root.join(path))
        .map_err(|e| InvalidFile::plain(path, e.to_string()))?
        .bytes;
    let text = decode(&bytes).map_err(|e| {
        // Not text, so there is no line to show; the position still helps.
        let offset = e.span.as_ref().map_or(0, |s| s.start);
        let lossy = String::from_utf8_lossy(&bytes[..offset.min(bytes.len())]).into_owned();
        let (line, column) = line_column(&lossy, lossy.len());
        InvalidFile {
            line: Some(line),
            column: Some(column),
            ..InvalidFile::plain(path, e.message)
        }
    })?;
    let assessment = parse_assessment(text).map_err(|e| InvalidFile::at(path, text, e))?;
    Ok(LoadedAssessment {
        id,
        path: path.clone(),
        assessment,
    })
}

/// What one file under `assessments/` holds now.
#[derive(Debug, Clone)]
pub enum FileState {
    Loaded(Box<LoadedAssessment>),
    Invalid(InvalidFile),
    /// Deleted, renamed away, or no longer an assessment file.
    Gone,
}

/// Reads one file again (after it changed on disk), as [`load`] would.
pub fn load_file(root: &Path, relative: &str) -> FileState {
    let hidden = relative
        .rsplit('/')
        .next()
        .is_some_and(|n| n.starts_with('.'));
    if hidden || !relative.ends_with(".toml") || !relative.starts_with("assessments/") {
        return FileState::Gone;
    }
    let Ok(canonical_root) = fs::canonicalize(root) else {
        return FileState::Gone;
    };
    // A watcher may report a file behind a linked folder; the folder itself
    // is the invalid entry, and nothing behind it is read.
    if crate::read::through_linked_folder(&canonical_root, relative) {
        return FileState::Gone;
    }
    let Ok(meta) = fs::symlink_metadata(canonical_root.join(relative)) else {
        return FileState::Gone;
    };
    if meta.is_dir() {
        return FileState::Gone;
    }
    let found = Found {
        relative: relative.to_owned(),
    };
    match load_one(&canonical_root, &found) {
        Ok(account) => FileState::Loaded(Box::new(account)),
        Err(problem) => FileState::Invalid(problem),
    }
}

/// Reads the policy again; a broken policy gives the defaults and its problem.
pub fn reload_policy(root: &Path) -> (Policy, Option<InvalidFile>) {
    match load_policy(root) {
        Ok(policy) => (policy, None),
        Err(problem) => (Policy::default(), Some(problem)),
    }
}
