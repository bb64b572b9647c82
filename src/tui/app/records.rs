//! Records made from the dashboard: opening a form on the visible selected
//! account, typing into it, the preview, the commit, and what the editor left.

use crossterm::event::{KeyCode, KeyEvent};

use super::{App, Command, EditorProblem, Message, Mode, Trouble};
use crate::t;
use crate::tui::form::{Form, FormKind, Stage};
use crate::tui::keymap::{Action, Context};
use somevakt_core::AccountId;
use somevakt_store::record::Prepared;

impl App {
    pub(super) fn open_form(&mut self, kind: FormKind) -> Vec<Command> {
        if kind != FormKind::New && !self.take_target() {
            return Vec::new();
        }
        let existing: Vec<String> = self
            .register
            .as_ref()
            .map(|r| r.accounts.iter().map(|a| a.id.to_string()).collect())
            .unwrap_or_default();
        // A new account starts in the folder of the selected one.
        let selected = match kind {
            FormKind::New => self.target().and_then(|path| {
                self.register
                    .as_ref()?
                    .accounts
                    .iter()
                    .find(|a| a.path == path)
            }),
            _ => self.focused_account(),
        };
        let account = selected.map(|a| (a.id.clone(), (*a.assessment).clone()));
        if kind != FormKind::New && account.is_none() {
            self.message = t!(self.lang(), "status-invalid-file-edit");
            return Vec::new();
        }
        let municipality = account
            .as_ref()
            .map(|(_, a)| a.account.municipality.clone())
            .unwrap_or_default();
        let folder = account
            .as_ref()
            .and_then(|(id, _)| id.as_str().rsplit_once('/').map(|(f, _)| f.to_owned()))
            .unwrap_or_default();
        let account = if kind == FormKind::New { None } else { account };
        let form = Form::new(
            kind,
            account,
            &municipality,
            &folder,
            self.record_day(),
            existing,
            self.lang(),
        );
        let mut form = form;
        form.jurisdiction = self.thresholds().jurisdiction;
        self.mode = Mode::Form(Box::new(form));
        Vec::new()
    }

    pub(super) fn on_form_key(&mut self, key: KeyEvent) -> Vec<Command> {
        let context = self.context();
        let action = self.keymap.action(context, &key);
        if action == Some(Action::Quit) {
            // Ctrl-C on a filled form asks first, as Esc does: what was
            // typed is the user's; a second Ctrl-C at the question quits.
            if let Mode::Form(form) = &self.mode
                && form.changed()
            {
                self.mode = Mode::Discard(form.clone());
            } else {
                self.quit = true;
            }
            return Vec::new();
        }
        let today = self.record_day();
        let page = self.page();
        match std::mem::take(&mut self.mode) {
            Mode::Discard(form) => {
                self.mode = match action {
                    Some(Action::Confirm) => {
                        self.message = t!(self.lang(), "status-cancelled");
                        Mode::Browse
                    }
                    Some(Action::Cancel) => Mode::Form(form),
                    _ => Mode::Discard(form),
                };
                Vec::new()
            }
            Mode::Form(mut form) => {
                let commands = match &mut form.stage {
                    Stage::Preparing | Stage::Committing => Vec::new(),
                    Stage::Preview { prepared, scroll } => match action {
                        Some(Action::Confirm) => {
                            let prepared = prepared.clone();
                            form.stage = Stage::Committing;
                            vec![Command::Confirm {
                                prepared,
                                lang: self.lang(),
                            }]
                        }
                        Some(Action::Cancel) => {
                            form.stage = Stage::Editing;
                            Vec::new()
                        }
                        Some(a) => {
                            *scroll = super::list::scroll(*scroll, a, page);
                            Vec::new()
                        }
                        None => Vec::new(),
                    },
                    Stage::Editing => {
                        let (commands, keep) = self.edit_form(&mut form, key, action, today);
                        if !keep {
                            return commands;
                        }
                        commands
                    }
                };
                if matches!(self.mode, Mode::Browse) {
                    self.mode = Mode::Form(form);
                }
                commands
            }
            other => {
                self.mode = other;
                Vec::new()
            }
        }
    }

    /// A key while the fields are being filled in. Returns the commands and
    /// whether the form stays open.
    fn edit_form(
        &mut self,
        form: &mut Form,
        key: KeyEvent,
        action: Option<Action>,
        today: somevakt_core::Date,
    ) -> (Vec<Command>, bool) {
        let last = form.fields.len().saturating_sub(1);
        let (choice, multiline) = form
            .focused()
            .map_or((false, false), |f| (f.is_choice(), f.is_multiline()));
        // In a multi-line field, ↑ and ↓ move between its lines, and leave
        // the field only from its first or last line.
        let (line, lines) = form
            .focused()
            .map_or((0, 1), |f| (f.cursor().0, f.lines().len()));
        let arrow = matches!(key.code, KeyCode::Up | KeyCode::Down);
        let inside = match key.code {
            KeyCode::Up => line > 0,
            KeyCode::Down => line + 1 < lines,
            _ => false,
        };
        // Keys the text field itself needs win over the form's meaning.
        let action = match action {
            Some(Action::ChoiceNext | Action::ChoicePrevious) if !choice => None,
            Some(Action::Submit) if multiline => None,
            Some(Action::NextField | Action::PreviousField) if multiline && arrow && inside => None,
            Some(Action::Top) => None,
            other => other,
        };
        match action {
            Some(Action::Cancel) => {
                if form.changed() {
                    self.mode = Mode::Discard(Box::new(form.clone()));
                } else {
                    self.message = if form.kind == FormKind::Edit {
                        t!(self.lang(), "status-edit-stays")
                    } else {
                        t!(self.lang(), "status-cancelled")
                    };
                }
                return (Vec::new(), false);
            }
            Some(Action::NextField) => form.focus = (form.focus + 1).min(last),
            Some(Action::PreviousField) => form.focus = form.focus.saturating_sub(1),
            Some(Action::ChoiceNext) | Some(Action::ChoicePrevious) => {
                if let Some(field) = form.focused_mut() {
                    field.cycle(action == Some(Action::ChoiceNext));
                }
            }
            Some(Action::Submit) if form.focus < last => form.focus += 1,
            Some(Action::Submit) | Some(Action::PreviewNow) => {
                return (self.submit(form, today), true);
            }
            _ => {
                if let Some(field) = form.focused_mut() {
                    field.key(key);
                }
            }
        }
        // Validation as you type: what would stop the record now.
        form.problem = form.request(today).err();
        (Vec::new(), true)
    }

    fn submit(&mut self, form: &mut Form, today: somevakt_core::Date) -> Vec<Command> {
        if form.kind == FormKind::Edit {
            match form.edit_with_reason() {
                Ok(prepared) => {
                    form.problem = None;
                    form.stage = Stage::Preview {
                        prepared,
                        scroll: 0,
                    };
                }
                Err(problem) => form.problem = Some(problem),
            }
            return Vec::new();
        }
        match form.request(today) {
            Ok((id, mut request)) => {
                // The new file's comments say the day the record is made.
                if let somevakt_core::Request::New { name, comments, .. } = &mut request {
                    *comments = crate::i18n::words::template_comments(
                        self.lang(),
                        name,
                        self.clock.today(),
                    );
                }
                form.stage = Stage::Preparing;
                form.problem = None;
                vec![Command::Prepare {
                    id,
                    request,
                    clock: self.clock,
                    lang: self.lang(),
                }]
            }
            Err(problem) => {
                form.problem = Some(problem);
                Vec::new()
            }
        }
    }

    pub(super) fn on_prepared(&mut self, result: Result<Box<Prepared>, String>) -> Vec<Command> {
        match (&mut self.mode, result) {
            (Mode::Form(form), Ok(prepared)) if matches!(form.stage, Stage::Preparing) => {
                form.stage = Stage::Preview {
                    prepared,
                    scroll: 0,
                };
                form.problem = None;
            }
            (Mode::Form(form), Err(e)) if matches!(form.stage, Stage::Preparing) => {
                form.stage = Stage::Editing;
                form.problem = Some(e);
            }
            // An edit made in the editor: ask why, then show it.
            (Mode::Browse, Ok(prepared)) => {
                self.mode = Mode::Form(Box::new(Form::for_edit(
                    *prepared,
                    self.record_day(),
                    self.lang(),
                )));
            }
            (_, Err(e)) => self.message = e,
            (_, Ok(_)) => {}
        }
        Vec::new()
    }

    pub(super) fn on_committed(
        &mut self,
        result: Result<(String, String), String>,
    ) -> Vec<Command> {
        let Mode::Form(form) = &mut self.mode else {
            return Vec::new();
        };
        let path = form.account.as_ref().map(AccountId::relative_path);
        let mut commands = vec![Command::ReadBranch];
        match result {
            Ok((subject, short)) => {
                self.mode = Mode::Browse;
                self.message = t!(
                    self.lang(),
                    "status-recorded",
                    subject = subject,
                    commit = short
                );
                if let Some(path) = &path {
                    self.history.path.clear();
                    if self.focus.as_deref() == Some(path.as_str()) {
                        commands.extend(self.history_command());
                    }
                }
            }
            Err(e) if form.kind == FormKind::Edit => {
                // No form to go back to: the edit stays in the file.
                self.mode = Mode::Browse;
                self.message = t!(self.lang(), "status-not-committed", error = e);
            }
            Err(e) => {
                form.stage = Stage::Editing;
                form.problem = Some(e);
            }
        }
        // The file or the branch moved: show them as they are now.
        self.expected_reload = path.clone();
        if let Some(path) = path {
            commands.push(self.file_reload(vec![path]));
        }
        commands
    }

    pub(super) fn on_editor_problem_key(&mut self, key: KeyEvent) -> Vec<Command> {
        let Mode::EditorProblem(EditorProblem { id, trouble }) = &self.mode else {
            return Vec::new();
        };
        let (id, trouble) = (id.clone(), trouble.clone());
        match self.keymap.action(Context::EditorProblem, &key) {
            Some(Action::ReopenEditor) => {
                self.mode = Mode::Browse;
                vec![Command::OpenEditor(id)]
            }
            Some(Action::Restore) => {
                self.mode = Mode::Browse;
                vec![Command::Restore(id)]
            }
            Some(Action::Cancel) => {
                self.mode = Mode::Browse;
                self.message = match trouble {
                    Trouble::CouldNotStart(_) => t!(self.lang(), "status-nothing-changed"),
                    _ => t!(self.lang(), "status-left-as-is", path = id.relative_path()),
                };
                Vec::new()
            }
            Some(Action::Quit) => {
                self.quit = true;
                Vec::new()
            }
            _ => Vec::new(),
        }
    }
}

/// What the runtime says when the editor did not run normally.
pub fn editor_trouble(
    id: AccountId,
    editor: &str,
    status: std::io::Result<std::process::ExitStatus>,
    lang: crate::i18n::Lang,
) -> Message {
    let trouble = match status {
        Err(e) => Trouble::CouldNotStart(format!("{editor}: {e}")),
        // The shell says 127 for a command it cannot find and 126 for one
        // it cannot run: the editor never started.
        Ok(s) if matches!(s.code(), Some(126 | 127)) => Trouble::CouldNotStart(t!(
            lang,
            "editor-not-found",
            editor = editor.to_owned(),
            status = s.to_string()
        )),
        Ok(s) => Trouble::Failed(format!("{editor}: {s}")),
    };
    Message::EditorFailed { id, trouble }
}
