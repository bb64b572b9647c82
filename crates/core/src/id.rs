//! Account ids: the path under `assessments/` without `.toml`.

use std::fmt;

/// An account's id, e.g. `bergen/facebook-kulturkontoret`. Only lowercase
/// `[a-z0-9-]` segments joined by `/`, so an id can never escape the
/// `assessments/` folder or differ between file systems by case.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(transparent)]
pub struct AccountId(String);

impl AccountId {
    /// An id from its text (`bergen/facebook-kultur`), or why it is not one:
    /// lowercase `a-z`, digits and `-` in `/`-separated parts, never `..` or
    /// an absolute path.
    pub fn parse(text: &str) -> Result<AccountId, String> {
        if text.is_empty() {
            return Err("an account id cannot be empty".into());
        }
        if text.starts_with('/') {
            return Err(format!(
                "'{text}' is not an account id: it must be relative, like bergen/facebook-kultur"
            ));
        }
        for segment in text.split('/') {
            let valid = !segment.is_empty()
                && segment
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !valid {
                return Err(format!(
                    "'{text}' is not an account id: each part between slashes must be \
                     lowercase letters a-z, digits and '-', like bergen/facebook-kultur"
                ));
            }
        }
        Ok(AccountId(text.to_owned()))
    }

    /// The id's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The path of the account's file relative to the repository root.
    pub fn relative_path(&self) -> String {
        format!("assessments/{}.toml", self.0)
    }

    /// How many folders deep the file is under `assessments/`, counting
    /// `assessments/` itself; used for the `#:schema` line's `../`.
    pub fn depth(&self) -> usize {
        self.0.split('/').count()
    }
}

impl fmt::Display for AccountId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_lowercase_segments() {
        let id = AccountId::parse("bergen/facebook-kulturkontoret").unwrap();
        assert_eq!(
            id.relative_path(),
            "assessments/bergen/facebook-kulturkontoret.toml"
        );
        assert_eq!(id.depth(), 2);
        assert!(AccountId::parse("a/b/c-2").is_ok());
    }

    #[test]
    fn refuses_escapes_and_odd_characters() {
        for bad in [
            "",
            "/etc/passwd",
            "../x",
            "a/../b",
            "a//b",
            "Bergen/x",
            "a/b.toml",
            "a b",
            "å/b",
            "a/",
        ] {
            assert!(AccountId::parse(bad).is_err(), "{bad} should be refused");
        }
    }
}
