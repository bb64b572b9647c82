//! The audit of the decision trail in the dashboard: the header's word, the
//! verdict beside each commit in the history, the violations among an
//! account's findings, and the approver rule checked before the decision
//! form opens (docs/format.md, "Signed decisions and the audit").

mod common;

use std::path::Path;

use common::*;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use somevakt::i18n::Lang;
use somevakt::tui::app::{App, Command, Message};
use somevakt::tui::run_command;
use somevakt::tui::theme::Theme;
use somevakt::tui::view;

fn run(app: &mut App, command: Command) {
    let root = app.root().to_path_buf();
    let message = run_command(command, &root);
    for next in app.update(message) {
        run(app, next);
    }
}

fn press(app: &mut App, code: KeyCode) {
    for command in app.update(Message::Key(KeyEvent::new(code, KeyModifiers::NONE))) {
        run(app, command);
    }
}

fn render(app: &mut App) -> String {
    app.update(Message::Resize(140, 60));
    let mut terminal = Terminal::new(TestBackend::new(140, 60)).expect("terminal");
    let app = &*app;
    terminal
        .draw(|f| view::draw(f, app, Theme::plain()))
        .expect("draw");
    terminal.backend().to_string()
}

fn app_on(root: &Path) -> App {
    app_in(root, Lang::En)
}

fn app_in(root: &Path, lang: Lang) -> App {
    let mut app = App::new(
        root.to_path_buf(),
        "2025-01-15".parse().expect("date"),
        true,
    )
    .with_clock(somevakt_store::clock::Clock::fixed_day(
        "2025-01-15".parse().expect("date"),
    ))
    .with_lang(lang);
    for c in app.init() {
        run(&mut app, c);
    }
    app
}

fn select(app: &mut App, filter: &str) {
    press(app, KeyCode::Esc); // clears the filter before
    press(app, KeyCode::Char('/'));
    for c in filter.chars() {
        press(app, KeyCode::Char(c));
    }
    press(app, KeyCode::Enter);
}

#[test]
fn an_intact_trail_says_so_and_marks_unsigned_commits() {
    let (_dir, root) = committed_example();
    let import = git(&root, &["rev-parse", "HEAD"]);
    // Everything after the import is recorded by somevakt: intact from there.
    let out = somevakt(
        &root,
        &[
            "activity",
            "fjordvik/x-ordforer",
            "--last-post",
            "2025-01-14",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let audit = somevakt(&root, &["audit", "--since", import.trim()]);
    assert_eq!(audit.status.code(), Some(0), "{}", stdout(&audit));
    let mut app = app_on(&root);
    select(&mut app, "ordfører");
    press(&mut app, KeyCode::Char('3'));
    let screen = render(&mut app);
    assert!(screen.contains("· unsigned"), "{screen}");
}

#[test]
fn a_changed_decision_shows_in_the_header_history_and_detail() {
    let (_dir, root) = committed_example();
    let path = root.join("assessments/fjordvik/x-ordforer.toml");
    let text = std::fs::read_to_string(&path).expect("read");
    let changed = text.replacen("outcome = \"approved\"", "outcome = \"not_approved\"", 1);
    assert_ne!(text, changed);
    std::fs::write(&path, changed).expect("write");
    git(&root, &["commit", "-q", "-am", "Rett opp"]);
    let mut app = app_on(&root);
    let screen = render(&mut app);
    assert!(screen.contains("trail ✗"), "{screen}");
    select(&mut app, "ordfører");
    press(&mut app, KeyCode::Char('2'));
    let screen = render(&mut app);
    assert!(
        screen.contains("audit error changed: decision of"),
        "{screen}"
    );
    press(&mut app, KeyCode::Char('3'));
    let screen = render(&mut app);
    assert!(screen.contains("✗ violation"), "{screen}");
    assert!(screen.contains("✗ changed: decision of"), "{screen}");
}

#[test]
fn the_violations_read_in_norwegian_and_swedish_in_the_detail_and_history() {
    let (_dir, root) = committed_example();
    let path = root.join("assessments/fjordvik/x-ordforer.toml");
    let text = std::fs::read_to_string(&path).expect("read");
    let changed = text.replacen("outcome = \"approved\"", "outcome = \"not_approved\"", 1);
    std::fs::write(&path, changed).expect("write");
    git(&root, &["commit", "-q", "-am", "Rett opp"]);
    for (lang, words) in [
        (Lang::Nb, "changed: vedtaket av "),
        (Lang::Sv, "changed: beslutet av "),
    ] {
        let mut app = app_in(&root, lang);
        select(&mut app, "ordfører");
        press(&mut app, KeyCode::Char('2'));
        let detail = render(&mut app);
        assert!(detail.contains(words), "{detail}");
        assert!(!detail.contains("decision of"), "{detail}");
        press(&mut app, KeyCode::Char('3'));
        let history = render(&mut app);
        assert!(history.contains(&format!("✗ {words}")), "{history}");
        assert!(!history.contains("decisions are append-only"), "{history}");
    }
}

#[test]
fn a_non_approver_is_told_before_the_decision_form_opens() {
    let (_dir, root) = committed_example();
    std::fs::write(
        root.join("somevakt.toml"),
        "[approvers]\nemails = [\"someone.else@fjordvik.kommune.no\"]\n",
    )
    .expect("write");
    let mut app = app_on(&root);
    select(&mut app, "ordfører");
    press(&mut app, KeyCode::Char('d'));
    assert!(app.form().is_none(), "the form opened");
    assert!(
        app.message().contains("only the approvers listed"),
        "{}",
        app.message()
    );
}
