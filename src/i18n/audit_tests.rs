//! Every kind of violation reads in English exactly as the store's
//! `message` (the JSON) says it, and as it said before the violations
//! became data; in Norwegian and Swedish every variable is filled.

use somevakt_store::audit::{
    AuditReport, DecisionRef, DigestCheck, NotApprover, PolicyEdit, SignatureProblem, Subject,
    ViolationDetail,
};

use super::*;

fn decision() -> DecisionRef {
    DecisionRef {
        date: Some("2024-04-22".into()),
        outcome: Some("approved".into()),
    }
}

fn undated() -> DecisionRef {
    DecisionRef {
        date: None,
        outcome: None,
    }
}

fn changes() -> Vec<PolicyEdit> {
    vec![
        PolicyEdit::ApproverAdded("ola@x.no".into()),
        PolicyEdit::Signing(true),
    ]
}

/// Every case with the English the store wrote before it kept the data
/// (the contract's `message`, word for word).
fn every_case() -> Vec<(ViolationDetail, &'static str)> {
    let commit = || "f6c56fde".to_owned();
    vec![
        (
            ViolationDetail::Changed {
                decision: decision(),
                fields: vec!["date", "outcome"],
                commit: commit(),
                author: "Ola".into(),
                email: "ola@x.no".into(),
            },
            "decision of 2024-04-22 (approved) changed (date, outcome) in f6c56fde by Ola <ola@x.no>; decisions are append-only",
        ),
        (
            ViolationDetail::Changed {
                decision: undated(),
                fields: Vec::new(),
                commit: commit(),
                author: "Ola".into(),
                email: "ola@x.no".into(),
            },
            "decision of no date (no outcome) changed in f6c56fde by Ola <ola@x.no>; decisions are append-only",
        ),
        (
            ViolationDetail::Removed {
                decision: decision(),
                commit: commit(),
                author: "Ola".into(),
                email: "ola@x.no".into(),
            },
            "decision of 2024-04-22 (approved) removed in f6c56fde by Ola <ola@x.no>; decisions are append-only",
        ),
        (
            ViolationDetail::OutsideTool {
                decision: decision(),
                commit: commit(),
            },
            "decision of 2024-04-22 (approved) added in f6c56fde without an `Action: decision` trailer (not recorded by somevakt decide)",
        ),
        (
            ViolationDetail::NotApprover {
                decision: decision(),
                commit: commit(),
                why: NotApprover::NotListed("ola@x.no".into()),
            },
            "decision of 2024-04-22 (approved) added in f6c56fde by a non-approver: ola@x.no is not on the approver list",
        ),
        (
            ViolationDetail::Signature {
                subject: Subject::Decision(decision()),
                commit: commit(),
                problem: SignatureProblem::Unsigned,
            },
            "decision of 2024-04-22 (approved): commit f6c56fde is not signed; signing is required",
        ),
        (
            ViolationDetail::Signature {
                subject: Subject::Decision(decision()),
                commit: commit(),
                problem: SignatureProblem::Bad,
            },
            "decision of 2024-04-22 (approved): commit f6c56fde has a bad signature (the commit was altered after signing?); signing is required",
        ),
        (
            ViolationDetail::Signature {
                subject: Subject::PolicyChange(changes()),
                commit: commit(),
                problem: SignatureProblem::UnknownKey {
                    allowed_signers: ".somevakt/allowed_signers".into(),
                    key: Some("SHA256:abc".into()),
                },
            },
            "policy change (approver added: ola@x.no; signing: optional -> required): commit f6c56fde is signed by a key that .somevakt/allowed_signers does not list (SHA256:abc); signing is required",
        ),
        (
            ViolationDetail::Signature {
                subject: Subject::Decision(decision()),
                commit: commit(),
                problem: SignatureProblem::UnknownKey {
                    allowed_signers: ".somevakt/allowed_signers".into(),
                    key: None,
                },
            },
            "decision of 2024-04-22 (approved): commit f6c56fde is signed by a key that .somevakt/allowed_signers does not list; signing is required",
        ),
        (
            ViolationDetail::Signature {
                subject: Subject::Decision(decision()),
                commit: commit(),
                problem: SignatureProblem::OtherCommitter {
                    signer: "hege@x.no".into(),
                    committer: "intruder@example.org".into(),
                },
            },
            "decision of 2024-04-22 (approved): commit f6c56fde is signed with the key of hege@x.no, but committed as intruder@example.org; signing is required",
        ),
        (
            ViolationDetail::TrailerAssessment {
                decision: decision(),
                commit: commit(),
                account: "bergen/facebook".into(),
                said: "bergen/x".into(),
            },
            "decision of 2024-04-22 (approved) added to bergen/facebook in f6c56fde, but the commit message says `Assessment: bergen/x`",
        ),
        (
            ViolationDetail::TrailerDecision {
                decision: decision(),
                commit: commit(),
                said: "not_approved".into(),
            },
            "decision of 2024-04-22 (approved) added in f6c56fde, but the commit message says `Decision: not_approved`",
        ),
        (
            ViolationDetail::Digest {
                decision: decision(),
                commit: commit(),
                check: DigestCheck::Missing,
            },
            "decision of 2024-04-22 (approved) added in f6c56fde: dpia_digest is missing; it cannot be tied to the [dpia] committed with it",
        ),
        (
            ViolationDetail::Digest {
                decision: decision(),
                commit: commit(),
                check: DigestCheck::Unreadable,
            },
            "decision of 2024-04-22 (approved) added in f6c56fde: dpia_digest cannot be compared with (unreadable) the [dpia] committed with it",
        ),
        (
            ViolationDetail::Digest {
                decision: decision(),
                commit: commit(),
                check: DigestCheck::Mismatch,
            },
            "decision of 2024-04-22 (approved) added in f6c56fde: dpia_digest does not match the [dpia] committed with it",
        ),
        (
            ViolationDetail::Backdated {
                decision: decision(),
                commit: commit(),
                days: 1234,
            },
            "decision of 2024-04-22 (approved) committed 1234 days after its date (f6c56fde) without `Backdated: yes`",
        ),
        (
            ViolationDetail::PolicyByNonApprover {
                changes: changes(),
                commit: commit(),
                why: NotApprover::NotListed("ola@x.no".into()),
            },
            "policy change (approver added: ola@x.no; signing: optional -> required) in f6c56fde by a non-approver: ola@x.no is not on the approver list",
        ),
    ]
}

#[test]
fn every_violation_reads_in_english_as_the_json_says_it() {
    for (case, before) in every_case() {
        assert_eq!(case.english(), before);
        assert_eq!(detail(Lang::En, &case), case.english());
    }
}

#[test]
fn every_violation_reads_in_norwegian_and_swedish_with_every_value() {
    for (case, _) in every_case() {
        for lang in [Lang::Nb, Lang::Sv] {
            let text = detail(lang, &case);
            assert!(!text.contains("{$"), "{}: {text}", lang.code());
            assert!(!text.contains("audit-"), "{}: {text}", lang.code());
            assert!(text.contains("f6c56fde"), "{}: {text}", lang.code());
            assert_ne!(text, case.english(), "{}: untranslated", lang.code());
        }
    }
    // Dates in sentences as the language writes them.
    let case = &every_case()[3].0;
    assert!(detail(Lang::Nb, case).contains("beslutningen av 22. april 2024 (godkjent)"));
    assert!(detail(Lang::Sv, case).contains("beslutet av 22 april 2024 (godkänd)"));
}

#[test]
fn the_summary_reads_in_english_as_the_json_says_it() {
    let mut report = AuditReport {
        commits_read: 12_345,
        ..AuditReport::default()
    };
    assert_eq!(summary(Lang::En, &report), report.summary());
    report.commits_read = 1;
    assert_eq!(summary(Lang::En, &report), report.summary());
    for lang in [Lang::Nb, Lang::Sv] {
        let text = summary(lang, &report);
        assert!(!text.contains("{$") && !text.contains("audit-"), "{text}");
        assert_ne!(text, report.summary());
    }
}

#[test]
fn every_reason_for_not_being_an_approver_reads_as_the_json_says_it() {
    use somevakt_store::audit::Verdict;
    let all = [
        NotApprover::PolicyUnreadable("somevakt.toml:2:1: unknown key".into()),
        NotApprover::KeyOfNonApprover("ola@x.no".into()),
        NotApprover::Unsigned,
        NotApprover::NotApproversKey(Verdict::UnknownKey),
        NotApprover::NotApproversKey(Verdict::Bad),
        NotApprover::NotListed("ola@x.no".into()),
    ];
    let before = [
        "the policy in force could not be read (somevakt.toml:2:1: unknown key)",
        "signed with the key of ola@x.no, who is not an approver",
        "not signed, and approvers are known by their keys",
        "not signed by an approver's key (signature: unknown key)",
        "not signed by an approver's key (signature: bad)",
        "ola@x.no is not on the approver list",
    ];
    for (why, before) in all.iter().zip(before) {
        assert_eq!(why.english(), before);
        assert_eq!(not_approver(Lang::En, why), before);
        for lang in [Lang::Nb, Lang::Sv] {
            let text = not_approver(lang, why);
            assert!(!text.contains("{$") && !text.contains("audit-"), "{text}");
            assert_ne!(text, before);
        }
    }
}

#[test]
fn every_policy_edit_reads_as_the_json_says_it() {
    let all = [
        (PolicyEdit::Added, "somevakt.toml added"),
        (
            PolicyEdit::Removed,
            "somevakt.toml removed: the defaults apply",
        ),
        (
            PolicyEdit::MadeUnreadable("line 2: expected `=`".into()),
            "somevakt.toml made unreadable (line 2: expected `=`)",
        ),
        (
            PolicyEdit::ApproverAdded("*@x.no".into()),
            "approver added: *@x.no",
        ),
        (
            PolicyEdit::ApproverRemoved("ola@x.no".into()),
            "approver removed: ola@x.no",
        ),
        (PolicyEdit::Signing(true), "signing: optional -> required"),
        (PolicyEdit::Signing(false), "signing: required -> optional"),
        (
            PolicyEdit::AllowedSigners {
                before: None,
                after: Some(".somevakt/allowed_signers".into()),
            },
            "allowed_signers: (none) -> .somevakt/allowed_signers",
        ),
        (
            PolicyEdit::AllowedSigners {
                before: Some("a".into()),
                after: None,
            },
            "allowed_signers: a -> (none)",
        ),
        (
            PolicyEdit::AuditSince {
                before: None,
                after: Some("0123abcd".repeat(5)),
            },
            "audit_since: (none) -> 0123abcd0123abcd0123abcd0123abcd0123abcd",
        ),
        (
            PolicyEdit::KeyAdded("ola@x.no".into()),
            "signing key added for ola@x.no",
        ),
        (
            PolicyEdit::KeyRemoved("ola@x.no".into()),
            "signing key removed for ola@x.no",
        ),
        (
            PolicyEdit::EditedOnly,
            "somevakt.toml edited without changing the approvers",
        ),
    ];
    for (edit, before) in all {
        assert_eq!(edit.english(), before);
        assert_eq!(policy_edit(Lang::En, &edit), before);
        for lang in [Lang::Nb, Lang::Sv] {
            let text = policy_edit(lang, &edit);
            assert!(!text.contains("{$") && !text.contains("audit-"), "{text}");
            assert_ne!(text, before);
        }
    }
}
