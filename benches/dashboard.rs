//! The dashboard at 20,000 accounts: one key through `update` and one full
//! `draw` on a 120x40 screen, for the keys a privacy officer presses most.
//! Target: under 16 ms per key (one frame at 60 Hz).
//!
//!     cargo bench --bench dashboard

use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use somevakt::tui::app::{App, Command, Message};
use somevakt::tui::run_command;
use somevakt::tui::view::{self, Theme};
use somevakt_core::Date;
use somevakt_synthetic as synthetic;

fn key(app: &mut App, code: KeyCode) {
    app.update(Message::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn dashboard(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tmp");
    synthetic::write_repository(dir.path(), 20_000).expect("generate");
    let today: Date = "2025-01-15".parse().expect("date");
    let mut app = App::new(dir.path().to_path_buf(), today, true);
    let loaded = run_command(Command::LoadAll, dir.path());
    app.update(loaded);
    assert_eq!(app.rows.len(), 20_000);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    let theme = Theme { color: true };
    let mut draw = |app: &mut App| {
        terminal
            .draw(|frame| view::draw(frame, app, theme))
            .expect("draw");
    };

    let mut group = c.benchmark_group("dashboard_20000");
    group.bench_function("move_down_and_draw", |b| {
        b.iter(|| {
            key(&mut app, KeyCode::Down);
            draw(&mut app);
        })
    });
    group.bench_function("page_down_and_draw", |b| {
        b.iter(|| {
            key(&mut app, KeyCode::PageDown);
            draw(&mut app);
        })
    });
    key(&mut app, KeyCode::Char('/'));
    group.bench_function("filter_keystroke_and_draw", |b| {
        // Two keystrokes per iteration, so the filter never drifts: typing
        // a letter narrows 20,000 rows, Backspace widens them again.
        b.iter(|| {
            key(&mut app, KeyCode::Char('k'));
            draw(&mut app);
            key(&mut app, KeyCode::Backspace);
            draw(&mut app);
        })
    });
    key(&mut app, KeyCode::Esc);
    // A file changed on disk: the message the watcher's reload produces,
    // applied and drawn (reading the one file is outside the measurement).
    let changed = app.rows[app.view[0]].path.clone();
    let state = somevakt_store::load_file(dir.path(), &changed);
    group.bench_function("one_file_changed_on_disk_and_draw", |b| {
        b.iter(|| {
            app.update(Message::Reloaded(vec![(changed.clone(), state.clone())]));
            draw(&mut app);
        })
    });
    group.bench_function("sort_by_next_column_and_draw", |b| {
        b.iter(|| {
            key(&mut app, KeyCode::Char('s'));
            draw(&mut app);
        })
    });
    group.finish();
}

criterion_group!(benches, dashboard);
criterion_main!(benches);
