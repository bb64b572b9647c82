//! Loading an assessment repository: every `assessments/**/*.toml` is parsed
//! on its own, in parallel, so one broken file never hides the others and the
//! time grows linearly with the number of files.

use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use somevakt_core::parse::{decode, line_column, parse_assessment, parse_policy};
pub use somevakt_core::register::{InvalidFile, LoadedAssessment, Register, Snippet};
use somevakt_core::{AccountId, Policy};

/// Larger files are refused unread: an assessment is a few kilobytes.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

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
}

/// The repository root: the nearest folder, from `start` up to the top of
/// the Git work tree around it, that holds an `assessments/` folder or a
/// `somevakt.toml`; otherwise the top of the work tree. Outside Git only
/// `start` itself is considered, so an unrelated folder higher up is never
/// picked.
pub fn find_root(start: &Path) -> Result<PathBuf, RepoError> {
    let holds_assessments =
        |dir: &Path| dir.join(ASSESSMENTS_DIR).is_dir() || dir.join(POLICY_FILE).is_file();
    let top = git2::Repository::discover(start)
        .ok()
        .and_then(|repo| repo.workdir().map(Path::to_path_buf));
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
    let files = list_files(&canonical_root)?;
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
    let path = root.join(POLICY_FILE);
    if !path.exists() {
        return Ok(Policy::default());
    }
    let bytes = read_limited(&path, POLICY_FILE)?;
    let text = decode(&bytes).map_err(|e| InvalidFile::plain(POLICY_FILE, e.message))?;
    parse_policy(text).map_err(|e| InvalidFile::at(POLICY_FILE, text, e))
}

/// A file found under `assessments/`: its path relative to the root and
/// whether it is reached through a symbolic link.
#[derive(Debug)]
struct Found {
    relative: String,
    symlink: bool,
}

/// Every `*.toml` under `assessments/`, skipping hidden files (editors'
/// temporary and swap files) and never following linked folders, which could
/// loop.
fn list_files(root: &Path) -> Result<Vec<Found>, RepoError> {
    let mut found = Vec::new();
    let mut folders = vec![root.join(ASSESSMENTS_DIR)];
    while let Some(folder) = folders.pop() {
        let entries = match fs::read_dir(&folder) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(source) => {
                return Err(RepoError::Io {
                    path: folder,
                    source,
                });
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
            } else if name.ends_with(".toml") {
                found.push(Found {
                    relative: relative(root, &path),
                    symlink: kind.is_symlink(),
                });
            }
        }
    }
    Ok(found)
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
    let full = root.join(path);
    if file.symlink {
        check_link(root, &full, path)?;
    }
    let bytes = read_limited(&full, path)?;
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

/// A linked file is read only if it stays inside the repository: a link must
/// not make somevakt read (and show) a file from elsewhere on the machine.
fn check_link(root: &Path, full: &Path, path: &str) -> Result<(), InvalidFile> {
    let target = fs::canonicalize(full).map_err(|e| {
        InvalidFile::plain(path, format!("symbolic link that cannot be followed: {e}"))
    })?;
    if !target.starts_with(root) {
        return Err(InvalidFile::plain(
            path,
            format!(
                "symbolic link to {}, outside the repository: refused",
                target.display()
            ),
        ));
    }
    if !target.is_file() {
        return Err(InvalidFile::plain(
            path,
            "symbolic link to something that is not a file",
        ));
    }
    Ok(())
}

fn read_limited(full: &Path, path: &str) -> Result<Vec<u8>, InvalidFile> {
    let size = fs::metadata(full)
        .map_err(|e| InvalidFile::plain(path, format!("cannot read the file: {e}")))?
        .len();
    if size > MAX_FILE_BYTES {
        return Err(InvalidFile::plain(
            path,
            format!(
                "the file is {size} bytes, over the limit of {MAX_FILE_BYTES} (1 MiB): an assessment is a few kilobytes"
            ),
        ));
    }
    fs::read(full).map_err(|e| InvalidFile::plain(path, format!("cannot read the file: {e}")))
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
    let Ok(meta) = fs::symlink_metadata(canonical_root.join(relative)) else {
        return FileState::Gone;
    };
    if meta.is_dir() {
        return FileState::Gone;
    }
    let found = Found {
        relative: relative.to_owned(),
        symlink: meta.file_type().is_symlink(),
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
