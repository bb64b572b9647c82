//! The dashboard in Norwegian bokmål and Swedish (issue 15): every screen
//! and modal at the five terminal sizes of `tui_screens` (English keeps its
//! own snapshots there), and `n`/`N` through the overview's matches (issue
//! 13). How the language is chosen is tested on the real binary (`e2e`).

mod common;

use std::path::Path;

use common::*;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use somevakt::i18n::Lang;
use somevakt::tui::app::{App, Command, Message, Trouble};
use somevakt::tui::keymap::Screen;
use somevakt::tui::run_command;
use somevakt::tui::theme::Theme;
use somevakt::tui::view;
use somevakt_core::Date;

const SIZES: [(u16, u16); 5] = [(40, 12), (60, 15), (80, 24), (120, 40), (200, 60)];

fn today() -> Date {
    "2025-01-15".parse().expect("date")
}

fn run(app: &mut App, command: Command, root: &Path) {
    let message = run_command(command, root);
    for next in app.update(message) {
        run(app, next, root);
    }
}

fn app_in(root: &Path, lang: Lang) -> App {
    let mut app = App::new(root.to_path_buf(), today(), true)
        .with_clock(somevakt_store::clock::Clock::fixed_day(today()))
        .with_lang(lang);
    for command in app.init() {
        run(&mut app, command, root);
    }
    app
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

/// Snapshots at every size, named `lang_name_WxH`; every line of every
/// size is checked for text cut without `…` by the view's own rules, so
/// here the words are only looked at.
fn at_every_size(lang: Lang, name: &str, app: &mut App) {
    for (w, h) in SIZES {
        insta::assert_snapshot!(format!("{}_{name}_{w}x{h}", lang.code()), render(app, w, h));
    }
}

fn select(app: &mut App, filter: &str) {
    press(app, KeyCode::Esc);
    press(app, KeyCode::Char('/'));
    typing(app, filter);
    press(app, KeyCode::Enter);
}

/// Every screen and modal of `tui_screens`, in `lang`.
fn every_screen(lang: Lang) {
    let (_dir, root) = committed_example();
    let mut loading = App::new(root.clone(), today(), true)
        .with_clock(somevakt_store::clock::Clock::fixed_day(today()))
        .with_lang(lang);
    at_every_size(lang, "loading", &mut loading);

    let mut app = app_in(&root, lang);
    at_every_size(lang, "overview", &mut app);
    select(&mut app, "zzzz");
    at_every_size(lang, "overview_nothing_selected", &mut app);

    select(&mut app, "ordfører");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Detail);
    at_every_size(lang, "detail", &mut app);
    press(&mut app, KeyCode::Char('h'));
    at_every_size(lang, "history", &mut app);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Diff);
    at_every_size(lang, "diff", &mut app);
    press(&mut app, KeyCode::Char('4'));
    at_every_size(lang, "reminders", &mut app);
    press(&mut app, KeyCode::Char('1'));
    press(&mut app, KeyCode::Char('?'));
    at_every_size(lang, "help", &mut app);
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char(':'));
    at_every_size(lang, "palette", &mut app);
    press(&mut app, KeyCode::Esc);

    select(&mut app, "ordfører");
    press(&mut app, KeyCode::Char('d'));
    at_every_size(lang, "form_empty", &mut app);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Tab);
    typing(&mut app, "Ledergruppen");
    press(&mut app, KeyCode::Tab);
    app.update(Message::Paste(
        "Dialogen er begrenset til svar.\n\nKommentarer modereres daglig.".into(),
    ));
    at_every_size(lang, "form_typed", &mut app);
    press(&mut app, KeyCode::Esc);
    at_every_size(lang, "discard", &mut app);
    press(&mut app, KeyCode::Char('n'));
    for _ in 0..3 {
        press(&mut app, KeyCode::Tab);
    }
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Enter); // to the date, the day of recording
    press(&mut app, KeyCode::Enter);
    at_every_size(lang, "preview", &mut app);
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('y'));
    assert!(app.form().is_none());

    let id = somevakt_core::AccountId::parse("fjordvik/x-ordforer").expect("id");
    app.update(Message::EditorFailed {
        id,
        trouble: Trouble::CouldNotStart(
            "nano: not found or not executable (exit status: 127)".into(),
        ),
    });
    at_every_size(lang, "editor_could_not_start", &mut app);
}

#[test]
fn every_screen_in_norwegian() {
    every_screen(Lang::Nb);
}

#[test]
fn every_screen_in_swedish() {
    every_screen(Lang::Sv);
}

#[test]
fn the_tabs_speak_the_language_chosen() {
    let (_dir, root) = committed_example();
    for (lang, tab, words) in [
        (Lang::Nb, "Oversikt", ["godkjent", "Kommune", "over frist"]),
        (Lang::Sv, "Översikt", ["godkänd", "Kommun", "försenade"]),
        (
            Lang::En,
            "Overview",
            ["approved", "Municipality", "overdue"],
        ),
    ] {
        let mut app = app_in(&root, lang);
        let text = render(&mut app, 200, 40);
        assert!(text.contains(tab), "{}: {text}", lang.code());
        for word in words {
            assert!(text.contains(word), "{}: {word} in {text}", lang.code());
        }
        // Tables keep ISO dates in every language.
        assert!(text.contains("2025-"), "{text}");
    }
}

#[test]
fn n_and_n_step_through_the_overview_matches_filtered_or_not() {
    let (_dir, root) = committed_example();
    let mut app = app_in(&root, Lang::En);
    let path = |app: &App| app.selected_row().map(|r| r.path.clone());
    press(&mut app, KeyCode::Char('/'));
    typing(&mut app, "fjordvik");
    press(&mut app, KeyCode::Enter);
    let filtered: Vec<String> = app
        .view()
        .iter()
        .map(|&i| app.rows()[i].path.clone())
        .collect();
    assert!(filtered.len() > 2, "{filtered:?}");
    // While the filter narrows the list, n and N walk it round.
    let first = path(&app);
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(path(&app).as_ref(), filtered.get(1));
    press(&mut app, KeyCode::Char('N'));
    press(&mut app, KeyCode::Char('N'));
    assert_eq!(path(&app).as_ref(), filtered.last(), "N wraps to the last");
    assert!(app.message().contains("of"), "{}", app.message());
    // Esc brings every row back; n and N then jump between the rows the
    // text matched, over the ones it did not.
    press(&mut app, KeyCode::Char('g'));
    press(&mut app, KeyCode::Esc);
    assert!(app.filter().is_empty());
    assert!(app.view().len() > filtered.len());
    assert_eq!(path(&app), first, "the cursor stays on its account");
    for _ in 0..filtered.len() {
        press(&mut app, KeyCode::Char('n'));
        let now = path(&app).expect("a row");
        assert!(filtered.contains(&now), "{now} did not match");
    }
    assert_eq!(path(&app), first, "n wraps round to the first match");
    let text = render(&mut app, 120, 30);
    assert!(
        text.contains(&format!("Match 1 of {}", filtered.len())),
        "{text}"
    );
}

#[test]
fn enter_offers_a_fix_only_where_there_is_a_finding_to_fix() {
    let (_dir, root) = committed_example();
    write(
        &root,
        "assessments/fjordvik/broken.toml",
        "[account]\nplatfrom = 1\n",
    );
    let mut app = app_in(&root, Lang::En);
    select(&mut app, "broken");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Detail);
    let text = render(&mut app, 120, 30);
    let hints = text.lines().last().expect("hint line").to_owned();
    assert!(
        text.contains("Invalid file") || text.contains("INVALID FILE"),
        "{text}"
    );
    assert!(
        !hints.contains("Enter fix"),
        "an invalid file has nothing to fix: {hints}"
    );
    assert!(hints.contains("e edit"), "{hints}");
    // An account with findings offers it.
    press(&mut app, KeyCode::Char('1'));
    select(&mut app, "ordfører");
    press(&mut app, KeyCode::Enter);
    let text = render(&mut app, 120, 30);
    assert!(
        text.lines().last().expect("hints").contains("Enter fix"),
        "{text}"
    );
}
