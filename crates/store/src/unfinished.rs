//! A record interrupted by a crash, a kill or a full disk.
//!
//! Before a record touches the working file it writes a journal,
//! `somevakt-record` in the Git folder, naming the file, the commit it is
//! making and the branch it started from. If the process dies before the
//! branch moves, the recorded fact is still in the working file (and maybe
//! staged); the next somevakt finds the journal and says how to finish the
//! record or discard it. The next run also removes the temporary files the
//! dead process left.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use git2::{Oid, Repository};

use crate::commit::CommitError;
use crate::content::{self, content_id, io};
use crate::lock::{self, Guard};

const JOURNAL: &str = "somevakt-record";
const FIRST_LINE: &str = "somevakt record journal 1";

/// Name prefix of every temporary file a record makes next to the file.
pub(crate) const TEMP_PREFIX: &str = ".somevakt-record-";

/// What an interrupted record was doing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Journal {
    /// The file's path in the repository.
    pub file: String,
    /// Where the branch pointed before.
    pub old_head: Option<Oid>,
    /// The file's content before, stored as a blob (`None`: new file).
    pub old_blob: Option<Oid>,
    /// The commit being made.
    pub commit: Oid,
    /// [`content_id`] of the new bytes of the working file.
    pub new_content: String,
    /// The commit's subject.
    pub subject: String,
}

fn path(git_dir: &Path) -> PathBuf {
    git_dir.join(JOURNAL)
}

fn hex(oid: Option<Oid>) -> String {
    oid.map_or_else(|| "-".to_owned(), |o| o.to_string())
}

impl Journal {
    /// Writes the journal durably, through a temporary file and a rename.
    pub(crate) fn write(&self, git_dir: &Path) -> Result<(), CommitError> {
        let text = format!(
            "{FIRST_LINE}\nfile {}\nold-head {}\nold-blob {}\ncommit {}\nnew-content {}\nsubject {}\n",
            self.file,
            hex(self.old_head),
            hex(self.old_blob),
            self.commit,
            self.new_content,
            self.subject.replace(['\n', '\r'], " "),
        );
        let target = path(git_dir);
        let temporary = git_dir.join(format!("{JOURNAL}.tmp"));
        let write = || -> std::io::Result<()> {
            let mut file = fs::File::create(&temporary)?;
            file.write_all(text.as_bytes())?;
            file.sync_all()?;
            fs::rename(&temporary, &target)?;
            sync_folder(git_dir);
            Ok(())
        };
        write().map_err(|e| io(&target, e))
    }

    fn read(git_dir: &Path) -> Option<Journal> {
        let text = fs::read_to_string(path(git_dir)).ok()?;
        let mut lines = text.lines();
        if lines.next()? != FIRST_LINE {
            return None;
        }
        let mut field = |name: &str| {
            lines
                .next()
                .and_then(|l| l.strip_prefix(name))
                .and_then(|l| l.strip_prefix(' '))
                .map(str::to_owned)
        };
        let oid = |s: String| {
            if s == "-" {
                Ok(None)
            } else {
                Oid::from_str(&s).map(Some)
            }
        };
        Some(Journal {
            file: field("file")?,
            old_head: oid(field("old-head")?).ok()?,
            old_blob: oid(field("old-blob")?).ok()?,
            commit: Oid::from_str(&field("commit")?).ok()?,
            new_content: field("new-content")?,
            subject: field("subject")?,
        })
    }

    /// How to finish this record, or discard it, in Git's own commands.
    pub(crate) fn advice(&self) -> String {
        let file = &self.file;
        let discard = match self.old_blob {
            Some(blob) => format!(
                "git cat-file blob {} > {file} && git restore --staged -- {file}",
                short(blob)
            ),
            None => format!("git rm -q --cached --ignore-unmatch -- {file} && rm -f -- {file}"),
        };
        format!(
            "the record \"{}\" was interrupted before its commit: the change is in {file} but not committed. \
             To finish it: git add -- {file} && git commit -C {} -- {file}; to discard it: {discard}",
            self.subject,
            short(self.commit),
        )
    }
}

fn short(oid: Oid) -> String {
    oid.to_string()[..12].to_owned()
}

/// Removes the journal: the record finished or was undone.
pub(crate) fn remove_journal(git_dir: &Path) -> std::io::Result<()> {
    match fs::remove_file(path(git_dir)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => {
            sync_folder(git_dir);
            Ok(())
        }
    }
}

/// Makes a rename in `folder` durable. Where the system cannot, the rename
/// is still atomic; only its durability across a power loss is weaker.
pub(crate) fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = fs::File::open(folder) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}

/// What the next run found of an interrupted record.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Leftovers {
    /// An interrupted record whose change is in the working file, not
    /// committed: the file and how to finish or discard it.
    pub unfinished: Option<(String, String)>,
    /// Temporary files and stale locks removed.
    pub removed: usize,
}

impl Leftovers {
    /// Lines to show the user (nothing when all is well).
    pub fn notices(&self) -> Vec<String> {
        self.unfinished
            .iter()
            .map(|(_, advice)| advice.clone())
            .collect()
    }
}

/// Looks for an interrupted record in the repository around `root` and
/// tidies what it left. Does nothing while another somevakt is recording.
pub fn check(root: &Path) -> Leftovers {
    let Ok(repo) = Repository::discover(root) else {
        return Leftovers::default();
    };
    let git_dir = repo.path().to_path_buf();
    if !anything_left(&repo) {
        // The usual case: a read-only command stays read-only.
        return Leftovers::default();
    }
    match lock::guard(&git_dir, Duration::ZERO) {
        Ok(Some(guard)) => {
            let mut found = tidy(&repo, &guard);
            if lock::remove_stale(&git_dir, &guard) {
                found.removed += 1;
            }
            found
        }
        _ => Leftovers::default(),
    }
}

/// Whether an interrupted record may have left anything: a journal, a
/// marked lock, a prepared index or a temporary file.
fn anything_left(repo: &Repository) -> bool {
    let git_dir = repo.path();
    let in_git = fs::read_dir(git_dir)
        .into_iter()
        .flatten()
        .flatten()
        .any(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.starts_with(JOURNAL)
                || name.starts_with("somevakt-index")
                || name.starts_with(lock::MARKED_PREFIX)
        });
    // A temporary file next to the account's file only exists while the
    // journal that names its folder does.
    in_git || lock::is_marked(git_dir)
}

/// Removes temporary files and settles the journal. Only while holding the
/// [`Guard`], so no live record's files are touched.
pub(crate) fn tidy(repo: &Repository, _held: &Guard) -> Leftovers {
    let git_dir = repo.path();
    let mut found = Leftovers::default();
    for name in [
        "somevakt-index.new",
        "somevakt-index.new.lock",
        "somevakt-index.old",
    ] {
        if fs::remove_file(git_dir.join(name)).is_ok() {
            found.removed += 1;
        }
    }
    let _ = fs::remove_file(git_dir.join(format!("{JOURNAL}.tmp")));
    if let Ok(entries) = fs::read_dir(git_dir) {
        for entry in entries.flatten() {
            if entry
                .file_name()
                .to_string_lossy()
                .starts_with(lock::MARKED_PREFIX)
                && fs::remove_file(entry.path()).is_ok()
            {
                found.removed += 1;
            }
        }
    }
    let Some(journal) = Journal::read(git_dir) else {
        let _ = remove_journal(git_dir);
        return found;
    };
    if let Some(folder) = repo
        .workdir()
        .and_then(|w| w.join(&journal.file).parent().map(Path::to_path_buf))
    {
        found.removed += remove_temporaries(&folder);
    }
    let head = repo.head().ok().and_then(|h| h.target());
    if head == journal.old_head && remove_branch_lock(repo, journal.commit) {
        found.removed += 1;
    }
    let full = repo.workdir().map(|w| w.join(&journal.file));
    let on_disk = full
        .as_deref()
        .and_then(|f| content::read(f, &journal.file).ok().flatten())
        .map(|bytes| content_id(&bytes));
    if head == journal.old_head && on_disk.as_deref() == Some(journal.new_content.as_str()) {
        found.unfinished = Some((journal.file.clone(), journal.advice()));
    } else {
        // Committed after all (or finished by hand), or the change was
        // discarded: nothing is pending any more.
        let _ = remove_journal(git_dir);
    }
    found
}

/// Removes the branch's lock file if the killed record left it: Git
/// writes a ref lock's content (the new commit id) only when it commits
/// it, so ours is empty or holds our commit. Another Git process's lock
/// holds its own commit id. Returns whether one was removed.
fn remove_branch_lock(repo: &Repository, commit: Oid) -> bool {
    let Some(branch) = repo
        .find_reference("HEAD")
        .ok()
        .and_then(|h| h.symbolic_target().ok().flatten().map(str::to_owned))
    else {
        return false;
    };
    let lock = repo.commondir().join(format!("{branch}.lock"));
    let ours = format!("{commit}\n");
    match fs::read(&lock) {
        Ok(bytes) if ours.as_bytes().starts_with(&bytes) => fs::remove_file(&lock).is_ok(),
        _ => false,
    }
}

/// Removes the `.somevakt-record-*` files in `folder`; returns how many.
fn remove_temporaries(folder: &Path) -> usize {
    let Ok(entries) = fs::read_dir(folder) else {
        return 0;
    };
    entries
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(TEMP_PREFIX))
        .filter(|e| fs::remove_file(e.path()).is_ok())
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_journal_reads_back_what_was_written() {
        let dir = tempfile::tempdir().unwrap();
        let oid = |hex: &str| Oid::from_str(hex).unwrap();
        let journal = Journal {
            file: "assessments/a/b.toml".into(),
            old_head: None,
            old_blob: Some(oid("1111111111111111111111111111111111111111")),
            commit: oid("2222222222222222222222222222222222222222"),
            new_content: "3333333333333333333333333333333333333333".into(),
            subject: "decision: a/b approved\nwith a line break".into(),
        };
        journal.write(dir.path()).unwrap();
        let read = Journal::read(dir.path()).unwrap();
        assert_eq!(read.subject, "decision: a/b approved with a line break");
        assert_eq!(
            Journal {
                subject: journal.subject.replace('\n', " "),
                ..journal
            },
            read
        );
        assert!(
            read.advice()
                .contains("git commit -C 222222222222 -- assessments/a/b.toml")
        );
        remove_journal(dir.path()).unwrap();
        assert!(Journal::read(dir.path()).is_none());
    }
}
