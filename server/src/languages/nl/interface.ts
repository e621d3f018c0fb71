// The interface's messages in Dutch (languages/interface.ts): each English message of the code, as written
// there, with its translation. The terms of the law are those of the Dutch language version of the GDPR, as
// in the notice (nl/notice.ts); laws with one language (the UK's) are cited in English.
import type { InterfaceCatalogue } from '../language';

// A function: the catalogue is made on first use, not when the server loads (README, "Performance").
export const nl = (): InterfaceCatalogue => ({
  // The extension's contributions and the client's own words (package.nls, l10n bundles).
  'The Privacy Policy language server stopped repeatedly and will not be restarted. Run “Privacy Policy: Restart Language Server” after saving your work, and please report the problem.':
    'De taalserver van Privacy Policy is herhaaldelijk gestopt en wordt niet opnieuw gestart. Sla uw werk op, voer ‘Privacy Policy: Taalserver opnieuw starten’ uit en meld het probleem.',
  'The Privacy Policy language server stopped unexpectedly and was restarted. Your diagnostics will be back in a moment.':
    'De taalserver van Privacy Policy is onverwacht gestopt en opnieuw gestart. Uw diagnostische meldingen verschijnen zo weer.',
  'The Privacy Policy language server could not start: {0}': 'De taalserver van Privacy Policy kon niet starten: {0}',
  'Open a saved *.privacy.yaml file to compare it with Git HEAD.':
    'Open een opgeslagen *.privacy.yaml-bestand om het met Git HEAD te vergelijken.',
  'Open a *.privacy.yaml file to compare it with another version.':
    'Open een *.privacy.yaml-bestand om het met een andere versie te vergelijken.',
  'Privacy policy': 'Privacyverklaring',
  Compare: 'Vergelijken',
  'Compare {0} with an earlier version': '{0} vergelijken met een eerdere versie',
  'Could not read {0}: {1}': 'Kan {0} niet lezen: {1}',
  'The Privacy Policy language server could not compare this file; try again once it has started.':
    'De taalserver van Privacy Policy kon dit bestand niet vergelijken; probeer het opnieuw zodra hij gestart is.',
  'Open a *.privacy.yaml file to export it as HTML.': 'Open een *.privacy.yaml-bestand om het als HTML te exporteren.',
  Export: 'Exporteren',
  'Exported the privacy notice to {0}.': 'De privacyverklaring is geëxporteerd naar {0}.',
  'Exported the Data Privacy Vocabulary (JSON-LD) to {0}.':
    'Het Data Privacy Vocabulary (JSON-LD) is geëxporteerd naar {0}.',
  'Exported the record of processing activities (Art 30, CSV) to {0}.':
    'Het register van de verwerkingsactiviteiten (artikel 30, CSV) is geëxporteerd naar {0}.',
  'Open a *.privacy.yaml file to export it.': 'Open een *.privacy.yaml-bestand om het te exporteren.',
  'The Privacy Policy language client could not load: {0}':
    'De taalclient van Privacy Policy kon niet worden geladen: {0}',
  'Git is not available here (vscode.dev and github.dev have no Git): use Compare with File… instead.':
    'Git is hier niet beschikbaar (vscode.dev en github.dev hebben geen Git): gebruik in plaats daarvan Vergelijken met bestand…',
  'The Git extension is not available: {0}': 'De Git-extensie is niet beschikbaar: {0}',
  'This file is not in a Git repository.': 'Dit bestand staat niet in een Git-repository.',
  'This file is not in the last commit (HEAD) yet.': 'Dit bestand staat nog niet in de laatste commit (HEAD).',
  'This repository has no commit yet.': 'Deze repository heeft nog geen commit.',
  'Git could not provide the committed version: {0}': 'Git kon de vastgelegde versie niet leveren: {0}',
  'Compare with Git HEAD runs Git, which this folder is not trusted to run. Trust the folder first (Manage Workspace Trust).':
    'Vergelijken met Git HEAD voert Git uit, wat deze map niet mag. Vertrouw eerst de map (Werkruimtevertrouwen beheren).',
  'Only a file saved on this computer can be compared with Git HEAD.':
    'Alleen een bestand dat op deze computer is opgeslagen, kan met Git HEAD worden vergeleken.',
  'Git is not installed or not on the PATH.': 'Git is niet geïnstalleerd of staat niet in het PATH.',
  'Open a *.privacy.yaml file to preview it.': 'Open een *.privacy.yaml-bestand om er een voorbeeld van te bekijken.',
  Preview: 'Voorbeeld',
  'Preview {0}': 'Voorbeeld van {0}',
  'Preview options': 'Opties van het voorbeeld',
  'Notice language': 'Taal van de verklaring',
  'As in the policy': 'Zoals opgegeven in het bestand',
  Audience: 'Doelgroep',
  Everyone: 'Iedereen',
  Law: 'Wet',
  'All laws': 'Alle wetten',
  'Open a *.privacy.yaml file to reconcile it with a HAR recording.':
    'Open een *.privacy.yaml-bestand om het met een HAR-opname af te stemmen.',
  Reconcile: 'Afstemmen',
  'Choose a HAR file recorded on the site (Network panel of the developer tools: “Save all as HAR”)':
    'Kies een HAR-bestand dat op de site is opgenomen (paneel Netwerk van de ontwikkelaarstools: ‘Alles opslaan als HAR’)',
  'HTTP Archive': 'HTTP-archief',
  'All files': 'Alle bestanden',
  'Reconciling with {0}': 'Afstemmen met {0}',
  'cannot be read: {0}': 'kan niet worden gelezen: {0}',
  'Show Problems': 'Problemen weergeven',
  '{0} (GDPR {1}) Default: `{2}`. [Rule reference]({3})':
    '{0} ({1}) Standaard: `{2}`. [Beschrijving van de regel]({3})',
  '{0} Default: `{1}`. [Rule reference]({2})': '{0} Standaard: `{1}`. [Beschrijving van de regel]({2})',
  'Retired in v1.3: use `{0}`.': 'Vervallen in v1.3: gebruik `{0}`.',
  'Write GDPR privacy notices as code: diagnostics that cite the GDPR, quick fixes, and a live preview of the finished notice.':
    'Schrijf AVG-privacyverklaringen als code: diagnostische meldingen die de AVG aanhalen, snelle oplossingen en een live voorbeeld van de uiteindelijke verklaring.',
  "In a folder you do not trust, Compare with Git HEAD is off: it runs Git, which a repository's own settings can make run other programs. Diagnostics, completion, the preview, exports and Compare with File… work as usual.":
    'In een map die u niet vertrouwt, is Vergelijken met Git HEAD uitgeschakeld: het voert Git uit, dat door de instellingen van een repository andere programma’s kan laten uitvoeren. Diagnostische meldingen, aanvulling, het voorbeeld, exports en Vergelijken met bestand… werken zoals gewoonlijk.',
  'In a virtual workspace (github.dev, vscode.dev) Compare with Git HEAD is not available where Git is not; use Compare with File… instead.':
    'In een virtuele werkruimte (github.dev, vscode.dev) is Vergelijken met Git HEAD niet beschikbaar waar Git het niet is; gebruik in plaats daarvan Vergelijken met bestand…',
  'Privacy Policy': 'Privacy Policy',
  'Log the messages between VS Code and the Privacy Policy language server (for bug reports).':
    'De berichten tussen VS Code en de taalserver van Privacy Policy vastleggen (voor foutmeldingen).',
  'Open Preview': 'Voorbeeld openen',
  'Open Preview to the Side': 'Voorbeeld aan de zijkant openen',
  'Show Source': 'Bron weergeven',
  'Toggle Preview Lock': 'Voorbeeld vergrendelen of ontgrendelen',
  'Export Data Privacy Vocabulary (JSON-LD)': 'Exporteren als Data Privacy Vocabulary (JSON-LD)',
  'Export Record of Processing Activities (CSV)': 'Register van de verwerkingsactiviteiten exporteren (CSV)',
  'Compare with Git HEAD': 'Vergelijken met Git HEAD',
  'Compare with File…': 'Vergelijken met bestand…',
  'Export HTML': 'Exporteren als HTML',
  'Restart Language Server': 'Taalserver opnieuw starten',
  'Reconcile with a HAR file…': 'Afstemmen met een HAR-bestand…',
  'Clear HAR Reconciliation': 'HAR-afstemming wissen',
  'Change the severity of individual rules, e.g. `{ "missing-provision": "off", "missing-authority": "error" }`. Levels: `error`, `warning`, `info`, `hint`, `off`. See the [rule reference]({0}).':
    'De ernst van afzonderlijke regels wijzigen, bijvoorbeeld `{ "missing-provision": "off", "missing-authority": "error" }`. Niveaus: `error`, `warning`, `info`, `hint`, `off`. Zie de [beschrijving van de regels]({0}).',
  "The language of the extension's messages, hovers, completions and quick fixes (the notice's own language is `policy.language`). `auto` follows VS Code's display language; command titles and setting descriptions always follow it.":
    'De taal van de meldingen, infovensters, aanvullingen en snelle oplossingen van de extensie (de taal van de verklaring zelf is `policy.language`). `auto` volgt de weergavetaal van VS Code; titels van opdrachten en beschrijvingen van instellingen volgen die altijd.',
  "VS Code's display language (English where it is not French, Dutch or German).":
    'De weergavetaal van VS Code (Engels als die geen Frans, Nederlands of Duits is).',
  English: 'Engels',
  French: 'Frans',
  Dutch: 'Nederlands',
  German: 'Duits',
  "Rule '{0}' was retired in v1.3: its setting now applies to '{1}', which replaced it. Rename it to '{1}'.":
    'Regel ‘{0}’ is vervallen in v1.3: de instelling ervan geldt nu voor ‘{1}’, die haar vervangt. Hernoem ze naar ‘{1}’.',
  'state authority of {0} for {1}': 'autoriteit van de deelstaat {0} voor {1}',
  'state authority of {0}': 'autoriteit van de deelstaat {0}',
  'federal authority for {0}': 'federale autoriteit voor {0}',
  'authority for {0}': 'autoriteit voor {0}',
  'national authority': 'nationale autoriteit',
  'Phone {0}': 'Telefoon {0}',
  'E-mail {0}': 'E-mail {0}',
  'Web {0}': 'Website {0}',
  'Complaint form {0}': 'Klachtenformulier {0}',
  'Category: {0}': 'Categorie: {0}',
  'Retention: {0}': 'Bewaartermijn: {0}',
  'Party: {0}': 'Herkomst: {0}',
  'Matches every cookie whose name starts with `{0}`.': 'Geldt voor elke cookie waarvan de naam begint met `{0}`.',
  'Privacy information: {0}': 'Privacy-informatie: {0}',
  '{0} (as of {1})': '{0} (stand van {1})',
  'the {0} as of {1}': 'de {0} (stand van {1})',
  'Source: {0}, as of {1} ({2}, licence {3}).': 'Bron: {0}, stand van {1} ({2}, licentie {3}).',
  'Runs: {0}': 'Beheert: {0}',
  'This record was imported automatically and not verified: check the details.':
    'Deze gegevens zijn automatisch geïmporteerd en niet geverifieerd: controleer ze.',
  'The catalogue does not say whether the organisation is certified under the EU–US Data Privacy Framework: check the Framework’s list before relying on `dpf`.':
    'De catalogus vermeldt niet of de organisatie gecertificeerd is onder het EU-VS-kader voor gegevensbescherming (Data Privacy Framework): raadpleeg de lijst van dat kader voordat u zich op `dpf` baseert.',
  error: 'fout',
  warning: 'waarschuwing',
  information: 'informatie',
  hint: 'hint',
  '1 file checked': '1 bestand gecontroleerd',
  '{0} files checked': '{0} bestanden gecontroleerd',
  '{0}: no problems.': '{0}: geen problemen.',
  '{0}: {1} ({2}, {3}, {4}, {5}).': '{0}: {1} ({2}, {3}, {4}, {5}).',
  '1 problem': '1 probleem',
  '{0} problems': '{0} problemen',
  '1 error': '1 fout',
  '{0} errors': '{0} fouten',
  '1 warning': '1 waarschuwing',
  '{0} warnings': '{0} waarschuwingen',
  '1 information': '1 informatiemelding',
  '{0} information': '{0} informatiemeldingen',
  '1 hint': '1 hint',
  '{0} hints': '{0} hints',
  "… and {0} more '{1}' problems in this document, not listed one by one. Fix the ones listed first.":
    "… en nog {0} problemen van regel '{1}' in dit document, die niet afzonderlijk worden vermeld. Los eerst de vermelde op.",
  '… and {0} more problems in this document, not listed one by one. Fix the ones listed first.':
    '… en nog {0} problemen in dit document, die niet afzonderlijk worden vermeld. Los eerst de vermelde op.',
  "Internal error in rule '{0}': {1}. Please report this.": "Interne fout in regel '{0}': {1}. Meld dit alstublieft.",
  'country unknown': 'land onbekend',
  'Recital {0} of the {1}': 'Considerans {0} van de {1}',
  'Recitals give the reasons for the articles and guide their reading; they do not bind on their own.':
    'Consideransen geven de redenen voor de artikelen en zijn richtinggevend bij de uitlegging ervan; op zichzelf zijn ze niet bindend.',
  '(unofficial translation)': '(niet-officiële vertaling)',
  '{0} on {1}': '{0} op {1}',
  '{0} on the official site': '{0} op de officiële website',
  'unofficial translation': 'niet-officiële vertaling',
  'points (a)–({0})': 'punten a) tot en met {0})',
  "Change to '{0}'": "Wijzigen in '{0}'",
  "Add '{0}' with a placeholder to fill in": "'{0}' toevoegen met een tijdelijke aanduiding om in te vullen",
  "Add '{0}'": "'{0}' toevoegen",
  'Fix the first safe privacy-policy problems (run again for the rest)':
    'De eerste veilig op te lossen problemen in de privacyverklaring oplossen (opnieuw uitvoeren voor de rest)',
  'Fix all safe privacy-policy problems': 'Alle veilig op te lossen problemen in de privacyverklaring oplossen',
  'not used by any purpose': 'door geen enkel doeleinde gebruikt',
  'used by 1 purpose': 'gebruikt door 1 doeleinde',
  'used by {0} purposes': 'gebruikt door {0} doeleinden',
  'used by every purpose (all_purposes)': 'gebruikt door alle doeleinden (all_purposes)',
  '{0} (the notice’s retention)': '{0} (algemene bewaartermijn van de verklaring)',
  'no legal basis': 'geen rechtsgrond',
  'no retention period': 'geen bewaartermijn',
  'until {0}, then {1}': 'tot {0}, daarna nog {1}',
  'until {0}': 'tot {0}',
  'at least {0}': 'ten minste {0}',
  'at most {0}': 'ten hoogste {0}',
  'between {0} and {1}': 'tussen {0} en {1}',
  'the period the law requires': 'de termijn die de wet voorschrijft',
  'retention by criteria': 'bewaring volgens criteria',
  '{0} retention periods by data': '{0} bewaartermijnen per gegevenscategorie',
  EEA: 'EER',
  'adequacy decision': 'adequaatheidsbesluit',
  'third country — DPF for certified US organisations':
    'derde land — DPF voor gecertificeerde Amerikaanse organisaties',
  'third country': 'derde land',
  required: 'verplicht',
  'Also written `{0}`.': 'Ook geschreven als `{0}`.',
  Today: 'Vandaag',
  'Until the browser closes': 'Tot de browser wordt gesloten',
  Duration: 'Duur',
  'Retention period': 'Bewaartermijn',
  'A period counted from an event.': 'Een termijn die vanaf een gebeurtenis loopt.',
  'Until an event, optionally followed by an extra period.':
    'Tot een gebeurtenis, eventueel gevolgd door een bijkomende termijn.',
  'The criteria used, when no period can be given (Art 13(2)(a)).':
    'De gehanteerde criteria, wanneer geen termijn kan worden opgegeven (art. 13, lid 2, a)).',
  'A minimum period set by law, e.g. for medical records.':
    'Een minimumtermijn die bij wet is vastgesteld, bijvoorbeeld voor medische dossiers.',
  'A maximum period.': 'Een maximumtermijn.',
  'A range, e.g. 7 to 10 years.': 'Een bereik, bijvoorbeeld 7 tot 10 jaar.',
  'The period a named law requires, optionally followed by a further period.':
    'De termijn die een genoemde wet voorschrijft, eventueel gevolgd door een bijkomende termijn.',
  'Kept longer only while an event lasts, e.g. a dispute.':
    'Alleen langer bewaard zolang een gebeurtenis duurt, bijvoorbeeld een geschil.',
  'One mechanism per law the transfer leaves': 'Eén mechanisme per wet waarvan de doorgifte het grondgebied verlaat',
  'A transfer that leaves the territory of several laws names the mechanism under each, e.g. `{ eu-gdpr: scc, uk-gdpr: uk-addendum }`; a list under a law is alternatives.':
    'Een doorgifte die het grondgebied van meerdere wetten verlaat, vermeldt het mechanisme onder elke wet, bijvoorbeeld `{ eu-gdpr: scc, uk-gdpr: uk-addendum }`; een lijst onder een wet bevat alternatieven.',
  'Retention form — {0}': 'Vorm van de bewaartermijn — {0}',
  'Given here for {0}, but it exists only under {1}.':
    'Hier opgegeven voor de {0}, maar deze waarde bestaat alleen onder de {1}.',
  'The age of digital consent in {0} ({1}; as of {2})':
    'De leeftijd voor digitale toestemming in {0} ({1}; stand van {2})',
  'The age of digital consent where national law sets no lower one':
    'De leeftijd voor digitale toestemming wanneer het nationale recht geen lagere vaststelt',
  'The lowest age of digital consent a Member State may set ({0})':
    'De laagste leeftijd voor digitale toestemming die een lidstaat mag vaststellen ({0})',
  'Adults only': 'Alleen volwassenen',
  'The age of digital consent in {0} is {1} ({2}; as of {3}): between {4} and {5}, a parent gives or authorises consent to an online service offered to a child.':
    'De leeftijd voor digitale toestemming in {0} is {1} jaar ({2}; stand van {3}): tussen {4} en {5} jaar geeft een ouder toestemming of machtiging tot toestemming voor een onlinedienst die aan een kind wordt aangeboden.',
  'The age of digital consent in {0} is {1} ({2}; as of {3}).':
    'De leeftijd voor digitale toestemming in {0} is {1} jaar ({2}; stand van {3}).',
  '{0}: below the age of digital consent ({1}, or lower where national law says so), a parent gives or authorises consent to an online service offered to a child.':
    '{0}: onder de leeftijd voor digitale toestemming ({1} jaar, of lager als het nationale recht dat bepaalt) geeft een ouder toestemming of machtiging tot toestemming voor een onlinedienst die aan een kind wordt aangeboden.',
  '**{0} years** — the services are not meant for people under {0}.':
    '**{0} jaar** — de diensten zijn niet bedoeld voor personen jonger dan {0} jaar.',
  '**{0}** — a month, read as its first day ({1}): the provisions in force on that day apply.':
    '**{0}** — een maand, gelezen als de eerste dag ervan ({1}): de bepalingen die op die dag van kracht zijn, zijn van toepassing.',
  '**{0}** is not defined under `{1}`.': '**{0}** is niet gedefinieerd onder `{1}`.',
  '**{0}** (required)': '**{0}** (verplicht)',
  '(written as the alias `{0}`)': '(geschreven als de alias `{0}`)',
  'Explicitly states that there is none.': 'Vermeldt uitdrukkelijk dat er geen is.',
  'retention period ({0})': 'bewaartermijn ({0})',
  'Examples: {0}': 'Voorbeelden: {0}',
  'Role not stated': 'Rol niet vermeld',
  'Collects the data itself, on its own service: not shown as sharing.':
    'Verzamelt de gegevens zelf, via een eigen dienst: wordt niet weergegeven als het delen van gegevens.',
  'May receive data (the notice says “may”).': 'Kan gegevens ontvangen (de verklaring zegt ‘kan’).',
  'Legal basis: {0}': 'Rechtsgrond: {0}',
  'Used by every purpose (`all_purposes`).': 'Gebruikt door alle doeleinden (`all_purposes`).',
  'Used once.': 'Eén keer gebruikt.',
  'Used {0} times.': '{0} keer gebruikt.',
  'ISO 8601 duration {0}': 'Duur volgens ISO 8601: {0}',
  'Only data, recipient, purpose and audience ids can be renamed.':
    "Alleen id's van gegevens, ontvangers, doeleinden en doelgroepen kunnen worden hernoemd.",
  "'{0}' is not defined, so there is nothing to rename.":
    "'{0}' is niet gedefinieerd; er is dus niets om te hernoemen.",
  'Only defined data, recipient, purpose and audience ids can be renamed.':
    "Alleen gedefinieerde id's van gegevens, ontvangers, doeleinden en doelgroepen kunnen worden hernoemd.",
  "'{0}' is not a valid id: use lower-case letters, digits and hyphens, starting with a letter.":
    "'{0}' is geen geldige id: gebruik kleine letters, cijfers en koppeltekens, te beginnen met een letter.",
  'Processor for {0}': 'Verwerker voor {0}',
  'Processor role {0}': 'Rol als verwerker {0}',
  'Restriction {0}': 'Beperking {0}',
  'Restricted: {0}': 'Beperkt: {0}',
  or: 'of',
  'transfer {0}': 'doorgifte {0}',
  'item {0}': 'element {0}',
  "A data category '{0}' already exists.": "Er bestaat al een gegevenscategorie '{0}'.",
  "A recipient '{0}' already exists.": "Er bestaat al een ontvanger '{0}'.",
  "A purpose '{0}' already exists.": "Er bestaat al een doeleinde '{0}'.",
  "An audience '{0}' already exists.": "Er bestaat al een doelgroep '{0}'.",
  'About the notice itself: title, dates, version, language.': 'Over de verklaring zelf: titel, datums, versie, taal.',
  'The notice’s title.': 'De titel van de verklaring.',
  'Date from which the notice applies (YYYY-MM-DD, or a month: YYYY-MM).':
    'Datum vanaf wanneer de verklaring van toepassing is (YYYY-MM-DD, of een maand: YYYY-MM).',
  'Date of the last update (YYYY-MM-DD or YYYY-MM).': 'Datum van de laatste bijwerking (YYYY-MM-DD of YYYY-MM).',
  'Version of the notice.': 'Versie van de verklaring.',
  'Language of the generated text of the notice: `en` (default), `fr`, `nl` or `de`. Your own text is shown as written.':
    'Taal van de gegenereerde tekst van de verklaring: `en` (standaard), `fr`, `nl` of `de`. Uw eigen tekst wordt weergegeven zoals u hem hebt geschreven.',
  'Whether data is obtained from the person (Art 13), from others (Art 14), or both.':
    'Of de gegevens bij de persoon zelf worden verkregen (art. 13), bij anderen (art. 14), of beide.',
  'The first layer of the notice: a short summary in plain words.':
    'De eerste laag van de verklaring: een korte samenvatting in eenvoudige bewoordingen.',
  'The services are not meant for people under this age.':
    'De diensten zijn niet bedoeld voor personen jonger dan deze leeftijd.',
  'How readers learn of changes to the notice, and how far ahead.':
    'Hoe lezers op de hoogte worden gebracht van wijzigingen van de verklaring, en hoeveel tijd vooraf.',
  'How long before a material change applies we tell readers.':
    'Hoe lang voordat een wezenlijke wijziging van toepassing wordt, wij de lezers informeren.',
  'How readers are told of a change (e-mail, a banner, the app).':
    'Hoe lezers over een wijziging worden geïnformeerd (e-mail, een banner, de app).',
  'Who is responsible for the processing, and how to reach them.':
    'Wie verantwoordelijk is voor de verwerking, en hoe u die kunt bereiken.',
  'a way to contact the controller (`address`, `email`, `phone` or `url`)':
    'een manier om contact op te nemen met de verwerkingsverantwoordelijke (`address`, `email`, `phone` of `url`)',
  'Legal name of the controller.': 'Juridische naam van de verwerkingsverantwoordelijke.',
  'Postal address.': 'Postadres.',
  'E-mail address for privacy questions.': 'E-mailadres voor vragen over privacy.',
  'Telephone number.': 'Telefoonnummer.',
  'Website.': 'Website.',
  'Legal form, e.g. NV, GmbH, Ltd.': 'Rechtsvorm, bijvoorbeeld NV, GmbH, Ltd.',
  'Company registration number.': 'Registratienummer van de onderneming.',
  'Country of the main establishment (ISO code): drives the competent authority and the age of digital consent.':
    'Land van de hoofdvestiging (ISO-code): bepaalt de bevoegde autoriteit en de leeftijd voor digitale toestemming.',
  'true for a public authority or body: selects the supervisory authority’s scope and limits some bases.':
    'true voor een overheidsinstantie of overheidsorgaan: bepaalt het bevoegdheidsgebied van de toezichthoudende autoriteit en beperkt sommige rechtsgronden.',
  'Representative in the EU, for controllers established outside it (Art 27, where Art 3(2) applies).':
    'Vertegenwoordiger in de EU, voor verwerkingsverantwoordelijken die buiten de EU gevestigd zijn (art. 27, wanneer art. 3, lid 2, van toepassing is).',
  'contact details for the representative (`address`, `email` or `phone`, Art 13(1)(a))':
    'contactgegevens van de vertegenwoordiger (`address`, `email` of `phone`, art. 13, lid 1, a))',
  'Name of the representative.': 'Naam van de vertegenwoordiger.',
  'E-mail address.': 'E-mailadres.',
  'The data protection officer and their contact details, or `none` when no DPO is appointed.':
    'De functionaris voor gegevensbescherming en diens contactgegevens, of `none` wanneer geen functionaris voor gegevensbescherming is aangewezen.',
  'contact details for the DPO (`email`, `phone`, `address` or `url`, Art 13(1)(b))':
    'contactgegevens van de functionaris voor gegevensbescherming (`email`, `phone`, `address` of `url`, art. 13, lid 1, b))',
  'Name of the DPO (a person or a service). Optional: Art 13(1)(b) asks for contact details, and the EDPB DPO guidelines (WP243 rev.01, §2.6) leave publishing the name to the controller.':
    'Naam van de functionaris voor gegevensbescherming (een persoon of een dienst). Optioneel: art. 13, lid 1, b), vraagt om contactgegevens, en de richtsnoeren van het EDPB over functionarissen voor gegevensbescherming (WP243 rev.01, §2.6) laten het aan de verwerkingsverantwoordelijke over of de naam wordt bekendgemaakt.',
  'Web page or contact form for the DPO.':
    'Webpagina of contactformulier van de functionaris voor gegevensbescherming.',
  'The supervisory authority competent for the controller, where people can complain (not necessarily a "lead" authority, which exists only for cross-border processing, Art 56). People may also complain to the authority where they live or work or where the infringement took place (Art 77(1)).':
    'De toezichthoudende autoriteit die bevoegd is voor de verwerkingsverantwoordelijke, waar personen een klacht kunnen indienen (niet noodzakelijk een ‘leidende’ autoriteit, die alleen bestaat bij grensoverschrijdende verwerking, art. 56). Personen kunnen ook een klacht indienen bij de autoriteit van de plaats waar zij wonen of werken of waar de inbreuk heeft plaatsgevonden (art. 77, lid 1).',
  'the authority’s `name` (or a `directory` of authorities)':
    'de `name` van de autoriteit (of een `directory` van autoriteiten)',
  'Name of the authority.': 'Naam van de autoriteit.',
  'Web page of the authority’s complaint form.': 'Webpagina van het klachtenformulier van de autoriteit.',
  'Instead of one authority: a list of authorities to choose from (e.g. the EDPB’s list of its members).':
    'In plaats van één autoriteit: een lijst van autoriteiten waaruit men kan kiezen (bijvoorbeeld de lijst van de leden van het EDPB).',
  'Controllers who decide with us why and how the data is processed, and the essence of our arrangement.':
    'Verwerkingsverantwoordelijken die samen met ons bepalen waarom en hoe de gegevens worden verwerkt, en de wezenlijke inhoud van onze regeling.',
  'Name of the joint controller.': 'Naam van de gezamenlijke verwerkingsverantwoordelijke.',
  'E-mail, phone or web address of the joint controller.':
    'E-mailadres, telefoonnummer of webadres van de gezamenlijke verwerkingsverantwoordelijke.',
  'The purposes whose means and ends are decided jointly.':
    'De doeleinden waarvan het doel en de middelen gezamenlijk worden bepaald.',
  'The essence of the arrangement: who does what, in particular towards you (information, rights).':
    'De wezenlijke inhoud van de regeling: wie wat doet, met name ten aanzien van u (informatie, rechten).',
  'The contact point for data subjects, where the arrangement designates one.':
    'Het contactpunt voor betrokkenen, wanneer de regeling er een aanwijst.',
  'The groups of people the notice addresses (customers, patients, job applicants…), by id.':
    'De groepen personen tot wie de verklaring zich richt (klanten, patiënten, sollicitanten…), per id.',
  'Who they are, as readers will see it (e.g. Patients, Job applicants).':
    'Wie zij zijn, zoals de lezers het zien (bijvoorbeeld Patiënten, Sollicitanten).',
  'More about this group of people.': 'Meer over deze groep personen.',
  'The categories of personal data processed, by id.': 'De categorieën van verwerkte persoonsgegevens, per id.',
  'Name of the data category, as readers will see it.': 'Naam van de gegevenscategorie, zoals de lezers die zien.',
  'What the category covers.': 'Wat de categorie omvat.',
  'Examples of the data in this category.': 'Voorbeelden van gegevens in deze categorie.',
  'The special categories of Art 9(1) this data belongs to, if any: one or a list.':
    'De bijzondere categorieën van art. 9, lid 1, waartoe deze gegevens behoren, indien van toepassing: één of een lijst.',
  'true when the data relates to criminal convictions or offences.':
    'true wanneer de gegevens betrekking hebben op strafrechtelijke veroordelingen of strafbare feiten.',
  'Where the data comes from: `data-subject`, `automatic`, `{ public: <source> }` for a publicly accessible source, or text naming the source.':
    'Waar de gegevens vandaan komen: `data-subject`, `automatic`, `{ public: <source> }` voor een openbaar toegankelijke bron, of tekst die de bron noemt.',
  'Which publicly accessible source, e.g. the Crossroads Bank for Enterprises, LinkedIn profiles.':
    'Welke openbaar toegankelijke bron, bijvoorbeeld de Kruispuntbank van Ondernemingen, LinkedIn-profielen.',
  'The groups of people this data is about (default: all).':
    'De groepen personen op wie deze gegevens betrekking hebben (standaard: alle).',
  'true when every purpose of the notice uses this data (it is listed under each).':
    'true wanneer elk doeleinde van de verklaring deze gegevens gebruikt (ze worden onder elk doeleinde vermeld).',
  'Who receives the data, by id.': 'Wie de gegevens ontvangt, per id.',
  'Who receives the data, as readers will see it.': 'Wie de gegevens ontvangt, zoals de lezers het zien.',
  'The role of the recipient, when you know it: processor, controller…':
    'De rol van de ontvanger, wanneer u die kent: verwerker, verwerkingsverantwoordelijke…',
  'The category of recipient, e.g. hosting, payment, analytics.':
    'De categorie van de ontvanger, bijvoorbeeld hosting, betaling, analyse.',
  'The actual organisation, e.g. Google LLC.': 'De eigenlijke organisatie, bijvoorbeeld Google LLC.',
  'Where the recipient processes the data: an ISO 3166-1 alpha-2 code, a list of them, or the region `EEA` or `EU`.':
    'Waar de ontvanger de gegevens verwerkt: een ISO 3166-1 alpha-2-code, een lijst daarvan, of de regio `EEA` of `EU`.',
  'Web address of the recipient or its privacy notice.': 'Webadres van de ontvanger of van zijn privacyverklaring.',
  'true when the recipient may receive data, but not necessarily (the notice says "may").':
    'true wanneer de ontvanger gegevens kan ontvangen, maar niet noodzakelijk (de verklaring zegt ‘kan’).',
  'true when the organisation collects data itself, on its own service (a social network page, an embedded player): shown as "X collects…", not as sharing.':
    'true wanneer de organisatie zelf gegevens verzamelt, via haar eigen dienst (een pagina op een sociaal netwerk, een ingebedde speler): weergegeven als ‘X verzamelt…’, niet als het delen van gegevens.',
  'The commitments the recipient is bound by (e.g. a processor’s contract).':
    'De verbintenissen waaraan de ontvanger gebonden is (bijvoorbeeld de overeenkomst met een verwerker).',
  'Why the data is processed, each purpose with its legal basis and retention.':
    'Waarom de gegevens worden verwerkt, elk doeleinde met zijn rechtsgrond en bewaartermijn.',
  'Short heading for the purpose.': 'Korte titel van het doeleinde.',
  'What is done with the data and why.': 'Wat er met de gegevens gebeurt en waarom.',
  'The data categories used for this purpose.': 'De gegevenscategorieën die voor dit doeleinde worden gebruikt.',
  'The legal basis of Art 6(1): one or a list; in a list, `{ basis, when }` says which processing each basis covers.':
    'De rechtsgrond van art. 6, lid 1: één of een lijst; in een lijst geeft `{ basis, when }` aan welke verwerking elke rechtsgrond dekt.',
  'The legal basis of Art 6(1).': 'De rechtsgrond van art. 6, lid 1.',
  'The processing, or the situation, this basis covers.': 'De verwerking, of de situatie, die deze rechtsgrond dekt.',
  'The Art 9(2) condition for special-category data.':
    'De voorwaarde van art. 9, lid 2, voor gegevens van bijzondere categorieën.',
  'The specific legitimate interest pursued.': 'Het specifieke gerechtvaardigde belang dat wordt nagestreefd.',
  'The statute the processing relies on.': 'De wet waarop de verwerking berust.',
  'How long the data is kept, or the criteria used to decide.':
    'Hoe lang de gegevens worden bewaard, of de criteria om dat te bepalen.',
  'Who receives the data for this purpose.': 'Wie de gegevens voor dit doeleinde ontvangt.',
  'Whether providing the data is a statutory or contractual requirement, needed for a contract, or voluntary.':
    'Of de verstrekking van de gegevens een wettelijke of contractuele verplichting is, noodzakelijk is om een overeenkomst te sluiten, of vrijwillig is.',
  'What happens if the data is not provided.': 'Wat er gebeurt als de gegevens niet worden verstrekt.',
  'The groups of people this purpose concerns (default: all).':
    'De groepen personen op wie dit doeleinde betrekking heeft (standaard: alle).',
  'true when the purpose is direct marketing: people can object to it at any time, without reasons.':
    'true wanneer het doeleinde direct marketing is: personen kunnen er te allen tijde bezwaar tegen maken, zonder opgave van redenen.',
  'true when the purpose involves profiling (automated evaluation of personal aspects).':
    'true wanneer het doeleinde profilering inhoudt (geautomatiseerde evaluatie van persoonlijke aspecten).',
  'true for scientific or historical research or statistics.':
    'true voor wetenschappelijk of historisch onderzoek of statistiek.',
  'true when the purpose offers an information society service directly to children.':
    'true wanneer het doeleinde een dienst van de informatiemaatschappij rechtstreeks aan kinderen aanbiedt.',
  'How consent is given or authorised by the holder of parental responsibility, and how it is verified.':
    'Hoe de persoon die de ouderlijke verantwoordelijkheid draagt, toestemming geeft of machtiging tot toestemming verleent, en hoe dat wordt gecontroleerd.',
  'A way to stop this processing without a rights request (unsubscribe link, opt-out cookie, Global Privacy Control).':
    'Een manier om deze verwerking te stoppen zonder een verzoek tot uitoefening van rechten (afmeldlink, opt-outcookie, Global Privacy Control).',
  'How to stop this processing: an unsubscribe link, an opt-out cookie, a browser setting…':
    'Hoe deze verwerking kan worden gestopt: een afmeldlink, een opt-outcookie, een browserinstelling…',
  'Where to opt out.': 'Waar men zich kan afmelden.',
  'Transfers outside the EEA and their safeguards.': 'Doorgiften buiten de EER en de waarborgen ervoor.',
  'The recipients outside the EEA this transfer covers.':
    'De ontvangers buiten de EER waarop deze doorgifte betrekking heeft.',
  'The countries this transfer covers (ISO codes).': 'De landen waarop deze doorgifte betrekking heeft (ISO-codes).',
  'International organisations this transfer goes to, e.g. European Patent Organisation.':
    'Internationale organisaties waaraan deze doorgifte plaatsvindt, bijvoorbeeld de Europese Octrooiorganisatie.',
  'What makes the transfer lawful: an adequacy decision, a safeguard or a derogation. One, a list of alternatives ("one of the following"), or per law (`{ eu-gdpr: scc, uk-gdpr: uk-addendum }`).':
    'Wat de doorgifte rechtmatig maakt: een adequaatheidsbesluit, een waarborg of een afwijking. Eén, een lijst van alternatieven (‘een van de volgende’), of per wet (`{ eu-gdpr: scc, uk-gdpr: uk-addendum }`).',
  'Where or how a copy of the safeguard can be obtained (URL or text).':
    'Waar of hoe een kopie van de waarborg kan worden verkregen (URL of tekst).',
  'Anything else readers should know about this transfer.':
    'Al het andere dat lezers over deze doorgifte moeten weten.',
  'true when data may be transferred, but not necessarily (the notice says "may").':
    'true wanneer gegevens kunnen worden doorgegeven, maar niet noodzakelijk (de verklaring zegt ‘kan’).',
  'The compelling legitimate interest an occasional transfer serves (with `derogation-compelling-interests`).':
    'Het dwingende gerechtvaardigde belang dat een incidentele doorgifte dient (met `derogation-compelling-interests`).',
  'The laws whose territory the transfer leaves (default: every law of the notice it leaves).':
    'De wetten waarvan de doorgifte het grondgebied verlaat (standaard: elke wet van de verklaring waarvan zij het grondgebied verlaat).',
  'How people exercise their rights.': 'Hoe personen hun rechten uitoefenen.',
  'Where requests are sent (e-mail or URL), or a named contact `{ name, email, phone, url }`; defaults to the controller’s e-mail.':
    'Waar verzoeken naartoe worden gestuurd (e-mailadres of URL), of een genoemd contact `{ name, email, phone, url }`; standaard het e-mailadres van de verwerkingsverantwoordelijke.',
  'The person or team that handles requests.': 'De persoon of het team dat verzoeken behandelt.',
  'E-mail address for requests.': 'E-mailadres voor verzoeken.',
  'Web page or form for requests.': 'Webpagina of formulier voor verzoeken.',
  'The ways people can exercise their rights, e.g. e-mail, a web form, self-service in the app.':
    'De manieren waarop personen hun rechten kunnen uitoefenen, bijvoorbeeld e-mail, een webformulier, zelfbediening in de app.',
  'How requests are made: email, web-form, post, phone, in-app or in-person.':
    'Hoe verzoeken worden ingediend: email, web-form, post, phone, in-app of in-person.',
  'The address, number or link.': 'Het adres, het nummer of de link.',
  'Anything readers should know about this channel.': 'Al het andere dat lezers over dit kanaal moeten weten.',
  'How we verify the identity of the person making a request.':
    'Hoe wij de identiteit controleren van de persoon die een verzoek indient.',
  'How soon requests are answered: at most (and by default) 1 month. The notice says "without undue delay and at the latest within" this time, and that it can be extended by two further months where necessary.':
    'Hoe snel verzoeken worden beantwoord: ten hoogste (en standaard) 1 maand. De verklaring zegt ‘onverwijld en in ieder geval binnen’ deze termijn, en dat die indien nodig met nog eens twee maanden kan worden verlengd.',
  'Rights a law restricts, each as `{ right, law, scope }`. A restriction never removes the right from the notice: it is shown under the right as its limit.':
    'Rechten die een wet beperkt, elk als `{ right, law, scope }`. Een beperking verwijdert het recht nooit uit de verklaring: ze wordt onder het recht weergegeven als de grens ervan.',
  'The right that is restricted.': 'Het recht dat wordt beperkt.',
  'The law that restricts it: a Union or Member State law under Art 23(1), a derogation under Art 85(2) or 89(2)–(3), or Art 11(2), with its article.':
    'De wet die het beperkt: een Unierechtelijke of lidstatelijke wet op grond van art. 23, lid 1, een afwijking op grond van art. 85, lid 2, of art. 89, leden 2 en 3, of art. 11, lid 2, met het betrokken artikel.',
  'Which processing or which cases the restriction concerns.':
    'Op welke verwerking of welke gevallen de beperking betrekking heeft.',
  'Replaced by `restrictions` (still read, and reported: a right is restricted, never excluded).':
    'Vervangen door `restrictions` (wordt nog gelezen, en gemeld: een recht wordt beperkt, nooit uitgesloten).',
  'The Union or Member State law that restricts it (Art 23), or the GDPR provision that exempts it (e.g. Art 17(3)(b)), with its article.':
    'De Unierechtelijke of lidstatelijke wet die het beperkt (art. 23), of de bepaling van de AVG die er een uitzondering op maakt (bijvoorbeeld art. 17, lid 3, b)), met het betrokken artikel.',
  'Anything else about exercising rights.': 'Al het andere over de uitoefening van rechten.',
  'Automated decision-making, including profiling: `none`, or a list of decisions.':
    'Geautomatiseerde besluitvorming, waaronder profilering: `none`, of een lijst van besluiten.',
  'What the automated decision is for.': 'Waarvoor het geautomatiseerde besluit dient.',
  'The exception of Art 22(2) that allows the decision: `contract`, `law` or `explicit-consent`. Human intervention, a hearing and a challenge (Art 22(3)) are promised for `contract` and `explicit-consent`; for `law`, the law lays down the safeguards.':
    'De uitzondering van art. 22, lid 2, die het besluit toestaat: `contract`, `law` of `explicit-consent`. Menselijke tussenkomst, de mogelijkheid om een standpunt kenbaar te maken en het besluit aan te vechten (art. 22, lid 3) worden toegezegd voor `contract` en `explicit-consent`; voor `law` stelt de wet de waarborgen vast.',
  'Meaningful information about the logic involved.': 'Nuttige informatie over de onderliggende logica.',
  'The significance and envisaged consequences for the person.': 'Het belang en de verwachte gevolgen voor de persoon.',
  'true: we make no decision based solely on automated processing.':
    'true: wij nemen geen besluiten die uitsluitend op geautomatiseerde verwerking zijn gebaseerd.',
  'What others may do, e.g. an embedded provider’s own automated decisions.':
    'Wat anderen kunnen doen, bijvoorbeeld de eigen geautomatiseerde besluiten van een ingebedde aanbieder.',
  'Cookies and similar technologies.': 'Cookies en vergelijkbare technologieën.',
  'The cookie’s name (it may be left out when `description` says what the cookie does).':
    'De naam van de cookie (die mag worden weggelaten wanneer `description` zegt wat de cookie doet).',
  'What the cookie does, for a cookie described without its name.':
    'Wat de cookie doet, voor een cookie die zonder naam wordt beschreven.',
  'Who sets the cookie.': 'Wie de cookie plaatst.',
  'What the cookie is for: a purpose id or text.': 'Waarvoor de cookie dient: een id van een doeleinde of tekst.',
  'How long the cookie lives: a duration (minutes included) or `session`.':
    'Hoe lang de cookie blijft bestaan: een duur (minuten inbegrepen) of `session`.',
  'The kind of cookie.': 'Het soort cookie.',
  'Whether our site or another domain sets it.': 'Of onze site of een ander domein de cookie plaatst.',
  'How readers change or withdraw their cookie choices: the banner link, browser settings, Global Privacy Control.':
    'Hoe lezers hun cookiekeuzes wijzigen of intrekken: de link naar de cookiebanner, browserinstellingen, Global Privacy Control.',
  'What the notice promises not to do, checked against the rest of the policy (rule broken-promise): `no-sale`, `no-sharing-for-advertising`, `no-transfer`, `no-profiling`, `no-special-categories`.':
    'Wat de verklaring belooft niet te doen, getoetst aan de rest van het bestand (regel broken-promise): `no-sale`, `no-sharing-for-advertising`, `no-transfer`, `no-profiling`, `no-special-categories`.',
  'The retention of every purpose that has none of its own; the notice states it once.':
    'De bewaartermijn van elk doeleinde dat geen eigen bewaartermijn heeft; de verklaring vermeldt die één keer.',
  'The organisation’s other roles: processing it does on someone else’s behalf.':
    'De andere rollen van de organisatie: verwerking die zij namens iemand anders verricht.',
  'Processing we do as a processor for others: they are the controller, and their notice applies to it.':
    'Verwerking die wij als verwerker voor anderen verrichten: zij zijn de verwerkingsverantwoordelijke, en hun verklaring is erop van toepassing.',
  'What we process on someone else’s behalf.': 'Wat wij namens iemand anders verwerken.',
  'Who the controller is (e.g. our customers).': 'Wie de verwerkingsverantwoordelijke is (bijvoorbeeld onze klanten).',
  'Where that controller’s notice is.': 'Waar de verklaring van die verwerkingsverantwoordelijke te vinden is.',
  'The laws the notice serves, each with what it needs of its own: `eu-gdpr`, `uk-gdpr`, `ch-fadp`. The first is the notice’s own (its authority and representative are the top-level ones).':
    'De wetten waarvoor de verklaring is opgesteld, elk met wat die zelf vereist: `eu-gdpr`, `uk-gdpr`, `ch-fadp`. De eerste is de eigen wet van de verklaring (de autoriteit en de vertegenwoordiger voor die wet zijn die op het hoogste niveau).',
  'The supervisory authority under this law.': 'De toezichthoudende autoriteit onder deze wet.',
  'The representative under this law, where one must be designated.':
    'De vertegenwoordiger onder deze wet, wanneer er een moet worden aangewezen.',
  'How people complain to us (UK: DPA 2018 s.164A, from 19 June 2026).':
    'Hoe personen bij ons een klacht indienen (VK: DPA 2018 s.164A, vanaf 19 juni 2026).',
  'a way to complain to us': 'een manier om bij ons een klacht in te dienen',
  'A complaint form that can be completed electronically.':
    'Een klachtenformulier dat elektronisch kan worden ingevuld.',
  'E-mail address for complaints.': 'E-mailadres voor klachten.',
  'Telephone number for complaints.': 'Telefoonnummer voor klachten.',
  'Postal address for complaints.': 'Postadres voor klachten.',
  'Anything else about complaining to us.': 'Al het andere over het indienen van een klacht bij ons.',
  'Anything else readers under this law should know (rendered in its section).':
    'Al het andere dat lezers onder deze wet moeten weten (weergegeven in het deel over die wet).',
  'Security measures, one per item (markdown).': 'Beveiligingsmaatregelen, één per item (markdown).',
  'Extra sections rendered after the generated ones.': 'Extra delen, weergegeven na de gegenereerde delen.',
  'Section heading.': 'Titel van het deel.',
  'Section text.': 'Tekst van het deel.',
  'How long the data is kept, e.g. 10 years.': 'Hoe lang de gegevens worden bewaard, bijvoorbeeld 10 jaar.',
  'The event the period counts from, e.g. the end of the contract.':
    'De gebeurtenis vanaf wanneer de termijn loopt, bijvoorbeeld het einde van de overeenkomst.',
  'The event until which the data is kept, e.g. the end of the contractual relationship.':
    'De gebeurtenis tot wanneer de gegevens worden bewaard, bijvoorbeeld het einde van de contractuele relatie.',
  'An extra period after the `until` event or the period the `law` requires.':
    'Een bijkomende termijn na de gebeurtenis van `until` of na de termijn die de `law` voorschrijft.',
  'A minimum period, e.g. set by law for medical records (with `from` and `law`).':
    'Een minimumtermijn, bijvoorbeeld wettelijk vastgesteld voor medische dossiers (met `from` en `law`).',
  'A maximum period (with `from`).': 'Een maximumtermijn (met `from`).',
  'A range of two periods, e.g. [7 years, 10 years] (with `from` or `criteria`).':
    'Een bereik van twee termijnen, bijvoorbeeld [7 years, 10 years] (met `from` of `criteria`).',
  'The law that sets the period: alone, "the period this law requires" (optionally `then` a further period); with `at_least`, the law that sets the minimum.':
    'De wet die de termijn vaststelt: alleen gebruikt, ‘de termijn die deze wet voorschrijft’ (eventueel met `then` een bijkomende termijn); met `at_least`, de wet die de minimumtermijn vaststelt.',
  'Kept longer only while this lasts, e.g. the final settlement of a dispute.':
    'Alleen langer bewaard zolang dit duurt, bijvoorbeeld tot de definitieve beslechting van een geschil.',
  'The criteria used to determine the period, when no period can be given.':
    'De criteria om de termijn te bepalen, wanneer geen termijn kan worden opgegeven.',
  'In a list of retention periods: the data this period applies to.':
    'In een lijst van bewaartermijnen: de gegevens waarop deze termijn van toepassing is.',
  'data category': 'gegevenscategorie',
  recipient: 'ontvanger',
  purpose: 'doeleinde',
  audience: 'doelgroep',
  'New privacy policy': 'Nieuwe privacyverklaring',
  'A complete privacy notice skeleton that passes every error-level check once its placeholders are filled':
    'Een volledig basisontwerp van een privacyverklaring dat alle controles op foutniveau doorstaat zodra de tijdelijke aanduidingen zijn ingevuld',
  Purpose: 'Doeleinde',
  'A purpose with its legal basis, data and retention (Art 13(1)(c), 13(2)(a))':
    'Een doeleinde met zijn rechtsgrond, gegevens en bewaartermijn (art. 13, lid 1, c), en lid 2, a))',
  'Data category': 'Gegevenscategorie',
  'A category of personal data (Art 14(1)(d))': 'Een categorie van persoonsgegevens (art. 14, lid 1, d))',
  Recipient: 'Ontvanger',
  'A recipient or category of recipients (Art 13(1)(e))':
    'Een ontvanger of categorie van ontvangers (art. 13, lid 1, e))',
  Transfer: 'Doorgifte',
  'A transfer outside the EEA with its safeguard (Art 13(1)(f), 44-49)':
    'Een doorgifte buiten de EER met de waarborg ervan (art. 13, lid 1, f), en art. 44 tot en met 49)',
  Cookie: 'Cookie',
  'A cookie or similar technology': 'Een cookie of vergelijkbare technologie',
  'Processor role': 'Rol als verwerker',
  "Processing we do as a processor on someone else's behalf: they are the controller, and their notice applies (Art 4(8), 28)":
    'Verwerking die wij als verwerker namens iemand anders verrichten: die ander is de verwerkingsverantwoordelijke, en diens verklaring is van toepassing (art. 4, punt 8, en art. 28)',
  'Restricted right': 'Beperkt recht',
  'A right a law restricts, with the law and the cases it concerns (Art 13(2)(b), 23(1))':
    'Een recht dat een wet beperkt, met die wet en de gevallen waarop de beperking betrekking heeft (art. 13, lid 2, b), en art. 23, lid 1)',
  'Sets out what the GDPR is for: protecting people when their personal data is used, while letting that data move freely within the EU.':
    'Bepaalt waartoe de AVG dient: natuurlijke personen beschermen wanneer hun persoonsgegevens worden gebruikt, en tegelijk het vrije verkeer van die gegevens binnen de EU mogelijk maken.',
  'Says which processing the GDPR covers — automated or filed personal data — and what it leaves out, such as purely personal or household activities.':
    'Bepaalt op welke verwerking de AVG van toepassing is — geautomatiseerde verwerking of persoonsgegevens in een bestand — en wat erbuiten valt, zoals zuiver persoonlijke of huishoudelijke activiteiten.',
  'Applies the GDPR to organisations established in the EU, and to those outside it that offer goods or services to, or monitor, people in the EU.':
    'Maakt de AVG van toepassing op organisaties die in de EU gevestigd zijn, en op organisaties daarbuiten die goederen of diensten aanbieden aan personen in de EU of hun gedrag monitoren.',
  "Defines the GDPR's key terms, such as personal data, processing, controller, processor, consent and profiling.":
    'Definieert de kernbegrippen van de AVG, zoals persoonsgegevens, verwerking, verwerkingsverantwoordelijke, verwerker, toestemming en profilering.',
  "Lists the principles every use of personal data must follow: lawfulness, fairness and transparency, purpose limitation, data minimisation, accuracy, storage limitation, security — and the controller's duty to show compliance.":
    'Somt de beginselen op die elk gebruik van persoonsgegevens moet naleven: rechtmatigheid, behoorlijkheid en transparantie, doelbinding, minimale gegevensverwerking, juistheid, opslagbeperking, beveiliging — en de plicht van de verwerkingsverantwoordelijke om aan te tonen dat hij ze naleeft.',
  'Processing is lawful only on one of six bases: consent, a contract, a legal obligation, vital interests, a public task or legitimate interests.':
    'Verwerking is alleen rechtmatig op een van zes rechtsgronden: toestemming, een overeenkomst, een wettelijke verplichting, vitale belangen, een taak van algemeen belang of gerechtvaardigde belangen.',
  'Sets the conditions for valid consent: the controller must be able to prove it, the request must be clear and separate, and it can be withdrawn as easily as it was given.':
    'Stelt de voorwaarden voor geldige toestemming vast: de verwerkingsverantwoordelijke moet ze kunnen aantonen, het verzoek om toestemming moet duidelijk en afzonderlijk zijn, en de toestemming kan even eenvoudig worden ingetrokken als ze is gegeven.',
  'When an online service is offered directly to a child on the basis of consent, a parent must consent below the age of digital consent (16, or lower down to 13 where a Member State so decides).':
    'Wanneer een onlinedienst op basis van toestemming rechtstreeks aan een kind wordt aangeboden, moet onder de leeftijd voor digitale toestemming een ouder toestemming geven (16 jaar, of lager tot minimaal 13 jaar als een lidstaat daartoe besluit).',
  'Forbids processing of special categories of data (health, ethnic origin, religion, biometrics and others) unless one of the listed exceptions applies.':
    'Verbiedt de verwerking van bijzondere categorieën van persoonsgegevens (gezondheid, etnische afkomst, godsdienst, biometrische gegevens en andere), tenzij een van de genoemde uitzonderingen van toepassing is.',
  'Data about criminal convictions and offences may be processed only under official authority or where Union or Member State law allows it with safeguards.':
    'Persoonsgegevens over strafrechtelijke veroordelingen en strafbare feiten mogen alleen worden verwerkt onder toezicht van de overheid of wanneer het Unierecht of het lidstatelijke recht dat met waarborgen toestaat.',
  'A controller need not collect extra information just to identify people for the purpose of complying with the GDPR.':
    'Een verwerkingsverantwoordelijke hoeft geen aanvullende gegevens te verzamelen alleen om personen te identificeren met het oog op de naleving van de AVG.',
  'Information and communications to people must be concise, clear and easy to access, and requests to exercise rights must be answered free of charge, within one month as a rule.':
    'Informatie en communicatie aan betrokkenen moeten beknopt, duidelijk en gemakkelijk toegankelijk zijn, en verzoeken tot uitoefening van rechten moeten kosteloos worden beantwoord, in de regel binnen één maand.',
  'Lists what a controller must tell people when it collects personal data from them, at the time of collection.':
    'Somt op wat een verwerkingsverantwoordelijke betrokkenen moet meedelen wanneer hij persoonsgegevens bij hen verzamelt, op het moment van de verzameling.',
  'Lists what a controller must tell people when it obtains their personal data from someone else, including the source of the data.':
    'Somt op wat een verwerkingsverantwoordelijke betrokkenen moet meedelen wanneer hij hun persoonsgegevens van iemand anders verkrijgt, met inbegrip van de bron van de gegevens.',
  'Gives people the right to know whether their data is processed, to get a copy of it, and to be told how and why it is used.':
    'Geeft betrokkenen het recht te weten of hun gegevens worden verwerkt, er een kopie van te krijgen en te vernemen hoe en waarom ze worden gebruikt.',
  'Gives people the right to have inaccurate personal data corrected and incomplete data completed.':
    'Geeft betrokkenen het recht onjuiste persoonsgegevens te laten rectificeren en onvolledige gegevens te laten aanvullen.',
  'Gives people the right to have their data erased in listed cases (the "right to be forgotten"), subject to exceptions such as legal obligations or legal claims.':
    'Geeft betrokkenen het recht hun gegevens in de genoemde gevallen te laten wissen (het ‘recht op vergetelheid’), behoudens uitzonderingen zoals wettelijke verplichtingen of rechtsvorderingen.',
  'Gives people the right to have the use of their data restricted in listed cases, such as while its accuracy or their objection is being verified, where the processing is unlawful but they oppose erasure, or when they need the data kept for legal claims.':
    'Geeft betrokkenen het recht het gebruik van hun gegevens in de genoemde gevallen te laten beperken, zoals zolang de juistheid ervan of hun bezwaar wordt gecontroleerd, wanneer de verwerking onrechtmatig is maar zij zich tegen wissing verzetten, of wanneer zij de bewaring van de gegevens nodig hebben voor rechtsvorderingen.',
  'A controller must pass on any correction, erasure or restriction to each recipient of the data, and tell the person who the recipients are if asked.':
    'Een verwerkingsverantwoordelijke moet elke rectificatie, wissing of beperking meedelen aan iedere ontvanger van de gegevens, en de betrokkene op verzoek laten weten wie de ontvangers zijn.',
  'Gives people the right to receive data they provided in a structured, machine-readable format and to have it transmitted to another controller, where processing rests on consent or a contract and is automated.':
    'Geeft betrokkenen het recht de gegevens die zij hebben verstrekt in een gestructureerde, machineleesbare vorm te ontvangen en ze aan een andere verwerkingsverantwoordelijke te laten doorzenden, wanneer de verwerking berust op toestemming of een overeenkomst en geautomatiseerd verloopt.',
  'Gives people the right to object to processing based on public task or legitimate interests, and an absolute right to object to direct marketing.':
    'Geeft betrokkenen het recht bezwaar te maken tegen verwerking op grond van een taak van algemeen belang of gerechtvaardigde belangen, en een onvoorwaardelijk recht van bezwaar tegen direct marketing.',
  'People have the right not to be subject to decisions based solely on automated processing, including profiling, that significantly affect them, save in listed cases with safeguards.':
    'Betrokkenen hebben het recht niet te worden onderworpen aan besluiten die uitsluitend op geautomatiseerde verwerking, waaronder profilering, zijn gebaseerd en die hen in aanmerkelijke mate treffen, behalve in de genoemde gevallen en met waarborgen.',
  'Allows Union or Member State law to restrict certain rights and duties where necessary to protect important public interests, such as national security or the prevention of crime.':
    'Staat toe dat het Unierecht of het lidstatelijke recht bepaalde rechten en verplichtingen beperkt wanneer dat noodzakelijk is om belangrijke algemene belangen te beschermen, zoals de nationale veiligheid of de voorkoming van strafbare feiten.',
  'The controller must take appropriate technical and organisational measures to ensure and demonstrate that processing complies with the GDPR.':
    'De verwerkingsverantwoordelijke moet passende technische en organisatorische maatregelen treffen om te waarborgen en aan te tonen dat de verwerking in overeenstemming is met de AVG.',
  'Data protection must be built into processing from the start, and by default only the data needed for each purpose may be processed.':
    'Gegevensbescherming moet vanaf het begin in de verwerking worden ingebouwd, en standaard mogen alleen de gegevens worden verwerkt die voor elk doeleinde nodig zijn.',
  'Controllers who decide together on the purposes and means of processing must set out their respective responsibilities in an arrangement whose essence is made available to people.':
    'Verwerkingsverantwoordelijken die samen de doeleinden en middelen van de verwerking bepalen, moeten hun respectieve verantwoordelijkheden vastleggen in een regeling waarvan de wezenlijke inhoud aan de betrokkenen beschikbaar wordt gesteld.',
  'Controllers and processors outside the EU that are subject to the GDPR must appoint a representative in the EU in most cases.':
    'Verwerkingsverantwoordelijken en verwerkers buiten de EU die onder de AVG vallen, moeten in de meeste gevallen een vertegenwoordiger in de EU aanwijzen.',
  'A controller may use only processors that give sufficient guarantees, under a contract that sets out the required terms.':
    'Een verwerkingsverantwoordelijke mag alleen een beroep doen op verwerkers die afdoende garanties bieden, op grond van een overeenkomst die de vereiste bepalingen bevat.',
  "Processors and anyone acting under a controller's authority may process personal data only on the controller's instructions.":
    'Verwerkers en eenieder die onder het gezag van een verwerkingsverantwoordelijke handelt, mogen persoonsgegevens alleen in opdracht van de verwerkingsverantwoordelijke verwerken.',
  'Controllers and processors must keep a record of their processing activities, with the content the article lists.':
    'Verwerkingsverantwoordelijken en verwerkers moeten een register van hun verwerkingsactiviteiten bijhouden, met de inhoud die het artikel opsomt.',
  'Controllers and processors must cooperate with the supervisory authority when it asks.':
    'Verwerkingsverantwoordelijken en verwerkers moeten op verzoek met de toezichthoudende autoriteit samenwerken.',
  'Controllers and processors must secure personal data with measures appropriate to the risk, such as encryption and pseudonymisation.':
    'Verwerkingsverantwoordelijken en verwerkers moeten persoonsgegevens beveiligen met maatregelen die op het risico zijn afgestemd, zoals versleuteling en pseudonimisering.',
  'A personal data breach must be reported to the supervisory authority without undue delay and, where feasible, within 72 hours, unless it is unlikely to result in a risk to people.':
    'Een inbreuk in verband met persoonsgegevens moet onverwijld en, indien mogelijk, binnen 72 uur aan de toezichthoudende autoriteit worden gemeld, tenzij het niet waarschijnlijk is dat de inbreuk een risico voor personen inhoudt.',
  'When a breach is likely to result in a high risk to people, the controller must tell them without undue delay.':
    'Wanneer een inbreuk waarschijnlijk een hoog risico voor personen inhoudt, moet de verwerkingsverantwoordelijke hen onverwijld inlichten.',
  'Processing likely to result in a high risk to people requires a data protection impact assessment beforehand.':
    'Een verwerking die waarschijnlijk een hoog risico voor personen inhoudt, vereist vooraf een gegevensbeschermingseffectbeoordeling.',
  'Where an impact assessment shows a high risk that the controller cannot mitigate, the supervisory authority must be consulted before processing starts.':
    'Wanneer uit een effectbeoordeling een hoog risico blijkt dat de verwerkingsverantwoordelijke niet kan beperken, moet de toezichthoudende autoriteit worden geraadpleegd voordat de verwerking begint.',
  'Says when a data protection officer must be appointed, for example for large-scale monitoring or special-category data, and that their contact details must be published.':
    'Bepaalt wanneer een functionaris voor gegevensbescherming moet worden aangewezen, bijvoorbeeld bij grootschalige monitoring of bij bijzondere categorieën van persoonsgegevens, en dat diens contactgegevens moeten worden bekendgemaakt.',
  'The data protection officer must be involved in all data protection issues, be independent, and be reachable by the people whose data is processed.':
    'De functionaris voor gegevensbescherming moet bij alle aangelegenheden in verband met gegevensbescherming worden betrokken, onafhankelijk zijn en bereikbaar zijn voor de personen van wie gegevens worden verwerkt.',
  "Lists the data protection officer's tasks: advising, monitoring compliance and cooperating with the supervisory authority.":
    'Somt de taken van de functionaris voor gegevensbescherming op: advies geven, toezien op de naleving en samenwerken met de toezichthoudende autoriteit.',
  'Encourages codes of conduct drawn up by associations and approved by supervisory authorities, which can also serve as a safeguard for transfers.':
    'Moedigt gedragscodes aan die door verenigingen worden opgesteld en door toezichthoudende autoriteiten worden goedgekeurd, en die ook als waarborg voor doorgiften kunnen dienen.',
  'Approved codes of conduct may be monitored by accredited independent bodies.':
    'Op goedgekeurde gedragscodes kan toezicht worden gehouden door geaccrediteerde onafhankelijke organen.',
  'Encourages certification mechanisms, seals and marks that show compliance with the GDPR.':
    'Moedigt certificeringsmechanismen, gegevensbeschermingszegels en -merktekens aan die aantonen dat de AVG wordt nageleefd.',
  'Sets the requirements for bodies that issue GDPR certifications, and their accreditation.':
    'Stelt de eisen vast voor de organen die certificeringen op grond van de AVG afgeven, en voor hun accreditatie.',
  'Personal data may leave the EU only when the conditions of Chapter V are met, so that the protection travels with the data.':
    'Persoonsgegevens mogen de EU alleen verlaten als aan de voorwaarden van hoofdstuk V is voldaan, zodat de bescherming met de gegevens meereist.',
  'Transfers may take place without further authorisation to a country or organisation the Commission has found to offer an adequate level of protection.':
    'Doorgiften naar een land of organisatie waarvan de Commissie heeft vastgesteld dat het een passend beschermingsniveau biedt, mogen plaatsvinden zonder verdere toestemming.',
  'Without an adequacy decision, transfers need appropriate safeguards, such as standard contractual clauses, with enforceable rights for people.':
    'Zonder adequaatheidsbesluit vereisen doorgiften passende waarborgen, zoals standaardbepalingen inzake gegevensbescherming, met afdwingbare rechten voor de betrokkenen.',
  'Sets the content and approval of binding corporate rules for transfers within a group of companies.':
    'Regelt de inhoud en de goedkeuring van bindende bedrijfsvoorschriften voor doorgiften binnen een groep van ondernemingen.',
  'A foreign court judgment or authority decision requiring a transfer is recognised only on the basis of an international agreement.':
    'Een buitenlandse rechterlijke uitspraak of beslissing van een autoriteit die een doorgifte vereist, wordt alleen erkend op basis van een internationale overeenkomst.',
  'Lists the derogations that allow a transfer without adequacy or safeguards in specific situations, such as explicit consent or the performance of a contract.':
    'Somt de afwijkingen op die in specifieke situaties een doorgifte toestaan zonder adequaatheidsbesluit of waarborgen, zoals uitdrukkelijke toestemming of de uitvoering van een overeenkomst.',
  'The Commission and supervisory authorities must work with third countries and international organisations to protect personal data.':
    'De Commissie en de toezichthoudende autoriteiten moeten met derde landen en internationale organisaties samenwerken om persoonsgegevens te beschermen.',
  'Each Member State must have one or more independent public authorities that monitor the application of the GDPR.':
    'Elke lidstaat moet een of meer onafhankelijke overheidsinstanties hebben die toezien op de toepassing van de AVG.',
  'Supervisory authorities must act with complete independence and have the resources they need.':
    'Toezichthoudende autoriteiten moeten volledig onafhankelijk optreden en over de middelen beschikken die zij nodig hebben.',
  'Sets the conditions for appointing the members of a supervisory authority through a transparent procedure.':
    'Stelt de voorwaarden vast voor de benoeming van de leden van een toezichthoudende autoriteit via een transparante procedure.',
  'Member States must lay down by law how their supervisory authorities are established and their members appointed.':
    'De lidstaten moeten bij wet regelen hoe hun toezichthoudende autoriteiten worden opgericht en hoe de leden ervan worden benoemd.',
  'Each supervisory authority is competent on the territory of its own Member State.':
    'Elke toezichthoudende autoriteit is bevoegd op het grondgebied van haar eigen lidstaat.',
  'For cross-border processing, the authority of the main establishment acts as lead supervisory authority.':
    'Bij grensoverschrijdende verwerking treedt de autoriteit van de hoofdvestiging op als leidende toezichthoudende autoriteit.',
  "Lists the supervisory authority's tasks, including handling complaints and raising public awareness.":
    'Somt de taken van de toezichthoudende autoriteit op, waaronder de behandeling van klachten en de bewustmaking van het publiek.',
  "Lists the supervisory authority's investigative, corrective and advisory powers.":
    'Somt de onderzoeksbevoegdheden, corrigerende bevoegdheden en adviesbevoegdheden van de toezichthoudende autoriteit op.',
  'Each supervisory authority must publish an annual report on its activities.':
    'Elke toezichthoudende autoriteit moet een jaarverslag over haar activiteiten publiceren.',
  'Sets how the lead supervisory authority and the other authorities concerned cooperate and reach a decision together.':
    'Regelt hoe de leidende toezichthoudende autoriteit en de andere betrokken autoriteiten samenwerken en samen tot een besluit komen.',
  'Supervisory authorities must help one another, for example by sharing information and carrying out inspections on request.':
    'Toezichthoudende autoriteiten moeten elkaar bijstand verlenen, bijvoorbeeld door informatie uit te wisselen en op verzoek inspecties uit te voeren.',
  'Supervisory authorities may carry out joint investigations and enforcement operations.':
    'Toezichthoudende autoriteiten kunnen gezamenlijke onderzoeken en gezamenlijke handhavingsacties uitvoeren.',
  'The consistency mechanism makes supervisory authorities cooperate with one another and with the Commission to apply the GDPR consistently.':
    'Via het coherentiemechanisme werken de toezichthoudende autoriteiten onderling en met de Commissie samen om de AVG op coherente wijze toe te passen.',
  'The European Data Protection Board gives opinions on draft decisions of supervisory authorities in listed cases.':
    'Het Europees Comité voor gegevensbescherming brengt in de genoemde gevallen advies uit over ontwerpbesluiten van toezichthoudende autoriteiten.',
  'The Board settles disputes between supervisory authorities with binding decisions.':
    'Het Comité beslecht geschillen tussen toezichthoudende autoriteiten met bindende besluiten.',
  'In exceptional, urgent cases a supervisory authority may adopt provisional measures for up to three months.':
    'In uitzonderlijke, dringende gevallen kan een toezichthoudende autoriteit voorlopige maatregelen nemen voor ten hoogste drie maanden.',
  'The Commission may set the arrangements for exchanging information electronically between supervisory authorities and the Board.':
    'De Commissie kan de regelingen vaststellen voor de elektronische uitwisseling van informatie tussen de toezichthoudende autoriteiten en het Comité.',
  'Establishes the European Data Protection Board as a Union body with legal personality.':
    'Stelt het Europees Comité voor gegevensbescherming in als orgaan van de Unie met rechtspersoonlijkheid.',
  'The Board acts independently in performing its tasks.':
    'Het Comité handelt bij de uitvoering van zijn taken onafhankelijk.',
  "Lists the Board's tasks, such as issuing guidelines, recommendations and best practices.":
    'Somt de taken van het Comité op, zoals het uitvaardigen van richtsnoeren, aanbevelingen en beste praktijken.',
  'The Board must publish an annual report on data protection in the Union.':
    'Het Comité moet een jaarverslag over gegevensbescherming in de Unie publiceren.',
  'The Board takes its decisions by a simple majority of its members, unless the GDPR says otherwise, and adopts its own rules of procedure.':
    'Het Comité neemt zijn besluiten bij gewone meerderheid van zijn leden, tenzij de AVG anders bepaalt, en stelt zijn eigen reglement van orde vast.',
  'The Board elects a chair and two deputy chairs from among its members.':
    'Het Comité kiest uit zijn leden een voorzitter en twee vicevoorzitters.',
  "Lists the chair's tasks, such as convening meetings and notifying the Board's decisions.":
    'Somt de taken van de voorzitter op, zoals het bijeenroepen van vergaderingen en de kennisgeving van de besluiten van het Comité.',
  'The European Data Protection Supervisor provides the Board with a secretariat.':
    'De Europese Toezichthouder voor gegevensbescherming stelt een secretariaat ter beschikking van het Comité.',
  "The Board's discussions are confidential where it considers this necessary.":
    'De beraadslagingen van het Comité zijn vertrouwelijk wanneer het Comité dat nodig acht.',
  'Everyone has the right to lodge a complaint with a supervisory authority, in particular in the Member State where they live, work or where the infringement took place.':
    'Iedereen heeft het recht een klacht in te dienen bij een toezichthoudende autoriteit, met name in de lidstaat waar hij woont of werkt of waar de inbreuk heeft plaatsgevonden.',
  "People and organisations can challenge a supervisory authority's binding decision, or its failure to act on a complaint, before the courts.":
    'Personen en organisaties kunnen een bindend besluit van een toezichthoudende autoriteit, of het uitblijven van een behandeling van een klacht, voor de rechter aanvechten.',
  'People have the right to take a controller or processor to court when their rights under the GDPR have been infringed.':
    'Personen hebben het recht een verwerkingsverantwoordelijke of verwerker voor de rechter te dagen wanneer hun rechten uit hoofde van de AVG zijn geschonden.',
  'People may have a not-for-profit body, organisation or association represent them in complaints and court actions.':
    'Personen kunnen zich bij klachten en gerechtelijke procedures laten vertegenwoordigen door een orgaan, organisatie of vereniging zonder winstoogmerk.',
  'A court may suspend proceedings when the same processing is already before a court in another Member State.':
    'Een rechter kan de procedure schorsen wanneer dezelfde verwerking al aanhangig is bij een rechter in een andere lidstaat.',
  'Anyone who has suffered damage from an infringement of the GDPR has the right to compensation from the controller or processor.':
    'Eenieder die schade heeft geleden als gevolg van een inbreuk op de AVG, heeft recht op schadevergoeding van de verwerkingsverantwoordelijke of de verwerker.',
  'Sets how administrative fines are decided and their ceilings: for the gravest infringements up to €20 million or 4 % of worldwide annual turnover, whichever is higher.':
    'Regelt hoe administratieve geldboeten worden bepaald en wat de maxima zijn: voor de ernstigste inbreuken tot 20 miljoen euro of 4 % van de wereldwijde jaaromzet, als dat bedrag hoger is.',
  'Member States must lay down other penalties for infringements, in particular those not subject to administrative fines.':
    'De lidstaten moeten andere sancties vaststellen voor inbreuken, met name voor inbreuken waarop geen administratieve geldboeten staan.',
  'Member States must reconcile data protection with freedom of expression and information, including for journalism.':
    'De lidstaten moeten de bescherming van persoonsgegevens in overeenstemming brengen met de vrijheid van meningsuiting en van informatie, ook voor journalistieke doeleinden.',
  'Personal data in official documents may be disclosed to give public access in line with Union or Member State law.':
    'Persoonsgegevens in officiële documenten mogen worden bekendgemaakt om het publiek toegang te geven overeenkomstig het Unierecht of het lidstatelijke recht.',
  'Member States may set the conditions for processing a national identification number.':
    'De lidstaten kunnen de voorwaarden vaststellen voor de verwerking van een nationaal identificatienummer.',
  "Member States may adopt more specific rules for processing employees' personal data in the employment context.":
    'De lidstaten kunnen specifiekere regels vaststellen voor de verwerking van persoonsgegevens van werknemers in het kader van de arbeidsverhouding.',
  'Processing for archiving in the public interest, research or statistics needs safeguards such as data minimisation, and certain rights may be restricted.':
    'Verwerking met het oog op archivering in het algemeen belang, onderzoek of statistiek vereist waarborgen zoals minimale gegevensverwerking, en bepaalde rechten kunnen worden beperkt.',
  "Member States may adapt the supervisory authorities' powers towards people bound by professional secrecy.":
    'De lidstaten kunnen de bevoegdheden van de toezichthoudende autoriteiten aanpassen ten aanzien van personen die aan een beroepsgeheim gebonden zijn.',
  'Churches and religious associations may keep applying their own comprehensive data protection rules if they are brought in line with the GDPR.':
    'Kerken en religieuze verenigingen mogen hun eigen uitgebreide regels inzake gegevensbescherming blijven toepassen als die in overeenstemming worden gebracht met de AVG.',
  'Sets the conditions under which the Commission may adopt delegated acts.':
    'Stelt de voorwaarden vast waaronder de Commissie gedelegeerde handelingen kan vaststellen.',
  'The Commission is assisted by a committee when it adopts implementing acts.':
    'De Commissie wordt bij de vaststelling van uitvoeringshandelingen bijgestaan door een comité.',
  "Repeals Directive 95/46/EC, the GDPR's predecessor, from 25 May 2018.":
    'Trekt Richtlijn 95/46/EG, de voorganger van de AVG, in met ingang van 25 mei 2018.',
  'The GDPR adds no obligations where the ePrivacy Directive (2002/58/EC) already sets specific obligations with the same objective.':
    'De AVG legt geen extra verplichtingen op wanneer de e-privacyrichtlijn (2002/58/EG) al specifieke verplichtingen met hetzelfde doel vaststelt.',
  'International agreements on transfers concluded by Member States before 24 May 2016 that complied with Union law as it then stood remain in force until amended, replaced or revoked.':
    'Internationale overeenkomsten over doorgiften die de lidstaten vóór 24 mei 2016 hebben gesloten en die in overeenstemming waren met het toen geldende Unierecht, blijven van kracht totdat zij worden gewijzigd, vervangen of ingetrokken.',
  'The Commission must report on the evaluation and review of the GDPR every four years.':
    'De Commissie moet om de vier jaar verslag uitbrengen over de evaluatie en de toetsing van de AVG.',
  'The Commission must review other Union legal acts on data protection to align them with the GDPR.':
    'De Commissie moet andere rechtshandelingen van de Unie inzake gegevensbescherming toetsen om ze op de AVG af te stemmen.',
  'The GDPR entered into force in 2016 and has applied since 25 May 2018.':
    'De AVG is in 2016 in werking getreden en is van toepassing sinds 25 mei 2018.',
  'The UK GDPR applies to processing in the context of an establishment in the United Kingdom, and to controllers outside it that offer goods or services to, or monitor, people in the United Kingdom.':
    'De UK GDPR is van toepassing op verwerking in het kader van een vestiging in het Verenigd Koninkrijk, en op verwerkingsverantwoordelijken daarbuiten die goederen of diensten aanbieden aan personen in het Verenigd Koninkrijk of hun gedrag monitoren.',
  'Periods of time are read as under Regulation (EEC, Euratom) No 1182/71.':
    'Termijnen worden berekend zoals bepaald in Verordening (EEG, Euratom) nr. 1182/71.',
  'Processing is lawful only on a basis of Art 6(1), which since 5 February 2026 includes recognised legitimate interests (point (ea), conditions in Annex 1); points (ea) and (f) are not for public authorities performing their tasks.':
    'Verwerking is alleen rechtmatig op een rechtsgrond van art. 6, lid 1, die sinds 5 februari 2026 ook erkende gerechtvaardigde belangen omvat (punt ea), met de voorwaarden in bijlage 1); de punten ea) en f) gelden niet voor overheidsinstanties bij de uitvoering van hun taken.',
  'When further processing for a new purpose is compatible with the original purpose.':
    'Wanneer verdere verwerking voor een nieuw doeleinde verenigbaar is met het oorspronkelijke doeleinde.',
  'Power to add to or vary the special categories of personal data.':
    'Bevoegdheid om de bijzondere categorieën van persoonsgegevens aan te vullen of te wijzigen.',
  'Information and communication must be clear and easy to access; requests are answered without undue delay and within the time limit of Art 12A.':
    'Informatie en communicatie moeten duidelijk en gemakkelijk toegankelijk zijn; verzoeken worden onverwijld en binnen de termijn van art. 12A beantwoord.',
  'The time limit for answering requests: one month from receipt, from receipt of identity information asked for, or from payment of a fee, whichever is latest; extendable by two further months.':
    'De termijn voor het beantwoorden van verzoeken: één maand na de ontvangst, na de ontvangst van gevraagde identiteitsgegevens of na de betaling van een vergoeding, naargelang wat het laatst valt; met nog eens twee maanden te verlengen.',
  'What to tell people when collecting data from them; since 19 June 2026 including the right to complain to the controller (s.164A DPA 2018) and to the Commissioner (s.165).':
    'Wat betrokkenen moet worden meegedeeld wanneer gegevens bij hen worden verzameld; sinds 19 juni 2026 met inbegrip van het recht om een klacht in te dienen bij de verwerkingsverantwoordelijke (s.164A DPA 2018) en bij de Commissioner (s.165).',
  'What to tell people when the data was not obtained from them; since 19 June 2026 including the right to complain to the controller (s.164A DPA 2018) and to the Commissioner (s.165).':
    'Wat betrokkenen moet worden meegedeeld wanneer de gegevens niet bij hen zijn verkregen; sinds 19 juni 2026 met inbegrip van het recht om een klacht in te dienen bij de verwerkingsverantwoordelijke (s.164A DPA 2018) en bij de Commissioner (s.165).',
  'A significant decision based solely on automated processing: one with no meaningful human involvement and a legal or similarly significant effect.':
    'Een significant besluit dat uitsluitend op geautomatiseerde verwerking berust: een besluit zonder betekenisvolle menselijke betrokkenheid en met rechtsgevolgen of een vergelijkbaar significant effect.',
  'Limits solely automated significant decisions on special category data, and bars them where the processing rests on recognised legitimate interests (22B(4)).':
    'Beperkt uitsluitend geautomatiseerde significante besluiten op basis van bijzondere categorieën van persoonsgegevens, en verbiedt ze wanneer de verwerking op erkende gerechtvaardigde belangen berust (art. 22B, lid 4).',
  'Safeguards for solely automated significant decisions: information, the chance to make representations, human intervention and a way to contest the decision.':
    'Waarborgen bij uitsluitend geautomatiseerde significante besluiten: informatie, de gelegenheid om opmerkingen te maken, menselijke tussenkomst en een manier om het besluit aan te vechten.',
  'Powers to make regulations about automated decision-making.':
    'Bevoegdheden om regelgeving (regulations) over geautomatiseerde besluitvorming vast te stellen.',
  'A controller or processor outside the United Kingdom to which Art 3(2) applies designates a representative in the United Kingdom.':
    'Een verwerkingsverantwoordelijke of verwerker buiten het Verenigd Koninkrijk op wie art. 3, lid 2, van toepassing is, wijst een vertegenwoordiger in het Verenigd Koninkrijk aan.',
  'A transfer to a third country needs approval by regulations under Art 45A, appropriate safeguards (Art 46) or a derogation (Art 49).':
    'Een doorgifte naar een derde land vereist een goedkeuring bij regelgeving (regulations) op grond van art. 45A, passende waarborgen (art. 46) of een afwijking (art. 49).',
  'The Secretary of State may approve transfers by regulations where the data protection test of Art 45B is met.':
    'De Secretary of State kan doorgiften bij regelgeving (regulations) goedkeuren wanneer aan de gegevensbeschermingstoets van art. 45B is voldaan.',
  'The data protection test: protection in the destination is not materially lower than in the United Kingdom.':
    'De gegevensbeschermingstoets: de bescherming in het land van bestemming is niet wezenlijk lager dan in het Verenigd Koninkrijk.',
  'The Secretary of State monitors approvals and publishes a list of the regulations in force.':
    'De Secretary of State houdt toezicht op de goedkeuringen en publiceert een lijst van de geldende regelgeving (regulations).',
  'Transfers without approval by regulations need appropriate safeguards (e.g. the IDTA or the UK Addendum issued under s.119A DPA 2018), and the exporter must reasonably consider the data protection test met.':
    'Doorgiften zonder goedkeuring bij regelgeving (regulations) vereisen passende waarborgen (bijvoorbeeld de IDTA of het UK Addendum, uitgevaardigd op grond van s.119A DPA 2018), en de exporteur moet redelijkerwijs van oordeel zijn dat aan de gegevensbeschermingstoets is voldaan.',
  'Standard data protection clauses and further safeguards may be specified by regulations.':
    'Standaardbepalingen inzake gegevensbescherming en aanvullende waarborgen kunnen bij regelgeving (regulations) worden vastgesteld.',
  'Regulations may restrict transfers in the public interest.':
    'Bij regelgeving (regulations) kunnen doorgiften in het algemeen belang worden beperkt.',
  'Research, archiving and statistics ("RAS purposes").':
    'Onderzoek, archivering en statistiek (‘RAS purposes’, RAS-doeleinden).',
  'When processing for RAS purposes is allowed, and the appropriate safeguards it needs.':
    'Wanneer verwerking voor RAS-doeleinden is toegestaan, en welke passende waarborgen daarvoor nodig zijn.',
  'When the safeguards for RAS processing are not met (substantial damage or distress, decisions about a person).':
    'Wanneer niet aan de waarborgen voor verwerking voor RAS-doeleinden is voldaan (aanzienlijke schade of aanzienlijk leed, besluiten over een persoon).',
  'Powers to make regulations about safeguards for RAS processing.':
    'Bevoegdheden om regelgeving (regulations) over waarborgen voor verwerking voor RAS-doeleinden vast te stellen.',
  'Processing and national security and defence.': 'Verwerking en nationale veiligheid en defensie.',
  'How regulations under the UK GDPR are made.':
    'Hoe regelgeving (regulations) op grond van de UK GDPR wordt vastgesteld.',
  'The Act protects the personality and fundamental rights of natural persons whose data is processed.':
    'De wet beschermt de persoonlijkheid en de grondrechten van natuurlijke personen van wie gegevens worden verwerkt.',
  'Whom and what the Act covers: private persons and federal bodies processing personal data of natural persons, with the exceptions it lists (e.g. purely personal use).':
    'Op wie en wat de wet van toepassing is: privépersonen en federale organen die persoonsgegevens van natuurlijke personen verwerken, met de uitzonderingen die zij opsomt (bijvoorbeeld zuiver persoonlijk gebruik).',
  'It applies to situations with effects in Switzerland, even if they were caused abroad.':
    'De wet is van toepassing op situaties die gevolgen hebben in Zwitserland, ook als die in het buitenland zijn veroorzaakt.',
  'In chapter 1 of the Act (Purpose, Scope of Application and Federal Supervisory Authority).':
    'In hoofdstuk 1 van de wet (Doel, toepassingsgebied en federale toezichthoudende autoriteit).',
  'Definitions: personal data, sensitive data, processing, disclosure, controller, processor, profiling and more.':
    'Definities: persoonsgegevens, gevoelige gegevens, verwerking, bekendmaking, verwerkingsverantwoordelijke, verwerker, profilering en meer.',
  'The principles: lawful, in good faith and proportionate processing, recognisable purposes, destruction when no longer needed, accuracy, and valid consent.':
    'De beginselen: rechtmatige, te goeder trouw verrichte en evenredige verwerking, herkenbare doeleinden, vernietiging wanneer de gegevens niet meer nodig zijn, juistheid, en geldige toestemming.',
  'Data protection by design and by default.': 'Gegevensbescherming door ontwerp en door standaardinstellingen.',
  'Data security appropriate to the risk.': 'Gegevensbeveiliging die op het risico is afgestemd.',
  'Processing by a processor, under contract or law.':
    'Verwerking door een verwerker, op grond van een overeenkomst of van de wet.',
  'Private controllers may appoint a data protection advisor.':
    'Private verwerkingsverantwoordelijken kunnen een adviseur voor gegevensbescherming aanwijzen.',
  'In chapter 2 of the Act (General Provisions).': 'In hoofdstuk 2 van de wet (Algemene bepalingen).',
  'Controllers and processors keep a record of their processing activities.':
    'Verwerkingsverantwoordelijken en verwerkers houden een register van hun verwerkingsactiviteiten bij.',
  'A private controller abroad that processes data of people in Switzerland appoints a representative in Switzerland when the four conditions of para 1 are all met; it publishes the representative’s name and address.':
    'Een private verwerkingsverantwoordelijke in het buitenland die gegevens van personen in Zwitserland verwerkt, wijst een vertegenwoordiger in Zwitserland aan wanneer aan alle vier de voorwaarden van lid 1 is voldaan; hij maakt de naam en het adres van de vertegenwoordiger bekend.',
  'Data may be disclosed abroad where the Federal Council has found adequate protection (Annex 1 DPO) or, failing that, with the safeguards of para 2.':
    'Gegevens mogen aan het buitenland worden verstrekt wanneer de Bondsraad heeft vastgesteld dat de bescherming er passend is (bijlage 1 DSV) of, bij gebreke daarvan, met de waarborgen van lid 2.',
  'Exceptions that allow disclosure abroad without adequacy or safeguards (express consent, contract, overriding public interest, legal claims, life and physical integrity, data made public, public registers).':
    'Uitzonderingen die een verstrekking aan het buitenland toestaan zonder passende bescherming of waarborgen (uitdrukkelijke toestemming, overeenkomst, zwaarder wegend openbaar belang, rechtsvorderingen, leven en lichamelijke integriteit, openbaar gemaakte gegevens, openbare registers).',
  'The duty to inform when collecting data: identity and contact, purpose, recipients, categories of data not collected from the person, and every State abroad with the safeguard or exception relied on.':
    'De informatieplicht bij het verzamelen van gegevens: identiteit en contactgegevens, doeleinde, ontvangers, categorieën van gegevens die niet bij de persoon zelf zijn verzameld, en elke staat in het buitenland met de waarborg of uitzondering waarop men zich beroept.',
  'When the duty to inform does not apply, and when the information may be restricted, deferred or omitted.':
    'Wanneer de informatieplicht niet geldt, en wanneer de informatie mag worden beperkt, uitgesteld of achterwege gelaten.',
  'The duty to inform of an automated individual decision, and the person’s right to state their view and ask for a review by a natural person.':
    'De plicht om te informeren over een geautomatiseerde individuele beslissing, en het recht van de persoon om zijn standpunt kenbaar te maken en om een herbeoordeling door een natuurlijke persoon te vragen.',
  'Data protection impact assessment.': 'Gegevensbeschermingseffectbeoordeling.',
  'In chapter 3 of the Act (Duties of the Controller and of the Processor).':
    'In hoofdstuk 3 van de wet (Plichten van de verwerkingsverantwoordelijke en van de verwerker).',
  'Notifying the FDPIC, and where necessary the person, of a data security breach.':
    'Melding van een inbreuk op de gegevensbeveiliging aan de FDPIC en, zo nodig, aan de persoon.',
  'The right to information (access): whether and which data is processed, with the items of para 2, free of charge and as a rule within 30 days.':
    'Het recht op informatie (inzage): of en welke gegevens worden verwerkt, met de elementen van lid 2, kosteloos en in de regel binnen 30 dagen.',
  'When access may be refused, restricted or deferred.': 'Wanneer inzage mag worden geweigerd, beperkt of uitgesteld.',
  'In chapter 4 of the Act (Rights of the Data Subject).': 'In hoofdstuk 4 van de wet (Rechten van de betrokkene).',
  'The right to receive one’s data in a common electronic format, or to have it transmitted to another controller.':
    'Het recht om zijn gegevens in een gangbaar elektronisch formaat te ontvangen, of ze aan een andere verwerkingsverantwoordelijke te laten doorzenden.',
  'Processing that breaches the personality, in particular against the person’s express declaration of will.':
    'Verwerking die inbreuk maakt op de persoonlijkheid, in het bijzonder tegen de uitdrukkelijke wilsverklaring van de persoon in.',
  'A breach of personality is unlawful unless justified by consent, an overriding private or public interest, or the law.':
    'Een inbreuk op de persoonlijkheid is onrechtmatig, tenzij ze gerechtvaardigd is door toestemming, een zwaarder wegend privé- of openbaar belang, of de wet.',
  'The claims of the person: rectification, and actions to protect personality (prohibiting processing or disclosure, deletion).':
    'De vorderingen van de persoon: rectificatie, en vorderingen ter bescherming van de persoonlijkheid (verbod van verwerking of bekendmaking, verwijdering).',
  'In chapter 6 of the Act (Special Provisions on Data Processing by Federal Bodies).':
    'In hoofdstuk 6 van de wet (Bijzondere bepalingen inzake gegevensverwerking door federale organen).',
  'In chapter 7 of the Act (Federal Data Protection and Information Commissioner).':
    'In hoofdstuk 7 van de wet (Federale commissaris voor gegevensbescherming en informatie, FDPIC).',
  'The FDPIC opens an investigation ex officio or on a report; it tells a data subject who reported what it did.':
    'De FDPIC opent ambtshalve of naar aanleiding van een melding een onderzoek; aan een betrokkene die een melding heeft gedaan, deelt hij mee wat hij heeft ondernomen.',
  'Procedure: only the controller or processor under investigation is a party.':
    'Procedure: alleen de verwerkingsverantwoordelijke of verwerker tegen wie het onderzoek loopt, is partij.',
  'Fines for wilfully giving false or incomplete information, or failing to inform (on complaint).':
    'Boetes voor het opzettelijk verstrekken van valse of onvolledige informatie, of voor het niet informeren (op klacht).',
  'In chapter 8 of the Act (Criminal Provisions).': 'In hoofdstuk 8 van de wet (Strafbepalingen).',
  'In chapter 9 of the Act (Conclusion of International Treaties).':
    'In hoofdstuk 9 van de wet (Sluiting van internationale verdragen).',
  'In chapter 10 of the Act (Final Provisions).': 'In hoofdstuk 10 van de wet (Slotbepalingen).',
  'Baden-Württemberg': 'Baden-Württemberg',
  Bavaria: 'Beieren',
  Berlin: 'Berlijn',
  Brandenburg: 'Brandenburg',
  Bremen: 'Bremen',
  Hamburg: 'Hamburg',
  Hesse: 'Hessen',
  'Mecklenburg-Western Pomerania': 'Mecklenburg-Voor-Pommeren',
  'Lower Saxony': 'Nedersaksen',
  'North Rhine-Westphalia': 'Noordrijn-Westfalen',
  'Rhineland-Palatinate': 'Rijnland-Palts',
  Saarland: 'Saarland',
  Saxony: 'Saksen',
  'Saxony-Anhalt': 'Saksen-Anhalt',
  'Schleswig-Holstein': 'Sleeswijk-Holstein',
  Thuringia: 'Thüringen',
  'private bodies': 'private instanties',
  'public bodies': 'overheidsinstanties',
  'federal public bodies, telecommunications and postal services':
    'federale overheidsinstanties, telecommunicatie- en postdiensten',
  'the Protestant Church in Germany': 'de Evangelische Kerk in Duitsland',
  'the Catholic dioceses in Bavaria': 'de katholieke bisdommen in Beieren',
  'Catholic dioceses in North Rhine-Westphalia': 'katholieke bisdommen in Noordrijn-Westfalen',
  'Catholic dioceses in central Germany': 'katholieke bisdommen in Midden-Duitsland',
  'Catholic dioceses in northern Germany': 'katholieke bisdommen in Noord-Duitsland',
  'Catholic dioceses in eastern Germany': 'katholieke bisdommen in Oost-Duitsland',
  'public broadcasters': 'publieke omroepen',
  'Deutsche Welle': 'Deutsche Welle',
  'The file is not valid YAML.': 'Het bestand is geen geldige YAML.',
  'A key the language does not know (often a typo).': 'Een sleutel die de taal niet kent (vaak een tikfout).',
  'A value outside its vocabulary or of the wrong type.':
    'Een waarde die niet tot de toegestane waarden behoort of van het verkeerde type is.',
  'A key repeated in one mapping.': 'Een sleutel die in één mapping wordt herhaald.',
  'A required field is absent.': 'Een verplicht veld ontbreekt.',
  'An id is used that is not defined in its section.':
    'Er wordt een id gebruikt die niet in de bijbehorende sectie is gedefinieerd.',
  'A data category, recipient or audience that no purpose uses.':
    'Een gegevenscategorie, ontvanger of doelgroep die door geen enkel doeleinde wordt gebruikt.',
  'The controller gives no contact detail at all (`address`, `email`, `phone` or `url`).':
    'De verwerkingsverantwoordelijke geeft helemaal geen contactgegeven op (`address`, `email`, `phone` of `url`).',
  'The controller gives only one contact detail.':
    'De verwerkingsverantwoordelijke geeft slechts één contactgegeven op.',
  'No `dpo` section.': 'Geen sectie `dpo`.',
  'A purpose without `basis`.': 'Een doeleinde zonder `basis`.',
  '`legitimate-interests` without `legitimate_interest`.': '`legitimate-interests` zonder `legitimate_interest`.',
  'A purpose using special-category data without `special_basis`.':
    'Een doeleinde dat bijzondere categorieën van persoonsgegevens gebruikt, zonder `special_basis`.',
  '`legal-obligation`/`public-task` basis, or criminal data, without `law`.':
    'Rechtsgrond `legal-obligation`/`public-task`, of strafrechtelijke gegevens, zonder `law`.',
  'A purpose without `retention`, and no notice-wide `retention`.':
    'Een doeleinde zonder `retention`, en geen `retention` voor de hele verklaring.',
  'Retention text such as "as long as necessary" without a period or event.':
    'Tekst over de bewaring zoals ‘zolang als nodig’ zonder termijn of gebeurtenis.',
  'A recipient outside the EEA that no transfer covers, or a transfer without `mechanism`.':
    'Een ontvanger buiten de EER waarop geen enkele doorgifte betrekking heeft, of een doorgifte zonder `mechanism`.',
  '`adequacy` for a destination without an adequacy decision; `dpf` outside the US.':
    '`adequacy` voor een bestemming zonder adequaatheidsbesluit; `dpf` buiten de VS.',
  'A mechanism that cannot carry a transfer: `privacy-shield` or `safe-harbor` (declared invalid by the Court of Justice), one that is not a mechanism of a law the transfer leaves, or (a warning) a derogation Art 49(3) excludes for public authorities.':
    'Een mechanisme waarop een doorgifte niet kan berusten: `privacy-shield` of `safe-harbor` (door het Hof van Justitie ongeldig verklaard), een mechanisme dat niet behoort tot een wet waarvan de doorgifte het grondgebied verlaat, of (een waarschuwing) een afwijking die art. 49, lid 3, voor overheidsinstanties uitsluit.',
  'A safeguard of Art 46 or 47 (`scc`, `bcr`, `legally-binding-instrument`, `code-of-conduct`, `certification`, `ad-hoc-clauses`), or `derogation-compelling-interests`, without `copy`.':
    'Een waarborg van art. 46 of 47 (`scc`, `bcr`, `legally-binding-instrument`, `code-of-conduct`, `certification`, `ad-hoc-clauses`), of `derogation-compelling-interests`, zonder `copy`.',
  '`derogation-compelling-interests` without `compelling_interest`.':
    '`derogation-compelling-interests` zonder `compelling_interest`.',
  'A recipient without `country` whose name the organisation catalogue places outside the EEA (e.g. Mailchimp).':
    'Een ontvanger zonder `country` die volgens de organisatiecatalogus buiten de EER gevestigd is (bijvoorbeeld Mailchimp).',
  'A transfer with no `recipients`, `countries` or `organisations`.':
    'Een doorgifte zonder `recipients`, `countries` of `organisations`.',
  'No `authority` section: the notice states the complaint right but names no authority.':
    'Geen sectie `authority`: de verklaring vermeldt het recht om een klacht in te dienen, maar noemt geen autoriteit.',
  'Indirectly collected data without `source`.': 'Indirect verkregen gegevens zonder `source`.',
  'A purpose of directly collected data without `provision`.':
    'Een doeleinde met rechtstreeks verkregen gegevens zonder `provision`.',
  '`provision` is `statutory`, `contractual` or `contract-entry` and `consequence` is absent.':
    '`provision` is `statutory`, `contractual` of `contract-entry` en `consequence` ontbreekt.',
  'A purpose on `consent` whose `provision` is `contractual` or `contract-entry`.':
    'Een doeleinde op grond van `consent` waarvan `provision` `contractual` of `contract-entry` is.',
  'No `automated_decisions` section.': 'Geen sectie `automated_decisions`.',
  'A restriction of a right (`rights.restrictions`, or the retired `exclude`) without the `law` that makes it.':
    'Een beperking van een recht (`rights.restrictions`, of het vervallen `exclude`) zonder de `law` die haar oplegt.',
  'A restriction of the right to lodge a complaint (never restricted), or of the withdrawal of consent whose `law` does not cite Art 85(2) (a warning).':
    'Een beperking van het recht om een klacht in te dienen (dat nooit wordt beperkt), of van de intrekking van toestemming waarvan de `law` art. 85, lid 2, niet aanhaalt (een waarschuwing).',
  'A restriction whose `law` names only a condition the GDPR writes into the right itself.':
    'Een beperking waarvan de `law` alleen een voorwaarde noemt die de AVG in het recht zelf heeft opgenomen.',
  '`rights.exclude` is used: write `rights.restrictions` instead (a right is restricted, never excluded).':
    '`rights.exclude` wordt gebruikt: schrijf in plaats daarvan `rights.restrictions` (een recht wordt beperkt, nooit uitgesloten).',
  '`rights.response_time` longer than one month (a warning for 29 to 31 days).':
    '`rights.response_time` langer dan één maand (een waarschuwing bij 29 tot 31 dagen).',
  'A `joint_controllers` entry without `essence`, or a recipient of type `joint-controller` that no `joint_controllers` entry names.':
    'Een item van `joint_controllers` zonder `essence`, of een ontvanger van het type `joint-controller` die door geen enkel item van `joint_controllers` wordt genoemd.',
  'A purpose with `children: true` on `consent` without `parental_consent`.':
    'Een doeleinde met `children: true` op grond van `consent` zonder `parental_consent`.',
  '`direct_marketing: true` on a basis other than `consent` or `legitimate-interests`.':
    '`direct_marketing: true` op een andere rechtsgrond dan `consent` of `legitimate-interests`.',
  'A purpose with more than one legal basis, where some basis does not say what it covers (`{ basis, when }`).':
    'Een doeleinde met meer dan één rechtsgrond, waarbij een rechtsgrond niet aangeeft wat hij dekt (`{ basis, when }`).',
  'Hedging words (*may*, *might*, *some*, *often*, *possibly*; fr *peut*, *certains*; nl *kan*, *sommige*; de *kann*, *einige*…) in purposes.':
    'Voorbehoudende woorden (*may*, *might*, *some*, *often*, *possibly*; fr *peut*, *certains*; nl *kan*, *sommige*; de *kann*, *einige*…) in doeleinden.',
  'A recipient labelled only "third parties", "partners" or alike.':
    'Een ontvanger die alleen als ‘third parties’, ‘partners’ of iets dergelijks is aangeduid.',
  'A citation of a GDPR article, paragraph, point or recital that does not exist.':
    'Een verwijzing naar een artikel, lid, punt of considerans van de AVG dat niet bestaat.',
  'The file is too large to analyse (over 2 MB, or over 60,000 YAML tokens).':
    'Het bestand is te groot om te analyseren (meer dan 2 MB, of meer dan 60.000 YAML-tokens).',
  'A cookie the recorded site set or sent that `cookies` does not list.':
    'Een cookie die de opgenomen site heeft geplaatst of verzonden en die niet in `cookies` staat.',
  'A third-party host the recorded site contacted whose organisation (known to the catalogue) no recipient names.':
    'Een host van derden waarmee de opgenomen site contact heeft gemaakt en waarvan de organisatie (bekend in de catalogus) door geen enkele ontvanger wordt genoemd.',
  'A cookie that `cookies` lists but the recording never shows.':
    'Een cookie die in `cookies` staat, maar die nergens in de opname voorkomt.',
  'No `laws` section and a controller outside the EEA: says which law the notice is read under.':
    'Geen sectie `laws` en een verwerkingsverantwoordelijke buiten de EER: vermeldt onder welke wet de verklaring wordt gelezen.',
  'Under the UK GDPR (from 19 June 2026), `laws.uk-gdpr.complaints` gives no way to complain to us.':
    'Onder de UK GDPR (vanaf 19 juni 2026) biedt `laws.uk-gdpr.complaints` geen manier om bij ons een klacht in te dienen.',
  'Under the FADP, a disclosure abroad whose States are not named.':
    'Onder de FADP, een verstrekking aan het buitenland waarvan de staten niet worden genoemd.',
  'Under Swiss law, a non-essential cookie is declared and `cookie_settings` says nothing about refusing it.':
    'Onder Zwitsers recht: er is een niet-essentiële cookie opgegeven en `cookie_settings` zegt niets over het weigeren ervan.',
  'A recipient without `type` (its role: processor, controller…).':
    'Een ontvanger zonder `type` (zijn rol: verwerker, verwerkingsverantwoordelijke…).',
  'A placeholder `<…>` left by a quick fix, not yet replaced by what it asks for.':
    'Een tijdelijke aanduiding `<…>` die een snelle oplossing heeft achtergelaten en die nog niet is vervangen door wat zij vraagt.',
  'A controller established outside the territory of a law of the notice, without a representative there.':
    'Een verwerkingsverantwoordelijke die buiten het grondgebied van een wet van de verklaring gevestigd is, zonder vertegenwoordiger daar.',
  'An automated decision whose purpose uses special-category data without explicit consent or substantial public interest among its Art 9(2) conditions.':
    'Een geautomatiseerd besluit waarvan het doeleinde bijzondere categorieën van persoonsgegevens gebruikt, zonder uitdrukkelijke toestemming of zwaarwegend algemeen belang onder zijn voorwaarden van art. 9, lid 2.',
  'An automated decision whose purpose concerns children (Recital 71).':
    'Een geautomatiseerd besluit waarvan het doeleinde kinderen betreft (considerans 71).',
  'Text that takes consent from silence or use ("by continuing to browse you accept cookies").':
    'Tekst die toestemming afleidt uit stilzwijgen of gebruik (‘door verder te surfen, aanvaardt u cookies’).',
  'Text that makes a rights request need reasons, or lets the controller decide whether a request is "justified".':
    'Tekst die voor een verzoek tot uitoefening van rechten een motivering eist, of de verwerkingsverantwoordelijke laat beslissen of een verzoek ‘gerechtvaardigd’ is.',
  'An analytics or marketing cookie the notice does not say is set only with consent (no purpose on `consent`, no `cookie_settings`).':
    'Een analyse- of marketingcookie waarvan de verklaring niet zegt dat hij alleen met toestemming wordt geplaatst (geen doeleinde op grond van `consent`, geen `cookie_settings`).',
  'A cookie without `name` (described only by what it does).':
    'Een cookie zonder `name` (alleen beschreven door wat hij doet).',
  'A `promises` entry that the policy contradicts.':
    'Een item van `promises` dat door de rest van het bestand wordt tegengesproken.',
  '`no-sharing-for-advertising` promised and an `advertising` recipient without `type`.':
    '`no-sharing-for-advertising` beloofd en een ontvanger `advertising` zonder `type`.',
  '`possible: true`: the notice says a recipient may receive data, or data may be transferred.':
    '`possible: true`: de verklaring zegt dat een ontvanger gegevens kan ontvangen, of dat gegevens kunnen worden doorgegeven.',
  'An alias (*name) cannot have a tag or an anchor of its own.':
    'Een alias (*name) kan geen eigen tag of anker hebben.',
  'An alias (*name) needs a name after the asterisk.': 'Een alias (*name) heeft een naam na het sterretje nodig.',
  'An alias ending in a colon is ambiguous: put a space before the colon.':
    'Een alias die op een dubbele punt eindigt, is dubbelzinnig: zet een spatie vóór de dubbele punt.',
  'An anchor (&name) needs a name after the ampersand.': 'Een anker (&name) heeft een naam na het ampersand nodig.',
  'An anchor ending in a colon is ambiguous: put a space before the colon.':
    'Een anker dat op een dubbele punt eindigt, is dubbelzinnig: zet een spatie vóór de dubbele punt.',
  'Every item of a list must start at the same column: align the dashes.':
    'Elk item van een lijst moet in dezelfde kolom beginnen: lijn de streepjes uit.',
  'A list cannot be used as a key.': 'Een lijst kan niet als sleutel worden gebruikt.',
  'A key and its value are on one line here, but the value holds another key: put the nested keys on their own lines, indented, or quote a value that contains “: ”.':
    'Een sleutel en zijn waarde staan hier op één regel, maar de waarde bevat nog een sleutel: zet de geneste sleutels elk op een eigen regel, ingesprongen, of zet een waarde die “: ” bevat tussen aanhalingstekens.',
  'A key appears twice in the same mapping.': 'Een sleutel komt twee keer voor in dezelfde mapping.',
  "A single quote (') is opened here but never closed.":
    "Een enkel aanhalingsteken (') wordt hier geopend, maar nooit gesloten.",
  'A double quote (") is opened here but never closed.':
    'Een dubbel aanhalingsteken (") wordt hier geopend, maar nooit gesloten.',
  'A comment (#) must have a space before it.': 'Vóór een opmerking (#) moet een spatie staan.',
  'This line is read as a key without a value: add a colon and a value, or indent it under the key it belongs to.':
    'Deze regel wordt gelezen als een sleutel zonder waarde: voeg een dubbele punt en een waarde toe, of laat de regel inspringen onder de sleutel waartoe hij behoort.',
  'A list item needs a dash (- ) before it.': 'Vóór een item van een lijst moet een streepje (- ) staan.',
  'A tag (!tag) or anchor (&name) must have a space after it.':
    'Na een tag (!tag) of anker (&name) moet een spatie staan.',
  'A key must be on one line: a line break inside it (often an unclosed quote or a missing colon above) breaks the mapping.':
    'Een sleutel moet op één regel staan: een regeleinde erin (vaak een niet-gesloten aanhalingsteken of een ontbrekende dubbele punt erboven) breekt de mapping.',
  'A key inside [ ] must be on one line.': 'Een sleutel binnen [ ] moet op één regel staan.',
  'A value can have one anchor (&name) only.': 'Een waarde kan maar één anker (&name) hebben.',
  'A value can have one tag (!tag) only.': 'Een waarde kan maar één tag (!tag) hebben.',
  'YAML does not allow tabs for indentation: indent with spaces.':
    'YAML staat geen tabs toe om in te springen: spring in met spaties.',
  'The block text indicator (| or >) is missing.': 'Het teken voor een tekstblok (| of >) ontbreekt.',
  'A directive (%) must be followed by a line with three dashes (---).':
    'Na een directive (%) moet een regel met drie streepjes (---) volgen.',
  'A mapping or list cannot start on the same line as the three dashes (---).':
    'Een mapping of lijst kan niet beginnen op dezelfde regel als de drie streepjes (---).',
  '{0}: {1}; scope: {2}': '{0}: {1}; reikwijdte: {2}',
  'I rely on an adequacy decision ({0}; {1})': 'Ik baseer me op een adequaatheidsbesluit ({0}; {1})',
  "I rely on the {0} ({1}) — only if {2} is certified, for this data: check the Framework's list":
    'Ik baseer me op ‘{0}’ ({1}) — alleen als {2} voor deze gegevens gecertificeerd is: raadpleeg de lijst van het kader',
  'the recipient': 'de ontvanger',
  'I rely on {0} ({1})': 'Ik baseer me op {0} ({1})',
  'only where no adequacy decision, safeguard or other exception applies, for a transfer that is not repetitive and concerns a limited number of people, and with the supervisory authority informed':
    'alleen als er geen adequaatheidsbesluit, waarborg of andere uitzondering van toepassing is, voor een doorgifte die niet repetitief is en slechts op een beperkt aantal betrokkenen betrekking heeft, en met kennisgeving aan de toezichthoudende autoriteit',
  'only where no adequacy decision or safeguard applies, for occasional transfers (Recital 111; EDPB Guidelines 2/2018, section {0})':
    'alleen als er geen adequaatheidsbesluit of waarborg van toepassing is, voor incidentele doorgiften (considerans 111; richtsnoeren 2/2018 van het EDPB, punt {0})',
  'only where no adequacy decision or safeguard applies':
    'alleen als er geen adequaatheidsbesluit of waarborg van toepassing is',
  'Exception ({0}), {1}: {2}': 'Uitzondering ({0}), {1}: {2}',
  '{0}, second subparagraph': '{0}, tweede alinea',
  "Purpose '{0}' rests on several legal bases ({1}) without saying which covers what. Each processing operation needs one basis of Art 6(1), and Art 13(1)(c) requires telling people which: write each item as { basis, when }.":
    "Doeleinde '{0}' berust op meerdere rechtsgronden ({1}) zonder te zeggen welke rechtsgrond wat dekt. Elke verwerking vereist één rechtsgrond van art. 6, lid 1, en art. 13, lid 1, c), vereist dat aan betrokkenen wordt meegedeeld welke: schrijf elk item als { basis, when }.",
  'Say what each legal basis covers ({ basis, when }), with placeholders to fill in':
    'Aangeven wat elke rechtsgrond dekt ({ basis, when }), met tijdelijke aanduidingen om in te vullen',
  'Add the supervisory authority: {0}{1}{2}, per {3}':
    'De toezichthoudende autoriteit toevoegen: {0}{1}{2}, volgens {3}',
  '{0} supervises {1} ({2}), and {3}. The authority a notice names as competent should be the one that supervises the controller (Art 51(1), 55(1), as national law shares competence among several): check which one supervises you. Readers may still complain to a supervisory authority, in particular where they live or work or where the infringement took place (Art 77(1)), and the notice tells them so (Art 13(2)(d)).':
    '{0} houdt toezicht op {1} ({2}), en {3}. De autoriteit die een verklaring als bevoegd noemt, hoort de autoriteit te zijn die toezicht houdt op de verwerkingsverantwoordelijke (art. 51, lid 1, en art. 55, lid 1, aangezien het nationale recht de bevoegdheid over meerdere autoriteiten verdeelt): ga na welke autoriteit toezicht op u houdt. Lezers kunnen nog steeds een klacht indienen bij een toezichthoudende autoriteit, met name waar zij wonen of werken of waar de inbreuk heeft plaatsgevonden (art. 77, lid 1), en de verklaring deelt hun dat mee (art. 13, lid 2, d)).',
  "The competent authority is {0}: replace the authority's details (from the catalogue)":
    'De bevoegde autoriteit is {0}: de gegevens van de autoriteit vervangen (uit de catalogus)',
  "The automated decision '{0}' concerns children (purpose '{1}', {2}). Recital 71 says that a decision based solely on automated processing, including profiling, that produces legal or similarly significant effects (Art 22(1)) should not concern a child; the guidelines on automated decision-making endorsed by the EDPB (WP251 rev.01) read it as no absolute prohibition but recommend, as a rule, not relying on the exceptions of Art 22(2) for such decisions about children.":
    "Het geautomatiseerde besluit '{0}' betreft kinderen (doeleinde '{1}', {2}). Volgens considerans 71 mag een besluit dat uitsluitend op geautomatiseerde verwerking, waaronder profilering, is gebaseerd en waaraan rechtsgevolgen zijn verbonden of dat de betrokkene anderszins in aanmerkelijke mate treft (art. 22, lid 1), geen betrekking hebben op een kind; de door het EDPB bekrachtigde richtsnoeren inzake geautomatiseerde besluitvorming (WP251 rev.01) lezen dit niet als een absoluut verbod, maar bevelen aan om zich voor zulke besluiten over kinderen in de regel niet op de uitzonderingen van art. 22, lid 2, te baseren.",
  "The automated decision '{0}' rests on purpose '{1}', which uses special categories of data ({2}) on {3}. Art 22(4) allows a decision based solely on automated processing to rest on such data only with the person's explicit consent (Art 9(2)(a)) or for reasons of substantial public interest (Art 9(2)(g)), and with suitable measures to safeguard their rights and freedoms and legitimate interests.":
    "Het geautomatiseerde besluit '{0}' berust op doeleinde '{1}', dat bijzondere categorieën van persoonsgegevens ({2}) gebruikt op grond van {3}. Volgens art. 22, lid 4, mag een besluit dat uitsluitend op geautomatiseerde verwerking is gebaseerd, alleen op zulke gegevens berusten met uitdrukkelijke toestemming van de betrokkene (art. 9, lid 2, a)) of om redenen van zwaarwegend algemeen belang (art. 9, lid 2, g)), en met passende maatregelen ter bescherming van zijn rechten en vrijheden en gerechtvaardigde belangen.",
  "The automated decision '{0}' rests on purpose '{1}', which uses special categories of data ({2}). Art 22(4) allows a decision based solely on automated processing to rest on such data only with the person's explicit consent (Art 9(2)(a)) or for reasons of substantial public interest (Art 9(2)(g)), and with suitable measures to safeguard their rights and freedoms and legitimate interests.":
    "Het geautomatiseerde besluit '{0}' berust op doeleinde '{1}', dat bijzondere categorieën van persoonsgegevens ({2}) gebruikt. Volgens art. 22, lid 4, mag een besluit dat uitsluitend op geautomatiseerde verwerking is gebaseerd, alleen op zulke gegevens berusten met uitdrukkelijke toestemming van de betrokkene (art. 9, lid 2, a)) of om redenen van zwaarwegend algemeen belang (art. 9, lid 2, g)), en met passende maatregelen ter bescherming van zijn rechten en vrijheden en gerechtvaardigde belangen.",
  "The notice promises '{0}', but the policy says otherwise: {1}. A notice that contradicts itself is neither fair nor transparent (Art 5(1)(a)) and misleads readers, who rely on such statements (Art 12(1)): correct the promise or the policy.":
    "De verklaring belooft '{0}', maar de rest van het bestand zegt iets anders: {1}. Een verklaring die zichzelf tegenspreekt, is niet behoorlijk en niet transparant (art. 5, lid 1, a)) en misleidt de lezers, die op zulke uitspraken vertrouwen (art. 12, lid 1): corrigeer de belofte of de rest van het bestand.",
  '"{0}" makes a request depend on reasons, or on the controller\'s own judgement of whether it is "justified". A person need not give reasons for a request (EDPB Guidelines 01/2022 on the right of access, executive summary; CJEU C-307/22 FT v DW of 26 October 2023), except the grounds relating to their particular situation for an objection (Art 21(1)). The controller must facilitate the exercise of the rights (Art 12(2)) and act free of charge (Art 12(5); a reasonable fee only for further copies, Art 15(3)). It may decline a request that is manifestly unfounded or excessive, which it must show (Art 12(5)); one whose legal conditions are not met (e.g. Art 15(4), 17(1) and (3), 18(1), 20, 21(1)); one from a person it cannot identify (Art 11(2), 12(2)) or whose identity it cannot confirm (Art 12(6)); or one a Union or Member State law restricts (Art 23). Say which of these you mean instead.':
    '‘{0}’ maakt een verzoek afhankelijk van een motivering, of van het eigen oordeel van de verwerkingsverantwoordelijke over de vraag of het ‘gerechtvaardigd’ is. Een persoon hoeft een verzoek niet te motiveren (richtsnoeren 01/2022 van het EDPB over het recht van inzage, samenvatting; HvJ EU 26 oktober 2023, C-307/22, FT/DW), behalve dat hij bij een bezwaar redenen moet geven die verband houden met zijn specifieke situatie (art. 21, lid 1). De verwerkingsverantwoordelijke moet de uitoefening van de rechten faciliteren (art. 12, lid 2) en kosteloos handelen (art. 12, lid 5; een redelijke vergoeding alleen voor bijkomende kopieën, art. 15, lid 3). Hij mag een verzoek weigeren dat kennelijk ongegrond of buitensporig is, wat hij moet aantonen (art. 12, lid 5); een verzoek waarvoor niet aan de wettelijke voorwaarden is voldaan (bijvoorbeeld art. 15, lid 4, art. 17, leden 1 en 3, art. 18, lid 1, art. 20 en art. 21, lid 1); een verzoek van een persoon die hij niet kan identificeren (art. 11, lid 2, en art. 12, lid 2) of van wie hij de identiteit niet kan bevestigen (art. 12, lid 6); of een verzoek dat door een Unierechtelijke of lidstatelijke wet wordt beperkt (art. 23). Vermeld in plaats daarvan welk van deze gevallen u bedoelt.',
  "Purpose '{0}' rests on consent but makes providing the data a condition of a contract ('provision: {1}'). Consent to processing that is not necessary for the contract, made a condition of it, is presumed not to be freely given (Art 7(4), 4(11), Recital 43; EDPB Guidelines 05/2020 on consent, section 3.1.2): make it 'voluntary', or rely on another basis such as 'contract' if the data is necessary for the contract.":
    "Doeleinde '{0}' berust op toestemming, maar maakt het verstrekken van de gegevens tot een voorwaarde van een overeenkomst ('provision: {1}'). Toestemming voor een verwerking die niet noodzakelijk is voor de overeenkomst maar er toch een voorwaarde van is gemaakt, wordt vermoed niet vrijelijk te zijn gegeven (art. 7, lid 4, art. 4, punt 11, en considerans 43; richtsnoeren 05/2020 van het EDPB inzake toestemming, punt 3.1.2): maak het verstrekken 'voluntary', of baseer u op een andere rechtsgrond, zoals 'contract', als de gegevens noodzakelijk zijn voor de overeenkomst.",
  "Providing the data is voluntary: 'provision: voluntary'":
    "Het verstrekken van de gegevens is vrijwillig: 'provision: voluntary'",
  "I rely on the contract instead (the data is necessary for it, Art 6(1)(b)): 'basis: contract'":
    "Ik baseer me in plaats daarvan op de overeenkomst (de gegevens zijn daarvoor noodzakelijk, art. 6, lid 1, b)): 'basis: contract'",
  "I rely on consent for purpose '{0}': 'basis: consent'":
    "Ik baseer me op toestemming voor doeleinde '{0}': 'basis: consent'",
  "Add 'cookie_settings' with a placeholder: how readers give, refuse or withdraw their consent":
    "'cookie_settings' toevoegen met een tijdelijke aanduiding: hoe lezers hun toestemming geven, weigeren of intrekken",
  "The cookie is of another kind: 'type' with a placeholder":
    "De cookie is van een ander soort: 'type' met een tijdelijke aanduiding",
  "The cookie {0} is declared strictly necessary ('essential'), but {1} classes it as {2} ('{3}'). Analytics and advertising cookies are not strictly necessary (WP29 Opinion 04/2012 on Cookie Consent Exemption, WP194) and need the reader's prior consent (ePrivacy Art 5(3)); declared 'essential', the notice tells readers it needs none (Art 12(1)). If your configuration differs from the provider's, say how in its 'description'.":
    "De cookie {0} is opgegeven als strikt noodzakelijk ('essential'), maar {1} deelt hem in als {2} ('{3}'). Analytische en advertentiecookies zijn niet strikt noodzakelijk (advies 04/2012 van de Groep artikel 29 over de vrijstelling van het toestemmingsvereiste voor cookies, WP194) en vereisen de voorafgaande toestemming van de lezer (art. 5, lid 3, van de e-privacyrichtlijn); door hem als 'essential' op te geven, zegt de verklaring de lezers dat hij geen toestemming vereist (art. 12, lid 1). Als uw configuratie afwijkt van die van de aanbieder, leg dan in de 'description' van de cookie uit hoe.",
  "The cookie {0} is declared as '{1}', but {2} lists it as {3} ('{4}'), a more intrusive kind. Check the type: readers rely on it to decide what they accept (Art 12(1)), and readers are told of the processing and its purpose and that they can refuse it (Art 45c(b) FMG).":
    "De cookie {0} is opgegeven als '{1}', maar {2} vermeldt hem als {3} ('{4}'), een ingrijpender soort. Controleer het type: lezers baseren zich erop om te beslissen wat zij aanvaarden (art. 12, lid 1), en lezers worden geïnformeerd over de verwerking en het doel ervan en over het feit dat zij die kunnen weigeren (art. 45c, b) FMG).",
  "The cookie {0} is declared as '{1}', but {2} lists it as {3} ('{4}'), a more intrusive kind. Check the type: readers rely on it to decide what they accept (Art 12(1)), and storing or reading a cookie needs the reader's consent unless it is strictly necessary for the service they asked for (ePrivacy Art 5(3)).":
    "De cookie {0} is opgegeven als '{1}', maar {2} vermeldt hem als {3} ('{4}'), een ingrijpender soort. Controleer het type: lezers baseren zich erop om te beslissen wat zij aanvaarden (art. 12, lid 1), en het opslaan of uitlezen van een cookie vereist de toestemming van de lezer, tenzij dat strikt noodzakelijk is voor de dienst waar hij om heeft gevraagd (art. 5, lid 3, van de e-privacyrichtlijn).",
  'lists it as a session cookie (deleted when the browser closes)':
    'vermeldt hem als sessiecookie (gewist wanneer de browser wordt gesloten)',
  'gives {0}': 'vermeldt {0}',
  'The cookie {0} is declared to last {1}, but {2} {3}. Check the duration: the notice must state how long it is stored (Art 13(2)(a)).':
    'De cookie {0} is opgegeven met een duur van {1}, maar {2} {3}. Controleer de duur: de verklaring moet vermelden hoe lang hij wordt bewaard (art. 13, lid 2, a)).',
  "Change to '{0}', as the Open Cookie Database has it": "Wijzigen in '{0}', zoals in de Open Cookie Database",
  "Under Swiss law, storing or reading information on the reader's device (cookies and similar) outside telecommunications services and their billing needs readers to be told of it and its purpose and that they can refuse it (Art 45c(b) FMG). 'cookie_settings' does not say how to refuse: say how readers refuse these cookies (a banner's reject button, your settings page, browser settings).":
    "Onder Zwitsers recht moeten lezers, wanneer informatie op hun apparaat wordt opgeslagen of daaruit wordt uitgelezen (cookies en dergelijke) buiten telecommunicatiediensten en de facturering daarvan, worden geïnformeerd over die verwerking en het doel ervan en over het feit dat zij die kunnen weigeren (art. 45c, b) FMG). 'cookie_settings' zegt niet hoe men kan weigeren: vermeld hoe lezers deze cookies weigeren (de weigerknop van een banner, uw instellingenpagina, browserinstellingen).",
  "Under Swiss law, storing or reading information on the reader's device (cookies and similar) outside telecommunications services and their billing needs readers to be told of it and its purpose and that they can refuse it (Art 45c(b) FMG). There is no 'cookie_settings': say how readers refuse these cookies (a banner's reject button, your settings page, browser settings).":
    "Onder Zwitsers recht moeten lezers, wanneer informatie op hun apparaat wordt opgeslagen of daaruit wordt uitgelezen (cookies en dergelijke) buiten telecommunicatiediensten en de facturering daarvan, worden geïnformeerd over die verwerking en het doel ervan en over het feit dat zij die kunnen weigeren (art. 45c, b) FMG). Er is geen 'cookie_settings': vermeld hoe lezers deze cookies weigeren (de weigerknop van een banner, uw instellingenpagina, browserinstellingen).",
  "Add 'cookie_settings' saying how to refuse cookies (Art 45c(b) FMG)":
    "'cookie_settings' toevoegen met uitleg over het weigeren van cookies (art. 45c, b) FMG)",
  "'rights.exclude' is replaced by 'restrictions': a right is never removed from the notice. A Union or Member State law may restrict it in some cases (Art 23(1)), and readers must still be told of the right (Art 13(2)(b)) and of its limit. Each item is now read as a restriction and shown under its right: write it as 'restrictions' ({ right, law, scope }).":
    "'rights.exclude' is vervangen door 'restrictions': een recht wordt nooit uit de verklaring verwijderd. Een Unierechtelijke of lidstatelijke wet kan het in sommige gevallen beperken (art. 23, lid 1), en lezers moeten nog steeds over het recht (art. 13, lid 2, b)) en over de grens ervan worden geïnformeerd. Elk item wordt nu gelezen als een beperking en onder zijn recht weergegeven: schrijf het als 'restrictions' ({ right, law, scope }).",
  "Rewrite as 'restrictions' ({ right, law, scope })": "Herschrijven als 'restrictions' ({ right, law, scope })",
  "Purpose '{0}' is direct marketing but rests on {1}. Direct marketing rests on consent (Art 6(1)(a); electronic marketing usually requires it under the ePrivacy rules) or on legitimate interests (Art 6(1)(f), Recital 47), and people can always object to it (Art 21(2)): it is not necessary for a contract, a legal obligation, vital interests or a public task.":
    "Doeleinde '{0}' is direct marketing, maar berust op {1}. Direct marketing berust op toestemming (art. 6, lid 1, a); voor elektronische marketing is die op grond van de e-privacyregels doorgaans vereist) of op gerechtvaardigd belang (art. 6, lid 1, f), en considerans 47), en personen kunnen er altijd bezwaar tegen maken (art. 21, lid 2): direct marketing is niet noodzakelijk voor een overeenkomst, een wettelijke verplichting, vitale belangen of een taak van algemeen belang.",
  "I rely on {0} for the direct marketing: 'basis: {1}'": "Ik baseer me voor de direct marketing op {0}: 'basis: {1}'",
  'This file is {0} MB, larger than the {1} MB that the checker analyses, so it is not checked. Split it or remove pasted data.':
    'Dit bestand is {0} MB, groter dan de {1} MB die de controle analyseert; het wordt dus niet gecontroleerd. Splits het of verwijder geplakte gegevens.',
  'This file has over {0} YAML tokens (line breaks, keys, list dashes, brackets, commas): too many for the checker to analyse as you type, so it is not checked. A notice has a few thousand; remove pasted data or split the file.':
    'Dit bestand heeft meer dan {0} YAML-tokens (regeleinden, sleutels, streepjes van lijsten, haakjes, komma’s): te veel om tijdens het typen te analyseren, dus wordt het niet gecontroleerd. Een verklaring heeft er enkele duizenden; verwijder geplakte gegevens of splits het bestand.',
  "'{0}' does not tell readers who receives their data. Art 13(1)(e) requires the recipients or at least their categories: add 'category' (e.g. hosting, payment) or 'name'.":
    "'{0}' zegt de lezers niet wie hun gegevens ontvangt. Art. 13, lid 1, e), vereist de ontvangers of ten minste de categorieën van ontvangers: voeg 'category' (bijvoorbeeld hosting, payment) of 'name' toe.",
  "Add 'category' with a placeholder: which kind of recipients":
    "'category' toevoegen met een tijdelijke aanduiding: welk soort ontvangers",
  '\'{0}\' makes purpose \'{1}\' vague. Art 12(1) asks for concise, transparent and plain language: say what you do, e.g. "we send" rather than "we may send".':
    "'{0}' maakt doeleinde '{1}' vaag. Art. 12, lid 1, vraagt om beknopte, transparante en eenvoudige taal: zeg wat u doet, bijvoorbeeld ‘wij sturen’ in plaats van ‘wij kunnen sturen’.",
  "Declare the laws the notice serves under 'laws' (e.g. `laws: { eu-gdpr: {}, uk-gdpr: {} }`).":
    "Vermeld onder 'laws' voor welke wetten de verklaring is opgesteld (bijvoorbeeld `laws: { eu-gdpr: {}, uk-gdpr: {} }`).",
  'Declare the laws: {0}': 'De wetten opgeven: {0}',
  '"{0}" takes consent from using the service or providing data. Consent is a freely given, specific, informed and unambiguous indication of wishes by a statement or a clear affirmative action (Art 4(11)); silence, pre-ticked boxes or inactivity is not consent (Recital 32; CJEU C-673/17 Planet49 of 1 October 2019), nor is continuing to use a site (EDPB Guidelines 05/2020 on consent, section 3.4), and it must be as easy to withdraw as to give (Art 7(3)).{1}':
    '‘{0}’ leidt toestemming af uit het gebruik van de dienst of het verstrekken van gegevens. Toestemming is een vrije, specifieke, geïnformeerde en ondubbelzinnige wilsuiting door middel van een verklaring of een ondubbelzinnige actieve handeling (art. 4, punt 11); stilzwijgen, vooraf aangekruiste vakjes of inactiviteit gelden niet als toestemming (considerans 32; HvJ EU 1 oktober 2019, C-673/17, Planet49), en evenmin het verder gebruiken van een site (richtsnoeren 05/2020 van het EDPB inzake toestemming, punt 3.4), en het intrekken van toestemming moet even eenvoudig zijn als het geven ervan (art. 7, lid 3).{1}',
  "'{0}' cites, of the GDPR, only a condition it writes into the {1} itself; the law named beside it is what that condition refers to (such as the legal obligation of Art 17(3)(b) that requires keeping the data), not a restriction of the right. A restriction is one that a Union or Member State law makes under Art 23(1), with what Art 23(2) requires of it; keep 'restrictions' for those, and name a law that requires processing where that processing is described (the purpose's 'law' and 'retention').":
    "'{0}' haalt uit de AVG alleen een voorwaarde aan die de AVG in het {1} zelf heeft opgenomen; de wet die ernaast wordt genoemd, is datgene waarnaar die voorwaarde verwijst (zoals de wettelijke verplichting van art. 17, lid 3, b), die vereist dat de gegevens worden bewaard), geen beperking van het recht. Een beperking is een beperking die een Unierechtelijke of lidstatelijke wet op grond van art. 23, lid 1, vaststelt, met wat art. 23, lid 2, daarvan vereist; gebruik 'restrictions' alleen daarvoor, en noem een wet die een verwerking vereist op de plaats waar die verwerking wordt beschreven ('law' en 'retention' van het doeleinde).",
  "'{0}' is a condition the GDPR writes into the {1} itself, not a restriction of it: the notice states it in that right's own sentence. A restriction is one that a Union or Member State law makes (Art 23(1)); keep 'restrictions' for those.":
    "'{0}' is een voorwaarde die de AVG in het {1} zelf heeft opgenomen, geen beperking ervan: de verklaring vermeldt ze in de eigen zin van dat recht. Een beperking is een beperking die een Unierechtelijke of lidstatelijke wet vaststelt (art. 23, lid 1); gebruik 'restrictions' alleen daarvoor.",
  "The EU–US Data Privacy Framework ('dpf') covers only certified organisations in the United States (Art 45(3); {0}), not {1}.":
    "Het EU-VS-kader voor gegevensbescherming ('dpf') geldt alleen voor gecertificeerde organisaties in de Verenigde Staten (art. 45, lid 3; {0}), niet voor {1}.",
  '{0} have no adequacy decision of the European Commission (list as of {1}).':
    '{0} hebben geen adequaatheidsbesluit van de Europese Commissie (stand van de lijst: {1}).',
  '{0} has no adequacy decision of the European Commission (list as of {1}).':
    '{0} heeft geen adequaatheidsbesluit van de Europese Commissie (stand van de lijst: {1}).',
  "{0} has no adequacy decision covering the whole country: the EU–US Data Privacy Framework ({1}) covers only certified organisations, for the data their certification covers; for those, use '{2}'.":
    "{0} heeft geen adequaatheidsbesluit dat het hele land dekt: het EU-VS-kader voor gegevensbescherming ({1}) geldt alleen voor gecertificeerde organisaties, voor de gegevens waarop hun certificering betrekking heeft; gebruik voor die organisaties '{2}'.",
  "The list of adequacy decisions (as of {0}) has none for {1}: check the Commission's list, and name the organisation as its decision does.":
    'De lijst van adequaatheidsbesluiten (stand van {0}) bevat er geen voor {1}: raadpleeg de lijst van de Commissie en noem de organisatie zoals haar besluit dat doet.',
  "So 'adequacy' cannot cover this transfer (Art 45(1)): it needs appropriate safeguards (Art 46–47) or, as an exception, a derogation (Art 49).":
    "'adequacy' kan deze doorgifte dus niet dekken (art. 45, lid 1): ze vereist passende waarborgen (art. 46 en 47) of, bij wijze van uitzondering, een afwijking (art. 49).",
  "Unless the Commission has decided on it, 'adequacy' cannot cover this transfer (Art 45(1)): it needs appropriate safeguards (Art 46–47) or, as an exception, a derogation (Art 49).":
    "Tenzij de Commissie erover heeft beslist, kan 'adequacy' deze doorgifte niet dekken (art. 45, lid 1): ze vereist passende waarborgen (art. 46 en 47) of, bij wijze van uitzondering, een afwijking (art. 49).",
  '{0} has no adequacy decision of the European Commission':
    '{0} heeft geen adequaatheidsbesluit van de Europese Commissie',
  '{0} have no adequacy decision of the European Commission':
    '{0} hebben geen adequaatheidsbesluit van de Europese Commissie',
  "{0} has no adequacy decision of the European Commission covering the whole country, only one for organisations certified under its framework (use '{1}' for those)":
    "{0} heeft geen adequaatheidsbesluit van de Europese Commissie dat het hele land dekt, alleen een besluit voor organisaties die onder het kader van dat land gecertificeerd zijn (gebruik voor die organisaties '{1}')",
  '{0} has no approval by regulations under Art 45A UK GDPR':
    '{0} heeft geen goedkeuring bij regelgeving (regulations) op grond van art. 45A UK GDPR',
  '{0} have no approval by regulations under Art 45A UK GDPR':
    '{0} hebben geen goedkeuring bij regelgeving (regulations) op grond van art. 45A UK GDPR',
  "{0} has no approval by regulations under Art 45A UK GDPR covering the whole country, only one for organisations certified under its framework (use '{1}' for those)":
    "{0} heeft geen goedkeuring bij regelgeving (regulations) op grond van art. 45A UK GDPR die het hele land dekt, alleen een goedkeuring voor organisaties die onder het kader van dat land gecertificeerd zijn (gebruik voor die organisaties '{1}')",
  '{0} has no entry in Annex 1 DPO (Art 16(1) FADP)': '{0} staat niet in bijlage 1 DSV (art. 16, lid 1 FADP)',
  '{0} have no entry in Annex 1 DPO (Art 16(1) FADP)': '{0} staan niet in bijlage 1 DSV (art. 16, lid 1 FADP)',
  "{0} has no entry in Annex 1 DPO (Art 16(1) FADP) covering the whole country, only one for organisations certified under its framework (use '{1}' for those)":
    "{0} heeft geen vermelding in bijlage 1 DSV (art. 16, lid 1 FADP) die het hele land dekt, alleen een vermelding voor organisaties die onder het kader van dat land gecertificeerd zijn (gebruik voor die organisaties '{1}')",
  "Use a safeguard of Art 46 such as 'scc'.": "Gebruik een waarborg van art. 46, zoals 'scc'.",
  "Use a safeguard of Art 46 UK GDPR such as 'uk-idta' or 'uk-addendum'.":
    "Gebruik een waarborg van art. 46 UK GDPR, zoals 'uk-idta' of 'uk-addendum'.",
  "Use a safeguard of Art 16(2) FADP such as 'scc', or an exception of Art 17 FADP.":
    "Gebruik een waarborg van art. 16, lid 2 FADP, zoals 'scc', of een uitzondering van art. 17 FADP.",
  "{0} (list as of {1}), so 'adequacy' cannot cover this transfer. {2}":
    "{0} (stand van de lijst: {1}); 'adequacy' kan deze doorgifte dus niet dekken. {2}",
  'Under {0}: {1}': 'Onder {0}: {1}',
  "'{0}' is not a provision of {1}: {2}{3}": "'{0}' is geen bepaling van {1}: {2}{3}",
  "Did you mean '{0}'? Replace the citation": "Bedoelde u '{0}'? De verwijzing vervangen",
  "The controller is a public authority or body ('public_body: true'), and Art 49(3) excludes the derogation '{0}' ({1}, second subparagraph) for activities of public authorities in the exercise of their public powers. Unless this transfer is not part of such activities, it needs another ground (Art 44).":
    "De verwerkingsverantwoordelijke is een overheidsinstantie of overheidsorgaan ('public_body: true'), en art. 49, lid 3, sluit de afwijking '{0}' ({1}, tweede alinea) uit voor activiteiten van overheidsinstanties in de uitoefening van hun openbare bevoegdheden. Tenzij deze doorgifte geen deel uitmaakt van zulke activiteiten, heeft zij een andere grond nodig (art. 44).",
  "The controller is a public authority or body ('public_body: true'), and Art 49(3) excludes the derogation '{0}' ({1}) for activities of public authorities in the exercise of their public powers. Unless this transfer is not part of such activities, it needs another ground (Art 44).":
    "De verwerkingsverantwoordelijke is een overheidsinstantie of overheidsorgaan ('public_body: true'), en art. 49, lid 3, sluit de afwijking '{0}' ({1}) uit voor activiteiten van overheidsinstanties in de uitoefening van hun openbare bevoegdheden. Tenzij deze doorgifte geen deel uitmaakt van zulke activiteiten, heeft zij een andere grond nodig (art. 44).",
  "'{0}' is longer than the law allows. Art 12(3) requires answering requests without undue delay and at the latest within one month of receipt; the notice already says that this period can be extended by two further months where necessary: write '1 month' or less.":
    "'{0}' is langer dan de wet toestaat. Art. 12, lid 3, vereist dat verzoeken onverwijld en in ieder geval binnen een maand na ontvangst worden beantwoord; de verklaring vermeldt al dat die termijn indien nodig met nog eens twee maanden kan worden verlengd: schrijf '1 month' of minder.",
  "'{0}' can be longer than the one month Art 12(3) allows: a period expressed in months ends on the same date of the following month (Regulation (EEC, Euratom) No 1182/71, Art 3(2)(c)), so a request received on 1 February must be answered by 1 March, 28 days later (29 in a leap year). Write '1 month', or at most 28 days.":
    "'{0}' kan langer zijn dan de ene maand die art. 12, lid 3, toestaat: een termijn die in maanden is uitgedrukt, eindigt op dezelfde datum van de volgende maand (Verordening (EEG, Euratom) nr. 1182/71, art. 3, lid 2, c)), zodat een verzoek dat op 1 februari is ontvangen, uiterlijk op 1 maart moet worden beantwoord, 28 dagen later (29 in een schrikkeljaar). Schrijf '1 month', of ten hoogste 28 dagen.",
  "We answer within one month (Art 12(3)): 'response_time: 1 month'":
    "Wij antwoorden binnen één maand (art. 12, lid 3): 'response_time: 1 month'",
  "The policy names no supervisory authority. The notice always states the right to lodge a complaint with a supervisory authority, which Art 13(2)(d) and 77 require; naming the authority competent for you, or a directory of authorities ('authority: { directory: … }'), tells readers where to turn.":
    "Het bestand noemt geen toezichthoudende autoriteit. De verklaring vermeldt altijd het recht om een klacht in te dienen bij een toezichthoudende autoriteit, zoals art. 13, lid 2, d), en art. 77 vereisen; als u de autoriteit noemt die voor u bevoegd is, of een lijst van autoriteiten ('authority: { directory: … }'), weten lezers tot wie zij zich kunnen wenden.",
  "Add a directory of authorities instead of one: the EDPB's list of its members":
    'Een lijst van autoriteiten toevoegen in plaats van één autoriteit: de lijst van de leden van het EDPB',
  'Add an authority with a placeholder for its name':
    'Een autoriteit toevoegen met een tijdelijke aanduiding voor de naam',
  "The policy does not say whether decisions based solely on automated processing, including profiling, with legal or similarly significant effects (Art 22(1), (4)) take place. Art 13(2)(f) requires it: add 'automated_decisions: none' or describe them.":
    "Het bestand zegt niet of er besluiten worden genomen die uitsluitend op geautomatiseerde verwerking, waaronder profilering, zijn gebaseerd en waaraan rechtsgevolgen zijn verbonden of die de betrokkene anderszins in aanmerkelijke mate treffen (art. 22, leden 1 en 4). Art. 13, lid 2, f), vereist die informatie: voeg 'automated_decisions: none' toe of beschrijf die besluiten.",
  "We make no decision based solely on automated processing that has legal or similarly significant effects (Art 22(1)): 'automated_decisions: none'":
    "Wij nemen geen besluiten die uitsluitend op geautomatiseerde verwerking zijn gebaseerd en waaraan rechtsgevolgen zijn verbonden of die de betrokkene anderszins in aanmerkelijke mate treffen (art. 22, lid 1): 'automated_decisions: none'",
  "This transfer rests on compelling legitimate interests but does not say which. The second subparagraph of Art 49(1) requires the controller to inform the data subject of the transfer and of the compelling legitimate interests pursued: add 'compelling_interest'.":
    "Deze doorgifte berust op dwingende gerechtvaardigde belangen, maar zegt niet welke. Art. 49, lid 1, tweede alinea, vereist dat de verwerkingsverantwoordelijke de betrokkene informeert over de doorgifte en over de nagestreefde dwingende gerechtvaardigde belangen: voeg 'compelling_interest' toe.",
  "Add 'compelling_interest' with a placeholder to fill in":
    "'compelling_interest' toevoegen met een tijdelijke aanduiding om in te vullen",
  "{0} 'complaints' gives none: add a 'url' of your complaint form, an 'email', a 'phone' or a 'post' address.":
    "{0} 'complaints' vermeldt geen enkele manier: voeg 'url' (uw klachtenformulier), 'email', 'phone' of 'post' (een postadres) toe.",
  "{0} The notice does not say how to complain to you: add 'complaints' under 'laws: uk-gdpr' with a 'url' of your complaint form, an 'email', a 'phone' or a 'post' address.":
    "{0} De verklaring zegt niet hoe men bij u een klacht kan indienen: voeg 'complaints' toe onder 'laws: uk-gdpr', met 'url' (uw klachtenformulier), 'email', 'phone' of 'post' (een postadres).",
  "Add the complaint form's 'url'": "De 'url' van het klachtenformulier toevoegen",
  "Add how to complain to you ('complaints', DPA 2018 s.164A)":
    "Toevoegen hoe men bij u een klacht kan indienen ('complaints', DPA 2018 s.164A)",
  "Purpose '{0}' requires the data ('provision: {1}') but does not say what happens if it is not provided. Art 13(2)(e) requires the possible consequences of failure to provide the data (e.g. that the contract cannot be concluded): add 'consequence'.":
    "Doeleinde '{0}' vereist de gegevens ('provision: {1}'), maar zegt niet wat er gebeurt als ze niet worden verstrekt. Art. 13, lid 2, e), vereist de mogelijke gevolgen wanneer de gegevens niet worden verstrekt (bijvoorbeeld dat de overeenkomst niet kan worden gesloten): voeg 'consequence' toe.",
  "The controller gives no contact details. Art 13(1)(a) requires the identity and the contact details of the controller: add a postal address ('address'), an e-mail address ('email'), a phone number ('phone') or a contact page ('url').":
    "De verwerkingsverantwoordelijke geeft geen contactgegevens op. Art. 13, lid 1, a), vereist de identiteit en de contactgegevens van de verwerkingsverantwoordelijke: voeg een postadres ('address'), een e-mailadres ('email'), een telefoonnummer ('phone') of een contactpagina ('url') toe.",
  "Add 'email' with a placeholder for the controller's e-mail address":
    "'email' toevoegen met een tijdelijke aanduiding voor het e-mailadres van de verwerkingsverantwoordelijke",
  "{0} This transfer names no State, and {1} have no 'country': add 'countries' (or each recipient's 'country').":
    "{0} Deze doorgifte noemt geen staat, en {1} hebben geen 'country': voeg 'countries' toe (of de 'country' van elke ontvanger).",
  "{0} This transfer names no State, and {1} has no 'country': add 'countries' (or each recipient's 'country').":
    "{0} Deze doorgifte noemt geen staat, en {1} heeft geen 'country': voeg 'countries' toe (of de 'country' van elke ontvanger).",
  "{0} This transfer names no State: add 'countries' (or each recipient's 'country').":
    "{0} Deze doorgifte noemt geen staat: voeg 'countries' toe (of de 'country' van elke ontvanger).",
  "{0} '{1}' is a region, not a State: name the States (e.g. [DE, FR]).":
    "{0} '{1}' is een regio, geen staat: noem de staten (bijvoorbeeld [DE, FR]).",
  "{0} '{1}' has no 'country', and the organisation catalogue places {2} in {3} (where its data is processed is for you to say): add 'country'.":
    "{0} '{1}' heeft geen 'country'; de organisatiecatalogus vermeldt voor {2} als land van vestiging: {3} (waar de gegevens worden verwerkt, moet u zelf vermelden). Voeg 'country' toe.",
  'Name the States': 'De staten noemen',
  "Add '{0}' (the States the data goes to)": "'{0}' toevoegen (de staten waarnaar de gegevens gaan)",
  "The policy does not say whether a data protection officer is designated. Art 13(1)(b) requires the DPO's contact details where one is designated (Art 37); where none is, the law asks for nothing, and 'dpo: none' tells readers so. Add a 'dpo' section with the contact details, or 'dpo: none'.":
    "Het bestand zegt niet of er een functionaris voor gegevensbescherming is aangewezen. Art. 13, lid 1, b), vereist de contactgegevens van de functionaris voor gegevensbescherming wanneer er een is aangewezen (art. 37); is er geen aangewezen, dan vraagt de wet niets, en 'dpo: none' deelt dat aan de lezers mee. Voeg een sectie 'dpo' met de contactgegevens toe, of 'dpo: none'.",
  "We have not designated a data protection officer: 'dpo: none'":
    "Wij hebben geen functionaris voor gegevensbescherming aangewezen: 'dpo: none'",
  "Add the DPO's contact details, with a placeholder for the e-mail address":
    'De contactgegevens van de functionaris voor gegevensbescherming toevoegen, met een tijdelijke aanduiding voor het e-mailadres',
  "Joint controller '{0}' has no 'essence'. Art 26(2) requires the essence of the arrangement between joint controllers to be made available to people: say who does what, in particular who informs them and who handles their requests.":
    "Gezamenlijke verwerkingsverantwoordelijke '{0}' heeft geen 'essence'. Art. 26, lid 2, vereist dat de wezenlijke inhoud van de regeling tussen gezamenlijke verwerkingsverantwoordelijken aan de betrokkenen beschikbaar wordt gesteld: zeg wie wat doet, met name wie hen informeert en wie hun verzoeken behandelt.",
  "Joint controller has no 'essence'. Art 26(2) requires the essence of the arrangement between joint controllers to be made available to people: say who does what, in particular who informs them and who handles their requests.":
    "Deze gezamenlijke verwerkingsverantwoordelijke heeft geen 'essence'. Art. 26, lid 2, vereist dat de wezenlijke inhoud van de regeling tussen gezamenlijke verwerkingsverantwoordelijken aan de betrokkenen beschikbaar wordt gesteld: zeg wie wat doet, met name wie hen informeert en wie hun verzoeken behandelt.",
  "Recipient '{0}' is a joint controller, but no 'joint_controllers' entry is named '{1}'. Art 26(2) requires the essence of the arrangement with it: add it under 'joint_controllers' with its 'essence'.":
    "Ontvanger '{0}' is een gezamenlijke verwerkingsverantwoordelijke, maar geen enkel item van 'joint_controllers' heet '{1}'. Art. 26, lid 2, vereist de wezenlijke inhoud van de regeling met die ontvanger: voeg hem toe onder 'joint_controllers' met zijn 'essence'.",
  "Recipient '{0}' is a joint controller, but no 'joint_controllers' entry is named '{1}'. Art 26(2) requires the essence of the arrangement with it: add it under 'joint_controllers' with its 'essence', and give the recipient its 'name'.":
    "Ontvanger '{0}' is een gezamenlijke verwerkingsverantwoordelijke, maar geen enkel item van 'joint_controllers' heet '{1}'. Art. 26, lid 2, vereist de wezenlijke inhoud van de regeling met die ontvanger: voeg hem toe onder 'joint_controllers' met zijn 'essence', en geef de ontvanger zijn 'name'.",
  "Add 'essence' with a placeholder: the essence of the joint arrangement (Art 26(2))":
    "'essence' toevoegen met een tijdelijke aanduiding: de wezenlijke inhoud van de regeling tussen gezamenlijke verwerkingsverantwoordelijken (art. 26, lid 2)",
  "Add '{0}' under 'joint_controllers' with the essence of the arrangement":
    "'{0}' toevoegen onder 'joint_controllers' met de wezenlijke inhoud van de regeling",
  'relies on a legal obligation; Art 6(3) requires that basis to be laid down by law':
    'berust op een wettelijke verplichting; art. 6, lid 3, vereist dat die rechtsgrond is vastgesteld bij Unierecht of lidstatelijk recht',
  'relies on a public task; Art 6(3) requires that basis to be laid down by law':
    'berust op een taak van algemeen belang; art. 6, lid 3, vereist dat die rechtsgrond is vastgesteld bij Unierecht of lidstatelijk recht',
  'uses data about criminal convictions or offences, which Art 10 allows only under official authority or where the law authorises it':
    'gebruikt gegevens over strafrechtelijke veroordelingen of strafbare feiten, die art. 10 alleen toestaat onder toezicht van de overheid of wanneer het Unierecht of het lidstatelijke recht dat toestaat',
  "Purpose '{0}' {1}. Name the law in 'law' so readers can check it.":
    "Doeleinde '{0}' {1}. Noem de wettelijke bepaling in 'law', zodat lezers die kunnen controleren.",
  '{0} has no legal basis. Art 13(1)(c) requires the legal basis of each purpose, one of those in Art 6(1).':
    '{0} heeft geen rechtsgrond. Art. 13, lid 1, c), vereist voor elk doeleinde de rechtsgrond, en dat moet een van de rechtsgronden van art. 6, lid 1, zijn.',
  "Purpose '{0}' relies on legitimate interests but does not say which interest. Art 13(1)(d) requires the specific legitimate interest pursued: add 'legitimate_interest'.":
    "Doeleinde '{0}' berust op gerechtvaardigd belang, maar zegt niet welk belang. Art. 13, lid 1, d), vereist het specifieke gerechtvaardigde belang dat wordt nagestreefd: voeg 'legitimate_interest' toe.",
  "Purpose '{0}' offers a service directly to children on the basis of consent. Below the age of digital consent, consent must be given or authorised by the holder of parental responsibility, with reasonable efforts to verify it (Art 8(1)–(2)). {1}. Add 'parental_consent' to say how.":
    "Doeleinde '{0}' biedt op basis van toestemming rechtstreeks een dienst aan kinderen aan. Onder de leeftijd voor digitale toestemming moet de persoon die de ouderlijke verantwoordelijkheid draagt, toestemming geven of machtiging tot toestemming verlenen, en moeten redelijke inspanningen worden geleverd om dat te controleren (art. 8, leden 1 en 2). {1}. Voeg 'parental_consent' toe om te zeggen hoe.",
  "Add 'parental_consent' with a placeholder: how a parent gives or authorises consent (Art 8)":
    "'parental_consent' toevoegen met een tijdelijke aanduiding: hoe een ouder toestemming geeft of machtiging tot toestemming verleent (art. 8)",
  "Purpose '{0}' rests on consent, which must be freely given (Art 4(11), 7(4)), but does not say that providing the data is voluntary. Art 13(2)(e) asks whether people are obliged to provide the data and what follows if they do not: 'provision: voluntary' says it expressly.":
    "Doeleinde '{0}' berust op toestemming, die vrijelijk moet worden gegeven (art. 4, punt 11, en art. 7, lid 4), maar zegt niet dat het verstrekken van de gegevens vrijwillig is. Art. 13, lid 2, e), vraagt of personen verplicht zijn de gegevens te verstrekken en wat er gebeurt als zij dat niet doen: 'provision: voluntary' zegt het uitdrukkelijk.",
  "Purpose '{0}' does not say whether providing the data is a statutory or contractual requirement, a requirement to enter into a contract, or voluntary. Art 13(2)(e) requires it, with the possible consequences of not providing the data: add 'provision'.":
    "Doeleinde '{0}' zegt niet of de verstrekking van de gegevens een wettelijke of contractuele verplichting is, een noodzakelijke voorwaarde om een overeenkomst te sluiten, of vrijwillig. Art. 13, lid 2, e), vereist die vermelding, samen met de mogelijke gevolgen wanneer de gegevens niet worden verstrekt: voeg 'provision' toe.",
  "{0}: 'provision: {1}'": "{0}: 'provision: {1}'",
  "Recipient '{0}' does not say its role. Art 13(1)(e) requires the recipients or categories of recipients, not their role, so nothing is missing; if you know it, 'type' tells readers whether the recipient acts on our instructions (a processor, Art 28) or decides for itself (a controller, Art 4(7)). A group company is a separate legal person: a processor or a controller, not 'internal'.":
    "Ontvanger '{0}' vermeldt zijn rol niet. Art. 13, lid 1, e), vereist de ontvangers of categorieën van ontvangers, niet hun rol, dus er ontbreekt niets; als u de rol kent, zegt 'type' de lezers of de ontvanger volgens onze instructies handelt (een verwerker, art. 28) of zelf beslist (een verwerkingsverantwoordelijke, art. 4, punt 7). Een groepsvennootschap is een afzonderlijke rechtspersoon: een verwerker of een verwerkingsverantwoordelijke, niet 'internal'.",
  "The recipient is {0}: 'type: {1}'": "De ontvanger is {0}: 'type: {1}'",
  "The controller is established in {0}, outside Switzerland, and the notice names no representative there. A private controller abroad must designate one in Switzerland where it processes personal data of people in Switzerland and the processing is connected with offering them goods or services or monitoring their behaviour, is extensive, is regular and involves a high risk to their personality: all four (Art 14(1) FADP). The controller then publishes the representative's name and address (Art 14(3) FADP). If that is your case, add 'representative'{1}":
    "De verwerkingsverantwoordelijke is gevestigd buiten Zwitserland ({0}), en de verklaring noemt geen vertegenwoordiger in Zwitserland. Een private verwerkingsverantwoordelijke in het buitenland moet een vertegenwoordiger in Zwitserland aanwijzen wanneer hij persoonsgegevens van personen in Zwitserland verwerkt en de verwerking verband houdt met het aanbieden van goederen of diensten aan hen of met het monitoren van hun gedrag, omvangrijk is, regelmatig plaatsvindt en een hoog risico voor hun persoonlijkheid inhoudt: alle vier (art. 14, lid 1 FADP). De verwerkingsverantwoordelijke maakt dan de naam en het adres van de vertegenwoordiger bekend (art. 14, lid 3 FADP). Als dat op u van toepassing is, voeg dan 'representative' toe{1}",
  "The controller is established in {0}, outside {1}, and the notice names no representative there. Where the law applies because you offer goods or services to people in {1} or monitor their behaviour there (Art 3(2)), and you have no establishment there, Art 27(1) requires designating a representative in writing, unless your processing is occasional, does not include large-scale special-category or criminal-offence data, and is unlikely to result in a risk to people's rights and freedoms (Art 27(2)(a)). Art 13(1)(a) then requires the representative's identity and contact details: add 'representative'{2}":
    "De verwerkingsverantwoordelijke is gevestigd buiten {1} ({0}), en de verklaring noemt daar geen vertegenwoordiger. Wanneer de wet van toepassing is omdat u goederen of diensten aanbiedt aan personen in {1} of hun gedrag daar monitort (art. 3, lid 2), en u daar geen vestiging hebt, vereist art. 27, lid 1, dat u schriftelijk een vertegenwoordiger aanwijst, tenzij uw verwerking incidenteel is, geen grootschalige verwerking van bijzondere categorieën van persoonsgegevens of van gegevens over strafrechtelijke veroordelingen en strafbare feiten omvat, en waarschijnlijk geen risico inhoudt voor de rechten en vrijheden van personen (art. 27, lid 2, a)). Art. 13, lid 1, a), vereist dan de identiteit en de contactgegevens van de vertegenwoordiger: voeg 'representative' toe{2}",
  "Add 'laws.{0}.representative' with placeholders for its name and address":
    "'laws.{0}.representative' toevoegen met tijdelijke aanduidingen voor de naam en het adres",
  "Add 'representative' with placeholders for its name and address":
    "'representative' toevoegen met tijdelijke aanduidingen voor de naam en het adres",
  '{0} does not say how long the data is kept. Art 13(2)(a) requires the retention period, or the criteria used to determine it.':
    '{0} zegt niet hoe lang de gegevens worden bewaard. Art. 13, lid 2, a), vereist de bewaartermijn, of de criteria om die termijn te bepalen.',
  'Add a retention period with a placeholder to fill in':
    'Een bewaartermijn toevoegen met een tijdelijke aanduiding om in te vullen',
  'Add a retention until an event (until …) with a placeholder to fill in':
    'Een bewaring tot een gebeurtenis toevoegen (until …) met een tijdelijke aanduiding om in te vullen',
  "Data category '{0}' does not say where the data comes from. Because the policy collects data from other sources ('collection: {1}'), Art 14(2)(f) requires the source from which the personal data originate, and if applicable whether it came from publicly accessible sources: add 'source'.":
    "Gegevenscategorie '{0}' zegt niet waar de gegevens vandaan komen. Omdat volgens het bestand ook gegevens uit andere bronnen worden verkregen ('collection: {1}'), vereist art. 14, lid 2, f), de bron waar de persoonsgegevens vandaan komen en, in voorkomend geval, of zij afkomstig zijn van openbare bronnen: voeg 'source' toe.",
  "Add 'source' with a placeholder: where the data comes from":
    "'source' toevoegen met een tijdelijke aanduiding: waar de gegevens vandaan komen",
  "The person provides this data themselves: 'source: data-subject'":
    "De persoon verstrekt deze gegevens zelf: 'source: data-subject'",
  "This data is collected automatically from the person's device or use: 'source: automatic'":
    "Deze gegevens worden automatisch verzameld via het apparaat of het gebruik van de persoon: 'source: automatic'",
  "Purpose '{0}' uses special-category data ({1}). Art 9(1) prohibits this unless a condition of Art 9(2) applies: add 'special_basis'.":
    "Doeleinde '{0}' gebruikt gegevens van bijzondere categorieën ({1}). Art. 9, lid 1, verbiedt dat, tenzij een voorwaarde van art. 9, lid 2, van toepassing is: voeg 'special_basis' toe.",
  "This transfer rests on '{0}' but does not say how readers can obtain a copy of the safeguards or where they are made available. Art 13(1)(f) requires that for transfers under Art 46 or 47 or the second subparagraph of Art 49(1): add 'copy'.":
    "Deze doorgifte berust op '{0}', maar zegt niet hoe lezers een kopie van de waarborgen kunnen verkrijgen of waar ze ter beschikking zijn gesteld. Art. 13, lid 1, f), vereist die informatie voor doorgiften op grond van art. 46 of 47 of van art. 49, lid 1, tweede alinea: voeg 'copy' toe.",
  "Add 'copy' with a placeholder: where readers can get a copy of the safeguards":
    "'copy' toevoegen met een tijdelijke aanduiding: waar lezers een kopie van de waarborgen kunnen verkrijgen",
  "Recipient '{0}' is in {1}, outside {2}, and no transfer covers it. Art 44 allows a transfer only on an adequacy decision (Art 45), appropriate safeguards (Art 46–47) or a derogation (Art 49), and Art 13(1)(f) requires telling readers which: add it under 'transfers' with its 'mechanism'.":
    "Ontvanger '{0}' bevindt zich buiten {2} ({1}), en geen enkele doorgifte heeft op hem betrekking. Art. 44 staat een doorgifte alleen toe op grond van een adequaatheidsbesluit (art. 45), passende waarborgen (art. 46 en 47) of een afwijking (art. 49), en art. 13, lid 1, f), vereist dat de lezers wordt meegedeeld welke: neem hem op onder 'transfers' met zijn 'mechanism'.",
  "This transfer does not name what it rests on. Art 44 allows a transfer only on an adequacy decision (Art 45), appropriate safeguards (Art 46–47) or a derogation (Art 49), and Art 13(1)(f) requires telling readers which: add 'mechanism'.":
    "Deze doorgifte noemt niet waarop zij berust. Art. 44 staat een doorgifte alleen toe op grond van een adequaatheidsbesluit (art. 45), passende waarborgen (art. 46 en 47) of een afwijking (art. 49), en art. 13, lid 1, f), vereist dat de lezers wordt meegedeeld welke: voeg 'mechanism' toe.",
  "Add a transfer for '{0}' — {1}: '{2}'": "Een doorgifte toevoegen voor '{0}' — {1}: '{2}'",
  "'possible: true' makes the notice say that {0}. Art 12(1) asks for concise, transparent and intelligible information: where you know that it does, say so; keep 'possible' for what happens only in some cases, and say which where you can.":
    "Door 'possible: true' zegt de verklaring dat {0}. Art. 12, lid 1, vraagt om beknopte, transparante en begrijpelijke informatie: als u weet dat het gebeurt, zeg dat dan; gebruik 'possible' alleen voor wat slechts in sommige gevallen gebeurt, en vermeld zo mogelijk in welke gevallen.",
  "'{0}' may receive data": "'{0}' gegevens kan ontvangen",
  'data may be transferred': 'gegevens kunnen worden doorgegeven',
  "'{0}' is a legal basis of the UK GDPR only (Art 6(1)(ea) UK GDPR); this notice serves {1}. Use 'legitimate-interests' (Art 6(1)(f)) and state the interest, or add 'uk-gdpr' under 'laws'.":
    "'{0}' is alleen een rechtsgrond van de UK GDPR (art. 6, lid 1, ea) UK GDPR); deze verklaring is opgesteld voor {1}. Gebruik 'legitimate-interests' (art. 6, lid 1, f)) en vermeld het belang, of voeg 'uk-gdpr' toe onder 'laws'.",
  "Purpose '{0}' rests on recognised legitimate interests alone, a basis of the UK GDPR only (Art 6(1)(ea) UK GDPR). This notice also serves the EU GDPR, which has no such basis: for people in the EEA the purpose needs a basis of Art 6(1) GDPR, which the notice must state (Art 13(1)(c) GDPR). Add it to 'basis' (e.g. 'legitimate-interests' with the interest), with 'when' saying which basis applies to whom.":
    "Doeleinde '{0}' berust alleen op erkende gerechtvaardigde belangen, een rechtsgrond die alleen in de UK GDPR bestaat (art. 6, lid 1, ea) UK GDPR). Deze verklaring is ook opgesteld voor de AVG van de EU, die zo’n rechtsgrond niet kent: voor personen in de EER heeft het doeleinde een rechtsgrond van art. 6, lid 1 AVG nodig, die de verklaring moet vermelden (art. 13, lid 1, c) AVG). Voeg die toe aan 'basis' (bijvoorbeeld 'legitimate-interests' met het belang), met 'when' om aan te geven welke rechtsgrond voor wie geldt.",
  "Recognised legitimate interests (Art 6(1)(ea) UK GDPR) apply from {0} (DUAA 2025 s.70); the notice is effective earlier. Use 'legitimate-interests' (Art 6(1)(f)) for that period.":
    "Erkende gerechtvaardigde belangen (art. 6, lid 1, ea) UK GDPR) gelden vanaf {0} (DUAA 2025 s.70); de verklaring gaat eerder in. Gebruik voor die periode 'legitimate-interests' (art. 6, lid 1, f)).",
  "A public authority cannot rely on recognised legitimate interests for processing in the performance of its tasks (Art 6(1) UK GDPR, words after point (f): points (ea) and (f) do not apply to it). If this processing is part of your tasks, use 'public-task' (Art 6(1)(e)) and name the law.":
    "Een overheidsinstantie kan zich voor verwerking bij de uitvoering van haar taken niet op erkende gerechtvaardigde belangen baseren (art. 6, lid 1 UK GDPR, de woorden na punt f): de punten ea) en f) zijn niet op haar van toepassing). Als deze verwerking deel uitmaakt van uw taken, gebruik dan 'public-task' (art. 6, lid 1, e)) en noem de wet.",
  "A significant decision based solely on automated processing may not rest on recognised legitimate interests (Art 22B(4) UK GDPR), and '{0}' is the purpose of such a decision in 'automated_decisions'.":
    "Een significant besluit dat uitsluitend op geautomatiseerde verwerking is gebaseerd, mag niet op erkende gerechtvaardigde belangen berusten (art. 22B, lid 4 UK GDPR), en '{0}' is het doeleinde van zo’n besluit in 'automated_decisions'.",
  "Purpose '{0}' rests on recognised legitimate interests, which exist only where a condition of Annex 1 UK GDPR is met (Art 6(5) UK GDPR). Name the condition in 'law' (e.g. \"Annex 1 para 5 UK GDPR\").":
    "Doeleinde '{0}' berust op erkende gerechtvaardigde belangen, die alleen bestaan wanneer aan een voorwaarde van bijlage 1 UK GDPR is voldaan (art. 6, lid 5 UK GDPR). Noem de voorwaarde in 'law' (bijvoorbeeld \"Annex 1 para 5 UK GDPR\").",
  "The restriction of {0} names no law. Only a Union or Member State law can restrict a right, in a measure that says which processing and cases it concerns and with what safeguards (Art 23(1)–(2); so too the derogations of Art 85(2) and 89(2)–(3)), or the GDPR itself in Art 11(2). Readers are told of their rights (Art 13(2)(b)) and of what limits them: name the law and article in 'law'.":
    "De beperking van {0} noemt geen wet. Alleen een Unierechtelijke of lidstatelijke wet kan een recht beperken, in een maatregel die vermeldt op welke verwerking en welke gevallen hij betrekking heeft en met welke waarborgen (art. 23, leden 1 en 2; zo ook de afwijkingen van art. 85, lid 2, en art. 89, leden 2 en 3), of de AVG zelf in art. 11, lid 2. Lezers worden geïnformeerd over hun rechten (art. 13, lid 2, b)) en over wat die beperkt: noem de wet en het artikel in 'law'.",
  'Write it as { right, law } with a placeholder for the restricting law':
    'Schrijven als { right, law } met een tijdelijke aanduiding voor de beperkende wet',
  "Add 'law' with a placeholder: the law and article that restrict this right":
    "'law' toevoegen met een tijdelijke aanduiding: de wet en het artikel die dit recht beperken",
  "Purpose '{0}'": "Doeleinde '{0}'",
  'This purpose': 'Dit doeleinde',
  "The controller gives one way to contact it ('{0}'). That meets Art 13(1)(a), which requires the controller's contact details; the EDPB transparency guidelines (WP260 rev.01, Annex, on Art 13(1)(a)) recommend different forms of communication, e.g. a phone number, an e-mail address and a postal address.{1}":
    "De verwerkingsverantwoordelijke geeft één manier op om contact met hem op te nemen ('{0}'). Dat voldoet aan art. 13, lid 1, a), dat de contactgegevens van de verwerkingsverantwoordelijke vereist; de transparantierichtsnoeren van het EDPB (WP260 rev.01, bijlage, bij art. 13, lid 1, a)) bevelen verschillende communicatievormen aan, bijvoorbeeld een telefoonnummer, een e-mailadres en een postadres.{1}",
  "{0}: '{1}'": "{0}: '{1}'",
  "{0}: 'mechanism: {1}'": "{0}: 'mechanism: {1}'",
  "This transfer does not say where the data goes. Art 13(1)(f) requires informing people of the intention to transfer data to a third country or international organisation, which readers can only weigh if it is named: add 'countries' (or 'recipients', or 'organisations').":
    "Deze doorgifte zegt niet waar de gegevens naartoe gaan. Art. 13, lid 1, f), vereist dat personen worden geïnformeerd over het voornemen om gegevens door te geven aan een derde land of een internationale organisatie, wat lezers alleen kunnen afwegen als dat land of die organisatie wordt genoemd: voeg 'countries' toe (of 'recipients', of 'organisations').",
  "This transfer covers {0}: add 'recipients: [{0}]' (the recipients outside {1} that no transfer covers)":
    "Deze doorgifte heeft betrekking op {0}: 'recipients: [{0}]' toevoegen (de ontvangers buiten {1} waarop geen enkele doorgifte betrekking heeft)",
  "The notice promises 'no-sharing-for-advertising', and recipient '{0}' is an advertising recipient that does not say its role. Check: is it advertising for itself (a controller), which would break the promise (Art 5(1)(a)), or only on our behalf (a processor)? Say so in 'type'.":
    "De verklaring belooft 'no-sharing-for-advertising', en ontvanger '{0}' is een ontvanger van de categorie 'advertising' die zijn rol niet vermeldt. Controleer: maakt hij reclame voor zichzelf (een verwerkingsverantwoordelijke), wat de belofte zou breken (art. 5, lid 1, a)), of alleen namens ons (een verwerker)? Vermeld dat in 'type'.",
  "The recording {0} shows the {1}-party cookie '{2}'{3}{4} on {5}, but 'cookies' does not list it. Unless it is strictly necessary for the service the visitor asked for, ePrivacy Art 5(3) requires clear and comprehensive information about it, including its purposes, before consent; where it holds personal data, GDPR Art 13(1)(c) requires its purpose and legal basis in any case: add it to 'cookies'.":
    "De opname {0} toont de cookie '{2}' ('party: {1}'){3}{4} op {5}, maar 'cookies' vermeldt hem niet. Tenzij hij strikt noodzakelijk is voor de dienst waar de bezoeker om heeft gevraagd, vereist art. 5, lid 3, van de e-privacyrichtlijn vóór de toestemming duidelijke en volledige informatie erover, onder meer over de doeleinden ervan; wanneer hij persoonsgegevens bevat, vereist art. 13, lid 1, c) AVG in elk geval zijn doeleinde en rechtsgrond: voeg hem toe aan 'cookies'.",
  "Add the cookie '{0}' to 'cookies', as described by {1}":
    "De cookie '{0}' aan 'cookies' toevoegen, zoals beschreven in {1}",
  "Add the cookie '{0}' to 'cookies'": "De cookie '{0}' aan 'cookies' toevoegen",
  "The recording {0} shows requests to {1}, run by {2}{3} per {4}, but no recipient names it. A request to another host discloses at least the visitor's IP address; Art 13(1)(e) requires the recipients or categories of recipients: add it under 'recipients' and to the purposes that disclose data to it.":
    "De opname {0} toont verzoeken aan {1}, beheerd door {2}{3} volgens {4}, maar geen enkele ontvanger noemt die organisatie. Een verzoek aan een andere host maakt ten minste het IP-adres van de bezoeker bekend; art. 13, lid 1, e), vereist de ontvangers of categorieën van ontvangers: voeg haar toe onder 'recipients' en aan de doeleinden die er gegevens aan verstrekken.",
  "Add {0} as recipient '{1}', with placeholders for its category and where it processes the data (its name and website from {2})":
    "{0} toevoegen als ontvanger '{1}', met tijdelijke aanduidingen voor de categorie en de plaats waar hij de gegevens verwerkt (naam en website uit {2})",
  "an '{0}' recipient": "een ontvanger van de categorie '{0}'",
  "a '{0}' recipient": "een ontvanger van de categorie '{0}'",
  'it processes the data in {0} and is {1} (where and how {2} places and classes it)':
    'hij verwerkt de gegevens in {0} en is {1} (waar en hoe {2} hem situeert en indeelt)',
  'it processes the data in {0} (where {1} places it)': 'hij verwerkt de gegevens in {0} (waar {1} hem situeert)',
  'it is {0} (as {1} classes it)': 'hij is {0} (zoals {1} hem indeelt)',
  "Add {0} as recipient '{1}': {2}": "{0} toevoegen als ontvanger '{1}': {2}",
  "'<{0}>' is a placeholder: replace it with what it asks for. Until then the notice shows a gap here instead of the information Art 12(1) requires to be given in a concise, transparent and intelligible form.":
    "'<{0}>' is een tijdelijke aanduiding: vervang ze door wat erin wordt gevraagd. Tot dan toont de verklaring hier een leemte in plaats van de informatie die volgens art. 12, lid 1, in een beknopte, transparante en begrijpelijke vorm moet worden verstrekt.",
  "'{0}' is not defined: add it under '{1}', or use one of the {2} ids defined there ({3}).":
    "'{0}' is niet gedefinieerd: voeg het toe onder '{1}', of gebruik een van de {2}-id’s die daar zijn gedefinieerd ({3}).",
  "'{0}' is not defined: add it under '{1}', or use one of the {2} ids defined there.":
    "'{0}' is niet gedefinieerd: voeg het toe onder '{1}', of gebruik een van de {2}-id’s die daar zijn gedefinieerd.",
  "Define {0} '{1}' under '{2}'": "{0} '{1}' definiëren onder '{2}'",
  "This cookie has no name. Unless it is strictly necessary, ePrivacy Art 5(3) requires clear and comprehensive information about what is stored on or read from the reader's device before consent; where it holds personal data, Art 13(1)(c) GDPR requires its purpose in any case. Without the name readers cannot find the cookie in their browser, and a recording of the site cannot be reconciled with it. Add 'name' where you know it.":
    "Deze cookie heeft geen naam. Tenzij hij strikt noodzakelijk is, vereist art. 5, lid 3, van de e-privacyrichtlijn vóór de toestemming duidelijke en volledige informatie over wat op het apparaat van de lezer wordt opgeslagen of daaruit wordt uitgelezen; wanneer hij persoonsgegevens bevat, vereist art. 13, lid 1, c) AVG in elk geval zijn doeleinde. Zonder de naam kunnen lezers de cookie niet in hun browser terugvinden, en kan een opname van de site er niet mee worden afgestemd. Voeg 'name' toe als u die kent.",
  "This cookie has no name. Unless it is strictly necessary, ePrivacy Art 5(3) requires clear and comprehensive information about what is stored on or read from the reader's device before consent; where it holds personal data, Art 13(1)(c) GDPR requires its purpose in any case. Without the name readers cannot find the cookie in their browser, and a recording of the site cannot be reconciled with it. Add 'name' where you know it, or at least 'description'.":
    "Deze cookie heeft geen naam. Tenzij hij strikt noodzakelijk is, vereist art. 5, lid 3, van de e-privacyrichtlijn vóór de toestemming duidelijke en volledige informatie over wat op het apparaat van de lezer wordt opgeslagen of daaruit wordt uitgelezen; wanneer hij persoonsgegevens bevat, vereist art. 13, lid 1, c) AVG in elk geval zijn doeleinde. Zonder de naam kunnen lezers de cookie niet in hun browser terugvinden, en kan een opname van de site er niet mee worden afgestemd. Voeg 'name' toe als u die kent, of ten minste 'description'.",
  "This cookie has no name and no description. Unless it is strictly necessary, ePrivacy Art 5(3) requires clear and comprehensive information about what is stored on or read from the reader's device before consent; where it holds personal data, Art 13(1)(c) GDPR requires its purpose in any case. Without the name readers cannot find the cookie in their browser, and a recording of the site cannot be reconciled with it. Add 'name' where you know it.":
    "Deze cookie heeft geen naam en geen beschrijving. Tenzij hij strikt noodzakelijk is, vereist art. 5, lid 3, van de e-privacyrichtlijn vóór de toestemming duidelijke en volledige informatie over wat op het apparaat van de lezer wordt opgeslagen of daaruit wordt uitgelezen; wanneer hij persoonsgegevens bevat, vereist art. 13, lid 1, c) AVG in elk geval zijn doeleinde. Zonder de naam kunnen lezers de cookie niet in hun browser terugvinden, en kan een opname van de site er niet mee worden afgestemd. Voeg 'name' toe als u die kent.",
  "This cookie has no name and no description. Unless it is strictly necessary, ePrivacy Art 5(3) requires clear and comprehensive information about what is stored on or read from the reader's device before consent; where it holds personal data, Art 13(1)(c) GDPR requires its purpose in any case. Without the name readers cannot find the cookie in their browser, and a recording of the site cannot be reconciled with it. Add 'name' where you know it, or at least 'description'.":
    "Deze cookie heeft geen naam en geen beschrijving. Tenzij hij strikt noodzakelijk is, vereist art. 5, lid 3, van de e-privacyrichtlijn vóór de toestemming duidelijke en volledige informatie over wat op het apparaat van de lezer wordt opgeslagen of daaruit wordt uitgelezen; wanneer hij persoonsgegevens bevat, vereist art. 13, lid 1, c) AVG in elk geval zijn doeleinde. Zonder de naam kunnen lezers de cookie niet in hun browser terugvinden, en kan een opname van de site er niet mee worden afgestemd. Voeg 'name' toe als u die kent, of ten minste 'description'.",
  "The cookie '{0}' is listed but was not seen in the recording {1} ({2} requests). If the site no longer uses it, remove it so the notice stays accurate (Art 5(1)(a), 12(1)); a recording that did not visit every page or make every consent choice may simply have missed it.":
    "De cookie '{0}' wordt vermeld, maar is niet gezien in de opname {1} ({2} verzoeken). Als de site hem niet meer gebruikt, verwijder hem dan, zodat de verklaring juist blijft (art. 5, lid 1, a), en art. 12, lid 1); een opname die niet elke pagina heeft bezocht of niet elke toestemmingskeuze heeft gemaakt, kan hem gewoon hebben gemist.",
  "Remove the cookie '{0}' from 'cookies'": "De cookie '{0}' uit 'cookies' verwijderen",
  "Recipient '{0}' gives no country, and {1} places {2} in {3}, outside {4}. If the data go there, readers must be told of the transfer and what it rests on (Art 13(1)(f), 44): say where the recipient processes the data ('country'), and cover it under 'transfers' if that is outside {4}. The catalogue gives the legal entity's address, not where the data are processed.":
    "Ontvanger '{0}' vermeldt geen land, en volgens {1} is {2} gevestigd buiten {4} ({3}). Als de gegevens daarheen gaan, moeten lezers worden geïnformeerd over de doorgifte en over de grond waarop die berust (art. 13, lid 1, f), en art. 44): vermeld waar de ontvanger de gegevens verwerkt ('country'), en neem hem op onder 'transfers' als dat buiten {4} is. De catalogus geeft het adres van de juridische entiteit, niet de plaats waar de gegevens worden verwerkt.",
  'the organisation catalogue': 'de organisatiecatalogus',
  "The recipient processes the data in {0}: 'country: {1}' (where {2} places it)":
    "Land waar de ontvanger de gegevens verwerkt: {0} — 'country: {1}' (volgens {2})",
  "Add 'country' with a placeholder: where the recipient processes the data":
    "'country' toevoegen met een tijdelijke aanduiding: waar de ontvanger de gegevens verwerkt",
  'The {0} ({1}) cannot be restricted: Art 23(1) lets a law restrict only the rights and obligations of Art 12–22 and 34, and the derogations of Art 85(2) and 89(2)–(3) do not reach Chapter VIII. The notice states it in full (Art 13(2)(d)): remove this restriction.':
    'Het {0} ({1}) kan niet worden beperkt: art. 23, lid 1, staat een wet alleen toe de rechten en verplichtingen van art. 12 tot en met 22 en art. 34 te beperken, en de afwijkingen van art. 85, lid 2, en art. 89, leden 2 en 3, reiken niet tot hoofdstuk VIII. De verklaring vermeldt het volledig (art. 13, lid 2, d)): verwijder deze beperking.',
  "The {0} ({1}) lies outside Art 23(1), which reaches only Art 12–22 and 34: only a derogation that Union or Member State law makes under Art 85(2) (processing for journalistic, academic, artistic or literary purposes) can affect it. Check that 'law' names such a derogation and cite Art 85(2); otherwise remove this restriction.":
    "Het {0} ({1}) valt buiten art. 23, lid 1, dat alleen art. 12 tot en met 22 en art. 34 bestrijkt: alleen een afwijking die het Unierecht of het lidstatelijke recht op grond van art. 85, lid 2, vaststelt (verwerking voor journalistieke doeleinden of ten behoeve van academische, artistieke of literaire uitdrukkingsvormen), kan het raken. Controleer of 'law' zo’n afwijking noemt en haal art. 85, lid 2, aan; verwijder anders deze beperking.",
  "Data category '{0}' is not used by any purpose. Data minimisation (Art 5(1)(c)) allows only data that a purpose needs, and Art 13(1)(c) asks for the purposes each piece of data is processed for: link it to a purpose or remove it.":
    "Gegevenscategorie '{0}' wordt door geen enkel doeleinde gebruikt. Minimale gegevensverwerking (art. 5, lid 1, c)) staat alleen gegevens toe die een doeleinde nodig heeft, en art. 13, lid 1, c), vraagt naar de doeleinden waarvoor elk gegeven wordt verwerkt: koppel de categorie aan een doeleinde of verwijder ze.",
  "Recipient '{0}' does not receive data for any purpose. Art 13(1)(e) names the recipients of the data processed for the purposes, and every disclosure must serve a specified purpose (Art 5(1)(b)) on a legal basis (Art 6(1)): list it under a purpose's 'recipients' or remove it.":
    "Ontvanger '{0}' ontvangt voor geen enkel doeleinde gegevens. Art. 13, lid 1, e), noemt de ontvangers van de gegevens die voor de doeleinden worden verwerkt, en elke verstrekking moet een welbepaald doeleinde dienen (art. 5, lid 1, b)) op een rechtsgrond (art. 6, lid 1): vermeld de ontvanger onder 'recipients' van een doeleinde of verwijder hem.",
  "Audience '{0}' is not concerned by any purpose. The notice tells each audience what is done with its data (Art 12(1), 13(1)(c)): list it under a purpose's 'audiences' or remove it.":
    "Op doelgroep '{0}' heeft geen enkel doeleinde betrekking. De verklaring vertelt elke doelgroep wat er met haar gegevens gebeurt (art. 12, lid 1, en art. 13, lid 1, c)): vermeld de doelgroep onder 'audiences' van een doeleinde of verwijder ze.",
  "Remove {0} '{1}'": "{0} '{1}' verwijderen",
  'The retention of {0} is vague: "{1}" gives no period and no concrete event. Art 13(2)(a) requires the period, or the criteria used to determine it.':
    'De bewaartermijn van {0} is vaag: ‘{1}’ geeft geen termijn en geen concrete gebeurtenis. Art. 13, lid 2, a), vereist de termijn, of de criteria om die te bepalen.',
  'A declared cookie whose `type` or `duration` disagrees with the Open Cookie Database (information, but a warning for an analytics or marketing cookie declared `essential`).':
    'Een opgegeven cookie waarvan `type` of `duration` afwijkt van de Open Cookie Database (informatie, maar een waarschuwing voor een analyse- of marketingcookie die als `essential` is opgegeven).',
  "The authority named for a law is another law's (the ICO for the FADP), or does not supervise a controller like this one (Bavaria: public or private bodies; the BfDI; church and broadcasting authorities).":
    'De autoriteit die voor een wet wordt genoemd, is die van een andere wet (de ICO voor de FADP), of houdt geen toezicht op een verwerkingsverantwoordelijke als deze (Beieren: overheidsinstanties of private instanties; de BfDI; kerkelijke autoriteiten en autoriteiten voor de omroepen).',
  'matches {0}': 'komt overeen met {0}',
  "for the country of the controller's address": 'voor het land van het adres van de verwerkingsverantwoordelijke',
  'Name {0} ({1}), or remove the name: the notice then names it itself':
    'Noem {0} ({1}), of verwijder de naam: de verklaring noemt die autoriteit dan zelf',
  'Name the supervisory authority competent for you': 'Noem de toezichthoudende autoriteit die voor u bevoegd is',
  'people complain to a supervisory authority of an EEA State (Art 77(1) GDPR)':
    'dienen personen een klacht in bij een toezichthoudende autoriteit van een staat van de EER (art. 77, lid 1 AVG)',
  'people complain to the Information Commissioner (DPA 2018 s.165; before 19 June 2026 Art 77 UK GDPR)':
    'dienen personen een klacht in bij de Information Commissioner (DPA 2018 s.165; vóór 19 juni 2026 art. 77 UK GDPR)',
  'people report to the Federal Data Protection and Information Commissioner (Art 49(1) FADP)':
    'doen personen melding bij de Federale commissaris voor gegevensbescherming en informatie (art. 49, lid 1 FADP)',
  "'{0}' is the supervisory authority under {1}, not under {2}, for which {3} names it: under {2} {4}. {5}.":
    "'{0}' is de toezichthoudende autoriteit onder {1}, niet onder {2}, waarvoor {3} haar noemt: onder {2} {4}. {5}.",
  "the audience '{0}'": "doelgroep '{0}'",
  "The cookie '{0}'": "De cookie '{0}'",
  'This cookie': 'Deze cookie',
  '(and {0} other analytics or marketing cookies of the same purpose)':
    '(en {0} andere analytische of marketingcookies met hetzelfde doeleinde)',
  '(and 1 other analytics or marketing cookie of the same purpose)':
    '(en 1 andere analytische of marketingcookie met hetzelfde doeleinde)',
  'That law applies from {0}; the notice is dated earlier, when the Act it replaced applied, which this tool does not model.':
    'Die wet geldt vanaf {0}; de verklaring is eerder gedateerd, toen nog de wet gold die zij heeft vervangen, en die wet modelleert deze tool niet.',
  "A transfer on consent needs the person's explicit consent after being informed of its possible risks (Art 49(1)(a); EDPB Guidelines 2/2018, section 2.1).":
    'Een doorgifte op grond van toestemming vereist de uitdrukkelijke toestemming van de betrokkene, nadat deze is ingelicht over de mogelijke risico’s ervan (art. 49, lid 1, a); richtsnoeren 2/2018 van het EDPB, punt 2.1).',
  'Ask for consent by an active choice, or rely on another legal basis.':
    'Vraag toestemming via een actieve keuze, of baseer u op een andere rechtsgrond.',
  'Did you mean {0}?': 'Bedoelde u {0}?',
  'the GDPR': 'de AVG',
  "This notice does not serve {0} (its laws: {1}): a mechanism given for '{2}' does not apply: a transfer rests on the ground each law of the notice it leaves provides ({3}). Add the law under 'laws', or remove this entry.":
    "Deze verklaring is niet opgesteld voor {0} (haar wetten: {1}): een mechanisme dat voor '{2}' is opgegeven, is niet van toepassing: een doorgifte berust op de grond die elke wet van de verklaring biedt waarvan zij het grondgebied verlaat ({3}). Voeg de wet toe onder 'laws', of verwijder deze vermelding.",
  "'{0}' ({1}) is a mechanism of {2} only, and this transfer leaves the territory of {3}: under {4} a transfer rests on an adequacy decision, appropriate safeguards or a derogation ({5}). Give the mechanism per law: 'mechanism: { {6}: …, {7}: {8} }'.":
    "'{0}' ({1}) is alleen een mechanisme van {2}, en deze doorgifte verlaat het grondgebied van {3}: op grond van {4} berust een doorgifte op een adequaatheidsbesluit, passende waarborgen of een afwijking ({5}). Geef het mechanisme per wet op: 'mechanism: { {6}: …, {7}: {8} }'.",
  'From 19 June 2026 people may complain to the controller if they consider that there is an infringement of the UK GDPR concerning their data (DPA 2018 s.164A(1)), and the notice tells them of that right (Art 13(2)(ca) UK GDPR). The controller must facilitate such complaints, for example with a complaint form that can be completed electronically and by other means (s.164A(2)). The notice always states the right; this rule asks it to say how to use it.':
    'Vanaf 19 juni 2026 kunnen personen een klacht indienen bij de verwerkingsverantwoordelijke als zij van mening zijn dat er sprake is van een inbreuk op de UK GDPR met betrekking tot hun gegevens (DPA 2018 s.164A(1)), en de verklaring informeert hen over dat recht (art. 13, lid 2, ca) UK GDPR). De verwerkingsverantwoordelijke moet zulke klachten vergemakkelijken, bijvoorbeeld met een klachtenformulier dat elektronisch en op andere wijze kan worden ingevuld (s.164A(2)). De verklaring vermeldt het recht altijd; deze regel vraagt dat zij zegt hoe men het uitoefent.',
  'Under the FADP the notice names every State a disclosure abroad goes to, even one with adequate protection (Art 19(4) FADP); wilfully incomplete information is punishable on complaint (Art 60(1)(a) FADP).':
    'Onder de FADP noemt de verklaring elke staat waaraan gegevens worden verstrekt, ook een staat met passende bescherming (art. 19, lid 4 FADP); opzettelijk onvolledige informatie is op klacht strafbaar (art. 60, lid 1, a) FADP).',
  "I rely on {0}: 'basis: {1}'": "Ik baseer me op {0}: 'basis: {1}'",
  'The age of digital consent in {0} is {1} (as of {2})':
    'De leeftijd voor digitale toestemming in {0} is {1} jaar (stand: {2})',
  'The age of digital consent in {0} is {1} (as of {2}), the state where the controller is established; where the service is offered to children in other Member States, their ages may apply, as their laws decide (EDPB Guidelines 05/2020 on consent, para 131)':
    'De leeftijd voor digitale toestemming in {0}, de staat waar de verwerkingsverantwoordelijke is gevestigd, is {1} jaar (stand: {2}); wanneer de dienst aan kinderen in andere lidstaten wordt aangeboden, kunnen de leeftijden van die lidstaten gelden, zoals hun wetgeving bepaalt (richtsnoeren 05/2020 van het EDPB inzake toestemming, randnummer 131)',
  "'controller.country' {0} is outside {1}, so the age is that of the Member State whose residents the service targets: {2} unless it set a lower one, never below 13":
    "'controller.country' {0} ligt buiten {1}, dus de leeftijd is die van de lidstaat op wiens ingezetenen de dienst is gericht: {2} jaar, tenzij die lidstaat een lagere leeftijd heeft vastgesteld, nooit lager dan 13 jaar",
  "The age depends on the Member State: {0} unless it set a lower one, never below 13; add 'controller.country' to see the age of the state where the controller is established":
    "De leeftijd hangt af van de lidstaat: {0} jaar, tenzij die lidstaat een lagere leeftijd heeft vastgesteld, nooit lager dan 13 jaar; voeg 'controller.country' toe om de leeftijd te zien van de staat waar de verwerkingsverantwoordelijke is gevestigd",
  'Providing the data is a statutory requirement': 'Het verstrekken van de gegevens is een wettelijke verplichting',
  'Providing the data is a contractual requirement': 'Het verstrekken van de gegevens is een contractuele verplichting',
  'Providing the data is a requirement necessary to enter into a contract':
    'Het verstrekken van de gegevens is een noodzakelijke voorwaarde om een overeenkomst te sluiten',
  'Providing the data is voluntary': 'Het verstrekken van de gegevens is vrijwillig',
  'part of our own organisation (the same legal person)':
    'onderdeel van onze eigen organisatie (dezelfde rechtspersoon)',
  'a processor acting on our instructions (Art 28)': 'een verwerker die volgens onze instructies handelt (art. 28)',
  'a controller deciding for itself (Art 4(7))': 'een verwerkingsverantwoordelijke die zelf beslist (art. 4, punt 7)',
  'a joint controller with us (Art 26)': 'een met ons gezamenlijke verwerkingsverantwoordelijke (art. 26)',
  'a public authority': 'een overheidsinstantie',
  'the public (the data is published)': 'het publiek (de gegevens worden openbaar gemaakt)',
  "under 'laws.{0}'": "onder 'laws.{0}'",
  "I rely on {0}: 'special_basis: {1}'": "Ik baseer me op {0}: 'special_basis: {1}'",
  'the {0}': 'het {0}',
  'the EU GDPR': 'de AVG',
  'the UK GDPR': 'de UK GDPR',
  'the Swiss FADP': 'de Zwitserse FADP',
  'A web address counts as a contact detail only as a contact form: make sure this page lets readers contact you.':
    'Een webadres geldt alleen als contactgegeven als het een contactformulier is: zorg ervoor dat lezers via deze pagina contact met u kunnen opnemen.',
  'as {0}': 'als {0}',
  'Replace with a period from an event ({ period, from })':
    'Vervangen door een termijn vanaf een gebeurtenis ({ period, from })',
  'Replace with an end event ({ until })': 'Vervangen door een eindgebeurtenis ({ until })',
  'Replace with the criteria that determine the period ({ criteria })':
    'Vervangen door de criteria die de termijn bepalen ({ criteria })',
  "purpose '{0}'": "doeleinde '{0}'",
  'the notice': 'de verklaring',
  'the UK GDPR and the Data Protection Act 2018': 'de UK GDPR en de Data Protection Act 2018',
  'the Swiss Federal Act on Data Protection of 25 September 2020 (FADP)':
    'de Zwitserse federale wet van 25 september 2020 betreffende gegevensbescherming (FADP)',
  "No 'laws' section: the notice is read under {0}, the law of the controller's country, {1}.{2} If the EU GDPR applies too (e.g. under its Art 3(2), for people in the EEA), add it. {3}":
    "Geen sectie 'laws': de verklaring wordt gelezen volgens {0}, de wet van het land van de verwerkingsverantwoordelijke, {1}.{2} Als de AVG ook van toepassing is (bijvoorbeeld op grond van art. 3, lid 2, voor personen in de EER), voeg die dan toe. {3}",
  "No 'laws' section: the notice is dated before 2021, when the EU GDPR still applied in the United Kingdom, and is read under it. {0}":
    "Geen sectie 'laws': de verklaring dateert van vóór 2021, toen de AVG nog in het Verenigd Koninkrijk van toepassing was, en wordt volgens die verordening gelezen. {0}",
  "No 'laws' section: assumed: the notice addresses people in the EEA (Art 3(2) GDPR) and is read under the EU GDPR. The controller's country, {0}, may have a law of its own that this tool does not model (Gibraltar, Jersey, Guernsey, the Isle of Man and others have their own). {1}":
    "Geen sectie 'laws': aangenomen wordt dat de verklaring zich richt tot personen in de EER (art. 3, lid 2, AVG) en volgens de AVG wordt gelezen. Het land van de verwerkingsverantwoordelijke, {0}, kan een eigen wet hebben die dit hulpmiddel niet modelleert (Gibraltar, Jersey, Guernsey, het eiland Man en andere hebben er een). {1}",
  'The FADP has Articles 1–{0} and the inserted Articles {1}; there is no Article {2}{3}.':
    'De FADP heeft de artikelen 1 tot en met {0} en de ingevoegde artikelen {1}; er is geen artikel {2}{3}.',
  "The revised FADP applies from {0}, after the notice's date; the Act of 1992 it replaced numbers its articles differently.":
    'De herziene FADP is van toepassing vanaf {0}, na de datum van de verklaring; de wet van 1992 die zij heeft vervangen, nummert haar artikelen anders.',
  '{0} is one unnumbered paragraph: cite its letter without a paragraph, e.g. Art {1}{2}(a).':
    '{0} bestaat uit één ongenummerd lid: haal de letter aan zonder lid, bijvoorbeeld art. {1}{2}, a).',
  '{0} has paragraphs {1}; there is no paragraph {2}.': '{0} heeft de leden {1}; er is geen lid {2}.',
  "Art {0}({1}) FADP applies from {2}, after the notice's date.":
    'Art. {0}, lid {1} FADP is van toepassing vanaf {2}, na de datum van de verklaring.',
  'Art {0}({1}) FADP has no letters.': 'Art. {0}, lid {1} FADP heeft geen letters.',
  'Art {0}({1}) FADP has letters {2}; there is no letter {3}.':
    'Art. {0}, lid {1} FADP heeft de letters {2}; er is geen letter {3}.',
  '{0} has no letters.': '{0} heeft geen letters.',
  '{0} has letters {1}; there is no letter {2}.': '{0} heeft de letters {1}; er is geen letter {2}.',
  '{0} has no letter {1} outside its numbered paragraphs: name the paragraph.':
    '{0} heeft buiten zijn genummerde leden geen letter {1}: vermeld het lid.',
  'In Switzerland: no disclosure abroad under the FADP.':
    'In Zwitserland: geen verstrekking aan het buitenland in de zin van de FADP.',
  'Adequate under the FADP: {0}, {1} ({2}) (Art 16(1) FADP; list as of {3}). Use mechanism `adequacy`; the notice still names the State (Art 19(4) FADP).':
    'Passende bescherming volgens de FADP: {0}, {1} ({2}) (art. 16, lid 1 FADP; stand van de lijst: {3}). Gebruik het mechanisme `adequacy`; de verklaring noemt de staat toch (art. 19, lid 4 FADP).',
  'Adequate under the FADP: {0}, {1} (Art 16(1) FADP; list as of {2}). Use mechanism `adequacy`; the notice still names the State (Art 19(4) FADP).':
    'Passende bescherming volgens de FADP: {0}, {1} (art. 16, lid 1 FADP; stand van de lijst: {2}). Gebruik het mechanisme `adequacy`; de verklaring noemt de staat toch (art. 19, lid 4 FADP).',
  'Under the FADP only US recipients certified under the Swiss–US Data Privacy Framework are adequate (`swiss-us-dpf`, {0}); otherwise use e.g. `scc` (Art 16(2)(d) FADP). The notice names the State (Art 19(4) FADP).':
    'Volgens de FADP hebben alleen Amerikaanse ontvangers die gecertificeerd zijn onder het Zwitserland-VS-kader voor gegevensbescherming (Swiss–US Data Privacy Framework) een passend beschermingsniveau (`swiss-us-dpf`, {0}); gebruik anders bijvoorbeeld `scc` (art. 16, lid 2, d) FADP). De verklaring noemt de staat (art. 19, lid 4 FADP).',
  '{0} is not in Annex 1 DPO: a disclosure there needs a safeguard of Art 16(2) FADP (e.g. `scc`) or an exception of Art 17 FADP; the notice names the State and the safeguard or exception (Art 19(4) FADP).':
    '{0} staat niet in bijlage 1 DSV: een verstrekking aan die staat vereist een waarborg van art. 16, lid 2 FADP (bijvoorbeeld `scc`) of een uitzondering van art. 17 FADP; de verklaring noemt de staat en de waarborg of uitzondering (art. 19, lid 4 FADP).',
  'This range runs backwards: {0} comes after {1}.': 'Dit bereik loopt achterstevoren: {0} komt na {1}.',
  'Under the FADP a US recipient is adequate only if certified under the Swiss–US Data Privacy Framework (Annex 1 no. 44 DPO, in force 15 September 2024); certification to the EU–US framework alone is not enough: use `swiss-us-dpf`.':
    'Volgens de FADP heeft een Amerikaanse ontvanger alleen een passend beschermingsniveau als hij gecertificeerd is onder het Zwitserland-VS-kader voor gegevensbescherming (Swiss–US Data Privacy Framework) (bijlage 1, nr. 44 DSV, in werking sinds 15 september 2024); een certificering onder het EU-VS-kader alleen volstaat niet: gebruik `swiss-us-dpf`.',
  'The Swiss–US Data Privacy Framework covers recipients in the United States only.':
    'Het Zwitserland-VS-kader voor gegevensbescherming (Swiss–US Data Privacy Framework) geldt alleen voor ontvangers in de Verenigde Staten.',
  'The IDTA and the UK Addendum are UK mechanisms. From Switzerland, the EU standard contractual clauses recognised by the FDPIC (with the Swiss adaptations, Art 16(2)(d) FADP) are `scc`.':
    'De IDTA en het UK Addendum zijn Britse mechanismen. Vanuit Zwitserland worden de door de FDPIC erkende standaardbepalingen inzake gegevensbescherming van de EU (met de Zwitserse aanpassingen, art. 16, lid 2, d) FADP) aangeduid met `scc`.',
  'The Swiss–US Privacy Shield was not annulled by a court, but the FDPIC found on 8 September 2020 that it does not provide adequate protection, and Annex 1 DPO lists the United States only for organisations certified under the Swiss–US Data Privacy Framework (in force 15 September 2024): use `swiss-us-dpf`, or a safeguard of Art 16(2) FADP such as `scc`.':
    'Het Zwitserland-VS-privacyschild (Swiss–US Privacy Shield) is niet door een rechter nietig verklaard, maar de FDPIC heeft op 8 september 2020 vastgesteld dat het geen passende bescherming biedt, en bijlage 1 DSV vermeldt de Verenigde Staten alleen voor organisaties die gecertificeerd zijn onder het Zwitserland-VS-kader voor gegevensbescherming (Swiss–US Data Privacy Framework, in werking sinds 15 september 2024): gebruik `swiss-us-dpf`, of een waarborg van art. 16, lid 2 FADP, zoals `scc`.',
  'The US–Swiss Safe Harbor framework is no longer a basis for disclosures to the United States: Annex 1 DPO lists the United States only for organisations certified under the Swiss–US Data Privacy Framework: use `swiss-us-dpf`, or a safeguard of Art 16(2) FADP such as `scc`.':
    'Het Safe Harbor-kader VS-Zwitserland is niet langer een grondslag voor verstrekkingen aan de Verenigde Staten: bijlage 1 DSV vermeldt de Verenigde Staten alleen voor organisaties die gecertificeerd zijn onder het Zwitserland-VS-kader voor gegevensbescherming (Swiss–US Data Privacy Framework). Gebruik `swiss-us-dpf`, of een waarborg van art. 16, lid 2 FADP, zoals `scc`.',
  'The FADP has no exception for the compelling legitimate interests of the controller (Art 17 FADP lists the exceptions): rely on a safeguard of Art 16(2) or one of the exceptions of Art 17(1).':
    'De FADP kent geen uitzondering voor de dwingende gerechtvaardigde belangen van de verwerkingsverantwoordelijke (art. 17 FADP somt de uitzonderingen op): baseer u op een waarborg van art. 16, lid 2, of op een van de uitzonderingen van art. 17, lid 1.',
  'The GDPR has {0} recitals; there is no recital {1}.': 'De AVG heeft {0} consideransen; er is geen considerans {1}.',
  'The GDPR has {0} articles; there is no Article {1}.': 'De AVG heeft {0} artikelen; er is geen artikel {1}.',
  'Art {0} ({1}) is not divided into numbered paragraphs.': 'Art. {0} ({1}) is niet onderverdeeld in genummerde leden.',
  'Art {0} ({1}) has paragraphs 1–{2}; there is no paragraph {3}.':
    'Art. {0} ({1}) heeft de leden 1 tot en met {2}; er is geen lid {3}.',
  'Art {0}({1}) has no lettered points.': 'Art. {0}, lid {1}, heeft geen met letters aangeduide punten.',
  'Art {0}({1}) has points (a)–({2}); there is no point ({3}).':
    'Art. {0}, lid {1}, heeft de punten a) tot en met {2}); er is geen punt {3}).',
  'Art {0} ({1}) has no point ({2}) outside its numbered paragraphs: name the paragraph, e.g. Art {0}(1)({2}).':
    'Art. {0} ({1}) heeft buiten zijn genummerde leden geen punt {2}): vermeld het lid, bijvoorbeeld art. {0}, lid 1, punt {2}).',
  'In the EEA: no transfer safeguard is needed.': 'In de EER: er is geen waarborg voor doorgifte nodig.',
  'Adequacy decision (Art 45): {0} (list as of {1}). Use mechanism `adequacy`.':
    'Adequaatheidsbesluit (art. 45): {0} (stand van de lijst: {1}). Gebruik het mechanisme `adequacy`.',
  "Third country. Only organisations certified under the EU–US Data Privacy Framework, for the data their certification covers, are covered by an adequacy decision (`dpf`, {0}); check the Framework's list. Otherwise a safeguard of Art 46–47 (e.g. `scc`) or a derogation of Art 49 is needed.":
    'Derde land. Alleen organisaties die gecertificeerd zijn onder het EU-VS-kader voor gegevensbescherming (Data Privacy Framework) vallen, voor de gegevens waarop hun certificering betrekking heeft, onder een adequaatheidsbesluit (`dpf`, {0}); raadpleeg de lijst van dat kader. Anders is een waarborg van art. 46 of 47 (bijvoorbeeld `scc`) of een afwijking van art. 49 nodig.',
  'Third country without an adequacy decision: a transfer needs a safeguard of Art 46–47 (e.g. `scc`) or a derogation of Art 49.':
    'Derde land zonder adequaatheidsbesluit: een doorgifte vereist een waarborg van art. 46 of 47 (bijvoorbeeld `scc`) of een afwijking van art. 49.',
  'The Data Protection Act 2018 has Schedules 1–{0}; there is no Schedule {1}.':
    'De Data Protection Act 2018 heeft de Schedules 1 tot en met {0}; er is geen Schedule {1}.',
  '{0} was repealed on {1} (omitted by {2}).': '{0} is op {1} ingetrokken (geschrapt bij {2}).',
  'The UK GDPR has Annexes 1 and 2; there is no Annex {0}{1}.':
    'De UK GDPR heeft de bijlagen 1 en 2; er is geen bijlage {0}{1}.',
  "Annex {0} UK GDPR applies from {1} (inserted by {2}), after the notice's date.":
    'Bijlage {0} UK GDPR is van toepassing vanaf {1} (ingevoegd bij {2}), na de datum van de verklaring.',
  "{0} is not an article of the UK GDPR in this tool's list of inserted articles (as of {1}).":
    '{0} is geen artikel van de UK GDPR volgens de lijst van ingevoegde artikelen van deze tool (stand van {1}).',
  "{0} applies from {1} (inserted by {2}), after the notice's date.":
    '{0} is van toepassing vanaf {1} (ingevoegd bij {2}), na de datum van de verklaring.',
  'The UK GDPR has Articles 1–99 (some omitted, others inserted with letters); there is no Article {0}.':
    'De UK GDPR heeft de artikelen 1 tot en met 99 (sommige geschrapt, andere ingevoegd met letters); er is geen artikel {0}.',
  '{0} is not divided into numbered paragraphs.': '{0} is niet onderverdeeld in genummerde leden.',
  'Art {0}({1}) UK GDPR was repealed on {2} (omitted by {3}).':
    'Art. {0}, lid {1} UK GDPR is op {2} ingetrokken (geschrapt bij {3}).',
  "Art {0}({1}) UK GDPR applies from {2} (inserted by {3}), after the notice's date.":
    'Art. {0}, lid {1} UK GDPR is van toepassing vanaf {2} (ingevoegd bij {3}), na de datum van de verklaring.',
  'Art {0}({1})({2}) UK GDPR was repealed on {3} (omitted by {4}).':
    'Art. {0}, lid {1}, punt {2}) UK GDPR is op {3} ingetrokken (geschrapt bij {4}).',
  "Art {0}({1})({2}) UK GDPR applies from {3} (inserted by {4}), after the notice's date.":
    'Art. {0}, lid {1}, punt {2}) UK GDPR is van toepassing vanaf {3} (ingevoegd bij {4}), na de datum van de verklaring.',
  'Art {0}({1}) UK GDPR has no lettered points.': 'Art. {0}, lid {1} UK GDPR heeft geen met letters aangeduide punten.',
  'Art {0}({1}) UK GDPR has points {2}; there is no point ({3}).':
    'Art. {0}, lid {1} UK GDPR heeft de punten {2}; er is geen punt {3}).',
  '{0} has no point ({1}) outside its numbered paragraphs: name the paragraph.':
    '{0} heeft buiten zijn genummerde leden geen punt {1}): vermeld het lid.',
  'The Data Protection Act 2018 has sections 1–{0}; there is no section {1}.':
    'De Data Protection Act 2018 heeft de sections 1 tot en met {0}; er is geen section {1}.',
  'In the United Kingdom: no transfer under the UK GDPR.':
    'In het Verenigd Koninkrijk: geen doorgifte in de zin van de UK GDPR.',
  'Approved under the UK GDPR (Art 45A; before 5 February 2026 adequacy regulations): {0}, {1}; only {2} (list as of {3}). Use mechanism `adequacy`.':
    'Goedgekeurd op grond van de UK GDPR (art. 45A; vóór 5 februari 2026: adequacy regulations): {0}, {1}; alleen {2} (stand van de lijst: {3}). Gebruik het mechanisme `adequacy`.',
  'Approved under the UK GDPR (Art 45A; before 5 February 2026 adequacy regulations): {0}, {1} (list as of {2}). Use mechanism `adequacy`.':
    'Goedgekeurd op grond van de UK GDPR (art. 45A; vóór 5 februari 2026: adequacy regulations): {0}, {1} (stand van de lijst: {2}). Gebruik het mechanisme `adequacy`.',
  'Under the UK GDPR only US recipients taking part in the UK Extension to the EU–US Data Privacy Framework are approved (`uk-extension-dpf`, {0}); otherwise use `uk-idta` or `uk-addendum` (Art 46(2)(d) UK GDPR).':
    'Volgens de UK GDPR zijn alleen Amerikaanse ontvangers goedgekeurd die deelnemen aan de UK Extension van het EU-VS-kader voor gegevensbescherming (`uk-extension-dpf`, {0}); gebruik anders `uk-idta` of `uk-addendum` (art. 46, lid 2, d) UK GDPR).',
  '{0} is not approved under the UK GDPR: a transfer needs an appropriate safeguard (Art 46 UK GDPR, e.g. `uk-idta` or `uk-addendum`) or a derogation (Art 49 UK GDPR).':
    '{0} is niet goedgekeurd op grond van de UK GDPR: een doorgifte vereist een passende waarborg (art. 46 UK GDPR, bijvoorbeeld `uk-idta` of `uk-addendum`) of een afwijking (art. 49 UK GDPR).',
  'Under the UK GDPR the EU standard contractual clauses are valid only with the UK Addendum (issued under s.119A DPA 2018, in force 21 March 2022): use `uk-addendum` (the EU clauses with the Addendum) or `uk-idta`. The 2021 EU clauses were never a UK mechanism on their own, and contracts on the earlier EU clauses (2001, 2004, 2010) ceased to cover UK transfers on 21 March 2024.':
    'Volgens de UK GDPR zijn de standaardbepalingen inzake gegevensbescherming van de EU alleen geldig met het UK Addendum (uitgevaardigd op grond van s.119A DPA 2018, in werking sinds 21 maart 2022): gebruik `uk-addendum` (de EU-bepalingen met het Addendum) of `uk-idta`. De EU-bepalingen van 2021 zijn op zichzelf nooit een Brits mechanisme geweest, en overeenkomsten op basis van de eerdere EU-bepalingen (2001, 2004, 2010) dekken sinds 21 maart 2024 geen doorgiften uit het Verenigd Koninkrijk meer.',
  'Under the UK GDPR a US recipient is covered only if it takes part in the UK Extension to the EU–US Data Privacy Framework (Data Protection (Adequacy) (United States of America) Regulations 2023, reg 3): use `uk-extension-dpf`.':
    'Volgens de UK GDPR is een Amerikaanse ontvanger alleen gedekt als hij deelneemt aan de UK Extension van het EU-VS-kader voor gegevensbescherming (Data Protection (Adequacy) (United States of America) Regulations 2023, reg 3): gebruik `uk-extension-dpf`.',
  'The Swiss–US Data Privacy Framework covers transfers from Switzerland only: under the UK GDPR use `uk-extension-dpf`.':
    'Het Zwitserland-VS-kader voor gegevensbescherming (Swiss–US Data Privacy Framework) geldt alleen voor doorgiften vanuit Zwitserland: gebruik volgens de UK GDPR `uk-extension-dpf`.',
  'The Court of Justice declared the EU–US Privacy Shield decision invalid (C-311/18, 16 July 2020, before the end of the transition period), and DPA 2018 Sch 21 para 5 does not list it. {0}':
    'Het Hof van Justitie heeft het besluit over het EU-VS-privacyschild ongeldig verklaard (C-311/18, 16 juli 2020, vóór het einde van de overgangsperiode), en DPA 2018 Sch 21 para 5 vermeldt het niet. {0}',
  'The Court of Justice declared the Safe Harbour decision invalid (C-362/14, 6 October 2015), and DPA 2018 Sch 21 para 5 does not list it. {0}':
    'Het Hof van Justitie heeft de Safe Harbour-beschikking ongeldig verklaard (C-362/14, 6 oktober 2015), en DPA 2018 Sch 21 para 5 vermeldt ze niet. {0}',
  'The UK Extension to the EU–US Data Privacy Framework covers recipients in the United States only.':
    'De UK Extension van het EU-VS-kader voor gegevensbescherming geldt alleen voor ontvangers in de Verenigde Staten.',
  'The YAML parser reports: {0}.': 'De YAML-parser meldt: {0}.',
  'This value is nested more than {0} levels deep; deeper content is not analysed.':
    'Deze waarde is meer dan {0} niveaus diep genest; diepere inhoud wordt niet geanalyseerd.',
  'The YAML parser failed: {0}': 'Het parsen van de YAML is mislukt: {0}',
  'Aliases in this document expand to more than {0} values; this alias and later ones are not expanded.':
    'Aliassen in dit document worden uitgevouwen tot meer dan {0} waarden; deze alias en de volgende worden niet uitgevouwen.',
  'This document could not be analysed: {0}': 'Dit document kon niet worden geanalyseerd: {0}',
  'YAML syntax: {0}': 'YAML-syntaxis: {0}',
  "The key '{0}' appears more than once in the same mapping; only one of its values can be used. Remove or rename this one.":
    "De sleutel '{0}' komt meer dan eens voor in dezelfde mapping; slechts één van zijn waarden kan worden gebruikt. Verwijder of hernoem deze.",
  'This policy is empty. Start with the `policy`, `controller`, `data` and `purposes` sections (use the “New privacy policy” snippet).':
    'Dit bestand is leeg. Begin met de secties `policy`, `controller`, `data` en `purposes` (gebruik het fragment ‘Nieuwe privacyverklaring’).',
  'A policy must be a mapping of sections (policy, controller, data, purposes…), but this document is a list.':
    'Het bestand moet een mapping van secties zijn (policy, controller, data, purposes…), maar dit document is een lijst.',
  'A policy must be a mapping of sections (policy, controller, data, purposes…), but this document is a single value.':
    'Het bestand moet een mapping van secties zijn (policy, controller, data, purposes…), maar dit document is één enkele waarde.',
  'in {0}': 'in {0}',
  'at the top level of the policy': 'op het hoogste niveau van het bestand',
  "'{0}' is not a known key {1}. Did you mean '{2}'? Known keys: {3}.":
    "'{0}' is geen bekende sleutel {1}. Bedoelde u '{2}'? Bekende sleutels: {3}.",
  "'{0}' is not a known key {1}. Known keys: {2}.": "'{0}' is geen bekende sleutel {1}. Bekende sleutels: {2}.",
  "Required field '{0}' is missing {1}: {2}": "Verplicht veld '{0}' ontbreekt {1}: {2}",
  'Missing {0} {1}.': 'Ontbreekt {1}: {0}.',
  '{0} is empty.': '{0} is leeg.',
  '{0} should be a single value, not a mapping.': '{0} moet één enkele waarde zijn, geen mapping.',
  '{0} should be a single value, not a list.': '{0} moet één enkele waarde zijn, geen lijst.',
  "The tag '{0}' is not supported here; write {1} as plain text.":
    "De tag '{0}' wordt hier niet ondersteund; schrijf {1} als gewone tekst.",
  "'{0}' is not an e-mail address ({1}).": "'{0}' is geen e-mailadres ({1}).",
  "'{0}' is not a web address starting with https:// or http:// ({1}).":
    "'{0}' is geen webadres dat begint met https:// of http:// ({1}).",
  "'{0}' is neither an e-mail address nor a web address ({1}).":
    "'{0}' is geen e-mailadres en ook geen webadres ({1}).",
  "'{0}' is not a date in the form YYYY-MM-DD (or a month, YYYY-MM) ({1}).":
    "'{0}' is geen datum in de vorm YYYY-MM-DD (of een maand, YYYY-MM) ({1}).",
  "'{0}' is not a date in the form YYYY-MM-DD ({1}).": "'{0}' is geen datum in de vorm YYYY-MM-DD ({1}).",
  '{0} must be a whole number from {1} to {2}.': '{0} moet een geheel getal van {1} tot en met {2} zijn.',
  '{0} must be true or false.': '{0} moet true of false zijn.',
  "'{0}' is {1} ({2}).": "'{0}' is {1} ({2}).",
  "'{0}' is not a valid value for {1}. Did you mean '{2}'? Allowed: {3}.":
    "'{0}' is geen geldige waarde voor {1}. Bedoelde u '{2}'? Toegestaan: {3}.",
  "'{0}' is not a valid value for {1}. Allowed: {2}.": "'{0}' is geen geldige waarde voor {1}. Toegestaan: {2}.",
  "Country codes are written in capitals: '{0}' ({1}).": "Landcodes worden in hoofdletters geschreven: '{0}' ({1}).",
  "'{0}' is not an ISO 3166-1 alpha-2 country code (e.g. BE, DE, US) ({1}).":
    "'{0}' is geen ISO 3166-1 alpha-2-landcode (bijvoorbeeld BE, DE, US) ({1}).",
  "'{0}' is not a duration: write a number and a unit (e.g. '15 minutes', '30 days', '12 months') or ISO 8601 ('P1Y', 'PT15M') ({1}).":
    "'{0}' is geen duur: schrijf een getal en een eenheid (bijvoorbeeld '15 minutes', '30 days', '12 months') of ISO 8601 ('P1Y', 'PT15M') ({1}).",
  '{0} should be a mapping of keys ({1}…).': '{0} moet een mapping van sleutels zijn ({1}…).',
  "{0} should map an id (like 'contact-details') to each {1}.":
    "{0} moet per {1} een id (zoals 'contact-details') als sleutel hebben.",
  "'{0}' is not a valid id: use lower-case letters, digits and hyphens, starting with a letter (e.g. '{1}').":
    "'{0}' is geen geldige id: gebruik kleine letters, cijfers en koppeltekens, te beginnen met een letter (bijvoorbeeld '{1}').",
  'item {0} of {1}': 'element {0} van {1}',
  "{0} should be a list (items starting with '- ', or [a, b]).":
    "{0} moet een lijst zijn (elementen die beginnen met '- ', of [a, b]).",
  '{0} should be a mapping from {1} ids to their settings.':
    '{0} moet een mapping zijn van {1}-id’s naar hun instellingen.',
  "{0} for '{1}'": "{0} voor '{1}'",
  "'{0}' is not a valid {1} id ({2}). Did you mean '{3}'? Allowed: {4}.":
    "'{0}' is geen geldige {1}-id ({2}). Bedoelde u '{3}'? Toegestaan: {4}.",
  "'{0}' is not a valid {1} id ({2}). Allowed: {3}.": "'{0}' is geen geldige {1}-id ({2}). Toegestaan: {3}.",
  "{0} should be 'none' or a list.": "{0} moet 'none' of een lijst zijn.",
  "{0} should be 'none' or a mapping.": "{0} moet 'none' of een mapping zijn.",
  "{0} is empty: give a period such as '12 months' or a form like { until: the end of the contract }.":
    "{0} is leeg: geef een termijn op zoals '12 months' of een vorm als { until: the end of the contract }.",
  "'{0}' is not a duration: the unit must be minutes, hours, days, weeks, months or years ({1}). Did you mean '{2}'?":
    "'{0}' is geen duur: de eenheid moet minuten, uren, dagen, weken, maanden of jaren zijn ({1}). Bedoelde u '{2}'?",
  "'{0}' is not a duration: the unit must be minutes, hours, days, weeks, months or years ({1}).":
    "'{0}' is geen duur: de eenheid moet minuten, uren, dagen, weken, maanden of jaren zijn ({1}).",
  'Retention lists cannot be nested ({0}).': 'Lijsten van bewaartermijnen kunnen niet worden genest ({0}).',
  "Each item of a retention list needs a 'data' key and a period, e.g. { data: invoices, period: 7 years, from: the invoice date }.":
    "Elk element van een lijst van bewaartermijnen heeft een sleutel 'data' en een termijn nodig, bijvoorbeeld { data: invoices, period: 7 years, from: the invoice date }.",
  "This retention item does not say which data it is for: add 'data' ({0}).":
    "Dit element van de bewaartermijnen zegt niet voor welke gegevens het geldt: voeg 'data' toe ({0}).",
  "'{0}' of {1}": "'{0}' van {1}",
  "'{0}' is not a duration: write e.g. '10 years' or 'P10Y' ({1}).":
    "'{0}' is geen duur: schrijf bijvoorbeeld '10 years' of 'P10Y' ({1}).",
  "{0} gives no period: add 'period' (e.g. 10 years), 'until' (an event), 'at_least', 'at_most', 'between', 'law' or 'criteria'.":
    "{0} vermeldt geen termijn: voeg 'period' (bijvoorbeeld 10 years), 'until' (een gebeurtenis), 'at_least', 'at_most', 'between', 'law' of 'criteria' toe.",
  "{0} mixes several forms ({1}); use one of 'period' + 'from', 'until' (+ 'then'), 'at_least' (+ 'from', 'law'), 'at_most' (+ 'from'), 'between' (+ 'from' or 'criteria'), 'law' (+ 'then'), or 'criteria'.":
    "{0} combineert meerdere vormen ({1}); gebruik er één van: 'period' + 'from', 'until' (+ 'then'), 'at_least' (+ 'from', 'law'), 'at_most' (+ 'from'), 'between' (+ 'from' of 'criteria'), 'law' (+ 'then') of 'criteria'.",
  "'from' needs a 'period', 'at_least', 'at_most' or 'between' ({0}).":
    "'from' vereist een 'period', 'at_least', 'at_most' of 'between' ({0}).",
  "'then' needs an 'until' event or a 'law' ({0}).": "'then' vereist een gebeurtenis in 'until' of een 'law' ({0}).",
  "'between' takes two durations, the shorter first, e.g. [7 years, 10 years] ({0}).":
    "'between' vereist twee termijnen, de kortste eerst, bijvoorbeeld [7 years, 10 years] ({0}).",
  "'between' of {0}": "'between' van {0}",
  "'{0}' is not a duration: write e.g. '7 years' or 'P7Y' ({1}).":
    "'{0}' is geen duur: schrijf bijvoorbeeld '7 years' of 'P7Y' ({1}).",
  "'between' must go from the shorter period to the longer one ({0}).":
    "'between' moet van de kortste naar de langste termijn gaan ({0}).",
  'reserved for the California Consumer Privacy Act, not supported yet':
    'gereserveerd voor de California Consumer Privacy Act, nog niet ondersteund',
  "the '{0}' section": "de sectie '{0}'",
  "data category '{0}'": "gegevenscategorie '{0}'",
  "recipient '{0}'": "ontvanger '{0}'",
  "audience '{0}'": "doelgroep '{0}'",
  'Under the UK GDPR a US recipient is covered only if it takes part in the UK Extension to the EU–US Data Privacy Framework (`uk-extension-dpf`, Data Protection (Adequacy) (United States of America) Regulations 2023, reg 3); otherwise use `uk-idta` or `uk-addendum` (Art 46(2)(d) UK GDPR) or a derogation (Art 49 UK GDPR).':
    'Volgens de UK GDPR is een Amerikaanse ontvanger alleen gedekt als hij deelneemt aan de UK Extension van het EU-VS-kader voor gegevensbescherming (`uk-extension-dpf`, Data Protection (Adequacy) (United States of America) Regulations 2023, reg 3); gebruik anders `uk-idta` of `uk-addendum` (art. 46, lid 2, d) UK GDPR) of een afwijking (art. 49 UK GDPR).',
  "{0}{1} is an analytics cookie, and the notice does not say that it is set only with the reader's consent: its purpose '{2}' does not rest on consent, and 'cookie_settings' does not say how readers give or refuse it.":
    "{0}{1} is een analytische cookie, en de verklaring zegt niet dat hij alleen met toestemming van de lezer wordt geplaatst: zijn doeleinde '{2}' berust niet op toestemming, en 'cookie_settings' zegt niet hoe lezers die toestemming geven of weigeren.",
  "{0}{1} is a marketing cookie, and the notice does not say that it is set only with the reader's consent: its purpose '{2}' does not rest on consent, and 'cookie_settings' does not say how readers give or refuse it.":
    "{0}{1} is een marketingcookie, en de verklaring zegt niet dat hij alleen met toestemming van de lezer wordt geplaatst: zijn doeleinde '{2}' berust niet op toestemming, en 'cookie_settings' zegt niet hoe lezers die toestemming geven of weigeren.",
  "{0}{1} is an analytics cookie, and the notice does not say that it is set only with the reader's consent: no purpose on consent is named for it, and 'cookie_settings' does not say how readers give or refuse it.":
    "{0}{1} is een analytische cookie, en de verklaring zegt niet dat hij alleen met toestemming van de lezer wordt geplaatst: er is geen doeleinde op grond van toestemming voor vermeld, en 'cookie_settings' zegt niet hoe lezers die toestemming geven of weigeren.",
  "{0}{1} is a marketing cookie, and the notice does not say that it is set only with the reader's consent: no purpose on consent is named for it, and 'cookie_settings' does not say how readers give or refuse it.":
    "{0}{1} is een marketingcookie, en de verklaring zegt niet dat hij alleen met toestemming van de lezer wordt geplaatst: er is geen doeleinde op grond van toestemming voor vermeld, en 'cookie_settings' zegt niet hoe lezers die toestemming geven of weigeren.",
  'Storing or reading it on the device needs prior consent under Art 5(3) of the ePrivacy Directive as transposed (e.g. § 25 TDDDG in Germany), unless it is strictly necessary for the service the reader explicitly asked for. Those exemptions are closed, and analytics cookies are not within them (WP29 Opinion 04/2012 on Cookie Consent Exemption, WP194, section 4.3); some authorities read "strictly necessary" as covering narrowly limited first-party audience measurement (e.g. the CNIL, délibération n° 2020-091 of 17 September 2020), which ordinary analytics tools do not meet. That consent must be an active, specific choice (Art 4(11), 7; CJEU C-673/17 Planet49 of 1 October 2019). It is distinct from the legal basis of Art 6(1) for the later processing of the data, which the purpose must still state (EDPB Opinion 5/2019 on the interplay between the ePrivacy Directive and the GDPR).':
    'Het opslaan of uitlezen ervan op het apparaat vereist voorafgaande toestemming op grond van art. 5, lid 3, van de e-privacyrichtlijn zoals omgezet (bijvoorbeeld § 25 TDDDG in Duitsland), tenzij dat strikt noodzakelijk is voor de dienst waarom de lezer uitdrukkelijk heeft gevraagd. Die vrijstellingen zijn limitatief, en analytische cookies vallen er niet onder (advies 04/2012 van de Groep artikel 29 over de vrijstelling van het toestemmingsvereiste voor cookies, WP194, punt 4.3); sommige autoriteiten lezen ‘strikt noodzakelijk’ zo dat het een nauw afgebakende publieksmeting door de site zelf (first party) omvat (bijvoorbeeld de CNIL, délibération n° 2020-091 van 17 september 2020), waaraan gewone analysetools niet voldoen. Die toestemming moet een actieve, specifieke keuze zijn (art. 4, punt 11, en art. 7; HvJ EU 1 oktober 2019, C-673/17, Planet49). Ze staat los van de rechtsgrond van art. 6, lid 1, voor de latere verwerking van de gegevens, die het doeleinde nog steeds moet vermelden (advies 5/2019 van het EDPB over de wisselwerking tussen de e-privacyrichtlijn en de AVG).',
  "'{0}' is not a retention key ({1}). Did you mean '{2}'? {3}":
    "'{0}' is geen sleutel van een bewaartermijn ({1}). Bedoelt u '{2}'? {3}",
  "'{0}' is not a retention key ({1}). {2}": "'{0}' is geen sleutel van een bewaartermijn ({1}). {2}",
  "Use 'period' with 'from', 'until' with optional 'then', 'at_least', 'at_most', 'between', 'law', or 'criteria'; any of them may add 'extended_until'.":
    "Gebruik 'period' met 'from', 'until' met optioneel 'then', 'at_least', 'at_most', 'between', 'law' of 'criteria'; aan elk daarvan kan 'extended_until' worden toegevoegd.",
  'the EEA': 'de EER',
  'the United Kingdom': 'het Verenigd Koninkrijk',
  Switzerland: 'Zwitserland',
  'Recital {0} {1} on EUR-Lex ({2})': 'Considerans {0} {1} op EUR-Lex ({2})',
  'Art {0} {1} on EUR-Lex ({2})': 'Art. {0} {1} op EUR-Lex ({2})',
  'Special category: {0} ({1})': 'Bijzondere categorie: {0} ({1})',
  'Special categories: {0} ({1})': 'Bijzondere categorieën: {0} ({1})',
  '{0} and {1} more': '{0} en nog {1}',
  "recipient '{0}' ({1}, line {2})": "ontvanger '{0}' ({1}, regel {2})",
  'transfer {0} ({1}, line {2})': 'doorgifte {0} ({1}, regel {2})',
  "purpose '{0}' ('profiling: true', line {1})": "doeleinde '{0}' ('profiling: true', regel {1})",
  "data category '{0}' ('special', line {1})": "gegevenscategorie '{0}' ('special', regel {1})",
  "recipient '{0}' (advertising, collecting data itself, line {1})":
    "ontvanger '{0}' (reclame, verzamelt zelf gegevens, regel {1})",
  "recipient '{0}' (advertising, type '{1}', line {2})": "ontvanger '{0}' (reclame, type '{1}', regel {2})",
});
