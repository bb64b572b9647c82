//! The policy in force for a commit, whether its author counts as an
//! approver under it, and what a policy change changed, in words.

use somevakt_core::Policy;
use somevakt_core::policy::Signing;

use super::detail::NotApprover;
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

pub(crate) fn describe_policy_change(before: &PolicyInForce, after: &PolicyInForce) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(why) = &after.invalid {
        out.push(format!("somevakt.toml made unreadable ({why})"));
        return out;
    }
    for e in after.emails.iter().filter(|e| !before.emails.contains(e)) {
        out.push(format!("approver added: {e}"));
    }
    for e in before.emails.iter().filter(|e| !after.emails.contains(e)) {
        out.push(format!("approver removed: {e}"));
    }
    if before.signing_required != after.signing_required {
        let word = |r: bool| if r { "required" } else { "optional" };
        out.push(format!(
            "signing: {} -> {}",
            word(before.signing_required),
            word(after.signing_required)
        ));
    }
    if before.allowed_signers != after.allowed_signers {
        let word = |p: &Option<String>| p.clone().unwrap_or_else(|| "(none)".to_owned());
        out.push(format!(
            "allowed_signers: {} -> {}",
            word(&before.allowed_signers),
            word(&after.allowed_signers)
        ));
    }
    out
}

pub(crate) fn describe_signers_change(old: &str, new: &str) -> Vec<String> {
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
        out.push(format!("signing key added for {who}"));
    }
    for (who, _) in old.iter().filter(|l| !new.contains(l)) {
        out.push(format!("signing key removed for {who}"));
    }
    out
}
