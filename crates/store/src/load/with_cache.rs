//! The load's use of the cache: a file's cached result when its stamp
//! still matches, a fresh read otherwise, and the new cache written from a
//! load (see [`crate::cache`] for the rules it keeps).

use std::collections::HashMap;
use std::path::Path;

use rayon::prelude::*;

use super::{Found, InvalidFile, LoadedAssessment, Snippet, id_of, load_one};
use crate::cache::{self, Cached, Entry, EntryRef, LoadCache, Outcome, OutcomeRef, Problem, Stamp};
use crate::read::Folder;

/// The old cache's entries for `files` (every one of which it gave, and
/// was trusted, in this load), to be carried into the new cache. `None`
/// when the cache changed under the load (another process rewrote it): the
/// new one is then not written rather than written from unchecked entries.
pub(super) fn reread_prefix(
    store: &LoadCache,
    files: &[Found],
    stamps: &[(String, Stamp)],
) -> Option<Vec<Entry>> {
    if files.is_empty() {
        return Some(Vec::new());
    }
    let mut cached = store.read()?;
    let mut entries = Vec::with_capacity(files.len());
    for file in files {
        let entry = cached.entry_for(&file.relative)?;
        if stamp_in(stamps, &entry.path)? != entry.stamp {
            return None;
        }
        entries.push(entry);
    }
    Some(entries)
}

/// The stamp recorded for `path` in `stamps` (in file order).
fn stamp_in(stamps: &[(String, Stamp)], path: &str) -> Option<Stamp> {
    stamps
        .binary_search_by(|(p, _)| cache::file_order(p, path))
        .ok()
        .map(|i| stamps[i].1)
}

/// One file's result, its stamp (`None` when it must not be cached) and
/// whether the cache should be rewritten for it.
pub(super) struct Loaded {
    pub result: Result<LoadedAssessment, InvalidFile>,
    pub stamp: Option<Stamp>,
    /// The cache lacks this result or holds another stamp for the file.
    /// A file read again only for the racy-clean rule, whose stamp is the
    /// cached one and still too close to this load to be trusted, is no
    /// change: a rewritten cache could not trust it either, so rewriting
    /// the whole cache for it (every load in the two seconds after an edit)
    /// would only cost time.
    pub changes_cache: bool,
}

/// What reading one chunk of files needs besides the cache.
#[derive(Clone, Copy)]
pub(super) struct Reading<'a> {
    pub root: &'a Path,
    pub scan_of_cache: i128,
    pub scan_start: i128,
}

impl Reading<'_> {
    /// The chunk's results in file order: the cache's entries are taken in
    /// order (they are read sequentially), the files stamped or read in
    /// parallel.
    pub(super) fn chunk(self, chunk: &[Found], mut cached: Option<&mut Cached>) -> Vec<Loaded> {
        // A file the cache knows is stamped by name in its folder, opened
        // once per chunk (see `crate::read::Folder`).
        let mut folders: Vec<Option<Folder>> = Vec::new();
        let mut by_name: HashMap<&str, usize> = HashMap::new();
        let paired: Vec<(&Found, Option<Entry>, Option<usize>)> = chunk
            .iter()
            .map(|file| {
                let entry = cached
                    .as_deref_mut()
                    .and_then(|c| c.entry_for(&file.relative));
                let folder = entry.as_ref().and_then(|_| {
                    let (dir, _) = file.relative.rsplit_once('/')?;
                    Some(*by_name.entry(dir).or_insert_with(|| {
                        folders.push(Folder::open(&self.root.join(dir)));
                        folders.len() - 1
                    }))
                });
                (file, entry, folder)
            })
            .collect();
        paired
            .into_par_iter()
            .map(|(file, entry, folder)| {
                let folder = folder.and_then(|at| folders[at].as_ref());
                load_cached(self, file, entry, folder)
            })
            .collect()
    }
}

/// The cached result when the file's stamp still matches, else a fresh read.
fn load_cached(
    reading: Reading<'_>,
    file: &Found,
    entry: Option<Entry>,
    folder: Option<&Folder>,
) -> Loaded {
    let Reading {
        root,
        scan_of_cache,
        scan_start,
    } = reading;
    let cached_stamp = entry.as_ref().map(|e| e.stamp);
    let stamp_now = || match (folder, file.relative.rsplit_once('/')) {
        (Some(folder), Some((_, name))) => folder.stamp(name),
        _ => crate::read::stamp(&root.join(&file.relative)),
    };
    if let Some(entry) = entry
        && let Some(now) = stamp_now()
        && cache::trusted(&entry.stamp, &Stamp::from(now), scan_of_cache)
    {
        let result = match entry.outcome {
            Outcome::Parsed(assessment, dpia_digest) => id_of(&entry.path)
                .map(|id| LoadedAssessment {
                    id,
                    path: entry.path.clone(),
                    assessment,
                    dpia_digest,
                })
                .map_err(|e| InvalidFile::plain(&entry.path, e)),
            Outcome::Invalid(problem) => Err(from_problem(&entry.path, problem)),
        };
        return Loaded {
            result,
            stamp: Some(entry.stamp),
            changes_cache: false,
        };
    }
    let (result, stamp) = load_one(root, file);
    let changes_cache = match (cached_stamp, stamp) {
        (Some(cached), Some(now)) => cached != now || cache::trusted(&now, &now, scan_start),
        (None, Some(_)) => true,
        // Not cacheable (not a regular file, a bad name): a cache that has
        // an entry for it must lose it.
        (cached, None) => cached.is_some(),
    };
    Loaded {
        result,
        stamp,
        changes_cache,
    }
}

pub(super) fn write_cache(
    store: &LoadCache,
    scan_start: i128,
    stamps: &[(String, Stamp)],
    accounts: &[LoadedAssessment],
    bad_files: &[InvalidFile],
    carried: &[Entry],
) -> std::io::Result<()> {
    let problems: Vec<(&str, Problem)> = bad_files
        .iter()
        .map(|bad| (bad.path.as_str(), to_problem(bad)))
        .collect();
    let parsed = accounts.iter().map(|a| {
        let outcome = OutcomeRef::Parsed(&a.assessment, &a.dpia_digest);
        (a.path.as_str(), outcome)
    });
    let invalid = problems
        .iter()
        .map(|(path, problem)| (*path, OutcomeRef::Invalid(problem)));
    let carried = carried.iter().map(|entry| EntryRef {
        path: &entry.path,
        stamp: entry.stamp,
        outcome: match &entry.outcome {
            Outcome::Parsed(assessment, digest) => OutcomeRef::Parsed(assessment, digest),
            Outcome::Invalid(problem) => OutcomeRef::Invalid(problem),
        },
    });
    let mut entries: Vec<EntryRef<'_>> = parsed
        .chain(invalid)
        .filter_map(|(path, outcome)| {
            Some(EntryRef {
                path,
                stamp: stamp_in(stamps, path)?,
                outcome,
            })
        })
        .chain(carried)
        .collect();
    entries.sort_by(|a, b| cache::file_order(a.path, b.path));
    store.write(scan_start, &entries)
}

fn to_problem(bad: &InvalidFile) -> Problem {
    Problem {
        message: bad.message.clone(),
        line: bad.line,
        column: bad.column,
        snippet: bad
            .snippet
            .as_ref()
            .map(|s| (s.text.clone(), s.span.start, s.span.end)),
    }
}

fn from_problem(path: &str, problem: Problem) -> InvalidFile {
    InvalidFile {
        path: path.to_owned(),
        message: problem.message,
        line: problem.line,
        column: problem.column,
        snippet: problem.snippet.map(|(text, start, end)| {
            Box::new(Snippet {
                text,
                span: start..end,
            })
        }),
    }
}
