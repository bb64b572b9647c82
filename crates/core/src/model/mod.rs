//! One assessment file, as `docs/format.md` defines it.
//!
//! Every table rejects unknown keys: a misspelt key must not silently drop a
//! field a privacy officer thinks is recorded. Every closed set of values is an
//! enum, so a typo in a value is an error with a line and column too. Keys that
//! are optional here show up as findings when missing, never as parse errors.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::date::Date;

mod account;
mod decision;
mod dpia;
mod operations;

pub use account::*;
pub use decision::*;
pub use dpia::*;
pub use operations::*;

/// The schema version this build reads.
pub const SCHEMA_VERSION: u32 = 1;

/// Data-protection impact assessment and decision record of one social-media account.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "somevakt assessment")]
pub struct Assessment {
    /// Version of this file format: exactly 1.
    // `const` in the schema, so an editor flags `schema_version = 2` as the
    // program does (docs/format.md); `1.0` is a float, refused by serde.
    #[schemars(extend("const" = 1))]
    pub schema_version: u32,
    /// Which channel, and why it exists (R1, R7-R9, R14, R31, R32).
    pub account: Account,
    /// Who runs the channel (R2-R6, R11).
    #[serde(default)]
    pub responsibility: Responsibility,
    /// What the public sees on the profile (R10, R24, R42).
    #[serde(default)]
    pub profile: Profile,
    /// The data-protection impact assessment (R15-R33).
    #[serde(default)]
    pub dpia: Dpia,
    /// Management decisions, oldest first; appended, never rewritten (R34-R37).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<Decision>,
    /// Periodic reviews of the DPIA, oldest first; appended, never
    /// rewritten (R33). A review restarts the review cycle.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reviews: Vec<Review>,
    /// Prior consultation with the data protection authority (R38).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prior_consultation: Option<PriorConsultation>,
    /// Looking after the comments (R39-R43).
    #[serde(default)]
    pub moderation: Moderation,
    /// How the channel is archived (R44, R45).
    #[serde(default)]
    pub archive: Archive,
    /// Snapshots archived of the account (R46, R47).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub snapshots: Vec<Snapshot>,
    /// When the channel last published (R48).
    #[serde(default)]
    pub activity: Activity,
    /// Filled in when the account is being closed or is closed (R49).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closing: Option<Closing>,
    /// What may be published (R50, R51).
    #[serde(default)]
    pub content: Content,
    /// Incidents (avvik) reported and followed up (R55).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub incidents: Vec<Incident>,
}

impl Assessment {
    /// The latest decision by date; on the same date the one written last.
    pub fn latest_decision(&self) -> Option<&Decision> {
        self.decisions
            .iter()
            .enumerate()
            .max_by_key(|(i, d)| (d.date, *i))
            .map(|(_, d)| d)
    }

    /// The latest snapshot of any kind.
    pub fn latest_snapshot(&self) -> Option<&Snapshot> {
        self.snapshots.iter().max_by_key(|s| s.date)
    }

    /// The latest review by date; on the same date the one written last.
    pub fn latest_review(&self) -> Option<&Review> {
        self.reviews
            .iter()
            .enumerate()
            .max_by_key(|(i, r)| (r.date, *i))
            .map(|(_, r)| r)
    }

    /// Every date that records a past event (docs/format.md, F21), with
    /// where it sits. Deadlines (`next_review`, `conditions_due`, an
    /// editor's `until`) are not among them.
    pub fn past_event_dates(&self, mut visit: impl FnMut(PastEvent, Date)) {
        use PastEvent::*;
        let mut one = |at: PastEvent, date: Option<Date>| {
            if let Some(date) = date {
                visit(at, date);
            }
        };
        one(Created, self.account.created);
        one(InitialScreening, self.dpia.initial_screening);
        one(Completed, self.dpia.completed);
        one(TermsReviewed, self.dpia.terms_reviewed);
        let infosec = self.dpia.infosec.as_ref();
        one(AdminsReviewed, infosec.and_then(|i| i.admins_reviewed));
        one(
            EthicsAssessed,
            self.dpia.ethics.as_ref().and_then(|e| e.assessed),
        );
        for (i, e) in self.responsibility.editors.iter().enumerate() {
            one(Trained(i), e.trained);
        }
        for (i, d) in self.decisions.iter().enumerate() {
            one(Decision(i), Some(d.date));
        }
        for (i, r) in self.reviews.iter().enumerate() {
            one(Review(i), Some(r.date));
        }
        for (i, s) in self.snapshots.iter().enumerate() {
            one(Snapshot(i), Some(s.date));
        }
        one(LastPost, self.activity.last_post);
        one(Checked, self.activity.checked);
        one(
            ClosingDecided,
            self.closing.as_ref().and_then(|c| c.decided),
        );
        let requested = self.prior_consultation.as_ref().and_then(|p| p.requested);
        one(ConsultationRequested, requested);
    }

    /// The entries dated after `today` (finding F21): each as the key it
    /// sits under (`decisions[2].date`) and its date.
    pub fn future_entries(&self, today: Date) -> Vec<(String, Date)> {
        let mut out = Vec::new();
        self.past_event_dates(|at, date| {
            if date > today {
                out.push((at.key(), date));
            }
        });
        out
    }

    /// The assessment as it counts on `today`: every date that records a
    /// past event and lies after today is left out, as if absent, and so is
    /// the entry it dates (a decision, review or snapshot) (docs/format.md,
    /// "Status"; finding F21). A date in the future is most likely a typo
    /// (`2052`): it must not approve an account, make a snapshot current or
    /// an editor trained. Borrowed when nothing is in the future, which is
    /// the common case, so evaluation does not copy.
    ///
    /// The `[dpia]` dates are left out here too; the approval compares the
    /// latest decision's digest with the DPIA as written, not with this.
    pub fn as_of(&self, today: Date) -> std::borrow::Cow<'_, Assessment> {
        use std::borrow::Cow;
        let mut future = Vec::new();
        self.past_event_dates(|at, date| {
            if date > today {
                future.push(at);
            }
        });
        if future.is_empty() {
            return Cow::Borrowed(self);
        }
        let mut counted = self.clone();
        for at in future {
            counted.forget(at);
        }
        counted.decisions.retain(|d| d.date <= today);
        counted.reviews.retain(|r| r.date <= today);
        counted.snapshots.retain(|s| s.date <= today);
        Cow::Owned(counted)
    }

    /// Clears the date at `at` (entries of lists are removed by the caller).
    fn forget(&mut self, at: PastEvent) {
        use PastEvent::*;
        match at {
            Created => self.account.created = None,
            InitialScreening => self.dpia.initial_screening = None,
            Completed => self.dpia.completed = None,
            TermsReviewed => self.dpia.terms_reviewed = None,
            AdminsReviewed => {
                if let Some(i) = self.dpia.infosec.as_mut() {
                    i.admins_reviewed = None;
                }
            }
            EthicsAssessed => {
                if let Some(e) = self.dpia.ethics.as_mut() {
                    e.assessed = None;
                }
            }
            Trained(i) => {
                if let Some(e) = self.responsibility.editors.get_mut(i) {
                    e.trained = None;
                }
            }
            Decision(_) | Review(_) | Snapshot(_) => {}
            LastPost => self.activity.last_post = None,
            Checked => self.activity.checked = None,
            ClosingDecided => {
                if let Some(c) = self.closing.as_mut() {
                    c.decided = None;
                }
            }
            ConsultationRequested => {
                if let Some(p) = self.prior_consultation.as_mut() {
                    p.requested = None;
                }
            }
        }
    }

    /// Whether a request for prior consultation is recorded by `day`: an
    /// empty `[prior_consultation]` table does not count, it needs its
    /// `requested` date (R38, F04).
    pub fn prior_consultation_requested_by(&self, day: Date) -> bool {
        self.prior_consultation
            .as_ref()
            .and_then(|p| p.requested)
            .is_some_and(|r| r <= day)
    }
}

/// Where a date that records a past event sits (F21); list entries by
/// their 0-based index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PastEvent {
    /// `account.created`.
    Created,
    /// `dpia.initial_screening`.
    InitialScreening,
    /// `dpia.completed`.
    Completed,
    /// `dpia.terms_reviewed`.
    TermsReviewed,
    /// `dpia.infosec.admins_reviewed`.
    AdminsReviewed,
    /// `dpia.ethics.assessed`.
    EthicsAssessed,
    /// An editor's `trained`.
    Trained(usize),
    /// A decision's `date`.
    Decision(usize),
    /// A review's `date`.
    Review(usize),
    /// A snapshot's `date`.
    Snapshot(usize),
    /// `activity.last_post`.
    LastPost,
    /// `activity.checked`.
    Checked,
    /// `closing.decided`.
    ClosingDecided,
    /// `prior_consultation.requested`.
    ConsultationRequested,
}

impl PastEvent {
    /// The key as a user finds it in the file (`decisions[2].date`).
    pub fn key(self) -> String {
        use PastEvent::*;
        match self {
            Created => "account.created".into(),
            InitialScreening => "dpia.initial_screening".into(),
            Completed => "dpia.completed".into(),
            TermsReviewed => "dpia.terms_reviewed".into(),
            AdminsReviewed => "dpia.infosec.admins_reviewed".into(),
            EthicsAssessed => "dpia.ethics.assessed".into(),
            Trained(i) => format!("responsibility.editors[{}].trained", i + 1),
            Decision(i) => format!("decisions[{}].date", i + 1),
            Review(i) => format!("reviews[{}].date", i + 1),
            Snapshot(i) => format!("snapshots[{}].date", i + 1),
            LastPost => "activity.last_post".into(),
            Checked => "activity.checked".into(),
            ClosingDecided => "closing.decided".into(),
            ConsultationRequested => "prior_consultation.requested".into(),
        }
    }
}

/// Text that is present and not blank.
pub fn filled(text: &Option<String>) -> bool {
    // Asked a score of times an account: stop at the first character that
    // is not white space, rather than trim both ends.
    text.as_deref()
        .is_some_and(|t| t.chars().any(|c| !c.is_whitespace()))
}

/// The word a closed set's value has in the files (`facebook`, `active`),
/// as an owned string; see [`Word`](crate::Word).
pub fn enum_word<T: crate::Word>(value: &T) -> String {
    value.word().to_owned()
}
