//! The dashboard: a full-screen terminal face over the assessment repository.
//!
//! `app` holds the state and turns messages into new state and commands;
//! `view` draws the state; this module is the runtime that connects them to
//! the terminal, the file watcher and the worker threads.

pub mod app;
pub mod detail;
pub mod keymap;
pub mod rows;
pub mod sanitize;
pub mod view;
pub mod watch;

use std::io::{self, Stdout};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::time::Duration;

use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind};
use crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use crate::domain::Date;
use crate::repo::{self, history};
use app::{App, Command, Message};
use view::Theme;

/// Most commits listed in the history screen.
const HISTORY_LIMIT: usize = 500;

/// Runs the dashboard until the user quits. The terminal is restored on
/// return, on error and on panic.
pub fn run(root: PathBuf, fixed_today: Option<Date>, color: bool) -> io::Result<()> {
    install_panic_hook();
    let mut terminal = TerminalGuard::enter()?;
    let (tx, rx) = mpsc::channel();
    let stop = Arc::new(AtomicBool::new(false));
    spawn_input(tx.clone(), Arc::clone(&stop));
    let (_watch, note) = watch::start(&root, tx.clone());
    let today = fixed_today.unwrap_or_else(Date::today_local);
    let mut app = App::new(root.clone(), today, fixed_today.is_some());
    app.update(Message::Watching(note));
    for command in App::init() {
        spawn_command(command, &root, &tx);
    }
    let theme = Theme { color };
    let result = event_loop(&mut terminal.terminal, &mut app, &rx, &tx, theme);
    stop.store(true, Ordering::Relaxed);
    result
}

fn event_loop(
    terminal: &mut Terminal<CrosstermBackend<Stdout>>,
    app: &mut App,
    rx: &mpsc::Receiver<Message>,
    tx: &Sender<Message>,
    theme: Theme,
) -> io::Result<()> {
    loop {
        terminal.draw(|frame| view::draw(frame, app, theme))?;
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
        if !app.today_fixed {
            commands.extend(app.update(Message::Tick(Date::today_local())));
        }
        for command in commands {
            spawn_command(command, &app.root, tx);
        }
        if app.quit {
            return Ok(());
        }
    }
}

/// Reads terminal events on a thread of its own, so the UI thread only ever
/// waits on one channel.
fn spawn_input(tx: Sender<Message>, stop: Arc<AtomicBool>) {
    std::thread::spawn(move || {
        while !stop.load(Ordering::Relaxed) {
            match event::poll(Duration::from_millis(100)) {
                Ok(true) => {}
                Ok(false) => continue,
                Err(_) => return,
            }
            let message = match event::read() {
                Ok(Event::Key(key)) if key.kind != KeyEventKind::Release => Message::Key(key),
                Ok(Event::Mouse(mouse)) => Message::Mouse(mouse),
                Ok(Event::Resize(..)) => Message::Resize,
                Ok(_) => continue,
                Err(_) => return,
            };
            if tx.send(message).is_err() {
                return;
            }
        }
    });
}

/// Carries out a command on a worker thread; its result comes back as a message.
fn spawn_command(command: Command, root: &Path, tx: &Sender<Message>) {
    let (root, tx) = (root.to_path_buf(), tx.clone());
    std::thread::spawn(move || {
        let message = run_command(command, &root);
        let _ = tx.send(message);
    });
}

/// What a command produces; public so tests can drive the app without threads.
pub fn run_command(command: Command, root: &Path) -> Message {
    match command {
        Command::LoadAll => {
            Message::Loaded(repo::load(root).map(Box::new).map_err(|e| e.to_string()))
        }
        Command::ReloadFiles(paths) => Message::Reloaded(
            paths
                .into_iter()
                .map(|p| {
                    let state = repo::load_file(root, &p);
                    (p, state)
                })
                .collect(),
        ),
        Command::LoadHistory(path) => Message::HistoryLoaded {
            result: history::file_history(root, &path, HISTORY_LIMIT)
                .map_err(|e| e.message().to_owned()),
            path,
        },
        Command::LoadDiff { id, path } => Message::DiffLoaded {
            result: history::file_diff(root, &id, &path).map_err(|e| e.message().to_owned()),
            id,
        },
        Command::ReadBranch => Message::Branch(history::branch_name(root)),
    }
}

/// The terminal in raw mode on the alternate screen, restored when dropped.
struct TerminalGuard {
    terminal: Terminal<CrosstermBackend<Stdout>>,
}

impl TerminalGuard {
    fn enter() -> io::Result<TerminalGuard> {
        terminal::enable_raw_mode()?;
        let entered = execute!(
            io::stdout(),
            EnterAlternateScreen,
            EnableMouseCapture,
            cursor::Hide
        )
        .and_then(|_| Terminal::new(CrosstermBackend::new(io::stdout())));
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

/// Puts the terminal back as the shell had it. Never panics: it runs in the
/// panic hook too.
pub fn restore() {
    let _ = terminal::disable_raw_mode();
    let _ = execute!(
        io::stdout(),
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
