//! The floor under any load: every `assessments/**/*.toml` read and parsed
//! into a plain TOML table, in parallel, with nothing else done. The
//! benchmark in `bench/status.sh` compares `status --no-cache` against it.
//!
//!     cargo run --release --example parse_floor -- DIR

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use rayon::prelude::*;

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: parse_floor DIR");
        return ExitCode::from(2);
    };
    let mut files = Vec::new();
    collect(&Path::new(&dir).join("assessments"), &mut files);
    let parsed = files
        .par_iter()
        .filter(|path| {
            std::fs::read_to_string(path)
                .ok()
                .is_some_and(|text| text.parse::<toml::Table>().is_ok())
        })
        .count();
    println!("{parsed} of {} files parsed", files.len());
    ExitCode::SUCCESS
}

fn collect(folder: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "toml") {
            files.push(path);
        }
    }
}
