//! The `[[decisions]]` entries in one version of an assessment file, and
//! what changed between two versions.
//!
//! Old versions in history may not pass today's schema (a key renamed
//! since, a typo fixed later), and they still carry decisions; so a version
//! is read as plain TOML here, not through the strict parser.

use serde::{Deserialize, Serialize};
use somevakt_core::digest::digest_like;
use somevakt_core::model::Dpia;

/// One decision entry as recorded, with its fingerprint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The entry's whole content in a canonical form: two entries are the
    /// same decision exactly when their keys are equal.
    pub key: String,
    /// `date`, as written.
    pub date: Option<String>,
    /// `outcome`.
    pub outcome: Option<String>,
    /// `decided_by`.
    pub decided_by: Option<String>,
    /// `body`: the deciding body.
    pub body: Option<String>,
    /// `dpia_digest`, as written.
    pub dpia_digest: Option<String>,
}

/// What one version of a file holds that the audit needs.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Version {
    /// The decision entries, in file order.
    pub decisions: Vec<Entry>,
    /// The `[dpia]` table as written; its digest is taken only when a
    /// decision is added (most versions never need it).
    dpia: Option<toml::Value>,
}

impl Version {
    /// The digest of this version's `[dpia]` by the rule `recorded` was
    /// written under (`sha256:` the whole table, `sha256v2:` without the
    /// review bookkeeping), or why it cannot be taken.
    pub fn dpia_digest(&self, recorded: &str) -> Result<String, String> {
        match &self.dpia {
            None => Ok(digest_like(recorded, &Dpia::default())),
            Some(value) => value
                .clone()
                .try_into::<Dpia>()
                .map(|d| digest_like(recorded, &d))
                .map_err(|e| one_line(&e.to_string())),
        }
    }
}

/// Reads a version of a file; `Err` when it is not TOML at all.
pub fn read(bytes: &[u8]) -> Result<Version, String> {
    let text = std::str::from_utf8(bytes).map_err(|_| "not UTF-8 text".to_owned())?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let table: toml::Table = toml::from_str(text).map_err(|e| one_line(&e.to_string()))?;
    let decisions = match table.get("decisions") {
        Some(toml::Value::Array(items)) => items.iter().map(entry).collect(),
        Some(_) => return Err("`decisions` is not a list of tables".to_owned()),
        None => Vec::new(),
    };
    let mut table = table;
    let dpia = table.remove("dpia");
    Ok(Version { decisions, dpia })
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn entry(value: &toml::Value) -> Entry {
    let mut key = String::new();
    canonical(value, &mut key);
    let field = |name: &str| match value.get(name) {
        Some(toml::Value::String(s)) => Some(s.clone()),
        Some(toml::Value::Datetime(d)) => Some(d.to_string()),
        Some(other) => Some(other.to_string()),
        None => None,
    };
    Entry {
        key,
        date: field("date"),
        outcome: field("outcome"),
        decided_by: field("decided_by"),
        body: field("body"),
        dpia_digest: field("dpia_digest"),
    }
}

/// TOML value with table keys sorted and no formatting: the same content
/// gives the same text however it is written in the file.
fn canonical(value: &toml::Value, out: &mut String) {
    match value {
        toml::Value::Table(table) => {
            let mut keys: Vec<&String> = table.keys().collect();
            keys.sort();
            out.push('{');
            for key in keys {
                out.push_str(&format!("{key:?}="));
                canonical(&table[key], out);
                out.push(',');
            }
            out.push('}');
        }
        toml::Value::Array(items) => {
            out.push('[');
            for item in items {
                canonical(item, out);
                out.push(',');
            }
            out.push(']');
        }
        toml::Value::String(s) => out.push_str(&format!("{s:?}")),
        other => out.push_str(&other.to_string()),
    }
}

/// Entries of `new` that `old` does not have, and entries of `old` that
/// `new` lost (indexes), matching equal entries one to one, so a duplicate
/// added is still an addition. Order alone is not a change.
pub fn compare(old: &[Entry], new: &[Entry]) -> (Vec<usize>, Vec<usize>) {
    let mut taken = vec![false; new.len()];
    let mut lost = Vec::new();
    for (i, entry) in old.iter().enumerate() {
        let found = new
            .iter()
            .enumerate()
            .position(|(j, e)| !taken[j] && e.key == entry.key);
        match found {
            Some(j) => taken[j] = true,
            None => lost.push(i),
        }
    }
    let added = (0..new.len()).filter(|&j| !taken[j]).collect();
    (added, lost)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ONE: &str = r#"
schema_version = 1
[dpia]
purpose = "Informere"
[[decisions]]
date = 2024-01-10
outcome = "approved"
body = "Ledergruppa"
"#;

    #[test]
    fn reads_decisions_and_the_dpia_digest() {
        let v = read(ONE.as_bytes()).unwrap();
        assert_eq!(v.decisions.len(), 1);
        assert_eq!(v.decisions[0].date.as_deref(), Some("2024-01-10"));
        assert_eq!(v.decisions[0].outcome.as_deref(), Some("approved"));
        assert!(v.dpia_digest("sha256:").unwrap().starts_with("sha256:"));
        assert!(v.dpia_digest("sha256v2:").unwrap().starts_with("sha256v2:"));
        assert!(read(b"[[decisions]\n").is_err());
    }

    #[test]
    fn formatting_is_not_a_change_but_content_is() {
        let reformatted = ONE.replace(
            "[[decisions]]\ndate = 2024-01-10\noutcome = \"approved\"\nbody = \"Ledergruppa\"",
            "[[decisions]]\nbody = 'Ledergruppa'   # who\noutcome   = \"approved\"\ndate = 2024-01-10",
        );
        let a = read(ONE.as_bytes()).unwrap().decisions;
        let b = read(reformatted.as_bytes()).unwrap().decisions;
        assert_eq!(a, b);
        let changed = ONE.replace("approved", "not_approved");
        let c = read(changed.as_bytes()).unwrap().decisions;
        assert_eq!(compare(&a, &c), (vec![0], vec![0]));
    }

    #[test]
    fn appending_adds_and_removing_loses() {
        let two = format!("{ONE}\n[[decisions]]\ndate = 2025-01-10\noutcome = \"approved\"\n");
        let a = read(ONE.as_bytes()).unwrap().decisions;
        let b = read(two.as_bytes()).unwrap().decisions;
        assert_eq!(compare(&a, &b), (vec![1], vec![]));
        assert_eq!(compare(&b, &a), (vec![], vec![1]));
    }
}
