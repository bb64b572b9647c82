//! The samples of program output in the README and the guides are the real
//! program's output: every block marked
//!
//! ````text
//! <!-- sample: somevakt status --today 2025-01-15 -->
//! ```text
//! …
//! ```
//! <!-- end sample -->
//! ````
//!
//! is produced again here, on a copy of the example repository committed
//! once (in a folder named `fjordvik`, with a fixed date and author, so the
//! header is the same on every machine), and must be
//! what the document shows. `<!-- sample lang=nb: … -->` runs in that
//! language; `<!-- sample: dashboard 100x24 -->` draws the dashboard at that
//! size on 2025-01-15. A stale sample fails the test;
//! `SOMEVAKT_UPDATE_DOCS=1 cargo test --test docs_samples` rewrites them.

mod common;

use std::path::{Path, PathBuf};

use common::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use somevakt::i18n::Lang;
use somevakt::tui::app::{App, Command, Message};
use somevakt::tui::run_command;
use somevakt::tui::theme::Theme;
use somevakt::tui::view;

const OPEN: &str = "<!-- sample";
const CLOSE: &str = "<!-- end sample -->";

/// The documents that may hold samples.
fn documents() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("README.md"), root.join("ARCHITECTURE.md")];
    let mut folders = vec![root.join("docs")];
    while let Some(folder) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "md") {
                files.push(path);
            }
        }
    }
    files.sort();
    files.into_iter().filter(|p| p.exists()).collect()
}

/// What a marker asks for: the language and the command.
struct Marker {
    lang: Option<Lang>,
    command: String,
}

fn parse_marker(line: &str) -> Marker {
    let inner = line
        .trim()
        .strip_prefix(OPEN)
        .and_then(|rest| rest.strip_suffix("-->"))
        .unwrap_or_else(|| panic!("a sample marker must be one line: {line}"));
    let (settings, command) = inner
        .split_once(':')
        .unwrap_or_else(|| panic!("a sample marker names its command after ':': {line}"));
    let lang = settings
        .trim()
        .strip_prefix("lang=")
        .map(|code| match code {
            "nb" => Lang::Nb,
            "sv" => Lang::Sv,
            "en" => Lang::En,
            other => panic!("unknown language {other} in {line}"),
        });
    Marker {
        lang,
        command: command.trim().to_owned(),
    }
}

/// Splits a command line on spaces, keeping "quoted words" together.
fn words(command: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    let mut started = false;
    for c in command.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                started = true;
            }
            ' ' if !quoted => {
                if started {
                    words.push(std::mem::take(&mut word));
                    started = false;
                }
            }
            c => {
                word.push(c);
                started = true;
            }
        }
    }
    if started {
        words.push(word);
    }
    words
}

fn run(app: &mut App, command: Command, root: &Path) {
    let message = run_command(command, root);
    for next in app.update(message) {
        run(app, next, root);
    }
}

/// The dashboard at `WxH` on 2025-01-15, as plain lines.
fn dashboard(root: &Path, size: &str, lang: Lang) -> String {
    let (width, height) = size
        .split_once('x')
        .and_then(|(w, h)| Some((w.parse::<u16>().ok()?, h.parse::<u16>().ok()?)))
        .unwrap_or_else(|| panic!("dashboard WIDTHxHEIGHT, not {size}"));
    let today = "2025-01-15".parse().expect("date");
    let mut app = App::new(root.to_path_buf(), today, true).with_lang(lang);
    for command in app.init() {
        run(&mut app, command, root);
    }
    app.update(Message::Resize(width, height));
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    terminal
        .draw(|frame| view::draw(frame, &app, Theme::plain()))
        .expect("draw");
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buffer[(x, y)].symbol();
            line.push_str(symbol);
            skip = unicode_width(symbol).saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Wide characters take two cells; ratatui leaves the second one blank.
fn unicode_width(symbol: &str) -> usize {
    use unicode_width::UnicodeWidthStr;
    symbol.width().max(1)
}

/// The output a marker asks for.
fn produce(marker: &Marker, root: &Path) -> String {
    let lang = marker.lang.unwrap_or(Lang::En);
    let words = words(&marker.command);
    match words.first().map(String::as_str) {
        Some("dashboard") => dashboard(root, words.get(1).map_or("100x24", |s| s), lang),
        Some("somevakt") => {
            let args: Vec<&str> = words[1..].iter().map(String::as_str).collect();
            let output = std::process::Command::new(env!("CARGO_BIN_EXE_somevakt"))
                .args(&args)
                .current_dir(root)
                .env_remove("SOMEVAKT_TODAY")
                .env_remove("LC_ALL")
                .env_remove("LC_MESSAGES")
                .env_remove("LANG")
                .env_remove("LANGUAGE")
                .env("SOMEVAKT_LANG", lang.code())
                .env("NO_COLOR", "1")
                .output()
                .expect("run somevakt");
            let mut text = stdout(&output);
            text.push_str(&stderr(&output));
            text.lines()
                .map(str::trim_end)
                .collect::<Vec<_>>()
                .join("\n")
                + "\n"
        }
        _ => panic!(
            "a sample runs `somevakt …` or draws `dashboard WxH`: {}",
            marker.command
        ),
    }
}

/// The document with every sample produced again.
fn refreshed(text: &str, root: &Path) -> String {
    let mut out = String::new();
    let mut lines = text.split_inclusive('\n');
    while let Some(line) = lines.next() {
        out.push_str(line);
        if !line.trim_start().starts_with(OPEN) {
            continue;
        }
        let marker = parse_marker(line);
        // Skip the old block up to its end marker.
        let mut closed = false;
        for old in lines.by_ref() {
            if old.trim() == CLOSE {
                closed = true;
                break;
            }
        }
        assert!(closed, "sample `{}` has no `{CLOSE}`", marker.command);
        out.push_str("```text\n");
        out.push_str(&produce(&marker, root));
        out.push_str("```\n");
        out.push_str(CLOSE);
        out.push('\n');
    }
    out
}

#[test]
fn samples_in_the_docs_are_what_the_program_prints() {
    // Committed, so the dashboard's header has the audit's verdict.
    let (_dir, root) = committed_example();
    let update = std::env::var_os("SOMEVAKT_UPDATE_DOCS").is_some();
    let mut stale = Vec::new();
    let mut samples = 0;
    for path in documents() {
        let text = std::fs::read_to_string(&path).expect("read document");
        samples += text
            .lines()
            .filter(|l| l.trim_start().starts_with(OPEN))
            .count();
        let fresh = refreshed(&text, &root);
        if fresh != text {
            if update {
                std::fs::write(&path, fresh).expect("write document");
            } else {
                stale.push(path.display().to_string());
            }
        }
    }
    assert!(samples > 0, "no samples found: the marker changed?");
    assert!(
        stale.is_empty(),
        "stale samples in {stale:?}; rewrite them with SOMEVAKT_UPDATE_DOCS=1 cargo test --test docs_samples"
    );
}

#[test]
fn a_stale_sample_is_noticed() {
    let (_dir, root) = copy_example_named("fjordvik");
    let doc = "x\n<!-- sample: somevakt remind --today 2025-01-15 -->\n```text\nold\n```\n<!-- end sample -->\ny\n";
    let fresh = refreshed(doc, &root);
    assert_ne!(fresh, doc);
    assert!(fresh.contains("reminders in"), "{fresh}");
    assert_eq!(refreshed(&fresh, &root), fresh);
}
