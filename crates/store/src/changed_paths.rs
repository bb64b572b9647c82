//! Which assessment files each commit changed, kept between runs under
//! `.git/somevakt/changed-paths` (never in the work tree).
//!
//! Git's own answer to "which commits touched this path" is the
//! changed-path Bloom filter in the commit-graph; most repositories don't
//! have it (`git gc` does not write it). This index plays the same part for
//! somevakt: per commit id, the files `assessments/<folder>/<file>` whose
//! version differs from the commit's first parent. A commit never changes,
//! so an entry never goes stale: a rewritten history (amend, rebase) simply
//! has new ids, which are not in the index yet and are worked out then.
//! A warm `log` thus reads only the commits it shows.
//!
//! The file is written whole to a temporary file and renamed into place, so
//! a reader sees the old file or the new one, never half of one; with two
//! writers the last rename wins and the other's additions are worked out
//! again next time. It starts with a versioned magic and ends with a CRC-32:
//! a foreign, truncated or garbled file is ignored and rebuilt. It holds at
//! most [`MAX_COMMITS`] commits; past that, new commits are still worked
//! out, only not kept.

use std::collections::{HashMap, VecDeque};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use gix::ObjectId;
use gix::objs::FindExt;

use crate::walk::WalkError;

/// The file's name under `.git/somevakt/`.
const FILE: &str = "changed-paths";
/// The first bytes of the file; the digit is the format's version.
const MAGIC: &[u8; 24] = b"somevakt changed-paths 1";
/// Most commits kept (at about 30 bytes each: some 30 MB on disk).
pub(crate) const MAX_COMMITS: usize = 1_000_000;

/// What a commit changed in one folder `<folder>/<dir>`: the folder's
/// name, and the names of the files in it that changed, once worked out.
struct DirChange {
    dir: u32,
    files: Option<Vec<u32>>,
}

/// What the index says about one file in one commit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Answer {
    /// The commit is not in the index yet.
    Unknown,
    /// The file's folder changed, but which of its files is not known yet.
    FolderChanged,
    /// The file changed, or did not.
    Changed(bool),
}

/// The changes of many commits below one folder, in two levels: which
/// `<dir>` folders changed (worked out for every commit walked: it costs
/// no more than following one path), and which files in such a folder
/// changed (worked out when a file there is asked for). A first `log`
/// thus costs what a walk without the index costs, and a second one for
/// any file in the same folder reads only the commits it shows.
pub(crate) struct ChangedPaths {
    /// The folder (from the work tree's top) whose `<dir>/<file>` entries
    /// are indexed: `assessments`, or deeper when the assessment
    /// repository sits below the work tree's top.
    folder: String,
    /// Every folder and file name seen, once.
    names: Vec<String>,
    numbers: HashMap<String, u32>,
    /// Per commit, the folders that changed, by name number.
    commits: HashMap<ObjectId, Vec<DirChange>>,
    /// Whether this run added anything.
    dirty: bool,
    location: PathBuf,
}

impl ChangedPaths {
    /// The index for `folder` kept in `git_dir`; empty when there is none
    /// yet or it cannot be read (it is then rebuilt, never trusted).
    pub(crate) fn load(git_dir: &Path, folder: &str) -> ChangedPaths {
        let location = git_dir.join("somevakt").join(FILE);
        let mut index = ChangedPaths {
            folder: folder.to_owned(),
            names: Vec::new(),
            numbers: HashMap::new(),
            commits: HashMap::new(),
            dirty: false,
            location,
        };
        if let Ok(bytes) = std::fs::read(&index.location)
            && index.decode(&bytes).is_none()
        {
            // Garbled or foreign: start over rather than trust any of it.
            index.names.clear();
            index.numbers.clear();
            index.commits.clear();
        }
        index
    }

    /// The folder this index covers (from the work tree's top).
    pub(crate) fn folder(&self) -> &str {
        &self.folder
    }

    /// The folder and file name of `path` below the indexed folder, when
    /// the index can answer for it: a file exactly `<folder>/<dir>/<file>`.
    pub(crate) fn key<'p>(&self, path: &'p str) -> Option<(&'p str, &'p str)> {
        let rest = path.strip_prefix(&self.folder)?.strip_prefix('/')?;
        let (dir, file) = rest.split_once('/')?;
        (!dir.is_empty() && !file.is_empty() && !file.contains('/')).then_some((dir, file))
    }

    /// What the index knows of `<dir>/<file>` in `commit`.
    pub(crate) fn changed(&self, commit: &ObjectId, (dir, file): (&str, &str)) -> Answer {
        let Some(dirs) = self.commits.get(commit) else {
            return Answer::Unknown;
        };
        let Some(dir) = self.numbers.get(dir) else {
            return Answer::Changed(false); // a folder no indexed commit changed
        };
        let Some(change) = dirs.iter().find(|d| d.dir == *dir) else {
            return Answer::Changed(false);
        };
        let Some(files) = &change.files else {
            return Answer::FolderChanged;
        };
        Answer::Changed(
            self.numbers
                .get(file)
                .is_some_and(|file| files.binary_search(file).is_ok()),
        )
    }

    /// Keeps which folders `commit` changed. Nothing is kept past
    /// [`MAX_COMMITS`] commits.
    pub(crate) fn insert_dirs(&mut self, commit: ObjectId, dirs: &[&str]) {
        if self.commits.len() >= MAX_COMMITS || self.commits.contains_key(&commit) {
            return;
        }
        let dirs = dirs
            .iter()
            .map(|dir| DirChange {
                dir: self.number(dir),
                files: None,
            })
            .collect();
        self.commits.insert(commit, dirs);
        self.dirty = true;
    }

    /// Keeps which files `commit` changed in `dir` (one of its changed
    /// folders, see [`ChangedPaths::insert_dirs`]).
    pub(crate) fn insert_files(&mut self, commit: &ObjectId, dir: &str, files: &[String]) {
        let Some(&dir) = self.numbers.get(dir) else {
            return;
        };
        let mut numbers: Vec<u32> = files.iter().map(|f| self.number(f)).collect();
        numbers.sort_unstable();
        let change = self
            .commits
            .get_mut(commit)
            .and_then(|dirs| dirs.iter_mut().find(|d| d.dir == dir));
        if let Some(change) = change {
            change.files = Some(numbers);
            self.dirty = true;
        }
    }

    fn number(&mut self, name: &str) -> u32 {
        if let Some(&n) = self.numbers.get(name) {
            return n;
        }
        let n = self.names.len() as u32;
        self.names.push(name.to_owned());
        self.numbers.insert(name.to_owned(), n);
        n
    }

    /// How many commits the index knows.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.commits.len()
    }

    /// Writes the index back when this run added to it. A failure (a
    /// read-only repository, a full disk) only costs the next run time.
    pub(crate) fn save(&self) {
        if self.dirty {
            let _ = self.write();
        }
    }

    fn write(&self) -> std::io::Result<()> {
        let folder = self
            .location
            .parent()
            .ok_or_else(|| std::io::Error::other("index path has no folder"))?;
        crate::cache::own_folder(folder)?;
        let bytes = self.encode();
        let mut file = tempfile::Builder::new()
            .prefix(".changed-paths.")
            .tempfile_in(folder)?;
        file.write_all(&bytes)?;
        file.persist(&self.location).map_err(|e| e.error)?;
        Ok(())
    }

    /// The file's bytes: magic, folder, names, then per commit its id and
    /// its changed folders, each with its changed files (or [`UNKNOWN`]);
    /// numbers and lengths as little-endian u32; a CRC-32 of all that last.
    fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(64 + self.commits.len() * 40);
        out.extend_from_slice(MAGIC);
        put_bytes(&mut out, self.folder.as_bytes());
        put_u32(&mut out, self.names.len());
        for name in &self.names {
            put_bytes(&mut out, name.as_bytes());
        }
        put_u32(&mut out, self.commits.len());
        for (id, dirs) in &self.commits {
            put_bytes(&mut out, id.as_bytes());
            put_u32(&mut out, dirs.len());
            for change in dirs {
                put_u32(&mut out, change.dir as usize);
                match &change.files {
                    None => put_u32(&mut out, UNKNOWN as usize),
                    Some(files) => {
                        put_u32(&mut out, files.len());
                        for n in files {
                            put_u32(&mut out, *n as usize);
                        }
                    }
                }
            }
        }
        let crc = crc32fast::hash(&out);
        out.extend_from_slice(&crc.to_le_bytes());
        out
    }

    /// Reads `bytes` into this (empty) index; `None` when they are not a
    /// whole index for this folder.
    fn decode(&mut self, bytes: &[u8]) -> Option<()> {
        let (body, crc) = bytes.split_at_checked(bytes.len().checked_sub(4)?)?;
        if crc32fast::hash(body).to_le_bytes() != crc {
            return None;
        }
        let mut r = Reader(body.strip_prefix(MAGIC.as_slice())?);
        if r.bytes()? != self.folder.as_bytes() {
            return None; // made for another assessment root
        }
        let names = r.count(4)?;
        self.names.reserve(names);
        self.numbers.reserve(names);
        for _ in 0..names {
            let name = std::str::from_utf8(r.bytes()?).ok()?;
            let n = self.names.len() as u32;
            self.names.push(name.to_owned());
            self.numbers.insert(name.to_owned(), n);
        }
        let name = |n: u32| (n < self.names.len() as u32).then_some(n);
        // Room for every commit at once (at least 28 bytes each): growing
        // the table step by step was a good part of reading it.
        let commits = r.count(28)?;
        self.commits.reserve(commits);
        for _ in 0..commits {
            let id = ObjectId::try_from(r.bytes()?).ok()?;
            // Every count is checked against what is left, so a garbled
            // count cannot make a huge allocation.
            let count = r.count(8)?;
            let mut dirs = Vec::with_capacity(count);
            for _ in 0..count {
                let dir = name(r.u32()?)?;
                let files = match r.u32()? {
                    UNKNOWN => None,
                    count if (count as usize).checked_mul(4)? <= r.0.len() => {
                        let mut files = Vec::with_capacity(count as usize);
                        for _ in 0..count {
                            files.push(name(r.u32()?)?);
                        }
                        files.sort_unstable();
                        Some(files)
                    }
                    _ => return None,
                };
                dirs.push(DirChange { dir, files });
            }
            self.commits.insert(id, dirs);
        }
        r.0.is_empty().then_some(())
    }
}

/// Marks a changed folder whose changed files are not worked out yet.
const UNKNOWN: u32 = u32::MAX;

fn put_u32(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(&(n as u32).to_le_bytes());
}

fn put_bytes(out: &mut Vec<u8>, bytes: &[u8]) {
    put_u32(out, bytes.len());
    out.extend_from_slice(bytes);
}

/// Reads a byte slice front to back; `None` past its end.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn u32(&mut self) -> Option<u32> {
        let (head, rest) = self.0.split_first_chunk::<4>()?;
        self.0 = rest;
        Some(u32::from_le_bytes(*head))
    }

    /// A count of items of at least `size` bytes each, no more than fit.
    fn count(&mut self, size: usize) -> Option<usize> {
        let n = self.u32()? as usize;
        (n.checked_mul(size)? <= self.0.len()).then_some(n)
    }

    fn bytes(&mut self) -> Option<&'a [u8]> {
        let len = self.u32()? as usize;
        let (head, rest) = self.0.split_at_checked(len)?;
        self.0 = rest;
        Some(head)
    }
}

/// A name whose id differs between two trees: its id on each side.
pub(crate) type Differing<N> = (N, Option<ObjectId>, Option<ObjectId>);

/// A tree's entries: name, whether it is a folder, and id; in plain byte
/// order of the names (Git orders a folder as if its name ended in '/'),
/// so two lists can be merged and a name looked up by bisection. The names
/// share one buffer: a first `log` decodes two trees of ~50 entries for
/// each of 100,000 commits, and a `Vec` per name was a tenth of its time.
#[derive(Default)]
struct Entries {
    names: Vec<u8>,
    /// Where each name is in `names`, whether it is a folder, its id.
    items: Vec<(std::ops::Range<usize>, bool, ObjectId)>,
}

impl Entries {
    /// Entry `i`: name, whether it is a folder, id.
    fn get(&self, i: usize) -> Option<(&[u8], bool, ObjectId)> {
        let (range, folder, id) = self.items.get(i)?;
        Some((&self.names[range.clone()], *folder, *id))
    }

    /// The entry named `name`.
    fn find(&self, name: &[u8]) -> Option<(bool, ObjectId)> {
        let at = self
            .items
            .binary_search_by(|(range, _, _)| self.names[range.clone()].cmp(name))
            .ok()?;
        let (_, folder, id) = &self.items[at];
        Some((*folder, *id))
    }
}

/// How many decoded trees a [`TreeReader`] keeps.
const RECENT: usize = 16;

/// Reads trees, keeping the last few decoded: walking newest first, a
/// commit's trees are read as its child's "before" side and again as its
/// own side right after; inflating them twice was most of the cost.
pub(crate) struct TreeReader<'r> {
    repo: &'r gix::Repository,
    buf: Vec<u8>,
    recent: VecDeque<(ObjectId, Rc<Entries>)>,
}

impl<'r> TreeReader<'r> {
    /// A reader of `repo`'s trees.
    pub(crate) fn new(repo: &'r gix::Repository) -> TreeReader<'r> {
        TreeReader {
            repo,
            buf: Vec::new(),
            recent: VecDeque::with_capacity(RECENT),
        }
    }

    fn entries(&mut self, tree: Option<ObjectId>) -> Result<Rc<Entries>, WalkError> {
        let Some(tree) = tree else {
            return Ok(Rc::default());
        };
        if let Some((_, entries)) = self.recent.iter().find(|(id, _)| *id == tree) {
            return Ok(Rc::clone(entries));
        }
        let mut out = Entries::default();
        for e in self.repo.objects.find_tree_iter(&tree, &mut self.buf)? {
            let e = e?;
            let start = out.names.len();
            out.names.extend_from_slice(e.filename);
            let range = start..out.names.len();
            out.items.push((range, e.mode.is_tree(), e.oid.to_owned()));
        }
        let names = &out.names;
        out.items
            .sort_unstable_by(|a, b| names[a.0.clone()].cmp(&names[b.0.clone()]));
        let out = Rc::new(out);
        if self.recent.len() == RECENT {
            self.recent.pop_back();
        }
        self.recent.push_front((tree, Rc::clone(&out)));
        Ok(out)
    }

    /// The id of the folder `parts` below `tree` (a file there counts as
    /// absent).
    fn descend(
        &mut self,
        mut tree: Option<ObjectId>,
        parts: &[&[u8]],
    ) -> Result<Option<ObjectId>, WalkError> {
        for name in parts {
            let Some(id) = tree else { break };
            let entries = self.entries(Some(id))?;
            tree = entries
                .find(name)
                .and_then(|(folder, id)| folder.then_some(id));
        }
        Ok(tree)
    }

    /// The folders `<folder>/<dir>` whose tree differs between the root
    /// trees `here` and `before` (`None`: a commit without parent, where
    /// everything is new), each with its tree id on both sides. Compared
    /// the way [`crate::walk`] compares one path: by id, a file where a
    /// folder should be counting as no folder. Names that are not UTF-8
    /// are left out: no account id can name them.
    pub(crate) fn changed_dirs(
        &mut self,
        folder: &[&[u8]],
        here: ObjectId,
        before: Option<ObjectId>,
    ) -> Result<Vec<Differing<String>>, WalkError> {
        let a = self.descend(Some(here), folder)?;
        let b = self.descend(before, folder)?;
        if a == b {
            return Ok(Vec::new());
        }
        let (a, b) = (self.entries(a)?, self.entries(b)?);
        Ok(differing(&a, &b, true)
            .into_iter()
            .filter_map(|(name, x, y)| Some((String::from_utf8(name).ok()?, x, y)))
            .collect())
    }

    /// The files whose id differs between the folder trees `here` and
    /// `before` (either may be absent), compared as in
    /// [`TreeReader::changed_dirs`].
    pub(crate) fn changed_files(
        &mut self,
        here: Option<ObjectId>,
        before: Option<ObjectId>,
    ) -> Result<Vec<String>, WalkError> {
        let (a, b) = (self.entries(here)?, self.entries(before)?);
        Ok(differing(&a, &b, false)
            .into_iter()
            .filter_map(|(name, _, _)| String::from_utf8(name).ok())
            .collect())
    }
}

/// The entries of one kind (folders or files) present in `a` or `b`, with
/// their ids on each side (absent, or of the other kind: `None`) where they
/// differ.
fn differing(a: &Entries, b: &Entries, folders: bool) -> Vec<Differing<Vec<u8>>> {
    let pick = |(_, folder, id): (&[u8], bool, ObjectId)| (folder == folders).then_some(id);
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    loop {
        let (name, x, y) = match (a.get(i), b.get(j)) {
            (None, None) => break,
            (Some(x), Some(y)) if x.0 == y.0 => {
                (i, j) = (i + 1, j + 1);
                (x.0, pick(x), pick(y))
            }
            (Some(x), Some(y)) if x.0 > y.0 => {
                j += 1;
                (y.0, None, pick(y))
            }
            (None, Some(y)) => {
                j += 1;
                (y.0, None, pick(y))
            }
            (Some(x), _) => {
                i += 1;
                (x.0, pick(x), None)
            }
        };
        if x != y {
            out.push((name.to_vec(), x, y));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(n: u8) -> ObjectId {
        ObjectId::from_bytes_or_panic(&[n; 20])
    }

    fn sample(dir: &Path) -> ChangedPaths {
        let mut index = ChangedPaths::load(dir, "assessments");
        index.insert_dirs(id(1), &["m", "n"]);
        index.insert_files(&id(1), "m", &["a.toml".to_owned(), "b.toml".to_owned()]);
        index.insert_dirs(id(2), &[]);
        index.insert_dirs(id(3), &["n"]);
        index
    }

    #[test]
    fn answers_what_was_inserted_and_only_that() {
        let dir = tempfile::tempdir().unwrap();
        let index = sample(dir.path());
        assert_eq!(
            index.changed(&id(1), ("m", "b.toml")),
            Answer::Changed(true)
        );
        assert_eq!(
            index.changed(&id(1), ("m", "c.toml")),
            Answer::Changed(false)
        );
        assert_eq!(
            index.changed(&id(1), ("n", "b.toml")),
            Answer::FolderChanged
        );
        assert_eq!(
            index.changed(&id(1), ("o", "b.toml")),
            Answer::Changed(false)
        );
        assert_eq!(
            index.changed(&id(2), ("m", "a.toml")),
            Answer::Changed(false)
        );
        assert_eq!(
            index.changed(&id(3), ("m", "a.toml")),
            Answer::Changed(false)
        );
        assert_eq!(
            index.changed(&id(3), ("n", "a.toml")),
            Answer::FolderChanged
        );
        assert_eq!(index.changed(&id(9), ("m", "a.toml")), Answer::Unknown);
    }

    #[test]
    fn keys_only_for_files_two_levels_below_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        let index = ChangedPaths::load(dir.path(), "sub/assessments");
        assert_eq!(index.key("sub/assessments/m/a.toml"), Some(("m", "a.toml")));
        assert_eq!(index.key("assessments/m/a.toml"), None);
        assert_eq!(index.key("sub/assessments/a.toml"), None);
        assert_eq!(index.key("sub/assessments/m/x/a.toml"), None);
        assert_eq!(index.key("sub/assessmentsX/m/a.toml"), None);
    }

    #[test]
    fn survives_a_round_trip_and_rejects_damage() {
        let dir = tempfile::tempdir().unwrap();
        sample(dir.path()).save();
        let again = ChangedPaths::load(dir.path(), "assessments");
        assert_eq!(again.len(), 3);
        assert_eq!(
            again.changed(&id(1), ("m", "a.toml")),
            Answer::Changed(true)
        );
        assert_eq!(
            again.changed(&id(1), ("n", "a.toml")),
            Answer::FolderChanged
        );
        assert_eq!(
            again.changed(&id(3), ("n", "c.toml")),
            Answer::FolderChanged
        );
        // Another root's index is not used.
        assert_eq!(ChangedPaths::load(dir.path(), "other").len(), 0);
        let file = dir.path().join("somevakt").join(FILE);
        let bytes = std::fs::read(&file).unwrap();
        // Every truncation and every garbled byte is refused whole.
        for cut in 0..bytes.len() {
            std::fs::write(&file, &bytes[..cut]).unwrap();
            assert_eq!(ChangedPaths::load(dir.path(), "assessments").len(), 0);
        }
        for at in 0..bytes.len() {
            let mut bad = bytes.clone();
            bad[at] ^= 0x41;
            std::fs::write(&file, &bad).unwrap();
            let index = ChangedPaths::load(dir.path(), "assessments");
            assert_eq!(index.len(), 0, "byte {at}");
        }
        // An unchanged index is not written again.
        std::fs::remove_file(&file).unwrap();
        again.save();
        assert!(!file.exists());
    }

    #[test]
    fn is_bounded() {
        let dir = tempfile::tempdir().unwrap();
        let mut index = ChangedPaths::load(dir.path(), "assessments");
        for n in 0..MAX_COMMITS as u32 {
            let mut bytes = [0u8; 20];
            bytes[..4].copy_from_slice(&n.to_le_bytes());
            index
                .commits
                .insert(ObjectId::from_bytes_or_panic(&bytes), Vec::new());
        }
        index.insert_dirs(id(8), &["m"]);
        assert_eq!(index.changed(&id(8), ("m", "a.toml")), Answer::Unknown);
        assert_eq!(index.len(), MAX_COMMITS);
    }
}
