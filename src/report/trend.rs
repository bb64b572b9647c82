//! `somevakt trend`: the register's counts at the end of each week, month
//! or quarter, read from Git (crates/store/src/trend.rs) and counted by the
//! core (somevakt_core::trend). A table for people, JSON and CSV for tools.

use serde::Serialize;
use somevakt_core::trend::{Counts, Step};
use somevakt_core::{CommitId, Date};

use crate::i18n::Lang;
use crate::t;
use crate::text::width;

/// The register's counts on one day.
#[derive(Debug, Clone, Serialize)]
pub struct Point {
    /// The day measured on.
    pub day: Date,
    /// The commit that day stands for; `None` before the first commit.
    pub commit: Option<String>,
    /// What was counted.
    #[serde(flatten)]
    pub counts: Counts,
}

impl Point {
    /// One day's point.
    pub fn new(day: Date, commit: Option<&CommitId>, counts: Counts) -> Point {
        Point {
            day,
            commit: commit.map(|c| c.as_str().to_owned()),
            counts,
        }
    }
}

/// A column: a message id for the table's heading, the name in JSON and
/// CSV, and the count.
pub(crate) type Column = (&'static str, &'static str, fn(&Counts) -> usize);

/// The columns, in order (`overview` shows a part of them).
pub(crate) const COLUMNS: &[Column] = &[
    ("trend-accounts", "accounts", |c| c.accounts),
    ("trend-approved", "approved", |c| c.approved),
    ("trend-conditional", "conditionally_approved", |c| {
        c.conditionally_approved
    }),
    ("trend-not-approved", "not_approved", |c| c.not_approved),
    ("trend-pending", "pending", |c| c.pending),
    ("trend-reapproval", "needs_reapproval", |c| {
        c.needs_reapproval
    }),
    ("trend-reviews-overdue", "reviews_overdue", |c| {
        c.reviews_overdue
    }),
    ("trend-reviews-soon", "reviews_due_soon", |c| {
        c.reviews_due_soon
    }),
    ("trend-inactive", "inactive", |c| c.inactive),
    ("trend-snapshots-missing", "snapshots_missing", |c| {
        c.snapshots_missing
    }),
    ("trend-snapshots-old", "snapshots_overdue", |c| {
        c.snapshots_overdue
    }),
    ("trend-invalid", "invalid_files", |c| c.invalid_files),
    ("trend-errors", "accounts_with_errors", |c| {
        c.accounts_with_errors
    }),
];

/// A table for people: a row per day, a column per count, headings in
/// `lang` (the words stacked over two lines where they are long).
pub fn to_table(points: &[Point], step: Step, lang: Lang) -> String {
    let step_word = crate::i18n::message(lang, step_message(step));
    let mut out = t!(lang, "trend-title", step = step_word);
    out.push('\n');
    let mut header = vec![t!(lang, "trend-day"), t!(lang, "trend-commit")];
    header.extend(
        COLUMNS
            .iter()
            .map(|(id, _, _)| crate::i18n::message(lang, id)),
    );
    let rows: Vec<Vec<String>> = points
        .iter()
        .map(|p| {
            let mut row = vec![
                p.day.to_string(),
                p.commit
                    .as_deref()
                    .map_or_else(|| "–".to_owned(), |c| c.chars().take(7).collect()),
            ];
            row.extend(
                COLUMNS
                    .iter()
                    .map(|(_, _, count)| count(&p.counts).to_string()),
            );
            row
        })
        .collect();
    let widths: Vec<usize> = (0..header.len())
        .map(|i| {
            rows.iter()
                .map(|r| width(&r[i]))
                .chain([width(&header[i])])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: &[String], out: &mut String| {
        for (i, cell) in cells.iter().enumerate() {
            let pad = widths[i].saturating_sub(width(cell));
            if i < 2 {
                out.push_str(cell);
                out.push_str(&" ".repeat(pad));
            } else {
                out.push_str(&" ".repeat(pad));
                out.push_str(cell);
            }
            out.push_str(if i + 1 < cells.len() { "  " } else { "\n" });
        }
    };
    line(&header, &mut out);
    for row in &rows {
        line(row, &mut out);
    }
    if points.is_empty() {
        out.push_str(&t!(lang, "trend-nothing"));
        out.push('\n');
    }
    out
}

fn step_message(step: Step) -> &'static str {
    match step {
        Step::Week => "trend-step-week",
        Step::Month => "trend-step-month",
        Step::Quarter => "trend-step-quarter",
    }
}

#[derive(Serialize)]
struct TrendJson<'a> {
    from: Date,
    to: Date,
    step: Step,
    points: &'a [Point],
}

/// `{"from", "to", "step", "points": [{"day", "commit", counts…}]}`.
pub fn to_json(points: &[Point], from: Date, to: Date, step: Step) -> String {
    crate::text::json(&TrendJson {
        from,
        to,
        step,
        points,
    })
}

/// One header row (`day,commit,accounts,…`), then a row per day.
pub fn to_csv(points: &[Point]) -> String {
    let mut out = String::from("day,commit");
    for (_, name, _) in COLUMNS {
        out.push(',');
        out.push_str(name);
    }
    out.push('\n');
    for p in points {
        out.push_str(&p.day.to_string());
        out.push(',');
        out.push_str(p.commit.as_deref().unwrap_or(""));
        for (_, _, count) in COLUMNS {
            out.push(',');
            out.push_str(&count(&p.counts).to_string());
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_heading_is_written_in_every_language() {
        let ids = COLUMNS.iter().map(|(id, _, _)| *id).chain([
            "trend-step-week",
            "trend-step-month",
            "trend-step-quarter",
        ]);
        for id in ids {
            for lang in [Lang::En, Lang::Nb, Lang::Sv] {
                assert!(crate::i18n::has(lang, id), "{id} in {lang:?}");
            }
        }
    }

    #[test]
    fn csv_has_a_column_per_count_and_an_empty_commit_before_the_first() {
        let day = "2024-01-31".parse().unwrap();
        let counts = Counts {
            accounts: 3,
            approved: 2,
            ..Counts::default()
        };
        let csv = to_csv(&[Point::new(day, None, counts)]);
        let mut lines = csv.lines();
        let header: Vec<&str> = lines.next().unwrap().split(',').collect();
        let row: Vec<&str> = lines.next().unwrap().split(',').collect();
        assert_eq!(header.len(), COLUMNS.len() + 2);
        assert_eq!(row.len(), header.len());
        assert_eq!(&row[..4], ["2024-01-31", "", "3", "2"]);
    }
}
