# Anmärkningarna F01-F23 på svenska: meddelandet och vad som åtgärdar det.
# Begreppen delas med cli.ftl (se docs/i18n.md, ordlistan).

## Varje anmärknings meddelande och åtgärd, ett meddelande per anmärkning och fall.
## Datum skrivs som i löpande text (15 januari 2025).

f01 = Används utan slutförd konsekvensbedömning avseende dataskydd: { $missing }
f01-no-completed = inget datum då konsekvensbedömningen slutfördes (dpia.completed)
f01-no-dpia-purpose = konsekvensbedömningen anger inget syfte (dpia.purpose)
f01-no-account-purpose = kontot har inget angivet syfte (account.purpose)
f01-fix = Slutför { -dpia } och skriv dess datum och syften i filen
f02-pending = Används utan godkännande: inget beslut av ledningen är registrerat
f02-pending-fix = Lägg fram { -dpia } för ledningen och registrera beslutet
f02-not-approved = Används utan godkännande: ledningen godkände det inte, så kontot får inte användas
f02-not-approved-fix = Sluta använda kontot och stäng ned det, eller lägg fram en reviderad konsekvensbedömning för ledningen igen
f02-changed = Används utan godkännande: konsekvensbedömningen har ändrats sedan det senaste beslutet, som inte längre täcker den
f02-changed-fix = Lägg fram den ändrade konsekvensbedömningen för ledningen och registrera det nya beslutet (historiken visar vilka [dpia]-nycklar som ändrats)
f02-reapproval-fix = Lägg fram den ändrade konsekvensbedömningen för ledningen och registrera det nya beslutet
f02-changed-keys-fix = Lägg fram den ändrade konsekvensbedömningen för ledningen och registrera det nya beslutet; ändrat sedan beslutet: { $keys }
f03-no-conditions = inga villkor angivna
f03-overdue = Villkoren skulle vara uppfyllda { $due } och inget nytt beslut är registrerat: { $conditions }
f03-due = Villkorat godkänd; den reviderade konsekvensbedömningen går tillbaka till ledningen senast { $due }: { $conditions }
f03-no-due = Villkorat godkänd utan datum för villkoren: { $conditions }
f03-fix = Uppfyll villkoren och lägg fram den reviderade konsekvensbedömningen för ledningen igen
f04 = Godkänd efter { $count } behandlingar med fortsatt hög restrisk: förhandssamråd med { $authority } måste begäras
f04-empty = Godkänd efter { $count } behandlingar med fortsatt hög restrisk: förhandssamråd med { $authority } måste begäras ([prior_consultation] saknar datum för begäran)
f04-fix = Begär förhandssamråd med { $authority } och registrera begäran
f05 = Översynen av konsekvensbedömningen skulle ha gjorts { $due }: plattformar och villkor ändras, bedöm på nytt
f05-no-date = Översynen av konsekvensbedömningen är försenad: plattformar och villkor ändras, bedöm på nytt
f05-fix = Se över konsekvensbedömningen och registrera översynen; har den ändrats, lägg fram den för ledningen
f06 = Den rättsliga grunden är ofullständig: { $missing }
f06-no-article = ingen rättslig grund (dpia.legal_basis.article)
f06-no-supplementary = artikel 6.1 e utan kompletterande rättslig grund (supplementary)
f06-no-lia = artikel 6.1 f utan intresseavvägning (lia_ref)
f06-no-art26 = gemensamt personuppgiftsansvar utan arrangemang enligt art. 26 (art26_arrangement)
f06-fix = Bedöm den rättsliga grunden innan behandlingen börjar och skriv den i konsekvensbedömningen
f07-not-assessed = Konsekvensbedömningen bedömer inte överföringen till tredjeland ([dpia.transfer])
f07-not-assessed-fix = Bedöm om personuppgifter lämnar EES, och på vilken grund
f07-unknown = Konsekvensbedömningen säger inte om personuppgifter lämnar EES (dpia.transfer.third_country)
f07-unknown-fix = Ange om personuppgifter förs över till ett tredjeland
f07-no-mechanism = Personuppgifter förs över till tredjeland utan överföringsmekanism (dpia.transfer.mechanism)
f07-no-mechanism-fix = Ange en giltig grund för överföringen: beslut om adekvat skyddsnivå (adequacy), standardiserade dataskyddsbestämmelser (scc) eller bindande företagsbestämmelser (bcr)
f07-no-tia = Överföring enligt standardiserade dataskyddsbestämmelser eller bindande företagsbestämmelser utan bedömning av överföringens effekter (dpia.transfer.tia_ref)
f07-no-tia-fix = Bedöm tredjelandets lagstiftning och extra skyddsåtgärder (Schrems II) och skriv referensen
f08-no-risks = Konsekvensbedömningen slutfördes { $completed } utan att nämna en enda risk
f08-no-risks-fix = Bedöm riskerna per dataskyddsmål, med åtgärder och restrisk
f08 = { $risks }
f08-risk-number = risk { $number }
f08-lacks-both = «{ $risk }» saknar åtgärder och restrisk
f08-lacks-measures = «{ $risk }» saknar åtgärder
f08-lacks-residual = «{ $risk }» saknar restrisk
f08-fix = Ge varje risk dess åtgärder och restrisk
f09-area = KS avråder från sociala medier inom verksamhetsområdet «{ $area }» (riktlinjer: { $entry })
f09-area-fix = Ompröva kanalen: informera genom kommunens huvudkanaler, eller stäng ned den
f09-case-handling = Öppna sociala medier får inte användas för ärendehandläggning; använd dem bara för information
f09-case-handling-fix = Flytta ärendehandläggningen till kommunens egna kanaler och sätt account.usage till information
f09-dialogue = Används för dialog: KS rekommenderar enbart information
f09-dialogue-fix = Begränsa kontot till information, eller skriv varför dialog på den här plattformen är motiverad (account.dialogue_justification)
f10 = Kontot når ut till sårbara grupper vars risker konsekvensbedömningen inte bedömer ({ $groups }), och då gäller strängare krav
f10-fix = Bedöm risken för varje grupp i konsekvensbedömningen: en [[dpia.risks]]-post med åtgärder, som nämner gruppen i groups
f11-unmoderated = Kommentarer är påslagna men ingen modererar dem: moderera eller stäng av kommentarer
f11-unmoderated-fix = Moderera dagligen under kontorstid, eller stäng av kommentarer
f11 = Moderering: { $missing }
f11-seldom = modereras mer sällan än dagligen under kontorstid
f11-no-frequency = ingen modereringsfrekvens (moderation.frequency)
f11-no-category-a = ingen kategori A för kommentarer som kräver snabb respons (moderation.categories.a)
f11-fix = Ordna den moderering som riktlinjerna kräver
f12 = Inaktivt sedan { $since }: uppdatera kontot eller stäng ned det
f12-no-date = Inaktivt utan registrerat inlägg: uppdatera kontot eller stäng ned det
f12-fix = Publicera och registrera det senaste inlägget, eller stäng ned kontot (`c`)
f13-no-editor = Ingen aktuell redaktör: kanalen kan lämnas utan uppsikt
f13-no-editor-fix = Utse en ansvarig redaktör (role = "editor")
f13-no-substitute = Ingen aktuell ersättare vid frånvaro: kanalen kan lämnas utan uppsikt
f13-no-substitute-fix = Utse en ersättare (role = "substitute")
f14 = Kanalen är inte godkänd: { $missing }
f14-no-manager = närmaste chef har inte godkänt kanalen (responsibility.manager)
f14-not-consulted = kommunikationsenheten har inte rådfrågats (comms_unit_consulted)
f14-fix = Låt närmaste chef godkänna kanalen tillsammans med kommunikationsenheten
f15 = Resurser: { $missing }
f15-credentials = inloggningsuppgifterna förvaras inte centralt
f15-email = registrerat med en e-postadress utanför kommunens domäner
f15-untrained = ingen registrerad utbildning för { $names }
f15-no-hours = ingen tid avsatt för uppföljning (hours_per_week)
f15-fix = { $todo }
f15-credentials-fix = lämna inloggningsuppgifterna till kommunikationsenheten
f15-email-fix = registrera kontot med en e-postadress i tjänsten
f15-untrained-fix = utbilda { $names } och registrera datumet
f15-no-hours-fix = avsätt tid för uppföljning
f16 = Ingen arkiveringsrutin (archive.routine_ref): inget bevaras automatiskt
f16-fix = Bestäm hur kontot arkiveras och ange rutinen
f17-never = Ingen ögonblicksbild har någonsin arkiverats
f17-old = Den senaste ögonblicksbilden är från { $date }, mer än { $months } månader sedan
f17-fix = Arkivera en ögonblicksbild av kontot och registrera den
f18 = Stängs ned utan en ögonblicksbild arkiverad före nedstängningen (kind = "before_closing")
f18-after-post = Ögonblicksbilden före nedstängningen är från { $date }, före det senaste inlägget ({ $last_post }): den innehåller inte allt som publicerats
f18-fix = Registrera en ögonblicksbild av typen before_closing
f19 = Profilen saknar: { $missing }
f19-privacy-notice = information om personuppgiftsbehandling
f19-house-rules = trivselregler
f19-website = webbplats
f19-sender = uppgift om avsändare och syfte
f19-fix = Komplettera profilen och skriv var varje del finns
f20 = Bedömningen saknar djup: { $missing }
f20-no-ethics = ingen etisk bedömning
f20-no-communication = ingen kommunikationskompetens i gruppen bakom konsekvensbedömningen
f20-no-privacy = ingen dataskyddskompetens i gruppen bakom konsekvensbedömningen
f20-no-supplier-security = leverantören dokumenterar ingen informationssäkerhet
f20-no-exemption-justification = konstnärligt undantag utan motivering
f20-fix = Fördjupa konsekvensbedömningen där den brister
f21 = Daterat efter i dag ({ $today }), räknas därför inte: { $entries }
f21-fix = Rätta datumet i filen
f21-decision-fix = Rätta beslutets datum med somevakt correct: ett beslut får bara läggas till, och rättelsen registrerar vilken commit den rättar och varför
f22 = Beslutet från { $date } har ingen dpia_digest: ingen kan avgöra om konsekvensbedömningen har ändrats sedan dess
f22-fix = Registrera beslut med somevakt, som skriver kontrollsumman för den konsekvensbedömning beslutet gällde
f26 = Beslutet från { $date } stöds inte av beslutsspåret (somevakt audit säger varför): det räknas inte, och godkännandet är obekräftat
f26-fix = Låt någon som får godkänna registrera beslutet med somevakt decide, signerat med en nyckel som finns i listan över godkända nycklar
f23-open-with-closing = Kontot är { $status ->
        [planned] planerat
       *[other] aktivt
    } men [closing] registrerar ett beslut att stänga ned det
f23-open-with-closing-fix = Sätt status till closing, eller closed om kontot är nedstängt, eller ta bort [closing]
f23-closing-without = Kontot { $status ->
        [closing] stängs ned
       *[other] är nedstängt
    } men inget [closing] registrerar vem som beslutade det, när och varför
f23-closing-without-fix = Registrera beslutet om nedstängning
f24 = dpia.next_review = { $next } ligger på eller före det senaste beslutet eller den senaste översynen ({ $base }) och används därför inte: översynscykeln började om då
f24-fix = Ta bort dpia.next_review, eller ange ett datum efter det senaste beslutet eller den senaste översynen
f25 = Godkänt { $date }, innan konsekvensbedömningen var klar ({ $completed }): ledningen ska ta ställning till den färdiga bedömningen
f25-no-completed = Godkänt { $date }, men konsekvensbedömningen har inget datum för när den blev klar (dpia.completed): ledningen ska ta ställning till den färdiga bedömningen
f25-fix = Gör klart konsekvensbedömningen, ange datumet då den blev klar (dpia.completed) och lägg fram den för ledningen för ett nytt beslut

## Vad varje källdokument är, visat bredvid dess titel.
sources-heading = Vägledningen som anmärkningarna hänvisar till
source-doc-s0 = de norska kommunernas vägledning
source-doc-s1 = KS nyhet om vägledningen
source-doc-s2 = bilder från norska Datatilsynet
source-doc-s3 = en svensk kommuns riktlinjer
source-doc-s4 = en norsk statlig rapport

## Hur en åtgärd visas: åtgärdsraderna i detaljvyn och påminnelserna, tabellen i hjälpen.
findings-heading = Anmärkningar ({ $errors ->
        [one] 1 fel
       *[other] { $errors } fel
    }, { $warnings ->
        [one] 1 varning
       *[other] { $warnings } varningar
    })
findings-none = Inget brister mot riktlinjerna
audit-finding = granskningsfel
audit-source = Git-historiken (somevakt audit)
severity-error = fel
severity-warning = varning
fix-label = Åtgärd
fix-source-label = källa
cite-chapter = kap. { $number }
cite-section = avsnittet ”{ $heading }”
cite-foreword = förordet
cite-background = bakgrund: { $sources }
fix-enter-does-it = Enter utför den
fix-table-heading = Vad som åtgärdar en anmärkning eller en påminnelse
fix-table-reminders = { $rules }; påminnelser: { $reminders }
fix-action-decide = registrera ett beslut av ledningen
fix-action-review = registrera översynen av konsekvensbedömningen
fix-action-snapshot = registrera den arkiverade ögonblicksbilden
fix-action-activity = registrera det senaste inlägget
fix-action-close = registrera nedstängningen
fix-action-edit = fyll i bedömningen i din editor, sedan git commit
group-children = barn
group-youth = unga
group-patients = patienter
group-elderly = äldre
group-disabled = personer med funktionsnedsättning
group-refugees = flyktingar och asylsökande
