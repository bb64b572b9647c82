//! The dashboard's one state, the messages that change it, and the commands
//! it asks the runtime to carry out (the ratatui "Elm architecture").
//!
//! `update` does no I/O: loading, reloading and reading Git history are
//! commands the runtime runs off the UI thread, whose results come back as
//! messages. The view only draws: every scroll position and page size is
//! settled here, on resize and on every move.

mod access;
mod data;
mod keys;
mod list;
mod message;
mod mode;
mod records;
mod scrolls;
mod search;
mod table;

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;

pub use list::{Counts, Cursor, QuickFilter, ReminderRow};
pub use message::{Command, Message};
pub use mode::{EditorProblem, Mode, Palette, Trouble};
pub use records::editor_trouble;
pub use search::commit_matches;
pub use table::{PendingReminders, Table, TableBuilder, sorted};

use super::keymap::{Keymap, Screen};
use super::rows::{Column, Row};
use crate::i18n::Lang;
use crate::t;
use somevakt_core::Date;
use somevakt_store::clock::Clock;
use somevakt_store::history::CommitInfo;
use somevakt_store::watch::{ReloadReason, WatchNote};
use somevakt_store::{FileState, Register};

/// The Git history screen of one file.
#[derive(Debug, Clone, Default)]
pub struct HistoryState {
    pub path: String,
    pub loading: bool,
    pub commits: Vec<CommitInfo>,
    pub error: Option<String>,
    pub cursor: Cursor,
}

/// One commit's change to a file.
#[derive(Debug, Clone, Default)]
pub struct DiffState {
    /// The commit shown, so a late answer for another commit is ignored.
    pub commit: String,
    pub title: String,
    pub lines: Vec<String>,
    pub loading: bool,
    pub scroll: usize,
}

/// How far a full load has come: files read of how many (when known).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub loaded: usize,
    pub total: Option<usize>,
}

/// Everything the dashboard shows; drawn from nothing else.
#[derive(Debug)]
pub struct App {
    root: PathBuf,
    keymap: Keymap,
    /// The language of what the dashboard says.
    lang: Lang,
    branch: Option<String>,
    today: Date,
    /// The clock records are dated by: the real one but in tests. Never
    /// `--today`, which only changes how the register is evaluated.
    clock: Clock,
    /// `--today` was given: the day does not roll over.
    today_fixed: bool,
    /// The day a record made now is dated: the real clock's, whatever
    /// `--today` pins the evaluation to. The forms start their dates on it
    /// and refuse a date after it, as the record would.
    record_day: Date,
    /// The terminal's size: pages and scroll limits follow from it.
    size: (u16, u16),
    /// `Some` while a full load is under way.
    loading: Option<Progress>,
    /// Shared with the loader while it works out the reminders.
    register: Option<Arc<Register>>,
    rows: Vec<Row>,
    /// For each column chosen since the last load (urgency always), the
    /// indexes of `rows` in ascending order (the view runs one backwards
    /// for a descending sort). A column is sorted when first chosen, then
    /// kept up to date on every reload, so choosing it again never sorts.
    orders: HashMap<Column, Vec<usize>>,
    /// The sort column's order after the filters: what the overview lists.
    view: Vec<usize>,
    cursor: Cursor,
    screen: Screen,
    back: Vec<Screen>,
    mode: Mode,
    filter: String,
    quick: QuickFilter,
    sort: Column,
    descending: bool,
    counts: Counts,
    reminders: Vec<ReminderRow>,
    /// The full load whose reminders the loader is still putting in words.
    reminders_awaited: Option<u64>,
    /// Files read again while the reminders were awaited: their own
    /// reminders, already in `reminders`, stand over the loader's.
    reminders_patched: HashSet<String>,
    /// The rows of the table last installed took their overdue flags
    /// from the loader ([`Message::Overdue`]).
    overdue_marked: bool,
    reminder_cursor: Cursor,
    /// The `/` search of the history and reminders lists.
    search: String,
    /// The account whose detail and history are shown (its path).
    focus: Option<String>,
    detail_scroll: usize,
    /// The finding Enter fixes on the detail screen.
    detail_finding: usize,
    /// Set by `]`/`[`: the next settle scrolls the marked finding into view.
    reveal_finding: bool,
    help_scroll: usize,
    history: HistoryState,
    diff: DiffState,
    /// The last thing that happened, for the status line.
    message: String,
    /// A notice that outlasts the first load's message (an interrupted
    /// record, settings that could not be used).
    notice: Option<String>,
    /// Why everything is being loaded again, for the status line.
    reload_reason: Option<String>,
    /// Whether the watcher works, or why it fell back to polling.
    watch_note: String,
    /// A file the dashboard reloads itself after recording (or failing to
    /// record) it: its reload is no news, the status line keeps saying why.
    expected_reload: Option<String>,
    loads: Loads,
    /// The audit of the decision trail, read off the UI thread.
    audit: crate::tui::trail::AuditState,
    /// The audit's violations per account id, for the Findings column.
    audit_counts: std::collections::HashMap<String, usize>,
    /// The first audit waits for the first full load (see `init`).
    audit_asked: bool,
    /// The `/` text last cleared from the overview's filter: `n` and `N`
    /// step through the rows it matches once every row is back.
    last_filter: String,
    quit: bool,
}

/// Numbers every load, so an older full load never overwrites a newer
/// single-file reload (issue 8): a full load takes seconds at 20,000
/// accounts, and a file saved meanwhile is reloaded at once.
#[derive(Debug, Default)]
struct Loads {
    /// The last generation handed out.
    last: u64,
    /// The generation of the newest full load asked for.
    full: u64,
    /// Single-file reloads newer than the last full load applied, with the
    /// generation they were asked at: applied again over an older full load.
    recent: HashMap<String, (u64, FileState)>,
    /// Which generation each file's pending reload was asked at.
    asked: HashMap<String, u64>,
}

impl App {
    /// A dashboard on `root`, before anything is loaded.
    pub fn new(root: PathBuf, today: Date, today_fixed: bool) -> App {
        App {
            root,
            keymap: Keymap::default(),
            lang: Lang::En,
            branch: None,
            today,
            clock: Clock::system(),
            today_fixed,
            record_day: today,
            size: (80, 24),
            loading: Some(Progress::default()),
            register: None,
            rows: Vec::new(),
            orders: HashMap::new(),
            view: Vec::new(),
            cursor: Cursor::default(),
            screen: Screen::Overview,
            back: Vec::new(),
            mode: Mode::Browse,
            filter: String::new(),
            quick: QuickFilter::All,
            sort: Column::Urgency,
            descending: false,
            counts: Counts::default(),
            reminders: Vec::new(),
            reminders_awaited: None,
            reminders_patched: HashSet::new(),
            overdue_marked: false,
            reminder_cursor: Cursor::default(),
            search: String::new(),
            focus: None,
            detail_scroll: 0,
            detail_finding: 0,
            reveal_finding: false,
            help_scroll: 0,
            history: HistoryState::default(),
            diff: DiffState::default(),
            message: t!(Lang::En, "status-loading"),
            notice: None,
            reload_reason: None,
            watch_note: String::new(),
            expected_reload: None,
            loads: Loads::default(),
            audit: None,
            audit_counts: std::collections::HashMap::new(),
            audit_asked: false,
            last_filter: String::new(),
            quit: false,
        }
    }

    /// The day a record made now is dated.
    pub fn record_day(&self) -> Date {
        self.record_day
    }

    /// The same dashboard in `lang` (`--lang`, the locale, the policy).
    pub fn with_lang(mut self, lang: Lang) -> App {
        self.lang = lang;
        self.message = t!(lang, "status-loading");
        self
    }

    /// The same dashboard recording by `clock` (a fixed one in tests).
    pub fn with_clock(mut self, clock: Clock) -> App {
        self.clock = clock;
        self.record_day = clock.today();
        self
    }

    /// The same dashboard with the keys of the user's config file.
    pub fn with_keymap(mut self, keymap: Keymap) -> App {
        self.keymap = keymap;
        self
    }

    /// The commands to run at start.
    ///
    /// The audit of the trail is asked for only when the first full load
    /// is in: on a 2-core machine, an audit not yet cached (it reads every
    /// decision ever committed) would otherwise halve the speed of the
    /// load the table waits for.
    pub fn init(&mut self) -> Vec<Command> {
        vec![self.full_load(), Command::ReadBranch]
    }

    pub fn update(&mut self, message: Message) -> Vec<Command> {
        let commands = self.handle(message);
        self.settle();
        commands
    }

    fn handle(&mut self, message: Message) -> Vec<Command> {
        match message {
            Message::Key(key) => self.on_key(key),
            Message::Paste(text) => {
                self.on_paste(&text);
                Vec::new()
            }
            Message::Mouse(mouse) => self.on_mouse(mouse),
            Message::Resize(width, height) => {
                self.size = (width, height);
                Vec::new()
            }
            Message::Progress {
                generation,
                loaded,
                total,
            } => {
                if generation == self.loads.full && self.loading.is_some() {
                    self.loading = Some(Progress { loaded, total });
                }
                Vec::new()
            }
            Message::Loaded {
                generation,
                result,
                table,
            } => {
                self.on_loaded(generation, result, table);
                if std::mem::replace(&mut self.audit_asked, true) {
                    Vec::new()
                } else {
                    vec![Command::Audit { lang: self.lang() }]
                }
            }
            Message::Overdue {
                generation,
                accounts,
            } => {
                self.on_overdue(generation, &accounts);
                Vec::new()
            }
            Message::Reminders { generation, rows } => {
                self.on_reminders(generation, rows);
                Vec::new()
            }
            Message::Branch(branch) => {
                self.branch = branch;
                Vec::new()
            }
            Message::FilesChanged(paths) => vec![self.file_reload(paths)],
            Message::ReloadAll(reason) => {
                let reason = match reason {
                    ReloadReason::Policy => t!(self.lang(), "reload-policy"),
                    ReloadReason::Folder(folder) => {
                        t!(self.lang(), "reload-folder", folder = folder)
                    }
                };
                self.message = t!(
                    self.lang(),
                    "status-reloading-because",
                    reason = reason.clone()
                );
                self.reload_reason = Some(reason);
                // The policy may have changed where the audit starts or who
                // approves: the trail is judged again (from its cache).
                vec![self.full_load(), Command::Audit { lang: self.lang() }]
            }
            Message::GitChanged => {
                let mut commands = vec![Command::ReadBranch, Command::Audit { lang: self.lang() }];
                if !self.history.path.is_empty() {
                    self.history.loading = true;
                    commands.push(Command::LoadHistory(self.history.path.clone()));
                }
                commands
            }
            Message::Audited { result, trail } => {
                self.audit_counts.clear();
                if let Ok(report) = &result {
                    for v in report.violations() {
                        if let Some(account) = &v.account {
                            *self.audit_counts.entry(account.clone()).or_default() += 1;
                        }
                    }
                }
                self.audit = Some(result);
                self.on_trail(trail);
                self.mark_audit();
                Vec::new()
            }
            Message::DecideChecked(Ok(())) => self.open_form(crate::tui::form::FormKind::Decide),
            Message::DecideChecked(Err(why)) => {
                self.message = why;
                Vec::new()
            }
            Message::Reloaded { generation, files } => {
                self.on_reloaded(generation, files);
                Vec::new()
            }
            Message::HistoryLoaded { path, result } => {
                if path == self.history.path {
                    self.history.loading = false;
                    match result {
                        Ok(commits) => {
                            self.history.commits = commits;
                            self.history.error = None;
                        }
                        Err(e) => self.history.error = Some(e),
                    }
                }
                Vec::new()
            }
            Message::DiffLoaded { id, result } => {
                if self.diff.commit == id {
                    self.diff.loading = false;
                    self.diff.lines = match result {
                        Ok(text) => text.lines().map(crate::text::sanitize).collect(),
                        Err(e) => vec![t!(self.lang(), "diff-cannot-read", error = e)],
                    };
                }
                Vec::new()
            }
            Message::Watching(note) => {
                let lang = self.lang();
                self.watch_note = match note {
                    WatchNote::Watching => t!(lang, "watch-watching"),
                    WatchNote::Polling { seconds, why: None } => {
                        t!(lang, "watch-polling-asked", seconds = seconds)
                    }
                    WatchNote::Polling {
                        seconds,
                        why: Some(why),
                    } => t!(lang, "watch-polling-failed", seconds = seconds, error = why),
                    WatchNote::NotWatching(why) => t!(lang, "watch-none", error = why),
                    WatchNote::Error => t!(lang, "watch-error"),
                };
                Vec::new()
            }
            Message::Prepared(result) => self.on_prepared(result),
            Message::Committed(result) => self.on_committed(result),
            Message::EditorClosed { id, head, before } => {
                self.focus = Some(id.relative_path());
                // The watcher's echo of the editor's own save is no news: it
                // must not replace what the dashboard says about the edit.
                self.expected_reload = Some(id.relative_path());
                vec![Command::PrepareEdit {
                    id,
                    head,
                    before,
                    clock: self.clock,
                    lang: self.lang(),
                }]
            }
            Message::EditorFailed { id, trouble } => {
                self.mode = Mode::EditorProblem(EditorProblem { id, trouble });
                Vec::new()
            }
            Message::EditResult { result: Ok(()), .. } => {
                self.message = t!(self.lang(), "status-editor-no-change");
                Vec::new()
            }
            Message::EditResult {
                id,
                result: Err(problem),
            } => {
                self.mode = Mode::EditorProblem(EditorProblem {
                    id,
                    trouble: Trouble::Invalid(problem),
                });
                Vec::new()
            }
            Message::Restored { id, result } => {
                let path = id.relative_path();
                self.message = match result {
                    Ok(()) => t!(self.lang(), "status-restored", path = path.clone()),
                    Err(e) => t!(
                        self.lang(),
                        "status-cannot-restore",
                        path = path.clone(),
                        error = e
                    ),
                };
                self.expected_reload = Some(path.clone());
                vec![self.file_reload(vec![path])]
            }
            Message::Done(text) => {
                self.message = text;
                Vec::new()
            }
            Message::Opened { url, error } => {
                let url = crate::text::sanitize(&url);
                self.message = match error {
                    None => t!(self.lang(), "status-opened", url = url),
                    Some(e) => t!(self.lang(), "status-cannot-open", url = url, error = e),
                };
                Vec::new()
            }
            Message::Notice(notice) => {
                self.message = notice.clone();
                self.notice = Some(notice);
                Vec::new()
            }
            Message::Tick(today) => {
                self.record_day = today;
                if !self.today_fixed && today != self.today {
                    self.today = today;
                    self.rebuild();
                    self.message = t!(self.lang(), "status-new-day", day = today.to_string());
                }
                Vec::new()
            }
        }
    }

    /// A full load with a new generation number.
    fn full_load(&mut self) -> Command {
        self.loads.last += 1;
        self.loads.full = self.loads.last;
        if self.loading.is_none() {
            self.loading = Some(Progress::default());
        }
        Command::LoadAll {
            generation: self.loads.last,
            today: self.today,
            lang: self.lang(),
        }
    }

    /// A reload of some files with a new generation number.
    fn file_reload(&mut self, paths: Vec<String>) -> Command {
        self.loads.last += 1;
        for p in &paths {
            self.loads.asked.insert(p.clone(), self.loads.last);
        }
        Command::ReloadFiles {
            generation: self.loads.last,
            paths,
        }
    }
}
