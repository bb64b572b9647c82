//! `somevakt remind`: what is overdue or falls due soon, as a digest for
//! people (text), for tools (JSON) and for calendars (iCalendar, RFC 5545).

use icalendar::{Alarm, Calendar, Component, EventLike, Property};
use serde::Serialize;

use somevakt_core::AccountReport;
use somevakt_core::reminders::{Reminder, reminders};
use somevakt_core::{Date, Policy, Word};

use crate::i18n::{Lang, findings, words};
use crate::t;
use crate::text::{fit, sanitize, width};
use somevakt_core::findings::reminder_fix;

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
    trail: Option<&somevakt_core::Trail>,
    today: Date,
    within_days: i64,
) -> Vec<Item<'a>> {
    let mut all: Vec<Item<'a>> = reports
        .iter()
        .flat_map(|r| {
            let a = &r.account.assessment;
            // An unverified decision (F26) says nothing that counts: no
            // review or conditions fall due on its word.
            let backed = match trail {
                Some(trail)
                    if r.evaluation.status.approval
                        == somevakt_core::status::Approval::Unverified =>
                {
                    Some(trail.backed_only(r.account.id.as_str(), a, today))
                }
                _ => None,
            };
            let counted = backed.as_ref().unwrap_or(a);
            reminders(
                counted,
                &r.evaluation.status,
                &policy.policy,
                today,
                within_days,
            )
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

/// The digest for people: overdue first, then what falls due, and a summary.
/// The heading keeps the ISO date (it is the run's key), the details write
/// dates as the language does.
pub fn to_text(
    items: &[Item<'_>],
    today: Date,
    within_days: i64,
    accounts: usize,
    lang: Lang,
) -> String {
    let days = within_days;
    let mut out = t!(
        lang,
        "remind-heading",
        today = today.to_string(),
        days = days
    );
    out.push('\n');
    let overdue: Vec<&Item<'_>> = items.iter().filter(|i| i.overdue).collect();
    let coming: Vec<&Item<'_>> = items.iter().filter(|i| !i.overdue).collect();
    // One set of column widths for both sections, so they line up.
    let all: Vec<&Item<'_>> = overdue.iter().chain(&coming).copied().collect();
    let widths = column_widths(&all, lang);
    section(
        &mut out,
        &t!(lang, "remind-overdue"),
        &overdue,
        widths,
        lang,
    );
    let due_within = t!(lang, "remind-due-within", days = days);
    section(&mut out, &due_within, &coming, widths, lang);
    out.push('\n');
    if items.is_empty() {
        let accounts = t!(lang, "count-accounts", count = accounts);
        out.push_str(&t!(
            lang,
            "remind-nothing",
            days = days,
            accounts = accounts
        ));
    } else {
        out.push_str(&t!(
            lang,
            "remind-summary",
            reminders = t!(lang, "count-reminders", count = items.len()),
            accounts = t!(lang, "count-accounts", count = distinct_accounts(items)),
            overdue = overdue.len(),
            coming = coming.len(),
            days = days,
        ));
    }
    out.push('\n');
    out
}

fn distinct_accounts(items: &[Item<'_>]) -> usize {
    let mut ids: Vec<&str> = items.iter().map(|i| i.account).collect();
    ids.sort_unstable();
    ids.dedup();
    ids.len()
}

/// The widths of the "when" and "what" columns: as wide as their longest
/// entry, since the words differ in length from language to language.
fn column_widths(items: &[&Item<'_>], lang: Lang) -> (usize, usize) {
    items.iter().fold((14, 28), |(when, kind), i| {
        let r = &i.reminder;
        (
            when.max(width(&words::when(lang, r.days))),
            kind.max(width(&words::reminder_kind(lang, r.kind))),
        )
    })
}

fn section(
    out: &mut String,
    title: &str,
    items: &[&Item<'_>],
    (when_width, kind_width): (usize, usize),
    lang: Lang,
) {
    if items.is_empty() {
        return;
    }
    out.push_str(&format!("\n{title}\n"));
    let rows: Vec<(String, String)> = items
        .iter()
        .map(|i| {
            let r = &i.reminder;
            (
                words::when(lang, r.days),
                words::reminder_kind(lang, r.kind),
            )
        })
        .collect();
    for (item, (when, kind)) in items.iter().zip(&rows) {
        let r = &item.reminder;
        out.push_str(&format!(
            "  {}  {}  {}  {}\n",
            r.due,
            fit(when, when_width),
            fit(kind, kind_width),
            item.account
        ));
        // Names and details come from the files: one line each, so a
        // newline in a name cannot forge a line of the digest.
        out.push_str(&format!(
            "  {:10}  {} ({}): {}\n",
            "",
            sanitize(item.name),
            sanitize(item.municipality),
            // The conditions in it come from the file.
            sanitize(&words::to_do(lang, &r.what))
        ));
        // How to record it: the same fix as the finding it foretells.
        if let Some(ways) = fix_ways(item, lang) {
            out.push_str(&format!("  {:10}  {ways}\n", ""));
        }
    }
}

/// `Fix: \`p\` in the dashboard or \`somevakt snapshot ID …\``, with the
/// account's id in the command, sanitised (the id comes from a folder name).
fn fix_ways(item: &Item<'_>, lang: Lang) -> Option<String> {
    let fix = reminder_fix(item.reminder.kind);
    let ways = findings::ways(lang, &fix, item.account)?;
    Some(sanitize(&format!("{}: {ways}", t!(lang, "fix-label"))))
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

/// An iCalendar file with one all-day event per item on its due date, or on
/// `today` for an item already overdue: a calendar shows the days around
/// now, so an event left on a due date years back (a snapshot never taken
/// on an account opened in 2015) would never be seen. Such an event says
/// "overdue since" its due date and its alarm goes off on the day itself.
///
/// Every value is escaped (RFC 5545, 3.3.11): the text comes from the
/// files and the folder name, so it is first sanitised to one line each
/// (TEXT values may hold no control characters), then icalendar escapes
/// `\`, `;`, `,` and the line breaks this function itself puts in. The
/// calendar's `NAME` is marked `VALUE=TEXT` so it is escaped too (icalendar
/// escapes only the properties it knows as text). The event texts are in
/// `lang`; UIDs, categories and the product id are the machine's.
///
/// `made` is when the file is made (the CLI's clock): every event's
/// `DTSTAMP` and `LAST-MODIFIED`, and the source of its `SEQUENCE`
/// ([`sequence`]), so that importing a newer file replaces the events an
/// older one left in the calendar.
pub fn to_ics(
    items: &[Item<'_>],
    today: Date,
    made: chrono::DateTime<chrono::Utc>,
    calendar_name: &str,
    lang: Lang,
) -> String {
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
    // RFC 5545 wants DTSTAMP in UTC and without fractions of a second.
    let made = chrono::DateTime::from_timestamp(made.timestamp(), 0).unwrap_or(made);
    let sequence = sequence(made);
    for item in items {
        let day = if item.overdue {
            today.max(item.reminder.due)
        } else {
            item.reminder.due
        };
        let (Some(start), Some(end)) = (naive(day), naive(day.add_days(1))) else {
            continue;
        };
        let kind = words::reminder_kind(lang, item.reminder.kind);
        // No stacked colons: a kind may have its own ("Inactive: update or
        // close"), so neither the name nor the overdue prefix adds one:
        // "Overdue – Inactive: update or close – Name".
        let mut title = t!(lang, "ics-title", kind = kind, name = sanitize(item.name));
        let mut to_do = sanitize(&words::to_do(lang, &item.reminder.what));
        let mut before = chrono::Duration::days(ALARM_DAYS_BEFORE);
        if item.overdue {
            title = t!(lang, "ics-overdue-title", title = title);
            let since = t!(
                lang,
                "ics-overdue-since",
                date = words::long_date(lang, item.reminder.due)
            );
            to_do = format!("{since}. {to_do}");
            before = chrono::Duration::zero();
        }
        let mut description = format!(
            "{to_do}\n{} ({})\n{}",
            sanitize(item.account),
            sanitize(item.municipality),
            t!(lang, "ics-file", path = sanitize(item.path))
        );
        if let Some(ways) = fix_ways(item, lang) {
            description.push('\n');
            description.push_str(&ways);
        }
        let mut alarm = Alarm::display(&title, -before);
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
        event.timestamp(made).sequence(sequence).last_modified(made);
        alarm.timestamp(made);
        event.alarm(alarm);
        calendar.push(event.done());
    }
    calendar.to_string()
}

/// An event's `SEQUENCE`: the minutes from 1970 to when the file was made.
///
/// A calendar that imports an event whose UID it already holds keeps the
/// copy with the higher SEQUENCE (RFC 5546, 2.1.5; on a tie, the later
/// DTSTAMP). So the number must grow whenever the event's content may have
/// changed since any earlier file, and somevakt keeps no state between
/// runs to compare with. The content does change with time alone (an
/// overdue item moves to the day the file is made, an item turns overdue)
/// and with edits (a new decision moves a due date, possibly earlier; a
/// renamed account). A number taken from the content, such as the due
/// date in days, would go down when a due date is corrected to an earlier
/// day, and the calendar would keep the stale event; the time the file is
/// made only grows, on a clock that runs forward. That an unchanged event
/// is replaced by an equal one on the next import is harmless. Minutes
/// rather than days, so that an export after a decision recorded the same
/// day still wins; the value fits RFC 5545's 32-bit INTEGER until the year
/// 6000.
pub fn sequence(made: chrono::DateTime<chrono::Utc>) -> u32 {
    u32::try_from(made.timestamp().div_euclid(60)).unwrap_or(0)
}
