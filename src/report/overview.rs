//! `somevakt overview`: one row per municipality, counted as `trend` counts
//! a day (somevakt_core::trend::Counts), from each one's own repository.

use serde::Serialize;
use somevakt_core::Date;
use somevakt_core::trend::Counts;

use super::trend::{COLUMNS, Column};
use crate::i18n::Lang;
use crate::t;
use crate::text::{sanitize, width};

/// One municipality's row.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// Its name in the manifest.
    pub name: String,
    /// Where it is fetched from.
    pub remote: String,
    /// The branch read.
    pub branch: String,
    /// The commit read, and the day it was made.
    pub commit: Option<String>,
    /// The day that commit was made.
    pub committed_on: Option<Date>,
    /// When the last fetch that worked ended.
    pub fetched_at: Option<String>,
    /// When the last fetch failed, and what Git said.
    pub failed_at: Option<String>,
    /// What Git said.
    pub fetch_error: Option<String>,
    /// Why the register could not be read, if it could not.
    pub problem: Option<String>,
    /// What was counted (all zero when it could not be read).
    pub counts: Counts,
}

/// The counts an overview row shows, by their name in `trend`'s table
/// (the due-soon and snapshot-age counts and the errors are left to
/// drilling down, `overview show`).
const SHOWN: &[&str] = &[
    "accounts",
    "approved",
    "conditionally_approved",
    "not_approved",
    "pending",
    "needs_reapproval",
    "reviews_overdue",
    "inactive",
    "snapshots_missing",
    "invalid_files",
];

/// `trend`'s columns that an overview row shows, in their order there.
fn columns() -> impl Iterator<Item = &'static Column> {
    COLUMNS.iter().filter(|(_, name, _)| SHOWN.contains(name))
}

/// A table for people, then a line for each municipality that could not be
/// fetched or read.
pub fn to_table(rows: &[Row], as_of: Option<Date>, lang: Lang) -> String {
    let mut out = match as_of {
        Some(day) => t!(lang, "overview-several-title-as-of", day = day.to_string()),
        None => t!(lang, "overview-several-title"),
    };
    out.push('\n');
    let mut header = vec![t!(lang, "overview-municipality")];
    header.extend(columns().map(|(id, _, _)| crate::i18n::message(lang, id)));
    header.push(t!(lang, "overview-commit"));
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let mut row = vec![sanitize(&r.name)];
            if r.problem.is_some() {
                row.extend(columns().map(|_| "–".to_owned()));
            } else {
                row.extend(columns().map(|(_, _, count)| count(&r.counts).to_string()));
            }
            row.push(match (&r.commit, r.committed_on) {
                (Some(c), Some(d)) => format!("{} {d}", c.chars().take(7).collect::<String>()),
                _ => "–".to_owned(),
            });
            row
        })
        .collect();
    let widths: Vec<usize> = (0..header.len())
        .map(|i| {
            cells
                .iter()
                .map(|r| width(&r[i]))
                .chain([width(&header[i])])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let last = header.len() - 1;
    let line = |row: &[String], out: &mut String| {
        for (i, cell) in row.iter().enumerate() {
            let pad = " ".repeat(widths[i].saturating_sub(width(cell)));
            if i == 0 || i == last {
                out.push_str(cell);
                if i < last {
                    out.push_str(&pad);
                }
            } else {
                out.push_str(&pad);
                out.push_str(cell);
            }
            out.push_str(if i < last { "  " } else { "\n" });
        }
    };
    line(&header, &mut out);
    for row in &cells {
        line(row, &mut out);
    }
    for r in rows {
        if let Some(problem) = &r.problem {
            let said = t!(
                lang,
                "overview-unread",
                name = sanitize(&r.name),
                problem = sanitize(problem)
            );
            out.push_str(&said);
            out.push('\n');
        }
        // Only where an older fetch is shown instead: a municipality never
        // fetched is said once, above.
        if let (Some(error), Some(at), None) = (&r.fetch_error, &r.failed_at, &r.problem) {
            let said = t!(
                lang,
                "overview-fetch-failed",
                name = sanitize(&r.name),
                at = at.clone(),
                error = sanitize(error),
                good = r.fetched_at.clone().unwrap_or_default()
            );
            out.push_str(&said);
            out.push('\n');
        }
    }
    out
}

#[derive(Serialize)]
struct OverviewJson<'a> {
    as_of: Option<Date>,
    municipalities: &'a [Row],
}

/// `{"as_of", "municipalities": [{name, remote, branch, commit, …, counts}]}`.
pub fn to_json(rows: &[Row], as_of: Option<Date>) -> String {
    crate::text::json(&OverviewJson {
        as_of,
        municipalities: rows,
    })
}

/// One header row, then a row per municipality (cells a spreadsheet would
/// run as a formula are neutralised, as in `status --format csv`).
pub fn to_csv(rows: &[Row]) -> Result<String, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header = vec![
        "name",
        "remote",
        "branch",
        "commit",
        "committed_on",
        "fetched_at",
        "problem",
    ];
    header.extend(columns().map(|(_, name, _)| *name));
    writer.write_record(&header)?;
    for r in rows {
        let mut record = vec![
            crate::text::csv_cell(&r.name),
            crate::text::csv_cell(&r.remote),
            crate::text::csv_cell(&r.branch),
            r.commit.clone().unwrap_or_default(),
            r.committed_on.map(|d| d.to_string()).unwrap_or_default(),
            r.fetched_at.clone().unwrap_or_default(),
            crate::text::csv_cell(r.problem.as_deref().unwrap_or("")),
        ];
        record.extend(columns().map(|(_, _, count)| count(&r.counts).to_string()));
        writer.write_record(&record)?;
    }
    let bytes = writer.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
