//! Running the channel: F11-F19 (R2-R12, R39-R49).

use super::{Finding, Fix, Severity, finding, listing};
use crate::date::Date;
use crate::model::*;
use crate::policy::Thresholds;
use crate::status::{ActivityStatus, Status, has_closing_snapshot};

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
            "Comments are on but nobody moderates them: moderate or switch comments off",
            Fix::edit(
                "Moderate daily during office hours, or switch comments off",
                ["moderation.frequency", "moderation.comments_enabled"],
            ),
        ));
    }
    let mut short = Vec::new();
    let mut keys = Vec::new();
    match m.frequency {
        Some(ModerationFrequency::DailyOfficeHours) => {}
        Some(_) => short.push("moderated less often than daily during office hours"),
        None => short.push("no moderation frequency (moderation.frequency)"),
    }
    if !short.is_empty() {
        keys.push("moderation.frequency");
    }
    let category_a = m.categories.as_ref().map(|c| &c.a);
    if !category_a.is_some_and(filled) {
        short
            .push("no category A for comments that need a fast response (moderation.categories.a)");
        keys.push("moderation.categories.a");
    }
    let what = listing(&short)?;
    Some(finding(
        "F11",
        Severity::Warning,
        format!("Moderation: {what}"),
        Fix::edit("Set up the moderation the guidance asks for", keys),
    ))
}

/// R48, R49: only for an active account; a closing one is on its way out.
pub(super) fn f12_inactive(a: &Assessment, status: &Status) -> Option<Finding> {
    if a.account.status != AccountStatus::Active || status.activity != ActivityStatus::Inactive {
        return None;
    }
    let last = a
        .activity
        .last_post
        .map(|d| d.to_string())
        .unwrap_or_default();
    Some(finding(
        "F12",
        Severity::Warning,
        format!("Inactive since {last}: update the account or close it"),
        Fix::record(
            "Post and record the last post, or close the account (`c`)",
            "a",
            "somevakt activity ID --last-post DATE",
        ),
    ))
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
            "No current editor: the channel may be left unattended",
            Fix::edit(
                "Name a responsible editor (role = \"editor\")",
                ["responsibility.editors"],
            ),
        ));
    }
    if !has(EditorRole::Substitute) {
        return Some(finding(
            "F13",
            Severity::Warning,
            "No current substitute for absence: the channel may be left unattended",
            Fix::edit(
                "Name a substitute (role = \"substitute\")",
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
        short.push("no manager approval of the channel (responsibility.manager)");
        keys.push("responsibility.manager");
    }
    if r.comms_unit_consulted != Some(true) {
        short.push("the communications unit was not consulted (comms_unit_consulted)");
        keys.push("responsibility.comms_unit_consulted");
    }
    let what = listing(&short)?;
    Some(finding(
        "F14",
        Severity::Error,
        format!("Channel not approved: {what}"),
        Fix::edit(
            "Have the nearest manager approve the channel with the communications unit",
            keys,
        ),
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
        short.push("credentials are not held centrally".to_owned());
        keys.push("responsibility.credentials_held_centrally".to_owned());
        todo.push("hand the credentials to the communications unit".to_owned());
    }
    let outside = filled(&a.account.email)
        && a.account.email.as_deref().is_some_and(|email| {
            !policy.municipal_email_domains.is_empty() && !policy.is_municipal_email(email)
        });
    if outside {
        short.push("registered with an e-mail outside the municipal domains".to_owned());
        keys.push("account.email".to_owned());
        todo.push("register the account with a work e-mail address".to_owned());
    }
    let untrained: Vec<&str> = r
        .editors
        .iter()
        .filter(|e| current(e, today) && e.trained.is_none())
        .map(|e| e.name.trim())
        .collect();
    if !untrained.is_empty() {
        let names = untrained.join(", ");
        short.push(format!("no recorded training for {names}"));
        for (i, e) in r.editors.iter().enumerate() {
            if current(e, today) && e.trained.is_none() {
                keys.push(format!("responsibility.editors[{}].trained", i + 1));
            }
        }
        todo.push(format!("train {names} and record the date"));
    }
    if !r.hours_per_week.is_some_and(|h| h > 0.0) {
        short.push("no hours set aside for follow-up (hours_per_week)".to_owned());
        keys.push("responsibility.hours_per_week".to_owned());
        todo.push("set aside hours for follow-up".to_owned());
    }
    let what = listing(&short)?;
    let mut text = todo.join("; ");
    if let Some(first) = text.get(..1) {
        text = first.to_uppercase() + &text[1..];
    }
    Some(finding(
        "F15",
        Severity::Warning,
        format!("Resources: {what}"),
        Fix::edit(text, keys),
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
        "No archiving routine (archive.routine_ref): nothing is kept automatically",
        Fix::edit(
            "Decide how the account is archived and name the routine",
            ["archive.routine_ref"],
        ),
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
    let months = i64::from(policy.snapshot_max_age_months);
    let fix = Fix::record(
        "Archive a snapshot of the account and record it",
        "p",
        "somevakt snapshot ID --kind yearly --date DATE",
    );
    let Some(latest) = a.latest_snapshot() else {
        let severity = match a.account.created {
            Some(created) if created.add_months(2 * months) <= today => Severity::Error,
            _ => Severity::Warning,
        };
        return Some(finding(
            "F17",
            severity,
            "No snapshot has ever been archived",
            fix,
        ));
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
        format!(
            "The latest snapshot is from {}, more than {months} months ago",
            latest.date
        ),
        fix,
    ))
}

/// R47.
pub(super) fn f18_closing_snapshot(a: &Assessment) -> Option<Finding> {
    let closing = matches!(
        a.account.status,
        AccountStatus::Closing | AccountStatus::Closed
    );
    if !closing || has_closing_snapshot(a) {
        return None;
    }
    Some(finding(
        "F18",
        Severity::Error,
        "Closing without a snapshot archived before closing (kind = \"before_closing\")",
        Fix::record(
            "Record a snapshot of kind before_closing",
            "p",
            "somevakt snapshot ID --kind before_closing --date DATE",
        ),
    ))
}

/// R10, R24, R42.
pub(super) fn f19_profile(a: &Assessment) -> Option<Finding> {
    let p = &a.profile;
    let mut short = Vec::new();
    let mut keys = Vec::new();
    let parts = [
        (
            "privacy notice",
            "profile.privacy_notice_url",
            filled(&p.privacy_notice_url),
        ),
        (
            "house rules",
            "profile.house_rules_url",
            filled(&p.house_rules_url),
        ),
        ("website", "profile.website", filled(&p.website)),
        (
            "statement of sender and purpose",
            "profile.states_sender_and_purpose",
            p.states_sender_and_purpose == Some(true),
        ),
    ];
    for (what, key, present) in parts {
        if !present {
            short.push(what);
            keys.push(key);
        }
    }
    let what = listing(&short)?;
    Some(finding(
        "F19",
        Severity::Warning,
        format!("The profile lacks: {what}"),
        Fix::edit("Complete the profile and write where each part is", keys),
    ))
}
