//! `somevakt check --format sarif`: SARIF 2.1.0 as GitHub code scanning
//! takes it (docs/en/ci.md). Every rule of the core's list is described in
//! `tool.driver.rules`, with what fixes it; every finding and every invalid
//! file is a result at the line of the key it is about.
//!
//! GitHub keeps an alert open across runs by its fingerprint: ours is the
//! rule, the account and the key ([`super::forge::fingerprint`]), never the
//! line, so editing a file above a key does not close one alert and open
//! another.

use serde_json::{Value, json};

use super::forge::{self, INVALID_FILE, Problem};
use crate::i18n::Lang;
use somevakt_core::findings::{FIX_KEYS, RULES, Rule, source_of};
use somevakt_core::{AccountReport, Date, Severity};
use somevakt_store::Register;

/// The schema the document names (the OASIS schema, errata 01).
const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// GitHub keeps at most 1,024 characters of a rule's descriptions and help.
const MAX_TEXT: usize = 1023;

/// The documentation of the rules: set `SOMEVAKT_DOCS_URL` when building
/// (`cargo install`) to where your copy of `docs/format.md` is served, else
/// the package's repository from Cargo.toml; without either, the rules
/// carry their help text but no link.
pub fn docs_url() -> Option<&'static str> {
    option_env!("SOMEVAKT_DOCS_URL")
        .or(option_env!("CARGO_PKG_REPOSITORY"))
        .filter(|u| !u.is_empty())
}

/// The whole SARIF log, in the report language for the results (the
/// rules' descriptions are the project's own English).
pub fn to_sarif(
    register: &Register,
    reports: &[AccountReport<'_>],
    today: Date,
    lang: Lang,
) -> String {
    let problems = forge::all(register, reports, today, lang);
    let mut rules: Vec<Value> = RULES.iter().map(rule).collect();
    rules.push(invalid_file_rule());
    let results: Vec<Value> = problems.iter().map(result).collect();
    let doc = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": driver(rules),
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    crate::text::json(&doc)
}

fn driver(rules: Vec<Value>) -> Value {
    let mut driver = json!({
        "name": "somevakt",
        "semanticVersion": env!("CARGO_PKG_VERSION"),
        "rules": rules,
    });
    if let Some(url) = docs_url() {
        driver["informationUri"] = json!(url);
    }
    driver
}

/// One rule, from the core's list: what it checks, its severity and
/// sources, and what fixes it.
fn rule(r: &Rule) -> Value {
    let source = source_of(r.id);
    let sources: Vec<String> = source
        .citations
        .iter()
        .map(|c| format!("{}, {}", c.title(), c.section))
        .collect();
    let full = format!(
        "{}. Severity: {}. Rests on: {}.",
        r.checks,
        r.severity,
        sources.join("; ")
    );
    let help = format!(
        "{}. What fixes it: {}. Each result names the keys concerned and the command.",
        r.checks,
        fix_ways(r.id)
    );
    let level = if r.severity.starts_with("error") {
        "error"
    } else {
        "warning"
    };
    let mut rule = json!({
        "id": r.id,
        "shortDescription": { "text": forge::at_most(r.checks, MAX_TEXT) },
        "fullDescription": { "text": forge::at_most(&full, MAX_TEXT) },
        "help": { "text": forge::at_most(&help, MAX_TEXT) },
        "defaultConfiguration": { "level": level },
        "properties": { "tags": ["privacy", "dpia", "somevakt"] },
    });
    if let Some(url) = docs_url() {
        rule["helpUri"] = json!(format!("{url}#{}", r.id.to_lowercase()));
    }
    rule
}

/// The rule of invalid files.
fn invalid_file_rule() -> Value {
    let text = "A file that is not a valid assessment (or policy): it is not evaluated at all";
    let help = "Correct the file at the line and column given: the message says what was \
                expected there. `somevakt check` shows the offending line.";
    let mut rule = json!({
        "id": INVALID_FILE,
        "shortDescription": { "text": text },
        "fullDescription": { "text": format!("{text}. Severity: error.") },
        "help": { "text": help },
        "defaultConfiguration": { "level": "error" },
        "properties": { "tags": ["somevakt"] },
    });
    if let Some(url) = docs_url() {
        rule["helpUri"] = json!(url);
    }
    rule
}

/// What fixes rule `id` in general, from the dashboard keys its fixes
/// start (the core's `FIX_KEYS`).
fn fix_ways(id: &str) -> String {
    let keys = FIX_KEYS
        .iter()
        .find(|(rule, _)| *rule == id)
        .map_or(&[][..], |(_, keys)| *keys);
    let ways: Vec<&str> = keys
        .iter()
        .map(|key| match *key {
            "d" => "record a management decision (`somevakt decide ID …`, `d` in the dashboard)",
            "p" => "record the archived snapshot (`somevakt snapshot ID …`, `p` in the dashboard)",
            "a" => "record the last post (`somevakt activity ID --last-post DATE`, `a` in the dashboard)",
            "c" => "record the closing (`somevakt close ID --reason TEXT`, `c` in the dashboard)",
            _ => "write the missing keys in the assessment file (`e` in the dashboard opens it), then commit",
        })
        .collect();
    if ways.is_empty() {
        "see the result's message".to_owned()
    } else {
        ways.join("; or ")
    }
}

fn result(p: &Problem<'_>) -> Value {
    let level = match p.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let text = match &p.fix {
        Some(fix) => format!("{} ({}). {fix}", p.message, p.rule),
        None => p.message.clone(),
    };
    json!({
        "ruleId": p.rule,
        "level": level,
        "message": { "text": text },
        "locations": [{
            "physicalLocation": {
                "artifactLocation": { "uri": forge::uri_of_path(p.path) },
                "region": {
                    "startLine": p.position.line,
                    "startColumn": p.position.column,
                },
            },
        }],
        "partialFingerprints": { "somevakt/v1": p.fingerprint },
    })
}
