//! The register's state over time (`somevakt trend`, docs/format.md): the
//! days a trend is measured on, and what is counted on each. Pure: which
//! register stood on each day is read from Git by the store.

use crate::Date;
use crate::findings::Severity;
use crate::register::AccountReport;
use crate::status::{ActivityStatus, Approval, ReviewStatus, SnapshotStatus};

/// How far apart the days of a trend are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// Each week, measured on its Sunday.
    Week,
    /// Each month, measured on its last day.
    Month,
    /// Each quarter, measured on its last day.
    Quarter,
}

/// The days a trend from `from` to `to` is measured on: the end of every
/// week, month or quarter that overlaps the span, the last one cut to `to`
/// (how things stood at the close of each period, and now). Empty when
/// `from` is after `to`.
pub fn days(from: Date, to: Date, step: Step) -> Vec<Date> {
    let mut days = Vec::new();
    let mut at = from;
    while at <= to {
        let end = period_end(at, step).min(to);
        days.push(end);
        at = end.add_days(1);
    }
    days
}

/// The last day of the period `day` falls in.
fn period_end(day: Date, step: Step) -> Date {
    match step {
        Step::Week => day.add_days(i64::from(7 - day.weekday())),
        Step::Month => day.last_of_month(),
        Step::Quarter => {
            let (_, month, _) = day.ymd();
            let to_quarter_end = i64::from((3 - (month - 1) % 3) - 1);
            day.add_months(to_quarter_end).last_of_month()
        }
    }
}

/// What a trend counts on one day: every status dimension, the invalid
/// files, and the findings' errors.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    /// Accounts read (valid files).
    pub accounts: usize,
    /// Approval states.
    pub approved: usize,
    /// Approved on conditions.
    pub conditionally_approved: usize,
    /// Refused.
    pub not_approved: usize,
    /// Nothing decided yet.
    pub pending: usize,
    /// The DPIA changed after the decision.
    pub needs_reapproval: usize,
    /// Reviews past their date.
    pub reviews_overdue: usize,
    /// Reviews within the reminder window.
    pub reviews_due_soon: usize,
    /// No post for longer than the policy allows.
    pub inactive: usize,
    /// No snapshot at all where one is needed.
    pub snapshots_missing: usize,
    /// The latest snapshot too old.
    pub snapshots_overdue: usize,
    /// Files that are not valid assessments (the policy included).
    pub invalid_files: usize,
    /// Accounts with at least one error finding.
    pub accounts_with_errors: usize,
}

impl Counts {
    /// The counts of one day's evaluated register.
    pub fn of(reports: &[AccountReport<'_>], invalid_files: usize) -> Counts {
        let mut c = Counts {
            accounts: reports.len(),
            invalid_files,
            ..Counts::default()
        };
        for report in reports {
            let status = &report.evaluation.status;
            match status.approval {
                Approval::Approved => c.approved += 1,
                Approval::ConditionallyApproved => c.conditionally_approved += 1,
                Approval::NotApproved => c.not_approved += 1,
                Approval::Pending => c.pending += 1,
                Approval::NeedsReapproval => c.needs_reapproval += 1,
            }
            match status.review {
                ReviewStatus::Overdue => c.reviews_overdue += 1,
                ReviewStatus::DueSoon => c.reviews_due_soon += 1,
                ReviewStatus::None | ReviewStatus::Ok => {}
            }
            if status.activity == ActivityStatus::Inactive {
                c.inactive += 1;
            }
            match status.snapshots {
                SnapshotStatus::Missing => c.snapshots_missing += 1,
                SnapshotStatus::Overdue => c.snapshots_overdue += 1,
                _ => {}
            }
            let errors = report
                .evaluation
                .findings
                .iter()
                .any(|f| f.severity == Severity::Error);
            c.accounts_with_errors += usize::from(errors);
        }
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn all(from: &str, to: &str, step: Step) -> Vec<String> {
        days(d(from), d(to), step)
            .iter()
            .map(|d| d.to_string())
            .collect()
    }

    #[test]
    fn months_end_on_their_last_day_and_the_last_is_cut_to_the_end() {
        assert_eq!(
            all("2024-01-15", "2024-04-10", Step::Month),
            ["2024-01-31", "2024-02-29", "2024-03-31", "2024-04-10"]
        );
        assert_eq!(all("2024-12-31", "2024-12-31", Step::Month), ["2024-12-31"]);
        assert!(days(d("2025-01-02"), d("2025-01-01"), Step::Month).is_empty());
    }

    #[test]
    fn quarters_and_weeks() {
        assert_eq!(
            all("2024-02-10", "2024-12-31", Step::Quarter),
            ["2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31"]
        );
        // 2024-12-30 is a Monday; weeks end on Sunday.
        assert_eq!(
            all("2024-12-30", "2025-01-15", Step::Week),
            ["2025-01-05", "2025-01-12", "2025-01-15"]
        );
        assert_eq!(
            all("2025-01-05", "2025-01-06", Step::Week),
            ["2025-01-05", "2025-01-06"]
        );
    }
}
