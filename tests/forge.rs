//! The forge formats of `check` (issue 26): SARIF for GitHub code scanning,
//! GitLab Code Quality, JUnit XML. Run on the bundled example and on a
//! register with invalid files and hostile text; SARIF is validated against
//! the official schema (tests/fixtures/sarif-schema-2.1.0.json, see
//! tests/fixtures/README.md), the JUnit report read back by an XML parser.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use common::*;
use serde_json::Value;

const TODAY: &str = "2025-01-15";

fn check(root: &Path, format: &str) -> (Option<i32>, String) {
    let out = somevakt(
        root,
        &[
            "--repo",
            root.to_str().expect("utf-8"),
            "--today",
            TODAY,
            "check",
            "--format",
            format,
        ],
    );
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{format}: {}",
        stderr(&out)
    );
    (out.status.code(), stdout(&out))
}

/// The example, with invalid files and text that breaks XML, formulas and
/// terminals.
fn hostile() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, root) = copy_example_named("fjordvik");
    // TOML escapes: a raw control character would make the file invalid.
    let account = valid_assessment("Kanal </name> ]]> & \\\"x\\\" '\\u001b[2J\\u0007\\uFFFE")
        .replace(
            "Testvik kommune",
            "</testsuite><testsuite name=\\\"x\\\"> & Å\\u0001",
        )
        .replace(
            "status = \"active\"",
            "status = \"active\"\nowner_unit = \"=HYPERLINK(1)\"",
        );
    write(&root, "assessments/testvik/xml-breaker.toml", account);
    write(
        &root,
        "assessments/testvik/bad <&\"'> ]]>\u{1b}[31m.toml",
        "schema_version = 1\n[account\n",
    );
    write(
        &root,
        "assessments/testvik/unknown-key.toml",
        valid_assessment("x") + "colour = \"blue\"\n",
    );
    (dir, root)
}

fn schema_validator() -> jsonschema::Validator {
    let text =
        std::fs::read_to_string(example_root().join("tests/fixtures/sarif-schema-2.1.0.json"))
            .expect("schema");
    let schema: Value = serde_json::from_str(&text).expect("schema is JSON");
    jsonschema::draft4::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("schema compiles")
}

fn assert_valid_sarif(label: &str, text: &str) -> Value {
    let doc: Value = serde_json::from_str(text).expect("SARIF is JSON");
    let validator = schema_validator();
    let errors: Vec<String> = validator
        .iter_errors(&doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{label}: {errors:#?}");
    doc
}

fn results(doc: &Value) -> &Vec<Value> {
    doc["runs"][0]["results"].as_array().expect("results")
}

/// Every rule of the core's list is described, with texts GitHub keeps
/// whole; every result names a described rule and one place in a file.
fn assert_rules_and_places(label: &str, root: &Path, doc: &Value) {
    let rules = doc["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .expect("rules");
    let ids: Vec<&str> = rules
        .iter()
        .map(|r| r["id"].as_str().unwrap_or(""))
        .collect();
    let mut expected: Vec<&str> = somevakt_core::findings::RULES
        .iter()
        .map(|r| r.id)
        .collect();
    expected.push("invalid-file");
    assert_eq!(ids, expected);
    for rule in rules {
        for field in ["shortDescription", "fullDescription", "help"] {
            let text = rule[field]["text"].as_str().unwrap_or("");
            assert!(!text.is_empty() && text.chars().count() < 1024, "{rule}");
        }
    }
    assert!(rules.iter().all(|r| {
        r["help"]["text"]
            .as_str()
            .is_some_and(|t| t.contains("What fixes it") || t.contains("Correct the file"))
    }));
    let mut fingerprints = BTreeSet::new();
    for result in results(doc) {
        let rule = result["ruleId"].as_str().expect("ruleId");
        assert!(ids.contains(&rule), "{label}: {rule}");
        assert!(matches!(
            result["level"].as_str(),
            Some("error" | "warning")
        ));
        let locations = result["locations"].as_array().expect("locations");
        assert_eq!(locations.len(), 1);
        let place = &locations[0]["physicalLocation"];
        let uri = place["artifactLocation"]["uri"].as_str().expect("uri");
        assert!(uri.starts_with("assessments/"), "{uri}");
        let line = place["region"]["startLine"].as_u64().expect("line") as usize;
        let column = place["region"]["startColumn"].as_u64().expect("column") as usize;
        assert!(line >= 1 && column >= 1);
        // A finding placed below the first line points at a key or a table.
        if rule != "invalid-file" && line > 1 {
            let text = std::fs::read_to_string(root.join(uri)).expect("the file named");
            let at: String = text
                .lines()
                .nth(line - 1)
                .unwrap_or("")
                .chars()
                .skip(column - 1)
                .collect();
            assert!(
                at.starts_with('[') || at.starts_with(|c: char| c.is_ascii_lowercase()),
                "{label}: {rule} at {uri}:{line}:{column}: {at:?}"
            );
        }
        let print = result["partialFingerprints"]["somevakt/v1"]
            .as_str()
            .expect("fingerprint");
        assert!(
            fingerprints.insert(print.to_owned()),
            "{label}: {print} twice"
        );
    }
}

#[test]
fn sarif_on_the_example_is_valid_and_points_at_keys() {
    let (_dir, root) = committed_example();
    let (code, text) = check(&root, "sarif");
    assert_eq!(code, Some(1), "the example has error findings");
    let doc = assert_valid_sarif("example", &text);
    assert_rules_and_places("example", &root, &doc);
    // F21 (a decision dated after today) points at that decision's date.
    let f21 = results(&doc)
        .iter()
        .find(|r| r["ruleId"] == "F21")
        .expect("the example has F21");
    let place = &f21["locations"][0]["physicalLocation"];
    let uri = place["artifactLocation"]["uri"].as_str().expect("uri");
    let line = place["region"]["startLine"].as_u64().expect("line") as usize;
    let text = std::fs::read_to_string(root.join(uri)).expect("file");
    assert!(
        text.lines()
            .nth(line - 1)
            .is_some_and(|l| l.trim_start().starts_with("date =")
                || l.trim_start().starts_with("last_post =")
                || l.trim_start().starts_with("completed =")),
        "{uri}:{line}"
    );
}

#[test]
fn sarif_with_invalid_files_and_hostile_text_is_valid() {
    let (_dir, root) = hostile();
    let (code, text) = check(&root, "sarif");
    assert_eq!(code, Some(1));
    assert!(!text.contains('\u{1b}') && !text.contains('\u{7}'));
    let doc = assert_valid_sarif("hostile", &text);
    assert_rules_and_places("hostile", &root, &doc);
    let invalid: Vec<&Value> = results(&doc)
        .iter()
        .filter(|r| r["ruleId"] == "invalid-file")
        .collect();
    assert_eq!(invalid.len(), 2, "{text}");
    let uris: BTreeSet<&str> = invalid
        .iter()
        .filter_map(|r| r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].as_str())
        .collect();
    assert!(
        uris.contains("assessments/testvik/unknown-key.toml"),
        "{uris:?}"
    );
    assert!(
        uris.contains("assessments/testvik/bad%20%3C%26%22%27%3E%20%5D%5D%3E%1B%5B31m.toml"),
        "{uris:?}"
    );
    // The unknown key is reported at its line.
    let unknown = invalid
        .iter()
        .find(|r| {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                == "assessments/testvik/unknown-key.toml"
        })
        .expect("unknown key");
    let region = &unknown["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startLine"], 9, "{region}");
}

/// Fingerprint of every result, by rule and file.
fn prints(doc: &Value) -> BTreeMap<String, (String, String)> {
    results(doc)
        .iter()
        .map(|r| {
            (
                r["partialFingerprints"]["somevakt/v1"]
                    .as_str()
                    .unwrap_or("")
                    .to_owned(),
                (
                    r["ruleId"].as_str().unwrap_or("").to_owned(),
                    r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                        .as_str()
                        .unwrap_or("")
                        .to_owned(),
                ),
            )
        })
        .collect()
}

#[test]
fn fingerprints_hold_across_runs_reordering_and_moved_lines() {
    let (_a, first) = hostile();
    let (_, one) = check(&first, "sarif");
    let (_, two) = check(&first, "sarif");
    assert_eq!(one, two, "two runs, one report");
    let one: Value = serde_json::from_str(&one).expect("json");

    // The same files written in the opposite order (the order a folder
    // lists them in follows), and lines added above every key.
    let (_b, second) = hostile();
    let mut files = Vec::new();
    collect(&second.join("assessments"), &mut files);
    let saved: Vec<(std::path::PathBuf, Vec<u8>)> = files
        .iter()
        .map(|f| (f.clone(), std::fs::read(f).expect("read")))
        .collect();
    for (f, _) in &saved {
        std::fs::remove_file(f).expect("remove");
    }
    for (f, bytes) in saved.iter().rev() {
        let mut bytes = bytes.clone();
        if let Some(end) = bytes.iter().position(|b| *b == b'\n') {
            bytes.splice(end + 1..end + 1, b"# moved down\n\n".iter().copied());
        }
        std::fs::write(f, bytes).expect("write");
    }
    let (_, moved) = check(&second, "sarif");
    let moved: Value = serde_json::from_str(&moved).expect("json");
    assert_eq!(prints(&one), prints(&moved));
    let lines = |doc: &Value| -> Vec<u64> {
        results(doc)
            .iter()
            .filter(|r| r["ruleId"] != "invalid-file")
            .filter_map(|r| r["locations"][0]["physicalLocation"]["region"]["startLine"].as_u64())
            .collect()
    };
    assert_ne!(lines(&one), lines(&moved), "the lines did move");

    // Code Quality's fingerprints are the same ones.
    let (_, cq) = check(&first, "codequality");
    let cq: Value = serde_json::from_str(&cq).expect("json");
    let cq_prints: BTreeSet<&str> = cq
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|i| i["fingerprint"].as_str())
        .collect();
    assert_eq!(cq_prints, prints(&one).keys().map(String::as_str).collect());
}

fn collect(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read_dir").flatten() {
        if entry.path().is_dir() {
            collect(&entry.path(), out);
        } else {
            out.push(entry.path());
        }
    }
}

#[test]
fn code_quality_has_gitlabs_fields_and_unique_fingerprints() {
    for (label, (_dir, root)) in [("example", committed_example()), ("hostile", hostile())] {
        let (code, text) = check(&root, "codequality");
        assert_eq!(code, Some(1));
        assert!(!text.starts_with('\u{FEFF}'), "no byte-order mark");
        let doc: Value = serde_json::from_str(&text).expect("JSON");
        let issues = doc.as_array().expect("an array");
        assert!(!issues.is_empty());
        let mut seen = BTreeSet::new();
        for issue in issues {
            for field in ["description", "check_name", "fingerprint", "severity"] {
                assert!(
                    issue[field].as_str().is_some_and(|s| !s.is_empty()),
                    "{issue}"
                );
            }
            assert!(matches!(
                issue["severity"].as_str(),
                Some("minor" | "major" | "critical")
            ));
            let path = issue["location"]["path"].as_str().expect("path");
            assert!(
                path.starts_with("assessments/") && root.join(path).exists(),
                "{path}"
            );
            assert!(
                issue["location"]["lines"]["begin"]
                    .as_u64()
                    .is_some_and(|l| l >= 1)
            );
            assert!(
                seen.insert(issue["fingerprint"].to_string()),
                "{label}: {issue}"
            );
            assert!(
                !issue["description"]
                    .as_str()
                    .unwrap_or("")
                    .contains('\u{1b}')
            );
        }
        let critical = issues
            .iter()
            .filter(|i| i["severity"] == "critical")
            .count();
        assert_eq!(critical, if label == "hostile" { 2 } else { 0 });
    }
}

#[test]
fn junit_reads_back_with_unique_cases_per_municipality() {
    for (label, (_dir, root)) in [("example", committed_example()), ("hostile", hostile())] {
        let (code, text) = check(&root, "junit");
        assert_eq!(code, Some(1));
        // roxmltree is a strict XML 1.0 parser: a control character or a
        // broken escape fails here.
        let doc =
            roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{label}: {e}\n{text}"));
        let top = doc.root_element();
        assert_eq!(top.tag_name().name(), "testsuites");
        let mut suites = Vec::new();
        let mut cases = BTreeSet::new();
        let (mut failures, mut errors) = (0, 0);
        for suite in top.children().filter(|n| n.has_tag_name("testsuite")) {
            let name = suite.attribute("name").expect("suite name").to_owned();
            for case in suite.children().filter(|n| n.has_tag_name("testcase")) {
                assert_eq!(case.attribute("classname"), Some(name.as_str()), "{label}");
                let file = case.attribute("file").expect("file");
                assert!(file.starts_with("assessments/"), "{file}");
                let key = (
                    name.clone(),
                    case.attribute("name").expect("name").to_owned(),
                );
                assert!(cases.insert(key), "{label}: a case twice");
                failures += case
                    .children()
                    .filter(|n| n.has_tag_name("failure"))
                    .count();
                errors += case.children().filter(|n| n.has_tag_name("error")).count();
                for out in case.children().filter(|n| n.has_tag_name("system-out")) {
                    assert!(
                        out.text()
                            .is_some_and(|t| t.contains("warning") || t.contains(": F"))
                    );
                }
            }
            suites.push(name);
        }
        let unique: BTreeSet<&String> = suites.iter().collect();
        assert_eq!(
            unique.len(),
            suites.len(),
            "{label}: one suite per municipality"
        );
        // The JSON of `check` counts the same error findings.
        let (_, json) = check(&root, "json");
        let json: Value = serde_json::from_str(&json).expect("json");
        assert_eq!(
            failures,
            json["errors"].as_u64().expect("errors") as usize,
            "{label}"
        );
        let invalid = json["invalid"].as_array().expect("invalid").len();
        assert_eq!(errors, invalid, "{label}");
        let root_arg = root.to_str().expect("utf-8");
        let status = somevakt(&root, &["--repo", root_arg, "status", "--format", "json"]);
        let status: Value = serde_json::from_str(&stdout(&status)).expect("status json");
        let accounts = status["accounts"].as_array().expect("accounts").len();
        assert_eq!(cases.len(), accounts + invalid, "{label}");
        assert_eq!(
            top.attribute("failures"),
            Some(failures.to_string().as_str())
        );
        if label == "hostile" {
            assert!(
                suites
                    .iter()
                    .any(|s| s.starts_with("</testsuite><testsuite name=\"x\"> & Å")),
                "{suites:?}"
            );
            assert_eq!(invalid, 2);
        } else {
            assert!(
                suites.contains(&"Fjordvik kommune".to_owned()),
                "{suites:?}"
            );
        }
    }
}

#[test]
fn a_report_file_is_written_even_when_check_fails() {
    let (_dir, root) = hostile();
    let file = root.join("report.sarif");
    let out = somevakt(
        &root,
        &[
            "--repo",
            root.to_str().expect("utf-8"),
            "--today",
            TODAY,
            "check",
            "--format",
            "sarif",
            "-o",
            file.to_str().expect("utf-8"),
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "nothing on standard output");
    let text = std::fs::read_to_string(&file).expect("the report file");
    assert_valid_sarif("-o", &text);
    for (args, name) in [
        (&["status", "--format", "json"][..], "status.json"),
        (&["status", "--format", "csv"][..], "status.csv"),
        (&["status"][..], "status.txt"),
        (&["remind", "--format", "ics"][..], "remind.ics"),
        (&["check", "--format", "junit"][..], "check.xml"),
    ] {
        let path = root.join(name);
        let mut all = vec!["--repo", root.to_str().expect("utf-8"), "--today", TODAY];
        all.extend_from_slice(args);
        all.extend(["--output", path.to_str().expect("utf-8")]);
        let out = somevakt(&root, &all);
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{args:?}: {}",
            stderr(&out)
        );
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(
            std::fs::metadata(&path).is_ok_and(|m| m.len() > 0),
            "{args:?}"
        );
    }
    // A file that cannot be written is exit 2 and names it.
    let out = somevakt(
        &root,
        &[
            "--repo",
            root.to_str().expect("utf-8"),
            "check",
            "-o",
            "/nonexistent/dir/x.sarif",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("/nonexistent/dir/x.sarif"),
        "{}",
        stderr(&out)
    );
}
