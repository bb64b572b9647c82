//! Which decisions the audit of the decision trail backs: what the status
//! asks where the policy requires signing (docs/format.md, "Status", F26).
//!
//! The audit (in the store) judges every commit that added a decision; a
//! decision is backed when the commit that added it has no violation and
//! nothing changed it since. The status then lets only backed decisions
//! count: a `[[decisions]]` entry typed into the file by hand, or added by
//! someone the policy does not allow, makes the account `unverified`, never
//! `approved`. A decision is recognised by what it says ([`Print`]): the
//! same entry in the working file and in history.

use std::collections::HashMap;

use crate::model::Decision;
use crate::{Assessment, Date, Word};

/// What identifies one decision entry: its date, outcome, who recorded it,
/// the deciding body and the digest, as written (trimmed).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Print {
    date: String,
    outcome: String,
    decided_by: String,
    body: String,
    dpia_digest: String,
}

impl Print {
    /// A decision as the audit read it from history (each value as written,
    /// `None` when absent).
    pub fn new(
        date: Option<&str>,
        outcome: Option<&str>,
        decided_by: Option<&str>,
        body: Option<&str>,
        dpia_digest: Option<&str>,
    ) -> Print {
        let text = |v: Option<&str>| v.unwrap_or_default().trim().to_owned();
        Print {
            date: text(date),
            outcome: text(outcome),
            decided_by: text(decided_by),
            body: text(body),
            dpia_digest: text(dpia_digest),
        }
    }

    /// A decision as the file holds it now.
    pub fn of(decision: &Decision) -> Print {
        Print::new(
            Some(&decision.date.to_string()),
            Some(decision.outcome.word()),
            decision.decided_by.as_deref(),
            decision.body.as_deref(),
            decision.dpia_digest.as_deref(),
        )
    }
}

/// The decisions the trail backs, by account id and place in the file
/// (1-based: decisions are appended, so an entry keeps its place). Two
/// entries may say the same; only the one at the place the backed commit
/// added it counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Trail {
    backed: HashMap<String, HashMap<usize, Print>>,
}

impl Trail {
    /// A trail that backs nothing (the audit could not run: nothing it did
    /// not see can count).
    pub fn none() -> Trail {
        Trail::default()
    }

    /// Records that the trail backs `print` at `position` (1-based) of
    /// `account`'s decisions.
    pub fn back(&mut self, account: &str, position: usize, print: Print) {
        self.backed
            .entry(account.to_owned())
            .or_default()
            .insert(position, print);
    }

    /// For each of `decisions` (an account's, in file order), whether the
    /// trail backs it: the entry at its place says what the backed commit
    /// added there.
    pub fn backed(&self, account: &str, decisions: &[Decision]) -> Vec<bool> {
        let prints = self.backed.get(account);
        decisions
            .iter()
            .enumerate()
            .map(|(i, d)| prints.and_then(|p| p.get(&(i + 1))) == Some(&Print::of(d)))
            .collect()
    }

    /// `assessment` (of account `id`) with only the decisions the trail
    /// backs, and those dated after `today` (F21's whoever wrote them):
    /// what counts where the latest decision is not backed.
    pub fn backed_only(&self, id: &str, assessment: &Assessment, today: Date) -> Assessment {
        let flags = self.backed(id, &assessment.decisions);
        let mut backed = assessment.clone();
        backed.decisions = assessment
            .decisions
            .iter()
            .zip(flags)
            .filter(|(d, ok)| d.date > today || *ok)
            .map(|(d, _)| d.clone())
            .collect();
        backed
    }

    /// Whether the latest decision dated on or before `today` (the one the
    /// approval rests on) is backed; `None` when there is none.
    pub fn backs_latest(&self, id: &str, assessment: &Assessment, today: Date) -> Option<bool> {
        let flags = self.backed(id, &assessment.decisions);
        assessment
            .decisions
            .iter()
            .zip(flags)
            .enumerate()
            .filter(|(_, (d, _))| d.date <= today)
            .max_by_key(|(i, (d, _))| (d.date, *i))
            .map(|(_, (_, ok))| ok)
    }

    /// How many decisions it backs, on every account.
    pub fn len(&self) -> usize {
        self.backed.values().map(HashMap::len).sum()
    }

    /// Whether it backs none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Outcome;

    fn decision(day: &str, outcome: Outcome) -> Decision {
        Decision {
            date: day.parse().expect("date"),
            body: Some("Ledergruppa".into()),
            decided_by: Some("Hege".into()),
            outcome,
            rationale: None,
            conditions: Vec::new(),
            conditions_due: None,
            residual_risk: None,
            dpia_digest: Some("sha256:x".into()),
        }
    }

    #[test]
    fn an_entry_is_backed_only_at_the_place_its_commit_added_it() {
        let a = decision("2024-01-10", Outcome::Approved);
        let b = decision("2024-02-10", Outcome::NotApproved);
        let mut trail = Trail::none();
        trail.back("k/x", 1, Print::of(&a));
        assert_eq!(trail.backed("k/x", &[a.clone(), b.clone()]), [true, false]);
        assert_eq!(trail.backed("k/x", &[a.clone(), a.clone()]), [true, false]);
        assert_eq!(trail.backed("k/x", &[b.clone(), a.clone()]), [false, false]);
        assert_eq!(trail.backed("k/other", std::slice::from_ref(&a)), [false]);
        trail.back("k/x", 2, Print::of(&a));
        assert_eq!(trail.backed("k/x", &[a.clone(), a]), [true, true]);
        assert_eq!(trail.len(), 2);
        // What the audit reads as written equals what the file parses to.
        let read = Print::new(
            Some("2024-02-10"),
            Some("not_approved"),
            Some(" Hege "),
            Some("Ledergruppa"),
            Some("sha256:x\n"),
        );
        assert_eq!(read, Print::of(&b));
    }
}
