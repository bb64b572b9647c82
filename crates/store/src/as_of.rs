//! The register as it was committed on a past day or at a commit
//! (`status --as-of`, docs/format.md, "CLI"): the question a yearly report
//! asks ("how did things stand on 31 December?"), answered from Git alone.
//! The files are read as blobs from the commit's tree, never from the work
//! tree, with the same parsing and the same rules as a load, and the
//! policy is the one committed with them.
//!
//! A day means the last commit on the current branch's first-parent line
//! that was committed on or before it. "On" is the date in the committer's
//! own offset, as `git log --format=%cs` shows it: a commit made at 23:30
//! in Oslo on 31 December belongs to that day wherever the report is run.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use gix::bstr::ByteSlice;
use gix::objs::tree::EntryKind;
use rayon::prelude::*;
use somevakt_core::{CommitId, Date, InvalidFile, LoadedAssessment, Policy, Register};

use crate::history::gix_relative;
use crate::load::{ASSESSMENTS_DIR, POLICY_FILE, id_of, parse_bytes, policy_from_bytes};
use crate::read::{MAX_FILE_BYTES, ReadError};

/// Which committed state to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AsOf {
    /// The end of this day, on the current branch.
    Day(Date),
    /// This commit (any revision Git understands: an id, a tag, `HEAD~3`).
    Commit(String),
}

impl AsOf {
    /// `YYYY-MM-DD` is a day; anything else names a commit.
    pub fn parse(text: &str) -> AsOf {
        let text = text.trim();
        match text.parse::<Date>() {
            Ok(day) if text.len() == 10 => AsOf::Day(day),
            _ => AsOf::Commit(text.to_owned()),
        }
    }
}

/// The register as committed, and where it was read.
#[derive(Debug)]
pub struct Committed {
    /// The accounts and invalid files of that commit, with its policy.
    pub register: Register,
    /// The commit read.
    pub commit: CommitId,
    /// The day it stands for: the day asked, or the commit's own date.
    pub day: Date,
    /// The day the commit was made (the committer's date).
    pub committed_on: Date,
}

/// Why the committed register could not be read.
#[derive(Debug, thiserror::Error)]
pub enum AsOfError {
    /// No Git repository, or one Git cannot open.
    #[error("no Git repository to read history from: {0}")]
    NoRepository(String),
    /// The branch has no commit yet.
    #[error("nothing has been committed yet")]
    NoCommits,
    /// The first commit on the branch is younger than the day.
    #[error("nothing was committed on or before {0} on this branch")]
    NothingBefore(Date),
    /// Git does not know the revision.
    #[error("Git knows no commit called {0:?}")]
    UnknownRevision(String),
    /// The commit has no `assessments/` folder.
    #[error("commit {0} has no assessments/ folder")]
    NoAssessments(String),
    /// Git failed while reading.
    #[error("reading Git history failed: {0}")]
    Git(String),
}

fn git(e: impl std::fmt::Display) -> AsOfError {
    AsOfError::Git(e.to_string())
}

/// Reads the register at `root` as committed at `as_of`.
pub fn load_as_of(root: &Path, as_of: &AsOf) -> Result<Committed, AsOfError> {
    let repo = crate::walk::open(root).map_err(|e| AsOfError::NoRepository(e.to_string()))?;
    let commit = match as_of {
        AsOf::Day(day) => last_commit_on_or_before(&repo, *day)?,
        AsOf::Commit(rev) => {
            let id = resolve(root, rev)?;
            repo.find_commit(id)
                .map_err(|_| AsOfError::UnknownRevision(rev.clone()))?
        }
    };
    let committed_on = committer_day(&commit)?;
    let day = match as_of {
        AsOf::Day(day) => *day,
        AsOf::Commit(_) => committed_on,
    };
    let register = Reader::new(&repo, root).register(&commit)?;
    Ok(Committed {
        register,
        commit: CommitId::from_hex(commit.id.to_string()),
        day,
        committed_on,
    })
}

/// The commit `rev` names, as `git rev-parse REV^{commit}` finds it
/// (gitoxide is built without revision parsing; libgit2 has it).
fn resolve(root: &Path, rev: &str) -> Result<gix::ObjectId, AsOfError> {
    let unknown = || AsOfError::UnknownRevision(rev.to_owned());
    let repo = git2::Repository::discover(root).map_err(git)?;
    let commit = repo
        .revparse_single(rev)
        .and_then(|object| object.peel_to_commit())
        .map_err(|_| unknown())?;
    gix::ObjectId::from_hex(commit.id().to_string().as_bytes()).map_err(|_| unknown())
}

/// The newest commit on HEAD's first-parent line committed on or before `day`.
fn last_commit_on_or_before(
    repo: &gix::Repository,
    day: Date,
) -> Result<gix::Commit<'_>, AsOfError> {
    let mut next = Some(repo.head_id().map_err(|_| AsOfError::NoCommits)?.detach());
    while let Some(id) = next {
        let commit = repo.find_commit(id).map_err(git)?;
        if committer_day(&commit)? <= day {
            return Ok(commit);
        }
        next = commit.parent_ids().next().map(|p| p.detach());
    }
    Err(AsOfError::NothingBefore(day))
}

/// The date of the commit in its committer's own offset.
pub(crate) fn committer_day(commit: &gix::Commit<'_>) -> Result<Date, AsOfError> {
    let time = commit.time().map_err(git)?;
    let offset = jiff::tz::Offset::from_seconds(time.offset).map_err(git)?;
    let day = jiff::Timestamp::from_second(time.seconds)
        .map_err(git)?
        .to_zoned(jiff::tz::TimeZone::fixed(offset))
        .date();
    Date::from_ymd(day.year(), day.month(), day.day())
        .ok_or_else(|| AsOfError::Git(format!("the commit's date {day} is out of range")))
}

/// Reads registers out of commits, remembering what it read: a subtree
/// whose id was listed before is not listed again, and a file version
/// (path and blob) is parsed once, so reading the register at many commits
/// costs what changed between them (`trend`), not files × commits.
pub(crate) struct Reader<'r> {
    repo: &'r gix::Repository,
    root: &'r Path,
    /// Files below a subtree, by the subtree's id and where it stands.
    listed: HashMap<(gix::ObjectId, String), Arc<Vec<Entry>>>,
    /// Each file version as read: the account, or why it is invalid.
    parsed: HashMap<(String, gix::ObjectId), Result<LoadedAssessment, InvalidFile>>,
    /// Each version of the policy, by blob.
    policies: HashMap<gix::ObjectId, Result<Policy, InvalidFile>>,
}

/// One file under `assessments/` to read, or an entry that is no file.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    relative: String,
    blob: Option<gix::ObjectId>,
    problem: Option<String>,
}

impl<'r> Reader<'r> {
    pub(crate) fn new(repo: &'r gix::Repository, root: &'r Path) -> Reader<'r> {
        Reader {
            repo,
            root,
            listed: HashMap::new(),
            parsed: HashMap::new(),
            policies: HashMap::new(),
        }
    }

    /// The register `commit` holds, read as a load reads the work tree.
    pub(crate) fn register(&mut self, commit: &gix::Commit<'_>) -> Result<Register, AsOfError> {
        let short = || commit.id.to_string().chars().take(12).collect::<String>();
        let tree = commit.tree().map_err(git)?;
        let mut invalid = Vec::new();
        let policy = self.policy(&tree)?.unwrap_or_else(|problem| {
            // The defaults stand in for a broken policy, listed as invalid.
            invalid.push(problem);
            Policy::default()
        });
        let folder = gix_relative(self.repo, self.root, ASSESSMENTS_DIR);
        let Some(folder) = tree.lookup_entry_by_path(&folder).map_err(git)? else {
            return Err(AsOfError::NoAssessments(short()));
        };
        if !folder.mode().is_tree() {
            return Err(AsOfError::NoAssessments(short()));
        }
        let entries = self.list(folder.object_id(), ASSESSMENTS_DIR)?;
        self.parse_new(&entries);
        let mut accounts = Vec::with_capacity(entries.len());
        for entry in entries.iter() {
            let parsed = match (entry.blob, &entry.problem) {
                (Some(blob), None) => self.parsed.get(&(entry.relative.clone(), blob)).cloned(),
                (_, problem) => Some(Err(InvalidFile::plain(
                    &entry.relative,
                    problem.clone().unwrap_or_default(),
                ))),
            };
            match parsed {
                Some(Ok(account)) => accounts.push(account),
                Some(Err(problem)) => invalid.push(problem),
                None => {}
            }
        }
        accounts.sort_by(|a, b| a.id.cmp(&b.id));
        invalid.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(Register {
            root: self.root.to_path_buf(),
            policy,
            accounts,
            invalid,
        })
    }

    /// The committed policy, or its problem; the defaults when the commit
    /// has no `somevakt.toml`. (The outer error is Git failing.)
    fn policy(&mut self, tree: &gix::Tree<'_>) -> Result<Result<Policy, InvalidFile>, AsOfError> {
        let path = gix_relative(self.repo, self.root, POLICY_FILE);
        let Some(entry) = tree.lookup_entry_by_path(&path).map_err(git)? else {
            return Ok(Ok(Policy::default()));
        };
        let id = entry.object_id();
        if let Some(known) = self.policies.get(&id) {
            return Ok(known.clone());
        }
        let policy = match blob_bytes(self.repo, &id, entry.mode().kind()) {
            Ok(bytes) => policy_from_bytes(&bytes),
            Err(message) => Err(InvalidFile::plain(POLICY_FILE, message)),
        };
        self.policies.insert(id, policy.clone());
        Ok(policy)
    }

    /// Every `.toml` file below the tree `id` (standing at `prefix`), as a
    /// load lists the work tree: hidden names are passed over, links and
    /// submodules are invalid entries, never followed.
    fn list(&mut self, id: gix::ObjectId, prefix: &str) -> Result<Arc<Vec<Entry>>, AsOfError> {
        let key = (id, prefix.to_owned());
        if let Some(known) = self.listed.get(&key) {
            return Ok(Arc::clone(known));
        }
        let tree = self.repo.find_tree(id).map_err(git)?;
        let mut out = Vec::new();
        for entry in tree.iter() {
            let entry = entry.map_err(git)?;
            let name = entry.filename().to_str_lossy();
            if name.starts_with('.') {
                continue;
            }
            let relative = format!("{prefix}/{name}");
            let (blob, problem) = match entry.mode().kind() {
                EntryKind::Tree => {
                    let below = self.list(entry.object_id(), &relative)?;
                    out.extend(below.iter().cloned());
                    continue;
                }
                EntryKind::Blob | EntryKind::BlobExecutable if relative.ends_with(".toml") => {
                    (Some(entry.object_id()), None)
                }
                EntryKind::Blob | EntryKind::BlobExecutable => continue,
                EntryKind::Link => (None, Some(ReadError::Symlink.to_string())),
                // A submodule: another repository's commit, nothing to read.
                EntryKind::Commit => (
                    None,
                    Some("a Git submodule, not an assessment file".to_owned()),
                ),
            };
            out.push(Entry {
                relative,
                blob,
                problem,
            });
        }
        let out = Arc::new(out);
        self.listed.insert(key, Arc::clone(&out));
        Ok(out)
    }

    /// Parses, on the pool, every file version among `entries` not parsed
    /// before. The bytes are read here first: the repository handle stays
    /// on this thread, and assessments are small.
    fn parse_new(&mut self, entries: &[Entry]) {
        let new: Vec<(String, gix::ObjectId, Result<Vec<u8>, String>)> = entries
            .iter()
            .filter_map(|e| Some((e.relative.clone(), e.blob?)))
            .filter(|key| !self.parsed.contains_key(key))
            .map(|(relative, blob)| {
                let bytes = blob_bytes(self.repo, &blob, EntryKind::Blob);
                (relative, blob, bytes)
            })
            .collect();
        let parsed: Vec<_> = new
            .into_par_iter()
            .map(|(relative, blob, bytes)| {
                let result = (|| {
                    let id = id_of(&relative).map_err(|e| InvalidFile::plain(&relative, e))?;
                    let bytes = bytes.map_err(|e| InvalidFile::plain(&relative, e))?;
                    let assessment = parse_bytes(&bytes, &relative)?;
                    Ok(LoadedAssessment::new(
                        id,
                        relative.clone(),
                        Box::new(assessment),
                    ))
                })();
                ((relative, blob), result)
            })
            .collect();
        self.parsed.extend(parsed);
    }
}

/// A blob's bytes, or why it is not read (a link, over the size limit).
fn blob_bytes(repo: &gix::Repository, id: &gix::oid, kind: EntryKind) -> Result<Vec<u8>, String> {
    if kind == EntryKind::Link {
        return Err(ReadError::Symlink.to_string());
    }
    let header = repo.find_header(id).map_err(|e| e.to_string())?;
    if header.size() > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge(header.size()).to_string());
    }
    let blob = repo.find_blob(id).map_err(|e| e.to_string())?;
    Ok(blob.data.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_is_a_day_and_anything_else_a_commit() {
        assert_eq!(
            AsOf::parse("2024-12-31"),
            AsOf::Day("2024-12-31".parse().unwrap())
        );
        assert_eq!(AsOf::parse("HEAD~2"), AsOf::Commit("HEAD~2".into()));
        assert_eq!(AsOf::parse("a1b2c3d"), AsOf::Commit("a1b2c3d".into()));
        // Not a date that exists: Git may still know it as a name.
        assert_eq!(AsOf::parse("2024-02-30"), AsOf::Commit("2024-02-30".into()));
    }
}
