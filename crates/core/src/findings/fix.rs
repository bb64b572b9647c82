//! What fixes a finding: the dashboard key, the command, the keys to write.
//!
//! The contract asks the detail view to show, with each finding, "what fixes
//! it (the key to press in the dashboard, the command, or the key to write in
//! the file)". The rules know best what is short, so they say it here as
//! data; the dashboard, `status --format json` and `check` only show it.
//!
//! The fix's English text (the JSON's `fix.text`) is not kept: it is
//! written from the [`Phrase`] where it is output ([`Fix::write_text`]),
//! since most outputs word it in the reader's language instead, and the
//! command stays a constant with [`ID_PLACEHOLDER`] until an output names
//! the account ([`Fix::write_command_for`]). Building both for every
//! finding of every account cost nearly a fifth of a warm `status`'s CPU
//! time (issue 14).

use std::borrow::Cow;

use serde::ser::{Serialize, SerializeStruct, Serializer};

use super::Phrase;

/// Stands for the account's id in [`Fix::command`] until
/// [`Fix::command_for`] fills it in: the rules do not know the id.
pub const ID_PLACEHOLDER: &str = "ID";

/// What fixes one finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    /// What to do, in a privacy officer's words, naming the people and keys
    /// concerned (F15 names the untrained editors), as data for the
    /// translations; [`Fix::text`] is its English, the JSON's `text`.
    pub phrase: Phrase,
    /// The key that starts the fix in the dashboard: `d` decide, `p` record a
    /// snapshot, `a` record activity, `c` close, `e` edit the file.
    pub dashboard_key: Option<&'static str>,
    /// The `somevakt` command that records the fix, with [`ID_PLACEHOLDER`]
    /// for the account's id (see [`Fix::command_for`]) and upper-case
    /// placeholders for what the user fills in.
    pub command: Option<&'static str>,
    /// The keys to write in the assessment file, dotted from the top of the
    /// file (`dpia.transfer.tia_ref`, `prior_consultation.requested`).
    /// Mostly constants; a list entry's key is numbered
    /// (`dpia.risks[2].measures`).
    pub keys: Vec<Cow<'static, str>>,
}

impl Fix {
    /// A fix made by editing the file: `e` in the dashboard.
    pub(crate) fn edit<S: Into<Cow<'static, str>>>(
        phrase: Phrase,
        keys: impl IntoIterator<Item = S>,
    ) -> Fix {
        Fix {
            phrase,
            dashboard_key: Some("e"),
            command: None,
            keys: keys.into_iter().map(Into::into).collect(),
        }
    }

    /// A fix recorded with a dashboard key and a command.
    pub(crate) fn record(phrase: Phrase, key: &'static str, command: &'static str) -> Fix {
        Fix {
            phrase,
            dashboard_key: Some(key),
            command: Some(command),
            keys: Vec::new(),
        }
    }

    /// The same fix with the keys it writes.
    pub(crate) fn writing<S: Into<Cow<'static, str>>>(
        mut self,
        keys: impl IntoIterator<Item = S>,
    ) -> Fix {
        self.keys.extend(keys.into_iter().map(Into::into));
        self
    }

    /// What to do, in English: the JSON's `fix.text`.
    pub fn text(&self) -> String {
        self.phrase.english()
    }

    /// Appends [`Fix::text`] to `out`.
    pub fn write_text(&self, out: &mut String) {
        self.phrase.write_english(out);
    }

    /// The command with `id` in place of [`ID_PLACEHOLDER`].
    pub fn command_for(&self, id: &str) -> Option<String> {
        let mut out = String::new();
        self.write_command_for(id, &mut out).then_some(out)
    }

    /// Appends [`Fix::command_for`] to `out`; `false` (and nothing
    /// written) when the fix has no command.
    pub fn write_command_for(&self, id: &str, out: &mut String) -> bool {
        let Some(command) = self.command else {
            return false;
        };
        // The placeholder is the word after the command's verb: ` ID`
        // (a byte search: this runs for every finding written as JSON).
        let bytes = command.as_bytes();
        let after_space = (1..bytes.len()).find(|&at| {
            bytes[at - 1] == b' ' && bytes[at..].starts_with(ID_PLACEHOLDER.as_bytes())
        });
        match after_space {
            Some(at) => {
                out.push_str(&command[..at]);
                out.push_str(id);
                out.push_str(&command[at + ID_PLACEHOLDER.len()..]);
            }
            None => out.push_str(command),
        }
        true
    }

    /// The fix in one line: the text, then where to do it.
    pub fn summary(&self) -> String {
        let mut ways = Vec::new();
        if let Some(key) = self.dashboard_key {
            ways.push(format!("`{key}` in the dashboard"));
        }
        if let Some(command) = self.command {
            ways.push(format!("`{command}`"));
        }
        if !self.keys.is_empty() {
            ways.push(format!("write {}", self.keys.join(", ")));
        }
        if ways.is_empty() {
            self.text()
        } else {
            format!("{}: {}", self.text(), ways.join(" or "))
        }
    }

    /// The fix as the JSON has it for the account `id`: its text, key,
    /// command (naming the account) and keys.
    pub fn for_account<'f, 'i>(&'f self, id: &'i str) -> FixForAccount<'f, 'i> {
        FixForAccount { fix: self, id }
    }
}

/// A fix and the account it is for, to serialise with the account's id in
/// its command ([`Fix::for_account`]).
#[derive(Debug, Clone, Copy)]
pub struct FixForAccount<'f, 'i> {
    /// The fix, as the rules give it.
    pub fix: &'f Fix,
    /// The account's id, for the command.
    pub id: &'i str,
}

impl Serialize for FixForAccount<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let command = self.fix.command_for(self.id);
        serialize_fix(self.fix, command.as_deref(), serializer)
    }
}

/// The contract's `fix` object: `text`, `dashboard_key`, `command`, `keys`,
/// in that order, as the field of the same names were before the text
/// became lazy.
impl Serialize for Fix {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serialize_fix(self, self.command, serializer)
    }
}

fn serialize_fix<S: Serializer>(
    fix: &Fix,
    command: Option<&str>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut s = serializer.serialize_struct("Fix", 4)?;
    s.serialize_field("text", &fix.text())?;
    s.serialize_field("dashboard_key", &fix.dashboard_key)?;
    s.serialize_field("command", &command)?;
    s.serialize_field("keys", &fix.keys)?;
    s.end()
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
        let mut out = String::from("x");
        assert!(!edit.write_command_for("a/b", &mut out));
        assert_eq!(out, "x");
        assert!(edit.summary().ends_with("write archive.routine_ref"));
    }

    #[test]
    fn the_json_has_text_key_command_and_keys_in_order() {
        let fix = Fix::record(
            Phrase::new("f17-fix"),
            "p",
            "somevakt snapshot ID --kind yearly --date DATE",
        )
        .writing(["snapshots"]);
        let json = serde_json::to_string(&fix.for_account("a/b")).unwrap_or_default();
        assert_eq!(
            json,
            r#"{"text":"Archive a snapshot of the account and record it","dashboard_key":"p","command":"somevakt snapshot a/b --kind yearly --date DATE","keys":["snapshots"]}"#
        );
        let plain = serde_json::to_string(&fix).unwrap_or_default();
        assert!(
            plain.contains(r#""command":"somevakt snapshot ID --kind"#),
            "{plain}"
        );
    }
}
