//! A privacy officer's year on one account, each step through the command
//! line on a real repository, checked with `status --format json` and
//! `git log`: opened, approved on conditions, the conditions met, a
//! snapshot, the yearly review, the decision to close, the snapshot before
//! closing, closed.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::*;
use serde_json::Value;

const ID: &str = "fjordvik/facebook-biblioteket";
const FILE: &str = "assessments/fjordvik/facebook-biblioteket.toml";

/// The account as a privacy officer fills it in before the decision.
const PLANNED: &str = r#"#:schema ../../schemas/assessment.schema.json
schema_version = 1

[account]
municipality = "Fjordvik kommune"
platform = "facebook"
name = "Biblioteket i Fjordvik"
status = "planned"
created = 2024-01-02
usage = "information"
purpose = "Informere om arrangementer på biblioteket"
email = "bibliotek.some@fjordvik.kommune.no"
jurisdiction = "NO"

[responsibility]
manager = "Liv Hansen, biblioteksjef"
comms_unit_consulted = true
credentials_held_centrally = true
hours_per_week = 3

[[responsibility.editors]]
name = "Kari Nordmann"
role = "editor"
trained = 2023-11-01

[[responsibility.editors]]
name = "Ola Vik"
role = "substitute"
trained = 2023-11-01

[profile]
website = "https://www.fjordvik.kommune.no/bibliotek"
privacy_notice_url = "https://www.fjordvik.kommune.no/personvern/some"
house_rules_url = "https://www.fjordvik.kommune.no/some-regler"
states_sender_and_purpose = true

[dpia]
document_ref = "2024/00010-1"
initial_screening = 2023-12-01
completed = 2024-01-08
competences = ["communication", "privacy", "information_security"]
purpose = "Informere om bibliotekets tilbud"
features_used = ["posts", "comments"]
special_category_risk = "low"

[dpia.infosec]
supplier_documentation = "partial"

[dpia.controllership]
joint = true
art26_arrangement = "Page Insights Controller Addendum"

[dpia.legal_basis]
article = "6(1)(e)"
supplementary = "Bibliotekloven § 1"

[dpia.transfer]
third_country = true
mechanism = "scc"
tia_ref = "2024/00010-2"

[dpia.ethics]
method = "Navigasjonshjulet"
assessed = 2024-01-05

[[dpia.risks]]
goal = "transparency"
risk = "Følgere deler opplysninger i kommentarer"
measures = ["Moderering hver dag"]
residual = "low"

[moderation]
comments_enabled = true
frequency = "daily_office_hours"

[moderation.categories]
a = "Personopplysninger: skjul og svar innen 2 timer"

[archive]
routine_ref = "Arkivrutine sosiale medier v2"
"#;

/// `somevakt` on `day` (the clock records are dated by), evaluated as on
/// that day.
fn on(root: &Path, day: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_somevakt"))
        .args(args)
        .args(["--today", day])
        .current_dir(root)
        .env("SOMEVAKT_TEST_CLOCK", day)
        .env("NO_COLOR", "1")
        .env_remove("SOMEVAKT_TODAY")
        .env_remove("SOMEVAKT_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .expect("run somevakt")
}

fn record(root: &Path, day: &str, args: &[&str]) {
    let out = on(root, day, args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}{}",
        stdout(&out),
        stderr(&out)
    );
}

/// The account's object in `status --format json` on `day`.
fn status(root: &Path, day: &str) -> Value {
    let out = on(root, day, &["status", "--format", "json"]);
    let doc: Value = serde_json::from_slice(&out.stdout).expect("json");
    doc["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == ID)
        .cloned()
        .unwrap_or_else(|| panic!("{doc}"))
}

fn findings(account: &Value) -> Vec<String> {
    account["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap().to_owned())
        .collect()
}

/// The last commit's `Action:` and the value of `key`, by `git log`.
fn last(root: &Path, key: &str) -> (String, String) {
    let trailer = |k: &str| {
        git(
            root,
            &[
                "log",
                "-1",
                &format!("--format=%(trailers:key={k},valueonly)"),
            ],
        )
        .trim()
        .to_owned()
    };
    (trailer("Action"), trailer(key))
}

#[test]
fn the_privacy_officer_s_year() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    git_init(root);
    write(root, FILE, PLANNED);
    std::fs::copy(
        example_root().join("somevakt.toml"),
        root.join("somevakt.toml"),
    )
    .unwrap();
    git_at(root, "2024-01-10T09:00:00+01:00", &["add", "."]);
    git_at(
        root,
        "2024-01-10T09:00:00+01:00",
        &["commit", "-qm", "Biblioteket planlegger en side"],
    );
    let s = status(root, "2024-01-10");
    assert_eq!(
        (s["status"].as_str(), s["approval"].as_str()),
        (Some("planned"), Some("pending"))
    );

    // Management approves on conditions; the conditions set the review.
    record(
        root,
        "2024-01-15",
        &[
            "decide",
            ID,
            "--outcome",
            "conditionally_approved",
            "--body",
            "Kommunedirektørens ledergruppe",
            "--rationale",
            "Godkjent når kategori B er beskrevet",
            "--condition",
            "Beskrive kategori B",
            "--conditions-due",
            "2024-03-01",
            "--residual-risk",
            "low",
        ],
    );
    assert_eq!(
        last(root, "Decision"),
        ("decision".into(), "conditionally_approved".into())
    );
    let s = status(root, "2024-01-15");
    assert_eq!(s["approval"], "conditionally_approved");
    assert_eq!(s["review_due"], "2024-03-01");

    // Opened: the status moves to active in the file (an edit, committed).
    let text = std::fs::read_to_string(root.join(FILE)).unwrap();
    let text = text
        .replace("status = \"planned\"", "status = \"active\"")
        .replace(
            "a = \"Personopplysninger",
            "b = \"Spørsmål om arrangementer\"\na = \"Personopplysninger",
        );
    std::fs::write(root.join(FILE), text).unwrap();
    git_at(
        root,
        "2024-01-16T09:00:00+01:00",
        &["commit", "-qam", "Biblioteket åpner siden"],
    );
    record(
        root,
        "2024-01-20",
        &["activity", ID, "--last-post", "2024-01-19"],
    );
    record(
        root,
        "2024-01-20",
        &["snapshot", ID, "--kind", "yearly", "--date", "2024-01-20"],
    );

    // The conditions met: the revised DPIA back to management.
    record(
        root,
        "2024-02-20",
        &[
            "decide",
            ID,
            "--outcome",
            "approved",
            "--body",
            "Kommunedirektørens ledergruppe",
            "--rationale",
            "Vilkåret er oppfylt",
            "--residual-risk",
            "low",
        ],
    );
    let s = status(root, "2024-02-20");
    assert_eq!(s["approval"], "approved");
    assert_eq!(s["review_due"], "2025-02-20");
    assert_eq!(last(root, "Review-Due").1, "2025-02-20");

    // The yearly review finds the DPIA unchanged: the approval stands and
    // the cycle restarts from the review.
    record(
        root,
        "2025-01-20",
        &["activity", ID, "--last-post", "2025-01-18"],
    );
    record(
        root,
        "2025-01-20",
        &["snapshot", ID, "--kind", "yearly", "--date", "2025-01-20"],
    );
    record(
        root,
        "2025-02-25",
        &["activity", ID, "--last-post", "2025-02-24"],
    );
    let s = status(root, "2025-02-25");
    assert_eq!(s["review"], "overdue");
    assert!(findings(&s).contains(&"F05".to_owned()), "{s}");
    record(
        root,
        "2025-02-25",
        &[
            "review",
            ID,
            "--result",
            "unchanged",
            "--note",
            "Gått gjennom med biblioteket",
        ],
    );
    assert_eq!(
        last(root, "Review-Result"),
        ("review".into(), "unchanged".into())
    );
    assert_eq!(last(root, "Review-Due").1, "2026-02-25");
    let s = status(root, "2025-02-25");
    assert_eq!(
        s["approval"], "approved",
        "recording the review keeps the approval"
    );
    assert_eq!(s["review"], "ok");
    assert_eq!(s["review_due"], "2026-02-25");
    assert!(findings(&s).is_empty(), "{s}");

    // The decision to close, the snapshot before closing, closed.
    record(
        root,
        "2025-03-01",
        &["activity", ID, "--last-post", "2025-02-28"],
    );
    record(
        root,
        "2025-03-05",
        &[
            "close",
            ID,
            "--reason",
            "Biblioteket samles på kommunens hovedside",
            "--date",
            "2025-03-04",
        ],
    );
    assert_eq!(last(root, "Action").0, "close");
    let s = status(root, "2025-03-05");
    assert_eq!(
        (s["status"].as_str(), s["snapshots"].as_str()),
        (Some("closing"), Some("missing"))
    );
    assert!(findings(&s).contains(&"F18".to_owned()), "{s}");
    record(
        root,
        "2025-03-06",
        &[
            "snapshot",
            ID,
            "--kind",
            "before_closing",
            "--date",
            "2025-03-06",
        ],
    );
    let s = status(root, "2025-03-06");
    assert_eq!(s["snapshots"], "ok");
    record(root, "2025-03-10", &["close", ID, "--closed"]);
    let s = status(root, "2025-03-10");
    assert_eq!(s["status"], "closed");
    assert_eq!(
        (s["review"].as_str(), s["snapshots"].as_str()),
        (Some("none"), Some("ok"))
    );
    assert!(findings(&s).is_empty(), "{s}");
    let text = std::fs::read_to_string(root.join(FILE)).unwrap();
    assert!(
        text.contains("decided = 2025-03-04")
            && text.contains("reason = \"Biblioteket samles på kommunens hovedside\""),
        "the closing decision is kept: {text}"
    );

    // The history tells the year, one commit per record.
    let actions = git(
        root,
        &[
            "log",
            "--reverse",
            "--format=%(trailers:key=Action,valueonly,separator=)",
        ],
    );
    let actions: Vec<&str> = actions
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(
        actions,
        [
            "decision", "activity", "snapshot", "decision", "activity", "snapshot", "activity",
            "review", "activity", "close", "snapshot", "close"
        ]
    );
    git(root, &["fsck", "--strict", "--no-progress"]);
    let audit = on(root, "2025-03-10", &["audit"]);
    assert_eq!(audit.status.code(), Some(0), "{}", stdout(&audit));
}
