//! The dashboard's forms for records: fields, validation as you type, and
//! the request they make. Pure: no I/O, today is a parameter.
//!
//! Nothing is filled in that the user did not check: outcomes, results and
//! levels start empty and must be chosen (issue 13). The day a decision,
//! review, snapshot or closing happened starts as the day of recording (the
//! real clock's, in the policy's time zone), shown and changeable, since
//! last week's meeting is recorded with last week's date (issue 24); the
//! last post seen is typed. Defaults only follow from the account itself: a
//! closing account's snapshot is the one before closing (R47, F18).

mod fields;

pub use fields::{Field, FieldId, Input, choice_word, clean_paste};

use somevakt_core::edit::{NewSnapshot, authority, check_decision};
use somevakt_core::model::{
    AccountStatus, Assessment, Level, Outcome, Platform, ReviewResult, SnapshotKind, filled,
};
use somevakt_core::{AccountId, Date, Word};
use somevakt_core::{DecisionInput, Request, ReviewInput};
use somevakt_store::record::Prepared;

use crate::i18n::Lang;
use crate::t;

/// Which record a form makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKind {
    Decide,
    Review,
    Snapshot,
    Activity,
    Close,
    New,
    /// A file saved in the user's editor: one line of reason, then the preview.
    Edit,
}

impl FormKind {
    pub fn title(self, lang: Lang) -> String {
        match self {
            FormKind::Decide => t!(lang, "form-decide"),
            FormKind::Review => t!(lang, "form-review"),
            FormKind::Snapshot => t!(lang, "form-snapshot"),
            FormKind::Activity => t!(lang, "form-activity"),
            FormKind::Close => t!(lang, "form-close"),
            FormKind::New => t!(lang, "form-new"),
            FormKind::Edit => t!(lang, "form-edit"),
        }
    }
}

/// Where a form is: being filled in, or showing what will be recorded.
#[derive(Debug, Clone)]
pub enum Stage {
    Editing,
    /// Waiting for the change to be prepared.
    Preparing,
    /// The change and its commit message, scrolled by `scroll` lines.
    Preview {
        prepared: Box<Prepared>,
        scroll: usize,
    },
    /// Waiting for the commit.
    Committing,
}

/// A form in a popup over the dashboard.
#[derive(Debug, Clone)]
pub struct Form {
    pub kind: FormKind,
    /// The language of its labels, hints and problems.
    pub lang: Lang,
    /// The account recorded on; for a new account, from the id field.
    pub account: Option<AccountId>,
    /// The account's current content, to validate against.
    pub current: Option<Box<Assessment>>,
    pub fields: Vec<Field>,
    pub focus: usize,
    pub stage: Stage,
    /// Why the form cannot be submitted yet, or a refusal from the repository.
    pub problem: Option<String>,
    /// Accounts that exist, for the new-account id check.
    pub existing: Vec<String>,
    /// First line of the fields shown: long forms scroll.
    pub scroll: usize,
    /// An edit's change, prepared before the reason is asked.
    pub edit: Option<Box<Prepared>>,
    /// The values as opened, to tell whether Esc would lose anything.
    opened: Vec<String>,
    /// The policy's jurisdiction, for accounts that name none (F04's
    /// authority).
    pub jurisdiction: Option<somevakt_core::model::Jurisdiction>,
}

const OUTCOMES: &[&str] = &["approved", "conditionally_approved", "not_approved"];
const LEVELS: &[&str] = &["low", "medium", "high", "(not given)"];
const KINDS: &[&str] = &["yearly", "before_change", "before_closing"];
const CLOSINGS: &[&str] = &["closing", "closed"];
const RESULTS: &[&str] = &["unchanged", "changed"];
const PLATFORMS: &[&str] = &[
    "facebook",
    "instagram",
    "x",
    "linkedin",
    "youtube",
    "tiktok",
    "snapchat",
    "vimeo",
    "workplace",
    "other",
];

impl Form {
    /// A form for `kind` on an account (or, for a new one, in a municipality).
    pub fn new(
        kind: FormKind,
        account: Option<(AccountId, Assessment)>,
        municipality: &str,
        folder: &str,
        today: Date,
        existing: Vec<String>,
        lang: Lang,
    ) -> Form {
        let closing = account.as_ref().is_some_and(|(_, a)| {
            matches!(
                a.account.status,
                AccountStatus::Closing | AccountStatus::Closed
            )
        });
        // The day of recording, shown so that a meeting last week is
        // recorded with its own date.
        let day = today.to_string();
        let fields = match kind {
            FormKind::Decide => vec![
                Field::choice(FieldId::Outcome, OUTCOMES, None),
                Field::text(FieldId::Body, ""),
                Field::multiline(FieldId::Rationale, ""),
                Field::text(FieldId::Conditions, ""),
                Field::text(FieldId::ConditionsDue, ""),
                Field::choice(FieldId::ResidualRisk, LEVELS, None),
                Field::text(FieldId::DecisionDate, &day),
            ],
            FormKind::Review => vec![
                Field::choice(FieldId::ReviewResult, RESULTS, None),
                Field::multiline(FieldId::ReviewNote, ""),
                Field::text(FieldId::ReviewNext, ""),
                Field::text(FieldId::ReviewDate, &day),
            ],
            FormKind::Snapshot => vec![
                Field::text(FieldId::SnapshotDate, &day),
                Field::choice(
                    FieldId::SnapshotKind,
                    KINDS,
                    closing.then_some("before_closing"),
                ),
                Field::text(FieldId::ArchiveRef, ""),
                Field::text(FieldId::Format, ""),
            ],
            FormKind::Activity => vec![Field::text(FieldId::LastPost, "")],
            FormKind::Close => vec![
                Field::multiline(FieldId::CloseReason, ""),
                Field::choice(FieldId::CloseStatus, CLOSINGS, None),
                Field::text(FieldId::CloseDate, &day),
            ],
            FormKind::New => vec![
                Field::text(FieldId::Id, &format!("{folder}/")),
                Field::text(FieldId::Municipality, municipality),
                Field::choice(FieldId::Platform, PLATFORMS, None),
                Field::text(FieldId::Name, ""),
            ],
            FormKind::Edit => vec![Field::text(FieldId::EditReason, "")],
        };
        let (account, current) = match account {
            Some((id, a)) => (Some(id), Some(Box::new(a))),
            None => (None, None),
        };
        let opened = fields.iter().map(Field::value).collect();
        let mut form = Form {
            kind,
            lang,
            account,
            current,
            fields,
            focus: 0,
            stage: Stage::Editing,
            problem: None,
            existing,
            scroll: 0,
            edit: None,
            opened,
            jurisdiction: None,
        };
        form.problem = form.request(today).err();
        form
    }

    /// The form that asks why a file was edited, over its prepared change.
    pub fn for_edit(prepared: Prepared, today: Date, lang: Lang) -> Form {
        let id = prepared.proposal.id.clone();
        let mut form = Form::new(FormKind::Edit, None, "", "", today, Vec::new(), lang);
        form.account = Some(id);
        form.edit = Some(Box::new(prepared));
        form.problem = form.request(today).err();
        form
    }

    /// The trimmed value of a field; "" if the form has no such field.
    pub fn value(&self, id: FieldId) -> String {
        self.fields
            .iter()
            .find(|f| f.id == id)
            .map(|f| f.value().trim().to_owned())
            .unwrap_or_default()
    }

    /// The field with the focus.
    pub fn focused(&self) -> Option<&Field> {
        self.fields.get(self.focus)
    }

    pub fn focused_mut(&mut self) -> Option<&mut Field> {
        self.fields.get_mut(self.focus)
    }

    /// Whether anything was typed or chosen since the form opened.
    pub fn changed(&self) -> bool {
        self.fields
            .iter()
            .map(Field::value)
            .ne(self.opened.iter().cloned())
    }

    /// The request this form makes, or what is still wrong, in words.
    /// `today` is the day of recording (the real clock's, never a pinned
    /// `--today`): a date after it is what the record would refuse, so the
    /// form says so before it says ready.
    pub fn request(&self, today: Date) -> Result<(AccountId, Request), String> {
        let lang = self.lang;
        match self.kind {
            FormKind::Decide => self.decide(today),
            FormKind::Review => {
                let result = match self.value(FieldId::ReviewResult).as_str() {
                    "unchanged" => ReviewResult::Unchanged,
                    "changed" => ReviewResult::Changed,
                    _ => return Err(t!(lang, "problem-review-result")),
                };
                let date = past_date(self, FieldId::ReviewDate, today)?;
                let next = if self.value(FieldId::ReviewNext).is_empty() {
                    None
                } else {
                    Some(date_of(self, FieldId::ReviewNext)?)
                };
                if next.is_some_and(|n| n <= date) {
                    return Err(t!(lang, "problem-next-review-early"));
                }
                let note = Some(self.value(FieldId::ReviewNote)).filter(|n| !n.is_empty());
                Ok((
                    self.id()?,
                    Request::Review(ReviewInput {
                        result,
                        note,
                        next,
                        date: Some(date),
                    }),
                ))
            }
            FormKind::Snapshot => {
                let kind = match self.value(FieldId::SnapshotKind).as_str() {
                    "yearly" => SnapshotKind::Yearly,
                    "before_change" => SnapshotKind::BeforeChange,
                    "before_closing" => SnapshotKind::BeforeClosing,
                    _ => return Err(t!(lang, "problem-snapshot-kind")),
                };
                let snapshot = NewSnapshot {
                    date: date_of(self, FieldId::SnapshotDate)?,
                    kind,
                    archive_ref: Some(self.value(FieldId::ArchiveRef)).filter(|s| !s.is_empty()),
                    format: Some(self.value(FieldId::Format)).filter(|s| !s.is_empty()),
                };
                if snapshot.date > today {
                    return Err(t!(lang, "problem-snapshot-future"));
                }
                Ok((self.id()?, Request::Snapshot(snapshot)))
            }
            FormKind::Activity => {
                let last_post = date_of(self, FieldId::LastPost)?;
                if last_post > today {
                    return Err(t!(lang, "problem-last-post-future"));
                }
                Ok((self.id()?, Request::Activity { last_post }))
            }
            FormKind::Close => {
                let reason = self.value(FieldId::CloseReason);
                // A recorded closing decision keeps its reason (closing →
                // closed): none is asked for again.
                let recorded = self
                    .current
                    .as_ref()
                    .and_then(|a| a.closing.as_ref())
                    .is_some_and(|c| filled(&c.reason));
                if reason.is_empty() && !recorded {
                    return Err(t!(lang, "problem-close-reason"));
                }
                let closed = match self.value(FieldId::CloseStatus).as_str() {
                    "closing" => false,
                    "closed" => true,
                    _ => return Err(t!(lang, "problem-close-status")),
                };
                let date = past_date(self, FieldId::CloseDate, today)?;
                Ok((
                    self.id()?,
                    Request::Close {
                        reason,
                        closed,
                        date: Some(date),
                    },
                ))
            }
            FormKind::Edit => {
                if self.value(FieldId::EditReason).is_empty() {
                    return Err(t!(lang, "problem-edit-reason"));
                }
                Err(t!(lang, "problem-edit-from-preview"))
            }
            FormKind::New => {
                let id = AccountId::parse(&self.value(FieldId::Id))?;
                if self.existing.iter().any(|e| e == id.as_str()) {
                    return Err(t!(lang, "problem-exists", id = id.to_string()));
                }
                let (municipality, name) =
                    (self.value(FieldId::Municipality), self.value(FieldId::Name));
                if municipality.is_empty() || name.is_empty() {
                    return Err(t!(lang, "problem-new-needs"));
                }
                let platform = serde_json::from_value::<Platform>(serde_json::Value::String(
                    self.value(FieldId::Platform),
                ))
                .map_err(|_| t!(lang, "problem-platform"))?;
                Ok((
                    id,
                    Request::New {
                        // Dated again by the record's clock on submit.
                        comments: crate::i18n::words::template_comments(lang, &name, today),
                        municipality,
                        platform,
                        name,
                    },
                ))
            }
        }
    }

    /// An edit's prepared change with the user's reason as the commit body.
    pub fn edit_with_reason(&self) -> Result<Box<Prepared>, String> {
        let reason = self.value(FieldId::EditReason);
        if reason.is_empty() {
            return Err(t!(self.lang, "problem-edit-reason"));
        }
        let mut prepared = self
            .edit
            .clone()
            .ok_or_else(|| t!(self.lang, "problem-nothing-to-commit"))?;
        prepared.proposal.body = crate::text::sanitize(&reason);
        Ok(prepared)
    }

    fn id(&self) -> Result<AccountId, String> {
        self.account
            .clone()
            .ok_or_else(|| t!(self.lang, "problem-select-first"))
    }

    fn decide(&self, today: Date) -> Result<(AccountId, Request), String> {
        let outcome = match self.value(FieldId::Outcome).as_str() {
            "approved" => Outcome::Approved,
            "conditionally_approved" => Outcome::ConditionallyApproved,
            "not_approved" => Outcome::NotApproved,
            _ => return Err(t!(self.lang, "problem-outcome")),
        };
        let conditions: Vec<String> = self
            .value(FieldId::Conditions)
            .split(';')
            .map(|c| c.trim().to_owned())
            .filter(|c| !c.is_empty())
            .collect();
        let conditions_due = if self.value(FieldId::ConditionsDue).is_empty() {
            None
        } else {
            Some(date_of(self, FieldId::ConditionsDue)?)
        };
        let decided = past_date(self, FieldId::DecisionDate, today)?;
        let residual_risk = match self.value(FieldId::ResidualRisk).as_str() {
            "low" => Some(Level::Low),
            "medium" => Some(Level::Medium),
            "high" => Some(Level::High),
            "(not given)" => None,
            _ => return Err(t!(self.lang, "problem-residual-risk")),
        };
        let input = DecisionInput {
            outcome,
            body: self.value(FieldId::Body),
            rationale: self.value(FieldId::Rationale),
            conditions,
            conditions_due,
            residual_risk,
            date: Some(decided),
        };
        if let Some(current) = &self.current {
            // The same check the record makes, so the form says it as you type.
            let probe = somevakt_core::edit::NewDecision {
                date: decided,
                body: input.body.clone(),
                decided_by: String::new(),
                outcome,
                rationale: input.rationale.clone(),
                conditions: input.conditions.clone(),
                conditions_due,
                residual_risk,
            };
            check_decision(current, &probe).map_err(|e| e.0)?;
        }
        Ok((self.id()?, Request::Decide(input)))
    }

    /// The deciding body of the account's latest decision, as a hint.
    pub fn previous_body(&self) -> Option<String> {
        let current = self.current.as_ref()?;
        current.latest_decision()?.body.clone()
    }

    /// The F04 notice for this form's account, when a high residual risk is chosen.
    pub fn prior_consultation_note(&self) -> Option<String> {
        let a = self.current.as_ref()?;
        let outcome = Outcome::from_word(&self.value(FieldId::Outcome))?;
        // The form records on the real today, after everything in the file;
        // the record itself checks the exact date (check_decision).
        let date = Date::from_ymd(9999, 12, 31)?;
        (self.kind == FormKind::Decide
            && somevakt_core::edit::prior_consultation_required(
                a,
                outcome,
                Level::from_word(&self.value(FieldId::ResidualRisk)),
                date,
            ))
        .then(|| {
            t!(
                self.lang,
                "problem-prior-consultation",
                authority = authority(a.account.jurisdiction.or(self.jurisdiction))
            )
        })
    }
}

/// The date in field `id`, on or before `today` (the day of recording).
fn past_date(form: &Form, id: FieldId, today: Date) -> Result<Date, String> {
    let date = date_of(form, id)?;
    if date > today {
        return Err(t!(
            form.lang,
            "problem-date-future",
            field = id.label(form.lang),
            date = date.to_string(),
            today = today.to_string()
        ));
    }
    Ok(date)
}

fn date_of(form: &Form, id: FieldId) -> Result<Date, String> {
    let text = form.value(id);
    if text.is_empty() {
        return Err(t!(
            form.lang,
            "problem-enter-date",
            field = id.label(form.lang)
        ));
    }
    text.parse().map_err(|e: String| {
        let why = crate::i18n::problems::file_problem(form.lang, &e);
        format!("{}: {why}", id.label(form.lang))
    })
}
