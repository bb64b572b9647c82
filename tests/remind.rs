//! `somevakt remind` as cron, CI and calendars run it.

mod common;

use common::*;
use serde_json::Value;

fn remind(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    let mut all = vec!["remind", "--today", "2025-01-15"];
    all.extend_from_slice(args);
    somevakt(dir, &all)
}

#[test]
fn the_example_digest_lists_overdue_first_and_exits_1() {
    let out = remind(&example_root(), &[]);
    assert_eq!(out.status.code(), Some(1), "something is overdue");
    let text = stdout(&out);
    let overdue = text.find("\nOverdue\n").expect("overdue section");
    let coming = text
        .find("\nDue within 30 days\n")
        .expect("due soon section");
    assert!(overdue < coming, "{text}");
    assert!(text.contains("2024-10-30  77 d overdue"), "{text}");
    assert!(text.contains("DPIA review"), "{text}");
    assert!(text.contains("fjordvik/x-ordforer"), "{text}");
    assert!(text.contains("Snapshot before closing"), "{text}");
    assert!(text.contains("Inactive: update or close"), "{text}");
    assert!(text.contains("Conditions of the approval"), "{text}");
    let last = text.lines().last().expect("summary");
    assert!(
        last.contains("overdue") && last.contains("due within 30 days"),
        "{last}"
    );
}

#[test]
fn within_narrows_the_window_and_json_agrees_with_text() {
    let out = remind(&example_root(), &["--within", "0", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let doc: Value = serde_json::from_str(&stdout(&out)).expect("json");
    assert_eq!(doc["within_days"], 0);
    let items = doc["items"].as_array().expect("items");
    assert!(items.iter().all(|i| i["days"].as_i64().unwrap() <= 0));
    assert!(
        items
            .iter()
            .all(|i| i["overdue"] == (i["days"].as_i64().unwrap() < 0))
    );
    for key in [
        "account",
        "name",
        "municipality",
        "path",
        "kind",
        "due",
        "days",
        "detail",
    ] {
        assert!(items[0].get(key).is_some(), "{key}");
    }
    assert_eq!(
        doc["overdue"].as_u64().unwrap() as usize,
        items.len() - doc["due_soon"].as_u64().unwrap() as usize
    );
}

#[test]
fn nothing_due_exits_0_with_a_friendly_line() {
    let dir = temp_repo();
    write(
        dir.path(),
        "assessments/testvik/plan.toml",
        valid_assessment("Plan").replace("\"active\"", "\"planned\""),
    );
    let out = remind(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).contains("Nothing is overdue or due within 30 days (1 account checked)."));
}

#[test]
fn due_soon_only_exits_0() {
    let dir = temp_repo();
    let text = valid_assessment("Snart").replace("\"active\"", "\"planned\"")
        + "\n[dpia]\nnext_review = 2025-02-01\n"
        // A review falls due only once something was decided, and not for
        // a plan that was refused: it never opened (docs/format.md).
        + "\n[[decisions]]\ndate = 2024-06-01\noutcome = \"approved\"\n";
    write(dir.path(), "assessments/testvik/snart.toml", text);
    let out = remind(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stdout(&out).contains("2025-02-01  in 17 d"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn invalid_files_are_named_on_stderr() {
    let dir = temp_repo();
    write(
        dir.path(),
        "assessments/testvik/bad.toml",
        "schema_version = ",
    );
    let out = remind(dir.path(), &[]);
    assert!(
        stderr(&out).contains("1 invalid file was skipped"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn cannot_run_exits_2() {
    let empty = tempfile::tempdir().expect("tmp");
    assert_eq!(remind(empty.path(), &[]).status.code(), Some(2));
    assert_eq!(
        remind(&example_root(), &["--within", "-3"]).status.code(),
        Some(2)
    );
}

fn ics(dir: &std::path::Path) -> String {
    stdout(&remind(dir, &["--format", "ics"]))
}

#[test]
fn ics_parses_back_with_one_event_per_item_and_stable_uids() {
    let first = ics(&example_root());
    let unfolded = icalendar::parser::unfold(&first);
    let calendar = icalendar::parser::read_calendar(&unfolded).expect("a real parser reads it");
    let events: Vec<_> = calendar
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .collect();
    let json: Value =
        serde_json::from_str(&stdout(&remind(&example_root(), &["--format", "json"])))
            .expect("json");
    assert_eq!(events.len(), json["items"].as_array().unwrap().len());

    let prop = |c: &icalendar::parser::Component<'_>, name: &str| {
        c.properties
            .iter()
            .find(|p| p.name == name)
            .map(|p| p.val.to_string())
    };
    let mut uids: Vec<String> = events.iter().filter_map(|e| prop(e, "UID")).collect();
    assert_eq!(uids.len(), events.len(), "every event has a UID");
    uids.sort();
    uids.dedup();
    assert_eq!(uids.len(), events.len(), "UIDs are unique");
    assert!(uids.contains(&"review.fjordvik.x-ordforer@somevakt".to_owned()));

    let review = events
        .iter()
        .find(|e| prop(e, "UID").as_deref() == Some("review.fjordvik.x-ordforer@somevakt"))
        .expect("review event");
    // The review fell due on 2024-10-30: overdue on the pinned day
    // 2025-01-15, so the event sits on that day, where a calendar shows it,
    // and names the day it fell due.
    assert_eq!(prop(review, "DTSTART").as_deref(), Some("20250115"));
    assert_eq!(
        prop(review, "DTEND").as_deref(),
        Some("20250116"),
        "one whole day"
    );
    let summary = prop(review, "SUMMARY").unwrap();
    assert!(summary.starts_with("Overdue: "), "{summary}");
    assert!(summary.contains("Ordføreren i Fjordvik"), "{summary}");
    assert!(
        prop(review, "DESCRIPTION")
            .unwrap()
            .starts_with("Overdue since 30 October 2024"),
        "{:?}",
        prop(review, "DESCRIPTION")
    );
    let alarm = review
        .components
        .iter()
        .find(|c| c.name == "VALARM")
        .expect("an alarm");
    assert_eq!(prop(alarm, "TRIGGER").as_deref(), Some("P0D"), "on the day");

    // An item not yet due keeps its own date and an alarm a week ahead.
    let coming = json["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["overdue"] == false)
        .expect("an item that is not overdue");
    let coming_uid = format!(
        "{}.{}@somevakt",
        coming["kind"].as_str().unwrap(),
        coming["account"].as_str().unwrap().replace('/', ".")
    );
    let event = events
        .iter()
        .find(|e| prop(e, "UID").as_deref() == Some(coming_uid.as_str()))
        .expect("its event");
    assert_eq!(
        prop(event, "DTSTART"),
        Some(coming["due"].as_str().unwrap().replace('-', ""))
    );
    assert!(!prop(event, "SUMMARY").unwrap().starts_with("Overdue"));

    let second = ics(&example_root());
    assert_eq!(first, second, "the same day gives the same calendar");
}

#[test]
fn ics_follows_rfc_5545_lines_and_escapes() {
    let dir = temp_repo();
    let name = "Kultur, idrett; fritid";
    let text = valid_assessment(name).replace("\"active\"", "\"planned\"")
        + "\n[dpia]\nnext_review = 2025-01-20\n"
        // A review falls due only once something was decided, and not for
        // a plan that was refused: it never opened (docs/format.md).
        + "\n[[decisions]]\ndate = 2024-06-01\noutcome = \"approved\"\n";
    write(
        dir.path(),
        "assessments/testvik/kultur-og-idrett-med-et-ganske-langt-navn.toml",
        text,
    );
    let out = ics(dir.path());
    assert!(out.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(out.ends_with("END:VCALENDAR\r\n"));
    for line in out.split("\r\n") {
        assert!(!line.contains('\n'), "bare LF in {line:?}");
        assert!(line.len() <= 75, "line over 75 octets: {line:?}");
    }
    let unfolded = icalendar::parser::unfold(&out);
    assert!(
        unfolded.contains("SUMMARY:DPIA review: Kultur\\, idrett\\; fritid"),
        "{unfolded}"
    );
    assert!(
        unfolded.contains("\\n"),
        "newlines in the description are escaped"
    );
    let calendar = icalendar::parser::read_calendar(&unfolded).expect("parses");
    assert_eq!(
        calendar
            .components
            .iter()
            .filter(|c| c.name == "VEVENT")
            .count(),
        1
    );
}
