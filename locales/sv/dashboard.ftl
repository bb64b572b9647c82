# Översiktspanelens ord på svenska: flikar, kolumner, lägen, tips,
# hjälp, formulär, dialoger och fel. Begreppen delas med cli.ftl.

## Statusraden

status-loading = Läser in…
status-reloading-because = { $reason }: läser in alla filer på nytt…
diff-cannot-read = Kan inte läsa commiten: { $error }
status-editor-no-change = Redigeraren stängdes utan ändring: inget att registrera
status-restored = Återställde den registrerade versionen av { $path }
status-cannot-restore = Kan inte återställa { $path }: { $error }
status-new-day = En ny dag: { $day }
status-cannot-load = Kan inte läsa in: { $error }
status-reloaded-because = { $reason }: läste in { $count ->
    [one] { $count } fil
   *[other] { $count } filer
} på nytt
status-loaded = Läste in { $count ->
    [one] { $count } fil
   *[other] { $count } filer
}
reload-policy = somevakt.toml har ändrats
reload-folder = mappen { $folder } har ändrats
watch-watching = bevakar ändringar
watch-polling-asked = söker efter ändringar var { $seconds }:e sekund (--poll)
watch-polling-failed = söker efter ändringar var { $seconds }:e sekund (bevakningen misslyckades: { $error })
watch-none = bevakar inte ändringar ({ $error }); r läser in på nytt
watch-error = fel i bevakningen; r läser in på nytt
status-audit-cannot-run = granskningen av spåret kan inte köras: { $error }
status-audit-shallow = historiken är ofullständig (en grund klon): kör `git fetch --unshallow`
status-nothing-to-reload = Inget att läsa in på nytt
status-changed-one = Ändrad på disken: { $file }
status-changed-many = Ändrade på disken: { $count } filer ({ $files })
status-file-reloaded = inläst på nytt
status-file-invalid = ogiltig
status-file-removed = borttagen

## Översiktens snabbfilter

quick-all = alla
quick-attention = behöver åtgärd
quick-overdue = försenade
quick-inactive = inaktiva
quick-snapshots = ögonblicksbilder
quick-invalid = ogiltiga

## Översiktens tabell

health-invalid = ✖ ogiltig
health-error = ✖ fel
health-warning = ▲ varning
health-ok = ✔ ok
column-status = Status
column-municipality = Kommun
column-account = Konto
column-platform = Plattform
column-approval = Godkännande
column-review = Översyn
column-activity = Aktivitet
column-snapshots = Ögonblicksbilder
column-findings = Anm.
column-id = Id
row-approval-pending = ej behandlat
row-approval-approved = godkänd
row-approval-conditional = villkorad
row-approval-not-approved = inte godkänd
row-approval-reapproval = nytt godkännande
row-approval-unverified = obekräftat
row-snapshots-ok = ok
row-snapshots-due-soon = förfaller snart
row-snapshots-missing = saknas
row-snapshots-old = för gammal
row-activity-active = aktivt
row-activity-inactive = inaktivt
row-activity-unknown = okänd
row-at = rad { $line }, kolumn { $column }
overview-title = { $shown } av { $total } · filter: { $filter } · sortering: { $sort }
overview-loading = {"  "}Läser in bedömningarna…
overview-empty = {"  "}Ingen bedömning än: + skapar en
overview-nothing-matches = {"  "}Inget matchar, så inget är valt. Esc tar bort filtret.

## Sidhuvudet

header-fixed-day = { $day } (fast)
header-loading-files = Läser in: { $loaded } av { $total } filer
header-loading = Läser in bedömningarna…
header-counts-after-load = siffrorna visas när alla filer är lästa
header-accounts = { $count ->
    [one] { $count } konto
   *[other] { $count } konton
}:{" "}
header-short-approvals = { $accounts } konton: { $approved } godk., { $conditional } villk. godk., { $not_approved } ej godk., { $pending } ej beh., { $reapproval } nytt godk.
header-approved = { $count } { $count ->
    [one] godkänt
   *[other] godkända
}
header-conditional = , { $count } villkorat { $count ->
    [one] godkänt
   *[other] godkända
},{" "}
header-not-approved = { $count } inte { $count ->
    [one] godkänt
   *[other] godkända
}
header-pending = , { $pending } ej { $pending ->
    [one] behandlat
   *[other] behandlade
}, { $reapproval } ska godkännas på nytt
header-reviews = översyner:{" "}
header-unverified = , { $count } obekräftade
header-reviews-overdue = { $count } försenade
header-soon-inactive = , { $soon } snart · { $inactive } { $inactive ->
    [one] inaktivt
   *[other] inaktiva
} · ögonblicksbilder:{" "}
header-snapshots = { $missing } saknas, { $old } för gamla
header-invalid = { $count } { $count ->
    [one] ogiltig
   *[other] ogiltiga
}
header-short-overdue = { $count } försenade
header-short-soon-inactive = {" "}· { $inactive } { $inactive ->
    [one] inaktivt
   *[other] inaktiva
} ·{" "}
header-short-snapshots = ögonblicksbilder: { $missing } saknas, { $old } gamla
status-search = sök:{" "}
hint-nothing-selected = inget valt: åtgärderna är avstängda
hint-clear-filter = ta bort filter

## Beslutsspåret (somevakt audit)

trail-reading = spår …
trail-unknown = spår ?
trail-intact = spår ✓ intakt
trail-intact-short = spår ✓
trail-by-hand = spår: { $decisions } { $decisions ->
    [one] beslut
   *[other] beslut
}, { $by_hand } inskrivna för hand
trail-by-hand-short = spår: { $by_hand } för hand
mark-by-hand = · inskrivet för hand
trail-violations = spår ✗ { $count }
mark-violation = ✗ överträdelse
mark-verified = ✓ verifierad
mark-unsigned = · osignerad
mark-unknown-key = ? okänd nyckel
mark-bad-signature = ✗ felaktig signatur

## Historik och commit

history-title = Historiken för { $path }
select-first = {"  "}Välj först ett konto i översikten (1).
history-reading = {"  "}Läser Git-historiken…
history-none = {"  "}Ingen Git-historik: { $error }
history-empty = {"  "}Ingen commit har ändrat den här filen än.
diff-reading = {"  "}Läser commiten…

## Påminnelser

reminders-title = Påminnelser: { $overdue } försenade, { $soon } förfaller snart
reminders-none = {"  "}Inget är försenat eller förfaller snart.
reminders-due = Förfaller
reminders-when = När
reminders-what = Vad
reminders-account = Konto
reminders-what-account = Vad · konto

## Hjälp

keyhelp-title = Hjälp (Esc stänger)
keyhelp-keys-of = Tangenterna i vyn { $screen }
keyhelp-while-filter = Medan du skriver ett filter
keyhelp-while-search = Medan du skriver en sökning
keyhelp-in-form = I ett formulär (d, p, a, c, +)
keyhelp-in-preview = När ändringen visas innan den skrivs
keyhelp-settings = Inställningar
keyhelp-settings-file = {"  "}{ $path }: theme = "terminal" | "light" | "high-contrast", [keys] åtgärd = "tangent"

## Vyerna (flikarna)

screen-overview = Översikt
screen-detail = Detaljer
screen-history = Historik
screen-commit = Commit
screen-reminders = Påminnelser
screen-help = Hjälp

## Kommandopaletten

palette-title = Kommandon
palette-none = {"  "}ingen åtgärd matchar

## Det tangenterna säger på statusraden

status-paste-where = Klistra in i ett formulär, filtret eller sökningen
status-none-selected-filter = Inget konto är valt: filtret visar inget (Esc tar bort det)
status-none-selected = Inget konto är valt
status-reloading = Läser in alla filer på nytt…
status-opening = Öppnar { $url }
status-not-web-address = Inte en webbadress: { $url }
status-no-url = Ingen adress (account.url) är registrerad för det här kontot
status-copied = Kopierade { $id } (om terminalen tillåter OSC 52)
status-no-finding = Ingen anmärkning att åtgärda
status-no-match = Inget matchar ”{ $text }”
status-no-search-yet = Inget att stega igenom: skriv först en text med /
status-match-of = Träff { $nth } av { $total } för ”{ $text }”

## Dialoger

discard-title = Kasta det du har skrivit?
discard-nothing-written = Inget har skrivits än.
discard-keys = y kastar formuläret · n eller Esc fortsätter redigera
editor-not-started = Kunde inte starta redigeraren
editor-failed = Redigeraren avslutades med ett fel
editor-invalid = Den sparade filen är inte giltig
editor-not-started-what = Inget sparades. Sätt $EDITOR (eller git config core.editor) till en redigerare som är installerad.
editor-failed-what = Filen kan ha sparats eller inte; den är inte committad.
editor-invalid-what = Filen sparades men är inte en giltig bedömning; den är inte committad.
editor-keys = { $editor } öppnar den i redigeraren igen · { $restore } återställer den registrerade versionen · { $leave } lämnar den som den är
preview-message = Commit-meddelandet
preview-findings-left = Registreras ändå; kontot kommer fortfarande att ha { $ids } (se detaljvyn för vad som åtgärdar dem)
preview-outside-changes = ▲ Filen har ändringar gjorda utanför somevakt som inte är committade: bekräftar du committas de också. Här är de:
preview-change-to = Ändringen i { $path }
preview-keys = y skriver filen och committar den · n går tillbaka · inget skrivs före y

## Formulär

field-outcome = Utfall
field-body = Beslutande organ
field-rationale = Motivering
field-conditions = Villkor
field-conditions-due = Villkor senast
field-residual-risk = Kvarstående risk
field-decision-date = Beslutat
field-review-result = Resultat
field-review-date = Översedd
field-review-next = Nästa översyn
field-review-note = Anteckning
field-snapshot-date = Datum
field-snapshot-kind = Typ
field-archive-ref = Arkivreferens
field-format = Format
field-last-post = Senaste inlägg
field-close-reason = Motivering
field-close-status = Status
field-close-date = Beslutat
field-id = Id
field-municipality = Kommun
field-platform = Plattform
field-name = Namn
field-edit-reason = Varför du ändrade den
field-outcome-hint = ← → för att välja: godkänd, villkorat godkänd, inte godkänd
field-body-hint = vem som beslutade, t.ex. ledningsgruppen
field-rationale-hint = varför: riktlinjerna kräver ett motiverat beslut (Enter: ny rad)
field-conditions-hint = bara vid villkorat godkännande; skilj med ;
field-conditions-due-hint = ÅÅÅÅ-MM-DD, bara vid villkorat godkännande
field-residual-risk-hint = ← → för att välja den kvarstående risken efter åtgärderna
field-decision-date-hint = ÅÅÅÅ-MM-DD för mötet som beslutade; i dag om det inte registreras senare
field-review-result-hint = ← → för att välja: oförändrad (konsekvensbedömningen gäller fortfarande) eller ändrad (tillbaka till ledningen)
field-review-date-hint = ÅÅÅÅ-MM-DD för översynen; i dag om den inte registreras senare
field-review-next-hint = ÅÅÅÅ-MM-DD, bara om den inte ska komma ett översynsintervall senare
field-review-note-hint = vad som gicks igenom (Enter: ny rad)
field-snapshot-date-hint = ÅÅÅÅ-MM-DD då ögonblicksbilden arkiverades
field-snapshot-kind-hint = ← → för att välja: årlig, före ändring, före nedstängning
field-archive-ref-hint = ärende- eller dokumentnummer
field-format-hint = filformat, t.ex. PDF/A
field-last-post-hint = ÅÅÅÅ-MM-DD för det senaste inlägget
field-close-reason-hint = varför kontot stängs ned
field-close-status-hint = ← → för att välja: stängs ned (fortfarande öppet) eller nedstängt
field-close-date-hint = ÅÅÅÅ-MM-DD då nedstängningen beslutades; står kvar som registrerat om kontot redan håller på att stängas
field-id-hint = kommun/plattform-enhet, gemener a-z 0-9 -
field-municipality-hint = t.ex. Älvby kommun
field-platform-hint = ← → för att välja plattformen
field-name-hint = kontots namn på plattformen
field-edit-reason-hint = en rad till commit-meddelandet: vad och varför
choice-approved = godkänd
choice-conditionally-approved = villkorat godkänd
choice-not-approved = inte godkänd
choice-low = låg
choice-medium = medel
choice-high = hög
choice-not-given = (ej angiven)
choice-yearly = årlig
choice-before-change = före ändring
choice-before-closing = före nedstängning
choice-closing = stängs ned
choice-closed = nedstängt
choice-unchanged = oförändrad
choice-changed = ändrad
choice-other-platform = annan
form-decide = Registrera ett beslut från ledningen
form-review = Registrera en översyn av konsekvensbedömningen
form-snapshot = Registrera en ögonblicksbild
form-activity = Registrera senaste inlägget
form-close = Stäng ned kontot
form-new = Nytt konto
form-edit = Committa ändringen du gjorde i redigeraren
problem-snapshot-kind = välj typ av ögonblicksbild
problem-review-result = välj oförändrad eller ändrad
problem-date-future = { $field }: { $date } är efter i dag ({ $today }): en registrering dateras på eller före dagen den görs
problem-next-review-early = nästa översyn måste komma efter den här översynen
problem-snapshot-future = en ögonblicksbild kan inte vara från framtiden
problem-last-post-future = senaste inlägget kan inte ligga i framtiden
problem-close-reason = skriv varför kontot stängs ned
problem-close-status = välj stängs ned (fortfarande öppet) eller nedstängt
problem-edit-reason = skriv på en rad vad du ändrade och varför
problem-edit-from-preview = en ändring committas från förhandsvisningen
problem-exists = { $id } finns redan
problem-new-needs = ett nytt konto behöver kommun och namn
problem-platform = välj en plattform
problem-nothing-to-commit = inget att committa
problem-select-first = välj först ett konto
problem-outcome = välj utfallet (← →)
problem-residual-risk = välj den kvarstående risken, eller (ej angiven)
problem-prior-consultation = Detta godkännande lämnar F04: förhandssamråd med { $authority } har inte begärts. Det registreras ändå.
problem-enter-date = { $field }: skriv ett datum, ÅÅÅÅ-MM-DD
form-choose = ‹ välj med ← → ›
form-last-time = { $hint }; senast: { $body }
form-committing = Skriver filen och committar…
form-more-below = {"  "}↓ fler fält nedanför (Tab)
form-ready-edit = ✔ Klart: Enter visar ändringen och commit-meddelandet
form-ready = ✔ Klart: Enter på sista fältet (eller Ctrl-S) visar ändringen först
form-preparing = Förbereder ändringen…
status-invalid-file-edit = Filen är inte giltig: e öppnar den i redigeraren
status-cancelled = Avbrutet: inget skrevs
status-edit-stays = Inte committad: ändringen ligger kvar i filen
status-recorded = Registrerade ”{ $subject }” i commit { $commit }
status-not-committed = Inte committad: { $error }
status-warning = varning: { $warning }
status-nothing-changed = Inget ändrades
status-left-as-is = { $path } lämnas som den är, inte committad
status-opened = Öppnade { $url }
status-cannot-open = Kan inte öppna { $url }: { $error }
notice-interrupted = ▲ Avbruten registrering, inte committad: { $file } (`somevakt check` säger hur den slutförs)
notice-settings-not-used = Inställningar som inte används: { $problems }
config-cannot-read = kan inte läsa { $path }: { $error }
config-unknown-theme = okänt tema ”{ $name }” (terminal, light, high-contrast)
config-unknown-setting = okänd inställning ”{ $name }”
config-unknown-action = okänd åtgärd ”{ $name }” i [keys]
config-keys-shape = [keys] { $name }: en tangent eller en lista med tangenter
config-keys-unreadable = [keys] { $name }: kan inte läsa { $value }
editor-not-found = { $editor }: finns inte eller kan inte köras ({ $status })
editor-not-regular = { $path } öppnas inte: { $why }
editor-cannot-read = kan inte läsa filen: { $error }

## Tangenterna: vad var och en gör (hjälp, palett) och ordet på tipsraden

key-move-up = Flytta upp
key-move-down = Flytta ned
key-page-up = Sida upp
key-page-down = Sida ned
key-go-to-the-top = Gå till början
key-go-to-the-bottom = Gå till slutet
key-next-screen = Nästa vy
key-previous-screen = Föregående vy
key-overview-of-all-accounts = Översikt över alla konton
key-detail-of-the-selected-account = Detaljer för det valda kontot
key-git-history-of-the-selected-account = Git-historiken för det valda kontot
key-reminders-what-is-overdue-or-due = Påminnelser: det som är försenat eller förfaller snart
key-command-palette-every-action-and-its = Kommandopalett: alla åtgärder och deras tangenter
key-help-every-key-of-this-screen = Hjälp: alla tangenter i den här vyn
key-quit = Avsluta
key-quit-from-anywhere = Avsluta, var som helst
key-record-a-management-decision-on-the = Registrera ett beslut från ledningen om kontot
key-record-a-review-of-the-dpia = Registrera en översyn av konsekvensbedömningen (fortfarande giltig, eller ändrad)
key-record-an-archived-snapshot = Registrera en arkiverad ögonblicksbild
key-record-the-last-post-seen = Registrera senaste inlägget
key-close-the-account-closing-or-closed = Stäng ned kontot (stängs ned eller nedstängt)
key-edit-the-file-in-your-editor = Redigera filen i din redigerare och committa den sedan
key-open-the-account-s-address-in = Öppna kontots adress i webbläsaren
key-copy-the-account-id-through-the = Kopiera kontots id (via terminalen, OSC 52)
key-create-a-new-account-from-the = Skapa ett nytt konto från mallen
key-next-field-on-the-last-preview = Nästa fält; på det sista, förhandsvisa ändringen
key-preview-the-change-from-any-field = Förhandsvisa ändringen från vilket fält som helst
key-next-field-in-the-rationale-tab = Nästa fält (i motiveringen: Tab)
key-previous-field = Föregående fält
key-next-choice = Nästa val
key-previous-choice = Föregående val
key-cancel-nothing-is-written-asks-if = Avbryt: inget skrivs (frågar om du har skrivit något)
key-in-a-text-field-start-or = I ett textfält: början eller slutet av raden; Ctrl-U, Ctrl-W raderar
key-write-the-file-and-commit-it = Skriv filen och committa den
key-back-to-the-form-nothing-is = Tillbaka till formuläret: inget skrivs
key-scroll-down = Rulla ned
key-scroll-up = Rulla upp
key-discard-what-you-typed = Kasta det du har skrivit
key-keep-editing = Fortsätt redigera
key-open-the-file-in-the-editor = Öppna filen i redigeraren igen
key-put-back-the-committed-version-of = Återställ den registrerade versionen av filen
key-leave-the-file-as-it-is = Lämna filen som den är (inte committad)
key-open-the-account-s-detail = Öppna kontots detaljer
key-git-history-of-the-account = Git-historiken för kontot
key-filter-type-to-match-any-visible = Filter: skriv för att matcha text i alla kolumner, även dolda (id och kommun)
key-next-quick-filter-all-attention-overdue = Nästa snabbfilter (alla, åtgärd, försenade, inaktiva, ögonblicksbilder, ogiltiga)
key-previous-quick-filter = Föregående snabbfilter
key-sort-by-the-next-column = Sortera efter nästa kolumn
key-reverse-the-sort-order = Vänd sorteringen
key-reload-every-file = Läs in alla filer på nytt
key-clear-the-filter = Ta bort filtret: alla rader kommer tillbaka; n, N stegar genom träffarna
key-open-the-form-that-fixes-the = Öppna formuläret som åtgärdar den markerade anmärkningen
key-mark-the-next-finding = Markera nästa anmärkning
key-mark-the-previous-finding = Markera föregående anmärkning
key-back = Tillbaka
key-search-type-then-n-and-n = Sök: skriv, och stega sedan genom träffarna med n och N
key-next-match-of-the-search = Nästa träff för sökningen
key-previous-match-of-the-search = Föregående träff för sökningen
key-show-the-commit-s-change-to = Visa commitens ändring i filen
key-back-to-the-history = Tillbaka till historiken
key-open-the-form-that-deals-with = Öppna formuläret som hanterar påminnelsen
key-back-to-the-overview = Tillbaka till översikten
key-close-the-help = Stäng hjälpen
key-keep-the-text-and-go-back = Behåll texten och gå tillbaka till listan
key-clear-the-text = Ta bort texten
key-run-the-marked-action = Utför den markerade åtgärden
key-mark-the-next-action = Markera nästa åtgärd
key-mark-the-previous-action = Markera föregående åtgärd
key-close-the-palette = Stäng paletten
hint-commands = kommandon
hint-help = hjälp
hint-quit = avsluta
hint-decide = besluta
hint-edit = redigera
hint-next-preview = nästa/förhandsvisa
hint-preview = förhandsvisa
hint-choose = välj
hint-cancel = avbryt
hint-confirm = bekräfta
hint-back = tillbaka
hint-discard = kasta
hint-keep-editing = fortsätt
hint-editor = redigerare
hint-restore = återställ
hint-leave = lämna
hint-detail = detaljer
hint-history = historik
hint-filter = filter
hint-quick = snabb
hint-sort = sortera
hint-fix = åtgärda
hint-next-finding = nästa anmärkning
hint-search = sök
hint-diff = ändring
hint-close = stäng
hint-keep = behåll
hint-clear = ta bort
hint-run = utför
key-overview-next-match = Nästa rad som /-texten matchar (även efter att Esc har tagit tillbaka alla rader)
key-overview-previous-match = Föregående rad som /-texten matchar

## Detaljvyn

sheet-decision-recorded-in = Beslutet registrerat i
sheet-status = Status
sheet-id = Id
sheet-file = Fil
sheet-approval = Godkännande
sheet-review = Översyn
sheet-activity = Aktivitet
sheet-snapshots = Ögonblicksbilder
sheet-account = Konto
sheet-name = Namn
sheet-municipality = Kommun
sheet-platform = Plattform
sheet-address = Adress
sheet-owner-unit = Ägande enhet
sheet-service-area = Verksamhetsområde
sheet-usage = Användning
sheet-created = Skapat
sheet-e-mail = E-post
sheet-purpose = Syfte
sheet-plan = Plan
sheet-strategy = Strategi
sheet-main-channel-considered = Huvudkanal övervägd
sheet-jurisdiction = Jurisdiktion
sheet-profile = Profil
sheet-website = Webbplats
sheet-privacy-notice = Integritetsmeddelande
sheet-house-rules = Trivselregler
sheet-states-sender-and-purpose = Anger avsändare och syfte
sheet-responsibility = Ansvar
sheet-manager = Ansvarig chef
sheet-comms-unit-consulted = Kommunikationsenheten tillfrågad
sheet-communications-unit = Kommunikationsenhet
sheet-credentials-held-centrally = Inloggning förvaras centralt
sheet-hours-per-week = Timmar per vecka
sheet-editor = Redaktör
sheet-dpia = Konsekvensbedömning
sheet-document = Dokument
sheet-initial-screening = Inledande bedömning
sheet-completed = Klar
sheet-next-review = Nästa översyn
sheet-terms-reviewed = Villkor granskade
sheet-competences = Kompetenser
sheet-features-used = Funktioner som används
sheet-features-disabled = Avstängda funktioner
sheet-data-subjects-est = Registrerade (uppskattat)
sheet-special-category-risk = Risk för känsliga uppgifter
sheet-target-groups = Målgrupper
sheet-vulnerable-groups = Sårbara grupper
sheet-trade-offs = Avvägningar
sheet-supplier-documentation = Leverantörsdokumentation
sheet-admins-reviewed = Administratörer granskade
sheet-joint-controllership = Gemensamt personuppgiftsansvar
sheet-art-26-arrangement = Arrangemang enligt art. 26
sheet-legal-basis = Rättslig grund
sheet-supplementary-basis = Kompletterande grund
sheet-legitimate-interest-ass = Intresseavvägning
sheet-third-country = Tredjeland
sheet-transfer-mechanism = Överföringsmekanism
sheet-transfer-impact-ass = Bedömning av överföring
sheet-ethics-method = Etisk metod
sheet-ethics-assessed = Etik bedömd
sheet-measures = {"  "}åtgärder
sheet-residual = {"  "}kvarstående
sheet-digest = Kontrollsumma
sheet-decisions-newest-first = Beslut (nyaste först)
sheet-body = {"  "}organ
sheet-recorded-by = {"  "}registrerat av
sheet-rationale = {"  "}motivering
sheet-condition = {"  "}villkor
sheet-conditions-due = {"  "}villkor senast
sheet-residual-risk = {"  "}kvarstående risk
sheet-prior-consultation = Förhandssamråd
sheet-requested = Begärt
sheet-reference = Referens
sheet-moderation = Moderering
sheet-comments-enabled = Kommentarer på
sheet-frequency = Frekvens
sheet-removal-log = Logg över borttagningar
sheet-response-hours = Svarstid (timmar)
sheet-category-a = Kategori A
sheet-category-b = Kategori B
sheet-category-c = Kategori C
sheet-archive = Arkiv
sheet-routine = Rutin
sheet-journal-rule = Diarieföring
sheet-last-post = Senaste inlägg
sheet-checked = Kontrollerat
sheet-closing = Nedstängning
sheet-decided = Beslutat
sheet-decided-by = Beslutat av
sheet-reason = Motivering
sheet-content = Innehåll
sheet-identifiable-persons = Identifierbara personer
sheet-exemption-justification = Motivering för undantag
sheet-incidents = Incidenter
sheet-invalid-file = Ogiltig fil
sheet-problem = Problem
sheet-where = Var
sheet-the-file-around-it = Filen runt stället
sheet-yes = ja
sheet-no = nej
sheet-reading-history = läser Git-historiken…
sheet-recorded-commit = commit { $commit } av { $author } <{ $email }>, { $date }
sheet-recorded-unknown = ingen commit med trailern Action: decision (skriven för hand)
sheet-due = { $state } (senast { $date })
sheet-next-due = { $state } (nästa senast { $date })
sheet-trained = , utbildad { $date }
sheet-until = , till { $date }
sheet-no-goal = inget mål
sheet-no-residual = ingen kvarstående nivå
sheet-risk = Risk { $n } ({ $goal })
sheet-no-decision = Inget beslut registrerat
sheet-covers-current = gäller den nuvarande konsekvensbedömningen
sheet-earlier-dpia = fattat på en tidigare konsekvensbedömning
sheet-no-digest = ingen kontrollsumma för konsekvensbedömningen
sheet-no-snapshot = Ingen ögonblicksbild arkiverad
header-tiny-approvals = { $accounts } konton, { $unapproved } utan godkännande
