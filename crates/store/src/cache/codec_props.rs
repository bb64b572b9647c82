//! Every assessment reads back from the cache exactly as it was written,
//! whichever optional fields are set: the positional encoding must hold the
//! place of every field the model leaves out when it serialises.
//!
//! The assessments are built from the JSON Schema generated from the model
//! (`schemas/assessment.schema.json`), so a field added to the model later
//! is covered without touching this test.

use proptest::prelude::*;
use serde_json::{Map, Value, json};
use somevakt_core::Assessment;

use super::codec::{Entry, Outcome, Problem};
use super::stamp::Stamp;

/// A small deterministic source of choices (proptest shrinks the seed).
struct Choices(u64);

impl Choices {
    fn next(&mut self) -> u64 {
        // xorshift64*: plenty for picking branches.
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A value for `node` of the schema: every optional property present when
/// `all` is set, otherwise each one present or absent by chance.
fn value(root: &Value, node: &Value, all: bool, dice: &mut Choices) -> Value {
    if let Some(target) = node.get("$ref").and_then(Value::as_str) {
        let name = target.trim_start_matches("#/$defs/");
        return value(root, &root["$defs"][name], all, dice);
    }
    if let Some(constant) = node.get("const") {
        return constant.clone();
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(options) = node.get(key).and_then(Value::as_array) {
            // `Option<T>` is "T or null": absence is covered by leaving the
            // key out, so only the non-null branches are taken here.
            let options: Vec<&Value> = options.iter().filter(|o| o["type"] != "null").collect();
            let pick = options[dice.below(options.len())];
            return value(root, pick, all, dice);
        }
    }
    let kind = match &node["type"] {
        Value::Array(kinds) => kinds
            .iter()
            .find(|k| *k != "null")
            .cloned()
            .unwrap_or(Value::Null),
        kind => kind.clone(),
    };
    match kind.as_str() {
        Some("object") => object(root, node, all, dice),
        Some("array") => {
            let n = if all { 2 } else { dice.below(3) };
            Value::Array(
                (0..n)
                    .map(|_| value(root, &node["items"], all, dice))
                    .collect(),
            )
        }
        Some("string") if node["format"] == "date" => {
            json!(format!(
                "20{:02}-{:02}-{:02}",
                10 + dice.below(20),
                1 + dice.below(12),
                1 + dice.below(28)
            ))
        }
        Some("string") => {
            // Some text outside ASCII, and sometimes empty: "" is not None.
            let texts = ["", "Kommunedirektøren", "Älvby \"kommun\"", "2024/00312-2"];
            json!(texts[dice.below(texts.len())])
        }
        Some("integer") => json!(node["minimum"].as_u64().unwrap_or(0) + dice.below(5000) as u64),
        Some("number") => json!(1.5),
        Some("boolean") => json!(dice.below(2) == 1),
        other => panic!("the schema has a kind this test does not build: {other:?} in {node}"),
    }
}

fn object(root: &Value, node: &Value, all: bool, dice: &mut Choices) -> Value {
    let required: Vec<&str> = node["required"]
        .as_array()
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let mut out = Map::new();
    if let Some(properties) = node["properties"].as_object() {
        for (key, schema) in properties {
            if all || required.contains(&key.as_str()) || dice.below(2) == 1 {
                out.insert(key.clone(), value(root, schema, all, dice));
            }
        }
    } else if let Some(extra) = node.get("additionalProperties").filter(|e| e.is_object()) {
        for key in ["a", "b"] {
            out.insert(key.into(), value(root, extra, all, dice));
        }
    }
    Value::Object(out)
}

fn assessment(seed: u64, all: bool) -> Assessment {
    let root: Value =
        serde_json::from_str(&somevakt_core::schema::assessment()).expect("the schema is JSON");
    let json = value(&root, &root, all, &mut Choices(seed | 1));
    serde_json::from_value(json.clone())
        .unwrap_or_else(|e| panic!("built from the schema but not an assessment: {e}\n{json:#}"))
}

fn round_trip(assessment: Assessment) {
    let entry = Entry {
        path: "assessments/fjordvik/facebook-kultur.toml".into(),
        stamp: Stamp {
            size: 2048,
            mtime_ns: 1_736_900_000_123_456_789,
            ctime_ns: -5,
            inode: u64::MAX,
            device: 66,
        },
        outcome: Outcome::Parsed(Box::new(assessment), "sha256:0123456789abcdef".into()),
    };
    let broken = |line, snippet| Entry {
        path: "assessments/älvby/x.toml".into(),
        stamp: entry.stamp,
        outcome: Outcome::Invalid(Problem {
            message: "expected a date like 2024-05-10".into(),
            line,
            column: line.map(|l| l + 3),
            snippet,
        }),
    };
    let entries = vec![
        entry.clone(),
        broken(None, None),
        broken(Some(12), Some(("dato = 2024-13-01\n".into(), 7, 17))),
    ];
    let mut bytes = Vec::new();
    super::positional::encode_into(&mut bytes, &entries).expect("encode");
    let (back, rest) = postcard::take_from_bytes::<Vec<Entry>>(&bytes).expect("decode");
    assert!(rest.is_empty(), "{} bytes left over", rest.len());
    assert_eq!(back, entries);
}

#[test]
fn an_assessment_with_every_field_set_round_trips() {
    let full = assessment(7, true);
    // Every optional part really is there (the builder did not skip any).
    assert!(full.prior_consultation.is_some() && full.closing.is_some());
    assert!(!full.incidents.is_empty() && !full.snapshots.is_empty());
    round_trip(full);
}

proptest! {
    #[test]
    fn any_mix_of_set_and_unset_fields_round_trips(seed in any::<u64>()) {
        round_trip(assessment(seed, false));
    }
}
