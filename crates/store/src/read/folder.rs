//! Stamping the files of one folder by name.
//!
//! A warm load stamps every file (is it still what the cache holds?). Given
//! a full path, the kernel walks it from the top for every file; at 20,000
//! files that walk was about a third of the time spent stamping. A
//! [`Folder`] is opened once (never through a symbolic link) and its files
//! are stamped with `fstatat` by name. The stamp is the one
//! [`FileStamp::of`] gives for the same file, so the two can be compared.

use std::path::Path;

use super::FileStamp;

/// A folder opened for stamping the files in it.
#[cfg(unix)]
pub(crate) struct Folder(rustix::fd::OwnedFd);

#[cfg(unix)]
impl Folder {
    /// The folder at `path`; `None` if it is not one or cannot be opened
    /// (the caller then stamps by path, which reports the problem).
    pub(crate) fn open(path: &Path) -> Option<Folder> {
        use rustix::fs::{Mode, OFlags};
        let flags = OFlags::DIRECTORY | OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::CLOEXEC;
        rustix::fs::open(path, flags, Mode::empty())
            .ok()
            .map(Folder)
    }

    /// The stamp of the entry `name`, without following it; `None` if it
    /// is missing or not a regular file (as [`super::stamp`]).
    pub(crate) fn stamp(&self, name: &str) -> Option<FileStamp> {
        use rustix::fs::{AtFlags, FileType};
        let st = rustix::fs::statat(&self.0, name, AtFlags::SYMLINK_NOFOLLOW).ok()?;
        if !FileType::from_raw_mode(st.st_mode).is_file() {
            return None;
        }
        let ns = |secs: i64, nanos: i64| i128::from(secs) * 1_000_000_000 + i128::from(nanos);
        let modified = ns(st.st_mtime as i64, st.st_mtime_nsec as i64);
        Some(FileStamp {
            len: st.st_size as u64,
            // As `FileStamp::of`: a time before the epoch counts as unknown.
            modified_ns: if modified < 0 { 0 } else { modified },
            inode: st.st_ino as u64,
            device: st.st_dev as u64,
            changed_ns: ns(st.st_ctime as i64, st.st_ctime_nsec as i64),
        })
    }
}

/// Elsewhere, the folder's path: files are stamped by their full path.
#[cfg(not(unix))]
pub(crate) struct Folder(std::path::PathBuf);

#[cfg(not(unix))]
impl Folder {
    pub(crate) fn open(path: &Path) -> Option<Folder> {
        path.is_dir().then(|| Folder(path.to_path_buf()))
    }

    pub(crate) fn stamp(&self, name: &str) -> Option<FileStamp> {
        super::stamp(&self.0.join(name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stamp_by_name_equals_the_stamp_by_path() {
        let dir = tempfile::tempdir().expect("tmp");
        std::fs::write(dir.path().join("a.toml"), "x = 1\n").expect("write");
        std::fs::create_dir(dir.path().join("sub")).expect("mkdir");
        let folder = Folder::open(dir.path()).expect("open");
        assert_eq!(
            folder.stamp("a.toml"),
            super::super::stamp(&dir.path().join("a.toml"))
        );
        let read = super::super::read_regular(&dir.path().join("a.toml")).expect("read");
        assert_eq!(folder.stamp("a.toml"), Some(read.stamp));
        assert_eq!(folder.stamp("sub"), None, "a folder is no file");
        assert_eq!(folder.stamp("missing.toml"), None);
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path().join("a.toml"), dir.path().join("l.toml"))
                .expect("link");
            assert_eq!(folder.stamp("l.toml"), None, "a link is not followed");
            assert!(Folder::open(&dir.path().join("l.toml")).is_none());
        }
    }
}
