//! Loading the register off the UI thread: a full load, or single files
//! after a change. Every load carries the generation number `update` gave
//! it, so an answer that arrives late can be told from a newer one.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Sender;
use std::time::Duration;

use somevakt_store::load::{LoadOptions, Progress, load_with};

use super::app::Message;

/// How often a full load reports how far it has come.
const PROGRESS_EVERY: Duration = Duration::from_millis(100);

/// Reads every file (a full load of generation `generation`).
pub fn load_all(root: &Path, generation: u64) -> Message {
    Message::Loaded {
        generation,
        result: somevakt_store::load(root)
            .map(Box::new)
            .map_err(|e| e.to_string()),
    }
}

/// Like [`load_all`], and meanwhile tells the dashboard how many files are
/// read of how many, so the loading screen shows real counts, never zeros
/// that look like "all clear".
pub fn load_all_reporting(root: &Path, generation: u64, tx: &Sender<Message>) -> Message {
    let progress = Progress::default();
    let finished = AtomicBool::new(false);
    let result = std::thread::scope(|scope| {
        scope.spawn(|| {
            while !finished.load(Ordering::Relaxed) {
                std::thread::sleep(PROGRESS_EVERY);
                let total = progress.total.load(Ordering::Relaxed);
                if total > 0 && !finished.load(Ordering::Relaxed) {
                    let _ = tx.send(Message::Progress {
                        generation,
                        loaded: progress.done.load(Ordering::Relaxed),
                        total: Some(total),
                    });
                }
            }
        });
        let options = LoadOptions {
            progress: Some(&progress),
            ..LoadOptions::default()
        };
        let result = load_with(root, options);
        finished.store(true, Ordering::Relaxed);
        result
    });
    Message::Loaded {
        generation,
        result: result.map(Box::new).map_err(|e| e.to_string()),
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
