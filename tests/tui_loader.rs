//! The dashboard's full load builds the table (every row evaluated, the
//! most urgent order, then the reminders in words) on the loader's thread;
//! the UI thread only moves it in, and sorts another column when it is
//! first chosen. What it moves in must be exactly what building it there
//! would give, and a table built for another day (midnight passed while
//! loading) must not be taken.

mod common;

use common::*;
use somevakt::i18n::Lang;
use somevakt::tui::app::{App, Command, Counts, Message, Table, TableBuilder, sorted};
use somevakt::tui::loader;
use somevakt::tui::rows::{Column, FixedWords};
use somevakt_core::Date;

fn rows_of(app: &App) -> String {
    format!("{:?}", app.rows())
}

/// A started app on `today` and the generation of the full load it asked for.
fn started(root: &std::path::Path, today: Date) -> (App, u64) {
    let mut app = App::new(root.to_path_buf(), today, true)
        .with_clock(somevakt_store::clock::Clock::fixed_day(today));
    let Some(Command::LoadAll { generation, .. }) = app
        .init()
        .into_iter()
        .find(|c| matches!(c, Command::LoadAll { .. }))
    else {
        panic!("a full load at start");
    };
    (app, generation)
}

/// An app on `today` after taking in `message`.
fn app_with(root: &std::path::Path, today: Date, message: Message) -> App {
    let (mut app, generation) = started(root, today);
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

/// A column chosen for the first time is sorted from the urgency order by
/// its own key (issue 14): the order must be exactly the one comparing
/// whole rows gives, ties (urgency, then path) included, on a register
/// with many equal values and an invalid file.
#[test]
fn a_column_sorted_on_first_use_is_in_the_full_comparisons_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    somevakt_synthetic::write_repository(dir.path(), 400).expect("generate");
    write(
        dir.path(),
        "assessments/zzz/broken.toml",
        "[account\nname = 1",
    );
    let today: Date = "2025-01-15".parse().expect("date");
    let register = somevakt_store::load(dir.path()).expect("load");
    let table = Table::build(&register, today, Lang::En);
    let rows = table.rows();
    assert_eq!(rows.len(), 401);
    let urgent = sorted(rows, Column::Urgency, None);
    for column in Column::ALL {
        let mut expected: Vec<usize> = (0..rows.len()).collect();
        expected.sort_by(|&a, &b| rows[a].compare(&rows[b], column));
        assert_eq!(sorted(rows, column, Some(&urgent)), expected, "{column:?}");
        assert_eq!(sorted(rows, column, None), expected, "{column:?}");
    }
}

/// The dashboard's load sends the table first and its reminders after;
/// once both are in, the app is the one a load built at once gives. A file
/// read again in between keeps what was read then (here: removed, so its
/// reminders, still among the loader's, must not come back).
#[test]
fn reminders_sent_after_the_table_end_as_if_built_with_it() {
    let dir = copy_example();
    let root = dir.path().to_path_buf();
    let today: Date = "2025-01-15".parse().expect("date");
    let (mut app, generation) = started(&root, today);
    let (tx, rx) = std::sync::mpsc::channel();
    loader::load_all_reporting(&root, generation, today, Lang::En, &tx);
    let mut sent: Vec<Message> = rx.try_iter().collect();
    let last = sent.pop().expect("messages");
    let Some(table @ Message::Loaded { .. }) = sent
        .into_iter()
        .find(|m| matches!(m, Message::Loaded { .. }))
    else {
        panic!("the table is sent before the reminders");
    };
    let Message::Reminders {
        generation: g,
        rows,
    } = last
    else {
        panic!("the reminders come last");
    };
    assert_eq!(g, generation);
    app.update(table);
    assert!(app.reminders_pending());
    assert!(app.reminders().is_empty());
    let at_once = app_with(&root, today, loader::load_all(&root, 1, today, Lang::En));
    // Until the reminders are worked out (after the table is shown), a row
    // is overdue as its review or snapshots are; what else is overdue
    // (conditions, a closing snapshot) comes with them.
    let but_overdue = |app: &App| {
        let rows = app.rows().iter().cloned().map(|mut r| {
            r.overdue = false;
            r
        });
        format!("{:?}", rows.collect::<Vec<_>>())
    };
    assert_eq!(but_overdue(&app), but_overdue(&at_once));
    assert!(
        app.rows()
            .iter()
            .zip(at_once.rows())
            .all(|(interim, then)| !interim.overdue || then.overdue)
    );
    let interim = Counts {
        overdue: at_once.counts().overdue,
        ..app.counts().clone()
    };
    assert_eq!(&interim, at_once.counts());
    assert!(app.counts().overdue <= at_once.counts().overdue);

    let path = at_once
        .reminders()
        .first()
        .expect("a reminder")
        .path
        .clone();
    std::fs::remove_file(root.join(&path)).expect("remove");
    for command in app.update(Message::FilesChanged(vec![path.clone()])) {
        if matches!(command, Command::ReloadFiles { .. }) {
            let message = somevakt::tui::run_command(command, &root);
            app.update(message);
        }
    }
    // Another load's reminders are not taken.
    app.update(Message::Reminders {
        generation: generation + 7,
        rows: at_once.reminders().to_vec(),
    });
    assert!(app.reminders_pending());
    app.update(Message::Reminders { generation, rows });
    assert!(!app.reminders_pending());

    let now = app_with(&root, today, loader::load_all(&root, 1, today, Lang::En));
    assert!(!now.reminders().is_empty());
    assert!(!app.reminders().iter().any(|r| r.path == path));
    assert!(app.rows().iter().all(|r| r.path != path));
    assert_eq!(app.reminders(), now.reminders());
    assert_eq!(rows_of(&app), rows_of(&now));
    assert_eq!(app.counts(), now.counts());
}

/// The loader builds the table a chunk of accounts at a time, while the
/// next chunk loads (issue 14): in any chunk sizes, the rows, their order
/// and the reminders are the ones built from the whole register at once.
#[test]
fn a_table_built_chunk_by_chunk_is_the_one_built_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    somevakt_synthetic::write_repository(dir.path(), 300).expect("generate");
    write(
        dir.path(),
        "assessments/zzz/broken.toml",
        "[account\nname = 1",
    );
    let today: Date = "2025-01-15".parse().expect("date");
    let register = std::sync::Arc::new(somevakt_store::load(dir.path()).expect("load"));
    for lang in [Lang::En, Lang::Nb] {
        let (whole, whole_reminders) = Table::build_rows(&register, today, lang);
        let whole_reminders = whole_reminders.into_rows();
        assert!(!whole_reminders.is_empty());
        for size in [1, 7, 128] {
            let mut builder = TableBuilder::new(today, lang);
            for chunk in register.accounts.chunks(size) {
                builder.add(&register.policy, chunk);
            }
            let (table, reminders) = builder.finish(&register);
            assert_eq!(
                format!("{:?}", table.rows()),
                format!("{:?}", whole.rows()),
                "chunks of {size}"
            );
            assert_eq!(
                sorted(table.rows(), Column::Urgency, None),
                sorted(whole.rows(), Column::Urgency, None)
            );
            let (reminders, overdue) = reminders.into_rows_and_overdue();
            assert_eq!(reminders, whole_reminders, "chunks of {size}");
            assert_eq!(overdue.map(|o| o.len()), Some(register.accounts.len()));
        }
        // Chunks out of the register's order: the reminders are the same,
        // and no flags by place are given, as the rows are in another order.
        let mut builder = TableBuilder::new(today, lang);
        for chunk in register.accounts.chunks(64).rev() {
            builder.add(&register.policy, chunk);
        }
        let (_, reminders) = builder.finish(&register);
        let (reminders, overdue) = reminders.into_rows_and_overdue();
        assert_eq!(reminders, whole_reminders);
        assert_eq!(overdue, None);
    }
}

/// The `/` filter's text is every column's text, lowercase, joined by
/// spaces, whatever the letters (here Norwegian and Greek capitals, whose
/// final sigma lowercases by its place in the word).
#[test]
fn the_filter_text_is_every_column_lowercased() {
    let dir = copy_example();
    let path = dir
        .path()
        .join("assessments/fjordvik/facebook-kommunen.toml");
    let text = std::fs::read_to_string(&path).expect("read");
    let name = text
        .lines()
        .find(|l| l.starts_with("name = "))
        .expect("a name")
        .to_owned();
    std::fs::write(
        &path,
        text.replacen(&name, "name = \"ØRLAND ΟΔΟΣ Kultur\"", 1),
    )
    .expect("write");
    let today: Date = "2025-01-15".parse().expect("date");
    let register = somevakt_store::load(dir.path()).expect("load");
    let table = Table::build(&register, today, Lang::Nb);
    assert!(table.rows().iter().any(|r| r.name.starts_with("ØRLAND")));
    for row in table.rows() {
        let glyph = FixedWords::of(Lang::Nb).health(row.health).to_owned();
        let expected = [
            glyph.as_str(),
            &row.municipality,
            &row.name,
            &row.path,
            row.platform,
            row.approval,
            &row.review_date(),
            &row.review_when,
            row.activity,
            row.snapshots,
        ]
        .join(" ")
        .to_lowercase();
        assert_eq!(row.haystack, expected);
    }
}

/// After a load, the loader says which accounts have anything overdue
/// (by their place, before the reminders themselves): the app that takes
/// every message in order ends as the one built at once, and a flag sent
/// after a file was read again is not taken by place.
#[test]
fn overdue_flags_sent_by_place_end_as_if_built_at_once() {
    let dir = copy_example();
    let root = dir.path().to_path_buf();
    let today: Date = "2025-01-15".parse().expect("date");
    let at_once = app_with(&root, today, loader::load_all(&root, 1, today, Lang::En));
    assert!(at_once.rows().iter().any(|r| r.overdue));
    assert!(at_once.rows().iter().any(|r| !r.overdue && r.id.is_some()));

    let (mut app, generation) = started(&root, today);
    let (tx, rx) = std::sync::mpsc::channel();
    loader::load_all_reporting(&root, generation, today, Lang::En, &tx);
    let mut sent: Vec<Message> = rx.try_iter().collect();
    let last = sent.pop().expect("messages");
    assert!(sent.iter().any(|m| matches!(m, Message::Overdue { .. })));
    for message in sent {
        app.update(message);
    }
    assert_eq!(rows_of(&app), rows_of(&at_once));
    assert_eq!(app.counts(), at_once.counts());
    app.update(last);
    assert!(!app.reminders_pending());
    assert_eq!(rows_of(&app), rows_of(&at_once));
    assert_eq!(app.reminders(), at_once.reminders());

    // Flags all wrong, sent after a file was read again: not taken.
    let (mut app, generation) = started(&root, today);
    loader::load_all_reporting(&root, generation, today, Lang::En, &tx);
    let mut sent: Vec<Message> = rx.try_iter().collect();
    let last = sent.pop().expect("messages");
    let mut flags = None;
    for message in sent {
        match message {
            Message::Overdue { accounts, .. } => flags = Some(accounts),
            other => {
                app.update(other);
            }
        }
    }
    let wrong: Vec<bool> = flags.expect("flags").iter().map(|f| !f).collect();
    let path = app.rows()[0].path.clone();
    for command in app.update(Message::FilesChanged(vec![path])) {
        if matches!(command, Command::ReloadFiles { .. }) {
            let message = somevakt::tui::run_command(command, &root);
            app.update(message);
        }
    }
    app.update(Message::Overdue {
        generation,
        accounts: wrong,
    });
    app.update(last);
    let mut rows: Vec<String> = app
        .rows()
        .iter()
        .map(|r| format!("{} {}", r.path, r.overdue))
        .collect();
    let mut expected: Vec<String> = at_once
        .rows()
        .iter()
        .map(|r| format!("{} {}", r.path, r.overdue))
        .collect();
    rows.sort();
    expected.sort();
    assert_eq!(rows, expected);
    assert_eq!(app.counts(), at_once.counts());
}

/// The dashboard's load leaves the load cache rewritten (after the table
/// and its reminders are sent: `load_keeping` itself writes nothing, see
/// tests/load_stream.rs), so the next start takes every file from it.
#[test]
fn the_dashboards_load_rewrites_the_load_cache_last() {
    let dir = copy_example();
    let root = dir.path().to_path_buf();
    git_init(&root);
    let today: Date = "2025-01-15".parse().expect("date");
    let (_, generation) = started(&root, today);
    let (tx, rx) = std::sync::mpsc::channel();
    loader::load_all_reporting(&root, generation, today, Lang::En, &tx);
    let sent: Vec<Message> = rx.try_iter().collect();
    // (Progress lines may come first on a slow machine.)
    let table = sent
        .iter()
        .position(|m| matches!(m, Message::Loaded { .. }));
    assert!(table.is_some_and(|t| t + 1 < sent.len()));
    assert!(matches!(sent.last(), Some(Message::Reminders { .. })));
    assert!(root.join(".git/somevakt/load-cache").exists());
    let kept = somevakt_store::load_keeping(
        &root,
        somevakt_store::LoadOptions::default(),
        &mut |_, _| {},
    )
    .expect("load");
    assert!(kept.refresh.is_none(), "every file came from the cache");
}
