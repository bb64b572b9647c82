//! Recording decisions and edits as Git commits, on real temporary
//! repositories, checked with the git command line.

mod common;

use std::path::Path;

use common::*;
use somevakt_core::AccountId;
use somevakt_core::Date;
use somevakt_core::model::Outcome;
use somevakt_core::{DecisionInput, Request};
use somevakt_store::record;

/// The day of recording: the clock the tests fix, whatever `--today` says.
fn record_day() -> Date {
    // SOMEVAKT_TEST_CLOCK, as every command of these tests is run with.
    "2025-01-15".parse().expect("date")
}

/// The clock these tests record by, in process.
fn clock() -> somevakt_store::clock::Clock {
    somevakt_store::clock::Clock::fixed_day(record_day())
}

const ID: &str = "fjordvik/x-ordforer";
const FILE: &str = "assessments/fjordvik/x-ordforer.toml";

/// A committed copy of the example, with an identity, and two unrelated
/// changes lying around: one staged, one not.
fn repo() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, root) = committed_example_with_staged_note();
    let other = root.join("assessments/alvby/facebook-kommunen.toml");
    let text = std::fs::read_to_string(&other).unwrap();
    std::fs::write(
        &other,
        text.replace("hours_per_week = 15", "hours_per_week = 16"),
    )
    .unwrap();
    (dir, root)
}

fn sv(root: &Path, args: &[&str]) -> std::process::Output {
    let mut all = args.to_vec();
    all.extend(["--today", "2025-01-15"]);
    somevakt(root, &all)
}

fn ok(out: std::process::Output) -> String {
    assert_eq!(
        out.status.code(),
        Some(0),
        "stdout: {}\nstderr: {}",
        stdout(&out),
        stderr(&out)
    );
    stdout(&out)
}

/// Exit 2 with one line that contains `why`, and nothing changed.
fn refused(root: &Path, out: std::process::Output, why: &str) {
    assert_eq!(out.status.code(), Some(2), "stdout: {}", stdout(&out));
    let err = stderr(&out);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains(why), "expected {why:?} in {err}");
    let _ = root;
}

fn trailers(root: &Path) -> String {
    let message = git(root, &["log", "-1", "--format=%B"]);
    let out = std::process::Command::new("git")
        .args(["interpret-trailers", "--parse"])
        .current_dir(root)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(message.as_bytes())?;
            child.wait_with_output()
        })
        .expect("interpret-trailers");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The `Findings:` trailer a record of `file` carries: the error findings
/// the file has on the day of recording (the real clock's), if any.
fn findings_trailer(root: &Path, file: &str) -> String {
    let text = std::fs::read_to_string(root.join(file)).unwrap();
    let policy = somevakt_core::parse::parse_policy(
        &std::fs::read_to_string(root.join("somevakt.toml")).unwrap(),
    )
    .unwrap();
    let ids = somevakt_core::edit::findings_left(&text, &policy, record_day());
    if ids.is_empty() {
        String::new()
    } else {
        format!("Findings: {}\n", ids.join(", "))
    }
}

fn status(root: &Path) -> String {
    git(root, &["status", "--porcelain"])
}

#[test]
fn approve_commits_only_the_file_with_its_trailers() {
    let (_dir, root) = repo();
    let before = status(&root);
    let original = std::fs::read_to_string(root.join(FILE)).unwrap();
    let out = ok(sv(
        &root,
        &[
            "decide",
            ID,
            "--outcome",
            "approved",
            "--body",
            "Kommunedirektørens ledergruppe",
            "--rationale",
            "Ny vurdering: dialogen er begrenset",
            "--residual-risk",
            "medium",
        ],
    ));
    assert!(
        out.contains("decision: fjordvik/x-ordforer approved"),
        "{out}"
    );

    assert_eq!(
        status(&root),
        before,
        "other staged and unstaged changes are untouched"
    );
    assert_eq!(
        git(&root, &["show", "--name-only", "--format=", "HEAD"]).trim(),
        FILE
    );
    assert_eq!(
        trailers(&root),
        format!(
            "Assessment: fjordvik/x-ordforer\nAction: decision\nDecision: approved\nReview-Due: {}\n{}",
            record_day().add_months(12),
            findings_trailer(&root, FILE)
        ),
        "dated by the real clock, not by --today"
    );
    assert_eq!(
        git(&root, &["log", "-1", "--format=%s"]).trim(),
        "decision: fjordvik/x-ordforer approved"
    );
    assert_eq!(
        git(&root, &["log", "-1", "--format=%an <%ae>|%cn"]).trim(),
        "Personvernombud Test <personvern@testvik.kommune.no>|Personvernombud Test"
    );
    let body = git(&root, &["log", "-1", "--format=%b"]);
    assert!(
        body.contains("Ny vurdering: dialogen er begrenset"),
        "{body}"
    );

    // Comments and formatting survive: the change only adds lines.
    let diff = git(&root, &["diff", "HEAD~1", "HEAD", "--", FILE]);
    assert!(
        !diff
            .lines()
            .any(|l| l.starts_with('-') && !l.starts_with("---")),
        "{diff}"
    );
    let now = std::fs::read_to_string(root.join(FILE)).unwrap();
    assert!(now.starts_with(&original[..original.find("[[decisions]]").unwrap()]));
    assert!(now.contains("decided_by = \"Personvernombud Test\""));
    git(&root, &["fsck", "--strict", "--no-progress"]);

    let check = somevakt(&root, &["status", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_str(&stdout(&check)).unwrap();
    let x = doc["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == ID)
        .unwrap();
    assert_eq!(x["approval"], "approved");
    assert_eq!(x["review"], "ok");
}

#[test]
fn conditional_approval_with_conditions_and_rejection() {
    let (_dir, root) = repo();
    ok(sv(
        &root,
        &[
            "decide",
            "fjordvik/instagram-biblioteket",
            "--outcome",
            "conditionally_approved",
            "--body",
            "Ledergruppen",
            "--rationale",
            "Godkjent når vilkårene er oppfylt",
            "--condition",
            "Publisere personvernerklæring",
            "--condition",
            "Skru av direktemeldinger",
            "--conditions-due",
            "2025-03-01",
            "--residual-risk",
            "medium",
            "--date",
            "2024-12-02",
        ],
    ));
    let t = trailers(&root);
    assert!(t.contains("Decision: conditionally_approved\n"), "{t}");
    assert!(
        t.contains("Backdated: yes\n"),
        "a paper decision recorded later: {t}"
    );
    assert!(
        t.contains("Review-Due: 2025-03-01\n"),
        "the conditions bring the review forward: {t}"
    );
    let text =
        std::fs::read_to_string(root.join("assessments/fjordvik/instagram-biblioteket.toml"))
            .unwrap();
    assert!(text.contains(
        "conditions = [\"Publisere personvernerklæring\", \"Skru av direktemeldinger\"]"
    ));

    ok(sv(
        &root,
        &[
            "decide",
            "fjordvik/youtube-kommunestyret",
            "--outcome",
            "not_approved",
            "--body",
            "Ledergruppen",
            "--rationale",
            "Strømming vurderes på nytt etter valget",
        ],
    ));
    assert!(trailers(&root).contains("Decision: not_approved"));

    refused(
        &root,
        sv(
            &root,
            &[
                "decide",
                ID,
                "--outcome",
                "conditionally_approved",
                "--body",
                "L",
                "--rationale",
                "R",
            ],
        ),
        "lists its conditions",
    );
}

#[test]
fn snapshot_activity_close_and_new() {
    let (_dir, root) = repo();
    let before = status(&root);
    ok(sv(
        &root,
        &[
            "snapshot",
            "fjordvik/facebook-turistkontoret",
            "--date",
            "2025-01-14",
            "--kind",
            "before_closing",
            "--archive-ref",
            "2025/00033-1",
            "--format",
            "PDF/A",
        ],
    ));
    assert!(trailers(&root).contains("Action: snapshot"));
    assert_eq!(
        git(&root, &["log", "-1", "--format=%s"]).trim(),
        "snapshot: fjordvik/facebook-turistkontoret before closing snapshot of 2025-01-14"
    );

    ok(sv(
        &root,
        &[
            "activity",
            "fjordvik/instagram-ungdomsklubben",
            "--last-post",
            "2025-01-13",
        ],
    ));
    assert!(trailers(&root).contains("Action: activity"));

    let out = sv(
        &root,
        &[
            "close",
            "fjordvik/instagram-ungdomsklubben",
            "--reason",
            "Loftet bruker kommunens hovedside",
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stderr(&out).contains("no snapshot was archived before closing"),
        "warns: {}",
        stderr(&out)
    );
    assert!(trailers(&root).contains("Action: close"));
    let text =
        std::fs::read_to_string(root.join("assessments/fjordvik/instagram-ungdomsklubben.toml"))
            .unwrap();
    assert!(text.contains("status = \"closing\""));

    ok(sv(
        &root,
        &[
            "new",
            "fjordvik/tiktok-biblioteket",
            "--municipality",
            "Fjordvik kommune",
            "--platform",
            "tiktok",
            "--name",
            "Biblioteket på TikTok",
        ],
    ));
    assert!(trailers(&root).contains("Action: new"));
    let created = root.join("assessments/fjordvik/tiktok-biblioteket.toml");
    assert!(
        std::fs::read_to_string(&created)
            .unwrap()
            .starts_with("#:schema ../../schemas/assessment.schema.json")
    );
    refused(
        &root,
        sv(
            &root,
            &[
                "new",
                "fjordvik/tiktok-biblioteket",
                "--municipality",
                "F",
                "--platform",
                "tiktok",
                "--name",
                "X",
            ],
        ),
        "already exists",
    );
    refused(
        &root,
        sv(
            &root,
            &[
                "new",
                "Fjordvik/TikTok",
                "--municipality",
                "F",
                "--platform",
                "tiktok",
                "--name",
                "X",
            ],
        ),
        "not an account id",
    );
    assert_eq!(
        status(&root),
        before,
        "four records later, the unrelated changes are still as they were"
    );
    assert_eq!(
        git(&root, &["rev-list", "--count", "HEAD"]).trim(),
        "5",
        "the example and four records"
    );
    git(&root, &["fsck", "--strict", "--no-progress"]);
}

#[test]
fn refuses_on_a_detached_head() {
    let (_dir, root) = repo();
    git(&root, &["checkout", "-q", "--detach"]);
    refused(
        &root,
        sv(&root, &["activity", ID, "--last-post", "2025-01-14"]),
        "HEAD is detached",
    );
}

#[test]
fn refuses_during_a_merge_rebase_or_cherry_pick() {
    for (file, what) in [
        ("MERGE_HEAD", "a merge"),
        ("CHERRY_PICK_HEAD", "a cherry-pick"),
        ("rebase-merge", "a rebase"),
    ] {
        let (_dir, root) = repo();
        let head = git(&root, &["rev-parse", "HEAD"]);
        let marker = root.join(".git").join(file);
        if file == "rebase-merge" {
            std::fs::create_dir_all(&marker).unwrap();
        } else {
            std::fs::write(&marker, &head).unwrap();
        }
        let before = std::fs::read_to_string(root.join(FILE)).unwrap();
        refused(
            &root,
            sv(&root, &["activity", ID, "--last-post", "2025-01-14"]),
            what,
        );
        assert_eq!(
            std::fs::read_to_string(root.join(FILE)).unwrap(),
            before,
            "nothing written"
        );
    }
}

#[test]
fn refuses_a_file_with_conflict_markers() {
    let (_dir, root) = repo();
    let text = std::fs::read_to_string(root.join(FILE)).unwrap();
    std::fs::write(
        root.join(FILE),
        format!("<<<<<<< HEAD\n{text}=======\n>>>>>>> other\n"),
    )
    .unwrap();
    let out = sv(
        &root,
        &[
            "activity",
            ID,
            "--last-post",
            "2025-01-14",
            "--include-local-changes",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn refuses_while_the_index_is_locked() {
    let (_dir, root) = repo();
    std::fs::write(root.join(".git/index.lock"), "").unwrap();
    refused(
        &root,
        sv(&root, &["activity", ID, "--last-post", "2025-01-14"]),
        "index.lock",
    );
}

#[test]
fn refuses_without_a_git_identity_and_says_how_to_set_it() {
    let (_dir, root) = copy_example_named("fjordvik");
    let home = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new("git")
            .args(args)
            .current_dir(&root)
            .env("HOME", home.path())
            .env("XDG_CONFIG_HOME", home.path())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_NAME", "x")
            .env("GIT_AUTHOR_EMAIL", "x@x")
            .env("GIT_COMMITTER_NAME", "x")
            .env("GIT_COMMITTER_EMAIL", "x@x")
            .output()
            .unwrap()
    };
    run(&["init", "-q", "-b", "main"]);
    run(&["add", "."]);
    run(&["commit", "-q", "-m", "init"]);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_somevakt"))
        .args([
            "activity",
            ID,
            "--last-post",
            "2025-01-14",
            "--today",
            "2025-01-15",
        ])
        .current_dir(&root)
        .env("SOMEVAKT_TEST_CLOCK", "2025-01-15")
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path())
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .unwrap();
    refused(&root, out, "git config --global user.name");
}

#[test]
fn only_listed_approvers_may_decide() {
    let (_dir, root) = repo();
    let policy = std::fs::read_to_string(root.join("somevakt.toml")).unwrap();
    std::fs::write(
        root.join("somevakt.toml"),
        policy.replace(
            "emails = []",
            "emails = [\"hege.solberg@fjordvik.kommune.no\"]",
        ),
    )
    .unwrap();
    // Who approves is read from the committed policy, never the working copy.
    git(&root, &["commit", "-qam", "Godkjennere"]);
    let args = [
        "decide",
        ID,
        "--outcome",
        "approved",
        "--body",
        "L",
        "--rationale",
        "R",
    ];
    refused(
        &root,
        sv(&root, &args),
        "only the approvers listed in somevakt.toml",
    );
    git(
        &root,
        &["config", "user.email", "Hege.Solberg@fjordvik.kommune.no"],
    );
    ok(sv(&root, &args));
}

#[test]
fn local_changes_are_refused_unless_included() {
    let (_dir, root) = repo();
    let text = std::fs::read_to_string(root.join(FILE)).unwrap();
    std::fs::write(
        root.join(FILE),
        text.replace("hours_per_week = 2", "hours_per_week = 3"),
    )
    .unwrap();
    refused(
        &root,
        sv(&root, &["activity", ID, "--last-post", "2025-01-14"]),
        "--include-local-changes",
    );
    ok(sv(
        &root,
        &[
            "activity",
            ID,
            "--last-post",
            "2025-01-14",
            "--include-local-changes",
        ],
    ));
    let diff = git(&root, &["show", "HEAD", "--", FILE]);
    assert!(diff.contains("+hours_per_week = 3"), "{diff}");
    assert!(diff.contains("+last_post = 2025-01-14"), "{diff}");
}

#[test]
fn a_second_approval_with_the_risk_still_high_is_recorded_with_f04() {
    let (_dir, root) = repo();
    let file = "assessments/fjordvik/instagram-helsestasjonen.toml";
    let id = "fjordvik/instagram-helsestasjonen";
    let args = [
        "decide",
        id,
        "--outcome",
        "approved",
        "--body",
        "Ledergruppen",
        "--rationale",
        "R",
        "--residual-risk",
        "high",
    ];
    // Treated twice before with the risk high, and still high: recorded
    // all the same; the commit and the output say what it leaves.
    let out = sv(&root, &args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let said = stderr(&out);
    assert!(said.contains("F04"), "{said}");
    let trailers = trailers(&root);
    assert!(trailers.contains("Decision: approved"), "{trailers}");
    let findings = trailers
        .lines()
        .find_map(|l| l.strip_prefix("Findings: "))
        .unwrap_or_else(|| panic!("{trailers}"));
    assert!(findings.split(", ").any(|f| f == "F04"), "{findings}");
    assert_eq!(
        format!("Findings: {findings}\n"),
        findings_trailer(&root, file)
    );
    let text = std::fs::read_to_string(root.join(file)).unwrap();
    assert_eq!(text.matches("[[decisions]]").count(), 3);
}

#[test]
fn unknown_account_and_bad_values_exit_2() {
    let (_dir, root) = repo();
    refused(
        &root,
        sv(
            &root,
            &[
                "activity",
                "fjordvik/finnes-ikke",
                "--last-post",
                "2025-01-14",
            ],
        ),
        "no account fjordvik/finnes-ikke",
    );
    assert_eq!(
        sv(&root, &["activity", ID, "--last-post", "2025-02-30"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        sv(
            &root,
            &[
                "decide",
                ID,
                "--outcome",
                "maybe",
                "--body",
                "L",
                "--rationale",
                "R"
            ]
        )
        .status
        .code(),
        Some(2)
    );
}

#[test]
fn works_on_a_repository_with_no_commits_yet() {
    let (_dir, root) = copy_example_named("fjordvik");
    git_init(&root);
    ok(sv(
        &root,
        &[
            "new",
            "fjordvik/vimeo-kulturhuset",
            "--municipality",
            "Fjordvik kommune",
            "--platform",
            "vimeo",
            "--name",
            "Kulturhuset",
        ],
    ));
    assert_eq!(git(&root, &["rev-list", "--count", "HEAD"]).trim(), "1");
    assert_eq!(
        git(&root, &["show", "--name-only", "--format=", "HEAD"]).trim(),
        "assessments/fjordvik/vimeo-kulturhuset.toml"
    );
    // The rest of the example is still untracked, as it was.
    assert!(status(&root).contains("?? assessments/alvby/"));
}

fn decision() -> Request {
    Request::Decide(DecisionInput {
        outcome: Outcome::Approved,
        body: "Ledergruppen".into(),
        rationale: "Akseptabelt".into(),
        conditions: vec![],
        conditions_due: None,
        residual_risk: None,
        date: None,
    })
}

#[test]
fn a_file_changed_between_preparing_and_confirming_is_not_overwritten() {
    let (_dir, root) = repo();
    let id = AccountId::parse(ID).unwrap();
    let prepared = record::prepare(&root, &id, &decision(), clock()).unwrap();
    assert!(
        prepared.diff.contains("+outcome = \"approved\""),
        "{}",
        prepared.diff
    );
    let due = record_day().add_months(12).to_string();
    assert!(
        prepared
            .proposal
            .message()
            .contains(&format!("Review-Due: {due}"))
    );
    let theirs = std::fs::read_to_string(root.join(FILE))
        .unwrap()
        .replace("hours_per_week = 2", "hours_per_week = 9");
    std::fs::write(root.join(FILE), &theirs).unwrap();
    let head = git(&root, &["rev-parse", "HEAD"]);
    let err = record::confirm(&root, &prepared, false).unwrap_err();
    assert!(
        err.to_string()
            .contains("changed on disk since the edit began"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(root.join(FILE)).unwrap(),
        theirs,
        "their change is kept"
    );
    assert_eq!(git(&root, &["rev-parse", "HEAD"]), head, "no commit");
}

#[test]
fn a_branch_that_moved_between_preparing_and_confirming_is_not_moved() {
    let (_dir, root) = repo();
    let id = AccountId::parse(ID).unwrap();
    let prepared = record::prepare(&root, &id, &decision(), clock()).unwrap();
    git(&root, &["commit", "-q", "-m", "Noen andre committet"]);
    let head = git(&root, &["rev-parse", "HEAD"]);
    let before = std::fs::read_to_string(root.join(FILE)).unwrap();
    let err = record::confirm(&root, &prepared, false).unwrap_err();
    assert!(err.to_string().contains("branch moved"), "{err}");
    assert_eq!(git(&root, &["rev-parse", "HEAD"]), head);
    assert_eq!(std::fs::read_to_string(root.join(FILE)).unwrap(), before);
}

#[test]
fn log_lists_the_commits_with_their_trailers() {
    let (_dir, root) = repo();
    ok(sv(&root, &["activity", ID, "--last-post", "2025-01-14"]));
    ok(sv(
        &root,
        &[
            "decide",
            ID,
            "--outcome",
            "approved",
            "--body",
            "L",
            "--rationale",
            "R",
        ],
    ));
    let text = ok(sv(&root, &["log", ID]));
    let first = text.find("decision: fjordvik/x-ordforer approved").unwrap();
    let second = text.find("activity: fjordvik/x-ordforer").unwrap();
    let third = text.find("Eksempelkommunen").unwrap();
    assert!(first < second && second < third, "newest first:\n{text}");
    let json: serde_json::Value =
        serde_json::from_str(&ok(sv(&root, &["log", ID, "--format", "json"]))).unwrap();
    let commits = json["commits"].as_array().unwrap();
    assert_eq!(commits.len(), 3);
    assert_eq!(commits[0]["trailers"][2]["key"], "Decision");
    assert_eq!(commits[0]["trailers"][2]["value"], "approved");
    assert_eq!(commits[0]["id"].as_str().unwrap().len(), 40);
}
