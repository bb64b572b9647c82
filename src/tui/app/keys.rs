//! Keys, pastes and the mouse: what they do on each screen and in each mode.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseEvent, MouseEventKind};

use super::list::scroll;
use super::{App, Command, DiffState, HistoryState, Mode, Palette};
use crate::t;
use crate::tui::keymap::{Action, Binding, Context, Screen};
use crate::tui::layout;

impl App {
    /// Where keys go now.
    pub fn context(&self) -> Context {
        match &self.mode {
            Mode::Browse => Context::Screen(self.screen),
            Mode::Filter => Context::Filter,
            Mode::Search => Context::Search,
            Mode::Palette(_) => Context::Palette,
            Mode::Form(form) => match form.stage {
                crate::tui::form::Stage::Preview { .. } => Context::Preview,
                _ => Context::Form,
            },
            Mode::Discard(_) => Context::Discard,
            Mode::EditorProblem(_) => Context::EditorProblem,
        }
    }

    pub(super) fn on_key(&mut self, key: KeyEvent) -> Vec<Command> {
        match self.context() {
            Context::Form | Context::Preview | Context::Discard => self.on_form_key(key),
            Context::EditorProblem => self.on_editor_problem_key(key),
            Context::Filter | Context::Search => {
                self.on_line_key(key);
                Vec::new()
            }
            Context::Palette => self.on_palette_key(key),
            Context::Screen(screen) => match self.keymap.action(Context::Screen(screen), &key) {
                Some(action) => self.act(action),
                None => Vec::new(),
            },
        }
    }

    /// A paste goes whole into what is being typed; elsewhere it is ignored,
    /// so pasted text never turns into a burst of commands.
    pub(super) fn on_paste(&mut self, text: &str) {
        match &mut self.mode {
            Mode::Form(form) => {
                if let Some(field) = form.focused_mut() {
                    field.paste(text);
                }
                let today = self.record_day;
                form.problem = form.request(today).err();
            }
            Mode::Filter => {
                self.filter
                    .push_str(&crate::tui::form::clean_paste(text, false));
                self.refilter();
            }
            Mode::Search => {
                self.search
                    .push_str(&crate::tui::form::clean_paste(text, false));
                self.find(true, true);
            }
            Mode::Palette(p) => {
                p.query
                    .push_str(&crate::tui::form::clean_paste(text, false));
                p.selected = 0;
            }
            _ => self.message = t!(self.lang(), "status-paste-where"),
        }
    }

    /// Typing the filter or the search line.
    fn on_line_key(&mut self, key: KeyEvent) {
        let searching = matches!(self.mode, Mode::Search);
        let action = self.keymap.action(Context::Filter, &key);
        let line = if searching {
            &mut self.search
        } else {
            &mut self.filter
        };
        match action {
            Some(Action::FilterAccept) => self.mode = Mode::Browse,
            Some(Action::FilterCancel) => {
                if !searching && !line.is_empty() {
                    // Kept for n and N, as vim keeps the last pattern.
                    self.last_filter = line.clone();
                }
                line.clear();
                self.mode = Mode::Browse;
            }
            Some(Action::Quit) => self.quit = true,
            _ => match key.code {
                KeyCode::Backspace => {
                    line.pop();
                }
                KeyCode::Char('u') if key.modifiers.contains(KeyModifiers::CONTROL) => line.clear(),
                KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => line.push(c),
                _ => return,
            },
        }
        if searching {
            self.find(true, true);
        } else {
            self.refilter();
        }
    }

    fn on_palette_key(&mut self, key: KeyEvent) -> Vec<Command> {
        let action = self.keymap.action(Context::Palette, &key);
        let entries = self.palette_entries();
        let Mode::Palette(p) = &mut self.mode else {
            return Vec::new();
        };
        match action {
            Some(Action::Cancel) => self.mode = Mode::Browse,
            Some(Action::Quit) => self.quit = true,
            Some(Action::Down) => {
                p.selected = (p.selected + 1).min(entries.len().saturating_sub(1))
            }
            Some(Action::Up) => p.selected = p.selected.saturating_sub(1),
            Some(Action::Submit) => {
                let chosen = entries.get(p.selected).map(|b| b.action);
                self.mode = Mode::Browse;
                if let Some(action) = chosen {
                    return self.act(action);
                }
            }
            _ => match key.code {
                KeyCode::Backspace => {
                    p.query.pop();
                    p.selected = 0;
                }
                KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
                    p.query.push(c);
                    p.selected = 0;
                }
                _ => {}
            },
        }
        Vec::new()
    }

    /// The palette's entries: every action of the screen under it whose
    /// key or description holds the text typed, best first: the key
    /// itself, then an action whose own words (its hint, the description
    /// before any brackets) have a word starting with the text, then one
    /// whose description only mentions it (`:snap` finds "Record an
    /// archived snapshot" before the quick filter that lists "snapshots").
    pub fn palette_entries(&self) -> Vec<Binding> {
        let query = match &self.mode {
            Mode::Palette(p) => p.query.to_lowercase(),
            _ => String::new(),
        };
        let lang = self.lang();
        let mut ranked: Vec<(u8, Binding)> = self
            .keymap
            .bindings(Context::Screen(self.screen))
            .into_iter()
            .filter(|b| b.action != Action::Palette)
            .filter_map(|b| palette_rank(&b, &query, lang).map(|rank| (rank, b)))
            .collect();
        // Stable: within a rank, the keymap's order.
        ranked.sort_by_key(|(rank, _)| *rank);
        ranked.into_iter().map(|(_, b)| b).collect()
    }

    pub(super) fn on_mouse(&mut self, mouse: MouseEvent) -> Vec<Command> {
        if !matches!(self.mode, Mode::Browse) {
            return Vec::new();
        }
        match mouse.kind {
            MouseEventKind::ScrollDown => self.act(Action::Down),
            MouseEventKind::ScrollUp => self.act(Action::Up),
            MouseEventKind::Down(_) if self.screen == Screen::Overview => {
                let top = self.list_top();
                if mouse.row >= top {
                    let index = self.cursor.offset + usize::from(mouse.row - top);
                    if index < self.view.len() {
                        self.cursor.selected = index;
                    }
                }
                Vec::new()
            }
            _ => Vec::new(),
        }
    }

    /// Screen row of the overview's first data row.
    pub fn list_top(&self) -> u16 {
        let areas = layout::areas(self.size.0, self.size.1);
        layout::inner(areas.body).y + 1
    }

    pub(super) fn act(&mut self, action: Action) -> Vec<Command> {
        use Action as A;
        if action.needs_account() && self.target().is_none() {
            self.message = match self.screen {
                Screen::Overview if !self.rows.is_empty() => {
                    t!(self.lang(), "status-none-selected-filter")
                }
                _ => t!(self.lang(), "status-none-selected"),
            };
            return Vec::new();
        }
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
            A::Palette => {
                self.mode = Mode::Palette(Palette::default());
                Vec::new()
            }
            A::Back => {
                if self.screen == Screen::Overview {
                    if !self.filter.is_empty() {
                        // Every row comes back, the cursor stays on its
                        // account, and n and N step through what matched.
                        self.last_filter = std::mem::take(&mut self.filter);
                    }
                    self.filter.clear();
                    self.quick = super::QuickFilter::All;
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
                self.take_target();
                self.open_detail()
            }
            A::GoHistory => {
                self.take_target();
                self.open_history()
            }
            A::GoReminders => {
                self.go(Screen::Reminders);
                Vec::new()
            }
            A::StartFilter => {
                self.mode = Mode::Filter;
                Vec::new()
            }
            A::StartSearch => {
                self.search.clear();
                self.mode = Mode::Search;
                Vec::new()
            }
            A::SearchNext | A::SearchPrevious => {
                self.find(action == A::SearchNext, false);
                Vec::new()
            }
            A::NextFinding | A::PreviousFinding => {
                let n = self
                    .focused_row()
                    .and_then(|r| r.evaluation.as_ref())
                    .map_or(0, |e| e.findings.len());
                self.detail_finding = if n == 0 {
                    0
                } else if action == A::NextFinding {
                    (self.detail_finding + 1) % n
                } else {
                    (self.detail_finding + n - 1) % n
                };
                self.reveal_finding = true;
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
                // The view runs the same order backwards: nothing to sort.
                self.descending = !self.descending;
                self.refilter();
                Vec::new()
            }
            A::Reload => {
                self.message = t!(self.lang(), "status-reloading");
                vec![self.full_load()]
            }
            A::OpenUrl => {
                self.take_target();
                let url = self
                    .focused_account()
                    .and_then(|a| a.assessment.account.url.clone());
                match url {
                    Some(url) if url.starts_with("https://") || url.starts_with("http://") => {
                        self.message = t!(
                            self.lang(),
                            "status-opening",
                            url = crate::text::sanitize(&url)
                        );
                        vec![Command::OpenUrl(url)]
                    }
                    Some(url) => {
                        self.message = t!(
                            self.lang(),
                            "status-not-web-address",
                            url = crate::text::sanitize(&url)
                        );
                        Vec::new()
                    }
                    None => {
                        self.message = t!(self.lang(), "status-no-url");
                        Vec::new()
                    }
                }
            }
            A::CopyId => {
                self.take_target();
                match self.focused_id() {
                    Some(id) => {
                        self.message = t!(self.lang(), "status-copied", id = id.to_string());
                        vec![Command::Copy(id.to_string())]
                    }
                    None => Vec::new(),
                }
            }
            // The approver rule is asked before the form opens.
            A::Decide => vec![Command::CheckDecide { lang: self.lang() }],
            A::RecordReview => self.open_form(crate::tui::form::FormKind::Review),
            A::RecordSnapshot => self.open_form(crate::tui::form::FormKind::Snapshot),
            A::RecordActivity => self.open_form(crate::tui::form::FormKind::Activity),
            A::CloseAccount => self.open_form(crate::tui::form::FormKind::Close),
            A::NewAccount => self.open_form(crate::tui::form::FormKind::New),
            A::EditInEditor => {
                self.take_target();
                match self.focused_id() {
                    Some(id) => vec![Command::OpenEditor(id)],
                    None => Vec::new(),
                }
            }
            _ => Vec::new(),
        }
    }

    /// The path of the account the current screen's actions act on: the
    /// visible selected row, never one the filter hides.
    pub fn target(&self) -> Option<String> {
        match self.screen {
            Screen::Overview => self.selected_row().map(|r| r.path.clone()),
            Screen::Reminders => self.selected_reminder().map(|r| r.path.clone()),
            Screen::Detail | Screen::History | Screen::Diff => self.focus.clone(),
            Screen::Help => None,
        }
    }

    /// Makes the target the focused account; false if there is none.
    pub(super) fn take_target(&mut self) -> bool {
        let Some(path) = self.target() else {
            return false;
        };
        if self.focus.as_deref() != Some(path.as_str()) {
            self.detail_scroll = 0;
            self.detail_finding = 0;
        }
        self.focus = Some(path);
        true
    }

    fn move_in_screen(&mut self, action: Action) {
        let page = self.page();
        match self.screen {
            Screen::Overview => self.cursor.apply(action, self.view.len(), page),
            Screen::Reminders => self
                .reminder_cursor
                .apply(action, self.reminders().len(), page),
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
                if self.take_target() {
                    self.open_detail()
                } else {
                    Vec::new()
                }
            }
            Screen::Reminders => match self.selected_reminder() {
                Some(r) => {
                    let action = Action::for_fix(&somevakt_core::findings::reminder_fix(r.kind));
                    self.act(action)
                }
                None => Vec::new(),
            },
            Screen::Detail => {
                let finding = self
                    .focused_row()
                    .and_then(|r| r.evaluation.as_ref())
                    .and_then(|e| e.findings.get(self.detail_finding))
                    .map(|f| Action::for_fix(&f.fix));
                match finding {
                    Some(action) => self.act(action),
                    None => {
                        self.message = t!(self.lang(), "status-no-finding");
                        Vec::new()
                    }
                }
            }
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
        if self.screen == Screen::Overview && self.selected_row().is_none() {
            // Nothing visible is selected: the other screens show nobody.
            self.focus = None;
        } else {
            self.take_target();
        }
        self.back.clear();
        self.screen = next;
        match next {
            Screen::Detail | Screen::History => self.history_command(),
            _ => Vec::new(),
        }
    }

    pub(super) fn go(&mut self, screen: Screen) {
        if self.screen != screen {
            self.back.push(self.screen);
            self.screen = screen;
        }
    }

    fn go_back(&mut self) {
        self.screen = self.back.pop().unwrap_or(Screen::Overview);
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
    pub(super) fn history_command(&mut self) -> Vec<Command> {
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
}

/// How well `binding` matches the palette's `query` (lowercase): `None`
/// when it does not, else lower is better.
fn palette_rank(binding: &Binding, query: &str, lang: crate::i18n::Lang) -> Option<u8> {
    if query.is_empty() {
        return Some(0);
    }
    if binding
        .keys
        .iter()
        .any(|k| k.label().to_lowercase() == query)
    {
        return Some(0);
    }
    let help = binding.help_text(lang).to_lowercase();
    let hint = binding
        .hint
        .map(|id| crate::i18n::message(lang, id).to_lowercase())
        .unwrap_or_default();
    // The action's own words: its hint and its description up to the
    // first bracket or colon, where lists of other things begin.
    let own = help.split(['(', ':']).next().unwrap_or_default();
    let starts_a_word = |text: &str| {
        text.split(|c: char| !c.is_alphanumeric())
            .any(|word| word.starts_with(query))
    };
    if starts_a_word(&hint) || starts_a_word(own) {
        Some(1)
    } else if starts_a_word(&help) {
        Some(2)
    } else if help.contains(query) {
        Some(3)
    } else {
        None
    }
}
