//! Loading the register off the UI thread: a full load, or single files
//! after a change. Every load carries the generation number `update` gave
//! it, so an answer that arrives late can be told from a newer one.

use std::path::Path;

use super::app::Message;

/// Reads every file (a full load of generation `generation`).
pub fn load_all(root: &Path, generation: u64) -> Message {
    Message::Loaded {
        generation,
        result: somevakt_store::load(root)
            .map(Box::new)
            .map_err(|e| e.to_string()),
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
