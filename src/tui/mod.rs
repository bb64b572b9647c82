//! The dashboard: a full-screen terminal face over the assessment repository.
//!
//! `app` holds the state and turns messages into new state and commands;
//! `view` draws the state (each screen and modal in a file of its own);
//! `loader` reads the register; `input` reads the terminal; this module is
//! the runtime that connects them to the terminal, the file watcher and the
//! worker threads.

pub mod app;
pub mod config;
pub mod form;
pub mod input;
pub mod keymap;
pub mod layout;
pub mod loader;
pub mod rows;
pub mod sheet;
pub mod theme;
pub mod trail;
pub mod view;

use std::io::{self, Stdout};
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use crate::i18n::Lang;
use crate::t;
use app::{App, Command, Message};
use input::InputControl;
use somevakt_core::AccountId;
use somevakt_core::Date;
use somevakt_store::clock::Clock;
use somevakt_store::watch::{self, StoreEvent};
use somevakt_store::{history, record};
use theme::Theme;

/// Most commits listed in the history screen.
const HISTORY_LIMIT: usize = 500;

/// Runs the dashboard until the user quits. The terminal is restored on
/// return, on error and on panic.
pub fn run(
    root: PathBuf,
    fixed_today: Option<Date>,
    clock: Clock,
    color: bool,
    poll: bool,
    lang: crate::i18n::Lang,
) -> io::Result<()> {
    install_panic_hook();
    let config = config::load(lang);
    let mut terminal = TerminalGuard::enter()?;
    let (tx, rx) = mpsc::channel();
    let input = InputControl::default();
    input::spawn(tx.clone(), input.clone());
    let today = fixed_today
        .unwrap_or_else(|| clock.today_for(&somevakt_store::reload_policy(&root).0.policy));
    let mut app = App::new(root.clone(), today, fixed_today.is_some())
        .with_clock(clock)
        .with_keymap(config.keymap)
        .with_lang(lang);
    // The language was settled before the policy could be broken: use it.
    let early = lang;
    let size = terminal.terminal.size()?;
    app.update(Message::Resize(size.width, size.height));
    // A record interrupted before its commit (a crash, a kill) is told at
    // once, with how to finish it.
    if let Some((file, _)) = somevakt_store::unfinished::check(&root).unfinished {
        app.update(Message::Notice(t!(
            early,
            "notice-interrupted",
            file = file
        )));
    }
    if !config.problems.is_empty() {
        app.update(Message::Notice(t!(
            early,
            "notice-settings-not-used",
            problems = config.problems.join("; ")
        )));
    }
    for command in app.init() {
        spawn_command(command, &root, &tx);
    }
    let theme = Theme {
        name: config.theme,
        color,
    };
    let mut watching = Watching {
        watch: Arc::new(Mutex::new(None)),
        started: false,
        poll,
    };
    let result = event_loop(
        &mut terminal.terminal,
        &mut app,
        &rx,
        &tx,
        theme,
        &input,
        &mut watching,
    );
    input.stop.store(true, Ordering::Relaxed);
    result
}

/// The file watcher, started once the first load is done: the first frame
/// is drawn before anything is read or watched, and setting up the watches
/// never competes with the first load for the disk.
struct Watching {
    /// Kept alive while the dashboard runs; dropping it stops watching.
    /// Filled in by the thread that sets the watches up.
    watch: Arc<Mutex<Option<watch::Watch>>>,
    started: bool,
    poll: bool,
}

impl Watching {
    fn start_after_first_load(&mut self, app: &App, tx: &Sender<Message>) {
        if self.started || app.loading().is_some() {
            return;
        }
        // Once only, even when it fails: the note says so, `r` reloads.
        self.started = true;
        let root = app.root().to_path_buf();
        let (keep, tx, poll) = (Arc::clone(&self.watch), tx.clone(), self.poll);
        // Off the UI thread: setting the watches up lists every folder and
        // file (a few hundred ms at 20,000 accounts), and the keys pressed
        // meanwhile must not wait for it (issue 14).
        std::thread::spawn(move || {
            let (watch, note) = watch::start(&root, watch_sink(tx.clone()), poll);
            if let Ok(mut slot) = keep.lock() {
                *slot = watch;
            }
            // Through the channel, so the loop wakes and draws it.
            let _ = tx.send(Message::Watching(note));
        });
    }
}

fn event_loop(
    terminal: &mut Terminal<CrosstermBackend<Stdout>>,
    app: &mut App,
    rx: &mpsc::Receiver<Message>,
    tx: &Sender<Message>,
    theme: Theme,
    input: &InputControl,
    watching: &mut Watching,
) -> io::Result<()> {
    terminal.draw(|frame| view::draw(frame, app, theme))?;
    loop {
        panic_for_tests(app);
        // After the frame that shows the first load: setting up the watches
        // (a walk of every folder) must not delay the table.
        watching.start_after_first_load(app, tx);
        let first = match rx.recv_timeout(Duration::from_secs(30)) {
            Ok(message) => Some(message),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => return Ok(()),
        };
        // Whatever queued up meanwhile is handled before the next frame, so
        // a burst of keys or file events costs one draw.
        let mut commands = Vec::new();
        for message in first
            .into_iter()
            .chain(std::iter::from_fn(|| rx.try_recv().ok()))
        {
            commands.extend(app.update(message));
        }
        // Every round: the day rolls over (unless --today pins it), and
        // the day of recording follows the clock in the policy's zone.
        let day = app.clock().today_for(&app.thresholds());
        commands.extend(app.update(Message::Tick(day)));
        // The frame first, then the work the messages asked for: a worker
        // started before it (a file's history, on Enter) would take the
        // other core from drawing the screen the key opened (issue 14).
        terminal.draw(|frame| view::draw(frame, app, theme))?;
        for command in commands {
            match command {
                Command::OpenEditor(id) => {
                    let message = run_editor(terminal, input, app.root(), &id, app.lang())?;
                    let _ = tx.send(message);
                }
                Command::Copy(text) => {
                    // OSC 52: the terminal puts the text on the clipboard,
                    // also over SSH. Terminals that refuse it ignore it.
                    let _ = execute!(
                        io::stdout(),
                        crossterm::clipboard::CopyToClipboard::to_clipboard_from(text)
                    );
                }
                other => spawn_command(other, app.root(), tx),
            }
        }
        if app.quit() {
            return Ok(());
        }
    }
}

/// Lets the end-to-end tests check that a panic restores the terminal.
/// Only in debug builds (what `cargo test` runs); a release build has none.
#[cfg(debug_assertions)]
fn panic_for_tests(app: &App) {
    if app.loading().is_none() && std::env::var_os("SOMEVAKT_TEST_PANIC").is_some() {
        panic!("SOMEVAKT_TEST_PANIC is set: panicking to test that the terminal is restored");
    }
}

#[cfg(not(debug_assertions))]
fn panic_for_tests(_: &App) {}

/// Carries out a command on a worker thread; its result comes back as a message.
fn spawn_command(command: Command, root: &Path, tx: &Sender<Message>) {
    let (root, tx) = (root.to_path_buf(), tx.clone());
    std::thread::spawn(move || {
        let message = match command {
            Command::LoadHistory(path) => load_history_paged(&root, path, &tx),
            Command::LoadAll {
                generation,
                today,
                lang,
            } => return loader::load_all_reporting(&root, generation, today, lang, &tx),
            other => run_command(other, &root),
        };
        let _ = tx.send(message);
    });
}

/// Commits shown before the walk is over: a screenful, sent as soon as it is
/// found; the full list follows when the walk ends.
const HISTORY_FIRST_PAGE: usize = 50;

fn load_history_paged(root: &Path, path: String, tx: &Sender<Message>) -> Message {
    let result =
        history::file_history_paged(root, &path, HISTORY_LIMIT, HISTORY_FIRST_PAGE, |page| {
            let _ = tx.send(Message::HistoryLoaded {
                path: path.clone(),
                result: Ok(page.to_vec()),
            });
        });
    Message::HistoryLoaded {
        result: result.map_err(|e| e.message().to_owned()),
        path,
    }
}

/// What a command produces; public so tests can drive the app without threads.
pub fn run_command(command: Command, root: &Path) -> Message {
    match command {
        Command::LoadAll {
            generation,
            today,
            lang,
        } => loader::load_all(root, generation, today, lang),
        Command::ReloadFiles { generation, paths } => loader::reload_files(root, generation, paths),
        Command::LoadHistory(path) => Message::HistoryLoaded {
            result: history::file_history(root, &path, HISTORY_LIMIT)
                .map_err(|e| e.message().to_owned()),
            path,
        },
        Command::LoadDiff { id, path } => Message::DiffLoaded {
            result: history::file_diff(root, &somevakt_core::CommitId::from_hex(id.clone()), &path)
                .map_err(|e| e.message().to_owned()),
            id,
        },
        Command::ReadBranch => Message::Branch(history::branch_name(root)),
        Command::Audit { lang } => {
            let result = somevakt_store::audit::audit_register(root, None);
            // Where signing is required only what the trail backs counts:
            // worked out here, off the UI thread, from the same report.
            let trail = somevakt_store::audit::trail_for_report(
                root,
                &somevakt_store::reload_policy(root).0,
                result.as_ref().ok(),
            );
            Message::Audited {
                trail,
                result: result.map(Box::new).map_err(|e| match e {
                    // Outside Git there is no trail: "trail ?" says all.
                    somevakt_store::audit::AuditError::NotInGit(_) => String::new(),
                    // A shallow clone: no verdict, and the one command
                    // that gets the rest.
                    somevakt_store::audit::AuditError::CutOff => {
                        crate::t!(lang, "status-audit-shallow")
                    }
                    e => e.to_string(),
                }),
            }
        }
        // The approver rule is checked before the form opens, not after
        // it is filled in; anything else (no Git, no identity) is reported
        // when the record is prepared, as for every other record.
        Command::CheckDecide { lang } => {
            use somevakt_store::{CommitError, Refusal};
            Message::DecideChecked(match record::may_record_decision(root) {
                Err(
                    error @ CommitError::Refused(
                        Refusal::NotApprover(_)
                        | Refusal::NotApproverKey(_)
                        | Refusal::InvalidPolicy(_)
                        | Refusal::SigningFailed(_),
                    ),
                ) => Err(crate::i18n::errors::commit_error(lang, &error)),
                _ => Ok(()),
            })
        }
        // Records are dated by the real clock; the dashboard's `--today`
        // only changes evaluation.
        Command::Prepare {
            id,
            request,
            clock,
            lang,
        } => Message::Prepared(
            record::prepare(root, &id, &request, clock)
                .map(Box::new)
                .map_err(|e| crate::i18n::errors::commit_error(lang, &e)),
        ),
        // The preview showed any changes made outside somevakt; confirming
        // after seeing them is the user's agreement to include them.
        Command::Confirm { prepared, lang } => Message::Committed(
            record::confirm(root, &prepared, true)
                .map(|recorded| {
                    let mut short = recorded.id.short().to_owned();
                    for warning in &recorded.warnings {
                        let warning = crate::i18n::errors::record_warning(lang, warning);
                        short.push_str(&format!(
                            " ({})",
                            t!(lang, "status-warning", warning = warning)
                        ));
                    }
                    (prepared.proposal.subject(), short)
                })
                .map_err(|e| crate::i18n::errors::commit_error(lang, &e)),
        ),
        Command::PrepareEdit {
            id,
            head,
            before,
            clock,
            lang,
        } => prepare_edit(root, &id, head, before, clock, lang),
        Command::Restore(id) => Message::Restored {
            result: somevakt_store::editor::restore_committed(root, &id),
            id,
        },
        Command::OpenUrl(url) => {
            let error = open::that_detached(&url).err().map(|e| e.to_string());
            Message::Opened { url, error }
        }
        // The runtime copies through the terminal and opens the editor
        // itself: these two only come here without a terminal (tests).
        Command::Copy(text) => Message::Done(format!("Copied {text}")),
        Command::OpenEditor(id) => Message::EditResult {
            result: Err(format!(
                "{} can only be edited from the dashboard",
                id.relative_path()
            )),
            id,
        },
    }
}

/// What the editor left: nothing changed, a file that does not parse, or
/// an edit ready to preview.
fn prepare_edit(
    root: &Path,
    id: &AccountId,
    head: Option<somevakt_core::CommitId>,
    before: Option<String>,
    clock: Clock,
    lang: Lang,
) -> Message {
    let text = match saved_text(root, id, before.as_deref(), lang) {
        Ok(Some(text)) => text,
        Ok(None) => {
            return Message::EditResult {
                id: id.clone(),
                result: Ok(()),
            };
        }
        Err(problem) => {
            return Message::EditResult {
                id: id.clone(),
                result: Err(problem),
            };
        }
    };
    let request = somevakt_core::Request::Edit {
        text,
        baseline_head: head,
        before,
    };
    Message::Prepared(
        record::prepare(root, id, &request, clock)
            .map(Box::new)
            .map_err(|e| crate::i18n::errors::commit_error(lang, &e)),
    )
}

/// The file's text if the editor changed it into a valid assessment;
/// `None` if it did not change it; why not, if it is not valid.
fn saved_text(
    root: &Path,
    id: &AccountId,
    before: Option<&str>,
    lang: Lang,
) -> Result<Option<String>, String> {
    use somevakt_core::parse::{decode, line_column, parse_assessment};
    let bytes = std::fs::read(root.join(id.relative_path()))
        .map_err(|e| t!(lang, "editor-cannot-read", error = e.to_string()))?;
    let text = decode(&bytes).map_err(|e| e.message)?;
    if before == Some(text) {
        return Ok(None);
    }
    if let Err(e) = parse_assessment(text) {
        let at = e
            .span
            .map(|s| line_column(text, s.start))
            .map(|(l, c)| format!(" ({})", t!(lang, "row-at", line = l, column = c)))
            .unwrap_or_default();
        return Err(format!("{}{at}", e.message));
    }
    Ok(Some(text.to_owned()))
}

/// Turns what the store's watcher saw into the dashboard's messages.
fn watch_sink(tx: Sender<Message>) -> watch::Sink {
    Arc::new(move |event| {
        let message = match event {
            StoreEvent::FilesChanged(files) => Message::FilesChanged(files),
            StoreEvent::ReloadAll(reason) => Message::ReloadAll(reason),
            StoreEvent::GitChanged => Message::GitChanged,
            StoreEvent::Watching(note) => Message::Watching(note),
        };
        // The dashboard has quit when nobody listens; nothing to do then.
        let _ = tx.send(message);
    })
}

/// Leaves the dashboard, runs the editor on the file, and comes back.
fn run_editor(
    terminal: &mut Terminal<CrosstermBackend<Stdout>>,
    input: &InputControl,
    root: &Path,
    id: &AccountId,
    lang: Lang,
) -> io::Result<Message> {
    let path = root.join(id.relative_path());
    // Only a regular file is opened: a FIFO would block `open()` (and the
    // dashboard with it) for good, a device or a link is not the account's
    // file. Refused with a message before the editor starts.
    let before = match somevakt_store::read::read_regular(&path) {
        Ok(read) => String::from_utf8(read.bytes).ok(),
        Err(somevakt_store::read::ReadError::NotFound) => None,
        Err(why) => {
            let why = crate::t!(
                lang,
                "editor-not-regular",
                path = crate::text::sanitize(&id.relative_path()),
                why = crate::i18n::problems::file_problem(lang, &why.to_string())
            );
            return Ok(Message::EditorFailed {
                id: id.clone(),
                trouble: app::Trouble::CouldNotStart(why),
            });
        }
    };
    let head = somevakt_store::editor::head(root);
    input.pause();
    restore();
    // Like Git, hand the command to the shell, so "code --wait" works.
    let editor = somevakt_store::editor::editor_command(root);
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$@\""))
        .arg(&editor)
        .arg(&path)
        .status();
    enter_terminal()?;
    // Redraw everything: the editor used the screen. (Terminal::clear would
    // ask the terminal where its cursor is, which not every terminal answers.)
    let size = terminal.size()?;
    terminal.resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))?;
    input.resume();
    Ok(match status {
        Ok(s) if s.success() => Message::EditorClosed {
            id: id.clone(),
            head,
            before,
        },
        other => app::editor_trouble(id.clone(), &editor, other, lang),
    })
}

/// The terminal in raw mode on the alternate screen, restored when dropped.
struct TerminalGuard {
    terminal: Terminal<CrosstermBackend<Stdout>>,
}

impl TerminalGuard {
    fn enter() -> io::Result<TerminalGuard> {
        let entered =
            enter_terminal().and_then(|_| Terminal::new(CrosstermBackend::new(io::stdout())));
        match entered {
            Ok(terminal) => Ok(TerminalGuard { terminal }),
            Err(e) => {
                restore();
                Err(e)
            }
        }
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

/// Raw mode, the alternate screen, the mouse, bracketed paste (so a pasted
/// newline is text, not Enter), no cursor: the dashboard's terminal.
fn enter_terminal() -> io::Result<()> {
    terminal::enable_raw_mode()?;
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste,
        cursor::Hide
    )
}

/// Puts the terminal back as the shell had it. Never panics: it runs in the
/// panic hook too.
pub fn restore() {
    let _ = terminal::disable_raw_mode();
    let _ = execute!(
        io::stdout(),
        DisableBracketedPaste,
        DisableMouseCapture,
        LeaveAlternateScreen,
        cursor::Show
    );
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}
