//! Opening files from the repository without trusting what is there.
//!
//! Anyone who can put a file into the repository (a merge request, a shared
//! drive) decides what kind of file it is. A FIFO would make every command
//! wait forever, a device would be read until memory runs out, and a
//! symbolic link would make somevakt read (and print, in `check`) a file
//! from elsewhere on the machine, a password file for instance. So only
//! regular files are read (docs/format.md, "CLI"):
//!
//! - the entry is first looked at without following it (`lstat`), so a
//!   device or FIFO is never even opened;
//! - it is opened with `O_NOFOLLOW | O_NONBLOCK`, so a symbolic link swapped
//!   in after that look fails to open instead of being followed, and a FIFO
//!   swapped in does not block the open;
//! - what was opened is checked again (`fstat`) before a byte is read, and
//!   at most [`MAX_FILE_BYTES`] + 1 bytes are read whatever the size said.
//!
//! Writing goes through [`check_write_path`], which refuses a path that
//! passes through a symbolic link or leaves the repository.
//!
//! No `unsafe` here: the flags go through std's safe
//! `OpenOptionsExt::custom_flags`, and rustix only supplies their values.

use std::fs::{self, File, Metadata};
use std::io::{self, Read};
use std::path::{Component, Path};

use crate::refusal::PathProblem;

mod folder;
pub(crate) use folder::Folder;

/// Larger files are refused unread: an assessment is a few kilobytes.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// What `fstat` said about a file that was read: enough to tell whether it
/// changed since (a cache can key on it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FileStamp {
    /// Size in bytes.
    pub len: u64,
    /// Last modification, nanoseconds since the Unix epoch (0 if unknown).
    pub modified_ns: i128,
    /// The inode number (0 where the platform has none).
    pub inode: u64,
    /// The device the file is on (0 where the platform has none).
    pub device: u64,
    /// Last status change (ctime), nanoseconds since the epoch (0 where the
    /// platform has none): any write or rename moves it, and no tool can
    /// set it back, unlike the modification time.
    pub changed_ns: i128,
}

impl FileStamp {
    /// The stamp of metadata already at hand.
    pub fn of(meta: &Metadata) -> FileStamp {
        let modified_ns = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos() as i128);
        #[cfg(unix)]
        let (inode, device, changed_ns) = {
            use std::os::unix::fs::MetadataExt;
            let changed = i128::from(meta.ctime()) * 1_000_000_000 + i128::from(meta.ctime_nsec());
            (meta.ino(), meta.dev(), changed)
        };
        #[cfg(not(unix))]
        let (inode, device, changed_ns) = (0, 0, 0);
        FileStamp {
            len: meta.len(),
            modified_ns,
            inode,
            device,
            changed_ns,
        }
    }
}

/// A regular file's bytes and the stamp of what was read.
#[derive(Debug, Clone)]
pub struct ReadFile {
    /// The whole content (at most [`MAX_FILE_BYTES`]).
    pub bytes: Vec<u8>,
    /// `fstat` of the open file.
    pub stamp: FileStamp,
}

/// Why a file was not read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// Nothing there.
    #[error("the file does not exist")]
    NotFound,
    /// A symbolic link: never followed.
    #[error(
        "a symbolic link: somevakt does not follow links, so a file from outside the repository is never read; replace the link with the file itself"
    )]
    Symlink,
    /// A FIFO, device, socket or folder where a file was expected.
    #[error("{0}, not a regular file: it is not read")]
    NotRegular(&'static str),
    /// Over [`MAX_FILE_BYTES`].
    #[error(
        "the file is {0} bytes or more, over the limit of {MAX_FILE_BYTES} (1 MiB): an assessment is a few kilobytes"
    )]
    TooLarge(u64),
    /// The system refused (permissions, I/O error).
    #[error("cannot read the file: {0}")]
    Io(io::Error),
}

/// What kind of entry this is, in words, for one that is not a regular file.
pub fn kind_of(meta: &Metadata) -> Option<&'static str> {
    let kind = meta.file_type();
    if kind.is_file() {
        return None;
    }
    if kind.is_symlink() {
        return Some("a symbolic link");
    }
    if kind.is_dir() {
        return Some("a folder");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Some("a FIFO (named pipe)");
        }
        if kind.is_char_device() || kind.is_block_device() {
            return Some("a device");
        }
        if kind.is_socket() {
            return Some("a socket");
        }
    }
    Some("a special file")
}

/// Reads `path` if, and only if, it is a regular file of at most
/// [`MAX_FILE_BYTES`]; never follows a link, never waits on a FIFO.
pub fn read_regular(path: &Path) -> Result<ReadFile, ReadError> {
    let meta = fs::symlink_metadata(path).map_err(io_error)?;
    if meta.file_type().is_symlink() {
        return Err(ReadError::Symlink);
    }
    if let Some(kind) = kind_of(&meta) {
        return Err(ReadError::NotRegular(kind));
    }
    let file = open_no_follow(path)?;
    // The entry may have been swapped between the look and the open: what
    // counts is what was opened.
    let meta = file.metadata().map_err(ReadError::Io)?;
    if let Some(kind) = kind_of(&meta) {
        return Err(ReadError::NotRegular(kind));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge(bytes.len() as u64));
    }
    Ok(ReadFile {
        bytes,
        stamp: FileStamp::of(&meta),
    })
}

/// The stamp of `path` without reading or following it; `None` if it is
/// missing or not a regular file.
pub fn stamp(path: &Path) -> Option<FileStamp> {
    let meta = fs::symlink_metadata(path).ok()?;
    kind_of(&meta).is_none().then(|| FileStamp::of(&meta))
}

fn io_error(e: io::Error) -> ReadError {
    if e.kind() == io::ErrorKind::NotFound {
        ReadError::NotFound
    } else {
        ReadError::Io(e)
    }
}

#[cfg(unix)]
fn open_no_follow(path: &Path) -> Result<File, ReadError> {
    use rustix::fs::OFlags;
    use rustix::io::Errno;
    use std::os::unix::fs::OpenOptionsExt;
    fs::OpenOptions::new()
        .read(true)
        .custom_flags((OFlags::NOFOLLOW | OFlags::NONBLOCK).bits() as i32)
        .open(path)
        .map_err(|e| match e.raw_os_error().map(Errno::from_raw_os_error) {
            // O_NOFOLLOW on a link fails with ELOOP (EMLINK on some BSDs).
            Some(Errno::LOOP | Errno::MLINK) => ReadError::Symlink,
            _ => io_error(e),
        })
}

#[cfg(not(unix))]
fn open_no_follow(path: &Path) -> Result<File, ReadError> {
    File::open(path).map_err(io_error)
}

/// Refuses a write to `relative` (a path under `root`, with `/`) that would
/// pass through a symbolic link or land outside the repository: a link at
/// `assessments/`, at a municipality folder or at the file itself would
/// make a record write (or commit) a file elsewhere on the machine.
/// Missing folders are fine: they will be created as real folders.
pub fn check_write_path(root: &Path, relative: &str) -> Result<(), PathProblem> {
    let path = Path::new(relative);
    let mut current = root.to_path_buf();
    let parts: Vec<Component<'_>> = path.components().collect();
    for (n, part) in parts.iter().enumerate() {
        let Component::Normal(name) = part else {
            return Err(PathProblem::LeavesRepository);
        };
        current.push(name);
        let at = parts[..=n]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        let meta = match fs::symlink_metadata(&current) {
            Ok(meta) => meta,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
            Err(e) => {
                return Err(PathProblem::CannotInspect {
                    at,
                    error: e.to_string(),
                });
            }
        };
        let last = n + 1 == parts.len();
        if meta.file_type().is_symlink() {
            return Err(PathProblem::Link { at, folder: !last });
        }
        match (last, kind_of(&meta)) {
            (true, None) | (false, Some("a folder")) => {}
            (true, Some(kind)) => return Err(PathProblem::NotRegularFile { at, kind }),
            (false, other) => {
                let kind = other.unwrap_or("a file");
                return Err(PathProblem::NotAFolder { at, kind });
            }
        }
    }
    Ok(())
}

/// Whether a folder on the way from `root` to `relative` (the file itself
/// not counted) is a symbolic link. `O_NOFOLLOW` guards only the last part
/// of a path: a file reached through a linked folder must be refused here.
pub fn through_linked_folder(root: &Path, relative: &str) -> bool {
    let mut current = root.to_path_buf();
    let parts: Vec<&str> = relative.split('/').collect();
    parts[..parts.len().saturating_sub(1)].iter().any(|part| {
        current.push(part);
        fs::symlink_metadata(&current).is_ok_and(|m| m.file_type().is_symlink())
    })
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn a_regular_file_is_read_with_its_stamp() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.toml");
        fs::write(&path, "x = 1\n").unwrap();
        let read = read_regular(&path).unwrap();
        assert_eq!(read.bytes, b"x = 1\n");
        assert_eq!(read.stamp.len, 6);
        assert_eq!(Some(read.stamp), stamp(&path));
    }

    #[test]
    fn links_are_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("secret"), "password").unwrap();
        symlink(dir.path().join("secret"), dir.path().join("a.toml")).unwrap();
        let err = read_regular(&dir.path().join("a.toml")).unwrap_err();
        assert!(matches!(err, ReadError::Symlink), "{err}");
        assert!(!err.to_string().contains("password"));
        assert!(matches!(
            open_no_follow(&dir.path().join("a.toml")),
            Err(ReadError::Symlink)
        ));
    }

    #[test]
    fn devices_and_missing_files_are_refused() {
        let err = read_regular(Path::new("/dev/zero")).unwrap_err();
        assert!(matches!(err, ReadError::NotRegular("a device")), "{err}");
        let err = read_regular(Path::new("/nonexistent/x.toml")).unwrap_err();
        assert!(matches!(err, ReadError::NotFound), "{err}");
    }

    #[test]
    fn writing_through_links_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("assessments/a")).unwrap();
        assert!(check_write_path(root, "assessments/a/x.toml").is_ok());
        assert!(check_write_path(root, "assessments/new/x.toml").is_ok());
        symlink("/tmp", root.join("assessments/linked")).unwrap();
        let err = check_write_path(root, "assessments/linked/x.toml").unwrap_err();
        assert_eq!(
            err,
            PathProblem::Link {
                at: "assessments/linked".into(),
                folder: true
            }
        );
        assert!(
            err.to_string()
                .contains("assessments/linked is a symbolic link")
        );
        symlink("/etc/hostname", root.join("assessments/a/y.toml")).unwrap();
        assert_eq!(
            check_write_path(root, "assessments/a/y.toml"),
            Err(PathProblem::Link {
                at: "assessments/a/y.toml".into(),
                folder: false
            })
        );
        assert_eq!(
            check_write_path(root, "assessments/../x.toml"),
            Err(PathProblem::LeavesRepository)
        );
        assert!(through_linked_folder(root, "assessments/linked/x.toml"));
        assert!(!through_linked_folder(root, "assessments/a/y.toml"));
    }
}
