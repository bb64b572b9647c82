//! Every screen and modal of the dashboard at five terminal sizes, from a
//! phone-sized 40x12 to a 200x60 monitor (insta snapshots of ratatui's
//! TestBackend), and the flows issue 13 asked for, driven through `update`.

mod common;

use std::path::Path;

use common::*;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use somevakt::tui::app::{App, Command, Message, Mode, Trouble};
use somevakt::tui::form::{FieldId, FormKind};
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

fn app_on(root: &Path) -> App {
    let mut app = App::new(root.to_path_buf(), today(), true)
        .with_clock(somevakt_store::clock::Clock::fixed_day(today()));
    for command in app.init() {
        run(&mut app, command, root);
    }
    app
}

fn key(app: &mut App, event: KeyEvent) {
    let root = app.root().to_path_buf();
    for command in app.update(Message::Key(event)) {
        run(app, command, &root);
    }
}

fn press(app: &mut App, code: KeyCode) {
    key(app, KeyEvent::new(code, KeyModifiers::NONE));
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

/// Snapshots of the app at every size, named `name_WxH`.
fn at_every_size(name: &str, app: &mut App) {
    for (w, h) in SIZES {
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), render(app, w, h));
    }
}

fn select(app: &mut App, filter: &str) {
    press(app, KeyCode::Esc);
    press(app, KeyCode::Char('/'));
    typing(app, filter);
    press(app, KeyCode::Enter);
}

// ---- every screen at every size ------------------------------------------

#[test]
fn screens_at_every_size() {
    let (_dir, root) = committed_example();
    let mut loading = App::new(root.clone(), today(), true)
        .with_clock(somevakt_store::clock::Clock::fixed_day(today()));
    at_every_size("loading", &mut loading);

    let mut app = app_on(&root);
    at_every_size("overview", &mut app);
    select(&mut app, "zzzz");
    at_every_size("overview_nothing_selected", &mut app);

    select(&mut app, "ordfører");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Detail);
    at_every_size("detail", &mut app);

    press(&mut app, KeyCode::Char('h'));
    assert_eq!(app.screen(), Screen::History);
    at_every_size("history", &mut app);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Diff);
    at_every_size("diff", &mut app);

    press(&mut app, KeyCode::Char('4'));
    at_every_size("reminders", &mut app);

    press(&mut app, KeyCode::Char('1'));
    press(&mut app, KeyCode::Char('?'));
    at_every_size("help", &mut app);
    press(&mut app, KeyCode::Esc);

    press(&mut app, KeyCode::Char(':'));
    typing(&mut app, "record");
    at_every_size("palette", &mut app);
    press(&mut app, KeyCode::Esc);
}

#[test]
fn modals_at_every_size() {
    let (_dir, root) = committed_example();
    let mut app = app_on(&root);
    select(&mut app, "ordfører");
    press(&mut app, KeyCode::Char('d'));
    at_every_size("form_empty", &mut app);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Tab);
    typing(&mut app, "Ledergruppen");
    press(&mut app, KeyCode::Tab);
    app.update(Message::Paste(
        "Dialogen er begrenset til svar.\n\nKommentarer modereres daglig.".into(),
    ));
    at_every_size("form_typed", &mut app);
    press(&mut app, KeyCode::Esc);
    at_every_size("discard", &mut app);
    press(&mut app, KeyCode::Char('n'));
    for _ in 0..3 {
        press(&mut app, KeyCode::Tab);
    }
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Enter); // to the date, the day of recording
    press(&mut app, KeyCode::Enter);
    at_every_size("preview", &mut app);
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
    at_every_size("editor_could_not_start", &mut app);
}

// ---- flows -----------------------------------------------------------------

#[test]
fn nothing_acts_on_a_row_the_filter_hides() {
    let (_dir, root) = committed_example();
    let mut app = app_on(&root);
    select(&mut app, "ordfører");
    select(&mut app, "zzzz");
    assert!(app.selected_row().is_none());
    for k in ['d', 'p', 'a', 'c', 'e', 'h', 'o', 'y'] {
        let commands = app.update(Message::Key(KeyEvent::new(
            KeyCode::Char(k),
            KeyModifiers::NONE,
        )));
        assert!(commands.is_empty(), "{k}: {commands:?}");
        assert!(app.form().is_none(), "{k} opened a form");
        assert_eq!(app.screen(), Screen::Overview, "{k}");
    }
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Overview);
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.focus(), None, "the detail shows nobody");
    let text = render(&mut app, 80, 24);
    assert!(text.contains("Select an account"), "{text}");
}

#[test]
fn pastes_go_whole_into_what_is_typed() {
    let (_dir, root) = committed_example();
    let mut app = app_on(&root);
    press(&mut app, KeyCode::Char('/'));
    app.update(Message::Paste("ordfø\nrer".into()));
    assert_eq!(app.filter(), "ordfø rer");
    press(&mut app, KeyCode::Esc);
    select(&mut app, "ordfører");
    press(&mut app, KeyCode::Char('d'));
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    app.update(Message::Paste("første\r\n\r\ntredje".into()));
    let form = app.form().expect("form");
    assert_eq!(form.value(FieldId::Rationale), "første\n\ntredje");
    assert_eq!(
        form.focus, 2,
        "a pasted line break never moves to the next field"
    );
}

#[test]
fn reminders_rows_take_the_record_keys_and_n_steps_through_matches() {
    let (_dir, root) = committed_example();
    let mut app = app_on(&root);
    press(&mut app, KeyCode::Char('4'));
    press(&mut app, KeyCode::Char('/'));
    typing(&mut app, "snapshot");
    press(&mut app, KeyCode::Enter);
    let first = app.selected_reminder().expect("a match").clone();
    assert!(first.haystack.contains("snapshot"), "{first:?}");
    press(&mut app, KeyCode::Char('n'));
    let second = app.selected_reminder().expect("a match").clone();
    assert!(second.haystack.contains("snapshot"));
    assert_ne!(first, second);
    press(&mut app, KeyCode::Char('N'));
    assert_eq!(app.selected_reminder(), Some(&first));

    press(&mut app, KeyCode::Char('p'));
    let form = app.form().expect("p on a reminder opens the snapshot form");
    assert_eq!(form.kind, FormKind::Snapshot);
    assert_eq!(
        form.account.as_ref().map(|a| a.relative_path()),
        Some(first.path.clone())
    );
}

#[test]
fn the_palette_lists_every_action_and_runs_the_chosen_one() {
    let (_dir, root) = committed_example();
    let mut app = app_on(&root);
    press(&mut app, KeyCode::Char(':'));
    assert!(matches!(app.mode(), Mode::Palette(_)));
    let all = app.palette_entries();
    for b in app
        .keymap()
        .bindings(somevakt::tui::keymap::Context::Screen(Screen::Overview))
    {
        if b.action != somevakt::tui::keymap::Action::Palette {
            assert!(all.iter().any(|e| e.action == b.action), "{:?}", b.action);
        }
    }
    typing(&mut app, "archived snapshot");
    assert_eq!(app.palette_entries().len(), 1);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.form().map(|f| f.kind), Some(FormKind::Snapshot));
}

#[test]
fn the_palette_puts_the_action_named_by_the_words_first() {
    let (_dir, root) = committed_example();
    let mut app = app_on(&root);
    press(&mut app, KeyCode::Char(':'));
    typing(&mut app, "snap");
    let entries = app.palette_entries();
    assert!(entries.len() > 1, "the quick filter mentions snapshots too");
    assert_eq!(
        entries[0].action,
        somevakt::tui::keymap::Action::RecordSnapshot,
        "{:?}",
        entries.iter().map(|e| e.action).collect::<Vec<_>>()
    );
}

#[test]
fn an_older_full_load_never_overwrites_a_newer_reload() {
    let (_dir, root) = committed_example();
    let path = "assessments/fjordvik/x-ordforer.toml";
    let mut app = App::new(root.clone(), today(), true)
        .with_clock(somevakt_store::clock::Clock::fixed_day(today()));
    let first = app.init();
    // The full load reads the files now…
    let Some(load) = first
        .into_iter()
        .find(|c| matches!(c, Command::LoadAll { .. }))
    else {
        panic!("a full load at start");
    };
    let old = run_command(load, &root);
    // …then the file changes and its reload arrives first.
    let text = std::fs::read_to_string(root.join(path)).expect("read");
    std::fs::write(
        root.join(path),
        text.replace("Ordføreren i Fjordvik", "Ordfører Nils Aas"),
    )
    .expect("write");
    for c in app.update(Message::FilesChanged(vec![path.into()])) {
        run(&mut app, c, &root);
    }
    app.update(old);
    let name = |app: &App| {
        app.rows()
            .iter()
            .find(|r| r.path == path)
            .map(|r| r.name.clone())
    };
    assert_eq!(name(&app).as_deref(), Some("Ordfører Nils Aas"));

    // The same with a reload of everything under way.
    let Some(load) = app
        .update(Message::ReloadAll(
            somevakt_store::watch::ReloadReason::Policy,
        ))
        .pop()
    else {
        panic!("a full load");
    };
    let old = run_command(load, &root);
    std::fs::write(root.join(path), &text).expect("write back");
    for c in app.update(Message::FilesChanged(vec![path.into()])) {
        run(&mut app, c, &root);
    }
    app.update(old);
    assert_eq!(name(&app).as_deref(), Some("Ordføreren i Fjordvik"));
}

#[test]
fn the_header_marks_a_fixed_day_and_hides_counts_while_loading() {
    let (_dir, root) = committed_example();
    let mut app = App::new(root.clone(), today(), true)
        .with_clock(somevakt_store::clock::Clock::fixed_day(today()));
    let text = render(&mut app, 100, 24);
    assert!(text.contains("2025-01-15 (fixed)"), "{text}");
    assert!(
        !text.contains("0 overdue"),
        "no all-clear before loading: {text}"
    );
    app.update(Message::Progress {
        generation: 1,
        loaded: 5,
        total: Some(15),
    });
    let _ = app.init();
    app.update(Message::Progress {
        generation: 1,
        loaded: 5,
        total: Some(15),
    });
    let text = render(&mut app, 100, 24);
    assert!(text.contains("Loading: 5 of 15 files"), "{text}");
    let live =
        App::new(root, today(), false).with_clock(somevakt_store::clock::Clock::fixed_day(today()));
    let mut live = live;
    assert!(!render(&mut live, 100, 24).contains("(fixed)"));
}

#[test]
fn a_reloaded_file_takes_the_place_a_full_sort_would_give_it() {
    let (_dir, root) = committed_example();
    let mut app = app_on(&root);
    press(&mut app, KeyCode::Char('s'));
    press(&mut app, KeyCode::Char('s')); // by account name
    press(&mut app, KeyCode::Char('S')); // descending
    let path = "assessments/fjordvik/x-ordforer.toml";
    let text = std::fs::read_to_string(root.join(path)).expect("read");
    std::fs::write(
        root.join(path),
        text.replace("Ordføreren i Fjordvik", "Aaa ordfører"),
    )
    .expect("write");
    for c in app.update(Message::FilesChanged(vec![path.into()])) {
        run(&mut app, c, &root);
    }
    let paths = |app: &App| -> Vec<String> {
        app.view()
            .iter()
            .map(|&i| app.rows()[i].path.clone())
            .collect()
    };
    let mut fresh = app_on(&root);
    press(&mut fresh, KeyCode::Char('s'));
    press(&mut fresh, KeyCode::Char('s'));
    press(&mut fresh, KeyCode::Char('S'));
    assert_eq!(paths(&app), paths(&fresh));
    assert_eq!(paths(&app).last().map(String::as_str), Some(path));
    // Cycling the columns round comes back to the same order.
    for _ in 0..10 {
        press(&mut app, KeyCode::Char('s'));
    }
    press(&mut app, KeyCode::Char('S'));
    assert_eq!(paths(&app), paths(&fresh));
}
