//! The edges that touch the disk and Git: finding the repository and loading
//! its files.

pub mod commit;
pub mod history;
pub mod load;
pub mod record;

pub use load::{
    FileState, InvalidFile, LoadedAssessment, Register, RepoError, Snippet, find_root, load,
    load_file, reload_policy,
};
