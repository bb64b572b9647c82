//! The Git history of one assessment file: the audit trail.
//!
//! Read on demand, for one file at a time: a walk from HEAD that keeps the
//! commits whose version of the file differs from their first parent's.

use std::path::Path;

use git2::{DiffFormat, DiffOptions, Oid, Repository, Sort};
use serde::Serialize;
use somevakt_core::CommitId;

use crate::refusal::GitError;

/// One commit that changed the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CommitInfo {
    pub id: String,
    pub short_id: String,
    /// Author date, `YYYY-MM-DD HH:MM` in the author's own offset.
    pub date: String,
    pub author: String,
    pub email: String,
    pub subject: String,
    pub body: String,
    /// Git trailers (`Assessment: …`, `Action: …`), in order.
    pub trailers: Vec<(String, String)>,
}

impl CommitInfo {
    pub fn trailer(&self, key: &str) -> Option<&str> {
        self.trailers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v.as_str())
    }
}

/// The commits that changed `relative` (a path from the repository root),
/// newest first, at most `limit`. An empty list for a repository with no
/// commits yet.
pub fn file_history(
    root: &Path,
    relative: &str,
    limit: usize,
) -> Result<Vec<CommitInfo>, GitError> {
    Ok(walk_file(root, relative, limit)?)
}

fn walk_file(root: &Path, relative: &str, limit: usize) -> Result<Vec<CommitInfo>, git2::Error> {
    let repo =
        Repository::discover(root).map_err(|e| match crate::load::git_open_problem(&e, root) {
            Some(problem) => git2::Error::from_str(&problem),
            None => e,
        })?;
    let path = repo_relative(&repo, root, relative);
    let mut walk = repo.revwalk()?;
    // Topological first: commits made within one second must still list
    // newest first.
    walk.set_sorting(Sort::TOPOLOGICAL | Sort::TIME)?;
    if walk.push_head().is_err() {
        return Ok(Vec::new()); // unborn branch: no history yet
    }
    let mut out = Vec::new();
    for oid in walk {
        let commit = repo.find_commit(oid?)?;
        let here = blob_at(&commit, &path);
        let before = commit.parent(0).ok().and_then(|p| blob_at(&p, &path));
        if here != before {
            out.push(describe(&commit));
            if out.len() >= limit {
                break;
            }
        }
    }
    Ok(out)
}

/// The path as Git sees it: relative to the work tree, which may lie above
/// the assessment repository's root.
pub(crate) fn repo_relative(repo: &Repository, root: &Path, relative: &str) -> String {
    let canonical = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
    let prefix = repo
        .workdir()
        .and_then(|w| {
            canonical(root)
                .strip_prefix(canonical(w))
                .ok()
                .map(Path::to_path_buf)
        })
        .unwrap_or_default();
    let prefix = prefix.to_string_lossy().replace('\\', "/");
    if prefix.is_empty() {
        relative.to_owned()
    } else {
        format!("{prefix}/{relative}")
    }
}

fn blob_at(commit: &git2::Commit<'_>, path: &str) -> Option<Oid> {
    commit
        .tree()
        .ok()?
        .get_path(Path::new(path))
        .ok()
        .map(|e| e.id())
}

fn describe(commit: &git2::Commit<'_>) -> CommitInfo {
    let author = commit.author();
    let when = author.when();
    let message = String::from_utf8_lossy(commit.message_bytes()).into_owned();
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
    let id = commit.id().to_string();
    CommitInfo {
        short_id: id.chars().take(8).collect(),
        id,
        date: format_time(when.seconds(), when.offset_minutes()),
        author: String::from_utf8_lossy(author.name_bytes()).into_owned(),
        email: String::from_utf8_lossy(author.email_bytes()).into_owned(),
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
