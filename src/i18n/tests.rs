//! The message files are complete and nothing in them is dead: a message
//! missing in one language, or one the program never asks for, fails here.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use clap::CommandFactory;
use fluent_bundle::FluentResource;

use super::*;

/// Message id -> the variables its text uses, read from the file's lines
/// (a message starts at column 0 with `id =`; its other lines are indented,
/// or begin with the `}` that closes a select expression).
fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        let starts_message = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
        if starts_message {
            let id = line.split('=').next().unwrap_or_default().trim().to_owned();
            out.entry(id.clone()).or_default();
            current = Some(id);
        } else if !line.starts_with(' ') && !line.starts_with('}') {
            // A comment, a blank line or a term: the message has ended.
            if !line.trim().is_empty() {
                current = None;
            }
        }
        if let Some(id) = &current {
            let vars = out.entry(id.clone()).or_default();
            let mut rest = line;
            while let Some(at) = rest.find('$') {
                rest = &rest[at + 1..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                vars.insert(name);
            }
        }
    }
    out
}

/// Every message file: its language, its area and its text.
fn files() -> impl Iterator<Item = (Lang, &'static str, &'static str)> {
    SOURCES.iter().flat_map(|(lang, sources)| {
        AREAS
            .iter()
            .zip(sources.iter())
            .map(move |(area, source)| (*lang, *area, *source))
    })
}

/// All of one language's messages, over its areas.
fn all_messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    files()
        .filter(|(l, _, _)| *l == lang)
        .flat_map(|(_, _, source)| messages(source))
        .collect()
}

#[test]
fn every_file_parses_without_errors() {
    for (lang, area, source) in files() {
        if let Err((_, errors)) = FluentResource::try_new(source.to_owned()) {
            panic!("locales/{}/{area}.ftl: {errors:?}", lang.code());
        }
    }
}

#[test]
fn no_message_is_defined_twice_in_one_language() {
    for lang in Lang::ALL {
        let mut seen: BTreeMap<String, &str> = BTreeMap::new();
        for (_, area, source) in files().filter(|(l, _, _)| *l == lang) {
            for id in messages(source).into_keys() {
                if let Some(first) = seen.insert(id.clone(), area) {
                    panic!(
                        "{}: {id} is in both {first}.ftl and {area}.ftl",
                        lang.code()
                    );
                }
            }
        }
    }
}

#[test]
fn every_message_is_in_the_same_area_in_every_language() {
    let ids = |source: &str| -> BTreeSet<String> {
        messages(source)
            .into_keys()
            .filter(|k| !is_help(k))
            .collect()
    };
    let (_, english) = SOURCES[0];
    for (lang, sources) in &SOURCES[1..] {
        for ((area, theirs), ours) in AREAS.iter().zip(sources).zip(english) {
            assert_eq!(
                ids(ours),
                ids(theirs),
                "locales/{}/{area}.ftl has other messages than locales/en/{area}.ftl",
                lang.code()
            );
        }
    }
}

/// Help texts are Norwegian and Swedish only: English help is the clap
/// definitions' doc comments.
fn is_help(id: &str) -> bool {
    id.starts_with("help-")
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = all_messages(Lang::En);
    assert!(english.len() > 80, "{}", english.len());
    assert!(
        english.keys().all(|k| !is_help(k)),
        "en.ftl has no help texts"
    );
    let norwegian = all_messages(Lang::Nb);
    for lang in [Lang::Nb, Lang::Sv] {
        let other = all_messages(lang);
        let words: Vec<&String> = other.keys().filter(|k| !is_help(k)).collect();
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = words
            .iter()
            .filter(|k| !english.contains_key(**k))
            .collect();
        assert!(missing.is_empty(), "{}.ftl lacks {missing:?}", lang.code());
        assert!(
            extra.is_empty(),
            "{}.ftl has unknown {extra:?}",
            lang.code()
        );
        for (id, vars) in &english {
            assert_eq!(vars, &other[id], "{}.ftl: variables of {id}", lang.code());
        }
        // The help texts: the same ids and variables in both translations.
        let help = |m: &BTreeMap<String, BTreeSet<String>>| -> BTreeMap<String, BTreeSet<String>> {
            m.iter()
                .filter(|(k, _)| is_help(k))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect()
        };
        assert_eq!(
            help(&norwegian),
            help(&other),
            "{}.ftl help texts",
            lang.code()
        );
    }
}

#[test]
fn every_message_formats_in_every_language() {
    for (lang, _, source) in files() {
        for id in messages(source).keys() {
            assert!(has(lang, id), "{}: {id} has no value", lang.code());
            let text = super::text(lang, id, &FluentArgs::new());
            assert!(!text.trim().is_empty(), "{}: {id} is empty", lang.code());
        }
    }
}

fn rust_sources(dir: &Path, out: &mut String) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("i18n/tests.rs") {
            out.push_str(&std::fs::read_to_string(&path).unwrap_or_default());
        }
    }
}

#[test]
fn every_message_is_used() {
    let mut code = String::new();
    rust_sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut code,
    );
    let help = help::keys(&crate::cli::Cli::command());
    let unused: Vec<String> = files()
        .flat_map(|(_, _, source)| messages(source).into_keys())
        .collect::<BTreeSet<String>>()
        .into_iter()
        .filter(|id| {
            if id.starts_with("help-") {
                !help.contains(id)
            } else if somevakt_core::findings::english_template(id).is_some() {
                // A finding's or fix's message: the core's rules ask for it
                // by id (`Phrase`), and the core's English table lists it.
                false
            } else {
                !code.contains(&format!("\"{id}\""))
            }
        })
        .collect();
    assert!(
        unused.is_empty(),
        "messages nothing asks for (remove them from every locales/*/*.ftl): {unused:?}"
    );
}

#[test]
fn every_help_text_is_translated() {
    let help = help::keys(&crate::cli::Cli::command());
    for lang in [Lang::Nb, Lang::Sv] {
        let missing: Vec<_> = help.iter().filter(|k| !has(lang, k)).collect();
        assert!(
            missing.is_empty(),
            "locales/{}/cli.ftl lacks the help of a new command or argument: add {missing:?} \
             (docs/i18n.md, \"Adding or changing a message\")",
            lang.code()
        );
    }
}

#[test]
fn plural_forms_come_from_the_language() {
    for (lang, one, many) in [
        (Lang::En, "1 account", "2 accounts"),
        (Lang::Nb, "1 konto", "2 kontoer"),
        (Lang::Sv, "1 konto", "2 konton"),
    ] {
        assert_eq!(t!(lang, "count-accounts", count = 1), one);
        assert_eq!(t!(lang, "count-accounts", count = 2), many);
    }
    // The header's count of invalid files agrees with its number too.
    assert_eq!(t!(Lang::Nb, "header-invalid", count = 1), "1 ugyldig");
    assert_eq!(t!(Lang::Nb, "header-invalid", count = 2), "2 ugyldige");
    assert_eq!(t!(Lang::Sv, "header-invalid", count = 1), "1 ogiltig");
}

#[test]
fn dates_in_prose_are_written_as_each_language_writes_them() {
    let day = somevakt_core::Date::from_ymd(2025, 1, 15).expect("date");
    assert_eq!(words::long_date(Lang::En, day), "15 January 2025");
    assert_eq!(words::long_date(Lang::Nb, day), "15. januar 2025");
    assert_eq!(words::long_date(Lang::Sv, day), "15 januari 2025");
    let december = somevakt_core::Date::from_ymd(2024, 12, 1).expect("date");
    assert_eq!(words::long_date(Lang::Nb, december), "1. desember 2024");
}

fn env_of<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
    move |name| {
        pairs
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| (*v).to_owned())
    }
}

#[test]
fn the_flag_wins_over_everything() {
    let env = env_of(&[("SOMEVAKT_LANG", "sv"), ("LANG", "nb_NO.UTF-8")]);
    assert_eq!(from_environment(Some(Lang::En), env), Some(Lang::En));
}

#[test]
fn somevakt_lang_wins_over_the_locale() {
    let env = env_of(&[("SOMEVAKT_LANG", "sv"), ("LC_ALL", "nb_NO.UTF-8")]);
    assert_eq!(from_environment(None, env), Some(Lang::Sv));
    let unknown = env_of(&[("SOMEVAKT_LANG", "de"), ("LANG", "nb_NO.UTF-8")]);
    assert_eq!(from_environment(None, unknown), Some(Lang::En));
}

#[test]
fn the_locale_is_read_in_posix_order() {
    let all = env_of(&[
        ("LC_ALL", "sv_SE.UTF-8"),
        ("LC_MESSAGES", "nb_NO"),
        ("LANG", "en_GB"),
    ]);
    assert_eq!(from_environment(None, all), Some(Lang::Sv));
    let messages = env_of(&[("LC_ALL", ""), ("LC_MESSAGES", "nn_NO"), ("LANG", "sv_SE")]);
    assert_eq!(from_environment(None, messages), Some(Lang::Nn));
    let lang = env_of(&[("LANG", "no_NO.ISO-8859-1")]);
    assert_eq!(from_environment(None, lang), Some(Lang::Nb));
    let other = env_of(&[("LANG", "de_DE.UTF-8")]);
    assert_eq!(from_environment(None, other), Some(Lang::En));
}

#[test]
fn language_is_read_as_gettext_reads_it() {
    // The first language of the list somevakt speaks, over the locale's.
    let list = env_of(&[("LANGUAGE", "de:nn:sv"), ("LANG", "sv_SE.UTF-8")]);
    assert_eq!(from_environment(None, list), Some(Lang::Nn));
    // None of the list spoken: the locale decides.
    let foreign = env_of(&[("LANGUAGE", "de:fr"), ("LANG", "sv_SE.UTF-8")]);
    assert_eq!(from_environment(None, foreign), Some(Lang::Sv));
    // gettext ignores LANGUAGE under the C locale, and with no locale.
    let c = env_of(&[("LANGUAGE", "nb"), ("LANG", "C.UTF-8")]);
    assert_eq!(from_environment(None, c), None);
    assert_eq!(from_environment(None, env_of(&[("LANGUAGE", "nb")])), None);
    // SOMEVAKT_LANG and --lang still come first.
    let both = env_of(&[
        ("SOMEVAKT_LANG", "en"),
        ("LANGUAGE", "nb"),
        ("LANG", "nb_NO"),
    ]);
    assert_eq!(from_environment(None, both), Some(Lang::En));
}

#[test]
fn nynorsk_is_its_own_language_with_bokmal_behind_it() {
    let env = env_of(&[("SOMEVAKT_LANG", "nn")]);
    assert_eq!(from_environment(None, env), Some(Lang::Nn));
    assert_eq!(Lang::from_locale("nn_NO.UTF-8"), Some(Lang::Nn));
    assert_eq!(Lang::from_locale("no_NO"), Some(Lang::Nb));
    assert_eq!(with_policy(None, Some(Language::Nn)), Lang::Nn);
    // A message nynorsk has, and one it takes from bokmål.
    assert_eq!(t!(Lang::Nn, "screen-overview"), "Oversyn");
    assert_eq!(t!(Lang::Nn, "sheet-dpia"), t!(Lang::Nb, "sheet-dpia"));
    assert_eq!(t!(Lang::Nn, "count-accounts", count = 2), "2 kontoar");
}

#[test]
fn nynorsk_files_name_only_messages_bokmal_has_with_its_variables() {
    let bokmal = all_messages(Lang::Nb);
    let mut seen = 0;
    for source in NYNORSK {
        if let Err((_, errors)) = FluentResource::try_new(source.to_owned()) {
            panic!("locales/nn: {errors:?}");
        }
        for (id, vars) in messages(source) {
            let Some(theirs) = bokmal.get(&id) else {
                panic!("locales/nn has {id}, which bokmål does not");
            };
            assert_eq!(&vars, theirs, "nn: variables of {id}");
            seen += 1;
        }
    }
    assert!(seen > 100, "nynorsk has only {seen} messages of its own");
}

#[test]
fn no_locale_leaves_the_choice_to_the_policy() {
    for pairs in [vec![], vec![("LANG", "C.UTF-8")], vec![("LC_ALL", "POSIX")]] {
        let chosen = from_environment(None, env_of(&pairs));
        assert_eq!(chosen, None, "{pairs:?}");
        assert_eq!(with_policy(chosen, Some(Language::Sv)), Lang::Sv);
        assert_eq!(with_policy(chosen, None), Lang::En);
    }
    let chosen = from_environment(None, env_of(&[("LANG", "nb_NO.UTF-8")]));
    assert_eq!(with_policy(chosen, Some(Language::Sv)), Lang::Nb);
}

#[test]
fn the_flag_is_found_before_parsing() {
    let args = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();
    assert_eq!(
        flag_in_args(&args(&["somevakt", "--lang", "nb", "remind"])),
        Some(Lang::Nb)
    );
    assert_eq!(
        flag_in_args(&args(&["somevakt", "check", "--lang=sv"])),
        Some(Lang::Sv)
    );
    assert_eq!(
        flag_in_args(&args(&["somevakt", "--", "--lang", "sv"])),
        None
    );
    assert_eq!(flag_in_args(&args(&["somevakt", "--lang", "xx"])), None);
    assert_eq!(
        flag_in_args(&args(&["somevakt", "--lang", "nn", "status"])),
        Some(Lang::Nn)
    );
}

#[test]
fn numbers_in_prose_are_grouped_as_the_language_writes_them() {
    assert_eq!(
        t!(Lang::En, "count-accounts", count = 20_000),
        "20,000 accounts"
    );
    assert_eq!(
        t!(Lang::Nb, "count-accounts", count = 20_000),
        "20\u{a0}000 kontoer"
    );
    assert_eq!(
        t!(Lang::Sv, "count-accounts", count = 1_234_567),
        "1\u{a0}234\u{a0}567 konton"
    );
    assert_eq!(t!(Lang::Nb, "count-accounts", count = 999), "999 kontoer");
    assert_eq!(group_digits(-1000, ','), "-1,000");
    // A year in a date is text, never grouped.
    let day = somevakt_core::Date::from_ymd(2025, 1, 15).expect("date");
    assert_eq!(words::long_date(Lang::En, day), "15 January 2025");
}
