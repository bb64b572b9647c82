//! `somevakt audit`: is the decision trail in Git intact, and who approved
//! what? (docs/format.md, "Signed decisions and the audit"; R34-R37.)
//!
//! The audit reads the history of `assessments/` and `somevakt.toml` once,
//! oldest first. For every decision entry ever added it keeps the commit
//! that added it, judged under the policy as it stood in that commit's
//! parent: was the author an approver, is the signature good against that
//! policy's allowed signers, did the commit carry somevakt's trailers, does
//! the `dpia_digest` match the `[dpia]` committed with it. Entries are
//! append-only, so any later change or removal is a violation of the entry
//! it touched.
//!
//! - `entries`: decision entries in one version of a file;
//! - `walk`: reading one commit against its parents;
//! - `trees`: which files a commit changed;
//! - `approval`: the policy in force and who is an approver under it;
//! - `verify`: signatures, checked as `git verify-commit` checks them;
//! - `signers`: the allowed-signers file;
//! - `verdicts`: from facts to violations;
//! - `cache`: readings kept by commit id, so a second run is fast.

mod approval;
pub mod backing;
mod cache;
mod detail;
pub mod entries;
pub mod facts;
pub mod signers;
mod trees;
mod verdicts;
pub mod verify;
mod walk;

use std::collections::HashMap;
use std::path::Path;

use git2::{Oid, Repository, Sort};
use rayon::prelude::*;

pub use backing::{trail_for, trail_for_report, trail_of};
pub use detail::{
    DecisionRef, NotApprover, PolicyEdit, SignatureProblem, Subject, ViolationDetail,
};
pub use facts::{CommitFacts, CommitSummary, DigestCheck, PolicyInForce};
pub use verdicts::{
    CommitVerdict, Correction, DecisionRecord, LaterChange, PolicyChange, Violation, ViolationKind,
};
pub use verify::{SignatureCheck, Verdict};

use crate::history::repo_relative;

/// Why the audit could not run (exit 2).
#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    /// The folder is not in a Git repository.
    #[error("{} is not in a Git repository", .0.display())]
    NotInGit(std::path::PathBuf),
    /// `--since` names nothing Git knows.
    #[error("--since {0}: no such commit")]
    UnknownRevision(String),
    /// `--since` names a commit that is not an ancestor of HEAD.
    #[error("--since {0}: not in the current branch's history")]
    NotAnAncestor(String),
    /// The policy's `[approvers] audit_since` names nothing Git knows (a
    /// typo, or a shallow clone that lacks the commit).
    #[error(
        "somevakt.toml [approvers] audit_since = \"{0}\": no such commit (a shallow clone? `git fetch --unshallow`)"
    )]
    UnknownPolicyStart(String),
    /// The policy's `audit_since` is not in the current branch's history.
    #[error("somevakt.toml [approvers] audit_since = \"{0}\": not in the current branch's history")]
    PolicyStartNotAncestor(String),
    /// The policy could not be read, so where the audit starts is unknown.
    #[error("{0}")]
    InvalidPolicy(String),
    /// The history is shallow or grafted: its oldest commits look as if
    /// they had no parents, so the audit cannot see the whole trail.
    #[error(
        "the history is cut off (a shallow clone, or grafts): the audit cannot see the whole trail and never reports it intact; fetch the rest with `git fetch --unshallow` (in CI, check out with fetch-depth: 0 or GIT_DEPTH: 0)"
    )]
    CutOff,
    /// A signature could not be checked (a program is missing).
    #[error(transparent)]
    Verify(#[from] verify::VerifyError),
    /// Git failed.
    #[error("Git: {0}")]
    Git(#[from] crate::GitError),
}

impl From<git2::Error> for AuditError {
    fn from(e: git2::Error) -> AuditError {
        AuditError::Git(e.into())
    }
}

/// What the audit found.
#[derive(Debug, Clone, Default)]
pub struct AuditReport {
    /// The commit audited up to (HEAD); `None` before the first commit.
    pub head: Option<String>,
    /// The commit the audit started after (`--since`, or the policy's
    /// `audit_since`), in full.
    pub since: Option<String>,
    /// Whether that start came from the policy's `audit_since`.
    pub since_from_policy: bool,
    /// Commits read.
    pub commits_read: usize,
    /// Every decision entry added, oldest first.
    pub decisions: Vec<DecisionRecord>,
    /// Changes to entries recorded before `--since` (append-only still
    /// holds for them).
    pub earlier_entries_changed: Vec<LaterChange>,
    /// Commits that changed the policy or the allowed signers.
    pub policy_changes: Vec<PolicyChange>,
    /// File versions in history that could not be read: (commit, path,
    /// reason). Their decisions are checked where the file is readable again.
    pub unreadable: Vec<(String, String, String)>,
    /// The verdict on every commit that touched the trail, by id: what the
    /// dashboard's history screen marks.
    pub commits: HashMap<String, CommitVerdict>,
}

impl AuditReport {
    /// Every violation, in history order.
    pub fn violations(&self) -> Vec<&Violation> {
        let mut all: Vec<&Violation> = self
            .decisions
            .iter()
            .flat_map(|d| d.violations.iter())
            .chain(self.earlier_entries_changed.iter().map(|c| &c.violation))
            .chain(self.policy_changes.iter().flat_map(|p| p.violations.iter()))
            .collect();
        all.sort_by_key(|v| v.order);
        all
    }

    /// How many decisions were typed in by hand where the policy allowed
    /// it ([`DecisionRecord::by_hand`]).
    pub fn by_hand(&self) -> usize {
        self.decisions.iter().filter(|d| d.by_hand).count()
    }

    /// Whether the trail is intact: no violation at all.
    pub fn intact(&self) -> bool {
        self.violations().is_empty()
    }

    /// The violations that concern one account, for its detail view.
    pub fn violations_of(&self, account: &str) -> Vec<&Violation> {
        self.violations()
            .into_iter()
            .filter(|v| v.account.as_deref() == Some(account))
            .collect()
    }

    /// How many violations of each kind, as the summary lists them:
    /// `2 outside_tool, 1 backdated` (kinds in their order, JSON words).
    pub fn kinds_counted(&self) -> String {
        let mut counts: Vec<(ViolationKind, usize)> = Vec::new();
        for v in self.violations() {
            match counts.iter_mut().find(|(k, _)| *k == v.kind) {
                Some((_, n)) => *n += 1,
                None => counts.push((v.kind, 1)),
            }
        }
        counts.sort_by_key(|(k, _)| *k);
        counts
            .iter()
            .map(|(k, n)| format!("{n} {}", k.as_str()))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// One line: what was checked and what was found.
    pub fn summary(&self) -> String {
        let violations = self.violations();
        let signed = self
            .decisions
            .iter()
            .filter(|d| d.signature.verdict == Verdict::Good)
            .count();
        let mut head = format!(
            "{} in {}, {signed} with a good signature, {}",
            count(self.decisions.len(), "decision", "decisions"),
            count(self.commits_read, "commit", "commits"),
            count(self.policy_changes.len(), "policy change", "policy changes")
        );
        let by_hand = self.by_hand();
        if by_hand > 0 {
            head.push_str(&format!(", {by_hand} typed in by hand"));
        }
        if violations.is_empty() {
            return format!("audit: trail intact: {head}");
        }
        format!(
            "audit: {} ({}): {head}",
            count(violations.len(), "violation", "violations"),
            self.kinds_counted()
        )
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The commits from the first one (or after `since`) to `head`, oldest
/// first. What the last audit walked is reused when `head` descends from
/// where it stopped: only the commits made since are walked.
fn history(
    repo: &Repository,
    head: Oid,
    since: Option<Oid>,
    cache: &cache::Cache,
) -> Result<Vec<Oid>, AuditError> {
    let since_text = since.map(|s| s.to_string());
    let known = cache.walked(since_text.as_deref()).and_then(|w| {
        let old = Oid::from_str(&w.head).ok()?;
        let reachable = old == head || repo.graph_descendant_of(head, old).unwrap_or(false);
        let commits = w
            .commits
            .iter()
            .map(|c| Oid::from_str(c))
            .collect::<Result<Vec<_>, _>>()
            .ok()?;
        reachable.then_some((old, commits))
    });
    let mut walk = repo.revwalk()?;
    walk.set_sorting(Sort::TOPOLOGICAL | Sort::REVERSE)?;
    walk.push(head)?;
    if let Some(start) = since {
        walk.hide(start)?;
    }
    let mut commits = Vec::new();
    if let Some((old, before)) = known {
        if old == head {
            return Ok(before);
        }
        walk.hide(old)?;
        commits = before;
    }
    for oid in walk {
        commits.push(oid?);
    }
    Ok(commits)
}

/// Reads the commits the cache does not know, in parallel: each worker
/// opens the repository itself (a libgit2 handle is not shared between
/// threads) and reads a run of consecutive commits, so a file version one
/// commit wrote is still at hand when the next commit changes it. Signature
/// checks (a process each) run in parallel the same way.
fn read_new(
    git_dir: &Path,
    prefix: &str,
    commits: &[Oid],
    cache: &cache::Cache,
) -> Result<HashMap<usize, walk::Seen>, AuditError> {
    let todo: Vec<(usize, Oid)> = commits
        .iter()
        .enumerate()
        .filter(|(_, oid)| cache.get(&oid.to_string()).is_none())
        .map(|(i, oid)| (i, *oid))
        .collect();
    let workers = rayon::current_num_threads().max(1);
    let chunk = (todo.len() / (workers * 4)).max(256);
    let parts: Vec<Result<Vec<(usize, walk::Seen)>, AuditError>> = todo
        .par_chunks(chunk)
        .map(|run| {
            let repo = Repository::open(git_dir)?;
            let mut reader = walk::Reader::new(&repo, prefix.to_owned())?;
            run.iter()
                .map(|(i, oid)| {
                    let commit = repo.find_commit(*oid)?;
                    match reader.read(&commit) {
                        Ok(seen) => Ok((*i, seen)),
                        Err(walk::ReadError::Git(e)) => Err(e.into()),
                        Err(walk::ReadError::Verify(e)) => Err(e.into()),
                    }
                })
                .collect()
        })
        .collect();
    let mut out = HashMap::new();
    for part in parts {
        out.extend(part?);
    }
    Ok(out)
}

/// Audits the register at `root` from where it says its trail starts: the
/// committed policy's `[approvers] audit_since` (the commit that imported
/// decisions made before the tool), unless `flag` (`--since`) names another
/// start. Without either, from the first commit. Uses the cache under
/// `.git/somevakt/`.
pub fn audit_register(root: &Path, flag: Option<&str>) -> Result<AuditReport, AuditError> {
    audit_register_with(root, flag, true)
}

/// [`audit_register`], with or without the cache (`audit --no-cache`).
///
/// The policy is the one committed at HEAD, never the working tree's
/// `somevakt.toml`: an uncommitted `audit_since` must not hide the trail.
pub fn audit_register_with(
    root: &Path,
    flag: Option<&str>,
    use_cache: bool,
) -> Result<AuditReport, AuditError> {
    if flag.is_some() {
        return audit_with(root, flag, use_cache);
    }
    let repo = Repository::discover(root).map_err(|_| AuditError::NotInGit(root.to_path_buf()))?;
    let policy = crate::committed::at_head(&repo, root).map_err(|problem| {
        let place = match (problem.line, problem.column) {
            (Some(line), Some(column)) => format!(":{line}:{column}"),
            _ => String::new(),
        };
        AuditError::InvalidPolicy(format!("{}{place}: {}", problem.path, problem.message))
    })?;
    let Some(start) = policy.policy.approvers.audit_since else {
        return audit_with(root, None, use_cache);
    };
    match audit_with(root, Some(&start), use_cache) {
        Ok(mut report) => {
            report.since_from_policy = true;
            Ok(report)
        }
        Err(AuditError::UnknownRevision(rev)) => Err(AuditError::UnknownPolicyStart(rev)),
        Err(AuditError::NotAnAncestor(rev)) => Err(AuditError::PolicyStartNotAncestor(rev)),
        Err(e) => Err(e),
    }
}

/// Audits the repository around `root`, from its first commit or from
/// after `since`.
pub fn audit(root: &Path, since: Option<&str>) -> Result<AuditReport, AuditError> {
    audit_with(root, since, true)
}

/// [`audit`], with or without the cache.
pub fn audit_with(
    root: &Path,
    since: Option<&str>,
    use_cache: bool,
) -> Result<AuditReport, AuditError> {
    let repo = Repository::discover(root).map_err(|_| AuditError::NotInGit(root.to_path_buf()))?;
    if crate::committed::cut_off(&repo) {
        return Err(AuditError::CutOff);
    }
    let prefix = repo_relative(&repo, root, "");
    let prefix = if prefix.is_empty() || prefix.ends_with('/') {
        prefix
    } else {
        format!("{prefix}/")
    };
    let mut report = AuditReport::default();
    let Some(head) = repo.head().ok().and_then(|h| h.target()) else {
        return Ok(report); // no commits: nothing recorded, nothing broken
    };
    report.head = Some(head.to_string());
    let since = match since {
        None => None,
        Some(rev) => {
            let start = repo
                .revparse_single(rev)
                .and_then(|o| o.peel_to_commit())
                .map_err(|_| AuditError::UnknownRevision(rev.to_owned()))?;
            if start.id() != head && !repo.graph_descendant_of(head, start.id())? {
                return Err(AuditError::NotAnAncestor(rev.to_owned()));
            }
            report.since = Some(start.id().to_string());
            Some(start.id())
        }
    };
    let git_dir = repo.commondir().to_path_buf();
    let mut cache = if use_cache {
        cache::Cache::load(&git_dir, &prefix, &crate::committed::shape(&repo))
    } else {
        cache::Cache::none()
    };
    let commits = history(&repo, head, since, &cache)?;
    cache.remember_walk(cache::Walked {
        head: head.to_string(),
        since: since.map(|s| s.to_string()),
        commits: commits.iter().map(Oid::to_string).collect(),
    });
    report.commits_read = commits.len();
    let mut read = read_new(repo.path(), &prefix, &commits, &cache)?;
    let mut trail = verdicts::Trail::default();
    for (i, oid) in commits.iter().enumerate() {
        let id = oid.to_string();
        match cache.get(&id) {
            Some(cache::Known::Irrelevant) => continue,
            Some(cache::Known::Quiet(v)) => {
                trail.quiet(&id, v);
                continue;
            }
            Some(cache::Known::Facts(f)) => {
                trail.add(f);
                continue;
            }
            None => {}
        }
        match read.remove(&i) {
            Some(walk::Seen::Irrelevant) => cache.irrelevant(id),
            None => {} // read_new reads every commit the cache lacks
            Some(walk::Seen::Quiet(check)) => {
                trail.quiet(&id, check.verdict);
                cache.quiet(id, &check);
            }
            Some(walk::Seen::Facts(facts)) => {
                trail.add(&facts);
                cache.facts(&facts);
            }
        }
    }
    cache.save(&git_dir);
    trail.finish(&mut report);
    Ok(report)
}
