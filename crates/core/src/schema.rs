//! JSON Schemas of the two file kinds, generated from the Rust types so the
//! schema editors validate against can never drift from what somevakt reads.

use crate::{Assessment, Policy};

fn pretty(schema: schemars::Schema) -> String {
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// `schemas/assessment.schema.json`.
pub fn assessment() -> String {
    pretty(schemars::schema_for!(Assessment))
}

/// `schemas/policy.schema.json`.
pub fn policy() -> String {
    pretty(schemars::schema_for!(Policy))
}

/// The checked-in schema files and their generated contents.
pub fn files() -> [(&'static str, String); 2] {
    [
        ("schemas/assessment.schema.json", assessment()),
        ("schemas/policy.schema.json", policy()),
    ]
}
