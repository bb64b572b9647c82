# somevakt's English messages. One file per language: en.ftl, nb.ftl, sv.ftl
# hold the same message ids (a test checks it). Machine formats (JSON, CSV
# headers, enum values, trailers, TOML keys) are not here: they never change
# with the language. The English state words are the domain's own words, the
# ones the files and the command line use.

## Dates and distances

# A date in prose. $month is 1-12.
date-long = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
when-today = today
when-tomorrow = tomorrow
when-in-days = in { $days } { $days ->
    [one] day
   *[other] days
}
when-overdue = { $days } { $days ->
    [one] day
   *[other] days
} late

## Counted things

count-accounts = { $count ->
    [one] { $count } account
   *[other] { $count } accounts
}
count-reminders = { $count ->
    [one] { $count } reminder
   *[other] { $count } reminders
}
count-invalid-files = { $count ->
    [one] { $count } invalid file
   *[other] { $count } invalid files
}
count-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
count-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}

## States (format.md: the four status dimensions)

account-planned = planned
account-active = active
account-closing = closing
account-closed = closed
approval-pending = pending
approval-approved = approved
approval-conditionally-approved = conditionally approved
approval-not-approved = not approved
approval-needs-reapproval = needs re-approval
approval-unverified = unverified
review-none = none
review-ok = ok
review-due-soon = due soon
review-overdue = overdue
activity-active = active
activity-inactive = inactive
activity-unknown = unknown
activity-not-applicable = not applicable
snapshots-ok = ok
snapshots-due-soon = due soon
snapshots-missing = missing
snapshots-overdue = too old
snapshots-not-applicable = not applicable

## somevakt status

status-header-account = ACCOUNT
status-header-status = STATUS
status-header-approval = APPROVAL
status-header-review = REVIEW
status-header-activity = ACTIVITY
status-header-snapshots = SNAPSHOTS
status-header-findings = FINDINGS
status-review-due = { $state } { $date } ({ $when })
status-last-snapshot = { $state } (last { $date })
status-findings = { $errors }E { $warnings }W
status-invalid = INVALID
status-summary = { $accounts }: { $approved } approved, { $conditionally } conditionally approved, { $not_approved } not approved, { $pending } pending, { $reapproval } { $reapproval ->
    [one] needs
   *[other] need
} re-approval; reviews: { $reviews_overdue } overdue, { $reviews_due } due soon; { $inactive } inactive; snapshots: { $snapshots_missing } missing, { $snapshots_overdue } too old; { $invalid }
status-summary-unverified = { $count } unverified (signing is required and the trail does not back the decision)

## somevakt remind

remind-heading = Reminders on { $today } (within { $days } { $days ->
    [one] day
   *[other] days
})
remind-overdue = Overdue
remind-due-within = Due within { $days } { $days ->
    [one] day
   *[other] days
}
remind-nothing = Nothing is overdue or due within { $days } { $days ->
    [one] day
   *[other] days
} ({ $accounts } checked).
remind-summary = { $reminders } in { $accounts }: { $overdue } overdue, { $coming } due within { $days } { $days ->
    [one] day
   *[other] days
}.
remind-skipped = { $count ->
    [one] 1 invalid file was skipped
   *[other] { $count } invalid files were skipped
}; run `somevakt check` to see { $count ->
    [one] it
   *[other] them
}
reminder-review = DPIA review
reminder-conditions = Conditions of the approval
reminder-snapshot = Yearly snapshot
reminder-inactive = Inactive: update or close
reminder-closing-snapshot = Snapshot before closing
todo-review-decided = Review the DPIA and take it to management (decided { $date })
todo-conditions = Meet the conditions and take the revised DPIA to management: { $conditions }
todo-conditions-unnamed = Meet the conditions and take the revised DPIA to management
todo-snapshot-after = Archive a snapshot (the latest is from { $date })
todo-first-snapshot = Archive a snapshot: none has ever been taken
todo-inactive = No post since { $date }: update the account or close it
todo-closing-snapshot = Archive a snapshot before the account is closed (kind = "before_closing")
# The calendar (iCalendar) event: its description's last line.
# An event's title: what falls due and for which account (one colon at most, with the prefix below).
ics-title = { $kind } – { $name }
ics-file = File: { $path }
ics-overdue-title = Overdue – { $title }
ics-overdue-since = Overdue since { $date }

## somevakt check

check-error = error
check-here = here
check-source = source
check-fix = fix
fix-key = `{ $key }` in the dashboard
fix-write = write { $keys }
fix-or = or
check-ok = ok
check-failed = FAILED
check-summary = check { $verdict }: { $accounts }, { $invalid }, { $errors } in { $failing }, { $warnings }

## somevakt log

log-none = No commit has touched { $path } yet.

## somevakt init

init-done = Created the assessment repository of { $municipality } in { $dir } (first commit { $commit }).
init-next = Next: add an account with `somevakt new { $slug }/ACCOUNT --municipality "{ $municipality }" --platform facebook --name NAME`, then commit decisions with `somevakt decide`.
init-not-empty = { $dir } already has content ({ $entries }); `somevakt init` only starts a new repository in an empty folder, and changed nothing
init-bad-domain = "{ $domain }" is not an e-mail domain: write it as fjordvik.kommune.no
init-not-folder = { $dir } is not a folder
init-bad-municipality = the municipality's name "{ $name }" gives no folder name: use letters or digits
init-commit = Start the assessment repository of { $municipality }
# The comments of the CI file `init --ci github|gitlab` writes (src/cli/init_ci.rs);
# the YAML keys are the forge's.
init-ci-about = somevakt checks the assessments on every pull or merge request and on the default branch, audits the decision trail, and makes the reminder calendar; also once a day, so that what falls due is reported when nobody pushes.
init-ci-branch = The default branch (keep the one your repository uses).
init-ci-schedule = Once a day at 05:30 UTC.
init-ci-schedule-gitlab = Once a day: add a schedule under Build → Pipeline schedules.
init-ci-set-url = Set this to the Git address somevakt is installed from (your organisation's copy of its repository).
init-ci-permissions = Read the repository, and show the findings in code scanning.
init-ci-full-history = The whole history: the audit refuses a shallow clone.
init-ci-cache = somevakt is kept between runs and compiled again only when its repository has changed.
init-ci-check = The gate: exits 1 when a file is invalid or an account has an error finding; the report is written also then.
init-ci-sarif = The findings under Security → Code scanning and on the lines of the pull request.
init-ci-junit = The same findings as a test report (the gate is the next line).
init-ci-codequality = The findings in the merge request's Code Quality widget and test report.
init-ci-audit = Who approved what, signed by whom, and whether a decision was changed since.
init-ci-remind = The reminder calendar. Exit 1 (something is overdue) fails only the daily run, which GitHub or GitLab reports; the calendar is written all the same.
init-done-ci = Wrote { $path }: set SOMEVAKT_GIT at its top to the Git address somevakt is installed from.
# The comments of the somevakt.toml that `init` writes; keys stay English.
init-policy-title = Policy of the assessment repository of { $municipality }.
init-policy-intro = The guidance gives no review interval or inactivity limit: these are defaults; change them and record why in the commit message.
init-policy-language = language of reports that run without a locale (CI): nb, nn, sv or en
init-policy-review = a decision is reviewed this many months after its date
init-policy-window = "due soon" horizon for reviews, conditions and snapshots, in days
init-policy-inactive = no post for longer than this many days: inactive
init-policy-snapshot = the yearly snapshot may be at most this many months old
init-policy-high-risk = service areas where the guidance advises against social media
init-policy-domains = domains of work e-mail addresses; empty: not checked
init-policy-approvers = Who may record decisions (Git author e-mail). Empty: anyone with commit access.
init-readme =
    # Social-media assessments of { $municipality }

    This Git repository holds the data-protection impact assessments (DPIA) and
    the management decisions for { $municipality }'s social-media accounts, one
    file per account under `assessments/{ $slug }/`. The Git history is the
    audit trail: every decision is a commit.

    ## Daily use

    - `somevakt` opens the dashboard: every account's approval, review date,
      activity, snapshots and findings.
    - `somevakt new { $slug }/facebook-main --municipality "{ $municipality }" --platform facebook --name "Name"`
      starts the assessment of a new account; fill in the file it creates.
    - `somevakt decide { $slug }/facebook-main --outcome approved --body "Management group" --rationale "..."`
      records management's decision.
    - `somevakt remind` lists what is overdue or falls due (reviews, conditions,
      yearly snapshots, inactive accounts); `somevakt remind --format ics`
      gives a calendar.
    - `somevakt check` exits 1 when a file is invalid or an error finding is
      open: run it before you push, and in CI.

    The policy (review interval, reminder window, inactivity limit, high-risk
    service areas) is in `somevakt.toml`. `somevakt --help` and `man somevakt`
    describe every command.

## --help
# English help is the clap definitions' own doc comments (src/cli/mod.rs):
# they are the source the other languages translate, so there are no help-
# messages here. nb.ftl and sv.ftl have one per command and argument.

## Records: the confirmation, warnings, and why a record was refused (one
## message per refusal; the same words as the store's own English).
record-done = Recorded "{ $subject }" in commit { $commit }
cli-warning = warning
record-findings-left = the account still has { $ids } (somevakt check says what fixes them)
warning-closing-without-snapshot = no snapshot was archived before closing (kind = "before_closing"): record one with `somevakt snapshot ID --kind before_closing` (R47)
warning-stale-lock-removed = removed .git/index.lock left by an interrupted somevakt
record-git-failed = Git: { $reason }; nothing was recorded
record-io-failed = { $path }: { $reason }; nothing was recorded
refusal-not-in-git = { $dir } is not in a Git repository: run `git init` there first
refusal-no-identity = Git does not know who you are, and every record needs an author: run git config --global user.name "Your Name" and git config --global user.email "you@kommune.no"
refusal-in-progress = Git is in the middle of { $operation }: finish or abort it first
refusal-detached-head = HEAD is detached: check out a branch first (git switch main)
refusal-index-locked = another Git command is running (.git/index.lock exists); if none is, remove the lock file
refusal-unsafe-path = { $path }: { $why }
path-leaves-repository = it leaves the repository: refused
path-link-folder = { $at } is a symbolic link: somevakt does not write through links, so nothing outside the repository is changed; replace the link with the real folder
path-link-file = { $at } is a symbolic link: somevakt does not write through links, so nothing outside the repository is changed; replace the link with the real file
path-not-regular-file = { $at } is { $kind }, not a regular file
path-not-a-folder = { $at } is { $kind }, not a folder
path-cannot-inspect = cannot look at { $at }: { $reason }
refusal-unreadable = { $path }: { $reason }
refusal-invalid-result = the new text is not a valid assessment: { $reason }
refusal-invalid-save = the saved file is not valid: { $reason }
edit-invalid-result = the result would not be a valid assessment: { $reason }
edit-no-body = say which body decided (body), e.g. the management group
edit-no-rationale = a decision must be justified (rationale): KS chapter 8 asks for the reasons
edit-no-conditions = a conditional approval lists its conditions (conditions)
edit-no-conditions-due = a conditional approval needs the date its conditions are due (conditions due)
edit-conditions-due-early = the conditions must fall due after the decision ({ $date })
edit-conditions-not-conditional = only a conditional approval has conditions
edit-not-toml = the file is not valid TOML: { $reason }
edit-not-array-of-tables = `{ $key }` in the file is not a list of [[{ $key }]] tables
edit-last-post-future = the last post ({ $last_post }) cannot be after today ({ $today })
edit-not-table = `{ $key }` in the file is not a [{ $key }] table
edit-already-closed = the account is already closed
edit-no-reason = say why the account is closed (reason)
edit-already-closing = the account is already being closed: record it closed with --closed (the closing decision stays as recorded)
edit-next-review-early = the next review ({ $next }) must come after this review ({ $date })
edit-correct-field = { $entry } has no field { $field } that a correction may rewrite; it may rewrite: { $fields } (an outcome or a digest is a new decision)
edit-correct-no-entry = there is no { $entry } in the file
edit-correct-same = { $key } is { $value } already: nothing to correct
edit-correct-empty = { $key } cannot be corrected to nothing
edit-correct-no-reason = say why it is corrected (--reason): the commit keeps it
edit-correct-uncommitted = { $entry } is not committed as it stands: nothing recorded to correct (edit the file instead)
refusal-file-changed = { $path } changed on disk since the edit began: nothing was written; look at it again and redo the change
refusal-branch-moved = the branch moved since the edit began (a commit or pull happened): nothing was written; redo the change
refusal-conflict-markers = { $path } has Git conflict markers from an unfinished merge: resolve them, `git add` the file, then record
refusal-already-exists = { $path } already exists
refusal-no-such-file = { $path } does not exist
refusal-no-such-account = there is no account { $id } ({ $path } does not exist)
refusal-local-changes = { $path } has changes not yet committed, made outside somevakt: commit or discard them, or include them in this record (--include-local-changes)
refusal-not-approver = only the approvers listed in somevakt.toml may record decisions, and { $who } is not one of them
refusal-invalid-policy = { $reason }: fix somevakt.toml first; nothing is recorded while the policy is invalid
refusal-bad-identity = Git's { $key } is { $value }, which { $problem }: a commit with it would be malformed; set it with git config --global { $key } "..."
refusal-future-date = { $what } { $date } is after today ({ $today }): a record states what already happened
refusal-unmerged = { $path } has an unresolved Git conflict: resolve it, then `git add` it, and record again
refusal-not-regular-file = { $path } is { $what }: somevakt records only regular files inside the repository
refusal-too-large = { $path } would be { $size } bytes, over the limit of { $limit }: an assessment is a few kilobytes
refusal-record-busy = another somevakt is recording in this repository right now: try again in a moment
refusal-unfinished = { $advice }
refusal-lost-race = the branch moved while recording ({ $reason }): nothing was recorded; redo the change
refusal-signing-failed = { $reason }; nothing was recorded
refusal-not-approver-key = only an approver's signing key may record decisions here: { $reason }          (see [approvers].allowed_signers in somevakt.toml)
git-op-merge = a merge
git-op-revert = a revert
git-op-cherry-pick = a cherry-pick
git-op-bisect = a bisect
git-op-rebase = a rebase or patch application
dated-decision = the decision date
dated-snapshot = the snapshot date
dated-last-post = the last post
dated-closing = the closing date
identity-line-break = contains a line break
identity-angle-bracket = contains an angle bracket (< or >)
identity-control-character = contains a control character

## Errors a person reads: no repository, an unknown account, a folder that is not one.
repo-not-found = no assessment repository at { $dir }: no assessments/ folder there and not inside a Git repository (use --repo DIR)
repo-unreadable = cannot read { $path }: { $reason }
repo-no-assessments = no assessments/ folder in { $dir }: this is not an assessment repository (use --repo DIR, or run somevakt inside one)
not-a-folder = { $dir } is not a folder
history-unreadable = cannot read the Git history: { $reason }
account-unknown = no account { $id }: there is no { $path }
account-unreadable = { $path } cannot be read: { $reason }
output-failed = cannot write the output: { $reason }

## Mistakes on the command line (clap's errors, rebuilt from their kind).
usage-see-help = { $message } (see { $help })
usage-did-you-mean = { $message }; did you mean { $suggestion }?
usage-unknown-argument = unexpected argument { $argument }
usage-unknown-command = unknown command { $command }
usage-missing-required = these arguments are required: { $arguments }
usage-missing-value = { $argument } needs a value
usage-invalid-value-one-of = invalid value { $value } for { $argument }: accepted values are { $accepted }
usage-invalid-value = invalid value { $value } for { $argument }
usage-value-validation = invalid value { $value } for { $argument }: { $reason }
usage-missing-command = a command is required
usage-conflict = { $argument } cannot be used with { $other }
usage-too-many = { $argument } takes fewer values

## What is wrong with an invalid file (src/i18n/problems.rs). English is the
## parser's own wording; these are here so every language has every id.
problem-empty-file = the file is empty: an assessment needs at least schema_version and an [account] table
problem-conflict = a Git conflict marker: this file has an unresolved merge conflict; keep the lines you want, delete the marker lines (<<<<<<<, =======, >>>>>>>), then `git add` the file
problem-duplicate-key = a key is given twice
problem-unknown-key = unknown key `{ $key }`, expected one of { $expected }
problem-unknown-key-none = unknown key `{ $key }`: this table has no keys
problem-unknown-word = unknown value `{ $word }`, expected one of { $expected }
problem-missing-key = the key `{ $key }` is missing
problem-expected-boolean = wrong kind of value ({ $found }): expected true or false
problem-expected-text = wrong kind of value ({ $found }): expected text in quotes
problem-expected-list = wrong kind of value ({ $found }): expected a list in [ ]
problem-expected-whole-number = wrong kind of value ({ $found }): expected a whole number (an integer such as 12, not 12.0)
problem-not-a-date = '{ $value }' is not a date: expected YYYY-MM-DD, e.g. 2025-01-15
problem-not-a-day = { $value } is not a day in the calendar
problem-not-regular = { $kind }, not a regular file: it is not read
problem-kind-fifo = a FIFO (named pipe)
problem-kind-device = a device
problem-kind-socket = a socket
problem-kind-folder = a folder
problem-kind-special = a special file
problem-symlink = a symbolic link: somevakt does not follow links, so a file from outside the repository is never read; replace the link with the file itself
problem-not-a-number = expected a whole number, digits only

## somevakt audit: the decision trail (src/report/audit.rs, src/i18n/audit.rs).
## The violations' English is the JSON's `message`, written by the store from
## the same data; a test requires the two equal.
audit-decision-of = decision of { $date } ({ $outcome })
audit-no-date = no date
audit-no-outcome = no outcome
audit-policy-change-of = policy change ({ $changes })
audit-changed = { $what } changed in { $commit } by { $who }; decisions are append-only
audit-changed-fields = { $what } changed ({ $fields }) in { $commit } by { $who }; decisions are append-only
audit-removed = { $what } removed in { $commit } by { $who }; decisions are append-only
audit-outside-tool = { $what } added in { $commit } without an `Action: decision` trailer (not recorded by somevakt decide)
audit-not-approver = { $what } added in { $commit } by a non-approver: { $why }
audit-unsigned = { $what }: commit { $commit } is not signed; signing is required
audit-bad-signature = { $what }: commit { $commit } has a bad signature (the commit was altered after signing?); signing is required
audit-unknown-key = { $what }: commit { $commit } is signed by a key that { $signers } does not list; signing is required
audit-unknown-key-named = { $what }: commit { $commit } is signed by a key that { $signers } does not list ({ $key }); signing is required
audit-other-committer = { $what }: commit { $commit } is signed with the key of { $signer }, but committed as { $committer }; signing is required
audit-digest-missing = { $what } added in { $commit }: dpia_digest is missing; it cannot be tied to the [dpia] committed with it
audit-digest-unreadable = { $what } added in { $commit }: dpia_digest cannot be compared with (unreadable) the [dpia] committed with it
audit-digest-mismatch = { $what } added in { $commit }: dpia_digest does not match the [dpia] committed with it
audit-backdated = { $what } committed { $days } days after its date ({ $commit }) without `Backdated: yes`
audit-trailer-assessment = { $what } added to { $account } in { $commit }, but the commit message says `Assessment: { $said }`
audit-trailer-decision = { $what } added in { $commit }, but the commit message says `Decision: { $said }`
audit-policy-not-approver = { $what } in { $commit } by a non-approver: { $why }
audit-since = Audited the commits after { $commit } ({ $whence }).
audit-since-policy = somevakt.toml [approvers] audit_since: decisions already in the register then were imported
audit-since-flag = --since
audit-no-decisions = No decision has been recorded in the audited history.
audit-earlier-heading = Decisions recorded before --since, changed afterwards:
audit-policy-heading = Policy changes:
audit-unreadable = note: { $path } in { $commit } could not be read ({ $why }); its decisions are checked where it is readable
audit-decision-line = decision #{ $position } of { $date }: { $outcome }
audit-entry-no-date = (no date)
audit-entry-no-outcome = (no outcome)
audit-added-line = added in { $commit }  { $when }  by { $who }
audit-approver-yes = yes
audit-approver-no = no ({ $why })
audit-checks-line = approver: { $approver } · signature: { $signature } · digest: { $digest }
audit-trailers-line = trailers: { $trailers }
audit-correction-line = corrected in { $commit } by { $who }: { $fields } (reason: { $reason })
audit-trailers-none = none
audit-policy-line = { $commit }  { $when }  by { $who } · signature: { $signature }
audit-count-decisions = { $shown } { $count ->
    [one] decision
   *[other] decisions
}
audit-count-commits = { $shown } { $count ->
    [one] commit
   *[other] commits
}
audit-count-policy-changes = { $shown } { $count ->
    [one] policy change
   *[other] policy changes
}
audit-count-violations = { $shown } { $count ->
    [one] violation
   *[other] violations
}
audit-summary-head = { $decisions } in { $commits }, { $signed } with a good signature, { $policy }
audit-summary-intact = audit: trail intact: { $head }
audit-summary-violations = audit: { $violations } ({ $kinds }): { $head }
audit-count-by-hand = { $count ->
    [one] { $shown } typed in by hand
   *[other] { $shown } typed in by hand
}
audit-by-hand-line = typed in by hand: no approvers are named and signing is optional, so this is information, not a violation
audit-why-policy-unreadable = the policy in force could not be read ({ $reason })
audit-why-key-of-non-approver = signed with the key of { $signer }, who is not an approver
audit-why-unsigned = not signed, and approvers are known by their keys
audit-why-not-approvers-key = not signed by an approver's key (signature: { $verdict })
audit-why-not-listed = { $email } is not on the approver list
audit-edit-added = somevakt.toml added
audit-edit-removed = somevakt.toml removed: the defaults apply
audit-edit-made-unreadable = somevakt.toml made unreadable ({ $reason })
audit-edit-approver-added = approver added: { $who }
audit-edit-approver-removed = approver removed: { $who }
audit-edit-signing-required = signing: optional -> required
audit-edit-signing-optional = signing: required -> optional
audit-edit-allowed-signers = allowed_signers: { $before } -> { $after }
audit-edit-audit-since = audit_since: { $before } -> { $after }
audit-edit-no-file = (none)
audit-edit-key-added = signing key added for { $who }
audit-edit-key-removed = signing key removed for { $who }
audit-edit-edited-only = somevakt.toml edited without changing the approvers
usage-repeated = { $argument } can be given only once
audit-signature-good = good
audit-signature-bad = bad
audit-signature-unknown-key = unknown key
audit-signature-none = none
audit-digest-match = match
audit-digest-differs = mismatch
audit-digest-none = missing
audit-digest-cannot-read = unreadable
template-heading = Assessment of { $name }, created { $date } with `somevakt new`.
template-fill-in = Fill in each section; `somevakt check` lists what is still missing.
template-manager = nearest manager who approved the channel
man-heading-name = Name
man-heading-synopsis = Synopsis
man-heading-description = Description
man-heading-options = Options
man-heading-commands = Commands
man-heading-exit-status = Exit status
man-heading-environment = Environment
man-heading-files = Files
man-heading-examples = Examples
man-heading-see-also = See also
man-exit-0 = All is well: no invalid file, no error finding, nothing overdue, no violation in the decision trail; or the record was committed.
man-exit-1 = check found an invalid file or an error finding; remind found something overdue; audit found a violation in the decision trail.
man-exit-2 = The command could not run: no repository, an unknown account, a bad date or argument, a record refused. One line on standard error says why.
man-env-lang = The language: nb, nn, sv or en (after --lang, before the locale).
man-env-locale = The locale, read as gettext reads it: LANGUAGE's list (nn:nb:en) unless the locale is C or POSIX, then LC_ALL, LC_MESSAGES, LANG.
man-env-today = Evaluate as on this day (YYYY-MM-DD), like --today; records keep the real date.
man-env-no-color = Set: no colours.
man-env-editor = The editor for e in the dashboard, chosen as Git chooses it (also core.editor).
man-env-config = Where the dashboard's settings are: $XDG_CONFIG_HOME/somevakt/config.toml.
man-env-ci = Set: no progress on standard error.
man-file-policy = The policy: review interval, reminder window, limits, approvers, signing, the language of reports.
man-file-assessments = One file per social-media account; its path without .toml is the account's id.
man-file-config = The dashboard's theme and keys.
man-file-cache = The load cache and the audit's verdicts, inside the Git directory; safe to delete.
man-example-dashboard = Open the dashboard on the repository around the current folder.
man-example-remind = What is overdue or falls due in the next two weeks; exits 1 when something is overdue.
man-example-decide = Record management's decision on an account.
man-example-check = Invalid files and error findings, for a CI job.
man-example-init = Start the assessment repository of a new municipality.
man-no-such-command = no command { $command }: somevakt --help lists them
when-in-days-short = in { $days } d
when-overdue-short = { $days } d overdue

# --as-of: which commit a report on the past was read from.
as-of-header = As of { $day }: the register as committed in { $commit } ({ $committed }).

# somevakt trend: the register's counts over time.
trend-title = The register at the end of each { $step }, as committed in Git
trend-step-week = week
trend-step-month = month
trend-step-quarter = quarter
trend-day = Day
trend-commit = Commit
trend-accounts = Accounts
trend-approved = Approved
trend-conditional = Conditional
trend-not-approved = Not approved
trend-pending = Pending
trend-reapproval = Re-approval
trend-reviews-overdue = Review overdue
trend-reviews-soon = Review soon
trend-inactive = Inactive
trend-snapshots-missing = No snapshot
trend-snapshots-old = Snapshot old
trend-invalid = Invalid files
trend-errors = With errors
trend-nothing = No day falls between --from and --to.
# status --format xlsx: sheet names (at most 31 characters) and column headers
xlsx-sheet-accounts = Accounts
xlsx-sheet-findings = Findings
xlsx-sheet-invalid = Invalid files
xlsx-col-id = Account
xlsx-col-municipality = Municipality
xlsx-col-platform = Platform
xlsx-col-name = Name
xlsx-col-owner-unit = Owner unit
xlsx-col-status = Status
xlsx-col-approval = Approval
xlsx-col-review = Review
xlsx-col-review-due = Review due
xlsx-col-review-in-days = Days to review
xlsx-col-activity = Activity
xlsx-col-last-post = Last post
xlsx-col-snapshots = Snapshots
xlsx-col-last-snapshot = Last snapshot
xlsx-col-errors = Errors
xlsx-col-warnings = Warnings
xlsx-col-path = File
xlsx-col-finding = Finding
xlsx-col-severity = Severity
xlsx-col-message = What is missing
xlsx-col-fix = What fixes it
xlsx-col-source = Source
xlsx-col-line = Line
xlsx-col-column = Column
xlsx-col-problem = Problem
xlsx-to-terminal = a workbook is a binary file: write it with -o FILE (e.g. -o status.xlsx) or redirect standard output to a file

# somevakt overview: several municipalities.
overview-several-title = Municipalities, each as last fetched from its own repository
overview-several-title-as-of = Municipalities as committed on { $day }, each in its own repository
overview-municipality = Municipality
overview-commit = Commit
overview-unread = { $name }: not read: { $problem }
overview-fetch-failed = { $name }: the fetch of { $at } failed ({ $error }); shown as fetched { $good }
overview-sync-moved = { $name }: fetched, new commits
overview-sync-same = { $name }: fetched, nothing new
overview-sync-rewritten = { $name }: fetched, but the branch was rewritten (force-pushed): { $old } is no longer in its history, now { $new }
overview-sync-failed = { $name }: the fetch failed ({ $error }); the mirror keeps the fetch of { $good }
overview-sync-done = { $total } municipalities, { $failed } failed
