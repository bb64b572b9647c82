# Funnene på norsk bokmål: meldingen og hva som retter dem.
# Begrepene er felles med cli.ftl (se docs/i18n.md, ordlisten).

## Meldingen og tiltaket for hvert funn, én melding per funn og undertilfelle.
## Datoer skrives som i løpende tekst (15. januar 2025).

f01 = I bruk uten fullført vurdering av personvernkonsekvenser (DPIA): { $missing }
f01-no-completed = ingen dato for når DPIA-en ble fullført (dpia.completed)
f01-no-dpia-purpose = DPIA-en har ikke noe formål (dpia.purpose)
f01-no-account-purpose = kontoen har ikke noe formål (account.purpose)
f01-fix = Fullfør { -dpia } og skriv dato og formål i filen
f02-pending = I bruk uten godkjenning: ingen beslutning fra ledelsen er registrert
f02-pending-fix = Legg { -dpia } fram for ledelsen og registrer beslutningen
f02-not-approved = I bruk uten godkjenning: ledelsen godkjente den ikke, så kontoen skal ikke brukes
f02-not-approved-fix = Slutt å bruke kontoen og avvikle den, eller legg en revidert DPIA fram for ledelsen på nytt
f02-changed = I bruk uten godkjenning: DPIA-en er endret etter siste beslutning, som ikke lenger dekker den
f02-changed-fix = Legg den endrede DPIA-en fram for ledelsen og registrer den nye beslutningen (historikken viser hvilke [dpia]-nøkler som er endret)
f02-reapproval-fix = Legg den endrede DPIA-en fram for ledelsen og registrer den nye beslutningen
f02-changed-keys-fix = Legg den endrede DPIA-en fram for ledelsen og registrer den nye beslutningen; endret siden beslutningen: { $keys }
f03-no-conditions = ingen vilkår oppført
f03-overdue = Fristen for vilkårene var { $due }, og ingen ny beslutning er registrert: { $conditions }
f03-due = Godkjent med vilkår; den reviderte DPIA-en skal tilbake til ledelsen innen { $due }: { $conditions }
f03-no-due = Godkjent med vilkår uten frist for vilkårene: { $conditions }
f03-fix = Oppfyll vilkårene og legg den reviderte DPIA-en fram for ledelsen på nytt
f04 = Godkjent etter { $count } behandlinger med fortsatt høy restrisiko: kommunen må be om forhåndsdrøftelse med { $authority }
f04-empty = Godkjent etter { $count } behandlinger med fortsatt høy restrisiko: kommunen må be om forhåndsdrøftelse med { $authority } ([prior_consultation] har ingen dato for anmodningen)
f04-fix = Be om forhåndsdrøftelse med { $authority } og registrer anmodningen
f05 = Fristen for ny gjennomgang av DPIA-en var { $due }: plattformer og vilkår endrer seg, vurder på nytt
f05-no-date = Fristen for ny gjennomgang av DPIA-en er passert: plattformer og vilkår endrer seg, vurder på nytt
f05-fix = Gå gjennom DPIA-en og registrer gjennomgangen; er den endret, legg den fram for ledelsen
f06 = Behandlingsgrunnlaget er ufullstendig: { $missing }
f06-no-article = ikke noe behandlingsgrunnlag (dpia.legal_basis.article)
f06-no-supplementary = art. 6 nr. 1 bokstav e uten supplerende rettsgrunnlag (supplementary)
f06-no-lia = art. 6 nr. 1 bokstav f uten interesseavveining (lia_ref)
f06-no-art26 = felles behandlingsansvar uten ordning etter art. 26 (art26_arrangement)
f06-fix = Vurder behandlingsgrunnlaget før behandlingen starter, og skriv det i DPIA-en
f07-not-assessed = DPIA-en vurderer ikke overføringen til tredjeland ([dpia.transfer])
f07-not-assessed-fix = Vurder om personopplysninger forlater EØS, og på hvilket grunnlag
f07-unknown = DPIA-en sier ikke om personopplysninger forlater EØS (dpia.transfer.third_country)
f07-unknown-fix = Angi om personopplysninger overføres til et tredjeland
f07-no-mechanism = Personopplysninger overføres til tredjeland uten overføringsgrunnlag (dpia.transfer.mechanism)
f07-no-mechanism-fix = Angi et gyldig overføringsgrunnlag: beslutning om tilstrekkelig beskyttelsesnivå (adequacy), standard personvernbestemmelser (scc) eller bindende virksomhetsregler (bcr)
f07-no-tia = Overføring etter standard personvernbestemmelser eller bindende virksomhetsregler uten vurdering av overføringen (dpia.transfer.tia_ref)
f07-no-tia-fix = Vurder lovgivningen i tredjelandet og ekstra tiltak (Schrems II), og skriv referansen
f08-no-risks = DPIA-en ble fullført { $completed } uten å nevne en eneste risiko
f08-no-risks-fix = Vurder risikoene per personvernmål, med tiltak og restrisiko
f08 = { $risks }
f08-risk-number = risiko { $number }
f08-lacks-both = «{ $risk }» har verken tiltak eller restrisiko
f08-lacks-measures = «{ $risk }» har ingen tiltak
f08-lacks-residual = «{ $risk }» har ingen restrisiko
f08-fix = Gi hver risiko tiltak og restrisiko
f09-area = KS fraråder sosiale medier i tjenesteområdet «{ $area }» (retningslinjer: { $entry })
f09-area-fix = Vurder kanalen på nytt: informer gjennom kommunens hovedkanaler, eller avvikle den
f09-case-handling = Åpne sosiale medier skal ikke brukes til saksbehandling; bruk dem bare til informasjon
f09-case-handling-fix = Flytt saksbehandlingen til kommunens egne kanaler og sett account.usage til information
f09-dialogue = Brukes til dialog: KS anbefaler ren informasjon
f09-dialogue-fix = Begrens kontoen til informasjon, eller skriv hvorfor dialog på denne plattformen er begrunnet (account.dialogue_justification)
f10 = Kontoen når ut til sårbare grupper som DPIA-en ikke vurderer risikoen for ({ $groups }), og da gjelder strengere krav
f10-fix = Vurder risikoen for hver gruppe i DPIA-en: en [[dpia.risks]]-oppføring med tiltak, som nevner gruppen i groups
f11-unmoderated = Kommentarer er slått på, men ingen modererer dem: moderer eller slå av kommentarer
f11-unmoderated-fix = Moderer daglig i kontortiden, eller slå av kommentarer
f11 = Moderering: { $missing }
f11-seldom = moderert sjeldnere enn daglig i kontortiden
f11-no-frequency = ingen modereringshyppighet (moderation.frequency)
f11-no-category-a = ingen kategori A for kommentarer som krever rask respons (moderation.categories.a)
f11-fix = Organiser modereringen slik veilederen ber om
f12 = Inaktiv siden { $since }: oppdater kontoen eller avvikle den
f12-no-date = Inaktiv uten registrert innlegg: oppdater kontoen eller avvikle den
f12-fix = Publiser og registrer siste innlegg, eller avvikle kontoen (`c`)
f13-no-editor = Ingen gjeldende redaktør: kanalen kan bli stående uten tilsyn
f13-no-editor-fix = Utpek en ansvarlig redaktør (role = "editor")
f13-no-substitute = Ingen gjeldende stedfortreder ved fravær: kanalen kan bli stående uten tilsyn
f13-no-substitute-fix = Utpek en stedfortreder (role = "substitute")
f14 = Kanalen er ikke godkjent: { $missing }
f14-no-manager = nærmeste leder har ikke godkjent kanalen (responsibility.manager)
f14-not-consulted = ingen har rådført seg med kommunikasjonsenheten (comms_unit_consulted)
f14-fix = La nærmeste leder godkjenne kanalen sammen med kommunikasjonsenheten
f15 = Ressurser: { $missing }
f15-credentials = påloggingsinformasjonen oppbevares ikke sentralt
f15-email = registrert med en e-postadresse utenfor kommunens domener
f15-untrained = ingen registrert opplæring for { $names }
f15-no-hours = ingen timer satt av til oppfølging (hours_per_week)
f15-fix = { $todo }
f15-credentials-fix = overlat påloggingsinformasjonen til kommunikasjonsenheten
f15-email-fix = registrer kontoen med en e-postadresse i jobbsammenheng
f15-untrained-fix = gi { $names } opplæring og registrer datoen
f15-no-hours-fix = sett av timer til oppfølging
f16 = Ingen arkiveringsrutine (archive.routine_ref): ingenting tas vare på automatisk
f16-fix = Bestem hvordan kontoen arkiveres, og oppgi rutinen
f17-never = Det er aldri arkivert noe øyeblikksbilde
f17-old = Siste øyeblikksbilde er fra { $date }, mer enn { $months } måneder siden
f17-fix = Arkiver et øyeblikksbilde av kontoen og registrer det
f18 = Avvikles uten et øyeblikksbilde arkivert før avviklingen (kind = "before_closing")
f18-after-post = Øyeblikksbildet før avviklingen er fra { $date }, før siste innlegg ({ $last_post }): det inneholder ikke alt som er publisert
f18-fix = Registrer et øyeblikksbilde av typen before_closing
f19 = Profilen mangler: { $missing }
f19-privacy-notice = personvernerklæring
f19-house-rules = ordensregler
f19-website = nettsted
f19-sender = opplysning om avsender og formål
f19-fix = Fullfør profilen og skriv hvor hver del står
f20 = Vurderingen går ikke dypt nok: { $missing }
f20-no-ethics = ingen etisk vurdering
f20-no-communication = ingen kommunikasjonskompetanse i DPIA-gruppen
f20-no-privacy = ingen personvernkompetanse i DPIA-gruppen
f20-no-supplier-security = leverandøren dokumenterer ingen informasjonssikkerhet
f20-no-exemption-justification = kunstnerisk unntak uten begrunnelse
f20-fix = Utdyp DPIA-en der den er mangelfull
f21 = Datert etter i dag ({ $today }), derfor ikke medregnet: { $entries }
f21-fix = Rett datoen i filen
f21-decision-fix = Rett datoen i beslutningen med somevakt correct: en beslutning kan bare legges til, og rettelsen registrerer hvilken commit den retter og hvorfor
f22 = Beslutningen fra { $date } har ingen dpia_digest: ingen kan se om DPIA-en er endret siden
f22-fix = Registrer beslutninger med somevakt, som skriver sjekksummen av den DPIA-en beslutningen gjaldt
f26 = Beslutningen fra { $date } er ikke dekket av beslutningssporet (somevakt audit sier hvorfor): den teller ikke, og godkjenningen er ubekreftet
f26-fix = La en som kan godkjenne, registrere beslutningen med somevakt decide, signert med en nøkkel som står i listen over godkjente nøkler
f23-open-with-closing = Kontoen er { $status ->
        [planned] planlagt
       *[other] aktiv
    }, men [closing] registrerer en beslutning om å avvikle den
f23-open-with-closing-fix = Sett status til closing, eller closed hvis kontoen er avviklet, eller fjern [closing]
f23-closing-without = Kontoen { $status ->
        [closing] avvikles
       *[other] er avviklet
    }, men ingen [closing] registrerer hvem som besluttet det, når og hvorfor
f23-closing-without-fix = Registrer beslutningen om avvikling
f24 = dpia.next_review = { $next } er på eller før siste beslutning eller gjennomgang ({ $base }) og blir derfor ikke brukt: gjennomgangssyklusen begynte på nytt da
f24-fix = Fjern dpia.next_review, eller sett en dato etter siste beslutning eller gjennomgang
f25 = Godkjent { $date }, før DPIA-en var ferdig ({ $completed }): ledelsen skal ta stilling til den ferdige vurderingen
f25-no-completed = Godkjent { $date }, men DPIA-en har ingen dato for når den ble ferdig (dpia.completed): ledelsen skal ta stilling til den ferdige vurderingen
f25-fix = Gjør DPIA-en ferdig, skriv datoen den ble ferdig (dpia.completed), og legg den fram for ledelsen til ny beslutning

## Hva hvert kildedokument er, vist ved siden av tittelen.
sources-heading = Veiledningen funnene viser til
source-doc-s0 = kommunesektorens veileder
source-doc-s1 = KS' nyhetssak om veilederen
source-doc-s2 = lysbilder fra Datatilsynet
source-doc-s3 = en svensk kommunes retningslinjer
source-doc-s4 = en statlig rapport

## Hvordan et tiltak vises: tiltakslinjene i detaljene og påminnelsene, tabellen i hjelpen.
findings-heading = Funn ({ $errors } feil, { $warnings ->
        [one] 1 advarsel
       *[other] { $warnings } advarsler
    })
findings-none = Ingenting faller utenfor veilederen
audit-finding = revisjonsfeil
audit-source = Git-historikken (somevakt audit)
severity-error = feil
severity-warning = advarsel
fix-label = Tiltak
fix-source-label = kilde
cite-chapter = kap. { $number }
cite-section = avsnitt «{ $heading }»
cite-foreword = forord
cite-background = bakgrunn: { $sources }
fix-enter-does-it = Enter gjør det
fix-table-heading = Hva som retter et funn eller en påminnelse
fix-table-reminders = { $rules }; påminnelser: { $reminders }
fix-action-decide = registrer en beslutning fra ledelsen
fix-action-review = registrer gjennomgangen av DPIA-en
fix-action-snapshot = registrer det arkiverte øyeblikksbildet
fix-action-activity = registrer siste innlegg
fix-action-close = registrer avviklingen
fix-action-edit = fyll ut vurderingen i redigeringsprogrammet, deretter git commit
group-children = barn
group-youth = ungdom
group-patients = pasienter
group-elderly = eldre
group-disabled = personer med funksjonsnedsettelse
group-refugees = flyktninger og asylsøkere
