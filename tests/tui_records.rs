//! Records made from the dashboard: forms with validation as you type, the
//! preview of the exact change, and the commit, driven through `update` on
//! real temporary Git repositories and checked with the git command line.

mod common;

use std::path::Path;

use common::*;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use somevakt::tui::app::{App, Command, Message, Mode};
use somevakt::tui::form::{FieldId, FormKind, Stage};
use somevakt::tui::run_command;
use somevakt::tui::theme::Theme;
use somevakt::tui::view;
use somevakt_core::Date;

fn today() -> Date {
    "2025-01-15".parse().expect("date")
}

fn run(app: &mut App, command: Command) {
    let root = app.root().to_path_buf();
    let message = run_command(command, &root);
    for next in app.update(message) {
        run(app, next);
    }
}

fn press(app: &mut App, code: KeyCode) {
    for command in app.update(Message::Key(KeyEvent::new(code, KeyModifiers::NONE))) {
        run(app, command);
    }
}

fn ctrl(app: &mut App, c: char) {
    let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
    for command in app.update(Message::Key(key)) {
        run(app, command);
    }
}

fn typing(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

fn render(app: &mut App) -> String {
    app.update(Message::Resize(100, 40));
    let mut terminal = Terminal::new(TestBackend::new(100, 40)).expect("terminal");
    let app = &*app;
    terminal
        .draw(|f| view::draw(f, app, Theme::plain()))
        .expect("draw");
    terminal.backend().to_string()
}

fn app_on(root: &Path) -> App {
    app_recording_on(root, today())
}

/// A dashboard evaluating as on `today()` whose clock says `day`.
fn app_recording_on(root: &Path, day: Date) -> App {
    let clock = somevakt_store::clock::Clock::fixed_day(day);
    let mut app = App::new(root.to_path_buf(), today(), true).with_clock(clock);
    for c in app.init() {
        run(&mut app, c);
    }
    app
}

/// Selects an account by filtering on its name.
fn select(app: &mut App, filter: &str) {
    press(app, KeyCode::Esc); // clears the filter before
    press(app, KeyCode::Char('/'));
    typing(app, filter);
    press(app, KeyCode::Enter);
}

fn stage(app: &App) -> &'static str {
    if matches!(app.mode(), Mode::Discard(_)) {
        return "discard?";
    }
    match app.form().map(|f| &f.stage) {
        None => "none",
        Some(Stage::Editing) => "editing",
        Some(Stage::Preparing) => "preparing",
        Some(Stage::Preview { .. }) => "preview",
        Some(Stage::Committing) => "committing",
    }
}

fn problem(app: &App) -> String {
    app.form()
        .and_then(|f| f.problem.clone())
        .unwrap_or_default()
}

fn value(app: &App, id: FieldId) -> String {
    app.form().map(|f| f.value(id)).unwrap_or_default()
}

/// Fills the decision form: outcome (steps right from none), body,
/// rationale, and the residual risk (steps right from none).
fn fill_decision(app: &mut App, outcome: usize, body: &str, rationale: &str, risk: usize) {
    for _ in 0..outcome {
        press(app, KeyCode::Right);
    }
    press(app, KeyCode::Tab);
    typing(app, body);
    press(app, KeyCode::Tab);
    typing(app, rationale);
    press(app, KeyCode::Tab);
    press(app, KeyCode::Tab);
    press(app, KeyCode::Tab);
    for _ in 0..risk {
        press(app, KeyCode::Right);
    }
}

#[test]
fn approve_from_the_dashboard() {
    let (_dir, root) = committed_example_with_staged_note();
    let recorded_on: Date = "2025-02-20".parse().expect("date");
    let mut app = app_recording_on(&root, recorded_on);
    select(&mut app, "ordfører");
    press(&mut app, KeyCode::Char('d'));
    assert_eq!(app.form().map(|f| f.kind), Some(FormKind::Decide));
    assert_eq!(
        value(&app, FieldId::Outcome),
        "",
        "no outcome is chosen for the user"
    );
    assert_eq!(
        value(&app, FieldId::ResidualRisk),
        "",
        "nor a residual risk"
    );
    assert!(
        problem(&app).contains("choose the outcome"),
        "validated before typing: {}",
        problem(&app)
    );
    fill_decision(
        &mut app,
        1,
        "Ledergruppen",
        "Dialogen er begrenset til svar",
        2,
    );
    assert_eq!(value(&app, FieldId::ResidualRisk), "medium");
    assert_eq!(problem(&app), "", "valid as typed");
    press(&mut app, KeyCode::Enter);
    // The day of the decision: the day of recording unless changed.
    assert_eq!(value(&app, FieldId::DecisionDate), recorded_on.to_string());
    press(&mut app, KeyCode::Enter);
    assert_eq!(stage(&app), "preview");
    let screen = render(&mut app);
    assert!(
        screen.contains("decision: fjordvik/x-ordforer approved"),
        "{screen}"
    );
    // The dashboard evaluates as on --today, but records by its clock.
    let due = recorded_on.add_months(12);
    assert!(screen.contains(&format!("Review-Due: {due}")), "{screen}");
    assert!(screen.contains("+outcome = \"approved\""), "{screen}");
    assert_eq!(
        git(&root, &["rev-list", "--count", "HEAD"]).trim(),
        "1",
        "nothing written before y"
    );

    press(&mut app, KeyCode::Char('y'));
    assert_eq!(stage(&app), "none");
    assert!(
        app.message()
            .starts_with("Recorded \"decision: fjordvik/x-ordforer approved\" in commit"),
        "{}",
        app.message()
    );
    assert_eq!(
        git(&root, &["log", "-1", "--format=%s"]).trim(),
        "decision: fjordvik/x-ordforer approved"
    );
    assert_eq!(
        git(&root, &["show", "--name-only", "--format=", "HEAD"]).trim(),
        "assessments/fjordvik/x-ordforer.toml"
    );
    assert_eq!(
        git(&root, &["status", "--porcelain"]),
        "A  notater.txt\n",
        "the staged file is untouched"
    );
    // Recorded on the real day, which is after the pinned --today: as of
    // that day the decision has not happened yet (F21), so the review
    // stays as overdue as it was.
    assert_eq!(
        app.selected_row().map(|r| r.review_when.clone()),
        Some("77 d overdue".to_owned())
    );

    // The detail names the commit that recorded the decision.
    press(&mut app, KeyCode::Enter);
    let detail = render(&mut app);
    assert!(
        detail.contains("Decision recorded in      commit"),
        "{detail}"
    );
    assert!(detail.contains("Personvernombud Test"), "{detail}");
}

#[test]
fn the_form_says_what_is_wrong_as_you_type() {
    let (_dir, root) = committed_example_with_staged_note();
    let mut app = app_on(&root);
    select(&mut app, "helsestasjonen");
    press(&mut app, KeyCode::Char('d'));
    fill_decision(&mut app, 1, "Ledergruppen", "Nytten veier tyngre", 3);
    assert_eq!(value(&app, FieldId::ResidualRisk), "high");
    let screen = render(&mut app);
    assert!(
        screen.contains("This approval leaves F04: prior consultation with Datatilsynet"),
        "{screen}"
    );
    assert_eq!(problem(&app), "", "a finding never stops the record");

    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Right); // conditionally_approved
    assert!(
        problem(&app).contains("lists its conditions"),
        "{}",
        problem(&app)
    );
    press(&mut app, KeyCode::Esc);
    assert_eq!(
        stage(&app),
        "discard?",
        "typed text is not thrown away unasked"
    );
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(stage(&app), "editing");
    assert_eq!(value(&app, FieldId::Rationale), "Nytten veier tyngre");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('y'));
    assert_eq!(stage(&app), "none");
    assert_eq!(app.message(), "Cancelled: nothing was written");
    assert_eq!(git(&root, &["status", "--porcelain"]), "A  notater.txt\n");
}

#[test]
fn snapshot_activity_close_and_new_from_the_dashboard() {
    let (_dir, root) = committed_example_with_staged_note();
    let mut app = app_on(&root);
    select(&mut app, "visit fjordvik");
    press(&mut app, KeyCode::Char('p'));
    assert_eq!(
        value(&app, FieldId::SnapshotDate),
        today().to_string(),
        "the day of recording, shown"
    );
    ctrl(&mut app, 'u');
    assert_eq!(value(&app, FieldId::SnapshotDate), "");
    assert_eq!(
        value(&app, FieldId::SnapshotKind),
        "before_closing",
        "a closing account's snapshot is the one before closing (F18)"
    );
    typing(&mut app, "2025-01-14");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    typing(&mut app, "2025/00033-1");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    assert_eq!(stage(&app), "preview", "{}", problem(&app));
    press(&mut app, KeyCode::Char('y'));
    assert!(git(&root, &["log", "-1", "--format=%B"]).contains("Action: snapshot"));

    press(&mut app, KeyCode::Char('a'));
    assert_eq!(value(&app, FieldId::LastPost), "", "no date is assumed");
    press(&mut app, KeyCode::Enter);
    assert_eq!(stage(&app), "editing", "an empty date is not a date");
    typing(&mut app, "2025-01-15");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('y'));
    assert!(git(&root, &["log", "-1", "--format=%B"]).contains("Action: activity"));

    select(&mut app, "loftet");
    press(&mut app, KeyCode::Char('c'));
    typing(&mut app, "Loftet bruker hovedsiden");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Right); // closing
    press(&mut app, KeyCode::Enter);
    assert_eq!(value(&app, FieldId::CloseDate), today().to_string());
    press(&mut app, KeyCode::Enter);
    let preview = render(&mut app);
    assert!(
        preview.contains("no snapshot was archived before closing"),
        "warned: {preview}"
    );
    press(&mut app, KeyCode::Char('y'));
    assert!(git(&root, &["log", "-1", "--format=%B"]).contains("Action: close"));

    press(&mut app, KeyCode::Char('+'));
    typing(&mut app, "tiktok-biblioteket");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Right); // instagram
    press(&mut app, KeyCode::Enter);
    typing(&mut app, "Biblioteket på Instagram");
    press(&mut app, KeyCode::Enter);
    assert_eq!(stage(&app), "preview", "{}", problem(&app));
    press(&mut app, KeyCode::Char('y'));
    assert!(git(&root, &["log", "-1", "--format=%B"]).contains("Action: new"));
    assert!(
        root.join("assessments/fjordvik/tiktok-biblioteket.toml")
            .exists()
    );
    assert_eq!(git(&root, &["rev-list", "--count", "HEAD"]).trim(), "5");
    git(&root, &["fsck", "--strict", "--no-progress"]);
}

#[test]
fn a_file_changed_after_the_preview_is_not_overwritten() {
    let (_dir, root) = committed_example_with_staged_note();
    let mut app = app_on(&root);
    select(&mut app, "ordfører");
    press(&mut app, KeyCode::Char('a'));
    typing(&mut app, "2025-01-15");
    press(&mut app, KeyCode::Enter);
    assert_eq!(stage(&app), "preview");
    let file = root.join("assessments/fjordvik/x-ordforer.toml");
    let theirs = std::fs::read_to_string(&file)
        .unwrap()
        .replace("hours_per_week = 2", "hours_per_week = 7");
    std::fs::write(&file, &theirs).unwrap();
    press(&mut app, KeyCode::Char('y'));
    assert_eq!(stage(&app), "editing");
    assert!(
        problem(&app).contains("changed on disk since the edit began"),
        "{}",
        problem(&app)
    );
    // The whole reason is readable, up to what to do: it wraps in the form.
    let screen = render(&mut app).replace(['│', '"'], " ");
    let words: String = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains("redo the change"), "{screen}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), theirs);
    assert_eq!(git(&root, &["rev-list", "--count", "HEAD"]).trim(), "1");
}

#[test]
fn uncommitted_changes_to_the_file_are_shown_before_they_are_committed() {
    let (_dir, root) = committed_example_with_staged_note();
    let file = root.join("assessments/fjordvik/x-ordforer.toml");
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace("hours_per_week = 2", "hours_per_week = 5");
    std::fs::write(&file, text).unwrap();
    let mut app = app_on(&root);
    select(&mut app, "ordfører");
    press(&mut app, KeyCode::Char('a'));
    typing(&mut app, "2025-01-15");
    press(&mut app, KeyCode::Enter);
    let preview = render(&mut app);
    assert!(
        preview.contains("changes made outside somevakt"),
        "{preview}"
    );
    assert!(preview.contains("+hours_per_week = 5"), "{preview}");
    press(&mut app, KeyCode::Char('y'));
    assert!(git(&root, &["show", "HEAD"]).contains("+hours_per_week = 5"));
}

#[test]
fn e_on_an_invalid_file_opens_it_in_the_editor() {
    let (_dir, root) = committed_example_with_staged_note();
    write(
        &root,
        "assessments/fjordvik/facebook-ny.toml",
        "schema_version = 1\n[account\n",
    );
    let mut app = app_on(&root);
    select(&mut app, "facebook-ny");
    assert!(
        app.selected_row().is_some_and(|r| r.id.is_none()),
        "an invalid row"
    );
    let commands = app.update(Message::Key(KeyEvent::new(
        KeyCode::Char('e'),
        KeyModifiers::NONE,
    )));
    let expected = somevakt_core::AccountId::parse("fjordvik/facebook-ny").unwrap();
    assert_eq!(commands, vec![Command::OpenEditor(expected)]);
}

#[test]
fn a_refused_edit_closes_its_preview_and_keeps_the_edit() {
    let (_dir, root) = committed_example_with_staged_note();
    let mut app = app_on(&root);
    let path = "assessments/fjordvik/x-ordforer.toml";
    let before = std::fs::read_to_string(root.join(path)).unwrap();
    let head = somevakt_core::CommitId::from_hex(git(&root, &["rev-parse", "HEAD"]).trim());
    // What the editor saved.
    let edited = before.replace("hours_per_week = 2", "hours_per_week = 4");
    std::fs::write(root.join(path), &edited).unwrap();
    let id = somevakt_core::AccountId::parse("fjordvik/x-ordforer").unwrap();
    for c in app.update(Message::EditorClosed {
        id,
        head: Some(head),
        before: Some(before),
    }) {
        run(&mut app, c);
    }
    assert_eq!(app.form().map(|f| f.kind), Some(FormKind::Edit));
    let asked = render(&mut app);
    assert!(asked.contains("Why you changed it"), "{asked}");
    press(&mut app, KeyCode::Enter);
    assert_eq!(stage(&app), "editing", "a reason is needed");
    typing(&mut app, "Mer tid til moderering");
    press(&mut app, KeyCode::Enter);
    assert_eq!(stage(&app), "preview");
    let preview = render(&mut app);
    assert!(
        preview.contains("Mer tid til moderering"),
        "the reason is the body: {preview}"
    );
    assert!(
        preview.contains("Commit the edit made in your editor"),
        "{preview}"
    );
    assert!(preview.contains("+hours_per_week = 4"), "{preview}");

    git(&root, &["commit", "-q", "-m", "Noen andre committet"]);
    press(&mut app, KeyCode::Char('y'));
    assert_eq!(stage(&app), "none", "no field-less form to go back to");
    assert!(
        app.message().starts_with("Not committed:") && app.message().contains("branch moved"),
        "{}",
        app.message()
    );
    press(&mut app, KeyCode::Char('x')); // once this indexed an empty field list
    assert_eq!(
        std::fs::read_to_string(root.join(path)).unwrap(),
        edited,
        "the edit stays in the file"
    );
}

/// A refusal from the store reaches the dashboard in the reader's language,
/// worded by the same messages as the command line's.
#[test]
fn a_refusal_is_said_in_the_dashboards_language() {
    let (_dir, root) = committed_example();
    let policy = std::fs::read_to_string(root.join("somevakt.toml")).unwrap();
    std::fs::write(
        root.join("somevakt.toml"),
        policy.replace("emails = []", "emails = [\"eva.lindqvist@alvby.se\"]"),
    )
    .unwrap();
    git(&root, &["commit", "-q", "-am", "Bara Eva godkänner"]);
    let mut app = App::new(root.clone(), today(), true)
        .with_clock(somevakt_store::clock::Clock::fixed_day(today()))
        .with_lang(somevakt::i18n::Lang::Sv);
    for c in app.init() {
        run(&mut app, c);
    }
    select(&mut app, "ordfører");
    press(&mut app, KeyCode::Char('d'));
    assert_eq!(stage(&app), "none", "no form opens for a non-approver");
    assert!(
        app.message()
            .starts_with("bara de godkännare som anges i somevakt.toml"),
        "{}",
        app.message()
    );
}

/// The reminder of an overdue review opens the review form; the review is
/// recorded with `Action: review` and keeps the approval.
#[test]
fn an_overdue_review_is_recorded_from_its_reminder() {
    let (_dir, root) = committed_example_with_staged_note();
    let mut app = app_on(&root);
    press(&mut app, KeyCode::Char('4'));
    let at = app
        .reminders()
        .iter()
        .position(|r| r.kind == somevakt_core::reminders::ReminderKind::Review && r.days < 0)
        .expect("an overdue review in the example");
    let path = app.reminders()[at].path.clone();
    for _ in 0..at {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.form().map(|f| f.kind), Some(FormKind::Review));
    assert_eq!(
        value(&app, FieldId::ReviewResult),
        "",
        "no result is assumed"
    );
    assert!(
        problem(&app).contains("unchanged or changed"),
        "{}",
        problem(&app)
    );
    press(&mut app, KeyCode::Right); // unchanged
    press(&mut app, KeyCode::Tab);
    typing(&mut app, "Gått gjennom med kommunikasjonsavdelingen");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    // A date after the day of recording is what the record would refuse:
    // the form says so instead of "ready".
    ctrl(&mut app, 'u');
    let tomorrow = today().add_days(1);
    typing(&mut app, &tomorrow.to_string());
    assert!(
        problem(&app).contains("is after today"),
        "{}",
        problem(&app)
    );
    press(&mut app, KeyCode::Enter);
    assert_eq!(stage(&app), "editing");
    ctrl(&mut app, 'u');
    typing(&mut app, "2024-12-20");
    assert_eq!(problem(&app), "");
    press(&mut app, KeyCode::Enter);
    assert_eq!(stage(&app), "preview", "{}", problem(&app));
    press(&mut app, KeyCode::Char('y'));
    let message = git(&root, &["log", "-1", "--format=%B"]);
    assert!(message.contains("Action: review"), "{message}");
    assert!(message.contains("Review-Result: unchanged"), "{message}");
    let text = std::fs::read_to_string(root.join(&path)).unwrap();
    assert!(text.contains("[[reviews]]\ndate = 2024-12-20"), "{text}");
    let a = somevakt_core::parse::parse_assessment(&text).unwrap();
    assert_eq!(
        a.reviews[0].reviewed_by.as_deref(),
        Some("Personvernombud Test")
    );
}

/// An approval that leaves F04 is recorded, and the preview says so.
#[test]
fn an_approval_that_leaves_f04_is_previewed_with_it() {
    let (_dir, root) = committed_example_with_staged_note();
    let mut app = app_on(&root);
    select(&mut app, "helsestasjonen");
    press(&mut app, KeyCode::Char('d'));
    fill_decision(&mut app, 1, "Ledergruppen", "Nytten veier tyngre", 3);
    ctrl(&mut app, 's');
    assert_eq!(stage(&app), "preview", "{}", problem(&app));
    let preview = render(&mut app);
    assert!(preview.contains("Recorded all the same"), "{preview}");
    assert!(preview.contains("Findings: F04"), "{preview}");
    press(&mut app, KeyCode::Char('y'));
    let message = git(&root, &["log", "-1", "--format=%B"]);
    assert!(message.contains("Decision: approved"), "{message}");
}
