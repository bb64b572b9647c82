//! The dashboard's one state, the messages that change it, and the commands
//! it asks the runtime to carry out (the ratatui "Elm architecture").
//!
//! `update` does no I/O: loading, reloading and reading Git history are
//! commands the runtime runs off the UI thread, whose results come back as
//! messages.

use std::path::PathBuf;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseEvent, MouseEventKind};

use super::form::{Form, FormKind, Stage};
use super::keymap::{self, Action, Screen};
use super::rows::{Column, Row};
use crate::report::remind;
use somevakt_core::AccountId;
use somevakt_core::Date;
use somevakt_core::Request;
use somevakt_core::reminders::ReminderKind;
use somevakt_store::history::CommitInfo;
use somevakt_store::record::Prepared;
use somevakt_store::{FileState, InvalidFile, Register};

/// Narrows the overview to what needs a certain kind of attention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuickFilter {
    All,
    Attention,
    Overdue,
    Inactive,
    Snapshots,
    Invalid,
}

impl QuickFilter {
    const ORDER: [QuickFilter; 6] = [
        QuickFilter::All,
        QuickFilter::Attention,
        QuickFilter::Overdue,
        QuickFilter::Inactive,
        QuickFilter::Snapshots,
        QuickFilter::Invalid,
    ];

    pub fn label(self) -> &'static str {
        match self {
            QuickFilter::All => "all",
            QuickFilter::Attention => "needs attention",
            QuickFilter::Overdue => "overdue",
            QuickFilter::Inactive => "inactive",
            QuickFilter::Snapshots => "snapshots",
            QuickFilter::Invalid => "invalid",
        }
    }

    fn step(self, forward: bool) -> QuickFilter {
        let n = Self::ORDER.len();
        let i = Self::ORDER.iter().position(|q| *q == self).unwrap_or(0);
        Self::ORDER[if forward {
            (i + 1) % n
        } else {
            (i + n - 1) % n
        }]
    }

    fn keeps(self, row: &Row) -> bool {
        match self {
            QuickFilter::All => true,
            QuickFilter::Attention => row.needs_attention(),
            QuickFilter::Overdue => row.overdue,
            QuickFilter::Inactive => row.inactive,
            QuickFilter::Snapshots => row.snapshot_problem,
            QuickFilter::Invalid => row.id.is_none(),
        }
    }
}

/// One line of the reminders screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderRow {
    pub kind: ReminderKind,
    pub account: String,
    pub path: String,
    pub name: String,
    pub title: &'static str,
    pub due: Date,
    pub days: i64,
    pub detail: String,
    pub overdue: bool,
}

/// What the header counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub accounts: usize,
    pub approved: usize,
    pub conditional: usize,
    pub not_approved: usize,
    pub pending: usize,
    pub reapproval: usize,
    pub reviews_overdue: usize,
    pub reviews_due_soon: usize,
    pub inactive: usize,
    pub snapshots_missing: usize,
    pub snapshots_old: usize,
    pub invalid: usize,
}

/// A list with a selection and a scroll offset.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cursor {
    pub selected: usize,
    pub offset: usize,
}

impl Cursor {
    fn apply(&mut self, action: Action, len: usize, page: usize) {
        let last = len.saturating_sub(1);
        let page = page.max(1);
        self.selected = match action {
            Action::Up => self.selected.saturating_sub(1),
            Action::Down => (self.selected + 1).min(last),
            Action::PageUp => self.selected.saturating_sub(page),
            Action::PageDown => (self.selected + page).min(last),
            Action::Top => 0,
            Action::Bottom => last,
            _ => self.selected,
        };
        self.keep_visible(len, page);
    }

    /// Scrolls so the selection is on screen; the list draws only `page` rows.
    pub fn keep_visible(&mut self, len: usize, page: usize) {
        let page = page.max(1);
        self.selected = self.selected.min(len.saturating_sub(1));
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + page {
            self.offset = self.selected + 1 - page;
        }
        self.offset = self.offset.min(len.saturating_sub(page));
    }
}

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

/// Everything the dashboard shows; drawn from nothing else.
#[derive(Debug)]
pub struct App {
    pub root: PathBuf,
    pub branch: Option<String>,
    pub today: Date,
    /// `--today` was given: the day does not roll over.
    pub today_fixed: bool,
    pub loading: bool,
    pub register: Option<Register>,
    pub rows: Vec<Row>,
    /// Indexes into `rows` in sort order.
    order: Vec<usize>,
    /// `order` after the filters: what the overview lists.
    pub view: Vec<usize>,
    pub cursor: Cursor,
    pub screen: Screen,
    back: Vec<Screen>,
    pub filter: String,
    pub filtering: bool,
    pub quick: QuickFilter,
    pub sort: Column,
    pub descending: bool,
    pub counts: Counts,
    pub reminders: Vec<ReminderRow>,
    pub reminder_cursor: Cursor,
    /// The account whose detail and history are shown (its path).
    pub focus: Option<String>,
    pub detail_scroll: usize,
    pub help_scroll: usize,
    pub history: HistoryState,
    pub diff: DiffState,
    /// The last thing that happened, for the status line.
    pub message: String,
    /// A notice that outlasts the first load's message (an interrupted record).
    notice: Option<String>,
    /// Why everything is being loaded again, for the status line.
    reload_reason: Option<String>,
    /// Whether the watcher works, or why it fell back to polling.
    pub watch_note: String,
    /// A file the dashboard reloads itself after recording (or failing to
    /// record) it: its reload is no news, the status line keeps saying why.
    expected_reload: Option<String>,
    /// A record being made, in a popup.
    pub form: Option<Form>,
    /// How far the preview of a change is scrolled.
    pub preview_scroll: usize,
    /// A file saved from the editor that does not parse: (account, problem).
    pub invalid_edit: Option<(AccountId, String)>,
    /// Rows of the list on screen, set by the view for paging.
    pub page: usize,
    /// Screen row of the overview's first data row, set by the view for the mouse.
    pub list_top: u16,
    pub quit: bool,
}

/// What happened.
#[derive(Debug)]
pub enum Message {
    Key(KeyEvent),
    Mouse(MouseEvent),
    Resize,
    Loaded(Result<Box<Register>, String>),
    Branch(Option<String>),
    /// Files under `assessments/` changed on disk (paths from the root).
    FilesChanged(Vec<String>),
    /// The policy or a whole folder changed: load everything again (why).
    ReloadAll(String),
    /// HEAD or a ref moved: history may have changed.
    GitChanged,
    Reloaded(Vec<(String, FileState)>),
    HistoryLoaded {
        path: String,
        result: Result<Vec<CommitInfo>, String>,
    },
    DiffLoaded {
        id: String,
        result: Result<String, String>,
    },
    Watching(String),
    /// A record's change was prepared (or refused).
    Prepared(Result<Box<Prepared>, String>),
    /// A record was committed: (subject, short commit id), or refused.
    Committed(Result<(String, String), String>),
    /// The editor closed on an account's file.
    EditorClosed {
        id: AccountId,
        head: Option<somevakt_core::CommitId>,
        before: Option<String>,
    },
    /// What the editor left on an account's file: unchanged, or not a
    /// valid assessment.
    EditResult {
        id: AccountId,
        result: Result<(), String>,
    },
    /// A minute passed (the day may have rolled over).
    Tick(Date),
    /// Something the user must know, e.g. a record interrupted before its
    /// commit and how to finish it.
    Notice(String),
}

/// Work for the runtime, off the UI thread.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    LoadAll,
    ReloadFiles(Vec<String>),
    LoadHistory(String),
    LoadDiff {
        id: String,
        path: String,
    },
    ReadBranch,
    Prepare {
        id: AccountId,
        request: Request,
        today: Date,
    },
    Confirm(Box<Prepared>),
    /// Suspends the dashboard and opens the file in the user's editor.
    OpenEditor(AccountId),
    /// Reads the file the editor left and prepares its commit.
    PrepareEdit {
        id: AccountId,
        head: Option<somevakt_core::CommitId>,
        before: Option<String>,
        today: Date,
    },
}

impl App {
    pub fn new(root: PathBuf, today: Date, today_fixed: bool) -> App {
        App {
            root,
            branch: None,
            today,
            today_fixed,
            loading: true,
            register: None,
            rows: Vec::new(),
            order: Vec::new(),
            view: Vec::new(),
            cursor: Cursor::default(),
            screen: Screen::Overview,
            back: Vec::new(),
            filter: String::new(),
            filtering: false,
            quick: QuickFilter::All,
            sort: Column::Urgency,
            descending: false,
            counts: Counts::default(),
            reminders: Vec::new(),
            reminder_cursor: Cursor::default(),
            focus: None,
            detail_scroll: 0,
            help_scroll: 0,
            history: HistoryState::default(),
            diff: DiffState::default(),
            message: "Loading…".into(),
            notice: None,
            reload_reason: None,
            watch_note: String::new(),
            expected_reload: None,
            form: None,
            preview_scroll: 0,
            invalid_edit: None,
            page: 20,
            list_top: 0,
            quit: false,
        }
    }

    /// The commands to run at start.
    pub fn init() -> Vec<Command> {
        vec![Command::LoadAll, Command::ReadBranch]
    }

    pub fn update(&mut self, message: Message) -> Vec<Command> {
        match message {
            Message::Key(key) => self.on_key(key),
            Message::Mouse(mouse) => self.on_mouse(mouse),
            Message::Resize => Vec::new(),
            Message::Loaded(Ok(register)) => {
                let n = register.accounts.len() + register.invalid.len();
                self.register = Some(*register);
                self.loading = false;
                self.rebuild();
                self.message = match (self.reload_reason.take(), self.notice.take()) {
                    (_, Some(notice)) => notice,
                    (Some(reason), None) => format!("{reason}: reloaded {n} files"),
                    (None, None) => format!("Loaded {n} files"),
                };
                Vec::new()
            }
            Message::Loaded(Err(e)) => {
                self.loading = false;
                self.message = format!("Cannot load: {e}");
                Vec::new()
            }
            Message::Branch(branch) => {
                self.branch = branch;
                Vec::new()
            }
            Message::FilesChanged(paths) => vec![Command::ReloadFiles(paths)],
            Message::ReloadAll(reason) => {
                self.message = format!("{reason}: reloading every file…");
                self.reload_reason = Some(reason);
                vec![Command::LoadAll]
            }
            Message::GitChanged => {
                let mut commands = vec![Command::ReadBranch];
                if !self.history.path.is_empty() {
                    self.history.loading = true;
                    commands.push(Command::LoadHistory(self.history.path.clone()));
                }
                commands
            }
            Message::Reloaded(files) => {
                self.apply_reload(files);
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
                    let (len, page) = (self.history.commits.len(), self.page);
                    self.history.cursor.keep_visible(len, page);
                }
                Vec::new()
            }
            Message::DiffLoaded { id, result } => {
                if self.diff.commit == id {
                    self.diff.loading = false;
                    self.diff.lines = match result {
                        Ok(text) => text.lines().map(crate::text::sanitize).collect(),
                        Err(e) => vec![format!("Cannot read the commit: {e}")],
                    };
                }
                Vec::new()
            }
            Message::Watching(note) => {
                self.watch_note = note;
                Vec::new()
            }
            Message::Notice(notice) => {
                self.message = notice.clone();
                self.notice = Some(notice);
                Vec::new()
            }
            Message::Prepared(result) => {
                if let Some(form) = &mut self.form {
                    match result {
                        Ok(prepared) => {
                            form.stage = Stage::Preview(prepared);
                            form.problem = None;
                            self.preview_scroll = 0;
                        }
                        Err(e) => {
                            form.stage = Stage::Editing;
                            form.problem = Some(e);
                        }
                    }
                } else if let Ok(prepared) = result {
                    // An edit made in the editor: show it for confirmation.
                    self.form = Some(edit_form(*prepared));
                    self.preview_scroll = 0;
                } else if let Err(e) = result {
                    self.message = e;
                }
                Vec::new()
            }
            Message::Committed(Ok((subject, short))) => {
                let path = self.form.as_ref().and_then(|f| match &f.stage {
                    Stage::Committing | Stage::Preview(_) => {
                        f.account.as_ref().map(AccountId::relative_path)
                    }
                    _ => None,
                });
                self.form = None;
                self.message = format!("Recorded \"{subject}\" in commit {short}");
                self.expected_reload = path.clone();
                let mut commands = vec![Command::ReadBranch];
                if let Some(path) = path {
                    commands.push(Command::ReloadFiles(vec![path.clone()]));
                    self.history.path.clear();
                    if self.focus.as_deref() == Some(path.as_str()) {
                        commands.extend(self.history_command());
                    }
                }
                commands
            }
            Message::Committed(Err(e)) => {
                let Some(form) = &mut self.form else {
                    return Vec::new();
                };
                let path = form.account.as_ref().map(AccountId::relative_path);
                if form.kind == FormKind::Edit {
                    // No form to go back to: the edit stays in the file.
                    self.form = None;
                    self.message = format!("Not committed: {e}");
                } else {
                    form.stage = Stage::Editing;
                    form.problem = Some(e);
                }
                // The file or the branch moved: show them as they are now.
                self.expected_reload = path.clone();
                let mut commands = vec![Command::ReadBranch];
                commands.extend(path.map(|p| Command::ReloadFiles(vec![p])));
                commands
            }
            Message::EditorClosed { id, head, before } => {
                self.focus = Some(id.relative_path());
                vec![Command::PrepareEdit {
                    id,
                    head,
                    before,
                    today: self.today,
                }]
            }
            Message::EditResult { result: Ok(()), .. } => {
                self.message = "The editor closed without a change: nothing to record".into();
                Vec::new()
            }
            Message::EditResult {
                id,
                result: Err(problem),
            } => {
                self.invalid_edit = Some((id, problem));
                Vec::new()
            }
            Message::Tick(today) => {
                if !self.today_fixed && today != self.today {
                    self.today = today;
                    self.rebuild();
                    self.message = format!("A new day: {today}");
                }
                Vec::new()
            }
        }
    }

    // ---- keys ---------------------------------------------------------------

    fn on_key(&mut self, key: KeyEvent) -> Vec<Command> {
        if self.form.is_some() {
            return self.on_form_key(key);
        }
        if let Some((id, _)) = &self.invalid_edit {
            let id = id.clone();
            return match key.code {
                KeyCode::Char('e') => {
                    self.invalid_edit = None;
                    vec![Command::OpenEditor(id)]
                }
                KeyCode::Esc => {
                    self.invalid_edit = None;
                    self.message =
                        format!("{} is left as saved, not committed", id.relative_path());
                    Vec::new()
                }
                _ => Vec::new(),
            };
        }
        if self.filtering {
            return self.on_filter_key(key);
        }
        match keymap::action(self.screen, &key) {
            Some(action) => self.act(action),
            None => Vec::new(),
        }
    }

    fn on_filter_key(&mut self, key: KeyEvent) -> Vec<Command> {
        match keymap::action_in(&keymap::FILTER, &key) {
            Some(Action::FilterAccept) => self.filtering = false,
            Some(Action::FilterCancel) => {
                self.filtering = false;
                self.filter.clear();
                self.refilter();
            }
            Some(Action::FilterDelete) => {
                self.filter.pop();
                self.refilter();
            }
            Some(Action::Quit) => self.quit = true,
            _ => {
                if let KeyCode::Char(c) = key.code
                    && !key.modifiers.contains(KeyModifiers::CONTROL)
                {
                    self.filter.push(c);
                    self.refilter();
                }
            }
        }
        Vec::new()
    }

    fn on_mouse(&mut self, mouse: MouseEvent) -> Vec<Command> {
        match mouse.kind {
            MouseEventKind::ScrollDown => self.act(Action::Down),
            MouseEventKind::ScrollUp => self.act(Action::Up),
            MouseEventKind::Down(_) if self.screen == Screen::Overview => {
                if mouse.row >= self.list_top {
                    let index = self.cursor.offset + usize::from(mouse.row - self.list_top);
                    if index < self.view.len() {
                        self.cursor.selected = index;
                    }
                }
                Vec::new()
            }
            _ => Vec::new(),
        }
    }

    fn act(&mut self, action: Action) -> Vec<Command> {
        use Action as A;
        match action {
            A::Up | A::Down | A::PageUp | A::PageDown | A::Top | A::Bottom => {
                self.move_in_screen(action);
                Vec::new()
            }
            A::Quit => {
                self.quit = true;
                Vec::new()
            }
            A::Help => {
                if self.screen == Screen::Help {
                    self.go_back();
                } else {
                    self.help_scroll = 0;
                    self.go(Screen::Help);
                }
                Vec::new()
            }
            A::Back => {
                if self.screen == Screen::Overview {
                    self.filter.clear();
                    self.quick = QuickFilter::All;
                    self.refilter();
                } else {
                    self.go_back();
                }
                Vec::new()
            }
            A::Open => self.open(),
            A::NextScreen | A::PreviousScreen => self.cycle(action == A::NextScreen),
            A::GoOverview => {
                self.back.clear();
                self.screen = Screen::Overview;
                Vec::new()
            }
            A::GoDetail => {
                self.focus_selected();
                self.open_detail()
            }
            A::GoHistory => {
                if self.screen == Screen::Overview {
                    self.focus_selected();
                }
                self.open_history()
            }
            A::GoReminders => {
                self.go(Screen::Reminders);
                Vec::new()
            }
            A::StartFilter => {
                self.filtering = true;
                Vec::new()
            }
            A::NextQuickFilter | A::PreviousQuickFilter => {
                self.quick = self.quick.step(action == A::NextQuickFilter);
                self.refilter();
                Vec::new()
            }
            A::NextSort => {
                self.sort = self.sort.next();
                self.descending = false;
                self.resort();
                Vec::new()
            }
            A::ReverseSort => {
                self.descending = !self.descending;
                self.resort();
                Vec::new()
            }
            A::Reload => {
                self.message = "Reloading every file…".into();
                vec![Command::LoadAll]
            }
            A::Decide => self.open_form(FormKind::Decide),
            A::RecordSnapshot => self.open_form(FormKind::Snapshot),
            A::RecordActivity => self.open_form(FormKind::Activity),
            A::CloseAccount => self.open_form(FormKind::Close),
            A::NewAccount => self.open_form(FormKind::New),
            A::EditInEditor => {
                self.focus_if_overview();
                match self.focused_id() {
                    Some(id) => vec![Command::OpenEditor(id)],
                    None => Vec::new(),
                }
            }
            _ => Vec::new(),
        }
    }

    fn focus_if_overview(&mut self) {
        if self.screen == Screen::Overview {
            self.focus_selected();
        }
    }

    /// The focused file's account id, valid or not: an invalid file is
    /// exactly the one to open in the editor.
    pub fn focused_id(&self) -> Option<AccountId> {
        self.focus
            .as_deref()
            .and_then(|path| somevakt_store::load::id_of(path).ok())
    }

    fn open_form(&mut self, kind: FormKind) -> Vec<Command> {
        self.focus_if_overview();
        let existing: Vec<String> = self
            .register
            .as_ref()
            .map(|r| r.accounts.iter().map(|a| a.id.to_string()).collect())
            .unwrap_or_default();
        let account = self
            .focused_account()
            .map(|a| (a.id.clone(), a.assessment.clone()));
        let municipality = account
            .as_ref()
            .map(|(_, a)| a.account.municipality.clone())
            .unwrap_or_default();
        if kind != FormKind::New && account.is_none() {
            self.message = "Select a valid account first".into();
            return Vec::new();
        }
        // A new account starts in the folder of the selected one.
        let folder = account
            .as_ref()
            .and_then(|(id, _)| id.as_str().rsplit_once('/').map(|(f, _)| f.to_owned()))
            .unwrap_or_default();
        let account = if kind == FormKind::New { None } else { account };
        let form = Form::new(kind, account, &municipality, &folder, self.today, existing);
        self.form = Some(form);
        Vec::new()
    }

    fn on_form_key(&mut self, key: KeyEvent) -> Vec<Command> {
        let today = self.today;
        let Some(form) = &mut self.form else {
            return Vec::new();
        };
        match &form.stage {
            Stage::Preparing | Stage::Committing => {
                if keymap::action_in(&keymap::PREVIEW, &key) == Some(Action::Quit) {
                    self.quit = true;
                }
                Vec::new()
            }
            Stage::Preview(prepared) => match keymap::action_in(&keymap::PREVIEW, &key) {
                Some(Action::Confirm) => {
                    let prepared = prepared.clone();
                    form.stage = Stage::Committing;
                    vec![Command::Confirm(prepared)]
                }
                Some(Action::Cancel) => {
                    if form.kind == FormKind::Edit {
                        // An edit from the editor has no form to go back to.
                        self.form = None;
                        self.message = "Not committed: the edit stays in the file".into();
                    } else {
                        form.stage = Stage::Editing;
                    }
                    Vec::new()
                }
                Some(Action::Quit) => {
                    self.quit = true;
                    Vec::new()
                }
                Some(action) => {
                    self.preview_scroll = scroll(self.preview_scroll, action, self.page);
                    Vec::new()
                }
                None => Vec::new(),
            },
            Stage::Editing => {
                let action = keymap::action_in(&keymap::FORM, &key);
                let last = form.fields.len().saturating_sub(1);
                let Some(field) = form.fields.get_mut(form.focus) else {
                    // A form without fields (an edit's) is never edited.
                    return Vec::new();
                };
                match action {
                    Some(Action::Cancel) => {
                        self.form = None;
                        self.message = "Cancelled: nothing was written".into();
                        return Vec::new();
                    }
                    Some(Action::Quit) => {
                        self.quit = true;
                        return Vec::new();
                    }
                    Some(Action::NextField) => form.focus = (form.focus + 1).min(last),
                    Some(Action::PreviousField) => form.focus = form.focus.saturating_sub(1),
                    Some(Action::ChoiceNext) => field.cycle(true),
                    Some(Action::ChoicePrevious) => field.cycle(false),
                    Some(Action::DeleteChar) => {
                        if !field.is_choice() {
                            field.value.pop();
                        }
                    }
                    Some(Action::Submit) if form.focus < last => form.focus += 1,
                    Some(Action::Submit) => {
                        return match form.request(today) {
                            Ok((id, request)) => {
                                form.stage = Stage::Preparing;
                                form.problem = None;
                                vec![Command::Prepare { id, request, today }]
                            }
                            Err(problem) => {
                                form.problem = Some(problem);
                                Vec::new()
                            }
                        };
                    }
                    _ => {
                        if let KeyCode::Char(c) = key.code
                            && !key.modifiers.contains(KeyModifiers::CONTROL)
                            && !field.is_choice()
                        {
                            field.value.push(c);
                        }
                    }
                }
                // Validation as you type: what would stop the record now.
                form.problem = form.request(today).err();
                Vec::new()
            }
        }
    }

    fn move_in_screen(&mut self, action: Action) {
        let page = self.page;
        match self.screen {
            Screen::Overview => self.cursor.apply(action, self.view.len(), page),
            Screen::Reminders => self
                .reminder_cursor
                .apply(action, self.reminders.len(), page),
            Screen::History => self
                .history
                .cursor
                .apply(action, self.history.commits.len(), page),
            Screen::Detail => self.detail_scroll = scroll(self.detail_scroll, action, page),
            Screen::Diff => self.diff.scroll = scroll(self.diff.scroll, action, page),
            Screen::Help => self.help_scroll = scroll(self.help_scroll, action, page),
        }
    }

    fn open(&mut self) -> Vec<Command> {
        match self.screen {
            Screen::Overview => {
                self.focus_selected();
                self.open_detail()
            }
            Screen::Reminders => match self.reminders.get(self.reminder_cursor.selected) {
                Some(r) => {
                    self.focus = Some(r.path.clone());
                    self.open_detail()
                }
                None => Vec::new(),
            },
            Screen::History => {
                let Some(commit) = self.history.commits.get(self.history.cursor.selected) else {
                    return Vec::new();
                };
                self.diff = DiffState {
                    commit: commit.id.clone(),
                    title: format!("{} {}", commit.short_id, commit.subject),
                    lines: Vec::new(),
                    loading: true,
                    scroll: 0,
                };
                let command = Command::LoadDiff {
                    id: commit.id.clone(),
                    path: self.history.path.clone(),
                };
                self.go(Screen::Diff);
                vec![command]
            }
            _ => Vec::new(),
        }
    }

    fn cycle(&mut self, forward: bool) -> Vec<Command> {
        const ORDER: [Screen; 4] = [
            Screen::Overview,
            Screen::Detail,
            Screen::History,
            Screen::Reminders,
        ];
        let i = ORDER.iter().position(|s| *s == self.screen).unwrap_or(0);
        let next = ORDER[if forward { (i + 1) % 4 } else { (i + 3) % 4 }];
        self.back.clear();
        match next {
            Screen::Detail => {
                self.focus_selected();
                self.screen = Screen::Detail;
                self.history_command()
            }
            Screen::History => {
                self.focus_selected();
                self.screen = Screen::History;
                self.history_command()
            }
            other => {
                self.screen = other;
                Vec::new()
            }
        }
    }

    fn go(&mut self, screen: Screen) {
        if self.screen != screen {
            self.back.push(self.screen);
            self.screen = screen;
        }
    }

    /// The screen the help screen describes: the one it was opened from.
    pub fn help_for(&self) -> Screen {
        self.back.last().copied().unwrap_or(Screen::Overview)
    }

    fn go_back(&mut self) {
        self.screen = self.back.pop().unwrap_or(Screen::Overview);
    }

    /// Makes the overview's selected row the account the other screens show.
    fn focus_selected(&mut self) {
        if let Some(row) = self.selected_row() {
            let path = row.path.clone();
            if self.focus.as_deref() != Some(path.as_str()) {
                self.detail_scroll = 0;
            }
            self.focus = Some(path);
        }
    }

    /// Opens the detail, and reads the account's history in the background
    /// for the commit that recorded its current decision.
    fn open_detail(&mut self) -> Vec<Command> {
        if self.focus.is_none() {
            return Vec::new();
        }
        self.go(Screen::Detail);
        self.history_command()
    }

    fn open_history(&mut self) -> Vec<Command> {
        if self.focus.is_none() {
            return Vec::new();
        }
        self.go(Screen::History);
        self.history_command()
    }

    /// Asks for the focused file's history unless it is already shown.
    fn history_command(&mut self) -> Vec<Command> {
        let Some(path) = self.focus.clone() else {
            return Vec::new();
        };
        if self.history.path == path && !self.history.loading && self.history.error.is_none() {
            return Vec::new();
        }
        self.history = HistoryState {
            path: path.clone(),
            loading: true,
            ..HistoryState::default()
        };
        vec![Command::LoadHistory(path)]
    }

    // ---- data ---------------------------------------------------------------

    pub fn selected_row(&self) -> Option<&Row> {
        self.view.get(self.cursor.selected).map(|&i| &self.rows[i])
    }

    /// The row of the focused account.
    pub fn focused_row(&self) -> Option<&Row> {
        let path = self.focus.as_deref()?;
        self.rows.iter().find(|r| r.path == path)
    }

    /// Rebuilds every row from the register (after a load, or a new day).
    fn rebuild(&mut self) {
        let Some(register) = &self.register else {
            return;
        };
        let keep = self.selected_row().map(|r| r.path.clone());
        let reports = somevakt_core::evaluate_all(register, self.today);
        self.rows = reports
            .iter()
            .map(|r| Row::from_report(r, self.today))
            .collect();
        self.rows
            .extend(register.invalid.iter().map(Row::from_invalid));
        self.reminders = reminder_rows(&reports, register, self.today);
        self.recount();
        self.resort();
        self.reselect(keep);
    }

    /// Applies files read again after they changed on disk. Only those
    /// files are evaluated again: at 20,000 accounts, evaluating them all
    /// would freeze the screen on every save.
    fn apply_reload(&mut self, files: Vec<(String, FileState)>) {
        let keep = self.selected_row().map(|r| r.path.clone());
        let today = self.today;
        let Some(register) = &mut self.register else {
            return;
        };
        let mut names = Vec::new();
        for (path, state) in files {
            register.accounts.retain(|a| a.path != path);
            register.invalid.retain(|f| f.path != path);
            self.rows.retain(|r| r.path != path);
            self.reminders.retain(|r| r.path != path);
            let word = match state {
                FileState::Loaded(account) => {
                    let report = somevakt_core::AccountReport {
                        evaluation: somevakt_core::evaluate(
                            &account.assessment,
                            &register.policy,
                            today,
                        ),
                        account: &account,
                    };
                    self.rows.push(Row::from_report(&report, today));
                    self.reminders.extend(reminder_rows(
                        std::slice::from_ref(&report),
                        register,
                        today,
                    ));
                    let at = register.accounts.partition_point(|a| a.id < account.id);
                    register.accounts.insert(at, *account);
                    "reloaded"
                }
                FileState::Invalid(problem) => {
                    self.rows.push(Row::from_invalid(&problem));
                    let at = register.invalid.partition_point(|f| f.path < problem.path);
                    register.invalid.insert(at, problem);
                    "invalid"
                }
                FileState::Gone => "removed",
            };
            names.push(format!("{path} ({word})"));
        }
        sort_reminders(&mut self.reminders);
        self.recount();
        self.resort();
        self.reselect(keep);
        // A reload the dashboard asked for itself is no news, and neither is
        // the watcher's echo of it: keep saying why until another file changes.
        let expected = self.expected_reload.as_deref();
        if names.len() == 1 && expected.is_some_and(|path| names[0].starts_with(path)) {
            return;
        }
        self.expected_reload = None;
        self.message = match names.len() {
            0 => "Nothing to reload".into(),
            1 => format!("Changed on disk: {}", names[0]),
            n => format!("Changed on disk: {n} files ({})", names.join(", ")),
        };
    }

    fn recount(&mut self) {
        use somevakt_core::status::{ActivityStatus, Approval, ReviewStatus, SnapshotStatus};
        let mut c = Counts::default();
        for row in &self.rows {
            let Some(e) = &row.evaluation else {
                c.invalid += 1;
                continue;
            };
            let s = &e.status;
            c.accounts += 1;
            match s.approval {
                Approval::Approved => c.approved += 1,
                Approval::ConditionallyApproved => c.conditional += 1,
                Approval::NotApproved => c.not_approved += 1,
                Approval::Pending => c.pending += 1,
                Approval::NeedsReapproval => c.reapproval += 1,
            }
            c.reviews_overdue += usize::from(s.review == ReviewStatus::Overdue);
            c.reviews_due_soon += usize::from(s.review == ReviewStatus::DueSoon);
            c.inactive += usize::from(s.activity == ActivityStatus::Inactive);
            c.snapshots_missing += usize::from(s.snapshots == SnapshotStatus::Missing);
            c.snapshots_old += usize::from(s.snapshots == SnapshotStatus::Overdue);
        }
        self.counts = c;
    }

    /// Sorts all rows by the chosen column, then filters.
    fn resort(&mut self) {
        let keep = self.selected_row().map(|r| r.path.clone());
        let (rows, column) = (&self.rows, self.sort);
        let mut order: Vec<usize> = (0..rows.len()).collect();
        // Ties end on the unique path, so the order is total and an unstable
        // sort gives the same result, faster.
        order.sort_unstable_by(|&a, &b| rows[a].compare(&rows[b], column));
        if self.descending {
            order.reverse();
        }
        self.order = order;
        self.apply_filter();
        self.reselect(keep);
    }

    /// Filters the sorted rows again (one pass, no sorting), keeping the
    /// selected account if it stays.
    fn refilter(&mut self) {
        let keep = self.selected_row().map(|r| r.path.clone());
        self.apply_filter();
        self.reselect(keep);
    }

    fn apply_filter(&mut self) {
        let needle = self.filter.to_lowercase();
        let (rows, quick) = (&self.rows, self.quick);
        self.view = self
            .order
            .iter()
            .copied()
            .filter(|&i| {
                let row = &rows[i];
                quick.keeps(row) && (needle.is_empty() || row.haystack.contains(&needle))
            })
            .collect();
    }

    fn reselect(&mut self, path: Option<String>) {
        if let Some(path) = path
            && let Some(pos) = self.view.iter().position(|&i| self.rows[i].path == path)
        {
            self.cursor.selected = pos;
        }
        let (len, page) = (self.view.len(), self.page);
        self.cursor.keep_visible(len, page);
    }

    /// The commit that recorded the focused account's current decision, once
    /// its history is read: the newest with `Action: decision`.
    pub fn decision_commit(&self) -> Option<&CommitInfo> {
        if self.focus.as_deref() != Some(self.history.path.as_str()) || self.history.loading {
            return None;
        }
        self.history
            .commits
            .iter()
            .find(|c| c.trailer("Action") == Some("decision"))
    }

    /// The account file behind the focused row.
    pub fn focused_account(&self) -> Option<&somevakt_store::LoadedAssessment> {
        let path = self.focus.as_deref()?;
        self.register
            .as_ref()?
            .accounts
            .iter()
            .find(|a| a.path == path)
    }

    /// The invalid file behind the focused row.
    pub fn focused_invalid(&self) -> Option<&InvalidFile> {
        let path = self.focus.as_deref()?;
        self.register
            .as_ref()?
            .invalid
            .iter()
            .find(|f| f.path == path)
    }
}

fn scroll(position: usize, action: Action, page: usize) -> usize {
    match action {
        Action::Up => position.saturating_sub(1),
        Action::Down => position + 1,
        Action::PageUp => position.saturating_sub(page.max(1)),
        Action::PageDown => position + page.max(1),
        Action::Top => 0,
        Action::Bottom => usize::MAX / 2,
        _ => position,
    }
}

/// The reminders screen, from the same function as `somevakt remind`.
fn reminder_rows(
    reports: &[somevakt_core::AccountReport<'_>],
    register: &Register,
    today: Date,
) -> Vec<ReminderRow> {
    let window = i64::from(register.policy.policy.reminder_window_days);
    remind::items(reports, &register.policy, today, window)
        .into_iter()
        .map(|item| ReminderRow {
            kind: item.reminder.kind,
            account: item.account.to_owned(),
            path: item.path.to_owned(),
            name: crate::text::sanitize(item.name),
            title: item.reminder.kind.title(),
            due: item.reminder.due,
            days: item.reminder.days,
            detail: crate::text::sanitize(&item.reminder.detail),
            overdue: item.overdue,
        })
        .collect()
}

/// The preview of an edit made in the editor: no fields, only the change.
fn edit_form(prepared: Prepared) -> Form {
    let id = prepared.proposal.id.clone();
    Form {
        kind: FormKind::Edit,
        account: Some(id),
        current: None,
        fields: Vec::new(),
        focus: 0,
        stage: Stage::Preview(Box::new(prepared)),
        problem: None,
        existing: Vec::new(),
    }
}

/// Overdue first, then by due date: the order of `somevakt remind`.
fn sort_reminders(rows: &mut [ReminderRow]) {
    rows.sort_by(|a, b| {
        (!a.overdue, a.due, &a.account, a.kind).cmp(&(!b.overdue, b.due, &b.account, b.kind))
    });
}
