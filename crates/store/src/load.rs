//! Loading an assessment repository: every `assessments/**/*.toml` is parsed
//! on its own, in parallel, so one broken file never hides the others and the
//! time grows linearly with the number of files.
//!
//! A load consults the load cache (see [`crate::cache`]): a file whose stamp
//! (size, times, inode) matches the cached one is not read again; only new
//! and changed files are parsed, and the cache is rewritten when anything
//! differed. A cached file costs one `lstat`; a file that is read goes
//! through [`crate::read::read_regular`] (which looks before it opens).

use std::fs;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

mod listing;
mod with_cache;

use crate::cache::{self, Cached, LoadCache, Stamp};
pub use crate::read::MAX_FILE_BYTES;
use crate::read::{ReadError, read_regular};
use listing::{Found, list_files};
use somevakt_core::parse::{decode, line_column, parse_assessment};
pub use somevakt_core::register::{InvalidFile, LoadedAssessment, Register, Snippet};
use somevakt_core::{AccountId, Policy};
use with_cache::{Reading, reread_prefix, write_cache};

/// The policy file at the repository's top.
pub const POLICY_FILE: &str = "somevakt.toml";
/// The folder that holds one file per account.
pub const ASSESSMENTS_DIR: &str = "assessments";

/// Why the repository as a whole cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum RepoError {
    /// Neither an `assessments/` folder nor a Git repository there.
    #[error(
        "no assessment repository at {0}: no assessments/ folder there and not inside a Git repository (use --repo DIR)"
    )]
    NotFound(PathBuf),
    /// A folder or file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// What could not be read.
        path: PathBuf,
        /// Why.
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

/// How to load: with or without the cache, and where to count progress.
#[derive(Debug, Clone, Copy)]
pub struct LoadOptions<'a> {
    /// Use (and refresh) the load cache under `.git/somevakt/`; off for
    /// `--no-cache`, to tell a cache problem from a file problem.
    pub cache: bool,
    /// Counts files as they are done, for a progress line.
    pub progress: Option<&'a Progress>,
}

impl Default for LoadOptions<'_> {
    fn default() -> Self {
        LoadOptions {
            cache: true,
            progress: None,
        }
    }
}

/// How far a load has come: files done of files found. Shared with a
/// thread that shows it (the CLI's progress line, the dashboard's).
#[derive(Debug, Default)]
pub struct Progress {
    /// Files read or taken from the cache so far.
    pub done: AtomicUsize,
    /// Files found under `assessments/` (0 until the folders are listed).
    pub total: AtomicUsize,
}

/// Reads the policy and every assessment under `root`, using the cache.
pub fn load(root: &Path) -> Result<Register, RepoError> {
    load_with(root, LoadOptions::default())
}

/// Reads the policy and every assessment under `root`.
pub fn load_with(root: &Path, options: LoadOptions<'_>) -> Result<Register, RepoError> {
    let mut accounts = Vec::new();
    let rest = load_core(root, options, Sink::Keep(&mut accounts))?;
    Ok(Register {
        root: rest.root,
        policy: rest.policy,
        accounts,
        invalid: rest.invalid,
        // The audit is not part of a load: the faces ask for the trail
        // (`audit::trail_for`) where the policy requires signing.
        trail: None,
    })
}

/// What a streamed load ([`load_each`]) gives besides the accounts.
#[derive(Debug)]
pub struct Streamed {
    /// The repository's top folder, as given.
    pub root: PathBuf,
    /// The policy in `somevakt.toml`, or the defaults.
    pub policy: Policy,
    /// Sorted by path; includes a broken `somevakt.toml`.
    pub invalid: Vec<InvalidFile>,
}

/// Reads the policy and every assessment under `root` like [`load_with`],
/// but hands the accounts to `each` a chunk at a time, in id order, instead
/// of keeping them: a report written as it goes (`status --format json`)
/// then never holds the whole register. `each` may stop the load early
/// (a closed pipe); the cache is then left as it was.
pub fn load_each(
    root: &Path,
    options: LoadOptions<'_>,
    each: &mut dyn FnMut(&Policy, &[LoadedAssessment]) -> ControlFlow<()>,
) -> Result<Streamed, RepoError> {
    load_core(root, options, Sink::Each(each))
}

/// Reads the policy and every assessment under `root` like [`load_with`],
/// and shows each chunk of accounts (in id order) to `each` as soon as it
/// is loaded, while the next one loads: the dashboard builds its rows
/// during the load instead of after it.
///
/// The load cache is not rewritten here: when the load found changes, the
/// [`Kept::refresh`] it returns writes it once the caller has shown what it
/// loaded, so the dashboard's table does not wait for 28 MB (at 20,000
/// accounts) to be encoded and written.
pub fn load_keeping(
    root: &Path,
    options: LoadOptions<'_>,
    each: &mut dyn FnMut(&Policy, &[LoadedAssessment]),
) -> Result<Kept, RepoError> {
    let mut accounts = Vec::new();
    let mut refresh = None;
    let rest = load_core(
        root,
        options,
        Sink::KeepEach(&mut accounts, each, &mut refresh),
    )?;
    Ok(Kept {
        register: Register {
            root: rest.root,
            policy: rest.policy,
            accounts,
            invalid: rest.invalid,
            trail: None,
        },
        refresh,
    })
}

/// What [`load_keeping`] gives: the register, and the load cache's
/// rewrite when the load found anything the cache did not know.
pub struct Kept {
    /// Every account and invalid file, as [`load_with`] gives them.
    pub register: Register,
    /// Writes the cache; `None` when it is up to date (or disabled).
    pub refresh: Option<CacheRefresh>,
}

/// A load cache rewrite put off until the caller has time for it
/// ([`load_keeping`]). Dropped unwritten, the next load reads the changed
/// files again and rewrites the cache then: it only ever speeds loads up.
#[must_use = "the load cache stays out of date unless this is written"]
pub struct CacheRefresh {
    store: LoadCache,
    scan_start: i128,
    stamps: Vec<(String, Stamp)>,
}

impl CacheRefresh {
    /// Replaces the cache with what `register` (the one the load gave)
    /// holds. Writing later than the load is as safe as writing at its
    /// end: each entry keeps the stamp its file had when it was read, and
    /// the racy-clean rule is judged against the load's start, so a file
    /// changed since is read again next time.
    pub fn write(self, register: &Register) -> std::io::Result<()> {
        write_cache(
            &self.store,
            self.scan_start,
            &self.stamps,
            &register.accounts,
            &register.invalid,
            &[],
        )
    }
}

/// Where a load puts the accounts.
enum Sink<'s> {
    /// All of them, for the register.
    Keep(&'s mut Vec<LoadedAssessment>),
    /// A chunk at a time, to a consumer that does not keep them.
    Each(&'s mut dyn FnMut(&Policy, &[LoadedAssessment]) -> ControlFlow<()>),
    /// All of them, each chunk also shown to a consumer as it comes; the
    /// cache's rewrite is handed back rather than done.
    KeepEach(
        &'s mut Vec<LoadedAssessment>,
        &'s mut dyn FnMut(&Policy, &[LoadedAssessment]),
        &'s mut Option<CacheRefresh>,
    ),
}

fn load_core(
    root: &Path,
    options: LoadOptions<'_>,
    mut sink: Sink<'_>,
) -> Result<Streamed, RepoError> {
    // Before anything is looked at: a file changed after this moment may
    // carry a stamp the cache must not trust (the racy-clean rule).
    let scan_start = cache::now_ns();
    let canonical_root = fs::canonicalize(root).map_err(|source| RepoError::Io {
        path: root.to_path_buf(),
        source,
    })?;
    let mut invalid = Vec::new();
    let (policy, policy_bytes) = load_policy(root);
    let policy = policy.unwrap_or_else(|problem| {
        // The defaults stand in for a broken policy, and the file is listed
        // as invalid, so the accounts still show.
        invalid.push(problem);
        Policy::default()
    });
    let files = list_files(&canonical_root, &mut invalid);
    if let Some(progress) = options.progress {
        progress.total.store(files.len(), Ordering::Relaxed);
    }
    let store = options
        .cache
        .then(|| LoadCache::for_root(&canonical_root, policy_bytes.as_deref()))
        .flatten();
    let mut cached = store.as_ref().and_then(LoadCache::read);
    let scan_of_cache = cached.as_ref().map_or(0, Cached::scan_start_ns);
    let total = files.len();
    let mut bad_files = Vec::new();
    // (path, stamp) of every file that may be cached, in file order.
    let mut stamps: Vec<(String, Stamp)> = Vec::with_capacity(total);
    // Files whose result the cache lacks or contradicts.
    let mut changes = 0;
    if let Sink::Keep(all) | Sink::KeepEach(all, _, _) = &mut sink {
        all.reserve(total);
    }
    // Streaming, the accounts handed out are kept only from the first
    // chunk that missed the cache on (to rewrite it); the cached ones
    // before are read again from the old cache if it must be rewritten.
    let mut kept: Vec<LoadedAssessment> = Vec::new();
    let mut kept_from: Option<usize> = None;
    let mut stopped = false;
    // A chunk at a time, so results move straight on and no second copy
    // of every account is ever held. The next chunk is read (cache entries
    // decoded, files stamped) on the pool while this one goes to the sink,
    // so the sink's serial part (writing the output, the stamps kept here)
    // no longer leaves a core idle between chunks.
    let chunks: Vec<&[Found]> = files.chunks(LOAD_CHUNK).collect();
    let reading = Reading {
        root: &canonical_root,
        scan_of_cache,
        scan_start,
    };
    let mut ahead = chunks
        .first()
        .map(|chunk| reading.chunk(chunk, cached.as_mut()));
    for (number, chunk) in chunks.iter().enumerate() {
        let Some(results) = ahead.take() else {
            break;
        };
        let following = chunks.get(number + 1);
        let cached_now = cached.as_mut();
        let flow = rayon::in_place_scope(|scope| {
            if let Some(next) = following {
                let ahead = &mut ahead;
                scope.spawn(move |_| *ahead = Some(reading.chunk(next, cached_now)));
            }
            let mut accounts = Vec::with_capacity(results.len());
            let changes_before = changes;
            for (file, loaded) in chunk.iter().zip(results) {
                changes += usize::from(loaded.changes_cache);
                if let Some(stamp) = loaded.stamp {
                    stamps.push((file.relative.clone(), stamp));
                }
                match loaded.result {
                    Ok(account) => accounts.push(account),
                    Err(problem) => bad_files.push(problem),
                }
            }
            if let Some(progress) = options.progress {
                progress.done.fetch_add(chunk.len(), Ordering::Relaxed);
            }
            match &mut sink {
                Sink::Keep(all) => all.append(&mut accounts),
                Sink::KeepEach(all, each, _) => {
                    each(&policy, &accounts);
                    all.append(&mut accounts);
                }
                Sink::Each(each) => {
                    if each(&policy, &accounts).is_break() {
                        return ControlFlow::Break(());
                    }
                    let changed = changes > changes_before;
                    if store.is_some() && (changed || kept_from.is_some()) {
                        kept_from.get_or_insert(number * LOAD_CHUNK);
                        kept.append(&mut accounts);
                    } else {
                        // Freeing a chunk's few hundred thousand strings was a
                        // third of this thread's time in a warm `status`, spent
                        // while both cores waited for the next chunk: free them
                        // on the pool instead.
                        accounts.into_par_iter().for_each(drop);
                    }
                }
            }
            ControlFlow::Continue(())
        });
        if flow.is_break() {
            stopped = true;
            break;
        }
    }
    let unchanged = changes == 0 && cached.as_mut().is_some_and(Cached::matched_all);
    drop(cached);
    if let Some(store) = store
        && !unchanged
        && !stopped
    {
        // Only an accelerator: a cache that cannot be written (read-only
        // repository, full disk) leaves the load as it was.
        let store = &store;
        let _ = match &mut sink {
            Sink::Keep(all) => write_cache(store, scan_start, &stamps, all, &bad_files, &[]),
            Sink::KeepEach(_, _, refresh) => {
                **refresh = Some(CacheRefresh {
                    store: store.clone(),
                    scan_start,
                    stamps: std::mem::take(&mut stamps),
                });
                Ok(())
            }
            Sink::Each(_) => {
                let from = kept_from.unwrap_or(total);
                match reread_prefix(store, &files[..from], &stamps) {
                    Some(carried) => {
                        // The invalid files of the kept part; those before
                        // it are among the carried entries.
                        let first = files.get(from).map(|f| f.relative.as_str());
                        let later: Vec<InvalidFile> = bad_files
                            .iter()
                            .filter(|bad| {
                                first.is_some_and(|f| cache::file_order(&bad.path, f).is_ge())
                            })
                            .cloned()
                            .collect();
                        write_cache(store, scan_start, &stamps, &kept, &later, &carried)
                    }
                    None => Ok(()),
                }
            }
        };
    }
    invalid.extend(bad_files);
    if let Sink::Keep(all) | Sink::KeepEach(all, _, _) = sink {
        // Already in id order (files are listed in it); kept as the rule.
        all.sort_by(|a, b| a.id.cmp(&b.id));
    }
    invalid.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(Streamed {
        root: root.to_path_buf(),
        policy,
        invalid,
    })
}

/// Files handled per step of a load (see [`load_with`]). A streamed
/// `status` holds one chunk's assessments and JSON at a time: 1,024 keeps
/// both cores busy and, against 4,096, cut a warm run's peak memory at
/// 20,000 accounts from 69 to 44 MB and its page faults by a third.
const LOAD_CHUNK: usize = 1024;

/// The policy (or its problem) and the file's bytes, which key the cache.
fn load_policy(root: &Path) -> (Result<Policy, InvalidFile>, Option<Vec<u8>>) {
    let bytes = match read_regular(&root.join(POLICY_FILE)) {
        Ok(read) => read.bytes,
        Err(ReadError::NotFound) => return (Ok(Policy::default()), None),
        Err(e) => return (Err(InvalidFile::plain(POLICY_FILE, e.to_string())), None),
    };
    (policy_from_bytes(&bytes), Some(bytes))
}

/// The policy in `bytes` (the content of `somevakt.toml`), or its problem.
pub(crate) fn policy_from_bytes(bytes: &[u8]) -> Result<Policy, InvalidFile> {
    match decode(bytes) {
        Ok(text) => somevakt_core::parse::parse_policy_with(text, |zone| {
            jiff::tz::TimeZone::get(zone).is_ok()
        })
        .map_err(|e| InvalidFile::at(POLICY_FILE, text, e)),
        Err(e) => Err(InvalidFile::plain(POLICY_FILE, e.message)),
    }
}

/// The account id of a path like `assessments/bergen/x.toml`.
pub fn id_of(relative: &str) -> Result<AccountId, String> {
    let inner = relative
        .strip_prefix("assessments/")
        .and_then(|p| p.strip_suffix(".toml"))
        .ok_or_else(|| format!("{relative} is not under assessments/"))?;
    AccountId::parse(inner).map_err(|e| format!("the file name does not give a valid id: {e}"))
}

fn load_one(root: &Path, file: &Found) -> (Result<LoadedAssessment, InvalidFile>, Option<Stamp>) {
    let path = &file.relative;
    let id = match id_of(path) {
        Ok(id) => id,
        Err(e) => return (Err(InvalidFile::plain(path, e)), None),
    };
    let read = match read_regular(&root.join(path)) {
        Ok(read) => read,
        Err(e) => return (Err(InvalidFile::plain(path, e.to_string())), None),
    };
    let result = parse_bytes(&read.bytes, path)
        .map(|assessment| LoadedAssessment::new(id, path.clone(), Box::new(assessment)));
    (result, Some(Stamp::from(read.stamp)))
}

pub(crate) fn parse_bytes(
    bytes: &[u8],
    path: &str,
) -> Result<somevakt_core::Assessment, InvalidFile> {
    let text = decode(bytes).map_err(|e| {
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
    parse_assessment(text).map_err(|e| InvalidFile::at(path, text, e))
}

/// What one file under `assessments/` holds now.
#[derive(Debug, Clone)]
pub enum FileState {
    /// A valid assessment.
    Loaded(Box<LoadedAssessment>),
    /// A file that is not a valid assessment, and why.
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
    match load_one(&canonical_root, &found).0 {
        Ok(account) => FileState::Loaded(Box::new(account)),
        Err(problem) => FileState::Invalid(problem),
    }
}

/// Reads the policy again; a broken policy gives the defaults and its problem.
pub fn reload_policy(root: &Path) -> (Policy, Option<InvalidFile>) {
    match load_policy(root).0 {
        Ok(policy) => (policy, None),
        Err(problem) => (Policy::default(), Some(problem)),
    }
}
