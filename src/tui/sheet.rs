//! The detail screen's text: every section of one assessment in readable
//! form, then its findings with their sources.

use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::keymap::Action;
use super::keymap::{Context, Keymap, Screen};
use super::theme::Theme;
use crate::i18n::{Lang, findings};
use crate::t;
use crate::text::{sanitize, sanitize_multiline};
use somevakt_core::digest::dpia_digest;
use somevakt_core::model::enum_word;
use somevakt_core::model::*;
use somevakt_core::{Evaluation, Word};
use somevakt_store::{InvalidFile, LoadedAssessment};

/// Builds the lines of the detail screen.
struct Sheet<'t> {
    lines: Vec<Line<'static>>,
    theme: &'t Theme,
}

impl Sheet<'_> {
    fn heading(&mut self, title: &str) {
        if !self.lines.is_empty() {
            self.lines.push(Line::default());
        }
        self.lines
            .push(Line::styled(title.to_uppercase(), self.theme.heading()));
    }

    fn field(&mut self, label: &str, value: impl Into<String>) {
        let value = value.into();
        let shown = if value.trim().is_empty() {
            "–".to_owned()
        } else {
            sanitize(&value)
        };
        self.lines.push(Line::from(vec![
            Span::styled(format!("  {label:<26}"), self.theme.dim()),
            Span::raw(shown),
        ]));
    }

    fn opt<T: ToString>(&mut self, label: &str, value: Option<T>) {
        self.field(label, value.map(|v| v.to_string()).unwrap_or_default());
    }

    fn list(&mut self, label: &str, items: &[String]) {
        self.field(label, items.join(", "));
    }

    fn text(&mut self, text: &str, style: Style) {
        for line in sanitize_multiline(text) {
            self.lines.push(Line::styled(format!("    {line}"), style));
        }
    }
}

fn yes_no(value: Option<bool>) -> Option<&'static str> {
    value.map(|v| if v { "yes" } else { "no" })
}

fn word<T: Word>(value: Option<T>) -> Option<String> {
    value.map(|v| v.word().to_owned())
}

fn words<T: Word>(values: &[T]) -> Vec<String> {
    values.iter().map(|v| v.word().to_owned()).collect()
}

/// Which commit recorded the current decision, as far as Git tells.
#[derive(Debug, Clone)]
pub enum Recorded {
    Loading,
    By(somevakt_store::history::CommitInfo),
    /// No commit with `Action: decision` touched the file.
    Unknown,
}

/// The detail of a valid account.
pub fn account_lines(
    account: &LoadedAssessment,
    evaluation: &Evaluation,
    recorded: &Recorded,
    theme: &Theme,
    fix: &FixMarks<'_>,
) -> Vec<Line<'static>> {
    let mut s = Sheet {
        lines: Vec::new(),
        theme,
    };
    let a = &account.assessment;
    status_section(&mut s, account, evaluation);
    if !a.decisions.is_empty() {
        let text = match recorded {
            Recorded::Loading => "reading the Git history…".to_owned(),
            Recorded::By(c) => format!(
                "commit {} by {} <{}>, {}",
                c.short_id, c.author, c.email, c.date
            ),
            Recorded::Unknown => {
                "no commit with the trailer Action: decision (written by hand)".to_owned()
            }
        };
        s.field("Decision recorded in", text);
    }
    findings_section(&mut s, evaluation, fix, account.id.as_str());
    account_section(&mut s, a);
    responsibility_section(&mut s, a);
    dpia_section(&mut s, a);
    decisions_section(&mut s, a);
    operations_sections(&mut s, a);
    s.lines
}

fn status_section(s: &mut Sheet<'_>, account: &LoadedAssessment, e: &Evaluation) {
    s.heading("Status");
    s.field("Id", account.id.to_string());
    s.field("File", account.path.clone());
    let st = &e.status;
    s.field("Approval", st.approval.to_string());
    let review = match st.review_due {
        Some(due) => format!("{} (due {due})", st.review),
        None => st.review.to_string(),
    };
    s.field("Review", review);
    s.field("Activity", st.activity.to_string());
    let snapshots = match st.snapshot_due {
        Some(due) => format!("{} (next due {due})", st.snapshots),
        None => st.snapshots.to_string(),
    };
    s.field("Snapshots", snapshots);
}

fn account_section(s: &mut Sheet<'_>, a: &Assessment) {
    let acc = &a.account;
    s.heading("Account");
    s.field("Name", acc.name.clone());
    s.field("Municipality", acc.municipality.clone());
    s.field("Platform", enum_word(&acc.platform));
    s.opt("Address", acc.url.clone());
    s.opt("Owner unit", acc.owner_unit.clone());
    s.opt("Service area", acc.service_area.clone());
    s.opt("Usage", word(acc.usage));
    s.field("Status", enum_word(&acc.status));
    s.opt("Created", acc.created);
    s.opt("E-mail", acc.email.clone());
    s.opt("Purpose", acc.purpose.clone());
    s.opt("Plan", acc.plan_ref.clone());
    s.opt("Strategy", acc.strategy_ref.clone());
    s.opt(
        "Main channel considered",
        yes_no(acc.main_channel_considered),
    );
    s.opt("Jurisdiction", word(acc.jurisdiction));
    s.heading("Profile");
    let p = &a.profile;
    s.opt("Website", p.website.clone());
    s.opt("Privacy notice", p.privacy_notice_url.clone());
    s.opt("House rules", p.house_rules_url.clone());
    s.opt(
        "States sender and purpose",
        yes_no(p.states_sender_and_purpose),
    );
}

fn responsibility_section(s: &mut Sheet<'_>, a: &Assessment) {
    let r = &a.responsibility;
    s.heading("Responsibility");
    s.opt("Manager", r.manager.clone());
    s.opt("Comms unit consulted", yes_no(r.comms_unit_consulted));
    s.opt("Communications unit", r.communications_unit.clone());
    s.opt(
        "Credentials held centrally",
        yes_no(r.credentials_held_centrally),
    );
    s.opt("Hours per week", r.hours_per_week);
    for e in &r.editors {
        let mut text = format!("{} ({})", e.name, enum_word(&e.role));
        if let Some(t) = e.trained {
            text.push_str(&format!(", trained {t}"));
        }
        if let Some(u) = e.until {
            text.push_str(&format!(", until {u}"));
        }
        s.field("Editor", text);
    }
}

fn dpia_section(s: &mut Sheet<'_>, a: &Assessment) {
    let d = &a.dpia;
    s.heading("DPIA");
    s.opt("Document", d.document_ref.clone());
    s.opt("Initial screening", d.initial_screening);
    s.opt("Completed", d.completed);
    s.opt("Next review", d.next_review);
    s.opt("Terms reviewed", d.terms_reviewed);
    s.list("Competences", &words(&d.competences));
    s.opt("Purpose", d.purpose.clone());
    s.list("Features used", &d.features_used);
    s.list("Features disabled", &d.features_disabled);
    s.opt("Data subjects (est.)", d.estimated_data_subjects);
    s.opt("Special-category risk", word(d.special_category_risk));
    s.list("Target groups", &d.target_groups);
    s.list("Vulnerable groups", &d.vulnerable_groups);
    s.opt("Trade-offs", d.tradeoffs.clone());
    let infosec = d.infosec.clone().unwrap_or_default();
    s.opt(
        "Supplier documentation",
        word(infosec.supplier_documentation),
    );
    s.opt("Admins reviewed", infosec.admins_reviewed);
    let ctrl = d.controllership.clone().unwrap_or_default();
    s.opt("Joint controllership", yes_no(ctrl.joint));
    s.opt("Art. 26 arrangement", ctrl.art26_arrangement);
    let basis = d.legal_basis.clone().unwrap_or_default();
    s.opt("Legal basis", word(basis.article));
    s.opt("Supplementary basis", basis.supplementary);
    s.opt("Legitimate-interest ass.", basis.lia_ref);
    let t = d.transfer.clone().unwrap_or_default();
    s.opt("Third country", yes_no(t.third_country));
    s.opt("Transfer mechanism", word(t.mechanism));
    s.opt("Transfer impact ass.", t.tia_ref);
    let ethics = d.ethics.clone().unwrap_or_default();
    s.opt("Ethics method", ethics.method);
    s.opt("Ethics assessed", ethics.assessed);
    for (i, r) in d.risks.iter().enumerate() {
        let goal = word(r.goal).unwrap_or_else(|| "no goal".into());
        let residual = word(r.residual).unwrap_or_else(|| "no residual level".into());
        s.field(
            &format!("Risk {} ({goal})", i + 1),
            r.risk.clone().unwrap_or_default(),
        );
        s.field("  measures", r.measures.join("; "));
        s.field("  residual", residual);
    }
    s.field("Digest", dpia_digest(d));
}

fn decisions_section(s: &mut Sheet<'_>, a: &Assessment) {
    s.heading("Decisions (newest first)");
    if a.decisions.is_empty() {
        s.field("", "No decision recorded");
    }
    let current = dpia_digest(&a.dpia);
    let mut decisions: Vec<&Decision> = a.decisions.iter().collect();
    decisions.reverse();
    decisions.sort_by_key(|d| std::cmp::Reverse(d.date));
    for d in decisions {
        let covers = match &d.dpia_digest {
            Some(digest) if digest.trim() == current => "covers the current DPIA",
            Some(_) => "taken on an earlier DPIA",
            None => "no DPIA digest",
        };
        s.field(
            &d.date.to_string(),
            format!("{} ({covers})", d.outcome.word()),
        );
        s.opt("  body", d.body.clone());
        s.opt("  recorded by", d.decided_by.clone());
        s.opt("  rationale", d.rationale.clone());
        for c in &d.conditions {
            s.field("  condition", c.clone());
        }
        s.opt("  conditions due", d.conditions_due);
        s.opt("  residual risk", word(d.residual_risk));
    }
    if let Some(pc) = &a.prior_consultation {
        s.heading("Prior consultation");
        s.opt("Requested", pc.requested);
        s.opt("Reference", pc.reference.clone());
    }
}

fn operations_sections(s: &mut Sheet<'_>, a: &Assessment) {
    let m = &a.moderation;
    s.heading("Moderation");
    s.opt("Comments enabled", yes_no(m.comments_enabled));
    s.opt("Frequency", word(m.frequency));
    s.opt("Removal log", m.removal_log_ref.clone());
    s.opt("Response hours", m.response_hours.clone());
    let c = m.categories.clone().unwrap_or_default();
    s.opt("Category A", c.a);
    s.opt("Category B", c.b);
    s.opt("Category C", c.c);
    s.heading("Archive");
    s.opt("Routine", a.archive.routine_ref.clone());
    s.opt("Journal rule", a.archive.journal_rule.clone());
    s.heading("Snapshots");
    if a.snapshots.is_empty() {
        s.field("", "No snapshot archived");
    }
    for snap in &a.snapshots {
        let mut text = snap.kind.word().to_owned();
        for part in [&snap.format, &snap.archive_ref].into_iter().flatten() {
            text.push_str(&format!(", {part}"));
        }
        s.field(&snap.date.to_string(), text);
    }
    s.heading("Activity");
    s.opt("Last post", a.activity.last_post);
    s.opt("Checked", a.activity.checked);
    if let Some(c) = &a.closing {
        s.heading("Closing");
        s.opt("Decided", c.decided);
        s.opt("Decided by", c.decided_by.clone());
        s.opt("Reason", c.reason.clone());
    }
    s.heading("Content");
    s.opt("Identifiable persons", word(a.content.identifiable_persons));
    s.opt(
        "Exemption justification",
        a.content.exemption_justification.clone(),
    );
    if !a.incidents.is_empty() {
        s.heading("Incidents");
        for i in &a.incidents {
            s.field(
                &i.date.to_string(),
                i.description.clone().unwrap_or_default(),
            );
        }
    }
}

/// What the findings section needs to say how to fix each finding.
pub struct FixMarks<'k> {
    pub keymap: &'k Keymap,
    /// The language of the findings' messages and fixes.
    pub lang: Lang,
    /// The finding Enter fixes.
    pub marked: usize,
    /// The audit's violations on this account's decisions (somevakt audit),
    /// listed first among its findings.
    pub audit: &'k [String],
}

fn findings_section(s: &mut Sheet<'_>, e: &Evaluation, fix: &FixMarks<'_>, id: &str) {
    let lang = fix.lang;
    s.heading(&t!(
        lang,
        "findings-heading",
        errors = e.errors() + fix.audit.len(),
        warnings = e.warnings()
    ));
    if e.findings.is_empty() && fix.audit.is_empty() {
        s.field("", t!(lang, "findings-none"));
    }
    for violation in fix.audit {
        // The violation's own text is the audit's (English, as its JSON).
        s.lines.push(Line::from(vec![
            Span::styled(
                format!("  ✖ {} ", t!(lang, "audit-finding")),
                s.theme.error(),
            ),
            Span::raw(violation.clone()),
        ]));
        s.text(
            &format!(
                "  {}: {} · R34-R37",
                t!(lang, "fix-source-label"),
                t!(lang, "audit-source")
            ),
            s.theme.dim(),
        );
    }
    for (i, f) in e.findings.iter().enumerate() {
        let style = if f.severity == somevakt_core::Severity::Error {
            s.theme.error()
        } else {
            s.theme.warning()
        };
        let glyph = if f.severity == somevakt_core::Severity::Error {
            "✖"
        } else {
            "▲"
        };
        let marker = if i == fix.marked { "›" } else { " " };
        let mut head = Span::styled(
            format!(
                "{marker} {glyph} {} {} ",
                f.id,
                findings::severity(fix.lang, f.severity)
            ),
            style,
        );
        if i == fix.marked {
            head = head.patch_style(s.theme.selected());
        }
        let message = findings::phrase(lang, &f.phrase);
        s.lines
            .push(Line::from(vec![head, Span::raw(sanitize(&message))]));
        // What fixes it, as the rules say it; the key as the keymap has it.
        let action = Action::for_fix(&f.fix);
        let key = fix
            .keymap
            .key_for(Context::Screen(Screen::Detail), action)
            .unwrap_or_else(|| ":".to_owned());
        let text = sanitize(&findings::fix_text(lang, &f.fix));
        let how = match (f.fix.command_for(id), f.fix.keys.is_empty()) {
            (Some(command), _) => format!(" {text} ({command})"),
            (None, false) => format!(
                " {text} ({})",
                t!(lang, "fix-write", keys = f.fix.keys.join(", "))
            ),
            (None, true) => format!(" {text}"),
        };
        s.lines.push(Line::from(vec![
            Span::styled(
                format!("      {}: ", t!(lang, "fix-label")),
                s.theme.heading(),
            ),
            Span::styled(key, s.theme.heading()),
            Span::raw(how),
        ]));
        let source = format!(
            "{}: {} · {}",
            t!(lang, "fix-source-label"),
            f.source.requirements,
            f.source.seed
        );
        s.text(&format!("  {source}"), s.theme.dim());
        // The guidance named in full, so "S0 §8" means something.
        let mut named: Vec<&str> = Vec::new();
        for c in f.source.citations {
            if !named.contains(&c.document) {
                named.push(c.document);
                s.text(
                    &format!(
                        "    {}: {} · {}",
                        c.document,
                        c.title(),
                        findings::document(lang, c)
                    ),
                    s.theme.dim(),
                );
            }
        }
    }
}

/// The detail of a file that could not be read.
pub fn invalid_lines(file: &InvalidFile, theme: &Theme) -> Vec<Line<'static>> {
    let mut s = Sheet {
        lines: Vec::new(),
        theme,
    };
    s.heading("Invalid file");
    s.field("File", file.path.clone());
    s.field("Problem", file.message.clone());
    if let (Some(l), Some(c)) = (file.line, file.column) {
        s.field("Where", format!("line {l}, column {c}"));
    }
    if let Some(snippet) = &file.snippet {
        let line = file.line.unwrap_or(1);
        s.heading("The file around it");
        for (n, text) in snippet
            .text
            .lines()
            .enumerate()
            .skip(line.saturating_sub(3))
            .take(5)
        {
            let style = if n + 1 == line {
                theme.error().add_modifier(Modifier::BOLD)
            } else {
                Style::default()
            };
            s.lines.push(Line::styled(
                format!("  {:>4} │ {}", n + 1, sanitize(text)),
                style,
            ));
        }
    }
    s.lines
}
