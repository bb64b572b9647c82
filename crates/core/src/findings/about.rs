//! Which key of the file a finding is about, where the first key its fix
//! writes is not it: a finding on a recorded entry (the latest decision,
//! the latest snapshot) points at that entry, so a forge shows it on the
//! `[[decisions]]` a reader must look at rather than on a key to add.

use super::Finding;
use crate::date::Date;
use crate::key_path::KeyPath;
use crate::model::Assessment;

/// `f` with [`Finding::key`] naming the entry it concerns, where it
/// concerns one.
pub(super) fn entry_concerned(mut f: Finding, a: &Assessment, today: Date) -> Finding {
    let key = match f.id {
        // The approval, its conditions, its review, its digest, and (from
        // issue 24 on) whether it came before the DPIA or is backed by the
        // trail: all about the latest decision counted today.
        "F02" | "F03" | "F05" | "F22" | "F25" | "F26" => {
            Some(latest_decision(a, today).map_or_else(
                || KeyPath::new("decisions"),
                |n| {
                    let entry = KeyPath::entry("decisions", n);
                    match f.id {
                        "F03" => KeyPath::new(format!("{entry}.conditions_due")),
                        "F22" => KeyPath::new(format!("{entry}.dpia_digest")),
                        _ => entry,
                    }
                },
            ))
        }
        "F12" => Some(KeyPath::new("activity.last_post")),
        "F17" => Some(latest_snapshot(a, today).map_or_else(
            || KeyPath::new("snapshots"),
            |n| KeyPath::entry("snapshots", n),
        )),
        "F18" => Some(KeyPath::new("closing")),
        _ => return f,
    };
    f.key = key;
    f
}

/// The latest decision dated on or before today, as its place in the file
/// (from 1); on one date the one written last (as
/// [`Assessment::latest_decision`]).
fn latest_decision(a: &Assessment, today: Date) -> Option<usize> {
    a.decisions
        .iter()
        .enumerate()
        .filter(|(_, d)| d.date <= today)
        .max_by_key(|(i, d)| (d.date, *i))
        .map(|(i, _)| i + 1)
}

/// The latest snapshot dated on or before today, as its place in the file.
fn latest_snapshot(a: &Assessment, today: Date) -> Option<usize> {
    a.snapshots
        .iter()
        .enumerate()
        .filter(|(_, s)| s.date <= today)
        .max_by_key(|(i, s)| (s.date, *i))
        .map(|(i, _)| i + 1)
}
