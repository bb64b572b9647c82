//! `somevakt audit`: the decision trail for people (text that ends with one
//! summary line) and for tools (JSON). Every value that came from a file or
//! a commit is sanitised before it reaches a terminal. The text is in the
//! reader's language; the JSON stays English (the contract). Kinds of
//! violation keep their JSON words in every language: they are what a
//! reader searches the JSON for; signature verdicts and digest results are
//! words in the language (the English ones are the JSON's).

use serde_json::{Value, json};

use crate::i18n::{self, Lang};
use crate::t;
use crate::text::sanitize;
use somevakt_store::audit::{
    AuditReport, CommitSummary, DecisionRecord, LaterChange, PolicyChange, SignatureCheck, Verdict,
    Violation,
};

fn signature_words(s: &SignatureCheck, lang: Lang) -> String {
    let mut out = i18n::audit::verdict_word(lang, s.verdict);
    if let Some(format) = &s.format {
        out.push_str(&format!(" ({format}"));
        if let Some(signer) = &s.signer {
            out.push_str(&format!(", {}", sanitize(signer)));
        }
        if let Some(key) = &s.key {
            out.push_str(&format!(", {}", sanitize(key)));
        }
        out.push(')');
    }
    out
}

fn who(c: &CommitSummary) -> String {
    format!("{} <{}>", sanitize(&c.author), sanitize(&c.email))
}

/// The report for people, in `lang`.
pub fn to_text(report: &AuditReport, lang: Lang) -> String {
    let mut out = String::new();
    if let Some(since) = &report.since {
        let whence = if report.since_from_policy {
            t!(lang, "audit-since-policy")
        } else {
            t!(lang, "audit-since-flag")
        };
        out.push_str(&t!(
            lang,
            "audit-since",
            commit = short(since),
            whence = whence
        ));
        out.push_str("\n\n");
    }
    if report.decisions.is_empty() {
        out.push_str(&t!(lang, "audit-no-decisions"));
        out.push('\n');
    }
    for d in &report.decisions {
        decision_text(d, lang, &mut out);
    }
    if !report.earlier_entries_changed.is_empty() {
        out.push_str(&t!(lang, "audit-earlier-heading"));
        out.push('\n');
        for c in &report.earlier_entries_changed {
            out.push_str(&format!(
                "  ✗ {}: {}\n",
                sanitize(&c.account),
                violation_text(&c.violation, lang)
            ));
        }
        out.push('\n');
    }
    if !report.policy_changes.is_empty() {
        out.push_str(&t!(lang, "audit-policy-heading"));
        out.push('\n');
        for p in &report.policy_changes {
            policy_text(p, lang, &mut out);
        }
        out.push('\n');
    }
    for (commit, path, why) in &report.unreadable {
        out.push_str(&t!(
            lang,
            "audit-unreadable",
            path = sanitize(path),
            commit = short(commit),
            why = sanitize(why)
        ));
        out.push('\n');
    }
    out.push_str(&i18n::audit::summary(lang, report));
    out.push('\n');
    out
}

/// A commit id as the report shows it: its first eight characters.
fn short(id: &str) -> String {
    id.chars().take(8).collect()
}

fn decision_text(d: &DecisionRecord, lang: Lang, out: &mut String) {
    let mark = if !d.violations.is_empty() {
        "✗"
    } else if d.by_hand {
        "·"
    } else {
        "✓"
    };
    let date = match d.entry.date.as_deref() {
        Some(date) => sanitize(date),
        None => t!(lang, "audit-entry-no-date"),
    };
    let outcome = match d.entry.outcome.as_deref() {
        Some(outcome) => sanitize(&i18n::audit::outcome_word(lang, outcome)),
        None => t!(lang, "audit-entry-no-outcome"),
    };
    out.push_str(&format!("{mark} {}  ", sanitize(&d.account)));
    out.push_str(&t!(
        lang,
        "audit-decision-line",
        position = d.position.to_string(),
        date = date,
        outcome = outcome
    ));
    out.push_str("\n    ");
    out.push_str(&t!(
        lang,
        "audit-added-line",
        commit = d.commit.short_id().to_owned(),
        when = d.commit.local(),
        who = who(&d.commit)
    ));
    out.push('\n');
    let approver = if d.approval.approver {
        t!(lang, "audit-approver-yes")
    } else {
        t!(
            lang,
            "audit-approver-no",
            why = sanitize(&match &d.approval.why {
                Some(why) => i18n::audit::not_approver(lang, why),
                None => d.approval.reason.clone().unwrap_or_default(),
            })
        )
    };
    out.push_str("    ");
    out.push_str(&t!(
        lang,
        "audit-checks-line",
        approver = approver,
        signature = signature_words(&d.signature, lang),
        digest = i18n::audit::digest_word(lang, &d.digest)
    ));
    out.push('\n');
    let trailers: Vec<String> = d
        .commit
        .trailers
        .iter()
        .map(|(k, v)| format!("{}: {}", sanitize(k), sanitize(v)))
        .collect();
    let trailers = if trailers.is_empty() {
        t!(lang, "audit-trailers-none")
    } else {
        trailers.join(" · ")
    };
    out.push_str("    ");
    out.push_str(&t!(lang, "audit-trailers-line", trailers = trailers));
    out.push('\n');
    if d.by_hand {
        out.push_str("    · ");
        out.push_str(&t!(lang, "audit-by-hand-line"));
        out.push('\n');
    }
    for c in &d.corrections {
        let fields = if c.fields.is_empty() {
            "-".to_owned()
        } else {
            c.fields.join(", ")
        };
        out.push_str("    ✎ ");
        out.push_str(&t!(
            lang,
            "audit-correction-line",
            commit = c.commit.short_id().to_owned(),
            who = who(&c.commit),
            fields = fields,
            reason = sanitize(&c.reason)
        ));
        out.push('\n');
    }
    for v in &d.violations {
        out.push_str(&format!("    ✗ {}\n", violation_text(v, lang)));
    }
    out.push('\n');
}

fn violation_text(v: &Violation, lang: Lang) -> String {
    sanitize(&i18n::audit::violation(lang, v))
}

fn policy_text(p: &PolicyChange, lang: Lang, out: &mut String) {
    let mark = if p.violations.is_empty() {
        "✓"
    } else {
        "✗"
    };
    out.push_str(&format!("  {mark} "));
    out.push_str(&t!(
        lang,
        "audit-policy-line",
        commit = p.commit.short_id().to_owned(),
        when = p.commit.local(),
        who = who(&p.commit),
        signature = signature_words(&p.signature, lang)
    ));
    out.push('\n');
    for edit in &p.edits {
        out.push_str(&format!(
            "      {}\n",
            sanitize(&i18n::audit::policy_edit(lang, edit))
        ));
    }
    for v in &p.violations {
        out.push_str(&format!("      ✗ {}\n", violation_text(v, lang)));
    }
}

fn commit_json(c: &CommitSummary) -> Value {
    json!({
        "id": c.id,
        "author": c.author,
        "email": c.email,
        "date": c.local(),
        "subject": c.subject,
        "trailers": c.trailers.iter().map(|(k, v)| json!({"key": k, "value": v})).collect::<Vec<_>>(),
    })
}

fn signature_json(s: &SignatureCheck) -> Value {
    json!({
        "verdict": match s.verdict {
            Verdict::Good => "good",
            Verdict::Bad => "bad",
            Verdict::UnknownKey => "unknown_key",
            Verdict::None => "none",
        },
        "format": s.format,
        "signer": s.signer,
        "key": s.key,
    })
}

fn violation_json(v: &Violation) -> Value {
    json!({
        "kind": v.kind.as_str(),
        "commit": v.commit,
        "account": v.account,
        "message": v.message,
    })
}

fn change_json(c: &LaterChange) -> Value {
    json!({
        "commit": commit_json(&c.commit),
        "account": c.account,
        "old": c.old,
        "new": c.new,
        "violation": violation_json(&c.violation),
    })
}

/// The report for tools: one JSON object.
pub fn to_json(report: &AuditReport) -> String {
    let decisions: Vec<Value> = report
        .decisions
        .iter()
        .map(|d| {
            json!({
                "account": d.account,
                "position": d.position,
                "date": d.entry.date,
                "outcome": d.entry.outcome,
                "decided_by": d.entry.decided_by,
                "body": d.entry.body,
                "dpia_digest": d.entry.dpia_digest,
                "commit": commit_json(&d.commit),
                "approver": d.approval.approver,
                "approver_reason": d.approval.reason,
                "signature": signature_json(&d.signature),
                "signing_required": d.policy.signing_required,
                "trailers_ok": d.commit.trailer("Action").is_some_and(|a| a.eq_ignore_ascii_case("decision")),
                "digest": d.digest.as_str(),
                "typed_in_by_hand": d.by_hand,
                "later_changes": d.later.iter().map(change_json).collect::<Vec<_>>(),
                "corrections": d.corrections.iter().map(|c| json!({
                    "commit": commit_json(&c.commit),
                    "fields": c.fields,
                    "old": c.old,
                    "new": c.new,
                    "reason": c.reason,
                })).collect::<Vec<_>>(),
                "violations": d.violations.iter().map(violation_json).collect::<Vec<_>>(),
            })
        })
        .collect();
    let policy: Vec<Value> = report
        .policy_changes
        .iter()
        .map(|p| {
            json!({
                "commit": commit_json(&p.commit),
                "signature": signature_json(&p.signature),
                "approver": p.approval.approver,
                "changes": p.changes,
                "violations": p.violations.iter().map(violation_json).collect::<Vec<_>>(),
            })
        })
        .collect();
    let doc = json!({
        "head": report.head,
        "since": report.since,
        "since_from_policy": report.since_from_policy,
        "commits_read": report.commits_read,
        "intact": report.intact(),
        "typed_in_by_hand": report.by_hand(),
        "decisions": decisions,
        "earlier_entries_changed": report.earlier_entries_changed.iter().map(change_json).collect::<Vec<_>>(),
        "policy_changes": policy,
        "unreadable": report.unreadable.iter().map(|(c, p, w)| json!({"commit": c, "path": p, "message": w})).collect::<Vec<_>>(),
        "violations": report.violations().into_iter().map(violation_json).collect::<Vec<_>>(),
        "summary": report.summary(),
    });
    let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
    out.push('\n');
    out
}
