# Dashbordets ord på norsk bokmål: faner, kolonner, tilstander, hint,
# hjelp, skjemaer, dialoger og feil. Begrepene er felles med cli.ftl.

## Statuslinjen

status-loading = Laster inn…
status-reloading-because = { $reason }: laster inn alle filene på nytt…
diff-cannot-read = Kan ikke lese commiten: { $error }
status-editor-no-change = Redigeringsprogrammet ble lukket uten endring: ingenting å registrere
status-restored = Satte tilbake den registrerte versjonen av { $path }
status-cannot-restore = Kan ikke sette tilbake { $path }: { $error }
status-new-day = En ny dag: { $day }
status-cannot-load = Kan ikke laste inn: { $error }
status-reloaded-because = { $reason }: lastet inn { $count ->
    [one] { $count } fil
   *[other] { $count } filer
} på nytt
status-loaded = Lastet inn { $count ->
    [one] { $count } fil
   *[other] { $count } filer
}
reload-policy = somevakt.toml er endret
reload-folder = mappen { $folder } er endret
watch-watching = følger med på endringer
watch-polling-asked = ser etter endringer hvert { $seconds }. sekund (--poll)
watch-polling-failed = ser etter endringer hvert { $seconds }. sekund (overvåkingen feilet: { $error })
watch-none = følger ikke med på endringer ({ $error }); r laster inn på nytt
watch-error = feil i overvåkingen; r laster inn på nytt
status-audit-cannot-run = revisjonen av sporet kan ikke kjøres: { $error }
status-audit-shallow = historikken er ufullstendig (en grunn klone): kjør `git fetch --unshallow`
status-nothing-to-reload = Ingenting å laste inn på nytt
status-changed-one = Endret på disken: { $file }
status-changed-many = Endret på disken: { $count } filer ({ $files })
status-file-reloaded = lastet inn på nytt
status-file-invalid = ugyldig
status-file-removed = fjernet

## Oversiktens hurtigfiltre

quick-all = alle
quick-attention = trenger oppfølging
quick-overdue = over fristen
quick-inactive = inaktive
quick-snapshots = øyeblikksbilder
quick-invalid = ugyldige

## Oversiktens tabell

health-invalid = ✖ ugyldig
health-error = ✖ feil
health-warning = ▲ advarsel
health-ok = ✔ ok
column-status = Status
column-municipality = Kommune
column-account = Konto
column-platform = Plattform
column-approval = Godkjenning
column-review = Ny gjennomgang
column-activity = Aktivitet
column-snapshots = Øyeblikksbilder
column-findings = Funn
column-id = Id
row-approval-pending = ikke behandlet
row-approval-approved = godkjent
row-approval-conditional = med vilkår
row-approval-not-approved = ikke godkjent
row-approval-reapproval = ny godkjenning
row-approval-unverified = ubekreftet
row-snapshots-ok = ok
row-snapshots-due-soon = forfaller snart
row-snapshots-missing = mangler
row-snapshots-old = for gammelt
row-activity-active = aktiv
row-activity-inactive = inaktiv
row-activity-unknown = ukjent
row-at = linje { $line }, kolonne { $column }
overview-title = { $shown } av { $total } · filter: { $filter } · sortert: { $sort }
overview-loading = {"  "}Laster inn vurderingene…
overview-empty = {"  "}Ingen vurdering ennå: + oppretter en
overview-nothing-matches = {"  "}Ingenting passer, så ingenting er valgt. Esc fjerner filteret.

## Toppteksten

header-fixed-day = { $day } (fast)
header-loading-files = Laster inn: { $loaded } av { $total } filer
header-loading = Laster inn vurderingene…
header-counts-after-load = tallene vises når alle filene er lest
header-accounts = { $count ->
    [one] { $count } konto
   *[other] { $count } kontoer
}:{" "}
header-short-approvals = { $accounts } kontoer: { $approved } godkj., { $conditional } m/vilkår, { $not_approved } ikke godkj., { $pending } ubehandl., { $reapproval } ny godkj.
header-approved = { $count } { $count ->
    [one] godkjent
   *[other] godkjente
}
header-conditional = , { $count } med vilkår,{" "}
header-not-approved = { $count } ikke { $count ->
    [one] godkjent
   *[other] godkjente
}
header-pending = , { $pending } ikke { $pending ->
    [one] behandlet
   *[other] behandlede
}, { $reapproval } må godkjennes på nytt
header-reviews = gjennomganger:{" "}
header-reviews-overdue = { $count } over fristen
header-soon-inactive = , { $soon } snart · { $inactive } { $inactive ->
    [one] inaktiv
   *[other] inaktive
} · øyeblikksbilder:{" "}
header-snapshots = { $missing } mangler, { $old } for gamle
header-unverified = , { $count } ubekreftet
header-invalid = { $count } { $count ->
    [one] ugyldig
   *[other] ugyldige
}
header-short-overdue = { $count } over fristen
header-short-soon-inactive = {" "}· { $inactive } { $inactive ->
    [one] inaktiv
   *[other] inaktive
} ·{" "}
header-short-snapshots = øyeblikksbilder: { $missing } mangler, { $old } gamle
status-search = søk:{" "}
hint-nothing-selected = ingenting valgt: handlingene er slått av
hint-clear-filter = fjern filter

## Beslutningssporet (somevakt audit)

trail-reading = spor …
trail-unknown = spor ?
trail-intact = spor ✓ intakt
trail-intact-short = spor ✓
trail-by-hand = spor: { $decisions } { $decisions ->
    [one] beslutning
   *[other] beslutninger
}, { $by_hand } skrevet inn for hånd
trail-by-hand-short = spor: { $by_hand } for hånd
mark-by-hand = · skrevet inn for hånd
trail-violations = spor ✗ { $count }
mark-violation = ✗ brudd
mark-verified = ✓ verifisert
mark-unsigned = · usignert
mark-unknown-key = ? ukjent nøkkel
mark-bad-signature = ✗ feil signatur

## Historikk og commit

history-title = Historikken til { $path }
select-first = {"  "}Velg først en konto i oversikten (1).
history-reading = {"  "}Leser Git-historikken…
history-none = {"  "}Ingen Git-historikk: { $error }
history-empty = {"  "}Ingen commit har endret denne filen ennå.
diff-reading = {"  "}Leser commiten…

## Påminnelser

reminders-title = Påminnelser: { $overdue } over fristen, { $soon } forfaller snart
reminders-none = {"  "}Ingenting er over fristen eller forfaller snart.
reminders-due = Frist
reminders-when = Når
reminders-what = Hva
reminders-account = Konto
reminders-what-account = Hva · konto

## Hjelp

keyhelp-title = Hjelp (Esc lukker)
keyhelp-keys-of = Tastene i skjermbildet { $screen }
keyhelp-while-filter = Mens du skriver et filter
keyhelp-while-search = Mens du skriver et søk
keyhelp-in-form = I et skjema (d, p, a, c, +)
keyhelp-in-preview = Når endringen vises før den skrives
keyhelp-settings = Innstillinger
keyhelp-settings-file = {"  "}{ $path }: theme = "terminal" | "light" | "high-contrast", [keys] handling = "tast"

## Skjermbildene (fanene)

screen-overview = Oversikt
screen-detail = Detaljer
screen-history = Historikk
screen-commit = Commit
screen-reminders = Påminnelser
screen-help = Hjelp

## Kommandopaletten

palette-title = Kommandoer
palette-none = {"  "}ingen handling passer

## Det tastene sier på statuslinjen

status-paste-where = Lim inn i et skjema, filteret eller søket
status-none-selected-filter = Ingen konto er valgt: filteret viser ingen (Esc fjerner det)
status-none-selected = Ingen konto er valgt
status-reloading = Laster inn alle filene på nytt…
status-opening = Åpner { $url }
status-not-web-address = Ikke en nettadresse: { $url }
status-no-url = Ingen adresse (account.url) er registrert for denne kontoen
status-copied = Kopierte { $id } (hvis terminalen tillater OSC 52)
status-no-finding = Ingen funn å rette
status-no-match = Ingenting passer med «{ $text }»
status-no-search-yet = Ingenting å bla gjennom: skriv først en tekst med /
status-match-of = Treff { $nth } av { $total } for «{ $text }»

## Dialoger

discard-title = Forkaste det du har skrevet?
discard-nothing-written = Ingenting er skrevet ennå.
discard-keys = y forkaster skjemaet · n eller Esc fortsetter redigeringen
editor-not-started = Kunne ikke starte redigeringsprogrammet
editor-failed = Redigeringsprogrammet avsluttet med en feil
editor-invalid = Den lagrede filen er ikke gyldig
editor-not-started-what = Ingenting ble lagret. Sett $EDITOR (eller git config core.editor) til et redigeringsprogram som er installert.
editor-failed-what = Filen kan være lagret eller ikke; den er ikke committet.
editor-invalid-what = Filen ble lagret, men er ikke en gyldig vurdering; den er ikke committet.
editor-keys = { $editor } åpner den i redigeringsprogrammet igjen · { $restore } setter tilbake den registrerte versjonen · { $leave } lar den være som den er
preview-message = Commit-meldingen
preview-findings-left = Registreres likevel; kontoen vil fortsatt ha { $ids } (se detaljvisningen for hva som retter dem)
preview-outside-changes = ▲ Filen har endringer gjort utenfor somevakt som ikke er committet: bekrefter du, committes de også. Her er de:
preview-change-to = Endringen i { $path }
preview-keys = y skriver filen og committer den · n går tilbake · ingenting skrives før y

## Skjemaer

field-outcome = Utfall
field-body = Besluttende organ
field-rationale = Begrunnelse
field-conditions = Vilkår
field-conditions-due = Frist for vilkår
field-residual-risk = Restrisiko
field-decision-date = Besluttet
field-review-result = Resultat
field-review-date = Gjennomgått
field-review-next = Neste gjennomgang
field-review-note = Merknad
field-snapshot-date = Dato
field-snapshot-kind = Type
field-archive-ref = Arkivreferanse
field-format = Format
field-last-post = Siste innlegg
field-close-reason = Begrunnelse
field-close-status = Status
field-close-date = Besluttet
field-id = Id
field-municipality = Kommune
field-platform = Plattform
field-name = Navn
field-edit-reason = Hvorfor du endret den
field-outcome-hint = ← → for å velge: godkjent, godkjent med vilkår, ikke godkjent
field-body-hint = hvem som besluttet, f.eks. ledergruppen
field-rationale-hint = hvorfor: KS-veilederen kapittel 8 ber om begrunnelsen (Enter: ny linje)
field-conditions-hint = bare ved godkjenning med vilkår; skill med ;
field-conditions-due-hint = ÅÅÅÅ-MM-DD, bare ved godkjenning med vilkår
field-residual-risk-hint = ← → for å velge restrisikoen etter tiltakene
field-decision-date-hint = ÅÅÅÅ-MM-DD for møtet som besluttet; i dag om den ikke registreres senere
field-review-result-hint = ← → for å velge: uendret (DPIA-en gjelder fortsatt) eller endret (tilbake til ledelsen)
field-review-date-hint = ÅÅÅÅ-MM-DD for gjennomgangen; i dag om den ikke registreres senere
field-review-next-hint = ÅÅÅÅ-MM-DD, bare om den ikke skal komme ett gjennomgangsintervall senere
field-review-note-hint = hva som ble gått gjennom (Enter: ny linje)
field-snapshot-date-hint = ÅÅÅÅ-MM-DD da øyeblikksbildet ble arkivert
field-snapshot-kind-hint = ← → for å velge: årlig, før endring, før avvikling
field-archive-ref-hint = saks- eller dokumentnummer
field-format-hint = filformat, f.eks. PDF/A
field-last-post-hint = ÅÅÅÅ-MM-DD for det nyeste innlegget
field-close-reason-hint = hvorfor kontoen avvikles
field-close-status-hint = ← → for å velge: avvikles (fortsatt åpen) eller avviklet
field-close-date-hint = ÅÅÅÅ-MM-DD da avviklingen ble besluttet; blir stående som registrert om kontoen allerede avvikles
field-id-hint = kommune/plattform-enhet, små bokstaver a-z 0-9 -
field-municipality-hint = f.eks. Fjordvik kommune
field-platform-hint = ← → for å velge plattformen
field-name-hint = kontoens navn på plattformen
field-edit-reason-hint = én linje til commit-meldingen: hva og hvorfor
choice-approved = godkjent
choice-conditionally-approved = godkjent med vilkår
choice-not-approved = ikke godkjent
choice-low = lav
choice-medium = middels
choice-high = høy
choice-not-given = (ikke oppgitt)
choice-yearly = årlig
choice-before-change = før endring
choice-before-closing = før avvikling
choice-closing = avvikles
choice-closed = avviklet
choice-unchanged = uendret
choice-changed = endret
choice-other-platform = annen
form-decide = Registrer en beslutning fra ledelsen
form-review = Registrer en gjennomgang av DPIA-en
form-snapshot = Registrer et øyeblikksbilde
form-activity = Registrer siste innlegg
form-close = Avvikle kontoen
form-new = Ny konto
form-edit = Commit endringen du gjorde i redigeringsprogrammet
problem-snapshot-kind = velg typen øyeblikksbilde
problem-review-result = velg uendret eller endret
problem-date-future = { $field }: { $date } er etter i dag ({ $today }): en registrering dateres på eller før dagen den gjøres
problem-next-review-early = neste gjennomgang må komme etter denne gjennomgangen
problem-snapshot-future = et øyeblikksbilde kan ikke være fra fremtiden
problem-last-post-future = siste innlegg kan ikke være i fremtiden
problem-close-reason = skriv hvorfor kontoen avvikles
problem-close-status = velg avvikles (fortsatt åpen) eller avviklet
problem-edit-reason = skriv på én linje hva du endret og hvorfor
problem-edit-from-preview = en endring committes fra forhåndsvisningen
problem-exists = { $id } finnes allerede
problem-new-needs = en ny konto trenger kommune og navn
problem-platform = velg en plattform
problem-nothing-to-commit = ingenting å committe
problem-select-first = velg først en konto
problem-outcome = velg utfallet (← →)
problem-residual-risk = velg restrisikoen, eller (ikke oppgitt)
problem-prior-consultation = Denne godkjenningen etterlater F04: det er ikke bedt om forhåndsdrøftelse med { $authority }. Den registreres likevel.
problem-enter-date = { $field }: skriv en dato, ÅÅÅÅ-MM-DD
form-choose = ‹ velg med ← → ›
form-last-time = { $hint }; sist: { $body }
form-committing = Skriver filen og committer…
form-more-below = {"  "}↓ flere felt nedenfor (Tab)
form-ready-edit = ✔ Klar: Enter viser endringen og commit-meldingen
form-ready = ✔ Klar: Enter på siste felt (eller Ctrl-S) viser endringen først
form-preparing = Forbereder endringen…
status-invalid-file-edit = Filen er ikke gyldig: e åpner den i redigeringsprogrammet
status-cancelled = Avbrutt: ingenting ble skrevet
status-edit-stays = Ikke committet: endringen blir stående i filen
status-recorded = Registrerte «{ $subject }» i commit { $commit }
status-not-committed = Ikke committet: { $error }
status-warning = advarsel: { $warning }
status-nothing-changed = Ingenting ble endret
status-left-as-is = { $path } er latt være som den er, ikke committet
status-opened = Åpnet { $url }
status-cannot-open = Kan ikke åpne { $url }: { $error }
notice-interrupted = ▲ Avbrutt registrering, ikke committet: { $file } (`somevakt check` sier hvordan den fullføres)
notice-settings-not-used = Innstillinger som ikke brukes: { $problems }
config-cannot-read = kan ikke lese { $path }: { $error }
config-unknown-theme = ukjent tema «{ $name }» (terminal, light, high-contrast)
config-unknown-setting = ukjent innstilling «{ $name }»
config-unknown-action = ukjent handling «{ $name }» i [keys]
config-keys-shape = [keys] { $name }: en tast eller en liste med taster
config-keys-unreadable = [keys] { $name }: kan ikke lese { $value }
editor-not-found = { $editor }: finnes ikke eller kan ikke kjøres ({ $status })
editor-not-regular = { $path } åpnes ikke: { $why }
editor-cannot-read = kan ikke lese filen: { $error }

## Tastene: hva hver gjør (hjelp, palett) og ordet i hintlinjen

key-move-up = Flytt opp
key-move-down = Flytt ned
key-page-up = Side opp
key-page-down = Side ned
key-go-to-the-top = Gå til toppen
key-go-to-the-bottom = Gå til bunnen
key-next-screen = Neste skjermbilde
key-previous-screen = Forrige skjermbilde
key-overview-of-all-accounts = Oversikt over alle kontoene
key-detail-of-the-selected-account = Detaljene for den valgte kontoen
key-git-history-of-the-selected-account = Git-historikken til den valgte kontoen
key-reminders-what-is-overdue-or-due = Påminnelser: det som er over fristen eller forfaller snart
key-command-palette-every-action-and-its = Kommandopalett: alle handlinger og tastene deres
key-help-every-key-of-this-screen = Hjelp: alle tastene i dette skjermbildet
key-quit = Avslutt
key-quit-from-anywhere = Avslutt, fra hvor som helst
key-record-a-management-decision-on-the = Registrer en beslutning fra ledelsen om kontoen
key-record-a-review-of-the-dpia = Registrer en gjennomgang av DPIA-en (fortsatt gyldig, eller endret)
key-record-an-archived-snapshot = Registrer et arkivert øyeblikksbilde
key-record-the-last-post-seen = Registrer siste innlegg
key-close-the-account-closing-or-closed = Avvikle kontoen (avvikles eller avviklet)
key-edit-the-file-in-your-editor = Rediger filen i redigeringsprogrammet, og commit den
key-open-the-account-s-address-in = Åpne kontoens adresse i nettleseren
key-copy-the-account-id-through-the = Kopier kontoens id (gjennom terminalen, OSC 52)
key-create-a-new-account-from-the = Opprett en ny konto fra malen
key-next-field-on-the-last-preview = Neste felt; på det siste, forhåndsvis endringen
key-preview-the-change-from-any-field = Forhåndsvis endringen fra et hvilket som helst felt
key-next-field-in-the-rationale-tab = Neste felt (i begrunnelsen: Tab)
key-previous-field = Forrige felt
key-next-choice = Neste valg
key-previous-choice = Forrige valg
key-cancel-nothing-is-written-asks-if = Avbryt: ingenting skrives (spør hvis du har skrevet noe)
key-in-a-text-field-start-or = I et tekstfelt: starten eller slutten av linjen; Ctrl-U, Ctrl-W sletter
key-write-the-file-and-commit-it = Skriv filen og commit den
key-back-to-the-form-nothing-is = Tilbake til skjemaet: ingenting skrives
key-scroll-down = Rull ned
key-scroll-up = Rull opp
key-discard-what-you-typed = Forkast det du har skrevet
key-keep-editing = Fortsett redigeringen
key-open-the-file-in-the-editor = Åpne filen i redigeringsprogrammet igjen
key-put-back-the-committed-version-of = Sett tilbake den registrerte versjonen av filen
key-leave-the-file-as-it-is = La filen være som den er (ikke committet)
key-open-the-account-s-detail = Åpne kontoens detaljer
key-git-history-of-the-account = Git-historikken til kontoen
key-filter-type-to-match-any-visible = Filter: skriv for å finne tekst i alle kolonner, også de som ikke vises (id og kommune)
key-next-quick-filter-all-attention-overdue = Neste hurtigfilter (alle, oppfølging, over fristen, inaktive, øyeblikksbilder, ugyldige)
key-previous-quick-filter = Forrige hurtigfilter
key-sort-by-the-next-column = Sorter etter neste kolonne
key-reverse-the-sort-order = Snu sorteringen
key-reload-every-file = Last inn alle filene på nytt
key-clear-the-filter = Fjern filteret: alle radene kommer tilbake; n, N blar gjennom treffene
key-open-the-form-that-fixes-the = Åpne skjemaet som retter det markerte funnet
key-mark-the-next-finding = Marker neste funn
key-mark-the-previous-finding = Marker forrige funn
key-back = Tilbake
key-search-type-then-n-and-n = Søk: skriv, og bla så gjennom treffene med n og N
key-next-match-of-the-search = Neste treff for søket
key-previous-match-of-the-search = Forrige treff for søket
key-show-the-commit-s-change-to = Vis commitens endring i filen
key-back-to-the-history = Tilbake til historikken
key-open-the-form-that-deals-with = Åpne skjemaet som tar seg av påminnelsen
key-back-to-the-overview = Tilbake til oversikten
key-close-the-help = Lukk hjelpen
key-keep-the-text-and-go-back = Behold teksten og gå tilbake til listen
key-clear-the-text = Fjern teksten
key-run-the-marked-action = Utfør den markerte handlingen
key-mark-the-next-action = Marker neste handling
key-mark-the-previous-action = Marker forrige handling
key-close-the-palette = Lukk paletten
hint-commands = kommandoer
hint-help = hjelp
hint-quit = avslutt
hint-decide = beslutt
hint-edit = rediger
hint-next-preview = neste/forhåndsvis
hint-preview = forhåndsvis
hint-choose = velg
hint-cancel = avbryt
hint-confirm = bekreft
hint-back = tilbake
hint-discard = forkast
hint-keep-editing = fortsett
hint-editor = redigering
hint-restore = sett tilbake
hint-leave = la være
hint-detail = detaljer
hint-history = historikk
hint-filter = filter
hint-quick = hurtig
hint-sort = sorter
hint-fix = rett
hint-next-finding = neste funn
hint-search = søk
hint-diff = endring
hint-close = lukk
hint-keep = behold
hint-clear = fjern
hint-run = utfør
key-overview-next-match = Neste rad som /-teksten passer med (også etter at Esc har hentet tilbake alle radene)
key-overview-previous-match = Forrige rad som /-teksten passer med

## Detaljskjermbildet

sheet-decision-recorded-in = Beslutningen registrert i
sheet-status = Status
sheet-id = Id
sheet-file = Fil
sheet-approval = Godkjenning
sheet-review = Ny gjennomgang
sheet-activity = Aktivitet
sheet-snapshots = Øyeblikksbilder
sheet-account = Konto
sheet-name = Navn
sheet-municipality = Kommune
sheet-platform = Plattform
sheet-address = Adresse
sheet-owner-unit = Eierenhet
sheet-service-area = Tjenesteområde
sheet-usage = Bruk
sheet-created = Opprettet
sheet-e-mail = E-post
sheet-purpose = Formål
sheet-plan = Plan
sheet-strategy = Strategi
sheet-main-channel-considered = Hovedkanal vurdert
sheet-jurisdiction = Jurisdiksjon
sheet-profile = Profil
sheet-website = Nettsted
sheet-privacy-notice = Personvernerklæring
sheet-house-rules = Husregler
sheet-states-sender-and-purpose = Oppgir avsender og formål
sheet-responsibility = Ansvar
sheet-manager = Leder
sheet-comms-unit-consulted = Kommunikasjonsenheten spurt
sheet-communications-unit = Kommunikasjonsenhet
sheet-credentials-held-centrally = Påloggingsdata sentralt
sheet-hours-per-week = Timer per uke
sheet-editor = Redaktør
sheet-dpia = DPIA
sheet-document = Dokument
sheet-initial-screening = Innledende vurdering
sheet-completed = Fullført
sheet-next-review = Neste gjennomgang
sheet-terms-reviewed = Vilkår gjennomgått
sheet-competences = Kompetanse
sheet-features-used = Funksjoner i bruk
sheet-features-disabled = Funksjoner slått av
sheet-data-subjects-est = Registrerte (anslag)
sheet-special-category-risk = Risiko for særlige kategorier
sheet-target-groups = Målgrupper
sheet-vulnerable-groups = Sårbare grupper
sheet-trade-offs = Avveininger
sheet-supplier-documentation = Leverandørdokumentasjon
sheet-admins-reviewed = Administratorer gjennomgått
sheet-joint-controllership = Felles behandlingsansvar
sheet-art-26-arrangement = Avtale etter art. 26
sheet-legal-basis = Behandlingsgrunnlag
sheet-supplementary-basis = Supplerende grunnlag
sheet-legitimate-interest-ass = Interesseavveining
sheet-third-country = Tredjeland
sheet-transfer-mechanism = Overføringsgrunnlag
sheet-transfer-impact-ass = Vurdering av overføring
sheet-ethics-method = Etisk metode
sheet-ethics-assessed = Etikk vurdert
sheet-measures = {"  "}tiltak
sheet-residual = {"  "}restrisiko
sheet-digest = Sjekksum
sheet-decisions-newest-first = Beslutninger (nyeste først)
sheet-body = {"  "}organ
sheet-recorded-by = {"  "}registrert av
sheet-rationale = {"  "}begrunnelse
sheet-condition = {"  "}vilkår
sheet-conditions-due = {"  "}frist for vilkår
sheet-residual-risk = {"  "}restrisiko
sheet-prior-consultation = Forhåndsdrøftelse
sheet-requested = Bedt om
sheet-reference = Referanse
sheet-moderation = Moderering
sheet-comments-enabled = Kommentarer på
sheet-frequency = Hyppighet
sheet-removal-log = Logg over fjerning
sheet-response-hours = Svartid (timer)
sheet-category-a = Kategori A
sheet-category-b = Kategori B
sheet-category-c = Kategori C
sheet-archive = Arkiv
sheet-routine = Rutine
sheet-journal-rule = Journalføring
sheet-last-post = Siste innlegg
sheet-checked = Kontrollert
sheet-closing = Avvikling
sheet-decided = Besluttet
sheet-decided-by = Besluttet av
sheet-reason = Begrunnelse
sheet-content = Innhold
sheet-identifiable-persons = Identifiserbare personer
sheet-exemption-justification = Begrunnelse for unntak
sheet-incidents = Hendelser
sheet-invalid-file = Ugyldig fil
sheet-problem = Problem
sheet-where = Hvor
sheet-the-file-around-it = Filen rundt stedet
sheet-yes = ja
sheet-no = nei
sheet-reading-history = leser Git-historikken…
sheet-recorded-commit = commit { $commit } av { $author } <{ $email }>, { $date }
sheet-recorded-unknown = ingen commit med trailer Action: decision (skrevet for hånd)
sheet-due = { $state } (frist { $date })
sheet-next-due = { $state } (neste frist { $date })
sheet-trained = , opplært { $date }
sheet-until = , til { $date }
sheet-no-goal = uten mål
sheet-no-residual = uten restrisiko
sheet-risk = Risiko { $n } ({ $goal })
sheet-no-decision = Ingen beslutning registrert
sheet-covers-current = gjelder den nåværende DPIA-en
sheet-earlier-dpia = tatt på en tidligere DPIA
sheet-no-digest = ingen DPIA-sjekksum
sheet-no-snapshot = Ikke noe øyeblikksbilde arkivert
header-tiny-approvals = { $accounts } kontoer, { $unapproved } uten godkjenning
