//! somevakt: data-protection impact assessments and management decisions of
//! a municipality's social-media accounts, one TOML file per account in a Git
//! repository.
//!
//! - [`domain`]: the pure core (model, status rules, findings);
//! - [`repo`]: the edges that read files and Git;
//! - [`report`]: exports (tables, JSON, CSV, diagnostics, schemas);
//! - [`cli`]: the command line;
//! - [`tui`]: the dashboard.

#![forbid(unsafe_code)]

pub mod cli;
pub mod domain;
pub mod repo;
pub mod report;
#[doc(hidden)]
pub mod synthetic;
pub mod tui;
