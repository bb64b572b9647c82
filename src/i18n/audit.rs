//! The audit of the decision trail (`somevakt audit`, the dashboard's
//! trail) in the reader's language: each violation worded from its data
//! ([`ViolationDetail`]) and the summary line. The English messages say
//! exactly what the store's English says (the JSON's `message` and
//! `summary`, the contract): `audit_tests` renders every case both ways.

use somevakt_core::Date;
use somevakt_core::status::Approval;
use somevakt_store::audit::{
    AuditReport, DecisionRef, DigestCheck, NotApprover, PolicyEdit, SignatureProblem, Subject,
    Verdict, Violation, ViolationDetail,
};

use super::{Lang, number, words};
use crate::t;

/// A violation as one line: its kind (the JSON's word, the one to search
/// for) and what happened, in the language. Not sanitised: the caller
/// sanitises what reaches a terminal.
pub fn violation(lang: Lang, v: &Violation) -> String {
    format!("{}: {}", v.kind.as_str(), detail(lang, &v.detail))
}

/// A signature's verdict in the language (`good`, `none` in English, as
/// the JSON has them; `gyldig`, `ingen` in Norwegian).
pub fn verdict_word(lang: Lang, verdict: Verdict) -> String {
    match verdict {
        Verdict::Good => t!(lang, "audit-signature-good"),
        Verdict::Bad => t!(lang, "audit-signature-bad"),
        Verdict::UnknownKey => t!(lang, "audit-signature-unknown-key"),
        Verdict::None => t!(lang, "audit-signature-none"),
    }
}

/// What the comparison of `dpia_digest` with the `[dpia]` committed with
/// it found, in the language (`match` in English, `stemmer` in Norwegian).
pub fn digest_word(lang: Lang, digest: &DigestCheck) -> String {
    match digest {
        DigestCheck::Match => t!(lang, "audit-digest-match"),
        DigestCheck::Mismatch => t!(lang, "audit-digest-differs"),
        DigestCheck::Missing => t!(lang, "audit-digest-none"),
        DigestCheck::Unreadable => t!(lang, "audit-digest-cannot-read"),
    }
}

/// What happened, in the language.
pub fn detail(lang: Lang, detail: &ViolationDetail) -> String {
    match detail {
        ViolationDetail::Changed {
            decision,
            fields,
            commit,
            author,
            email,
        } => {
            let what = decision_of(lang, decision);
            let who = format!("{author} <{email}>");
            let commit = commit.clone();
            if fields.is_empty() {
                t!(
                    lang,
                    "audit-changed",
                    what = what,
                    commit = commit,
                    who = who
                )
            } else {
                t!(
                    lang,
                    "audit-changed-fields",
                    what = what,
                    fields = fields.join(", "),
                    commit = commit,
                    who = who
                )
            }
        }
        ViolationDetail::Removed {
            decision,
            commit,
            author,
            email,
        } => t!(
            lang,
            "audit-removed",
            what = decision_of(lang, decision),
            commit = commit.clone(),
            who = format!("{author} <{email}>")
        ),
        ViolationDetail::OutsideTool { decision, commit } => t!(
            lang,
            "audit-outside-tool",
            what = decision_of(lang, decision),
            commit = commit.clone()
        ),
        ViolationDetail::NotApprover {
            decision,
            commit,
            why,
        } => t!(
            lang,
            "audit-not-approver",
            what = decision_of(lang, decision),
            commit = commit.clone(),
            why = not_approver(lang, why)
        ),
        ViolationDetail::Signature {
            subject,
            commit,
            problem,
        } => {
            let what = match subject {
                Subject::Decision(d) => decision_of(lang, d),
                Subject::PolicyChange(changes) => policy_change_of(lang, changes),
            };
            let commit = commit.clone();
            match problem {
                SignatureProblem::Unsigned => {
                    t!(lang, "audit-unsigned", what = what, commit = commit)
                }
                SignatureProblem::Bad => {
                    t!(lang, "audit-bad-signature", what = what, commit = commit)
                }
                SignatureProblem::OtherCommitter { signer, committer } => t!(
                    lang,
                    "audit-other-committer",
                    what = what,
                    commit = commit,
                    signer = signer.clone(),
                    committer = committer.clone()
                ),
                SignatureProblem::UnknownKey {
                    allowed_signers,
                    key: None,
                } => t!(
                    lang,
                    "audit-unknown-key",
                    what = what,
                    commit = commit,
                    signers = allowed_signers.clone()
                ),
                SignatureProblem::UnknownKey {
                    allowed_signers,
                    key: Some(key),
                } => t!(
                    lang,
                    "audit-unknown-key-named",
                    what = what,
                    commit = commit,
                    signers = allowed_signers.clone(),
                    key = key.clone()
                ),
            }
        }
        ViolationDetail::Digest {
            decision,
            commit,
            check,
        } => {
            let what = decision_of(lang, decision);
            let commit = commit.clone();
            match check {
                DigestCheck::Missing => {
                    t!(lang, "audit-digest-missing", what = what, commit = commit)
                }
                DigestCheck::Unreadable => {
                    t!(
                        lang,
                        "audit-digest-unreadable",
                        what = what,
                        commit = commit
                    )
                }
                DigestCheck::Mismatch | DigestCheck::Match => {
                    t!(lang, "audit-digest-mismatch", what = what, commit = commit)
                }
            }
        }
        ViolationDetail::Backdated {
            decision,
            commit,
            days,
        } => t!(
            lang,
            "audit-backdated",
            what = decision_of(lang, decision),
            commit = commit.clone(),
            days = days.to_string()
        ),
        ViolationDetail::TrailerAssessment {
            decision,
            commit,
            account,
            said,
        } => t!(
            lang,
            "audit-trailer-assessment",
            what = decision_of(lang, decision),
            commit = commit.clone(),
            account = account.clone(),
            said = said.clone()
        ),
        ViolationDetail::TrailerDecision {
            decision,
            commit,
            said,
        } => t!(
            lang,
            "audit-trailer-decision",
            what = decision_of(lang, decision),
            commit = commit.clone(),
            said = said.clone()
        ),
        ViolationDetail::PolicyByNonApprover {
            changes,
            commit,
            why,
        } => t!(
            lang,
            "audit-policy-not-approver",
            what = policy_change_of(lang, changes),
            commit = commit.clone(),
            why = not_approver(lang, why)
        ),
    }
}

/// Why the author did not count as an approver. The parser's reason for
/// an unreadable policy stays as the parser writes it.
pub fn not_approver(lang: Lang, why: &NotApprover) -> String {
    match why {
        NotApprover::PolicyUnreadable(reason) => {
            t!(lang, "audit-why-policy-unreadable", reason = reason.clone())
        }
        NotApprover::KeyOfNonApprover(signer) => {
            t!(
                lang,
                "audit-why-key-of-non-approver",
                signer = signer.clone()
            )
        }
        NotApprover::Unsigned => t!(lang, "audit-why-unsigned"),
        NotApprover::NotApproversKey(verdict) => t!(
            lang,
            "audit-why-not-approvers-key",
            verdict = verdict_word(lang, *verdict)
        ),
        NotApprover::NotListed(email) => t!(lang, "audit-why-not-listed", email = email.clone()),
    }
}

/// "decision of 2024-04-22 (approved)": the date as the entry has it in
/// English (the contract's message), in prose elsewhere when it is a date.
fn decision_of(lang: Lang, d: &DecisionRef) -> String {
    let date = match d.date.as_deref() {
        None => t!(lang, "audit-no-date"),
        Some(text) => match (lang, text.parse::<Date>()) {
            (Lang::Nb | Lang::Nn | Lang::Sv, Ok(date)) => words::long_date(lang, date),
            _ => text.to_owned(),
        },
    };
    let outcome = match d.outcome.as_deref() {
        Some(outcome) => outcome_word(lang, outcome),
        None => t!(lang, "audit-no-outcome"),
    };
    t!(lang, "audit-decision-of", date = date, outcome = outcome)
}

/// A decision's `outcome` in the guidance's words (godkjent med vilkår,
/// villkorat godkänd); in English, and anything the format does not know,
/// as written.
pub fn outcome_word(lang: Lang, outcome: &str) -> String {
    let approval = match outcome {
        _ if lang == Lang::En => None,
        "approved" => Some(Approval::Approved),
        "conditionally_approved" => Some(Approval::ConditionallyApproved),
        "not_approved" => Some(Approval::NotApproved),
        _ => None,
    };
    match approval {
        Some(approval) => words::approval(lang, approval),
        None => outcome.to_owned(),
    }
}

/// "policy change (approver added: …; …)".
fn policy_change_of(lang: Lang, changes: &[PolicyEdit]) -> String {
    let words: Vec<String> = changes.iter().map(|e| policy_edit(lang, e)).collect();
    t!(lang, "audit-policy-change-of", changes = words.join("; "))
}

/// One thing a commit changed in who approves. Keys, e-mails and file
/// names are shown as written.
pub fn policy_edit(lang: Lang, edit: &PolicyEdit) -> String {
    let file = |f: &Option<String>| match f {
        Some(f) => f.clone(),
        None => t!(lang, "audit-edit-no-file"),
    };
    match edit {
        PolicyEdit::Added => t!(lang, "audit-edit-added"),
        PolicyEdit::Removed => t!(lang, "audit-edit-removed"),
        PolicyEdit::MadeUnreadable(why) => {
            t!(lang, "audit-edit-made-unreadable", reason = why.clone())
        }
        PolicyEdit::ApproverAdded(who) => t!(lang, "audit-edit-approver-added", who = who.clone()),
        PolicyEdit::ApproverRemoved(who) => {
            t!(lang, "audit-edit-approver-removed", who = who.clone())
        }
        PolicyEdit::Signing(true) => t!(lang, "audit-edit-signing-required"),
        PolicyEdit::Signing(false) => t!(lang, "audit-edit-signing-optional"),
        PolicyEdit::AllowedSigners { before, after } => t!(
            lang,
            "audit-edit-allowed-signers",
            before = file(before),
            after = file(after)
        ),
        PolicyEdit::AuditSince { before, after } => t!(
            lang,
            "audit-edit-audit-since",
            before = file(before),
            after = file(after)
        ),
        PolicyEdit::KeyAdded(who) => t!(lang, "audit-edit-key-added", who = who.clone()),
        PolicyEdit::KeyRemoved(who) => t!(lang, "audit-edit-key-removed", who = who.clone()),
        PolicyEdit::EditedOnly => t!(lang, "audit-edit-edited-only"),
    }
}

/// The summary line: what was checked and what was found. In English it
/// is [`AuditReport::summary`], the JSON's `summary`.
pub fn summary(lang: Lang, report: &AuditReport) -> String {
    let violations = report.violations();
    let signed = report
        .decisions
        .iter()
        .filter(|d| d.signature.verdict == Verdict::Good)
        .count();
    let head = t!(
        lang,
        "audit-summary-head",
        decisions = t!(
            lang,
            "audit-count-decisions",
            count = number(count(report.decisions.len())),
            shown = shown(lang, report.decisions.len())
        ),
        commits = t!(
            lang,
            "audit-count-commits",
            count = number(count(report.commits_read)),
            shown = shown(lang, report.commits_read)
        ),
        signed = shown(lang, signed),
        policy = t!(
            lang,
            "audit-count-policy-changes",
            count = number(count(report.policy_changes.len())),
            shown = shown(lang, report.policy_changes.len())
        )
    );
    let by_hand = report.by_hand();
    let head = if by_hand > 0 {
        format!(
            "{head}, {}",
            t!(
                lang,
                "audit-count-by-hand",
                count = number(count(by_hand)),
                shown = shown(lang, by_hand)
            )
        )
    } else {
        head
    };
    if violations.is_empty() {
        return t!(lang, "audit-summary-intact", head = head);
    }
    t!(
        lang,
        "audit-summary-violations",
        violations = t!(
            lang,
            "audit-count-violations",
            count = number(count(violations.len())),
            shown = shown(lang, violations.len())
        ),
        kinds = report.kinds_counted(),
        head = head
    )
}

/// A count as the summary shows it: as the JSON's English summary has it
/// (no grouping), grouped by no-break spaces in Norwegian and Swedish.
fn shown(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => n.to_string(),
        Lang::Nb | Lang::Nn | Lang::Sv => {
            super::group_digits(i64::try_from(n).unwrap_or(i64::MAX), '\u{a0}')
        }
    }
}

/// A count as Fluent takes it for choosing a plural form (exact far beyond any real history).
fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
#[path = "audit_tests.rs"]
mod tests;
