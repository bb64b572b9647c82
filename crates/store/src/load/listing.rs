//! Finding the account files: every `*.toml` under `assessments/`, in id
//! order, with the entries that are refused (links, unreadable folders).

use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::{ASSESSMENTS_DIR, InvalidFile};
use crate::cache;
use crate::read::kind_of;

/// A file found under `assessments/`: its path relative to the root.
#[derive(Debug)]
pub(super) struct Found {
    pub relative: String,
}

/// Every `*.toml` under `assessments/`, skipping hidden files (editors'
/// temporary and swap files). Links are never followed, neither to files
/// nor to folders (they could lead out of the repository or loop): a linked
/// `assessments/`, linked sub-folder or linked file is an invalid entry, and
/// so is a folder that cannot be read, so one of them never hides the rest.
pub(super) fn list_files(root: &Path, invalid: &mut Vec<InvalidFile>) -> Vec<Found> {
    let mut found = Vec::new();
    let top = root.join(ASSESSMENTS_DIR);
    match fs::symlink_metadata(&top) {
        Err(_) => return found,
        Ok(meta) => {
            if let Some(kind) = kind_of(&meta).filter(|k| *k != "a folder") {
                invalid.push(not_followed(ASSESSMENTS_DIR, kind));
                return found;
            }
        }
    }
    // A level of folders at a time, the folders of a level read in
    // parallel: listing 20,000 files one folder after another was an eighth
    // of a warm `status`, with the other core idle.
    let mut level = vec![top];
    while !level.is_empty() {
        let listed: Vec<Listed> = level
            .par_iter()
            .map(|folder| list_folder(root, folder))
            .collect();
        level = Vec::new();
        for one in listed {
            found.extend(one.files);
            invalid.extend(one.invalid);
            level.extend(one.folders);
        }
    }
    // In id order: the cache is kept in the same order, so the two lists
    // pair up in one pass, and accounts come out in the register's order.
    found.par_sort_unstable_by(|a, b| cache::file_order(&a.relative, &b.relative));
    found
}

/// What one folder holds: its `*.toml` files, its folders, and the entries
/// refused in it.
#[derive(Default)]
struct Listed {
    files: Vec<Found>,
    folders: Vec<PathBuf>,
    invalid: Vec<InvalidFile>,
}

fn list_folder(root: &Path, folder: &Path) -> Listed {
    let mut listed = Listed::default();
    let at = relative(root, folder);
    let entries = match fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(e) => {
            listed.invalid.push(InvalidFile::plain(
                &at,
                format!("the folder cannot be read: {e}; the accounts in it are not shown"),
            ));
            return listed;
        }
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') {
            continue;
        }
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            listed.folders.push(entry.path());
        } else if kind.is_symlink() && (name.ends_with(".toml") || entry.path().is_dir()) {
            // `is_dir()` only asks what the link points at; nothing behind
            // it is opened or read.
            listed
                .invalid
                .push(not_followed(&format!("{at}/{name}"), "a symbolic link"));
        } else if name.ends_with(".toml") {
            // FIFOs, devices and sockets go on to be refused, unopened,
            // by `read_regular`, with a message that names what they are.
            listed.files.push(Found {
                relative: format!("{at}/{name}"),
            });
        }
    }
    listed
}

fn not_followed(path: &str, kind: &str) -> InvalidFile {
    InvalidFile::plain(
        path,
        format!(
            "{kind}: somevakt reads only regular files and folders in the repository and never follows links; replace it with the real one"
        ),
    )
}

fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}
