//! Every finding's fix clears it without falsifying the file (issue 24):
//! for each finding, an account that has it, the fix applied as the fix
//! says (the command's record or the key written), and then the finding is
//! gone and no other has appeared. A fix that changes `[dpia]` is followed
//! by the new decision it needs (F02 says so): the old decision is never
//! re-signed. Today is 2025-01-15.

use std::collections::BTreeSet;

use super::model::*;
use super::rules_tests::{clean, d, decision, eval, sign};

/// A new decision on the DPIA as it is now: what `somevakt decide` records.
fn decide_again(a: &mut Assessment) {
    let mut again = decision("2025-01-15", Outcome::Approved);
    again.residual_risk = Some(Level::Low);
    again.dpia_digest = Some(super::digest::dpia_digest(&a.dpia));
    a.decisions.push(again);
}

fn ids(a: &Assessment) -> BTreeSet<&'static str> {
    eval(a).findings.iter().map(|f| f.id).collect()
}

type Change = Box<dyn Fn(&mut Assessment)>;

fn case(id: &'static str, broken: Change, fix: Change) -> (&'static str, Change, Change) {
    (id, broken, fix)
}

#[test]
fn every_fix_clears_its_finding_and_raises_no_other() {
    let cases: Vec<(&'static str, Change, Change)> = vec![
        case(
            "F01",
            Box::new(|a| a.account.purpose = None),
            Box::new(|a| a.account.purpose = Some("Informere innbyggerne".into())),
        ),
        case(
            "F02",
            Box::new(|a| a.decisions.clear()),
            Box::new(decide_again),
        ),
        case(
            "F03",
            Box::new(|a| {
                a.decisions[0].outcome = Outcome::ConditionallyApproved;
                a.decisions[0].conditions = vec!["Publisere personvernerklæring".into()];
                a.decisions[0].conditions_due = Some(d("2025-03-01"));
            }),
            Box::new(decide_again),
        ),
        case(
            "F04",
            Box::new(|a| {
                a.decisions[0].residual_risk = Some(Level::High);
                let mut again = decision("2024-09-01", Outcome::Approved);
                again.residual_risk = Some(Level::High);
                a.decisions.push(again);
                sign(a);
            }),
            Box::new(|a| {
                a.prior_consultation = Some(PriorConsultation {
                    requested: Some(d("2025-01-10")),
                    reference: Some("Datatilsynet 25/00012".into()),
                })
            }),
        ),
        case(
            "F05",
            Box::new(|a| a.decisions[0].date = d("2023-12-01")),
            // `somevakt review --result unchanged`.
            Box::new(|a| {
                a.reviews.push(Review {
                    date: d("2025-01-15"),
                    reviewed_by: Some("Hege Solberg".into()),
                    result: ReviewResult::Unchanged,
                    note: None,
                })
            }),
        ),
        case(
            "F06",
            Box::new(|a| a.dpia.legal_basis = None),
            Box::new(|a| {
                a.dpia.legal_basis = Some(LegalBasis {
                    article: Some(LegalArticle::PublicTask),
                    supplementary: Some("Kommuneloven § 4-1".into()),
                    lia_ref: None,
                });
                decide_again(a);
            }),
        ),
        case(
            "F07",
            Box::new(|a| a.dpia.transfer = None),
            Box::new(|a| {
                a.dpia.transfer = Some(Transfer {
                    third_country: Some(true),
                    mechanism: Some(TransferMechanism::Scc),
                    tia_ref: Some("2024/1".into()),
                });
                decide_again(a);
            }),
        ),
        case(
            "F08",
            Box::new(|a| a.dpia.risks[0].measures.clear()),
            Box::new(|a| {
                a.dpia.risks[0].measures = vec!["Moderering".into()];
                decide_again(a);
            }),
        ),
        case(
            "F09",
            Box::new(|a| a.account.usage = Some(Usage::Dialogue)),
            Box::new(|a| {
                a.account.dialogue_justification =
                    Some("Innbyggerne spør om åpningstider; svarene er allmenne".into())
            }),
        ),
        case(
            "F10",
            Box::new(|a| a.dpia.vulnerable_groups = vec!["children".into()]),
            Box::new(|a| {
                a.dpia.risks.push(Risk {
                    goal: Some(PrivacyGoal::Transparency),
                    risk: Some("Barn deler opplysninger om seg selv".into()),
                    measures: vec!["Skjule kommentarer med personopplysninger".into()],
                    residual: Some(Level::Low),
                    scenario_ref: None,
                    groups: vec!["Children".into()],
                });
                decide_again(a);
            }),
        ),
        case(
            "F11",
            Box::new(|a| a.moderation.frequency = Some(ModerationFrequency::Weekly)),
            Box::new(|a| a.moderation.frequency = Some(ModerationFrequency::DailyOfficeHours)),
        ),
        case(
            "F12",
            Box::new(|a| a.activity.last_post = Some(d("2024-11-01"))),
            // `somevakt activity --last-post`.
            Box::new(|a| a.activity.last_post = Some(d("2025-01-14"))),
        ),
        case(
            "F13",
            Box::new(|a| {
                a.responsibility
                    .editors
                    .retain(|e| e.role == EditorRole::Editor)
            }),
            Box::new(|a| {
                a.responsibility.editors.push(Editor {
                    name: "Sara Dahl".into(),
                    role: EditorRole::Substitute,
                    trained: Some(d("2024-02-01")),
                    until: None,
                })
            }),
        ),
        case(
            "F14",
            Box::new(|a| a.responsibility.manager = None),
            Box::new(|a| a.responsibility.manager = Some("Hege Solberg".into())),
        ),
        case(
            "F15",
            Box::new(|a| a.responsibility.editors[0].trained = Some(d("2027-03-01"))),
            Box::new(|a| a.responsibility.editors[0].trained = Some(d("2024-10-01"))),
        ),
        case(
            "F16",
            Box::new(|a| a.archive.routine_ref = None),
            Box::new(|a| a.archive.routine_ref = Some("Arkivrutine v2".into())),
        ),
        case(
            "F17",
            Box::new(|a| a.snapshots[0].date = d("2023-10-01")),
            // `somevakt snapshot --kind yearly`.
            Box::new(|a| {
                a.snapshots.push(Snapshot {
                    date: d("2025-01-15"),
                    kind: SnapshotKind::Yearly,
                    format: None,
                    archive_ref: None,
                    sha256: None,
                })
            }),
        ),
        case(
            "F18",
            Box::new(|a| {
                a.account.status = AccountStatus::Closing;
                a.closing = Some(Closing {
                    decided: Some(d("2025-01-10")),
                    decided_by: Some("Hege Solberg".into()),
                    reason: Some("Erstattes".into()),
                });
            }),
            // `somevakt snapshot --kind before_closing`: clears F17 too.
            Box::new(|a| {
                a.snapshots.push(Snapshot {
                    date: d("2025-01-15"),
                    kind: SnapshotKind::BeforeClosing,
                    format: None,
                    archive_ref: None,
                    sha256: None,
                })
            }),
        ),
        case(
            "F19",
            Box::new(|a| a.profile.house_rules_url = None),
            Box::new(|a| a.profile.house_rules_url = Some("https://fjordvik.kommune.no/r".into())),
        ),
        case(
            "F20",
            Box::new(|a| a.dpia.ethics = None),
            Box::new(|a| {
                a.dpia.ethics = Some(Ethics {
                    method: Some("Navigasjonshjulet".into()),
                    assessed: Some(d("2025-01-10")),
                });
                decide_again(a);
            }),
        ),
        case(
            "F21",
            Box::new(|a| a.activity.checked = Some(d("2052-01-14"))),
            Box::new(|a| a.activity.checked = Some(d("2025-01-14"))),
        ),
        case(
            "F22",
            Box::new(|a| a.decisions[0].dpia_digest = None),
            Box::new(decide_again),
        ),
        case(
            "F23",
            Box::new(|a| {
                a.closing = Some(Closing {
                    decided: Some(d("2025-01-10")),
                    decided_by: Some("Hege Solberg".into()),
                    reason: Some("Erstattes".into()),
                })
            }),
            // `somevakt close`: the status follows the recorded decision
            // (closing), and its snapshot before closing is taken.
            Box::new(|a| {
                a.account.status = AccountStatus::Closing;
                a.snapshots.push(Snapshot {
                    date: d("2025-01-15"),
                    kind: SnapshotKind::BeforeClosing,
                    format: None,
                    archive_ref: None,
                    sha256: None,
                });
            }),
        ),
        case(
            "F24",
            Box::new(|a| a.dpia.next_review = Some(d("2024-06-01"))),
            Box::new(|a| a.dpia.next_review = None),
        ),
        case(
            "F25",
            Box::new(|a| {
                a.dpia.completed = Some(d("2024-06-20"));
                sign(a);
            }),
            Box::new(decide_again),
        ),
    ];
    let mut seen = BTreeSet::new();
    for (id, broken, fix) in &cases {
        let mut a = clean();
        broken(&mut a);
        let before = ids(&a);
        assert!(
            before.contains(id),
            "{id}: the broken account has it: {before:?}"
        );
        fix(&mut a);
        let after = ids(&a);
        assert!(!after.contains(id), "{id}: the fix clears it: {after:?}");
        let new: Vec<_> = after.difference(&before).collect();
        assert!(new.is_empty(), "{id}: the fix raised {new:?}");
        seen.insert(*id);
    }
    // F26 is the one finding no edit of the file clears: it says the trail
    // (Git history) does not back the decision, and only a decision recorded
    // by an approver, signed, does. tests/trail_status.rs records one.
    let all: BTreeSet<&str> = super::findings::SOURCES
        .iter()
        .map(|(id, _)| *id)
        .filter(|id| *id != "F26")
        .collect();
    assert_eq!(seen, all, "a case for every finding");
}
