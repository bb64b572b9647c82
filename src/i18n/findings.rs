//! Findings and their fixes in the reader's language.
//!
//! The core gives each finding and fix as a [`Phrase`]: a message id of
//! `locales/<lang>/findings.ftl` and named arguments. Here the arguments
//! become Fluent values (dates in prose, parts of a sentence rendered first)
//! and the message is looked up in the language. English renders the same
//! text as the core's own `message` (the JSON's), which the tests check for
//! every phrase the rules can produce.

use fluent_bundle::FluentValue;
use somevakt_core::findings::{Arg, Citation, Fix, Phrase, Severity, capitalize};

use super::{FluentArgs, Lang, number, words};
use crate::t;

/// A finding's message or a fix's text, as a sentence: its first letter
/// upper-case, as the core's English has it.
pub fn phrase(lang: Lang, p: &Phrase) -> String {
    capitalize(&part(lang, p))
}

/// A phrase as it is, not capitalised: a sentence that follows a prefix
/// (`somevakt: the account is already closed`).
pub fn phrase_as_is(lang: Lang, p: &Phrase) -> String {
    part(lang, p)
}

/// What fixes a finding, in `lang`: its text (the command and keys are
/// shown beside it, they are the same in every language).
pub fn fix_text(lang: Lang, fix: &Fix) -> String {
    phrase(lang, &fix.phrase)
}

/// The fix in one line: the text, then where to do it, as the core's
/// `Fix::summary` has it in English, with `account`'s id in the command.
pub fn fix_summary(lang: Lang, fix: &Fix, account: &str) -> String {
    let text = fix_text(lang, fix);
    match ways(lang, fix, account) {
        Some(ways) => format!("{text}: {ways}"),
        None => text,
    }
}

/// Where a fix is done: the dashboard key, the command (naming
/// `account`), the keys to write (`` `p` in the dashboard or `somevakt
/// snapshot …` ``); `None` when the fix names none of them.
pub fn ways(lang: Lang, fix: &Fix, account: &str) -> Option<String> {
    let mut ways = Vec::new();
    if let Some(key) = fix.dashboard_key {
        ways.push(t!(lang, "fix-key", key = key));
    }
    if let Some(command) = fix.command_for(account) {
        ways.push(format!("`{command}`"));
    }
    if !fix.keys.is_empty() {
        ways.push(t!(lang, "fix-write", keys = fix.keys.join(", ")));
    }
    let or = format!(" {} ", t!(lang, "fix-or"));
    (!ways.is_empty()).then(|| ways.join(&or))
}

/// How serious a finding is, in a word.
pub fn severity(lang: Lang, severity: Severity) -> String {
    match severity {
        Severity::Error => t!(lang, "severity-error"),
        Severity::Warning => t!(lang, "severity-warning"),
    }
}

/// What a source document is, in `lang`, to show beside its title (the
/// titles are the documents' own, in Norwegian or Swedish).
pub fn document(lang: Lang, citation: &Citation) -> String {
    document_named(lang, citation.document)
}

/// The documents as a reader cites them: publisher, title and year, in
/// their own language (a title is a name).
fn cited_title(id: &str) -> &'static str {
    match id {
        "S0" => "KS: Veileder for bruk av sosiale medier i kommunen (2022)",
        "S1" => "KS: Ny veileder for bruk av sosiale medier i kommunen (20.12.2022)",
        "S2" => "Datatilsynet: Viktigheten av personvern i kommunal sektor (2023)",
        "S3" => "Norbergs kommun: Riktlinjer för sociala medier",
        "S4" => "Difi-rapport 2012:2 Sosiale medier i forvaltningen",
        _ => "",
    }
}

/// One section as a reader writes it: `kap. 8`, `avsnitt «Stänga ned ett
/// konto»`; nothing for a document cited whole.
fn cited_section(lang: Lang, section: &str) -> Option<String> {
    if let Some(numbered) = section.strip_prefix('§') {
        let number = numbered.split_whitespace().next().unwrap_or(numbered);
        return Some(t!(lang, "cite-chapter", number = number.to_owned()));
    }
    if section.starts_with('(') {
        return None; // "(news item)": the whole document
    }
    if section == "forord" {
        return Some(t!(lang, "cite-foreword"));
    }
    Some(t!(lang, "cite-section", heading = section.to_owned()))
}

/// Where a rule comes from, as a person cites it in `lang`: document,
/// year and section (`KS: Veileder for bruk av sosiale medier i kommunen
/// (2022), kap. 8`), never an internal code. For a Swedish account the
/// Swedish guidance comes first and the Norwegian is named as background
/// (docs/format.md, "Findings").
pub fn cite(
    lang: Lang,
    source: &somevakt_core::findings::Source,
    jurisdiction: Option<somevakt_core::model::Jurisdiction>,
) -> String {
    use somevakt_core::model::Jurisdiction;
    // Sections of one document together: "…(2022), kap. 1.2, kap. 2.1".
    let mut documents: Vec<(&str, Vec<String>)> = Vec::new();
    for c in source.citations {
        let section = cited_section(lang, c.section);
        match documents.iter_mut().find(|(d, _)| *d == c.document) {
            Some((_, sections)) => sections.extend(section),
            None => documents.push((c.document, section.into_iter().collect())),
        }
    }
    let text = |(doc, sections): &(&str, Vec<String>)| {
        let mut out = cited_title(doc).to_owned();
        for s in sections {
            out.push_str(", ");
            out.push_str(s);
        }
        out
    };
    let swedish = |d: &&(&str, Vec<String>)| d.0 == "S3";
    if jurisdiction == Some(Jurisdiction::Se) {
        let own: Vec<String> = documents.iter().filter(swedish).map(text).collect();
        let other: Vec<String> = documents.iter().filter(|d| !swedish(d)).map(text).collect();
        let mut parts = own;
        if !other.is_empty() {
            parts.push(t!(lang, "cite-background", sources = other.join("; ")));
        }
        return parts.join("; ");
    }
    documents.iter().map(text).collect::<Vec<_>>().join("; ")
}

/// What document `id` (`S0` … `S4`) is, in `lang`.
pub fn document_named(lang: Lang, id: &str) -> String {
    match id {
        "S0" => t!(lang, "source-doc-s0"),
        "S1" => t!(lang, "source-doc-s1"),
        "S2" => t!(lang, "source-doc-s2"),
        "S3" => t!(lang, "source-doc-s3"),
        "S4" => t!(lang, "source-doc-s4"),
        _ => String::new(),
    }
}

fn part(lang: Lang, p: &Phrase) -> String {
    let mut args = FluentArgs::new();
    for (name, arg) in &p.args {
        match (*name, arg) {
            // F10's groups are words from the file (`children`): the
            // common ones in the language, the rest as written.
            ("groups", Arg::List(items)) => args.set(
                *name,
                items
                    .iter()
                    .map(|g| group(lang, g))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            _ => args.set(*name, value(lang, arg)),
        }
    }
    super::text(lang, p.id, &args)
}

/// A vulnerable group (`dpia.vulnerable_groups`) in the language.
/// English keeps the file's word, as the JSON's message does.
fn group(lang: Lang, group: &str) -> String {
    if lang == Lang::En {
        return group.to_owned();
    }
    match group.trim().to_lowercase().as_str() {
        "children" => t!(lang, "group-children"),
        "youth" | "young_people" | "young people" => t!(lang, "group-youth"),
        "patients" => t!(lang, "group-patients"),
        "elderly" | "older_people" | "older people" => t!(lang, "group-elderly"),
        "disabled" | "persons_with_disabilities" | "people with disabilities" => {
            t!(lang, "group-disabled")
        }
        "refugees" | "asylum_seekers" | "asylum seekers" => t!(lang, "group-refugees"),
        _ => group.to_owned(),
    }
}

fn value(lang: Lang, arg: &Arg) -> FluentValue<'static> {
    match arg {
        Arg::Text(text) => FluentValue::from(text.clone()),
        // Counts in findings are small (treatments, months): Fluent's own
        // number formatting is enough, and it drives plural forms.
        Arg::Number(n) => number(*n as f64),
        // English keeps ISO dates: its text is the contract's message.
        Arg::Date(date) => FluentValue::from(match lang {
            Lang::En => date.to_string(),
            _ => words::long_date(lang, *date),
        }),
        Arg::List(items) => FluentValue::from(items.join(", ")),
        Arg::Phrases(parts) => FluentValue::from(
            parts
                .iter()
                .map(|p| part(lang, p))
                .collect::<Vec<_>>()
                .join("; "),
        ),
    }
}

#[cfg(test)]
#[path = "findings_tests.rs"]
mod tests;
