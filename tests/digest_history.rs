//! The DPIA digest's second rule (docs/format.md, "The DPIA digest") on the
//! bundled example, committed into a fresh repository: no account changes
//! state because of it, and recording a review no longer voids an approval.

mod common;

use common::*;
use somevakt_core::digest::{dpia_digest, dpia_digest_v1};
use somevakt_core::model::Outcome;

/// The approval as the first rule gave it: the latest decision's digest
/// compared with the whole `[dpia]` table.
fn approval_by_the_old_rule(text: &str, today: somevakt_core::Date) -> &'static str {
    let a = somevakt_core::parse::parse_assessment(text).expect("example parses");
    let counted = a.as_of(today);
    let Some(latest) = counted.latest_decision() else {
        return "pending";
    };
    let stale = latest
        .dpia_digest
        .as_deref()
        .is_some_and(|d| d.trim() != dpia_digest_v1(&a.dpia));
    match latest.outcome {
        Outcome::NotApproved => "not_approved",
        _ if stale => "needs_reapproval",
        Outcome::Approved => "approved",
        Outcome::ConditionallyApproved => "conditionally_approved",
    }
}

fn status_json(root: &std::path::Path, today: &str) -> serde_json::Value {
    let out = somevakt(root, &["--today", today, "status", "--format", "json"]);
    assert!(
        out.status.success() || out.status.code() == Some(1),
        "{}",
        stderr(&out)
    );
    serde_json::from_slice(&out.stdout).expect("json")
}

#[test]
fn the_example_s_accounts_keep_their_approval_under_the_new_rule() {
    let (_dir, root) = committed_example();
    let today = "2025-06-01";
    let day = today.parse::<somevakt_core::Date>().unwrap();
    let status = status_json(&root, today);
    let accounts = status["accounts"].as_array().expect("accounts");
    assert!(accounts.len() >= 10);
    let mut old_digests = 0;
    let mut stale = 0;
    for account in accounts {
        let path = account["path"].as_str().unwrap();
        let text = std::fs::read_to_string(root.join(path)).unwrap();
        old_digests += usize::from(text.contains("dpia_digest = \"sha256:"));
        let a = somevakt_core::parse::parse_assessment(&text).unwrap();
        stale += a
            .decisions
            .iter()
            .filter_map(|d| d.dpia_digest.as_deref())
            .filter(|d| *d != dpia_digest_v1(&a.dpia))
            .count();
        assert_eq!(
            account["approval"].as_str().unwrap(),
            approval_by_the_old_rule(&text, day),
            "{path}"
        );
    }
    // The example was recorded under the first rule: the test is about it.
    assert!(old_digests >= 5, "{old_digests}");
    // The audit over that history finds exactly the digests that the old
    // rule found stale, and no more.
    let audit = somevakt(&root, &["audit", "--format", "json"]);
    let report = stdout(&audit);
    let mut mismatches: Vec<&str> = report
        .lines()
        .filter(|l| l.contains("dpia_digest does not match"))
        .map(str::trim)
        .collect();
    mismatches.sort_unstable();
    mismatches.dedup();
    assert!(stale >= 1);
    assert_eq!(mismatches.len(), stale, "{report}");
}

#[test]
fn writing_the_review_bookkeeping_keeps_a_v2_approval_and_voids_a_v1_one() {
    let (_dir, root) = committed_example();
    let today = "2025-06-01";
    let before = status_json(&root, today);
    // Re-record every approving digest under the new rule, then write the
    // review bookkeeping F05's fix asks for into every file.
    let mut v2_ids = Vec::new();
    let mut v1_ids = Vec::new();
    for account in before["accounts"].as_array().unwrap() {
        let path = account["path"].as_str().unwrap();
        let id = account["id"].as_str().unwrap().to_owned();
        let file = root.join(path);
        let text = std::fs::read_to_string(&file).unwrap();
        let a = somevakt_core::parse::parse_assessment(&text).unwrap();
        let Some(old) = a.decisions.last().and_then(|d| d.dpia_digest.clone()) else {
            continue;
        };
        if old != dpia_digest_v1(&a.dpia) {
            continue; // stale already: nothing to compare
        }
        let mut doc: toml_edit::DocumentMut = text.parse().unwrap();
        let use_v2 = v2_ids.len() <= v1_ids.len();
        if use_v2 {
            let decisions = doc["decisions"].as_array_of_tables_mut().unwrap();
            let last = decisions.len() - 1;
            decisions.get_mut(last).unwrap()["dpia_digest"] =
                toml_edit::value(dpia_digest(&a.dpia));
            v2_ids.push(id);
        } else {
            v1_ids.push(id);
        }
        let dpia = doc["dpia"].as_table_mut().unwrap();
        let date = toml_edit::value(toml_edit::Date {
            year: 2025,
            month: 5,
            day: 20,
        });
        dpia["terms_reviewed"] = date.clone();
        dpia["next_review"] = toml_edit::value(toml_edit::Date {
            year: 2026,
            month: 5,
            day: 20,
        });
        if dpia.get("infosec").is_none() {
            dpia["infosec"] = toml_edit::table();
        }
        dpia["infosec"]["admins_reviewed"] = date;
        std::fs::write(&file, doc.to_string()).unwrap();
    }
    assert!(
        !v2_ids.is_empty() && !v1_ids.is_empty(),
        "{v2_ids:?} {v1_ids:?}"
    );
    let after = status_json(&root, today);
    let approval = |status: &serde_json::Value, id: &str| {
        status["accounts"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["id"] == id)
            .map(|a| a["approval"].as_str().unwrap().to_owned())
            .unwrap()
    };
    for id in &v2_ids {
        assert_eq!(approval(&after, id), approval(&before, id), "{id}");
        assert_ne!(approval(&after, id), "needs_reapproval", "{id}");
    }
    for id in &v1_ids {
        let was = approval(&before, id);
        let expected = if was == "not_approved" {
            was
        } else {
            "needs_reapproval".to_owned()
        };
        assert_eq!(approval(&after, id), expected, "{id}");
    }
}
