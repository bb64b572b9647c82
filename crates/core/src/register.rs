//! The register: every account read from one repository, and what the
//! rules say about each on a given day. Plain data: the store fills it from
//! the disk, the faces (CLI, dashboard) read it.

use std::path::PathBuf;

use rayon::prelude::*;

use crate::parse::{ParseError, line_column};
use crate::{AccountId, Assessment, Date, Evaluation, Policy, Trail};

/// One account's file, read and parsed.
#[derive(Debug, Clone)]
pub struct LoadedAssessment {
    /// The account's id: its path under `assessments/` without `.toml`.
    pub id: AccountId,
    /// Relative to the repository root, with `/` separators.
    pub path: String,
    /// What the file says.
    pub assessment: Box<Assessment>,
    /// The digest of `assessment.dpia` (docs/format.md, "dpia_digest"),
    /// worked out once when the file was parsed and kept with it in the
    /// load cache: every evaluation compares it with the latest decision's
    /// (R34), and working it out again was a fifth of a warm `status`. Use
    /// [`LoadedAssessment::new`], which fills it in.
    pub dpia_digest: String,
}

impl LoadedAssessment {
    /// The account `id` read from `path`, with the digest of its DPIA.
    pub fn new(id: AccountId, path: String, assessment: Box<Assessment>) -> LoadedAssessment {
        let dpia_digest = crate::digest::dpia_digest(&assessment.dpia);
        LoadedAssessment {
            id,
            path,
            assessment,
            dpia_digest,
        }
    }

    /// Its status and findings on `today` (as [`crate::evaluate`], using the
    /// digest kept).
    pub fn evaluate(&self, policy: &Policy, today: Date) -> Evaluation {
        // A stale digest would misstate the approval: tests (debug builds)
        // check every one they evaluate.
        debug_assert_eq!(
            self.dpia_digest,
            crate::digest::dpia_digest(&self.assessment.dpia),
            "{}",
            self.path
        );
        crate::evaluate_knowing(
            &self.assessment,
            Some(&self.dpia_digest),
            policy,
            today,
            None,
        )
    }

    /// [`LoadedAssessment::evaluate`] as the register holds it: on the
    /// trail where the policy requires signing (`trail` is then set).
    pub fn evaluate_in(&self, register: &Register, today: Date) -> Evaluation {
        self.evaluate_with(&register.policy, register.trail.as_deref(), today)
    }

    /// [`LoadedAssessment::evaluate`], with only the decisions `trail`
    /// backs counting when it is given (docs/format.md, "Status", F26).
    pub fn evaluate_with(&self, policy: &Policy, trail: Option<&Trail>, today: Date) -> Evaluation {
        debug_assert_eq!(
            self.dpia_digest,
            crate::digest::dpia_digest(&self.assessment.dpia),
            "{}",
            self.path
        );
        crate::evaluate_knowing(
            &self.assessment,
            Some(&self.dpia_digest),
            policy,
            today,
            trail.map(|t| (t, self.id.as_str())),
        )
    }
}

/// A file that could not be read as an assessment (or policy).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidFile {
    /// Relative to the repository root, with `/` separators.
    pub path: String,
    /// What is wrong, and what was expected.
    pub message: String,
    /// The line of the problem, counted from 1, when it has a place.
    pub line: Option<usize>,
    /// The column of the problem, counted from 1, when it has a place.
    pub column: Option<usize>,
    /// The file's text and the offending bytes, to show the line in a diagnostic.
    pub snippet: Option<Box<Snippet>>,
}

/// The text of a file and the bytes a diagnostic points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    /// The whole file.
    pub text: String,
    /// The bytes the problem is at.
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
    /// The repository's top folder (the one holding `assessments/`).
    pub root: PathBuf,
    /// The policy in `somevakt.toml`, or the defaults.
    pub policy: Policy,
    /// Sorted by id.
    pub accounts: Vec<LoadedAssessment>,
    /// Sorted by path; includes a broken `somevakt.toml`.
    pub invalid: Vec<InvalidFile>,
    /// Where the policy requires signing: the decisions the audit of the
    /// trail backs (only they count, F26). `None` where signing is not
    /// required.
    pub trail: Option<std::sync::Arc<Trail>>,
}

/// One account with what the rules say about it today.
#[derive(Debug, Clone)]
pub struct AccountReport<'a> {
    /// The account as read.
    pub account: &'a LoadedAssessment,
    /// Its status and findings on the day asked for.
    pub evaluation: Evaluation,
}

/// Evaluates every account of the register, in id order.
pub fn evaluate_all(register: &Register, today: Date) -> Vec<AccountReport<'_>> {
    register
        .accounts
        .par_iter()
        .map(|account| AccountReport {
            account,
            evaluation: account.evaluate_in(register, today),
        })
        .collect()
}
