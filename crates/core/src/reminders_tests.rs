//! Unit tests of the reminders (`somevakt remind`, docs/format.md
//! "Reminders"): each kind at the edges of its window, on the same clean
//! assessment, policy and day (2025-01-15) as the rules' tests.

use super::Date;
use super::model::*;
use super::reminders::{ReminderKind, reminders};
use super::rules_tests::{clean, d, eval, policy, sign, today};

/// (kind, days from today) of every reminder of `a` within 30 days.
fn due_items(a: &Assessment) -> Vec<(ReminderKind, i64)> {
    let e = eval(a);
    reminders(a, &e.status, &policy().policy, today(), 30)
        .into_iter()
        .map(|r| (r.kind, r.days))
        .collect()
}

fn has_item(a: &Assessment, kind: ReminderKind) -> Option<i64> {
    due_items(a)
        .into_iter()
        .find(|(k, _)| *k == kind)
        .map(|(_, d)| d)
}

/// Window edges: due today, on the window's last day, one day outside,
/// overdue by one day, driven through `set(a, due)`.
fn window_edges(kind: ReminderKind, set: fn(&mut Assessment, Date)) {
    for (due, expected) in [
        ("2025-01-15", Some(0)),
        ("2025-02-14", Some(30)),
        ("2025-02-15", None),
        ("2025-01-14", Some(-1)),
    ] {
        let mut a = clean();
        set(&mut a, d(due));
        assert_eq!(has_item(&a, kind), expected, "{kind:?} due {due}");
    }
}

#[test]
fn reminder_review_at_the_window_edges() {
    window_edges(ReminderKind::Review, |a, due| {
        a.decisions[0].date = due.add_months(-12);
        sign(a);
    });
}

#[test]
fn reminder_conditions_at_the_window_edges() {
    window_edges(ReminderKind::Conditions, |a, due| {
        a.decisions[0].outcome = Outcome::ConditionallyApproved;
        a.decisions[0].conditions = vec!["Publisere personvernerklæring".into()];
        a.decisions[0].conditions_due = Some(due);
    });
}

#[test]
fn reminder_snapshot_at_the_window_edges() {
    window_edges(ReminderKind::Snapshot, |a, due| {
        a.snapshots[0].date = due.add_months(-12);
    });
}

#[test]
fn reminder_closing_snapshot_at_the_window_edges() {
    // Due when the closing was decided, a past event: a `decided` after
    // today is F21 and counts as absent, so the snapshot is due today.
    for (decided, expected) in [
        ("2025-01-15", Some(0)),
        ("2025-01-14", Some(-1)),
        ("2024-12-01", Some(-45)),
        ("2025-02-14", Some(0)),
    ] {
        let mut a = clean();
        a.account.status = AccountStatus::Closing;
        a.closing = Some(Closing {
            decided: Some(d(decided)),
            ..Closing::default()
        });
        assert_eq!(
            has_item(&a, ReminderKind::ClosingSnapshot),
            expected,
            "decided {decided}"
        );
    }
}

#[test]
fn a_closing_plan_that_never_opened_needs_no_snapshot() {
    let mut a = clean();
    a.account.status = AccountStatus::Closing;
    a.closing = Some(Closing::default());
    a.decisions[0].outcome = Outcome::NotApproved;
    a.activity.last_post = None;
    assert_eq!(has_item(&a, ReminderKind::ClosingSnapshot), None);
    a.activity.last_post = Some(d("2025-01-02"));
    assert_eq!(has_item(&a, ReminderKind::ClosingSnapshot), Some(0));
}

#[test]
fn a_refused_plan_has_no_review_reminder_and_a_review_restarts_the_cycle() {
    let mut a = clean();
    a.account.status = AccountStatus::Planned;
    a.decisions[0].outcome = Outcome::NotApproved;
    a.decisions[0].date = d("2023-06-12");
    assert_eq!(has_item(&a, ReminderKind::Review), None);
    let mut b = clean();
    b.decisions[0].date = d("2023-06-12");
    assert_eq!(has_item(&b, ReminderKind::Review), Some(-217));
    b.reviews.push(Review {
        date: d("2024-06-12"),
        reviewed_by: None,
        result: ReviewResult::Unchanged,
        note: None,
    });
    assert_eq!(has_item(&b, ReminderKind::Review), None, "due 2025-06-12");
}

#[test]
fn reminder_inactive_from_the_first_inactive_day() {
    let mut a = clean();
    a.activity.last_post = Some(d("2024-12-16"));
    assert_eq!(
        has_item(&a, ReminderKind::Inactive),
        None,
        "30 days: still active"
    );
    a.activity.last_post = Some(d("2024-12-15"));
    assert_eq!(
        has_item(&a, ReminderKind::Inactive),
        Some(0),
        "inactive from today"
    );
    a.activity.last_post = Some(d("2024-12-14"));
    assert_eq!(
        has_item(&a, ReminderKind::Inactive),
        Some(-1),
        "overdue by one day"
    );
}

#[test]
fn an_account_with_several_items_lists_them_by_date() {
    let mut a = clean();
    a.decisions[0].date = d("2024-01-20"); // review due 2025-01-20
    sign(&mut a);
    a.snapshots[0].date = d("2024-01-10"); // snapshot due 2025-01-10
    a.activity.last_post = Some(d("2024-11-01")); // inactive since 2024-12-02
    assert_eq!(
        due_items(&a),
        vec![
            (ReminderKind::Inactive, -44),
            (ReminderKind::Snapshot, -5),
            (ReminderKind::Review, 5),
        ]
    );
}

#[test]
fn a_clean_account_has_no_reminders() {
    assert!(due_items(&clean()).is_empty());
}

#[test]
fn closed_and_closing_accounts_have_no_yearly_or_review_reminders_once_archived() {
    let mut a = clean();
    a.decisions[0].date = d("2023-01-01");
    a.snapshots[0].date = d("2023-01-01");
    sign(&mut a);
    a.account.status = AccountStatus::Closed;
    a.snapshots[0].kind = SnapshotKind::BeforeClosing;
    a.activity.last_post = Some(d("2022-12-20"));
    assert!(due_items(&a).is_empty(), "{:?}", due_items(&a));
}
