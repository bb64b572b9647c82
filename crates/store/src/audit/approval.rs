//! The policy in force for a commit, whether its author counts as an
//! approver under it, and what a policy change changed.

use somevakt_core::Policy;
use somevakt_core::policy::Signing;

use super::detail::{NotApprover, PolicyEdit};
use super::facts::{Approval, CommitSummary, PolicyInForce};
use super::signers;
use super::verify::{SignatureCheck, Verdict};

/// The parts of a policy the audit judges by.
pub(crate) fn in_force(policy: Policy) -> PolicyInForce {
    PolicyInForce {
        emails: policy.approvers.emails,
        signing_required: policy.approvers.signing == Signing::Required,
        allowed_signers: policy.approvers.allowed_signers,
        invalid: None,
        audit_since: policy.approvers.audit_since,
    }
}

/// Whether the commit's author counts as an approver under `policy`: by
/// signing key when the policy names allowed signers, else by e-mail.
pub(crate) fn approval(
    policy: &PolicyInForce,
    commit: &CommitSummary,
    sig: &SignatureCheck,
) -> Approval {
    let listed = |who: &str| {
        policy.emails.is_empty()
            || policy
                .emails
                .iter()
                .any(|e| signers::pattern_matches(who, e.trim()))
    };
    let no = |why: NotApprover| Approval {
        approver: false,
        reason: Some(why.english()),
        why: Some(why),
    };
    if let Some(why) = &policy.invalid {
        return no(NotApprover::PolicyUnreadable(why.clone()));
    }
    if policy.allowed_signers.is_some() {
        return match (&sig.verdict, &sig.signer) {
            (Verdict::Good, Some(signer)) if listed(signer) => Approval {
                approver: true,
                reason: None,
                why: None,
            },
            (Verdict::Good, Some(signer)) => no(NotApprover::KeyOfNonApprover(signer.clone())),
            (Verdict::None, _) => no(NotApprover::Unsigned),
            (verdict, _) => no(NotApprover::NotApproversKey(*verdict)),
        };
    }
    if listed(&commit.email) {
        Approval {
            approver: true,
            reason: None,
            why: None,
        }
    } else {
        no(NotApprover::NotListed(commit.email.clone()))
    }
}

pub(crate) fn describe_policy_change(
    before: &PolicyInForce,
    after: &PolicyInForce,
) -> Vec<PolicyEdit> {
    let mut out = Vec::new();
    if let Some(why) = &after.invalid {
        out.push(PolicyEdit::MadeUnreadable(why.clone()));
        return out;
    }
    for e in after.emails.iter().filter(|e| !before.emails.contains(e)) {
        out.push(PolicyEdit::ApproverAdded(e.clone()));
    }
    for e in before.emails.iter().filter(|e| !after.emails.contains(e)) {
        out.push(PolicyEdit::ApproverRemoved(e.clone()));
    }
    if before.signing_required != after.signing_required {
        out.push(PolicyEdit::Signing(after.signing_required));
    }
    if before.allowed_signers != after.allowed_signers {
        out.push(PolicyEdit::AllowedSigners {
            before: before.allowed_signers.clone(),
            after: after.allowed_signers.clone(),
        });
    }
    if before.audit_since != after.audit_since {
        out.push(PolicyEdit::AuditSince {
            before: before.audit_since.clone(),
            after: after.audit_since.clone(),
        });
    }
    out
}

pub(crate) fn describe_signers_change(old: &str, new: &str) -> Vec<PolicyEdit> {
    let lines = |text: &str| -> Vec<(String, String)> {
        signers::parse(text)
            .into_iter()
            .flat_map(|s| {
                let key = format!("{} {}", s.key_type, s.key);
                s.principals.into_iter().map(move |p| (p, key.clone()))
            })
            .collect()
    };
    let (old, new) = (lines(old), lines(new));
    let mut out = Vec::new();
    for (who, _) in new.iter().filter(|l| !old.contains(l)) {
        out.push(PolicyEdit::KeyAdded(who.clone()));
    }
    for (who, _) in old.iter().filter(|l| !new.contains(l)) {
        out.push(PolicyEdit::KeyRemoved(who.clone()));
    }
    out
}
