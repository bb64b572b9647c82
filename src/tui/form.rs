//! The dashboard's forms for records: fields, validation as you type, and
//! the request they make. Pure: no I/O, today is a parameter.

use somevakt_core::edit::{NewSnapshot, authority, check_decision};
use somevakt_core::model::{Assessment, Level, Outcome, Platform, SnapshotKind};
use somevakt_core::{AccountId, Date, Word};
use somevakt_core::{DecisionInput, Request};
use somevakt_store::record::Prepared;

/// Which record a form makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKind {
    Decide,
    Snapshot,
    Activity,
    Close,
    New,
    /// The preview of a file saved in the user's editor: no fields.
    Edit,
}

impl FormKind {
    pub fn title(self) -> &'static str {
        match self {
            FormKind::Decide => "Record a management decision",
            FormKind::Snapshot => "Record a snapshot",
            FormKind::Activity => "Record the last post seen",
            FormKind::Close => "Close the account",
            FormKind::New => "New account",
            FormKind::Edit => "Commit the edit made in your editor",
        }
    }
}

/// One input of a form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub label: &'static str,
    pub value: String,
    /// For a choice: the allowed values, `value` is one of them.
    pub choices: &'static [&'static str],
    pub hint: &'static str,
}

impl Field {
    fn text(label: &'static str, value: impl Into<String>, hint: &'static str) -> Field {
        Field {
            label,
            value: value.into(),
            choices: &[],
            hint,
        }
    }

    fn choice(label: &'static str, choices: &'static [&'static str], value: &str) -> Field {
        let value = if choices.contains(&value) {
            value
        } else {
            choices[0]
        };
        Field {
            label,
            value: value.to_owned(),
            choices,
            hint: "← → to choose",
        }
    }

    pub fn is_choice(&self) -> bool {
        !self.choices.is_empty()
    }

    /// Steps a choice forward or back.
    pub fn cycle(&mut self, forward: bool) {
        let n = self.choices.len();
        if n == 0 {
            return;
        }
        let i = self
            .choices
            .iter()
            .position(|c| *c == self.value)
            .unwrap_or(0);
        self.value = self.choices[if forward {
            (i + 1) % n
        } else {
            (i + n - 1) % n
        }]
        .to_owned();
    }
}

/// Where a form is: being filled in, or showing what will be recorded.
#[derive(Debug, Clone)]
pub enum Stage {
    Editing,
    /// Waiting for the change to be prepared.
    Preparing,
    Preview(Box<Prepared>),
    /// Waiting for the commit.
    Committing,
}

/// A form in a popup over the dashboard.
#[derive(Debug, Clone)]
pub struct Form {
    pub kind: FormKind,
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
}

const OUTCOMES: &[&str] = &["approved", "conditionally_approved", "not_approved"];
const LEVELS: &[&str] = &["medium", "low", "high", "(not given)"];
const KINDS: &[&str] = &["yearly", "before_change", "before_closing"];
const CLOSINGS: &[&str] = &["closing", "closed"];
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
    ) -> Form {
        let latest = account
            .as_ref()
            .and_then(|(_, a)| a.latest_decision().cloned());
        let fields = match kind {
            FormKind::Decide => vec![
                Field::choice("Outcome", OUTCOMES, "approved"),
                Field::text(
                    "Deciding body",
                    latest
                        .as_ref()
                        .and_then(|d| d.body.clone())
                        .unwrap_or_default(),
                    "who decided, e.g. the management group",
                ),
                Field::text("Rationale", "", "why: KS chapter 8 asks for the reasons"),
                Field::text(
                    "Conditions",
                    "",
                    "conditional approval only; separate with ;",
                ),
                Field::text(
                    "Conditions due",
                    "",
                    "YYYY-MM-DD, conditional approval only",
                ),
                Field::choice(
                    "Residual risk",
                    LEVELS,
                    latest
                        .and_then(|d| d.residual_risk)
                        .map_or("medium", level_word),
                ),
            ],
            FormKind::Snapshot => vec![
                Field::text("Date", today.to_string(), "YYYY-MM-DD"),
                Field::choice("Kind", KINDS, "yearly"),
                Field::text("Archive reference", "", "case or document number"),
                Field::text("Format", "PDF/A", "file format"),
            ],
            FormKind::Activity => vec![Field::text(
                "Last post",
                today.to_string(),
                "YYYY-MM-DD of the newest post",
            )],
            FormKind::Close => vec![
                Field::text("Reason", "", "why the account is closed"),
                Field::choice("Status", CLOSINGS, "closing"),
            ],
            FormKind::New => vec![
                Field::text(
                    "Id",
                    format!("{folder}/"),
                    "municipality/platform-unit, lowercase a-z 0-9 -",
                ),
                Field::text("Municipality", municipality, "e.g. Fjordvik kommune"),
                Field::choice("Platform", PLATFORMS, "facebook"),
                Field::text("Name", "", "the account's name on the platform"),
            ],
            FormKind::Edit => Vec::new(),
        };
        let (account, current) = match account {
            Some((id, a)) => (Some(id), Some(Box::new(a))),
            None => (None, None),
        };
        let mut form = Form {
            kind,
            account,
            current,
            fields,
            focus: 0,
            stage: Stage::Editing,
            problem: None,
            existing,
        };
        form.focus = form
            .fields
            .iter()
            .position(|f| f.value.is_empty() && !f.is_choice())
            .unwrap_or(0);
        if kind == FormKind::New {
            form.focus = 0; // the id is started with the folder; finish it first
        }
        form.problem = form.request(today).err();
        form
    }

    pub fn field(&self, label: &str) -> &str {
        self.fields
            .iter()
            .find(|f| f.label == label)
            .map_or("", |f| f.value.trim())
    }

    /// The request this form makes, or what is still wrong, in words.
    pub fn request(&self, today: Date) -> Result<(AccountId, Request), String> {
        match self.kind {
            FormKind::Decide => self.decide(today),
            FormKind::Snapshot => {
                let snapshot = NewSnapshot {
                    date: date(self.field("Date"), "Date")?,
                    kind: match self.field("Kind") {
                        "before_change" => SnapshotKind::BeforeChange,
                        "before_closing" => SnapshotKind::BeforeClosing,
                        _ => SnapshotKind::Yearly,
                    },
                    archive_ref: Some(self.field("Archive reference").to_owned())
                        .filter(|s| !s.is_empty()),
                    format: Some(self.field("Format").to_owned()).filter(|s| !s.is_empty()),
                };
                if snapshot.date > today {
                    return Err("a snapshot cannot be from the future".into());
                }
                Ok((self.id()?, Request::Snapshot(snapshot)))
            }
            FormKind::Activity => {
                let last_post = date(self.field("Last post"), "Last post")?;
                if last_post > today {
                    return Err("the last post cannot be in the future".into());
                }
                Ok((self.id()?, Request::Activity { last_post }))
            }
            FormKind::Close => {
                let reason = self.field("Reason");
                if reason.is_empty() {
                    return Err("say why the account is closed".into());
                }
                Ok((
                    self.id()?,
                    Request::Close {
                        reason: reason.to_owned(),
                        closed: self.field("Status") == "closed",
                        date: None,
                    },
                ))
            }
            FormKind::Edit => Err("an edit is committed from its preview".into()),
            FormKind::New => {
                let id = AccountId::parse(self.field("Id"))?;
                if self.existing.iter().any(|e| e == id.as_str()) {
                    return Err(format!("{id} exists already"));
                }
                let (municipality, name) = (self.field("Municipality"), self.field("Name"));
                if municipality.is_empty() || name.is_empty() {
                    return Err("a new account needs its municipality and name".into());
                }
                let platform = serde_json::from_value::<Platform>(serde_json::Value::String(
                    self.field("Platform").into(),
                ))
                .map_err(|_| "choose a platform".to_owned())?;
                Ok((
                    id,
                    Request::New {
                        municipality: municipality.into(),
                        platform,
                        name: name.into(),
                    },
                ))
            }
        }
    }

    fn id(&self) -> Result<AccountId, String> {
        self.account
            .clone()
            .ok_or_else(|| "select an account first".to_owned())
    }

    fn decide(&self, today: Date) -> Result<(AccountId, Request), String> {
        let outcome = match self.field("Outcome") {
            "conditionally_approved" => Outcome::ConditionallyApproved,
            "not_approved" => Outcome::NotApproved,
            _ => Outcome::Approved,
        };
        let conditions: Vec<String> = self
            .field("Conditions")
            .split(';')
            .map(|c| c.trim().to_owned())
            .filter(|c| !c.is_empty())
            .collect();
        let due = self.field("Conditions due");
        let conditions_due = if due.is_empty() {
            None
        } else {
            Some(date(due, "Conditions due")?)
        };
        let residual_risk = match self.field("Residual risk") {
            "low" => Some(Level::Low),
            "medium" => Some(Level::Medium),
            "high" => Some(Level::High),
            _ => None,
        };
        let input = DecisionInput {
            outcome,
            body: self.field("Deciding body").to_owned(),
            rationale: self.field("Rationale").to_owned(),
            conditions,
            conditions_due,
            residual_risk,
            date: None,
        };
        if let Some(current) = &self.current {
            // The same check the record makes, so the form says it as you type.
            let probe = somevakt_core::edit::NewDecision {
                date: today,
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

    /// The F04 notice for this form's account, when a high residual risk is chosen.
    pub fn prior_consultation_note(&self) -> Option<String> {
        let a = self.current.as_ref()?;
        let outcome = Outcome::from_word(self.field("Outcome"))?;
        // The form records on the real today, after everything in the file;
        // the record itself checks the exact date (check_decision).
        let date = Date::from_ymd(9999, 12, 31)?;
        (self.kind == FormKind::Decide
            && somevakt_core::edit::prior_consultation_required(
                a,
                outcome,
                Level::from_word(self.field("Residual risk")),
                date,
            ))
        .then(|| {
            format!(
                "Prior consultation with {} is required before this can be confirmed (R38).",
                authority(a.account.jurisdiction)
            )
        })
    }
}

fn level_word(level: Level) -> &'static str {
    match level {
        Level::Low => "low",
        Level::Medium => "medium",
        Level::High => "high",
    }
}

fn date(text: &str, label: &str) -> Result<Date, String> {
    text.parse().map_err(|e| format!("{label}: {e}"))
}
