//! Whether the file itself can be trusted: F21 (dates in the future) and F23
//! (lifecycle state and `[closing]` disagree); and, for F02 after a DPIA
//! change, which `[dpia]` keys changed since the decision.

use serde_json::Value;

use super::{Arg, Finding, Fix, Phrase, Severity, finding};
use crate::date::Date;
use crate::model::{AccountStatus, Assessment, Dpia};
use crate::parse::{ParseError, parse_assessment};

/// F21: a decision, snapshot, last post, DPIA completion or request for prior
/// consultation dated after today. Most likely a typo (`2052`); the status
/// counts as if the entry were absent ([`Assessment::as_of`]).
pub(super) fn f21_future_dates(a: &Assessment, today: Date) -> Option<Finding> {
    let future = a.future_entries(today);
    if future.is_empty() {
        return None;
    }
    let listed: Vec<String> = future
        .iter()
        .map(|(key, date)| format!("{key} = {date}"))
        .collect();
    let keys: Vec<String> = future.into_iter().map(|(key, _)| key).collect();
    // A decision is append-only: its date is corrected with `somevakt
    // correct`, which names the commit it corrects and why, so the audit
    // shows a correction rather than a changed decision.
    let decision = keys.iter().any(|k| k.starts_with("decisions"));
    let how = if decision {
        "f21-decision-fix"
    } else {
        "f21-fix"
    };
    Some(finding(
        "F21",
        Severity::Error,
        // The entries stay `key = date` in every language: they name what
        // is written in the file.
        Phrase::new("f21")
            .with("today", Arg::Date(today))
            .with("entries", Arg::List(listed)),
        {
            let mut fix = Fix::edit(Phrase::new(how), keys);
            if decision {
                fix.command = Some("somevakt correct ID --decision N --date DATE --reason TEXT");
            }
            fix
        },
    ))
}

/// F23 (R37, R47, R49): `[closing]` records that closing was decided, so a
/// planned or active account with it, or a closing or closed one without
/// it, says two different things.
pub(super) fn f23_lifecycle(a: &Assessment) -> Option<Finding> {
    let status = a.account.status;
    let has_closing = a.closing.is_some();
    let word: &str = status.into();
    match status {
        AccountStatus::Planned | AccountStatus::Active if has_closing => Some(finding(
            "F23",
            Severity::Warning,
            Phrase::new("f23-open-with-closing").text("status", word),
            Fix::record(
                Phrase::new("f23-open-with-closing-fix"),
                "c",
                "somevakt close ID --reason TEXT",
            )
            .writing(["account.status", "closing"]),
        )),
        AccountStatus::Closing | AccountStatus::Closed if !has_closing => Some(finding(
            "F23",
            Severity::Warning,
            Phrase::new("f23-closing-without").text("status", word),
            Fix::edit(
                Phrase::new("f23-closing-without-fix"),
                ["closing.decided", "closing.decided_by", "closing.reason"],
            ),
        )),
        _ => None,
    }
}

/// One key of `[dpia]` whose value differs between two versions.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DpiaChange {
    /// Dotted from the top of the file: `dpia.transfer.mechanism`.
    pub key: String,
    /// The value as decided, in TOML-like notation; `None` when it was absent.
    pub decided: Option<String>,
    /// The value now; `None` when it was removed.
    pub now: Option<String>,
}

/// Which `[dpia]` keys changed since the decision: `decided_text` is the
/// whole assessment file as it stood when the latest decision was recorded
/// (the store reads it from Git history), `current` the assessment now.
/// Compared as the digest is (content only, not formatting), key by key;
/// lists such as `risks` and `competences` are compared as a whole.
pub fn dpia_changes(
    decided_text: &str,
    current: &Assessment,
) -> Result<Vec<DpiaChange>, ParseError> {
    let decided = parse_assessment(decided_text)?;
    Ok(compare_dpia(&decided.dpia, &current.dpia))
}

/// The keys of `[dpia]` that differ between `decided` and `now`.
pub fn compare_dpia(decided: &Dpia, now: &Dpia) -> Vec<DpiaChange> {
    let mut before = Vec::new();
    let mut after = Vec::new();
    flatten(
        "dpia",
        &serde_json::to_value(decided).unwrap_or(Value::Null),
        &mut before,
    );
    flatten(
        "dpia",
        &serde_json::to_value(now).unwrap_or(Value::Null),
        &mut after,
    );
    let mut keys: Vec<&String> = before.iter().chain(after.iter()).map(|(k, _)| k).collect();
    keys.sort();
    keys.dedup();
    let find = |list: &[(String, String)], key: &str| {
        list.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    };
    keys.into_iter()
        .filter_map(|key| {
            let (d, n) = (find(&before, key), find(&after, key));
            (d != n).then(|| DpiaChange {
                key: key.clone(),
                decided: d,
                now: n,
            })
        })
        .collect()
}

/// Tables become dotted keys; every other value is one leaf.
fn flatten(prefix: &str, value: &Value, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                flatten(&format!("{prefix}.{k}"), v, out);
            }
        }
        Value::Null => {}
        other => out.push((prefix.to_owned(), other.to_string())),
    }
}
