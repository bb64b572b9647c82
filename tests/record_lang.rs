//! Record commands speak the reader's language: the confirmation, the
//! store's refusals and clap's own mistakes, in Norwegian and Swedish, on
//! real temporary Git repositories with the real binary. Exit codes are
//! the same in every language (0 recorded, 2 refused).

mod common;

use std::io::Read;
use std::path::Path;
use std::time::{Duration, Instant};

use common::*;
use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const ID: &str = "fjordvik/x-ordforer";

/// Runs somevakt with `--lang LANG` and `args`; (exit code, what it said).
fn run(root: &Path, lang: &str, args: &[&str]) -> (i32, String) {
    let mut all = vec!["--lang", lang];
    all.extend(args);
    let out = somevakt(root, &all);
    let said = format!("{}{}", stdout(&out), stderr(&out));
    (out.status.code().unwrap_or(-1), redact(&said))
}

/// The record's date and the commit id are redacted.
fn redact(text: &str) -> String {
    let today = "2025-01-15".to_owned(); // SOMEVAKT_TEST_CLOCK
    let mut out = text.replace(&today, "TODAY");
    for marker in ["commit "] {
        if let Some(at) = out.find(marker) {
            let start = at + marker.len();
            let end = out[start..]
                .find(|c: char| !c.is_ascii_hexdigit())
                .map_or(out.len(), |n| start + n);
            if end > start {
                out.replace_range(start..end, "COMMIT");
            }
        }
    }
    out
}

/// Every case in one language, as one snapshot: what was typed, the exit
/// code and the line somevakt wrote.
fn transcript(lang: &str) -> String {
    let mut out = String::new();
    let mut case = |root: &Path, args: &[&str], expect: i32| {
        let (code, said) = run(root, lang, args);
        assert_eq!(code, expect, "{args:?}: {said}");
        assert_eq!(said.trim().lines().count(), 1, "one line: {said}");
        out.push_str(&format!("$ somevakt {}\n[{code}] {said}\n", args.join(" ")));
    };
    // Recorded.
    let (_dir, root) = committed_example();
    case(&root, &["activity", ID, "--last-post", "2025-01-14"], 0);
    // Refused by the store.
    case(&root, &["activity", ID, "--last-post", "2099-01-01"], 2);
    case(
        &root,
        &[
            "activity",
            "fjordvik/finnes-ikke",
            "--last-post",
            "2025-01-14",
        ],
        2,
    );
    // Refused by the core's own check of the edit.
    case(
        &root,
        &["close", "fjordvik/snapchat-skolehelse", "--reason", "Igjen"],
        2,
    );
    let head = git(&root, &["rev-parse", "HEAD"]);
    std::fs::write(root.join(".git/MERGE_HEAD"), &head).expect("merge marker");
    case(&root, &["activity", ID, "--last-post", "2025-01-14"], 2);
    std::fs::remove_file(root.join(".git/MERGE_HEAD")).expect("merge marker");
    git(&root, &["checkout", "-q", "--detach"]);
    case(&root, &["close", ID, "--reason", "Nedlagt"], 2);
    // Refused by clap: the usual mistakes.
    case(&root, &["activity"], 2);
    case(&root, &["status", "--bogus"], 2);
    case(
        &root,
        &[
            "decide",
            ID,
            "--outcome",
            "maybe",
            "--body",
            "B",
            "--rationale",
            "R",
        ],
        2,
    );
    case(&root, &["decide", ID, "--outcome"], 2);
    // No repository.
    let empty = tempfile::tempdir().expect("temp");
    let (code, said) = run(empty.path(), lang, &["status"]);
    assert_eq!(code, 2, "{said}");
    out.push_str(&format!(
        "$ somevakt status (in an empty folder)\n[{code}] {}\n",
        said.replace(&empty.path().display().to_string(), "DIR")
    ));
    out
}

#[test]
fn records_and_refusals_in_norwegian() {
    let text = transcript("nb");
    assert!(text.contains("Registrerte «activity:"), "{text}");
    assert!(text.contains("Git er midt i en fletting"), "{text}");
    assert!(text.contains("kontoen er allerede avviklet"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn records_and_refusals_in_swedish() {
    let text = transcript("sv");
    assert!(text.contains("HEAD är frikopplat"), "{text}");
    assert!(text.contains("giltiga värden är"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn english_keeps_the_words_it_had() {
    let text = transcript("en");
    assert!(text.contains("HEAD is detached"), "{text}");
    assert!(text.contains("Git is in the middle of a merge"), "{text}");
    assert!(text.contains("the account is already closed"), "{text}");
}

/// The real binary in a pseudo-terminal, as a person runs it: a refusal
/// with `--lang sv`, in Swedish, exit 2, nothing written.
#[test]
fn a_refusal_in_swedish_in_a_terminal() {
    let (_dir, root) = committed_example();
    git(&root, &["checkout", "-q", "--detach"]);
    let file = root.join("assessments/fjordvik/x-ordforer.toml");
    let before = std::fs::read(&file).expect("file");
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 200,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("pty");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_somevakt"));
    cmd.args(["--lang", "sv", "activity", ID, "--last-post", "2025-01-14"]);
    cmd.cwd(&root);
    cmd.env("SOMEVAKT_TEST_CLOCK", "2025-01-15");
    cmd.env("TERM", "xterm-256color");
    let mut child = pty.slave.spawn_command(cmd).expect("spawn");
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().expect("reader");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut all = Vec::new();
        let mut buf = [0u8; 4096];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            all.extend_from_slice(&buf[..n]);
            let _ = tx.send(String::from_utf8_lossy(&all).into_owned());
        }
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        assert!(start.elapsed() < Duration::from_secs(20), "no exit");
        std::thread::sleep(Duration::from_millis(50));
    };
    let mut shown = String::new();
    while let Ok(text) = rx.recv_timeout(Duration::from_millis(500)) {
        shown = text;
    }
    drop(pty.master);
    assert_eq!(status.exit_code(), 2, "{shown}");
    assert!(
        shown.contains("somevakt: HEAD är frikopplat: checka ut en gren först"),
        "{shown}"
    );
    assert_eq!(
        std::fs::read(&file).expect("file"),
        before,
        "nothing written"
    );
}
