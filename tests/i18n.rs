//! somevakt in Norwegian, Swedish and English, as a privacy officer meets
//! it: the real binary on the example, chosen by flag, environment, locale
//! or policy; and the machine formats, which never change with the language.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::*;

const LANGS: [&str; 3] = ["en", "nb", "sv"];

/// The binary with exactly these language variables set (the rest removed).
fn run_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_somevakt"));
    command
        .args(args)
        .current_dir(dir)
        .env_remove("SOMEVAKT_TODAY")
        .env("SOMEVAKT_TEST_CLOCK", "2025-01-15")
        .env("NO_COLOR", "1");
    for name in ["SOMEVAKT_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(name);
    }
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().expect("run somevakt")
}

fn on_example(lang: &str, args: &[&str]) -> Output {
    let mut all = vec!["--lang", lang, "--today", "2025-01-15"];
    all.extend_from_slice(args);
    somevakt(&example_root(), &all)
}

#[test]
fn remind_in_every_language() {
    for lang in LANGS {
        let out = on_example(lang, &["remind"]);
        assert_eq!(out.status.code(), Some(1), "{lang}: something is overdue");
        insta::assert_snapshot!(format!("remind_{lang}"), stdout(&out));
    }
    let heading = |lang| {
        stdout(&on_example(lang, &["remind"]))
            .lines()
            .next()
            .map(str::to_owned)
    };
    assert_eq!(
        heading("nb").as_deref(),
        Some("Påminnelser per 2025-01-15 (innen 30 dager)")
    );
    assert_eq!(
        heading("sv").as_deref(),
        Some("Påminnelser per 2025-01-15 (inom 30 dagar)")
    );
}

#[test]
fn check_in_every_language() {
    for lang in LANGS {
        let out = on_example(lang, &["check"]);
        assert_eq!(out.status.code(), Some(1), "{lang}");
        insta::assert_snapshot!(format!("check_{lang}"), stdout(&out));
    }
}

#[test]
fn status_table_in_every_language() {
    for lang in LANGS {
        let out = on_example(lang, &["status"]);
        assert_eq!(out.status.code(), Some(0), "{lang}");
        insta::assert_snapshot!(format!("status_{lang}"), stdout(&out));
    }
}

#[test]
fn a_broken_file_is_reported_in_the_chosen_language() {
    let dir = copy_example();
    write(
        dir.path(),
        "assessments/fjordvik/odelagt.toml",
        "schema_version = 1\n[account\n",
    );
    let out = somevakt(
        dir.path(),
        &["--lang", "sv", "--today", "2025-01-15", "check"],
    );
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains("fel: assessments/fjordvik/odelagt.toml:2"),
        "{text}"
    );
    assert!(text.contains("här"), "{text}");
    assert!(text.contains("1 ogiltig fil"), "{text}");
    let out = somevakt(
        dir.path(),
        &["--lang", "nb", "--today", "2025-01-15", "remind"],
    );
    assert!(
        stderr(&out).contains("1 ugyldig fil ble hoppet over"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn machine_formats_do_not_change_with_the_language() {
    for args in [
        &["status", "--format", "json"][..],
        &["status", "--format", "csv"],
        &["check", "--format", "json"],
        &["remind", "--format", "json"],
    ] {
        let english = stdout(&on_example("en", args));
        assert!(!english.is_empty());
        for lang in ["nb", "sv"] {
            assert_eq!(english, stdout(&on_example(lang, args)), "{lang} {args:?}");
        }
    }
}

#[test]
fn calendar_events_are_worded_in_the_language_and_keep_their_ids() {
    let english = stdout(&on_example("en", &["remind", "--format", "ics"]));
    let norwegian = stdout(&on_example("nb", &["remind", "--format", "ics"]));
    let uids = |ics: &str| -> Vec<String> {
        ics.lines()
            .filter(|l| l.starts_with("UID:"))
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(uids(&english), uids(&norwegian));
    assert!(
        norwegian.contains("SUMMARY:Forsinket: Ny gjennomgang av DPIA: Ordføreren i Fjordvik"),
        "{norwegian}"
    );
    assert!(
        norwegian.contains("CATEGORIES:somevakt,review"),
        "{norwegian}"
    );
    assert!(english.contains("SUMMARY:Overdue: DPIA review: Ordføreren i Fjordvik"));
    assert!(
        norwegian.contains("DESCRIPTION:Forfalt 30. oktober 2024."),
        "{norwegian}"
    );
    let swedish = stdout(&on_example("sv", &["remind", "--format", "ics"]));
    assert!(swedish.contains("Fil: assessments/"), "{swedish}");
}

#[test]
fn the_language_comes_from_somevakt_lang_then_the_locale() {
    let root = example_root();
    let args = ["--today", "2025-01-15", "remind"];
    let first = |env: &[(&str, &str)]| {
        stdout(&run_env(&root, &args, env))
            .lines()
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    assert!(first(&[]).starts_with("Reminders on"));
    assert!(first(&[("LANG", "C.UTF-8")]).starts_with("Reminders on"));
    assert!(first(&[("LANG", "nb_NO.UTF-8")]).starts_with("Påminnelser per 2025-01-15 (innen"));
    assert!(first(&[("LANG", "nn_NO.UTF-8")]).contains("(innen"));
    assert!(first(&[("LC_MESSAGES", "sv_SE.UTF-8"), ("LANG", "nb_NO")]).contains("(inom"));
    assert!(first(&[("LC_ALL", "de_DE.UTF-8"), ("LANG", "nb_NO")]).starts_with("Reminders"));
    assert!(first(&[("SOMEVAKT_LANG", "sv"), ("LC_ALL", "nb_NO")]).contains("(inom"));
    let flag = stdout(&run_env(
        &root,
        &["--lang", "en", "--today", "2025-01-15", "remind"],
        &[("SOMEVAKT_LANG", "sv")],
    ));
    assert!(flag.starts_with("Reminders on"), "{flag}");
}

#[test]
fn without_a_locale_the_policy_chooses_for_ci() {
    let dir = copy_example();
    let policy = std::fs::read_to_string(dir.path().join("somevakt.toml")).expect("policy");
    let policy = policy.replace("[policy]\n", "[policy]\nlanguage = \"sv\"\n");
    write(dir.path(), "somevakt.toml", policy);
    let args = ["--today", "2025-01-15", "remind"];
    let ci = stdout(&run_env(dir.path(), &args, &[("LANG", "C.UTF-8")]));
    assert!(
        ci.starts_with("Påminnelser per 2025-01-15 (inom 30 dagar)"),
        "{ci}"
    );
    let person = stdout(&run_env(dir.path(), &args, &[("LANG", "nb_NO.UTF-8")]));
    assert!(person.contains("(innen 30 dager)"), "{person}");
    let bad = policy_with(dir.path(), "language = \"de\"");
    let out = run_env(dir.path(), &["--today", "2025-01-15", "check"], &[]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{bad}: an unknown language makes the policy invalid"
    );
}

fn policy_with(root: &Path, line: &str) -> String {
    let text = format!("[policy]\n{line}\n");
    write(root, "somevakt.toml", &text);
    text
}

#[test]
fn help_is_translated_and_clap_still_parses() {
    let out = somevakt(&example_root(), &["--lang", "nb", "--help"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.contains("Bruk: somevakt"), "{text}");
    assert!(text.contains("Kommandoer:"), "{text}");
    assert!(text.contains("Vis hjelp"), "{text}");
    let out = run_env(
        &example_root(),
        &["remind", "--help"],
        &[("LANG", "sv_SE.UTF-8")],
    );
    let text = stdout(&out);
    assert!(text.contains("Användning: somevakt remind"), "{text}");
    assert!(text.contains("[en av: text, json, ics]"), "{text}");
    assert!(!text.contains("possible values"), "{text}");
    let english = stdout(&somevakt(&example_root(), &["--help"]));
    assert!(english.contains("Usage: somevakt"), "{english}");
    // A mistake is still a mistake, in any language.
    let out = somevakt(
        &example_root(),
        &["--lang", "nb", "remind", "--within", "x"],
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn completions_for_every_shell_and_a_man_page() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = somevakt(&example_root(), &["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{shell}: {}", stderr(&out));
        let script = stdout(&out);
        assert!(script.contains("somevakt"), "{shell}");
        assert!(script.contains("remind"), "{shell}");
        assert!(script.contains("within"), "{shell}");
    }
    let out = somevakt(&example_root(), &["man"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let page = stdout(&out);
    assert!(
        page.starts_with(".ie") || page.starts_with(".TH"),
        "{}",
        &page[..80]
    );
    assert!(page.contains(".TH somevakt"), "{page}");
    assert!(page.contains(".SH \"SOMEVAKT REMIND\""), "{page}");
    assert!(page.contains("\\-\\-within"), "{page}");
    let norwegian = stdout(&somevakt(&example_root(), &["--lang", "nb", "man"]));
    assert!(norwegian.contains("Antall dager fram i tid"), "{norwegian}");
    // `man` itself must be able to read it.
    let has_man = Command::new("man")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    // CI installs man-db (.ci/run): there a missing `man` is a broken
    // setup, not a reason to skip.
    assert!(
        has_man || std::env::var_os("CI").is_none(),
        "`man` is missing but CI is set: .ci/run installs man-db"
    );
    if has_man {
        let file = tempfile::NamedTempFile::new().expect("temp");
        std::fs::write(file.path(), &page).expect("write");
        let shown = Command::new("man")
            .arg("-l")
            .arg(file.path())
            .env("MANPAGER", "cat")
            .env("MANWIDTH", "100")
            .output()
            .expect("man");
        let text = String::from_utf8_lossy(&shown.stdout);
        assert!(
            shown.status.success(),
            "{}",
            String::from_utf8_lossy(&shown.stderr)
        );
        assert!(text.contains("SOMEVAKT REMIND"), "{text}");
    }
}

/// A misspelt key is told in the reader's language by `check` and the
/// `status` table; JSON keeps the parser's English (the contract).
#[test]
fn an_invalid_file_is_described_in_the_language_json_stays_english() {
    let dir = temp_repo();
    write(
        dir.path(),
        "assessments/testvik/feil.toml",
        "schema_version = 1\n[account]\nplatfrom = \"x\"\n",
    );
    let run = |args: &[&str]| stdout(&somevakt(dir.path(), args));
    let norwegian = run(&["--lang", "nb", "check"]);
    assert!(
        norwegian.contains("ukjent nøkkel `platfrom`, forventet en av"),
        "{norwegian}"
    );
    let swedish = run(&["--lang", "sv", "status"]);
    assert!(swedish.contains("okänd nyckel `platfrom`"), "{swedish}");
    let json = run(&["--lang", "sv", "status", "--format", "json"]);
    assert!(json.contains("unknown field `platfrom`"), "{json}");
}
