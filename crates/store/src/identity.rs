//! Who records: the author and committer from Git's own configuration,
//! checked as `git fsck --strict` checks a commit's identity lines, so that
//! a stray newline or angle bracket in `user.name` can never produce a
//! malformed commit (which libgit2 then could not even read back).

use git2::Repository;

use crate::commit::CommitError;
use crate::refusal::Refusal;

/// The Git identity that authors and commits a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    /// `user.name`, trimmed.
    pub name: String,
    /// `user.email`, trimmed.
    pub email: String,
}

/// Reads and checks `user.name` and `user.email`.
pub(crate) fn of(repo: &Repository) -> Result<Identity, CommitError> {
    let config = repo.config()?;
    let get = |key| config.get_string(key).ok().filter(|s| !s.trim().is_empty());
    match (get("user.name"), get("user.email")) {
        (Some(name), Some(email)) => Ok(Identity {
            name: checked("user.name", &name)?,
            email: checked("user.email", &email)?,
        }),
        _ => Err(CommitError::Refused(Refusal::NoIdentity)),
    }
}

/// The trimmed value, or why Git's commit format cannot hold it: an ident
/// line is `name <email> time zone`, so neither part may hold `<`, `>` or
/// a line break, and control characters have no place in either.
fn checked(key: &'static str, value: &str) -> Result<String, CommitError> {
    let trimmed = value.trim();
    let problem = if trimmed.contains(['\n', '\r']) {
        Some("contains a line break")
    } else if trimmed.contains(['<', '>']) {
        Some("contains an angle bracket (< or >)")
    } else if trimmed.chars().any(char::is_control) {
        Some("contains a control character")
    } else {
        None
    };
    match problem {
        Some(problem) => Err(CommitError::Refused(Refusal::BadIdentity {
            key,
            value: format!("{trimmed:?}"),
            problem,
        })),
        None => Ok(trimmed.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identities_git_would_write_malformed_are_refused() {
        assert_eq!(
            checked("user.name", "  Kari Nordmann ").unwrap(),
            "Kari Nordmann"
        );
        for bad in [
            "Kari\nNordmann",
            "Kari <k@x>",
            "Kari\u{1b}[31m",
            "Kari\rX",
            "a>b",
        ] {
            let e = checked("user.name", bad).unwrap_err().to_string();
            assert!(e.contains("user.name"), "{e}");
            assert!(!e.contains('\n') && !e.contains('\u{1b}'), "escaped: {e}");
        }
        assert!(checked("user.email", "kari@fjordvik.kommune.no").is_ok());
        assert!(checked("user.email", "<kari@x>").is_err());
    }
}
