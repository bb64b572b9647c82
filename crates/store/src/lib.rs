//! The edges of somevakt: everything that touches the disk, Git or the
//! clock. Finding the repository, loading its files in parallel, reading Git
//! history, recording changes as commits (and refusing when that would be
//! unsafe), and watching for changes.
//!
//! Git's types stay inside this crate: commits are named by
//! [`somevakt_core::CommitId`] outward, and errors are typed, so a face (CLI,
//! dashboard) tells a [`Refusal`] from an I/O or Git failure.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod as_of;
pub mod audit;
mod bloom;
pub mod cache;
mod changed_paths;
pub mod clock;
pub mod commit;
pub mod committed;
mod content;
mod corrects;
pub mod decided;
pub mod editor;
pub mod fault;
pub mod history;
mod identity;
pub mod init;
pub mod load;
mod local_keys;
mod lock;
pub mod overview;
pub mod positions;
pub mod read;
pub mod record;
mod refusal;
pub mod sign;
mod staging;
pub mod trend;
pub mod unfinished;
mod walk;
#[cfg(test)]
mod walk_bloom_tests;
mod walk_whole;
pub mod watch;

pub use commit::{CommitError, Recorded};
pub use content::Layout;
pub use identity::Identity;
pub use load::{
    CacheRefresh, FileState, InvalidFile, Kept, LoadOptions, LoadedAssessment, Progress, Register,
    RepoError, Snippet, Streamed, find_root, load, load_each, load_file, load_keeping, load_with,
    reload_policy, require_assessments,
};
pub use refusal::{GitError, GitOperation, PathProblem, Refusal};
