//! `somevakt remind`: what is overdue or falls due soon, as a digest for
//! people (text), for tools (JSON) and for calendars (iCalendar, RFC 5545).

use icalendar::{Alarm, Calendar, Component, EventLike, Property};
use serde::Serialize;

use somevakt_core::AccountReport;
use somevakt_core::reminders::{Reminder, reminders};
use somevakt_core::{Date, Policy, Word};

use crate::text::sanitize;

/// One reminder with the account it belongs to.
#[derive(Debug, Clone, Serialize)]
pub struct Item<'a> {
    pub account: &'a str,
    pub name: &'a str,
    pub municipality: &'a str,
    pub path: &'a str,
    #[serde(flatten)]
    pub reminder: Reminder,
    pub overdue: bool,
}

/// Every reminder of every account, overdue first, then by due date.
pub fn items<'a>(
    reports: &'a [AccountReport<'_>],
    policy: &Policy,
    today: Date,
    within_days: i64,
) -> Vec<Item<'a>> {
    let mut all: Vec<Item<'a>> = reports
        .iter()
        .flat_map(|r| {
            let a = &r.account.assessment;
            reminders(a, &r.evaluation.status, &policy.policy, today, within_days)
                .into_iter()
                .map(move |reminder| Item {
                    account: r.account.id.as_str(),
                    name: &a.account.name,
                    municipality: &a.account.municipality,
                    path: &r.account.path,
                    overdue: reminder.overdue(),
                    reminder,
                })
        })
        .collect();
    all.sort_by(|x, y| {
        (!x.overdue, x.reminder.due, x.account, x.reminder.kind).cmp(&(
            !y.overdue,
            y.reminder.due,
            y.account,
            y.reminder.kind,
        ))
    });
    all
}

pub fn any_overdue(items: &[Item<'_>]) -> bool {
    items.iter().any(|i| i.overdue)
}

fn when(days: i64) -> String {
    match days {
        0 => "today".to_owned(),
        1 => "tomorrow".to_owned(),
        d if d > 0 => format!("in {d} d"),
        -1 => "1 d overdue".to_owned(),
        d => format!("{} d overdue", -d),
    }
}

/// The digest for people: overdue first, then what falls due, and a summary.
pub fn to_text(items: &[Item<'_>], today: Date, within_days: i64, accounts: usize) -> String {
    let mut out = format!("Reminders on {today} (within {within_days} days)\n");
    let overdue: Vec<&Item<'_>> = items.iter().filter(|i| i.overdue).collect();
    let coming: Vec<&Item<'_>> = items.iter().filter(|i| !i.overdue).collect();
    section(&mut out, "Overdue", &overdue);
    section(&mut out, &format!("Due within {within_days} days"), &coming);
    out.push('\n');
    if items.is_empty() {
        out.push_str(&format!(
            "Nothing is overdue or due within {within_days} days ({} checked).\n",
            plural(accounts, "account")
        ));
    } else {
        out.push_str(&format!(
            "{} in {}: {} overdue, {} due within {within_days} days.\n",
            plural(items.len(), "reminder"),
            plural(distinct_accounts(items), "account"),
            overdue.len(),
            coming.len()
        ));
    }
    out
}

/// "1 account", "2 accounts".
fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn distinct_accounts(items: &[Item<'_>]) -> usize {
    let mut ids: Vec<&str> = items.iter().map(|i| i.account).collect();
    ids.sort_unstable();
    ids.dedup();
    ids.len()
}

fn section(out: &mut String, title: &str, items: &[&Item<'_>]) {
    if items.is_empty() {
        return;
    }
    out.push_str(&format!("\n{title}\n"));
    for item in items {
        let r = &item.reminder;
        out.push_str(&format!(
            "  {}  {:<14} {:<28} {}\n",
            r.due,
            when(r.days),
            r.kind.title(),
            item.account
        ));
        // Names and details come from the files: one line each, so a
        // newline in a name cannot forge a line of the digest.
        out.push_str(&format!(
            "  {:10}  {} ({}): {}\n",
            "",
            sanitize(item.name),
            sanitize(item.municipality),
            sanitize(&r.detail)
        ));
    }
}

#[derive(Serialize)]
struct RemindJson<'a> {
    today: Date,
    within_days: i64,
    overdue: usize,
    due_soon: usize,
    items: &'a [Item<'a>],
}

pub fn to_json(items: &[Item<'_>], today: Date, within_days: i64) -> String {
    let overdue = items.iter().filter(|i| i.overdue).count();
    let doc = RemindJson {
        today,
        within_days,
        overdue,
        due_soon: items.len() - overdue,
        items,
    };
    crate::text::json(&doc)
}

/// Days before the due date a calendar alarm goes off.
pub const ALARM_DAYS_BEFORE: i64 = 7;

/// A stable UID per account and kind of item, so importing the calendar
/// again updates the events instead of duplicating them.
pub fn uid(item: &Item<'_>) -> String {
    format!(
        "{}.{}@somevakt",
        item.reminder.kind.word(),
        item.account.replace('/', ".")
    )
}

fn naive(date: Date) -> Option<chrono::NaiveDate> {
    let (y, m, d) = date.ymd();
    chrono::NaiveDate::from_ymd_opt(i32::from(y), u32::from(m as u8), u32::from(d as u8))
}

/// An iCalendar file with one all-day event per item on its due date.
///
/// Every value is escaped (RFC 5545, 3.3.11): the text comes from the
/// files and the folder name, so it is first sanitised to one line each
/// (TEXT values may hold no control characters), then icalendar escapes
/// `\`, `;`, `,` and the line breaks this function itself puts in. The
/// calendar's `NAME` is marked `VALUE=TEXT` so it is escaped too (icalendar
/// escapes only the properties it knows as text).
pub fn to_ics(items: &[Item<'_>], today: Date, calendar_name: &str) -> String {
    let mut calendar = Calendar::empty();
    calendar.append_property(Property::new("VERSION", "2.0"));
    calendar.append_property(Property::new("PRODID", "-//somevakt//reminders//EN"));
    calendar.append_property(Property::new("CALSCALE", "GREGORIAN"));
    calendar.append_property(Property::new("METHOD", "PUBLISH"));
    let calendar_name = sanitize(calendar_name);
    calendar.append_property(
        Property::new("NAME", &calendar_name)
            .add_parameter("VALUE", "TEXT")
            .done(),
    );
    calendar.append_property(Property::new("X-WR-CALNAME", &calendar_name));
    // The stamp is today's date, not the clock, so a run with --today is
    // reproducible byte for byte.
    let stamp = naive(today)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc());
    for item in items {
        let (Some(start), Some(end)) = (
            naive(item.reminder.due),
            naive(item.reminder.due.add_days(1)),
        ) else {
            continue;
        };
        let title = format!("{}: {}", item.reminder.kind.title(), sanitize(item.name));
        let description = format!(
            "{}\n{} ({})\nFile: {}",
            sanitize(&item.reminder.detail),
            sanitize(item.account),
            sanitize(item.municipality),
            sanitize(item.path)
        );
        let mut alarm = Alarm::display(&title, -chrono::Duration::days(ALARM_DAYS_BEFORE));
        // icalendar would give the alarm a random UID and the clock's stamp,
        // making every run differ; a UID derived from the event's is stable
        // (RFC 9074 defines UID on alarms).
        alarm.uid(&format!("alarm.{}", uid(item)));
        let mut event = icalendar::Event::new();
        event
            .uid(&uid(item))
            .summary(&title)
            .description(&description)
            .starts(start)
            .ends(end)
            .categories(["somevakt", item.reminder.kind.word()]);
        if let Some(stamp) = stamp {
            event.timestamp(stamp);
            alarm.timestamp(stamp);
        }
        event.alarm(alarm);
        calendar.push(event.done());
    }
    calendar.to_string()
}
