//! The content of the DPIA: F06-F10 and F20 (R16, R20-R32, R51).

use super::{Finding, Fix, Severity, finding, listing};
use crate::date::Date;
use crate::model::*;
use crate::policy::Thresholds;

pub(super) fn f06_legal_basis(a: &Assessment) -> Option<Finding> {
    let basis = a.dpia.legal_basis.clone().unwrap_or_default();
    let mut short = Vec::new();
    let mut keys = Vec::new();
    match basis.article {
        None => {
            short.push("no legal basis (dpia.legal_basis.article)");
            keys.push("dpia.legal_basis.article");
        }
        Some(LegalArticle::PublicTask) if !filled(&basis.supplementary) => {
            short.push("6(1)(e) without a supplementary legal basis (supplementary)");
            keys.push("dpia.legal_basis.supplementary");
        }
        Some(LegalArticle::LegitimateInterest) if !filled(&basis.lia_ref) => {
            short.push("6(1)(f) without a legitimate-interest assessment (lia_ref)");
            keys.push("dpia.legal_basis.lia_ref");
        }
        Some(_) => {}
    }
    let ctrl = a.dpia.controllership.clone().unwrap_or_default();
    if ctrl.joint == Some(true) && !filled(&ctrl.art26_arrangement) {
        short.push("joint controllership without an art. 26 arrangement (art26_arrangement)");
        keys.push("dpia.controllership.art26_arrangement");
    }
    let what = listing(&short)?;
    Some(finding(
        "F06",
        Severity::Error,
        format!("Legal basis incomplete: {what}"),
        Fix::edit(
            "Assess the legal basis before processing starts and write it in the DPIA",
            keys,
        ),
    ))
}

/// R29. Every listed platform but `other` is run from outside the EEA, so a
/// DPIA without `[dpia.transfer]` has not looked at the transfer at all.
pub(super) fn f07_transfer(a: &Assessment) -> Option<Finding> {
    let outside_eea = a.account.platform != Platform::Other;
    let Some(transfer) = a.dpia.transfer.as_ref() else {
        return outside_eea.then(|| {
            finding(
                "F07",
                Severity::Warning,
                "The DPIA does not assess the transfer to a third country ([dpia.transfer])",
                Fix::edit(
                    "Assess whether personal data leave the EEA, and on what basis",
                    [
                        "dpia.transfer.third_country",
                        "dpia.transfer.mechanism",
                        "dpia.transfer.tia_ref",
                    ],
                ),
            )
        });
    };
    match transfer.third_country {
        Some(true) => {}
        Some(false) => return None,
        None if outside_eea => {
            return Some(finding(
                "F07",
                Severity::Warning,
                "The DPIA does not say whether personal data leave the EEA \
                 (dpia.transfer.third_country)",
                Fix::edit(
                    "Say whether personal data go to a third country",
                    ["dpia.transfer.third_country"],
                ),
            ));
        }
        None => return None,
    }
    match transfer.mechanism {
        None | Some(TransferMechanism::None) => Some(finding(
            "F07",
            Severity::Error,
            "Personal data go to a third country without a transfer mechanism \
             (dpia.transfer.mechanism)",
            Fix::edit(
                "Name a valid transfer basis: adequacy, scc or bcr",
                ["dpia.transfer.mechanism"],
            ),
        )),
        // An adequacy decision is itself the assessment of the third
        // country's law; a transfer impact assessment is for SCC and BCR.
        Some(TransferMechanism::Adequacy) => None,
        Some(_) if !filled(&transfer.tia_ref) => Some(finding(
            "F07",
            Severity::Warning,
            "Transfer under SCC or BCR without a transfer impact assessment \
             (dpia.transfer.tia_ref)",
            Fix::edit(
                "Assess the third country's law and extra measures (Schrems II) and write the reference",
                ["dpia.transfer.tia_ref"],
            ),
        )),
        Some(_) => None,
    }
}

/// R30: each risk has measures and a residual level; a completed DPIA that
/// names no risk at all has not done the work.
pub(super) fn f08_risks(a: &Assessment, today: Date) -> Option<Finding> {
    if a.dpia.risks.is_empty() {
        let completed = a.dpia.completed_on(today)?;
        return Some(finding(
            "F08",
            Severity::Warning,
            format!("The DPIA was completed {completed} without naming a single risk"),
            Fix::edit(
                "Assess the risks per privacy goal, with measures and a residual level",
                [
                    "dpia.risks.goal",
                    "dpia.risks.risk",
                    "dpia.risks.measures",
                    "dpia.risks.residual",
                ],
            ),
        ));
    }
    let mut keys = Vec::new();
    let short: Vec<String> = a
        .dpia
        .risks
        .iter()
        .enumerate()
        .filter(|(_, r)| r.measures.is_empty() || r.residual.is_none())
        .map(|(i, r)| {
            let name = r.risk.clone().unwrap_or_else(|| format!("risk {}", i + 1));
            if r.measures.is_empty() {
                keys.push(format!("dpia.risks[{}].measures", i + 1));
            }
            if r.residual.is_none() {
                keys.push(format!("dpia.risks[{}].residual", i + 1));
            }
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
    Some(finding(
        "F08",
        Severity::Warning,
        short.join("; "),
        Fix::edit("Give each risk its measures and residual level", keys),
    ))
}

/// R31, R32.
pub(super) fn f09_advised_against(a: &Assessment, policy: &Thresholds) -> Option<Finding> {
    let area = a.account.service_area.as_deref().unwrap_or("");
    if let Some(entry) = policy.high_risk_entry(area) {
        return Some(finding(
            "F09",
            Severity::Error,
            format!(
                "KS advises against social media in the service area «{}» (policy: {entry})",
                area.trim()
            ),
            Fix::record(
                "Reconsider the channel: inform through the municipality's main channels, \
                 or close it",
                "c",
                "somevakt close ID --reason TEXT",
            )
            .writing(["account.service_area"]),
        ));
    }
    match a.account.usage {
        Some(Usage::CaseHandling) => Some(finding(
            "F09",
            Severity::Error,
            "Open social media must not be used for case handling; use them for information only",
            Fix::edit(
                "Move case handling to the municipality's own channels and set the usage to information",
                ["account.usage"],
            ),
        )),
        Some(Usage::Dialogue) => Some(finding(
            "F09",
            Severity::Warning,
            "Used for dialogue: KS advises pure information only",
            Fix::edit(
                "Limit the account to information, or justify the dialogue in the DPIA",
                ["account.usage"],
            ),
        )),
        _ => None,
    }
}

/// R20.
pub(super) fn f10_vulnerable_groups(a: &Assessment) -> Option<Finding> {
    if a.dpia.vulnerable_groups.is_empty() {
        return None;
    }
    Some(finding(
        "F10",
        Severity::Warning,
        format!(
            "Reaches vulnerable groups ({}): stricter rules apply",
            a.dpia.vulnerable_groups.join(", ")
        ),
        Fix::edit(
            "Assess the risks to these groups in the DPIA, with measures",
            ["dpia.risks"],
        ),
    ))
}

/// R16, R21, R25, R51.
pub(super) fn f20_assessment_quality(a: &Assessment) -> Option<Finding> {
    let d = &a.dpia;
    let mut short = Vec::new();
    let mut keys = Vec::new();
    if !d
        .ethics
        .as_ref()
        .is_some_and(|e| filled(&e.method) || e.assessed.is_some())
    {
        short.push("no ethics assessment");
        keys.push("dpia.ethics.method");
        keys.push("dpia.ethics.assessed");
    }
    if !d.competences.contains(&Competence::Communication) {
        short.push("no communication competence in the DPIA group");
    }
    if !d.competences.contains(&Competence::Privacy) {
        short.push("no privacy competence in the DPIA group");
    }
    if !d.competences.contains(&Competence::Communication)
        || !d.competences.contains(&Competence::Privacy)
    {
        keys.push("dpia.competences");
    }
    let undocumented = d.infosec.as_ref().and_then(|i| i.supplier_documentation)
        == Some(SupplierDocumentation::None);
    if undocumented {
        short.push("the supplier documents no information security");
        keys.push("dpia.infosec.supplier_documentation");
    }
    let c = &a.content;
    if c.identifiable_persons == Some(IdentifiablePersons::Artistic)
        && !filled(&c.exemption_justification)
    {
        short.push("artistic exemption without a justification");
        keys.push("content.exemption_justification");
    }
    let what = listing(&short)?;
    Some(finding(
        "F20",
        Severity::Warning,
        format!("The assessment lacks depth: {what}"),
        Fix::edit("Deepen the DPIA where it is short", keys),
    ))
}
