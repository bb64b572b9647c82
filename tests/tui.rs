//! The dashboard on the example repository with a fixed today: snapshot
//! tests of every screen (ratatui's TestBackend with insta), and tests that
//! drive the update function with key events.

mod common;

use std::path::Path;

use common::*;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseEvent, MouseEventKind};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use somevakt::i18n::Lang;
use somevakt::tui::app::{App, Command, Message, Mode};
use somevakt::tui::keymap::{Context, Screen};
use somevakt::tui::run_command;
use somevakt::tui::theme::Theme;
use somevakt::tui::view;
use somevakt_core::Date;

fn today() -> Date {
    "2025-01-15".parse().expect("date")
}

/// The app after its start commands ran, as the runtime would run them.
fn app_on(root: &Path) -> App {
    let mut app = App::new(root.to_path_buf(), today(), true)
        .with_clock(somevakt_store::clock::Clock::fixed_day(today()));
    for command in app.init() {
        run(&mut app, command, root);
    }
    app
}

/// Runs a command and feeds its result back, recursively, like the runtime.
fn run(app: &mut App, command: Command, root: &Path) {
    let message = run_command(command, root);
    for next in app.update(message) {
        run(app, next, root);
    }
}

fn press(app: &mut App, code: KeyCode) {
    let root = app.root().to_path_buf();
    for command in app.update(Message::Key(KeyEvent::new(code, KeyModifiers::NONE))) {
        run(app, command, &root);
    }
}

fn typing(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

fn render(app: &mut App, width: u16, height: u16) -> String {
    app.update(Message::Resize(width, height));
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    let app = &*app;
    terminal
        .draw(|frame| view::draw(frame, app, Theme::plain()))
        .expect("draw");
    terminal.backend().to_string()
}

fn example() -> (tempfile::TempDir, App) {
    let (dir, root) = copy_example_named("fjordvik");
    let app = app_on(&root);
    (dir, app)
}

fn selected_id(app: &App) -> Option<String> {
    app.selected_row().and_then(|r| r.id.clone())
}

// ---- snapshots ---------------------------------------------------------------

#[test]
fn overview_at_80x24() {
    let (_dir, mut app) = example();
    insta::assert_snapshot!(render(&mut app, 80, 24));
}

#[test]
fn overview_at_150x30() {
    let (_dir, mut app) = example();
    insta::assert_snapshot!(render(&mut app, 150, 30));
}

#[test]
fn detail_screen() {
    let (_dir, mut app) = example();
    typing(&mut app, "/helsestasjonen");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Detail);
    insta::assert_snapshot!(render(&mut app, 100, 40));
}

#[test]
fn detail_scrolls_to_the_end() {
    let (_dir, mut app) = example();
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('G'));
    insta::assert_snapshot!(render(&mut app, 100, 30));
}

/// `]` and `[` scroll the marked finding into view at any size: Enter acts
/// on it, so it must be on screen (found walking the dashboard in tmux).
#[test]
fn the_marked_finding_is_always_on_screen() {
    for (width, height) in [(60, 15), (80, 24), (120, 40)] {
        let (_dir, mut app) = example();
        render(&mut app, width, height);
        press(&mut app, KeyCode::Enter);
        assert_eq!(app.screen(), Screen::Detail);
        let findings = app
            .selected_row()
            .and_then(|r| r.evaluation.as_ref())
            .map_or(0, |e| e.findings.len());
        assert!(findings >= 5, "the most urgent account has many findings");
        for (step, key) in std::iter::repeat_n(']', findings + 1)
            .chain(std::iter::repeat_n('[', findings + 1))
            .enumerate()
        {
            press(&mut app, KeyCode::Char(key));
            let screen = render(&mut app, width, height);
            assert!(
                screen
                    .lines()
                    .any(|l| l.trim_start_matches('"').starts_with('›')),
                "{width}x{height}, after {} presses: no marked finding on screen\n{screen}",
                step + 1
            );
        }
    }
}

#[test]
fn reminders_screen() {
    let (_dir, mut app) = example();
    press(&mut app, KeyCode::Char('4'));
    assert_eq!(app.screen(), Screen::Reminders);
    insta::assert_snapshot!(render(&mut app, 110, 24));
}

#[test]
fn help_screen_lists_the_keys_of_the_screen_it_came_from() {
    let (_dir, mut app) = example();
    press(&mut app, KeyCode::Char('?'));
    assert_eq!(app.screen(), Screen::Help);
    let text = render(&mut app, 100, 50);
    for b in app.keymap().bindings(Context::Screen(Screen::Overview)) {
        let help = b.help_text(Lang::En);
        assert!(text.contains(&help), "help lacks {help:?}");
    }
    insta::assert_snapshot!(text);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.screen(), Screen::Overview);
}

#[test]
fn hint_line_comes_from_the_keymap() {
    let (_dir, mut app) = example();
    let text = render(&mut app, 120, 30);
    let last = text.lines().last().expect("hint line").to_owned();
    for (key, word) in
        somevakt::tui::keymap::hint_line(&app.keymap().bindings(Context::Screen(Screen::Overview)))
    {
        let word = somevakt::i18n::text(Lang::En, word, &Default::default());
        assert!(last.contains(&format!("{key} {word}")), "{last}");
    }
}

/// A small Git repository with a fixed history, for the history screens.
fn history_repo() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("tmp");
    let root = dir.path().join("testvik");
    std::fs::create_dir_all(&root).expect("mkdir");
    git(&root, &["init", "-q", "-b", "main"]);
    let file = "assessments/testvik/facebook-kultur.toml";
    write(&root, file, valid_assessment("Kultur i Testvik"));
    git_at(&root, "2025-01-06T09:30:00+01:00", &["add", "."]);
    git_at(
        &root,
        "2025-01-06T09:30:00+01:00",
        &[
            "commit",
            "-q",
            "-m",
            "new: testvik/facebook-kultur\n\nAssessment: testvik/facebook-kultur\nAction: new",
        ],
    );
    let mut text = valid_assessment("Kultur i Testvik");
    text.push_str("\n[[decisions]]\ndate = 2025-01-10\noutcome = \"approved\"\n");
    write(&root, file, text);
    git_at(
        &root,
        "2025-01-10T14:00:00+01:00",
        &[
            "commit",
            "-q",
            "-am",
            "decision: testvik/facebook-kultur approved\n\nLedergruppen godkjente kanalen.\n\nAssessment: testvik/facebook-kultur\nAction: decision\nDecision: approved\nReview-Due: 2026-01-10",
        ],
    );
    (dir, root)
}

#[test]
fn history_and_diff_screens() {
    let (_dir, root) = history_repo();
    let mut app = app_on(&root);
    press(&mut app, KeyCode::Char('h'));
    assert_eq!(app.screen(), Screen::History);
    assert_eq!(app.history().commits.len(), 2);
    assert_eq!(
        app.history().commits[0].trailer("Decision"),
        Some("approved")
    );
    insta::assert_snapshot!("history", render(&mut app, 100, 14));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Diff);
    let diff = render(&mut app, 100, 20);
    assert!(diff.contains("+[[decisions]]"), "{diff}");
    insta::assert_snapshot!("diff", diff);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.screen(), Screen::History);
}

#[test]
fn invalid_files_are_rows_of_their_own() {
    let dir = temp_repo();
    let root = dir.path();
    write(
        root,
        "assessments/testvik/god.toml",
        valid_assessment("God kanal"),
    );
    write(
        root,
        "assessments/testvik/odelagt.toml",
        "schema_version = 1\n",
    );
    write(
        root,
        "assessments/testvik/feil.toml",
        valid_assessment("Feil").replace("\"facebook\"", "\"myspace\""),
    );
    let mut app = app_on(root);
    assert_eq!(app.rows().len(), 3);
    let text = render(&mut app, 110, 12);
    assert!(text.contains("✖ invalid"), "{text}");
    assert!(text.contains("unknown variant `myspace`"), "{text}");
    assert!(
        text.contains("God kanal"),
        "the valid file still shows: {text}"
    );
    press(&mut app, KeyCode::Enter);
    let detail = render(&mut app, 110, 24);
    assert!(detail.contains("line 6, column 12"), "{detail}");
    assert!(
        detail.contains("platform = \"myspace\""),
        "shows the line: {detail}"
    );
}

#[test]
fn escape_sequences_in_files_never_reach_the_screen() {
    let dir = temp_repo();
    // TOML's own escapes: ESC, BEL, ESC again.
    let hostile = r"Kultur\u001B]0;pwned\u0007\u001B[2J";
    let text = valid_assessment("X").replace("name = \"X\"", &format!("name = \"{hostile}\""));
    write(dir.path(), "assessments/testvik/x.toml", text);
    let mut app = app_on(dir.path());
    assert_eq!(
        app.rows().len(),
        1,
        "{:?}",
        app.register().map(|r| &r.invalid)
    );
    let screen = render(&mut app, 100, 10);
    assert!(
        !screen.contains('\u{1b}') && !screen.contains('\u{7}'),
        "{screen:?}"
    );
    assert!(screen.contains("Kultur\u{FFFD}]0;pwned"), "{screen}");
    press(&mut app, KeyCode::Enter);
    let detail = render(&mut app, 100, 30);
    assert!(!detail.contains('\u{1b}'), "{detail:?}");
}

#[test]
fn the_first_frame_shows_loading() {
    let (_dir, root) = copy_example_named("fjordvik");
    let mut app =
        App::new(root, today(), true).with_clock(somevakt_store::clock::Clock::fixed_day(today()));
    let text = render(&mut app, 80, 10);
    assert!(text.contains("Loading"), "{text}");
}

// ---- update ------------------------------------------------------------------

#[test]
fn most_urgent_first() {
    let (_dir, app) = example();
    let first = &app.rows()[app.view()[0]];
    assert!(first.errors > 0, "an account with errors comes first");
    let last = &app.rows()[*app.view().last().expect("rows")];
    assert_eq!(last.errors + last.warnings, 0);
}

#[test]
fn navigation_keys() {
    let (_dir, mut app) = example();
    assert_eq!(app.cursor().selected, 0);
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Down);
    assert_eq!(app.cursor().selected, 2);
    press(&mut app, KeyCode::Char('k'));
    assert_eq!(app.cursor().selected, 1);
    press(&mut app, KeyCode::Char('G'));
    assert_eq!(app.cursor().selected, app.view().len() - 1);
    press(&mut app, KeyCode::Char('g'));
    assert_eq!(app.cursor().selected, 0);
    press(&mut app, KeyCode::Up);
    assert_eq!(app.cursor().selected, 0, "stays at the top");
    render(&mut app, 80, 9); // one header line, a title rule, the table's header
    assert_eq!(app.page(), 4);
    render(&mut app, 80, 24);
    let page = app.page();
    press(&mut app, KeyCode::Char('g'));
    press(&mut app, KeyCode::PageDown);
    assert_eq!(app.cursor().selected, page.min(app.view().len() - 1));
    press(&mut app, KeyCode::PageUp);
    assert_eq!(app.cursor().selected, 0);
    press(&mut app, KeyCode::PageUp);
    assert_eq!(app.cursor().selected, 0);
}

#[test]
fn incremental_filter_and_escape() {
    let (_dir, mut app) = example();
    press(&mut app, KeyCode::Char('/'));
    assert!(matches!(app.mode(), Mode::Filter));
    typing(&mut app, "älvby");
    assert_eq!(app.view().len(), 3);
    typing(&mut app, " kommunfull");
    assert_eq!(app.view().len(), 1);
    press(&mut app, KeyCode::Backspace);
    assert_eq!(app.filter(), "älvby kommunful");
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.mode(), Mode::Browse));
    assert_eq!(
        selected_id(&app).as_deref(),
        Some("alvby/youtube-kommunfullmaktige")
    );
    press(&mut app, KeyCode::Char('q'));
    assert!(app.quit(), "after Enter, keys are commands again");
}

#[test]
fn escape_clears_the_filter_and_keeps_the_selection() {
    let (_dir, mut app) = example();
    typing(&mut app, "/ordfører");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.view().len(), 1);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.view().len(), 15);
    assert_eq!(selected_id(&app).as_deref(), Some("fjordvik/x-ordforer"));
}

#[test]
fn quick_filters() {
    let (_dir, mut app) = example();
    let mut seen = Vec::new();
    for _ in 0..6 {
        press(&mut app, KeyCode::Char('f'));
        seen.push((app.quick().label(Lang::En), app.view().len()));
    }
    assert_eq!(
        seen,
        vec![
            ("needs attention".to_owned(), 12), // all but the three clean accounts
            ("overdue".to_owned(), 5),
            ("inactive".to_owned(), 2),
            ("snapshots".to_owned(), 5),
            ("invalid".to_owned(), 0),
            ("all".to_owned(), 15)
        ]
    );
    press(&mut app, KeyCode::Char('F'));
    assert_eq!(app.quick().label(Lang::En), "invalid");
    // "overdue" agrees with the reminders screen: every account with
    // anything overdue there, not only overdue reviews.
    let mut overdue: Vec<&str> = app
        .reminders()
        .iter()
        .filter(|r| r.overdue)
        .map(|r| r.path.as_str())
        .collect();
    overdue.sort();
    overdue.dedup();
    assert_eq!(overdue.len(), 5);
    assert_eq!(app.counts().overdue, 5);
}

#[test]
fn sort_by_column_and_reverse() {
    let (_dir, mut app) = example();
    press(&mut app, KeyCode::Char('s'));
    assert_eq!(app.sort().0.title(Lang::En), "Municipality");
    press(&mut app, KeyCode::Char('s'));
    assert_eq!(app.sort().0.title(Lang::En), "Account");
    let names: Vec<String> = app
        .view()
        .iter()
        .map(|&i| app.rows()[i].name.to_lowercase())
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
    press(&mut app, KeyCode::Char('S'));
    let reversed: Vec<String> = app
        .view()
        .iter()
        .map(|&i| app.rows()[i].name.to_lowercase())
        .collect();
    sorted.reverse();
    assert_eq!(reversed, sorted);
}

#[test]
fn screens_by_number_tab_and_escape() {
    let (_dir, mut app) = example();
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.screen(), Screen::Detail);
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.screen(), Screen::History);
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.screen(), Screen::Reminders);
    press(&mut app, KeyCode::BackTab);
    assert_eq!(app.screen(), Screen::History);
    press(&mut app, KeyCode::Char('1'));
    assert_eq!(app.screen(), Screen::Overview);
    press(&mut app, KeyCode::Char('2'));
    assert_eq!(app.screen(), Screen::Detail);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.screen(), Screen::Overview);
}

#[test]
fn reminder_enter_opens_the_form_for_that_account() {
    let (_dir, mut app) = example();
    press(&mut app, KeyCode::Char('4'));
    press(&mut app, KeyCode::Down);
    let expected = app.reminders()[1].path.clone();
    press(&mut app, KeyCode::Enter);
    let form = app
        .form()
        .expect("Enter on a reminder opens the form that deals with it");
    assert_eq!(
        form.account
            .as_ref()
            .map(|id| id.relative_path())
            .as_deref(),
        Some(expected.as_str())
    );
    press(&mut app, KeyCode::Esc);
    assert!(
        app.form().is_none(),
        "an untouched form closes without asking"
    );
    press(&mut app, KeyCode::Char('2'));
    assert_eq!(app.screen(), Screen::Detail);
    assert_eq!(app.focus(), Some(expected.as_str()));
}

#[test]
fn ctrl_c_quits_even_while_filtering() {
    let (_dir, mut app) = example();
    press(&mut app, KeyCode::Char('/'));
    app.update(Message::Key(KeyEvent::new(
        KeyCode::Char('c'),
        KeyModifiers::CONTROL,
    )));
    assert!(app.quit());
}

/// Ctrl-C on a filled form asks before throwing it away, as Esc does; a
/// second Ctrl-C quits. On an untouched form it quits at once.
#[test]
fn ctrl_c_on_a_filled_form_asks_first() {
    let ctrl_c = || Message::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    let (_dir, mut app) = example();
    press(&mut app, KeyCode::Char('a'));
    assert!(app.form().is_some(), "the activity form is open");
    typing(&mut app, "2025-01-1");
    app.update(ctrl_c());
    assert!(!app.quit(), "what was typed is not thrown away unasked");
    assert!(matches!(app.mode(), Mode::Discard(_)));
    app.update(ctrl_c());
    assert!(app.quit());

    let (_dir, mut app) = example();
    press(&mut app, KeyCode::Char('a'));
    app.update(ctrl_c());
    assert!(app.quit(), "nothing typed: nothing to ask about");
}

#[test]
fn mouse_scrolls_and_selects() {
    let (_dir, mut app) = example();
    render(&mut app, 100, 30);
    let mouse = |kind, row| MouseEvent {
        kind,
        column: 10,
        row,
        modifiers: KeyModifiers::NONE,
    };
    app.update(Message::Mouse(mouse(MouseEventKind::ScrollDown, 0)));
    assert_eq!(app.cursor().selected, 1);
    let top = app.list_top();
    app.update(Message::Mouse(mouse(
        MouseEventKind::Down(crossterm::event::MouseButton::Left),
        top + 4,
    )));
    assert_eq!(app.cursor().selected, 4);
}

#[test]
fn a_changed_file_reloads_alone_and_keeps_the_selection() {
    let (_dir, mut app) = example();
    let root = app.root().to_path_buf();
    typing(&mut app, "/ordfører");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Esc);
    let path = "assessments/fjordvik/x-ordforer.toml";
    let text = std::fs::read_to_string(root.join(path)).expect("read");
    std::fs::write(
        root.join(path),
        text.replace("Ordføreren i Fjordvik", "Ordføreren i Nye Fjordvik"),
    )
    .expect("write");
    let commands = app.update(Message::FilesChanged(vec![path.to_owned()]));
    assert!(
        matches!(&commands[..], [Command::ReloadFiles { paths, .. }] if paths == &vec![path.to_owned()]),
        "{commands:?}"
    );
    for c in commands {
        run(&mut app, c, &root);
    }
    assert_eq!(selected_id(&app).as_deref(), Some("fjordvik/x-ordforer"));
    assert_eq!(
        app.selected_row().expect("row").name,
        "Ordføreren i Nye Fjordvik"
    );
    assert!(
        app.message().contains("x-ordforer.toml (reloaded)"),
        "{}",
        app.message()
    );

    std::fs::write(root.join(path), "schema_version = ").expect("break it");
    let commands = app.update(Message::FilesChanged(vec![path.to_owned()]));
    for c in commands {
        run(&mut app, c, &root);
    }
    assert_eq!(app.counts().invalid, 1);
    assert_eq!(app.counts().accounts, 14);
    assert!(app.message().contains("(invalid)"));
}

#[test]
fn the_day_rolls_over_unless_fixed() {
    let (_dir, root) = copy_example_named("fjordvik");
    let mut app = App::new(root.clone(), today(), false)
        .with_clock(somevakt_store::clock::Clock::fixed_day(today()));
    for c in app.init() {
        run(&mut app, c, &root);
    }
    let before = app.counts().reviews_overdue;
    app.update(Message::Tick("2025-06-20".parse().expect("date")));
    assert_eq!(app.today().to_string(), "2025-06-20");
    assert!(app.counts().reviews_overdue > before);
    let (_dir2, mut fixed) = example();
    fixed.update(Message::Tick("2025-06-20".parse().expect("date")));
    assert_eq!(fixed.today(), today());
}
