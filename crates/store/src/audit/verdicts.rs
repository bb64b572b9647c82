//! From what each commit did to violations: the rules of the audit
//! (docs/format.md, "Signed decisions and the audit").

use std::collections::HashMap;

use somevakt_core::Date;

use super::AuditReport;
use super::entries::Entry;
use super::facts::{Approval, CommitFacts, CommitSummary, DigestCheck, PolicyInForce};
use super::verify::{SignatureCheck, Verdict};

/// A decision may be recorded this many days after its date without
/// saying so; older than that, the commit must carry `Backdated: yes`.
pub const BACKDATE_DAYS: i64 = 30;

/// The kinds of violation, in the order the summary lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ViolationKind {
    /// A decision entry was changed after it was committed.
    Changed,
    /// A decision entry was removed after it was committed.
    Removed,
    /// Added in a commit without `Action: decision`: not by somevakt.
    OutsideTool,
    /// Added by someone who was not an approver under the policy in force.
    NotApprover,
    /// Not signed where the policy in force required signing.
    Unsigned,
    /// Signed, but the signature is bad or by a key not allowed.
    BadSignature,
    /// `dpia_digest` missing or not that of the `[dpia]` committed with it.
    DigestMismatch,
    /// Dated more than 30 days before its commit without `Backdated: yes`.
    Backdated,
    /// The approver list, signing rule or allowed signers changed by
    /// someone the policy in force did not allow to.
    PolicyChange,
}

impl ViolationKind {
    /// The name used in JSON and in the summary line.
    pub fn as_str(self) -> &'static str {
        match self {
            ViolationKind::Changed => "changed",
            ViolationKind::Removed => "removed",
            ViolationKind::OutsideTool => "outside_tool",
            ViolationKind::NotApprover => "not_approver",
            ViolationKind::Unsigned => "unsigned",
            ViolationKind::BadSignature => "bad_signature",
            ViolationKind::DigestMismatch => "digest_mismatch",
            ViolationKind::Backdated => "backdated",
            ViolationKind::PolicyChange => "unapproved_policy_change",
        }
    }
}

/// One violation: what, where, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// The kind.
    pub kind: ViolationKind,
    /// The commit that committed it.
    pub commit: String,
    /// The account concerned, if one is.
    pub account: Option<String>,
    /// What happened, for people.
    pub message: String,
    /// Position in history, for ordering.
    pub order: usize,
}

/// A later commit that changed or removed a decision entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LaterChange {
    /// The commit.
    pub commit: CommitSummary,
    /// The account.
    pub account: String,
    /// The entry before.
    pub old: Entry,
    /// The entry after; `None` when removed.
    pub new: Option<Entry>,
    /// The violation this is.
    pub violation: Violation,
}

/// Everything the audit says about one decision entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionRecord {
    /// The account's id (as it is now, if the file was renamed).
    pub account: String,
    /// 1-based position in the file when added.
    pub position: usize,
    /// The entry as added.
    pub entry: Entry,
    /// The commit that added it.
    pub commit: CommitSummary,
    /// The policy in force: its parent's.
    pub policy: PolicyInForce,
    /// Whether the author was an approver under it.
    pub approval: Approval,
    /// The signature against that policy's allowed signers.
    pub signature: SignatureCheck,
    /// The `dpia_digest` against the `[dpia]` committed with it.
    pub digest: DigestCheck,
    /// Changes and removals since.
    pub later: Vec<LaterChange>,
    /// Everything wrong with it.
    pub violations: Vec<Violation>,
}

/// A commit that changed the policy or the allowed signers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyChange {
    /// The commit.
    pub commit: CommitSummary,
    /// Its signature, against the allowed signers in force before it.
    pub signature: SignatureCheck,
    /// Whether its author was an approver before it.
    pub approval: Approval,
    /// What changed, in words.
    pub changes: Vec<String>,
    /// Violations (made by someone not allowed to).
    pub violations: Vec<Violation>,
}

/// What the dashboard shows beside one commit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommitVerdict {
    /// The signature verdict.
    pub signature: Verdict,
    /// Violations this commit committed, in words.
    pub violations: Vec<String>,
}

/// The trail being put together, commit by commit, oldest first.
#[derive(Default)]
pub(crate) struct Trail {
    decisions: Vec<DecisionRecord>,
    /// (account, entry key) to the records of live entries.
    live: HashMap<(String, String), Vec<usize>>,
    earlier: Vec<LaterChange>,
    policy: Vec<PolicyChange>,
    unreadable: Vec<(String, String, String)>,
    commits: HashMap<String, CommitVerdict>,
    order: usize,
}

impl Trail {
    pub(crate) fn quiet(&mut self, id: &str, verdict: Verdict) {
        self.commits.insert(
            id.to_owned(),
            CommitVerdict {
                signature: verdict,
                violations: Vec::new(),
            },
        );
    }

    pub(crate) fn add(&mut self, facts: &CommitFacts) {
        let id = facts.commit.id.clone();
        let mut said: Vec<Violation> = Vec::new();
        for m in &facts.moved {
            if let Some(records) = self.live.remove(&(m.from.clone(), m.key.clone())) {
                for &r in &records {
                    self.decisions[r].account = m.to.clone();
                }
                self.live.insert((m.to.clone(), m.key.clone()), records);
            }
        }
        for altered in &facts.altered {
            let key = (altered.account.clone(), altered.old.key.clone());
            let record = self.live.get_mut(&key).and_then(|r| {
                let first = r.first().copied();
                if first.is_some() {
                    r.remove(0);
                }
                first
            });
            let (kind, what) = match &altered.new {
                Some(new) => (ViolationKind::Changed, changed_fields(&altered.old, new)),
                None => (ViolationKind::Removed, "removed".to_owned()),
            };
            let violation = self.violation(
                kind,
                &facts.commit,
                Some(&altered.account),
                format!(
                    "decision of {} ({}) {what} in {} by {} <{}>; decisions are append-only",
                    altered.old.date.as_deref().unwrap_or("no date"),
                    altered.old.outcome.as_deref().unwrap_or("no outcome"),
                    facts.commit.short_id(),
                    facts.commit.author,
                    facts.commit.email
                ),
            );
            said.push(violation.clone());
            let change = LaterChange {
                commit: facts.commit.clone(),
                account: altered.account.clone(),
                old: altered.old.clone(),
                new: altered.new.clone(),
                violation,
            };
            match record {
                Some(r) => {
                    if let Some(new) = &altered.new {
                        self.live
                            .entry((altered.account.clone(), new.key.clone()))
                            .or_default()
                            .push(r);
                    }
                    self.decisions[r].violations.push(change.violation.clone());
                    self.decisions[r].later.push(change);
                }
                None => self.earlier.push(change),
            }
        }
        for added in &facts.added {
            let violations = self.judge_decision(facts, added);
            said.extend(violations.iter().cloned());
            let index = self.decisions.len();
            self.live
                .entry((added.account.clone(), added.entry.key.clone()))
                .or_default()
                .push(index);
            self.decisions.push(DecisionRecord {
                account: added.account.clone(),
                position: added.position,
                entry: added.entry.clone(),
                commit: facts.commit.clone(),
                policy: facts.policy.clone(),
                approval: facts.approval.clone(),
                signature: facts.signature.clone(),
                digest: added.digest.clone(),
                later: Vec::new(),
                violations,
            });
        }
        if !facts.policy_changes.is_empty() {
            let violations = self.judge_policy_change(facts);
            said.extend(violations.iter().cloned());
            self.policy.push(PolicyChange {
                commit: facts.commit.clone(),
                signature: facts.signature.clone(),
                approval: facts.approval.clone(),
                changes: facts.policy_changes.clone(),
                violations,
            });
        }
        for (path, why) in &facts.unreadable {
            self.unreadable
                .push((id.clone(), path.clone(), why.clone()));
        }
        self.commits.insert(
            id,
            CommitVerdict {
                signature: facts.signature.verdict,
                violations: said
                    .iter()
                    .map(|v| format!("{}: {}", v.kind.as_str(), v.message))
                    .collect(),
            },
        );
    }

    fn violation(
        &mut self,
        kind: ViolationKind,
        commit: &CommitSummary,
        account: Option<&str>,
        message: String,
    ) -> Violation {
        self.order += 1;
        Violation {
            kind,
            commit: commit.id.clone(),
            account: account.map(str::to_owned),
            message,
            order: self.order,
        }
    }

    fn judge_decision(
        &mut self,
        facts: &CommitFacts,
        added: &super::facts::Added,
    ) -> Vec<Violation> {
        let c = &facts.commit;
        let account = Some(added.account.as_str());
        let entry = &added.entry;
        let what = format!(
            "decision of {} ({})",
            entry.date.as_deref().unwrap_or("no date"),
            entry.outcome.as_deref().unwrap_or("no outcome")
        );
        let mut out = Vec::new();
        let action = c.trailer("Action");
        if !action.is_some_and(|a| a.eq_ignore_ascii_case("decision")) {
            let v = self.violation(
                ViolationKind::OutsideTool,
                c,
                account,
                format!(
                    "{what} added in {} without an `Action: decision` trailer (not recorded by somevakt decide)",
                    c.short_id()
                ),
            );
            out.push(v);
        }
        if !facts.approval.approver {
            let why = facts.approval.reason.clone().unwrap_or_default();
            let v = self.violation(
                ViolationKind::NotApprover,
                c,
                account,
                format!("{what} added in {} by a non-approver: {why}", c.short_id()),
            );
            out.push(v);
        }
        out.extend(self.judge_signature(facts, account, &what));
        if added.digest != DigestCheck::Match {
            let v = self.violation(
                ViolationKind::DigestMismatch,
                c,
                account,
                format!(
                    "{what} added in {}: dpia_digest {} the [dpia] committed with it",
                    c.short_id(),
                    match added.digest {
                        DigestCheck::Missing => "is missing; it cannot be tied to",
                        DigestCheck::Unreadable => "cannot be compared with (unreadable)",
                        _ => "does not match",
                    }
                ),
            );
            out.push(v);
        }
        let dated = entry.date.as_deref().and_then(|d| d.parse::<Date>().ok());
        let committed = c.day().parse::<Date>().ok();
        if let (Some(dated), Some(committed)) = (dated, committed) {
            let late = dated.days_until(committed);
            let said = c
                .trailer("Backdated")
                .is_some_and(|b| b.eq_ignore_ascii_case("yes"));
            if late > BACKDATE_DAYS && !said {
                let v = self.violation(
                    ViolationKind::Backdated,
                    c,
                    account,
                    format!(
                        "{what} committed {late} days after its date ({}) without `Backdated: yes`",
                        c.short_id()
                    ),
                );
                out.push(v);
            }
        }
        out
    }

    /// Unsigned or badly signed where the policy in force requires signing.
    fn judge_signature(
        &mut self,
        facts: &CommitFacts,
        account: Option<&str>,
        what: &str,
    ) -> Vec<Violation> {
        if !facts.policy.signing_required {
            return Vec::new();
        }
        let c = &facts.commit;
        let problem = match facts.signature.verdict {
            Verdict::Good => None,
            Verdict::None => Some((ViolationKind::Unsigned, "is not signed".to_owned())),
            Verdict::Bad => Some((
                ViolationKind::BadSignature,
                "has a bad signature (the commit was altered after signing?)".to_owned(),
            )),
            // Without allowed signers nothing says whose a key is: a valid
            // signature is all that can be asked.
            Verdict::UnknownKey if facts.policy.allowed_signers.is_none() => None,
            Verdict::UnknownKey => Some((
                ViolationKind::BadSignature,
                format!(
                    "is signed by a key that {} does not list{}",
                    facts.policy.allowed_signers.as_deref().unwrap_or(""),
                    facts
                        .signature
                        .key
                        .as_deref()
                        .map(|k| format!(" ({k})"))
                        .unwrap_or_default()
                ),
            )),
        };
        match problem {
            Some((kind, why)) => {
                let v = self.violation(
                    kind,
                    c,
                    account,
                    format!("{what}: commit {} {why}; signing is required", c.short_id()),
                );
                vec![v]
            }
            None => Vec::new(),
        }
    }

    /// Where the policy in force names approvers or requires signing, only
    /// an approver (signing, if required) may change who approves.
    fn judge_policy_change(&mut self, facts: &CommitFacts) -> Vec<Violation> {
        let p = &facts.policy;
        let guarded = !p.emails.is_empty() || p.signing_required || p.allowed_signers.is_some();
        if !guarded {
            return Vec::new();
        }
        let what = format!("policy change ({})", facts.policy_changes.join("; "));
        let mut out = Vec::new();
        if !facts.approval.approver {
            let why = facts.approval.reason.clone().unwrap_or_default();
            let v = self.violation(
                ViolationKind::PolicyChange,
                &facts.commit,
                None,
                format!(
                    "{what} in {} by a non-approver: {why}",
                    facts.commit.short_id()
                ),
            );
            out.push(v);
        }
        out.extend(self.judge_signature(facts, None, &what));
        out
    }

    pub(crate) fn finish(self, report: &mut AuditReport) {
        report.decisions = self.decisions;
        report.earlier_entries_changed = self.earlier;
        report.policy_changes = self.policy;
        report.unreadable = self.unreadable;
        report.commits = self.commits;
    }
}

/// Which fields of a decision entry differ, in words.
fn changed_fields(old: &Entry, new: &Entry) -> String {
    let mut fields = Vec::new();
    let pairs = [
        ("date", &old.date, &new.date),
        ("outcome", &old.outcome, &new.outcome),
        ("decided_by", &old.decided_by, &new.decided_by),
        ("body", &old.body, &new.body),
        ("dpia_digest", &old.dpia_digest, &new.dpia_digest),
    ];
    for (name, a, b) in pairs {
        if a != b {
            fields.push(name);
        }
    }
    if fields.is_empty() {
        "changed".to_owned()
    } else {
        format!("changed ({})", fields.join(", "))
    }
}
