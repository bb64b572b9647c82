//! The dashboard at 20,000 accounts: one key through `update` and one full
//! `draw` on a 120x40 screen, for every kind of key: moving, paging,
//! filtering, sorting, quick filters, opening screens and forms, the
//! palette, and a file changed on disk. Target: under 16 ms per key (one
//! frame at 60 Hz).
//!
//!     cargo bench --bench dashboard

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use somevakt::i18n::Lang;
use somevakt::tui::app::{App, Command, Message, Table, sorted};
use somevakt::tui::rows::Column;
use somevakt::tui::run_command;
use somevakt::tui::theme::{Theme, ThemeName};
use somevakt::tui::view;
use somevakt_core::Date;
use somevakt_synthetic as synthetic;

// The allocator the binary runs with (src/main.rs): building 20,000 rows
// is mostly allocation, and the system's allocator would time another
// program.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn key(app: &mut App, code: KeyCode) {
    app.update(Message::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn dashboard(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tmp");
    synthetic::write_repository(dir.path(), 20_000).expect("generate");
    let today: Date = "2025-01-15".parse().expect("date");
    let mut app = App::new(dir.path().to_path_buf(), today, true)
        .with_clock(somevakt_store::clock::Clock::fixed_day(today));
    app.update(Message::Resize(120, 40));
    for command in app.init() {
        if matches!(command, Command::LoadAll { .. }) {
            let loaded = run_command(command, dir.path());
            app.update(loaded);
        }
    }
    assert_eq!(app.rows().len(), 20_000);
    building(c, dir.path(), today);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    let theme = Theme {
        name: ThemeName::Terminal,
        color: true,
    };
    let mut draw = |app: &mut App| {
        let app = &*app;
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
    let changed = app.rows()[app.view()[0]].path.clone();
    let state = somevakt_store::load_file(dir.path(), &changed);
    group.bench_function("one_file_changed_on_disk_and_draw", |b| {
        b.iter(|| {
            let Some(Command::ReloadFiles { generation, .. }) = app
                .update(Message::FilesChanged(vec![changed.clone()]))
                .pop()
            else {
                panic!("a reload");
            };
            app.update(Message::Reloaded {
                generation,
                files: vec![(changed.clone(), state.clone())],
            });
            draw(&mut app);
        })
    });
    group.bench_function("sort_by_next_column_and_draw", |b| {
        b.iter(|| {
            key(&mut app, KeyCode::Char('s'));
            draw(&mut app);
        })
    });
    group.bench_function("quick_filter_and_draw", |b| {
        b.iter(|| {
            key(&mut app, KeyCode::Char('f'));
            draw(&mut app);
        })
    });
    // Screens and modals, each opened and closed: two keys, two frames.
    for (name, open, close) in [
        ("detail_open_and_back", KeyCode::Enter, KeyCode::Esc),
        (
            "reminders_open_and_back",
            KeyCode::Char('4'),
            KeyCode::Char('1'),
        ),
        ("help_open_and_close", KeyCode::Char('?'), KeyCode::Esc),
        ("palette_open_and_close", KeyCode::Char(':'), KeyCode::Esc),
        (
            "decision_form_open_and_cancel",
            KeyCode::Char('d'),
            KeyCode::Esc,
        ),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| {
                key(&mut app, open);
                draw(&mut app);
                key(&mut app, close);
                draw(&mut app);
            })
        });
    }
    group.bench_function("reminders_move_down_and_draw", |b| {
        key(&mut app, KeyCode::Char('4'));
        b.iter(|| {
            key(&mut app, KeyCode::Down);
            draw(&mut app);
        });
        key(&mut app, KeyCode::Char('1'));
    });
    group.finish();
}

/// The loader's share of a full load at 20,000 accounts, each step alone:
/// the rows (evaluation included) that the screen waits for, the
/// reminders put in words after, and sorting by a column chosen for the
/// first time (on a key, so within a frame).
fn building(c: &mut Criterion, root: &std::path::Path, today: Date) {
    let register = std::sync::Arc::new(somevakt_store::load(root).expect("load"));
    let mut group = c.benchmark_group("table_20000");
    group.sample_size(10);
    group.bench_function("rows_evaluated_and_in_urgency_order", |b| {
        b.iter(|| Table::build_rows(&register, today, Lang::En))
    });
    group.bench_function("reminders_in_words", |b| {
        b.iter_batched(
            || Table::build_rows(&register, today, Lang::En).1,
            |pending| pending.into_rows(),
            BatchSize::LargeInput,
        )
    });
    let table = Table::build(&register, today, Lang::En);
    let urgent = sorted(table.rows(), Column::Urgency, None);
    for column in Column::ALL {
        group.bench_function(format!("first_sort_by_{column:?}"), |b| {
            b.iter(|| sorted(table.rows(), column, Some(&urgent)))
        });
    }
    group.finish();
}

criterion_group!(benches, dashboard);
criterion_main!(benches);
