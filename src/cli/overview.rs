//! `somevakt overview`: several municipalities' registers, each fetched into
//! a mirror of its own (`overview sync`) and read from it
//! (crates/store/src/overview.rs); `overview show NAME` drills down to one
//! municipality's accounts, as `status` shows them.

use std::path::{Path, PathBuf};

use somevakt_core::overview::{MANIFEST_FILE, Manifest, parse_manifest};
use somevakt_core::trend::Counts;
use somevakt_core::{Date, InvalidFile};
use somevakt_store::clock::Clock;
use somevakt_store::overview::{self, Held, Synced};

use super::{Cli, CliError, StatusFormat, TrendFormat, emit, emit_to, report_lang};
use crate::i18n::Lang;
use crate::report::overview::{self as report, Row};
use crate::t;
use crate::text::sanitize;

/// What `overview` was asked to do.
pub(super) enum Asked<'a> {
    /// Fetch every register.
    Sync { jobs: usize },
    /// One row per municipality.
    Rows { format: TrendFormat },
    /// One municipality's accounts.
    Show { name: &'a str, format: StatusFormat },
}

pub(super) fn run(
    cli: &Cli,
    manifest: Option<&Path>,
    asked: Asked<'_>,
    today: Date,
    clock: Clock,
) -> Result<u8, CliError> {
    let lang = super::chosen_lang(cli).unwrap_or(Lang::En);
    let manifest = read_manifest(manifest)?;
    let mirrors = mirrors()?;
    let as_of = match cli.as_of.as_deref().map(somevakt_store::as_of::AsOf::parse) {
        None => None,
        Some(somevakt_store::as_of::AsOf::Day(day)) => Some(day),
        Some(_) => {
            return Err(CliError::Usage(
                "overview --as-of takes a day (YYYY-MM-DD): each municipality has its own commits"
                    .to_owned(),
            ));
        }
    };
    match asked {
        Asked::Sync { jobs } => sync(&mirrors, &manifest, jobs, clock, lang),
        Asked::Rows { format } => {
            let day = as_of.unwrap_or(today);
            let held = overview::read(&mirrors, &manifest, as_of);
            let rows: Vec<Row> = manifest
                .municipality
                .iter()
                .zip(&held)
                .map(|(m, held)| row(m, held, day))
                .collect();
            let text = match format {
                TrendFormat::Table => report::to_table(&rows, as_of, lang),
                TrendFormat::Json => report::to_json(&rows, as_of),
                TrendFormat::Csv => {
                    report::to_csv(&rows).map_err(|e| CliError::Output(std::io::Error::other(e)))?
                }
            };
            emit(&text)?;
            Ok(u8::from(rows.iter().any(|r| r.problem.is_some())))
        }
        Asked::Show { name, format } => {
            let Some(index) = manifest
                .municipality
                .iter()
                .position(|m| m.name.trim().to_lowercase() == name.trim().to_lowercase())
            else {
                return Err(CliError::Usage(format!(
                    "no municipality called {:?} in the manifest",
                    sanitize(name)
                )));
            };
            let one = Manifest {
                municipality: vec![manifest.municipality[index].clone()],
            };
            let held = overview::read(&mirrors, &one, as_of).remove(0);
            let (register, _, _) = held.read.map_err(CliError::Usage)?;
            let day = as_of.unwrap_or(today);
            let reports = somevakt_core::evaluate_all(&register, day);
            let lang = report_lang(cli, &register);
            let output = super::Output { output: None };
            let text = match format {
                StatusFormat::Table => {
                    crate::report::status::to_table(&register, &reports, day, lang)
                }
                StatusFormat::Json => crate::report::status::to_json(&register, &reports, day),
                StatusFormat::Csv => crate::report::status::to_csv(&register, &reports, day)
                    .map_err(|e| CliError::Output(std::io::Error::other(e)))?,
                StatusFormat::Xlsx => return super::status_xlsx_of(cli, &register, day, &output),
            };
            emit_to(&output, &text).map(|_| 0)
        }
    }
}

/// `overview.toml` (or `--manifest FILE`), read and checked.
fn read_manifest(path: Option<&Path>) -> Result<Manifest, CliError> {
    let path = path.map_or_else(|| PathBuf::from(MANIFEST_FILE), Path::to_path_buf);
    let shown = path.display().to_string();
    let bytes = std::fs::read(&path).map_err(|e| {
        CliError::Usage(format!(
            "{shown}: {e}; an overview reads a manifest of municipalities (overview.toml, or --manifest FILE)"
        ))
    })?;
    let text = somevakt_core::parse::decode(&bytes)
        .map_err(|e| CliError::Usage(format!("{shown}: {}", e.message)))?;
    parse_manifest(text).map_err(|e| {
        let problem = InvalidFile::at(&shown, text, e);
        let at = match (problem.line, problem.column) {
            (Some(line), Some(column)) => format!(":{line}:{column}"),
            _ => String::new(),
        };
        CliError::Usage(format!("{shown}{at}: {}", problem.message))
    })
}

/// The mirrors' folder: `somevakt/overview` under the user's cache folder
/// (`$XDG_CACHE_HOME`, else `~/.cache`).
fn mirrors() -> Result<PathBuf, CliError> {
    use etcetera::BaseStrategy;
    let strategy = etcetera::choose_base_strategy()
        .map_err(|e| CliError::Usage(format!("no cache folder for the mirrors: {e}")))?;
    Ok(strategy.cache_dir().join("somevakt").join("overview"))
}

fn sync(
    mirrors: &Path,
    manifest: &Manifest,
    jobs: usize,
    clock: Clock,
    lang: Lang,
) -> Result<u8, CliError> {
    let total = manifest.municipality.len();
    let finished = std::sync::atomic::AtomicUsize::new(0);
    let said = |m: &somevakt_core::overview::Municipality, synced: &Synced| {
        let n = finished.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
        let name = sanitize(&m.name);
        let line = match synced {
            Synced::Fetched { moved: true, .. } => t!(lang, "overview-sync-moved", name = name),
            Synced::Fetched { moved: false, .. } => t!(lang, "overview-sync-same", name = name),
            Synced::Rewritten { old, new } => t!(
                lang,
                "overview-sync-rewritten",
                name = name,
                old = old.chars().take(7).collect::<String>(),
                new = new.chars().take(7).collect::<String>()
            ),
            Synced::Failed { error, last_good } => t!(
                lang,
                "overview-sync-failed",
                name = name,
                error = sanitize(error),
                good = last_good.clone().unwrap_or_else(|| "–".to_owned())
            ),
        };
        eprintln!("[{n}/{total}] {line}");
    };
    let results =
        overview::sync(mirrors, manifest, jobs, clock, &said).map_err(CliError::Output)?;
    let failed = results
        .iter()
        .filter(|s| matches!(s, Synced::Failed { .. }))
        .count();
    eprintln!(
        "{}",
        t!(lang, "overview-sync-done", total = total, failed = failed)
    );
    Ok(u8::from(failed > 0))
}

/// A municipality's row from what its mirror holds.
fn row(m: &somevakt_core::overview::Municipality, held: &Held, day: Date) -> Row {
    let (counts, commit, committed_on, problem) = match &held.read {
        Ok((register, commit, committed_on)) => {
            let reports = somevakt_core::evaluate_all(register, day);
            (
                Counts::of(&reports, register.invalid.len()),
                Some(commit.as_str().to_owned()),
                Some(*committed_on),
                None,
            )
        }
        Err(problem) => (Counts::default(), None, None, Some(problem.clone())),
    };
    Row {
        name: m.name.clone(),
        remote: m.remote.clone(),
        branch: m.branch.clone(),
        commit,
        committed_on,
        fetched_at: held.state.fetched_at.clone(),
        failed_at: held.state.failed_at.clone(),
        fetch_error: held.state.error.clone(),
        problem,
        counts,
    }
}
