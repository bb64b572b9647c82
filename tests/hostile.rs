//! Output safety (docs/format.md, "CLI"; issue "every output safe"): a
//! repository whose files, file and folder names, and commits carry escape
//! sequences, bidirectional overrides, zero-width characters, line breaks
//! and spreadsheet formulas. Every command and every output format runs over
//! it, and no raw control character leaves the program; JSON stays exact,
//! CSV cells cannot run as formulas, and the calendar parses back.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::*;

/// A window title change, a screen clear, a bell, a C1 CSI, a right-to-left
/// override, a zero-width space and a forged line.
const HOSTILE: &str =
    "Kultur\u{1b}]0;pwned\u{7}\u{1b}[2J\u{202E}gnp.exe\u{200B}\nFORGED LINE\r\u{9b}31m";
const FORMULA: &str = "=HYPERLINK(\"http://evil.example\",\"klikk\")";

/// A TOML string literal holding `text` exactly (control characters escaped).
fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}

/// Rewrites every `key = "..."` line of `text` whose key is listed.
fn replace_values(text: &str, replacements: &[(&str, &str)]) -> String {
    text.lines()
        .map(|line| {
            for (key, value) in replacements {
                if line.starts_with(&format!("{key} = \"")) {
                    return format!("{key} = {}", toml_string(value));
                }
            }
            line.to_owned()
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// The example repository, made hostile, committed with a hostile author,
/// subject and trailer. Its folder's name (the calendar's name) is hostile
/// too.
fn hostile_repo() -> (tempfile::TempDir, PathBuf) {
    let (dir, root) = copy_example_named("kal\u{1b}]0;x\u{7}\n;,der");
    for entry in walk(&root.join("assessments")) {
        let text = std::fs::read_to_string(&entry).expect("read");
        let text = replace_values(
            &text,
            &[
                ("name", HOSTILE),
                ("municipality", "+47 Fjordvik\u{1b}[31m\u{2066}"),
                ("owner_unit", "@SUM(1+1)\t-2"),
                ("risk", FORMULA),
                ("service_area", "-barnevern\u{1b}[5m"),
            ],
        );
        std::fs::write(&entry, text).expect("write");
    }
    // Invalid entries whose path or message carries the attack.
    write(
        &root,
        "assessments/fjordvik/bad\n\u{1b}[31mred\u{202E}.toml",
        valid_assessment("x"),
    );
    write(
        &root,
        "assessments/\u{202E}evil\u{200B}/x.toml",
        valid_assessment("x"),
    );
    write(
        &root,
        "assessments/testvik/raw-escape.toml",
        format!(
            "{}# a comment \u{1b}]0;title\u{7}\u{1b}[2J\n",
            valid_assessment("x")
        ),
    );
    write(
        &root,
        "assessments/testvik/echoed-value.toml",
        valid_assessment("x").replace("\"facebook\"", "\"\\u001b[2Jfacebook\\u202e\""),
    );
    git_init(&root);
    git(&root, &["add", "."]);
    let message = root.join("../message.txt");
    std::fs::write(
        &message,
        "Vedtak \u{1b}]0;pwned\u{7}\u{202E}\n\nBody \u{1b}[2J\n\nDecision: approved\u{1b}[31m\n",
    )
    .expect("message");
    let out = Command::new("git")
        .args(["commit", "-q", "-F"])
        .arg(&message)
        .current_dir(&root)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Eva \u{1b}[2J\u{202E}Lindqvist")
        .env("GIT_AUTHOR_EMAIL", "eva\u{1b}[5m@alvby.se")
        .output()
        .expect("git commit");
    assert!(out.status.success(), "{}", stderr(&out));
    (dir, root)
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read_dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

fn run(root: &Path, args: &[&str]) -> Output {
    let mut all = vec![
        "--repo",
        root.to_str().expect("utf-8 path"),
        "--today",
        "2030-01-01",
    ];
    all.extend_from_slice(args);
    somevakt(root, &all)
}

/// What must never leave, written out here rather than taken from the
/// sanitiser under test: controls, bidi controls, zero-width characters.
fn is_dangerous(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}'
        )
}

/// No byte a terminal acts on: only `\n` and `\r\n` line breaks.
fn assert_safe(label: &str, text: &str) {
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        let line_break = *c == '\n' || (*c == '\r' && chars.get(i + 1) == Some(&'\n'));
        assert!(
            line_break || !is_dangerous(*c),
            "{label}: {c:?} at char {i} leaks: {:?}",
            chars[i.saturating_sub(40)..(i + 40).min(chars.len())]
                .iter()
                .collect::<String>()
        );
    }
}

fn assert_output_safe(label: &str, out: &Output) {
    assert_ne!(out.status.code(), Some(101), "{label} panicked");
    assert!(!out.stdout.contains(&0x1b) && !out.stderr.contains(&0x1b));
    assert_safe(&format!("{label} (stdout)"), &stdout(out));
    assert_safe(&format!("{label} (stderr)"), &stderr(out));
}

#[test]
fn every_command_and_format_is_safe() {
    let (_dir, root) = hostile_repo();
    let runs: &[&[&str]] = &[
        &["status"],
        &["status", "--format", "table"],
        &["status", "--format", "json"],
        &["status", "--format", "csv"],
        &["check"],
        &["check", "--format", "json"],
        &["check", "--format", "sarif"],
        &["check", "--format", "codequality"],
        &["check", "--format", "junit"],
        &["remind"],
        &["remind", "--format", "json"],
        &["remind", "--format", "ics"],
        &["log", "fjordvik/facebook-kommunen"],
        &["log", "fjordvik/facebook-kommunen", "--format", "json"],
        &["digest", "fjordvik/bad"],
        &[
            "decide",
            "testvik/echoed-value",
            "--outcome",
            "approved",
            "--body",
            "b",
            "--rationale",
            "r",
        ],
    ];
    for args in runs {
        let out = run(&root, args);
        assert_output_safe(&args.join(" "), &out);
    }
    // The table shows the invalid entries, their hostile paths made visible.
    let table = stdout(&run(&root, &["status"]));
    assert!(
        table.contains("INVALID  assessments/fjordvik/bad \u{FFFD}[31mred\u{FFFD}.toml"),
        "{table}"
    );
    // The check diagnostic quotes the offending line, sanitised.
    let check = stdout(&run(&root, &["check"]));
    assert!(check.contains("# a comment \u{FFFD}]0;title"), "{check}");
    // A name's line break cannot forge a line of the digest.
    let remind = stdout(&run(&root, &["remind"]));
    assert!(!remind.lines().any(|l| l.starts_with("FORGED")), "{remind}");
    let log = stdout(&run(&root, &["log", "fjordvik/facebook-kommunen"]));
    assert!(log.contains("Eva \u{FFFD}[2J\u{FFFD}Lindqvist"), "{log}");
}

#[test]
fn json_stays_exact() {
    let (_dir, root) = hostile_repo();
    let out = run(&root, &["status", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let accounts = doc["accounts"].as_array().expect("accounts");
    assert!(!accounts.is_empty());
    for account in accounts {
        assert_eq!(account["name"], HOSTILE);
    }
    let paths: Vec<&str> = doc["invalid"]
        .as_array()
        .expect("invalid")
        .iter()
        .filter_map(|i| i["path"].as_str())
        .collect();
    assert!(
        paths.contains(&"assessments/fjordvik/bad\n\u{1b}[31mred\u{202E}.toml"),
        "{paths:?}"
    );

    let out = run(
        &root,
        &["log", "fjordvik/facebook-kommunen", "--format", "json"],
    );
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(
        log["commits"][0]["author"],
        "Eva \u{1b}[2J\u{202E}Lindqvist"
    );
}

#[test]
fn csv_cells_cannot_run_and_invalid_files_are_rows() {
    let (_dir, root) = hostile_repo();
    let out = run(&root, &["status", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let header = reader.headers().expect("header").clone();
    assert_eq!(header.get(header.len() - 1), Some("error"));
    let (mut accounts, mut invalid) = (0, 0);
    for record in reader.records() {
        let record = record.expect("row");
        for cell in &record {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "formula cell {cell:?}"
            );
        }
        if &record[6] == "invalid" {
            invalid += 1;
            assert!(!record[16].is_empty(), "an invalid row says why");
        } else {
            accounts += 1;
            assert!(record[4].starts_with("Kultur"), "{:?}", &record[4]);
            assert!(record[2].starts_with("'+47"), "{:?}", &record[2]);
            assert!(record[5].starts_with("'@SUM"), "{:?}", &record[5]);
        }
    }
    let json: serde_json::Value =
        serde_json::from_slice(&run(&root, &["status", "--format", "json"]).stdout).expect("json");
    assert_eq!(accounts, json["accounts"].as_array().expect("a").len());
    assert_eq!(invalid, json["invalid"].as_array().expect("i").len());
    assert!(invalid >= 4);
}

#[test]
fn the_calendar_is_escaped_and_parses_back() {
    let (_dir, root) = hostile_repo();
    let out = run(&root, &["remind", "--format", "ics"]);
    let text = stdout(&out);
    let json: serde_json::Value =
        serde_json::from_slice(&run(&root, &["remind", "--format", "json"]).stdout).expect("json");
    let items = json["items"].as_array().expect("items").len();
    assert!(items > 0);

    let unfolded = icalendar::parser::unfold(&text);
    let calendar = icalendar::parser::read_calendar(&unfolded).expect("parses as iCalendar");
    let name = calendar
        .properties
        .iter()
        .find(|p| p.name == "NAME")
        .expect("NAME")
        .val
        .to_string();
    assert_eq!(name, "somevakt: kal\u{FFFD}]0;x\u{FFFD} ;,der");
    assert!(
        unfolded.contains("NAME;VALUE=TEXT:somevakt: kal\u{FFFD}]0\\;x\u{FFFD} \\;\\,der\r\n"),
        "the name is escaped as TEXT: {unfolded}"
    );
    let events: Vec<_> = calendar
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .collect();
    assert_eq!(events.len(), items);
    for event in events {
        let summary = event.find_prop("SUMMARY").expect("SUMMARY").val.to_string();
        assert!(summary.contains("Kultur\u{FFFD}]0;pwned"), "{summary}");
    }
    // Every line is a content line: a name's line break did not split one.
    for line in unfolded.lines() {
        assert!(line.contains(':') || line.is_empty(), "{line:?}");
    }
}

#[test]
fn the_dashboard_shows_no_control_characters() {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use somevakt::tui::app::App;
    use somevakt::tui::theme::{Theme, ThemeName};
    use somevakt::tui::view;

    let (_dir, root) = hostile_repo();
    let day = "2030-01-01".parse().expect("date");
    let mut app =
        App::new(root.clone(), day, true).with_clock(somevakt_store::clock::Clock::fixed_day(day));
    app.update(somevakt::tui::app::Message::Resize(140, 40));
    let mut pending = app.init();
    while let Some(command) = pending.pop() {
        let message = somevakt::tui::run_command(command, &root);
        pending.extend(app.update(message));
    }
    let mut terminal = Terminal::new(TestBackend::new(140, 40)).expect("terminal");
    terminal
        .draw(|frame| {
            let theme = Theme {
                name: ThemeName::Terminal,
                color: true,
            };
            view::draw(frame, &app, theme)
        })
        .expect("draw");
    let screen = terminal.backend().to_string();
    assert!(screen.contains("Kultur"), "{screen}");
    assert_safe("dashboard", &screen);
}
