//! Git's own lock, taken as Git takes it: `index.lock`, created with
//! O_EXCL. While a record holds it, no `git commit`, `git add` or other
//! somevakt can change the index, so check → write → commit → branch →
//! index happen as one step (docs/format.md, "Commits").
//!
//! A process killed while holding `index.lock` leaves it behind, and Git
//! then refuses to work until someone removes it. To tell our own leftover
//! lock from a live Git command's, a record also holds an advisory lock on
//! `somevakt.lock` in the Git folder, which the system releases when the
//! process dies: whoever holds that lock and finds an `index.lock` that
//! says it is somevakt's knows its writer is gone.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::commit::CommitError;
use crate::content::io;
use crate::refusal::Refusal;

/// The first line of an `index.lock` that somevakt holds.
const MARK: &str = "somevakt: a record is in progress";

/// Name prefix of the file the mark is written to before it becomes the lock.
pub(crate) const MARKED_PREFIX: &str = "somevakt-lock.";

/// How long a record waits for another record or Git command to finish.
const WAIT: Duration = Duration::from_secs(3);

/// The advisory lock that only somevakt takes. Held, it means no other
/// somevakt is recording in this repository.
pub(crate) struct Guard {
    _file: File,
}

/// Takes the advisory lock, waiting up to `wait`; `None` if another somevakt
/// still holds it then.
pub(crate) fn guard(git_dir: &Path, wait: Duration) -> Result<Option<Guard>, CommitError> {
    let path = git_dir.join("somevakt.lock");
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| io(&path, e))?;
    let start = Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(Some(Guard { _file: file })),
            Err(TryLockError::WouldBlock) if start.elapsed() < wait => {
                std::thread::sleep(Duration::from_millis(10));
            }
            Err(TryLockError::WouldBlock) => return Ok(None),
            Err(TryLockError::Error(e)) => return Err(io(&path, e)),
        }
    }
}

/// Whether `index.lock` exists and says it is somevakt's.
pub(crate) fn is_marked(git_dir: &Path) -> bool {
    fs::read(git_dir.join("index.lock")).is_ok_and(|bytes| bytes.starts_with(MARK.as_bytes()))
}

/// Removes an `index.lock` that a killed somevakt left behind. Only call
/// while holding the [`Guard`]: then its writer is certainly gone. Returns
/// whether there was one.
pub(crate) fn remove_stale(git_dir: &Path, _held: &Guard) -> bool {
    is_marked(git_dir) && fs::remove_file(git_dir.join("index.lock")).is_ok()
}

/// `index.lock` held by this process, with the advisory lock. Dropping it
/// releases both.
pub(crate) struct IndexLock {
    path: PathBuf,
    _guard: Guard,
}

/// Takes `index.lock` as Git does, waiting a moment for another record or
/// Git command to finish. Also returns whether a stale lock of an
/// interrupted somevakt was removed first.
pub(crate) fn acquire(git_dir: &Path) -> Result<(IndexLock, bool), CommitError> {
    let guard = guard(git_dir, WAIT)?.ok_or(CommitError::Refused(Refusal::RecordBusy))?;
    let stale = remove_stale(git_dir, &guard);
    let path = git_dir.join("index.lock");
    // The lock is made with its mark already in it: written to a file of
    // our own, then linked as index.lock, which fails if it exists, just as
    // Git's O_EXCL does. A kill can then never leave an unmarked lock.
    let marked = git_dir.join(format!("{MARKED_PREFIX}{}", std::process::id()));
    let mark = format!("{MARK} (process {})\n", std::process::id());
    fs::write(&marked, mark.as_bytes()).map_err(|e| io(&marked, e))?;
    let start = Instant::now();
    let taken = loop {
        let attempt = fs::hard_link(&marked, &path).or_else(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                return Err(e);
            }
            // A file system without hard links: create, then write.
            let mut file = OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)?;
            file.write_all(mark.as_bytes())
        });
        match attempt {
            Ok(()) => break Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                if start.elapsed() >= WAIT {
                    break Err(CommitError::Refused(Refusal::IndexLocked));
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            Err(e) => break Err(io(&path, e)),
        }
    };
    let _ = fs::remove_file(&marked);
    taken?;
    Ok((
        IndexLock {
            path,
            _guard: guard,
        },
        stale,
    ))
}

impl IndexLock {
    /// The advisory lock held with it.
    pub(crate) fn guard(&self) -> &Guard {
        &self._guard
    }
}

impl Drop for IndexLock {
    fn drop(&mut self) {
        // Nothing more can be done if this fails; the next record removes
        // the lock as stale.
        let _ = fs::remove_file(&self.path);
    }
}
