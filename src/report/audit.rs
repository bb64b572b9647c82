//! `somevakt audit`: the decision trail for people (text that ends with one
//! summary line) and for tools (JSON). Every value that came from a file or
//! a commit is sanitised before it reaches a terminal.

use serde_json::{Value, json};

use crate::text::sanitize;
use somevakt_store::audit::{
    AuditReport, CommitSummary, DecisionRecord, LaterChange, PolicyChange, SignatureCheck, Verdict,
    Violation,
};

fn signature_words(s: &SignatureCheck) -> String {
    let mut out = s.verdict.as_str().to_owned();
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

/// The report for people.
pub fn to_text(report: &AuditReport) -> String {
    let mut out = String::new();
    if let Some(since) = &report.since {
        let whence = if report.since_from_policy {
            "somevakt.toml [approvers] audit_since: decisions already in the register then were imported"
        } else {
            "--since"
        };
        out.push_str(&format!(
            "Audited the commits after {} ({whence}).\n\n",
            &since[..since.len().min(8)]
        ));
    }
    if report.decisions.is_empty() {
        out.push_str("No decision has been recorded in the audited history.\n");
    }
    for d in &report.decisions {
        decision_text(d, &mut out);
    }
    if !report.earlier_entries_changed.is_empty() {
        out.push_str("Decisions recorded before --since, changed afterwards:\n");
        for c in &report.earlier_entries_changed {
            out.push_str(&format!(
                "  ✗ {}: {}\n",
                sanitize(&c.account),
                violation_text(&c.violation)
            ));
        }
        out.push('\n');
    }
    if !report.policy_changes.is_empty() {
        out.push_str("Policy changes:\n");
        for p in &report.policy_changes {
            policy_text(p, &mut out);
        }
        out.push('\n');
    }
    for (commit, path, why) in &report.unreadable {
        out.push_str(&format!(
            "note: {} in {} could not be read ({}); its decisions are checked where it is readable\n",
            sanitize(path),
            &commit[..commit.len().min(8)],
            sanitize(why)
        ));
    }
    out.push_str(&report.summary());
    out.push('\n');
    out
}

fn decision_text(d: &DecisionRecord, out: &mut String) {
    let mark = if d.violations.is_empty() {
        "✓"
    } else {
        "✗"
    };
    out.push_str(&format!(
        "{mark} {}  decision #{} of {}: {}\n",
        sanitize(&d.account),
        d.position,
        sanitize(d.entry.date.as_deref().unwrap_or("(no date)")),
        sanitize(d.entry.outcome.as_deref().unwrap_or("(no outcome)"))
    ));
    out.push_str(&format!(
        "    added in {}  {}  by {}\n",
        d.commit.short_id(),
        d.commit.local(),
        who(&d.commit)
    ));
    let approver = if d.approval.approver {
        "yes".to_owned()
    } else {
        format!(
            "no ({})",
            sanitize(d.approval.reason.as_deref().unwrap_or(""))
        )
    };
    out.push_str(&format!(
        "    approver: {approver} · signature: {} · digest: {}\n",
        signature_words(&d.signature),
        d.digest.as_str()
    ));
    let trailers: Vec<String> = d
        .commit
        .trailers
        .iter()
        .map(|(k, v)| format!("{}: {}", sanitize(k), sanitize(v)))
        .collect();
    out.push_str(&format!(
        "    trailers: {}\n",
        if trailers.is_empty() {
            "none".to_owned()
        } else {
            trailers.join(" · ")
        }
    ));
    for v in &d.violations {
        out.push_str(&format!("    ✗ {}\n", violation_text(v)));
    }
    out.push('\n');
}

fn violation_text(v: &Violation) -> String {
    format!("{}: {}", v.kind.as_str(), sanitize(&v.message))
}

fn policy_text(p: &PolicyChange, out: &mut String) {
    let mark = if p.violations.is_empty() {
        "✓"
    } else {
        "✗"
    };
    out.push_str(&format!(
        "  {mark} {}  {}  by {} · signature: {}\n",
        p.commit.short_id(),
        p.commit.local(),
        who(&p.commit),
        signature_words(&p.signature)
    ));
    for change in &p.changes {
        out.push_str(&format!("      {}\n", sanitize(change)));
    }
    for v in &p.violations {
        out.push_str(&format!("      ✗ {}\n", violation_text(v)));
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
                "later_changes": d.later.iter().map(change_json).collect::<Vec<_>>(),
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
