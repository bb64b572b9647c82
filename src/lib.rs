//! somevakt: data-protection impact assessments and management decisions of
//! a municipality's social-media accounts, one TOML file per account in a Git
//! repository.
//!
//! This package holds the faces that translate between people and the core:
//!
//! - [`cli`]: the command line;
//! - [`i18n`]: the languages (Fluent message files in `locales/`);
//! - [`report`]: exports (tables, JSON, CSV, diagnostics, calendars, schemas);
//! - [`tui`]: the dashboard;
//! - [`text`]: how both put text in front of a person.
//!
//! The rules live in `somevakt-core` (pure data), the disk and Git in
//! `somevakt-store`; see the README's "Architecture".

#![forbid(unsafe_code)]

pub mod cli;
pub mod i18n;
pub mod report;
pub mod text;
pub mod tui;
