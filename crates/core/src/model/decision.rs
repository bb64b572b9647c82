//! Management decisions and prior consultation (R34-R38, KS chapter 8).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::*;

/// A management decision on the DPIA (R34-R37).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// When management decided; a date after today does not count (F21).
    pub date: Date,
    /// The deciding body (ledelsen).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Who recorded the decision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_by: Option<String>,
    /// Approved, conditionally approved or not approved (R35).
    pub outcome: Outcome,
    /// Why: every outcome is justified (R35).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rationale: Option<String>,
    /// The conditions of a conditional approval (R36).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<String>,
    /// When the conditions are due (R36, F03).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conditions_due: Option<Date>,
    /// The residual risk management accepted (R34, F04).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub residual_risk: Option<Level>,
    /// Digest of the [dpia] table when the decision was taken; written by the tool.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpia_digest: Option<String>,
}

/// The three outcomes KS chapter 8 allows (R35).
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
pub enum Outcome {
    /// Approved.
    Approved,
    /// Approved on conditions, to be met by conditions_due (F03).
    ConditionallyApproved,
    /// Not approved: the channel must not be used (R37).
    NotApproved,
}

/// A periodic review of the DPIA (R33): someone went through it and found
/// it still valid (`unchanged`) or not (`changed`: a new decision is
/// needed, which the digest shows once the DPIA is edited).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// When the review was done; a date after today does not count (F21).
    pub date: Date,
    /// Who reviewed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewed_by: Option<String>,
    /// What the review found.
    pub result: ReviewResult,
    /// What was looked at, in the reviewer's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// What a review found (R33).
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
pub enum ReviewResult {
    /// The DPIA still holds as decided.
    Unchanged,
    /// The DPIA must be revised and decided on again.
    Changed,
}

/// Prior consultation with the data protection authority (R38).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PriorConsultation {
    /// When prior consultation was requested; without it the table does not count (F04).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requested: Option<Date>,
    /// The authority's reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(rename = "ref")]
    pub reference: Option<String>,
}
