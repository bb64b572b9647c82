//! `dpia_digest`: a fingerprint of the `[dpia]` table a decision was based on.
//!
//! Management decides on a specific DPIA (R34). When the DPIA changes after the
//! decision, the decision no longer covers it and the account needs
//! re-approval. The digest is taken over the parsed content in a canonical
//! form (keys sorted, no formatting, absent and empty values left out), so
//! reformatting the file, reordering keys or editing comments never
//! invalidates a decision, while any change of content does.

use serde_json::Value;
use sha2::{Digest, Sha256};

use super::model::Dpia;

/// `sha256:` followed by the hex digest of the canonical form of `dpia`.
pub fn dpia_digest(dpia: &Dpia) -> String {
    let value = serde_json::to_value(dpia).unwrap_or(Value::Null);
    let mut canonical = String::new();
    write_canonical(&value, &mut canonical);
    let hash = Sha256::digest(canonical.as_bytes());
    let mut out = String::with_capacity(7 + 64);
    out.push_str("sha256:");
    for byte in hash.iter() {
        out.push_str(&format!("{byte:02x}"));
    }
    out
}

/// JSON with object keys in sorted order, whatever map type serde_json uses.
fn write_canonical(value: &Value, out: &mut String) {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push('{');
            for (i, key) in keys.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String((*key).clone()).to_string());
                out.push(':');
                write_canonical(&map[*key], out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_canonical(item, out);
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dpia(toml_text: &str) -> Dpia {
        #[derive(serde::Deserialize)]
        struct Wrap {
            dpia: Dpia,
        }
        toml::from_str::<Wrap>(toml_text).unwrap().dpia
    }

    const BASE: &str = r#"
[dpia]
purpose = "Informere"
completed = 2023-11-20
competences = ["communication", "privacy"]
[dpia.legal_basis]
article = "6(1)(f)"
lia_ref = "2023/1"
"#;

    #[test]
    fn ignores_formatting_comments_and_key_order() {
        let reordered = r#"
# the DPIA
[dpia]
competences = [ "communication",
    "privacy" ]   # who took part
completed   = 2023-11-20
purpose = 'Informere'
legal_basis = { lia_ref = "2023/1", article = "6(1)(f)" }
"#;
        assert_eq!(dpia_digest(&dpia(BASE)), dpia_digest(&dpia(reordered)));
    }

    #[test]
    fn changes_with_content() {
        let changed = BASE.replace("Informere", "Informere og svare");
        assert_ne!(dpia_digest(&dpia(BASE)), dpia_digest(&dpia(&changed)));
        let added = format!("{BASE}\n[dpia.ethics]\nmethod = \"Navigasjonshjulet\"\n");
        assert_ne!(dpia_digest(&dpia(BASE)), dpia_digest(&dpia(&added)));
    }

    #[test]
    fn has_the_documented_shape() {
        let d = dpia_digest(&Dpia::default());
        assert!(d.starts_with("sha256:"));
        assert_eq!(d.len(), 7 + 64);
    }
}
