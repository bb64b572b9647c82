//! The detail screen's text: every section of one assessment in readable
//! form, then its findings with their sources.

use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::keymap::Action;
use super::keymap::{Context, Keymap, Screen};
use super::theme::Theme;
use crate::i18n::{Lang, findings, words};
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
    lang: Lang,
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

fn yes_no(lang: Lang, value: Option<bool>) -> Option<String> {
    value.map(|v| {
        if v {
            t!(lang, "sheet-yes")
        } else {
            t!(lang, "sheet-no")
        }
    })
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
    lang: Lang,
) -> Vec<Line<'static>> {
    let mut s = Sheet {
        lines: Vec::new(),
        theme,
        lang,
    };
    let a = &account.assessment;
    status_section(&mut s, account, evaluation);
    if !a.decisions.is_empty() {
        let text = match recorded {
            Recorded::Loading => t!(lang, "sheet-reading-history"),
            Recorded::By(c) => t!(
                lang,
                "sheet-recorded-commit",
                commit = c.short_id.clone(),
                author = c.author.clone(),
                email = c.email.clone(),
                date = c.date.clone()
            ),
            Recorded::Unknown => t!(lang, "sheet-recorded-unknown"),
        };
        s.field(&t!(s.lang, "sheet-decision-recorded-in"), text);
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
    s.heading(&t!(s.lang, "sheet-status"));
    s.field(&t!(s.lang, "sheet-id"), account.id.to_string());
    s.field(&t!(s.lang, "sheet-file"), account.path.clone());
    let st = &e.status;
    let lang = s.lang;
    s.field(
        &t!(s.lang, "sheet-approval"),
        words::approval(lang, st.approval),
    );
    let review = match st.review_due {
        Some(due) => t!(
            lang,
            "sheet-due",
            state = words::review(lang, st.review),
            date = due.to_string()
        ),
        None => words::review(lang, st.review),
    };
    s.field(&t!(s.lang, "sheet-review"), review);
    s.field(
        &t!(s.lang, "sheet-activity"),
        words::activity(lang, st.activity),
    );
    let snapshots = match st.snapshot_due {
        Some(due) => t!(
            lang,
            "sheet-next-due",
            state = words::snapshots(lang, st.snapshots),
            date = due.to_string()
        ),
        None => words::snapshots(lang, st.snapshots),
    };
    s.field(&t!(s.lang, "sheet-snapshots"), snapshots);
}

fn account_section(s: &mut Sheet<'_>, a: &Assessment) {
    let acc = &a.account;
    s.heading(&t!(s.lang, "sheet-account"));
    s.field(&t!(s.lang, "sheet-name"), acc.name.clone());
    s.field(&t!(s.lang, "sheet-municipality"), acc.municipality.clone());
    s.field(&t!(s.lang, "sheet-platform"), enum_word(&acc.platform));
    s.opt(&t!(s.lang, "sheet-address"), acc.url.clone());
    s.opt(&t!(s.lang, "sheet-owner-unit"), acc.owner_unit.clone());
    s.opt(&t!(s.lang, "sheet-service-area"), acc.service_area.clone());
    s.opt(&t!(s.lang, "sheet-usage"), word(acc.usage));
    s.field(&t!(s.lang, "sheet-status"), enum_word(&acc.status));
    s.opt(&t!(s.lang, "sheet-created"), acc.created);
    s.opt(&t!(s.lang, "sheet-e-mail"), acc.email.clone());
    s.opt(&t!(s.lang, "sheet-purpose"), acc.purpose.clone());
    s.opt(&t!(s.lang, "sheet-plan"), acc.plan_ref.clone());
    s.opt(&t!(s.lang, "sheet-strategy"), acc.strategy_ref.clone());
    s.opt(
        &t!(s.lang, "sheet-main-channel-considered"),
        yes_no(s.lang, acc.main_channel_considered),
    );
    s.opt(&t!(s.lang, "sheet-jurisdiction"), word(acc.jurisdiction));
    s.heading(&t!(s.lang, "sheet-profile"));
    let p = &a.profile;
    s.opt(&t!(s.lang, "sheet-website"), p.website.clone());
    s.opt(
        &t!(s.lang, "sheet-privacy-notice"),
        p.privacy_notice_url.clone(),
    );
    s.opt(&t!(s.lang, "sheet-house-rules"), p.house_rules_url.clone());
    s.opt(
        &t!(s.lang, "sheet-states-sender-and-purpose"),
        yes_no(s.lang, p.states_sender_and_purpose),
    );
}

fn responsibility_section(s: &mut Sheet<'_>, a: &Assessment) {
    let r = &a.responsibility;
    s.heading(&t!(s.lang, "sheet-responsibility"));
    s.opt(&t!(s.lang, "sheet-manager"), r.manager.clone());
    s.opt(
        &t!(s.lang, "sheet-comms-unit-consulted"),
        yes_no(s.lang, r.comms_unit_consulted),
    );
    s.opt(
        &t!(s.lang, "sheet-communications-unit"),
        r.communications_unit.clone(),
    );
    s.opt(
        &t!(s.lang, "sheet-credentials-held-centrally"),
        yes_no(s.lang, r.credentials_held_centrally),
    );
    s.opt(&t!(s.lang, "sheet-hours-per-week"), r.hours_per_week);
    for e in &r.editors {
        let mut text = format!("{} ({})", e.name, enum_word(&e.role));
        if let Some(day) = e.trained {
            text.push_str(&t!(s.lang, "sheet-trained", date = day.to_string()));
        }
        if let Some(day) = e.until {
            text.push_str(&t!(s.lang, "sheet-until", date = day.to_string()));
        }
        s.field(&t!(s.lang, "sheet-editor"), text);
    }
}

fn dpia_section(s: &mut Sheet<'_>, a: &Assessment) {
    let d = &a.dpia;
    s.heading(&t!(s.lang, "sheet-dpia"));
    s.opt(&t!(s.lang, "sheet-document"), d.document_ref.clone());
    s.opt(&t!(s.lang, "sheet-initial-screening"), d.initial_screening);
    s.opt(&t!(s.lang, "sheet-completed"), d.completed);
    s.opt(&t!(s.lang, "sheet-next-review"), d.next_review);
    s.opt(&t!(s.lang, "sheet-terms-reviewed"), d.terms_reviewed);
    s.list(&t!(s.lang, "sheet-competences"), &words(&d.competences));
    s.opt(&t!(s.lang, "sheet-purpose"), d.purpose.clone());
    s.list(&t!(s.lang, "sheet-features-used"), &d.features_used);
    s.list(&t!(s.lang, "sheet-features-disabled"), &d.features_disabled);
    s.opt(
        &t!(s.lang, "sheet-data-subjects-est"),
        d.estimated_data_subjects,
    );
    s.opt(
        &t!(s.lang, "sheet-special-category-risk"),
        word(d.special_category_risk),
    );
    s.list(&t!(s.lang, "sheet-target-groups"), &d.target_groups);
    s.list(&t!(s.lang, "sheet-vulnerable-groups"), &d.vulnerable_groups);
    s.opt(&t!(s.lang, "sheet-trade-offs"), d.tradeoffs.clone());
    let infosec = d.infosec.clone().unwrap_or_default();
    s.opt(
        &t!(s.lang, "sheet-supplier-documentation"),
        word(infosec.supplier_documentation),
    );
    s.opt(
        &t!(s.lang, "sheet-admins-reviewed"),
        infosec.admins_reviewed,
    );
    let ctrl = d.controllership.clone().unwrap_or_default();
    s.opt(
        &t!(s.lang, "sheet-joint-controllership"),
        yes_no(s.lang, ctrl.joint),
    );
    s.opt(
        &t!(s.lang, "sheet-art-26-arrangement"),
        ctrl.art26_arrangement,
    );
    let basis = d.legal_basis.clone().unwrap_or_default();
    s.opt(&t!(s.lang, "sheet-legal-basis"), word(basis.article));
    s.opt(
        &t!(s.lang, "sheet-supplementary-basis"),
        basis.supplementary,
    );
    s.opt(&t!(s.lang, "sheet-legitimate-interest-ass"), basis.lia_ref);
    let t = d.transfer.clone().unwrap_or_default();
    s.opt(
        &t!(s.lang, "sheet-third-country"),
        yes_no(s.lang, t.third_country),
    );
    s.opt(&t!(s.lang, "sheet-transfer-mechanism"), word(t.mechanism));
    s.opt(&t!(s.lang, "sheet-transfer-impact-ass"), t.tia_ref);
    let ethics = d.ethics.clone().unwrap_or_default();
    s.opt(&t!(s.lang, "sheet-ethics-method"), ethics.method);
    s.opt(&t!(s.lang, "sheet-ethics-assessed"), ethics.assessed);
    for (i, r) in d.risks.iter().enumerate() {
        let goal = word(r.goal).unwrap_or_else(|| t!(s.lang, "sheet-no-goal"));
        let residual = word(r.residual).unwrap_or_else(|| t!(s.lang, "sheet-no-residual"));
        s.field(
            &t!(s.lang, "sheet-risk", n = i + 1, goal = goal),
            r.risk.clone().unwrap_or_default(),
        );
        s.field(&t!(s.lang, "sheet-measures"), r.measures.join("; "));
        s.field(&t!(s.lang, "sheet-residual"), residual);
    }
    s.field(&t!(s.lang, "sheet-digest"), dpia_digest(d));
}

fn decisions_section(s: &mut Sheet<'_>, a: &Assessment) {
    s.heading(&t!(s.lang, "sheet-decisions-newest-first"));
    if a.decisions.is_empty() {
        s.field("", t!(s.lang, "sheet-no-decision"));
    }
    let current = dpia_digest(&a.dpia);
    let mut decisions: Vec<&Decision> = a.decisions.iter().collect();
    decisions.reverse();
    decisions.sort_by_key(|d| std::cmp::Reverse(d.date));
    for d in decisions {
        let covers = match &d.dpia_digest {
            Some(digest) if digest.trim() == current => t!(s.lang, "sheet-covers-current"),
            Some(_) => t!(s.lang, "sheet-earlier-dpia"),
            None => t!(s.lang, "sheet-no-digest"),
        };
        s.field(
            &d.date.to_string(),
            format!("{} ({covers})", d.outcome.word()),
        );
        s.opt(&t!(s.lang, "sheet-body"), d.body.clone());
        s.opt(&t!(s.lang, "sheet-recorded-by"), d.decided_by.clone());
        s.opt(&t!(s.lang, "sheet-rationale"), d.rationale.clone());
        for c in &d.conditions {
            s.field(&t!(s.lang, "sheet-condition"), c.clone());
        }
        s.opt(&t!(s.lang, "sheet-conditions-due"), d.conditions_due);
        s.opt(&t!(s.lang, "sheet-residual-risk"), word(d.residual_risk));
    }
    if let Some(pc) = &a.prior_consultation {
        s.heading(&t!(s.lang, "sheet-prior-consultation"));
        s.opt(&t!(s.lang, "sheet-requested"), pc.requested);
        s.opt(&t!(s.lang, "sheet-reference"), pc.reference.clone());
    }
}

fn operations_sections(s: &mut Sheet<'_>, a: &Assessment) {
    let m = &a.moderation;
    s.heading(&t!(s.lang, "sheet-moderation"));
    s.opt(
        &t!(s.lang, "sheet-comments-enabled"),
        yes_no(s.lang, m.comments_enabled),
    );
    s.opt(&t!(s.lang, "sheet-frequency"), word(m.frequency));
    s.opt(&t!(s.lang, "sheet-removal-log"), m.removal_log_ref.clone());
    s.opt(
        &t!(s.lang, "sheet-response-hours"),
        m.response_hours.clone(),
    );
    let c = m.categories.clone().unwrap_or_default();
    s.opt(&t!(s.lang, "sheet-category-a"), c.a);
    s.opt(&t!(s.lang, "sheet-category-b"), c.b);
    s.opt(&t!(s.lang, "sheet-category-c"), c.c);
    s.heading(&t!(s.lang, "sheet-archive"));
    s.opt(&t!(s.lang, "sheet-routine"), a.archive.routine_ref.clone());
    s.opt(
        &t!(s.lang, "sheet-journal-rule"),
        a.archive.journal_rule.clone(),
    );
    s.heading(&t!(s.lang, "sheet-snapshots"));
    if a.snapshots.is_empty() {
        s.field("", t!(s.lang, "sheet-no-snapshot"));
    }
    for snap in &a.snapshots {
        let mut text = snap.kind.word().to_owned();
        for part in [&snap.format, &snap.archive_ref].into_iter().flatten() {
            text.push_str(&format!(", {part}"));
        }
        s.field(&snap.date.to_string(), text);
    }
    s.heading(&t!(s.lang, "sheet-activity"));
    s.opt(&t!(s.lang, "sheet-last-post"), a.activity.last_post);
    s.opt(&t!(s.lang, "sheet-checked"), a.activity.checked);
    if let Some(c) = &a.closing {
        s.heading(&t!(s.lang, "sheet-closing"));
        s.opt(&t!(s.lang, "sheet-decided"), c.decided);
        s.opt(&t!(s.lang, "sheet-decided-by"), c.decided_by.clone());
        s.opt(&t!(s.lang, "sheet-reason"), c.reason.clone());
    }
    s.heading(&t!(s.lang, "sheet-content"));
    s.opt(
        &t!(s.lang, "sheet-identifiable-persons"),
        word(a.content.identifiable_persons),
    );
    s.opt(
        &t!(s.lang, "sheet-exemption-justification"),
        a.content.exemption_justification.clone(),
    );
    if !a.incidents.is_empty() {
        s.heading(&t!(s.lang, "sheet-incidents"));
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
    /// The account's jurisdiction (its own, else the policy's): whose
    /// guidance its sources cite first.
    pub jurisdiction: Option<somevakt_core::model::Jurisdiction>,
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
        // The guidance as a person cites it: document, year, section.
        let source = format!(
            "{}: {}",
            t!(lang, "fix-source-label"),
            findings::cite(lang, &f.source, fix.jurisdiction)
        );
        s.text(&format!("  {source}"), s.theme.dim());
    }
}

/// The detail of a file that could not be read.
pub fn invalid_lines(file: &InvalidFile, theme: &Theme, lang: Lang) -> Vec<Line<'static>> {
    let mut s = Sheet {
        lines: Vec::new(),
        theme,
        lang,
    };
    s.heading(&t!(s.lang, "sheet-invalid-file"));
    s.field(&t!(s.lang, "sheet-file"), file.path.clone());
    s.field(
        &t!(s.lang, "sheet-problem"),
        crate::i18n::problems::file_problem(s.lang, &file.message),
    );
    if let (Some(l), Some(c)) = (file.line, file.column) {
        s.field(
            &t!(s.lang, "sheet-where"),
            t!(lang, "row-at", line = l, column = c),
        );
    }
    if let Some(snippet) = &file.snippet {
        let line = file.line.unwrap_or(1);
        s.heading(&t!(s.lang, "sheet-the-file-around-it"));
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
