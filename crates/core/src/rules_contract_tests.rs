//! The findings against the contract's table (docs/format.md, "Findings"),
//! the lifecycle table, and the boundaries the revised rules draw (issue 11):
//! prior consultation (R38), dates after today (F21), presence checks (F07,
//! F08, F22), service areas (F09), F17 at twice the limit, F23.
//! Today is 2025-01-15 unless a test says otherwise.

use std::collections::{BTreeMap, BTreeSet};

use super::edit::{NewDecision, check_decision};
use super::findings::{self, CLOSED, PLANNED};
use super::model::*;
use super::rules_tests::{clean, d, decision, policy, sign};
use super::status::*;
use super::{Evaluation, Severity, evaluate};

/// The contract's table of findings, as written there: id and the
/// severities its row allows. Encoded here on purpose, not read from the
/// code, so a change of either shows up as a failing test.
const CONTRACT: [(&str, &[Severity]); 26] = {
    use Severity::{Error as E, Warning as W};
    [
        ("F01", &[E]),
        ("F02", &[E]),
        ("F03", &[W, E]), // warning; error after conditions_due
        ("F04", &[E]),
        ("F05", &[W]),
        ("F06", &[E]),
        ("F07", &[E, W]), // error without mechanism; warning without tia_ref or [dpia.transfer]
        ("F08", &[W]),
        ("F09", &[E, W]), // error: high-risk area or case handling; warning: dialogue
        ("F10", &[W]),
        ("F11", &[E, W]), // error: comments on, frequency none; warning otherwise
        ("F12", &[W]),
        ("F13", &[E, W]), // error: no editor; warning: no substitute
        ("F14", &[E]),
        ("F15", &[W]),
        ("F16", &[W]),
        ("F17", &[W, E]), // warning; error from twice the limit
        ("F18", &[E]),
        ("F19", &[W]),
        ("F20", &[W]),
        ("F21", &[E]),
        ("F22", &[W]),
        ("F23", &[W]),
        ("F24", &[W]),
        ("F25", &[E]),
        ("F26", &[E]), // only where signing is required (the trail given)
    ]
};

fn on(a: &Assessment, day: &str) -> Evaluation {
    evaluate(a, &policy(), d(day))
}

fn eval(a: &Assessment) -> Evaluation {
    on(a, "2025-01-15")
}

fn ids(a: &Assessment) -> Vec<&'static str> {
    eval(a).findings.iter().map(|f| f.id).collect()
}

fn severity(a: &Assessment, id: &str) -> Option<Severity> {
    eval(a)
        .findings
        .iter()
        .find(|f| f.id == id)
        .map(|f| f.severity)
}

/// One account for each way a finding can fire; together they raise every
/// finding at every severity the contract allows.
fn scenarios() -> Vec<(&'static str, Assessment)> {
    let mut out: Vec<(&'static str, Assessment)> = Vec::new();
    let mut add = |name, change: &dyn Fn(&mut Assessment)| {
        let mut a = clean();
        change(&mut a);
        out.push((name, a));
    };
    add("no DPIA date", &|a| a.dpia.completed = None);
    add("refused but in use", &|a| {
        a.decisions[0].outcome = Outcome::NotApproved;
        sign(a);
    });
    add("conditional, open", &|a| {
        a.decisions[0].outcome = Outcome::ConditionallyApproved;
        a.decisions[0].conditions_due = Some(d("2025-03-01"));
    });
    add("conditional, late", &|a| {
        a.decisions[0].outcome = Outcome::ConditionallyApproved;
        a.decisions[0].conditions_due = Some(d("2024-12-01"));
    });
    add("approved again, risk still high", &|a| {
        a.decisions[0].residual_risk = Some(Level::High);
        let mut again = decision("2024-09-01", Outcome::Approved);
        again.residual_risk = Some(Level::High);
        a.decisions.push(again);
        sign(a);
    });
    add("review overdue", &|a| {
        a.dpia.next_review = Some(d("2025-01-01"))
    });
    add("no legal basis", &|a| a.dpia.legal_basis = None);
    add("no transfer mechanism", &|a| {
        if let Some(t) = a.dpia.transfer.as_mut() {
            t.mechanism = None;
        }
    });
    add("no TIA", &|a| {
        if let Some(t) = a.dpia.transfer.as_mut() {
            t.tia_ref = None;
        }
    });
    add("risk without measures", &|a| {
        a.dpia.risks[0].measures.clear()
    });
    add("child welfare", &|a| {
        a.account.service_area = Some("Barnevernet".into())
    });
    add("dialogue", &|a| a.account.usage = Some(Usage::Dialogue));
    add("children", &|a| {
        a.dpia.vulnerable_groups = vec!["children".into()]
    });
    add("unmoderated", &|a| {
        a.moderation.frequency = Some(ModerationFrequency::None)
    });
    add("weekly", &|a| {
        a.moderation.frequency = Some(ModerationFrequency::Weekly)
    });
    add("inactive", &|a| {
        a.activity.last_post = Some(d("2024-11-01"))
    });
    add("no editor", &|a| a.responsibility.editors.clear());
    add("no substitute", &|a| {
        a.responsibility
            .editors
            .retain(|e| e.role == EditorRole::Editor)
    });
    add("no manager", &|a| a.responsibility.manager = None);
    add("untrained", &|a| a.responsibility.editors[0].trained = None);
    add("no archive routine", &|a| a.archive.routine_ref = None);
    add("old snapshot", &|a| a.snapshots[0].date = d("2023-10-01"));
    add("very old snapshot", &|a| {
        a.snapshots[0].date = d("2023-01-15")
    });
    add("closing, no snapshot", &|a| {
        a.account.status = AccountStatus::Closing;
        a.closing = Some(Closing::default());
    });
    add("no privacy notice", &|a| {
        a.profile.privacy_notice_url = None
    });
    add("no ethics", &|a| a.dpia.ethics = None);
    add("typo 2052", &|a| a.snapshots[0].date = d("2052-06-03"));
    add("no digest", &|a| a.decisions[0].dpia_digest = None);
    add("closed without [closing]", &|a| {
        a.account.status = AccountStatus::Closed
    });
    add("stale next_review", &|a| {
        a.dpia.next_review = Some(d("2024-06-12"))
    });
    add("approved before the DPIA was done", &|a| {
        a.dpia.completed = Some(d("2024-06-13"));
        sign(a);
    });
    out
}

#[test]
fn every_finding_fires_with_the_severities_of_its_row_in_the_contract() {
    let contract: BTreeMap<&str, &[Severity]> = CONTRACT.into_iter().collect();
    let mut seen: BTreeMap<&str, BTreeSet<Severity>> = BTreeMap::new();
    let mut evaluations: Vec<(&str, Evaluation)> = scenarios()
        .into_iter()
        .map(|(n, a)| (n, eval(&a)))
        .collect();
    // Signing required, and the trail backs nothing: F26.
    let unbacked = super::evaluate_on_trail(
        &clean(),
        &policy(),
        d("2025-01-15"),
        &super::Trail::none(),
        "x",
    );
    evaluations.push(("signing required, decision not backed", unbacked));
    for (name, evaluation) in evaluations {
        for f in evaluation.findings {
            let allowed = contract
                .get(f.id)
                .unwrap_or_else(|| panic!("{}: not in the contract", f.id));
            assert!(
                allowed.contains(&f.severity),
                "{name}: {} is {:?}, the contract allows {allowed:?}",
                f.id,
                f.severity
            );
            assert_eq!(f.source, findings::source_of(f.id), "{}", f.id);
            seen.entry(f.id).or_default().insert(f.severity);
        }
    }
    for (id, severities) in CONTRACT {
        let got = seen.get(id).cloned().unwrap_or_default();
        let want: BTreeSet<Severity> = severities.iter().copied().collect();
        assert_eq!(got, want, "{id}: severities raised by the scenarios");
    }
}

#[test]
fn the_rule_catalogue_follows_the_contract() {
    let ids: Vec<&str> = CONTRACT.iter().map(|(id, _)| *id).collect();
    let rules: Vec<&str> = findings::RULES.iter().map(|r| r.id).collect();
    let sources: Vec<&str> = findings::SOURCES.iter().map(|(id, _)| *id).collect();
    assert_eq!(rules, ids);
    assert_eq!(sources, ids);
    for (id, source) in findings::SOURCES {
        assert!(source.requirements.starts_with('R'), "{id}");
        assert!(!source.citations.is_empty(), "{id}");
        for c in source.citations {
            assert!(!c.title().is_empty(), "{id}: {} has a title", c.document);
            assert!(source.seed.contains(c.document), "{id}: {}", c.document);
        }
    }
}

#[test]
fn every_finding_says_what_fixes_it() {
    for (name, a) in scenarios() {
        for f in eval(&a).findings {
            let fix = &f.fix;
            assert!(!fix.text().is_empty(), "{name}: {}", f.id);
            assert!(
                fix.dashboard_key.is_some() || fix.command.is_some() || !fix.keys.is_empty(),
                "{name}: {} says where to fix it",
                f.id
            );
        }
    }
}

// ---- the lifecycle table -------------------------------------------------

/// An account with nearly everything wrong, in every lifecycle state.
fn everything_wrong(status: AccountStatus) -> Assessment {
    let mut a = clean();
    a.account.status = status;
    a.account.service_area = Some("helse".into());
    a.account.purpose = None;
    a.dpia = Dpia {
        completed: Some(d("2024-05-27")),
        vulnerable_groups: vec!["children".into()],
        ..Dpia::default()
    };
    a.responsibility = Responsibility::default();
    a.profile = Profile::default();
    a.moderation.frequency = Some(ModerationFrequency::None);
    a.archive = Archive::default();
    a.snapshots.clear();
    a.activity.last_post = Some(d("2024-01-01"));
    a.decisions[0].residual_risk = Some(Level::High);
    let mut again = decision("2024-09-01", Outcome::Approved);
    again.residual_risk = Some(Level::High);
    a.decisions.push(again);
    a.decisions
        .push(decision("2031-01-01", Outcome::NotApproved));
    a.closing = None;
    a
}

#[test]
fn closed_accounts_keep_only_the_archive_duty_and_the_data_checks() {
    let a = everything_wrong(AccountStatus::Closed);
    assert_eq!(ids(&a), vec!["F16", "F18", "F21", "F23"]);
    let s = eval(&a).status;
    assert_eq!(s.review, ReviewStatus::None);
    assert_eq!(s.review_due, None, "no due date next to `none`");
    assert_eq!(s.activity, ActivityStatus::NotApplicable);
    assert_eq!(s.snapshots, SnapshotStatus::Missing);
    // A conditional approval long overdue is no F03 once closed.
    let mut c = clean();
    c.account.status = AccountStatus::Closed;
    c.decisions[0].outcome = Outcome::ConditionallyApproved;
    c.decisions[0].conditions_due = Some(d("2024-07-01"));
    assert_eq!(severity(&c, "F03"), None);
    assert_eq!(eval(&c).status.review_due, None);
}

#[test]
fn planned_accounts_are_told_what_must_be_in_place_before_they_open() {
    let a = everything_wrong(AccountStatus::Planned);
    let got = ids(&a);
    assert!(got.iter().all(|id| PLANNED.contains(id)), "{got:?}");
    assert_eq!(
        got,
        vec![
            "F04", "F06", "F07", "F08", "F09", "F10", "F11", "F13", "F14", "F15", "F16", "F19",
            "F20", "F21", "F22"
        ]
    );
    // F23's own row names `[closing]` on a planned account.
    let mut with_closing = a.clone();
    with_closing.closing = Some(Closing::default());
    assert!(ids(&with_closing).contains(&"F23"));
    // F04 only once decisions exist.
    let mut none = a.clone();
    none.decisions.clear();
    assert!(!ids(&none).contains(&"F04"));
}

#[test]
fn active_and_closing_accounts_are_subject_to_all_rules() {
    for status in [AccountStatus::Active, AccountStatus::Closing] {
        for id in CONTRACT.iter().map(|(id, _)| *id) {
            assert!(findings::applies(id, status), "{id}");
        }
    }
    assert_eq!(CLOSED, ["F16", "F18", "F21", "F23", "F26"]);
    let closing = everything_wrong(AccountStatus::Closing);
    let got = ids(&closing);
    for id in ["F01", "F17", "F18", "F22", "F23"] {
        assert!(got.contains(&id), "{id} on a closing account: {got:?}");
    }
    assert!(!got.contains(&"F12"), "closing: inactive is expected");
}

// ---- R38: prior consultation ---------------------------------------------

fn treated_twice(second: Outcome) -> Assessment {
    let mut a = clean();
    a.decisions[0].residual_risk = Some(Level::High);
    let mut d2 = decision("2024-09-01", second);
    d2.residual_risk = Some(Level::High);
    if second == Outcome::ConditionallyApproved {
        d2.conditions = vec!["Ny vurdering".into()];
        d2.conditions_due = Some(d("2025-06-01"));
    }
    a.decisions.push(d2);
    sign(&mut a);
    a
}

#[test]
fn f04_only_for_an_approving_decision_that_is_not_the_first() {
    let mut first = clean();
    first.decisions[0].residual_risk = Some(Level::High);
    assert_eq!(severity(&first, "F04"), None, "the first decision");
    // KS ch. 8: the risk is *still* high. An earlier decision that found it
    // medium or low (or said nothing) treated it; this one is the first high.
    for earlier in [Some(Level::Medium), Some(Level::Low), None] {
        let mut a = treated_twice(Outcome::Approved);
        a.decisions[0].residual_risk = earlier;
        assert_eq!(severity(&a, "F04"), None, "earlier {earlier:?}");
    }
    assert_eq!(
        severity(&treated_twice(Outcome::Approved), "F04"),
        Some(Severity::Error)
    );
    assert_eq!(
        severity(&treated_twice(Outcome::ConditionallyApproved), "F04"),
        Some(Severity::Error)
    );
    assert_eq!(
        severity(&treated_twice(Outcome::NotApproved), "F04"),
        None,
        "a refusal never needs prior consultation"
    );
}

#[test]
fn only_a_requested_date_counts_as_prior_consultation() {
    let mut a = treated_twice(Outcome::Approved);
    a.prior_consultation = Some(PriorConsultation {
        requested: None,
        reference: Some("Datatilsynet 24/1".into()),
    });
    let f04 = eval(&a).findings.into_iter().find(|f| f.id == "F04");
    assert!(f04.is_some_and(|f| f.message().contains("no requested date")));
    a.prior_consultation = Some(PriorConsultation {
        requested: Some(d("2025-01-15")),
        reference: None,
    });
    assert_eq!(severity(&a, "F04"), None, "requested today");
    a.prior_consultation = Some(PriorConsultation {
        requested: Some(d("2025-01-16")),
        reference: None,
    });
    assert_eq!(severity(&a, "F04"), Some(Severity::Error), "tomorrow");
    assert_eq!(severity(&a, "F21"), Some(Severity::Error));
}

fn new_decision(outcome: Outcome, risk: Level) -> NewDecision {
    let conditional = outcome == Outcome::ConditionallyApproved;
    NewDecision {
        date: d("2025-01-15"),
        body: "Ledergruppen".into(),
        decided_by: "Hege Solberg".into(),
        outcome,
        rationale: "Vurdert".into(),
        conditions: if conditional {
            vec!["Ny vurdering".into()]
        } else {
            vec![]
        },
        conditions_due: conditional.then(|| d("2025-06-01")),
        residual_risk: Some(risk),
    }
}

#[test]
fn prior_consultation_is_required_only_for_an_approval_with_the_risk_still_high() {
    use super::edit::prior_consultation_required as required;
    let day = d("2025-01-15");
    let mut a = clean();
    a.decisions[0].residual_risk = Some(Level::High);
    for outcome in [Outcome::Approved, Outcome::ConditionallyApproved] {
        assert!(required(&a, outcome, Some(Level::High), day));
        assert!(!required(&a, outcome, Some(Level::Medium), day));
        // Never a refusal: the decision is recorded, F04 says what is missing.
        assert!(check_decision(&a, &new_decision(outcome, Level::High)).is_ok());
    }
    assert!(!required(&a, Outcome::NotApproved, Some(Level::High), day));
    // The first decision on an account needs no consultation yet.
    let mut fresh = clean();
    fresh.decisions.clear();
    assert!(!required(&fresh, Outcome::Approved, Some(Level::High), day));
    // A decision typed with a future date is not an earlier treatment.
    let mut typo = decision("2052-01-01", Outcome::NotApproved);
    typo.residual_risk = Some(Level::High);
    fresh.decisions.push(typo);
    assert!(!required(&fresh, Outcome::Approved, Some(Level::High), day));
    // An empty table does not count; a requested date does.
    a.prior_consultation = Some(PriorConsultation::default());
    assert!(required(&a, Outcome::Approved, Some(Level::High), day));
    a.prior_consultation = Some(PriorConsultation {
        requested: Some(d("2025-01-02")),
        reference: None,
    });
    assert!(!required(&a, Outcome::Approved, Some(Level::High), day));
}

// ---- F21: dates after today ----------------------------------------------

#[test]
fn entries_after_today_are_f21_and_do_not_count() {
    let base = clean();
    let base_status = eval(&base).status;

    let mut approved_by_typo = base.clone();
    approved_by_typo.decisions.clear();
    let pending = eval(&approved_by_typo).status;
    let mut typo = decision("2052-06-12", Outcome::Approved);
    typo.dpia_digest = Some(super::digest::dpia_digest(&approved_by_typo.dpia));
    approved_by_typo.decisions.push(typo);
    let e = eval(&approved_by_typo);
    assert_eq!(e.status, pending, "a typo 2052 does not approve");
    assert_eq!(e.status.approval, Approval::Pending);
    let f21 = e.findings.iter().find(|f| f.id == "F21").expect("F21");
    assert_eq!(f21.severity, Severity::Error);
    assert!(f21.message().contains("decisions[1].date = 2052-06-12"));

    let mut snap = base.clone();
    snap.snapshots.push(Snapshot {
        date: d("2026-01-01"),
        kind: SnapshotKind::BeforeClosing,
        format: None,
        archive_ref: None,
        sha256: None,
    });
    assert_eq!(eval(&snap).status, base_status);
    assert_eq!(severity(&snap, "F21"), Some(Severity::Error));

    let mut post = base.clone();
    post.activity.last_post = Some(d("2025-01-16"));
    assert_eq!(eval(&post).status.activity, ActivityStatus::Unknown);
    assert_eq!(severity(&post, "F21"), Some(Severity::Error));
    post.activity.last_post = Some(d("2025-01-15"));
    assert_eq!(severity(&post, "F21"), None, "today is not the future");

    let mut completed = base.clone();
    completed.dpia.completed = Some(d("2025-02-01"));
    sign(&mut completed);
    assert_eq!(severity(&completed, "F01"), Some(Severity::Error));
    assert_eq!(severity(&completed, "F21"), Some(Severity::Error));
    assert_eq!(
        eval(&completed).status.approval,
        Approval::Approved,
        "the digest covers the DPIA as written"
    );
}

// ---- presence checks -----------------------------------------------------

#[test]
fn f07_transfer_boundaries() {
    let mut a = clean();
    let set = |a: &mut Assessment, m: Option<TransferMechanism>, tia: Option<&str>| {
        a.dpia.transfer = Some(Transfer {
            third_country: Some(true),
            mechanism: m,
            tia_ref: tia.map(String::from),
        });
    };
    set(&mut a, Some(TransferMechanism::Adequacy), None);
    assert_eq!(severity(&a, "F07"), None, "adequacy needs no TIA");
    for m in [TransferMechanism::Scc, TransferMechanism::Bcr] {
        set(&mut a, Some(m), None);
        assert_eq!(severity(&a, "F07"), Some(Severity::Warning), "{m:?}");
        set(&mut a, Some(m), Some("  "));
        assert_eq!(severity(&a, "F07"), Some(Severity::Warning), "blank");
        set(&mut a, Some(m), Some("2024/1"));
        assert_eq!(severity(&a, "F07"), None);
    }
    set(&mut a, Some(TransferMechanism::None), Some("2024/1"));
    assert_eq!(severity(&a, "F07"), Some(Severity::Error));
    set(&mut a, None, None);
    assert_eq!(severity(&a, "F07"), Some(Severity::Error));
    a.dpia.transfer = None;
    assert_eq!(severity(&a, "F07"), Some(Severity::Warning), "facebook");
    a.account.platform = Platform::Other;
    assert_eq!(severity(&a, "F07"), None, "`other` may be run in the EEA");
    a.account.platform = Platform::Tiktok;
    a.dpia.transfer = Some(Transfer {
        third_country: Some(false),
        ..Transfer::default()
    });
    assert_eq!(severity(&a, "F07"), None, "assessed: stays in the EEA");
}

#[test]
fn f08_a_completed_dpia_without_risks() {
    let mut a = clean();
    a.dpia.risks.clear();
    assert_eq!(severity(&a, "F08"), Some(Severity::Warning));
    a.dpia.completed = None;
    assert_eq!(severity(&a, "F08"), None, "not completed: F01 says so");
    a.dpia.completed = Some(d("2025-03-01"));
    assert_eq!(severity(&a, "F08"), None, "completed in the future: F21");
}

#[test]
fn f22_a_decision_without_digest() {
    let mut a = clean();
    assert_eq!(severity(&a, "F22"), None);
    a.decisions[0].dpia_digest = None;
    assert_eq!(severity(&a, "F22"), Some(Severity::Warning));
    assert_eq!(eval(&a).status.approval, Approval::Approved, "it stands");
    a.decisions[0].dpia_digest = Some(" ".into());
    assert_eq!(severity(&a, "F22"), Some(Severity::Warning), "blank");
    assert_eq!(eval(&a).status.approval, Approval::Approved);
    // Only the latest decision matters: a new one with a digest settles it.
    let mut signed = decision("2024-12-01", Outcome::Approved);
    signed.dpia_digest = Some(super::digest::dpia_digest(&a.dpia));
    a.decisions.push(signed);
    assert_eq!(severity(&a, "F22"), None);
}

#[test]
fn f23_lifecycle_and_closing_must_agree() {
    let closing = Closing {
        decided: Some(d("2025-01-10")),
        decided_by: Some("Hege Solberg".into()),
        reason: Some("Erstattes".into()),
    };
    for (status, with, expected) in [
        (AccountStatus::Planned, true, Some(Severity::Warning)),
        (AccountStatus::Active, true, Some(Severity::Warning)),
        (AccountStatus::Closing, true, None),
        (AccountStatus::Closed, true, None),
        (AccountStatus::Planned, false, None),
        (AccountStatus::Active, false, None),
        (AccountStatus::Closing, false, Some(Severity::Warning)),
        (AccountStatus::Closed, false, Some(Severity::Warning)),
    ] {
        let mut a = clean();
        a.account.status = status;
        a.closing = with.then(|| closing.clone());
        assert_eq!(severity(&a, "F23"), expected, "{status:?} {with}");
    }
}

// ---- F09 and F17 boundaries ------------------------------------------------

#[test]
fn f09_service_areas_match_lowercased_trimmed_prefixes() {
    let mut a = clean();
    for area in [
        "Barnevernet",
        "barnevernstjenesten",
        "  BARNEVERN  ",
        "Helsestasjon",
        "Rusomsorg og psykiatri",
    ] {
        a.account.service_area = Some(area.into());
        assert_eq!(severity(&a, "F09"), Some(Severity::Error), "{area}");
    }
    for area in ["barn", "Kultur", "", "skolehelse", "Det lokale barnevernet"] {
        a.account.service_area = Some(area.into());
        assert_eq!(severity(&a, "F09"), None, "{area:?}");
    }
    let mut p = policy();
    p.policy.high_risk_service_areas = vec!["  Barnevern ".into(), "".into()];
    a.account.service_area = Some("barnevernet".into());
    assert!(
        evaluate(&a, &p, d("2025-01-15"))
            .findings
            .iter()
            .any(|f| f.id == "F09")
    );
    a.account.service_area = Some("kultur".into());
    assert!(
        !evaluate(&a, &p, d("2025-01-15"))
            .findings
            .iter()
            .any(|f| f.id == "F09"),
        "an empty policy entry matches nothing"
    );
}

#[test]
fn f17_is_an_error_from_exactly_twice_the_limit() {
    let mut a = clean();
    let mut p = policy();
    p.policy.snapshot_max_age_months = 6;
    a.snapshots[0].date = d("2024-01-15");
    let f17 = |a: &Assessment, day: &str| {
        evaluate(a, &p, d(day))
            .findings
            .into_iter()
            .find(|f| f.id == "F17")
            .map(|f| f.severity)
    };
    assert_eq!(f17(&a, "2024-07-15"), None, "exactly the limit");
    assert_eq!(f17(&a, "2024-07-16"), Some(Severity::Warning));
    assert_eq!(f17(&a, "2025-01-14"), Some(Severity::Warning));
    assert_eq!(f17(&a, "2025-01-15"), Some(Severity::Error), "twice");
    // Status agrees on the first day: overdue after the due date.
    let snap = |day: &str| evaluate(&a, &p, d(day)).status.snapshots;
    assert_eq!(snap("2024-07-15"), SnapshotStatus::DueSoon);
    assert_eq!(snap("2024-07-16"), SnapshotStatus::Overdue);
}

#[test]
fn f15_names_the_untrained_editor() {
    let mut a = clean();
    a.responsibility.editors[1].trained = None;
    let f15 = eval(&a)
        .findings
        .into_iter()
        .find(|f| f.id == "F15")
        .expect("F15");
    assert!(f15.message().contains("Sara Dahl"), "{}", f15.message());
    assert!(f15.fix.text().contains("Sara Dahl"), "{}", f15.fix.text());
    assert_eq!(f15.fix.keys, vec!["responsibility.editors[2].trained"]);
}

#[test]
fn a_review_falls_due_only_once_something_was_decided() {
    let mut a = clean();
    a.decisions.clear();
    a.dpia.next_review = Some(d("2025-02-01"));
    let s = eval(&a).status;
    assert_eq!((s.review, s.review_due), (ReviewStatus::None, None));
}

// ---- integers and the schema version (docs/format.md) ---------------------

#[test]
fn integer_fields_refuse_a_float_and_the_version_is_exactly_one() {
    use super::parse::{parse_assessment, parse_policy};
    let with = |line: &str| super::rules_tests::CLEAN.replacen("schema_version = 1", line, 1);
    assert!(parse_assessment(&with("schema_version = 1")).is_ok());
    for bad in [
        "schema_version = 1.0",
        "schema_version = 2",
        "schema_version = 0",
    ] {
        let err = parse_assessment(&with(bad)).expect_err(bad);
        assert!(err.span.is_some(), "{bad}: points at the value");
    }
    let subjects = super::rules_tests::CLEAN.replacen(
        "[dpia]\n",
        "[dpia]\nestimated_data_subjects = 1.0\n",
        1,
    );
    let err = parse_assessment(&subjects).expect_err("a float for an integer");
    assert!(
        err.message.contains("expected a whole number"),
        "{}",
        err.message
    );
    assert!(parse_assessment(&subjects.replace("= 1.0", "= 1")).is_ok());
    assert!(parse_policy("[policy]\nreview_interval_months = 12.0\n").is_err());
}

#[test]
fn a_policy_far_outside_its_bounds_does_not_panic_the_rules() {
    let mut p = policy();
    p.policy.review_interval_months = u32::MAX;
    p.policy.snapshot_max_age_months = u32::MAX;
    p.policy.inactive_after_days = u32::MAX;
    p.policy.reminder_window_days = u32::MAX;
    let e = evaluate(&clean(), &p, d("2025-01-15"));
    let _ = super::reminders::reminders(&clean(), &e.status, &p.policy, d("2025-01-15"), 30);
}
