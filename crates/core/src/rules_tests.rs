//! Unit tests of the status rules (docs/format.md "Status") and findings F01-F20,
//! each at both sides of its threshold. Today is 2025-01-15 throughout; the
//! policy is the default (12 months, 30 days, 30 days, 12 months).

use super::digest::dpia_digest;
use super::model::*;
use super::parse::parse_assessment;
use super::policy::Policy;
use super::status::*;
use super::{Date, Evaluation, Severity, evaluate};

pub(crate) const CLEAN: &str = r#"
schema_version = 1
[account]
municipality = "Fjordvik kommune"
platform = "facebook"
name = "Fjordvik kommune"
service_area = "kommunikasjon"
usage = "information"
status = "active"
created = 2020-01-01
email = "kommunikasjon@fjordvik.kommune.no"
purpose = "Informere innbyggerne"
[responsibility]
manager = "Hege Solberg"
comms_unit_consulted = true
credentials_held_centrally = true
hours_per_week = 10
[[responsibility.editors]]
name = "Marte Lien"
role = "editor"
trained = 2023-09-14
[[responsibility.editors]]
name = "Sara Dahl"
role = "substitute"
trained = 2024-02-01
[profile]
website = "https://www.fjordvik.kommune.no"
privacy_notice_url = "https://www.fjordvik.kommune.no/personvern"
house_rules_url = "https://www.fjordvik.kommune.no/regler"
states_sender_and_purpose = true
[dpia]
completed = 2024-05-27
purpose = "Oppfylle informasjonsplikten"
competences = ["communication", "privacy", "information_security"]
[dpia.infosec]
supplier_documentation = "partial"
[dpia.controllership]
joint = true
art26_arrangement = "Page Insights Controller Addendum"
[dpia.legal_basis]
article = "6(1)(e)"
supplementary = "Kommuneloven § 4-1"
[dpia.transfer]
third_country = true
mechanism = "scc"
tia_ref = "2024/1"
[dpia.ethics]
method = "Navigasjonshjulet"
assessed = 2024-05-01
[[dpia.risks]]
goal = "transparency"
risk = "Profilering"
measures = ["Personvernerklæring"]
residual = "medium"
[[decisions]]
date = 2024-06-12
outcome = "approved"
residual_risk = "medium"
[moderation]
comments_enabled = true
frequency = "daily_office_hours"
[moderation.categories]
a = "Svar innen 2 timer"
[archive]
routine_ref = "Arkivrutine v2"
[[snapshots]]
date = 2024-06-03
kind = "yearly"
[activity]
last_post = 2025-01-14
"#;

pub(crate) fn d(text: &str) -> Date {
    text.parse().unwrap()
}

pub(crate) fn today() -> Date {
    d("2025-01-15")
}

/// The clean assessment, its decision signed with the current DPIA.
pub(crate) fn clean() -> Assessment {
    let mut a = parse_assessment(CLEAN).unwrap();
    sign(&mut a);
    a
}

/// Gives the latest decision the digest of the current DPIA, as the tool would.
pub(crate) fn sign(a: &mut Assessment) {
    let digest = dpia_digest(&a.dpia);
    if let Some(last) = a.decisions.last_mut() {
        last.dpia_digest = Some(digest);
    }
}

pub(crate) fn policy() -> Policy {
    let mut p = Policy::default();
    p.policy.municipal_email_domains = vec!["fjordvik.kommune.no".into()];
    p
}

pub(crate) fn eval(a: &Assessment) -> Evaluation {
    evaluate(a, &policy(), today())
}

fn eval_on(a: &Assessment, day: &str) -> Evaluation {
    evaluate(a, &policy(), d(day))
}

/// The severity of finding `id`, or `None` when it is not raised.
fn severity(a: &Assessment, id: &str) -> Option<Severity> {
    eval(a)
        .findings
        .iter()
        .find(|f| f.id == id)
        .map(|f| f.severity)
}

pub(crate) fn decision(date: &str, outcome: Outcome) -> Decision {
    Decision {
        date: d(date),
        body: None,
        decided_by: None,
        outcome,
        rationale: None,
        conditions: vec![],
        conditions_due: None,
        residual_risk: None,
        dpia_digest: None,
    }
}

#[test]
fn the_clean_assessment_has_no_findings() {
    let e = eval(&clean());
    assert!(e.findings.is_empty(), "{:#?}", e.findings);
    assert_eq!(e.status.approval, Approval::Approved);
    assert_eq!(e.status.review, ReviewStatus::Ok);
    assert_eq!(e.status.activity, ActivityStatus::Active);
    assert_eq!(e.status.snapshots, SnapshotStatus::Ok);
}

#[test]
fn every_finding_has_a_source() {
    for (id, source) in super::findings::SOURCES {
        assert!(source.requirements.starts_with('R'), "{id}");
        assert!(source.seed.starts_with('S'), "{id}");
    }
}

// ---- approval -------------------------------------------------------------

#[test]
fn approval_follows_the_latest_decision() {
    let mut a = clean();
    a.decisions.clear();
    assert_eq!(approval(&a), Approval::Pending);
    a.decisions.push(decision("2024-01-01", Outcome::Approved));
    a.decisions
        .push(decision("2023-01-01", Outcome::NotApproved));
    assert_eq!(approval(&a), Approval::Approved, "by date, not file order");
    a.decisions
        .push(decision("2024-01-01", Outcome::ConditionallyApproved));
    assert_eq!(
        approval(&a),
        Approval::ConditionallyApproved,
        "same date: the later entry"
    );
    a.decisions
        .push(decision("2024-02-01", Outcome::NotApproved));
    assert_eq!(approval(&a), Approval::NotApproved);
}

#[test]
fn a_changed_dpia_needs_reapproval_but_an_unsigned_decision_stands() {
    let mut a = clean();
    a.dpia.features_used.push("messenger".into());
    assert_eq!(approval(&a), Approval::NeedsReapproval);
    assert_eq!(severity(&a, "F02"), Some(Severity::Error));
    a.decisions[0].dpia_digest = None;
    assert_eq!(approval(&a), Approval::Approved);
}

// ---- review ---------------------------------------------------------------

#[test]
fn review_is_due_a_review_interval_after_the_decision() {
    let a = clean(); // decided 2024-06-12, due 2025-06-12
    let s = |day| eval_on(&a, day).status;
    assert_eq!(s("2025-05-12").review, ReviewStatus::Ok, "31 days before");
    assert_eq!(
        s("2025-05-13").review,
        ReviewStatus::DueSoon,
        "30 days before"
    );
    assert_eq!(s("2025-06-12").review, ReviewStatus::DueSoon, "on the day");
    assert_eq!(
        s("2025-06-13").review,
        ReviewStatus::Overdue,
        "the day after"
    );
    assert_eq!(s("2025-06-13").review_due, Some(d("2025-06-12")));
}

#[test]
fn next_review_overrides_and_conditions_bring_the_review_forward() {
    let mut a = clean();
    a.dpia.next_review = Some(d("2025-03-01"));
    sign(&mut a);
    assert_eq!(eval(&a).status.review_due, Some(d("2025-03-01")));
    let mut c = decision("2024-06-12", Outcome::ConditionallyApproved);
    c.conditions_due = Some(d("2025-02-01"));
    a.decisions = vec![c];
    assert_eq!(eval(&a).status.review_due, Some(d("2025-02-01")));
    a.decisions[0].conditions_due = Some(d("2025-09-01"));
    assert_eq!(
        eval(&a).status.review_due,
        Some(d("2025-03-01")),
        "the earlier of the two"
    );
}

#[test]
fn no_decision_and_no_date_means_no_review_and_closed_accounts_are_not_reviewed() {
    let mut a = clean();
    a.decisions.clear();
    assert_eq!(eval(&a).status.review, ReviewStatus::None);
    let mut b = clean();
    b.account.status = AccountStatus::Closed;
    assert_eq!(eval_on(&b, "2030-01-01").status.review, ReviewStatus::None);
}

#[test]
fn f05_review_overdue() {
    let a = clean();
    let has = |day| eval_on(&a, day).findings.iter().any(|f| f.id == "F05");
    assert!(!has("2025-06-12"));
    assert!(has("2025-06-13"));
}

// ---- activity -------------------------------------------------------------

#[test]
fn inactive_after_more_than_the_limit() {
    let mut a = clean();
    a.activity.last_post = Some(d("2024-12-16")); // 30 days before today
    assert_eq!(eval(&a).status.activity, ActivityStatus::Active);
    assert_eq!(severity(&a, "F12"), None);
    a.activity.last_post = Some(d("2024-12-15")); // 31 days
    assert_eq!(eval(&a).status.activity, ActivityStatus::Inactive);
    assert_eq!(severity(&a, "F12"), Some(Severity::Warning));
    a.account.status = AccountStatus::Closing;
    assert_eq!(eval(&a).status.activity, ActivityStatus::Inactive);
    assert_eq!(
        severity(&a, "F12"),
        None,
        "closing is the answer to inactivity"
    );
}

#[test]
fn activity_is_unknown_without_a_date_and_not_applicable_when_not_live() {
    let mut a = clean();
    a.activity.last_post = None;
    assert_eq!(eval(&a).status.activity, ActivityStatus::Unknown);
    for status in [AccountStatus::Planned, AccountStatus::Closed] {
        a.account.status = status;
        assert_eq!(eval(&a).status.activity, ActivityStatus::NotApplicable);
    }
}

// ---- snapshots ------------------------------------------------------------

#[test]
fn yearly_snapshot_ages() {
    let a = clean(); // snapshot 2024-06-03, due 2025-06-03
    let s = |day| eval_on(&a, day).status.snapshots;
    assert_eq!(s("2025-05-03"), SnapshotStatus::Ok);
    assert_eq!(s("2025-05-04"), SnapshotStatus::DueSoon);
    assert_eq!(s("2025-06-03"), SnapshotStatus::DueSoon);
    assert_eq!(s("2025-06-04"), SnapshotStatus::Overdue);
}

#[test]
fn f17_warning_when_too_old_error_at_twice_the_age() {
    let a = clean();
    let f17 = |day| {
        eval_on(&a, day)
            .findings
            .iter()
            .find(|f| f.id == "F17")
            .map(|f| f.severity)
    };
    assert_eq!(f17("2025-06-03"), None);
    assert_eq!(f17("2025-06-04"), Some(Severity::Warning));
    // R46, F17: an error from exactly twice the limit (24 months).
    assert_eq!(f17("2026-06-02"), Some(Severity::Warning));
    assert_eq!(f17("2026-06-03"), Some(Severity::Error));
}

#[test]
fn f17_missing_snapshot_is_an_error_only_for_an_old_account() {
    let mut a = clean();
    a.snapshots.clear();
    assert_eq!(eval(&a).status.snapshots, SnapshotStatus::Missing);
    assert_eq!(severity(&a, "F17"), Some(Severity::Error), "created 2020");
    a.account.created = Some(d("2023-01-16"));
    assert_eq!(
        severity(&a, "F17"),
        Some(Severity::Warning),
        "a day short of two years"
    );
    a.account.created = Some(d("2023-01-15"));
    assert_eq!(
        severity(&a, "F17"),
        Some(Severity::Error),
        "exactly two years: twice the limit"
    );
    a.account.status = AccountStatus::Planned;
    assert_eq!(eval(&a).status.snapshots, SnapshotStatus::NotApplicable);
    assert_eq!(severity(&a, "F17"), None);
}

#[test]
fn closing_needs_a_before_closing_snapshot() {
    let mut a = clean();
    for status in [AccountStatus::Closing, AccountStatus::Closed] {
        a.account.status = status;
        assert_eq!(eval(&a).status.snapshots, SnapshotStatus::Missing);
        assert_eq!(severity(&a, "F18"), Some(Severity::Error));
    }
    // The last post is 2025-01-14: a snapshot before it misses that post.
    a.snapshots.push(Snapshot {
        date: d("2025-01-13"),
        kind: SnapshotKind::BeforeClosing,
        format: None,
        archive_ref: None,
        sha256: None,
    });
    assert_eq!(eval(&a).status.snapshots, SnapshotStatus::Missing);
    let f18 = eval(&a).findings.into_iter().find(|f| f.id == "F18");
    assert!(f18.is_some_and(|f| f.message().contains("before the last post (2025-01-14)")));
    a.snapshots.last_mut().unwrap().date = d("2025-01-14");
    assert_eq!(eval(&a).status.snapshots, SnapshotStatus::Ok);
    assert_eq!(severity(&a, "F18"), None);
    // Without a recorded post, any snapshot before closing holds it all.
    a.snapshots.last_mut().unwrap().date = d("2020-01-01");
    a.activity.last_post = None;
    assert_eq!(severity(&a, "F18"), None);
    a.account.status = AccountStatus::Active;
    assert_eq!(severity(&a, "F18"), None);
}

// ---- findings F01-F04 -----------------------------------------------------

#[test]
fn f01_needs_dpia_completion_and_purposes_when_in_use() {
    let mut a = clean();
    a.dpia.completed = None;
    sign(&mut a);
    assert_eq!(severity(&a, "F01"), Some(Severity::Error));
    let mut b = clean();
    b.account.purpose = Some("  ".into());
    assert_eq!(severity(&b, "F01"), Some(Severity::Error));
    let mut c = clean();
    c.dpia.purpose = None;
    sign(&mut c);
    assert_eq!(severity(&c, "F01"), Some(Severity::Error));
    c.account.status = AccountStatus::Planned;
    assert_eq!(severity(&c, "F01"), None);
}

#[test]
fn f02_in_use_without_approval() {
    let mut a = clean();
    a.decisions.clear();
    assert_eq!(severity(&a, "F02"), Some(Severity::Error));
    a.account.status = AccountStatus::Planned;
    assert_eq!(severity(&a, "F02"), None);
    let mut b = clean();
    b.decisions[0].outcome = Outcome::NotApproved;
    assert_eq!(severity(&b, "F02"), Some(Severity::Error));
    b.decisions[0].outcome = Outcome::ConditionallyApproved;
    assert_eq!(severity(&b, "F02"), None);
}

#[test]
fn f03_conditions_warn_then_fail_after_their_date() {
    let mut a = clean();
    a.decisions[0].outcome = Outcome::ConditionallyApproved;
    a.decisions[0].conditions = vec!["Publisere personvernerklæring".into()];
    a.decisions[0].conditions_due = Some(d("2025-01-15"));
    assert_eq!(severity(&a, "F03"), Some(Severity::Warning), "due today");
    a.decisions[0].conditions_due = Some(d("2025-01-14"));
    assert_eq!(severity(&a, "F03"), Some(Severity::Error), "due yesterday");
    a.decisions.push(decision("2025-01-10", Outcome::Approved));
    assert_eq!(severity(&a, "F03"), None, "a later decision settles it");
}

#[test]
fn f04_second_treatment_with_high_risk_needs_prior_consultation() {
    let mut a = clean();
    a.decisions[0].residual_risk = Some(Level::High);
    assert_eq!(severity(&a, "F04"), None, "treated once");
    let mut second = decision("2024-09-01", Outcome::Approved);
    second.residual_risk = Some(Level::High);
    a.decisions.push(second);
    assert_eq!(severity(&a, "F04"), Some(Severity::Error));
    a.decisions[1].residual_risk = Some(Level::Medium);
    assert_eq!(severity(&a, "F04"), None, "risk reduced");
    a.decisions[1].residual_risk = Some(Level::High);
    // R38: an empty [prior_consultation] does not count; `requested` does.
    a.prior_consultation = Some(PriorConsultation::default());
    assert_eq!(severity(&a, "F04"), Some(Severity::Error), "empty table");
    a.prior_consultation = Some(PriorConsultation {
        requested: Some(d("2024-09-10")),
        reference: None,
    });
    assert_eq!(severity(&a, "F04"), None, "requested");
    a.prior_consultation = None;
    a.account.status = AccountStatus::Closed;
    assert_eq!(severity(&a, "F04"), None);
}

// ---- F06-F10 ---------------------------------------------------------------

#[test]
fn f06_legal_basis_rules() {
    let mut a = clean();
    a.dpia.legal_basis = None;
    assert_eq!(severity(&a, "F06"), Some(Severity::Error));
    a.dpia.legal_basis = Some(LegalBasis {
        article: Some(LegalArticle::PublicTask),
        ..LegalBasis::default()
    });
    assert_eq!(
        severity(&a, "F06"),
        Some(Severity::Error),
        "6(1)(e) without supplementary"
    );
    a.dpia.legal_basis = Some(LegalBasis {
        article: Some(LegalArticle::LegitimateInterest),
        supplementary: Some("irrelevant".into()),
        lia_ref: None,
    });
    assert_eq!(
        severity(&a, "F06"),
        Some(Severity::Error),
        "6(1)(f) without LIA"
    );
    a.dpia.legal_basis.as_mut().unwrap().lia_ref = Some("2024/9".into());
    assert_eq!(severity(&a, "F06"), None);
    a.dpia.controllership.as_mut().unwrap().art26_arrangement = None;
    assert_eq!(
        severity(&a, "F06"),
        Some(Severity::Error),
        "joint without art. 26"
    );
    a.dpia.controllership.as_mut().unwrap().joint = Some(false);
    assert_eq!(severity(&a, "F06"), None);
}

#[test]
fn f07_transfer_rules() {
    let mut a = clean();
    assert_eq!(severity(&a, "F07"), None);
    a.dpia.transfer.as_mut().unwrap().tia_ref = None;
    assert_eq!(severity(&a, "F07"), Some(Severity::Warning));
    a.dpia.transfer.as_mut().unwrap().mechanism = Some(TransferMechanism::Adequacy);
    assert_eq!(severity(&a, "F07"), None, "adequacy needs no TIA");
    a.dpia.transfer.as_mut().unwrap().mechanism = Some(TransferMechanism::None);
    assert_eq!(severity(&a, "F07"), Some(Severity::Error));
    a.dpia.transfer.as_mut().unwrap().mechanism = None;
    assert_eq!(severity(&a, "F07"), Some(Severity::Error));
    a.dpia.transfer.as_mut().unwrap().third_country = Some(false);
    assert_eq!(severity(&a, "F07"), None);
}

#[test]
fn f08_risk_without_measures_or_residual() {
    let mut a = clean();
    a.dpia.risks[0].measures.clear();
    assert_eq!(severity(&a, "F08"), Some(Severity::Warning));
    let mut b = clean();
    b.dpia.risks[0].residual = None;
    assert_eq!(severity(&b, "F08"), Some(Severity::Warning));
}

#[test]
fn f09_advised_against_uses() {
    let mut a = clean();
    a.account.service_area = Some("Barnevern".into());
    assert_eq!(severity(&a, "F09"), Some(Severity::Error));
    a.account.service_area = Some("kultur".into());
    a.account.usage = Some(Usage::CaseHandling);
    assert_eq!(severity(&a, "F09"), Some(Severity::Error));
    a.account.usage = Some(Usage::Dialogue);
    assert_eq!(severity(&a, "F09"), Some(Severity::Warning));
    a.account.usage = Some(Usage::Information);
    assert_eq!(severity(&a, "F09"), None);
}

#[test]
fn f10_vulnerable_groups() {
    let mut a = clean();
    a.dpia.vulnerable_groups = vec!["children".into()];
    assert_eq!(severity(&a, "F10"), Some(Severity::Warning));
}

// ---- F11-F16 ---------------------------------------------------------------

#[test]
fn f11_moderation_duty() {
    let mut a = clean();
    a.moderation.frequency = Some(ModerationFrequency::None);
    assert_eq!(severity(&a, "F11"), Some(Severity::Error));
    a.moderation.frequency = Some(ModerationFrequency::Weekly);
    assert_eq!(severity(&a, "F11"), Some(Severity::Warning));
    a.moderation.frequency = Some(ModerationFrequency::DailyOfficeHours);
    a.moderation.categories = None;
    assert_eq!(
        severity(&a, "F11"),
        Some(Severity::Warning),
        "category A missing"
    );
    a.moderation.comments_enabled = Some(false);
    a.moderation.frequency = Some(ModerationFrequency::None);
    assert_eq!(
        severity(&a, "F11"),
        None,
        "comments off: nothing to moderate"
    );
}

#[test]
fn f13_editors_and_substitutes_must_be_current() {
    let mut a = clean();
    a.responsibility.editors[1].until = Some(d("2025-01-15"));
    assert_eq!(severity(&a, "F13"), None, "until today still counts");
    a.responsibility.editors[1].until = Some(d("2025-01-14"));
    assert_eq!(
        severity(&a, "F13"),
        Some(Severity::Warning),
        "substitute has left"
    );
    a.responsibility.editors[0].until = Some(d("2025-01-14"));
    assert_eq!(
        severity(&a, "F13"),
        Some(Severity::Error),
        "editor has left"
    );
}

#[test]
fn f14_manager_and_communications_unit() {
    let mut a = clean();
    a.responsibility.comms_unit_consulted = None;
    assert_eq!(severity(&a, "F14"), Some(Severity::Error));
    let mut b = clean();
    b.responsibility.manager = None;
    assert_eq!(severity(&b, "F14"), Some(Severity::Error));
}

#[test]
fn f15_resources_each_cause() {
    let causes: [fn(&mut Assessment); 4] = [
        |a| a.responsibility.credentials_held_centrally = Some(false),
        |a| a.account.email = Some("kultur@gmail.com".into()),
        |a| a.responsibility.editors[0].trained = None,
        |a| a.responsibility.hours_per_week = Some(0.0),
    ];
    for cause in causes {
        let mut a = clean();
        cause(&mut a);
        assert_eq!(severity(&a, "F15"), Some(Severity::Warning));
    }
}

#[test]
fn f16_archive_routine() {
    let mut a = clean();
    a.archive.routine_ref = None;
    assert_eq!(severity(&a, "F16"), Some(Severity::Warning));
}

// ---- F19, F20 ----------------------------------------------------------------

#[test]
fn f19_profile_each_part() {
    let causes: [fn(&mut Assessment); 4] = [
        |a| a.profile.privacy_notice_url = None,
        |a| a.profile.house_rules_url = None,
        |a| a.profile.website = None,
        |a| a.profile.states_sender_and_purpose = Some(false),
    ];
    for cause in causes {
        let mut a = clean();
        cause(&mut a);
        assert_eq!(severity(&a, "F19"), Some(Severity::Warning));
    }
}

#[test]
fn f20_assessment_quality_each_part() {
    let causes: [fn(&mut Assessment); 5] = [
        |a| a.dpia.ethics = None,
        |a| {
            a.dpia
                .competences
                .retain(|c| *c != Competence::Communication)
        },
        |a| a.dpia.competences.retain(|c| *c != Competence::Privacy),
        |a| {
            a.dpia.infosec.as_mut().unwrap().supplier_documentation =
                Some(SupplierDocumentation::None)
        },
        |a| a.content.identifiable_persons = Some(IdentifiablePersons::Artistic),
    ];
    for cause in causes {
        let mut a = clean();
        cause(&mut a);
        sign(&mut a);
        assert_eq!(severity(&a, "F20"), Some(Severity::Warning));
    }
    let mut a = clean();
    a.content.identifiable_persons = Some(IdentifiablePersons::Artistic);
    a.content.exemption_justification = Some("Konstnärligt verk".into());
    assert_eq!(severity(&a, "F20"), None);
}

#[test]
fn closed_accounts_are_only_asked_for_the_closing_snapshot() {
    let mut a = clean();
    a.account.status = AccountStatus::Closed;
    a.account.service_area = Some("barnevern".into());
    a.dpia = Dpia::default();
    a.responsibility = Responsibility::default();
    let ids: Vec<_> = eval(&a).findings.iter().map(|f| f.id).collect();
    // F18, and F23: a closed account without [closing] says two things.
    assert_eq!(ids, vec!["F18", "F23"]);
}

/// A loaded account evaluates with the digest its load kept (R34): the
/// same verdict as working it out, whether the decision was taken on this
/// DPIA or on another one.
#[test]
fn a_loaded_account_uses_the_digest_kept_with_it() {
    use crate::register::LoadedAssessment;
    let signed = clean();
    let mut changed = clean();
    changed.dpia.purpose = Some("Something else entirely".into());
    for (a, approval) in [
        (signed, Approval::Approved),
        (changed, Approval::NeedsReapproval),
    ] {
        let loaded = LoadedAssessment::new(
            crate::AccountId::parse("fjordvik/x").unwrap(),
            "assessments/fjordvik/x.toml".into(),
            Box::new(a.clone()),
        );
        assert_eq!(loaded.dpia_digest, dpia_digest(&a.dpia));
        let kept = loaded.evaluate(&policy(), today());
        assert_eq!(kept.status.approval, approval);
        let worked_out = eval(&a);
        assert_eq!(kept.status, worked_out.status);
        let ids = |e: &Evaluation| e.findings.iter().map(|f| f.id).collect::<Vec<_>>();
        assert_eq!(ids(&kept), ids(&worked_out));
    }
}
