//! Corrections: one field of a recorded entry (a decision, a snapshot, the
//! closing decision) rewritten because it was mistyped, as its own record
//! with the reason (docs/format.md, "Commits": `Action: correct`).
//!
//! Entries are appended, never rewritten; a correction is the one
//! exception, and it says so: the commit names the commit it corrects and
//! why, and the audit shows it as a correction when an approver made it.
//! What a correction may not touch is what management decided (a
//! decision's outcome, the conditions) and what binds it to its DPIA (the
//! digest): those are a new decision.

use toml_edit::{Item, value};

use super::date::Date;
use super::edit::EditError;
use super::findings::{Arg, Phrase};
use super::model::Level;
use super::parse::parse_assessment;
use crate::Word;

/// Which recorded entry is corrected; list entries counted from 1, as the
/// findings and the audit name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryRef {
    /// `[[decisions]]` number N.
    Decision(usize),
    /// `[[snapshots]]` number N.
    Snapshot(usize),
    /// `[closing]`.
    Closing,
}

impl EntryRef {
    /// Where the entry sits, as the file and the findings name it
    /// (`decisions[2]`, `closing`).
    pub fn key(self) -> String {
        match self {
            EntryRef::Decision(n) => format!("decisions[{n}]"),
            EntryRef::Snapshot(n) => format!("snapshots[{n}]"),
            EntryRef::Closing => "closing".to_owned(),
        }
    }
}

/// The corrected value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// A date.
    Date(Date),
    /// Free text.
    Text(String),
    /// A risk level.
    Level(Level),
}

impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Date(d) => write!(f, "{d}"),
            Value::Text(t) => f.write_str(t),
            Value::Level(l) => f.write_str(l.word()),
        }
    }
}

/// One field of one entry, and what it should have said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    /// The entry.
    pub entry: EntryRef,
    /// The key within it (`date`, `decided`, `archive_ref`).
    pub field: String,
    /// Its corrected value.
    pub value: Value,
}

impl Correction {
    /// `decisions[2].date`: what the commit's `Corrected:` trailer names.
    pub fn key(&self) -> String {
        format!("{}.{}", self.entry.key(), self.field)
    }
}

/// The fields a correction may rewrite, by entry, with the kind of value.
fn allowed(entry: EntryRef) -> &'static [(&'static str, Kind)] {
    use Kind::*;
    match entry {
        EntryRef::Decision(_) => &[
            ("date", Day),
            ("conditions_due", Day),
            ("body", Text),
            ("decided_by", Text),
            ("rationale", Text),
            ("residual_risk", Risk),
        ],
        EntryRef::Snapshot(_) => &[("date", Day), ("archive_ref", Text), ("format", Text)],
        EntryRef::Closing => &[("decided", Day), ("decided_by", Text), ("reason", Text)],
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Day,
    Text,
    Risk,
}

fn fail(phrase: Phrase) -> EditError {
    EditError(phrase.english_as_is(), phrase)
}

/// The file with the correction made, and the value it replaced (empty
/// when the field was not written). Refused when the entry does not exist,
/// the field is not one a correction may rewrite, the value is of the
/// wrong kind, nothing would change, or the result is not valid (a decision
/// date moved past its `conditions_due`, say).
pub fn record_correction(text: &str, c: &Correction) -> Result<(String, String), EditError> {
    let current = parse_assessment(text)?;
    let fields = allowed(c.entry);
    let Some((_, kind)) = fields.iter().find(|(name, _)| *name == c.field) else {
        let names: Vec<String> = fields.iter().map(|(n, _)| (*n).to_owned()).collect();
        return Err(fail(
            Phrase::new("edit-correct-field")
                .text("field", c.field.clone())
                .text("entry", c.entry.key())
                .with("fields", Arg::List(names)),
        ));
    };
    let fits = matches!(
        (kind, &c.value),
        (Kind::Day, Value::Date(_)) | (Kind::Text, Value::Text(_)) | (Kind::Risk, Value::Level(_))
    );
    if !fits {
        return Err(fail(
            Phrase::new("edit-correct-field")
                .text("field", c.field.clone())
                .text("entry", c.entry.key())
                .with("fields", Arg::List(vec![c.field.clone()])),
        ));
    }
    if matches!(&c.value, Value::Text(t) if t.trim().is_empty()) {
        return Err(fail(Phrase::new("edit-correct-empty").text("key", c.key())));
    }
    let exists = match c.entry {
        EntryRef::Decision(n) => n >= 1 && n <= current.decisions.len(),
        EntryRef::Snapshot(n) => n >= 1 && n <= current.snapshots.len(),
        EntryRef::Closing => current.closing.is_some(),
    };
    if !exists {
        return Err(fail(
            Phrase::new("edit-correct-no-entry").text("entry", c.entry.key()),
        ));
    }
    let mut doc = text
        .parse::<toml_edit::DocumentMut>()
        .map_err(|e| fail(Phrase::new("edit-not-toml").text("reason", e.message().to_owned())))?;
    let table = match c.entry {
        EntryRef::Decision(n) => doc["decisions"]
            .as_array_of_tables_mut()
            .and_then(|a| a.get_mut(n - 1)),
        EntryRef::Snapshot(n) => doc["snapshots"]
            .as_array_of_tables_mut()
            .and_then(|a| a.get_mut(n - 1)),
        EntryRef::Closing => doc["closing"].as_table_mut(),
    }
    .ok_or_else(|| fail(Phrase::new("edit-correct-no-entry").text("entry", c.entry.key())))?;
    let old = table
        .get(&c.field)
        .and_then(Item::as_value)
        .map(|v| match v {
            toml_edit::Value::String(s) => s.value().clone(),
            toml_edit::Value::Datetime(d) => d.value().to_string(),
            other => {
                let mut bare = other.clone();
                bare.decor_mut().clear();
                bare.to_string().trim().to_owned()
            }
        })
        .unwrap_or_default();
    let new = match &c.value {
        Value::Date(d) => date_item(*d),
        Value::Text(t) => value(t.trim()),
        Value::Level(l) => value(l.word()),
    };
    let shown = c.value.to_string();
    if old == shown.trim() {
        return Err(fail(
            Phrase::new("edit-correct-same")
                .text("key", c.key())
                .text("value", shown),
        ));
    }
    // Keep the comment after the value, as an editor would.
    let suffix = table.get(&c.field).and_then(Item::as_value).and_then(|v| {
        v.decor()
            .suffix()
            .and_then(|s| s.as_str())
            .map(str::to_owned)
    });
    table[&c.field] = new;
    if let (Some(suffix), Some(v)) = (suffix, table[&c.field].as_value_mut()) {
        v.decor_mut().set_suffix(suffix);
    }
    let result = doc.to_string();
    let after = parse_assessment(&result)?;
    if let EntryRef::Decision(n) = c.entry
        && let Some(d) = after.decisions.get(n - 1)
        && let Some(due) = d.conditions_due
        && due <= d.date
    {
        return Err(fail(
            Phrase::new("edit-conditions-due-early").with("date", Arg::Date(d.date)),
        ));
    }
    Ok((result, old))
}

/// The refusal of a correction without a reason.
pub fn no_reason() -> EditError {
    fail(Phrase::new("edit-correct-no-reason"))
}

/// The refusal of a correction of an entry no commit holds yet.
pub fn uncommitted(entry: EntryRef) -> EditError {
    fail(Phrase::new("edit-correct-uncommitted").text("entry", entry.key()))
}

fn date_item(date: Date) -> Item {
    match date.to_string().parse::<toml_edit::Datetime>() {
        Ok(d) => value(d),
        Err(_) => value(date.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"schema_version = 1
[account]
municipality = "Fjordvik kommune"
platform = "facebook"
name = "Fjordvik"
status = "closing"

[[decisions]]
date = 2052-01-10   # typo
body = "Ledergruppen"
outcome = "approved"
dpia_digest = "sha256v2:00"

[[snapshots]]
date = 2024-06-03
kind = "before_closing"

[closing]
decided = 2025-01-10
reason = "Erstattes"
"#;

    fn d(text: &str) -> Date {
        text.parse().unwrap()
    }

    #[test]
    fn one_field_is_rewritten_and_the_rest_kept() {
        let c = Correction {
            entry: EntryRef::Decision(1),
            field: "date".into(),
            value: Value::Date(d("2025-01-10")),
        };
        let (after, old) = record_correction(FILE, &c).unwrap();
        assert_eq!(old, "2052-01-10");
        assert!(after.contains("date = 2025-01-10   # typo"), "{after}");
        let changed: Vec<_> = FILE
            .lines()
            .zip(after.lines())
            .filter(|(a, b)| a != b)
            .collect();
        assert_eq!(changed.len(), 1, "{changed:?}");
        assert_eq!(c.key(), "decisions[1].date");
        let closing = Correction {
            entry: EntryRef::Closing,
            field: "decided".into(),
            value: Value::Date(d("2025-01-09")),
        };
        assert!(
            record_correction(FILE, &closing)
                .unwrap()
                .0
                .contains("decided = 2025-01-09")
        );
        let snap = Correction {
            entry: EntryRef::Snapshot(1),
            field: "archive_ref".into(),
            value: Value::Text("2024/00077-1".into()),
        };
        assert!(
            record_correction(FILE, &snap)
                .unwrap()
                .0
                .contains("archive_ref = \"2024/00077-1\"")
        );
    }

    #[test]
    fn what_a_correction_may_not_do() {
        let outcome = Correction {
            entry: EntryRef::Decision(1),
            field: "outcome".into(),
            value: Value::Text("not_approved".into()),
        };
        assert!(
            record_correction(FILE, &outcome).is_err(),
            "a new decision, not a correction"
        );
        let digest = Correction {
            field: "dpia_digest".into(),
            ..outcome.clone()
        };
        assert!(record_correction(FILE, &digest).is_err());
        let missing = Correction {
            entry: EntryRef::Decision(2),
            field: "date".into(),
            value: Value::Date(d("2025-01-10")),
        };
        assert!(
            record_correction(FILE, &missing)
                .unwrap_err()
                .0
                .contains("decisions[2]")
        );
        let same = Correction {
            entry: EntryRef::Snapshot(1),
            field: "date".into(),
            value: Value::Date(d("2024-06-03")),
        };
        assert!(
            record_correction(FILE, &same).is_err(),
            "nothing to correct"
        );
        let wrong_kind = Correction {
            entry: EntryRef::Snapshot(1),
            field: "date".into(),
            value: Value::Text("yesterday".into()),
        };
        assert!(record_correction(FILE, &wrong_kind).is_err());
    }
}
