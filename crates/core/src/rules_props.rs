//! Properties of the rules over generated assessments (proptest):
//! evaluation never panics; time only makes a late thing later; and an entry
//! dated after today never changes the status (F21, docs/format.md "Status").
//!
//! `PROPTEST_CASES` sets the number of cases (default 256 each); CI runs the
//! default, a longer hunt is `PROPTEST_CASES=20000 cargo test -p somevakt-core rules_props`.

use proptest::prelude::*;

use super::model::*;
use super::policy::{Policy, Thresholds};
use super::reminders::reminders;
use super::rules_tests::clean;
use super::status::*;
use super::{Date, Severity, evaluate};

/// Any day from year 1 to 9999: the rules must not panic near the edges.
fn any_date() -> impl Strategy<Value = Date> + Clone {
    (1i16..=9999, 1i8..=12, 1i8..=28).prop_map(|(y, m, d)| Date::from_ymd(y, m, d).expect("valid"))
}

/// A day in the years the rules are used in.
fn usual_date() -> impl Strategy<Value = Date> + Clone {
    (2015i16..=2035, 1i8..=12, 1i8..=31).prop_map(|(y, m, d)| {
        Date::from_ymd(y, m, d)
            .or_else(|| Date::from_ymd(y, m, 28))
            .expect("valid")
    })
}

fn level() -> impl Strategy<Value = Option<Level>> {
    prop_oneof![
        Just(None),
        Just(Some(Level::Low)),
        Just(Some(Level::Medium)),
        Just(Some(Level::High))
    ]
}

fn outcome() -> impl Strategy<Value = Outcome> {
    prop_oneof![
        Just(Outcome::Approved),
        Just(Outcome::ConditionallyApproved),
        Just(Outcome::NotApproved)
    ]
}

fn account_status() -> impl Strategy<Value = AccountStatus> {
    prop_oneof![
        Just(AccountStatus::Planned),
        Just(AccountStatus::Active),
        Just(AccountStatus::Closing),
        Just(AccountStatus::Closed)
    ]
}

fn decision(date: impl Strategy<Value = Date> + Clone) -> impl Strategy<Value = Decision> {
    (
        date.clone(),
        outcome(),
        level(),
        proptest::option::of(date),
        0u8..3,
    )
        .prop_map(
            |(date, outcome, residual_risk, conditions_due, digest)| Decision {
                date,
                body: None,
                decided_by: None,
                outcome,
                rationale: None,
                conditions: vec!["Vilkår".into()],
                conditions_due,
                residual_risk,
                // 0: none (F22), 1: a digest of some other DPIA, 2: filled in below.
                dpia_digest: match digest {
                    0 => None,
                    1 => Some("sha256:0".into()),
                    _ => Some(String::new()),
                },
            },
        )
}

fn snapshot(date: impl Strategy<Value = Date>) -> impl Strategy<Value = Snapshot> {
    (
        date,
        prop_oneof![
            Just(SnapshotKind::Yearly),
            Just(SnapshotKind::BeforeChange),
            Just(SnapshotKind::BeforeClosing)
        ],
    )
        .prop_map(|(date, kind)| Snapshot {
            date,
            kind,
            format: None,
            archive_ref: None,
            sha256: None,
        })
}

/// A varied assessment built on the clean one, with dates from `date`.
fn assessment(
    date: impl Strategy<Value = Date> + Clone + 'static,
) -> impl Strategy<Value = Assessment> {
    let lists = (
        proptest::collection::vec(decision(date.clone()), 0..4),
        proptest::collection::vec(snapshot(date.clone()), 0..3),
        proptest::option::of(date.clone()),
        proptest::option::of(date.clone()),
        proptest::option::of(date.clone()),
        proptest::option::of(proptest::option::of(date.clone())),
        proptest::option::of(date.clone()),
    );
    let shape = (
        account_status(),
        any::<bool>(),
        prop_oneof![
            Just(None),
            Just(Some(TransferMechanism::Adequacy)),
            Just(Some(TransferMechanism::Scc)),
            Just(Some(TransferMechanism::None))
        ],
        prop_oneof![
            Just(None),
            Just(Some("Barnevernet".to_owned())),
            Just(Some(" helse ".to_owned())),
            Just(Some("kultur".to_owned())),
            Just(Some(String::new()))
        ],
        0usize..3,
        any::<bool>(),
    );
    (lists, shape).prop_map(
        |(
            (decisions, snapshots, last_post, completed, next_review, requested, created),
            (status, closing, mechanism, area, risks, editors),
        )| {
            let mut a = clean();
            a.account.status = status;
            a.account.service_area = area;
            a.account.created = created;
            a.dpia.completed = completed;
            a.dpia.next_review = next_review;
            a.dpia.risks.truncate(risks);
            if let Some(t) = a.dpia.transfer.as_mut() {
                t.mechanism = mechanism;
            }
            let digest = super::digest::dpia_digest(&a.dpia);
            a.decisions = decisions
                .into_iter()
                .map(|mut d| {
                    if d.dpia_digest.as_deref() == Some("") {
                        d.dpia_digest = Some(digest.clone());
                    }
                    d
                })
                .collect();
            a.snapshots = snapshots;
            a.activity.last_post = last_post;
            a.prior_consultation = requested.map(|requested| PriorConsultation {
                requested,
                reference: None,
            });
            a.closing = closing.then(Closing::default);
            if !editors {
                a.responsibility.editors.clear();
            }
            a
        },
    )
}

/// Any thresholds, even outside the policy's bounds: no panic either way.
fn any_policy() -> impl Strategy<Value = Policy> {
    (any::<u32>(), any::<u32>(), any::<u32>(), any::<u32>()).prop_map(thresholds)
}

/// Thresholds within the policy's bounds (docs/format.md).
fn usual_policy() -> impl Strategy<Value = Policy> {
    (1u32..=120, 0u32..=365, 1u32..=3650, 1u32..=120).prop_map(thresholds)
}

fn thresholds((r, w, i, s): (u32, u32, u32, u32)) -> Policy {
    Policy {
        policy: Thresholds {
            review_interval_months: r,
            reminder_window_days: w,
            inactive_after_days: i,
            snapshot_max_age_months: s,
            ..Thresholds::default()
        },
        ..Policy::default()
    }
}

fn severity_of(e: &super::Evaluation, id: &str) -> Option<Severity> {
    e.findings.iter().find(|f| f.id == id).map(|f| f.severity)
}

proptest! {
    #[test]
    fn evaluation_never_panics(a in assessment(any_date()), p in any_policy(), today in any_date()) {
        let e = evaluate(&a, &p, today);
        let _ = reminders(&a, &e.status, &p.policy, today, 30);
        for f in &e.findings {
            prop_assert!(super::findings::applies(f.id, a.account.status), "{}", f.id);
        }
    }

    /// With nothing recorded after the earlier day, a later day can only
    /// make things later: what is overdue stays overdue, an error of F03 or
    /// F17 stays an error, the review falls due on the same date.
    #[test]
    fn time_only_makes_late_things_later(
        a in assessment(usual_date()),
        p in usual_policy(),
        t1 in usual_date(),
        ahead in 0i64..2000,
    ) {
        // The first day must come after every entry, or a later day would
        // count an entry the earlier one left out (F21).
        let last_entry = a.future_entries(Date::from_ymd(1, 1, 1).expect("day"))
            .into_iter()
            .map(|(_, date)| date)
            .max();
        let t1 = last_entry.map_or(t1, |last| last.max(t1));
        prop_assert!(a.future_entries(t1).is_empty());
        let t2 = t1.add_days(ahead);
        let (e1, e2) = (evaluate(&a, &p, t1), evaluate(&a, &p, t2));
        prop_assert_eq!(e1.status.review_due, e2.status.review_due);
        prop_assert_eq!(e1.status.approval, e2.status.approval);
        if e1.status.review == ReviewStatus::Overdue {
            prop_assert_eq!(e2.status.review, ReviewStatus::Overdue);
        }
        if e1.status.snapshots == SnapshotStatus::Overdue {
            prop_assert_eq!(e2.status.snapshots, SnapshotStatus::Overdue);
        }
        if e1.status.activity == ActivityStatus::Inactive {
            prop_assert_eq!(e2.status.activity, ActivityStatus::Inactive);
        }
        for id in ["F03", "F17"] {
            if severity_of(&e1, id) == Some(Severity::Error) {
                prop_assert_eq!(severity_of(&e2, id), Some(Severity::Error), "{}", id);
            }
        }
        if severity_of(&e1, "F05").is_some() {
            prop_assert!(severity_of(&e2, "F05").is_some());
        }
    }

    /// A decision or snapshot dated after today changes neither the status
    /// nor any finding but F21, which it raises.
    #[test]
    fn an_entry_after_today_never_changes_the_status(
        a in assessment(usual_date()),
        p in usual_policy(),
        today in usual_date(),
        later in 1i64..20000,
        d in decision(usual_date()),
        s in snapshot(usual_date()),
    ) {
        let before = evaluate(&a, &p, today);
        let mut b = a.clone();
        let mut d = d;
        d.date = today.add_days(later);
        d.dpia_digest = Some(super::digest::dpia_digest(&b.dpia));
        b.decisions.push(d);
        let mut s = s;
        s.date = today.add_days(later);
        b.snapshots.insert(0, s);
        let after = evaluate(&b, &p, today);
        prop_assert_eq!(&before.status, &after.status);
        let without_f21 = |e: &super::Evaluation| -> Vec<(String, Severity, String)> {
            e.findings
                .iter()
                .filter(|f| f.id != "F21")
                .map(|f| (f.id.to_owned(), f.severity, f.message()))
                .collect()
        };
        prop_assert_eq!(without_f21(&before), without_f21(&after));
        prop_assert_eq!(severity_of(&after, "F21"), Some(Severity::Error));
    }
}
