//! From what each commit did to violations: the rules of the audit
//! (docs/format.md, "Signed decisions and the audit").

use std::collections::HashMap;

use somevakt_core::Date;

use super::AuditReport;
use super::detail::{DecisionRef, PolicyEdit, SignatureProblem, Subject, ViolationDetail};
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
    /// `Assessment:` or `Decision:` says other than what the commit did.
    TrailerMismatch,
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
            ViolationKind::TrailerMismatch => "trailer_mismatch",
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
    /// What happened, for people, in English (the JSON's `message`):
    /// `detail` worded.
    pub message: String,
    /// What happened, as data, for wording in the reader's language.
    pub detail: ViolationDetail,
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

/// A field of a decision entry rewritten by an approver with
/// `somevakt correct` (docs/format.md, "Signed decisions and the audit").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    /// The correcting commit.
    pub commit: CommitSummary,
    /// The entry before.
    pub old: Entry,
    /// The entry after.
    pub new: Entry,
    /// The fields that differ (`date`); empty for a field the audit does
    /// not name (`rationale`).
    pub fields: Vec<&'static str>,
    /// Why, from the `Reason:` trailer.
    pub reason: String,
}

/// Whether `facts`' commit changing `old` into `new` is a correction the
/// trail accepts: `Action: correct` naming, in `Corrects:`, the commit that
/// gave the entry its value (`set_by`), with a `Reason:`, made by an
/// approver, signed where signing is required, and touching neither the
/// outcome nor the digest (those are a new decision).
fn accepted_correction(
    facts: &CommitFacts,
    set_by: &[&str],
    old: &Entry,
    new: &Entry,
) -> Option<Correction> {
    let c = &facts.commit;
    let corrects = c.trailer("Corrects").filter(|v| v.len() >= 7)?;
    let reason = c.trailer("Reason").filter(|r| !r.is_empty())?;
    let signed = !facts.policy.signing_required || facts.signature.verdict == Verdict::Good;
    let fields = changed_fields(old, new);
    let ok = c.trailer("Action") == Some("correct")
        && set_by.iter().any(|id| id.starts_with(corrects))
        && facts.approval.approver
        && signed
        && fields.len() <= 1
        && !fields
            .iter()
            .any(|f| matches!(*f, "outcome" | "dpia_digest"));
    ok.then(|| Correction {
        commit: c.clone(),
        old: old.clone(),
        new: new.clone(),
        fields,
        reason: reason.to_owned(),
    })
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
    /// Corrections since, each an approver's `somevakt correct` (signed
    /// where signing is required): shown, not violations.
    pub corrections: Vec<Correction>,
    /// Everything wrong with it.
    pub violations: Vec<Violation>,
    /// Typed in by hand (added outside the tool, or backdated without
    /// saying so) where the policy in force named no approvers and did not
    /// require signing: how records were kept before somevakt, reported as
    /// information, not as a violation.
    pub by_hand: bool,
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
    /// What changed, in (English) words: the JSON's `changes`.
    pub changes: Vec<String>,
    /// What changed, as data.
    pub edits: Vec<PolicyEdit>,
    /// Violations (made by someone not allowed to).
    pub violations: Vec<Violation>,
}

/// What the dashboard shows beside one commit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommitVerdict {
    /// The signature verdict.
    pub signature: Verdict,
    /// Violations this commit committed.
    pub violations: Vec<Violation>,
    /// Decisions it added by hand where the policy allowed that
    /// ([`DecisionRecord::by_hand`]).
    pub by_hand: usize,
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
                by_hand: 0,
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
            let c = &facts.commit;
            if let (Some(r), Some(new)) = (record, &altered.new) {
                let record_ = &self.decisions[r];
                let mut set_by: Vec<&str> = vec![record_.commit.id.as_str()];
                set_by.extend(record_.corrections.iter().map(|k| k.commit.id.as_str()));
                if let Some(correction) = accepted_correction(facts, &set_by, &altered.old, new) {
                    self.live
                        .entry((altered.account.clone(), new.key.clone()))
                        .or_default()
                        .push(r);
                    self.decisions[r].corrections.push(correction);
                    continue;
                }
            }
            let decision = decision_ref(&altered.old);
            let (kind, detail) = match &altered.new {
                Some(new) => (
                    ViolationKind::Changed,
                    ViolationDetail::Changed {
                        decision,
                        fields: changed_fields(&altered.old, new),
                        commit: c.short_id().to_owned(),
                        author: c.author.clone(),
                        email: c.email.clone(),
                    },
                ),
                None => (
                    ViolationKind::Removed,
                    ViolationDetail::Removed {
                        decision,
                        commit: c.short_id().to_owned(),
                        author: c.author.clone(),
                        email: c.email.clone(),
                    },
                ),
            };
            let violation = self.violation(kind, c, Some(&altered.account), detail);
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
        let mut by_hand = 0;
        for added in &facts.added {
            let (violations, hand) = self.judge_decision(facts, added);
            by_hand += usize::from(hand);
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
                corrections: Vec::new(),
                violations,
                by_hand: hand,
            });
        }
        if !facts.policy_changes.is_empty() {
            let violations = self.judge_policy_change(facts);
            said.extend(violations.iter().cloned());
            self.policy.push(PolicyChange {
                commit: facts.commit.clone(),
                signature: facts.signature.clone(),
                approval: facts.approval.clone(),
                changes: facts
                    .policy_changes
                    .iter()
                    .map(PolicyEdit::english)
                    .collect(),
                edits: facts.policy_changes.clone(),
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
                violations: said,
                by_hand,
            },
        );
    }

    fn violation(
        &mut self,
        kind: ViolationKind,
        commit: &CommitSummary,
        account: Option<&str>,
        detail: ViolationDetail,
    ) -> Violation {
        self.order += 1;
        Violation {
            kind,
            commit: commit.id.clone(),
            account: account.map(str::to_owned),
            message: detail.english(),
            detail,
            order: self.order,
        }
    }

    /// The violations of one decision entry added, and whether it was
    /// typed in by hand where the policy in force allowed that.
    fn judge_decision(
        &mut self,
        facts: &CommitFacts,
        added: &super::facts::Added,
    ) -> (Vec<Violation>, bool) {
        let c = &facts.commit;
        let account = Some(added.account.as_str());
        let entry = &added.entry;
        let decision = decision_ref(entry);
        let mut out = Vec::new();
        let action = c.trailer("Action");
        let by_tool = action.is_some_and(|a| a.eq_ignore_ascii_case("decision"));
        // Where nobody is named and nothing must be signed, a decision typed
        // in from the paper minutes is how the register began: information.
        let lenient = !guarded(&facts.policy) && facts.policy.invalid.is_none();
        let mut by_hand = false;
        if by_tool {
            out.extend(self.judge_trailers(c, added));
        } else if lenient {
            by_hand = true;
        } else {
            let v = self.violation(
                ViolationKind::OutsideTool,
                c,
                account,
                ViolationDetail::OutsideTool {
                    decision: decision.clone(),
                    commit: c.short_id().to_owned(),
                },
            );
            out.push(v);
        }
        if !facts.approval.approver {
            // Set whenever `approver` is false; the e-mail is the last resort.
            let why = facts.approval.why.clone().unwrap_or_else(|| {
                super::detail::NotApprover::NotListed(facts.commit.email.clone())
            });
            let v = self.violation(
                ViolationKind::NotApprover,
                c,
                account,
                ViolationDetail::NotApprover {
                    decision: decision.clone(),
                    commit: c.short_id().to_owned(),
                    why,
                },
            );
            out.push(v);
        }
        out.extend(self.judge_signature(facts, account, Subject::Decision(decision.clone())));
        // A decision typed in from paper has no digest to compare (F22 says
        // so); one that names another DPIA than the one beside it is wrong
        // under every policy.
        if lenient && !by_tool && added.digest == DigestCheck::Missing {
            by_hand = true;
        } else if added.digest != DigestCheck::Match {
            let v = self.violation(
                ViolationKind::DigestMismatch,
                c,
                account,
                ViolationDetail::Digest {
                    decision: decision.clone(),
                    commit: c.short_id().to_owned(),
                    check: added.digest.clone(),
                },
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
            if late > BACKDATE_DAYS && !said && lenient {
                by_hand = true;
            } else if late > BACKDATE_DAYS && !said {
                let v = self.violation(
                    ViolationKind::Backdated,
                    c,
                    account,
                    ViolationDetail::Backdated {
                        decision,
                        commit: c.short_id().to_owned(),
                        days: late,
                    },
                );
                out.push(v);
            }
        }
        (out, by_hand)
    }

    /// A commit that says it records a decision must say what it did:
    /// `Assessment:` the file it changed, `Decision:` the outcome it
    /// added. Trailers that contradict the content would let a report
    /// built on them (the forge's, the history's) tell another story.
    fn judge_trailers(&mut self, c: &CommitSummary, added: &super::facts::Added) -> Vec<Violation> {
        let account = Some(added.account.as_str());
        let decision = decision_ref(&added.entry);
        let mut out = Vec::new();
        let said = c.trailer("Assessment").unwrap_or("");
        if said != added.account {
            let v = self.violation(
                ViolationKind::TrailerMismatch,
                c,
                account,
                ViolationDetail::TrailerAssessment {
                    decision: decision.clone(),
                    commit: c.short_id().to_owned(),
                    account: added.account.clone(),
                    said: said.to_owned(),
                },
            );
            out.push(v);
        }
        let said = c.trailer("Decision").unwrap_or("");
        let outcome = added.entry.outcome.as_deref().unwrap_or("");
        if said != outcome {
            let v = self.violation(
                ViolationKind::TrailerMismatch,
                c,
                account,
                ViolationDetail::TrailerDecision {
                    decision,
                    commit: c.short_id().to_owned(),
                    said: said.to_owned(),
                },
            );
            out.push(v);
        }
        out
    }

    /// Unsigned or badly signed where the policy in force requires signing.
    fn judge_signature(
        &mut self,
        facts: &CommitFacts,
        account: Option<&str>,
        subject: Subject,
    ) -> Vec<Violation> {
        if !facts.policy.signing_required {
            return Vec::new();
        }
        let c = &facts.commit;
        let problem = match facts.signature.verdict {
            Verdict::Good => None,
            Verdict::None => Some((ViolationKind::Unsigned, SignatureProblem::Unsigned)),
            Verdict::Bad => Some((ViolationKind::BadSignature, SignatureProblem::Bad)),
            // A key the allowed signers list, but for someone other than
            // the committer.
            Verdict::UnknownKey if facts.signature.signer.is_some() => Some((
                ViolationKind::BadSignature,
                SignatureProblem::OtherCommitter {
                    signer: facts.signature.signer.clone().unwrap_or_default(),
                    committer: c.committer_email.clone(),
                },
            )),
            Verdict::UnknownKey => Some((
                ViolationKind::BadSignature,
                SignatureProblem::UnknownKey {
                    allowed_signers: facts.policy.allowed_signers.clone().unwrap_or_default(),
                    key: facts.signature.key.clone(),
                },
            )),
        };
        match problem {
            Some((kind, problem)) => {
                let v = self.violation(
                    kind,
                    c,
                    account,
                    ViolationDetail::Signature {
                        subject,
                        commit: c.short_id().to_owned(),
                        problem,
                    },
                );
                vec![v]
            }
            None => Vec::new(),
        }
    }

    /// Where the policy in force names approvers or requires signing, only
    /// an approver (signing, if required) may change who approves.
    fn judge_policy_change(&mut self, facts: &CommitFacts) -> Vec<Violation> {
        if !guarded(&facts.policy) {
            return Vec::new();
        }
        let mut out = Vec::new();
        if !facts.approval.approver {
            // Set whenever `approver` is false; the e-mail is the last resort.
            let why = facts.approval.why.clone().unwrap_or_else(|| {
                super::detail::NotApprover::NotListed(facts.commit.email.clone())
            });
            let v = self.violation(
                ViolationKind::PolicyChange,
                &facts.commit,
                None,
                ViolationDetail::PolicyByNonApprover {
                    changes: facts.policy_changes.clone(),
                    commit: facts.commit.short_id().to_owned(),
                    why,
                },
            );
            out.push(v);
        }
        let subject = Subject::PolicyChange(facts.policy_changes.clone());
        out.extend(self.judge_signature(facts, None, subject));
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

/// Whether the policy in force names approvers, requires signing or names
/// the approvers' keys: then the trail must be the tool's, signed as
/// required, and who changes the approvers matters.
fn guarded(p: &PolicyInForce) -> bool {
    !p.emails.is_empty() || p.signing_required || p.allowed_signers.is_some()
}

/// The entry as a violation names it.
fn decision_ref(entry: &Entry) -> DecisionRef {
    DecisionRef {
        date: entry.date.clone(),
        outcome: entry.outcome.clone(),
    }
}

/// Which fields of a decision entry differ (TOML keys).
fn changed_fields(old: &Entry, new: &Entry) -> Vec<&'static str> {
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
    fields
}
