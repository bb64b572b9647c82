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

    /// The entries dated after `today` (finding F21): each as the key it
    /// sits under (`decisions[2].date`) and its date.
    pub fn future_entries(&self, today: Date) -> Vec<(String, Date)> {
        let mut out = Vec::new();
        for (i, d) in self.decisions.iter().enumerate() {
            if d.date > today {
                out.push((format!("decisions[{}].date", i + 1), d.date));
            }
        }
        for (i, s) in self.snapshots.iter().enumerate() {
            if s.date > today {
                out.push((format!("snapshots[{}].date", i + 1), s.date));
            }
        }
        let singles = [
            ("activity.last_post", self.activity.last_post),
            ("dpia.completed", self.dpia.completed),
            (
                "prior_consultation.requested",
                self.prior_consultation.as_ref().and_then(|p| p.requested),
            ),
        ];
        for (key, date) in singles {
            if let Some(date) = date.filter(|d| *d > today) {
                out.push((key.to_owned(), date));
            }
        }
        out
    }

    /// The assessment as it counts on `today`: decisions, snapshots, the last
    /// post and the request for prior consultation dated after today are left
    /// out, as if absent (docs/format.md, "Status"; finding F21). A date in the
    /// future is most likely a typo (`2052`), and it must not approve an
    /// account or make a snapshot current. Borrowed when nothing is in the
    /// future, which is the common case, so evaluation does not copy.
    ///
    /// `dpia.completed` is kept as written here, because it is part of the
    /// DPIA that decisions are digested over; the rules that read it ask
    /// [`Dpia::completed_on`].
    pub fn as_of(&self, today: Date) -> std::borrow::Cow<'_, Assessment> {
        use std::borrow::Cow;
        let future = |d: Option<Date>| d.is_some_and(|d| d > today);
        let any = self.decisions.iter().any(|d| d.date > today)
            || self.snapshots.iter().any(|s| s.date > today)
            || future(self.activity.last_post)
            || future(self.prior_consultation.as_ref().and_then(|p| p.requested));
        if !any {
            return Cow::Borrowed(self);
        }
        let mut counted = self.clone();
        counted.decisions.retain(|d| d.date <= today);
        counted.snapshots.retain(|s| s.date <= today);
        if future(counted.activity.last_post) {
            counted.activity.last_post = None;
        }
        if let Some(pc) = counted.prior_consultation.as_mut()
            && future(pc.requested)
        {
            pc.requested = None;
        }
        Cow::Owned(counted)
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
