//! The Git history of one assessment file: the audit trail.
//!
//! Read on demand, for one file at a time: a walk from HEAD that keeps the
//! commits whose version of the file differs from their first parent's
//! (see [`crate::walk`] for how it keeps up with `git log -- PATH`).
//!
//! The last history read is remembered: when HEAD moves on (a new commit,
//! a pull), only the commits since are walked and put in front; when the
//! branch was rewritten instead, the walk starts over.

use std::path::Path;
use std::sync::Mutex;

use git2::{DiffFormat, DiffOptions, Oid, Repository};
use serde::Serialize;
use somevakt_core::CommitId;

use crate::changed_paths::ChangedPaths;
use crate::refusal::GitError;
use crate::walk;

/// One commit that changed the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CommitInfo {
    /// The commit's full id.
    pub id: String,
    /// Its first characters, as `git log --oneline` shows them.
    pub short_id: String,
    /// Author date, `YYYY-MM-DD HH:MM` in the author's own offset.
    pub date: String,
    /// The author's name.
    pub author: String,
    /// The author's e-mail.
    pub email: String,
    /// The message's first line.
    pub subject: String,
    /// The rest of the message.
    pub body: String,
    /// Git trailers (`Assessment: …`, `Action: …`), in order.
    pub trailers: Vec<(String, String)>,
}

impl CommitInfo {
    /// The value of the first trailer named `key` (case-insensitive).
    pub fn trailer(&self, key: &str) -> Option<&str> {
        self.trailers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v.as_str())
    }
}

/// The commits that changed `relative` (a path from the repository root),
/// newest first, at most `limit`. An empty list for a repository with no
/// commits yet. Walks without the changed-paths index (see
/// [`file_history_with`]).
pub fn file_history(
    root: &Path,
    relative: &str,
    limit: usize,
) -> Result<Vec<CommitInfo>, GitError> {
    file_history_paged(root, relative, limit, usize::MAX, |_| {})
}

/// Like [`file_history`], using and filling the changed-paths index under
/// `.git/somevakt/` when `index` is true (`log`; false: `--no-cache`).
pub fn file_history_with(
    root: &Path,
    relative: &str,
    limit: usize,
    index: bool,
) -> Result<Vec<CommitInfo>, GitError> {
    read(root, relative, limit, usize::MAX, |_| {}, index)
}

/// Like [`file_history`], but hands the first `page` commits to `first_page`
/// as soon as they are found, while the walk goes on for the rest (a file
/// changed rarely takes the whole history to list).
pub fn file_history_paged(
    root: &Path,
    relative: &str,
    limit: usize,
    page: usize,
    first_page: impl FnMut(&[CommitInfo]),
) -> Result<Vec<CommitInfo>, GitError> {
    // Without the changed-paths index: reading it (a few MB at 100,000
    // commits) took longer than finding the dashboard's first page.
    read(root, relative, limit, page, first_page, false)
}

fn read(
    root: &Path,
    relative: &str,
    limit: usize,
    page: usize,
    mut first_page: impl FnMut(&[CommitInfo]),
    use_index: bool,
) -> Result<Vec<CommitInfo>, GitError> {
    let repo = walk::open(root)?;
    let head = repo
        .head()
        .map_err(|e| GitError::from(walk::WalkError::from(e)))?;
    let Some(tip) = head.id().map(|id| id.detach()) else {
        return Ok(Vec::new()); // unborn branch: no history yet
    };
    let path = gix_relative(&repo, root, relative);
    // The index covers `assessments/` (below the work tree's top); an
    // account one folder deeper than usual is walked without it.
    let mut index = path
        .strip_suffix(relative)
        .filter(|_| use_index && relative.starts_with("assessments/"))
        .map(|prefix| ChangedPaths::load(repo.common_dir(), &format!("{prefix}assessments")));
    let key = (root.to_path_buf(), path.clone(), limit);
    let remembered = REMEMBERED
        .lock()
        .ok()
        .and_then(|mut r| r.take())
        .filter(|r| r.key == key);
    if let Some(known) = remembered {
        if known.tip == tip {
            return Ok(remember(key, tip, known.commits));
        }
        // Only what HEAD gained since: if the old tip is an ancestor of the
        // new one, everything else is already known.
        let mut newer = Vec::new();
        let span = walk::Span {
            tip,
            hidden: Some(known.tip),
            whole: false,
        };
        let walked = walk::walk(&repo, &span, &path, index.as_mut(), |hit| {
            newer.push(describe(&hit));
            newer.len() < limit
        })?;
        if let Some(index) = &index {
            index.save();
        }
        if walked.reached_hidden {
            newer.extend(known.commits);
            newer.truncate(limit);
            return Ok(remember(key, tip, newer));
        }
    }
    let mut commits = Vec::new();
    let mut paged = false;
    let span = walk::Span {
        tip,
        hidden: None,
        whole: limit == usize::MAX,
    };
    walk::walk(&repo, &span, &path, index.as_mut(), |hit| {
        commits.push(describe(&hit));
        if !paged && commits.len() >= page {
            paged = true;
            first_page(&commits);
        }
        commits.len() < limit
    })?;
    if let Some(index) = &index {
        index.save();
    }
    Ok(remember(key, tip, commits))
}

/// The last history read, to extend rather than redo when HEAD moves.
struct Remembered {
    key: (std::path::PathBuf, String, usize),
    tip: gix::ObjectId,
    commits: Vec<CommitInfo>,
}

static REMEMBERED: Mutex<Option<Remembered>> = Mutex::new(None);

fn remember(
    key: (std::path::PathBuf, String, usize),
    tip: gix::ObjectId,
    commits: Vec<CommitInfo>,
) -> Vec<CommitInfo> {
    if let Ok(mut slot) = REMEMBERED.lock() {
        *slot = Some(Remembered {
            key,
            tip,
            commits: commits.clone(),
        });
    }
    commits
}

/// [`repo_relative`] for a gitoxide repository.
pub(crate) fn gix_relative(repo: &gix::Repository, root: &Path, relative: &str) -> String {
    relative_to_workdir(repo.workdir(), root, relative)
}

fn join_prefix(prefix: &Path, relative: &str) -> String {
    let prefix = prefix.to_string_lossy().replace('\\', "/");
    if prefix.is_empty() {
        relative.to_owned()
    } else {
        format!("{prefix}/{relative}")
    }
}

/// The path as Git sees it: relative to the work tree, which may lie above
/// the assessment repository's root.
pub(crate) fn repo_relative(repo: &Repository, root: &Path, relative: &str) -> String {
    relative_to_workdir(repo.workdir(), root, relative)
}

/// `relative` (to `root`) as a path from the work tree `workdir`, the one
/// rule behind [`repo_relative`] and [`gix_relative`].
fn relative_to_workdir(workdir: Option<&Path>, root: &Path, relative: &str) -> String {
    let canonical = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
    let prefix = workdir
        .and_then(|w| {
            canonical(root)
                .strip_prefix(canonical(w))
                .ok()
                .map(Path::to_path_buf)
        })
        .unwrap_or_default();
    join_prefix(&prefix, relative)
}

fn describe(hit: &walk::Hit<'_>) -> CommitInfo {
    let lossy = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    let (author, email, when) = match hit.commit.author() {
        Ok(sig) => {
            let sig = sig.trim();
            let time = sig.time().ok();
            (
                lossy(sig.name),
                lossy(sig.email),
                time.map_or((0, 0), |t| (t.seconds, t.offset)),
            )
        }
        Err(_) => (String::new(), String::new(), (0, 0)),
    };
    let message = lossy(hit.commit.message);
    let subject = message.lines().next().unwrap_or("").to_owned();
    let trailers = git2::message_trailers_strs(&message)
        .map(|t| {
            t.iter()
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect()
        })
        .unwrap_or_default();
    let body = message
        .split_once('\n')
        .map(|(_, rest)| rest.trim().to_owned())
        .unwrap_or_default();
    let id = hit.id.to_string();
    CommitInfo {
        short_id: id.chars().take(8).collect(),
        id,
        date: format_time(when.0, when.1 / 60),
        author,
        email,
        subject,
        body,
        trailers,
    }
}

fn format_time(seconds: i64, offset_minutes: i32) -> String {
    let local = seconds + i64::from(offset_minutes) * 60;
    jiff::Timestamp::from_second(local)
        .map(|t| t.strftime("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_default()
}

/// The patch of `relative` in commit `id` against its first parent.
pub fn file_diff(root: &Path, id: &CommitId, relative: &str) -> Result<String, GitError> {
    Ok(diff_of(root, id, relative)?)
}

fn diff_of(root: &Path, id: &CommitId, relative: &str) -> Result<String, git2::Error> {
    let repo = Repository::discover(root)?;
    let path = repo_relative(&repo, root, relative);
    let commit = repo.find_commit(Oid::from_str(id.as_str())?)?;
    let new_tree = commit.tree()?;
    let old_tree = commit.parent(0).ok().map(|p| p.tree()).transpose()?;
    let mut options = DiffOptions::new();
    options.pathspec(&path).context_lines(3);
    let diff = repo.diff_tree_to_tree(old_tree.as_ref(), Some(&new_tree), Some(&mut options))?;
    let mut out = String::new();
    diff.print(DiffFormat::Patch, |_, _, line| {
        let origin = line.origin();
        if matches!(origin, '+' | '-' | ' ') {
            out.push(origin);
        }
        out.push_str(&String::from_utf8_lossy(line.content()));
        true
    })?;
    Ok(out)
}

/// The current branch's short name, or a description of a detached HEAD.
pub fn branch_name(root: &Path) -> Option<String> {
    let repo = Repository::discover(root).ok()?;
    match repo.head() {
        Ok(head) if head.is_branch() => head.shorthand().ok().map(str::to_owned),
        Ok(head) => head
            .target()
            .map(|oid| format!("detached at {}", &oid.to_string()[..8])),
        // An unborn branch still has a name in HEAD.
        Err(_) => repo
            .find_reference("HEAD")
            .ok()
            .and_then(|r| r.symbolic_target().ok().flatten().map(str::to_owned))
            .map(|t| t.trim_start_matches("refs/heads/").to_owned()),
    }
}
