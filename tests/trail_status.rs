//! The status agrees with the trail: where the policy requires signing, a
//! decision counts only if the audit backs the commit that added it;
//! otherwise the account is `unverified` with F26 (and no F02), in
//! `status`, `check` and `remind` alike (docs/format.md, "Status", F26).
//! Real repositories, real keys; a property test over random histories of
//! signed, unsigned and hand-made decisions.

mod signing;

use proptest::prelude::*;
use signing::*;

const TRAILERS: &str = "decision: testvik/facebook approved\n\nAssessment: testvik/facebook\nAction: decision\nDecision: approved\n";

fn status_json(f: &Fixture) -> serde_json::Value {
    let out = somevakt(&f.root, &["status", "--format", "json"]);
    assert!(out.status.success(), "{}", error_text(&out));
    serde_json::from_slice(&out.stdout).expect("json")
}

fn account(doc: &serde_json::Value) -> &serde_json::Value {
    &doc["accounts"][0]
}

fn finding_ids(account: &serde_json::Value) -> Vec<String> {
    account["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["id"].as_str().expect("id").to_owned())
        .collect()
}

#[test]
fn a_decision_typed_in_by_hand_is_unverified_where_signing_is_required() {
    if !have("ssh-keygen") {
        return;
    }
    let f = Fixture::new();
    // Unsigned, with every trailer: the audit says not_approver, unsigned.
    let file = account_text() + &entry(&today(), "approved", &f.digest());
    f.commit_by_hand(&file, false, TRAILERS);
    let doc = status_json(&f);
    let a = account(&doc);
    assert_eq!(a["approval"], "unverified", "{a:#}");
    let ids = finding_ids(a);
    assert!(ids.contains(&"F26".to_owned()), "{ids:?}");
    assert!(!ids.contains(&"F02".to_owned()), "{ids:?}");
    // The table says so too, in every language, and counts it.
    let out = somevakt(&f.root, &["status"]);
    let table = text(&out);
    assert!(table.contains("unverified"), "{table}");
    assert!(table.contains("1 unverified"), "{table}");
    for (lang, word) in [("nb", "ubekreftet"), ("sv", "obekräftat")] {
        let out = somevakt(&f.root, &["status", "--lang", lang]);
        assert!(text(&out).contains(word), "{}", text(&out));
    }
    // check fails on it; the reminders take nothing from it.
    let out = somevakt(&f.root, &["check", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).contains("\"F26\""), "{}", text(&out));
    let out = somevakt(&f.root, &["remind", "--within", "3650", "--format", "json"]);
    let remind = text(&out);
    assert!(!remind.contains("\"review\""), "{remind}");

    // Recorded by an approver with somevakt, signed: it counts.
    let out = f.decide();
    assert!(out.status.success(), "{}", error_text(&out));
    let doc = status_json(&f);
    let a = account(&doc);
    assert_eq!(a["approval"], "approved", "{a:#}");
    assert!(!finding_ids(a).contains(&"F26".to_owned()));
}

#[test]
fn a_copy_of_a_recorded_decision_typed_in_after_it_is_not_backed_by_it() {
    if !have("ssh-keygen") {
        return;
    }
    let f = Fixture::new();
    let out = f.decide();
    assert!(out.status.success(), "{}", error_text(&out));
    // The same words again, as `decide` wrote them, but unsigned by hand.
    let recorded = f.account();
    let start = recorded.find("[[decisions]]").expect("entry");
    let copy = format!("{recorded}\n{}", &recorded[start..]);
    f.commit_by_hand(&copy, false, TRAILERS);
    let doc = status_json(&f);
    assert_eq!(account(&doc)["approval"], "unverified");
}

#[test]
fn a_decision_not_yet_committed_does_not_count_where_signing_is_required() {
    if !have("ssh-keygen") {
        return;
    }
    let f = Fixture::new();
    let file = account_text() + &entry(&today(), "approved", &f.digest());
    std::fs::write(f.root.join(ACCOUNT_FILE), file).expect("write");
    let doc = status_json(&f);
    assert_eq!(account(&doc)["approval"], "unverified");
    // Where signing is optional, what the file says stands.
    let g = Fixture::with_policy("[approvers]\nemails = [\"hege@testvik.kommune.no\"]\n");
    let file = account_text() + &entry(&today(), "approved", &g.digest());
    std::fs::write(g.root.join(ACCOUNT_FILE), file).expect("write");
    let doc = status_json(&g);
    assert_eq!(account(&doc)["approval"], "approved");
}

#[test]
fn a_shallow_clone_backs_nothing_where_signing_is_required() {
    if !have("ssh-keygen") {
        return;
    }
    let f = Fixture::new();
    let out = f.decide();
    assert!(out.status.success(), "{}", error_text(&out));
    let shallow = f.dir.path().join("shallow");
    let url = format!("file://{}", f.root.display());
    git(
        f.dir.path(),
        &[
            "clone",
            "-q",
            "--depth",
            "1",
            &url,
            shallow.to_str().expect("utf-8"),
        ],
    );
    let out = somevakt(&shallow, &["status", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(account(&doc)["approval"], "unverified");
    git(&shallow, &["fetch", "-q", "--unshallow"]);
    let out = somevakt(&shallow, &["status", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(account(&doc)["approval"], "approved");
}

/// How a decision gets into the history.
#[derive(Debug, Clone, Copy)]
enum Way {
    /// `somevakt decide` by the approver, signed.
    Tool,
    /// Typed in and committed unsigned, with somevakt's trailers.
    Unsigned,
    /// Typed in and committed signed by the approver, without trailers.
    HandMade,
}

fn way() -> impl Strategy<Value = (Way, bool)> {
    (
        prop_oneof![Just(Way::Tool), Just(Way::Unsigned), Just(Way::HandMade)],
        any::<bool>(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10, ..ProptestConfig::default() })]

    /// For a random history, the approval `status` shows is what the
    /// audit's verdict on the latest decision implies: its outcome when the
    /// commit is backed (no violation), `unverified` otherwise.
    #[test]
    fn the_approval_is_what_the_verdicts_imply(history in prop::collection::vec(way(), 1..4)) {
        if !have("ssh-keygen") {
            return Ok(());
        }
        let f = Fixture::new();
        for (way, approve) in &history {
            let outcome = if *approve { "approved" } else { "not_approved" };
            match way {
                Way::Tool => {
                    let out = somevakt(&f.root, &[
                        "decide", ACCOUNT, "--outcome", outcome, "--body", "Ledergruppa",
                        "--rationale", "Vurdert",
                    ]);
                    prop_assert!(out.status.success(), "{}", error_text(&out));
                }
                Way::Unsigned | Way::HandMade => {
                    let file = f.account() + &entry(&today(), outcome, &f.digest());
                    let message = TRAILERS.replace("Decision: approved", &format!("Decision: {outcome}"));
                    match way {
                        Way::Unsigned => f.commit_by_hand(&file, false, &message),
                        _ => f.commit_by_hand(&file, true, "Vedtak skrevet inn"),
                    }
                }
            }
        }
        let out = somevakt(&f.root, &["audit", "--format", "json"]);
        let audit: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        let decisions = audit["decisions"].as_array().expect("decisions");
        prop_assert_eq!(decisions.len(), history.len());
        let last = decisions.last().expect("one");
        let backed = last["violations"].as_array().is_none_or(Vec::is_empty)
            && audit["violations"]
                .as_array()
                .expect("violations")
                .iter()
                .all(|v| v["commit"] != last["commit"]["id"]);
        let implied = if backed {
            last["outcome"].as_str().expect("outcome").to_owned()
        } else {
            "unverified".to_owned()
        };
        let doc = status_json(&f);
        prop_assert_eq!(account(&doc)["approval"].as_str(), Some(implied.as_str()));
        // And what the history was made of says the same.
        let expected = match history.last() {
            Some((Way::Tool, true)) => "approved",
            Some((Way::Tool, false)) => "not_approved",
            _ => "unverified",
        };
        prop_assert_eq!(implied.as_str(), expected);
    }
}
