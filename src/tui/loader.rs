//! Loading the register off the UI thread: a full load, or single files
//! after a change. Every load carries the generation number `update` gave
//! it, so an answer that arrives late can be told from a newer one.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::sync::mpsc::{RecvTimeoutError, Sender};
use std::time::Duration;

use somevakt_core::Date;
use somevakt_store::load::{LoadOptions, Progress, load_keeping};
use somevakt_store::{Register, RepoError};

use super::app::{Message, Table, TableBuilder};
use crate::i18n::Lang;

/// How often a full load reports how far it has come.
const PROGRESS_EVERY: Duration = Duration::from_millis(100);

/// Reads every file (a full load of generation `generation`) and builds
/// the rows for `today`.
pub fn load_all(root: &Path, generation: u64, today: Date, lang: Lang) -> Message {
    let trail = trail(root);
    let result = somevakt_store::load(root).map(|mut register| {
        register.trail = trail;
        register
    });
    loaded(generation, result, today, lang)
}

/// Where the policy requires signing, the decisions the trail backs (F26),
/// asked before the rows are built (the audit's cache makes it cheap).
fn trail(root: &Path) -> Option<Arc<somevakt_core::Trail>> {
    somevakt_store::audit::trail_for(root, &somevakt_store::reload_policy(root).0)
}

/// The message for a finished full load: the register and, built here on
/// the loader's thread rather than the UI thread, its rows.
fn loaded(
    generation: u64,
    result: Result<Register, RepoError>,
    today: Date,
    lang: Lang,
) -> Message {
    let table = result
        .as_ref()
        .ok()
        .map(|register| Box::new(Table::build(register, today, lang)));
    Message::Loaded {
        generation,
        result: result.map(Arc::new).map_err(|e| e.to_string()),
        table,
    }
}

/// Like [`load_all`], and meanwhile tells the dashboard how many files are
/// read of how many, so the loading screen shows real counts, never zeros
/// that look like "all clear". The table is sent as soon as its rows are
/// built, then its reminders, put in words after; every message goes to `tx`.
pub fn load_all_reporting(
    root: &Path,
    generation: u64,
    today: Date,
    lang: Lang,
    tx: &Sender<Message>,
) {
    let progress = Progress::default();
    // Dropped when the load is done: the reporter wakes at once instead of
    // finishing its sleep, which the table would otherwise wait for.
    let (done, finished) = std::sync::mpsc::channel::<()>();
    let counted = &progress;
    let result = std::thread::scope(|scope| {
        scope.spawn(move || {
            while let Err(RecvTimeoutError::Timeout) = finished.recv_timeout(PROGRESS_EVERY) {
                let total = counted.total.load(Ordering::Relaxed);
                if total > 0 {
                    let _ = tx.send(Message::Progress {
                        generation,
                        loaded: counted.done.load(Ordering::Relaxed),
                        total: Some(total),
                    });
                }
            }
        });
        let options = LoadOptions {
            progress: Some(counted),
            ..LoadOptions::default()
        };
        // Each chunk is evaluated and turned into rows while the next one
        // is read: when the load ends, most rows exist (issue 14).
        let trail = trail(root);
        let mut builder = TableBuilder::new(today, lang).on_trail(trail.clone());
        let result = load_keeping(root, options, &mut |policy, chunk| {
            builder.add(policy, chunk)
        });
        drop(done);
        result.map(|mut kept| {
            kept.register.trail = trail;
            (kept, builder)
        })
    });
    // The rows go to the screen first; the load cache's rewrite (after a
    // file changed: 28 MB at 20,000 accounts) and the reminders' words
    // follow, so the table never waits for either.
    let (kept, builder) = match result {
        Ok(loaded) => loaded,
        Err(e) => {
            let _ = tx.send(loaded(generation, Err(e), today, lang));
            return;
        }
    };
    let register = Arc::new(kept.register);
    let (table, pending) = builder.finish(&register);
    let _ = tx.send(Message::Loaded {
        generation,
        result: Ok(Arc::clone(&register)),
        table: Some(Box::new(table)),
    });

    let (rows, overdue) = pending.into_rows_and_overdue();
    if let Some(accounts) = overdue {
        let _ = tx.send(Message::Overdue {
            generation,
            accounts,
        });
    }
    let _ = tx.send(Message::Reminders { generation, rows });
    if let Some(refresh) = kept.refresh {
        // Only an accelerator: a cache that cannot be written leaves the
        // next start to read the changed files again.
        let _ = refresh.write(&register);
    }
}

/// Reads some files again (generation `generation`).
pub fn reload_files(root: &Path, generation: u64, paths: Vec<String>) -> Message {
    Message::Reloaded {
        generation,
        files: paths
            .into_iter()
            .map(|p| {
                let state = somevakt_store::load_file(root, &p);
                (p, state)
            })
            .collect(),
    }
}
