//! What the audit trusts: history alone. The working tree's policy never
//! changes a verdict or the approver check of a record, a shallow history
//! is refused, a signature counts only for the committer's own key,
//! trailers must agree with what the commit did, and `--no-cache` on a
//! fresh clone says what a warm audit says (docs/format.md, "Signed
//! decisions and the audit"). Real repositories, real keys, real clones.

mod signing;

use signing::*;

fn audit_json(root: &std::path::Path, args: &[&str]) -> (i32, serde_json::Value) {
    let mut all = vec!["audit", "--format", "json"];
    all.extend_from_slice(args);
    let out = somevakt(root, &all);
    let doc = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}{}", text(&out), error_text(&out)));
    (out.status.code().unwrap_or(-1), doc)
}

fn kinds(doc: &serde_json::Value) -> Vec<String> {
    doc["violations"]
        .as_array()
        .expect("violations")
        .iter()
        .map(|v| v["kind"].as_str().expect("kind").to_owned())
        .collect()
}

const TRAILERS: &str = "decision: testvik/facebook approved\n\nAssessment: testvik/facebook\nAction: decision\nDecision: approved\n";

/// A fixture whose last commit is a decision typed in by hand, unsigned:
/// a violation under the fixture's strict policy.
fn with_unsigned_decision() -> Fixture {
    let f = Fixture::new();
    let file = account_text() + &entry(&today(), "approved", &f.digest());
    f.commit_by_hand(&file, false, TRAILERS);
    f
}

#[test]
fn the_working_tree_policy_never_changes_a_verdict() {
    if !have("ssh-keygen") {
        return;
    }
    let f = with_unsigned_decision();
    let (code, before) = audit_json(&f.root, &[]);
    assert_eq!(code, 1, "{before:#}");
    assert_eq!(kinds(&before), ["not_approver", "unsigned"]);
    // Starting the trail at HEAD, naming nobody and dropping the signing
    // rule, all in the working copy: the verdict stands.
    let head = git(&f.root, &["rev-parse", "HEAD"]).trim().to_owned();
    std::fs::write(
        f.root.join("somevakt.toml"),
        format!("[approvers]\naudit_since = \"{head}\"\n"),
    )
    .expect("write");
    let (code, after) = audit_json(&f.root, &[]);
    assert_eq!(code, 1, "{after:#}");
    assert_eq!(kinds(&after), kinds(&before));
    assert_eq!(after["since"], serde_json::Value::Null);
    assert_eq!(after["decisions"], before["decisions"]);
}

#[test]
fn moving_the_start_is_a_policy_change_that_needs_an_approver() {
    if !have("ssh-keygen") {
        return;
    }
    let f = with_unsigned_decision();
    let head = git(&f.root, &["rev-parse", "HEAD"]).trim().to_owned();
    // Mallory commits the start after the bad decision, unsigned: the
    // decision is out of sight, but her commit is not.
    f.act_as(MALLORY, &f.mallory);
    let policy = format!("{POLICY}audit_since = \"{head}\"\n");
    std::fs::write(f.root.join("somevakt.toml"), policy).expect("write");
    git(
        &f.root,
        &["commit", "-q", "--no-gpg-sign", "-am", "Nytt startpunkt"],
    );
    let (code, doc) = audit_json(&f.root, &[]);
    assert_eq!(code, 1, "{doc:#}");
    assert_eq!(doc["since"], head.as_str());
    assert_eq!(kinds(&doc), ["unapproved_policy_change", "unsigned"]);
    let change = &doc["policy_changes"][0];
    assert_eq!(
        change["changes"][0],
        format!("audit_since: (none) -> {head}").as_str()
    );
    let out = somevakt(&f.root, &["audit", "--lang", "nb"]);
    assert!(
        text(&out).contains("audit_since: (ingen) ->"),
        "{}",
        text(&out)
    );
}

#[test]
fn decide_asks_the_committed_policy_who_approves() {
    if !have("ssh-keygen") {
        return;
    }
    // Approvers by e-mail; Mallory puts herself on the list in the
    // working copy only.
    let f = Fixture::with_policy("[approvers]\nemails = [\"hege@testvik.kommune.no\"]\n");
    f.act_as(MALLORY, &f.mallory);
    let before = git(&f.root, &["rev-parse", "HEAD"]);
    std::fs::write(
        f.root.join("somevakt.toml"),
        "[approvers]\nemails = [\"mallory@testvik.kommune.no\"]\n",
    )
    .expect("write");
    let out = f.decide();
    assert_eq!(out.status.code(), Some(2), "{}", error_text(&out));
    assert!(
        error_text(&out).contains("mallory@testvik.kommune.no"),
        "{}",
        error_text(&out)
    );
    assert_eq!(git(&f.root, &["rev-parse", "HEAD"]), before);
    // Hege is an approver as committed, whatever the working copy says.
    f.act_as(HEGE, &f.hege);
    let out = f.decide();
    assert!(out.status.success(), "{}", error_text(&out));
}

#[test]
fn the_allowed_signers_never_lead_out_of_the_repository() {
    if !have("ssh-keygen") {
        return;
    }
    let f = Fixture::new();
    let outside = f.dir.path().join("keys-outside");
    std::fs::write(&outside, format!("{} {}\n", HEGE.1, f.mallory.public)).expect("write");
    std::fs::write(
        f.root.join("somevakt.toml"),
        POLICY.replace(".somevakt/allowed_signers", "../keys-outside"),
    )
    .expect("write");
    let out = somevakt(&f.root, &["check"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("somevakt.toml:4:"), "{}", text(&out));
    f.act_as(HEGE, &f.mallory);
    let before = git(&f.root, &["rev-parse", "HEAD"]);
    let out = f.decide();
    assert_eq!(out.status.code(), Some(2), "{}", error_text(&out));
    assert_eq!(git(&f.root, &["rev-parse", "HEAD"]), before);
}

#[test]
fn required_signing_without_the_approvers_keys_is_an_invalid_policy() {
    if !have("ssh-keygen") {
        return;
    }
    let policy = "[approvers]\nemails = [\"hege@testvik.kommune.no\"]\nsigning = \"required\"\n";
    let f = Fixture::with_policy(policy);
    let out = somevakt(&f.root, &["check"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let shown = text(&out);
    assert!(shown.contains("somevakt.toml:3:11"), "{shown}");
    assert!(shown.contains("allowed_signers"), "{shown}");
    // Records are refused: a freshly made key with Hege's e-mail would
    // otherwise pass.
    f.act_as(HEGE, &f.mallory);
    let before = git(&f.root, &["rev-parse", "HEAD"]);
    let out = f.decide();
    assert_eq!(out.status.code(), Some(2), "{}", error_text(&out));
    assert!(
        error_text(&out).contains("allowed_signers"),
        "{}",
        error_text(&out)
    );
    assert_eq!(git(&f.root, &["rev-parse", "HEAD"]), before);
    // The audit cannot tell who approves: it cannot run.
    let out = somevakt(&f.root, &["audit"]);
    assert_eq!(out.status.code(), Some(2), "{}", error_text(&out));
}

#[test]
fn an_approvers_key_on_someone_elses_commit_is_not_a_good_signature() {
    if !have("ssh-keygen") {
        return;
    }
    let f = Fixture::new();
    let file = account_text() + &entry(&today(), "approved", &f.digest());
    std::fs::write(f.root.join(ACCOUNT_FILE), file).expect("write");
    git(&f.root, &["add", ACCOUNT_FILE]);
    // Signed with Hege's key, committed as an intruder.
    git(
        &f.root,
        &[
            "-c",
            "user.email=intruder@example.org",
            "-c",
            "user.name=Intruder",
            "commit",
            "-q",
            "-S",
            "-m",
            TRAILERS,
        ],
    );
    let (code, doc) = audit_json(&f.root, &[]);
    assert_eq!(code, 1, "{doc:#}");
    assert_eq!(kinds(&doc), ["not_approver", "bad_signature"]);
    let d = &doc["decisions"][0];
    assert_eq!(d["signature"]["verdict"], "unknown_key");
    assert_eq!(d["signature"]["signer"], HEGE.1);
    let out = somevakt(&f.root, &["audit"]);
    assert!(
        text(&out).contains(
            "signed with the key of hege@testvik.kommune.no, but committed as intruder@example.org"
        ),
        "{}",
        text(&out)
    );
    for lang in ["nb", "sv"] {
        let out = somevakt(&f.root, &["audit", "--lang", lang]);
        assert!(
            text(&out).contains("intruder@example.org"),
            "{}",
            text(&out)
        );
        assert!(!text(&out).contains("but committed as"), "{}", text(&out));
    }
}

#[test]
fn trailers_that_contradict_the_content_are_violations() {
    if !have("ssh-keygen") {
        return;
    }
    // Signed by the approver, with every trailer: but the entry refuses,
    // and the message says it approves.
    let f = Fixture::new();
    let file = account_text() + &entry(&today(), "not_approved", &f.digest());
    f.commit_by_hand(&file, true, TRAILERS);
    let (code, doc) = audit_json(&f.root, &[]);
    assert_eq!(code, 1, "{doc:#}");
    assert_eq!(kinds(&doc), ["trailer_mismatch"]);
    assert!(
        doc["violations"][0]["message"]
            .as_str()
            .expect("message")
            .contains("`Decision: approved`"),
        "{doc:#}"
    );
    // Naming another account.
    let g = Fixture::new();
    let file = account_text() + &entry(&today(), "approved", &g.digest());
    g.commit_by_hand(
        &file,
        true,
        &TRAILERS.replace(
            "Assessment: testvik/facebook",
            "Assessment: testvik/instagram",
        ),
    );
    let (code, doc) = audit_json(&g.root, &[]);
    assert_eq!(code, 1, "{doc:#}");
    assert_eq!(kinds(&doc), ["trailer_mismatch"]);
    let out = somevakt(&g.root, &["audit", "--lang", "sv"]);
    assert!(text(&out).contains("commit-meddelandet"), "{}", text(&out));
}

/// Clones `from` into a new folder beside it with `git clone` and these
/// options; returns the clone's path.
fn clone(f: &Fixture, name: &str, options: &[&str]) -> std::path::PathBuf {
    let to = f.dir.path().join(name);
    let url = format!("file://{}", f.root.display());
    let mut args = vec!["clone", "-q"];
    args.extend_from_slice(options);
    args.extend([url.as_str(), to.to_str().expect("utf-8")]);
    git(f.dir.path(), &args);
    to
}

#[test]
fn a_shallow_clone_is_refused_until_the_rest_is_fetched() {
    if !have("ssh-keygen") {
        return;
    }
    let f = Fixture::new();
    for _ in 0..2 {
        let out = f.decide();
        assert!(out.status.success(), "{}", error_text(&out));
    }
    let (code, full) = audit_json(&f.root, &[]);
    assert_eq!(code, 0, "{full:#}");
    let shallow = clone(&f, "shallow", &["--depth", "1"]);
    let out = somevakt(&shallow, &["audit"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).is_empty(), "{}", text(&out));
    assert!(
        error_text(&out).contains("git fetch --unshallow"),
        "{}",
        error_text(&out)
    );
    let out = somevakt(&shallow, &["audit", "--format", "json"]);
    assert_eq!(out.status.code(), Some(2));
    // Fetched in full, it is audited as the original is.
    git(&shallow, &["fetch", "-q", "--unshallow"]);
    let (code, doc) = audit_json(&shallow, &[]);
    assert_eq!(code, 0, "{doc:#}");
    assert_eq!(doc["commits_read"], full["commits_read"]);
    assert_eq!(doc["decisions"], full["decisions"]);
}

#[test]
fn a_grafted_history_is_refused() {
    if !have("ssh-keygen") {
        return;
    }
    let f = with_unsigned_decision();
    let head = git(&f.root, &["rev-parse", "HEAD"]).trim().to_owned();
    // The bad decision's commit made to look like the first one.
    std::fs::create_dir_all(f.root.join(".git/info")).expect("mkdir");
    std::fs::write(f.root.join(".git/info/grafts"), format!("{head}\n")).expect("write");
    let out = somevakt(&f.root, &["audit"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
}

#[test]
fn no_cache_on_a_fresh_clone_says_what_a_warm_audit_says() {
    if !have("ssh-keygen") {
        return;
    }
    let f = with_unsigned_decision();
    let warm = {
        audit_json(&f.root, &[]);
        assert!(f.root.join(".git/somevakt/audit-v3.json").exists());
        audit_json(&f.root, &[])
    };
    let fresh = clone(&f, "auditor", &[]);
    let out = somevakt(&fresh, &["audit", "--no-cache", "--format", "json"]);
    let cold: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!((out.status.code().unwrap_or(-1), cold), warm);
    // --no-cache leaves no cache behind.
    assert!(!fresh.join(".git/somevakt/audit-v3.json").exists());
}

#[cfg(unix)]
#[test]
fn caches_are_never_written_through_a_link() {
    if !have("ssh-keygen") {
        return;
    }
    let f = with_unsigned_decision();
    let elsewhere = f.dir.path().join("elsewhere");
    std::fs::create_dir_all(&elsewhere).expect("mkdir");
    let _ = std::fs::remove_dir_all(f.root.join(".git/somevakt"));
    std::os::unix::fs::symlink(&elsewhere, f.root.join(".git/somevakt")).expect("link");
    let (code, _) = audit_json(&f.root, &[]);
    assert_eq!(code, 1);
    let out = somevakt(&f.root, &["status", "--format", "json"]);
    assert!(out.status.success(), "{}", error_text(&out));
    let written: Vec<_> = std::fs::read_dir(&elsewhere).expect("read").collect();
    assert!(written.is_empty(), "{written:?}");
}

/// A register that starts from paper: no approvers named, signing optional.
fn from_paper() -> Fixture {
    Fixture::with_policy("[policy]\nreview_interval_months = 12\n")
}

#[test]
fn decisions_typed_in_by_hand_are_information_where_the_policy_allows_it() {
    if !have("ssh-keygen") {
        return;
    }
    let f = from_paper();
    // From the paper minutes: no trailers, no digest, dated long ago.
    let file =
        account_text() + &entry("2020-03-01", "approved", "").replace("dpia_digest = \"\"\n", "");
    f.commit_by_hand(&file, false, "Vedtak fra protokollen");
    let (code, doc) = audit_json(&f.root, &[]);
    assert_eq!(code, 0, "{doc:#}");
    assert_eq!(doc["intact"], true);
    assert_eq!(doc["typed_in_by_hand"], 1);
    assert_eq!(doc["decisions"][0]["typed_in_by_hand"], true);
    assert!(
        doc["summary"]
            .as_str()
            .expect("summary")
            .ends_with(", 1 typed in by hand"),
        "{doc:#}"
    );
    let out = somevakt(&f.root, &["audit", "--lang", "nb"]);
    let shown = text(&out);
    assert!(shown.contains("1 skrevet inn for hånd"), "{shown}");
    assert!(!shown.contains("✗"), "{shown}");
    // Changing it afterwards is a violation under every policy.
    let changed = f.account().replace("2020-03-01", "2020-04-01");
    f.commit_by_hand(&changed, false, "Rett dato");
    let (code, doc) = audit_json(&f.root, &[]);
    assert_eq!(code, 1, "{doc:#}");
    assert_eq!(kinds(&doc), ["changed"]);
}

#[test]
fn wrong_digests_and_contradicting_trailers_are_violations_under_every_policy() {
    if !have("ssh-keygen") {
        return;
    }
    let f = from_paper();
    let wrong = format!("sha256:{}", "0".repeat(64));
    let file = account_text() + &entry(&today(), "approved", &wrong);
    f.commit_by_hand(&file, false, "Vedtak");
    let (code, doc) = audit_json(&f.root, &[]);
    assert_eq!(code, 1, "{doc:#}");
    assert_eq!(kinds(&doc), ["digest_mismatch"]);
    let g = from_paper();
    let file = account_text() + &entry(&today(), "not_approved", &g.digest());
    g.commit_by_hand(&file, false, TRAILERS);
    let (code, doc) = audit_json(&g.root, &[]);
    assert_eq!(code, 1, "{doc:#}");
    assert_eq!(kinds(&doc), ["trailer_mismatch"]);
    // Where approvers are named, typing in by hand is a violation again.
    let h = Fixture::with_policy("[approvers]\nemails = [\"hege@testvik.kommune.no\"]\n");
    let file = account_text() + &entry(&today(), "approved", &h.digest());
    h.commit_by_hand(&file, false, "Vedtak");
    let (code, doc) = audit_json(&h.root, &[]);
    assert_eq!(code, 1, "{doc:#}");
    assert_eq!(kinds(&doc), ["outside_tool"]);
}
