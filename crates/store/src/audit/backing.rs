//! From the audit's verdicts to the decisions that count: where the policy
//! requires signing, the status lets only decisions the trail backs count
//! (docs/format.md, "Status", F26). One audit a run (its cache makes a
//! second run cheap), turned into a [`Trail`] the pure rules consult.

use std::path::Path;
use std::sync::Arc;

use git2::{Oid, Repository};
use somevakt_core::Policy;
use somevakt_core::policy::Signing;
use somevakt_core::trail::{Print, Trail};

use super::entries::{self, Entry};
use super::{AuditReport, audit_register};

fn print(entry: &Entry) -> Print {
    Print::new(
        entry.date.as_deref(),
        entry.outcome.as_deref(),
        entry.decided_by.as_deref(),
        entry.body.as_deref(),
        entry.dpia_digest.as_deref(),
    )
}

/// The decisions `report` backs: every decision added without a violation
/// and never changed or removed since; and, where the audit started after
/// an import (`audit_since`, `--since`), the decisions already in the
/// register then, unless changed since.
pub fn trail_of(report: &AuditReport, root: &Path) -> Trail {
    let mut trail = Trail::none();
    for d in &report.decisions {
        if d.violations.is_empty() && d.later.is_empty() {
            trail.back(&d.account, d.position, print(&d.entry));
        }
    }
    if let Some(since) = &report.since {
        let changed: Vec<(&str, Print)> = report
            .earlier_entries_changed
            .iter()
            .map(|c| (c.account.as_str(), print(&c.old)))
            .collect();
        for (account, position, entry) in imported(root, since) {
            let p = print(&entry);
            if !changed.iter().any(|(a, c)| *a == account && *c == p) {
                trail.back(&account, position, p);
            }
        }
    }
    trail
}

/// The decision entries in the register at commit `since`: account, place
/// in its file (1-based), entry.
fn imported(root: &Path, since: &str) -> Vec<(String, usize, Entry)> {
    let mut out = Vec::new();
    let Ok(repo) = Repository::discover(root) else {
        return out;
    };
    let Some(tree) = Oid::from_str(since)
        .ok()
        .and_then(|id| repo.find_commit(id).ok())
        .and_then(|c| c.tree().ok())
    else {
        return out;
    };
    let prefix = crate::history::repo_relative(&repo, root, "assessments");
    let Some(folder) = tree
        .get_path(Path::new(&prefix))
        .ok()
        .and_then(|e| repo.find_tree(e.id()).ok())
    else {
        return out;
    };
    let _ = folder.walk(git2::TreeWalkMode::PreOrder, |dir, item| {
        let name = item.name().unwrap_or_default();
        if item.kind() == Some(git2::ObjectType::Blob) && name.ends_with(".toml") {
            let account = format!("{dir}{}", name.trim_end_matches(".toml"));
            if let Ok(version) = repo
                .find_blob(item.id())
                .map_err(|e| e.to_string())
                .and_then(|b| entries::read(b.content()))
            {
                out.extend(
                    version
                        .decisions
                        .into_iter()
                        .enumerate()
                        .map(|(i, e)| (account.clone(), i + 1, e)),
                );
            }
        }
        git2::TreeWalkResult::Ok
    });
    out
}

/// The trail the status needs for the register at `root`: `None` where
/// neither the committed policy nor `policy` (the working copy's) requires
/// signing, so every decision counts as written; otherwise the decisions
/// the audit backs, and none at all when the audit cannot run (a shallow
/// clone, say): what it did not see cannot count.
pub fn trail_for(root: &Path, policy: &Policy) -> Option<Arc<Trail>> {
    if !signing_required(root, policy) {
        return None;
    }
    let report = audit_register(root, None).ok();
    trail_for_report(root, policy, report.as_ref())
}

/// [`trail_for`], from an audit already run (`None`: it could not run).
pub fn trail_for_report(
    root: &Path,
    policy: &Policy,
    report: Option<&AuditReport>,
) -> Option<Arc<Trail>> {
    if !signing_required(root, policy) {
        return None;
    }
    Some(Arc::new(match report {
        Some(report) => trail_of(report, root),
        None => Trail::none(),
    }))
}

/// Whether the committed policy or the working copy's requires signing:
/// the working copy can make the status stricter, never looser.
fn signing_required(root: &Path, policy: &Policy) -> bool {
    let committed = Repository::discover(root)
        .ok()
        .and_then(|repo| crate::committed::at_head(&repo, root).ok())
        .map(|c| c.policy.approvers.signing);
    policy.approvers.signing == Signing::Required || committed == Some(Signing::Required)
}
