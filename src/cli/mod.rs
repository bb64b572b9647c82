//! The command line: parses arguments, calls the core and the edges, prints.
//!
//! Exit codes (docs/format.md): 0 clean, 1 something the user must act on, 2 the
//! command could not run (one line on standard error says why).

use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use somevakt_core::model::{Level, Outcome, Platform, ReviewResult, SnapshotKind};
use somevakt_core::{AccountId, Date, Word};

mod as_of;
mod audit;
mod completions;
mod errors;
mod init;
pub mod init_ci;
mod man;
mod overview;
mod progress;
mod records;
mod trend;

use crate::i18n::{self, Lang};
use crate::report::{self, check, remind};
use crate::t;
pub use errors::{CliError, NotOneOf};
use errors::{error_lang, one_line_usage_error};
use somevakt_core::schema;
use somevakt_store::clock::Clock;
use somevakt_store::{self, Register};

#[derive(Debug, Parser)]
#[command(
    name = "somevakt",
    version,
    about = "Data-protection assessments of a municipality's social-media accounts, kept in Git",
    long_about = "Without a subcommand, opens the dashboard on the repository \
                  (without a terminal, prints `status`)."
)]
pub struct Cli {
    /// The assessment repository (default: the Git repository around the current directory).
    #[arg(long, global = true, value_name = "DIR")]
    pub repo: Option<PathBuf>,
    /// Evaluate as on this day (YYYY-MM-DD), for reproducible runs. Records
    /// are still dated by the real clock.
    #[arg(long, global = true, value_name = "DATE", env = "SOMEVAKT_TODAY")]
    pub today: Option<Date>,
    /// `status`, `check`, `remind`: the register as committed at the end of
    /// this day (YYYY-MM-DD) on the current branch, or at this commit,
    /// evaluated on that day. Read from Git alone, never the work tree.
    #[arg(long, global = true, value_name = "DATE|COMMIT")]
    pub as_of: Option<String>,
    /// Dashboard: notice changes by polling every 2 s instead of the system's
    /// watcher (for network file systems, whose changes it may not see).
    #[arg(long)]
    pub poll: bool,
    /// Language of what people read: nb, nn, sv or en (default: SOMEVAKT_LANG,
    /// the locale, the policy's language, English).
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<Lang>,
    /// Read every file afresh, neither using nor updating the load cache in
    /// `.git/somevakt/`, and walk history without the changed-paths index
    /// there (to tell a cache problem from a file problem).
    #[arg(long, global = true)]
    pub no_cache: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Every account's approval, review, activity, snapshots and findings.
    Status {
        #[arg(long, value_enum, default_value_t = StatusFormat::Table)]
        format: StatusFormat,
        #[command(flatten)]
        output: Output,
    },
    /// Invalid files and error findings; exits 1 when there are any.
    Check {
        /// text for people, json for tools, sarif (GitHub code scanning),
        /// codequality (GitLab Code Quality) or junit (test reports).
        #[arg(long, value_enum, default_value_t = CheckOutput::Text)]
        format: CheckOutput,
        #[command(flatten)]
        output: Output,
    },
    /// What is overdue or falls due soon; exits 1 when anything is overdue.
    Remind {
        /// Days ahead to look (default: the policy's reminder_window_days).
        #[arg(long, value_name = "DAYS", value_parser = clap::value_parser!(u32).range(0..=3660))]
        within: Option<u32>,
        #[arg(long, value_enum, default_value_t = RemindFormat::Text)]
        format: RemindFormat,
        #[command(flatten)]
        output: Output,
    },
    /// The register's counts at the end of each week, month or quarter,
    /// as committed in Git (default: the last 12 months, by month).
    Trend {
        /// The first day (default: a year before --to).
        #[arg(long, value_name = "DATE")]
        from: Option<Date>,
        /// The last day (default: today).
        #[arg(long, value_name = "DATE")]
        to: Option<Date>,
        #[arg(long, value_enum, default_value_t = TrendStep::Month)]
        step: TrendStep,
        #[arg(long, value_enum, default_value_t = TrendFormat::Table)]
        format: TrendFormat,
    },
    /// Several municipalities: one row each, read from their own
    /// repositories as last fetched (`overview sync` fetches them).
    Overview {
        #[command(subcommand)]
        action: Option<OverviewAction>,
        /// The manifest of municipalities (default: overview.toml here).
        #[arg(long, global = true, value_name = "FILE")]
        manifest: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = TrendFormat::Table)]
        format: TrendFormat,
    },
    /// Records a management decision (approved, conditionally approved, not approved).
    Decide {
        /// The account id, e.g. fjordvik/facebook-kommunen.
        id: String,
        /// approved, conditionally_approved or not_approved.
        #[arg(long, value_parser = word::<Outcome>)]
        outcome: Outcome,
        /// The deciding body, e.g. "Kommunedirektørens ledergruppe".
        #[arg(long)]
        body: String,
        /// Why management decided so.
        #[arg(long)]
        rationale: String,
        /// A condition of a conditional approval (repeat for several).
        #[arg(long = "condition", value_name = "TEXT")]
        conditions: Vec<String>,
        /// When the conditions must be met.
        #[arg(long, value_name = "DATE")]
        conditions_due: Option<Date>,
        /// The residual risk management accepted.
        /// low, medium or high.
        #[arg(long, value_name = "LEVEL", value_parser = word::<Level>)]
        residual_risk: Option<Level>,
        /// The day management decided, if before today (a paper decision
        /// recorded later); more than 30 days back is marked backdated.
        #[arg(long, value_name = "DATE")]
        date: Option<Date>,
        #[command(flatten)]
        local: LocalChanges,
    },
    /// Records an archived snapshot of the account.
    Snapshot {
        id: String,
        #[arg(long, value_name = "DATE")]
        date: Date,
        /// yearly, before_change or before_closing.
        #[arg(long, value_parser = word::<SnapshotKind>)]
        kind: SnapshotKind,
        /// Where it is archived (case or document number).
        #[arg(long, value_name = "TEXT")]
        archive_ref: Option<String>,
        /// The file format, e.g. PDF/A.
        #[arg(long, value_name = "TEXT")]
        format: Option<String>,
        #[command(flatten)]
        local: LocalChanges,
    },
    /// Records a periodic review of the DPIA: still valid (unchanged) or to be
    /// revised (changed). The review restarts the review cycle.
    Review {
        id: String,
        /// unchanged (the DPIA still holds) or changed (it must be revised
        /// and decided on again).
        #[arg(long, value_parser = word::<ReviewResult>)]
        result: ReviewResult,
        /// What was looked at, in your own words.
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
        /// The next review, when it should not simply come a review interval later.
        #[arg(long, value_name = "DATE")]
        next: Option<Date>,
        /// The day of the review, if before today.
        #[arg(long, value_name = "DATE")]
        date: Option<Date>,
        #[command(flatten)]
        local: LocalChanges,
    },
    /// Records the date of the last post seen on the account.
    Activity {
        id: String,
        #[arg(long, value_name = "DATE")]
        last_post: Date,
        #[command(flatten)]
        local: LocalChanges,
    },
    /// Marks the account as closing (or closed) with the reason. On an
    /// account already closing, `--closed` records it closed and keeps the
    /// recorded closing decision.
    Close {
        id: String,
        /// Why the account is closed (not needed when [closing] already says).
        #[arg(long, default_value = "")]
        reason: String,
        /// It is closed already, not being closed.
        #[arg(long)]
        closed: bool,
        /// The day the closing was decided, if before today.
        #[arg(long, value_name = "DATE")]
        date: Option<Date>,
        #[command(flatten)]
        local: LocalChanges,
    },
    /// Corrects one field of a recorded entry that was mistyped (a decision,
    /// a snapshot or the closing decision), with the reason; the commit names
    /// the commit it corrects.
    #[command(group(clap::ArgGroup::new("entry").required(true).multiple(false)))]
    #[command(group(clap::ArgGroup::new("field").required(true).multiple(false)))]
    Correct {
        id: String,
        /// The decision to correct, counted from 1 in the file.
        #[arg(long, value_name = "N", group = "entry")]
        decision: Option<usize>,
        /// The snapshot to correct, counted from 1 in the file.
        #[arg(long, value_name = "N", group = "entry")]
        snapshot: Option<usize>,
        /// The closing decision ([closing]).
        #[arg(long, group = "entry")]
        closing: bool,
        /// The date it should have (for [closing]: decided).
        #[arg(long, value_name = "DATE", group = "field")]
        date: Option<Date>,
        /// A decision's conditions_due.
        #[arg(long, value_name = "DATE", group = "field")]
        conditions_due: Option<Date>,
        /// A decision's deciding body.
        #[arg(long, value_name = "TEXT", group = "field")]
        body: Option<String>,
        /// Who recorded the decision, or decided the closing.
        #[arg(long, value_name = "TEXT", group = "field")]
        decided_by: Option<String>,
        /// A decision's rationale.
        #[arg(long, value_name = "TEXT", group = "field")]
        rationale: Option<String>,
        /// A decision's residual risk: low, medium or high.
        #[arg(long, value_name = "LEVEL", value_parser = word::<Level>, group = "field")]
        residual_risk: Option<Level>,
        /// A snapshot's archive reference.
        #[arg(long, value_name = "TEXT", group = "field")]
        archive_ref: Option<String>,
        /// A snapshot's file format.
        #[arg(long, value_name = "TEXT", group = "field")]
        format: Option<String>,
        /// The closing decision's reason.
        #[arg(long, value_name = "TEXT", group = "field")]
        closing_reason: Option<String>,
        /// Why it is corrected: kept in the commit.
        #[arg(long)]
        reason: String,
        #[command(flatten)]
        local: LocalChanges,
    },
    /// Creates a new assessment file from the template.
    New {
        /// The new account's id: assessments/<id>.toml.
        id: String,
        #[arg(long)]
        municipality: String,
        /// facebook, instagram, x, linkedin, youtube, tiktok, snapchat, vimeo, workplace or other.
        #[arg(long, value_parser = word::<Platform>)]
        platform: Platform,
        #[arg(long)]
        name: String,
    },
    /// The Git history of an account's file, with its trailers.
    Log {
        id: String,
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
    },
    /// Checks the decision trail in Git: who approved what, signed by whom,
    /// and whether any decision was changed since; exits 1 on violations.
    Audit {
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
        /// Audit only the commits after this one (e.g. the import of paper records).
        #[arg(long, value_name = "REV")]
        since: Option<String>,
        /// Read every commit from Git, ignoring what earlier audits kept under
        /// .git/somevakt (what an auditor runs on a clone of their own).
        #[arg(long)]
        no_cache: bool,
    },
    /// Prints the JSON Schema of assessment files (or of somevakt.toml).
    Schema {
        #[arg(value_enum, default_value_t = SchemaKind::Assessment)]
        kind: SchemaKind,
    },
    /// Prints the dpia_digest of an account's current [dpia] table (by the
    /// rule its latest decision's digest was written under).
    Digest {
        /// The account id, e.g. bergen/facebook-kulturkontoret.
        id: String,
    },
    /// Starts a new assessment repository for a municipality in an empty folder.
    Init {
        /// The folder: new, empty, or an empty Git repository.
        dir: PathBuf,
        /// The municipality's name, e.g. "Fjordvik kommune".
        #[arg(long)]
        municipality: String,
        /// The municipality's e-mail domain, e.g. fjordvik.kommune.no.
        #[arg(long, value_name = "EMAIL_DOMAIN")]
        domain: Option<String>,
        /// Also write a CI pipeline that checks, audits and makes the
        /// calendar: github (.github/workflows/somevakt.yml), gitlab
        /// (.gitlab-ci.yml) or none.
        #[arg(long, value_enum, value_name = "FORGE", default_value_t = init_ci::Ci::None)]
        ci: init_ci::Ci,
    },
    /// Prints the shell completion script for bash, zsh, fish, powershell or elvish.
    Completions {
        /// The shell: bash, zsh, fish, powershell or elvish.
        #[arg(value_enum)]
        shell: completions::Shell,
    },
    /// Prints the manual page (roff) on standard output: the program's, or
    /// one command's (`somevakt man decide` is somevakt-decide(1)).
    Man {
        /// The command whose page to print.
        command: Option<String>,
        /// Write every page (somevakt.1, somevakt-decide.1, …) into this folder instead.
        #[arg(long, value_name = "DIR", conflicts_with = "command")]
        dir: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StatusFormat {
    Table,
    Json,
    Csv,
    /// A workbook for spreadsheets (with `-o FILE`).
    Xlsx,
}

/// What `overview` can do besides listing the municipalities.
#[derive(Debug, Subcommand)]
pub enum OverviewAction {
    /// Fetches every municipality's register into its mirror (in the
    /// user's cache folder), with Git's own credentials.
    Sync {
        /// How many to fetch at once.
        #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64))]
        jobs: u16,
    },
    /// One municipality's accounts, as `status` shows them.
    Show {
        /// The municipality's name in the manifest.
        name: String,
        #[arg(long, value_enum, default_value_t = StatusFormat::Table)]
        format: StatusFormat,
    },
}

/// What `trend` writes: a table for people, JSON and CSV for tools.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum TrendFormat {
    Table,
    Json,
    Csv,
}

/// How far apart the days of `trend` are.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum TrendStep {
    Week,
    Month,
    Quarter,
}

impl From<TrendStep> for somevakt_core::trend::Step {
    fn from(step: TrendStep) -> Self {
        match step {
            TrendStep::Week => Self::Week,
            TrendStep::Month => Self::Month,
            TrendStep::Quarter => Self::Quarter,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum CheckFormat {
    Text,
    Json,
}

/// The formats of `check`: for people, for tools, and for the forges.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckOutput {
    Text,
    Json,
    /// SARIF 2.1.0, as GitHub code scanning takes it.
    Sarif,
    /// GitLab Code Quality JSON.
    Codequality,
    /// JUnit XML: a test suite per municipality, a test case per account.
    Junit,
}

/// Where a report goes: standard output, or a file that a CI job keeps
/// even when the command exits 1.
#[derive(Debug, Clone, clap::Args)]
pub struct Output {
    /// Write the report to this file instead of standard output (the exit
    /// code stays the same, so a CI job can keep the file when it fails).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum RemindFormat {
    Text,
    Json,
    Ics,
}

/// Whether a record may also commit the file's uncommitted changes.
#[derive(Debug, Clone, Copy, clap::Args)]
pub struct LocalChanges {
    /// The file has changes made outside somevakt: commit them with this record.
    #[arg(long)]
    include_local_changes: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SchemaKind {
    Assessment,
    Policy,
}

/// Parses a closed set's value by the word the files use for it, so the
/// command line and the files accept the same words.
/// Parses a closed set's value with the words the files use.
fn word<T: Word>(text: &str) -> Result<T, NotOneOf> {
    T::from_word(text).ok_or_else(|| NotOneOf(T::words()))
}

/// Runs somevakt with these arguments and returns the process's exit code.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    // The help must be in the reader's language before clap has parsed
    // anything, so `--lang` is looked for in the raw arguments.
    let lang =
        i18n::from_environment(i18n::flag_in_args(&args), i18n::process_env).unwrap_or(Lang::En);
    // A shell asking for completions gets them and nothing else.
    completions::answer_the_shell(lang);
    let help = errors::help_for(&args, &Cli::command());
    let parsed = i18n::help::localise(Cli::command(), lang)
        .try_get_matches_from(args)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) if e.use_stderr() => {
            let english = one_line_usage_error(&e, &help);
            eprintln!(
                "somevakt: {}",
                crate::text::sanitize(&i18n::errors::usage(lang, &e, &english, &help))
            );
            return ExitCode::from(2);
        }
        Err(e) => {
            // Help and version go to standard output (exit 0).
            let _ = e.print();
            return ExitCode::from(0);
        }
    };
    match execute(&cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            // One line, whatever the error holds (docs/format.md, "CLI"): cron
            // mails and CI logs show the first line, and text from a file
            // in the message must not reach the terminal raw.
            let lang = error_lang(&cli);
            eprintln!("somevakt: {}", crate::text::sanitize(&e.message(lang)));
            ExitCode::from(2)
        }
    }
}

/// `somevakt man [COMMAND] [--dir DIR]`.
fn manual(cli: &Cli, command: Option<&str>, dir: Option<&Path>) -> Result<u8, CliError> {
    let lang = chosen_lang(cli).unwrap_or(Lang::En);
    let clap = completions::command(Some(lang));
    match (command, dir) {
        (_, Some(dir)) => {
            for file in man::write_all(&clap, lang, dir)? {
                emit(&format!("{}\n", dir.join(file).display()))?;
            }
            Ok(0)
        }
        (Some(name), None) => emit(&man::command_page(&clap, name, lang)?).map(|_| 0),
        (None, None) => emit(&man::main_page(&clap, lang)?).map(|_| 0),
    }
}

/// The language chosen by `--lang`, `SOMEVAKT_LANG` or the locale, if any.
pub fn chosen_lang(cli: &Cli) -> Option<Lang> {
    i18n::from_environment(cli.lang, i18n::process_env)
}

/// The language of a report on `register`: the choice, else the policy's.
pub fn report_lang(cli: &Cli, register: &Register) -> Lang {
    i18n::with_policy(chosen_lang(cli), register.policy.policy.language)
}

/// The clock records are dated by: the real one, except in the test
/// suite's builds (`SOMEVAKT_TEST_CLOCK`, crates/store/src/clock.rs).
fn clock() -> Result<Clock, CliError> {
    Clock::from_environment().map_err(|e| CliError::Usage(e.to_string()))
}

fn execute(cli: &Cli) -> Result<u8, CliError> {
    let clock = clock()?;
    // "Today" where the policy takes it (`[policy] time_zone`); the policy
    // is read only when no --today is given (a broken one is reported by
    // the command itself).
    let today = cli.today.unwrap_or_else(|| match repo_root(cli) {
        Ok(root) => clock.today_for(&somevakt_store::reload_policy(&root).0.policy),
        Err(_) => clock.today(),
    });
    // An overview reads its own `--as-of` (a day for every municipality).
    if let Some(as_of) = &cli.as_of
        && !matches!(cli.command, Some(Command::Overview { .. }))
    {
        return as_of::run(cli, as_of);
    }
    if records::request_of(&cli.command).is_none() {
        // A record reports an interrupted one itself, under its lock.
        records::report_unfinished(cli);
    }
    match &cli.command {
        Some(Command::Init {
            dir,
            municipality,
            domain,
            ci,
        }) => init::run(cli, dir, municipality, domain.as_deref(), *ci),
        Some(Command::Completions { shell }) => {
            emit(&completions::script(*shell, chosen_lang(cli))).map(|_| 0)
        }
        Some(Command::Man { command, dir }) => manual(cli, command.as_deref(), dir.as_deref()),
        None if std::io::stdout().is_terminal() && std::io::stdin().is_terminal() => {
            dashboard(cli, clock)
        }
        None => status(cli, today, StatusFormat::Table, &Output { output: None }),
        Some(Command::Status { format, output }) => status(cli, today, *format, output),
        Some(Command::Check { format, output }) => run_check(cli, today, *format, output),
        Some(Command::Remind {
            within,
            format,
            output,
        }) => remind(cli, today, *within, *format, output),
        Some(Command::Trend {
            from,
            to,
            step,
            format,
        }) => trend::run(cli, today, *from, *to, (*step).into(), *format),
        Some(Command::Overview {
            action,
            manifest,
            format,
        }) => {
            let asked = match action {
                None => overview::Asked::Rows { format: *format },
                Some(OverviewAction::Sync { jobs }) => overview::Asked::Sync {
                    jobs: usize::from(*jobs),
                },
                Some(OverviewAction::Show { name, format }) => overview::Asked::Show {
                    name,
                    format: *format,
                },
            };
            overview::run(cli, manifest.as_deref(), asked, today, clock)
        }
        Some(Command::Schema { kind }) => {
            let text = match kind {
                SchemaKind::Assessment => schema::assessment(),
                SchemaKind::Policy => schema::policy(),
            };
            emit(&text).map(|_| 0)
        }
        Some(Command::Digest { id }) => digest(cli, id),
        Some(Command::Log { id, format }) => log(cli, id, *format),
        Some(Command::Audit {
            format,
            since,
            no_cache,
        }) => audit::run(cli, *format, since.as_deref(), !*no_cache),
        Some(command) => match records::request(command) {
            Some((id, request, local)) => records::record(cli, id, &request, local, clock),
            None => Ok(0),
        },
    }
}

fn dashboard(cli: &Cli, clock: Clock) -> Result<u8, CliError> {
    let root = repo_root(cli)?;
    // The policy's `language` counts when nothing else chose: read it once
    // here (a broken policy is the dashboard's to show, in English).
    let policy = somevakt_store::reload_policy(&root).0;
    let lang = i18n::with_policy(chosen_lang(cli), policy.policy.language);
    crate::tui::run(
        root,
        cli.today,
        clock,
        use_color_on_terminal(),
        cli.poll,
        lang,
    )
    .map_err(CliError::Output)?;
    Ok(0)
}

/// The repository root named by `--repo` or around the current directory.
pub fn repo_root(cli: &Cli) -> Result<PathBuf, CliError> {
    let start = match &cli.repo {
        Some(dir) => dir.clone(),
        None => std::env::current_dir().map_err(CliError::Output)?,
    };
    if !start.is_dir() {
        let lang = i18n::with_policy(chosen_lang(cli), None);
        return Err(CliError::Usage(t!(
            lang,
            "not-a-folder",
            dir = start.display().to_string()
        )));
    }
    Ok(somevakt_store::find_root(&start)?)
}

/// Finds and loads the repository named by `--repo` or around the current directory.
pub fn open_register(cli: &Cli) -> Result<Register, CliError> {
    let root = repo_root(cli)?;
    load_register(cli, &root)
}

/// Loads with or without the cache (`--no-cache`), showing progress on a
/// terminal when it takes a while.
fn load_register(cli: &Cli, root: &std::path::Path) -> Result<Register, CliError> {
    let line = progress::ProgressLine::start("reading");
    let options = somevakt_store::LoadOptions {
        cache: !cli.no_cache,
        progress: Some(&line.progress),
    };
    let mut register = somevakt_store::load_with(root, options)?;
    drop(line);
    register.trail = somevakt_store::audit::trail_for(root, &register.policy);
    Ok(register)
}

/// The trail the status needs where signing is required (F26), asked
/// before a streamed load: one audit a run, from its cache.
fn trail_of(root: &std::path::Path) -> Option<std::sync::Arc<somevakt_core::Trail>> {
    somevakt_store::audit::trail_for(root, &somevakt_store::reload_policy(root).0)
}

/// Like [`open_register`], for the commands that report on the whole
/// register (`status`, `check`, `remind`): without an `assessments/`
/// folder they cannot run, so a job pointed at the wrong folder fails
/// (exit 2) instead of reporting "all clear".
fn open_assessments(cli: &Cli) -> Result<Register, CliError> {
    let root = repo_root(cli)?;
    somevakt_store::require_assessments(&root)?;
    load_register(cli, &root)
}

fn status(cli: &Cli, today: Date, format: StatusFormat, output: &Output) -> Result<u8, CliError> {
    // Table and JSON stream the load; CSV and the workbook need the register.
    match format {
        StatusFormat::Json => status_json(cli, today, output),
        StatusFormat::Table => status_table(cli, today, output),
        StatusFormat::Xlsx => status_xlsx(cli, today, output),
        StatusFormat::Csv => {
            let register = open_assessments(cli)?;
            let reports = somevakt_core::evaluate_all(&register, today);
            let text = report::status::to_csv(&register, &reports, today)
                .map_err(|e| CliError::Output(std::io::Error::other(e)))?;
            emit_to(output, &text).map(|_| 0)
        }
    }
}

/// `status --format xlsx`: a binary file, so never onto a terminal (it
/// would print garbage and could hold any byte); to `-o FILE` or a pipe.
fn status_xlsx(cli: &Cli, today: Date, output: &Output) -> Result<u8, CliError> {
    if output.output.is_none() && std::io::stdout().is_terminal() {
        let lang = i18n::with_policy(chosen_lang(cli), None);
        return Err(CliError::Usage(t!(lang, "xlsx-to-terminal")));
    }
    let register = open_assessments(cli)?;
    status_xlsx_of(cli, &register, today, output)
}

/// The workbook of a register read from the work tree or from history.
fn status_xlsx_of(
    cli: &Cli,
    register: &Register,
    today: Date,
    output: &Output,
) -> Result<u8, CliError> {
    let reports = somevakt_core::evaluate_all(register, today);
    let lang = report_lang(cli, register);
    let bytes = report::status_xlsx::to_xlsx(register, &reports, today, lang)
        .map_err(|e| CliError::Output(std::io::Error::other(e)))?;
    match &output.output {
        Some(path) => std::fs::write(path, bytes).map_err(|e| CliError::Output(named(path, e))),
        None => emit_bytes(&bytes),
    }
    .map(|_| 0)
}

/// The status table, from a streamed load: only each account's cells are
/// kept, not the register and its evaluations (at 100,000 accounts, about a
/// seventh of the memory).
fn status_table(cli: &Cli, today: Date, output: &Output) -> Result<u8, CliError> {
    let root = repo_root(cli)?;
    somevakt_store::require_assessments(&root)?;
    let line = progress::ProgressLine::start("reading");
    let options = somevakt_store::LoadOptions {
        cache: !cli.no_cache,
        progress: Some(&line.progress),
    };
    let mut table =
        report::status::TableStream::new(today, chosen_lang(cli)).on_trail(trail_of(&root));
    let rest = somevakt_store::load_each(&root, options, &mut |policy, chunk| {
        table.accounts(policy, chunk);
        std::ops::ControlFlow::Continue(())
    })?;
    drop(line);
    emit_to(output, &table.finish(&rest.policy, &rest.invalid)).map(|_| 0)
}

/// `status --format json`, streamed: the accounts are evaluated and
/// written a chunk at a time as the load hands them out, so the register is
/// never held whole (memory stays flat however many accounts there are).
fn status_json(cli: &Cli, today: Date, output: &Output) -> Result<u8, CliError> {
    let root = repo_root(cli)?;
    somevakt_store::require_assessments(&root)?;
    let stdout = std::io::stdout();
    // A progress line would interleave with JSON written to the same terminal.
    let line = (output.output.is_some() || !stdout.is_terminal())
        .then(|| progress::ProgressLine::start("reading"));
    let options = somevakt_store::LoadOptions {
        cache: !cli.no_cache,
        progress: line.as_ref().map(|l| &*l.progress),
    };
    let target: Box<dyn Write> = match &output.output {
        Some(path) => {
            Box::new(std::fs::File::create(path).map_err(|e| CliError::Output(named(path, e)))?)
        }
        None => Box::new(stdout.lock()),
    };
    let mut out = std::io::BufWriter::with_capacity(1 << 16, target);
    let mut stream =
        report::status::JsonStream::new(&mut out, &root, today).on_trail(trail_of(&root));
    let mut failed = None;
    let rest = somevakt_store::load_each(&root, options, &mut |policy, chunk| match stream
        .accounts(policy, chunk)
    {
        Ok(()) => std::ops::ControlFlow::Continue(()),
        Err(e) => {
            failed = Some(e);
            std::ops::ControlFlow::Break(())
        }
    })?;
    drop(line);
    let written = match failed {
        Some(e) => Err(e),
        None => stream.finish(&rest.invalid).and_then(|_| out.flush()),
    };
    match written {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(CliError::Output(e)),
        _ => Ok(0),
    }
}

fn run_check(cli: &Cli, today: Date, format: CheckOutput, output: &Output) -> Result<u8, CliError> {
    let register = open_assessments(cli)?;
    check_register(cli, &register, today, format, output, None)
}

/// `check` on a register read from the work tree or from history
/// (`--as-of`, whose commit `committed` names).
fn check_register(
    cli: &Cli,
    register: &Register,
    today: Date,
    format: CheckOutput,
    output: &Output,
    committed: Option<&as_of::Header>,
) -> Result<u8, CliError> {
    let reports = somevakt_core::evaluate_all(register, today);
    let lang = report_lang(cli, register);
    // Colour only on a terminal, never into a file.
    let color = output.output.is_none() && use_color();
    let text = match format {
        CheckOutput::Text => check::to_text(register, &reports, color, today, lang),
        CheckOutput::Json => check::to_json(register, &reports, today),
        CheckOutput::Sarif => report::sarif::to_sarif(register, &reports, today, lang),
        CheckOutput::Codequality => {
            report::codequality::to_codequality(register, &reports, today, lang)
        }
        CheckOutput::Junit => report::junit::to_junit(register, &reports, today, lang),
    };
    // The forge formats are read by machines that know nothing of --as-of;
    // text and JSON say which commit they were read from.
    let text = match format {
        CheckOutput::Text => as_of::headed(text, committed, false, lang),
        CheckOutput::Json => as_of::headed(text, committed, true, lang),
        CheckOutput::Sarif | CheckOutput::Codequality | CheckOutput::Junit => text,
    };
    if format == CheckOutput::Text && color {
        // miette's colours are escape sequences of its own; everything from
        // the files in them was sanitised field by field (report::check).
        emit_raw(&text)?;
    } else {
        emit_to(output, &text)?;
    }
    Ok(if check::passes(register, &reports) {
        0
    } else {
        1
    })
}

fn remind(
    cli: &Cli,
    today: Date,
    within: Option<u32>,
    format: RemindFormat,
    output: &Output,
) -> Result<u8, CliError> {
    let register = open_assessments(cli)?;
    remind_register(cli, &register, today, within, format, output, None)
}

/// `remind` on a register read from the work tree or from history.
fn remind_register(
    cli: &Cli,
    register: &Register,
    today: Date,
    within: Option<u32>,
    format: RemindFormat,
    output: &Output,
    committed: Option<&as_of::Header>,
) -> Result<u8, CliError> {
    let reports = somevakt_core::evaluate_all(register, today);
    let within = i64::from(within.unwrap_or(register.policy.policy.reminder_window_days));
    let items = remind::items(
        &reports,
        &register.policy,
        register.trail.as_deref(),
        today,
        within,
    );
    let lang = report_lang(cli, register);
    if !register.invalid.is_empty() {
        // A reminder digest that silently skips accounts would be trusted
        // wrongly; say so where cron mails and CI logs will show it.
        let skipped = t!(lang, "remind-skipped", count = register.invalid.len());
        eprintln!("somevakt: {skipped}");
    }
    let text = match format {
        RemindFormat::Text => remind::to_text(&items, today, within, reports.len(), lang),
        RemindFormat::Json => remind::to_json(&items, today, within),
        RemindFormat::Ics => {
            let name = register
                .root
                .canonicalize()
                .ok()
                .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
                .unwrap_or_else(|| "assessments".to_owned());
            // When the file is made: its events' DTSTAMP and SEQUENCE. The
            // clock, not --today, which only says on what day to evaluate.
            let now = clock()?.now().timestamp().as_second();
            let made = chrono::DateTime::from_timestamp(now, 0).unwrap_or_default();
            remind::to_ics(&items, today, made, &format!("somevakt: {name}"), lang)
        }
    };
    let text = match format {
        RemindFormat::Text => as_of::headed(text, committed, false, lang),
        RemindFormat::Json => as_of::headed(text, committed, true, lang),
        // A calendar has no place for a header line; its events are dated.
        RemindFormat::Ics => text,
    };
    emit_to(output, &text)?;
    Ok(if remind::any_overdue(&items) { 1 } else { 0 })
}

fn log(cli: &Cli, id: &str, format: CheckFormat) -> Result<u8, CliError> {
    let id = AccountId::parse(id).map_err(CliError::Usage)?;
    let root = repo_root(cli)?;
    let lang = i18n::with_policy(chosen_lang(cli), None);
    let commits = somevakt_store::history::file_history_with(
        &root,
        &id.relative_path(),
        usize::MAX,
        !cli.no_cache,
    )
    .map_err(|e| {
        CliError::Usage(t!(
            lang,
            "history-unreadable",
            reason = e.message().to_owned()
        ))
    })?;
    if commits.is_empty() && !root.join(id.relative_path()).exists() {
        return Err(CliError::Usage(t!(
            lang,
            "account-unknown",
            id = id.to_string(),
            path = id.relative_path()
        )));
    }
    let text = match format {
        CheckFormat::Json => report::log::to_json(&id, &commits),
        CheckFormat::Text => report::log::to_text(&id, &commits, lang),
    };
    emit(&text).map(|_| 0)
}

fn digest(cli: &Cli, id: &str) -> Result<u8, CliError> {
    let id = AccountId::parse(id).map_err(CliError::Usage)?;
    let register = open_register(cli)?;
    let account = register
        .accounts
        .iter()
        .find(|a| a.id == id)
        .ok_or_else(|| unknown_account(&register, &id, report_lang(cli, &register)))?;
    // By the rule the latest decision's digest was written under, so the
    // two can be compared by eye; `sha256v2:` (what `decide` writes) when
    // there is none.
    let a = &account.assessment;
    let recorded = a
        .latest_decision()
        .and_then(|d| d.dpia_digest.as_deref())
        .unwrap_or(somevakt_core::digest::V2_PREFIX);
    emit(&format!(
        "{}\n",
        somevakt_core::digest::digest_like(recorded, &a.dpia)
    ))
    .map(|_| 0)
}

/// The error for an id that names no valid account, telling an invalid file apart.
pub fn unknown_account(register: &Register, id: &AccountId, lang: Lang) -> CliError {
    let path = id.relative_path();
    match register.invalid.iter().find(|f| f.path == path) {
        Some(bad) => CliError::Usage(t!(
            lang,
            "account-unreadable",
            path = path.clone(),
            reason = bad.message.clone()
        )),
        None => CliError::Usage(t!(
            lang,
            "account-unknown",
            id = id.to_string(),
            path = path.clone()
        )),
    }
}

/// Colour only for a terminal, and never when NO_COLOR is set (no-color.org).
pub fn use_color() -> bool {
    std::io::stdout().is_terminal() && use_color_on_terminal()
}

fn use_color_on_terminal() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Writes to standard output through [`crate::text::terminal_safe`], the
/// net under the field-by-field sanitising; a closed pipe (`| head`) is not
/// an error.
fn emit(text: &str) -> Result<(), CliError> {
    emit_raw(&crate::text::terminal_safe(text))
}

/// Writes a report to the file `-o` names, or else to standard output as
/// [`emit`] does. The file gets the same safe text: it is read in
/// terminals and CI logs too.
fn emit_to(output: &Output, text: &str) -> Result<(), CliError> {
    match &output.output {
        Some(path) => std::fs::write(path, crate::text::terminal_safe(text))
            .map_err(|e| CliError::Output(named(path, e))),
        None => emit(text),
    }
}

/// An I/O error that names the file it is about.
fn named(path: &std::path::Path, e: std::io::Error) -> std::io::Error {
    std::io::Error::new(e.kind(), format!("{}: {e}", path.display()))
}

/// Writes to standard output as it is.
fn emit_raw(text: &str) -> Result<(), CliError> {
    emit_bytes(text.as_bytes())
}

/// Writes bytes to standard output; a closed pipe is not an error.
fn emit_bytes(bytes: &[u8]) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|_| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(CliError::Output(e)),
        _ => Ok(()),
    }
}
