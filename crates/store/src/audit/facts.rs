//! What one commit did to the decision trail, as read from Git: the facts
//! the verdicts are drawn from. A commit never changes, nor does its
//! parent, so these facts are cached by commit id (see `cache`).

use serde::{Deserialize, Serialize};

use super::entries::Entry;
use super::verify::SignatureCheck;

/// Who made a commit, when, and what its message says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommitSummary {
    /// The full commit id.
    pub id: String,
    /// The author's name.
    pub author: String,
    /// The author's e-mail.
    pub email: String,
    /// The committer's e-mail: whose key a signature must be (a forge
    /// marks a commit *Verified* only for its committer's key).
    #[serde(default)]
    pub committer_email: String,
    /// Author time, seconds since 1970.
    pub time: i64,
    /// The author's offset from UTC, in minutes.
    pub offset_minutes: i32,
    /// The first line of the message.
    pub subject: String,
    /// Git trailers, in order.
    pub trailers: Vec<(String, String)>,
}

impl CommitSummary {
    /// The first trailer named `key` (Git compares trailer keys without
    /// regard to case).
    pub fn trailer(&self, key: &str) -> Option<&str> {
        self.trailers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v.trim())
    }

    /// The short id, as `git log --oneline` shows it.
    pub fn short_id(&self) -> &str {
        self.id.get(..8).unwrap_or(&self.id)
    }

    /// The author date as the author's clock showed it: `YYYY-MM-DD`.
    pub fn day(&self) -> String {
        self.local().get(..10).unwrap_or_default().to_owned()
    }

    /// `YYYY-MM-DD HH:MM` in the author's own offset.
    pub fn local(&self) -> String {
        jiff::Timestamp::from_second(self.time + i64::from(self.offset_minutes) * 60)
            .map(|t| t.strftime("%Y-%m-%d %H:%M").to_string())
            .unwrap_or_default()
    }
}

/// The policy in force for a commit: the one in its (first) parent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct PolicyInForce {
    /// `[approvers].emails`.
    pub emails: Vec<String>,
    /// `signing = "required"`.
    pub signing_required: bool,
    /// `[approvers].allowed_signers`.
    pub allowed_signers: Option<String>,
    /// Why the policy file could not be read, if it could not; then no
    /// approver can be confirmed.
    pub invalid: Option<String>,
    /// `[approvers].audit_since`: moving it moves where the trail starts,
    /// so changing it is a policy change like changing the approvers.
    #[serde(default)]
    pub audit_since: Option<String>,
}

/// Whether a commit's author counts as an approver, and why not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Approval {
    /// Counts as an approver.
    pub approver: bool,
    /// Why not, in (English) words: the JSON's `approver_reason`.
    pub reason: Option<String>,
    /// Why not, as data.
    pub why: Option<super::detail::NotApprover>,
}

/// A decision entry this commit added.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Added {
    /// The account's id.
    pub account: String,
    /// 1-based position in the file.
    pub position: usize,
    /// The entry.
    pub entry: Entry,
    /// Whether its `dpia_digest` matches the `[dpia]` in this commit.
    pub digest: DigestCheck,
}

/// How an entry's `dpia_digest` compares with the `[dpia]` beside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DigestCheck {
    /// Equal: the decision was made on exactly this DPIA.
    Match,
    /// Different: the digest names another DPIA.
    Mismatch,
    /// The entry has no `dpia_digest`.
    Missing,
    /// `[dpia]` in this version cannot be read.
    Unreadable,
}

impl DigestCheck {
    /// The word used in reports and JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            DigestCheck::Match => "match",
            DigestCheck::Mismatch => "mismatch",
            DigestCheck::Missing => "missing",
            DigestCheck::Unreadable => "unreadable",
        }
    }
}

/// A decision entry this commit changed or removed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Altered {
    /// The account's id.
    pub account: String,
    /// The entry as it was.
    pub old: Entry,
    /// What it became; `None` when it was removed.
    pub new: Option<Entry>,
}

/// A decision entry moved with its file to another account id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Moved {
    /// The entry's key.
    pub key: String,
    /// The id it had.
    pub from: String,
    /// The id it has now.
    pub to: String,
}

/// Everything the audit needs of one commit that touched the trail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommitFacts {
    /// The commit.
    pub commit: CommitSummary,
    /// Its signature, checked against the policy in force.
    pub signature: SignatureCheck,
    /// The policy in force (its parent's).
    pub policy: PolicyInForce,
    /// Whether the author counts as an approver under that policy.
    pub approval: Approval,
    /// Decision entries added.
    pub added: Vec<Added>,
    /// Decision entries changed or removed.
    pub altered: Vec<Altered>,
    /// Decision entries that moved with a renamed file.
    pub moved: Vec<Moved>,
    /// What the commit changed in the policy or the allowed signers, in
    /// words; empty when it changed neither.
    pub policy_changes: Vec<super::detail::PolicyEdit>,
    /// Versions of files that could not be read (path, reason).
    pub unreadable: Vec<(String, String)>,
}
