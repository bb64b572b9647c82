//! The two writes a record makes outside Git's object database: the working
//! file and the index. Each is written in full beside its target, made
//! durable, and renamed into place, keeping a hard link to what it
//! replaced, so that until the branch moves it can be put back exactly,
//! even on a full disk (a rename needs no space).

use std::fs::{self, Metadata};
use std::io::Write;
use std::path::{Path, PathBuf};

use git2::{Index, IndexEntry, IndexTime, Oid};

use crate::commit::CommitError;
use crate::content::io;
use crate::fault;
use crate::unfinished::{TEMP_PREFIX, sync_folder};

/// A file replaced by a rename, with the way back until [`Replaced::finish`].
pub(crate) struct Replaced {
    target: PathBuf,
    /// A hard link to the old file; `None`: there was none.
    old: Option<PathBuf>,
}

impl Replaced {
    /// Puts the old file back (or removes a file that was new).
    pub(crate) fn undo(&self) -> std::io::Result<()> {
        match &self.old {
            Some(old) => fs::rename(old, &self.target)?,
            None => match fs::remove_file(&self.target) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
                _ => {}
            },
        }
        if let Some(folder) = self.target.parent() {
            sync_folder(folder);
        }
        Ok(())
    }

    /// Drops the way back: the record is committed.
    pub(crate) fn finish(self) -> std::io::Result<()> {
        match &self.old {
            Some(old) => fs::remove_file(old),
            None => Ok(()),
        }
    }
}

/// Writes `bytes` as the working file `target`, keeping its permissions.
pub(crate) fn replace_file(target: &Path, bytes: &[u8]) -> Result<Replaced, CommitError> {
    let err = |e| io(target, e);
    let folder = target.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(folder).map_err(err)?;
    let mut temporary = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .tempfile_in(folder)
        .map_err(err)?;
    temporary.write_all(bytes).map_err(err)?;
    temporary.as_file().sync_all().map_err(err)?;
    let permissions = fs::metadata(target)
        .map(|m| m.permissions())
        .ok()
        .or_else(default_permissions);
    if let Some(permissions) = permissions {
        fs::set_permissions(temporary.path(), permissions).map_err(err)?;
    }
    fault::after("file-temporary-written");
    let old = if target.exists() {
        let link = folder.join(format!(
            "{TEMP_PREFIX}old-{}",
            temporary
                .path()
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
                .trim_start_matches(TEMP_PREFIX)
        ));
        fs::hard_link(target, &link)
            .or_else(|_| fs::copy(target, &link).map(|_| ()))
            .map_err(err)?;
        Some(link)
    } else {
        None
    };
    let replaced = Replaced {
        target: target.to_path_buf(),
        old,
    };
    if let Err(e) = temporary.persist(target) {
        let _ = replaced.finish();
        return Err(err(e.error));
    }
    sync_folder(folder);
    Ok(replaced)
}

/// A new file's permissions: rw-r--r-- as Git checks files out. Elsewhere
/// the system's default for a new file stands.
#[cfg(unix)]
fn default_permissions() -> Option<fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn default_permissions() -> Option<fs::Permissions> {
    None
}

/// Bit of an index entry added with `git add -N`: recording the file adds it for real.
const INTENT_TO_ADD: u16 = 1 << 13;

/// Writes the index as it will be after the record, beside the real one:
/// the same entries, and the file's entry pointing at `blob` with the
/// working file's stat data (so Git need not hash it again).
pub(crate) fn prepare_index(
    git_dir: &Path,
    in_repo: &str,
    blob: Oid,
    mode: u32,
    written: &Metadata,
) -> Result<PathBuf, CommitError> {
    let current = git_dir.join("index");
    let new = git_dir.join("somevakt-index.new");
    let _ = fs::remove_file(&new);
    if current.exists() {
        fs::copy(&current, &new).map_err(|e| io(&new, e))?;
    }
    // An index opened from a path of its own writes through its own lock
    // file (`somevakt-index.new.lock`), not `index.lock`, which we hold.
    let mut index = Index::open(&new)?;
    let mut entry = index
        .get_path(Path::new(in_repo), 0)
        .unwrap_or_else(|| IndexEntry {
            ctime: IndexTime::new(0, 0),
            mtime: IndexTime::new(0, 0),
            dev: 0,
            ino: 0,
            mode,
            uid: 0,
            gid: 0,
            file_size: 0,
            id: blob,
            flags: 0,
            flags_extended: 0,
            path: in_repo.as_bytes().to_vec(),
        });
    entry.id = blob;
    entry.flags_extended &= !INTENT_TO_ADD;
    stat_into(&mut entry, written);
    index.add(&entry)?;
    index.write()?;
    fs::File::open(&new)
        .and_then(|f| f.sync_all())
        .map_err(|e| io(&new, e))?;
    Ok(new)
}

#[cfg(unix)]
fn stat_into(entry: &mut IndexEntry, meta: &Metadata) {
    use std::os::unix::fs::MetadataExt;
    // The index stores 32-bit fields; Git truncates the same way.
    entry.ctime = IndexTime::new(meta.ctime() as i32, meta.ctime_nsec() as u32);
    entry.mtime = IndexTime::new(meta.mtime() as i32, meta.mtime_nsec() as u32);
    entry.dev = meta.dev() as u32;
    entry.ino = meta.ino() as u32;
    entry.uid = meta.uid();
    entry.gid = meta.gid();
    entry.file_size = meta.size() as u32;
}

#[cfg(not(unix))]
fn stat_into(entry: &mut IndexEntry, meta: &Metadata) {
    // Without stat data Git compares the content, which is only slower.
    entry.file_size = meta.len() as u32;
}

/// Renames the prepared index into place, keeping the old one aside.
pub(crate) fn install_index(git_dir: &Path, new: &Path) -> Result<Replaced, CommitError> {
    let current = git_dir.join("index");
    let backup = git_dir.join("somevakt-index.old");
    let _ = fs::remove_file(&backup);
    let old = if current.exists() {
        fs::hard_link(&current, &backup)
            .or_else(|_| fs::copy(&current, &backup).map(|_| ()))
            .map_err(|e| io(&backup, e))?;
        Some(backup)
    } else {
        None
    };
    let replaced = Replaced {
        target: current.clone(),
        old,
    };
    if let Err(e) = fs::rename(new, &current) {
        let _ = replaced.finish();
        return Err(io(&current, e));
    }
    sync_folder(git_dir);
    Ok(replaced)
}
