//! The checked-in JSON Schemas are what the Rust types generate, and every
//! example file points editors at them.

mod common;

use common::*;

#[test]
fn checked_in_schemas_match_the_types() {
    for (path, generated) in somevakt_core::schema::files() {
        let on_disk = std::fs::read_to_string(example_root().join(path))
            .unwrap_or_else(|e| panic!("{path}: {e}"));
        assert!(
            on_disk == generated,
            "{path} differs from what the types generate: run `cargo run -- schema > schemas/assessment.schema.json` \
             and `cargo run -- schema policy > schemas/policy.schema.json`"
        );
    }
}

#[test]
fn schema_command_prints_them() {
    let out = somevakt(&example_root(), &["schema"]);
    assert_eq!(stdout(&out), somevakt_core::schema::assessment());
    let out = somevakt(&example_root(), &["schema", "policy"]);
    assert_eq!(stdout(&out), somevakt_core::schema::policy());
}

#[test]
fn schema_rejects_unknown_keys() {
    let schema: serde_json::Value =
        serde_json::from_str(&somevakt_core::schema::assessment()).expect("json");
    assert_eq!(schema["additionalProperties"], false);
    assert_eq!(schema["$defs"]["Account"]["additionalProperties"], false);
    let required = schema["$defs"]["Account"]["required"]
        .as_array()
        .expect("required");
    for key in ["municipality", "platform", "name", "status"] {
        assert!(required.iter().any(|k| k == key), "{key}");
    }
}

#[test]
fn every_example_file_starts_with_its_schema_line() {
    let register = somevakt_store::load(&example_root()).expect("load");
    for account in &register.accounts {
        let text = std::fs::read_to_string(example_root().join(&account.path)).expect("read");
        let expected = format!(
            "#:schema {}schemas/assessment.schema.json",
            "../".repeat(account.id.depth())
        );
        assert_eq!(
            text.lines().next(),
            Some(expected.as_str()),
            "{}",
            account.path
        );
    }
    let policy = std::fs::read_to_string(example_root().join("somevakt.toml")).expect("read");
    assert!(policy.starts_with("#:schema schemas/policy.schema.json"));
}

#[test]
fn schema_version_is_exactly_one_and_counts_are_integers() {
    let schema: serde_json::Value =
        serde_json::from_str(&somevakt_core::schema::assessment()).expect("json");
    let version = &schema["properties"]["schema_version"];
    assert_eq!(version["const"], 1, "the program reads version 1 only");
    assert_eq!(version["type"], "integer");
    // JSON Schema cannot tell 1 from 1.0 (both are the number one); the
    // program refuses 1.0 with a line and column (rules_contract_tests).
    let subjects = &schema["$defs"]["Dpia"]["properties"]["estimated_data_subjects"];
    assert_eq!(subjects["type"], serde_json::json!(["integer", "null"]));
    assert_eq!(subjects["minimum"], 0);
}
