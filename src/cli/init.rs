//! `somevakt init DIR --municipality NAME [--lang nb|nn|sv|en] [--domain D]`:
//! a new municipality's assessment repository, ready for `somevakt new`.
//!
//! It writes a commented `somevakt.toml` in the chosen language (the keys
//! stay English: they are the contract), the JSON Schemas, an
//! `assessments/<municipality>/` folder kept in Git by a `.gitkeep`, and a
//! README on daily use, with `--ci github|gitlab` a CI pipeline
//! (src/cli/init_ci.rs), and commits them as the first commit. A folder with
//! content is refused and left exactly as it was.

use std::path::Path;

use somevakt_core::policy::{Language, Thresholds};
use somevakt_store::init::{self, InitError};

use super::init_ci::{self, Ci};
use super::{Cli, CliError, chosen_lang, emit};
use crate::i18n::Lang;
use crate::t;
use crate::text::sanitize;

/// Creates the repository and prints what to do next.
pub fn run(
    cli: &Cli,
    dir: &Path,
    municipality: &str,
    domain: Option<&str>,
    ci: Ci,
) -> Result<u8, CliError> {
    let lang = chosen_lang(cli).unwrap_or(Lang::En);
    let municipality = sanitize(municipality.trim());
    let slug = slug(&municipality);
    if slug.is_empty() {
        return Err(CliError::Usage(t!(
            lang,
            "init-bad-municipality",
            name = municipality
        )));
    }
    let domain = domain
        .map(normalise_domain)
        .transpose()
        .map_err(|bad| CliError::Usage(t!(lang, "init-bad-domain", domain = bad)))?;
    let mut files = files(lang, &municipality, &slug, domain.as_deref());
    let pipeline = init_ci::file(ci, lang);
    if let Some((path, text)) = &pipeline {
        files.push(((*path).to_owned(), text.clone()));
    }
    let message = format!(
        "{}\n",
        t!(lang, "init-commit", municipality = municipality.clone())
    );
    let shown = dir.display().to_string();
    let commit = init::create(dir, &files, &message).map_err(|e| match e {
        InitError::NotEmpty { entries, .. } => CliError::Usage(t!(
            lang,
            "init-not-empty",
            dir = shown.clone(),
            entries = entries.join(", ")
        )),
        InitError::NotAFolder(_) => {
            CliError::Usage(t!(lang, "init-not-folder", dir = shown.clone()))
        }
        // No identity, a signing failure: the same words as a record's.
        InitError::Refused(refusal) => {
            CliError::Usage(crate::i18n::errors::refusal(lang, &refusal))
        }
        other => CliError::Usage(other.to_string()),
    })?;
    emit(&format!(
        "{}\n{}\n",
        t!(
            lang,
            "init-done",
            municipality = municipality.clone(),
            dir = shown,
            commit = commit.short().to_owned()
        ),
        t!(lang, "init-next", slug = slug, municipality = municipality)
    ))?;
    if let Some((path, _)) = pipeline {
        emit(&format!("{}\n", t!(lang, "init-done-ci", path = path)))?;
    }
    Ok(0)
}

/// The folder name of a municipality: lowercase ASCII letters, digits and
/// hyphens (an id segment, docs/format.md), without the word for municipality:
/// "Fjordvik kommune" -> `fjordvik`, "Älvby kommun" -> `alvby`.
pub fn slug(municipality: &str) -> String {
    let mut words: Vec<String> = municipality
        .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .map(ascii_word)
        .filter(|w| !w.is_empty())
        .collect();
    let generic = ["kommune", "kommun", "herad", "municipality", "kunta"];
    if words.len() > 1 && words.last().is_some_and(|w| generic.contains(&w.as_str())) {
        words.pop();
    }
    words.join("-")
}

/// One word in lowercase ASCII: Nordic letters spelled out, other marks dropped.
fn ascii_word(word: &str) -> String {
    let mut out = String::new();
    for c in word.to_lowercase().chars() {
        match c {
            'a'..='z' | '0'..='9' => out.push(c),
            'æ' => out.push_str("ae"),
            'ä' => out.push('a'),
            'ø' | 'ö' => out.push('o'),
            'å' | 'á' | 'à' | 'â' => out.push('a'),
            'é' | 'è' | 'ê' | 'ë' => out.push('e'),
            'ü' | 'ú' => out.push('u'),
            'ó' | 'ô' => out.push('o'),
            'í' | 'ï' => out.push('i'),
            _ => {}
        }
    }
    out
}

/// `fjordvik.kommune.no` from what a person may type (`@Fjordvik.kommune.no`);
/// the text itself when it cannot be a domain.
fn normalise_domain(domain: &str) -> Result<String, String> {
    let clean = domain.trim().trim_start_matches('@').to_ascii_lowercase();
    let valid = clean.contains('.')
        && !clean.starts_with('.')
        && !clean.ends_with('.')
        && clean
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    if valid {
        Ok(clean)
    } else {
        Err(sanitize(domain))
    }
}

/// Every file of the new repository, relative to its root.
fn files(
    lang: Lang,
    municipality: &str,
    slug: &str,
    domain: Option<&str>,
) -> Vec<(String, String)> {
    let mut files = vec![
        (
            "somevakt.toml".to_owned(),
            policy(lang, municipality, domain),
        ),
        (
            "README.md".to_owned(),
            format!(
                "{}\n",
                t!(
                    lang,
                    "init-readme",
                    municipality = municipality.to_owned(),
                    slug = slug.to_owned()
                )
            ),
        ),
    ];
    files.extend(
        somevakt_core::schema::files()
            .into_iter()
            .map(|(path, text)| (path.to_owned(), text)),
    );
    files.push((format!("assessments/{slug}/.gitkeep"), String::new()));
    files
}

/// A TOML string (JSON's escapes are TOML's).
fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_owned())
}

fn list(items: &[String]) -> String {
    let items: Vec<String> = items.iter().map(|i| quoted(i)).collect();
    format!("[{}]", items.join(", "))
}

/// `somevakt.toml` with the defaults and a comment on every key in `lang`.
fn policy(lang: Lang, municipality: &str, domain: Option<&str>) -> String {
    let defaults = Thresholds::default();
    let high_risk: Vec<String> = match lang {
        // The Swedish names of the services the guidance warns about.
        Lang::Sv => [
            "socialtjänst",
            "individ- och familjeomsorg",
            "hälso- och sjukvård",
            "missbruk",
        ]
        .map(String::from)
        .to_vec(),
        Lang::Nb | Lang::Nn | Lang::En => defaults.high_risk_service_areas.clone(),
    };
    let domains: Vec<String> = domain.map(str::to_owned).into_iter().collect();
    let code = Language::from(lang);
    let code = match code {
        Language::Nb => "nb",
        Language::Nn => "nn",
        Language::Sv => "sv",
        Language::En => "en",
    };
    let mut out = String::from("#:schema schemas/policy.schema.json\n");
    let mut comment = |text: String| {
        out.push_str(&format!("# {}\n", text));
    };
    comment(t!(
        lang,
        "init-policy-title",
        municipality = municipality.to_owned()
    ));
    comment(t!(lang, "init-policy-intro"));
    let mut lines = vec![String::new(), "[policy]".to_owned()];
    let mut key = |help: String, line: String| {
        lines.push(format!("# {help}"));
        lines.push(line);
    };
    key(
        t!(lang, "init-policy-language"),
        format!("language = \"{code}\""),
    );
    key(
        t!(lang, "init-policy-review"),
        format!(
            "review_interval_months = {}",
            defaults.review_interval_months
        ),
    );
    key(
        t!(lang, "init-policy-window"),
        format!("reminder_window_days = {}", defaults.reminder_window_days),
    );
    key(
        t!(lang, "init-policy-inactive"),
        format!("inactive_after_days = {}", defaults.inactive_after_days),
    );
    key(
        t!(lang, "init-policy-snapshot"),
        format!(
            "snapshot_max_age_months = {}",
            defaults.snapshot_max_age_months
        ),
    );
    key(
        t!(lang, "init-policy-high-risk"),
        format!("high_risk_service_areas = {}", list(&high_risk)),
    );
    key(
        t!(lang, "init-policy-domains"),
        format!("municipal_email_domains = {}", list(&domains)),
    );
    lines.push(String::new());
    lines.push("[approvers]".to_owned());
    lines.push(format!("# {}", t!(lang, "init-policy-approvers")));
    lines.push("emails = []".to_owned());
    for line in lines {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_id_segments_without_the_word_for_municipality() {
        assert_eq!(slug("Fjordvik kommune"), "fjordvik");
        assert_eq!(slug("Älvby kommun"), "alvby");
        assert_eq!(slug("Bærum kommune"), "baerum");
        assert_eq!(slug("Nord-Fron"), "nord-fron");
        assert_eq!(slug("Bø i Telemark"), "bo-i-telemark");
        assert_eq!(slug("Kommune"), "kommune");
        assert_eq!(slug("!!!"), "");
    }

    #[test]
    fn domains_are_normalised_or_refused() {
        assert_eq!(
            normalise_domain("@Fjordvik.Kommune.no").as_deref(),
            Ok("fjordvik.kommune.no")
        );
        assert!(normalise_domain("not a domain").is_err());
        assert!(normalise_domain("nodot").is_err());
    }

    #[test]
    fn the_policy_parses_in_every_language_with_its_language() {
        for lang in Lang::ALL {
            let text = policy(lang, "Fjordvik kommune", Some("fjordvik.kommune.no"));
            let parsed = somevakt_core::parse::parse_policy(&text).expect("policy parses");
            assert_eq!(parsed.policy.language, Some(Language::from(lang)));
            assert_eq!(
                parsed.policy.municipal_email_domains,
                ["fjordvik.kommune.no"]
            );
        }
    }
}
