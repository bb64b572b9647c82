//! What happens to the dashboard (messages: keys, loads coming back, files
//! changing) and the work it asks the runtime to do off the UI thread
//! (commands), in the ratatui "Elm architecture" of [`super::App`].

use std::sync::Arc;

use crossterm::event::{KeyEvent, MouseEvent};

use super::{ReminderRow, Table, Trouble};
use crate::i18n::Lang;
use somevakt_core::{AccountId, Date, Request};
use somevakt_store::clock::Clock;
use somevakt_store::history::CommitInfo;
use somevakt_store::record::Prepared;
use somevakt_store::watch::{ReloadReason, WatchNote};
use somevakt_store::{FileState, Register};

/// What happened.
#[derive(Debug)]
pub enum Message {
    Key(KeyEvent),
    /// Text pasted into the terminal (bracketed paste): inserted whole.
    Paste(String),
    Mouse(MouseEvent),
    /// The terminal's new size (columns, rows).
    Resize(u16, u16),
    /// A full load is under way: files read so far, of how many.
    Progress {
        generation: u64,
        loaded: usize,
        total: Option<usize>,
    },
    Loaded {
        generation: u64,
        result: Result<Arc<Register>, String>,
        /// The rows, built off the UI thread (see [`Table`]).
        table: Option<Box<Table>>,
    },
    /// Which accounts of a full load's table have anything overdue on the
    /// reminders screen, in the register's order: sent just before the
    /// reminders themselves, so the rows take it without a search.
    Overdue {
        generation: u64,
        accounts: Vec<bool>,
    },
    /// The reminders of a full load's table, put in words after the
    /// table was shown.
    Reminders {
        generation: u64,
        rows: Vec<ReminderRow>,
    },
    Branch(Option<String>),
    /// Files under `assessments/` changed on disk (paths from the root).
    FilesChanged(Vec<String>),
    /// The policy or a whole folder changed: load everything again (why).
    ReloadAll(ReloadReason),
    /// HEAD or a ref moved: history may have changed.
    GitChanged,
    Reloaded {
        generation: u64,
        files: Vec<(String, FileState)>,
    },
    HistoryLoaded {
        path: String,
        result: Result<Vec<CommitInfo>, String>,
    },
    DiffLoaded {
        id: String,
        result: Result<String, String>,
    },
    /// How changes are noticed (the store's watcher), or that it failed.
    Watching(WatchNote),
    /// A record's change was prepared (or refused).
    Prepared(Result<Box<Prepared>, String>),
    /// A record was committed: (subject, short commit id), or refused.
    Committed(Result<(String, String), String>),
    /// The editor closed normally on an account's file.
    EditorClosed {
        id: AccountId,
        head: Option<somevakt_core::CommitId>,
        before: Option<String>,
    },
    /// The editor did not start, or exited with an error.
    EditorFailed {
        id: AccountId,
        trouble: Trouble,
    },
    /// What the editor left: unchanged (`Ok`), or not a valid assessment.
    EditResult {
        id: AccountId,
        result: Result<(), String>,
    },
    /// The committed version was put back (or could not be).
    Restored {
        id: AccountId,
        result: Result<(), String>,
    },
    /// A side effect the runtime carried out, for the status line.
    Done(String),
    /// The browser was asked to open an address (or could not be).
    Opened {
        url: String,
        error: Option<String>,
    },
    /// Something the user must know, e.g. a record interrupted before its
    /// commit and how to finish it: it outlasts the first load's message.
    Notice(String),
    /// The audit of the decision trail was read (or could not be).
    Audited(Result<Box<somevakt_store::audit::AuditReport>, String>),
    /// Whether this person may record a decision (checked before the form).
    DecideChecked(Result<(), String>),
    /// A minute passed (the day may have rolled over).
    Tick(Date),
}

/// Work for the runtime, off the UI thread.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    LoadAll {
        generation: u64,
        /// The day to build the rows for.
        today: Date,
        /// The language to word them in.
        lang: Lang,
    },
    ReloadFiles {
        generation: u64,
        paths: Vec<String>,
    },
    LoadHistory(String),
    LoadDiff {
        id: String,
        path: String,
    },
    ReadBranch,
    Prepare {
        id: AccountId,
        request: Request,
        /// The clock the record is dated and timed by.
        clock: Clock,
        /// The language a refusal is worded in.
        lang: Lang,
    },
    /// Commits what the preview showed.
    Confirm {
        prepared: Box<Prepared>,
        /// The language a refusal or warning is worded in.
        lang: Lang,
    },
    /// Suspends the dashboard and opens the file in the user's editor.
    OpenEditor(AccountId),
    /// Reads the file the editor left and prepares its commit.
    PrepareEdit {
        id: AccountId,
        head: Option<somevakt_core::CommitId>,
        before: Option<String>,
        /// The clock the record is dated and timed by.
        clock: Clock,
        /// The language of what is said about the saved file.
        lang: Lang,
    },
    /// Puts back the committed version of a file.
    Restore(AccountId),
    /// Opens an address in the user's browser.
    OpenUrl(String),
    /// Copies text to the clipboard through the terminal (OSC 52).
    Copy(String),
    /// Audits the decision trail (`somevakt audit`).
    Audit,
    /// Checks the approver rule before a decision form opens.
    CheckDecide {
        /// The language a refusal is worded in.
        lang: Lang,
    },
}
