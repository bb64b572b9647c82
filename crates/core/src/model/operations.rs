//! Running the channel: moderation, archive, snapshots, activity, closing,
//! content and incidents (R39-R55).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::*;

/// Moderation of user content (R39-R43).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Moderation {
    /// Whether comments are on; left out counts as on (R40).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comments_enabled: Option<bool>,
    /// How often the comments are looked after (R39, F11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency: Option<ModerationFrequency>,
    /// Where removed content is logged (R42).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub removal_log_ref: Option<String>,
    /// When the channel is staffed, to manage expectations (R43).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_hours: Option<String>,
    /// Response categories A, B and C (R41).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub categories: Option<ModerationCategories>,
}

/// How often user content is looked after (R39).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Deserialize,
    Serialize,
    JsonSchema,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
    strum::Display,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum ModerationFrequency {
    /// Daily during office hours, as the guidance asks.
    DailyOfficeHours,
    /// Weekly: weaker than the guidance asks (F11 warning).
    Weekly,
    /// Never: an error while comments are on (F11).
    None,
}

/// Response categories: A full readiness, B normal, C no follow-up (R41).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ModerationCategories {
    /// Category A: full readiness and a fast response.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub a: Option<String>,
    /// Category B: normal follow-up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub b: Option<String>,
    /// Category C: no follow-up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub c: Option<String>,
}

/// How the account is archived (R44, R45).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Archive {
    /// The archiving routine (F16).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routine_ref: Option<String>,
    /// What is journalled, and what is weeded out (R45).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub journal_rule: Option<String>,
}

/// An archived snapshot of the account (R46, R47).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    /// When the snapshot was taken; a date after today does not count (F21).
    pub date: Date,
    /// Yearly, before a change, or before closing.
    pub kind: SnapshotKind,
    /// The file format, e.g. PDF/A.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// Where the snapshot is archived.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archive_ref: Option<String>,
    /// Digest of the archived file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
}

/// Why a snapshot was taken (R46, R47).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Deserialize,
    Serialize,
    JsonSchema,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
    strum::Display,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum SnapshotKind {
    /// The yearly snapshot (R46, F17).
    Yearly,
    /// Before a major change (R46).
    BeforeChange,
    /// Before closing the channel (R47, F18).
    BeforeClosing,
}

/// When the account last published (R48).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    /// The date of the last post; a date after today does not count (F21).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_post: Option<Date>,
    /// When someone last looked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked: Option<Date>,
}

/// The decision to close the account (R49).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Closing {
    /// When the closing was decided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided: Option<Date>,
    /// Who decided it (R49).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_by: Option<String>,
    /// Why the channel is closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// Content rules (R50, R51).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Content {
    /// Whether identifiable people appear (R50).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifiable_persons: Option<IdentifiablePersons>,
    /// Justification of the artistic/literary exemption (SE, R51).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exemption_justification: Option<String>,
}

/// Whether identifiable people appear in what is published (R50).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Deserialize,
    Serialize,
    JsonSchema,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
    strum::Display,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum IdentifiablePersons {
    /// No identifiable people.
    None,
    /// With the people's consent.
    Consent,
    /// Under the artistic or literary exemption; needs a justification (R51, F20).
    Artistic,
}

/// An incident (avvik) and its follow-up (R55).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Incident {
    /// When it happened.
    pub date: Date,
    /// What happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Where it was reported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported_ref: Option<String>,
    /// When the follow-up was closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed: Option<Date>,
}
