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
    assert!(text.contains("2024-10-30  77 days late"), "{text}");
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
    assert!(summary.starts_with("Overdue – "), "{summary}");
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
        unfolded.contains("SUMMARY:DPIA review – Kultur\\, idrett\\; fritid"),
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

/// `remind --format ics` on `dir` with the clock fixed at `clock`
/// (`SOMEVAKT_TEST_CLOCK`) and evaluated on that clock's day.
fn ics_at(dir: &std::path::Path, clock: &str) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_somevakt"))
        .args(["remind", "--format", "ics"])
        .current_dir(dir)
        .env_remove("SOMEVAKT_TODAY")
        .env("SOMEVAKT_TEST_CLOCK", clock)
        .env("TZ", "UTC")
        .env("NO_COLOR", "1")
        .env_remove("SOMEVAKT_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .expect("run somevakt");
    assert!(out.status.code().is_some_and(|c| c < 2), "{}", stderr(&out));
    stdout(&out)
}

/// Each event's properties by UID: name -> value (the first of each name).
fn events(ics: &str) -> Vec<std::collections::BTreeMap<String, String>> {
    let unfolded = icalendar::parser::unfold(ics);
    let calendar = icalendar::parser::read_calendar(&unfolded).expect("parses");
    calendar
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .map(|c| {
            let mut props = std::collections::BTreeMap::new();
            for p in &c.properties {
                props
                    .entry(p.name.to_string())
                    .or_insert_with(|| p.val.to_string());
            }
            props
        })
        .collect()
}

fn event_with_uid(
    events: &[std::collections::BTreeMap<String, String>],
    uid: &str,
) -> std::collections::BTreeMap<String, String> {
    events
        .iter()
        .find(|e| e.get("UID").map(String::as_str) == Some(uid))
        .unwrap_or_else(|| panic!("no event {uid}"))
        .clone()
}

/// A repository with one account whose review falls due on `next_review`.
/// (An approved account in use: a planned one that was refused has no
/// review to remind of, docs/format.md, "Status".)
fn one_review(dir: &std::path::Path, next_review: &str) {
    let text = valid_assessment("Kulturhuset")
        + &format!("\n[dpia]\nnext_review = {next_review}\n")
        + "\n[[decisions]]\ndate = 2024-06-01\noutcome = \"approved\"\n";
    write(dir, "assessments/testvik/kulturhuset.toml", text);
}

#[test]
fn ics_events_are_stamped_when_the_file_is_made() {
    let dir = temp_repo();
    one_review(dir.path(), "2025-02-01");
    let events = events(&ics_at(dir.path(), "2025-01-15T08:30"));
    let review = event_with_uid(&events, "review.testvik.kulturhuset@somevakt");
    // The fixed clock, in UTC (TZ=UTC here), to the second.
    assert_eq!(review["DTSTAMP"], "20250115T083000Z");
    assert_eq!(review["LAST-MODIFIED"], "20250115T083000Z");
    // Minutes since 1970 of that moment.
    let made = chrono::NaiveDate::from_ymd_opt(2025, 1, 15)
        .and_then(|d| d.and_hms_opt(8, 30, 0))
        .expect("a moment")
        .and_utc();
    assert_eq!(
        review["SEQUENCE"],
        (made.timestamp() / 60).to_string(),
        "{review:?}"
    );
    assert_eq!(review["SUMMARY"], "DPIA review – Kulturhuset");
}

#[test]
fn ics_titles_carry_one_colon_at_most() {
    let dir = temp_repo();
    one_review(dir.path(), "2024-12-01");
    let events = events(&ics_at(dir.path(), "2025-01-15"));
    let review = event_with_uid(&events, "review.testvik.kulturhuset@somevakt");
    assert_eq!(review["SUMMARY"], "Overdue – DPIA review – Kulturhuset");
    // And on the example, in every language: a colon only where a kind has one.
    for lang in ["en", "nb", "sv"] {
        let out = somevakt(
            &example_root(),
            &[
                "remind",
                "--today",
                "2025-01-15",
                "--format",
                "ics",
                "--lang",
                lang,
            ],
        );
        let all = self::events(&stdout(&out));
        assert!(!all.is_empty());
        for event in &all {
            let summary = &event["SUMMARY"];
            assert!(summary.matches(':').count() <= 1, "{lang}: {summary}");
        }
    }
}

#[test]
fn a_later_file_with_a_moved_due_date_has_a_higher_sequence() {
    let dir = temp_repo();
    one_review(dir.path(), "2025-02-01");
    let before = events(&ics_at(dir.path(), "2025-01-15T09:00"));
    // The review is brought forward (a correction to an earlier day) and
    // the calendar exported again a day later: the calendar must take the
    // new event, so its SEQUENCE is higher although the due date fell.
    one_review(dir.path(), "2025-01-25");
    let after = events(&ics_at(dir.path(), "2025-01-16T07:45"));
    let uid = "review.testvik.kulturhuset@somevakt";
    let (before, after) = (event_with_uid(&before, uid), event_with_uid(&after, uid));
    assert_eq!(before["DTSTART"], "20250201");
    assert_eq!(after["DTSTART"], "20250125");
    let seq = |e: &std::collections::BTreeMap<String, String>| -> u64 {
        e["SEQUENCE"].parse().expect("SEQUENCE is an integer")
    };
    assert!(seq(&after) > seq(&before), "{before:?} {after:?}");
    assert!(after["DTSTAMP"] > before["DTSTAMP"]);
    assert!(after["LAST-MODIFIED"] > before["LAST-MODIFIED"]);
    // The same clock makes the same file, byte for byte.
    assert_eq!(
        ics_at(dir.path(), "2025-01-16T07:45"),
        ics_at(dir.path(), "2025-01-16T07:45")
    );
}
