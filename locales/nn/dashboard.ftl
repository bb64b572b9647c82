# Orda i dashbordet på nynorsk; berre det som skil seg frå bokmålet.

## Statuslinja

status-loading = Lastar inn…
status-loaded = Lasta inn { $count ->
    [one] { $count } fil
   *[other] { $count } filer
}
watch-watching = følgjer med på endringar
status-nothing-to-reload = Ingenting å laste inn på nytt
status-restored = Sette tilbake den registrerte versjonen av { $path }

## Snøggfilter

quick-attention = treng oppfølging
quick-snapshots = øyeblikksbilete

## Tabellen i oversynet

health-warning = ▲ åtvaring
column-snapshots = Øyeblikksbilete
row-approval-pending = ikkje behandla
row-approval-approved = godkjend
row-approval-not-approved = ikkje godkjend
row-snapshots-due-soon = forfell snart
row-snapshots-missing = manglar
row-activity-unknown = ukjend
overview-title = { $shown } av { $total } · filter: { $filter } · sortert: { $sort }
overview-loading = {"  "}Lastar inn vurderingane…
overview-empty = {"  "}Ingen vurdering enno: + opprettar ei
overview-nothing-matches = {"  "}Ingenting passar, så ingenting er valt. Esc fjernar filteret.

## Toppteksten

header-loading = Lastar inn vurderingane…
header-counts-after-load = tala vert viste når alle filene er lesne
header-accounts = { $count ->
    [one] { $count } konto
   *[other] { $count } kontoar
}:{" "}
header-short-approvals = { $accounts } kontoar: { $approved } godkj., { $conditional } m/vilkår, { $not_approved } ikkje godkj., { $pending } ubeh., { $reapproval } ny godkj.
header-tiny-approvals = { $accounts } kontoar, { $unapproved } utan godkjenning
header-approved = { $count } { $count ->
    [one] godkjend
   *[other] godkjende
}
header-not-approved = { $count } ikkje { $count ->
    [one] godkjend
   *[other] godkjende
}
header-pending = , { $pending } ikkje behandla, { $reapproval } må godkjennast på nytt
header-reviews = gjennomgangar:{" "}
header-soon-inactive = , { $soon } snart · { $inactive } { $inactive ->
    [one] inaktiv
   *[other] inaktive
} · øyeblikksbilete:{" "}
header-snapshots = { $missing } manglar, { $old } for gamle
header-short-snapshots = øyeblikksbilete: { $missing } manglar, { $old } gamle
hint-nothing-selected = ingenting valt: handlingane er slått av

## Påminningar

reminders-title = Påminningar: { $overdue } over fristen, { $soon } forfell snart
reminders-none = {"  "}Ingenting er over fristen eller forfell snart.
reminders-what = Kva

## Skjermbileta

screen-overview = Oversyn
screen-detail = Detaljar
screen-reminders = Påminningar
palette-title = Kommandoar
palette-none = {"  "}inga handling passar

## Skjema

field-outcome = Utfall
field-body = Organ som avgjorde
field-rationale = Grunngiving
field-close-reason = Grunngiving
field-name = Namn
field-edit-reason = Kvifor du endra henne
field-outcome-hint = ← → for å velje: godkjend, godkjend med vilkår, ikkje godkjend
field-body-hint = kven som avgjorde, t.d. leiargruppa
field-rationale-hint = kvifor: KS-rettleiaren kapittel 8 ber om grunngivinga (Enter: ny linje)
field-snapshot-kind-hint = ← → for å velje: årleg, før endring, før avvikling
field-close-reason-hint = kvifor kontoen vert avvikla
choice-approved = godkjend
choice-conditionally-approved = godkjend med vilkår
choice-not-approved = ikkje godkjend
choice-low = låg
choice-high = høg
choice-not-given = (ikkje oppgitt)
choice-yearly = årleg
choice-closing = vert avvikla
choice-closed = avvikla
form-decide = Registrer ei avgjerd frå leiinga
form-snapshot = Registrer eit øyeblikksbilete
form-close = Avvikle kontoen
form-choose = ‹ vel med ← → ›
problem-outcome = vel utfallet (← →)
problem-close-reason = skriv kvifor kontoen vert avvikla
status-cancelled = Avbrote: ingenting vart skrive
status-nothing-changed = Ingenting vart endra

## Tastane

key-move-up = Flytt opp
key-quit = Avslutt
key-record-a-management-decision-on-the = Registrer ei avgjerd frå leiinga om kontoen
key-record-an-archived-snapshot = Registrer eit arkivert øyeblikksbilete
key-record-the-last-post-seen = Registrer siste innlegget
key-close-the-account-closing-or-closed = Avvikle kontoen (vert avvikla eller avvikla)
key-edit-the-file-in-your-editor = Rediger fila i redigeringsprogrammet, og commit henne
key-create-a-new-account-from-the = Opprett ein ny konto frå malen
key-reminders-what-is-overdue-or-due = Påminningar: det som er over fristen eller forfell snart
key-overview-of-all-accounts = Oversyn over alle kontoane
key-detail-of-the-selected-account = Detaljane for den valde kontoen
key-help-every-key-of-this-screen = Hjelp: alle tastane i dette skjermbiletet
key-command-palette-every-action-and-its = Kommandopalett: alle handlingar og tastane deira
hint-commands = kommandoar
hint-decide = avgjer
hint-choose = vel
hint-detail = detaljar
hint-quick = snøgg
hint-fix = rett opp

## Detaljane

sheet-decision-recorded-in = Avgjerda registrert i
sheet-snapshots = Øyeblikksbilete
sheet-name = Namn
sheet-purpose = Føremål
sheet-decisions-newest-first = Avgjerder (nyaste først)
sheet-rationale = {"  "}grunngiving
sheet-prior-consultation = Førehandsdrøfting
sheet-no-decision = Inga avgjerd registrert
sheet-covers-current = gjeld den noverande DPIA-en
sheet-no-snapshot = Ikkje noko øyeblikksbilete arkivert
sheet-yes = ja
sheet-no = nei
