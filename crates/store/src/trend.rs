//! The register on many days at once (`somevakt trend`, and the yearly
//! report's figures): one walk down the branch's first-parent line, then
//! each day's commit read with one [`Reader`], which lists only subtrees it
//! has not seen and parses each file version once. The cost follows what
//! changed between the days, not files × days (docs/performance.md).
//!
//! A day stands for the same commit as `--as-of DAY` (crates/store/src/as_of.rs):
//! the newest on the first-parent line committed on or before it.

use std::path::Path;

use somevakt_core::{CommitId, Date, Policy, Register};

use crate::as_of::{AsOfError, Reader, committer_day};

/// Calls `each` with every day of `days`, the commit it stands for (`None`
/// before the branch's first commit, with an empty register) and the
/// register that commit holds.
pub fn registers_on(
    root: &Path,
    days: &[Date],
    each: &mut dyn FnMut(Date, Option<&CommitId>, &Register),
) -> Result<(), AsOfError> {
    let repo = crate::walk::open(root).map_err(|e| AsOfError::NoRepository(e.to_string()))?;
    let empty = Register {
        root: root.to_path_buf(),
        policy: Policy::default(),
        accounts: Vec::new(),
        invalid: Vec::new(),
    };
    let Some(earliest) = days.iter().min().copied() else {
        return Ok(());
    };
    let chain = first_parent_line(&repo, earliest)?;
    let mut reader = Reader::new(&repo, root);
    let mut current: Option<(gix::ObjectId, CommitId, Register)> = None;
    for &day in days {
        let Some(&(id, _)) = chain.iter().find(|(_, committed)| *committed <= day) else {
            each(day, None, &empty);
            continue;
        };
        if current.as_ref().is_none_or(|(at, _, _)| *at != id) {
            let commit = repo
                .find_commit(id)
                .map_err(|e| AsOfError::Git(e.to_string()))?;
            let register = reader.register(&commit)?;
            current = Some((id, CommitId::from_hex(id.to_string()), register));
        }
        if let Some((_, commit, register)) = &current {
            each(day, Some(commit), register);
        }
    }
    Ok(())
}

/// The commits on HEAD's first-parent line, newest first, with the day each
/// was committed, down to the first one committed on or before `earliest`.
/// Only commit objects are read (from the commit-graph where there is one).
fn first_parent_line(
    repo: &gix::Repository,
    earliest: Date,
) -> Result<Vec<(gix::ObjectId, Date)>, AsOfError> {
    let mut line = Vec::new();
    let Ok(head) = repo.head_id() else {
        return Ok(line); // nothing committed yet
    };
    let mut next = Some(head.detach());
    while let Some(id) = next {
        let commit = repo
            .find_commit(id)
            .map_err(|e| AsOfError::Git(e.to_string()))?;
        let day = committer_day(&commit)?;
        line.push((id, day));
        if day <= earliest {
            break;
        }
        next = commit.parent_ids().next().map(|p| p.detach());
    }
    Ok(line)
}
