//! The dashboard agrees with the trail where signing is required: a
//! decision typed in by hand shows `unverified` in the row, the header's
//! counts and the detail (F26), and the overview's findings count says so
//! (docs/format.md, "Status", F26).

mod signing;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use signing::*;
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
    app.update(Message::Resize(140, 90));
    let mut terminal = Terminal::new(TestBackend::new(140, 90)).expect("terminal");
    let app = &*app;
    terminal
        .draw(|f| view::draw(f, app, Theme::plain()))
        .expect("draw");
    terminal.backend().to_string()
}

fn app_on(root: &std::path::Path, lang: Lang) -> App {
    let mut app =
        App::new(root.to_path_buf(), today().parse().expect("date"), true).with_lang(lang);
    for c in app.init() {
        run(&mut app, c);
    }
    app
}

const TRAILERS: &str = "decision: testvik/facebook approved\n\nAssessment: testvik/facebook\nAction: decision\nDecision: approved\n";

#[test]
fn a_hand_made_decision_is_unverified_in_the_row_header_and_detail() {
    if !have("ssh-keygen") {
        return;
    }
    let f = Fixture::new();
    let file = account_text() + &entry(&today(), "approved", &f.digest());
    f.commit_by_hand(&file, false, TRAILERS);
    let mut app = app_on(&f.root, Lang::En);
    let screen = render(&mut app);
    assert!(screen.contains(", 1 unverified"), "{screen}");
    assert!(screen.contains("unverified"), "{screen}");
    assert!(!screen.contains("approved   "), "{screen}");
    press(&mut app, KeyCode::Char('2'));
    let detail = render(&mut app);
    assert!(detail.contains("F26"), "{detail}");
    assert!(!detail.contains("F02"), "{detail}");
    // The overview's Findings column counts what the detail lists, the
    // audit's errors included.
    let heading = detail
        .lines()
        .find(|l| l.contains("FINDINGS ("))
        .expect("findings heading");
    let numbers: Vec<usize> = heading
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    let total: usize = numbers.iter().sum();
    assert!(detail.contains("audit error"), "{detail}");
    press(&mut app, KeyCode::Char('1'));
    let overview = render(&mut app);
    let row = overview
        .lines()
        .find(|l| l.contains("Testvik"))
        .expect("the row");
    assert!(
        row.trim_end_matches([' ', '"'])
            .ends_with(&total.to_string()),
        "{total}: {row}"
    );
    for (lang, word) in [(Lang::Nb, "ubekreftet"), (Lang::Sv, "obekräftat")] {
        let mut app = app_on(&f.root, lang);
        let screen = render(&mut app);
        assert!(screen.contains(word), "{screen}");
    }
    // Recorded by the approver with somevakt: the next audit backs it, and
    // the dashboard judges the row again without a reload.
    let out = f.decide();
    assert!(out.status.success(), "{}", error_text(&out));
    for c in app.update(Message::FilesChanged(vec![ACCOUNT_FILE.to_owned()])) {
        run(&mut app, c);
    }
    for c in app.update(Message::GitChanged) {
        run(&mut app, c);
    }
    let screen = render(&mut app);
    assert!(screen.contains("1 account: 1 approved"), "{screen}");
    assert!(!screen.contains("unverified"), "{screen}");
}

#[test]
fn decisions_typed_in_from_paper_say_so_in_the_header_and_history() {
    if !have("ssh-keygen") {
        return;
    }
    // No approvers, signing optional: how a municipality starts.
    let f = Fixture::with_policy("[policy]\nreview_interval_months = 12\n");
    let file = account_text() + &entry("2020-03-01", "approved", &f.digest());
    f.commit_by_hand(&file, false, "Vedtak fra protokollen");
    let mut app = app_on(&f.root, Lang::En);
    let screen = render(&mut app);
    assert!(
        screen.contains("trail: 1 decision, 1 typed in by hand"),
        "{screen}"
    );
    assert!(!screen.contains("trail ✗"), "{screen}");
    press(&mut app, KeyCode::Char('3'));
    let history = render(&mut app);
    assert!(history.contains("· typed in by hand"), "{history}");
    let mut app = app_on(&f.root, Lang::Nb);
    let screen = render(&mut app);
    // The Norwegian header is longer: its third line takes the short form.
    assert!(screen.contains("spor: 1 for hånd ·"), "{screen}");
    assert!(!screen.contains("spor ✗"), "{screen}");
}
