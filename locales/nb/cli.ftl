# somevakts meldinger på norsk bokmål. Ordene følger KS' veileder for bruk av
# sosiale medier i kommunen: vurdering av personvernkonsekvenser (DPIA),
# behandlingsansvarlig, forhåndsdrøftelse med Datatilsynet, godkjent /
# godkjent med vilkår / ikke godkjent. Se docs/i18n.md (ordlisten).

-dpia = vurderingen av personvernkonsekvenser (DPIA)

## Datoer og avstander

date-long = { $day }. { $month ->
    [1] januar
    [2] februar
    [3] mars
    [4] april
    [5] mai
    [6] juni
    [7] juli
    [8] august
    [9] september
    [10] oktober
    [11] november
   *[12] desember
} { $year }
when-today = i dag
when-tomorrow = i morgen
when-in-days = om { $days } { $days ->
    [one] dag
   *[other] dager
}
when-overdue = { $days } { $days ->
    [one] dag
   *[other] dager
} for sent

## Antall

count-accounts = { $count ->
    [one] { $count } konto
   *[other] { $count } kontoer
}
count-reminders = { $count ->
    [one] { $count } påminnelse
   *[other] { $count } påminnelser
}
count-invalid-files = { $count ->
    [one] { $count } ugyldig fil
   *[other] { $count } ugyldige filer
}
count-errors = { $count ->
    [one] { $count } feil
   *[other] { $count } feil
}
count-warnings = { $count ->
    [one] { $count } advarsel
   *[other] { $count } advarsler
}

## Tilstander

account-planned = planlagt
account-active = aktiv
account-closing = avvikles
account-closed = avviklet
approval-pending = ikke behandlet
approval-approved = godkjent
approval-conditionally-approved = godkjent med vilkår
approval-not-approved = ikke godkjent
approval-needs-reapproval = må godkjennes på nytt
approval-unverified = ubekreftet
review-none = ingen
review-ok = ok
review-due-soon = forfaller snart
review-overdue = over fristen
activity-active = aktiv
activity-inactive = inaktiv
activity-unknown = ukjent
activity-not-applicable = ikke aktuelt
snapshots-ok = ok
snapshots-due-soon = forfaller snart
snapshots-missing = mangler
snapshots-overdue = for gammelt
snapshots-not-applicable = ikke aktuelt

## somevakt status

status-header-account = KONTO
status-header-status = STATUS
status-header-approval = GODKJENNING
status-header-review = GJENNOMGANG
status-header-activity = AKTIVITET
status-header-snapshots = ØYEBLIKKSBILDER
status-header-findings = FUNN
status-review-due = { $state } { $date } ({ $when })
status-last-snapshot = { $state } (sist { $date })
status-findings = { $errors }F { $warnings }A
status-invalid = UGYLDIG
status-summary = { $accounts }: { $approved } { $approved ->
    [one] godkjent
   *[other] godkjente
}, { $conditionally } { $conditionally ->
    [one] godkjent
   *[other] godkjente
} med vilkår, { $not_approved } ikke { $not_approved ->
    [one] godkjent
   *[other] godkjente
}, { $pending } ikke { $pending ->
    [one] behandlet
   *[other] behandlede
}, { $reapproval } må godkjennes på nytt; gjennomganger: { $reviews_overdue } over fristen, { $reviews_due } forfaller snart; { $inactive } { $inactive ->
    [one] inaktiv
   *[other] inaktive
}; øyeblikksbilder: { $snapshots_missing } mangler, { $snapshots_overdue } for gamle; { $invalid }
status-summary-unverified = { $count } ubekreftet (signatur er påkrevd, og beslutningssporet dekker ikke beslutningen)

## somevakt remind

remind-heading = Påminnelser per { $today } (innen { $days } { $days ->
    [one] dag
   *[other] dager
})
remind-overdue = Over fristen
remind-due-within = Forfaller innen { $days } { $days ->
    [one] dag
   *[other] dager
}
remind-nothing = Ingenting er over fristen eller forfaller innen { $days } { $days ->
    [one] dag
   *[other] dager
} ({ $accounts } kontrollert).
remind-summary = { $reminders } for { $accounts }: { $overdue } over fristen, { $coming } forfaller innen { $days } { $days ->
    [one] dag
   *[other] dager
}.
remind-skipped = { $count ->
    [one] 1 ugyldig fil ble hoppet over
   *[other] { $count } ugyldige filer ble hoppet over
}; kjør `somevakt check` for å se { $count ->
    [one] den
   *[other] dem
}
reminder-review = Ny gjennomgang av DPIA
reminder-conditions = Vilkårene for godkjenningen
reminder-snapshot = Årlig øyeblikksbilde
reminder-inactive = Inaktiv: oppdater eller avvikle
reminder-closing-snapshot = Øyeblikksbilde før avvikling
todo-review-decided = Gå gjennom { -dpia } og legg den fram for ledelsen (besluttet { $date })
todo-conditions = Oppfyll vilkårene og legg den reviderte vurderingen fram for ledelsen: { $conditions }
todo-conditions-unnamed = Oppfyll vilkårene og legg den reviderte vurderingen fram for ledelsen
todo-snapshot-after = Arkiver et øyeblikksbilde (det siste er fra { $date })
todo-first-snapshot = Arkiver et øyeblikksbilde: det er aldri tatt noe
todo-inactive = Ingen innlegg siden { $date }: oppdater kontoen eller avvikle den
todo-closing-snapshot = Arkiver et øyeblikksbilde før kontoen avvikles (kind = "before_closing")
# An event's title: what falls due and for which account (one colon at most, with the prefix below).
ics-title = { $kind } – { $name }
ics-file = Fil: { $path }
ics-overdue-title = Over fristen – { $title }
ics-overdue-since = Fristen var { $date }

## somevakt check

check-error = feil
check-here = her
check-source = kilde
check-fix = tiltak
fix-key = `{ $key }` i oversikten
fix-write = skriv { $keys }
fix-or = eller
check-ok = ok
check-failed = FEILET
check-summary = kontroll { $verdict }: { $accounts }, { $invalid }, { $errors } i { $failing }, { $warnings }

## somevakt log

log-none = Ingen commit har endret { $path } ennå.

## somevakt init

init-done = Opprettet vurderingsarkivet til { $municipality } i { $dir } (første commit { $commit }).
init-next = Neste steg: legg til en konto med `somevakt new { $slug }/KONTO --municipality "{ $municipality }" --platform facebook --name NAVN`, og før ledelsens beslutninger inn med `somevakt decide`.
init-not-empty = { $dir } har allerede innhold ({ $entries }); `somevakt init` starter bare et nytt arkiv i en tom mappe, og ingenting er endret
init-bad-domain = «{ $domain }» er ikke et e-postdomene: skriv det som fjordvik.kommune.no
init-not-folder = { $dir } er ikke en mappe
init-bad-municipality = kommunenavnet «{ $name }» gir ikke noe mappenavn: bruk bokstaver eller sifre
# Kommentarene i CI-filen som `init --ci github|gitlab` skriver; YAML-nøklene er GitHubs og GitLabs egne.
init-ci-about = somevakt kontrollerer vurderingene i hver pull request eller merge request og på hovedgrenen, kontrollerer beslutningssporet og lager påminnelseskalenderen; også én gang i døgnet, slik at det som forfaller, blir meldt selv når ingen sender inn endringer.
init-ci-branch = Hovedgrenen (behold den arkivet ditt bruker).
init-ci-schedule = Én gang i døgnet kl. 05.30 UTC.
init-ci-schedule-gitlab = Én gang i døgnet: legg inn en tidsplan under Build → Pipeline schedules.
init-ci-set-url = Sett dette til Git-adressen somevakt installeres fra (organisasjonens kopi av arkivet).
init-ci-permissions = Lese arkivet, og vise funnene i kodeskanningen.
init-ci-full-history = Hele historikken: kontrollen av beslutningssporet avviser en grunn kloning (shallow clone).
init-ci-cache = somevakt tas vare på mellom kjøringene og kompileres bare på nytt når arkivet har endret seg.
init-ci-check = Porten: avslutter med kode 1 når en fil er ugyldig eller en konto har et alvorlig funn; rapporten skrives også da.
init-ci-sarif = Funnene under Security → Code scanning og på linjene i pull requesten.
init-ci-junit = De samme funnene som testrapport (porten er neste linje).
init-ci-codequality = Funnene i merge requestens kodekvalitetsvisning og testrapport.
init-ci-audit = Hvem som godkjente hva, signert av hvem, og om en beslutning er endret siden.
init-ci-remind = Påminnelseskalenderen. Kode 1 (noe er forsinket) gir feil bare i den daglige kjøringen, som GitHub eller GitLab melder fra om; kalenderen skrives uansett.
init-done-ci = Skrev { $path }: sett SOMEVAKT_GIT øverst i filen til Git-adressen somevakt installeres fra.
init-commit = Start vurderingsarkivet til { $municipality }
init-policy-title = Retningslinjer for vurderingsarkivet til { $municipality }.
init-policy-intro = Veilederen angir ingen frist for ny gjennomgang og ingen grense for inaktivitet: dette er standardverdier; endre dem og skriv begrunnelsen i commit-meldingen.
init-policy-language = språk i rapporter som kjøres uten språkinnstilling (CI): nb, nn, sv eller en
init-policy-review = en beslutning gjennomgås på nytt så mange måneder etter datoen
init-policy-window = hvor mange dager før fristen gjennomganger, vilkår og øyeblikksbilder «forfaller snart»
init-policy-inactive = ingen innlegg på lenger enn så mange dager: inaktiv
init-policy-snapshot = det årlige øyeblikksbildet kan være høyst så mange måneder gammelt
init-policy-high-risk = tjenesteområder der KS fraråder bruk av sosiale medier
init-policy-domains = domener for e-postadresser på jobb; tom: kontrolleres ikke
init-policy-approvers = Hvem som kan føre inn beslutninger (Git-forfatterens e-post). Tom: alle med skrivetilgang.
init-readme =
    # Sosiale medier i { $municipality }: vurderinger og beslutninger

    Dette Git-arkivet inneholder vurderingene av personvernkonsekvenser (DPIA)
    og ledelsens beslutninger for kontoene til { $municipality } i sosiale
    medier, én fil per konto under `assessments/{ $slug }/`. Git-historikken er
    sporbarheten: hver beslutning er en commit. Kommunen er behandlingsansvarlig.

    ## Daglig bruk

    - `somevakt` åpner oversikten: godkjenning, frist for ny gjennomgang,
      aktivitet, øyeblikksbilder og funn for hver konto.
    - `somevakt new { $slug }/facebook-kommunen --municipality "{ $municipality }" --platform facebook --name "Navn"`
      starter vurderingen av en ny konto; fyll ut filen den lager.
    - `somevakt decide { $slug }/facebook-kommunen --outcome approved --body "Kommunedirektørens ledergruppe" --rationale "..."`
      fører inn ledelsens beslutning (approved = godkjent,
      conditionally_approved = godkjent med vilkår, not_approved = ikke godkjent).
    - `somevakt remind` viser hva som er over fristen eller forfaller snart (nye
      gjennomganger, vilkår, årlige øyeblikksbilder, inaktive kontoer);
      `somevakt remind --format ics` gir en kalender.
    - `somevakt check` avslutter med kode 1 når en fil er ugyldig eller et
      alvorlig funn er åpent: kjør den før du sender endringer, og i CI.

    Når restrisikoen er høy, må kommunen vurdere forhåndsdrøftelse med
    Datatilsynet. Retningslinjene (frister, varslingsvindu, grense for
    inaktivitet, tjenesteområder med høy risiko) står i `somevakt.toml`.
    `somevakt --help` og `man somevakt` beskriver alle kommandoene.

## --help

help-about = Vurderinger av personvernkonsekvenser for kommunens kontoer i sosiale medier, lagret i Git
help-long-about = Uten underkommando åpnes oversikten over arkivet (uten terminal skrives `status`).
help-usage = Bruk:
help-heading-options = Valg
help-heading-arguments = Argumenter
help-heading-commands = Kommandoer
help-value-command = KOMMANDO
help-value-options = [VALG]
help-default = standard: { $value }
help-values = en av: { $values }
help-env = eller miljøvariabelen { $name }
help-help-command = Vis denne hjelpen eller hjelpen til en underkommando
help-arg-help = Vis hjelp
help-arg-version = Vis versjon
help-arg-repo = Vurderingsarkivet (standard: Git-arkivet rundt gjeldende mappe).
help-arg-today = Vurder som på denne dagen (ÅÅÅÅ-MM-DD), for kjøringer som kan gjentas.
help-arg-poll = Oversikten: se etter endringer hvert 2. sekund i stedet for med systemets overvåking (for nettverksdisker, der endringer ellers kan gå upåaktet hen).
help-arg-lang = Språk for det mennesker leser: nb, nn, sv eller en (standard: SOMEVAKT_LANG, språkinnstillingen, retningslinjenes language, engelsk).
help-status = Godkjenning, gjennomgang, aktivitet, øyeblikksbilder og funn for hver konto.
help-status-format = Utskrift: tabell for mennesker, JSON eller CSV for verktøy, xlsx for regneark (med -o FIL).
help-status-output = Skriv rapporten til denne filen i stedet for til standard ut (avslutningskoden er den samme, så en CI-jobb kan ta vare på filen også når den feiler).
help-check = Ugyldige filer og alvorlige funn; avslutter med kode 1 når det finnes noen.
help-check-format = Utskrift: tekst for mennesker, JSON for verktøy, sarif (kodeskanning i GitHub), codequality (kodekvalitet i GitLab) eller junit (testrapporter).
help-check-output = Skriv rapporten til denne filen i stedet for til standard ut (avslutningskoden er den samme, så en CI-jobb kan ta vare på filen også når den feiler).
help-remind = Hva som er over fristen eller forfaller snart; avslutter med kode 1 når noe er over fristen.
help-remind-within = Antall dager fram i tid (standard: retningslinjenes reminder_window_days).
help-remind-format = Utskrift: tekst for mennesker, JSON for verktøy, ICS for kalendere.
help-remind-output = Skriv rapporten til denne filen i stedet for til standard ut (avslutningskoden er den samme, så en CI-jobb kan ta vare på filen også når den feiler).
help-decide = Fører inn ledelsens beslutning (godkjent, godkjent med vilkår, ikke godkjent).
help-decide-id = Kontoens id, f.eks. fjordvik/facebook-kommunen.
help-decide-outcome = approved (godkjent), conditionally_approved (godkjent med vilkår) eller not_approved (ikke godkjent).
help-decide-body = Organet som besluttet, f.eks. «Kommunedirektørens ledergruppe».
help-decide-rationale = Begrunnelsen for beslutningen.
help-decide-conditions = Et vilkår for en godkjenning med vilkår (gjenta for flere).
help-decide-conditions-due = Fristen for å oppfylle vilkårene.
help-decide-date = Dagen ledelsen besluttet, om den er før i dag (en papirbeslutning som føres inn senere); mer enn 30 dager tilbake merkes som tilbakedatert.
help-decide-residual-risk = Restrisikoen ledelsen aksepterte: low, medium eller high.
help-decide-include-local-changes = Filen har endringer gjort utenfor somevakt: ta dem med i denne commiten.
help-snapshot = Fører inn et arkivert øyeblikksbilde av kontoen.
help-snapshot-id = Kontoens id, f.eks. fjordvik/facebook-kommunen.
help-snapshot-date = Dagen øyeblikksbildet ble tatt.
help-snapshot-kind = yearly (årlig), before_change (før endring) eller before_closing (før avvikling).
help-snapshot-archive-ref = Hvor det er arkivert (saks- eller dokumentnummer).
help-snapshot-format = Filformatet, f.eks. PDF/A.
help-snapshot-include-local-changes = Filen har endringer gjort utenfor somevakt: ta dem med i denne commiten.
help-activity = Fører inn datoen for det siste innlegget på kontoen.
help-activity-id = Kontoens id, f.eks. fjordvik/facebook-kommunen.
help-activity-last-post = Dagen for det siste innlegget.
help-activity-include-local-changes = Filen har endringer gjort utenfor somevakt: ta dem med i denne commiten.
help-close = Markerer at kontoen avvikles (eller er avviklet), med begrunnelse. På en konto som allerede avvikles, registrerer --closed at den er avviklet, og den registrerte beslutningen blir stående.
help-close-id = Kontoens id, f.eks. fjordvik/facebook-kommunen.
help-close-reason = Hvorfor kontoen avvikles (trengs ikke når [closing] allerede sier det).
help-close-date = Dagen avviklingen ble besluttet, om den er før i dag.
help-close-closed = Kontoen er allerede avviklet, ikke under avvikling.
help-close-include-local-changes = Filen har endringer gjort utenfor somevakt: ta dem med i denne commiten.
help-review = Registrerer en periodisk gjennomgang av DPIA-en: fortsatt gyldig (unchanged) eller må revideres (changed). Gjennomgangen starter syklusen på nytt.
help-review-id = Kontoens id, f.eks. fjordvik/facebook-kommunen.
help-review-result = unchanged (DPIA-en gjelder fortsatt) eller changed (den må revideres og behandles på nytt).
help-review-note = Hva som ble gått gjennom, med egne ord.
help-review-next = Neste gjennomgang, om den ikke bare skal komme ett gjennomgangsintervall senere.
help-review-date = Dagen gjennomgangen ble gjort, om den er før i dag.
help-review-include-local-changes = Filen har endringer gjort utenfor somevakt: ta dem med i denne commiten.
help-correct = Retter ett felt i en registrert oppføring som ble skrevet feil (en beslutning, et øyeblikksbilde eller beslutningen om avvikling), med begrunnelse; committen viser hvilken commit den retter.
help-correct-id = Kontoens id, f.eks. fjordvik/facebook-kommunen.
help-correct-decision = Beslutningen som skal rettes, talt fra 1 i filen.
help-correct-snapshot = Øyeblikksbildet som skal rettes, talt fra 1 i filen.
help-correct-closing = Beslutningen om avvikling ([closing]).
help-correct-date = Datoen den skulle hatt (for [closing]: decided).
help-correct-conditions-due = Fristen for vilkårene i en beslutning (conditions_due).
help-correct-body = Organet som fattet beslutningen.
help-correct-decided-by = Hvem som registrerte beslutningen, eller besluttet avviklingen.
help-correct-rationale = Begrunnelsen for en beslutning.
help-correct-residual-risk = Restrisikoen i en beslutning: low, medium eller high.
help-correct-archive-ref = Arkivreferansen til et øyeblikksbilde.
help-correct-format = Filformatet til et øyeblikksbilde.
help-correct-closing-reason = Begrunnelsen for avviklingen.
help-correct-reason = Hvorfor det rettes: committen tar vare på det.
help-correct-include-local-changes = Filen har endringer gjort utenfor somevakt: ta dem med i denne commiten.
help-new = Lager en ny vurderingsfil fra malen.
help-new-id = Den nye kontoens id: assessments/<id>.toml.
help-new-municipality = Kommunen, f.eks. «Fjordvik kommune».
help-new-platform = facebook, instagram, x, linkedin, youtube, tiktok, snapchat, vimeo, workplace eller other.
help-new-name = Kontoens navn på plattformen.
help-log = Git-historikken til en kontos fil, med trailere.
help-log-id = Kontoens id, f.eks. fjordvik/facebook-kommunen.
help-log-format = Utskrift: tekst for mennesker, JSON for verktøy.
help-audit = Kontrollerer beslutningssporet i Git: hvem som godkjente hva, signert av hvem, og om noen beslutning er endret siden; avslutter med 1 ved brudd.
help-audit-format = Utskrift: tekst for mennesker, JSON for verktøy.
help-audit-since = Kontroller bare commitene etter denne (f.eks. importen av beslutninger som ble tatt på papir).
help-audit-no-cache = Les hver commit fra Git og se bort fra det tidligere kontroller har lagret i .git/somevakt (det en revisor kjører på sin egen klone).
help-schema = Skriver ut JSON-skjemaet for vurderingsfiler (eller for somevakt.toml).
help-schema-kind = Hvilket skjema: for vurderingsfiler eller for retningslinjene.
help-digest = Skriver ut dpia_digest for kontoens nåværende [dpia]-tabell (etter regelen den siste beslutningens sjekksum ble skrevet etter).
help-digest-id = Kontoens id, f.eks. fjordvik/facebook-kommunen.
help-init = Starter et nytt vurderingsarkiv for en kommune i en tom mappe.
help-init-dir = Mappen: ny, tom, eller et tomt Git-arkiv.
help-init-municipality = Kommunens navn, f.eks. «Fjordvik kommune».
help-init-domain = Kommunens e-postdomene, f.eks. fjordvik.kommune.no (kontrolleres mot kontoenes e-postadresser).
help-init-ci = Skriv også en CI-pipeline som kontrollerer vurderingene og beslutningssporet og lager kalenderen: github (.github/workflows/somevakt.yml), gitlab (.gitlab-ci.yml) eller none (ingen).
help-completions = Skriver ut skriptet for fullføring i skallet: bash, zsh, fish, powershell eller elvish.
help-completions-shell = Skallet.
help-man = Skriver ut brukerveiledningen (man-side, roff) på standard ut.

help-arg-no-cache = Les alle filer på nytt, uten å bruke eller oppdatere mellomlageret i `.git/somevakt/` (for å skille et problem med mellomlageret fra et problem i en fil).

## Registreringer: bekreftelsen, advarsler og hvorfor en registrering ble avvist.
record-done = Registrerte «{ $subject }» i commit { $commit }
cli-warning = advarsel
record-findings-left = kontoen har fortsatt { $ids } (somevakt check forteller hva som retter dem)
warning-closing-without-snapshot = ingen øyeblikksbilde ble arkivert før avviklingen (kind = "before_closing"): registrer et med `somevakt snapshot ID --kind before_closing` (R47)
warning-stale-lock-removed = fjernet .git/index.lock etter en avbrutt somevakt
record-git-failed = Git: { $reason }; ingenting ble registrert
record-io-failed = { $path }: { $reason }; ingenting ble registrert
refusal-not-in-git = { $dir } er ikke i et Git-arkiv: kjør `git init` der først
refusal-no-identity = Git vet ikke hvem du er, og hver registrering trenger en forfatter: kjør git config --global user.name "Ditt Navn" og git config --global user.email "deg@kommune.no"
refusal-in-progress = Git er midt i { $operation }: fullfør eller avbryt den først
refusal-detached-head = HEAD er frakoblet: sjekk ut en gren først (git switch main)
refusal-index-locked = en annen Git-kommando kjører (.git/index.lock finnes); hvis ingen gjør det, slett låsefilen
refusal-unsafe-path = { $path }: { $why }
path-leaves-repository = stien går ut av arkivet: avvist
path-link-folder = { $at } er en symbolsk lenke: somevakt skriver ikke gjennom lenker, så ingenting utenfor arkivet endres; erstatt lenken med den virkelige mappen
path-link-file = { $at } er en symbolsk lenke: somevakt skriver ikke gjennom lenker, så ingenting utenfor arkivet endres; erstatt lenken med den virkelige filen
path-not-regular-file = { $at } er { $kind }, ikke en vanlig fil
path-not-a-folder = { $at } er { $kind }, ikke en mappe
path-cannot-inspect = kan ikke se på { $at }: { $reason }
refusal-unreadable = { $path }: { $reason }
refusal-invalid-result = den nye teksten er ikke en gyldig vurdering: { $reason }
refusal-invalid-save = den lagrede filen er ikke gyldig: { $reason }
edit-invalid-result = resultatet ville ikke blitt en gyldig vurdering: { $reason }
edit-no-body = oppgi hvilket organ som fattet beslutningen (body), f.eks. ledergruppen
edit-no-rationale = en beslutning må begrunnes (rationale): KS-veilederens kapittel 8 ber om begrunnelsen
edit-no-conditions = en godkjenning med vilkår lister vilkårene (conditions)
edit-no-conditions-due = en godkjenning med vilkår trenger en frist for vilkårene (conditions due)
edit-conditions-due-early = fristen for vilkårene må være etter beslutningen ({ $date })
edit-conditions-not-conditional = bare en godkjenning med vilkår har vilkår
edit-not-toml = filen er ikke gyldig TOML: { $reason }
edit-not-array-of-tables = `{ $key }` i filen er ikke en liste av [[{ $key }]]-tabeller
edit-last-post-future = siste innlegg ({ $last_post }) kan ikke være etter i dag ({ $today })
edit-not-table = `{ $key }` i filen er ikke en [{ $key }]-tabell
edit-already-closed = kontoen er allerede avviklet
edit-no-reason = oppgi hvorfor kontoen avvikles (reason)
edit-already-closing = kontoen er allerede under avvikling: registrer den som avviklet med --closed (beslutningen om avvikling blir stående som registrert)
edit-next-review-early = neste gjennomgang ({ $next }) må komme etter denne gjennomgangen ({ $date })
edit-correct-field = { $entry } har ikke feltet { $field } som en rettelse kan skrive om; den kan skrive om: { $fields } (et utfall eller en sjekksum er en ny beslutning)
edit-correct-no-entry = filen har ingen { $entry }
edit-correct-same = { $key } er { $value } allerede: ingenting å rette
edit-correct-empty = { $key } kan ikke rettes til ingenting
edit-correct-no-reason = oppgi hvorfor det rettes (--reason): committen tar vare på det
edit-correct-uncommitted = { $entry } er ikke committet slik den står: ingenting registrert å rette (rediger filen i stedet)
refusal-file-changed = { $path } er endret på disken etter at endringen begynte: ingenting ble skrevet; se på filen igjen og gjør endringen på nytt
refusal-branch-moved = grenen har flyttet seg etter at endringen begynte (en commit eller pull): ingenting ble skrevet; gjør endringen på nytt
refusal-conflict-markers = { $path } har konfliktmarkører fra en uferdig Git-fletting: løs dem, kjør `git add` på filen og registrer på nytt
refusal-already-exists = { $path } finnes allerede
refusal-no-such-file = { $path } finnes ikke
refusal-no-such-account = det finnes ingen konto { $id } ({ $path } finnes ikke)
refusal-local-changes = { $path } har endringer som ikke er committet, gjort utenfor somevakt: commit eller forkast dem, eller ta dem med i denne registreringen (--include-local-changes)
refusal-not-approver = bare godkjennerne i somevakt.toml kan registrere beslutninger, og { $who } er ikke en av dem
refusal-invalid-policy = { $reason }: rett somevakt.toml først; ingenting registreres så lenge retningslinjene er ugyldige
refusal-bad-identity = Gits { $key } er { $value }, som { $problem }: en commit med den ville blitt feilformet; sett den med git config --global { $key } "..."
refusal-future-date = { $what } { $date } er etter i dag ({ $today }): en registrering sier hva som allerede har skjedd
refusal-unmerged = { $path } har en uløst Git-konflikt: løs den, kjør `git add` og registrer på nytt
refusal-not-regular-file = { $path } er { $what }: somevakt registrerer bare vanlige filer inne i arkivet
refusal-too-large = { $path } ville blitt { $size } byte, over grensen på { $limit }: en vurdering er noen få kilobyte
refusal-record-busy = en annen somevakt registrerer i dette arkivet akkurat nå: prøv igjen om et øyeblikk
refusal-unfinished = { $advice }
refusal-lost-race = grenen flyttet seg under registreringen ({ $reason }): ingenting ble registrert; gjør endringen på nytt
refusal-signing-failed = { $reason }; ingenting ble registrert
refusal-not-approver-key = bare en godkjenners signeringsnøkkel kan registrere beslutninger her: { $reason } (se [approvers].allowed_signers i somevakt.toml)
git-op-merge = en fletting (merge)
git-op-revert = en tilbakerulling (revert)
git-op-cherry-pick = en cherry-pick
git-op-bisect = en bisect
git-op-rebase = en rebase eller innlegging av patcher
dated-decision = beslutningsdatoen
dated-snapshot = datoen for øyeblikksbildet
dated-last-post = siste innlegg
dated-closing = avviklingsdatoen
identity-line-break = inneholder et linjeskift
identity-angle-bracket = inneholder en vinkelparentes (< eller >)
identity-control-character = inneholder et kontrolltegn

## Feil en person leser: ikke noe arkiv, en ukjent konto, en mappe som ikke er det.
repo-not-found = fant ikke noe vurderingsarkiv i { $dir }: ingen assessments/-mappe der, og mappen er ikke i et Git-arkiv (bruk --repo MAPPE)
repo-unreadable = kan ikke lese { $path }: { $reason }
repo-no-assessments = ingen assessments/-mappe i { $dir }: dette er ikke et vurderingsarkiv (bruk --repo MAPPE, eller kjør somevakt inne i et)
not-a-folder = { $dir } er ikke en mappe
history-unreadable = kan ikke lese Git-historikken: { $reason }
account-unknown = ingen konto { $id }: { $path } finnes ikke
account-unreadable = { $path } kan ikke leses: { $reason }
output-failed = kan ikke skrive utdata: { $reason }

## Feil på kommandolinjen (clap sine feil, bygd opp fra feiltypen).
usage-see-help = { $message } (se { $help })
usage-did-you-mean = { $message }; mente du { $suggestion }?
usage-unknown-argument = uventet argument { $argument }
usage-unknown-command = ukjent kommando { $command }
usage-missing-required = disse argumentene må oppgis: { $arguments }
usage-missing-value = { $argument } trenger en verdi
usage-invalid-value-one-of = ugyldig verdi { $value } for { $argument }: gyldige verdier er { $accepted }
usage-invalid-value = ugyldig verdi { $value } for { $argument }
usage-value-validation = ugyldig verdi { $value } for { $argument }: { $reason }
usage-missing-command = en kommando må oppgis
usage-conflict = { $argument } kan ikke brukes sammen med { $other }
usage-too-many = { $argument } tar imot færre verdier

## Hva som er galt med en ugyldig fil (src/i18n/problems.rs).
problem-empty-file = filen er tom: en vurdering trenger minst schema_version og en [account]-tabell
problem-conflict = en konfliktmarkør fra Git: filen har en uløst flettekonflikt; behold linjene du vil ha, slett markørlinjene (<<<<<<<, =======, >>>>>>>), og kjør `git add` på filen
problem-duplicate-key = en nøkkel er oppgitt to ganger
problem-unknown-key = ukjent nøkkel `{ $key }`, forventet en av { $expected }
problem-unknown-key-none = ukjent nøkkel `{ $key }`: denne tabellen har ingen nøkler
problem-unknown-word = ukjent verdi `{ $word }`, forventet en av { $expected }
problem-missing-key = nøkkelen `{ $key }` mangler
problem-expected-boolean = feil slags verdi ({ $found }): forventet true eller false
problem-expected-text = feil slags verdi ({ $found }): forventet tekst i anførselstegn
problem-expected-list = feil slags verdi ({ $found }): forventet en liste i [ ]
problem-expected-whole-number = feil slags verdi ({ $found }): forventet et heltall (for eksempel 12, ikke 12.0)
problem-not-a-date = '{ $value }' er ikke en dato: forventet ÅÅÅÅ-MM-DD, for eksempel 2025-01-15
problem-not-a-day = { $value } er ikke en dag i kalenderen
problem-not-regular = { $kind }, ikke en vanlig fil: den leses ikke
problem-kind-fifo = en FIFO (navngitt rør)
problem-kind-device = en enhetsfil
problem-kind-socket = en socket
problem-kind-folder = en mappe
problem-kind-special = en spesialfil
problem-symlink = en symbolsk lenke: somevakt følger ikke lenker, så en fil utenfor arkivet blir aldri lest; erstatt lenken med selve filen
problem-not-a-number = forventet et heltall, bare sifre

## somevakt audit: beslutningssporet (src/report/audit.rs, src/i18n/audit.rs).
audit-decision-of = beslutningen av { $date } ({ $outcome })
audit-no-date = uten dato
audit-no-outcome = uten utfall
audit-policy-change-of = endring i retningslinjene ({ $changes })
audit-changed = { $what } ble endret i commit { $commit } av { $who }; beslutninger kan bare legges til, aldri endres
audit-changed-fields = { $what } ble endret ({ $fields }) i commit { $commit } av { $who }; beslutninger kan bare legges til, aldri endres
audit-removed = { $what } ble fjernet i commit { $commit } av { $who }; beslutninger kan bare legges til, aldri fjernes
audit-outside-tool = { $what } ble lagt til i commit { $commit } uten traileren `Action: decision` (ikke registrert med somevakt decide)
audit-not-approver = { $what } ble lagt til i commit { $commit } av en som ikke er godkjenner: { $why }
audit-unsigned = { $what }: commit { $commit } er ikke signert; signatur er påkrevd
audit-bad-signature = { $what }: commit { $commit } har en ugyldig signatur (endret etter at den ble signert?); signatur er påkrevd
audit-unknown-key = { $what }: commit { $commit } er signert med en nøkkel som { $signers } ikke lister opp; signatur er påkrevd
audit-unknown-key-named = { $what }: commit { $commit } er signert med en nøkkel som { $signers } ikke lister opp ({ $key }); signatur er påkrevd
audit-digest-missing = { $what } ble lagt til i commit { $commit }: dpia_digest mangler, så beslutningen kan ikke knyttes til [dpia] slik den ble lagret sammen med den
audit-digest-unreadable = { $what } ble lagt til i commit { $commit }: dpia_digest kan ikke sammenlignes med [dpia] som ble lagret sammen med den (uleselig)
audit-digest-mismatch = { $what } ble lagt til i commit { $commit }: dpia_digest stemmer ikke med [dpia] som ble lagret sammen med den
audit-backdated = { $what } ble lagret { $days } dager etter beslutningsdatoen (commit { $commit }) uten `Backdated: yes`: tilbakedatert uten at det er oppgitt
audit-other-committer = { $what }: commit { $commit } er signert med nøkkelen til { $signer }, men lagret som { $committer }; signatur er påkrevd
audit-trailer-assessment = { $what } ble lagt inn i { $account } i commit { $commit }, men commit-meldingen sier `Assessment: { $said }`
audit-trailer-decision = { $what } ble lagt inn i commit { $commit }, men commit-meldingen sier `Decision: { $said }`
audit-policy-not-approver = { $what } i commit { $commit } av en som ikke er godkjenner: { $why }
audit-since = Kontrollerte commitene etter { $commit } ({ $whence }).
audit-since-policy = somevakt.toml [approvers] audit_since: beslutningene som allerede var i arkivet da, ble importert
audit-since-flag = --since
audit-no-decisions = Ingen beslutninger er registrert i den kontrollerte historikken.
audit-earlier-heading = Beslutninger registrert før --since og endret senere:
audit-policy-heading = Endringer i retningslinjene:
audit-unreadable = merk: { $path } i { $commit } kunne ikke leses ({ $why }); beslutningene i filen kontrolleres der den kan leses
audit-decision-line = beslutning nr. { $position } av { $date }: { $outcome }
audit-entry-no-date = (uten dato)
audit-entry-no-outcome = (uten utfall)
audit-added-line = lagt til i { $commit }  { $when }  av { $who }
audit-approver-yes = ja
audit-approver-no = nei ({ $why })
audit-checks-line = godkjenner: { $approver } · signatur: { $signature } · sjekksum: { $digest }
audit-trailers-line = trailere: { $trailers }
audit-correction-line = rettet i { $commit } av { $who }: { $fields } (begrunnelse: { $reason })
audit-trailers-none = ingen
audit-policy-line = { $commit }  { $when }  av { $who } · signatur: { $signature }
audit-count-decisions = { $count ->
    [one] { $shown } beslutning
   *[other] { $shown } beslutninger
}
audit-count-commits = { $count ->
    [one] { $shown } commit
   *[other] { $shown } commiter
}
audit-count-policy-changes = { $count ->
    [one] { $shown } endring i retningslinjene
   *[other] { $shown } endringer i retningslinjene
}
audit-count-violations = { $count ->
    [one] { $shown } brudd
   *[other] { $shown } brudd
}
audit-summary-head = { $decisions } i { $commits }, { $signed } med gyldig signatur, { $policy }
audit-summary-intact = audit: sporet er intakt: { $head }
audit-summary-violations = audit: { $violations } ({ $kinds }): { $head }
audit-count-by-hand = { $count ->
    [one] { $shown } skrevet inn for hånd
   *[other] { $shown } skrevet inn for hånd
}
audit-by-hand-line = skrevet inn for hånd: ingen godkjennere er navngitt og signatur er valgfri, så dette er til orientering, ikke et brudd
audit-why-policy-unreadable = retningslinjene som gjaldt, kunne ikke leses ({ $reason })
audit-why-key-of-non-approver = signert med nøkkelen til { $signer }, som ikke er godkjenner
audit-why-unsigned = ikke signert, og godkjennerne kjennes igjen på nøklene sine
audit-why-not-approvers-key = ikke signert med en godkjenners nøkkel (signatur: { $verdict })
audit-why-not-listed = { $email } står ikke på listen over godkjennere
audit-edit-added = somevakt.toml lagt til
audit-edit-removed = somevakt.toml fjernet: standardverdiene gjelder
audit-edit-made-unreadable = somevakt.toml gjort uleselig ({ $reason })
audit-edit-approver-added = godkjenner lagt til: { $who }
audit-edit-approver-removed = godkjenner fjernet: { $who }
audit-edit-signing-required = signatur: valgfri -> påkrevd
audit-edit-signing-optional = signatur: påkrevd -> valgfri
audit-edit-allowed-signers = allowed_signers: { $before } -> { $after }
audit-edit-audit-since = audit_since: { $before } -> { $after }
audit-edit-no-file = (ingen)
audit-edit-key-added = signeringsnøkkel lagt til for { $who }
audit-edit-key-removed = signeringsnøkkel fjernet for { $who }
audit-edit-edited-only = somevakt.toml endret uten at godkjennerne ble endret
usage-repeated = { $argument } kan bare oppgis én gang
audit-signature-good = gyldig
audit-signature-bad = ugyldig
audit-signature-unknown-key = ukjent nøkkel
audit-signature-none = ingen
audit-digest-match = stemmer
audit-digest-differs = stemmer ikke
audit-digest-none = mangler
audit-digest-cannot-read = kan ikke leses
template-heading = Vurdering av { $name }, opprettet { $date } med `somevakt new`.
template-fill-in = Fyll ut hver del; `somevakt check` viser hva som fortsatt mangler.
template-manager = nærmeste leder som har godkjent kanalen
man-heading-name = Navn
man-heading-synopsis = Bruk
man-heading-description = Beskrivelse
man-heading-options = Valg
man-heading-commands = Kommandoer
man-heading-exit-status = Avslutningsstatus
man-heading-environment = Miljøvariabler
man-heading-files = Filer
man-heading-examples = Eksempler
man-heading-see-also = Se også
man-exit-0 = Alt er i orden: ingen ugyldig fil, ingen alvorlige funn, ingenting over fristen, ingen brudd i beslutningssporet; eller registreringen ble committet.
man-exit-1 = check fant en ugyldig fil eller et alvorlig funn; remind fant noe over fristen; audit fant et brudd i beslutningssporet.
man-exit-2 = Kommandoen kunne ikke kjøres: ikke noe arkiv, en ukjent konto, en ugyldig dato eller et ugyldig argument, en registrering som ble avvist. Én linje på standard feil sier hvorfor.
man-env-lang = Språket: nb, nn, sv eller en (etter --lang, før språkinnstillingen).
man-env-locale = Språkinnstillingen, lest slik gettext leser den: listen i LANGUAGE (nn:nb:en) når innstillingen ikke er C eller POSIX, deretter LC_ALL, LC_MESSAGES, LANG.
man-env-today = Vurder som på denne dagen (ÅÅÅÅ-MM-DD), som --today; registreringer får den virkelige datoen.
man-env-no-color = Satt: ingen farger.
man-env-editor = Redigeringsprogrammet for e i oversikten, valgt slik Git velger det (også core.editor).
man-env-config = Hvor innstillingene for oversikten ligger: $XDG_CONFIG_HOME/somevakt/config.toml.
man-env-ci = Satt: ingen fremdrift på standard feil.
man-file-policy = Retningslinjene: intervall for ny gjennomgang, varslingsvindu, grenser, godkjennere, signering, språket i rapporter.
man-file-assessments = Én fil per konto i sosiale medier; stien uten .toml er kontoens id.
man-file-config = Fargetemaet og tastene i oversikten.
man-file-cache = Mellomlageret og revisjonens resultater, inne i Git-mappen; kan trygt slettes.
man-example-dashboard = Åpne oversikten over arkivet rundt gjeldende mappe.
man-example-remind = Det som er over fristen eller forfaller de neste to ukene; avslutter med 1 når noe er over fristen.
man-example-decide = Registrer ledelsens beslutning om en konto.
man-example-check = Ugyldige filer og alvorlige funn, for en CI-jobb.
man-example-init = Start vurderingsarkivet for en ny kommune.
man-no-such-command = ingen kommando { $command }: somevakt --help viser dem
help-man-command = Kommandoen som siden gjelder.
help-man-dir = Skriv alle sidene (somevakt.1, somevakt-decide.1, …) i denne mappen i stedet.
when-in-days-short = om { $days } d
when-overdue-short = { $days } d over frist

# --as-of: hvilken commit en rapport om fortiden er lest fra.
as-of-header = Per { $day }: registeret slik det ble lagret i commit { $commit } ({ $committed }).

# somevakt trend: registeret over tid.
trend-title = Registeret ved utgangen av { $step ->
    [kvartal] hvert kvartal
   *[other] hver { $step }
}, slik det er lagret i Git
trend-step-week = uke
trend-step-month = måned
trend-step-quarter = kvartal
trend-day = Dag
trend-commit = Commit
trend-accounts = Kontoer
trend-approved = Godkjente
trend-conditional = Med vilkår
trend-not-approved = Ikke godkjente
trend-pending = Ikke behandlet
trend-reapproval = Ny godkjenning
trend-reviews-overdue = Gjennomgang over fristen
trend-reviews-soon = Gjennomgang snart
trend-inactive = Inaktive
trend-snapshots-missing = Uten øyeblikksbilde
trend-snapshots-old = Øyeblikksbilde for gammelt
trend-invalid = Ugyldige filer
trend-errors = Med feil
trend-nothing = Ingen dag faller mellom --from og --to.
# status --format xlsx: sheet names (at most 31 characters) and column headers
xlsx-sheet-accounts = Kontoer
xlsx-sheet-findings = Funn
xlsx-sheet-invalid = Ugyldige filer
xlsx-col-id = Konto
xlsx-col-municipality = Kommune
xlsx-col-platform = Plattform
xlsx-col-name = Navn
xlsx-col-owner-unit = Ansvarlig enhet
xlsx-col-status = Status
xlsx-col-approval = Godkjenning
xlsx-col-review = Gjennomgang
xlsx-col-review-due = Gjennomgang innen
xlsx-col-review-in-days = Dager til gjennomgang
xlsx-col-activity = Aktivitet
xlsx-col-last-post = Siste innlegg
xlsx-col-snapshots = Øyeblikksbilder
xlsx-col-last-snapshot = Siste øyeblikksbilde
xlsx-col-errors = Feil
xlsx-col-warnings = Advarsler
xlsx-col-path = Fil
xlsx-col-finding = Funn
xlsx-col-severity = Alvorlighet
xlsx-col-message = Hva som mangler
xlsx-col-fix = Hva som retter det
xlsx-col-source = Kilde
xlsx-col-line = Linje
xlsx-col-column = Kolonne
xlsx-col-problem = Problem
xlsx-to-terminal = en arbeidsbok er en binærfil: skriv den med -o FIL (f.eks. -o status.xlsx) eller send standard ut til en fil

# somevakt overview: flere kommuner.
overview-several-title = Kommunene, hver slik den sist ble hentet fra sitt eget depot
overview-several-title-as-of = Kommunene slik de var lagret { $day }, hver i sitt eget depot
overview-municipality = Kommune
overview-commit = Commit
overview-unread = { $name }: ikke lest: { $problem }
overview-fetch-failed = { $name }: hentingen { $at } mislyktes ({ $error }); viser hentingen fra { $good }
overview-sync-moved = { $name }: hentet, nye commits
overview-sync-same = { $name }: hentet, ingenting nytt
overview-sync-rewritten = { $name }: hentet, men grenen er skrevet om (force-push): { $old } er ikke lenger i historikken, nå { $new }
overview-sync-failed = { $name }: hentingen mislyktes ({ $error }); speilet beholder hentingen fra { $good }
overview-sync-done = { $total } kommuner, { $failed } mislyktes

# Hjelpetekster for --as-of, trend og overview.
help-arg-manifest = Listen over kommuner (standard: overview.toml her).
help-overview = Flere kommuner: én rad for hver, lest fra deres egne depoter slik de sist ble hentet (`overview sync` henter dem).
help-overview-format = Utskrift: tabell for mennesker, JSON og CSV for verktøy.
help-arg-as-of = status, check, remind: arkivet slik det var registrert ved slutten av denne dagen (ÅÅÅÅ-MM-DD) på gjeldende gren, eller i denne commiten, vurdert på den dagen. Leses bare fra Git, aldri fra arbeidsmappen.
help-trend = Tallene for arkivet ved slutten av hver uke, måned eller hvert kvartal, slik de er registrert i Git (standard: de siste 12 månedene, per måned).
help-trend-from = Den første dagen (standard: et år før --to).
help-trend-to = Den siste dagen (standard: i dag).
help-trend-step = Hvor ofte: week (uke), month (måned) eller quarter (kvartal).
help-trend-format = Utskrift: tabell for mennesker, JSON eller CSV for verktøy.
