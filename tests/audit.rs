//! `somevakt audit` on real repositories with real SSH keys: an intact
//! trail passes, and each way of tampering with it is caught and named
//! (docs/format.md, "Signed decisions and the audit").

mod signing;

use signing::*;

/// Runs the audit as JSON; returns (exit code, document).
fn audit_json(f: &Fixture, args: &[&str]) -> (i32, serde_json::Value) {
    let mut all = vec!["--format", "json"];
    all.extend_from_slice(args);
    let out = f.audit(&all);
    let doc = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}{}", text(&out), error_text(&out)));
    (out.status.code().unwrap_or(-1), doc)
}

/// The kinds of violation the audit found, in order.
fn kinds(doc: &serde_json::Value) -> Vec<String> {
    doc["violations"]
        .as_array()
        .expect("violations")
        .iter()
        .map(|v| v["kind"].as_str().expect("kind").to_owned())
        .collect()
}

/// A fixture with one decision recorded by somevakt, signed by Hege.
fn decided() -> Fixture {
    let f = Fixture::new();
    let out = f.decide();
    assert!(out.status.success(), "{}", error_text(&out));
    f
}

/// Asserts the audit finds exactly `expected` and names it in the text.
fn caught(f: &Fixture, expected: &[&str]) {
    let (code, doc) = audit_json(f, &[]);
    assert_eq!(code, 1, "{doc:#}");
    assert_eq!(kinds(&doc), expected, "{doc:#}");
    let out = f.audit(&[]);
    assert_eq!(out.status.code(), Some(1));
    let shown = text(&out);
    for kind in expected {
        assert!(shown.contains(&format!("✗ {kind}:")), "{shown}");
    }
    let last = shown.trim_end().lines().last().expect("summary");
    let counted = match expected.len() {
        1 => "audit: 1 violation (".to_owned(),
        n => format!("audit: {n} violations ("),
    };
    assert!(last.starts_with(&counted), "{last}");
    // The English text words each violation from its data exactly as the
    // JSON's message says it, and ends with the JSON's summary.
    for v in doc["violations"].as_array().expect("violations") {
        let line = format!(
            "✗ {}: {}",
            v["kind"].as_str().expect("kind"),
            v["message"].as_str().expect("message")
        );
        assert!(shown.contains(&line), "{line}\n{shown}");
    }
    assert_eq!(Some(last), doc["summary"].as_str());
    // In Norwegian and Swedish too, with the same kinds, in other words.
    for lang in ["nb", "sv"] {
        let out = f.audit(&["--lang", lang]);
        assert_eq!(out.status.code(), Some(1));
        let worded = text(&out);
        for kind in expected {
            assert!(worded.contains(&format!("✗ {kind}:")), "{worded}");
        }
        for v in doc["violations"].as_array().expect("violations") {
            let message = v["message"].as_str().expect("message");
            assert!(!worded.contains(message), "{lang}: English left: {worded}");
        }
        assert!(
            !worded.contains("{$") && !worded.contains("audit-"),
            "{worded}"
        );
    }
}

#[test]
fn an_intact_trail_passes_with_every_fact_reported() {
    if !have("ssh-keygen") {
        return;
    }
    let f = decided();
    let (code, doc) = audit_json(&f, &[]);
    assert_eq!(code, 0, "{doc:#}");
    assert_eq!(doc["intact"], true);
    let d = &doc["decisions"][0];
    assert_eq!(doc["decisions"].as_array().map(Vec::len), Some(1));
    assert_eq!(d["account"], ACCOUNT);
    assert_eq!(d["outcome"], "approved");
    assert_eq!(d["approver"], true);
    assert_eq!(d["signature"]["verdict"], "good");
    assert_eq!(d["signature"]["signer"], HEGE.1);
    assert_eq!(d["digest"], "match");
    assert_eq!(d["trailers_ok"], true);
    assert_eq!(d["commit"]["email"], HEGE.1);
    let head = git(&f.root, &["rev-parse", "HEAD"]);
    assert_eq!(d["commit"]["id"], head.trim());
    // The import commit set the policy up; it is listed, not a violation.
    assert_eq!(doc["policy_changes"].as_array().map(Vec::len), Some(1));
    let out = f.audit(&[]);
    assert_eq!(out.status.code(), Some(0));
    let shown = text(&out);
    assert!(
        shown.contains("approver: yes · signature: good (ssh, hege@testvik.kommune.no"),
        "{shown}"
    );
    let last = shown.trim_end().lines().last().expect("summary");
    assert!(
        last.starts_with("audit: trail intact: 1 decision in 2 commits"),
        "{last}"
    );
}

#[test]
fn a_decision_changed_afterwards_is_caught() {
    if !have("ssh-keygen") {
        return;
    }
    let f = decided();
    let changed = f
        .account()
        .replace("outcome = \"approved\"", "outcome = \"not_approved\"");
    f.commit_by_hand(&changed, true, "Rett opp utfallet");
    caught(&f, &["changed"]);
    let (_, doc) = audit_json(&f, &[]);
    let change = &doc["decisions"][0]["later_changes"][0];
    assert_eq!(change["new"]["outcome"], "not_approved");
    assert!(
        doc["violations"][0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("changed (outcome)")),
        "{doc:#}"
    );
}

#[test]
fn a_decision_removed_afterwards_is_caught() {
    if !have("ssh-keygen") {
        return;
    }
    let f = decided();
    f.commit_by_hand(&account_text(), true, "Fjern vedtaket");
    caught(&f, &["removed"]);
}

#[test]
fn a_decision_added_outside_somevakt_is_caught() {
    if !have("ssh-keygen") {
        return;
    }
    let f = Fixture::new();
    let text = account_text() + &entry(&today(), "approved", &f.digest());
    // Signed by the approver, right digest: only the trailer is missing.
    f.commit_by_hand(&text, true, "Vedtak");
    caught(&f, &["outside_tool"]);
}

#[test]
fn a_decision_by_a_non_approver_is_caught_even_with_a_borrowed_email() {
    if !have("ssh-keygen") {
        return;
    }
    let f = Fixture::new();
    // Mallory claims Hege's e-mail and signs with her own key, which the
    // allowed signers do not list.
    f.act_as(HEGE, &f.mallory);
    let text = account_text() + &entry(&today(), "approved", &f.digest());
    f.commit_by_hand(
        &text,
        true,
        "decision: testvik/facebook approved\n\nAssessment: testvik/facebook\nAction: decision\nDecision: approved\n",
    );
    caught(&f, &["not_approver", "bad_signature"]);
}

#[test]
fn a_decision_by_a_non_approver_email_is_caught_without_allowed_signers() {
    if !have("ssh-keygen") {
        return;
    }
    let f = Fixture::with_policy("[approvers]\nemails = [\"hege@testvik.kommune.no\"]\n");
    f.act_as(MALLORY, &f.mallory);
    let text = account_text() + &entry(&today(), "approved", &f.digest());
    f.commit_by_hand(
        &text,
        false,
        "decision: testvik/facebook approved\n\nAssessment: testvik/facebook\nAction: decision\nDecision: approved\n",
    );
    caught(&f, &["not_approver"]);
    let (_, doc) = audit_json(&f, &[]);
    assert_eq!(doc["decisions"][0]["signature"]["verdict"], "none");
}

#[test]
fn an_unsigned_decision_is_caught_where_signing_is_required() {
    if !have("ssh-keygen") {
        return;
    }
    // Signing required: the e-mail is right, the signature is missing, so
    // nothing says the approver made it.
    let f = Fixture::new();
    let text = account_text() + &entry(&today(), "approved", &f.digest());
    f.commit_by_hand(
        &text,
        false,
        "decision: testvik/facebook approved\n\nAssessment: testvik/facebook\nAction: decision\nDecision: approved\n",
    );
    caught(&f, &["not_approver", "unsigned"]);
}

#[test]
fn a_commit_altered_after_signing_has_a_bad_signature() {
    if !have("ssh-keygen") {
        return;
    }
    let f = decided();
    // Rewrite the signed decision commit's message, keeping its signature
    // header: what a forged commit looks like.
    let raw = git(&f.root, &["cat-file", "commit", "HEAD"]);
    let forged = raw.replace("Risikoen er akseptabel", "Risikoen er lav");
    assert_ne!(raw, forged);
    let path = f.dir.path().join("forged");
    std::fs::write(&path, forged).expect("write");
    let id = git(
        &f.root,
        &[
            "hash-object",
            "-t",
            "commit",
            "-w",
            path.to_str().expect("utf-8"),
        ],
    );
    git(&f.root, &["reset", "-q", "--soft", id.trim()]);
    assert!(
        !git_out(&f.root, &["verify-commit", "HEAD"])
            .status
            .success()
    );
    caught(&f, &["not_approver", "bad_signature"]);
    let (_, doc) = audit_json(&f, &[]);
    assert_eq!(doc["decisions"][0]["signature"]["verdict"], "bad");
}

#[test]
fn a_wrong_dpia_digest_is_caught() {
    if !have("ssh-keygen") {
        return;
    }
    let f = Fixture::new();
    let wrong = format!("sha256:{}", "0".repeat(64));
    let text = account_text() + &entry(&today(), "approved", &wrong);
    f.commit_by_hand(
        &text,
        true,
        "decision: testvik/facebook approved\n\nAssessment: testvik/facebook\nAction: decision\nDecision: approved\n",
    );
    caught(&f, &["digest_mismatch"]);
}

#[test]
fn a_backdated_decision_needs_the_backdated_trailer() {
    if !have("ssh-keygen") {
        return;
    }
    let f = Fixture::new();
    let text = account_text() + &entry("2020-03-01", "approved", &f.digest());
    let message = "decision: testvik/facebook approved\n\nAssessment: testvik/facebook\nAction: decision\nDecision: approved\n";
    f.commit_by_hand(&text, true, message);
    caught(&f, &["backdated"]);
    // Saying so is allowed: a paper decision recorded later.
    git(&f.root, &["reset", "-q", "--hard", "HEAD~1"]);
    f.commit_by_hand(&text, true, &format!("{message}Backdated: yes\n"));
    let (code, doc) = audit_json(&f, &[]);
    assert_eq!(code, 0, "{doc:#}");
}

#[test]
fn a_policy_change_by_a_non_approver_is_caught_and_every_change_listed() {
    if !have("ssh-keygen") {
        return;
    }
    let f = Fixture::new();
    f.act_as(MALLORY, &f.mallory);
    std::fs::write(
        f.root.join("somevakt.toml"),
        POLICY.replace(
            "[\"hege@testvik.kommune.no\"]",
            "[\"hege@testvik.kommune.no\", \"mallory@testvik.kommune.no\"]",
        ),
    )
    .expect("write");
    git(&f.root, &["commit", "-q", "-S", "-am", "Legg til meg selv"]);
    caught(&f, &["unapproved_policy_change", "bad_signature"]);
    let (_, doc) = audit_json(&f, &[]);
    let change = &doc["policy_changes"][1];
    assert_eq!(change["commit"]["email"], MALLORY.1);
    assert_eq!(
        change["changes"][0],
        "approver added: mallory@testvik.kommune.no"
    );
}

/// A register whose one commit imports a paper decision, with no trailers;
/// and that commit's id.
fn paper_import() -> (Fixture, String) {
    let f = Fixture::new();
    let text = account_text() + &entry("2019-05-01", "approved", "sha256:paper");
    f.commit_by_hand(&text, true, "Import av papirvedtak");
    let import = git(&f.root, &["rev-parse", "HEAD"]).trim().to_owned();
    (f, import)
}

#[test]
fn since_starts_after_the_import_and_bad_revisions_cannot_run() {
    if !have("ssh-keygen") {
        return;
    }
    let (f, import) = paper_import();
    assert_eq!(f.audit(&[]).status.code(), Some(1));
    let out = f.decide();
    assert!(out.status.success(), "{}", error_text(&out));
    let (code, doc) = audit_json(&f, &["--since", &import]);
    assert_eq!(code, 0, "{doc:#}");
    assert_eq!(doc["since"], import.as_str());
    assert_eq!(doc["decisions"].as_array().map(Vec::len), Some(1));
    // Changing an imported decision afterwards is still caught.
    let changed = f.account().replace("2019-05-01", "2019-06-01");
    f.commit_by_hand(&changed, true, "Endre importert vedtak");
    let (code, doc) = audit_json(&f, &["--since", &import]);
    assert_eq!(code, 1, "{doc:#}");
    assert_eq!(kinds(&doc), ["changed"]);
    assert_eq!(
        doc["earlier_entries_changed"].as_array().map(Vec::len),
        Some(1)
    );

    let out = f.audit(&["--since", "no-such-rev"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        error_text(&out).contains("no-such-rev"),
        "{}",
        error_text(&out)
    );
    let elsewhere = tempfile::tempdir().expect("dir");
    let out = somevakt(elsewhere.path(), &["audit"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn the_policy_can_name_the_import_so_every_audit_starts_after_it() {
    if !have("ssh-keygen") {
        return;
    }
    let (f, import) = paper_import();
    let policy_path = f.root.join("somevakt.toml");
    let policy = std::fs::read_to_string(&policy_path).expect("policy");
    let with_start = |rev: &str| {
        policy.replace(
            "[approvers]",
            &format!("[approvers]\naudit_since = \"{rev}\""),
        )
    };
    std::fs::write(&policy_path, with_start(&import)).expect("write");
    git(
        &f.root,
        &[
            "commit",
            "-q",
            "-S",
            "-am",
            "Revisjonssporet starter etter importen",
        ],
    );

    // No flag: the policy's start holds, and the report says where it came from.
    let (code, doc) = audit_json(&f, &[]);
    assert_eq!(code, 0, "{doc:#}");
    assert_eq!(doc["since"], import.as_str());
    assert_eq!(doc["since_from_policy"], true);
    let out = f.audit(&[]);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("audit_since"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    // `--since` still overrides it for one run.
    let root = git(&f.root, &["rev-list", "--max-parents=0", "HEAD"])
        .trim()
        .to_owned();
    let (code, doc) = audit_json(&f, &["--since", &root]);
    assert_eq!(code, 1, "the import itself is audited again: {doc:#}");
    assert_eq!(doc["since_from_policy"], false);

    // The working copy never moves the start: only a commit does.
    let head = git(&f.root, &["rev-parse", "HEAD"]).trim().to_owned();
    std::fs::write(&policy_path, with_start(&head)).expect("write");
    let (code, doc) = audit_json(&f, &[]);
    assert_eq!((code, &doc["since"]), (0, &serde_json::json!(import)));
    git(&f.root, &["checkout", "-q", "somevakt.toml"]);

    // A committed start Git does not know cannot run, and the message
    // names the key.
    let unknown = "0123abcd".repeat(5);
    std::fs::write(&policy_path, with_start(&unknown)).expect("write");
    git(&f.root, &["commit", "-q", "-S", "-am", "Feil start"]);
    let out = f.audit(&[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        error_text(&out).contains("audit_since"),
        "{}",
        error_text(&out)
    );
    // A branch or tag name is no start at all: the policy is invalid,
    // with file, line and column.
    std::fs::write(&policy_path, with_start("HEAD")).expect("write");
    git(&f.root, &["commit", "-q", "-S", "-am", "Start ved HEAD"]);
    let out = f.audit(&[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        error_text(&out).contains("somevakt.toml (as committed):2:15"),
        "{}",
        error_text(&out)
    );
}

#[test]
fn a_second_run_answers_from_the_cache_with_the_same_verdicts() {
    if !have("ssh-keygen") {
        return;
    }
    let f = decided();
    let changed = f
        .account()
        .replace("outcome = \"approved\"", "outcome = \"not_approved\"");
    f.commit_by_hand(&changed, true, "Rett opp utfallet");
    let first = f.audit(&["--format", "json"]);
    let cache = f.root.join(".git/somevakt/audit-v3.json");
    assert!(cache.exists());
    let cached = std::fs::read_to_string(&cache).expect("cache");
    assert!(cached.contains("\"good\""), "{cached}");
    let second = f.audit(&["--format", "json"]);
    assert_eq!(text(&first), text(&second));
    // A cache that is garbage is ignored, never trusted.
    std::fs::write(&cache, "{not json").expect("write");
    let third = f.audit(&["--format", "json"]);
    assert_eq!(text(&first), text(&third));
    // New commits after a cached run are read, and agree with a fresh run.
    f.commit_by_hand(&account_text(), true, "Fjern vedtaket");
    let incremental = f.audit(&["--format", "json"]);
    std::fs::remove_file(&cache).expect("remove");
    let fresh = f.audit(&["--format", "json"]);
    assert_eq!(text(&incremental), text(&fresh));
    assert!(text(&fresh).contains("\"removed\""), "{}", text(&fresh));
    // So does a rewritten history (the cached head is no longer in it).
    git(&f.root, &["reset", "-q", "--hard", "HEAD~2"]);
    let rewritten = f.audit(&["--format", "json"]);
    assert_eq!(rewritten.status.code(), Some(0), "{}", text(&rewritten));
}

#[test]
fn renaming_an_account_moves_its_decisions_without_a_violation() {
    if !have("ssh-keygen") {
        return;
    }
    let f = decided();
    git(
        &f.root,
        &[
            "mv",
            ACCOUNT_FILE,
            "assessments/testvik/facebook-kommunen.toml",
        ],
    );
    git(
        &f.root,
        &["commit", "-q", "-S", "-m", "Nytt navn på kontoen"],
    );
    let (code, doc) = audit_json(&f, &[]);
    assert_eq!(code, 0, "{doc:#}");
    assert_eq!(doc["decisions"][0]["account"], "testvik/facebook-kommunen");
    // Removing it after the move is still caught, under the new name.
    git(
        &f.root,
        &["rm", "-q", "assessments/testvik/facebook-kommunen.toml"],
    );
    git(&f.root, &["commit", "-q", "-S", "-m", "Slett kontoen"]);
    let (code, doc) = audit_json(&f, &[]);
    assert_eq!(code, 1, "{doc:#}");
    assert_eq!(kinds(&doc), ["removed"]);
}

#[test]
fn a_decision_made_on_a_branch_counts_once_after_the_merge() {
    if !have("ssh-keygen") {
        return;
    }
    let f = Fixture::new();
    git(&f.root, &["switch", "-q", "-c", "vedtak"]);
    let out = f.decide();
    assert!(out.status.success(), "{}", error_text(&out));
    git(&f.root, &["switch", "-q", "main"]);
    std::fs::write(f.root.join("notater.md"), "møtereferat\n").expect("write");
    git(&f.root, &["add", "notater.md"]);
    git(&f.root, &["commit", "-q", "-S", "-m", "Referat"]);
    git(&f.root, &["merge", "-q", "-S", "--no-edit", "vedtak"]);
    let (code, doc) = audit_json(&f, &[]);
    assert_eq!(code, 0, "{doc:#}");
    assert_eq!(doc["decisions"].as_array().map(Vec::len), Some(1));
    assert_eq!(doc["decisions"][0]["signature"]["verdict"], "good");
}

#[test]
fn decisions_lost_through_a_broken_version_are_still_caught() {
    if !have("ssh-keygen") {
        return;
    }
    let f = decided();
    // First the file is broken (not TOML at all), then written anew
    // without the decision: the decision is gone all the same.
    f.commit_by_hand("this is = = not toml [[\n", true, "Ødelagt");
    f.commit_by_hand(&account_text(), true, "Ny fil");
    let (code, doc) = audit_json(&f, &[]);
    assert_eq!(code, 1, "{doc:#}");
    assert_eq!(kinds(&doc), ["removed"]);
    assert_eq!(doc["unreadable"].as_array().map(Vec::len), Some(1));
}

#[test]
fn a_paper_decision_recorded_with_decide_date_is_not_a_violation() {
    if !have("ssh-keygen") {
        return;
    }
    let f = Fixture::new();
    let out = somevakt(
        &f.root,
        &[
            "decide",
            ACCOUNT,
            "--outcome",
            "approved",
            "--body",
            "Ledergruppa",
            "--rationale",
            "Vedtatt på papir",
            "--date",
            "2020-03-01",
        ],
    );
    assert!(out.status.success(), "{}", error_text(&out));
    let (code, doc) = audit_json(&f, &[]);
    assert_eq!(code, 0, "{doc:#}");
    assert_eq!(doc["decisions"][0]["date"], "2020-03-01");
}
