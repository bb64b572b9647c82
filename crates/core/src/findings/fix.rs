//! What fixes a finding: the dashboard key, the command, the keys to write.
//!
//! The contract asks the detail view to show, with each finding, "what fixes
//! it (the key to press in the dashboard, the command, or the key to write in
//! the file)". The rules know best what is short, so they say it here as
//! data; the dashboard, `status --format json` and `check` only show it.

use serde::Serialize;

use super::Phrase;

/// Stands for the account's id in [`Fix::command`] until
/// [`Fix::for_account`] fills it in: the rules do not know the id.
pub const ID_PLACEHOLDER: &str = "ID";

/// What fixes one finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fix {
    /// What to do, in a privacy officer's words, naming the people and keys
    /// concerned (F15 names the untrained editors).
    pub text: String,
    /// The same as data, for the translations ([`Phrase`]); `text` is its
    /// English. Not in the JSON, which has `text`.
    #[serde(skip)]
    pub phrase: Phrase,
    /// The key that starts the fix in the dashboard: `d` decide, `p` record a
    /// snapshot, `a` record activity, `c` close, `e` edit the file.
    pub dashboard_key: Option<&'static str>,
    /// The `somevakt` command that records the fix, with [`ID_PLACEHOLDER`]
    /// for the account's id (see [`Fix::command_for`]) and upper-case
    /// placeholders for what the user fills in.
    pub command: Option<String>,
    /// The keys to write in the assessment file, dotted from the top of the
    /// file (`dpia.transfer.tia_ref`, `prior_consultation.requested`).
    pub keys: Vec<String>,
}

impl Fix {
    /// A fix made by editing the file: `e` in the dashboard.
    pub(crate) fn edit<S: Into<String>>(phrase: Phrase, keys: impl IntoIterator<Item = S>) -> Fix {
        Fix {
            text: phrase.english(),
            phrase,
            dashboard_key: Some("e"),
            command: None,
            keys: keys.into_iter().map(Into::into).collect(),
        }
    }

    /// A fix recorded with a dashboard key and a command.
    pub(crate) fn record(phrase: Phrase, key: &'static str, command: &str) -> Fix {
        Fix {
            text: phrase.english(),
            phrase,
            dashboard_key: Some(key),
            command: Some(command.to_owned()),
            keys: Vec::new(),
        }
    }

    /// The same fix with the keys it writes.
    pub(crate) fn writing<S: Into<String>>(mut self, keys: impl IntoIterator<Item = S>) -> Fix {
        self.keys.extend(keys.into_iter().map(Into::into));
        self
    }

    /// The command with `id` in place of [`ID_PLACEHOLDER`].
    pub fn command_for(&self, id: &str) -> Option<String> {
        let command = self.command.as_deref()?;
        let placeholder = format!(" {ID_PLACEHOLDER}");
        Some(match command.find(&placeholder) {
            Some(at) => format!(
                "{} {id}{}",
                &command[..at],
                &command[at + placeholder.len()..]
            ),
            None => command.to_owned(),
        })
    }

    /// The same fix with the account's id in the command, for output that
    /// names one account (`status --format json`, the detail view).
    pub fn for_account(&self, id: &str) -> Fix {
        Fix {
            command: self.command_for(id),
            ..self.clone()
        }
    }

    /// The fix in one line: the text, then where to do it.
    pub fn summary(&self) -> String {
        let mut ways = Vec::new();
        if let Some(key) = self.dashboard_key {
            ways.push(format!("`{key}` in the dashboard"));
        }
        if let Some(command) = &self.command {
            ways.push(format!("`{command}`"));
        }
        if !self.keys.is_empty() {
            ways.push(format!("write {}", self.keys.join(", ")));
        }
        if ways.is_empty() {
            self.text.clone()
        } else {
            format!("{}: {}", self.text, ways.join(" or "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_account_id_fills_the_placeholder_once() {
        let fix = Fix::record(
            Phrase::new("f17-fix"),
            "p",
            "somevakt snapshot ID --kind yearly --date DATE",
        );
        assert_eq!(
            fix.command_for("fjordvik/x-ordforer").as_deref(),
            Some("somevakt snapshot fjordvik/x-ordforer --kind yearly --date DATE")
        );
        assert_eq!(
            fix.summary(),
            "Archive a snapshot of the account and record it: `p` in the dashboard or \
             `somevakt snapshot ID --kind yearly --date DATE`"
        );
        let edit = Fix::edit(Phrase::new("f16-fix"), ["archive.routine_ref"]);
        assert_eq!(edit.command_for("a/b"), None);
        assert!(edit.summary().ends_with("write archive.routine_ref"));
    }
}
