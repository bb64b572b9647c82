//! The dashboard's full load builds the table (every row evaluated, every
//! column sorted, the reminders) on the loader's thread; the UI thread only
//! moves it in. What it moves in must be exactly what building it there
//! would give, and a table built for another day (midnight passed while
//! loading) must not be taken.

mod common;

use common::*;
use somevakt::i18n::Lang;
use somevakt::tui::app::{App, Command, Message};
use somevakt::tui::loader;
use somevakt_core::Date;

fn rows_of(app: &App) -> String {
    format!("{:?}", app.rows())
}

/// An app on `today` after taking in `message`.
fn app_with(root: &std::path::Path, today: Date, message: Message) -> App {
    let mut app = App::new(root.to_path_buf(), today, true);
    let Some(Command::LoadAll { generation, .. }) = app
        .init()
        .into_iter()
        .find(|c| matches!(c, Command::LoadAll { .. }))
    else {
        panic!("a full load at start");
    };
    let message = match message {
        Message::Loaded { result, table, .. } => Message::Loaded {
            generation,
            result,
            table,
        },
        other => other,
    };
    app.update(message);
    app
}

#[test]
fn the_table_built_off_the_ui_thread_is_the_one_the_app_would_build() {
    let root = example_root();
    let today: Date = "2025-01-15".parse().expect("date");
    let built_there = app_with(&root, today, loader::load_all(&root, 1, today, Lang::En));
    let Message::Loaded { result, .. } = loader::load_all(&root, 1, today, Lang::En) else {
        panic!("a load");
    };
    let built_here = app_with(
        &root,
        today,
        Message::Loaded {
            generation: 1,
            result,
            table: None,
        },
    );
    assert!(!built_there.rows().is_empty());
    assert_eq!(rows_of(&built_there), rows_of(&built_here));
    assert_eq!(built_there.counts(), built_here.counts());

    // Rows built for yesterday are not taken: the day decides statuses.
    let yesterday: Date = "2024-06-01".parse().expect("date");
    let stale = app_with(
        &root,
        today,
        loader::load_all(&root, 1, yesterday, Lang::En),
    );
    assert_eq!(rows_of(&stale), rows_of(&built_here));
    let Message::Loaded { table, .. } = loader::load_all(&root, 1, yesterday, Lang::En) else {
        panic!("a load");
    };
    let Message::Loaded { result, .. } = loader::load_all(&root, 1, yesterday, Lang::En) else {
        panic!("a load");
    };
    let on_yesterday = app_with(
        &root,
        yesterday,
        Message::Loaded {
            generation: 1,
            result,
            table,
        },
    );
    assert_ne!(
        rows_of(&on_yesterday),
        rows_of(&built_here),
        "the example's statuses differ between the two days"
    );
}
