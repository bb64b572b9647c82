//! The load cache: what every assessment file parsed to last time, keyed
//! like Git's index by each file's stamp (size, mtime and ctime in
//! nanoseconds, inode), so a load parses only the files that changed.
//!
//! It lives in the Git directory (`.git/somevakt/load-cache`), never in the
//! working tree, and is only an accelerator:
//! - the key covers the program (version and the executable's own stamp, so
//!   a rebuilt program never reads a cache an older build wrote), the
//!   repository root and the policy's bytes; any difference discards it;
//! - a truncated, damaged or foreign file is ignored and rewritten;
//! - it is written to a temporary file and renamed into place, so a reader
//!   sees the old or the new cache, never half of one, and two writers at
//!   once leave one complete cache;
//! - Git's "racy clean" rule: a file whose mtime or ctime falls within
//!   [`RACY_NS`] of the moment the cached scan began may have changed again
//!   within the same timestamp tick after it was read, so it is read again
//!   however well its stamp matches.
//!
//! Evaluation (which depends on today) is never cached.

mod codec;
mod positional;
mod stamp;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use sha2::{Digest, Sha256};

pub use codec::{Entry, Outcome, Problem};
pub(crate) use codec::{EntryRef, OutcomeRef};
pub use stamp::Stamp;

/// How close to the scan a file's timestamps may be before its stamp is
/// distrusted. Two seconds cover file systems that keep whole or even
/// two-second times (FAT) and the kernel's coarse clock.
pub const RACY_NS: i128 = 2_000_000_000;

/// Bumped whenever the cache's layout or meaning changes.
const FORMAT: &str = "somevakt load cache 3";

/// Where one repository's cache lives and the key it must carry.
#[derive(Debug, Clone)]
pub struct LoadCache {
    path: PathBuf,
    key: [u8; 32],
}

/// A cache being read: its entries come out in [`file_order`], a batch at a time.
pub struct Cached {
    reader: codec::Reader<std::io::BufReader<fs::File>>,
    skipped: bool,
}

impl Cached {
    /// When the scan that produced these entries began (ns since the epoch).
    pub fn scan_start_ns(&self) -> i128 {
        self.reader.scan_start_ns
    }

    /// The cached entry for `path`, if any; entries for paths sorting
    /// before it (files since removed) are skipped. Ask in [`file_order`].
    pub fn entry_for(&mut self, path: &str) -> Option<Entry> {
        while let Some(entry) = self.reader.next_upto(path) {
            if entry.path == path {
                return Some(entry);
            }
            self.skipped = true;
        }
        None
    }

    /// Whether the cache held exactly the files asked for, undamaged.
    pub fn matched_all(&mut self) -> bool {
        !self.skipped && self.reader.exhausted()
    }
}

impl LoadCache {
    /// The cache of the assessment repository at `root` (canonical), whose
    /// policy file holds `policy` (`None` when there is none). `None` when
    /// `root` is not inside a Git work tree: the cache is never put in the
    /// working tree itself.
    pub fn for_root(root: &Path, policy: Option<&[u8]>) -> Option<LoadCache> {
        let git_dir = git_dir(root)?;
        let mut hash = Sha256::new();
        hash.update(FORMAT.as_bytes());
        hash.update(env!("CARGO_PKG_VERSION").as_bytes());
        if let Some(exe) = std::env::current_exe()
            .ok()
            .and_then(|p| fs::metadata(p).ok())
        {
            let s = crate::read::FileStamp::of(&exe);
            hash.update(s.len.to_le_bytes());
            hash.update(s.modified_ns.to_le_bytes());
        }
        hash.update(root.to_string_lossy().as_bytes());
        hash.update([0]);
        match policy {
            Some(bytes) => {
                hash.update([1]);
                hash.update(bytes);
            }
            None => hash.update([0]),
        }
        Some(LoadCache {
            path: git_dir.join("somevakt").join("load-cache"),
            key: hash.finalize().into(),
        })
    }

    /// The cache file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The cache, or `None` when there is none or it is foreign or
    /// written under another key. Damage further in is found as the
    /// entries are read (see [`Cached::matched_all`]).
    pub fn read(&self) -> Option<Cached> {
        let file = fs::File::open(&self.path).ok()?;
        let reader = codec::Reader::new(std::io::BufReader::with_capacity(1 << 16, file))?;
        (reader.key == self.key).then_some(Cached {
            reader,
            skipped: false,
        })
    }

    /// Replaces the cache with `entries` (in [`file_order`]), atomically.
    pub(crate) fn write(
        &self,
        scan_start_ns: i128,
        entries: &[EntryRef<'_>],
    ) -> std::io::Result<()> {
        let folder = self
            .path
            .parent()
            .ok_or_else(|| std::io::Error::other("cache path has no folder"))?;
        own_folder(folder)?;
        remove_abandoned(folder);
        let file = tempfile::Builder::new()
            .prefix(TEMP_PREFIX)
            .tempfile_in(folder)?;
        let mut out = std::io::BufWriter::with_capacity(1 << 16, file);
        codec::encode(&mut out, &self.key, scan_start_ns, entries)?;
        let file = out.into_inner().map_err(|e| e.into_error())?;
        file.persist(&self.path).map_err(|e| e.error)?;
        Ok(())
    }
}

/// Makes sure `folder` (`.git/somevakt`) is a folder of its own, creating
/// it if missing, before a cache is written into it. A link there (or
/// anything but a folder) is refused: a cache is never written through a
/// link to somewhere else (docs/format.md, "Signed decisions and the
/// audit"). `create_dir` does not follow a link at its last component, so
/// a link put there in between makes it fail rather than be followed.
pub(crate) fn own_folder(folder: &Path) -> std::io::Result<()> {
    match fs::symlink_metadata(folder) {
        Ok(meta) if meta.file_type().is_dir() => Ok(()),
        Ok(_) => Err(std::io::Error::other(format!(
            "{} is not a folder (a link?): no cache is written through it",
            folder.display()
        ))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if let Some(parent) = folder.parent() {
                fs::create_dir_all(parent)?;
            }
            match fs::create_dir(folder) {
                Err(e) if e.kind() != std::io::ErrorKind::AlreadyExists => Err(e),
                _ => match fs::symlink_metadata(folder) {
                    Ok(meta) if meta.file_type().is_dir() => Ok(()),
                    _ => Err(std::io::Error::other("the cache folder is not a folder")),
                },
            }
        }
        Err(e) => Err(e),
    }
}

/// How a cache being written is named until it is renamed into place.
const TEMP_PREFIX: &str = ".load-cache.";

/// A temporary file written this long ago was abandoned by a process that
/// ended mid-write (the dashboard writes the load cache and the audit's
/// verdicts after showing the table, so quitting at once can cut them off);
/// a live writer takes well under a second even at 100,000 accounts.
const ABANDONED_AFTER: Duration = Duration::from_secs(600);

/// Removes half-written files (tens of MB each for the load cache) left in
/// `.git/somevakt/` by processes that ended while writing: every writer
/// there (load cache, changed-paths index, audit verdicts) writes a
/// dot-file and renames it into place, and nothing else would ever remove
/// one that was never renamed.
fn remove_abandoned(folder: &Path) {
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let abandoned = entry.file_name().as_encoded_bytes().starts_with(b".")
            && entry
                .metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|t| t.elapsed().is_ok_and(|age| age > ABANDONED_AFTER));
        if abandoned {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// The order of files in a load and in the cache: by account id (the path
/// without `.toml`; every path shares the `assessments/` prefix), so a load
/// can hand accounts out in the register's order as it goes. Plain path
/// order differs: `a/b-c.toml` sorts before `a/b.toml`, but `a/b` before
/// `a/b-c`.
pub fn file_order(a: &str, b: &str) -> std::cmp::Ordering {
    fn key(path: &str) -> &str {
        path.strip_suffix(".toml").unwrap_or(path)
    }
    key(a).cmp(key(b))
}

/// Now, in nanoseconds since the epoch: taken before a scan begins.
pub fn now_ns() -> i128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as i128)
}

/// Whether a cached result may stand for the file as it is now: the stamps
/// agree and the file was not changed within [`RACY_NS`] of the scan that
/// read it (after which a change in the same clock tick would keep the
/// stamp).
pub fn trusted(cached: &Stamp, now: &Stamp, scan_start_ns: i128) -> bool {
    let settled = scan_start_ns - RACY_NS;
    cached == now && cached.mtime_ns < settled && cached.ctime_ns < settled
}

/// The Git directory of the work tree around `root`: a `.git` folder, or
/// the folder a `.git` file (linked work trees, submodules) points to.
fn git_dir(root: &Path) -> Option<PathBuf> {
    for dir in root.ancestors() {
        let dot_git = dir.join(".git");
        let Ok(meta) = fs::metadata(&dot_git) else {
            continue;
        };
        if meta.is_dir() {
            return Some(dot_git);
        }
        let text = fs::read_to_string(&dot_git).ok()?;
        let target = text.strip_prefix("gitdir:")?.trim();
        return Some(dir.join(target)); // absolute targets replace `dir`
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stamp(mtime_ns: i128) -> Stamp {
        Stamp {
            size: 10,
            mtime_ns,
            ctime_ns: mtime_ns,
            inode: 7,
            device: 1,
        }
    }

    #[test]
    fn a_stamp_changed_close_to_the_scan_is_not_trusted() {
        let scan = 100 * 1_000_000_000;
        let old = stamp(scan - 3 * 1_000_000_000);
        assert!(trusted(&old, &old, scan));
        // Same stamp, but written within the racy window: read again.
        let racy = stamp(scan - 1_000_000_000);
        assert!(!trusted(&racy, &racy, scan));
        let after = stamp(scan + 1);
        assert!(!trusted(&after, &after, scan));
    }

    #[test]
    fn any_difference_in_the_stamp_is_a_change() {
        let scan = 100 * 1_000_000_000;
        let old = stamp(1_000_000_000);
        for changed in [
            Stamp { size: 11, ..old },
            Stamp { inode: 8, ..old },
            Stamp {
                mtime_ns: old.mtime_ns + 1,
                ..old
            },
            Stamp {
                ctime_ns: old.ctime_ns + 1,
                ..old
            },
        ] {
            assert!(!trusted(&old, &changed, scan), "{changed:?}");
        }
    }

    #[test]
    fn damaged_bytes_are_refused_whole() {
        let key = [3u8; 32];
        let problem = Problem {
            message: "bad".into(),
            line: Some(1),
            column: Some(2),
            snippet: None,
        };
        let entries: Vec<EntryRef<'_>> = (0..1200)
            .map(|_| EntryRef {
                path: "assessments/a/b.toml",
                stamp: stamp(5),
                outcome: OutcomeRef::Invalid(&problem),
            })
            .collect();
        let mut bytes = Vec::new();
        codec::encode(&mut bytes, &key, 42, &entries).expect("encode");
        let read_all = |bytes: &[u8]| -> Option<usize> {
            let mut reader = codec::Reader::new(bytes)?;
            let mut n = 0;
            while reader.next_upto("assessments/z").is_some() {
                n += 1;
            }
            reader.exhausted().then_some(n)
        };
        let mut reader = codec::Reader::new(&bytes[..]).expect("header");
        assert_eq!((reader.key, reader.scan_start_ns), (key, 42));
        // Entries must come in strictly increasing path order; these repeat
        // one path, which only damage (or a foreign writer) would produce.
        assert!(reader.next_upto("assessments/a/b.toml").is_none());
        assert_eq!(read_all(&bytes), None, "repeated paths");
        let ordered: Vec<String> = (0..1200)
            .map(|i| format!("assessments/a/{i:05}.toml"))
            .collect();
        let entries: Vec<EntryRef<'_>> = ordered
            .iter()
            .map(|path| EntryRef {
                path,
                stamp: stamp(5),
                outcome: OutcomeRef::Invalid(&problem),
            })
            .collect();
        let mut bytes = Vec::new();
        codec::encode(&mut bytes, &key, 42, &entries).expect("encode");
        assert_eq!(read_all(&bytes), Some(1200));
        assert_eq!(read_all(&bytes[..bytes.len() - 1]), None, "truncated");
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(read_all(&longer), None, "trailing bytes");
        let mut flipped = bytes.clone();
        let middle = flipped.len() / 2;
        flipped[middle] ^= 0x40;
        assert_eq!(read_all(&flipped), None, "a flipped bit");
        assert!(codec::Reader::new(&b"garbage"[..]).is_none());
        assert!(codec::Reader::new(&[][..]).is_none());
    }
}

#[cfg(test)]
mod codec_props;
