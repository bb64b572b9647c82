# Funna på nynorsk; berre det som skil seg frå bokmålet.

f01 = I bruk utan fullført vurdering av personvernkonsekvensar (DPIA): { $missing }
f01-fix = Fullfør { -dpia } og skriv dato og føremål i fila
f02-pending = I bruk utan godkjenning: inga avgjerd frå leiinga er registrert
f02-pending-fix = Legg { -dpia } fram for leiinga og registrer avgjerda
f02-not-approved = I bruk utan godkjenning: leiinga godkjende ho ikkje, så kontoen skal ikkje brukast
f02-changed = I bruk utan godkjenning: DPIA-en er endra etter siste avgjerd, som ikkje lenger dekkjer henne
f02-reapproval-fix = Legg den endra DPIA-en fram for leiinga og registrer den nye avgjerda
f03-fix = Oppfyll vilkåra og legg den reviderte DPIA-en fram for leiinga på nytt
f04 = Godkjend etter { $count } behandlingar med framleis høg restrisiko: kommunen må be om førehandsdrøfting med { $authority }
f04-empty = Godkjend etter { $count } behandlingar med framleis høg restrisiko: kommunen må be om førehandsdrøfting med { $authority } ([prior_consultation] har ingen dato for førespurnaden)
f04-fix = Be om førehandsdrøfting med { $authority } og registrer førespurnaden
f05 = Fristen for ny gjennomgang av DPIA-en var { $due }: plattformer og vilkår endrar seg, vurder på nytt
f05-fix = Gå gjennom DPIA-en og legg henne fram for leiinga, eller set dato for neste gjennomgang
f10 = Kontoen når ut til sårbare grupper ({ $groups }), og då gjeld strengare krav
f12 = Inaktiv sidan { $since }: oppdater kontoen eller avvikle han
f13-no-editor = Ingen gjeldande redaktør: kanalen kan bli ståande utan tilsyn
f16 = Inga arkiveringsrutine (archive.routine_ref): ingenting vert teke vare på automatisk
f17-never = Det er aldri arkivert noko øyeblikksbilete
f17-old = Siste øyeblikksbilete er frå { $date }, meir enn { $months } månader sidan
f17-fix = Arkiver eit øyeblikksbilete av kontoen og registrer det
f18 = Vert avvikla utan eit øyeblikksbilete arkivert før avviklinga (kind = "before_closing")
f18-fix = Registrer eit øyeblikksbilete av typen before_closing
f21 = Datert etter i dag ({ $today }), difor ikkje medrekna: { $entries }
f21-fix = Rett datoen i fila
f22 = Avgjerda frå { $date } har ingen dpia_digest: ingen kan sjå om DPIA-en er endra sidan
group-children = born
group-youth = ungdom
group-elderly = eldre
findings-heading = Funn ({ $errors } feil, { $warnings ->
        [one] 1 åtvaring
       *[other] { $warnings } åtvaringar
    })
findings-none = Ingenting fell utanfor rettleiaren
severity-warning = åtvaring
fix-source-label = kjelde
fix-enter-does-it = Enter gjer det
fix-action-decide = registrer ei avgjerd frå leiinga
fix-action-snapshot = registrer det arkiverte øyeblikksbiletet
fix-action-activity = registrer siste innlegget
fix-action-close = registrer avviklinga
