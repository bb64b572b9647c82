//! Edits keep everything they do not touch byte for byte, and refuse what
//! the guidance does not allow.

use super::date::Date;
use super::edit::*;
use super::id::AccountId;
use super::model::{AccountStatus, Level, Outcome, Platform, ReviewResult, SnapshotKind};
use super::parse::parse_assessment;

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

const FILE: &str = r#"#:schema ../../schemas/assessment.schema.json
# Kommentar øverst: beholdes.
schema_version = 1

[account]
municipality = "Fjordvik kommune"   # kommunen
platform = "facebook"
name = "Fjordvik kommune"
status = "active"

[dpia]
purpose   =   "Informere"          # odd spacing on purpose
completed = 2024-05-27

# Første vedtak
[[decisions]]
date = 2024-06-12
outcome = "approved"
body = "Ledergruppen"

[moderation]
comments_enabled = false   # av
"#;

fn decision(outcome: Outcome) -> NewDecision {
    NewDecision {
        date: d("2025-01-15"),
        body: "Kommunedirektørens ledergruppe".into(),
        decided_by: "Hege Solberg".into(),
        outcome,
        rationale: "Tiltakene er gjennomført".into(),
        conditions: vec![],
        conditions_due: None,
        residual_risk: Some(Level::Medium),
    }
}

/// Every line of `before` is in `after`, in order: nothing was lost or moved.
fn kept(before: &str, after: &str) {
    let mut rest = after.lines();
    for line in before.lines() {
        assert!(
            rest.any(|l| l == line),
            "line {line:?} was changed or lost:\n{after}"
        );
    }
}

#[test]
fn a_decision_is_appended_after_the_last_one_and_nothing_else_changes() {
    let after = record_decision(FILE, &decision(Outcome::Approved)).unwrap();
    kept(FILE, &after);
    let new_block = after.find("date = 2025-01-15").unwrap();
    assert!(new_block > after.find("body = \"Ledergruppen\"").unwrap());
    assert!(
        new_block < after.find("[moderation]").unwrap(),
        "placed with the other decisions:\n{after}"
    );
    let a = parse_assessment(&after).unwrap();
    assert_eq!(a.decisions.len(), 2);
    let last = a.latest_decision().unwrap();
    assert_eq!(last.decided_by.as_deref(), Some("Hege Solberg"));
    assert_eq!(last.dpia_digest, Some(super::digest::dpia_digest(&a.dpia)));
}

#[test]
fn a_conditional_approval_needs_conditions_and_their_date() {
    let a = parse_assessment(FILE).unwrap();
    let mut c = decision(Outcome::ConditionallyApproved);
    assert!(check_decision(&a, &c).is_err());
    c.conditions = vec!["Publisere personvernerklæring".into()];
    assert!(
        check_decision(&a, &c)
            .unwrap_err()
            .0
            .contains("conditions due")
    );
    c.conditions_due = Some(d("2025-01-15"));
    assert!(
        check_decision(&a, &c).is_err(),
        "due on the day of the decision"
    );
    c.conditions_due = Some(d("2025-03-01"));
    let after = record_decision(FILE, &c).unwrap();
    assert!(
        after.contains("conditions = [\"Publisere personvernerklæring\"]"),
        "{after}"
    );
    assert!(after.contains("conditions_due = 2025-03-01"));
}

#[test]
fn only_conditional_approvals_have_conditions_and_every_decision_is_justified() {
    let a = parse_assessment(FILE).unwrap();
    let mut x = decision(Outcome::Approved);
    x.conditions = vec!["x".into()];
    assert!(check_decision(&a, &x).is_err());
    let mut y = decision(Outcome::NotApproved);
    y.rationale = " ".into();
    assert!(check_decision(&a, &y).is_err());
    let mut z = decision(Outcome::Approved);
    z.body.clear();
    assert!(check_decision(&a, &z).is_err());
}

#[test]
fn a_second_high_risk_approval_is_recorded_and_leaves_f04() {
    // The first decision found the residual risk high too: still high.
    let file = FILE.replace(
        "outcome = \"approved\"\nbody = \"Ledergruppen\"\n",
        "outcome = \"approved\"\nbody = \"Ledergruppen\"\nresidual_risk = \"high\"\n",
    );
    let mut high = decision(Outcome::Approved);
    high.residual_risk = Some(Level::High);
    let after = record_decision(&file, &high).expect("a fact is recorded");
    let policy = crate::Policy::default();
    let left = findings_left(&after, &policy, d("2025-01-15"));
    assert!(left.contains(&"F04"), "{left:?}");
    let consulted = format!("{file}\n[prior_consultation]\nrequested = 2025-01-02\n");
    let after = record_decision(&consulted, &high).unwrap();
    assert!(!findings_left(&after, &policy, d("2025-01-15")).contains(&"F04"));
    // The first decision was medium: this is the first time it is high.
    let after = record_decision(FILE, &high).unwrap();
    assert!(!findings_left(&after, &policy, d("2025-01-15")).contains(&"F04"));
}

#[test]
fn conditions_due_on_the_decision_day_is_still_refused() {
    let mut c = decision(Outcome::ConditionallyApproved);
    c.conditions = vec!["Publisere personvernerklæring".into()];
    c.conditions_due = Some(c.date);
    let err = record_decision(FILE, &c).unwrap_err();
    assert!(err.0.contains(&c.date.to_string()), "{err}");
}

#[test]
fn a_snapshot_is_appended_even_when_none_existed() {
    let s = NewSnapshot {
        date: d("2025-01-15"),
        kind: SnapshotKind::BeforeClosing,
        archive_ref: Some("2025/00012-1".into()),
        format: Some("PDF/A".into()),
    };
    let after = record_snapshot(FILE, &s).unwrap();
    kept(FILE, &after);
    assert!(after.contains("[[snapshots]]\ndate = 2025-01-15\nkind = \"before_closing\"\nformat = \"PDF/A\"\narchive_ref = \"2025/00012-1\""), "{after}");
    let twice = record_snapshot(&after, &s).unwrap();
    assert_eq!(parse_assessment(&twice).unwrap().snapshots.len(), 2);
}

#[test]
fn activity_is_set_in_place_or_added() {
    let after = record_activity(FILE, d("2025-01-14"), d("2025-01-15")).unwrap();
    kept(FILE, &after);
    assert!(
        after.contains("[activity]\nlast_post = 2025-01-14\nchecked = 2025-01-15"),
        "{after}"
    );
    let again = record_activity(&after, d("2025-01-15"), d("2025-01-15")).unwrap();
    assert_eq!(again.matches("[activity]").count(), 1);
    assert!(again.contains("last_post = 2025-01-15"));
    assert!(
        record_activity(FILE, d("2025-02-01"), d("2025-01-15")).is_err(),
        "a post in the future"
    );
}

#[test]
fn closing_sets_the_status_and_the_closing_table() {
    let c = NewClosing {
        date: d("2025-01-15"),
        decided_by: "Hege Solberg".into(),
        reason: "Erstattes av hovedsiden".into(),
        closed: false,
    };
    let after = record_closing(FILE, &c).unwrap();
    assert!(after.contains("status = \"closing\""));
    assert!(
        after.contains("municipality = \"Fjordvik kommune\"   # kommunen"),
        "comment kept"
    );
    let a = parse_assessment(&after).unwrap();
    assert_eq!(
        a.closing.unwrap().reason.as_deref(),
        Some("Erstattes av hovedsiden")
    );
    assert!(closing_warning(&parse_assessment(&after).unwrap()).is_some());
    let closed = record_closing(
        &after,
        &NewClosing {
            closed: true,
            ..c.clone()
        },
    )
    .unwrap();
    assert!(closed.contains("status = \"closed\""));
    assert!(record_closing(&closed, &c).is_err(), "already closed");
}

#[test]
fn closing_a_closing_account_keeps_the_recorded_closing_decision() {
    let decided = NewClosing {
        date: d("2025-01-10"),
        decided_by: "Ingrid Berg".into(),
        reason: "Erstattes av hovedsiden".into(),
        closed: false,
    };
    let closing = record_closing(FILE, &decided).unwrap();
    // Weeks later someone else records it closed, with no reason given.
    let later = NewClosing {
        date: d("2025-02-20"),
        decided_by: "Hege Solberg".into(),
        reason: String::new(),
        closed: true,
    };
    let closed = record_closing(&closing, &later).unwrap();
    let before = parse_assessment(&closing).unwrap();
    let after = parse_assessment(&closed).unwrap();
    assert_eq!(after.account.status, AccountStatus::Closed);
    assert_eq!(
        after.closing, before.closing,
        "decided, decided_by, reason kept"
    );
    // Only the status line changed.
    let changed: Vec<(&str, &str)> = closing
        .lines()
        .zip(closed.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(changed, [("status = \"closing\"", "status = \"closed\"")]);
    // A new reason does not overwrite the recorded one either.
    let with_reason = NewClosing {
        reason: "Annen grunn".into(),
        ..later.clone()
    };
    let again = parse_assessment(&record_closing(&closing, &with_reason).unwrap()).unwrap();
    assert_eq!(again.closing, before.closing);
    // Closing again without --closed is refused (nothing to record).
    assert!(record_closing(&closing, &decided).is_err());
    // A stray [closing] on an active account (F23) is kept and completed.
    let stray = format!("{FILE}\n[closing]\nreason = \"Vedtatt i ledermøtet\"\n");
    let a = parse_assessment(&record_closing(&stray, &later).unwrap()).unwrap();
    let kept = a.closing.unwrap();
    assert_eq!(kept.reason.as_deref(), Some("Vedtatt i ledermøtet"));
    assert_eq!(kept.decided, Some(d("2025-02-20")));
    // Without [closing], a reason is needed.
    assert!(record_closing(FILE, &later).is_err());
}

#[test]
fn a_review_is_appended_and_keeps_the_approval() {
    let policy = crate::Policy::default();
    let decided = record_decision(FILE, &decision(Outcome::Approved)).unwrap();
    let stale = decided.replace(
        "completed = 2024-05-27",
        "completed = 2024-05-27\nnext_review = 2025-03-01",
    );
    let r = NewReview {
        date: d("2025-06-01"),
        reviewed_by: "Hege Solberg".into(),
        result: ReviewResult::Unchanged,
        note: Some("Ingen endringer".into()),
        next: None,
    };
    let after = record_review(&stale, &r).unwrap();
    let a = parse_assessment(&after).unwrap();
    assert_eq!(a.reviews.len(), 1);
    assert_eq!(a.reviews[0].note.as_deref(), Some("Ingen endringer"));
    assert_eq!(a.dpia.next_review, None, "the scheduled review took place");
    let e = crate::evaluate(&a, &policy, d("2025-06-02"));
    assert_eq!(e.status.approval, crate::status::Approval::Approved);
    assert_eq!(e.status.review_due, Some(d("2026-06-01")));
    assert!(e.findings.iter().all(|f| f.id != "F24" && f.id != "F02"));
    // --next sets the next review; one on or before the review is refused.
    let next = NewReview {
        next: Some(d("2025-12-01")),
        ..r.clone()
    };
    let a = parse_assessment(&record_review(&stale, &next).unwrap()).unwrap();
    assert_eq!(a.dpia.next_review, Some(d("2025-12-01")));
    let early = NewReview {
        next: Some(d("2025-06-01")),
        ..r
    };
    assert!(record_review(&stale, &early).is_err());
}

#[test]
fn a_new_account_is_a_valid_file_with_its_schema_line() {
    let id = AccountId::parse("fjordvik/tiktok-biblioteket").unwrap();
    let text = new_account(
        &id,
        "Fjordvik kommune",
        Platform::Tiktok,
        "Biblioteket \"Ordet\"",
        d("2025-01-15"),
        &TemplateComments::default(),
    )
    .unwrap();
    assert!(text.starts_with("#:schema ../../schemas/assessment.schema.json\n"));
    let a = parse_assessment(&text).unwrap();
    assert_eq!(a.account.name, "Biblioteket \"Ordet\"");
    assert_eq!(a.account.platform, Platform::Tiktok);
    let deeper = AccountId::parse("fjordvik/skole/instagram-x").unwrap();
    let text = new_account(
        &deeper,
        "F",
        Platform::Instagram,
        "X",
        d("2025-01-15"),
        &TemplateComments::default(),
    )
    .unwrap();
    assert!(text.starts_with("#:schema ../../../schemas/"));
}

#[test]
fn the_template_speaks_the_words_it_is_given_each_on_one_line() {
    let id = AccountId::parse("fjordvik/tiktok-biblioteket").unwrap();
    let comments = TemplateComments {
        heading: "Vurdering av «Biblioteket»,\noppretta 15. januar 2025".to_owned(),
        fill_in: "Fyll ut kvar del".to_owned(),
        manager: "nærmaste leiar".to_owned(),
    };
    let text = new_account(
        &id,
        "Fjordvik kommune",
        Platform::Tiktok,
        "Biblioteket",
        d("2025-01-15"),
        &comments,
    )
    .unwrap();
    assert!(text.contains("\n# Vurdering av «Biblioteket», oppretta 15. januar 2025\n"));
    assert!(text.contains("\n# Fyll ut kvar del\n"));
    assert!(text.contains("# nærmaste leiar\n"));
    assert!(!text.contains("Fill in"));
    parse_assessment(&text).unwrap();
}
