//! The rows, their order and filter, the counts and the reminders, rebuilt
//! from the register after a load and patched after a single-file reload.

use super::list::ReminderRow;
use super::table::{Table, mark_overdue, reminder_rows_of, sort_reminders, sorted};
use super::{App, Counts};
use crate::t;
use crate::tui::rows::{Column, Row};
use somevakt_store::{FileState, Register};
use std::sync::Arc;

impl App {
    pub(super) fn on_loaded(
        &mut self,
        generation: u64,
        result: Result<Arc<Register>, String>,
        table: Option<Box<Table>>,
    ) {
        if generation < self.loads.full {
            // A newer full load is on its way; this one read older files.
            return;
        }
        self.loading = None;
        let register = match result {
            Ok(register) => register,
            Err(e) => {
                self.message = t!(self.lang(), "status-cannot-load", error = e);
                return;
            }
        };
        let n = register.accounts.len() + register.invalid.len();
        self.register = Some(register);
        // Built by the loader off the UI thread, for the day it was asked
        // for; a new day since (or none built) means building it here.
        match table {
            Some(table) if table.today == self.today => {
                let pending = table.reminders.is_none();
                self.install(*table);
                // Its reminders follow from the loader, in words.
                self.reminders_awaited = pending.then_some(generation);
            }
            _ => self.rebuild(),
        }
        // Files reloaded after this load was asked for are newer than what
        // it read: put them back over it.
        let newer: Vec<(String, FileState)> = self
            .loads
            .recent
            .iter()
            .filter(|(_, (g, _))| *g > generation)
            .map(|(p, (_, state))| (p.clone(), state.clone()))
            .collect();
        self.loads.recent.retain(|_, (g, _)| *g > generation);
        if !newer.is_empty() {
            self.patch(newer);
        }
        self.message = match (self.reload_reason.take(), self.notice.take()) {
            (_, Some(notice)) => notice,
            (Some(reason), None) => t!(
                self.lang(),
                "status-reloaded-because",
                reason = reason,
                count = n
            ),
            (None, None) => t!(self.lang(), "status-loaded", count = n),
        };
    }

    pub(super) fn on_reloaded(&mut self, generation: u64, files: Vec<(String, FileState)>) {
        // Only the newest reload asked for a file counts.
        let files: Vec<(String, FileState)> = files
            .into_iter()
            .filter(|(p, _)| self.loads.asked.get(p).is_none_or(|g| *g <= generation))
            .collect();
        for (path, state) in &files {
            if self.loads.asked.get(path) == Some(&generation) {
                self.loads.asked.remove(path);
            }
            if generation > self.loads.full {
                self.loads
                    .recent
                    .insert(path.clone(), (generation, state.clone()));
            }
        }
        if self.register.is_none() || files.is_empty() {
            return;
        }
        let names = self.patch(files);
        // A reload the dashboard asked for itself is no news, and neither is
        // the watcher's echo of it: keep saying why until another file changes.
        let expected = self.expected_reload.as_deref();
        if names.len() == 1 && expected.is_some_and(|path| names[0].starts_with(path)) {
            return;
        }
        self.expected_reload = None;
        self.message = match names.len() {
            0 => t!(self.lang(), "status-nothing-to-reload"),
            1 => t!(self.lang(), "status-changed-one", file = names[0].clone()),
            n => t!(
                self.lang(),
                "status-changed-many",
                count = n,
                files = names.join(", ")
            ),
        };
    }

    /// Takes in what the trail backs (signing required, F26) from a new
    /// audit: if it changed (a decision recorded, the policy changed), the
    /// rows are judged again, so the table never says `approved` for a
    /// decision the history shows no approver made.
    pub(super) fn on_trail(&mut self, trail: Option<Arc<somevakt_core::Trail>>) {
        let Some(register) = &self.register else {
            return;
        };
        if register.trail == trail {
            return;
        }
        let mut register = Register::clone(register);
        register.trail = trail;
        self.register = Some(Arc::new(register));
        self.rebuild();
    }

    /// Puts the audit's violation counts on the rows (the overview's
    /// Findings column counts what the detail lists).
    pub(super) fn mark_audit(&mut self) {
        for row in &mut self.rows {
            row.audit = row
                .id
                .as_ref()
                .and_then(|id| self.audit_counts.get(id))
                .copied()
                .unwrap_or(0);
        }
    }

    /// Rebuilds every row from the register (after a load, or a new day).
    pub(super) fn rebuild(&mut self) {
        let Some(register) = &self.register else {
            return;
        };
        let table = Table::build(register, self.today, self.lang());
        self.install(table);
    }

    /// Takes in which accounts of the table last installed have anything
    /// overdue (in the register's order, the order of its first rows),
    /// unless a file was read again since (its row may have moved): the
    /// reminders then mark the rows by path when they come.
    pub(super) fn on_overdue(&mut self, generation: u64, accounts: &[bool]) {
        if self.reminders_awaited != Some(generation) || !self.reminders_patched.is_empty() {
            return;
        }
        for (row, overdue) in self.rows.iter_mut().zip(accounts) {
            if row.id.is_some() {
                row.overdue = *overdue;
            }
        }
        self.overdue_marked = true;
        self.recount();
        self.refilter();
    }

    /// Takes in the reminders of the table last installed, put in words
    /// by the loader after the table was shown. Files read again since
    /// keep the reminders worked out for them then.
    pub(super) fn on_reminders(&mut self, generation: u64, mut rows: Vec<ReminderRow>) {
        if self.reminders_awaited != Some(generation) {
            // Another table (a newer load, a new day) came in meanwhile.
            return;
        }
        self.reminders_awaited = None;
        let patched = std::mem::take(&mut self.reminders_patched);
        if !std::mem::replace(&mut self.overdue_marked, false) {
            // What is overdue on the reminders screen is known now: the
            // rows of files not read again since say so too.
            mark_overdue(&mut self.rows, &rows, &patched);
            self.recount();
            self.refilter();
        }
        if patched.is_empty() && self.reminders.is_empty() {
            // The usual case, and it comes in sorted: at 20,000 accounts,
            // sorting 50,000 reminders again would hold up a key.
            self.reminders = rows;
            return;
        }
        rows.retain(|r| !patched.contains(&r.path));
        rows.append(&mut self.reminders);
        sort_reminders(&mut rows);
        self.reminders = rows;
    }

    /// Takes in rows built from the register, keeping the selection.
    pub(super) fn install(&mut self, table: Table) {
        let keep = self.selected_row().map(|r| r.path.clone());
        self.rows = table.rows;
        self.orders = table.orders;
        self.reminders = table.reminders.unwrap_or_default();
        self.reminders_awaited = None;
        self.reminders_patched.clear();
        self.overdue_marked = false;
        self.recount();
        self.resort();
        self.reselect(keep);
    }

    /// Applies files read again. Only those files are evaluated again, and
    /// only their rows move in the sort order (found by binary search): at
    /// 20,000 accounts, evaluating or sorting them all would freeze the
    /// screen on every save. Returns "path (what happened)" per file.
    fn patch(&mut self, files: Vec<(String, FileState)>) -> Vec<String> {
        let keep = self.selected_row().map(|r| r.path.clone());
        let today = self.today;
        let lang = self.lang();
        let Some(register) = &mut self.register else {
            return Vec::new();
        };
        // Copied only if the loader still holds it (working out the
        // reminders of the load just shown).
        let register = Arc::make_mut(register);
        let mut names = Vec::new();
        for (path, state) in files {
            if self.reminders_awaited.is_some() {
                self.reminders_patched.insert(path.clone());
            }
            register.accounts.retain(|a| a.path != path);
            register.invalid.retain(|f| f.path != path);
            self.reminders.retain(|r| r.path != path);
            let old = self.rows.iter().position(|r| r.path == path);
            if let Some(i) = old {
                for order in self.orders.values_mut() {
                    order.retain(|&x| x != i);
                }
            }
            let (row, word) = match state {
                FileState::Loaded(account) => {
                    let report = somevakt_core::AccountReport {
                        evaluation: account.evaluate_in(register, today),
                        account: &account,
                    };
                    let mut row = Row::from_report(&report, today, lang);
                    let reminders = reminder_rows_of(&report, register, today, lang);
                    row.overdue = reminders.iter().any(|r| r.overdue);
                    self.reminders.extend(reminders);
                    let at = register.accounts.partition_point(|a| a.id < account.id);
                    register.accounts.insert(at, *account);
                    (Some(row), t!(lang, "status-file-reloaded"))
                }
                FileState::Invalid(problem) => {
                    let row = Row::from_invalid(&problem, lang);
                    let at = register.invalid.partition_point(|f| f.path < problem.path);
                    register.invalid.insert(at, problem);
                    (Some(row), t!(lang, "status-file-invalid"))
                }
                FileState::Gone => (None, t!(lang, "status-file-removed")),
            };
            match (old, row) {
                (Some(i), Some(row)) => self.rows[i] = row,
                (None, Some(row)) => self.rows.push(row),
                (Some(i), None) => {
                    self.rows.remove(i);
                    for x in self.orders.values_mut().flatten() {
                        if *x > i {
                            *x -= 1;
                        }
                    }
                }
                (None, None) => {}
            }
            if let Some(i) = self.rows.iter().position(|r| r.path == path) {
                let rows = &self.rows;
                for (column, order) in &mut self.orders {
                    let at = order.partition_point(|&x| rows[x].compare(&rows[i], *column).is_lt());
                    order.insert(at, i);
                }
            }
            names.push(format!("{path} ({word})"));
        }
        sort_reminders(&mut self.reminders);
        self.recount();
        self.apply_filter();
        self.reselect(keep);
        names
    }

    fn recount(&mut self) {
        // Rows built or patched since the audit came get its counts too.
        self.mark_audit();
        use somevakt_core::status::{ActivityStatus, Approval, ReviewStatus, SnapshotStatus};
        let mut c = Counts::default();
        for row in &self.rows {
            let Some(e) = &row.evaluation else {
                c.invalid += 1;
                continue;
            };
            let s = &e.status;
            c.accounts += 1;
            match s.approval {
                Approval::Approved => c.approved += 1,
                Approval::ConditionallyApproved => c.conditional += 1,
                Approval::NotApproved => c.not_approved += 1,
                Approval::Pending => c.pending += 1,
                Approval::NeedsReapproval => c.reapproval += 1,
                Approval::Unverified => c.unverified += 1,
            }
            c.reviews_overdue += usize::from(s.review == ReviewStatus::Overdue);
            c.reviews_due_soon += usize::from(s.review == ReviewStatus::DueSoon);
            c.inactive += usize::from(s.activity == ActivityStatus::Inactive);
            c.snapshots_missing += usize::from(s.snapshots == SnapshotStatus::Missing);
            c.snapshots_old += usize::from(s.snapshots == SnapshotStatus::Overdue);
            c.overdue += usize::from(row.overdue);
        }
        self.counts = c;
    }

    /// Shows the rows in the chosen column's order (sorted when the column
    /// is first chosen after a load, then kept up to date), then filters.
    pub(super) fn resort(&mut self) {
        let keep = self.selected_row().map(|r| r.path.clone());
        let column = self.sort;
        let n = self.rows.len();
        let fresh = |order: Option<&Vec<usize>>| order.is_some_and(|o| o.len() == n);
        if !fresh(self.orders.get(&Column::Urgency)) {
            // Every other order starts from this one.
            let urgent = sorted(&self.rows, Column::Urgency, None);
            self.orders.insert(Column::Urgency, urgent);
        }
        if !fresh(self.orders.get(&column)) {
            let urgent = self.orders.get(&Column::Urgency).map(Vec::as_slice);
            let order = sorted(&self.rows, column, urgent);
            self.orders.insert(column, order);
        }
        self.apply_filter();
        self.reselect(keep);
    }

    /// Filters the sorted rows again (one pass, no sorting), keeping the
    /// selected account if it stays.
    pub(super) fn refilter(&mut self) {
        let keep = self.selected_row().map(|r| r.path.clone());
        self.apply_filter();
        self.reselect(keep);
    }

    fn apply_filter(&mut self) {
        let needle = self.filter.to_lowercase();
        let (rows, quick) = (&self.rows, self.quick);
        let keeps = |&i: &usize| {
            let row = &rows[i];
            quick.keeps(row) && (needle.is_empty() || row.haystack.contains(&needle))
        };
        let order = self.orders.get(&self.sort).map_or(&[][..], Vec::as_slice);
        self.view = if self.descending {
            order.iter().rev().copied().filter(keeps).collect()
        } else {
            order.iter().copied().filter(keeps).collect()
        };
    }

    fn reselect(&mut self, path: Option<String>) {
        if let Some(path) = path
            && let Some(pos) = self.view.iter().position(|&i| self.rows[i].path == path)
        {
            self.cursor.selected = pos;
        }
    }
}
