//! `somevakt trend`: the counts at the end of each period, each day's
//! register read from Git as `--as-of` reads it (crates/store/src/trend.rs).

use somevakt_core::Date;
use somevakt_core::trend::{self, Counts, Step};

use super::{Cli, CliError, TrendFormat, emit, report_lang};
use crate::report::trend::{self as report, Point};

/// Runs `trend` from `from` (default: a year before `to`) to `to` (default:
/// today).
pub(super) fn run(
    cli: &Cli,
    today: Date,
    from: Option<Date>,
    to: Option<Date>,
    step: Step,
    format: TrendFormat,
) -> Result<u8, CliError> {
    let to = to.unwrap_or(today);
    let from = from.unwrap_or_else(|| to.add_months(-12).add_days(1));
    if from > to {
        return Err(CliError::Usage(format!(
            "--from {from} is after --to {to}: nothing to show"
        )));
    }
    let root = super::repo_root(cli)?;
    somevakt_store::require_assessments(&root)?;
    let days = trend::days(from, to, step);
    let mut points = Vec::with_capacity(days.len());
    let mut lang = None;
    somevakt_store::trend::registers_on(&root, &days, &mut |day, commit, register| {
        let reports = somevakt_core::evaluate_all(register, day);
        points.push(Point::new(
            day,
            commit,
            Counts::of(&reports, register.invalid.len()),
        ));
        // The language the policy of the latest day asks for, unless chosen.
        lang = Some(report_lang(cli, register));
    })
    .map_err(|e| CliError::Usage(e.to_string()))?;
    let lang = lang.unwrap_or_else(|| super::chosen_lang(cli).unwrap_or(crate::i18n::Lang::En));
    let text = match format {
        TrendFormat::Table => report::to_table(&points, step, lang),
        TrendFormat::Json => report::to_json(&points, from, to, step),
        TrendFormat::Csv => report::to_csv(&points),
    };
    emit(&text).map(|_| 0)
}
