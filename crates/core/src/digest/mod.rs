//! `dpia_digest`: a fingerprint of the `[dpia]` table a decision was based on.
//!
//! Management decides on a specific DPIA (R34). When the DPIA changes after the
//! decision, the decision no longer covers it and the account needs
//! re-approval. The digest is taken over the parsed content in a canonical
//! form (keys sorted, no formatting, absent and empty values left out), so
//! reformatting the file, reordering keys or editing comments never
//! invalidates a decision, while any change of content does.

mod canonical;

use serde_json::Value;
use sha2::{Digest, Sha256};

use super::model::Dpia;

/// The prefix of digests taken without the review bookkeeping keys
/// (docs/format.md, "The DPIA digest"): what `somevakt decide` writes.
pub const V2_PREFIX: &str = "sha256v2:";

/// The prefix of digests taken over the whole `[dpia]` table, as written
/// before the review bookkeeping was left out.
pub const V1_PREFIX: &str = "sha256:";

/// The digest a decision records today: `sha256v2:` followed by the hex
/// digest of the canonical form of `dpia` without the review bookkeeping
/// keys (`next_review`, `terms_reviewed`, `infosec.admins_reviewed`).
/// Recording that a review took place (what F05's fix asks) must never
/// void an approval (R33, R34).
pub fn dpia_digest(dpia: &Dpia) -> String {
    hex_digest(V2_PREFIX, &assessed_content(dpia))
}

/// The digest by the first rule: `sha256:` followed by the hex digest of
/// the canonical form of the whole `dpia` table. Decisions recorded with it
/// keep being compared by it, so nothing recorded earlier changes meaning.
pub fn dpia_digest_v1(dpia: &Dpia) -> String {
    hex_digest(V1_PREFIX, dpia)
}

/// The digest of `dpia` by the rule `recorded` was written under: the old
/// rule for a `sha256:` digest, the current one for anything else.
pub fn digest_like(recorded: &str, dpia: &Dpia) -> String {
    if recorded.trim().starts_with(V1_PREFIX) {
        dpia_digest_v1(dpia)
    } else {
        dpia_digest(dpia)
    }
}

/// Whether the digest a decision recorded is that of `dpia` (compared by
/// the rule the digest was written under).
pub fn digest_matches(recorded: &str, dpia: &Dpia) -> bool {
    recorded.trim() == digest_like(recorded, dpia)
}

/// What management assessed: `dpia` without the review bookkeeping. An
/// `[dpia.infosec]` left empty by that counts as absent, so writing
/// `admins_reviewed` into a DPIA that had no such table changes nothing.
fn assessed_content(dpia: &Dpia) -> Dpia {
    let mut assessed = dpia.clone();
    assessed.next_review = None;
    assessed.terms_reviewed = None;
    if let Some(infosec) = assessed.infosec.as_mut() {
        infosec.admins_reviewed = None;
        if infosec.supplier_documentation.is_none() {
            assessed.infosec = None;
        }
    }
    assessed
}

fn hex_digest(prefix: &str, dpia: &Dpia) -> String {
    let mut arena = Vec::new();
    let hash = match canonical::canonical(dpia, &mut arena) {
        Some(range) => Sha256::digest(&arena[range]),
        None => Sha256::digest(canonical_via_value(dpia).as_bytes()),
    };
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(prefix.len() + 64);
    out.push_str(prefix);
    for byte in hash.iter() {
        out.push(char::from(HEX[usize::from(byte >> 4)]));
        out.push(char::from(HEX[usize::from(byte & 0xf)]));
    }
    out
}

/// The canonical form through a `serde_json::Value`: what the digest was
/// first defined as, kept for any shape [`canonical::canonical`] leaves
/// to it and as the tests' measure of that writer.
fn canonical_via_value(value: &impl serde::Serialize) -> String {
    let value = serde_json::to_value(value).unwrap_or(Value::Null);
    let mut canonical = String::new();
    write_canonical(&value, &mut canonical);
    canonical
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
    use crate::date::Date;
    use crate::model::*;
    use proptest::prelude::*;

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

    /// Text with everything JSON escapes, and more.
    fn text() -> impl Strategy<Value = String> + Clone {
        let pieces = prop_oneof![
            Just("\"".to_owned()),
            Just("\\".to_owned()),
            Just("\u{8}\u{c}\n\r\t\u{0}\u{1f}\u{7f}".to_owned()),
            Just("\u{2028}\u{202e}\u{feff}\u{1F600}".to_owned()),
            Just("Kommunedirektør Åsa".to_owned()),
            any::<char>().prop_map(String::from),
            "[ -~]{0,6}",
            // Long enough to cross the escaper's 16-byte blocks.
            "[ -~]{10,40}",
        ];
        proptest::collection::vec(pieces, 0..6).prop_map(|p| p.concat())
    }

    fn date() -> impl Strategy<Value = Date> {
        (-9999i16..=9999, 1i8..=12, 1i8..=28)
            .prop_filter_map("a day", |(y, m, d)| Date::from_ymd(y, m, d))
    }

    fn level() -> impl Strategy<Value = Option<Level>> {
        proptest::option::of(prop_oneof![
            Just(Level::Low),
            Just(Level::Medium),
            Just(Level::High)
        ])
    }

    /// A DPIA with any mix of set and unset fields, any text and numbers.
    fn any_dpia() -> impl Strategy<Value = Dpia> {
        let texts = || proptest::collection::vec(text(), 0..3);
        let opt_text = || proptest::option::of(text());
        let opt_date = || proptest::option::of(date());
        let risk = (
            proptest::option::of(prop_oneof![
                Just(PrivacyGoal::CoDetermination),
                Just(PrivacyGoal::Transparency),
                Just(PrivacyGoal::Accountability)
            ]),
            opt_text(),
            texts(),
            level(),
            opt_text(),
        )
            .prop_map(|(goal, risk, measures, residual, scenario_ref)| Risk {
                goal,
                risk,
                measures,
                residual,
                scenario_ref,
                groups: Vec::new(),
            });
        let head = (
            opt_text(),
            opt_date(),
            opt_date(),
            opt_date(),
            opt_date(),
            proptest::collection::vec(
                prop_oneof![
                    Just(Competence::Communication),
                    Just(Competence::Privacy),
                    Just(Competence::Legal),
                    Just(Competence::Other)
                ],
                0..3,
            ),
            opt_text(),
            texts(),
            texts(),
            proptest::option::of(any::<u64>()),
            level(),
            texts(),
        );
        let tail = (
            texts(),
            opt_text(),
            proptest::option::of((
                proptest::option::of(prop_oneof![
                    Just(SupplierDocumentation::Documented),
                    Just(SupplierDocumentation::None)
                ]),
                opt_date(),
            )),
            proptest::option::of((proptest::option::of(any::<bool>()), opt_text())),
            proptest::option::of((
                proptest::option::of(prop_oneof![
                    Just(LegalArticle::PublicTask),
                    Just(LegalArticle::LegitimateInterest)
                ]),
                opt_text(),
                opt_text(),
            )),
            proptest::option::of((
                proptest::option::of(any::<bool>()),
                proptest::option::of(prop_oneof![
                    Just(TransferMechanism::Scc),
                    Just(TransferMechanism::None)
                ]),
                opt_text(),
            )),
            proptest::option::of((opt_text(), opt_date())),
            proptest::collection::vec(risk, 0..3),
        );
        (head, tail).prop_map(|(h, t)| Dpia {
            document_ref: h.0,
            initial_screening: h.1,
            completed: h.2,
            next_review: h.3,
            terms_reviewed: h.4,
            competences: h.5,
            purpose: h.6,
            features_used: h.7,
            features_disabled: h.8,
            estimated_data_subjects: h.9,
            special_category_risk: h.10,
            target_groups: h.11,
            vulnerable_groups: t.0,
            tradeoffs: t.1,
            infosec: t
                .2
                .map(|(supplier_documentation, admins_reviewed)| Infosec {
                    supplier_documentation,
                    admins_reviewed,
                }),
            controllership: t.3.map(|(joint, art26_arrangement)| Controllership {
                joint,
                art26_arrangement,
            }),
            legal_basis: t.4.map(|(article, supplementary, lia_ref)| LegalBasis {
                article,
                supplementary,
                lia_ref,
            }),
            transfer: t.5.map(|(third_country, mechanism, tia_ref)| Transfer {
                third_country,
                mechanism,
                tia_ref,
            }),
            ethics: t.6.map(|(method, assessed)| Ethics { method, assessed }),
            risks: t.7,
        })
    }

    proptest! {
        /// The direct writer's bytes are the `Value` route's, so no digest
        /// recorded in a file changes.
        #[test]
        fn the_direct_canonical_form_is_the_value_route_s(dpia in any_dpia()) {
            let mut arena = Vec::new();
            let range = canonical::canonical(&dpia, &mut arena);
            prop_assert!(range.is_some());
            let direct = range.map(|r| arena[r].to_vec()).unwrap_or_default();
            prop_assert_eq!(
                String::from_utf8_lossy(&direct),
                canonical_via_value(&dpia)
            );
        }
    }

    /// Shapes no DPIA has today, written as the `Value` route writes them
    /// (a key given twice keeps its last value) or left to it.
    #[test]
    fn other_shapes_match_the_value_route_or_are_left_to_it() {
        struct Odd;
        impl serde::Serialize for Odd {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeStruct;
                let mut st = s.serialize_struct("Odd", 7)?;
                st.serialize_field("z", &-12i64)?;
                st.serialize_field("a", &None::<u8>)?;
                st.serialize_field("m", &'\u{1}')?;
                st.serialize_field("a", &(1u8, "x\"y", ()))?;
                st.serialize_field("b", &vec![Some(true), None])?;
                st.serialize_field("\u{e5}", &u64::MAX)?;
                st.serialize_field("z", &i64::MIN)?;
                st.end()
            }
        }
        let mut arena = Vec::new();
        let range = canonical::canonical(&Odd, &mut arena).expect("handled");
        assert_eq!(
            String::from_utf8_lossy(&arena[range]),
            canonical_via_value(&Odd)
        );
        let map: std::collections::BTreeMap<String, u8> = [("k".to_owned(), 1)].into();
        assert!(canonical::canonical(&map, &mut arena).is_none());
        assert!(canonical::canonical(&1.5f64, &mut arena).is_none());
    }

    /// The digest as it stands in files: SHA-256 of
    /// `{"competences":["communication","privacy"],"completed":"2023-11-20",
    /// "legal_basis":{"article":"6(1)(f)","lia_ref":"2023/1"},
    /// "purpose":"Informere"}` (without the line breaks), computed apart
    /// from this code.
    #[test]
    fn a_known_dpia_keeps_its_digest() {
        assert_eq!(
            dpia_digest_v1(&dpia(BASE)),
            "sha256:a3b7a5056800663a882c91a7730638a53102755b478407b2dd019c8c9ecd86b4"
        );
    }

    #[test]
    fn has_the_documented_shape() {
        let d = dpia_digest(&Dpia::default());
        assert!(d.starts_with("sha256v2:"));
        assert_eq!(d.len(), 9 + 64);
        let d = dpia_digest_v1(&Dpia::default());
        assert!(d.starts_with("sha256:"));
        assert_eq!(d.len(), 7 + 64);
    }

    /// Recording a review (F05's fix) leaves a `sha256v2:` digest as it
    /// was; an old `sha256:` digest keeps covering the whole table.
    #[test]
    fn review_bookkeeping_is_outside_the_v2_digest_only() {
        let decided = dpia(BASE);
        let v1 = dpia_digest_v1(&decided);
        let v2 = dpia_digest(&decided);
        let reviews: [&dyn Fn(&mut Dpia); 3] = [
            &|d| d.next_review = Date::from_ymd(2025, 12, 1),
            &|d| d.terms_reviewed = Date::from_ymd(2024, 11, 1),
            &|d| {
                d.infosec = Some(Infosec {
                    supplier_documentation: None,
                    admins_reviewed: Date::from_ymd(2024, 11, 2),
                })
            },
        ];
        for review in reviews {
            let mut after = decided.clone();
            review(&mut after);
            assert!(digest_matches(&v2, &after), "{after:?}");
            assert!(!digest_matches(&v1, &after), "{after:?}");
        }
        let mut supplier = decided.clone();
        supplier.infosec = Some(Infosec {
            supplier_documentation: Some(SupplierDocumentation::None),
            admins_reviewed: None,
        });
        assert!(!digest_matches(&v2, &supplier));
        assert!(digest_matches(&v1, &decided));
        assert_eq!(digest_like(&v1, &decided), v1);
    }
}
