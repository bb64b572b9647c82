//! Exports: the register rendered for people (tables, diagnostics) and for
//! other tools (JSON, CSV). Pure functions from loaded data to text.

pub mod check;
pub mod log;
pub mod remind;
pub mod schema;
pub mod status;

use rayon::prelude::*;

use crate::domain::{Date, Evaluation, evaluate};
use crate::repo::{LoadedAssessment, Register};

/// One account with what the rules say about it today.
#[derive(Debug, Clone)]
pub struct AccountReport<'a> {
    pub account: &'a LoadedAssessment,
    pub evaluation: Evaluation,
}

/// Evaluates every account of the register, in id order.
pub fn evaluate_all(register: &Register, today: Date) -> Vec<AccountReport<'_>> {
    register
        .accounts
        .par_iter()
        .map(|account| AccountReport {
            account,
            evaluation: evaluate(&account.assessment, &register.policy, today),
        })
        .collect()
}

/// "in 12 d", "today" or "40 d overdue": how far `due` is from `today`.
pub fn relative_days(today: Date, due: Date) -> String {
    match today.days_until(due) {
        0 => "today".to_owned(),
        n if n > 0 => format!("in {n} d"),
        n => format!("{} d overdue", -n),
    }
}

/// Pads or cuts `text` to `width` terminal columns.
pub fn fit(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let mut out = String::new();
    let mut used = 0;
    for ch in text.chars() {
        let w = ch.width().unwrap_or(0);
        if used + w > width {
            break;
        }
        out.push(ch);
        used += w;
    }
    out.extend(std::iter::repeat_n(' ', width - used));
    out
}

/// Terminal columns of `text`.
pub fn width(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}
