//! The languages somevakt speaks: Norwegian (bokmål and nynorsk), Swedish
//! and English.
//!
//! The words live in Project Fluent files, a folder per language and a file
//! per area (`locales/<lang>/cli.ftl`, `findings.ftl`, `dashboard.ftl`),
//! compiled into the binary; a language's files form one bundle, so terms
//! such as `-dpia` are shared between its areas. Fluent does the plural forms (`1 konto`, `2 kontoer`) from the
//! language's CLDR rules, so the code never guesses them.
//!
//! Which language: `--lang`, else `SOMEVAKT_LANG`, else the locale as
//! gettext reads it (`LANGUAGE`'s list when a locale is set, then `LC_ALL`,
//! `LC_MESSAGES`, `LANG`, the first one set), else the policy's `[policy]
//! language` (for reports in CI, where no locale is set), else English.
//! See the user guide's "Languages".
//!
//! Nynorsk (`nn`) has its own files (`locales/nn/`) with the messages whose
//! nynorsk differs; every other message comes from bokmål, one message at
//! a time (the nynorsk bundle is bokmål with nynorsk laid over it).
//!
//! Only what a person reads is translated. JSON, CSV headers, enum values,
//! commit trailers, exit codes and TOML keys are the contract and never
//! change with the language.

use std::ffi::OsString;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};

pub use fluent_bundle::FluentArgs;
use somevakt_core::policy::Language;

pub mod audit;
pub mod errors;
pub mod findings;
pub mod help;
pub mod problems;
pub mod words;

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Lang {
    // Plain comments, not doc comments: clap would show doc comments as
    // English descriptions of the values in every language's help.
    // Norwegian bokmål.
    Nb,
    // Norwegian nynorsk (bokmål where nynorsk has no message of its own).
    Nn,
    // Swedish.
    Sv,
    // English.
    En,
}

impl Lang {
    /// Every language with a complete set of messages, in the order of the
    /// message files. Nynorsk is not among them: it lays its own messages
    /// over bokmål's.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Nb, Lang::Sv];

    /// The code used by `--lang`, `SOMEVAKT_LANG` and the policy.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// The language a code names exactly (`--lang`, `LANGUAGE`'s entries):
    /// `nb`, `nn`, `no`, `sv`, `en`, with or without a region.
    fn known(value: &str) -> Option<Lang> {
        let language = value
            .trim()
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match language.as_str() {
            "nb" | "no" | "nob" | "nor" => Some(Lang::Nb),
            "nn" | "nno" => Some(Lang::Nn),
            "sv" | "swe" => Some(Lang::Sv),
            "en" | "eng" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language a locale value names: `nb_NO.UTF-8`, `no` give bokmål,
    /// `nn_NO` nynorsk, `sv_SE` or `sv_FI` Swedish, any other real locale
    /// English.
    /// `C`, `POSIX` and an empty value name no language (`None`), so that a
    /// CI job's `LANG=C.UTF-8` leaves the choice to the policy.
    pub fn from_locale(value: &str) -> Option<Lang> {
        let value = value.trim();
        // "sv_SE.UTF-8@euro" -> "sv"; "nb-NO" -> "nb".
        let language = value
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match language.as_str() {
            "" | "c" | "posix" => None,
            _ => Some(Lang::known(&language).unwrap_or(Lang::En)),
        }
    }

    fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Nb => 1,
            Lang::Sv => 2,
            Lang::Nn => 3,
        }
    }
}

impl From<Language> for Lang {
    fn from(language: Language) -> Lang {
        match language {
            Language::Nb => Lang::Nb,
            Language::Nn => Lang::Nn,
            Language::Sv => Lang::Sv,
            Language::En => Lang::En,
        }
    }
}

impl From<Lang> for Language {
    fn from(lang: Lang) -> Language {
        match lang {
            Lang::Nb => Language::Nb,
            Lang::Nn => Language::Nn,
            Lang::Sv => Language::Sv,
            Lang::En => Language::En,
        }
    }
}

/// The language chosen before any repository is read: `--lang`, then
/// `SOMEVAKT_LANG`, then the locale as gettext reads it: when `LC_ALL`,
/// `LC_MESSAGES` or `LANG` (the first that is set and not empty, as POSIX
/// has it) names a locale other than `C`/`POSIX`, the first language in
/// `LANGUAGE` (`nn:nb:en`) that somevakt speaks, else that locale's
/// language. `None`: nothing chose, and the policy's `language` (or
/// English) applies.
pub fn from_environment(flag: Option<Lang>, env: impl Fn(&str) -> Option<String>) -> Option<Lang> {
    if flag.is_some() {
        return flag;
    }
    if let Some(value) = env("SOMEVAKT_LANG").filter(|v| !v.trim().is_empty()) {
        // An unknown code is a choice too (of English), not a fall-through.
        return Some(Lang::from_locale(&value).unwrap_or(Lang::En));
    }
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|name| env(name).filter(|v| !v.trim().is_empty()))?;
    let chosen = Lang::from_locale(&locale)?;
    // gettext ignores LANGUAGE under the C locale, and so does somevakt.
    let listed = env("LANGUAGE").and_then(|list| list.split(':').find_map(Lang::known));
    Some(listed.unwrap_or(chosen))
}

/// The language of a run that has read the policy.
pub fn with_policy(chosen: Option<Lang>, policy: Option<Language>) -> Lang {
    chosen.or(policy.map(Lang::from)).unwrap_or(Lang::En)
}

/// The process's own environment, for [`from_environment`].
pub fn process_env(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

/// `--lang` read from raw arguments, before clap parses them, so that the
/// help and clap's own messages can be in that language. A bad value is left
/// for clap to report.
pub fn flag_in_args(args: &[OsString]) -> Option<Lang> {
    let mut args = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        let value = if arg == "--lang" {
            args.next().map(|v| v.into_owned())
        } else if let Some(value) = arg.strip_prefix("--lang=") {
            Some(value.to_owned())
        } else {
            continue;
        };
        return value.and_then(|v| match v.as_str() {
            "nb" => Some(Lang::Nb),
            "nn" => Some(Lang::Nn),
            "sv" => Some(Lang::Sv),
            "en" => Some(Lang::En),
            _ => None,
        });
    }
    None
}

/// The areas of the message files: every language has one file per area,
/// with the same message ids in each language's file.
pub const AREAS: [&str; 3] = ["cli", "findings", "dashboard"];

macro_rules! locale_files {
    ($($lang:ident $code:literal),+) => {
        [$(
            (Lang::$lang, [
                include_str!(concat!("../locales/", $code, "/cli.ftl")),
                include_str!(concat!("../locales/", $code, "/findings.ftl")),
                include_str!(concat!("../locales/", $code, "/dashboard.ftl")),
            ]),
        )+]
    };
}

/// The message files, compiled in: per language, one text per [`AREAS`] entry.
pub const SOURCES: [(Lang, [&str; 3]); 3] = locale_files!(En "en", Nb "nb", Sv "sv");

/// Nynorsk's files: only the messages whose nynorsk differs from bokmål.
pub const NYNORSK: [&str; 3] = [
    include_str!("../locales/nn/cli.ftl"),
    include_str!("../locales/nn/findings.ftl"),
    include_str!("../locales/nn/dashboard.ftl"),
];

type Bundle = FluentBundle<FluentResource>;

/// One bundle per language, built on first use. A file that does not parse
/// is a build-time mistake that the tests catch; at run time the messages
/// that did parse are still used.
static BUNDLES: LazyLock<Vec<Bundle>> = LazyLock::new(|| {
    let mut bundles: Vec<Bundle> = SOURCES
        .iter()
        .map(|(lang, sources)| {
            let mut bundle = new_bundle(*lang);
            for source in sources {
                // A message defined twice keeps its first text; a test
                // forbids that anyway.
                let _ = bundle.add_resource(resource(source));
            }
            bundle
        })
        .collect();
    // Nynorsk: bokmål, with nynorsk's own messages in place of bokmål's.
    let mut nynorsk = new_bundle(Lang::Nn);
    for source in SOURCES[Lang::Nb.index()].1.iter() {
        let _ = nynorsk.add_resource(resource(source));
    }
    for source in NYNORSK {
        nynorsk.add_resource_overriding(resource(source));
    }
    bundles.push(nynorsk);
    bundles
});

fn new_bundle(lang: Lang) -> Bundle {
    let id = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around arguments: terminals show them as
    // stray characters, and aligned columns would shift.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match lang {
        Lang::En => numbers_en,
        Lang::Nb | Lang::Nn | Lang::Sv => numbers_nordic,
    }));
    bundle
}

fn resource(source: &str) -> FluentResource {
    FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r)
}

/// Whole numbers in prose, grouped by thousands as the language writes
/// them: `20,000` in English, `20 000` (a no-break space, so the number is
/// never split over two lines) in Norwegian and Swedish. Fluent itself
/// formats numbers without grouping; a message can still ask for none with
/// `NUMBER($n, useGrouping: "false")`. Anything else is left to Fluent.
fn numbers_en<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    grouped(value, ',')
}

fn numbers_nordic<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    grouped(value, '\u{a0}')
}

fn grouped(value: &FluentValue<'_>, separator: char) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let whole = n.value.fract() == 0.0 && n.value.abs() < 1e15;
    if !whole || !n.options.use_grouping || n.options.minimum_fraction_digits.is_some() {
        return None;
    }
    Some(group_digits(n.value as i64, separator))
}

/// `n` with `separator` between groups of three digits.
pub fn group_digits(n: i64, separator: char) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// The message `id` in `lang` with `args`; English if the language lacks it
/// (the tests make sure none does), the id itself if English lacks it too.
pub fn text(lang: Lang, id: &str, args: &FluentArgs<'_>) -> String {
    let args = (args.iter().next().is_some()).then_some(args);
    for lang in [lang, Lang::En] {
        let Some(bundle) = BUNDLES.get(lang.index()) else {
            continue;
        };
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
        }
    }
    id.to_owned()
}

/// The message `id` without arguments, for an id chosen at run time (a
/// column's heading, a key's help); [`t!`] for one written in the code.
pub fn message(lang: Lang, id: &str) -> String {
    text(lang, id, &FluentArgs::new())
}

/// Whether `lang`'s file has the message `id`.
pub fn has(lang: Lang, id: &str) -> bool {
    BUNDLES
        .get(lang.index())
        .is_some_and(|b| b.get_message(id).and_then(|m| m.value()).is_some())
}

/// A number as a Fluent argument (plural selection needs a number).
pub fn number(n: impl Into<f64>) -> FluentValue<'static> {
    FluentValue::from(n.into())
}

/// `t!(lang, "message-id")` or `t!(lang, "message-id", name = value, ...)`:
/// the message in that language. Values are strings or numbers.
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:literal) => {
        $crate::i18n::text($lang, $id, &$crate::i18n::FluentArgs::new())
    };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($name), $value); )+
        $crate::i18n::text($lang, $id, &args)
    }};
}

#[cfg(test)]
mod tests;

#[cfg(test)]
#[path = "i18n/glossary_tests.rs"]
mod glossary;
