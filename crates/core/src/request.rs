//! What a privacy officer asks to have recorded, and the change that will be
//! committed for it. Plain data shared by the CLI and the dashboard; the
//! store turns a [`Proposal`] into a file write and a Git commit.

use crate::safe_text::{lines, one_line};
use std::fmt;

use crate::edit::NewSnapshot;
use crate::model::{Level, Outcome, Platform, ReviewResult};
use crate::{AccountId, Date};

/// A Git commit's id, as hexadecimal text. The store keeps Git's own types to
/// itself; everything outside it names commits by this.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CommitId(String);

impl CommitId {
    /// A commit id from its hexadecimal text (as `git rev-parse` prints it).
    pub fn from_hex(hex: impl Into<String>) -> CommitId {
        CommitId(hex.into())
    }

    /// The full hexadecimal id.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The first seven characters, as `git log --oneline` shows them.
    pub fn short(&self) -> &str {
        self.0.get(..7).unwrap_or(&self.0)
    }
}

impl fmt::Display for CommitId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The kinds of change, as the `Action:` trailer names them (docs/format.md,
/// "Commits").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// A management decision (`[[decisions]]`), R34-R37.
    Decision,
    /// An archive snapshot (`[[snapshots]]`), R46, R47.
    Snapshot,
    /// The last post seen (`[activity]`), R48.
    Activity,
    /// A review of the assessment.
    Review,
    /// Closing the account (`[closing]`), R49.
    Close,
    /// A correction of one field of a recorded entry (`Corrects:`, `Reason:`).
    Correct,
    /// A new account file.
    New,
    /// The file as the user saved it in an editor.
    Edit,
}

impl Action {
    /// The trailer's word for this action.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Decision => "decision",
            Action::Snapshot => "snapshot",
            Action::Activity => "activity",
            Action::Review => "review",
            Action::Close => "close",
            Action::Correct => "correct",
            Action::New => "new",
            Action::Edit => "edit",
        }
    }
}

/// One change, ready to be written and committed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    /// The account whose file changes.
    pub id: AccountId,
    /// What kind of change it is.
    pub action: Action,
    /// The file's new text, already validated.
    pub text: String,
    /// The subject's summary after `<action>: <id>`.
    pub summary: String,
    /// The body: the rationale, or what was done.
    pub body: String,
    /// Trailers after `Assessment` and `Action`, e.g. `Decision`, `Review-Due`.
    pub trailers: Vec<(String, String)>,
}

impl Proposal {
    /// The subject line: `<action>: <id>` and the short summary, on one
    /// line and without control characters.
    pub fn subject(&self) -> String {
        let mut subject = format!("{}: {}", self.action.as_str(), self.id);
        if !self.summary.trim().is_empty() {
            subject.push(' ');
            subject.push_str(&one_line(self.summary.trim()));
        }
        subject
    }

    /// The commit message exactly as it will be recorded. What a user
    /// typed (rationale, deciding body, conditions, archive reference,
    /// reasons) is sanitised as for a terminal: `git log` must never carry
    /// an escape sequence, a bidirectional override or a bell to whoever
    /// reads it; line breaks stay only in the body.
    pub fn message(&self) -> String {
        let mut m = self.subject();
        m.push_str("\n\n");
        let body = lines(self.body.trim());
        if !body.trim().is_empty() {
            m.push_str(body.trim());
            m.push_str("\n\n");
        }
        m.push_str(&format!(
            "Assessment: {}\nAction: {}\n",
            self.id,
            self.action.as_str()
        ));
        for (key, value) in &self.trailers {
            // A trailer is one line; a newline would end the trailer block.
            m.push_str(&format!("{}: {}\n", one_line(key), one_line(value)));
        }
        m
    }
}

/// What the privacy officer wants recorded.
#[derive(Debug, Clone, PartialEq)]
pub enum Request {
    /// Record a management decision.
    Decide(DecisionInput),
    /// Record an archive snapshot.
    Snapshot(NewSnapshot),
    /// Record a periodic review of the DPIA.
    Review(ReviewInput),
    /// Record the date of the last post seen.
    Activity {
        /// The day of the latest post.
        last_post: Date,
    },
    /// Start closing the account, or record it closed.
    Close {
        /// Why the account is closed; may be empty when `[closing]`
        /// already records why (closing → closed).
        reason: String,
        /// `true`: closed now; `false`: closing.
        closed: bool,
        /// The day management decided to close it, when it was before the
        /// day of recording (`close --date`); `None`: the day of recording.
        date: Option<Date>,
    },
    /// Correct one field of a recorded entry that was mistyped.
    Correct {
        /// The entry, the field and what it should have said.
        correction: crate::correct::Correction,
        /// Why: kept in the commit's `Reason:` trailer.
        reason: String,
    },
    /// Create a new account file from the template.
    New {
        /// The municipality's name, e.g. "Bergen kommune".
        municipality: String,
        /// The platform the account is on.
        platform: Platform,
        /// The account's display name.
        name: String,
        /// The template's comments, in the repository's language.
        comments: crate::edit::TemplateComments,
    },
    /// The file as the user saved it in an editor.
    Edit {
        /// The saved text.
        text: String,
        /// Where the branch pointed when the editor opened.
        baseline_head: Option<CommitId>,
        /// The file's text when the editor opened: if it already differed
        /// from the last commit, the commit says which keys were changed
        /// outside somevakt.
        before: Option<String>,
    },
}

/// A decision as the user gives it; the recorder is the Git identity.
#[derive(Debug, Clone, PartialEq)]
pub struct DecisionInput {
    /// Approved, conditionally approved or not approved (R35).
    pub outcome: Outcome,
    /// The deciding body, e.g. the management group (R34).
    pub body: String,
    /// Why (R35).
    pub rationale: String,
    /// Conditions of a conditional approval (R36).
    pub conditions: Vec<String>,
    /// When the conditions must be met (R36).
    pub conditions_due: Option<Date>,
    /// The residual risk management accepted (R34, R38).
    pub residual_risk: Option<Level>,
    /// The day management decided, when a paper decision is recorded later
    /// (`decide --date`); `None`: the day of recording, by the real clock.
    pub date: Option<Date>,
}

/// A review as the user gives it; the reviewer is the Git identity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewInput {
    /// What the review found.
    pub result: ReviewResult,
    /// What was looked at.
    pub note: Option<String>,
    /// The next review, when not a review interval later.
    pub next: Option<Date>,
    /// The day of the review, when before the day of recording; `None`:
    /// the day of recording, by the real clock.
    pub date: Option<Date>,
}
