# somevakts meddelanden på svenska. Orden följer riktlinjerna för sociala
# medier (Norbergs kommun) och dataskyddsförordningens svenska termer:
# konsekvensbedömning avseende dataskydd, personuppgiftsansvarig,
# förhandssamråd med IMY, godkänd / villkorat godkänd / inte godkänd,
# ögonblicksbild. Se docs/i18n.md (ordlistan).

-dpia = konsekvensbedömningen avseende dataskydd

## Datum och avstånd

date-long = { $day } { $month ->
    [1] januari
    [2] februari
    [3] mars
    [4] april
    [5] maj
    [6] juni
    [7] juli
    [8] augusti
    [9] september
    [10] oktober
    [11] november
   *[12] december
} { $year }
when-today = i dag
when-tomorrow = i morgon
when-in-days = om { $days } { $days ->
    [one] dag
   *[other] dagar
}
when-overdue = { $days } { $days ->
    [one] dag
   *[other] dagar
} för sent

## Antal

count-accounts = { $count ->
    [one] { $count } konto
   *[other] { $count } konton
}
count-reminders = { $count ->
    [one] { $count } påminnelse
   *[other] { $count } påminnelser
}
count-invalid-files = { $count ->
    [one] { $count } ogiltig fil
   *[other] { $count } ogiltiga filer
}
count-errors = { $count ->
    [one] { $count } fel
   *[other] { $count } fel
}
count-warnings = { $count ->
    [one] { $count } varning
   *[other] { $count } varningar
}

## Tillstånd

account-planned = planerat
account-active = aktivt
account-closing = stängs ned
account-closed = nedstängt
approval-pending = ej behandlat
approval-approved = godkänd
approval-conditionally-approved = villkorat godkänd
approval-not-approved = inte godkänd
approval-needs-reapproval = ska godkännas på nytt
approval-unverified = obekräftat
review-none = ingen
review-ok = ok
review-due-soon = förfaller snart
review-overdue = försenad
activity-active = aktivt
activity-inactive = inaktivt
activity-unknown = okänd
activity-not-applicable = ej aktuellt
snapshots-ok = ok
snapshots-due-soon = förfaller snart
snapshots-missing = saknas
snapshots-overdue = för gammal
snapshots-not-applicable = ej aktuellt

## somevakt status

status-header-account = KONTO
status-header-status = STATUS
status-header-approval = GODKÄNNANDE
status-header-review = ÖVERSYN
status-header-activity = AKTIVITET
status-header-snapshots = ÖGONBLICKSBILDER
status-header-findings = ANMÄRKNINGAR
status-review-due = { $state } { $date } ({ $when })
status-last-snapshot = { $state } (senast { $date })
status-findings = { $errors }F { $warnings }V
status-invalid = OGILTIG
status-summary = { $accounts }: { $approved } { $approved ->
    [one] godkänt
   *[other] godkända
}, { $conditionally } villkorat { $conditionally ->
    [one] godkänt
   *[other] godkända
}, { $not_approved } inte { $not_approved ->
    [one] godkänt
   *[other] godkända
}, { $pending } ej { $pending ->
    [one] behandlat
   *[other] behandlade
}, { $reapproval } ska godkännas på nytt; översyner: { $reviews_overdue } försenade, { $reviews_due } förfaller snart; { $inactive } { $inactive ->
    [one] inaktivt
   *[other] inaktiva
}; ögonblicksbilder: { $snapshots_missing } saknas, { $snapshots_overdue } för gamla; { $invalid }
status-summary-unverified = { $count } obekräftade (signatur krävs, och beslutsspåret stöder inte beslutet)

## somevakt remind

remind-heading = Påminnelser per { $today } (inom { $days } { $days ->
    [one] dag
   *[other] dagar
})
remind-overdue = Försenat
remind-due-within = Förfaller inom { $days } { $days ->
    [one] dag
   *[other] dagar
}
remind-nothing = Inget är försenat eller förfaller inom { $days } { $days ->
    [one] dag
   *[other] dagar
} ({ $accounts } kontrollerade).
remind-summary = { $reminders } för { $accounts }: { $overdue } försenade, { $coming } förfaller inom { $days } { $days ->
    [one] dag
   *[other] dagar
}.
remind-skipped = { $count ->
    [one] 1 ogiltig fil hoppades över
   *[other] { $count } ogiltiga filer hoppades över
}; kör `somevakt check` för att se { $count ->
    [one] den
   *[other] dem
}
reminder-review = Översyn av konsekvensbedömning
reminder-conditions = Villkoren för godkännandet
reminder-snapshot = Årlig ögonblicksbild
reminder-inactive = Inaktivt: uppdatera eller stäng ned
reminder-closing-snapshot = Ögonblicksbild före nedstängning
todo-review-decided = Se över { -dpia } och lägg fram den för ledningen (beslutad { $date })
todo-conditions = Uppfyll villkoren och lägg fram den reviderade bedömningen för ledningen: { $conditions }
todo-conditions-unnamed = Uppfyll villkoren och lägg fram den reviderade bedömningen för ledningen
todo-snapshot-after = Arkivera en ögonblicksbild (den senaste är från { $date })
todo-first-snapshot = Arkivera en ögonblicksbild: ingen har någonsin tagits
todo-inactive = Inget inlägg sedan { $date }: uppdatera kontot eller stäng ned det
todo-closing-snapshot = Arkivera en ögonblicksbild innan kontot stängs ned (kind = "before_closing")
# An event's title: what falls due and for which account (one colon at most, with the prefix below).
ics-title = { $kind } – { $name }
ics-file = Fil: { $path }
ics-overdue-title = Försenat – { $title }
ics-overdue-since = Förföll { $date }

## somevakt check

check-error = fel
check-here = här
check-source = källa
check-fix = åtgärd
fix-key = `{ $key }` i översikten
fix-write = skriv { $keys }
fix-or = eller
check-ok = ok
check-failed = MISSLYCKADES
check-summary = kontroll { $verdict }: { $accounts }, { $invalid }, { $errors } i { $failing }, { $warnings }

## somevakt log

log-none = Ingen commit har ändrat { $path } ännu.

## somevakt init

init-done = Skapade bedömningsarkivet för { $municipality } i { $dir } (första commit { $commit }).
init-next = Nästa steg: lägg till ett konto med `somevakt new { $slug }/KONTO --municipality "{ $municipality }" --platform facebook --name NAMN`, och för in ledningens beslut med `somevakt decide`.
init-not-empty = { $dir } har redan innehåll ({ $entries }); `somevakt init` startar bara ett nytt arkiv i en tom mapp, och inget har ändrats
init-bad-domain = ”{ $domain }” är ingen e-postdomän: skriv den som alvby.se
init-not-folder = { $dir } är inte en mapp
init-bad-municipality = kommunnamnet ”{ $name }” ger inget mappnamn: använd bokstäver eller siffror
# Kommentarerna i CI-filen som `init --ci github|gitlab` skriver; YAML-nycklarna är GitHubs och GitLabs egna.
init-ci-about = somevakt kontrollerar bedömningarna i varje pull request eller merge request och på huvudgrenen, granskar beslutsspåret och gör påminnelsekalendern; även en gång om dagen, så att det som förfaller rapporteras även när ingen skickar in ändringar.
init-ci-branch = Huvudgrenen (behåll den som ditt arkiv använder).
init-ci-schedule = En gång om dagen kl. 05.30 UTC.
init-ci-schedule-gitlab = En gång om dagen: lägg till ett schema under Build → Pipeline schedules.
init-ci-set-url = Ange Git-adressen som somevakt installeras från (organisationens kopia av arkivet).
init-ci-permissions = Läsa arkivet, och visa anmärkningarna i kodskanningen.
init-ci-full-history = Hela historiken: granskningen av beslutsspåret vägrar en grund klon (shallow clone).
init-ci-cache = somevakt sparas mellan körningarna och kompileras om bara när dess arkiv har ändrats.
init-ci-check = Spärren: avslutar med kod 1 när en fil är ogiltig eller ett konto har en allvarlig anmärkning; rapporten skrivs även då.
init-ci-sarif = Anmärkningarna under Security → Code scanning och på raderna i pull requesten.
init-ci-junit = Samma anmärkningar som testrapport (spärren är nästa rad).
init-ci-codequality = Anmärkningarna i merge requestens kodkvalitetsvy och testrapport.
init-ci-audit = Vem som godkände vad, signerat av vem, och om ett beslut har ändrats sedan dess.
init-ci-remind = Påminnelsekalendern. Kod 1 (något är försenat) ger fel bara i den dagliga körningen, som GitHub eller GitLab rapporterar; kalendern skrivs ändå.
init-done-ci = Skrev { $path }: ange Git-adressen som somevakt installeras från i SOMEVAKT_GIT överst i filen.
init-commit = Starta bedömningsarkivet för { $municipality }
init-policy-title = Riktlinjer för bedömningsarkivet för { $municipality }.
init-policy-intro = Vägledningen anger ingen tid för översyn och ingen gräns för inaktivitet: detta är standardvärden; ändra dem och skriv motiveringen i commit-meddelandet.
init-policy-language = språk i rapporter som körs utan språkinställning (CI): nb, nn, sv eller en
init-policy-review = ett beslut ses över så många månader efter sitt datum
init-policy-window = hur många dagar före tidsfristen översyner, villkor och ögonblicksbilder ”förfaller snart”
init-policy-inactive = inget inlägg på längre än så många dagar: inaktivt
init-policy-snapshot = den årliga ögonblicksbilden får vara högst så många månader gammal
init-policy-high-risk = verksamhetsområden där sociala medier avråds
init-policy-domains = domäner för e-postadresser i tjänsten; tom: kontrolleras inte
init-policy-approvers = Vem som får föra in beslut (Git-författarens e-post). Tom: alla med skrivrätt.
init-readme =
    # Sociala medier i { $municipality }: bedömningar och beslut

    Det här Git-arkivet innehåller konsekvensbedömningarna avseende dataskydd
    (DPIA) och ledningens beslut för { $municipality }s konton i sociala medier,
    en fil per konto under `assessments/{ $slug }/`. Git-historiken är
    spårbarheten: varje beslut är en commit. Kommunen är personuppgiftsansvarig.

    ## Daglig användning

    - `somevakt` öppnar översikten: godkännande, tid för översyn, aktivitet,
      ögonblicksbilder och anmärkningar för varje konto.
    - `somevakt new { $slug }/facebook-kommunen --municipality "{ $municipality }" --platform facebook --name "Namn"`
      påbörjar bedömningen av ett nytt konto; fyll i filen den skapar.
    - `somevakt decide { $slug }/facebook-kommunen --outcome approved --body "Kommunledningsgruppen" --rationale "..."`
      för in ledningens beslut (approved = godkänd,
      conditionally_approved = villkorat godkänd, not_approved = inte godkänd).
    - `somevakt remind` visar vad som är försenat eller förfaller snart
      (översyner, villkor, årliga ögonblicksbilder, inaktiva konton);
      `somevakt remind --format ics` ger en kalender.
    - `somevakt check` avslutar med kod 1 när en fil är ogiltig eller en
      allvarlig anmärkning är öppen: kör den innan du skickar ändringar, och i CI.

    När restrisken är hög ska kommunen överväga förhandssamråd med IMY.
    Riktlinjerna (tidsfrister, påminnelsefönster, gräns för inaktivitet,
    verksamhetsområden med hög risk) finns i `somevakt.toml`.
    `somevakt --help` och `man somevakt` beskriver alla kommandon.

## --help

help-about = Konsekvensbedömningar avseende dataskydd för kommunens konton i sociala medier, lagrade i Git
help-long-about = Utan underkommando öppnas översikten över arkivet (utan terminal skrivs `status` ut).
help-usage = Användning:
help-heading-options = Flaggor
help-heading-arguments = Argument
help-heading-commands = Kommandon
help-value-command = KOMMANDO
help-value-options = [FLAGGOR]
help-default = standard: { $value }
help-values = en av: { $values }
help-env = eller miljövariabeln { $name }
help-help-command = Visa den här hjälpen eller hjälpen för en underkommando
help-arg-help = Visa hjälp
help-arg-version = Visa version
help-arg-repo = Bedömningsarkivet (standard: Git-arkivet runt aktuell mapp).
help-arg-today = Bedöm som på denna dag (ÅÅÅÅ-MM-DD), för körningar som kan upprepas.
help-arg-poll = Översikten: leta efter ändringar varannan sekund i stället för med systemets bevakning (för nätverksdiskar, där ändringar annars kan missas).
help-arg-lang = Språk för det människor läser: nb, nn, sv eller en (standard: SOMEVAKT_LANG, språkinställningen, riktlinjernas language, engelska).
help-status = Godkännande, översyn, aktivitet, ögonblicksbilder och anmärkningar för varje konto.
help-status-format = Utskrift: tabell för människor, JSON eller CSV för verktyg, xlsx för kalkylblad (med -o FIL).
help-status-output = Skriv rapporten till den här filen i stället för till standard ut (slutkoden är densamma, så att ett CI-jobb kan spara filen även när det misslyckas).
help-check = Ogiltiga filer och allvarliga anmärkningar; avslutar med kod 1 när det finns några.
help-check-format = Utskrift: text för människor, JSON för verktyg, sarif (kodskanning i GitHub), codequality (kodkvalitet i GitLab) eller junit (testrapporter).
help-check-output = Skriv rapporten till den här filen i stället för till standard ut (slutkoden är densamma, så att ett CI-jobb kan spara filen även när det misslyckas).
help-remind = Vad som är försenat eller förfaller snart; avslutar med kod 1 när något är försenat.
help-remind-within = Antal dagar framåt (standard: riktlinjernas reminder_window_days).
help-remind-format = Utskrift: text för människor, JSON för verktyg, ICS för kalendrar.
help-remind-output = Skriv rapporten till den här filen i stället för till standard ut (slutkoden är densamma, så att ett CI-jobb kan spara filen även när det misslyckas).
help-decide = För in ledningens beslut (godkänd, villkorat godkänd, inte godkänd).
help-decide-id = Kontots id, t.ex. alvby/facebook-kommunen.
help-decide-outcome = approved (godkänd), conditionally_approved (villkorat godkänd) eller not_approved (inte godkänd).
help-decide-body = Organet som beslutade, t.ex. ”Kommunledningsgruppen”.
help-decide-rationale = Motiveringen till beslutet.
help-decide-conditions = Ett villkor för ett villkorat godkännande (upprepa för flera).
help-decide-conditions-due = När villkoren ska vara uppfyllda.
help-decide-date = Dagen då ledningen beslutade, om den är före i dag (ett pappersbeslut som förs in senare); mer än 30 dagar bakåt markeras som bakåtdaterat.
help-decide-residual-risk = Restrisken som ledningen accepterade: low, medium eller high.
help-decide-include-local-changes = Filen har ändringar gjorda utanför somevakt: ta med dem i denna commit.
help-snapshot = För in en arkiverad ögonblicksbild av kontot.
help-snapshot-id = Kontots id, t.ex. alvby/facebook-kommunen.
help-snapshot-date = Dagen då ögonblicksbilden togs.
help-snapshot-kind = yearly (årlig), before_change (före ändring) eller before_closing (före nedstängning).
help-snapshot-archive-ref = Var den är arkiverad (ärende- eller dokumentnummer).
help-snapshot-format = Filformatet, t.ex. PDF/A.
help-snapshot-include-local-changes = Filen har ändringar gjorda utanför somevakt: ta med dem i denna commit.
help-activity = För in datumet för det senaste inlägget på kontot.
help-activity-id = Kontots id, t.ex. alvby/facebook-kommunen.
help-activity-last-post = Dagen för det senaste inlägget.
help-activity-include-local-changes = Filen har ändringar gjorda utanför somevakt: ta med dem i denna commit.
help-close = Markerar att kontot stängs ned (eller är nedstängt), med motivering. På ett konto som redan håller på att stängas registrerar --closed att det är nedstängt, och det registrerade beslutet står kvar.
help-close-id = Kontots id, t.ex. alvby/facebook-kommunen.
help-close-reason = Varför kontot stängs ned (behövs inte när [closing] redan anger det).
help-close-date = Dagen då nedstängningen beslutades, om den är före i dag.
help-close-closed = Kontot är redan nedstängt, inte på väg att stängas.
help-close-include-local-changes = Filen har ändringar gjorda utanför somevakt: ta med dem i denna commit.
help-review = För in en periodisk översyn av konsekvensbedömningen: fortfarande giltig (unchanged) eller måste revideras (changed). Översynen startar om cykeln.
help-review-id = Kontots id, t.ex. alvby/facebook-kommunen.
help-review-result = unchanged (konsekvensbedömningen gäller fortfarande) eller changed (den måste revideras och beslutas på nytt).
help-review-note = Vad som gicks igenom, med egna ord.
help-review-next = Nästa översyn, om den inte bara ska komma ett översynsintervall senare.
help-review-date = Dagen då översynen gjordes, om den är före i dag.
help-review-include-local-changes = Filen har ändringar gjorda utanför somevakt: ta med dem i denna commit.
help-correct = Rättar ett fält i en registrerad post som skrevs fel (ett beslut, en ögonblicksbild eller beslutet om nedstängning), med motivering; committen anger vilken commit den rättar.
help-correct-id = Kontots id, t.ex. alvby/facebook-kommunen.
help-correct-decision = Beslutet som ska rättas, räknat från 1 i filen.
help-correct-snapshot = Ögonblicksbilden som ska rättas, räknat från 1 i filen.
help-correct-closing = Beslutet om nedstängning ([closing]).
help-correct-date = Datumet det skulle ha haft (för [closing]: decided).
help-correct-conditions-due = Tidsfristen för villkoren i ett beslut (conditions_due).
help-correct-body = Organet som fattade beslutet.
help-correct-decided-by = Vem som registrerade beslutet, eller beslutade om nedstängningen.
help-correct-rationale = Motiveringen för ett beslut.
help-correct-residual-risk = Restrisken i ett beslut: low, medium eller high.
help-correct-archive-ref = Arkivreferensen för en ögonblicksbild.
help-correct-format = Filformatet för en ögonblicksbild.
help-correct-closing-reason = Motiveringen för nedstängningen.
help-correct-reason = Varför det rättas: committen sparar det.
help-correct-include-local-changes = Filen har ändringar gjorda utanför somevakt: ta med dem i denna commit.
help-new = Skapar en ny bedömningsfil från mallen.
help-new-id = Det nya kontots id: assessments/<id>.toml.
help-new-municipality = Kommunen, t.ex. ”Älvby kommun”.
help-new-platform = facebook, instagram, x, linkedin, youtube, tiktok, snapchat, vimeo, workplace eller other.
help-new-name = Kontots namn på plattformen.
help-log = Git-historiken för ett kontos fil, med trailers.
help-log-id = Kontots id, t.ex. alvby/facebook-kommunen.
help-log-format = Utskrift: text för människor, JSON för verktyg.
help-audit = Kontrollerar beslutsspåret i Git: vem som godkände vad, signerat av vem, och om något beslut ändrats sedan; avslutar med 1 vid överträdelser.
help-audit-format = Utskrift: text för människor, JSON för verktyg.
help-audit-since = Granska bara incheckningarna efter denna (t.ex. importen av pappersbeslut).
help-audit-no-cache = Läs varje commit från Git och bortse från det tidigare granskningar sparat i .git/somevakt (det en revisor kör på sin egen klon).
help-schema = Skriver ut JSON-schemat för bedömningsfiler (eller för somevakt.toml).
help-schema-kind = Vilket schema: för bedömningsfiler eller för riktlinjerna.
help-digest = Skriver ut dpia_digest för kontots nuvarande [dpia]-tabell (enligt regeln som det senaste beslutets kontrollsumma skrevs efter).
help-digest-id = Kontots id, t.ex. alvby/facebook-kommunen.
help-init = Startar ett nytt bedömningsarkiv för en kommun i en tom mapp.
help-init-dir = Mappen: ny, tom, eller ett tomt Git-arkiv.
help-init-municipality = Kommunens namn, t.ex. ”Älvby kommun”.
help-init-domain = Kommunens e-postdomän, t.ex. alvby.se (kontrolleras mot kontonas e-postadresser).
help-init-ci = Skriv även en CI-pipeline som kontrollerar, granskar beslutsspåret och gör kalendern: github (.github/workflows/somevakt.yml), gitlab (.gitlab-ci.yml) eller none (ingen).
help-completions = Skriver ut skriptet för komplettering i skalet: bash, zsh, fish, powershell eller elvish.
help-completions-shell = Skalet.
help-man = Skriver ut manualsidan (roff) på standard ut.

help-arg-no-cache = Läs alla filer på nytt, utan att använda eller uppdatera cachen i `.git/somevakt/` (för att skilja ett cacheproblem från ett problem i en fil).

## Registreringar: bekräftelsen, varningar och varför en registrering avvisades.
record-done = Registrerade ”{ $subject }” i commit { $commit }
cli-warning = varning
record-findings-left = kontot har fortfarande { $ids } (somevakt check berättar vad som åtgärdar dem)
warning-closing-without-snapshot = ingen ögonblicksbild arkiverades före nedstängningen (kind = "before_closing"): registrera en med `somevakt snapshot ID --kind before_closing` (R47)
warning-stale-lock-removed = tog bort .git/index.lock efter en avbruten somevakt
record-git-failed = Git: { $reason }; inget registrerades
record-io-failed = { $path }: { $reason }; inget registrerades
refusal-not-in-git = { $dir } ligger inte i ett Git-arkiv: kör `git init` där först
refusal-no-identity = Git vet inte vem du är, och varje registrering behöver en författare: kör git config --global user.name "Ditt Namn" och git config --global user.email "du@kommun.se"
refusal-in-progress = Git är mitt i { $operation }: slutför eller avbryt den först
refusal-detached-head = HEAD är frikopplat: checka ut en gren först (git switch main)
refusal-index-locked = ett annat Git-kommando körs (.git/index.lock finns); om inget gör det, ta bort låsfilen
refusal-unsafe-path = { $path }: { $why }
path-leaves-repository = sökvägen leder ut ur arkivet: avvisad
path-link-folder = { $at } är en symbolisk länk: somevakt skriver inte genom länkar, så inget utanför arkivet ändras; ersätt länken med den verkliga mappen
path-link-file = { $at } är en symbolisk länk: somevakt skriver inte genom länkar, så inget utanför arkivet ändras; ersätt länken med den verkliga filen
path-not-regular-file = { $at } är { $kind }, inte en vanlig fil
path-not-a-folder = { $at } är { $kind }, inte en mapp
path-cannot-inspect = kan inte undersöka { $at }: { $reason }
refusal-unreadable = { $path }: { $reason }
refusal-invalid-result = den nya texten är inte en giltig bedömning: { $reason }
refusal-invalid-save = den sparade filen är inte giltig: { $reason }
edit-invalid-result = resultatet skulle inte bli en giltig bedömning: { $reason }
edit-no-body = ange vilket organ som beslutade (body), t.ex. ledningsgruppen
edit-no-rationale = ett beslut måste motiveras (rationale): KS vägledning, kapitel 8, kräver skälen
edit-no-conditions = ett villkorat godkännande anger sina villkor (conditions)
edit-no-conditions-due = ett villkorat godkännande behöver ett datum då villkoren ska vara uppfyllda (conditions due)
edit-conditions-due-early = villkoren måste förfalla efter beslutet ({ $date })
edit-conditions-not-conditional = bara ett villkorat godkännande har villkor
edit-not-toml = filen är inte giltig TOML: { $reason }
edit-not-array-of-tables = `{ $key }` i filen är inte en lista av [[{ $key }]]-tabeller
edit-last-post-future = det senaste inlägget ({ $last_post }) kan inte vara efter i dag ({ $today })
edit-not-table = `{ $key }` i filen är inte en [{ $key }]-tabell
edit-already-closed = kontot är redan nedstängt
edit-no-reason = ange varför kontot stängs ned (reason)
edit-already-closing = kontot håller redan på att stängas ned: registrera det som nedstängt med --closed (beslutet om nedstängning står kvar som det registrerades)
edit-next-review-early = nästa översyn ({ $next }) måste komma efter den här översynen ({ $date })
edit-correct-field = { $entry } har inget fält { $field } som en rättelse får skriva om; den får skriva om: { $fields } (ett utfall eller en kontrollsumma är ett nytt beslut)
edit-correct-no-entry = filen har ingen { $entry }
edit-correct-same = { $key } är redan { $value }: inget att rätta
edit-correct-empty = { $key } kan inte rättas till ingenting
edit-correct-no-reason = ange varför det rättas (--reason): committen sparar det
edit-correct-uncommitted = { $entry } är inte committad som den står: inget registrerat att rätta (redigera filen i stället)
refusal-file-changed = { $path } har ändrats på disken sedan ändringen började: inget skrevs; titta på filen igen och gör om ändringen
refusal-branch-moved = grenen har flyttats sedan ändringen började (en commit eller pull): inget skrevs; gör om ändringen
refusal-conflict-markers = { $path } har konfliktmarkeringar från en oavslutad Git-sammanslagning: lös dem, kör `git add` på filen och registrera igen
refusal-already-exists = { $path } finns redan
refusal-no-such-file = { $path } finns inte
refusal-no-such-account = det finns inget konto { $id } ({ $path } finns inte)
refusal-local-changes = { $path } har ändringar som inte är committade, gjorda utanför somevakt: committa eller kasta dem, eller ta med dem i den här registreringen (--include-local-changes)
refusal-not-approver = bara de godkännare som anges i somevakt.toml får registrera beslut, och { $who } är inte en av dem
refusal-invalid-policy = { $reason }: rätta somevakt.toml först; inget registreras så länge riktlinjerna är ogiltiga
refusal-bad-identity = Gits { $key } är { $value }, som { $problem }: en commit med det värdet skulle bli felaktig; ange det med git config --global { $key } "..."
refusal-future-date = { $what } { $date } är efter i dag ({ $today }): en registrering anger vad som redan har hänt
refusal-unmerged = { $path } har en olöst Git-konflikt: lös den, kör `git add` och registrera igen
refusal-not-regular-file = { $path } är { $what }: somevakt registrerar bara vanliga filer i arkivet
refusal-too-large = { $path } skulle bli { $size } byte, över gränsen på { $limit }: en bedömning är några få kilobyte
refusal-record-busy = en annan somevakt registrerar i det här arkivet just nu: försök igen om en stund
refusal-unfinished = { $advice }
refusal-lost-race = grenen flyttades under registreringen ({ $reason }): inget registrerades; gör om ändringen
refusal-signing-failed = { $reason }; inget registrerades
refusal-not-approver-key = bara en godkännares signeringsnyckel får registrera beslut här: { $reason } (se [approvers].allowed_signers i somevakt.toml)
git-op-merge = en sammanslagning (merge)
git-op-revert = en återställning (revert)
git-op-cherry-pick = en cherry-pick
git-op-bisect = en bisect
git-op-rebase = en rebase eller patchtillämpning
dated-decision = beslutsdatumet
dated-snapshot = datumet för ögonblicksbilden
dated-last-post = det senaste inlägget
dated-closing = nedstängningsdatumet
identity-line-break = innehåller en radbrytning
identity-angle-bracket = innehåller en vinkelparentes (< eller >)
identity-control-character = innehåller ett kontrolltecken

## Fel som en person läser: inget arkiv, ett okänt konto, en mapp som inte är det.
repo-not-found = inget bedömningsarkiv i { $dir }: ingen assessments/-mapp där och inte i ett Git-arkiv (använd --repo MAPP)
repo-unreadable = kan inte läsa { $path }: { $reason }
repo-no-assessments = ingen assessments/-mapp i { $dir }: det här är inget bedömningsarkiv (använd --repo MAPP, eller kör somevakt i ett)
not-a-folder = { $dir } är ingen mapp
history-unreadable = kan inte läsa Git-historiken: { $reason }
account-unknown = inget konto { $id }: { $path } finns inte
account-unreadable = { $path } kan inte läsas: { $reason }
output-failed = kan inte skriva utdata: { $reason }

## Fel på kommandoraden (clap:s fel, återskapade från feltypen).
usage-see-help = { $message } (se { $help })
usage-did-you-mean = { $message }; menade du { $suggestion }?
usage-unknown-argument = oväntat argument { $argument }
usage-unknown-command = okänt kommando { $command }
usage-missing-required = dessa argument måste anges: { $arguments }
usage-missing-value = { $argument } behöver ett värde
usage-invalid-value-one-of = ogiltigt värde { $value } för { $argument }: giltiga värden är { $accepted }
usage-invalid-value = ogiltigt värde { $value } för { $argument }
usage-value-validation = ogiltigt värde { $value } för { $argument }: { $reason }
usage-missing-command = ett kommando måste anges
usage-conflict = { $argument } kan inte användas tillsammans med { $other }
usage-too-many = { $argument } tar emot färre värden

## Vad som är fel med en ogiltig fil (src/i18n/problems.rs).
problem-empty-file = filen är tom: en bedömning behöver minst schema_version och en [account]-tabell
problem-conflict = en konfliktmarkör från Git: filen har en olöst sammanslagningskonflikt; behåll raderna du vill ha, ta bort markörraderna (<<<<<<<, =======, >>>>>>>) och kör `git add` på filen
problem-duplicate-key = en nyckel anges två gånger
problem-unknown-key = okänd nyckel `{ $key }`, förväntade en av { $expected }
problem-unknown-key-none = okänd nyckel `{ $key }`: tabellen har inga nycklar
problem-unknown-word = okänt värde `{ $word }`, förväntade en av { $expected }
problem-missing-key = nyckeln `{ $key }` saknas
problem-expected-boolean = fel sorts värde ({ $found }): förväntade true eller false
problem-expected-text = fel sorts värde ({ $found }): förväntade text inom citattecken
problem-expected-list = fel sorts värde ({ $found }): förväntade en lista inom [ ]
problem-expected-whole-number = fel sorts värde ({ $found }): förväntade ett heltal (till exempel 12, inte 12.0)
problem-not-a-date = '{ $value }' är inte ett datum: förväntade ÅÅÅÅ-MM-DD, till exempel 2025-01-15
problem-not-a-day = { $value } är inte en dag i kalendern
problem-not-regular = { $kind }, inte en vanlig fil: den läses inte
problem-kind-fifo = en FIFO (namngiven pipe)
problem-kind-device = en enhetsfil
problem-kind-socket = en socket
problem-kind-folder = en mapp
problem-kind-special = en specialfil
problem-symlink = en symbolisk länk: somevakt följer inte länkar, så en fil utanför arkivet läses aldrig; ersätt länken med själva filen
problem-not-a-number = förväntade ett heltal, bara siffror

## somevakt audit: beslutsspåret (src/report/audit.rs, src/i18n/audit.rs).
audit-decision-of = beslutet av { $date } ({ $outcome })
audit-no-date = utan datum
audit-no-outcome = utan utfall
audit-policy-change-of = ändring av riktlinjerna ({ $changes })
audit-changed = { $what } ändrades i commit { $commit } av { $who }; beslut får bara läggas till, aldrig ändras
audit-changed-fields = { $what } ändrades ({ $fields }) i commit { $commit } av { $who }; beslut får bara läggas till, aldrig ändras
audit-removed = { $what } togs bort i commit { $commit } av { $who }; beslut får bara läggas till, aldrig tas bort
audit-outside-tool = { $what } lades till i commit { $commit } utan trailern `Action: decision` (inte registrerat med somevakt decide)
audit-not-approver = { $what } lades till i commit { $commit } av någon som inte är godkännare: { $why }
audit-unsigned = { $what }: commit { $commit } är inte signerad; signatur krävs
audit-bad-signature = { $what }: commit { $commit } har en ogiltig signatur (ändrad efter att den signerades?); signatur krävs
audit-unknown-key = { $what }: commit { $commit } är signerad med en nyckel som { $signers } inte listar; signatur krävs
audit-unknown-key-named = { $what }: commit { $commit } är signerad med en nyckel som { $signers } inte listar ({ $key }); signatur krävs
audit-other-committer = { $what }: commit { $commit } är signerad med nyckeln som tillhör { $signer }, men sparad som { $committer }; signatur krävs
audit-digest-missing = { $what } lades till i commit { $commit }: dpia_digest saknas, så beslutet kan inte knytas till [dpia] som sparades med det
audit-digest-unreadable = { $what } lades till i commit { $commit }: dpia_digest kan inte jämföras med [dpia] som sparades med det (oläsbar)
audit-digest-mismatch = { $what } lades till i commit { $commit }: dpia_digest stämmer inte med [dpia] som sparades med det
audit-backdated = { $what } sparades { $days } dagar efter beslutsdatumet (commit { $commit }) utan `Backdated: yes`: antedaterat utan att det anges
audit-trailer-assessment = { $what } lades in i { $account } i commit { $commit }, men commit-meddelandet säger `Assessment: { $said }`
audit-trailer-decision = { $what } lades in i commit { $commit }, men commit-meddelandet säger `Decision: { $said }`
audit-policy-not-approver = { $what } i commit { $commit } av någon som inte är godkännare: { $why }
audit-since = Granskade commits efter { $commit } ({ $whence }).
audit-since-policy = somevakt.toml [approvers] audit_since: besluten som redan fanns i registret då importerades
audit-since-flag = --since
audit-no-decisions = Inget beslut har registrerats i den granskade historiken.
audit-earlier-heading = Beslut registrerade före --since, ändrade senare:
audit-policy-heading = Ändringar av riktlinjerna:
audit-unreadable = obs: { $path } i { $commit } kunde inte läsas ({ $why }); besluten i den kontrolleras där den kan läsas
audit-decision-line = beslut nr { $position } av { $date }: { $outcome }
audit-entry-no-date = (utan datum)
audit-entry-no-outcome = (utan utfall)
audit-added-line = tillagt i { $commit }  { $when }  av { $who }
audit-approver-yes = ja
audit-approver-no = nej ({ $why })
audit-checks-line = godkännare: { $approver } · signatur: { $signature } · kontrollsumma: { $digest }
audit-trailers-line = trailers: { $trailers }
audit-correction-line = rättat i { $commit } av { $who }: { $fields } (motivering: { $reason })
audit-trailers-none = inga
audit-policy-line = { $commit }  { $when }  av { $who } · signatur: { $signature }
audit-count-decisions = { $count ->
    [one] { $shown } beslut
   *[other] { $shown } beslut
}
audit-count-commits = { $count ->
    [one] { $shown } commit
   *[other] { $shown } commits
}
audit-count-policy-changes = { $count ->
    [one] { $shown } ändring av riktlinjerna
   *[other] { $shown } ändringar av riktlinjerna
}
audit-count-violations = { $count ->
    [one] { $shown } överträdelse
   *[other] { $shown } överträdelser
}
audit-summary-head = { $decisions } i { $commits }, { $signed } med giltig signatur, { $policy }
audit-summary-intact = audit: spåret är intakt: { $head }
audit-summary-violations = audit: { $violations } ({ $kinds }): { $head }
audit-count-by-hand = { $count ->
    [one] { $shown } inskrivet för hand
   *[other] { $shown } inskrivna för hand
}
audit-by-hand-line = inskrivet för hand: inga godkännare är namngivna och signatur är frivillig, så detta är information, inte en överträdelse
audit-why-policy-unreadable = riktlinjerna som gällde kunde inte läsas ({ $reason })
audit-why-key-of-non-approver = signerat med nyckeln för { $signer }, som inte är godkännare
audit-why-unsigned = inte signerat, och godkännarna känns igen på sina nycklar
audit-why-not-approvers-key = inte signerat med en godkännares nyckel (signatur: { $verdict })
audit-why-not-listed = { $email } finns inte på listan över godkännare
audit-edit-added = somevakt.toml tillagd
audit-edit-removed = somevakt.toml borttagen: standardvärdena gäller
audit-edit-made-unreadable = somevakt.toml gjordes oläsbar ({ $reason })
audit-edit-approver-added = godkännare tillagd: { $who }
audit-edit-approver-removed = godkännare borttagen: { $who }
audit-edit-signing-required = signatur: valfri -> krävs
audit-edit-signing-optional = signatur: krävs -> valfri
audit-edit-allowed-signers = allowed_signers: { $before } -> { $after }
audit-edit-audit-since = audit_since: { $before } -> { $after }
audit-edit-no-file = (ingen)
audit-edit-key-added = signeringsnyckel tillagd för { $who }
audit-edit-key-removed = signeringsnyckel borttagen för { $who }
audit-edit-edited-only = somevakt.toml ändrad utan att godkännarna ändrades
usage-repeated = { $argument } kan bara anges en gång
audit-signature-good = giltig
audit-signature-bad = ogiltig
audit-signature-unknown-key = okänd nyckel
audit-signature-none = ingen
audit-digest-match = stämmer
audit-digest-differs = stämmer inte
audit-digest-none = saknas
audit-digest-cannot-read = kan inte läsas
template-heading = Bedömning av { $name }, skapad { $date } med `somevakt new`.
template-fill-in = Fyll i varje del; `somevakt check` visar vad som fortfarande saknas.
template-manager = närmaste chef som har godkänt kanalen
man-heading-name = Namn
man-heading-synopsis = Användning
man-heading-description = Beskrivning
man-heading-options = Flaggor
man-heading-commands = Kommandon
man-heading-exit-status = Slutstatus
man-heading-environment = Miljövariabler
man-heading-files = Filer
man-heading-examples = Exempel
man-heading-see-also = Se även
man-exit-0 = Allt är i ordning: ingen ogiltig fil, inga allvarliga anmärkningar, inget försenat, inga överträdelser i beslutsspåret; eller registreringen committades.
man-exit-1 = check hittade en ogiltig fil eller en allvarlig anmärkning; remind hittade något försenat; audit hittade en överträdelse i beslutsspåret.
man-exit-2 = Kommandot kunde inte köras: inget arkiv, ett okänt konto, ett ogiltigt datum eller argument, en registrering som avvisades. En rad på standard fel säger varför.
man-env-lang = Språket: nb, nn, sv eller en (efter --lang, före språkinställningen).
man-env-locale = Språkinställningen, läst som gettext läser den: listan i LANGUAGE (sv:nb:en) när inställningen inte är C eller POSIX, sedan LC_ALL, LC_MESSAGES, LANG.
man-env-today = Bedöm som på den här dagen (ÅÅÅÅ-MM-DD), som --today; registreringar får det verkliga datumet.
man-env-no-color = Satt: inga färger.
man-env-editor = Redigeraren för e i översikten, vald som Git väljer den (även core.editor).
man-env-config = Var inställningarna för översikten finns: $XDG_CONFIG_HOME/somevakt/config.toml.
man-env-ci = Satt: inga förloppsrader på standard fel.
man-file-policy = Riktlinjerna: intervall för översyn, påminnelsefönster, gränser, godkännare, signering, språket i rapporter.
man-file-assessments = En fil per konto i sociala medier; sökvägen utan .toml är kontots id.
man-file-config = Färgtemat och tangenterna i översikten.
man-file-cache = Cachen och granskningens resultat, inne i Git-mappen; kan tas bort utan risk.
man-example-dashboard = Öppna översikten över arkivet runt aktuell mapp.
man-example-remind = Det som är försenat eller förfaller de närmaste två veckorna; avslutas med 1 när något är försenat.
man-example-decide = Registrera ledningens beslut om ett konto.
man-example-check = Ogiltiga filer och allvarliga anmärkningar, för ett CI-jobb.
man-example-init = Starta bedömningsarkivet för en ny kommun.
man-no-such-command = inget kommando { $command }: somevakt --help visar dem
help-man-command = Kommandot som sidan gäller.
help-man-dir = Skriv alla sidor (somevakt.1, somevakt-decide.1, …) i den här mappen i stället.
when-in-days-short = om { $days } d
when-overdue-short = { $days } d för sent

# --as-of: vilken commit en rapport om det förflutna lästes från.
as-of-header = Per { $day }: registret så som det sparades i commit { $commit } ({ $committed }).

# somevakt trend: registret över tid.
trend-title = Registret vid slutet av varje { $step }, så som det sparats i Git
trend-step-week = vecka
trend-step-month = månad
trend-step-quarter = kvartal
trend-day = Dag
trend-commit = Commit
trend-accounts = Konton
trend-approved = Godkända
trend-conditional = Med villkor
trend-not-approved = Ej godkända
trend-pending = Ej behandlade
trend-reapproval = Nytt godkännande
trend-reviews-overdue = Översyn försenad
trend-reviews-soon = Översyn snart
trend-inactive = Inaktiva
trend-snapshots-missing = Utan ögonblicksbild
trend-snapshots-old = Ögonblicksbild för gammal
trend-invalid = Ogiltiga filer
trend-errors = Med fel
trend-nothing = Ingen dag faller mellan --from och --to.
# status --format xlsx: sheet names (at most 31 characters) and column headers
xlsx-sheet-accounts = Konton
xlsx-sheet-findings = Anmärkningar
xlsx-sheet-invalid = Ogiltiga filer
xlsx-col-id = Konto
xlsx-col-municipality = Kommun
xlsx-col-platform = Plattform
xlsx-col-name = Namn
xlsx-col-owner-unit = Ansvarig enhet
xlsx-col-status = Status
xlsx-col-approval = Godkännande
xlsx-col-review = Översyn
xlsx-col-review-due = Översyn senast
xlsx-col-review-in-days = Dagar till översyn
xlsx-col-activity = Aktivitet
xlsx-col-last-post = Senaste inlägg
xlsx-col-snapshots = Ögonblicksbilder
xlsx-col-last-snapshot = Senaste ögonblicksbild
xlsx-col-errors = Fel
xlsx-col-warnings = Varningar
xlsx-col-path = Fil
xlsx-col-finding = Anmärkning
xlsx-col-severity = Allvarlighet
xlsx-col-message = Vad som saknas
xlsx-col-fix = Vad som åtgärdar det
xlsx-col-source = Källa
xlsx-col-line = Rad
xlsx-col-column = Kolumn
xlsx-col-problem = Problem
xlsx-to-terminal = en arbetsbok är en binärfil: skriv den med -o FIL (t.ex. -o status.xlsx) eller skicka standard ut till en fil

# somevakt overview: flera kommuner.
overview-several-title = Kommunerna, var och en som den senast hämtades från sitt eget arkiv
overview-several-title-as-of = Kommunerna så som de var sparade { $day }, var och en i sitt eget arkiv
overview-municipality = Kommun
overview-commit = Commit
overview-unread = { $name }: inte läst: { $problem }
overview-fetch-failed = { $name }: hämtningen { $at } misslyckades ({ $error }); visar hämtningen från { $good }
overview-sync-moved = { $name }: hämtad, nya commits
overview-sync-same = { $name }: hämtad, inget nytt
overview-sync-rewritten = { $name }: hämtad, men grenen har skrivits om (force-push): { $old } finns inte längre i historiken, nu { $new }
overview-sync-failed = { $name }: hämtningen misslyckades ({ $error }); spegeln behåller hämtningen från { $good }
overview-sync-done = { $total } kommuner, { $failed } misslyckades

# Hjälptexter för --as-of, trend och overview.
help-arg-manifest = Listan över kommuner (standard: overview.toml här).
help-overview = Flera kommuner: en rad för varje, läst från deras egna arkiv så som de senast hämtades (`overview sync` hämtar dem).
help-overview-format = Utskrift: tabell för människor, JSON och CSV för verktyg.
help-arg-as-of = status, check, remind: arkivet som det var registrerat vid slutet av den här dagen (ÅÅÅÅ-MM-DD) på aktuell gren, eller i den här commiten, bedömt den dagen. Läses bara från Git, aldrig från arbetsmappen.
help-trend = Arkivets siffror vid slutet av varje vecka, månad eller kvartal, som de är registrerade i Git (standard: de senaste 12 månaderna, per månad).
help-trend-from = Den första dagen (standard: ett år före --to).
help-trend-to = Den sista dagen (standard: i dag).
help-trend-step = Hur ofta: week (vecka), month (månad) eller quarter (kvartal).
help-trend-format = Utskrift: tabell för människor, JSON eller CSV för verktyg.
