//! The English of every finding, fix and edit refusal, by message id: the
//! JSON's `message` and `fix.text` and the store's refusal text are written
//! from it ([`super::Phrase::english`]). `locales/en/*.ftl` has the same
//! texts in Fluent's syntax; a test keeps the two equal.

/// Every message id of the findings and their fixes, with its English text
/// (`{name}` stands for an argument). The Fluent files have the same ids.
pub const ENGLISH: &[(&str, &str)] = &[
    // F01
    ("f01", "In use without a completed DPIA: {missing}"),
    (
        "f01-no-completed",
        "no DPIA completion date (dpia.completed)",
    ),
    ("f01-no-dpia-purpose", "no DPIA purpose (dpia.purpose)"),
    (
        "f01-no-account-purpose",
        "no account purpose (account.purpose)",
    ),
    (
        "f01-fix",
        "Complete the DPIA and write its date and purposes in the file",
    ),
    // F02
    (
        "f02-pending",
        "In use but not approved: no management decision has been recorded",
    ),
    (
        "f02-pending-fix",
        "Take the DPIA to management and record its decision",
    ),
    (
        "f02-not-approved",
        "In use but not approved: management did not approve it, so it must not be used",
    ),
    (
        "f02-not-approved-fix",
        "Stop using the account and close it, or take a revised DPIA back to management",
    ),
    (
        "f02-changed",
        "In use but not approved: the DPIA has changed since the latest decision, which no \
         longer covers it",
    ),
    (
        "f02-changed-fix",
        "Take the changed DPIA back to management and record the new decision (the history \
         screen shows which [dpia] keys changed)",
    ),
    (
        "f02-reapproval-fix",
        "Take the changed DPIA back to management and record the new decision",
    ),
    (
        "f02-changed-keys-fix",
        "Take the changed DPIA back to management and record the new decision; changed since \
         the decision: {keys}",
    ),
    // F03
    ("f03-no-conditions", "no conditions listed"),
    (
        "f03-overdue",
        "Conditions were due {due} and no new decision is recorded: {conditions}",
    ),
    (
        "f03-due",
        "Conditionally approved; the revised DPIA goes back to management by {due}: {conditions}",
    ),
    (
        "f03-no-due",
        "Conditionally approved with no date for the conditions: {conditions}",
    ),
    (
        "f03-fix",
        "Meet the conditions and take the revised DPIA back to management",
    ),
    // F04
    (
        "f04",
        "Approved after {count} treatments with the residual risk still high: prior \
         consultation with {authority} must be requested",
    ),
    (
        "f04-empty",
        "Approved after {count} treatments with the residual risk still high: prior \
         consultation with {authority} must be requested ([prior_consultation] has no requested \
         date)",
    ),
    (
        "f04-fix",
        "Request prior consultation with {authority} and record the request",
    ),
    // F05
    (
        "f05",
        "The DPIA review was due {due}: platforms and terms change, reassess",
    ),
    (
        "f05-no-date",
        "The DPIA review is overdue: platforms and terms change, reassess",
    ),
    (
        "f05-fix",
        "Review the DPIA and record the review; if it has changed, take it to management",
    ),
    // F06
    ("f06", "Legal basis incomplete: {missing}"),
    (
        "f06-no-article",
        "no legal basis (dpia.legal_basis.article)",
    ),
    (
        "f06-no-supplementary",
        "Article 6(1)(e) without a supplementary legal basis (supplementary)",
    ),
    (
        "f06-no-lia",
        "Article 6(1)(f) without a legitimate-interest assessment (lia_ref)",
    ),
    (
        "f06-no-art26",
        "joint controllership without an art. 26 arrangement (art26_arrangement)",
    ),
    (
        "f06-fix",
        "Assess the legal basis before processing starts and write it in the DPIA",
    ),
    // F07
    (
        "f07-not-assessed",
        "The DPIA does not assess the transfer to a third country ([dpia.transfer])",
    ),
    (
        "f07-not-assessed-fix",
        "Assess whether personal data leave the EEA, and on what basis",
    ),
    (
        "f07-unknown",
        "The DPIA does not say whether personal data leave the EEA (dpia.transfer.third_country)",
    ),
    (
        "f07-unknown-fix",
        "Say whether personal data go to a third country",
    ),
    (
        "f07-no-mechanism",
        "Personal data go to a third country without a transfer mechanism \
         (dpia.transfer.mechanism)",
    ),
    (
        "f07-no-mechanism-fix",
        "Name a valid transfer basis: an adequacy decision (adequacy), standard data \
         protection clauses (scc) or binding corporate rules (bcr)",
    ),
    (
        "f07-no-tia",
        "Transfer under SCC or BCR without a transfer impact assessment (dpia.transfer.tia_ref)",
    ),
    (
        "f07-no-tia-fix",
        "Assess the third country's law and extra measures (Schrems II) and write the reference",
    ),
    // F08
    (
        "f08-no-risks",
        "The DPIA was completed {completed} without naming a single risk",
    ),
    (
        "f08-no-risks-fix",
        "Assess the risks per privacy goal, with measures and a residual level",
    ),
    ("f08", "{risks}"),
    ("f08-risk-number", "risk {number}"),
    (
        "f08-lacks-both",
        "«{risk}» has no measures and residual level",
    ),
    ("f08-lacks-measures", "«{risk}» has no measures"),
    ("f08-lacks-residual", "«{risk}» has no residual level"),
    ("f08-fix", "Give each risk its measures and residual level"),
    // F09
    (
        "f09-area",
        "KS advises against social media in the service area «{area}» (policy: {entry})",
    ),
    (
        "f09-area-fix",
        "Reconsider the channel: inform through the municipality's main channels, or close it",
    ),
    (
        "f09-case-handling",
        "Open social media must not be used for case handling; use them for information only",
    ),
    (
        "f09-case-handling-fix",
        "Move case handling to the municipality's own channels and set the usage to information",
    ),
    (
        "f09-dialogue",
        "Used for dialogue: KS advises pure information only",
    ),
    (
        "f09-dialogue-fix",
        "Limit the account to information, or write why dialogue on this platform is justified (account.dialogue_justification)",
    ),
    // F10
    (
        "f10",
        "Reaches vulnerable groups whose risks the DPIA does not assess ({groups}): stricter rules apply",
    ),
    (
        "f10-fix",
        "Assess the risk to each group in the DPIA: a [[dpia.risks]] entry with its measures, naming the group in groups",
    ),
    // F11
    (
        "f11-unmoderated",
        "Comments are on but nobody moderates them: moderate or switch comments off",
    ),
    (
        "f11-unmoderated-fix",
        "Moderate daily during office hours, or switch comments off",
    ),
    ("f11", "Moderation: {missing}"),
    (
        "f11-seldom",
        "moderated less often than daily during office hours",
    ),
    (
        "f11-no-frequency",
        "no moderation frequency (moderation.frequency)",
    ),
    (
        "f11-no-category-a",
        "no category A for comments that need a fast response (moderation.categories.a)",
    ),
    ("f11-fix", "Set up the moderation the guidance asks for"),
    // F12
    (
        "f12",
        "Inactive since {since}: update the account or close it",
    ),
    (
        "f12-no-date",
        "Inactive with no post recorded: update the account or close it",
    ),
    (
        "f12-fix",
        "Post and record the last post, or close the account (`c`)",
    ),
    // F13
    (
        "f13-no-editor",
        "No current editor: the channel may be left unattended",
    ),
    (
        "f13-no-editor-fix",
        "Name a responsible editor (role = \"editor\")",
    ),
    (
        "f13-no-substitute",
        "No current substitute for absence: the channel may be left unattended",
    ),
    (
        "f13-no-substitute-fix",
        "Name a substitute (role = \"substitute\")",
    ),
    // F14
    ("f14", "Channel not approved: {missing}"),
    (
        "f14-no-manager",
        "no manager approval of the channel (responsibility.manager)",
    ),
    (
        "f14-not-consulted",
        "the communications unit was not consulted (comms_unit_consulted)",
    ),
    (
        "f14-fix",
        "Have the nearest manager approve the channel with the communications unit",
    ),
    // F15
    ("f15", "Resources: {missing}"),
    ("f15-credentials", "credentials are not held centrally"),
    (
        "f15-email",
        "registered with an e-mail outside the municipal domains",
    ),
    ("f15-untrained", "no recorded training for {names}"),
    (
        "f15-no-hours",
        "no hours set aside for follow-up (hours_per_week)",
    ),
    ("f15-fix", "{todo}"),
    (
        "f15-credentials-fix",
        "hand the credentials to the communications unit",
    ),
    (
        "f15-email-fix",
        "register the account with a work e-mail address",
    ),
    ("f15-untrained-fix", "train {names} and record the date"),
    ("f15-no-hours-fix", "set aside hours for follow-up"),
    // F16
    (
        "f16",
        "No archiving routine (archive.routine_ref): nothing is kept automatically",
    ),
    (
        "f16-fix",
        "Decide how the account is archived and name the routine",
    ),
    // F17
    ("f17-never", "No snapshot has ever been archived"),
    (
        "f17-old",
        "The latest snapshot is from {date}, more than {months} months ago",
    ),
    ("f17-fix", "Archive a snapshot of the account and record it"),
    // F18
    (
        "f18",
        "Closing without a snapshot archived before closing (kind = \"before_closing\")",
    ),
    (
        "f18-after-post",
        "The snapshot before closing is from {date}, before the last post ({last_post}): it does not hold everything published",
    ),
    ("f18-fix", "Record a snapshot of kind before_closing"),
    // F19
    ("f19", "The profile lacks: {missing}"),
    ("f19-privacy-notice", "privacy notice"),
    ("f19-house-rules", "house rules"),
    ("f19-website", "website"),
    ("f19-sender", "statement of sender and purpose"),
    (
        "f19-fix",
        "Complete the profile and write where each part is",
    ),
    // F20
    ("f20", "The assessment lacks depth: {missing}"),
    ("f20-no-ethics", "no ethics assessment"),
    (
        "f20-no-communication",
        "no communication competence in the DPIA group",
    ),
    ("f20-no-privacy", "no privacy competence in the DPIA group"),
    (
        "f20-no-supplier-security",
        "the supplier documents no information security",
    ),
    (
        "f20-no-exemption-justification",
        "artistic exemption without a justification",
    ),
    ("f20-fix", "Deepen the DPIA where it is short"),
    // F21
    (
        "f21",
        "Dated after today ({today}), so not counted: {entries}",
    ),
    ("f21-fix", "Correct the date in the file"),
    (
        "f21-decision-fix",
        "Correct the decision's date with somevakt correct: a decision is append-only, and the correction records which commit it corrects and why",
    ),
    // F22
    (
        "f22",
        "The decision of {date} has no dpia_digest: nobody can tell whether the DPIA changed since",
    ),
    (
        "f22-fix",
        "Record decisions with somevakt, which writes the digest of the DPIA decided on",
    ),
    // F26
    (
        "f26",
        "The decision of {date} is not backed by the trail (somevakt audit says why): it does not count, and the approval is unverified",
    ),
    (
        "f26-fix",
        "Have an approver record the decision with somevakt decide, signed with a key the allowed signers list",
    ),
    // F23
    (
        "f23-open-with-closing",
        "The account is {status} but [closing] records a decision to close it",
    ),
    (
        "f23-open-with-closing-fix",
        "Set the status to closing or closed if it was closed, or remove [closing]",
    ),
    (
        "f23-closing-without",
        "The account is {status} but no [closing] records who decided it, when and why",
    ),
    ("f23-closing-without-fix", "Record the closing decision"),
    (
        "f24",
        "dpia.next_review = {next} is on or before the latest decision or review ({base}), so it is ignored: the review cycle started again then",
    ),
    (
        "f24-fix",
        "Remove dpia.next_review, or set a date after the latest decision or review",
    ),
    (
        "f25",
        "Approved on {date}, before the DPIA was completed ({completed}): management decides on the finished assessment",
    ),
    (
        "f25-no-completed",
        "Approved on {date}, but the DPIA has no completion date (dpia.completed): management decides on the finished assessment",
    ),
    (
        "f25-fix",
        "Complete the DPIA, write the date it was completed (dpia.completed) and take it to management for a new decision",
    ),
    // Why an edit cannot be made (`edit::EditError`): the record commands'
    // refusals; lower-case, they follow `somevakt: `.
    (
        "edit-invalid-result",
        "the result would not be a valid assessment: {reason}",
    ),
    (
        "edit-no-body",
        "say which body decided (body), e.g. the management group",
    ),
    (
        "edit-no-rationale",
        "a decision must be justified (rationale): KS chapter 8 asks for the reasons",
    ),
    (
        "edit-no-conditions",
        "a conditional approval lists its conditions (conditions)",
    ),
    (
        "edit-no-conditions-due",
        "a conditional approval needs the date its conditions are due (conditions due)",
    ),
    (
        "edit-conditions-due-early",
        "the conditions must fall due after the decision ({date})",
    ),
    (
        "edit-conditions-not-conditional",
        "only a conditional approval has conditions",
    ),
    ("edit-not-toml", "the file is not valid TOML: {reason}"),
    (
        "edit-not-array-of-tables",
        "`{key}` in the file is not a list of [[{key}]] tables",
    ),
    (
        "edit-last-post-future",
        "the last post ({last_post}) cannot be after today ({today})",
    ),
    (
        "edit-not-table",
        "`{key}` in the file is not a [{key}] table",
    ),
    ("edit-already-closed", "the account is already closed"),
    ("edit-no-reason", "say why the account is closed (reason)"),
    (
        "edit-already-closing",
        "the account is already being closed: record it closed with --closed (the closing decision stays as recorded)",
    ),
    (
        "edit-next-review-early",
        "the next review ({next}) must come after this review ({date})",
    ),
    (
        "edit-correct-field",
        "{entry} has no field {field} that a correction may rewrite; it may rewrite: {fields} (an outcome or a digest is a new decision)",
    ),
    ("edit-correct-no-entry", "there is no {entry} in the file"),
    (
        "edit-correct-same",
        "{key} is {value} already: nothing to correct",
    ),
    ("edit-correct-empty", "{key} cannot be corrected to nothing"),
    (
        "edit-correct-no-reason",
        "say why it is corrected (--reason): the commit keeps it",
    ),
    (
        "edit-correct-uncommitted",
        "{entry} is not committed as it stands: nothing recorded to correct (edit the file instead)",
    ),
];
