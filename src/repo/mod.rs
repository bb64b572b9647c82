//! The edges that touch the disk and Git: finding the repository and loading
//! its files.

pub mod load;

pub use load::{InvalidFile, LoadedAssessment, Register, RepoError, Snippet, find_root, load};
