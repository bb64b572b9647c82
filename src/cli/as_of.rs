//! `--as-of DATE|COMMIT`: `status`, `check` and `remind` on the register as
//! it was committed (crates/store/src/as_of.rs), evaluated on that day. The
//! output says which commit it read, so a figure in a report can be traced
//! to the Git history that proves it.

use somevakt_core::{CommitId, Date};
use somevakt_store::as_of::{self, AsOf, AsOfError};

use super::{Cli, CliError, Command, StatusFormat, emit_to, report_lang};
use crate::i18n::Lang;
use crate::report;
use crate::t;

/// Which commit an output was read from.
#[derive(Debug, Clone)]
pub struct Header {
    /// The day the register is shown as of.
    pub day: Date,
    /// The commit read.
    pub commit: CommitId,
    /// The day that commit was made.
    pub committed_on: Date,
}

/// Runs the command given on the committed register.
pub(super) fn run(cli: &Cli, as_of: &str) -> Result<u8, CliError> {
    if cli.today.is_some() {
        return Err(CliError::Usage(
            "--as-of sets the day to evaluate on: leave out --today (or SOMEVAKT_TODAY)".to_owned(),
        ));
    }
    let command = match &cli.command {
        Some(
            command @ (Command::Status { .. } | Command::Check { .. } | Command::Remind { .. }),
        ) => command,
        _ => {
            return Err(CliError::Usage(
                "--as-of works with status, check and remind: the past is read, never written"
                    .to_owned(),
            ));
        }
    };
    let root = super::repo_root(cli)?;
    let committed = as_of::load_as_of(&root, &AsOf::parse(as_of)).map_err(|e| {
        CliError::Usage(match e {
            AsOfError::NothingBefore(_) | AsOfError::UnknownRevision(_) => {
                format!("--as-of {as_of}: {e}")
            }
            e => e.to_string(),
        })
    })?;
    let header = Header {
        day: committed.day,
        commit: committed.commit.clone(),
        committed_on: committed.committed_on,
    };
    let register = &committed.register;
    let day = committed.day;
    match command {
        Command::Status { format, output } => {
            let reports = somevakt_core::evaluate_all(register, day);
            let lang = report_lang(cli, register);
            let text = match format {
                StatusFormat::Table => headed(
                    report::status::to_table(register, &reports, day, lang),
                    Some(&header),
                    false,
                    lang,
                ),
                StatusFormat::Json => headed(
                    report::status::to_json(register, &reports, day),
                    Some(&header),
                    true,
                    lang,
                ),
                // CSV stays the machine format it is: one header row, then
                // accounts; a workbook's sheets are the accounts and their
                // findings. The commit goes to standard error.
                StatusFormat::Csv => {
                    eprintln!("somevakt: {}", header.said(lang));
                    report::status::to_csv(register, &reports, day)
                        .map_err(|e| CliError::Output(std::io::Error::other(e)))?
                }
                StatusFormat::Xlsx => {
                    eprintln!("somevakt: {}", header.said(lang));
                    return super::status_xlsx_of(cli, register, day, output);
                }
            };
            emit_to(output, &text).map(|_| 0)
        }
        Command::Check { format, output } => {
            super::check_register(cli, register, day, *format, output, Some(&header))
        }
        Command::Remind {
            within,
            format,
            output,
        } => super::remind_register(cli, register, day, *within, *format, output, Some(&header)),
        _ => unreachable!("only status, check and remind come here (matched above)"),
    }
}

impl Header {
    /// The line that says what a text output was read from.
    fn said(&self, lang: Lang) -> String {
        t!(
            lang,
            "as-of-header",
            day = self.day.to_string(),
            commit = self.commit.short().to_owned(),
            committed = self.committed_on.to_string()
        )
    }
}

/// `text` with the header: a first line for text, an `as_of` member first
/// in a JSON object. Without a header, `text` as it is.
pub(super) fn headed(text: String, header: Option<&Header>, json: bool, lang: Lang) -> String {
    let Some(header) = header else {
        return text;
    };
    if !json {
        return format!("{}\n{text}", header.said(lang));
    }
    let member = serde_json::json!({
        "day": header.day.to_string(),
        "commit": header.commit.as_str(),
        "committed_on": header.committed_on.to_string(),
    });
    match text.strip_prefix('{') {
        Some(rest) => {
            let sep = if rest.trim_start().starts_with('}') {
                ""
            } else {
                ","
            };
            format!("{{\n  \"as_of\": {member}{sep}{rest}")
        }
        None => text,
    }
}
