//! What fixes a finding or a reminder: the one place that maps findings
//! (F01-F23, docs/format.md "Findings") and reminder kinds to the
//! dashboard's actions and the command line's equivalents. The detail's
//! `Fix:` lines, Enter on a finding or reminder, and the help all read it.

use somevakt_core::reminders::ReminderKind;

use super::keymap::Action;

/// How to fix something: the action (whose key the keymap knows) and the
/// command line that does the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fix {
    pub action: Action,
    /// What the action does here, in a few words.
    pub what: &'static str,
    pub command: &'static str,
}

const DECIDE: Fix = Fix {
    action: Action::Decide,
    what: "record a management decision",
    command: "somevakt decide",
};

const EDIT: Fix = Fix {
    action: Action::EditInEditor,
    what: "fill in the assessment in your editor",
    command: "your editor, then git commit",
};

/// The fix of finding `id`.
pub fn for_finding(id: &str) -> Fix {
    match id {
        // Approval, conditions, prior consultation noted with a decision,
        // an overdue review, a decision without a digest: a new decision.
        "F02" | "F03" | "F05" | "F22" => DECIDE,
        "F12" => Fix {
            action: Action::RecordActivity,
            what: "record the last post (or c to close the account)",
            command: "somevakt activity",
        },
        "F17" | "F18" => Fix {
            action: Action::RecordSnapshot,
            what: "record the archived snapshot",
            command: "somevakt snapshot",
        },
        "F23" => Fix {
            action: Action::CloseAccount,
            what: "record the closing (or e to correct the status)",
            command: "somevakt close",
        },
        // F04 needs a [prior_consultation] entry; the rest are parts of the
        // assessment itself, which only the editor changes.
        _ => EDIT,
    }
}

/// The action of a key the rules name in a finding's fix (`d`, `p`, `a`,
/// `c`, `e`): the rules speak of the default keys; the keymap says which
/// key the user has for the action now.
pub fn action_for_key(key: &str) -> Option<Action> {
    match key {
        "d" => Some(Action::Decide),
        "p" => Some(Action::RecordSnapshot),
        "a" => Some(Action::RecordActivity),
        "c" => Some(Action::CloseAccount),
        "e" => Some(Action::EditInEditor),
        _ => None,
    }
}

/// The action that starts the fix of a finding: the rules' own fix when
/// they name a key, else the table above.
pub fn action_for(finding: &somevakt_core::Finding) -> Action {
    finding
        .fix
        .dashboard_key
        .and_then(action_for_key)
        .unwrap_or_else(|| for_finding(finding.id).action)
}

/// The fix of a reminder.
pub fn for_reminder(kind: ReminderKind) -> Fix {
    match kind {
        ReminderKind::Review | ReminderKind::Conditions => DECIDE,
        ReminderKind::Snapshot | ReminderKind::ClosingSnapshot => Fix {
            action: Action::RecordSnapshot,
            what: "record the archived snapshot",
            command: "somevakt snapshot",
        },
        ReminderKind::Inactive => Fix {
            action: Action::RecordActivity,
            what: "record the last post (or c to close the account)",
            command: "somevakt activity",
        },
    }
}

/// Every distinct fix, for the help screen: (findings, fix).
pub fn table() -> Vec<(&'static str, Fix)> {
    vec![
        ("F02 F03 F05 F22, reviews, conditions", DECIDE),
        ("F17 F18, snapshot reminders", for_finding("F17")),
        ("F12, inactive reminders", for_finding("F12")),
        ("F23", for_finding("F23")),
        ("every other finding", EDIT),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_finding_has_a_fix_that_names_a_command() {
        for n in 1..=23 {
            let fix = for_finding(&format!("F{n:02}"));
            assert!(!fix.command.is_empty() && !fix.what.is_empty());
        }
        assert_eq!(for_finding("F18").action, Action::RecordSnapshot);
        assert_eq!(for_reminder(ReminderKind::Review).action, Action::Decide);
    }
}
