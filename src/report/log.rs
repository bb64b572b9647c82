//! `somevakt log`: an account's audit trail from Git.

use serde::Serialize;

use somevakt_core::AccountId;
use somevakt_store::history::CommitInfo;

#[derive(Serialize)]
struct Trailer<'a> {
    key: &'a str,
    value: &'a str,
}

#[derive(Serialize)]
struct Entry<'a> {
    id: &'a str,
    date: &'a str,
    author: &'a str,
    email: &'a str,
    subject: &'a str,
    body: &'a str,
    trailers: Vec<Trailer<'a>>,
}

#[derive(Serialize)]
struct Log<'a> {
    account: &'a str,
    commits: Vec<Entry<'a>>,
}

pub fn to_json(id: &AccountId, commits: &[CommitInfo]) -> String {
    let doc = Log {
        account: id.as_str(),
        commits: commits
            .iter()
            .map(|c| Entry {
                id: &c.id,
                date: &c.date,
                author: &c.author,
                email: &c.email,
                subject: &c.subject,
                body: &c.body,
                trailers: c
                    .trailers
                    .iter()
                    .map(|(k, v)| Trailer { key: k, value: v })
                    .collect(),
            })
            .collect(),
    };
    crate::text::json(&doc)
}

/// The commits for people. Authors, subjects and trailers are whatever
/// someone wrote into Git: each is sanitised to one line.
pub fn to_text(id: &AccountId, commits: &[CommitInfo], lang: crate::i18n::Lang) -> String {
    use crate::text::sanitize;
    if commits.is_empty() {
        let path = format!("assessments/{id}.toml");
        return format!("{}\n", crate::t!(lang, "log-none", path = path));
    }
    let mut out = String::new();
    for c in commits {
        out.push_str(&format!(
            "{}  {}  {} <{}>\n    {}\n",
            sanitize(&c.short_id),
            sanitize(&c.date),
            sanitize(&c.author),
            sanitize(&c.email),
            sanitize(&c.subject)
        ));
        if !c.trailers.is_empty() {
            let trailers: Vec<String> = c
                .trailers
                .iter()
                .map(|(k, v)| format!("{}: {}", sanitize(k), sanitize(v)))
                .collect();
            out.push_str(&format!("    {}\n", trailers.join(" · ")));
        }
    }
    out
}
