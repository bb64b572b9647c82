//! Every refusal, Git failure and repository error reads in English exactly
//! as the store's own `Display` (one wording, two places, kept equal here),
//! and in Norwegian and Swedish with every variable filled.

use std::path::PathBuf;

use somevakt_store::commit::CommitError;
use somevakt_store::{GitOperation, PathProblem, Refusal, RepoError};

use super::*;

fn every_refusal() -> Vec<Refusal> {
    let path = || "assessments/fjordvik/x.toml".to_owned();
    let mut all = vec![
        Refusal::NotInGit(PathBuf::from("/tmp/x")),
        Refusal::NoIdentity,
        Refusal::DetachedHead,
        Refusal::IndexLocked,
        Refusal::Unreadable {
            path: path(),
            message: "not UTF-8".into(),
        },
        Refusal::InvalidResult("line 3: expected a date".into()),
        Refusal::InvalidSave("line 3: expected a date".into()),
        Refusal::Edit(somevakt_core::edit::record_closing("", &closing()).expect_err("no file")),
        Refusal::FileChanged(path()),
        Refusal::BranchMoved,
        Refusal::ConflictMarkers(path()),
        Refusal::AlreadyExists(path()),
        Refusal::NoSuchFile(path()),
        Refusal::NoSuchAccount {
            id: "fjordvik/x".into(),
            path: path(),
        },
        Refusal::LocalChanges(path()),
        Refusal::NotApprover("Ola <ola@x.no>".into()),
        Refusal::InvalidPolicy("somevakt.toml:3:1: unknown key".into()),
        Refusal::Unmerged(path()),
        Refusal::NotRegularFile {
            path: path(),
            what: "a FIFO (named pipe)".into(),
        },
        Refusal::TooLarge {
            path: path(),
            size: 2_000_000,
            limit: 1_048_576,
        },
        Refusal::RecordBusy,
        Refusal::UnsafePath {
            path: path(),
            why: PathProblem::LeavesRepository,
        },
        Refusal::UnsafePath {
            path: path(),
            why: PathProblem::Link {
                at: "assessments".into(),
                folder: true,
            },
        },
        Refusal::UnsafePath {
            path: path(),
            why: PathProblem::Link {
                at: path(),
                folder: false,
            },
        },
        Refusal::UnsafePath {
            path: path(),
            why: PathProblem::NotRegularFile {
                at: path(),
                kind: "a FIFO (named pipe)",
            },
        },
        Refusal::UnsafePath {
            path: path(),
            why: PathProblem::NotAFolder {
                at: "assessments".into(),
                kind: "a regular file",
            },
        },
        Refusal::UnsafePath {
            path: path(),
            why: PathProblem::CannotInspect {
                at: path(),
                error: "permission denied".into(),
            },
        },
        Refusal::Unfinished("run `git checkout -- x.toml`".into()),
        Refusal::LostRace {
            reason: "reference changed".into(),
        },
        Refusal::SigningFailed("ssh-keygen: no key".into()),
        Refusal::NotApproverKey("SHA256:abc".into()),
    ];
    for op in [
        GitOperation::Merge,
        GitOperation::Revert,
        GitOperation::CherryPick,
        GitOperation::Bisect,
        GitOperation::Rebase,
    ] {
        all.push(Refusal::InProgress(op));
    }
    for what in [
        "the decision date",
        "the snapshot date",
        "the last post",
        "the closing date",
    ] {
        all.push(Refusal::FutureDate {
            what,
            date: "2030-01-01".into(),
            today: "2025-01-15".into(),
        });
    }
    for problem in [
        "contains a line break",
        "contains an angle bracket (< or >)",
        "contains a control character",
    ] {
        all.push(Refusal::BadIdentity {
            key: "user.name",
            value: "\"a\\nb\"".into(),
            problem,
        });
    }
    all
}

/// Renders with Fluent's errors kept: none may occur.
fn no_fluent_errors(lang: Lang, text: &str) {
    // A missing variable shows as `{$name}`; an unknown message as its id.
    assert!(!text.contains("{$"), "{}: {text}", lang.code());
    assert!(!text.starts_with("refusal-"), "{}: {text}", lang.code());
}

#[test]
fn every_refusal_reads_in_english_as_the_store_says_it() {
    for r in every_refusal() {
        assert_eq!(refusal(Lang::En, &r), r.to_string());
        for lang in [Lang::Nb, Lang::Sv] {
            let text = refusal(lang, &r);
            no_fluent_errors(lang, &text);
            // Translated, except the ones that are only what they carry.
            if !matches!(r, Refusal::Unfinished(_) | Refusal::Unreadable { .. }) {
                assert_ne!(text, r.to_string(), "{}: {r:?}", lang.code());
            }
        }
    }
}

#[test]
fn git_and_disk_failures_and_missing_repositories_too() {
    let failures = [CommitError::Io {
        path: PathBuf::from("/tmp/x.toml"),
        source: std::io::Error::other("disk full"),
    }];
    for e in &failures {
        assert_eq!(commit_error(Lang::En, e), e.to_string());
    }
    let repos = [
        RepoError::NotFound(PathBuf::from("/tmp/x")),
        RepoError::Io {
            path: PathBuf::from("/tmp/x"),
            source: std::io::Error::other("denied"),
        },
        RepoError::NoAssessments(PathBuf::from("/tmp/x")),
    ];
    for e in &repos {
        assert_eq!(repo_error(Lang::En, e), e.to_string());
        for lang in [Lang::Nb, Lang::Sv] {
            no_fluent_errors(lang, &repo_error(lang, e));
        }
    }
}

#[test]
fn the_warnings_named_by_a_constant_read_as_the_core_and_store_say_them() {
    for warning in [
        somevakt_core::edit::CLOSING_WITHOUT_SNAPSHOT,
        somevakt_store::commit::STALE_LOCK_REMOVED,
    ] {
        assert_eq!(record_warning(Lang::En, warning), warning);
        for lang in [Lang::Nb, Lang::Sv] {
            assert_ne!(record_warning(lang, warning), warning);
        }
    }
    assert_eq!(record_warning(Lang::Nb, "Git said no"), "Git said no");
}

fn closing() -> somevakt_core::edit::NewClosing {
    somevakt_core::edit::NewClosing {
        date: somevakt_core::Date::from_ymd(2025, 1, 15).expect("date"),
        decided_by: "Rådmannen".into(),
        reason: String::new(),
        closed: false,
    }
}
