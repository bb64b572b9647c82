//! The dashboard's findings in the reader's language: the detail's finding,
//! Fix and source lines, the reminders' Fix line and the help's table of
//! fixes, in bokmål, Swedish and English, on the example with a fixed today.
//! (The rest of the dashboard's words are tested with the screens.)

mod common;

use std::path::Path;

use common::*;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use somevakt::i18n::Lang;
use somevakt::tui::app::{App, Command, Message};
use somevakt::tui::keymap::Screen;
use somevakt::tui::run_command;
use somevakt::tui::theme::Theme;
use somevakt::tui::view;

fn app_on(root: &Path, lang: Lang) -> App {
    let today = "2025-01-15".parse().expect("date");
    let mut app = App::new(root.to_path_buf(), today, true)
        .with_clock(somevakt_store::clock::Clock::fixed_day(today))
        .with_lang(lang);
    for command in app.init() {
        run(&mut app, command, root);
    }
    app
}

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

fn render(app: &mut App, width: u16, height: u16) -> String {
    app.update(Message::Resize(width, height));
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    let app = &*app;
    terminal
        .draw(|frame| view::draw(frame, app, Theme::plain()))
        .expect("draw");
    terminal.backend().to_string()
}

/// The detail of the example's health-station account, whose findings
/// (F04, F09, F10) cite two documents.
fn detail(lang: Lang) -> String {
    let (_dir, root) = copy_example_named("fjordvik");
    let mut app = app_on(&root, lang);
    for c in "/helsestasjonen".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Detail);
    render(&mut app, 160, 24)
}

#[test]
fn detail_findings_in_norwegian() {
    let text = detail(Lang::Nb);
    assert!(text.contains("kommunen må be om forhåndsdrøftelse med Datatilsynet"));
    assert!(text.contains("Tiltak: e Be om forhåndsdrøftelse"));
    insta::assert_snapshot!(text);
}

#[test]
fn detail_findings_in_swedish() {
    let text = detail(Lang::Sv);
    assert!(text.contains("förhandssamråd med Datatilsynet måste begäras"));
    assert!(text.contains("Åtgärd: e Begär förhandssamråd"));
    insta::assert_snapshot!(text);
}

fn reminders(lang: Lang) -> String {
    let (_dir, root) = copy_example_named("fjordvik");
    let mut app = app_on(&root, lang);
    press(&mut app, KeyCode::Char('4'));
    assert_eq!(app.screen(), Screen::Reminders);
    let text = render(&mut app, 130, 24);
    // Only the Fix line: the table's words belong to the screen's tests.
    text.lines()
        .filter(|l| l.contains("somevakt snapshot"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn reminders_fix_line_in_every_language() {
    insta::assert_snapshot!(format!(
        "{}\n{}\n{}",
        reminders(Lang::En),
        reminders(Lang::Nb),
        reminders(Lang::Sv)
    ));
}

fn help_fixes(lang: Lang) -> String {
    let (_dir, root) = copy_example_named("fjordvik");
    let mut app = app_on(&root, lang);
    press(&mut app, KeyCode::Char('?'));
    assert_eq!(app.screen(), Screen::Help);
    let text = render(&mut app, 150, 120);
    // The table of fixes: its heading and the six rows after it.
    let lines: Vec<&str> = text.lines().collect();
    let at = lines
        .iter()
        .position(|l| {
            l.contains("What fixes")
                || l.contains("Hva som retter")
                || l.contains("Vad som åtgärdar")
        })
        .unwrap_or_else(|| panic!("no table of fixes in\n{text}"));
    lines[at..at + 7].join("\n")
}

#[test]
fn help_table_of_fixes_in_every_language() {
    let en = help_fixes(Lang::En);
    // Every rule is somewhere in the table.
    for n in 1..=25 {
        assert!(en.contains(&format!("F{n:02}")), "F{n:02} missing:\n{en}");
    }
    insta::assert_snapshot!(format!(
        "{en}\n{}\n{}",
        help_fixes(Lang::Nb),
        help_fixes(Lang::Sv)
    ));
}
