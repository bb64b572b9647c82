//! The real binary in a pseudo-terminal, as a person meets it: typed keys
//! in, a terminal emulator (vt100) reading what it draws.

mod common;
mod pty;

use std::path::Path;
use std::time::{Duration, Instant};

use common::*;
use portable_pty::CommandBuilder;
use pty::Terminal;

const WAIT: Duration = Duration::from_secs(15);
/// The → key as a terminal sends it.
const RIGHT: &str = "\x1b[C";

struct Session(Terminal);

impl Session {
    fn start(dir: &Path, args: &[&str]) -> Session {
        Session::start_with(dir, args, &[])
    }

    fn start_with(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Session {
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_somevakt"));
        cmd.args(args);
        cmd.cwd(dir);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        cmd.env_remove("SOMEVAKT_TODAY");
        cmd.env("SOMEVAKT_TEST_CLOCK", "2025-01-15");
        // English unless a test says otherwise, whatever the locale of
        // the machine running the tests.
        cmd.env("SOMEVAKT_LANG", "en");
        for (key, value) in env {
            cmd.env(key, value);
        }
        Session(Terminal::spawn(cmd, 30, 110))
    }

    fn contents(&self) -> String {
        self.0.text()
    }

    /// Waits until the screen shows `text`; panics with the screen if not.
    fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while start.elapsed() < WAIT {
            if self.contents().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("the screen never showed {text:?}:\n{}", self.contents());
    }

    fn keys(&mut self, keys: &str) {
        self.0.send(keys);
        // Give the dashboard a moment, so Esc is not read as Alt with the next key.
        std::thread::sleep(Duration::from_millis(150));
    }

    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let start = Instant::now();
        while start.elapsed() < WAIT {
            if let Some(status) = self.0.try_wait() {
                std::thread::sleep(Duration::from_millis(200)); // the last output
                return status;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        self.0.kill();
        panic!("somevakt did not exit:\n{}", self.contents());
    }
}

/// A Git repository holding a copy of the example, committed.
fn example_repo() -> (tempfile::TempDir, std::path::PathBuf) {
    committed_example()
}

#[test]
fn filter_open_a_detail_and_quit_leaves_the_terminal_clean() {
    let (_dir, root) = example_repo();
    let mut s = Session::start(&root, &["--today", "2025-01-15"]);
    s.wait_for("15 of 15");
    s.wait_for("⎇ main");
    assert!(
        s.0.parser().screen().alternate_screen(),
        "full screen while running"
    );

    s.keys("/ordfører");
    s.wait_for("1 of 15");
    s.keys("\r"); // keep the filter
    s.keys("\r"); // open the detail
    s.wait_for("fjordvik/x-ordforer · Ordføreren i Fjordvik");
    s.wait_for("F05 warning");

    s.keys("h");
    s.wait_for("Eksempelkommunen");
    s.keys("q");
    let status = s.wait_exit();
    assert!(status.success(), "exit status {status:?}");

    let parser = s.0.parser();
    let screen = parser.screen();
    assert!(!screen.alternate_screen(), "back on the main screen");
    assert!(!screen.hide_cursor(), "the cursor is visible again");
    assert_eq!(
        screen.mouse_protocol_mode(),
        vt100::MouseProtocolMode::None,
        "mouse released"
    );
    assert!(
        !screen.contents().contains("15 of 15"),
        "nothing of the dashboard is left"
    );
}

#[test]
fn a_file_changed_from_outside_changes_its_row() {
    let (_dir, root) = example_repo();
    let mut s = Session::start(&root, &["--today", "2025-01-15"]);
    s.wait_for("Ordføreren i Fjordvik");
    s.wait_for("watching for changes");

    // Save the way many editors do: write a temporary file, then rename it.
    let path = root.join("assessments/fjordvik/x-ordforer.toml");
    let text = std::fs::read_to_string(&path).expect("read");
    let temporary = root.join("assessments/fjordvik/.x-ordforer.toml.tmp");
    std::fs::write(
        &temporary,
        text.replace("Ordføreren i Fjordvik", "Ordfører Nils Aas"),
    )
    .expect("write");
    std::fs::rename(&temporary, &path).expect("rename");

    s.wait_for("Ordfører Nils Aas");
    s.wait_for("Changed on disk: assessments/fjordvik/x-ordforer.toml (reloaded)");

    std::fs::write(&path, "schema_version = \n").expect("break it");
    s.wait_for("1 invalid");
    s.keys("\x03"); // Ctrl-C
    assert!(s.wait_exit().success());
}

#[test]
fn polling_notices_a_change_too() {
    let (_dir, root) = example_repo();
    let mut s = Session::start(&root, &["--today", "2025-01-15", "--poll"]);
    s.wait_for("polling every 2 s (--poll)");
    let path = root.join("assessments/alvby/facebook-kommunen.toml");
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(
        &path,
        text.replace("name = \"Älvby kommun\"", "name = \"Älvby kommun (ny)\""),
    )
    .expect("write");
    s.wait_for("Älvby kommun (ny)");
    s.keys("q");
    assert!(s.wait_exit().success());
}

#[test]
fn without_a_repository_it_says_so_and_exits_2() {
    let empty = tempfile::tempdir().expect("tmp");
    let mut s = Session::start(empty.path(), &[]);
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 2);
    assert!(
        s.contents().contains("no assessment repository"),
        "{}",
        s.contents()
    );
}

#[test]
fn approve_an_account_through_the_dashboard_then_find_it_in_git_log() {
    let (_dir, root) = example_repo();
    // The clock says a later day than --today: the record must follow the clock.
    let mut s = Session::start_with(
        &root,
        &["--today", "2025-01-15"],
        &[("SOMEVAKT_TEST_CLOCK", "2025-02-20")],
    );
    s.wait_for("15 of 15");
    s.keys("/ordfører");
    s.keys("\r");
    s.keys("d");
    s.wait_for("Record a management decision · fjordvik/x-ordforer");
    s.wait_for("choose the outcome");
    s.keys(RIGHT);
    s.keys("\t");
    s.keys("Ledergruppen");
    s.keys("\t");
    s.keys("Dialogen er begrenset til svar");
    s.keys("\t\t\t");
    s.keys(RIGHT);
    s.keys(RIGHT); // medium
    s.wait_for("✔ Ready");
    s.keys("\x13"); // Ctrl-S: the preview from any field (the date stays the day of recording)
    s.wait_for("The commit message");
    // Dated by the clock, not by --today (README, "What a record guarantees").
    let due = "Review-Due: 2026-02-20";
    s.wait_for(due);
    s.keys("y");
    s.wait_for("Recorded \"decision: fjordvik/x-ordforer approved\" in commit");
    s.keys("q");
    assert!(s.wait_exit().success());

    let log = git(&root, &["log", "-1", "--format=%s%n%b"]);
    assert!(
        log.starts_with("decision: fjordvik/x-ordforer approved\n"),
        "{log}"
    );
    assert!(
        log.contains(&format!(
            "Assessment: fjordvik/x-ordforer\nAction: decision\nDecision: approved\n{due}"
        )),
        "{log}"
    );
    assert_eq!(git(&root, &["status", "--porcelain"]), "");
}

/// A stand-in for the user's editor: a script that edits the file it is given.
fn editor_script(dir: &Path, sed: &str) -> String {
    let path = dir.join("editor.sh");
    std::fs::write(&path, format!("#!/bin/sh\nsed -i '{sed}' \"$1\"\n")).expect("write editor");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    path.display().to_string()
}

#[test]
fn edit_in_the_editor_then_commit_it() {
    let (dir, root) = example_repo();
    let editor = editor_script(dir.path(), "s/hours_per_week = 2/hours_per_week = 6/");
    let mut s = Session::start_with(
        &root,
        &["--today", "2025-01-15"],
        &[("GIT_EDITOR", &editor)],
    );
    s.wait_for("15 of 15");
    s.keys("/ordfører");
    s.keys("\r");
    s.keys("e");
    s.wait_for("Why you changed it");
    s.keys("Mer tid til moderering");
    s.keys("\r");
    s.wait_for("The commit message");
    s.wait_for("+hours_per_week = 6");
    s.keys("y");
    s.wait_for("Recorded \"edit: fjordvik/x-ordforer\" in commit");
    s.keys("q");
    assert!(s.wait_exit().success());
    let log = git(&root, &["log", "-1", "--format=%B"]);
    assert!(log.contains("Action: edit"), "{log}");
    assert!(
        log.contains("Mer tid til moderering"),
        "the reason is the body: {log}"
    );
    assert!(git(&root, &["show", "HEAD"]).contains("+hours_per_week = 6"));
}

#[test]
fn an_invalid_save_in_the_editor_is_reported_and_not_committed() {
    let (dir, root) = example_repo();
    let editor = editor_script(dir.path(), "s/^platform = \"x\"/platform = \"twitter\"/");
    let mut s = Session::start_with(
        &root,
        &["--today", "2025-01-15"],
        &[("GIT_EDITOR", &editor)],
    );
    s.wait_for("15 of 15");
    s.keys("/ordfører");
    s.keys("\r");
    s.keys("e");
    s.wait_for("The saved file is not valid");
    s.wait_for("unknown variant `twitter`");
    s.wait_for("puts back the committed version");
    s.keys("\x1b");
    s.wait_for("is left as it is, not committed");
    s.keys("q");
    assert!(s.wait_exit().success());
    assert_eq!(git(&root, &["rev-list", "--count", "HEAD"]).trim(), "1");
    assert!(
        git(&root, &["status", "--porcelain"]).contains(" M assessments/fjordvik/x-ordforer.toml")
    );
}

#[test]
fn a_panic_restores_the_terminal_and_the_message_can_be_read() {
    let (_dir, root) = example_repo();
    let mut s = Session::start_with(
        &root,
        &["--today", "2025-01-15"],
        &[("SOMEVAKT_TEST_PANIC", "1")],
    );
    let status = s.wait_exit();
    assert!(!status.success());
    let parser = s.0.parser();
    let screen = parser.screen();
    assert!(!screen.alternate_screen(), "back on the main screen");
    assert!(!screen.hide_cursor(), "the cursor is visible");
    assert_eq!(screen.mouse_protocol_mode(), vt100::MouseProtocolMode::None);
    assert!(
        screen.contents().contains("SOMEVAKT_TEST_PANIC is set"),
        "{}",
        screen.contents()
    );
}

#[test]
fn a_missing_editor_is_not_called_an_invalid_save_and_restore_puts_back_the_commit() {
    let (dir, root) = example_repo();
    let missing = dir.path().join("no-such-editor");
    let mut s = Session::start_with(
        &root,
        &["--today", "2025-01-15"],
        &[("GIT_EDITOR", missing.to_str().expect("path"))],
    );
    s.wait_for("15 of 15");
    s.keys("/ordfører");
    s.keys("\r");
    s.keys("e");
    s.wait_for("Could not start the editor");
    s.wait_for("Nothing was saved");
    s.keys("\x1b");
    s.wait_for("Nothing was changed");

    // An editor that breaks the file; r puts back the committed version.
    let editor = editor_script(dir.path(), "s/^platform = \"x\"/platform = \"twitter\"/");
    drop(s);
    let mut s = Session::start_with(
        &root,
        &["--today", "2025-01-15"],
        &[("GIT_EDITOR", &editor)],
    );
    s.wait_for("15 of 15");
    s.keys("/ordfører");
    s.keys("\r");
    s.keys("e");
    s.wait_for("The saved file is not valid");
    s.keys("r");
    s.wait_for("Put back the committed version of assessments/fjordvik/x-ordforer.toml");
    s.keys("q");
    assert!(s.wait_exit().success());
    assert_eq!(
        git(&root, &["status", "--porcelain"]),
        "",
        "the file is as committed"
    );
}

/// The dashboard on `root` with a decision form open for the mayor's
/// account, "approved" chosen and the focus on the deciding body.
fn decision_form_at_the_body(root: &Path) -> Session {
    let mut s = Session::start(root, &["--today", "2025-01-15"]);
    s.wait_for("15 of 15");
    s.keys("/ordfører");
    s.keys("\r");
    s.keys("d");
    s.wait_for("Record a management decision");
    s.keys(RIGHT);
    s.keys("\t");
    s
}

#[test]
fn a_10_kb_paste_arrives_whole_with_its_line_breaks() {
    let (_dir, root) = example_repo();
    let mut s = decision_form_at_the_body(&root);
    s.wait_for("2025-01-15 (fixed)");
    // Pasted into a one-line field, line breaks become spaces.
    s.keys("\x1b[200~Ledergruppen\nmøte 3\x1b[201~");
    s.wait_for("Ledergruppen møte 3");
    s.keys("\t");
    let mut text = String::new();
    let mut n = 0;
    while text.len() < 10_240 {
        n += 1;
        text.push_str(&format!(
            "Linje {n:03}: nytten veier tyngre enn risikoen, æøå.\n"
        ));
        if n % 10 == 0 {
            text.push('\n'); // blank lines: once they ran the form to its preview
        }
    }
    let text = text.trim_end().to_owned();
    s.keys(&format!("\x1b[200~{text}\x1b[201~"));
    s.wait_for(&format!("Linje {n:03}"));
    s.keys("\t\t\t");
    s.keys(RIGHT);
    s.keys(RIGHT);
    s.wait_for("✔ Ready");
    s.keys("\x13"); // Ctrl-S: the preview from any field
    s.wait_for("The commit message");
    s.keys("y");
    s.wait_for("Recorded \"decision: fjordvik/x-ordforer approved\" in commit");
    s.keys("q");
    assert!(s.wait_exit().success());
    let file =
        std::fs::read_to_string(root.join("assessments/fjordvik/x-ordforer.toml")).expect("read");
    let parsed: toml::Table = file.parse().expect("toml");
    let decisions = parsed["decisions"].as_array().expect("decisions");
    let last = decisions.last().expect("a decision");
    assert_eq!(last["body"].as_str(), Some("Ledergruppen møte 3"));
    assert_eq!(
        last["rationale"].as_str(),
        Some(text.as_str()),
        "every byte of the paste, line breaks kept"
    );
}

#[test]
fn an_orphaned_paste_start_does_not_swallow_later_keys() {
    let (_dir, root) = example_repo();
    let mut s = decision_form_at_the_body(&root);
    // A paste start whose end never comes (crossterm issue 1060): before
    // the fix, every key after it vanished into the paste for good.
    s.keys("\x1b[200~Ledergruppen");
    std::thread::sleep(Duration::from_millis(800));
    s.wait_for("Ledergruppen");
    // Keys work again: Tab moves on, typing lands in the next field.
    s.keys("\t");
    s.keys("Nytten veier tyngre");
    s.wait_for("Nytten veier tyngre");
    // And a whole paste after it is still one paste.
    s.keys("\x1b[200~ enn risikoen\x1b[201~");
    s.wait_for("Nytten veier tyngre enn risikoen");
    s.keys("\x1b");
    s.wait_for("Discard what you typed?");
    s.keys("y");
    s.keys("q");
    assert!(s.wait_exit().success());
}

#[test]
fn the_dashboard_speaks_the_language_asked_for() {
    let (_dir, root) = example_repo();
    let mut s = Session::start(&root, &["--today", "2025-01-15", "--lang", "nb"]);
    s.wait_for("1 Oversikt");
    s.wait_for("15 av 15");
    s.wait_for("2025-01-15 (fast)");
    s.keys("?");
    s.wait_for("Tastene i skjermbildet Oversikt");
    s.keys("q");
    assert!(s.wait_exit().success());
    // SOMEVAKT_LANG chooses too, when --lang does not.
    let mut s = Session::start_with(
        &root,
        &["--today", "2025-01-15"],
        &[("SOMEVAKT_LANG", "sv")],
    );
    s.wait_for("1 Översikt");
    s.wait_for("15 av 15");
    s.keys("q");
    assert!(s.wait_exit().success());
    // With no choice at all (no flag, no SOMEVAKT_LANG, a C locale as in
    // CI), the policy's `language` speaks.
    let policy = std::fs::read_to_string(root.join("somevakt.toml")).expect("policy");
    let policy = policy.replacen("[policy]\n", "[policy]\nlanguage = \"sv\"\n", 1);
    std::fs::write(root.join("somevakt.toml"), policy).expect("write");
    let mut s = Session::start_with(
        &root,
        &["--today", "2025-01-15"],
        &[
            ("SOMEVAKT_LANG", ""),
            ("LC_ALL", "C.UTF-8"),
            ("LC_MESSAGES", ""),
            ("LANG", "C.UTF-8"),
        ],
    );
    s.wait_for("1 Översikt");
    s.keys("q");
    assert!(s.wait_exit().success());
}

#[test]
fn long_typed_input_is_not_held_back_until_the_next_key() {
    let (_dir, root) = example_repo();
    let mut s = decision_form_at_the_body(&root);
    // 3 KB in one write, not bracketed: more than crossterm reads at once.
    // The field is 77 columns wide at 110: whole rows of x, then the end.
    let typed = format!("{}SLUTT", "x".repeat(77 * 38));
    s.keys(&typed);
    s.wait_for("SLUTT");
}

#[test]
fn actions_never_reach_a_row_the_filter_hides() {
    let (_dir, root) = example_repo();
    let mut s = Session::start(&root, &["--today", "2025-01-15"]);
    s.wait_for("15 of 15");
    s.keys("/ordfører");
    s.keys("\r");
    s.keys("\x1b"); // clear: ordfører stays selected
    s.keys("/zzzz");
    s.keys("\r");
    s.wait_for("0 of 15");
    s.wait_for("nothing selected: actions are off");
    s.keys("d");
    s.wait_for("No account is selected");
    s.keys("\r");
    s.keys("h");
    let screen = s.contents();
    assert!(!screen.contains("Record a management decision"), "{screen}");
    assert!(!screen.contains("History of"), "{screen}");
    assert!(screen.contains("0 of 15"), "{screen}");
    s.keys("q");
    assert!(s.wait_exit().success());
}

#[test]
fn findings_say_how_to_fix_them_and_enter_opens_the_form() {
    let (_dir, root) = example_repo();
    let mut s = Session::start(&root, &["--today", "2025-01-15"]);
    s.wait_for("15 of 15");
    s.keys("/ordfører");
    s.keys("\r");
    s.keys("\r");
    s.wait_for("F05 warning");
    s.wait_for("Fix: v Review the DPIA and record the review");
    // Mark F05 and press Enter: the review form opens.
    for _ in 0..10 {
        if s.contents().contains("› ▲ F05") {
            break;
        }
        s.keys("]");
    }
    s.wait_for("› ▲ F05");
    s.keys("\r");
    s.wait_for("Record a review of the DPIA · fjordvik/x-ordforer");
    s.keys("\x1b");
    s.keys("4");
    s.wait_for("Reminders:");
    s.wait_for("Fix: ");
    s.keys("q");
    assert!(s.wait_exit().success());
}

#[cfg(unix)]
#[test]
fn e_on_a_fifo_is_refused_with_a_message_and_the_dashboard_stays_responsive() {
    let (dir, root) = example_repo();
    let fifo = root.join("assessments/fjordvik/ror.toml");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    // An editor that would hang on the pipe too: it must never be started.
    let editor = editor_script(dir.path(), "s/a/b/");
    let mut s = Session::start_with(
        &root,
        &["--today", "2025-01-15"],
        &[("GIT_EDITOR", &editor)],
    );
    s.wait_for("16 of 16");
    s.keys("/ror.toml");
    s.keys("\r");
    s.keys("e");
    s.wait_for("is not opened");
    s.wait_for("not a regular file");
    s.keys("\x1b");
    s.keys("q");
    assert!(s.wait_exit().success());
}
