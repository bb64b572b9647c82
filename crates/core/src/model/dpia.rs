//! The data-protection impact assessment: `[dpia]` and its sub-tables (R12, R15-R33).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::*;

/// The data-protection impact assessment (R15-R33).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dpia {
    /// Archive case or document number of the DPIA.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document_ref: Option<String>,
    /// When the initial screening was done (R15).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_screening: Option<Date>,
    /// When the DPIA was completed (R15, F01); a date after today does not count (F21).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed: Option<Date>,
    /// Overrides the review date computed from the latest decision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_review: Option<Date>,
    /// When the platform's terms were last reviewed (R33).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms_reviewed: Option<Date>,
    /// Competences in the group that made the DPIA (R16).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub competences: Vec<Competence>,
    /// The purpose of the processing (R17, F01).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// The platform's features in use (R18).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub features_used: Vec<String>,
    /// The features switched off to collect less (R18).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub features_disabled: Vec<String>,
    /// About how many people are affected (R19): a whole number, 0 or more.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "people"
    )]
    pub estimated_data_subjects: Option<u64>,
    /// How likely special-category data are (R19).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub special_category_risk: Option<Level>,
    /// Groups the channel is meant to reach (R20).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub target_groups: Vec<String>,
    /// Vulnerable groups reached, e.g. children; stricter rules apply (R20).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub vulnerable_groups: Vec<String>,
    /// The trade-offs the municipality made (R19).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tradeoffs: Option<String>,
    /// Supplier security and admin access (R12, R21).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub infosec: Option<Infosec>,
    /// Joint controllership with the platform (R22, R23).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub controllership: Option<Controllership>,
    /// The legal basis (R26-R28).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_basis: Option<LegalBasis>,
    /// Transfer to a third country (R29, F07).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfer: Option<Transfer>,
    /// The ethics assessment (R25, R53).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ethics: Option<Ethics>,
    /// Risks per privacy goal, with measures and residual level (R30).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub risks: Vec<Risk>,
}

/// A competence in the DPIA group (R16).
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
pub enum Competence {
    /// Communication.
    Communication,
    /// Privacy.
    Privacy,
    /// Information security.
    InformationSecurity,
    /// Law.
    Legal,
    /// Archives.
    Archive,
    /// Another competence.
    Other,
}

/// A level of risk.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
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
pub enum Level {
    /// Low.
    Low,
    /// Medium.
    Medium,
    /// High.
    High,
}

/// Information security of the supplier (R12, R21).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Infosec {
    /// How well the supplier documents its security (R21, F20).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supplier_documentation: Option<SupplierDocumentation>,
    /// When the list of administrators was last reviewed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admins_reviewed: Option<Date>,
}

/// How well a supplier documents its information security (R21).
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
pub enum SupplierDocumentation {
    /// Documented.
    Documented,
    /// Partly documented.
    Partial,
    /// Not documented: KS advises avoiding the supplier (F20).
    None,
}

/// Joint controllership with the platform (R22, R23).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Controllership {
    /// Whether the municipality and the platform are joint controllers (R22).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joint: Option<bool>,
    /// The arrangement under GDPR art. 26.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub art26_arrangement: Option<String>,
}

/// The legal basis of the processing (R26-R28).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LegalBasis {
    /// GDPR article 6(1)(e) or 6(1)(f) (R26).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<LegalArticle>,
    /// The supplementary legal basis; needed in practice for 6(1)(e).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supplementary: Option<String>,
    /// Reference to the legitimate-interest assessment, for 6(1)(f).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lia_ref: Option<String>,
}

/// The legal basis in GDPR article 6.
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
pub enum LegalArticle {
    /// Public task or official authority.
    #[serde(rename = "6(1)(e)")]
    #[strum(serialize = "6(1)(e)")]
    PublicTask,
    /// Legitimate interest.
    #[serde(rename = "6(1)(f)")]
    #[strum(serialize = "6(1)(f)")]
    LegitimateInterest,
}

/// Transfer to a third country (R29).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Transfer {
    /// Whether personal data go to a third country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub third_country: Option<bool>,
    /// The transfer basis (F07).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mechanism: Option<TransferMechanism>,
    /// Reference to the transfer impact assessment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tia_ref: Option<String>,
}

/// The basis for a transfer to a third country (R29).
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
pub enum TransferMechanism {
    /// An adequacy decision: needs no transfer impact assessment.
    Adequacy,
    /// Standard contractual clauses: needs a transfer impact assessment.
    Scc,
    /// Binding corporate rules: needs a transfer impact assessment.
    Bcr,
    /// No basis: an error if data go to a third country (F07).
    None,
}

/// The ethics assessment (R25, R53).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Ethics {
    /// The method, e.g. Navigasjonshjulet (R53).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// When the ethics assessment was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessed: Option<Date>,
}

/// One risk to a privacy goal (R30).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Risk {
    /// The privacy goal the risk threatens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<PrivacyGoal>,
    /// The risk, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub risk: Option<String>,
    /// The measures taken against it (F08).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measures: Vec<String>,
    /// The risk left after the measures (F08).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub residual: Option<Level>,
    /// Reference to a KINS risk scenario.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scenario_ref: Option<String>,
    /// The vulnerable groups (`dpia.vulnerable_groups`) this risk concerns:
    /// naming a group here is assessing the risk to it (R20, clears F10).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<String>,
}

/// A privacy goal of the KS guide's risk table (R30).
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
pub enum PrivacyGoal {
    /// Co-determination.
    CoDetermination,
    /// Transparency.
    Transparency,
    /// Accountability.
    Accountability,
}

impl Dpia {
    /// The completion date, if it is not after `today` (F21: a date in the
    /// future does not count).
    pub fn completed_on(&self, today: Date) -> Option<Date> {
        self.completed.filter(|c| *c <= today)
    }
}

/// `estimated_data_subjects`: a whole number of people, 0 or more, said
/// plainly when it is not one.
fn people<'de, D>(deserializer: D) -> Result<Option<u64>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    // The load cache stores it as it is: a u64, read back as one.
    if !deserializer.is_human_readable() {
        // There the field is an `Option` with its own tag.
        return Option::<u64>::deserialize(deserializer);
    }
    let n = i64::deserialize(deserializer).map_err(|_| {
        serde::de::Error::custom("expected a whole number of people, 0 or more, e.g. 18000")
    })?;
    u64::try_from(n).map(Some).map_err(|_| {
        serde::de::Error::custom(format!(
            "{n} is not a number of people: expected a whole number, 0 or more"
        ))
    })
}
