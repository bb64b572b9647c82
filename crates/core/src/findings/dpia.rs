//! The content of the DPIA: F06-F10 and F20 (R16, R20-R32, R51).

use super::{Arg, Finding, Fix, Phrase, Severity, finding, listing};
use crate::date::Date;
use crate::model::*;
use crate::policy::Thresholds;

pub(super) fn f06_legal_basis(a: &Assessment) -> Option<Finding> {
    let basis = a.dpia.legal_basis.clone().unwrap_or_default();
    let mut short = Vec::new();
    let mut keys = Vec::new();
    match basis.article {
        None => {
            short.push(Phrase::new("f06-no-article"));
            keys.push("dpia.legal_basis.article");
        }
        Some(LegalArticle::PublicTask) if !filled(&basis.supplementary) => {
            short.push(Phrase::new("f06-no-supplementary"));
            keys.push("dpia.legal_basis.supplementary");
        }
        Some(LegalArticle::LegitimateInterest) if !filled(&basis.lia_ref) => {
            short.push(Phrase::new("f06-no-lia"));
            keys.push("dpia.legal_basis.lia_ref");
        }
        Some(_) => {}
    }
    let ctrl = a.dpia.controllership.clone().unwrap_or_default();
    if ctrl.joint == Some(true) && !filled(&ctrl.art26_arrangement) {
        short.push(Phrase::new("f06-no-art26"));
        keys.push("dpia.controllership.art26_arrangement");
    }
    let what = listing(short)?;
    Some(finding(
        "F06",
        Severity::Error,
        Phrase::new("f06").with("missing", what),
        Fix::edit(Phrase::new("f06-fix"), keys),
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
                Phrase::new("f07-not-assessed"),
                Fix::edit(
                    Phrase::new("f07-not-assessed-fix"),
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
                Phrase::new("f07-unknown"),
                Fix::edit(
                    Phrase::new("f07-unknown-fix"),
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
            Phrase::new("f07-no-mechanism"),
            Fix::edit(
                Phrase::new("f07-no-mechanism-fix"),
                ["dpia.transfer.mechanism"],
            ),
        )),
        // An adequacy decision is itself the assessment of the third
        // country's law; a transfer impact assessment is for SCC and BCR.
        Some(TransferMechanism::Adequacy) => None,
        Some(_) if !filled(&transfer.tia_ref) => Some(finding(
            "F07",
            Severity::Warning,
            Phrase::new("f07-no-tia"),
            Fix::edit(Phrase::new("f07-no-tia-fix"), ["dpia.transfer.tia_ref"]),
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
            Phrase::new("f08-no-risks").with("completed", Arg::Date(completed)),
            Fix::edit(
                Phrase::new("f08-no-risks-fix"),
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
    let short: Vec<Phrase> = a
        .dpia
        .risks
        .iter()
        .enumerate()
        .filter(|(_, r)| r.measures.is_empty() || r.residual.is_none())
        .map(|(i, r)| {
            let name = match &r.risk {
                Some(name) => Arg::Text(name.clone()),
                None => Arg::Phrases(vec![Phrase::new("f08-risk-number").with(
                    "number",
                    Arg::Number(i64::try_from(i + 1).unwrap_or(i64::MAX)),
                )]),
            };
            if r.measures.is_empty() {
                keys.push(format!("dpia.risks[{}].measures", i + 1));
            }
            if r.residual.is_none() {
                keys.push(format!("dpia.risks[{}].residual", i + 1));
            }
            let lacks = match (r.measures.is_empty(), r.residual.is_none()) {
                (true, true) => "f08-lacks-both",
                (true, false) => "f08-lacks-measures",
                _ => "f08-lacks-residual",
            };
            Phrase::new(lacks).with("risk", name)
        })
        .collect();
    if short.is_empty() {
        return None;
    }
    Some(finding(
        "F08",
        Severity::Warning,
        Phrase::new("f08").with("risks", Arg::Phrases(short)),
        Fix::edit(Phrase::new("f08-fix"), keys),
    ))
}

/// R31, R32.
pub(super) fn f09_advised_against(a: &Assessment, policy: &Thresholds) -> Option<Finding> {
    let area = a.account.service_area.as_deref().unwrap_or("");
    if let Some(entry) = policy.high_risk_entry(area) {
        return Some(finding(
            "F09",
            Severity::Error,
            Phrase::new("f09-area")
                .text("area", area.trim())
                .text("entry", entry),
            Fix::record(
                Phrase::new("f09-area-fix"),
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
            Phrase::new("f09-case-handling"),
            Fix::edit(Phrase::new("f09-case-handling-fix"), ["account.usage"]),
        )),
        // A justification on record is the assessment KS asks for.
        Some(Usage::Dialogue) if filled(&a.account.dialogue_justification) => None,
        Some(Usage::Dialogue) => Some(finding(
            "F09",
            Severity::Warning,
            Phrase::new("f09-dialogue"),
            Fix::edit(
                Phrase::new("f09-dialogue-fix"),
                ["account.dialogue_justification", "account.usage"],
            ),
        )),
        _ => None,
    }
}

/// R20.
pub(super) fn f10_vulnerable_groups(a: &Assessment) -> Option<Finding> {
    // A group is assessed when a risk names it (case and spaces aside).
    let same = |x: &str, y: &str| x.trim().to_lowercase() == y.trim().to_lowercase();
    let unassessed: Vec<String> = a
        .dpia
        .vulnerable_groups
        .iter()
        .filter(|g| !g.trim().is_empty())
        .filter(|g| {
            !a.dpia
                .risks
                .iter()
                .any(|r| r.groups.iter().any(|named| same(named, g)))
        })
        .map(|g| g.trim().to_owned())
        .collect();
    if unassessed.is_empty() {
        return None;
    }
    Some(finding(
        "F10",
        Severity::Warning,
        Phrase::new("f10").with("groups", Arg::List(unassessed)),
        Fix::edit(Phrase::new("f10-fix"), ["dpia.risks"]),
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
        short.push(Phrase::new("f20-no-ethics"));
        keys.push("dpia.ethics.method");
        keys.push("dpia.ethics.assessed");
    }
    if !d.competences.contains(&Competence::Communication) {
        short.push(Phrase::new("f20-no-communication"));
    }
    if !d.competences.contains(&Competence::Privacy) {
        short.push(Phrase::new("f20-no-privacy"));
    }
    if !d.competences.contains(&Competence::Communication)
        || !d.competences.contains(&Competence::Privacy)
    {
        keys.push("dpia.competences");
    }
    let undocumented = d.infosec.as_ref().and_then(|i| i.supplier_documentation)
        == Some(SupplierDocumentation::None);
    if undocumented {
        short.push(Phrase::new("f20-no-supplier-security"));
        keys.push("dpia.infosec.supplier_documentation");
    }
    let c = &a.content;
    if c.identifiable_persons == Some(IdentifiablePersons::Artistic)
        && !filled(&c.exemption_justification)
    {
        short.push(Phrase::new("f20-no-exemption-justification"));
        keys.push("content.exemption_justification");
    }
    let what = listing(short)?;
    Some(finding(
        "F20",
        Severity::Warning,
        Phrase::new("f20").with("missing", what),
        Fix::edit(Phrase::new("f20-fix"), keys),
    ))
}
