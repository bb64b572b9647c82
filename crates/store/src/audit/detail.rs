//! What a violation says, as data: its kind's sub-case and the named
//! values (dates, outcome, commit, who, days, fields changed, why), so the
//! binary can word it in the reader's language. The English wording, the
//! `message` of `somevakt audit --format json` (the contract,
//! docs/format.md "Signed decisions and the audit"), is written here from
//! the same data, and a test in the binary renders every case through the
//! English Fluent file and requires the two equal.

use serde::{Deserialize, Serialize};

use super::facts::DigestCheck;
use super::verify::Verdict;

/// Why a commit's author did not count as an approver under the policy
/// in force (docs/format.md, "Signed decisions and the audit").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NotApprover {
    /// `somevakt.toml` in the parent could not be read; why, as the
    /// parser says it.
    PolicyUnreadable(String),
    /// Signed with a good key, but that of this person, not an approver.
    KeyOfNonApprover(String),
    /// Not signed where approvers are known by their keys.
    Unsigned,
    /// Signed, but not with an approver's key: the signature verdict.
    NotApproversKey(Verdict),
    /// This e-mail is not on the approver list.
    NotListed(String),
}

impl NotApprover {
    /// In English: the JSON's `approver_reason`.
    pub fn english(&self) -> String {
        match self {
            NotApprover::PolicyUnreadable(why) => {
                format!("the policy in force could not be read ({why})")
            }
            NotApprover::KeyOfNonApprover(signer) => {
                format!("signed with the key of {signer}, who is not an approver")
            }
            NotApprover::Unsigned => "not signed, and approvers are known by their keys".into(),
            NotApprover::NotApproversKey(verdict) => format!(
                "not signed by an approver's key (signature: {})",
                verdict.as_str()
            ),
            NotApprover::NotListed(email) => format!("{email} is not on the approver list"),
        }
    }
}

/// One thing a commit changed in who approves (the policy's
/// `[approvers]` or the allowed signers file).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PolicyEdit {
    /// `somevakt.toml` added.
    Added,
    /// `somevakt.toml` removed: the defaults apply.
    Removed,
    /// `somevakt.toml` can no longer be read; why, as the parser says it.
    MadeUnreadable(String),
    /// An approver (e-mail or pattern) added.
    ApproverAdded(String),
    /// An approver removed.
    ApproverRemoved(String),
    /// Signing made required (`true`) or optional (`false`).
    Signing(bool),
    /// The allowed signers file named, renamed or no longer named.
    AllowedSigners {
        /// The file before, if one was named.
        before: Option<String>,
        /// The file after.
        after: Option<String>,
    },
    /// Where the audit starts (`audit_since`) set, moved or removed.
    AuditSince {
        /// The commit before, if one was named.
        before: Option<String>,
        /// The commit after.
        after: Option<String>,
    },
    /// A signing key added for this principal.
    KeyAdded(String),
    /// A signing key removed for this principal.
    KeyRemoved(String),
    /// `somevakt.toml` edited, the approvers left as they were.
    EditedOnly,
}

impl PolicyEdit {
    /// In English: one of the JSON's `changes`.
    pub fn english(&self) -> String {
        let file = |p: &Option<String>| p.clone().unwrap_or_else(|| "(none)".to_owned());
        match self {
            PolicyEdit::Added => "somevakt.toml added".into(),
            PolicyEdit::Removed => "somevakt.toml removed: the defaults apply".into(),
            PolicyEdit::MadeUnreadable(why) => format!("somevakt.toml made unreadable ({why})"),
            PolicyEdit::ApproverAdded(e) => format!("approver added: {e}"),
            PolicyEdit::ApproverRemoved(e) => format!("approver removed: {e}"),
            PolicyEdit::Signing(true) => "signing: optional -> required".into(),
            PolicyEdit::Signing(false) => "signing: required -> optional".into(),
            PolicyEdit::AllowedSigners { before, after } => {
                format!("allowed_signers: {} -> {}", file(before), file(after))
            }
            PolicyEdit::AuditSince { before, after } => {
                format!("audit_since: {} -> {}", file(before), file(after))
            }
            PolicyEdit::KeyAdded(who) => format!("signing key added for {who}"),
            PolicyEdit::KeyRemoved(who) => format!("signing key removed for {who}"),
            PolicyEdit::EditedOnly => "somevakt.toml edited without changing the approvers".into(),
        }
    }
}

/// The decision entry a violation is about, as its entry says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionRef {
    /// `date` as written, if any.
    pub date: Option<String>,
    /// `outcome` as written, if any.
    pub outcome: Option<String>,
}

/// What was signed wrongly: a decision or a change of the policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// A decision entry.
    Decision(DecisionRef),
    /// A change of the policy or the allowed signers: what changed.
    PolicyChange(Vec<PolicyEdit>),
}

/// Why a signature did not do where signing is required.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignatureProblem {
    /// The commit is not signed.
    Unsigned,
    /// The signature does not verify.
    Bad,
    /// Signed by a key the allowed signers list for someone other than
    /// the committer (an approver's key on a commit made as another).
    OtherCommitter {
        /// Whom the key is listed for.
        signer: String,
        /// The committer's e-mail.
        committer: String,
    },
    /// Signed by a key the allowed signers file does not list.
    UnknownKey {
        /// The allowed signers file.
        allowed_signers: String,
        /// The key, if Git said which.
        key: Option<String>,
    },
}

/// One violation as data. Commits are given by their short id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ViolationDetail {
    /// A decision entry changed after it was committed (R-append-only).
    Changed {
        /// The entry before.
        decision: DecisionRef,
        /// The fields that differ (TOML keys); empty when none of the
        /// known ones does.
        fields: Vec<&'static str>,
        /// The commit that changed it.
        commit: String,
        /// Its author's name.
        author: String,
        /// Its author's e-mail.
        email: String,
    },
    /// A decision entry removed after it was committed.
    Removed {
        /// The entry removed.
        decision: DecisionRef,
        /// The commit that removed it.
        commit: String,
        /// Its author's name.
        author: String,
        /// Its author's e-mail.
        email: String,
    },
    /// Added without an `Action: decision` trailer.
    OutsideTool {
        /// The entry.
        decision: DecisionRef,
        /// The commit.
        commit: String,
    },
    /// Added by someone who was not an approver.
    NotApprover {
        /// The entry.
        decision: DecisionRef,
        /// The commit.
        commit: String,
        /// Why not an approver.
        why: NotApprover,
    },
    /// Unsigned or badly signed where signing is required.
    Signature {
        /// What the commit did.
        subject: Subject,
        /// The commit.
        commit: String,
        /// What is wrong with its signature.
        problem: SignatureProblem,
    },
    /// `dpia_digest` missing, unreadable or not that of the `[dpia]`.
    Digest {
        /// The entry.
        decision: DecisionRef,
        /// The commit.
        commit: String,
        /// How the digest compared (never `Match` here).
        check: DigestCheck,
    },
    /// Committed long after its date without `Backdated: yes`.
    Backdated {
        /// The entry.
        decision: DecisionRef,
        /// The commit.
        commit: String,
        /// Days from the decision's date to the commit.
        days: i64,
    },
    /// `Assessment:` names another account than the file the commit changed.
    TrailerAssessment {
        /// The entry.
        decision: DecisionRef,
        /// The commit.
        commit: String,
        /// The account whose file the entry was added to.
        account: String,
        /// What the trailer says (empty when missing).
        said: String,
    },
    /// `Decision:` names another outcome than the entry added.
    TrailerDecision {
        /// The entry.
        decision: DecisionRef,
        /// The commit.
        commit: String,
        /// What the trailer says (empty when missing).
        said: String,
    },
    /// The policy changed by someone who was not an approver.
    PolicyByNonApprover {
        /// What changed.
        changes: Vec<PolicyEdit>,
        /// The commit.
        commit: String,
        /// Why not an approver.
        why: NotApprover,
    },
}

impl DecisionRef {
    fn english(&self) -> String {
        format!(
            "decision of {} ({})",
            self.date.as_deref().unwrap_or("no date"),
            self.outcome.as_deref().unwrap_or("no outcome")
        )
    }
}

impl Subject {
    fn english(&self) -> String {
        match self {
            Subject::Decision(d) => d.english(),
            Subject::PolicyChange(changes) => policy_change(changes),
        }
    }
}

fn policy_change(changes: &[PolicyEdit]) -> String {
    let words: Vec<String> = changes.iter().map(PolicyEdit::english).collect();
    format!("policy change ({})", words.join("; "))
}

impl ViolationDetail {
    /// The violation in English: `Violation::message`, the JSON's wording.
    pub fn english(&self) -> String {
        match self {
            ViolationDetail::Changed {
                decision,
                fields,
                commit,
                author,
                email,
            } => {
                let what = if fields.is_empty() {
                    "changed".to_owned()
                } else {
                    format!("changed ({})", fields.join(", "))
                };
                format!(
                    "{} {what} in {commit} by {author} <{email}>; decisions are append-only",
                    decision.english()
                )
            }
            ViolationDetail::Removed {
                decision,
                commit,
                author,
                email,
            } => format!(
                "{} removed in {commit} by {author} <{email}>; decisions are append-only",
                decision.english()
            ),
            ViolationDetail::OutsideTool { decision, commit } => format!(
                "{} added in {commit} without an `Action: decision` trailer (not recorded by somevakt decide)",
                decision.english()
            ),
            ViolationDetail::NotApprover {
                decision,
                commit,
                why,
            } => format!(
                "{} added in {commit} by a non-approver: {}",
                decision.english(),
                why.english()
            ),
            ViolationDetail::Signature {
                subject,
                commit,
                problem,
            } => {
                let why = match problem {
                    SignatureProblem::Unsigned => "is not signed".to_owned(),
                    SignatureProblem::Bad => {
                        "has a bad signature (the commit was altered after signing?)".to_owned()
                    }
                    SignatureProblem::OtherCommitter { signer, committer } => {
                        format!("is signed with the key of {signer}, but committed as {committer}")
                    }
                    SignatureProblem::UnknownKey {
                        allowed_signers,
                        key,
                    } => format!(
                        "is signed by a key that {allowed_signers} does not list{}",
                        key.as_deref()
                            .map(|k| format!(" ({k})"))
                            .unwrap_or_default()
                    ),
                };
                format!(
                    "{}: commit {commit} {why}; signing is required",
                    subject.english()
                )
            }
            ViolationDetail::Digest {
                decision,
                commit,
                check,
            } => format!(
                "{} added in {commit}: dpia_digest {} the [dpia] committed with it",
                decision.english(),
                match check {
                    DigestCheck::Missing => "is missing; it cannot be tied to",
                    DigestCheck::Unreadable => "cannot be compared with (unreadable)",
                    _ => "does not match",
                }
            ),
            ViolationDetail::Backdated {
                decision,
                commit,
                days,
            } => format!(
                "{} committed {days} days after its date ({commit}) without `Backdated: yes`",
                decision.english()
            ),
            ViolationDetail::TrailerAssessment {
                decision,
                commit,
                account,
                said,
            } => format!(
                "{} added to {account} in {commit}, but the commit message says `Assessment: {said}`",
                decision.english()
            ),
            ViolationDetail::TrailerDecision {
                decision,
                commit,
                said,
            } => format!(
                "{} added in {commit}, but the commit message says `Decision: {said}`",
                decision.english()
            ),
            ViolationDetail::PolicyByNonApprover {
                changes,
                commit,
                why,
            } => format!(
                "{} in {commit} by a non-approver: {}",
                policy_change(changes),
                why.english()
            ),
        }
    }
}
