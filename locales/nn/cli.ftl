# somevakt sine meldingar på nynorsk. Berre meldingane der nynorsken skil
# seg frå bokmålet står her; alle andre kjem frå locales/nb/, ei melding om
# gongen. Orda følgjer ordlista (docs/glossary.md): vurdering av
# personvernkonsekvensar (DPIA), avgjerd frå leiinga, godkjend / godkjend
# med vilkår / ikkje godkjend, førehandsdrøfting med Datatilsynet.

-dpia = vurderinga av personvernkonsekvensar (DPIA)

## Datoar og avstandar

when-in-days = om { $days } { $days ->
    [one] dag
   *[other] dagar
}
when-overdue = { $days } { $days ->
    [one] dag
   *[other] dagar
} for seint

## Tal

count-accounts = { $count ->
    [one] { $count } konto
   *[other] { $count } kontoar
}
count-reminders = { $count ->
    [one] { $count } påminning
   *[other] { $count } påminningar
}
count-invalid-files = { $count ->
    [one] { $count } ugyldig fil
   *[other] { $count } ugyldige filer
}
count-warnings = { $count ->
    [one] { $count } åtvaring
   *[other] { $count } åtvaringar
}

## Tilstandar

account-planned = planlagd
account-closing = vert avvikla
account-closed = avvikla
approval-pending = ikkje behandla
approval-approved = godkjend
approval-conditionally-approved = godkjend med vilkår
approval-not-approved = ikkje godkjend
approval-needs-reapproval = må godkjennast på nytt
review-due-soon = forfell snart
activity-unknown = ukjend
activity-not-applicable = ikkje aktuelt
snapshots-due-soon = forfell snart
snapshots-missing = manglar
snapshots-not-applicable = ikkje aktuelt

## somevakt status

status-header-snapshots = ØYEBLIKKSBILETE
status-findings = { $errors }F { $warnings }Å
status-summary = { $accounts }: { $approved } { $approved ->
    [one] godkjend
   *[other] godkjende
}, { $conditionally } { $conditionally ->
    [one] godkjend
   *[other] godkjende
} med vilkår, { $not_approved } ikkje { $not_approved ->
    [one] godkjend
   *[other] godkjende
}, { $pending } ikkje behandla, { $reapproval } må godkjennast på nytt; gjennomgangar: { $reviews_overdue } over fristen, { $reviews_due } forfell snart; { $inactive } { $inactive ->
    [one] inaktiv
   *[other] inaktive
}; øyeblikksbilete: { $snapshots_missing } manglar, { $snapshots_overdue } for gamle; { $invalid }

## somevakt remind

remind-heading = Påminningar per { $today } (innan { $days } { $days ->
    [one] dag
   *[other] dagar
})
remind-due-within = Forfell innan { $days } { $days ->
    [one] dag
   *[other] dagar
}
remind-nothing = Ingenting er over fristen eller forfell innan { $days } { $days ->
    [one] dag
   *[other] dagar
} ({ $accounts } kontrollerte).
remind-summary = { $reminders } for { $accounts }: { $overdue } over fristen, { $coming } forfell innan { $days } { $days ->
    [one] dag
   *[other] dagar
}.
remind-skipped = { $count ->
    [one] 1 ugyldig fil vart hoppa over
   *[other] { $count } ugyldige filer vart hoppa over
}; køyr `somevakt check` for å sjå { $count ->
    [one] henne
   *[other] dei
}
reminder-review = Ny gjennomgang av DPIA
reminder-conditions = Vilkåra for godkjenninga
reminder-snapshot = Årleg øyeblikksbilete
reminder-inactive = Inaktiv: oppdater eller avvikle
reminder-closing-snapshot = Øyeblikksbilete før avvikling
todo-review-decided = Gå gjennom { -dpia } og legg ho fram for leiinga (avgjerd { $date })
todo-conditions = Oppfyll vilkåra og legg den reviderte vurderinga fram for leiinga: { $conditions }
todo-conditions-unnamed = Oppfyll vilkåra og legg den reviderte vurderinga fram for leiinga
todo-snapshot-after = Arkiver eit øyeblikksbilete (det siste er frå { $date })
todo-first-snapshot = Arkiver eit øyeblikksbilete: det er aldri teke noko
todo-inactive = Ingen innlegg sidan { $date }: oppdater kontoen eller avvikle han
todo-closing-snapshot = Arkiver eit øyeblikksbilete før kontoen vert avvikla (kind = "before_closing")

## somevakt check

check-source = kjelde
fix-key = `{ $key }` i oversynet
fix-write = skriv { $keys }
check-failed = FEILA

## somevakt log og init

log-none = Ingen commit har endra { $path } enno.
init-done = Oppretta vurderingsarkivet til { $municipality } i { $dir } (første commit { $commit }).
init-next = Neste steg: legg til ein konto med `somevakt new { $slug }/KONTO --municipality "{ $municipality }" --platform facebook --name NAMN`, og før inn avgjerdene frå leiinga med `somevakt decide`.
init-commit = Start vurderingsarkivet til { $municipality }
init-policy-title = Retningslinjer for vurderingsarkivet til { $municipality }.
init-policy-intro = Rettleiaren set ingen frist for ny gjennomgang og inga grense for inaktivitet: dette er standardverdiar; endre dei og skriv grunngivinga i commit-meldinga.
init-policy-language = språk i rapportar som vert køyrde utan språkinnstilling (CI): nb, nn, sv eller en
init-policy-review = ei avgjerd vert gjennomgått på nytt så mange månader etter datoen
init-policy-window = kor mange dagar før fristen gjennomgangar, vilkår og øyeblikksbilete «forfell snart»
init-policy-inactive = ingen innlegg på lenger enn så mange dagar: inaktiv
init-policy-snapshot = det årlege øyeblikksbiletet kan vere høgst så mange månader gammalt
init-policy-high-risk = tenesteområde der KS rår frå bruk av sosiale medium
init-policy-domains = domene for e-postadresser på jobb; tom: vert ikkje kontrollert
init-policy-approvers = Kven som kan føre inn avgjerder (e-posten til Git-forfattaren). Tom: alle med skrivetilgang.
init-readme =
    # Sosiale medium i { $municipality }: vurderingar og avgjerder

    Dette Git-arkivet inneheld vurderingane av personvernkonsekvensar (DPIA)
    og avgjerdene frå leiinga for kontoane til { $municipality } i sosiale
    medium, éi fil per konto under `assessments/{ $slug }/`. Git-historikken
    er sporet: kvar avgjerd er ein commit. Kommunen er behandlingsansvarleg.

    ## Dagleg bruk

    - `somevakt` opnar oversynet: godkjenning, frist for ny gjennomgang,
      aktivitet, øyeblikksbilete og funn for kvar konto.
    - `somevakt new { $slug }/facebook-kommunen --municipality "{ $municipality }" --platform facebook --name "Namn"`
      startar vurderinga av ein ny konto; fyll ut fila han lagar.
    - `somevakt decide { $slug }/facebook-kommunen --outcome approved --body "Kommunedirektøren si leiargruppe" --rationale "..."`
      fører inn avgjerda frå leiinga (approved = godkjend,
      conditionally_approved = godkjend med vilkår, not_approved = ikkje godkjend).
    - `somevakt remind` viser kva som er over fristen eller forfell snart (nye
      gjennomgangar, vilkår, årlege øyeblikksbilete, inaktive kontoar);
      `somevakt remind --format ics` gir ein kalender.
    - `somevakt check` avsluttar med kode 1 når ei fil er ugyldig eller eit
      alvorleg funn er ope: køyr han før du sender endringar, og i CI.

    Når restrisikoen er høg, må kommunen vurdere førehandsdrøfting med
    Datatilsynet. Retningslinjene (fristar, varslingsvindauge, grense for
    inaktivitet, tenesteområde med høg risiko) står i `somevakt.toml`.
    `somevakt --help` og `man somevakt` skildrar alle kommandoane.

## --help

help-about = Vurderingar av personvernkonsekvensar for kontoane til kommunen i sosiale medium, lagra i Git
help-long-about = Utan underkommando vert oversynet over arkivet opna (utan terminal vert `status` skriven ut).
help-heading-arguments = Argument
help-heading-commands = Kommandoar
help-help-command = Vis denne hjelpa eller hjelpa til ein underkommando
help-status = Godkjenning, gjennomgang, aktivitet, øyeblikksbilete og funn for kvar konto.
help-check = Ugyldige filer og alvorlege funn; avsluttar med kode 1 når det finst nokon.
help-remind = Kva som er over fristen eller forfell snart; avsluttar med kode 1 når noko er over fristen.
help-decide = Fører inn avgjerda frå leiinga (godkjend, godkjend med vilkår, ikkje godkjend).
help-snapshot = Fører inn eit arkivert øyeblikksbilete av kontoen.
help-activity = Fører inn datoen for det siste innlegget på kontoen.
help-close = Markerer at kontoen vert avvikla (eller er avvikla), med grunngiving.
help-new = Lagar ei ny vurderingsfil frå malen.
help-log = Git-historikken til fila for ein konto, med trailerar.
help-audit = Kontrollerer avgjerdssporet i Git: kven som godkjende kva, signert av kven, og om nokon avgjerd er endra sidan; avsluttar med 1 ved brot.
help-init = Startar eit nytt vurderingsarkiv for ein kommune i ei tom mappe.
help-man = Skriv ut brukarrettleiinga (man-side, roff) på standard ut.

## Registreringar

record-done = Registrerte «{ $subject }» i commit { $commit }
cli-warning = åtvaring
refusal-not-approver = berre godkjennarane i somevakt.toml kan registrere avgjerder, og { $who } er ikkje ein av dei
refusal-invalid-policy = { $reason }: rett somevakt.toml først; ingenting vert registrert så lenge retningslinjene er ugyldige

## Feil

repo-not-found = fann ikkje noko vurderingsarkiv i { $dir }: inga assessments/-mappe der, og mappa er ikkje i eit Git-arkiv (bruk --repo MAPPE)
account-unknown = ingen konto { $id }: { $path } finst ikkje
usage-unknown-argument = uventa argument { $argument }
usage-unknown-command = ukjend kommando { $command }
usage-missing-required = desse argumenta må givast: { $arguments }
usage-missing-value = { $argument } treng ein verdi
usage-invalid-value-one-of = ugyldig verdi { $value } for { $argument }: gyldige verdiar er { $accepted }
usage-repeated = { $argument } kan berre givast éin gong
usage-did-you-mean = { $message }; meinte du { $suggestion }?

## somevakt audit: avgjerdssporet

audit-decision-of = avgjerda av { $date } ({ $outcome })
audit-no-decisions = Ingen avgjerder er registrerte i den kontrollerte historikken.
audit-decision-line = avgjerd nr. { $position } av { $date }: { $outcome }
audit-count-decisions = { $count ->
    [one] { $shown } avgjerd
   *[other] { $shown } avgjerder
}
audit-count-violations = { $count ->
    [one] { $shown } brot
   *[other] { $shown } brot
}
audit-summary-intact = audit: sporet er intakt: { $head }
audit-checks-line = godkjennar: { $approver } · signatur: { $signature } · sjekksum: { $digest }
template-heading = Vurdering av { $name }, oppretta { $date } med `somevakt new`.
template-fill-in = Fyll ut kvar del; `somevakt check` viser kva som framleis manglar.
template-manager = nærmaste leiar som har godkjent kanalen
