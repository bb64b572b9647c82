# The dashboard's words in English: tabs, columns, states, hints, help,
# forms, dialogs and errors. Terms are shared with cli.ftl.

## The status line

status-loading = Loading…
status-reloading-because = { $reason }: reloading every file…
diff-cannot-read = Cannot read the commit: { $error }
status-editor-no-change = The editor closed without a change: nothing to record
status-restored = Put back the committed version of { $path }
status-cannot-restore = Cannot restore { $path }: { $error }
status-new-day = A new day: { $day }
status-cannot-load = Cannot load: { $error }
status-reloaded-because = { $reason }: reloaded { $count ->
    [one] { $count } file
   *[other] { $count } files
}
status-loaded = Loaded { $count ->
    [one] { $count } file
   *[other] { $count } files
}
reload-policy = somevakt.toml changed
reload-folder = folder { $folder } changed
watch-watching = watching for changes
watch-polling-asked = polling every { $seconds } s (--poll)
watch-polling-failed = polling every { $seconds } s (watching failed: { $error })
watch-none = not watching for changes ({ $error }); r reloads
watch-error = watch error; r reloads by hand
status-audit-cannot-run = the audit cannot run: { $error }
status-audit-shallow = the history is incomplete (a shallow clone): run `git fetch --unshallow`
status-nothing-to-reload = Nothing to reload
status-changed-one = Changed on disk: { $file }
status-changed-many = Changed on disk: { $count } files ({ $files })
status-file-reloaded = reloaded
status-file-invalid = invalid
status-file-removed = removed

## The overview's quick filters

quick-all = all
quick-attention = needs attention
quick-overdue = overdue
quick-inactive = inactive
quick-snapshots = snapshots
quick-invalid = invalid

## The overview's table

health-invalid = ✖ invalid
health-error = ✖ error
health-warning = ▲ warning
health-ok = ✔ ok
column-status = Status
column-municipality = Municipality
column-account = Account
column-platform = Platform
column-approval = Approval
column-review = Review due
column-activity = Activity
column-snapshots = Snapshots
column-findings = Find.
column-id = Id
row-approval-pending = pending
row-approval-approved = approved
row-approval-conditional = conditional
row-approval-not-approved = not approved
row-approval-reapproval = re-approve
row-approval-unverified = unverified
row-snapshots-ok = ok
row-snapshots-due-soon = due soon
row-snapshots-missing = missing
row-snapshots-old = too old
row-activity-active = active
row-activity-inactive = inactive
row-activity-unknown = unknown
row-at = line { $line }, column { $column }
overview-title = { $shown } of { $total } · filter: { $filter } · sort: { $sort }
overview-loading = {"  "}Loading the assessments…
overview-empty = {"  "}No assessment yet: + creates one
overview-nothing-matches = {"  "}Nothing matches, so nothing is selected. Esc clears the filter.

## The header

header-fixed-day = { $day } (fixed)
header-loading-files = Loading: { $loaded } of { $total } files
header-loading = Loading the assessments…
header-counts-after-load = the counts appear when every file is read
header-accounts = { $count ->
    [one] { $count } account
   *[other] { $count } accounts
}:{" "}
header-short-approvals = { $accounts } accounts: { $approved } approved, { $conditional } cond., { $not_approved } not appr., { $pending } pending, { $reapproval } re-appr.
header-approved = { $count } approved
header-conditional = , { $count } conditionally approved,{" "}
header-not-approved = { $count } not approved
header-pending = , { $pending } pending, { $reapproval } { $reapproval ->
    [one] needs
   *[other] need
} re-approval
header-reviews = reviews:{" "}
header-unverified = , { $count } unverified
header-reviews-overdue = { $count } overdue
header-soon-inactive = , { $soon } due soon · { $inactive } inactive · snapshots:{" "}
header-snapshots = { $missing } missing, { $old } too old
header-invalid = { $count } invalid
header-short-overdue = { $count } overdue
header-short-soon-inactive = {" "}· { $inactive } inactive ·{" "}
header-short-snapshots = snapshots: { $missing } missing, { $old } old
status-search = search:{" "}
hint-nothing-selected = nothing selected: actions are off
hint-clear-filter = clear filter

## The decision trail (somevakt audit)

trail-reading = trail …
trail-unknown = trail ?
trail-intact = trail ✓ intact
trail-intact-short = trail ✓
trail-by-hand = trail: { $decisions } { $decisions ->
    [one] decision
   *[other] decisions
}, { $by_hand } typed in by hand
trail-by-hand-short = trail: { $by_hand } by hand
mark-by-hand = · typed in by hand
trail-violations = trail ✗ { $count }
mark-violation = ✗ violation
mark-verified = ✓ verified
mark-unsigned = · unsigned
mark-unknown-key = ? unknown key
mark-bad-signature = ✗ bad signature

## History and commit

history-title = History of { $path }
select-first = {"  "}Select an account in the overview (1) first.
history-reading = {"  "}Reading the Git history…
history-none = {"  "}No Git history: { $error }
history-empty = {"  "}No commit has touched this file yet.
diff-reading = {"  "}Reading the commit…

## Reminders

reminders-title = Reminders: { $overdue } overdue, { $soon } due soon
reminders-none = {"  "}Nothing is overdue or due soon.
reminders-due = Due
reminders-when = When
reminders-what = What
reminders-account = Account
reminders-what-account = What · account

## Help

keyhelp-title = Help (Esc closes)
keyhelp-keys-of = Keys of the { $screen } screen
keyhelp-while-filter = While typing a filter
keyhelp-while-search = While typing a search
keyhelp-in-form = In a form (d, p, a, c, +)
keyhelp-in-preview = When the change is shown before it is written
keyhelp-settings = Settings
keyhelp-settings-file = {"  "}{ $path }: theme = "terminal" | "light" | "high-contrast", [keys] action = "key"

## Screens (the tabs)

screen-overview = Overview
screen-detail = Detail
screen-history = History
screen-commit = Commit
screen-reminders = Reminders
screen-help = Help

## The command palette

palette-title = Commands
palette-none = {"  "}no action matches

## What keys say on the status line

status-paste-where = Paste into a form, the filter or the search
status-none-selected-filter = No account is selected: the filter shows none (Esc clears it)
status-none-selected = No account is selected
status-reloading = Reloading every file…
status-opening = Opening { $url }
status-not-web-address = Not a web address: { $url }
status-no-url = No address (account.url) is recorded for this account
status-copied = Copied { $id } (if the terminal allows OSC 52)
status-no-finding = No finding to fix
status-no-match = Nothing matches "{ $text }"
status-no-search-yet = Nothing to step through: / types a text first
status-match-of = Match { $nth } of { $total } for "{ $text }"

## Dialogs

discard-title = Discard what you typed?
discard-nothing-written = Nothing has been written yet.
discard-keys = y discards the form · n or Esc keeps editing
editor-not-started = Could not start the editor
editor-failed = The editor exited with an error
editor-invalid = The saved file is not valid
editor-not-started-what = Nothing was saved. Set $EDITOR (or git config core.editor) to an editor that is installed.
editor-failed-what = The file may or may not have been saved; it is not committed.
editor-invalid-what = The file was saved but is not a valid assessment; it is not committed.
editor-keys = { $editor } opens it in the editor again · { $restore } puts back the committed version · { $leave } leaves it as it is
preview-message = The commit message
preview-findings-left = Recorded all the same; the account will still have { $ids } (see the detail for what fixes them)
preview-outside-changes = ▲ The file has changes made outside somevakt, not yet committed: confirming commits them too. Here they are:
preview-change-to = The change to { $path }
preview-keys = y writes the file and commits it · n goes back · nothing is written before y

## Forms

field-outcome = Outcome
field-body = Deciding body
field-rationale = Rationale
field-conditions = Conditions
field-conditions-due = Conditions due
field-residual-risk = Residual risk
field-decision-date = Decided on
field-review-result = Result
field-review-date = Reviewed on
field-review-next = Next review
field-review-note = Note
field-snapshot-date = Date
field-snapshot-kind = Kind
field-archive-ref = Archive reference
field-format = Format
field-last-post = Last post
field-close-reason = Reason
field-close-status = Status
field-close-date = Decided on
field-id = Id
field-municipality = Municipality
field-platform = Platform
field-name = Name
field-edit-reason = Why you changed it
field-outcome-hint = ← → to choose: approved, conditionally_approved, not_approved
field-body-hint = who decided, e.g. the management group
field-rationale-hint = why: KS chapter 8 asks for the reasons (Enter: new line)
field-conditions-hint = conditional approval only; separate with ;
field-conditions-due-hint = YYYY-MM-DD, conditional approval only
field-residual-risk-hint = ← → to choose the residual risk after the measures
field-decision-date-hint = YYYY-MM-DD of the meeting that decided; today unless recorded later
field-review-result-hint = ← → to choose: unchanged (the DPIA still holds) or changed (back to management)
field-review-date-hint = YYYY-MM-DD of the review; today unless recorded later
field-review-next-hint = YYYY-MM-DD, only if not a review interval later
field-review-note-hint = what was looked at (Enter: new line)
field-snapshot-date-hint = YYYY-MM-DD the snapshot was archived
field-snapshot-kind-hint = ← → to choose: yearly, before_change, before_closing
field-archive-ref-hint = case or document number
field-format-hint = file format, e.g. PDF/A
field-last-post-hint = YYYY-MM-DD of the newest post
field-close-reason-hint = why the account is closed
field-close-status-hint = ← → to choose: closing (still open) or closed
field-close-date-hint = YYYY-MM-DD the closing was decided; kept as recorded if the account is already closing
field-id-hint = municipality/platform-unit, lowercase a-z 0-9 -
field-municipality-hint = e.g. Fjordvik kommune
field-platform-hint = ← → to choose the platform
field-name-hint = the account's name on the platform
field-edit-reason-hint = one line for the commit message: what and why
choice-approved = approved
choice-conditionally-approved = conditionally_approved
choice-not-approved = not_approved
choice-low = low
choice-medium = medium
choice-high = high
choice-not-given = (not given)
choice-yearly = yearly
choice-before-change = before_change
choice-before-closing = before_closing
choice-closing = closing
choice-closed = closed
choice-unchanged = unchanged
choice-changed = changed
choice-other-platform = other
form-decide = Record a management decision
form-review = Record a review of the DPIA
form-snapshot = Record a snapshot
form-activity = Record the last post seen
form-close = Close the account
form-new = New account
form-edit = Commit the edit made in your editor
problem-snapshot-kind = choose the kind of snapshot
problem-review-result = choose unchanged or changed
problem-date-future = { $field }: { $date } is after today ({ $today }): a record is dated on or before the day it is made
problem-next-review-early = the next review must come after this review
problem-snapshot-future = a snapshot cannot be from the future
problem-last-post-future = the last post cannot be in the future
problem-close-reason = say why the account is closed
problem-close-status = choose closing (still open) or closed
problem-edit-reason = say in one line what you changed and why
problem-edit-from-preview = an edit is committed from its preview
problem-exists = { $id } exists already
problem-new-needs = a new account needs its municipality and name
problem-platform = choose a platform
problem-nothing-to-commit = nothing to commit
problem-select-first = select an account first
problem-outcome = choose the outcome (← →)
problem-residual-risk = choose the residual risk, or (not given)
problem-prior-consultation = This approval leaves F04: prior consultation with { $authority } has not been requested. It is recorded all the same.
problem-enter-date = { $field }: enter a date, YYYY-MM-DD
form-choose = ‹ choose with ← → ›
form-last-time = { $hint }; last time: { $body }
form-committing = Writing the file and committing…
form-more-below = {"  "}↓ more fields below (Tab)
form-ready-edit = ✔ Ready: Enter shows the change and its commit message
form-ready = ✔ Ready: Enter on the last field (or Ctrl-S) shows the change first
form-preparing = Preparing the change…
status-invalid-file-edit = The file is not valid: e opens it in the editor
status-cancelled = Cancelled: nothing was written
status-edit-stays = Not committed: the edit stays in the file
status-recorded = Recorded "{ $subject }" in commit { $commit }
status-not-committed = Not committed: { $error }
status-warning = warning: { $warning }
status-nothing-changed = Nothing was changed
status-left-as-is = { $path } is left as it is, not committed
status-opened = Opened { $url }
status-cannot-open = Cannot open { $url }: { $error }
notice-interrupted = ▲ Interrupted record, not committed: { $file } (`somevakt check` says how to finish it)
notice-settings-not-used = Settings not used: { $problems }
config-cannot-read = cannot read { $path }: { $error }
config-unknown-theme = unknown theme "{ $name }" (terminal, light, high-contrast)
config-unknown-setting = unknown setting "{ $name }"
config-unknown-action = unknown action "{ $name }" in [keys]
config-keys-shape = [keys] { $name }: a key or a list of keys
config-keys-unreadable = [keys] { $name }: cannot read { $value }
editor-not-found = { $editor }: not found or not executable ({ $status })
editor-not-regular = { $path } is not opened: { $why }
editor-cannot-read = cannot read the file: { $error }

## Keys: what each does (help, palette) and its word in the hint line

key-move-up = Move up
key-move-down = Move down
key-page-up = Page up
key-page-down = Page down
key-go-to-the-top = Go to the top
key-go-to-the-bottom = Go to the bottom
key-next-screen = Next screen
key-previous-screen = Previous screen
key-overview-of-all-accounts = Overview of all accounts
key-detail-of-the-selected-account = Detail of the selected account
key-git-history-of-the-selected-account = Git history of the selected account
key-reminders-what-is-overdue-or-due = Reminders: what is overdue or due soon
key-command-palette-every-action-and-its = Command palette: every action and its key
key-help-every-key-of-this-screen = Help: every key of this screen
key-quit = Quit
key-quit-from-anywhere = Quit, from anywhere
key-record-a-management-decision-on-the = Record a management decision on the account
key-record-a-review-of-the-dpia = Record a review of the DPIA (still valid, or changed)
key-record-an-archived-snapshot = Record an archived snapshot
key-record-the-last-post-seen = Record the last post seen
key-close-the-account-closing-or-closed = Close the account (closing or closed)
key-edit-the-file-in-your-editor = Edit the file in your editor, then commit it
key-open-the-account-s-address-in = Open the account's address in the browser
key-copy-the-account-id-through-the = Copy the account id (through the terminal, OSC 52)
key-create-a-new-account-from-the = Create a new account from the template
key-next-field-on-the-last-preview = Next field; on the last, preview the change
key-preview-the-change-from-any-field = Preview the change from any field
key-next-field-in-the-rationale-tab = Next field (in the rationale: Tab)
key-previous-field = Previous field
key-next-choice = Next choice
key-previous-choice = Previous choice
key-cancel-nothing-is-written-asks-if = Cancel: nothing is written (asks if you typed)
key-in-a-text-field-start-or = In a text field: start or end of the line; Ctrl-U, Ctrl-W delete
key-write-the-file-and-commit-it = Write the file and commit it
key-back-to-the-form-nothing-is = Back to the form: nothing is written
key-scroll-down = Scroll down
key-scroll-up = Scroll up
key-discard-what-you-typed = Discard what you typed
key-keep-editing = Keep editing
key-open-the-file-in-the-editor = Open the file in the editor again
key-put-back-the-committed-version-of = Put back the committed version of the file
key-leave-the-file-as-it-is = Leave the file as it is (not committed)
key-open-the-account-s-detail = Open the account's detail
key-git-history-of-the-account = Git history of the account
key-filter-type-to-match-any-visible = Filter: type to match any column, shown or not (id and municipality too)
key-next-quick-filter-all-attention-overdue = Next quick filter (all, attention, overdue, inactive, snapshots, invalid)
key-previous-quick-filter = Previous quick filter
key-sort-by-the-next-column = Sort by the next column
key-reverse-the-sort-order = Reverse the sort order
key-reload-every-file = Reload every file
key-clear-the-filter = Clear the filter: every row comes back; n, N step through what it matched
key-open-the-form-that-fixes-the = Open the form that fixes the marked finding
key-mark-the-next-finding = Mark the next finding
key-mark-the-previous-finding = Mark the previous finding
key-back = Back
key-search-type-then-n-and-n = Search: type, then n and N step through the matches
key-next-match-of-the-search = Next match of the search
key-previous-match-of-the-search = Previous match of the search
key-show-the-commit-s-change-to = Show the commit's change to the file
key-back-to-the-history = Back to the history
key-open-the-form-that-deals-with = Open the form that deals with the reminder
key-back-to-the-overview = Back to the overview
key-close-the-help = Close the help
key-keep-the-text-and-go-back = Keep the text and go back to the list
key-clear-the-text = Clear the text
key-run-the-marked-action = Run the marked action
key-mark-the-next-action = Mark the next action
key-mark-the-previous-action = Mark the previous action
key-close-the-palette = Close the palette
hint-commands = commands
hint-help = help
hint-quit = quit
hint-decide = decide
hint-edit = edit
hint-next-preview = next/preview
hint-preview = preview
hint-choose = choose
hint-cancel = cancel
hint-confirm = confirm
hint-back = back
hint-discard = discard
hint-keep-editing = keep editing
hint-editor = editor
hint-restore = restore
hint-leave = leave
hint-detail = detail
hint-history = history
hint-filter = filter
hint-quick = quick
hint-sort = sort
hint-fix = fix
hint-next-finding = next finding
hint-search = search
hint-diff = diff
hint-close = close
hint-keep = keep
hint-clear = clear
hint-run = run
key-overview-next-match = Next row the / text matches (also after Esc brought every row back)
key-overview-previous-match = Previous row the / text matches

## The detail screen

sheet-decision-recorded-in = Decision recorded in
sheet-status = Status
sheet-id = Id
sheet-file = File
sheet-approval = Approval
sheet-review = Review
sheet-activity = Activity
sheet-snapshots = Snapshots
sheet-account = Account
sheet-name = Name
sheet-municipality = Municipality
sheet-platform = Platform
sheet-address = Address
sheet-owner-unit = Owner unit
sheet-service-area = Service area
sheet-usage = Usage
sheet-created = Created
sheet-e-mail = E-mail
sheet-purpose = Purpose
sheet-plan = Plan
sheet-strategy = Strategy
sheet-main-channel-considered = Main channel considered
sheet-jurisdiction = Jurisdiction
sheet-profile = Profile
sheet-website = Website
sheet-privacy-notice = Privacy notice
sheet-house-rules = House rules
sheet-states-sender-and-purpose = States sender and purpose
sheet-responsibility = Responsibility
sheet-manager = Manager
sheet-comms-unit-consulted = Comms unit consulted
sheet-communications-unit = Communications unit
sheet-credentials-held-centrally = Credentials held centrally
sheet-hours-per-week = Hours per week
sheet-editor = Editor
sheet-dpia = DPIA
sheet-document = Document
sheet-initial-screening = Initial screening
sheet-completed = Completed
sheet-next-review = Next review
sheet-terms-reviewed = Terms reviewed
sheet-competences = Competences
sheet-features-used = Features used
sheet-features-disabled = Features disabled
sheet-data-subjects-est = Data subjects (est.)
sheet-special-category-risk = Special-category risk
sheet-target-groups = Target groups
sheet-vulnerable-groups = Vulnerable groups
sheet-trade-offs = Trade-offs
sheet-supplier-documentation = Supplier documentation
sheet-admins-reviewed = Admins reviewed
sheet-joint-controllership = Joint controllership
sheet-art-26-arrangement = Art. 26 arrangement
sheet-legal-basis = Legal basis
sheet-supplementary-basis = Supplementary basis
sheet-legitimate-interest-ass = Legitimate-interest ass.
sheet-third-country = Third country
sheet-transfer-mechanism = Transfer mechanism
sheet-transfer-impact-ass = Transfer impact ass.
sheet-ethics-method = Ethics method
sheet-ethics-assessed = Ethics assessed
sheet-measures = {"  "}measures
sheet-residual = {"  "}residual
sheet-digest = Digest
sheet-decisions-newest-first = Decisions (newest first)
sheet-body = {"  "}body
sheet-recorded-by = {"  "}recorded by
sheet-rationale = {"  "}rationale
sheet-condition = {"  "}condition
sheet-conditions-due = {"  "}conditions due
sheet-residual-risk = {"  "}residual risk
sheet-prior-consultation = Prior consultation
sheet-requested = Requested
sheet-reference = Reference
sheet-moderation = Moderation
sheet-comments-enabled = Comments enabled
sheet-frequency = Frequency
sheet-removal-log = Removal log
sheet-response-hours = Response hours
sheet-category-a = Category A
sheet-category-b = Category B
sheet-category-c = Category C
sheet-archive = Archive
sheet-routine = Routine
sheet-journal-rule = Journal rule
sheet-last-post = Last post
sheet-checked = Checked
sheet-closing = Closing
sheet-decided = Decided
sheet-decided-by = Decided by
sheet-reason = Reason
sheet-content = Content
sheet-identifiable-persons = Identifiable persons
sheet-exemption-justification = Exemption justification
sheet-incidents = Incidents
sheet-invalid-file = Invalid file
sheet-problem = Problem
sheet-where = Where
sheet-the-file-around-it = The file around it
sheet-yes = yes
sheet-no = no
sheet-reading-history = reading the Git history…
sheet-recorded-commit = commit { $commit } by { $author } <{ $email }>, { $date }
sheet-recorded-unknown = no commit with the trailer Action: decision (written by hand)
sheet-due = { $state } (due { $date })
sheet-next-due = { $state } (next due { $date })
sheet-trained = , trained { $date }
sheet-until = , until { $date }
sheet-no-goal = no goal
sheet-no-residual = no residual level
sheet-risk = Risk { $n } ({ $goal })
sheet-no-decision = No decision recorded
sheet-covers-current = covers the current DPIA
sheet-earlier-dpia = taken on an earlier DPIA
sheet-no-digest = no DPIA digest
sheet-no-snapshot = No snapshot archived
header-tiny-approvals = { $accounts } accounts, { $unapproved } without approval
