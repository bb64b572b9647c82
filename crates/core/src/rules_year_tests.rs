//! The privacy officer's year at the boundaries of the revised rules
//! (docs/format.md, "Status" and "Findings"): the review base and a stale
//! `next_review` (F24), accounts that never opened, the snapshot before
//! closing against the last post (F18), F04 "still high", F21 on every
//! past-event date, F25, and a refusal with a stale digest.
//! Today is 2025-01-15; the clean account was decided on 2024-06-12.

use super::findings::Finding;
use super::model::*;
use super::rules_tests::{clean, d, decision, eval, sign};
use super::status::*;
use super::{Evaluation, Severity};

fn review(date: &str) -> Review {
    Review {
        date: d(date),
        reviewed_by: Some("Hege Solberg".into()),
        result: ReviewResult::Unchanged,
        note: None,
    }
}

fn find<'a>(e: &'a Evaluation, id: &str) -> Option<&'a Finding> {
    e.findings.iter().find(|f| f.id == id)
}

fn has(a: &Assessment, id: &str) -> bool {
    find(&eval(a), id).is_some()
}

#[test]
fn the_review_base_is_the_later_of_decision_and_review() {
    // (decision date, review dates, next_review, expected due)
    let table: &[(&str, &[&str], Option<&str>, &str)] = &[
        ("2024-06-12", &[], None, "2025-06-12"),
        ("2024-06-12", &["2024-06-11"], None, "2025-06-12"),
        ("2024-06-12", &["2024-06-12"], None, "2025-06-12"),
        ("2024-06-12", &["2024-06-13"], None, "2025-06-13"),
        (
            "2023-01-10",
            &["2024-01-10", "2023-06-01"],
            None,
            "2025-01-10",
        ),
        // next_review after the base wins, earlier or later than the interval
        ("2024-06-12", &[], Some("2024-06-13"), "2024-06-13"),
        ("2024-06-12", &[], Some("2026-01-01"), "2026-01-01"),
        // on or before the base: ignored (F24)
        ("2024-06-12", &[], Some("2024-06-12"), "2025-06-12"),
        (
            "2024-06-12",
            &["2024-11-01"],
            Some("2024-11-01"),
            "2025-11-01",
        ),
        (
            "2024-06-12",
            &["2024-11-01"],
            Some("2024-11-02"),
            "2024-11-02",
        ),
    ];
    for (decided, reviews, next, due) in table {
        let mut a = clean();
        a.decisions[0].date = d(decided);
        a.reviews = reviews.iter().map(|r| review(r)).collect();
        a.dpia.next_review = next.map(d);
        sign(&mut a);
        let e = eval(&a);
        let case = format!("{decided} {reviews:?} {next:?}");
        assert_eq!(e.status.review_due, Some(d(due)), "{case}");
        let stale = next.is_some_and(|n| {
            let base = reviews.iter().map(|r| d(r)).chain([d(decided)]).max();
            base.is_some_and(|b| d(n) <= b)
        });
        assert_eq!(has(&a, "F24"), stale, "{case}");
        assert!(
            !has(&a, "F02"),
            "recording the review kept the approval: {case}"
        );
    }
}

#[test]
fn a_new_decision_outdates_an_earlier_next_review() {
    // The case: next_review 2025-03-01, a new decision 2025-01-15.
    let mut a = clean();
    a.dpia.next_review = Some(d("2025-03-01"));
    a.decisions.push(decision("2025-01-15", Outcome::Approved));
    sign(&mut a);
    let e = eval(&a);
    assert_eq!(
        e.status.review_due,
        Some(d("2025-03-01")),
        "still after the base"
    );
    a.dpia.next_review = Some(d("2025-01-15"));
    sign(&mut a);
    let e = eval(&a);
    assert_eq!(e.status.review_due, Some(d("2026-01-15")));
    let f24 = find(&e, "F24").expect("F24");
    assert_eq!(f24.severity, Severity::Warning);
    assert!(f24.message().contains("2025-01-15"), "{}", f24.message());
    // Its fix clears it: remove the key (or set a later date).
    a.dpia.next_review = None;
    sign(&mut a);
    assert!(!has(&a, "F24"));
}

#[test]
fn a_refused_plan_never_opened_and_needs_no_review_or_snapshot() {
    let mut a = clean();
    a.account.status = AccountStatus::Planned;
    a.decisions[0].outcome = Outcome::NotApproved;
    a.decisions[0].date = d("2023-01-10");
    a.activity.last_post = None;
    sign(&mut a);
    let s = eval(&a).status;
    assert_eq!(s.review, ReviewStatus::None);
    assert_eq!(s.review_due, None);
    assert!(!has(&a, "F05"));
    // Approved but still planned: the review runs.
    a.decisions[0].outcome = Outcome::Approved;
    sign(&mut a);
    assert_eq!(eval(&a).status.review, ReviewStatus::Overdue);
    // Dropped before opening: closed, refused, never posted.
    let mut dropped = clean();
    dropped.account.status = AccountStatus::Closed;
    dropped.closing = Some(Closing::default());
    dropped.decisions[0].outcome = Outcome::NotApproved;
    dropped.activity.last_post = None;
    dropped.snapshots.clear();
    sign(&mut dropped);
    assert_eq!(
        eval(&dropped).status.snapshots,
        SnapshotStatus::NotApplicable
    );
    assert!(!has(&dropped, "F18"));
    // A post, or an approval, makes it an account that was in use.
    let mut posted = dropped.clone();
    posted.activity.last_post = Some(d("2023-02-01"));
    assert_eq!(eval(&posted).status.snapshots, SnapshotStatus::Missing);
    assert!(has(&posted, "F18"));
    let mut approved = dropped.clone();
    approved
        .decisions
        .insert(0, decision("2022-01-01", Outcome::Approved));
    assert!(has(&approved, "F18"));
    // Closing rather than closed: no yearly snapshot either.
    dropped.account.status = AccountStatus::Closing;
    assert_eq!(
        eval(&dropped).status.snapshots,
        SnapshotStatus::NotApplicable
    );
    assert!(!has(&dropped, "F17") && !has(&dropped, "F18"));
}

#[test]
fn a_refusal_with_a_stale_digest_stays_a_refusal() {
    let mut a = clean();
    a.decisions[0].outcome = Outcome::NotApproved;
    sign(&mut a);
    a.dpia.features_used.push("messenger".into());
    assert_eq!(eval(&a).status.approval, Approval::NotApproved);
    a.decisions[0].outcome = Outcome::Approved;
    assert_eq!(eval(&a).status.approval, Approval::NeedsReapproval);
}

#[test]
fn f25_an_approval_before_the_dpia_was_completed() {
    // (completed, outcome, F25?)
    let table = [
        (Some("2024-06-12"), Outcome::Approved, false),
        (Some("2024-06-11"), Outcome::Approved, false),
        (Some("2024-06-13"), Outcome::Approved, true),
        (Some("2024-06-13"), Outcome::ConditionallyApproved, true),
        (Some("2024-06-13"), Outcome::NotApproved, false),
        (None, Outcome::Approved, true),
        // After today too: F21, and it does not count as completed.
        (Some("2026-01-01"), Outcome::Approved, true),
    ];
    for (completed, outcome, fires) in table {
        let mut a = clean();
        a.dpia.completed = completed.map(d);
        a.decisions[0].outcome = outcome;
        if outcome == Outcome::ConditionallyApproved {
            a.decisions[0].conditions = vec!["x".into()];
            a.decisions[0].conditions_due = Some(d("2025-06-01"));
        }
        sign(&mut a);
        let e = eval(&a);
        let f25 = find(&e, "F25");
        assert_eq!(f25.is_some(), fires, "{completed:?} {outcome:?}");
        if let Some(f) = f25 {
            assert_eq!(f.severity, Severity::Error);
            assert_eq!(f.fix.dashboard_key, Some("d"));
        }
    }
    // Its fix: a new decision on the completed DPIA.
    let mut a = clean();
    a.dpia.completed = Some(d("2024-06-13"));
    sign(&mut a);
    a.decisions.push(decision("2024-06-20", Outcome::Approved));
    sign(&mut a);
    assert!(!has(&a, "F25"));
}

#[test]
fn f21_looks_at_every_date_that_records_a_past_event() {
    let tomorrow = d("2025-01-16");
    type Change<'t> = Box<dyn Fn(&mut Assessment) + 't>;
    let cases: Vec<(&str, Change<'_>)> = vec![
        (
            "account.created",
            Box::new(|a| a.account.created = Some(tomorrow)),
        ),
        (
            "dpia.initial_screening",
            Box::new(|a| a.dpia.initial_screening = Some(tomorrow)),
        ),
        (
            "dpia.completed",
            Box::new(|a| a.dpia.completed = Some(tomorrow)),
        ),
        (
            "dpia.terms_reviewed",
            Box::new(|a| a.dpia.terms_reviewed = Some(tomorrow)),
        ),
        (
            "dpia.infosec.admins_reviewed",
            Box::new(|a| {
                a.dpia
                    .infosec
                    .get_or_insert_with(Infosec::default)
                    .admins_reviewed = Some(tomorrow)
            }),
        ),
        (
            "dpia.ethics.assessed",
            Box::new(|a| {
                a.dpia.ethics.get_or_insert_with(Ethics::default).assessed = Some(tomorrow)
            }),
        ),
        (
            "responsibility.editors[1].trained",
            Box::new(|a| a.responsibility.editors[0].trained = Some(tomorrow)),
        ),
        (
            "decisions[2].date",
            Box::new(|a| {
                a.decisions
                    .push(decision("2025-01-16", Outcome::NotApproved))
            }),
        ),
        (
            "reviews[1].date",
            Box::new(|a| a.reviews.push(review("2025-01-16"))),
        ),
        (
            "snapshots[1].date",
            Box::new(|a| a.snapshots[0].date = tomorrow),
        ),
        (
            "activity.last_post",
            Box::new(|a| a.activity.last_post = Some(tomorrow)),
        ),
        (
            "activity.checked",
            Box::new(|a| a.activity.checked = Some(tomorrow)),
        ),
        (
            "closing.decided",
            Box::new(|a| {
                a.closing = Some(Closing {
                    decided: Some(tomorrow),
                    ..Closing::default()
                })
            }),
        ),
        (
            "prior_consultation.requested",
            Box::new(|a| {
                a.prior_consultation = Some(PriorConsultation {
                    requested: Some(tomorrow),
                    reference: None,
                })
            }),
        ),
    ];
    for (key, change) in &cases {
        let mut a = clean();
        change(&mut a);
        let e = eval(&a);
        let f21 = find(&e, "F21").unwrap_or_else(|| panic!("{key}: no F21"));
        assert!(
            f21.message().contains(&format!("{key} = 2025-01-16")),
            "{}",
            f21.message()
        );
        assert!(
            f21.fix.keys.iter().any(|k| k == key),
            "{key}: {:?}",
            f21.fix.keys
        );
        // On the day itself the date is a past event like any other.
        let on_the_day = super::evaluate(&a, &super::rules_tests::policy(), tomorrow);
        assert!(find(&on_the_day, "F21").is_none(), "{key}");
    }
    // Deadlines are not past events.
    let mut a = clean();
    a.dpia.next_review = Some(d("2026-01-01"));
    a.responsibility.editors[0].until = Some(d("2026-01-01"));
    assert!(!has(&a, "F21"));
}

#[test]
fn an_entry_after_today_is_ignored_for_the_rules() {
    // A future `trained` is untrained: F15 names the editor.
    let mut a = clean();
    a.responsibility.editors[0].trained = Some(d("2027-03-01"));
    let name = a.responsibility.editors[0].name.clone();
    let e = eval(&a);
    assert!(find(&e, "F15").is_some_and(|f| f.message().contains(&name)));
    // A future review does not restart the cycle.
    let mut b = clean();
    b.reviews.push(review("2025-02-01"));
    assert_eq!(eval(&b).status.review_due, Some(d("2025-06-12")));
    // A future ethics assessment is no ethics assessment.
    let mut c = clean();
    if let Some(ethics) = c.dpia.ethics.as_mut() {
        ethics.method = None;
        ethics.assessed = Some(d("2026-01-01"));
    }
    sign(&mut c);
    assert!(has(&c, "F20"));
    // A future DPIA date changes no digest: the approval stands.
    let mut e2 = clean();
    e2.dpia.terms_reviewed = Some(d("2026-01-01"));
    assert_eq!(eval(&e2).status.approval, Approval::Approved);
}
