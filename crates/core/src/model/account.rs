//! The account, who answers for it, and its public profile (R1-R14, R24, R42).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::*;

/// The account itself (R1, R7-R9, R14, R31, R32).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Account {
    /// The municipality that owns the channel.
    pub municipality: String,
    /// The platform the channel is on.
    pub platform: Platform,
    /// The channel's name as the public sees it.
    pub name: String,
    /// The channel's address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The unit that runs the channel (R1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_unit: Option<String>,
    /// Compared with the policy's `high_risk_service_areas` (R32).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_area: Option<String>,
    /// What the channel is used for; KS advises information only (R31).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<Usage>,
    /// For `usage = "dialogue"`: why dialogue on this platform is justified,
    /// KS advising information only (R31; clears F09's warning).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dialogue_justification: Option<String>,
    /// Where the channel is in its life: planned, active, closing, closed.
    pub status: AccountStatus,
    /// When the channel was created; how late a never-taken snapshot is is counted from it (F17).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<Date>,
    /// The address the account is registered with; checked against the policy's municipal domains (R9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Why the channel exists (R7, F01).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// The plan for the channel's use (R7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan_ref: Option<String>,
    /// The communications strategy the channel is part of (R14).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strategy_ref: Option<String>,
    /// Whether the municipality's main channel was considered instead (R8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub main_channel_considered: Option<bool>,
    /// The country whose law and authority apply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jurisdiction: Option<Jurisdiction>,
}

/// The social-media platform.
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
pub enum Platform {
    /// Facebook (Meta).
    Facebook,
    /// Instagram (Meta).
    Instagram,
    /// X, formerly Twitter.
    X,
    /// LinkedIn.
    Linkedin,
    /// YouTube.
    Youtube,
    /// TikTok.
    Tiktok,
    /// Snapchat.
    Snapchat,
    /// Vimeo.
    Vimeo,
    /// Workplace (Meta).
    Workplace,
    /// Any other platform; the only one not assumed to be run from outside the EEA (F07).
    Other,
}

/// What the channel is used for; KS advises pure information only (R31).
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
pub enum Usage {
    /// Pure information, as KS advises.
    Information,
    /// Dialogue with the public: KS advises against it (F09 warning).
    Dialogue,
    /// Case handling: open social media must not be used for it (F09 error).
    CaseHandling,
}

/// Where the channel is in its life; it decides which findings apply.
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
pub enum AccountStatus {
    /// Not opened yet: the findings say what must be in place first.
    Planned,
    /// In use.
    Active,
    /// Closing was decided; still in use until closed.
    Closing,
    /// Closed: only the archive duty and the data checks remain.
    Closed,
}

impl AccountStatus {
    /// Active and closing accounts still publish and still process personal data.
    pub fn in_use(self) -> bool {
        matches!(self, AccountStatus::Active | AccountStatus::Closing)
    }
}

/// The country whose law applies and whose authority is consulted (R38).
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
pub enum Jurisdiction {
    /// Norway (Datatilsynet).
    #[serde(rename = "NO")]
    #[strum(serialize = "NO")]
    No,
    /// Sweden (IMY).
    #[serde(rename = "SE")]
    #[strum(serialize = "SE")]
    Se,
    /// Denmark (Datatilsynet).
    #[serde(rename = "DK")]
    #[strum(serialize = "DK")]
    Dk,
    /// Finland (Tietosuojavaltuutettu).
    #[serde(rename = "FI")]
    #[strum(serialize = "FI")]
    Fi,
}

/// Who answers for the channel (R2-R6, R11).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Responsibility {
    /// The nearest manager who approved the channel (R2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manager: Option<String>,
    /// Whether the communications unit was consulted (R2, F14).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comms_unit_consulted: Option<bool>,
    /// The communications unit that coordinates the channels (R6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub communications_unit: Option<String>,
    /// Whether the communications unit holds the credentials (R6, F15).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials_held_centrally: Option<bool>,
    /// Hours a week set aside for following the channel up (R11): a
    /// number from 0 to 168 (a week's hours).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "hours_in_a_week"
    )]
    #[schemars(range(min = 0, max = 168))]
    pub hours_per_week: Option<f64>,
    /// The editors and substitutes (R3-R5, F13).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub editors: Vec<Editor>,
}

/// An editor or substitute (R3-R5, R12).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Editor {
    /// The editor's name.
    pub name: String,
    /// Editor or substitute.
    pub role: EditorRole,
    /// When the editor was trained (R12).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trained: Option<Date>,
    /// Last day of the assignment, if it ends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Date>,
}

/// An editor's role on the channel (R3, R4).
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
pub enum EditorRole {
    /// A responsible editor.
    Editor,
    /// A substitute for absence.
    Substitute,
}

/// What the account's profile tells its visitors (R10, R24, R42).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// The municipality's website, the hub the profile points to (R10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// Where the privacy notice is published (R24).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy_notice_url: Option<String>,
    /// Where the house rules are published (R42).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub house_rules_url: Option<String>,
    /// Whether the profile states the sender and the purpose (R10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub states_sender_and_purpose: Option<bool>,
    /// Whether universal design was considered (R54).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessibility_assessed: Option<bool>,
}

/// `hours_per_week`: a finite number from 0 to 168. NaN, a negative number
/// or more hours than a week has are typos that would otherwise read as
/// "no hours" or pass unnoticed; they are errors at the value.
fn hours_in_a_week<'de, D>(deserializer: D) -> Result<Option<f64>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    // The load cache stores what a parse already checked: read it back as is.
    if !deserializer.is_human_readable() {
        // There the field is an `Option` with its own tag.
        return Option::<f64>::deserialize(deserializer);
    }
    let hours = f64::deserialize(deserializer)?;
    if hours.is_finite() && (0.0..=168.0).contains(&hours) {
        Ok(Some(hours))
    } else {
        Err(serde::de::Error::custom(format!(
            "{hours} is not a number of hours in a week: expected a number from 0 to 168"
        )))
    }
}
