//! The register: every account read from one repository, and what the
//! rules say about each on a given day. Plain data: the store fills it from
//! the disk, the faces (CLI, dashboard) read it.

use std::path::PathBuf;

use rayon::prelude::*;

use crate::parse::{ParseError, line_column};
use crate::{AccountId, Assessment, Date, Evaluation, Policy, evaluate};

/// One account's file, read and parsed.
#[derive(Debug, Clone)]
pub struct LoadedAssessment {
    pub id: AccountId,
    /// Relative to the repository root, with `/` separators.
    pub path: String,
    pub assessment: Assessment,
}

/// A file that could not be read as an assessment (or policy).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidFile {
    /// Relative to the repository root, with `/` separators.
    pub path: String,
    pub message: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// The file's text and the offending bytes, to show the line in a diagnostic.
    pub snippet: Option<Box<Snippet>>,
}

/// The text of a file and the bytes a diagnostic points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    pub text: String,
    pub span: std::ops::Range<usize>,
}

impl InvalidFile {
    /// A problem with no position in the file.
    pub fn plain(path: &str, message: impl Into<String>) -> InvalidFile {
        InvalidFile {
            path: path.to_owned(),
            message: message.into(),
            line: None,
            column: None,
            snippet: None,
        }
    }

    /// A parse error, with its line and column in `text`.
    pub fn at(path: &str, text: &str, error: ParseError) -> InvalidFile {
        let position = error.span.as_ref().map(|s| line_column(text, s.start));
        InvalidFile {
            path: path.to_owned(),
            message: error.message,
            line: position.map(|p| p.0),
            column: position.map(|p| p.1),
            snippet: error.span.map(|span| {
                Box::new(Snippet {
                    text: text.to_owned(),
                    span,
                })
            }),
        }
    }
}

/// Everything read from one repository.
#[derive(Debug, Clone)]
pub struct Register {
    pub root: PathBuf,
    pub policy: Policy,
    /// Sorted by id.
    pub accounts: Vec<LoadedAssessment>,
    /// Sorted by path; includes a broken `somevakt.toml`.
    pub invalid: Vec<InvalidFile>,
}

/// One account with what the rules say about it today.
#[derive(Debug, Clone)]
pub struct AccountReport<'a> {
    pub account: &'a LoadedAssessment,
    pub evaluation: Evaluation,
}

/// Evaluates every account of the register, in id order.
pub fn evaluate_all(register: &Register, today: Date) -> Vec<AccountReport<'_>> {
    register
        .accounts
        .par_iter()
        .map(|account| AccountReport {
            account,
            evaluation: evaluate(&account.assessment, &register.policy, today),
        })
        .collect()
}
