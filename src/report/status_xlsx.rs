//! `somevakt status --format xlsx`: the register as a workbook for the
//! people around the privacy officer, who live in Excel (issue 26). CSV
//! stays the machine format; this one is for reading and filtering.
//!
//! Three sheets: the accounts (a frozen, filtered header row, dates as
//! dates, numbers as numbers, each state as a word on a coloured cell), the
//! findings (one row each, with what fixes it) and the invalid files. Every
//! cell of text is written as a string, which a spreadsheet never runs as
//! a formula, and sanitised (XML cannot hold control characters).

use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError,
};

use super::status::fix_of;
use crate::i18n::{Lang, findings, problems, words};
use crate::t;
use crate::text::sanitize;
use somevakt_core::status::{ActivityStatus, Approval, ReviewStatus, SnapshotStatus};
use somevakt_core::{AccountReport, Date, Severity};
use somevakt_store::Register;

/// How a state reads at a glance: the cell's colour.
#[derive(Clone, Copy)]
enum Tone {
    Good,
    Soon,
    Bad,
    Plain,
}

/// The formats of the workbook, made once.
struct Formats {
    header: Format,
    date: Format,
    text: Format,
    tones: [Format; 4],
}

impl Formats {
    fn new() -> Formats {
        let tone = |color: u32| Format::new().set_background_color(Color::RGB(color));
        Formats {
            header: Format::new()
                .set_bold()
                .set_background_color(Color::RGB(0xD9E1F2)),
            date: Format::new().set_num_format("yyyy-mm-dd"),
            text: Format::new(),
            tones: [
                tone(0xC6EFCE), // good: Excel's own "good" green
                tone(0xFFEB9C), // due soon: "neutral" yellow
                tone(0xFFC7CE), // overdue, missing, not approved: "bad" red
                Format::new(),
            ],
        }
    }

    fn tone(&self, tone: Tone) -> &Format {
        &self.tones[tone as usize]
    }
}

/// The workbook's bytes. `today` also dates the file's properties, so the
/// same register on the same day gives the same cells.
pub fn to_xlsx(
    register: &Register,
    reports: &[AccountReport<'_>],
    today: Date,
    lang: Lang,
) -> Result<Vec<u8>, XlsxError> {
    let f = Formats::new();
    let mut book = Workbook::new();
    let (y, m, d) = today.ymd();
    let created = ExcelDateTime::from_ymd(year(y), month(m), month(d))?;
    book.set_properties(
        &DocProperties::new()
            .set_title(t!(lang, "xlsx-sheet-accounts"))
            .set_creation_datetime(&created),
    );
    accounts_sheet(book.add_worksheet(), &f, reports, today, lang)?;
    findings_sheet(book.add_worksheet(), &f, register, reports, today, lang)?;
    invalid_sheet(book.add_worksheet(), &f, register, lang)?;
    book.save_to_buffer()
}

fn year(y: i16) -> u16 {
    u16::try_from(y).unwrap_or(1900)
}

fn month(m: i8) -> u8 {
    u8::try_from(m).unwrap_or(1)
}

/// The header row, frozen and filtered over `rows` rows below it.
fn header(
    sheet: &mut Worksheet,
    f: &Formats,
    names: &[String],
    rows: usize,
) -> Result<(), XlsxError> {
    for (col, name) in names.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, name, &f.header)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    let last = names.len().saturating_sub(1) as u16;
    sheet.autofilter(0, 0, rows as u32, last)?;
    Ok(())
}

fn text(
    sheet: &mut Worksheet,
    f: &Formats,
    row: u32,
    col: u16,
    value: &str,
) -> Result<(), XlsxError> {
    // A string cell: never a formula, whatever it starts with.
    sheet.write_string_with_format(row, col, sanitize(value), &f.text)?;
    Ok(())
}

fn date(
    sheet: &mut Worksheet,
    f: &Formats,
    row: u32,
    col: u16,
    value: Option<Date>,
) -> Result<(), XlsxError> {
    if let Some(value) = value {
        let (y, m, d) = value.ymd();
        let when = ExcelDateTime::from_ymd(year(y), month(m), month(d))?;
        sheet.write_date_with_format(row, col, &when, &f.date)?;
    }
    Ok(())
}

fn state(
    sheet: &mut Worksheet,
    f: &Formats,
    row: u32,
    col: u16,
    word: &str,
    tone: Tone,
) -> Result<(), XlsxError> {
    sheet.write_string_with_format(row, col, sanitize(word), f.tone(tone))?;
    Ok(())
}

fn accounts_sheet(
    sheet: &mut Worksheet,
    f: &Formats,
    reports: &[AccountReport<'_>],
    today: Date,
    lang: Lang,
) -> Result<(), XlsxError> {
    sheet.set_name(t!(lang, "xlsx-sheet-accounts"))?;
    let names = [
        t!(lang, "xlsx-col-id"),
        t!(lang, "xlsx-col-municipality"),
        t!(lang, "xlsx-col-platform"),
        t!(lang, "xlsx-col-name"),
        t!(lang, "xlsx-col-owner-unit"),
        t!(lang, "xlsx-col-status"),
        t!(lang, "xlsx-col-approval"),
        t!(lang, "xlsx-col-review"),
        t!(lang, "xlsx-col-review-due"),
        t!(lang, "xlsx-col-review-in-days"),
        t!(lang, "xlsx-col-activity"),
        t!(lang, "xlsx-col-last-post"),
        t!(lang, "xlsx-col-snapshots"),
        t!(lang, "xlsx-col-last-snapshot"),
        t!(lang, "xlsx-col-errors"),
        t!(lang, "xlsx-col-warnings"),
        t!(lang, "xlsx-col-path"),
    ];
    header(sheet, f, &names, reports.len())?;
    for (i, report) in reports.iter().enumerate() {
        let row = i as u32 + 1;
        let a = &report.account.assessment;
        let s = &report.evaluation.status;
        let platform: &str = a.account.platform.into();
        text(sheet, f, row, 0, report.account.id.as_str())?;
        text(sheet, f, row, 1, &a.account.municipality)?;
        text(sheet, f, row, 2, platform)?;
        text(sheet, f, row, 3, &a.account.name)?;
        text(
            sheet,
            f,
            row,
            4,
            a.account.owner_unit.as_deref().unwrap_or(""),
        )?;
        text(
            sheet,
            f,
            row,
            5,
            &words::account_status(lang, a.account.status),
        )?;
        state(
            sheet,
            f,
            row,
            6,
            &words::approval(lang, s.approval),
            approval_tone(s.approval),
        )?;
        state(
            sheet,
            f,
            row,
            7,
            &words::review(lang, s.review),
            review_tone(s.review),
        )?;
        date(sheet, f, row, 8, s.review_due)?;
        if let Some(due) = s.review_due {
            sheet.write_number(row, 9, today.days_until(due) as f64)?;
        }
        state(
            sheet,
            f,
            row,
            10,
            &words::activity(lang, s.activity),
            activity_tone(s.activity),
        )?;
        // As counted today: an entry dated after today is F21, not a fact.
        date(
            sheet,
            f,
            row,
            11,
            a.activity.last_post.filter(|d| *d <= today),
        )?;
        state(
            sheet,
            f,
            row,
            12,
            &words::snapshots(lang, s.snapshots),
            snapshot_tone(s.snapshots),
        )?;
        date(
            sheet,
            f,
            row,
            13,
            a.as_of(today).latest_snapshot().map(|s| s.date),
        )?;
        sheet.write_number(row, 14, report.evaluation.errors() as f64)?;
        sheet.write_number(row, 15, report.evaluation.warnings() as f64)?;
        text(sheet, f, row, 16, &report.account.path)?;
    }
    sheet.set_autofit_max_width(400).autofit();
    Ok(())
}

fn findings_sheet(
    sheet: &mut Worksheet,
    f: &Formats,
    register: &Register,
    reports: &[AccountReport<'_>],
    today: Date,
    lang: Lang,
) -> Result<(), XlsxError> {
    sheet.set_name(t!(lang, "xlsx-sheet-findings"))?;
    let names = [
        t!(lang, "xlsx-col-id"),
        t!(lang, "xlsx-col-municipality"),
        t!(lang, "xlsx-col-finding"),
        t!(lang, "xlsx-col-severity"),
        t!(lang, "xlsx-col-message"),
        t!(lang, "xlsx-col-fix"),
        t!(lang, "xlsx-col-source"),
        t!(lang, "xlsx-col-path"),
    ];
    let count: usize = reports.iter().map(|r| r.evaluation.findings.len()).sum();
    header(sheet, f, &names, count)?;
    let decided = somevakt_store::decided::DecidedVersions::new(&register.root);
    let mut row = 1;
    for report in reports {
        let id = report.account.id.as_str();
        for finding in &report.evaluation.findings {
            let fix = fix_of(&decided, report, finding, today);
            let tone = match finding.severity {
                Severity::Error => Tone::Bad,
                Severity::Warning => Tone::Soon,
            };
            let sources: Vec<String> = finding
                .source
                .citations
                .iter()
                .map(|c| format!("{}, {}", c.title(), c.section))
                .collect();
            text(sheet, f, row, 0, id)?;
            text(
                sheet,
                f,
                row,
                1,
                &report.account.assessment.account.municipality,
            )?;
            text(sheet, f, row, 2, finding.id)?;
            state(
                sheet,
                f,
                row,
                3,
                &findings::severity(lang, finding.severity),
                tone,
            )?;
            text(sheet, f, row, 4, &findings::phrase(lang, &finding.phrase))?;
            text(sheet, f, row, 5, &findings::fix_summary(lang, &fix, id))?;
            text(sheet, f, row, 6, &sources.join("; "))?;
            text(sheet, f, row, 7, &report.account.path)?;
            row += 1;
        }
    }
    sheet.set_autofit_max_width(600).autofit();
    Ok(())
}

fn invalid_sheet(
    sheet: &mut Worksheet,
    f: &Formats,
    register: &Register,
    lang: Lang,
) -> Result<(), XlsxError> {
    sheet.set_name(t!(lang, "xlsx-sheet-invalid"))?;
    let names = [
        t!(lang, "xlsx-col-path"),
        t!(lang, "xlsx-col-line"),
        t!(lang, "xlsx-col-column"),
        t!(lang, "xlsx-col-problem"),
    ];
    header(sheet, f, &names, register.invalid.len())?;
    for (i, file) in register.invalid.iter().enumerate() {
        let row = i as u32 + 1;
        text(sheet, f, row, 0, &file.path)?;
        if let Some(line) = file.line {
            sheet.write_number(row, 1, line as f64)?;
        }
        if let Some(column) = file.column {
            sheet.write_number(row, 2, column as f64)?;
        }
        text(
            sheet,
            f,
            row,
            3,
            &problems::file_problem(lang, &file.message),
        )?;
    }
    sheet.set_autofit_max_width(600).autofit();
    Ok(())
}

fn approval_tone(a: Approval) -> Tone {
    match a {
        Approval::Approved => Tone::Good,
        Approval::ConditionallyApproved | Approval::Pending => Tone::Soon,
        // Not approved, needs reapproval, and any approval the trail does
        // not back: nothing that counts as approved.
        _ => Tone::Bad,
    }
}

fn review_tone(r: ReviewStatus) -> Tone {
    match r {
        ReviewStatus::Ok => Tone::Good,
        ReviewStatus::DueSoon => Tone::Soon,
        ReviewStatus::Overdue => Tone::Bad,
        ReviewStatus::None => Tone::Plain,
    }
}

fn activity_tone(a: ActivityStatus) -> Tone {
    match a {
        ActivityStatus::Active => Tone::Good,
        ActivityStatus::Inactive => Tone::Soon,
        ActivityStatus::Unknown | ActivityStatus::NotApplicable => Tone::Plain,
    }
}

fn snapshot_tone(s: SnapshotStatus) -> Tone {
    match s {
        SnapshotStatus::Ok => Tone::Good,
        SnapshotStatus::DueSoon => Tone::Soon,
        SnapshotStatus::Missing | SnapshotStatus::Overdue => Tone::Bad,
        SnapshotStatus::NotApplicable => Tone::Plain,
    }
}
