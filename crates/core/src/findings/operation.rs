//! Running the channel: F11-F19 (R2-R12, R39-R49).

use super::{Arg, Finding, Fix, Phrase, Severity, finding, listing};
use crate::date::Date;
use crate::model::*;
use crate::policy::Thresholds;
use crate::status::{
    ActivityStatus, Status, has_closing_snapshot, needs_closing_snapshot, never_in_use,
};

/// R39-R41.
pub(super) fn f11_moderation(a: &Assessment) -> Option<Finding> {
    let m = &a.moderation;
    // Comments are on by default on every platform listed; only an explicit
    // `false` shows they were switched off (R40).
    if m.comments_enabled == Some(false) {
        return None;
    }
    if m.frequency == Some(ModerationFrequency::None) {
        return Some(finding(
            "F11",
            Severity::Error,
            Phrase::new("f11-unmoderated"),
            Fix::edit(
                Phrase::new("f11-unmoderated-fix"),
                ["moderation.frequency", "moderation.comments_enabled"],
            ),
        ));
    }
    let mut short = Vec::new();
    let mut keys = Vec::new();
    match m.frequency {
        Some(ModerationFrequency::DailyOfficeHours) => {}
        Some(_) => short.push(Phrase::new("f11-seldom")),
        None => short.push(Phrase::new("f11-no-frequency")),
    }
    if !short.is_empty() {
        keys.push("moderation.frequency");
    }
    let category_a = m.categories.as_ref().map(|c| &c.a);
    if !category_a.is_some_and(filled) {
        short.push(Phrase::new("f11-no-category-a"));
        keys.push("moderation.categories.a");
    }
    let what = listing(short)?;
    Some(finding(
        "F11",
        Severity::Warning,
        Phrase::new("f11").with("missing", what),
        Fix::edit(Phrase::new("f11-fix"), keys),
    ))
}

/// R48, R49: only for an active account; a closing one is on its way out.
pub(super) fn f12_inactive(a: &Assessment, status: &Status) -> Option<Finding> {
    if a.account.status != AccountStatus::Active || status.activity != ActivityStatus::Inactive {
        return None;
    }
    let phrase = match a.activity.last_post {
        Some(last) => Phrase::new("f12").with("since", Arg::Date(last)),
        None => Phrase::new("f12-no-date"),
    };
    Some(finding("F12", Severity::Warning, phrase, activity_fix()))
}

fn current(editor: &Editor, today: Date) -> bool {
    editor.until.is_none_or(|until| until >= today)
}

/// R3-R5.
pub(super) fn f13_editors(a: &Assessment, today: Date) -> Option<Finding> {
    let editors = &a.responsibility.editors;
    let has = |role| editors.iter().any(|e| e.role == role && current(e, today));
    if !has(EditorRole::Editor) {
        return Some(finding(
            "F13",
            Severity::Error,
            Phrase::new("f13-no-editor"),
            Fix::edit(Phrase::new("f13-no-editor-fix"), ["responsibility.editors"]),
        ));
    }
    if !has(EditorRole::Substitute) {
        return Some(finding(
            "F13",
            Severity::Warning,
            Phrase::new("f13-no-substitute"),
            Fix::edit(
                Phrase::new("f13-no-substitute-fix"),
                ["responsibility.editors"],
            ),
        ));
    }
    None
}

/// R2.
pub(super) fn f14_manager_approval(a: &Assessment) -> Option<Finding> {
    let r = &a.responsibility;
    let mut short = Vec::new();
    let mut keys = Vec::new();
    if !filled(&r.manager) {
        short.push(Phrase::new("f14-no-manager"));
        keys.push("responsibility.manager");
    }
    if r.comms_unit_consulted != Some(true) {
        short.push(Phrase::new("f14-not-consulted"));
        keys.push("responsibility.comms_unit_consulted");
    }
    let what = listing(short)?;
    Some(finding(
        "F14",
        Severity::Error,
        Phrase::new("f14").with("missing", what),
        Fix::edit(Phrase::new("f14-fix"), keys),
    ))
}

/// R6, R9, R11, R12. Names the editors without recorded training, so the
/// privacy officer knows whom to send to the course.
pub(super) fn f15_resources(a: &Assessment, policy: &Thresholds, today: Date) -> Option<Finding> {
    let r = &a.responsibility;
    let mut short = Vec::new();
    let mut keys = Vec::new();
    let mut todo = Vec::new();
    if r.credentials_held_centrally != Some(true) {
        short.push(Phrase::new("f15-credentials"));
        keys.push("responsibility.credentials_held_centrally".to_owned());
        todo.push(Phrase::new("f15-credentials-fix"));
    }
    let outside = filled(&a.account.email)
        && a.account.email.as_deref().is_some_and(|email| {
            !policy.municipal_email_domains.is_empty() && !policy.is_municipal_email(email)
        });
    if outside {
        short.push(Phrase::new("f15-email"));
        keys.push("account.email".to_owned());
        todo.push(Phrase::new("f15-email-fix"));
    }
    let untrained: Vec<&str> = r
        .editors
        .iter()
        .filter(|e| current(e, today) && e.trained.is_none())
        .map(|e| e.name.trim())
        .collect();
    if !untrained.is_empty() {
        let names: Vec<String> = untrained.iter().map(|n| (*n).to_owned()).collect();
        short.push(Phrase::new("f15-untrained").with("names", Arg::List(names.clone())));
        for (i, e) in r.editors.iter().enumerate() {
            if current(e, today) && e.trained.is_none() {
                keys.push(format!("responsibility.editors[{}].trained", i + 1));
            }
        }
        todo.push(Phrase::new("f15-untrained-fix").with("names", Arg::List(names)));
    }
    if !r.hours_per_week.is_some_and(|h| h > 0.0) {
        short.push(Phrase::new("f15-no-hours"));
        keys.push("responsibility.hours_per_week".to_owned());
        todo.push(Phrase::new("f15-no-hours-fix"));
    }
    let what = listing(short)?;
    Some(finding(
        "F15",
        Severity::Warning,
        Phrase::new("f15").with("missing", what),
        // The fix's first part starts the sentence: [`Phrase::english`]
        // (and the translations) write its first letter upper-case.
        Fix::edit(
            Phrase::new("f15-fix").with("todo", Arg::Phrases(todo)),
            keys,
        ),
    ))
}

/// R44.
pub(super) fn f16_archive_routine(a: &Assessment) -> Option<Finding> {
    if filled(&a.archive.routine_ref) {
        return None;
    }
    Some(finding(
        "F16",
        Severity::Warning,
        Phrase::new("f16"),
        Fix::edit(Phrase::new("f16-fix"), ["archive.routine_ref"]),
    ))
}

/// R46: a warning once the latest snapshot is older than the limit, an
/// error from the day its age reaches twice the limit. An account that never
/// archived one is measured from its creation date.
pub(super) fn f17_yearly_snapshot(
    a: &Assessment,
    policy: &Thresholds,
    today: Date,
) -> Option<Finding> {
    // A closing plan that never opened has nothing to archive.
    if a.account.status == AccountStatus::Closing && never_in_use(a) {
        return None;
    }
    let months = i64::from(policy.snapshot_max_age_months);
    let fix = yearly_snapshot_fix();
    let Some(latest) = a.latest_snapshot() else {
        let severity = match a.account.created {
            Some(created) if created.add_months(2 * months) <= today => Severity::Error,
            _ => Severity::Warning,
        };
        return Some(finding("F17", severity, Phrase::new("f17-never"), fix));
    };
    if latest.date.add_months(months) >= today {
        return None;
    }
    let severity = if latest.date.add_months(2 * months) <= today {
        Severity::Error
    } else {
        Severity::Warning
    };
    Some(finding(
        "F17",
        severity,
        Phrase::new("f17-old")
            .with("date", Arg::Date(latest.date))
            .with("months", Arg::Number(months)),
        fix,
    ))
}

/// R47.
pub(super) fn f18_closing_snapshot(a: &Assessment) -> Option<Finding> {
    if !needs_closing_snapshot(a) || has_closing_snapshot(a) {
        return None;
    }
    let older = a
        .snapshots
        .iter()
        .filter(|s| s.kind == SnapshotKind::BeforeClosing)
        .map(|s| s.date)
        .max();
    let phrase = match (older, a.activity.last_post) {
        (Some(date), Some(last_post)) => Phrase::new("f18-after-post")
            .with("date", Arg::Date(date))
            .with("last_post", Arg::Date(last_post)),
        _ => Phrase::new("f18"),
    };
    Some(finding(
        "F18",
        Severity::Error,
        phrase,
        closing_snapshot_fix(),
    ))
}

/// R10, R24, R42.
pub(super) fn f19_profile(a: &Assessment) -> Option<Finding> {
    let p = &a.profile;
    let mut short = Vec::new();
    let mut keys = Vec::new();
    let parts = [
        (
            "f19-privacy-notice",
            "profile.privacy_notice_url",
            filled(&p.privacy_notice_url),
        ),
        (
            "f19-house-rules",
            "profile.house_rules_url",
            filled(&p.house_rules_url),
        ),
        ("f19-website", "profile.website", filled(&p.website)),
        (
            "f19-sender",
            "profile.states_sender_and_purpose",
            p.states_sender_and_purpose == Some(true),
        ),
    ];
    for (what, key, present) in parts {
        if !present {
            short.push(Phrase::new(what));
            keys.push(key);
        }
    }
    let what = listing(short)?;
    Some(finding(
        "F19",
        Severity::Warning,
        Phrase::new("f19").with("missing", what),
        Fix::edit(Phrase::new("f19-fix"), keys),
    ))
}

/// F12 and the inactive reminder: post, or close.
pub(super) fn activity_fix() -> Fix {
    Fix::record(
        Phrase::new("f12-fix"),
        "a",
        "somevakt activity ID --last-post DATE",
    )
}

/// F17 and the snapshot reminder.
pub(super) fn yearly_snapshot_fix() -> Fix {
    Fix::record(
        Phrase::new("f17-fix"),
        "p",
        "somevakt snapshot ID --kind yearly --date DATE",
    )
}

/// F18 and the closing-snapshot reminder.
pub(super) fn closing_snapshot_fix() -> Fix {
    Fix::record(
        Phrase::new("f18-fix"),
        "p",
        "somevakt snapshot ID --kind before_closing --date DATE",
    )
}
