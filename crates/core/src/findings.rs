//! Findings F01-F20 (format.md, "Findings"): what falls short of the guidance.
//!
//! Each rule is a small pure function of (assessment, status, policy, today)
//! that returns at most one finding; the message names everything that is
//! short, so one look tells the privacy officer what to fix.

use serde::Serialize;

use super::date::Date;
use super::model::*;
use super::policy::Thresholds;
use super::status::{ActivityStatus, Approval, ReviewStatus, Status, has_closing_snapshot};

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
    strum::Display,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Severity {
    Warning,
    Error,
}

/// Where a rule comes from: requirement ids and the seed sections they quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Source {
    pub requirements: &'static str,
    pub seed: &'static str,
}

/// One shortfall of one account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub id: &'static str,
    pub severity: Severity,
    pub message: String,
    pub source: Source,
}

/// The sources of F01-F20, in order (requirements.md).
pub const SOURCES: [(&str, Source); 20] = [
    (
        "F01",
        src(
            "R7, R15, R17",
            "S0 §1.2 Behov for vurderinger; S0 §2.1 Formål; S3 Att starta och administrera ett konto",
        ),
    ),
    (
        "F02",
        src("R34, R35, R37", "S0 §8 Prosess og forankring i ledelsen"),
    ),
    (
        "F03",
        src(
            "R36",
            "S0 §8 Prosess og forankring i ledelsen (betinget godkjenning)",
        ),
    ),
    (
        "F04",
        src(
            "R38",
            "S0 §8 Prosess og forankring i ledelsen (forhåndsdrøftelse)",
        ),
    ),
    ("F05", src("R33", "S0 §1.2 Behov for vurderinger; S4 §3.1")),
    (
        "F06",
        src(
            "R23, R26, R27, R28",
            "S0 §4.2 Ordning ved felles behandlingsansvar; S0 §5 Behandlingsgrunnlag",
        ),
    ),
    ("F07", src("R29", "S0 §6 Overføring til utlandet")),
    (
        "F08",
        src(
            "R30",
            "S0 §7 Risiko for de registreres rettigheter og friheter",
        ),
    ),
    ("F09", src("R31, R32", "S0 forord; S4 §6.2")),
    ("F10", src("R20", "S0 §2.2 Art, omfang og sammenheng")),
    (
        "F11",
        src("R39, R40, R41", "S3 Uppsikt och moderering; S0 §7"),
    ),
    (
        "F12",
        src(
            "R48, R49",
            "S3 Vad får jag publicera?; S3 Stänga ned ett konto",
        ),
    ),
    (
        "F13",
        src(
            "R3, R4, R5",
            "S3 Närvaro och ansvar; S3 Uppsikt och moderering; S3 Att starta och administrera ett konto",
        ),
    ),
    ("F14", src("R2", "S3 Närvaro och ansvar")),
    (
        "F15",
        src(
            "R6, R9, R11, R12",
            "S3 Central samordning; S3 Grafisk profil; S1; S0 §3 Informasjonssikkerhet",
        ),
    ),
    (
        "F16",
        src(
            "R44",
            "S0 §5.3 Forholdet til annet relevant regelverk; S4 §3.3",
        ),
    ),
    (
        "F17",
        src("R46", "S3 Diarieföring, arkivering och gallring"),
    ),
    (
        "F18",
        src("R47", "S3 Diarieföring, arkivering och gallring"),
    ),
    (
        "F19",
        src(
            "R10, R24, R42",
            "S3 Hur vi kommunicerar; S3 Grafisk profil; S0 §4.2; S4 §3.2",
        ),
    ),
    (
        "F20",
        src(
            "R16, R21, R25, R51",
            "S0 §8; S0 §3 Informasjonssikkerhet; S0 §4.3 Etiske vurderinger; S3 Privacy Shield och Schrems II",
        ),
    ),
];

const fn src(requirements: &'static str, seed: &'static str) -> Source {
    Source { requirements, seed }
}

fn source_of(id: &str) -> Source {
    SOURCES
        .iter()
        .find(|(fid, _)| *fid == id)
        .map(|(_, s)| *s)
        .unwrap_or(src("", ""))
}

fn finding(id: &'static str, severity: Severity, message: impl Into<String>) -> Finding {
    Finding {
        id,
        severity,
        message: message.into(),
        source: source_of(id),
    }
}

/// Everything this account falls short of, in F-id order.
pub fn findings(a: &Assessment, status: &Status, policy: &Thresholds, today: Date) -> Vec<Finding> {
    let rules: [Option<Finding>; 20] = [
        f01_dpia_basics(a),
        f02_not_approved(a, status),
        f03_conditions(a, today),
        f04_prior_consultation(a),
        f05_review_overdue(status),
        f06_legal_basis(a),
        f07_transfer(a),
        f08_risks(a),
        f09_advised_against(a, policy),
        f10_vulnerable_groups(a),
        f11_moderation(a),
        f12_inactive(a, status),
        f13_editors(a, today),
        f14_manager_approval(a),
        f15_resources(a, policy, today),
        f16_archive_routine(a),
        f17_yearly_snapshot(a, policy, today),
        f18_closing_snapshot(a),
        f19_profile(a),
        f20_assessment_quality(a),
    ];
    rules.into_iter().flatten().collect()
}

/// A closed account no longer publishes or processes; what the guidance still
/// asks of it is the closing snapshot (R47), so the rules about running a
/// channel and about its DPIA leave it alone.
fn live(a: &Assessment) -> bool {
    a.account.status != AccountStatus::Closed
}

fn in_use(a: &Assessment) -> bool {
    a.account.status.in_use()
}

/// Joins the shortfalls into one sentence, or `None` when there are none.
fn listing(parts: Vec<&str>) -> Option<String> {
    (!parts.is_empty()).then(|| parts.join("; "))
}

fn f01_dpia_basics(a: &Assessment) -> Option<Finding> {
    if !in_use(a) {
        return None;
    }
    let mut missing = Vec::new();
    if a.dpia.completed.is_none() {
        missing.push("no DPIA completion date (dpia.completed)");
    }
    if !filled(&a.dpia.purpose) {
        missing.push("no DPIA purpose (dpia.purpose)");
    }
    if !filled(&a.account.purpose) {
        missing.push("no account purpose (account.purpose)");
    }
    let what = listing(missing)?;
    Some(finding(
        "F01",
        Severity::Error,
        format!("In use without a completed DPIA: {what}"),
    ))
}

fn f02_not_approved(a: &Assessment, status: &Status) -> Option<Finding> {
    if !in_use(a) {
        return None;
    }
    let why = match status.approval {
        Approval::Approved | Approval::ConditionallyApproved => return None,
        Approval::Pending => "no management decision has been recorded",
        Approval::NotApproved => "management did not approve it, so it must not be used",
        Approval::NeedsReapproval => {
            "the DPIA has changed since the latest decision, which no longer covers it"
        }
    };
    Some(finding(
        "F02",
        Severity::Error,
        format!("In use but not approved: {why}"),
    ))
}

fn f03_conditions(a: &Assessment, today: Date) -> Option<Finding> {
    let latest = a.latest_decision()?;
    if latest.outcome != Outcome::ConditionallyApproved {
        return None;
    }
    let conditions = if latest.conditions.is_empty() {
        "no conditions listed".to_owned()
    } else {
        latest.conditions.join("; ")
    };
    Some(match latest.conditions_due {
        Some(due) if today > due => finding(
            "F03",
            Severity::Error,
            format!("Conditions were due {due} and no new decision is recorded: {conditions}"),
        ),
        Some(due) => finding(
            "F03",
            Severity::Warning,
            format!(
                "Conditionally approved; the revised DPIA goes back to management by {due}: {conditions}"
            ),
        ),
        None => finding(
            "F03",
            Severity::Warning,
            format!("Conditionally approved with no date for the conditions: {conditions}"),
        ),
    })
}

fn f04_prior_consultation(a: &Assessment) -> Option<Finding> {
    let latest = a.latest_decision()?;
    let needed = a.decisions.len() >= 2
        && latest.residual_risk == Some(Level::High)
        && a.account.status != AccountStatus::Closed
        && a.prior_consultation.is_none();
    needed.then(|| {
        finding(
            "F04",
            Severity::Error,
            format!(
                "Treated {} times and the residual risk is still high: prior consultation \
                 with the data protection authority is required ([prior_consultation])",
                a.decisions.len()
            ),
        )
    })
}

fn f05_review_overdue(status: &Status) -> Option<Finding> {
    if status.review != ReviewStatus::Overdue {
        return None;
    }
    let due = status.review_due.map(|d| d.to_string()).unwrap_or_default();
    Some(finding(
        "F05",
        Severity::Warning,
        format!("The DPIA review was due {due}: platforms and terms change, reassess"),
    ))
}

fn f06_legal_basis(a: &Assessment) -> Option<Finding> {
    if !live(a) {
        return None;
    }
    let basis = a.dpia.legal_basis.clone().unwrap_or_default();
    let mut short = Vec::new();
    match basis.article {
        None => short.push("no legal basis (dpia.legal_basis.article)"),
        Some(LegalArticle::PublicTask) if !filled(&basis.supplementary) => {
            short.push("6(1)(e) without a supplementary legal basis (supplementary)")
        }
        Some(LegalArticle::LegitimateInterest) if !filled(&basis.lia_ref) => {
            short.push("6(1)(f) without a legitimate-interest assessment (lia_ref)")
        }
        Some(_) => {}
    }
    let ctrl = a.dpia.controllership.clone().unwrap_or_default();
    if ctrl.joint == Some(true) && !filled(&ctrl.art26_arrangement) {
        short.push("joint controllership without an art. 26 arrangement (art26_arrangement)");
    }
    let what = listing(short)?;
    Some(finding(
        "F06",
        Severity::Error,
        format!("Legal basis incomplete: {what}"),
    ))
}

fn f07_transfer(a: &Assessment) -> Option<Finding> {
    if !live(a) {
        return None;
    }
    let transfer = a.dpia.transfer.as_ref()?;
    if transfer.third_country != Some(true) {
        return None;
    }
    match transfer.mechanism {
        None | Some(TransferMechanism::None) => Some(finding(
            "F07",
            Severity::Error,
            "Personal data go to a third country without a transfer mechanism (dpia.transfer.mechanism)",
        )),
        // An adequacy decision is itself the assessment of the third
        // country's law; a transfer impact assessment is for SCC and BCR.
        Some(TransferMechanism::Adequacy) => None,
        Some(_) if !filled(&transfer.tia_ref) => Some(finding(
            "F07",
            Severity::Warning,
            "Third-country transfer without a transfer impact assessment (dpia.transfer.tia_ref)",
        )),
        Some(_) => None,
    }
}

fn f08_risks(a: &Assessment) -> Option<Finding> {
    if !live(a) {
        return None;
    }
    let short: Vec<String> = a
        .dpia
        .risks
        .iter()
        .enumerate()
        .filter(|(_, r)| r.measures.is_empty() || r.residual.is_none())
        .map(|(i, r)| {
            let name = r.risk.clone().unwrap_or_else(|| format!("risk {}", i + 1));
            let lacks = match (r.measures.is_empty(), r.residual.is_none()) {
                (true, true) => "measures and residual level",
                (true, false) => "measures",
                _ => "residual level",
            };
            format!("«{name}» has no {lacks}")
        })
        .collect();
    if short.is_empty() {
        return None;
    }
    Some(finding("F08", Severity::Warning, short.join("; ")))
}

fn f09_advised_against(a: &Assessment, policy: &Thresholds) -> Option<Finding> {
    if !live(a) {
        return None;
    }
    let area = a.account.service_area.as_deref().unwrap_or("");
    if !area.is_empty() && policy.is_high_risk_area(area) {
        return Some(finding(
            "F09",
            Severity::Error,
            format!("KS advises against social media in the service area «{area}»"),
        ));
    }
    match a.account.usage {
        Some(Usage::CaseHandling) => Some(finding(
            "F09",
            Severity::Error,
            "Open social media must not be used for case handling; use them for information only",
        )),
        Some(Usage::Dialogue) => Some(finding(
            "F09",
            Severity::Warning,
            "Used for dialogue: KS advises pure information only",
        )),
        _ => None,
    }
}

fn f10_vulnerable_groups(a: &Assessment) -> Option<Finding> {
    if !live(a) || a.dpia.vulnerable_groups.is_empty() {
        return None;
    }
    Some(finding(
        "F10",
        Severity::Warning,
        format!(
            "Reaches vulnerable groups ({}): stricter rules apply",
            a.dpia.vulnerable_groups.join(", ")
        ),
    ))
}

fn f11_moderation(a: &Assessment) -> Option<Finding> {
    if !live(a) {
        return None;
    }
    let m = &a.moderation;
    // Comments are on by default on every platform listed; only an explicit
    // `false` shows they were switched off (R40).
    if m.comments_enabled == Some(false) {
        return None;
    }
    if m.frequency == Some(ModerationFrequency::None) {
        return Some(finding(
            "F11",
            Severity::Error,
            "Comments are on but nobody moderates them: moderate or switch comments off",
        ));
    }
    let mut short = Vec::new();
    match m.frequency {
        Some(ModerationFrequency::DailyOfficeHours) => {}
        Some(_) => short.push("moderated less often than daily during office hours"),
        None => short.push("no moderation frequency (moderation.frequency)"),
    }
    let category_a = m.categories.as_ref().map(|c| &c.a);
    if !category_a.is_some_and(filled) {
        short
            .push("no category A for comments that need a fast response (moderation.categories.a)");
    }
    let what = listing(short)?;
    Some(finding(
        "F11",
        Severity::Warning,
        format!("Moderation: {what}"),
    ))
}

fn f12_inactive(a: &Assessment, status: &Status) -> Option<Finding> {
    let open = matches!(
        a.account.status,
        AccountStatus::Planned | AccountStatus::Active
    );
    if !open || status.activity != ActivityStatus::Inactive {
        return None;
    }
    let last = a
        .activity
        .last_post
        .map(|d| d.to_string())
        .unwrap_or_default();
    Some(finding(
        "F12",
        Severity::Warning,
        format!("Inactive since {last}: update the account or close it"),
    ))
}

fn current(editor: &Editor, today: Date) -> bool {
    editor.until.is_none_or(|until| until >= today)
}

fn f13_editors(a: &Assessment, today: Date) -> Option<Finding> {
    if !live(a) {
        return None;
    }
    let editors = &a.responsibility.editors;
    let has = |role| editors.iter().any(|e| e.role == role && current(e, today));
    if !has(EditorRole::Editor) {
        return Some(finding(
            "F13",
            Severity::Error,
            "No current editor: the channel may be left unattended",
        ));
    }
    if !has(EditorRole::Substitute) {
        return Some(finding(
            "F13",
            Severity::Warning,
            "No current substitute for absence: the channel may be left unattended",
        ));
    }
    None
}

fn f14_manager_approval(a: &Assessment) -> Option<Finding> {
    if !live(a) {
        return None;
    }
    let r = &a.responsibility;
    let mut short = Vec::new();
    if !filled(&r.manager) {
        short.push("no manager approval of the channel (responsibility.manager)");
    }
    if r.comms_unit_consulted != Some(true) {
        short.push("the communications unit was not consulted (comms_unit_consulted)");
    }
    let what = listing(short)?;
    Some(finding(
        "F14",
        Severity::Error,
        format!("Channel not approved: {what}"),
    ))
}

fn f15_resources(a: &Assessment, policy: &Thresholds, today: Date) -> Option<Finding> {
    if !live(a) {
        return None;
    }
    let r = &a.responsibility;
    let mut short = Vec::new();
    if r.credentials_held_centrally != Some(true) {
        short.push("credentials are not held centrally");
    }
    let outside = filled(&a.account.email)
        && a.account.email.as_deref().is_some_and(|email| {
            !policy.municipal_email_domains.is_empty() && !policy.is_municipal_email(email)
        });
    if outside {
        short.push("registered with an e-mail outside the municipal domains");
    }
    if r.editors
        .iter()
        .any(|e| current(e, today) && e.trained.is_none())
    {
        short.push("an editor has no recorded training");
    }
    if !r.hours_per_week.is_some_and(|h| h > 0.0) {
        short.push("no hours set aside for follow-up (hours_per_week)");
    }
    let what = listing(short)?;
    Some(finding(
        "F15",
        Severity::Warning,
        format!("Resources: {what}"),
    ))
}

fn f16_archive_routine(a: &Assessment) -> Option<Finding> {
    if !live(a) || filled(&a.archive.routine_ref) {
        return None;
    }
    Some(finding(
        "F16",
        Severity::Warning,
        "No archiving routine (archive.routine_ref): nothing is kept automatically",
    ))
}

fn f17_yearly_snapshot(a: &Assessment, policy: &Thresholds, today: Date) -> Option<Finding> {
    if !in_use(a) {
        return None;
    }
    let months = i64::from(policy.snapshot_max_age_months);
    let Some(latest) = a.latest_snapshot() else {
        // With no snapshot at all, the account's own age says how late it is.
        let severity = match a.account.created {
            Some(created) if created.add_months(2 * months) < today => Severity::Error,
            _ => Severity::Warning,
        };
        return Some(finding(
            "F17",
            severity,
            "No snapshot has ever been archived",
        ));
    };
    if latest.date.add_months(months) >= today {
        return None;
    }
    let severity = if latest.date.add_months(2 * months) < today {
        Severity::Error
    } else {
        Severity::Warning
    };
    Some(finding(
        "F17",
        severity,
        format!(
            "The latest snapshot is from {}, more than {months} months ago",
            latest.date
        ),
    ))
}

fn f18_closing_snapshot(a: &Assessment) -> Option<Finding> {
    let closing = matches!(
        a.account.status,
        AccountStatus::Closing | AccountStatus::Closed
    );
    if !closing || has_closing_snapshot(a) {
        return None;
    }
    Some(finding(
        "F18",
        Severity::Error,
        "Closing without a snapshot archived before closing (kind = \"before_closing\")",
    ))
}

fn f19_profile(a: &Assessment) -> Option<Finding> {
    if !live(a) {
        return None;
    }
    let p = &a.profile;
    let mut short = Vec::new();
    if !filled(&p.privacy_notice_url) {
        short.push("privacy notice");
    }
    if !filled(&p.house_rules_url) {
        short.push("house rules");
    }
    if !filled(&p.website) {
        short.push("website");
    }
    if p.states_sender_and_purpose != Some(true) {
        short.push("statement of sender and purpose");
    }
    let what = listing(short)?;
    Some(finding(
        "F19",
        Severity::Warning,
        format!("The profile lacks: {what}"),
    ))
}

fn f20_assessment_quality(a: &Assessment) -> Option<Finding> {
    if !live(a) {
        return None;
    }
    let d = &a.dpia;
    let mut short = Vec::new();
    if !d
        .ethics
        .as_ref()
        .is_some_and(|e| filled(&e.method) || e.assessed.is_some())
    {
        short.push("no ethics assessment");
    }
    if !d.competences.contains(&Competence::Communication) {
        short.push("no communication competence in the DPIA group");
    }
    if !d.competences.contains(&Competence::Privacy) {
        short.push("no privacy competence in the DPIA group");
    }
    let undocumented = d.infosec.as_ref().and_then(|i| i.supplier_documentation)
        == Some(SupplierDocumentation::None);
    if undocumented {
        short.push("the supplier documents no information security");
    }
    let c = &a.content;
    if c.identifiable_persons == Some(IdentifiablePersons::Artistic)
        && !filled(&c.exemption_justification)
    {
        short.push("artistic exemption without a justification");
    }
    let what = listing(short)?;
    Some(finding(
        "F20",
        Severity::Warning,
        format!("The assessment lacks depth: {what}"),
    ))
}
