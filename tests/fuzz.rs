//! A property-based fuzz target over the whole read path: a valid example
//! file mutated at random (hostile characters, brackets, quotes, line
//! breaks inserted anywhere; a hostile account name) is loaded from disk,
//! evaluated, and rendered in every output format. Whatever the input:
//! no panic; tables, diagnostics and digests carry no control character;
//! JSON parses back exactly; CSV cells cannot run; the calendar parses.
//!
//! CI runs 128 cases. For a longer run:
//! `PROPTEST_CASES=20000 cargo test --release --test fuzz`.

mod common;

use std::path::Path;

use proptest::prelude::*;
use somevakt::i18n::Lang;
use somevakt::report::{check, remind, status};
use somevakt_core::Date;

/// Characters that break files and terminals, plus ordinary ones.
const ALPHABET: &[char] = &[
    '\u{1b}', '\u{7}', '\u{0}', '\u{9b}', '\u{7f}', '\u{202E}', '\u{2066}', '\u{200B}', '\u{FEFF}',
    '\n', '\r', '\t', '"', '\'', '\\', '[', ']', '{', '}', '=', ',', '#', '.', '-', '+', '@', ':',
    '0', '1', '9', 'a', 'z', 'æ', '😀', ' ',
];

fn hostile_string(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(ALPHABET), 0..max)
        .prop_map(|chars| chars.into_iter().collect())
}

fn examples() -> Vec<String> {
    let mut files = Vec::new();
    for folder in ["assessments/fjordvik", "assessments/alvby"] {
        let mut paths: Vec<_> = std::fs::read_dir(common::example_root().join(folder))
            .expect("examples")
            .flatten()
            .map(|e| e.path())
            .collect();
        paths.sort();
        files.extend(
            paths
                .iter()
                .map(|p| std::fs::read_to_string(p).expect("read")),
        );
    }
    files
}

fn is_dangerous(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}')
}

fn assert_clean(label: &str, text: &str) {
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        let line_break = *c == '\n' || (*c == '\r' && chars.get(i + 1) == Some(&'\n'));
        assert!(line_break || !is_dangerous(*c), "{label}: {c:?} leaks");
    }
}

/// Loads `root`, evaluates, renders every output and checks each.
fn every_output_is_safe(root: &Path, hostile_name: Option<&str>) {
    let today: Date = "2026-06-01".parse().expect("date");
    let register = somevakt_store::load(root).expect("load never fails on file content");
    let reports = somevakt_core::evaluate_all(&register, today);

    // Every language: the words differ, the safety must not.
    for lang in Lang::ALL {
        assert_clean(
            "status table",
            &status::to_table(&register, &reports, today, lang),
        );
        assert_clean(
            "check text",
            &check::to_text(&register, &reports, false, today, lang),
        );
    }
    let json = status::to_json(&register, &reports, today);
    assert_clean("status json", &json);
    let doc: serde_json::Value = serde_json::from_str(&json).expect("status json parses");
    if let Some(name) = hostile_name {
        let accounts = doc["accounts"].as_array().expect("accounts");
        let mutated = accounts
            .iter()
            .find(|a| a["id"] == "fuzz/a")
            .expect("fuzz/a loads");
        assert_eq!(mutated["name"], name, "JSON is exact");
    }
    let csv = status::to_csv(&register, &reports, today).expect("csv");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    for record in reader.records() {
        for cell in &record.expect("csv row") {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{cell:?}"
            );
            assert_clean("csv cell", cell);
        }
    }

    let check_json = check::to_json(&register, &reports, today);
    assert_clean("check json", &check_json);
    serde_json::from_str::<serde_json::Value>(&check_json).expect("check json parses");

    let items = remind::items(&reports, &register.policy, None, today, 30);
    for lang in Lang::ALL {
        assert_clean(
            "remind text",
            &remind::to_text(&items, today, 30, reports.len(), lang),
        );
    }
    let remind_json = remind::to_json(&items, today, 30);
    assert_clean("remind json", &remind_json);
    serde_json::from_str::<serde_json::Value>(&remind_json).expect("remind json parses");
    let ics = remind::to_ics(
        &items,
        today,
        chrono::DateTime::UNIX_EPOCH,
        hostile_name.unwrap_or("kalender"),
        Lang::Nb,
    );
    assert_clean("ics", &ics);
    let unfolded = icalendar::parser::unfold(&ics);
    let calendar = icalendar::parser::read_calendar(&unfolded).expect("ics parses");
    let events = calendar
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .count();
    assert_eq!(events, items.len());
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(128)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn load_evaluate_render(
        file in 0usize..15,
        insertions in proptest::collection::vec((0.0f64..1.0, hostile_string(6)), 0..4),
        name in proptest::option::of(hostile_string(24)),
    ) {
        let files = examples();
        let mut text = files[file % files.len()].clone();
        if let Some(name) = &name {
            let literal = toml::Value::String(name.clone()).to_string();
            text = text
                .lines()
                .map(|l| if l.starts_with("name = \"") { format!("name = {literal}") } else { l.to_owned() })
                .collect::<Vec<_>>()
                .join("\n");
        }
        for (at, insert) in &insertions {
            let mut offset = ((text.len() as f64) * at) as usize;
            while !text.is_char_boundary(offset) {
                offset -= 1;
            }
            text.insert_str(offset, insert);
        }
        let dir = common::temp_repo();
        common::write(dir.path(), "assessments/fuzz/a.toml", &text);
        common::write(dir.path(), "assessments/fuzz/b.toml", &files[0]);
        every_output_is_safe(dir.path(), if insertions.is_empty() { name.as_deref() } else { None });
    }
}
