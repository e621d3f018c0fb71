// The interface's messages in German (languages/interface.ts): each English message of the code, as written
// there, with its translation. The terms of the law are those of the German language version of the GDPR, as
// in the notice (de/notice.ts); laws with one language (the UK's) are cited in English.
import type { InterfaceCatalogue } from '../language';

export const de: InterfaceCatalogue = {
  // The extension's contributions and the client's own words (package.nls, l10n bundles).
  'The Privacy Policy language server stopped repeatedly and will not be restarted. Run “Privacy Policy: Restart Language Server” after saving your work, and please report the problem.':
    'Der Privacy-Policy-Sprachserver wurde mehrmals beendet und wird nicht neu gestartet. Speichern Sie Ihre Arbeit, führen Sie „Privacy Policy: Sprachserver neu starten“ aus und melden Sie das Problem bitte.',
  'The Privacy Policy language server stopped unexpectedly and was restarted. Your diagnostics will be back in a moment.':
    'Der Privacy-Policy-Sprachserver wurde unerwartet beendet und neu gestartet. Ihre Diagnosen erscheinen gleich wieder.',
  'The Privacy Policy language server could not start: {0}':
    'Der Privacy-Policy-Sprachserver konnte nicht gestartet werden: {0}',
  'Open a saved *.privacy.yaml file to compare it with Git HEAD.':
    'Öffnen Sie eine gespeicherte *.privacy.yaml-Datei, um sie mit Git HEAD zu vergleichen.',
  'Open a *.privacy.yaml file to compare it with another version.':
    'Öffnen Sie eine *.privacy.yaml-Datei, um sie mit einer anderen Version zu vergleichen.',
  'Privacy policy': 'Datenschutzrichtlinie',
  Compare: 'Vergleichen',
  'Compare {0} with an earlier version': '{0} mit einer früheren Version vergleichen',
  'Could not read {0}: {1}': '{0} konnte nicht gelesen werden: {1}',
  'The Privacy Policy language server could not compare this file; try again once it has started.':
    'Der Privacy-Policy-Sprachserver konnte diese Datei nicht vergleichen; versuchen Sie es erneut, sobald er gestartet ist.',
  'Open a *.privacy.yaml file to export it as HTML.':
    'Öffnen Sie eine *.privacy.yaml-Datei, um sie als HTML zu exportieren.',
  Export: 'Exportieren',
  'Exported the privacy notice to {0}.': 'Die Datenschutzerklärung wurde nach {0} exportiert.',
  'Exported the Data Privacy Vocabulary (JSON-LD) to {0}.':
    'Das Data Privacy Vocabulary (JSON-LD) wurde nach {0} exportiert.',
  'Exported the record of processing activities (Art 30, CSV) to {0}.':
    'Das Verzeichnis von Verarbeitungstätigkeiten (Art. 30, CSV) wurde nach {0} exportiert.',
  'Open a *.privacy.yaml file to export it.': 'Öffnen Sie eine *.privacy.yaml-Datei, um sie zu exportieren.',
  'The Privacy Policy language client could not load: {0}':
    'Der Privacy-Policy-Sprachclient konnte nicht geladen werden: {0}',
  'Git is not available here (vscode.dev and github.dev have no Git): use Compare with File… instead.':
    'Git ist hier nicht verfügbar (vscode.dev und github.dev haben kein Git): Verwenden Sie stattdessen „Mit Datei vergleichen…“.',
  'The Git extension is not available: {0}': 'Die Git-Erweiterung ist nicht verfügbar: {0}',
  'This file is not in a Git repository.': 'Diese Datei liegt in keinem Git-Repository.',
  'This file is not in the last commit (HEAD) yet.': 'Diese Datei ist noch nicht im letzten Commit (HEAD).',
  'This repository has no commit yet.': 'Dieses Repository hat noch keinen Commit.',
  'Git could not provide the committed version: {0}': 'Git konnte die committete Version nicht liefern: {0}',
  'Compare with Git HEAD runs Git, which this folder is not trusted to run. Trust the folder first (Manage Workspace Trust).':
    '„Mit Git HEAD vergleichen“ führt Git aus, was diesem Ordner nicht erlaubt ist. Vertrauen Sie zuerst dem Ordner (Arbeitsbereichsvertrauen verwalten).',
  'Only a file saved on this computer can be compared with Git HEAD.':
    'Nur eine auf diesem Computer gespeicherte Datei kann mit Git HEAD verglichen werden.',
  'Git is not installed or not on the PATH.': 'Git ist nicht installiert oder nicht im PATH.',
  'Open a *.privacy.yaml file to preview it.': 'Öffnen Sie eine *.privacy.yaml-Datei, um eine Vorschau anzuzeigen.',
  Preview: 'Vorschau',
  'Preview {0}': 'Vorschau von {0}',
  'Preview options': 'Optionen der Vorschau',
  'Notice language': 'Sprache der Erklärung',
  'As in the policy': 'Wie in der Richtlinie',
  Audience: 'Zielgruppe',
  Everyone: 'Alle',
  Law: 'Gesetz',
  'All laws': 'Alle Gesetze',
  'Open a *.privacy.yaml file to reconcile it with a HAR recording.':
    'Öffnen Sie eine *.privacy.yaml-Datei, um sie mit einer HAR-Aufzeichnung abzugleichen.',
  Reconcile: 'Abgleichen',
  'Choose a HAR file recorded on the site (Network panel of the developer tools: “Save all as HAR”)':
    'Wählen Sie eine auf der Website aufgezeichnete HAR-Datei (Netzwerk-Bereich der Entwicklertools: „Alle als HAR speichern“)',
  'HTTP Archive': 'HTTP-Archiv',
  'All files': 'Alle Dateien',
  'Reconciling with {0}': 'Abgleich mit {0}',
  'cannot be read: {0}': 'kann nicht gelesen werden: {0}',
  'Show Problems': 'Probleme anzeigen',
  '{0} (GDPR {1}) Default: `{2}`. [Rule reference]({3})': '{0} ({1}) Standard: `{2}`. [Beschreibung der Regel]({3})',
  '{0} Default: `{1}`. [Rule reference]({2})': '{0} Standard: `{1}`. [Beschreibung der Regel]({2})',
  'Retired in v1.3: use `{0}`.': 'In v1.3 entfallen: Verwenden Sie `{0}`.',
  'Write GDPR privacy notices as code: diagnostics that cite the GDPR, quick fixes, and a live preview of the finished notice.':
    'Schreiben Sie DSGVO-Datenschutzerklärungen als Code: Diagnosen, die die DSGVO zitieren, Schnellkorrekturen und eine Live-Vorschau der fertigen Erklärung.',
  "In a folder you do not trust, Compare with Git HEAD is off: it runs Git, which a repository's own settings can make run other programs. Diagnostics, completion, the preview, exports and Compare with File… work as usual.":
    'In einem Ordner, dem Sie nicht vertrauen, ist „Mit Git HEAD vergleichen“ ausgeschaltet: Es führt Git aus, das durch die Einstellungen eines Repositorys andere Programme starten kann. Diagnosen, Vervollständigung, Vorschau, Exporte und „Mit Datei vergleichen…“ funktionieren wie gewohnt.',
  'In a virtual workspace (github.dev, vscode.dev) Compare with Git HEAD is not available where Git is not; use Compare with File… instead.':
    'In einem virtuellen Arbeitsbereich (github.dev, vscode.dev) ist „Mit Git HEAD vergleichen“ nicht verfügbar, wo Git es nicht ist; verwenden Sie stattdessen „Mit Datei vergleichen…“.',
  'Privacy Policy': 'Privacy Policy',
  'Log the messages between VS Code and the Privacy Policy language server (for bug reports).':
    'Die Nachrichten zwischen VS Code und dem Privacy-Policy-Sprachserver protokollieren (für Fehlerberichte).',
  'Open Preview': 'Vorschau öffnen',
  'Open Preview to the Side': 'Vorschau seitlich öffnen',
  'Show Source': 'Quelle anzeigen',
  'Toggle Preview Lock': 'Vorschau sperren oder entsperren',
  'Export Data Privacy Vocabulary (JSON-LD)': 'Als Data Privacy Vocabulary exportieren (JSON-LD)',
  'Export Record of Processing Activities (CSV)': 'Verzeichnis von Verarbeitungstätigkeiten exportieren (CSV)',
  'Compare with Git HEAD': 'Mit Git HEAD vergleichen',
  'Compare with File…': 'Mit Datei vergleichen…',
  'Export HTML': 'Als HTML exportieren',
  'Restart Language Server': 'Sprachserver neu starten',
  'Reconcile with a HAR file…': 'Mit einer HAR-Datei abgleichen…',
  'Clear HAR Reconciliation': 'HAR-Abgleich entfernen',
  'Change the severity of individual rules, e.g. `{ "missing-provision": "off", "missing-authority": "error" }`. Levels: `error`, `warning`, `info`, `hint`, `off`. See the [rule reference]({0}).':
    'Den Schweregrad einzelner Regeln ändern, z. B. `{ "missing-provision": "off", "missing-authority": "error" }`. Stufen: `error`, `warning`, `info`, `hint`, `off`. Siehe die [Beschreibung der Regeln]({0}).',
  "The language of the extension's messages, hovers, completions and quick fixes (the notice's own language is `policy.language`). `auto` follows VS Code's display language; command titles and setting descriptions always follow it.":
    'Die Sprache der Meldungen, Hovers, Vervollständigungen und Schnellkorrekturen der Erweiterung (die Sprache der Erklärung selbst ist `policy.language`). `auto` folgt der Anzeigesprache von VS Code; Befehlstitel und Beschreibungen der Einstellungen folgen ihr immer.',
  "VS Code's display language (English where it is not French, Dutch or German).":
    'Die Anzeigesprache von VS Code (Englisch, wenn sie weder Französisch noch Niederländisch noch Deutsch ist).',
  English: 'Englisch',
  French: 'Französisch',
  Dutch: 'Niederländisch',
  German: 'Deutsch',
  "Rule '{0}' was retired in v1.3: its setting now applies to '{1}', which replaced it. Rename it to '{1}'.":
    'Die Regel „{0}“ ist in v1.3 entfallen: Ihre Einstellung gilt jetzt für „{1}“, die sie ersetzt. Benennen Sie sie in „{1}“ um.',
  'state authority of {0} for {1}': 'Aufsichtsbehörde des Landes {0} für {1}',
  'state authority of {0}': 'Aufsichtsbehörde des Landes {0}',
  'federal authority for {0}': 'Aufsichtsbehörde des Bundes für {0}',
  'authority for {0}': 'Aufsichtsbehörde für {0}',
  'national authority': 'nationale Aufsichtsbehörde',
  'Phone {0}': 'Telefon {0}',
  'E-mail {0}': 'E-Mail {0}',
  'Web {0}': 'Web {0}',
  'Complaint form {0}': 'Beschwerdeformular {0}',
  'Category: {0}': 'Kategorie: {0}',
  'Retention: {0}': 'Speicherdauer: {0}',
  'Party: {0}': 'Herkunft: {0}',
  'Matches every cookie whose name starts with `{0}`.': 'Erfasst jedes Cookie, dessen Name mit `{0}` beginnt.',
  'Privacy information: {0}': 'Datenschutzhinweise: {0}',
  '{0} (as of {1})': '{0} (Stand: {1})',
  'the {0} as of {1}': '{0} (Stand: {1})',
  'Source: {0}, as of {1} ({2}, licence {3}).': 'Quelle: {0}, Stand: {1} ({2}, Lizenz {3}).',
  'Runs: {0}': 'Betreibt: {0}',
  'This record was imported automatically and not verified: check the details.':
    'Dieser Eintrag wurde automatisch importiert und nicht überprüft: Prüfen Sie die Angaben.',
  'The catalogue does not say whether the organisation is certified under the EU–US Data Privacy Framework: check the Framework’s list before relying on `dpf`.':
    'Der Katalog gibt nicht an, ob die Organisation nach dem EU-US-Datenschutzrahmen (Data Privacy Framework) zertifiziert ist: Prüfen Sie die Liste des Datenschutzrahmens, bevor Sie sich auf `dpf` stützen.',
  error: 'Fehler',
  warning: 'Warnung',
  information: 'Information',
  hint: 'Hinweis',
  '1 file checked': '1 Datei geprüft',
  '{0} files checked': '{0} Dateien geprüft',
  '{0}: no problems.': '{0}: keine Probleme.',
  '{0}: {1} ({2}, {3}, {4}, {5}).': '{0}: {1} ({2}, {3}, {4}, {5}).',
  '1 problem': '1 Problem',
  '{0} problems': '{0} Probleme',
  '1 error': '1 Fehler',
  '{0} errors': '{0} Fehler',
  '1 warning': '1 Warnung',
  '{0} warnings': '{0} Warnungen',
  '1 information': '1 Information',
  '{0} information': '{0} Informationen',
  '1 hint': '1 Hinweis',
  '{0} hints': '{0} Hinweise',
  "… and {0} more '{1}' problems in this document, not listed one by one. Fix the ones listed first.":
    "… und {0} weitere Probleme der Regel '{1}' in diesem Dokument, die nicht einzeln aufgeführt sind. Beheben Sie zuerst die aufgeführten.",
  '… and {0} more problems in this document, not listed one by one. Fix the ones listed first.':
    '… und {0} weitere Probleme in diesem Dokument, die nicht einzeln aufgeführt sind. Beheben Sie zuerst die aufgeführten.',
  "Internal error in rule '{0}': {1}. Please report this.":
    "Interner Fehler in der Regel '{0}': {1}. Bitte melden Sie diesen Fehler.",
  'country unknown': 'Land unbekannt',
  'Recital {0} of the {1}': 'Erwägungsgrund {0} {1}',
  'Recitals give the reasons for the articles and guide their reading; they do not bind on their own.':
    'Erwägungsgründe nennen die Gründe für die Artikel und leiten ihre Auslegung; für sich allein sind sie nicht verbindlich.',
  '(unofficial translation)': '(nichtamtliche Übersetzung)',
  '{0} on {1}': '{0} auf {1}',
  '{0} on the official site': '{0} auf der amtlichen Website',
  'unofficial translation': 'nichtamtliche Übersetzung',
  'points (a)–({0})': 'lit. a–{0}',
  "Change to '{0}'": "In '{0}' ändern",
  "Add '{0}' with a placeholder to fill in": "'{0}' mit einem auszufüllenden Platzhalter ergänzen",
  "Add '{0}'": "'{0}' ergänzen",
  'Fix the first safe privacy-policy problems (run again for the rest)':
    'Die ersten sicher behebbaren Privacy-Policy-Probleme beheben (für die übrigen erneut ausführen)',
  'Fix all safe privacy-policy problems': 'Alle sicher behebbaren Privacy-Policy-Probleme beheben',
  'not used by any purpose': 'von keinem Zweck verwendet',
  'used by 1 purpose': 'von 1 Zweck verwendet',
  'used by {0} purposes': 'von {0} Zwecken verwendet',
  'used by every purpose (all_purposes)': 'von allen Zwecken verwendet (all_purposes)',
  '{0} (the notice’s retention)': '{0} (allgemeine Speicherdauer der Erklärung)',
  'no legal basis': 'keine Rechtsgrundlage',
  'no retention period': 'keine Speicherdauer',
  'until {0}, then {1}': 'bis {0}, danach {1}',
  'until {0}': 'bis {0}',
  'at least {0}': 'mindestens {0}',
  'at most {0}': 'höchstens {0}',
  'between {0} and {1}': '{0} bis {1}',
  'the period the law requires': 'die gesetzlich vorgeschriebene Dauer',
  'retention by criteria': 'Speicherdauer nach Kriterien',
  '{0} retention periods by data': '{0} Speicherdauern, je nach Daten',
  EEA: 'EWR',
  'adequacy decision': 'Angemessenheitsbeschluss',
  'third country — DPF for certified US organisations': 'Drittland — DPF für zertifizierte US-Organisationen',
  'third country': 'Drittland',
  required: 'Pflichtfeld',
  'Also written `{0}`.': 'Auch als `{0}` geschrieben.',
  Today: 'Heute',
  'Until the browser closes': 'Bis zum Schließen des Browsers',
  Duration: 'Dauer',
  'Retention period': 'Speicherdauer',
  'A period counted from an event.': 'Ein Zeitraum ab einem Ereignis.',
  'Until an event, optionally followed by an extra period.':
    'Bis zu einem Ereignis, wahlweise gefolgt von einem weiteren Zeitraum.',
  'The criteria used, when no period can be given (Art 13(2)(a)).':
    'Die verwendeten Kriterien, wenn kein Zeitraum angegeben werden kann (Art. 13 Abs. 2 lit. a).',
  'A minimum period set by law, e.g. for medical records.':
    'Eine gesetzlich vorgeschriebene Mindestdauer, z. B. für Patientenakten.',
  'A maximum period.': 'Eine Höchstdauer.',
  'A range, e.g. 7 to 10 years.': 'Eine Spanne, z. B. 7 bis 10 Jahre.',
  'The period a named law requires, optionally followed by a further period.':
    'Die von einem genannten Gesetz vorgeschriebene Dauer, wahlweise gefolgt von einem weiteren Zeitraum.',
  'Kept longer only while an event lasts, e.g. a dispute.':
    'Längere Speicherung nur, solange ein Ereignis andauert, z. B. ein Rechtsstreit.',
  'One mechanism per law the transfer leaves': 'Ein Mechanismus je Gesetz, dessen Gebiet die Übermittlung verlässt',
  'A transfer that leaves the territory of several laws names the mechanism under each, e.g. `{ eu-gdpr: scc, uk-gdpr: uk-addendum }`; a list under a law is alternatives.':
    'Eine Übermittlung, die das Gebiet mehrerer Gesetze verlässt, nennt den Mechanismus nach jedem dieser Gesetze, z. B. `{ eu-gdpr: scc, uk-gdpr: uk-addendum }`; eine Liste unter einem Gesetz nennt Alternativen.',
  'Retention form — {0}': 'Form der Speicherdauer — {0}',
  'Given here for {0}, but it exists only under {1}.':
    'Hier für {0} angegeben; vorgesehen ist dieser Wert nur in: {1}.',
  'The age of digital consent in {0} ({1}; as of {2})': 'Digitales Einwilligungsalter ({0}; {1}; Stand: {2})',
  'The age of digital consent where national law sets no lower one':
    'Das digitale Einwilligungsalter, wenn das nationale Recht kein niedrigeres festlegt',
  'The lowest age of digital consent a Member State may set ({0})':
    'Das niedrigste digitale Einwilligungsalter, das ein Mitgliedstaat festlegen darf ({0})',
  'Adults only': 'Nur Erwachsene',
  'The age of digital consent in {0} is {1} ({2}; as of {3}): between {4} and {5}, a parent gives or authorises consent to an online service offered to a child.':
    '{0}: Das digitale Einwilligungsalter beträgt {1} Jahre ({2}; Stand: {3}): Zwischen {4} und {5} Jahren erteilt ein Elternteil die Einwilligung in einen einem Kind angebotenen Online-Dienst oder stimmt ihr zu.',
  'The age of digital consent in {0} is {1} ({2}; as of {3}).':
    '{0}: Das digitale Einwilligungsalter beträgt {1} Jahre ({2}; Stand: {3}).',
  '{0}: below the age of digital consent ({1}, or lower where national law says so), a parent gives or authorises consent to an online service offered to a child.':
    '{0}: Unterhalb des digitalen Einwilligungsalters ({1} Jahre oder weniger, wo das nationale Recht dies vorsieht) erteilt ein Elternteil die Einwilligung in einen einem Kind angebotenen Online-Dienst oder stimmt ihr zu.',
  '**{0} years** — the services are not meant for people under {0}.':
    '**{0} Jahre** — die Dienste richten sich nicht an Personen unter {0} Jahren.',
  '**{0}** — a month, read as its first day ({1}): the provisions in force on that day apply.':
    '**{0}** — ein Monat, verstanden als sein erster Tag ({1}): Maßgeblich sind die an diesem Tag geltenden Vorschriften.',
  '**{0}** is not defined under `{1}`.': '**{0}** ist unter `{1}` nicht definiert.',
  '**{0}** (required)': '**{0}** (Pflichtfeld)',
  '(written as the alias `{0}`)': '(als Alias `{0}` geschrieben)',
  'Explicitly states that there is none.': 'Gibt ausdrücklich an, dass es nichts davon gibt.',
  'retention period ({0})': 'Speicherdauer ({0})',
  'Examples: {0}': 'Beispiele: {0}',
  'Role not stated': 'Rolle nicht angegeben',
  'Collects the data itself, on its own service: not shown as sharing.':
    'Erhebt die Daten selbst, über den eigenen Dienst: wird nicht als Weitergabe dargestellt.',
  'May receive data (the notice says “may”).': 'Kann Daten erhalten (die Erklärung sagt „kann“).',
  'Legal basis: {0}': 'Rechtsgrundlage: {0}',
  'Used by every purpose (`all_purposes`).': 'Von allen Zwecken verwendet (`all_purposes`).',
  'Used once.': 'Einmal verwendet.',
  'Used {0} times.': '{0}-mal verwendet.',
  'ISO 8601 duration {0}': 'Dauer nach ISO 8601: {0}',
  'Only data, recipient, purpose and audience ids can be renamed.':
    'Nur IDs von Datenkategorien, Empfängern, Zwecken und Zielgruppen können umbenannt werden.',
  "'{0}' is not defined, so there is nothing to rename.":
    "'{0}' ist nicht definiert; es gibt daher nichts umzubenennen.",
  'Only defined data, recipient, purpose and audience ids can be renamed.':
    'Nur definierte IDs von Datenkategorien, Empfängern, Zwecken und Zielgruppen können umbenannt werden.',
  "'{0}' is not a valid id: use lower-case letters, digits and hyphens, starting with a letter.":
    "'{0}' ist keine gültige ID: Verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche, beginnend mit einem Buchstaben.",
  'Processor for {0}': 'Auftragsverarbeiter für {0}',
  'Processor role {0}': 'Rolle als Auftragsverarbeiter {0}',
  'Restriction {0}': 'Beschränkung {0}',
  'Restricted: {0}': 'Beschränkt: {0}',
  or: 'oder',
  'transfer {0}': 'Übermittlung {0}',
  'item {0}': 'Eintrag {0}',
  "A data category '{0}' already exists.": "Es gibt bereits eine Datenkategorie '{0}'.",
  "A recipient '{0}' already exists.": "Es gibt bereits einen Empfänger '{0}'.",
  "A purpose '{0}' already exists.": "Es gibt bereits einen Zweck '{0}'.",
  "An audience '{0}' already exists.": "Es gibt bereits eine Zielgruppe '{0}'.",
  'About the notice itself: title, dates, version, language.':
    'Angaben zur Erklärung selbst: Titel, Datumsangaben, Version, Sprache.',
  'The notice’s title.': 'Der Titel der Erklärung.',
  'Date from which the notice applies (YYYY-MM-DD, or a month: YYYY-MM).':
    'Datum, ab dem die Erklärung gilt (YYYY-MM-DD oder ein Monat: YYYY-MM).',
  'Date of the last update (YYYY-MM-DD or YYYY-MM).': 'Datum der letzten Aktualisierung (YYYY-MM-DD oder YYYY-MM).',
  'Version of the notice.': 'Version der Erklärung.',
  'Language of the generated text of the notice: `en` (default), `fr`, `nl` or `de`. Your own text is shown as written.':
    'Sprache des generierten Texts der Erklärung: `en` (Standard), `fr`, `nl` oder `de`. Ihr eigener Text wird so angezeigt, wie Sie ihn geschrieben haben.',
  'Whether data is obtained from the person (Art 13), from others (Art 14), or both.':
    'Ob die Daten bei der betroffenen Person (Art. 13), bei anderen (Art. 14) oder auf beiden Wegen erhoben werden.',
  'The first layer of the notice: a short summary in plain words.':
    'Die erste Ebene der Erklärung: eine kurze Zusammenfassung in einfachen Worten.',
  'The services are not meant for people under this age.':
    'Die Dienste richten sich nicht an Personen unter diesem Alter.',
  'How readers learn of changes to the notice, and how far ahead.':
    'Wie Lesende von Änderungen der Erklärung erfahren und mit welchem Vorlauf.',
  'How long before a material change applies we tell readers.':
    'Wie lange vor dem Wirksamwerden einer wesentlichen Änderung wir die Lesenden informieren.',
  'How readers are told of a change (e-mail, a banner, the app).':
    'Wie Lesende über eine Änderung informiert werden (E-Mail, Banner, App).',
  'Who is responsible for the processing, and how to reach them.':
    'Wer für die Verarbeitung verantwortlich ist und wie er zu erreichen ist.',
  'a way to contact the controller (`address`, `email`, `phone` or `url`)':
    'eine Kontaktmöglichkeit des Verantwortlichen (`address`, `email`, `phone` oder `url`)',
  'Legal name of the controller.': 'Rechtlicher Name des Verantwortlichen.',
  'Postal address.': 'Postanschrift.',
  'E-mail address for privacy questions.': 'E-Mail-Adresse für Datenschutzfragen.',
  'Telephone number.': 'Telefonnummer.',
  'Website.': 'Website.',
  'Legal form, e.g. NV, GmbH, Ltd.': 'Rechtsform, z. B. NV, GmbH, Ltd.',
  'Company registration number.': 'Registernummer des Unternehmens.',
  'Country of the main establishment (ISO code): drives the competent authority and the age of digital consent.':
    'Land der Hauptniederlassung (ISO-Code): bestimmt die zuständige Aufsichtsbehörde und das digitale Einwilligungsalter.',
  'true for a public authority or body: selects the supervisory authority’s scope and limits some bases.':
    'true bei einer Behörde oder öffentlichen Stelle: bestimmt, welcher Zuständigkeitsbereich der Aufsichtsbehörden gilt, und schränkt einige Rechtsgrundlagen ein.',
  'Representative in the EU, for controllers established outside it (Art 27, where Art 3(2) applies).':
    'Vertreter in der EU, für Verantwortliche ohne Niederlassung in der EU (Art. 27, wenn Art. 3 Abs. 2 anwendbar ist).',
  'contact details for the representative (`address`, `email` or `phone`, Art 13(1)(a))':
    'Kontaktdaten des Vertreters (`address`, `email` oder `phone`, Art. 13 Abs. 1 lit. a)',
  'Name of the representative.': 'Name des Vertreters.',
  'E-mail address.': 'E-Mail-Adresse.',
  'The data protection officer and their contact details, or `none` when no DPO is appointed.':
    'Der Datenschutzbeauftragte und seine Kontaktdaten oder `none`, wenn kein Datenschutzbeauftragter benannt ist.',
  'contact details for the DPO (`email`, `phone`, `address` or `url`, Art 13(1)(b))':
    'Kontaktdaten des Datenschutzbeauftragten (`email`, `phone`, `address` oder `url`, Art. 13 Abs. 1 lit. b)',
  'Name of the DPO (a person or a service). Optional: Art 13(1)(b) asks for contact details, and the EDPB DPO guidelines (WP243 rev.01, §2.6) leave publishing the name to the controller.':
    'Name des Datenschutzbeauftragten (eine Person oder ein Dienstleister). Optional: Art. 13 Abs. 1 lit. b verlangt die Kontaktdaten, und die Leitlinien des EDSA zu Datenschutzbeauftragten (WP243 rev.01, §2.6) überlassen die Veröffentlichung des Namens dem Verantwortlichen.',
  'Web page or contact form for the DPO.': 'Webseite oder Kontaktformular des Datenschutzbeauftragten.',
  'The supervisory authority competent for the controller, where people can complain (not necessarily a "lead" authority, which exists only for cross-border processing, Art 56). People may also complain to the authority where they live or work or where the infringement took place (Art 77(1)).':
    'Die für den Verantwortlichen zuständige Aufsichtsbehörde, bei der sich betroffene Personen beschweren können (nicht unbedingt eine „federführende“ Aufsichtsbehörde, die es nur bei grenzüberschreitender Verarbeitung gibt, Art. 56). Betroffene Personen können sich auch bei der Aufsichtsbehörde ihres Aufenthaltsorts, ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes beschweren (Art. 77 Abs. 1).',
  'the authority’s `name` (or a `directory` of authorities)':
    'der `name` der Aufsichtsbehörde (oder ein `directory` von Aufsichtsbehörden)',
  'Name of the authority.': 'Name der Aufsichtsbehörde.',
  'Web page of the authority’s complaint form.': 'Webseite des Beschwerdeformulars der Aufsichtsbehörde.',
  'Instead of one authority: a list of authorities to choose from (e.g. the EDPB’s list of its members).':
    'Statt einer einzelnen Aufsichtsbehörde: eine Liste von Aufsichtsbehörden zur Auswahl (z. B. die Liste der Mitglieder des EDSA).',
  'Controllers who decide with us why and how the data is processed, and the essence of our arrangement.':
    'Verantwortliche, die gemeinsam mit uns festlegen, wofür und wie die Daten verarbeitet werden, und das Wesentliche unserer Vereinbarung.',
  'Name of the joint controller.': 'Name des gemeinsam Verantwortlichen.',
  'E-mail, phone or web address of the joint controller.':
    'E-Mail-Adresse, Telefonnummer oder Webadresse des gemeinsam Verantwortlichen.',
  'The purposes whose means and ends are decided jointly.':
    'Die Zwecke, bei denen Zwecke und Mittel der Verarbeitung gemeinsam festgelegt werden.',
  'The essence of the arrangement: who does what, in particular towards you (information, rights).':
    'Das Wesentliche der Vereinbarung: wer was tut, insbesondere Ihnen gegenüber (Information, Rechte).',
  'The contact point for data subjects, where the arrangement designates one.':
    'Die Anlaufstelle für betroffene Personen, sofern die Vereinbarung eine angibt.',
  'The groups of people the notice addresses (customers, patients, job applicants…), by id.':
    'Die Personengruppen, an die sich die Erklärung richtet (Kunden, Patienten, Bewerber …), nach ID.',
  'Who they are, as readers will see it (e.g. Patients, Job applicants).':
    'Wer sie sind, so wie Lesende es sehen werden (z. B. Patienten, Bewerber).',
  'More about this group of people.': 'Näheres zu dieser Personengruppe.',
  'The categories of personal data processed, by id.': 'Die verarbeiteten Kategorien personenbezogener Daten, nach ID.',
  'Name of the data category, as readers will see it.':
    'Bezeichnung der Datenkategorie, so wie Lesende sie sehen werden.',
  'What the category covers.': 'Was die Kategorie umfasst.',
  'Examples of the data in this category.': 'Beispiele für Daten dieser Kategorie.',
  'The special categories of Art 9(1) this data belongs to, if any: one or a list.':
    'Die besonderen Kategorien nach Art. 9 Abs. 1, zu denen diese Daten gehören, falls zutreffend: eine oder eine Liste.',
  'true when the data relates to criminal convictions or offences.':
    'true, wenn die Daten strafrechtliche Verurteilungen oder Straftaten betreffen.',
  'Where the data comes from: `data-subject`, `automatic`, `{ public: <source> }` for a publicly accessible source, or text naming the source.':
    'Woher die Daten stammen: `data-subject`, `automatic`, `{ public: <source> }` für eine öffentlich zugängliche Quelle oder ein Text, der die Quelle nennt.',
  'Which publicly accessible source, e.g. the Crossroads Bank for Enterprises, LinkedIn profiles.':
    'Welche öffentlich zugängliche Quelle, z. B. die Zentrale Datenbank der Unternehmen (Crossroads Bank for Enterprises), LinkedIn-Profile.',
  'The groups of people this data is about (default: all).':
    'Die Personengruppen, die diese Daten betreffen (Standard: alle).',
  'true when every purpose of the notice uses this data (it is listed under each).':
    'true, wenn jeder Zweck der Erklärung diese Daten verwendet (sie werden bei jedem Zweck aufgeführt).',
  'Who receives the data, by id.': 'Wer die Daten erhält, nach ID.',
  'Who receives the data, as readers will see it.': 'Wer die Daten erhält, so wie Lesende es sehen werden.',
  'The role of the recipient, when you know it: processor, controller…':
    'Die Rolle des Empfängers, sofern bekannt: Auftragsverarbeiter, Verantwortlicher …',
  'The category of recipient, e.g. hosting, payment, analytics.':
    'Die Kategorie des Empfängers, z. B. Hosting, Zahlung, Analyse.',
  'The actual organisation, e.g. Google LLC.': 'Die konkrete Organisation, z. B. Google LLC.',
  'Where the recipient processes the data: an ISO 3166-1 alpha-2 code, a list of them, or the region `EEA` or `EU`.':
    'Wo der Empfänger die Daten verarbeitet: ein Code nach ISO 3166-1 Alpha-2, eine Liste solcher Codes oder die Region `EEA` oder `EU`.',
  'Web address of the recipient or its privacy notice.': 'Webadresse des Empfängers oder seiner Datenschutzerklärung.',
  'true when the recipient may receive data, but not necessarily (the notice says "may").':
    'true, wenn der Empfänger Daten erhalten kann, aber nicht unbedingt erhält (die Erklärung sagt „kann“).',
  'true when the organisation collects data itself, on its own service (a social network page, an embedded player): shown as "X collects…", not as sharing.':
    'true, wenn die Organisation selbst Daten erhebt, über ihren eigenen Dienst (eine Seite in einem sozialen Netzwerk, ein eingebetteter Player): dargestellt als „X erhebt …“, nicht als Weitergabe.',
  'The commitments the recipient is bound by (e.g. a processor’s contract).':
    'Die Verpflichtungen, an die der Empfänger gebunden ist (z. B. ein Auftragsverarbeitungsvertrag).',
  'Why the data is processed, each purpose with its legal basis and retention.':
    'Wofür die Daten verarbeitet werden, jeder Zweck mit seiner Rechtsgrundlage und Speicherdauer.',
  'Short heading for the purpose.': 'Kurze Überschrift des Zwecks.',
  'What is done with the data and why.': 'Was mit den Daten geschieht und warum.',
  'The data categories used for this purpose.': 'Die für diesen Zweck verwendeten Datenkategorien.',
  'The legal basis of Art 6(1): one or a list; in a list, `{ basis, when }` says which processing each basis covers.':
    'Die Rechtsgrundlage nach Art. 6 Abs. 1: eine oder eine Liste; in einer Liste gibt `{ basis, when }` an, welche Verarbeitung jede Rechtsgrundlage abdeckt.',
  'The legal basis of Art 6(1).': 'Die Rechtsgrundlage nach Art. 6 Abs. 1.',
  'The processing, or the situation, this basis covers.':
    'Die Verarbeitung oder die Situation, die diese Rechtsgrundlage abdeckt.',
  'The Art 9(2) condition for special-category data.':
    'Die Ausnahme nach Art. 9 Abs. 2 für besondere Kategorien personenbezogener Daten.',
  'The specific legitimate interest pursued.': 'Das konkret verfolgte berechtigte Interesse.',
  'The statute the processing relies on.': 'Die Rechtsvorschrift, auf die sich die Verarbeitung stützt.',
  'How long the data is kept, or the criteria used to decide.':
    'Wie lange die Daten gespeichert werden, oder die Kriterien für die Festlegung dieser Dauer.',
  'Who receives the data for this purpose.': 'Wer die Daten für diesen Zweck erhält.',
  'Whether providing the data is a statutory or contractual requirement, needed for a contract, or voluntary.':
    'Ob die Bereitstellung der Daten gesetzlich oder vertraglich vorgeschrieben, für einen Vertragsabschluss erforderlich oder freiwillig ist.',
  'What happens if the data is not provided.': 'Was geschieht, wenn die Daten nicht bereitgestellt werden.',
  'The groups of people this purpose concerns (default: all).':
    'Die Personengruppen, die dieser Zweck betrifft (Standard: alle).',
  'true when the purpose is direct marketing: people can object to it at any time, without reasons.':
    'true, wenn der Zweck Direktwerbung ist: Betroffene Personen können ihr jederzeit ohne Angabe von Gründen widersprechen.',
  'true when the purpose involves profiling (automated evaluation of personal aspects).':
    'true, wenn der Zweck Profiling umfasst (automatisierte Bewertung persönlicher Aspekte).',
  'true for scientific or historical research or statistics.':
    'true bei wissenschaftlicher oder historischer Forschung oder Statistik.',
  'true when the purpose offers an information society service directly to children.':
    'true, wenn mit dem Zweck ein Dienst der Informationsgesellschaft Kindern direkt angeboten wird.',
  'How consent is given or authorised by the holder of parental responsibility, and how it is verified.':
    'Wie der Träger der elterlichen Verantwortung die Einwilligung erteilt oder ihr zustimmt und wie dies überprüft wird.',
  'A way to stop this processing without a rights request (unsubscribe link, opt-out cookie, Global Privacy Control).':
    'Eine Möglichkeit, diese Verarbeitung ohne Antrag auf Ausübung eines Rechts zu beenden (Abmeldelink, Opt-out-Cookie, Global Privacy Control).',
  'How to stop this processing: an unsubscribe link, an opt-out cookie, a browser setting…':
    'Wie sich diese Verarbeitung beenden lässt: ein Abmeldelink, ein Opt-out-Cookie, eine Browsereinstellung …',
  'Where to opt out.': 'Wo man sich abmelden kann.',
  'Transfers outside the EEA and their safeguards.': 'Übermittlungen außerhalb des EWR und ihre Garantien.',
  'The recipients outside the EEA this transfer covers.':
    'Die Empfänger außerhalb des EWR, die diese Übermittlung betrifft.',
  'The countries this transfer covers (ISO codes).': 'Die Länder, die diese Übermittlung betrifft (ISO-Codes).',
  'International organisations this transfer goes to, e.g. European Patent Organisation.':
    'Internationale Organisationen, an die diese Übermittlung geht, z. B. die Europäische Patentorganisation.',
  'What makes the transfer lawful: an adequacy decision, a safeguard or a derogation. One, a list of alternatives ("one of the following"), or per law (`{ eu-gdpr: scc, uk-gdpr: uk-addendum }`).':
    'Was die Übermittlung rechtmäßig macht: ein Angemessenheitsbeschluss, eine Garantie oder eine Ausnahme. Ein Wert, eine Liste von Alternativen („eines der folgenden“) oder je Gesetz (`{ eu-gdpr: scc, uk-gdpr: uk-addendum }`).',
  'Where or how a copy of the safeguard can be obtained (URL or text).':
    'Wo oder wie eine Kopie der Garantie erhältlich ist (URL oder Text).',
  'Anything else readers should know about this transfer.':
    'Alles Weitere, was Lesende über diese Übermittlung wissen sollten.',
  'true when data may be transferred, but not necessarily (the notice says "may").':
    'true, wenn Daten übermittelt werden können, aber nicht unbedingt übermittelt werden (die Erklärung sagt „kann“).',
  'The compelling legitimate interest an occasional transfer serves (with `derogation-compelling-interests`).':
    'Das zwingende berechtigte Interesse, dem eine gelegentliche Übermittlung dient (mit `derogation-compelling-interests`).',
  'The laws whose territory the transfer leaves (default: every law of the notice it leaves).':
    'Die Gesetze, deren Gebiet die Übermittlung verlässt (Standard: jedes Gesetz der Erklärung, dessen Gebiet sie verlässt).',
  'How people exercise their rights.': 'Wie betroffene Personen ihre Rechte ausüben.',
  'Where requests are sent (e-mail or URL), or a named contact `{ name, email, phone, url }`; defaults to the controller’s e-mail.':
    'Wohin Anträge gesendet werden (E-Mail oder URL) oder ein namentlich genannter Kontakt `{ name, email, phone, url }`; Standard: die E-Mail-Adresse des Verantwortlichen.',
  'The person or team that handles requests.': 'Die Person oder das Team, die bzw. das die Anträge bearbeitet.',
  'E-mail address for requests.': 'E-Mail-Adresse für Anträge.',
  'Web page or form for requests.': 'Webseite oder Formular für Anträge.',
  'The ways people can exercise their rights, e.g. e-mail, a web form, self-service in the app.':
    'Die Wege, auf denen betroffene Personen ihre Rechte ausüben können, z. B. E-Mail, Webformular, Self-Service in der App.',
  'How requests are made: email, web-form, post, phone, in-app or in-person.':
    'Wie Anträge gestellt werden: email, web-form, post, phone, in-app oder in-person.',
  'The address, number or link.': 'Die Adresse, die Nummer oder der Link.',
  'Anything readers should know about this channel.': 'Alles, was Lesende über diesen Weg wissen sollten.',
  'How we verify the identity of the person making a request.':
    'Wie wir die Identität der antragstellenden Person überprüfen.',
  'How soon requests are answered: at most (and by default) 1 month. The notice says "without undue delay and at the latest within" this time, and that it can be extended by two further months where necessary.':
    'Wie schnell Anträge beantwortet werden: höchstens (und standardmäßig) 1 Monat. Die Erklärung sagt „unverzüglich, in jedem Fall aber innerhalb“ dieser Frist und dass die Frist, wenn erforderlich, um weitere zwei Monate verlängert werden kann.',
  'Rights a law restricts, each as `{ right, law, scope }`. A restriction never removes the right from the notice: it is shown under the right as its limit.':
    'Rechte, die ein Gesetz beschränkt, jeweils als `{ right, law, scope }`. Eine Beschränkung entfernt das Recht nie aus der Erklärung: Sie wird beim Recht als dessen Grenze angezeigt.',
  'The right that is restricted.': 'Das beschränkte Recht.',
  'The law that restricts it: a Union or Member State law under Art 23(1), a derogation under Art 85(2) or 89(2)–(3), or Art 11(2), with its article.':
    'Das Gesetz, das es beschränkt: eine Rechtsvorschrift der Union oder eines Mitgliedstaats nach Art. 23 Abs. 1, eine Ausnahme nach Art. 85 Abs. 2 oder Art. 89 Abs. 2 und 3 oder Art. 11 Abs. 2, jeweils mit dem betreffenden Artikel.',
  'Which processing or which cases the restriction concerns.':
    'Welche Verarbeitung oder welche Fälle die Beschränkung betrifft.',
  'Replaced by `restrictions` (still read, and reported: a right is restricted, never excluded).':
    'Ersetzt durch `restrictions` (wird weiterhin gelesen und gemeldet: Ein Recht wird beschränkt, nie ausgeschlossen).',
  'The Union or Member State law that restricts it (Art 23), or the GDPR provision that exempts it (e.g. Art 17(3)(b)), with its article.':
    'Die Rechtsvorschrift der Union oder des Mitgliedstaats, die es beschränkt (Art. 23), oder die Bestimmung der DSGVO, die eine Ausnahme davon vorsieht (z. B. Art. 17 Abs. 3 lit. b), jeweils mit dem betreffenden Artikel.',
  'Anything else about exercising rights.': 'Alles Weitere zur Ausübung der Rechte.',
  'Automated decision-making, including profiling: `none`, or a list of decisions.':
    'Automatisierte Entscheidungsfindung einschließlich Profiling: `none` oder eine Liste von Entscheidungen.',
  'What the automated decision is for.': 'Wozu die automatisierte Entscheidung dient.',
  'The exception of Art 22(2) that allows the decision: `contract`, `law` or `explicit-consent`. Human intervention, a hearing and a challenge (Art 22(3)) are promised for `contract` and `explicit-consent`; for `law`, the law lays down the safeguards.':
    'Die Ausnahme nach Art. 22 Abs. 2, die die Entscheidung zulässt: `contract`, `law` oder `explicit-consent`. Bei `contract` und `explicit-consent` werden das Eingreifen einer Person, die Darlegung des eigenen Standpunkts und die Anfechtung der Entscheidung (Art. 22 Abs. 3) zugesagt; bei `law` legt das Gesetz die Schutzmaßnahmen fest.',
  'Meaningful information about the logic involved.': 'Aussagekräftige Informationen über die involvierte Logik.',
  'The significance and envisaged consequences for the person.':
    'Die Tragweite und die angestrebten Auswirkungen für die betroffene Person.',
  'true: we make no decision based solely on automated processing.':
    'true: Wir treffen keine ausschließlich auf einer automatisierten Verarbeitung beruhende Entscheidung.',
  'What others may do, e.g. an embedded provider’s own automated decisions.':
    'Was andere tun können, z. B. eigene automatisierte Entscheidungen eines eingebetteten Anbieters.',
  'Cookies and similar technologies.': 'Cookies und ähnliche Technologien.',
  'The cookie’s name (it may be left out when `description` says what the cookie does).':
    'Der Name des Cookies (er kann entfallen, wenn `description` angibt, was das Cookie tut).',
  'What the cookie does, for a cookie described without its name.':
    'Was das Cookie tut, bei einem Cookie, das ohne seinen Namen beschrieben wird.',
  'Who sets the cookie.': 'Wer das Cookie setzt.',
  'What the cookie is for: a purpose id or text.': 'Wozu das Cookie dient: die ID eines Zwecks oder Text.',
  'How long the cookie lives: a duration (minutes included) or `session`.':
    'Wie lange das Cookie besteht: eine Dauer (auch in Minuten) oder `session`.',
  'The kind of cookie.': 'Die Art des Cookies.',
  'Whether our site or another domain sets it.': 'Ob unsere Website oder eine andere Domain es setzt.',
  'How readers change or withdraw their cookie choices: the banner link, browser settings, Global Privacy Control.':
    'Wie Lesende ihre Cookie-Auswahl ändern oder widerrufen: der Link zum Banner, Browsereinstellungen, Global Privacy Control.',
  'What the notice promises not to do, checked against the rest of the policy (rule broken-promise): `no-sale`, `no-sharing-for-advertising`, `no-transfer`, `no-profiling`, `no-special-categories`.':
    'Was die Erklärung zusagt, nicht zu tun, abgeglichen mit dem übrigen Inhalt der Richtlinie (Regel broken-promise): `no-sale`, `no-sharing-for-advertising`, `no-transfer`, `no-profiling`, `no-special-categories`.',
  'The retention of every purpose that has none of its own; the notice states it once.':
    'Die Speicherdauer jedes Zwecks, der keine eigene hat; die Erklärung nennt sie einmal.',
  'The organisation’s other roles: processing it does on someone else’s behalf.':
    'Die weiteren Rollen der Organisation: Verarbeitung, die sie im Auftrag anderer durchführt.',
  'Processing we do as a processor for others: they are the controller, and their notice applies to it.':
    'Verarbeitung, die wir als Auftragsverarbeiter für andere durchführen: Verantwortliche sind diese anderen, und für die Verarbeitung gilt deren Datenschutzerklärung.',
  'What we process on someone else’s behalf.': 'Was wir im Auftrag anderer verarbeiten.',
  'Who the controller is (e.g. our customers).': 'Wer der Verantwortliche ist (z. B. unsere Kunden).',
  'Where that controller’s notice is.': 'Wo die Datenschutzerklärung dieses Verantwortlichen zu finden ist.',
  'The laws the notice serves, each with what it needs of its own: `eu-gdpr`, `uk-gdpr`, `ch-fadp`. The first is the notice’s own (its authority and representative are the top-level ones).':
    'Die Gesetze, denen die Erklärung dient, jedes mit den Angaben, die es eigens benötigt: `eu-gdpr`, `uk-gdpr`, `ch-fadp`. Das erste ist das eigene Gesetz der Erklärung (seine Aufsichtsbehörde und sein Vertreter sind die auf oberster Ebene angegebenen).',
  'The supervisory authority under this law.': 'Die Aufsichtsbehörde nach diesem Gesetz.',
  'The representative under this law, where one must be designated.':
    'Der Vertreter nach diesem Gesetz, wenn ein Vertreter benannt werden muss.',
  'How people complain to us (UK: DPA 2018 s.164A, from 19 June 2026).':
    'Wie sich betroffene Personen bei uns beschweren (UK: DPA 2018 s.164A, ab dem 19. Juni 2026).',
  'a way to complain to us': 'eine Möglichkeit, sich bei uns zu beschweren',
  'A complaint form that can be completed electronically.':
    'Ein Beschwerdeformular, das elektronisch ausgefüllt werden kann.',
  'E-mail address for complaints.': 'E-Mail-Adresse für Beschwerden.',
  'Telephone number for complaints.': 'Telefonnummer für Beschwerden.',
  'Postal address for complaints.': 'Postanschrift für Beschwerden.',
  'Anything else about complaining to us.': 'Alles Weitere zu Beschwerden bei uns.',
  'Anything else readers under this law should know (rendered in its section).':
    'Alles Weitere, was Lesende nach diesem Gesetz wissen sollten (im Abschnitt dieses Gesetzes dargestellt).',
  'Security measures, one per item (markdown).': 'Sicherheitsmaßnahmen, eine pro Eintrag (Markdown).',
  'Extra sections rendered after the generated ones.':
    'Zusätzliche Abschnitte, die nach den generierten Abschnitten dargestellt werden.',
  'Section heading.': 'Überschrift des Abschnitts.',
  'Section text.': 'Text des Abschnitts.',
  'How long the data is kept, e.g. 10 years.': 'Wie lange die Daten gespeichert werden, z. B. 10 Jahre.',
  'The event the period counts from, e.g. the end of the contract.':
    'Das Ereignis, ab dem der Zeitraum läuft, z. B. das Ende des Vertrags.',
  'The event until which the data is kept, e.g. the end of the contractual relationship.':
    'Das Ereignis, bis zu dem die Daten gespeichert werden, z. B. das Ende des Vertragsverhältnisses.',
  'An extra period after the `until` event or the period the `law` requires.':
    'Ein weiterer Zeitraum nach dem Ereignis unter `until` oder nach der Dauer, die das Gesetz unter `law` vorschreibt.',
  'A minimum period, e.g. set by law for medical records (with `from` and `law`).':
    'Eine Mindestdauer, z. B. gesetzlich für Patientenakten vorgeschrieben (mit `from` und `law`).',
  'A maximum period (with `from`).': 'Eine Höchstdauer (mit `from`).',
  'A range of two periods, e.g. [7 years, 10 years] (with `from` or `criteria`).':
    'Eine Spanne aus zwei Zeiträumen, z. B. [7 years, 10 years] (mit `from` oder `criteria`).',
  'The law that sets the period: alone, "the period this law requires" (optionally `then` a further period); with `at_least`, the law that sets the minimum.':
    'Das Gesetz, das die Dauer festlegt: allein „die von diesem Gesetz vorgeschriebene Dauer“ (wahlweise mit `then` gefolgt von einem weiteren Zeitraum); mit `at_least` das Gesetz, das die Mindestdauer festlegt.',
  'Kept longer only while this lasts, e.g. the final settlement of a dispute.':
    'Längere Speicherung nur, solange dies andauert, z. B. bis zur endgültigen Beilegung eines Rechtsstreits.',
  'The criteria used to determine the period, when no period can be given.':
    'Die Kriterien für die Festlegung der Dauer, wenn keine Dauer angegeben werden kann.',
  'In a list of retention periods: the data this period applies to.':
    'In einer Liste von Speicherdauern: die Daten, für die diese Dauer gilt.',
  'data category': 'Datenkategorie',
  recipient: 'Empfänger',
  purpose: 'Zweck',
  audience: 'Zielgruppe',
  'New privacy policy': 'Neue Datenschutzrichtlinie',
  'A complete privacy notice skeleton that passes every error-level check once its placeholders are filled':
    'Ein vollständiges Gerüst einer Datenschutzerklärung, das alle Prüfungen der Stufe „Fehler“ besteht, sobald seine Platzhalter ausgefüllt sind',
  Purpose: 'Zweck',
  'A purpose with its legal basis, data and retention (Art 13(1)(c), 13(2)(a))':
    'Ein Zweck mit Rechtsgrundlage, Daten und Speicherdauer (Art. 13 Abs. 1 lit. c, Abs. 2 lit. a)',
  'Data category': 'Datenkategorie',
  'A category of personal data (Art 14(1)(d))': 'Eine Kategorie personenbezogener Daten (Art. 14 Abs. 1 lit. d)',
  Recipient: 'Empfänger',
  'A recipient or category of recipients (Art 13(1)(e))':
    'Ein Empfänger oder eine Kategorie von Empfängern (Art. 13 Abs. 1 lit. e)',
  Transfer: 'Übermittlung',
  'A transfer outside the EEA with its safeguard (Art 13(1)(f), 44-49)':
    'Eine Übermittlung außerhalb des EWR mit ihrer Garantie (Art. 13 Abs. 1 lit. f, Art. 44–49)',
  Cookie: 'Cookie',
  'A cookie or similar technology': 'Ein Cookie oder eine ähnliche Technologie',
  'Processor role': 'Rolle als Auftragsverarbeiter',
  "Processing we do as a processor on someone else's behalf: they are the controller, and their notice applies (Art 4(8), 28)":
    'Verarbeitung, die wir als Auftragsverarbeiter im Auftrag anderer durchführen: Diese sind die Verantwortlichen, und ihre Datenschutzerklärung gilt (Art. 4 Nr. 8, Art. 28)',
  'Restricted right': 'Beschränktes Recht',
  'A right a law restricts, with the law and the cases it concerns (Art 13(2)(b), 23(1))':
    'Ein Recht, das ein Gesetz beschränkt, mit dem Gesetz und den Fällen, die die Beschränkung betrifft (Art. 13 Abs. 2 lit. b, Art. 23 Abs. 1)',
  'Sets out what the GDPR is for: protecting people when their personal data is used, while letting that data move freely within the EU.':
    'Legt fest, wozu die DSGVO dient: Schutz natürlicher Personen bei der Verwendung ihrer personenbezogenen Daten und zugleich freier Verkehr dieser Daten innerhalb der EU.',
  'Says which processing the GDPR covers — automated or filed personal data — and what it leaves out, such as purely personal or household activities.':
    'Legt fest, welche Verarbeitung die DSGVO erfasst – automatisiert verarbeitete oder in einem Dateisystem gespeicherte personenbezogene Daten – und was sie ausnimmt, etwa ausschließlich persönliche oder familiäre Tätigkeiten.',
  'Applies the GDPR to organisations established in the EU, and to those outside it that offer goods or services to, or monitor, people in the EU.':
    'Erstreckt die DSGVO auf Organisationen mit Niederlassung in der EU sowie auf Organisationen außerhalb der EU, die Personen in der EU Waren oder Dienstleistungen anbieten oder ihr Verhalten beobachten.',
  "Defines the GDPR's key terms, such as personal data, processing, controller, processor, consent and profiling.":
    'Bestimmt die zentralen Begriffe der DSGVO, etwa personenbezogene Daten, Verarbeitung, Verantwortlicher, Auftragsverarbeiter, Einwilligung und Profiling.',
  "Lists the principles every use of personal data must follow: lawfulness, fairness and transparency, purpose limitation, data minimisation, accuracy, storage limitation, security — and the controller's duty to show compliance.":
    'Nennt die Grundsätze, die jede Verwendung personenbezogener Daten einhalten muss: Rechtmäßigkeit, Verarbeitung nach Treu und Glauben und Transparenz, Zweckbindung, Datenminimierung, Richtigkeit, Speicherbegrenzung, Sicherheit – sowie die Pflicht des Verantwortlichen, die Einhaltung nachzuweisen.',
  'Processing is lawful only on one of six bases: consent, a contract, a legal obligation, vital interests, a public task or legitimate interests.':
    'Die Verarbeitung ist nur auf einer von sechs Rechtsgrundlagen rechtmäßig: Einwilligung, Vertrag, rechtliche Verpflichtung, lebenswichtige Interessen, öffentliche Aufgabe oder berechtigte Interessen.',
  'Sets the conditions for valid consent: the controller must be able to prove it, the request must be clear and separate, and it can be withdrawn as easily as it was given.':
    'Legt die Bedingungen für eine wirksame Einwilligung fest: Der Verantwortliche muss sie nachweisen können, das Ersuchen muss klar und von anderen Sachverhalten getrennt sein, und sie kann so einfach widerrufen werden, wie sie erteilt wurde.',
  'When an online service is offered directly to a child on the basis of consent, a parent must consent below the age of digital consent (16, or lower down to 13 where a Member State so decides).':
    'Wird ein Online-Dienst einem Kind auf der Grundlage einer Einwilligung direkt angeboten, muss unterhalb des digitalen Einwilligungsalters (16 Jahre oder, wenn ein Mitgliedstaat dies festlegt, weniger, bis hinab zu 13 Jahren) ein Elternteil einwilligen.',
  'Forbids processing of special categories of data (health, ethnic origin, religion, biometrics and others) unless one of the listed exceptions applies.':
    'Verbietet die Verarbeitung besonderer Kategorien personenbezogener Daten (Gesundheit, ethnische Herkunft, Religion, Biometrie und andere), sofern nicht eine der aufgeführten Ausnahmen greift.',
  'Data about criminal convictions and offences may be processed only under official authority or where Union or Member State law allows it with safeguards.':
    'Daten über strafrechtliche Verurteilungen und Straftaten dürfen nur unter behördlicher Aufsicht verarbeitet werden oder wenn das Unionsrecht oder das Recht der Mitgliedstaaten dies mit Garantien zulässt.',
  'A controller need not collect extra information just to identify people for the purpose of complying with the GDPR.':
    'Ein Verantwortlicher muss keine zusätzlichen Informationen erheben, nur um Personen zur Einhaltung der DSGVO identifizieren zu können.',
  'Information and communications to people must be concise, clear and easy to access, and requests to exercise rights must be answered free of charge, within one month as a rule.':
    'Informationen und Mitteilungen an betroffene Personen müssen präzise, klar und leicht zugänglich sein; Anträge auf Ausübung von Rechten sind unentgeltlich und in der Regel innerhalb eines Monats zu beantworten.',
  'Lists what a controller must tell people when it collects personal data from them, at the time of collection.':
    'Nennt, welche Informationen ein Verantwortlicher betroffenen Personen zum Zeitpunkt der Erhebung mitteilen muss, wenn er personenbezogene Daten bei ihnen erhebt.',
  'Lists what a controller must tell people when it obtains their personal data from someone else, including the source of the data.':
    'Nennt, welche Informationen ein Verantwortlicher betroffenen Personen mitteilen muss, wenn er ihre personenbezogenen Daten von anderer Seite erhält, einschließlich der Quelle der Daten.',
  'Gives people the right to know whether their data is processed, to get a copy of it, and to be told how and why it is used.':
    'Gibt betroffenen Personen das Recht zu erfahren, ob ihre Daten verarbeitet werden, eine Kopie davon zu erhalten und zu erfahren, wie und wozu sie verwendet werden.',
  'Gives people the right to have inaccurate personal data corrected and incomplete data completed.':
    'Gibt betroffenen Personen das Recht, die Berichtigung unrichtiger personenbezogener Daten und die Vervollständigung unvollständiger Daten zu verlangen.',
  'Gives people the right to have their data erased in listed cases (the "right to be forgotten"), subject to exceptions such as legal obligations or legal claims.':
    'Gibt betroffenen Personen das Recht auf Löschung ihrer Daten in den aufgeführten Fällen („Recht auf Vergessenwerden“), vorbehaltlich Ausnahmen, etwa bei rechtlichen Verpflichtungen oder Rechtsansprüchen.',
  'Gives people the right to have the use of their data restricted in listed cases, such as while its accuracy or their objection is being verified, where the processing is unlawful but they oppose erasure, or when they need the data kept for legal claims.':
    'Gibt betroffenen Personen das Recht, in den aufgeführten Fällen die Einschränkung der Verarbeitung ihrer Daten zu verlangen, etwa solange die Richtigkeit der Daten oder ihr Widerspruch geprüft wird, wenn die Verarbeitung unrechtmäßig ist, sie aber die Löschung ablehnen, oder wenn sie die Aufbewahrung der Daten für Rechtsansprüche benötigen.',
  'A controller must pass on any correction, erasure or restriction to each recipient of the data, and tell the person who the recipients are if asked.':
    'Ein Verantwortlicher muss jede Berichtigung, Löschung oder Einschränkung allen Empfängern der Daten mitteilen und der betroffenen Person auf Verlangen die Empfänger nennen.',
  'Gives people the right to receive data they provided in a structured, machine-readable format and to have it transmitted to another controller, where processing rests on consent or a contract and is automated.':
    'Gibt betroffenen Personen das Recht, die von ihnen bereitgestellten Daten in einem strukturierten, maschinenlesbaren Format zu erhalten und sie einem anderen Verantwortlichen übermitteln zu lassen, wenn die Verarbeitung auf einer Einwilligung oder einem Vertrag beruht und automatisiert erfolgt.',
  'Gives people the right to object to processing based on public task or legitimate interests, and an absolute right to object to direct marketing.':
    'Gibt betroffenen Personen das Recht, einer auf einer öffentlichen Aufgabe oder auf berechtigten Interessen beruhenden Verarbeitung zu widersprechen, sowie ein uneingeschränktes Widerspruchsrecht gegen Direktwerbung.',
  'People have the right not to be subject to decisions based solely on automated processing, including profiling, that significantly affect them, save in listed cases with safeguards.':
    'Betroffene Personen haben das Recht, keiner ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhenden Entscheidung unterworfen zu werden, die sie erheblich beeinträchtigt, außer in den aufgeführten Fällen mit Schutzmaßnahmen.',
  'Allows Union or Member State law to restrict certain rights and duties where necessary to protect important public interests, such as national security or the prevention of crime.':
    'Erlaubt dem Unionsrecht oder dem Recht der Mitgliedstaaten, bestimmte Rechte und Pflichten zu beschränken, wenn dies zum Schutz wichtiger öffentlicher Interessen wie der nationalen Sicherheit oder der Verhütung von Straftaten notwendig ist.',
  'The controller must take appropriate technical and organisational measures to ensure and demonstrate that processing complies with the GDPR.':
    'Der Verantwortliche muss geeignete technische und organisatorische Maßnahmen treffen, um sicherzustellen und nachweisen zu können, dass die Verarbeitung der DSGVO entspricht.',
  'Data protection must be built into processing from the start, and by default only the data needed for each purpose may be processed.':
    'Der Datenschutz muss von Anfang an in die Verarbeitung eingebaut sein, und durch Voreinstellung dürfen nur die für den jeweiligen Zweck erforderlichen Daten verarbeitet werden.',
  'Controllers who decide together on the purposes and means of processing must set out their respective responsibilities in an arrangement whose essence is made available to people.':
    'Verantwortliche, die gemeinsam die Zwecke und Mittel der Verarbeitung festlegen, müssen ihre jeweiligen Zuständigkeiten in einer Vereinbarung regeln, deren wesentlicher Inhalt den betroffenen Personen zur Verfügung gestellt wird.',
  'Controllers and processors outside the EU that are subject to the GDPR must appoint a representative in the EU in most cases.':
    'Verantwortliche und Auftragsverarbeiter außerhalb der EU, die der DSGVO unterliegen, müssen in den meisten Fällen einen Vertreter in der EU benennen.',
  'A controller may use only processors that give sufficient guarantees, under a contract that sets out the required terms.':
    'Ein Verantwortlicher darf nur Auftragsverarbeiter einsetzen, die hinreichende Garantien bieten, und zwar auf der Grundlage eines Vertrags mit den vorgeschriebenen Inhalten.',
  "Processors and anyone acting under a controller's authority may process personal data only on the controller's instructions.":
    'Auftragsverarbeiter und alle Personen, die dem Verantwortlichen unterstellt sind, dürfen personenbezogene Daten nur auf Weisung des Verantwortlichen verarbeiten.',
  'Controllers and processors must keep a record of their processing activities, with the content the article lists.':
    'Verantwortliche und Auftragsverarbeiter müssen ein Verzeichnis ihrer Verarbeitungstätigkeiten mit den im Artikel aufgeführten Angaben führen.',
  'Controllers and processors must cooperate with the supervisory authority when it asks.':
    'Verantwortliche und Auftragsverarbeiter müssen auf Anfrage mit der Aufsichtsbehörde zusammenarbeiten.',
  'Controllers and processors must secure personal data with measures appropriate to the risk, such as encryption and pseudonymisation.':
    'Verantwortliche und Auftragsverarbeiter müssen personenbezogene Daten durch dem Risiko angemessene Maßnahmen schützen, etwa durch Verschlüsselung und Pseudonymisierung.',
  'A personal data breach must be reported to the supervisory authority without undue delay and, where feasible, within 72 hours, unless it is unlikely to result in a risk to people.':
    'Eine Verletzung des Schutzes personenbezogener Daten ist der Aufsichtsbehörde unverzüglich und möglichst binnen 72 Stunden zu melden, es sei denn, sie führt voraussichtlich nicht zu einem Risiko für natürliche Personen.',
  'When a breach is likely to result in a high risk to people, the controller must tell them without undue delay.':
    'Hat eine Verletzung voraussichtlich ein hohes Risiko für natürliche Personen zur Folge, muss der Verantwortliche die betroffenen Personen unverzüglich benachrichtigen.',
  'Processing likely to result in a high risk to people requires a data protection impact assessment beforehand.':
    'Eine Verarbeitung, die voraussichtlich ein hohes Risiko für natürliche Personen zur Folge hat, erfordert vorab eine Datenschutz-Folgenabschätzung.',
  'Where an impact assessment shows a high risk that the controller cannot mitigate, the supervisory authority must be consulted before processing starts.':
    'Ergibt eine Folgenabschätzung ein hohes Risiko, das der Verantwortliche nicht eindämmen kann, ist vor Beginn der Verarbeitung die Aufsichtsbehörde zu konsultieren.',
  'Says when a data protection officer must be appointed, for example for large-scale monitoring or special-category data, and that their contact details must be published.':
    'Legt fest, wann ein Datenschutzbeauftragter zu benennen ist, etwa bei umfangreicher Überwachung oder bei besonderen Kategorien personenbezogener Daten, und dass seine Kontaktdaten zu veröffentlichen sind.',
  'The data protection officer must be involved in all data protection issues, be independent, and be reachable by the people whose data is processed.':
    'Der Datenschutzbeauftragte muss in alle Fragen des Datenschutzes eingebunden werden, unabhängig sein und für die Personen, deren Daten verarbeitet werden, erreichbar sein.',
  "Lists the data protection officer's tasks: advising, monitoring compliance and cooperating with the supervisory authority.":
    'Nennt die Aufgaben des Datenschutzbeauftragten: Beratung, Überwachung der Einhaltung und Zusammenarbeit mit der Aufsichtsbehörde.',
  'Encourages codes of conduct drawn up by associations and approved by supervisory authorities, which can also serve as a safeguard for transfers.':
    'Fördert Verhaltensregeln, die von Verbänden ausgearbeitet und von Aufsichtsbehörden genehmigt werden und auch als Garantie für Übermittlungen dienen können.',
  'Approved codes of conduct may be monitored by accredited independent bodies.':
    'Die Einhaltung genehmigter Verhaltensregeln kann von akkreditierten unabhängigen Stellen überwacht werden.',
  'Encourages certification mechanisms, seals and marks that show compliance with the GDPR.':
    'Fördert Zertifizierungsverfahren sowie Datenschutzsiegel und -prüfzeichen, die die Einhaltung der DSGVO belegen.',
  'Sets the requirements for bodies that issue GDPR certifications, and their accreditation.':
    'Legt die Anforderungen an Stellen fest, die Zertifizierungen nach der DSGVO erteilen, sowie deren Akkreditierung.',
  'Personal data may leave the EU only when the conditions of Chapter V are met, so that the protection travels with the data.':
    'Personenbezogene Daten dürfen die EU nur verlassen, wenn die Bedingungen von Kapitel V eingehalten sind, damit der Schutz die Daten begleitet.',
  'Transfers may take place without further authorisation to a country or organisation the Commission has found to offer an adequate level of protection.':
    'Übermittlungen an ein Land oder eine Organisation, für das bzw. die die Kommission ein angemessenes Schutzniveau festgestellt hat, dürfen ohne besondere Genehmigung erfolgen.',
  'Without an adequacy decision, transfers need appropriate safeguards, such as standard contractual clauses, with enforceable rights for people.':
    'Ohne Angemessenheitsbeschluss erfordern Übermittlungen geeignete Garantien, etwa Standarddatenschutzklauseln, mit durchsetzbaren Rechten für betroffene Personen.',
  'Sets the content and approval of binding corporate rules for transfers within a group of companies.':
    'Regelt Inhalt und Genehmigung verbindlicher interner Datenschutzvorschriften für Übermittlungen innerhalb einer Unternehmensgruppe.',
  'A foreign court judgment or authority decision requiring a transfer is recognised only on the basis of an international agreement.':
    'Ein ausländisches Gerichtsurteil oder eine ausländische Behördenentscheidung, die eine Übermittlung verlangt, wird nur auf der Grundlage einer internationalen Übereinkunft anerkannt.',
  'Lists the derogations that allow a transfer without adequacy or safeguards in specific situations, such as explicit consent or the performance of a contract.':
    'Nennt die Ausnahmen, die in bestimmten Fällen eine Übermittlung ohne Angemessenheitsbeschluss oder Garantien erlauben, etwa eine ausdrückliche Einwilligung oder die Erfüllung eines Vertrags.',
  'The Commission and supervisory authorities must work with third countries and international organisations to protect personal data.':
    'Die Kommission und die Aufsichtsbehörden müssen mit Drittländern und internationalen Organisationen zum Schutz personenbezogener Daten zusammenarbeiten.',
  'Each Member State must have one or more independent public authorities that monitor the application of the GDPR.':
    'Jeder Mitgliedstaat muss eine oder mehrere unabhängige Behörden haben, die die Anwendung der DSGVO überwachen.',
  'Supervisory authorities must act with complete independence and have the resources they need.':
    'Aufsichtsbehörden müssen völlig unabhängig handeln und über die erforderlichen Ressourcen verfügen.',
  'Sets the conditions for appointing the members of a supervisory authority through a transparent procedure.':
    'Legt die Bedingungen für die Ernennung der Mitglieder einer Aufsichtsbehörde in einem transparenten Verfahren fest.',
  'Member States must lay down by law how their supervisory authorities are established and their members appointed.':
    'Die Mitgliedstaaten müssen gesetzlich regeln, wie ihre Aufsichtsbehörden errichtet und deren Mitglieder ernannt werden.',
  'Each supervisory authority is competent on the territory of its own Member State.':
    'Jede Aufsichtsbehörde ist im Hoheitsgebiet ihres eigenen Mitgliedstaats zuständig.',
  'For cross-border processing, the authority of the main establishment acts as lead supervisory authority.':
    'Bei grenzüberschreitender Verarbeitung ist die Aufsichtsbehörde der Hauptniederlassung als federführende Aufsichtsbehörde tätig.',
  "Lists the supervisory authority's tasks, including handling complaints and raising public awareness.":
    'Nennt die Aufgaben der Aufsichtsbehörde, darunter die Bearbeitung von Beschwerden und die Sensibilisierung der Öffentlichkeit.',
  "Lists the supervisory authority's investigative, corrective and advisory powers.":
    'Nennt die Untersuchungs-, Abhilfe- und beratenden Befugnisse der Aufsichtsbehörde.',
  'Each supervisory authority must publish an annual report on its activities.':
    'Jede Aufsichtsbehörde muss einen Jahresbericht über ihre Tätigkeit veröffentlichen.',
  'Sets how the lead supervisory authority and the other authorities concerned cooperate and reach a decision together.':
    'Regelt, wie die federführende Aufsichtsbehörde und die anderen betroffenen Aufsichtsbehörden zusammenarbeiten und gemeinsam zu einem Beschluss gelangen.',
  'Supervisory authorities must help one another, for example by sharing information and carrying out inspections on request.':
    'Aufsichtsbehörden müssen einander unterstützen, etwa durch den Austausch von Informationen und die Durchführung von Nachprüfungen auf Ersuchen.',
  'Supervisory authorities may carry out joint investigations and enforcement operations.':
    'Aufsichtsbehörden können gemeinsame Untersuchungen und gemeinsame Durchsetzungsmaßnahmen durchführen.',
  'The consistency mechanism makes supervisory authorities cooperate with one another and with the Commission to apply the GDPR consistently.':
    'Das Kohärenzverfahren sorgt dafür, dass die Aufsichtsbehörden untereinander und mit der Kommission zusammenarbeiten, um die DSGVO einheitlich anzuwenden.',
  'The European Data Protection Board gives opinions on draft decisions of supervisory authorities in listed cases.':
    'Der Europäische Datenschutzausschuss gibt in den aufgeführten Fällen Stellungnahmen zu Beschlussentwürfen der Aufsichtsbehörden ab.',
  'The Board settles disputes between supervisory authorities with binding decisions.':
    'Der Ausschuss legt Streitigkeiten zwischen Aufsichtsbehörden durch verbindliche Beschlüsse bei.',
  'In exceptional, urgent cases a supervisory authority may adopt provisional measures for up to three months.':
    'In außergewöhnlichen, dringenden Fällen kann eine Aufsichtsbehörde einstweilige Maßnahmen für höchstens drei Monate erlassen.',
  'The Commission may set the arrangements for exchanging information electronically between supervisory authorities and the Board.':
    'Die Kommission kann die Ausgestaltung des elektronischen Informationsaustauschs zwischen den Aufsichtsbehörden und dem Ausschuss festlegen.',
  'Establishes the European Data Protection Board as a Union body with legal personality.':
    'Errichtet den Europäischen Datenschutzausschuss als Einrichtung der Union mit eigener Rechtspersönlichkeit.',
  'The Board acts independently in performing its tasks.':
    'Der Ausschuss handelt bei der Erfüllung seiner Aufgaben unabhängig.',
  "Lists the Board's tasks, such as issuing guidelines, recommendations and best practices.":
    'Nennt die Aufgaben des Ausschusses, etwa die Bereitstellung von Leitlinien, Empfehlungen und bewährten Verfahren.',
  'The Board must publish an annual report on data protection in the Union.':
    'Der Ausschuss muss einen Jahresbericht über den Datenschutz in der Union veröffentlichen.',
  'The Board takes its decisions by a simple majority of its members, unless the GDPR says otherwise, and adopts its own rules of procedure.':
    'Der Ausschuss fasst seine Beschlüsse mit der einfachen Mehrheit seiner Mitglieder, sofern die DSGVO nichts anderes bestimmt, und gibt sich eine Geschäftsordnung.',
  'The Board elects a chair and two deputy chairs from among its members.':
    'Der Ausschuss wählt aus dem Kreis seiner Mitglieder einen Vorsitzenden und zwei stellvertretende Vorsitzende.',
  "Lists the chair's tasks, such as convening meetings and notifying the Board's decisions.":
    'Nennt die Aufgaben des Vorsitzes, etwa die Einberufung der Sitzungen und die Mitteilung der Beschlüsse des Ausschusses.',
  'The European Data Protection Supervisor provides the Board with a secretariat.':
    'Der Europäische Datenschutzbeauftragte stellt dem Ausschuss ein Sekretariat zur Verfügung.',
  "The Board's discussions are confidential where it considers this necessary.":
    'Die Beratungen des Ausschusses sind vertraulich, wenn er dies für erforderlich hält.',
  'Everyone has the right to lodge a complaint with a supervisory authority, in particular in the Member State where they live, work or where the infringement took place.':
    'Jede Person hat das Recht auf Beschwerde bei einer Aufsichtsbehörde, insbesondere in dem Mitgliedstaat ihres Aufenthaltsorts, ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes.',
  "People and organisations can challenge a supervisory authority's binding decision, or its failure to act on a complaint, before the courts.":
    'Natürliche und juristische Personen können einen rechtsverbindlichen Beschluss einer Aufsichtsbehörde oder deren Untätigkeit bei einer Beschwerde gerichtlich anfechten.',
  'People have the right to take a controller or processor to court when their rights under the GDPR have been infringed.':
    'Betroffene Personen haben das Recht, gegen einen Verantwortlichen oder Auftragsverarbeiter gerichtlich vorzugehen, wenn ihre Rechte aus der DSGVO verletzt wurden.',
  'People may have a not-for-profit body, organisation or association represent them in complaints and court actions.':
    'Betroffene Personen können sich bei Beschwerden und Klagen von einer Einrichtung, Organisation oder Vereinigung ohne Gewinnerzielungsabsicht vertreten lassen.',
  'A court may suspend proceedings when the same processing is already before a court in another Member State.':
    'Ein Gericht kann sein Verfahren aussetzen, wenn dieselbe Verarbeitung bereits bei einem Gericht in einem anderen Mitgliedstaat anhängig ist.',
  'Anyone who has suffered damage from an infringement of the GDPR has the right to compensation from the controller or processor.':
    'Wer wegen eines Verstoßes gegen die DSGVO einen Schaden erlitten hat, hat Anspruch auf Schadenersatz gegen den Verantwortlichen oder den Auftragsverarbeiter.',
  'Sets how administrative fines are decided and their ceilings: for the gravest infringements up to €20 million or 4 % of worldwide annual turnover, whichever is higher.':
    'Regelt, wie Geldbußen verhängt werden, und ihre Obergrenzen: bei den schwersten Verstößen bis zu 20 Mio. € oder 4 % des weltweiten Jahresumsatzes, je nachdem, welcher Betrag höher ist.',
  'Member States must lay down other penalties for infringements, in particular those not subject to administrative fines.':
    'Die Mitgliedstaaten müssen andere Sanktionen für Verstöße festlegen, insbesondere für solche, die keiner Geldbuße unterliegen.',
  'Member States must reconcile data protection with freedom of expression and information, including for journalism.':
    'Die Mitgliedstaaten müssen den Datenschutz mit der Freiheit der Meinungsäußerung und der Informationsfreiheit in Einklang bringen, auch für journalistische Zwecke.',
  'Personal data in official documents may be disclosed to give public access in line with Union or Member State law.':
    'Personenbezogene Daten in amtlichen Dokumenten dürfen offengelegt werden, um der Öffentlichkeit nach dem Unionsrecht oder dem Recht der Mitgliedstaaten Zugang zu gewähren.',
  'Member States may set the conditions for processing a national identification number.':
    'Die Mitgliedstaaten können die Bedingungen für die Verarbeitung einer nationalen Kennziffer festlegen.',
  "Member States may adopt more specific rules for processing employees' personal data in the employment context.":
    'Die Mitgliedstaaten können spezifischere Vorschriften für die Verarbeitung personenbezogener Beschäftigtendaten im Beschäftigungskontext erlassen.',
  'Processing for archiving in the public interest, research or statistics needs safeguards such as data minimisation, and certain rights may be restricted.':
    'Die Verarbeitung für im öffentlichen Interesse liegende Archivzwecke, für Forschungszwecke oder für statistische Zwecke erfordert Garantien wie die Datenminimierung, und bestimmte Rechte können beschränkt werden.',
  "Member States may adapt the supervisory authorities' powers towards people bound by professional secrecy.":
    'Die Mitgliedstaaten können die Befugnisse der Aufsichtsbehörden gegenüber Personen, die einem Berufsgeheimnis unterliegen, anpassen.',
  'Churches and religious associations may keep applying their own comprehensive data protection rules if they are brought in line with the GDPR.':
    'Kirchen und religiöse Vereinigungen dürfen ihre eigenen umfassenden Datenschutzregeln weiter anwenden, wenn sie mit der DSGVO in Einklang gebracht werden.',
  'Sets the conditions under which the Commission may adopt delegated acts.':
    'Legt die Bedingungen fest, unter denen die Kommission delegierte Rechtsakte erlassen kann.',
  'The Commission is assisted by a committee when it adopts implementing acts.':
    'Die Kommission wird beim Erlass von Durchführungsrechtsakten von einem Ausschuss unterstützt.',
  "Repeals Directive 95/46/EC, the GDPR's predecessor, from 25 May 2018.":
    'Hebt die Richtlinie 95/46/EG, die Vorgängerin der DSGVO, mit Wirkung vom 25. Mai 2018 auf.',
  'The GDPR adds no obligations where the ePrivacy Directive (2002/58/EC) already sets specific obligations with the same objective.':
    'Die DSGVO erlegt keine zusätzlichen Pflichten auf, soweit die ePrivacy-Richtlinie (2002/58/EG) besondere Pflichten mit derselben Zielsetzung festlegt.',
  'International agreements on transfers concluded by Member States before 24 May 2016 that complied with Union law as it then stood remain in force until amended, replaced or revoked.':
    'Internationale Übereinkünfte über Übermittlungen, die Mitgliedstaaten vor dem 24. Mai 2016 geschlossen haben und die mit dem damals geltenden Unionsrecht vereinbar waren, bleiben in Kraft, bis sie geändert, ersetzt oder widerrufen werden.',
  'The Commission must report on the evaluation and review of the GDPR every four years.':
    'Die Kommission muss alle vier Jahre einen Bericht über die Bewertung und Überprüfung der DSGVO vorlegen.',
  'The Commission must review other Union legal acts on data protection to align them with the GDPR.':
    'Die Kommission muss andere Rechtsakte der Union zum Datenschutz überprüfen, um sie an die DSGVO anzupassen.',
  'The GDPR entered into force in 2016 and has applied since 25 May 2018.':
    'Die DSGVO ist 2016 in Kraft getreten und gilt seit dem 25. Mai 2018.',
  'The UK GDPR applies to processing in the context of an establishment in the United Kingdom, and to controllers outside it that offer goods or services to, or monitor, people in the United Kingdom.':
    'Die UK GDPR gilt für Verarbeitungen im Rahmen der Tätigkeiten einer Niederlassung im Vereinigten Königreich sowie für Verantwortliche außerhalb des Vereinigten Königreichs, die Personen im Vereinigten Königreich Waren oder Dienstleistungen anbieten oder ihr Verhalten beobachten.',
  'Periods of time are read as under Regulation (EEC, Euratom) No 1182/71.':
    'Zeiträume werden nach der Verordnung (EWG, Euratom) Nr. 1182/71 bestimmt.',
  'Processing is lawful only on a basis of Art 6(1), which since 5 February 2026 includes recognised legitimate interests (point (ea), conditions in Annex 1); points (ea) and (f) are not for public authorities performing their tasks.':
    'Die Verarbeitung ist nur auf einer Rechtsgrundlage nach Art. 6 Abs. 1 rechtmäßig; dieser umfasst seit dem 5. Februar 2026 auch anerkannte berechtigte Interessen (lit. ea, Voraussetzungen in Anhang 1); lit. ea und f gelten nicht für Behörden in Erfüllung ihrer Aufgaben.',
  'When further processing for a new purpose is compatible with the original purpose.':
    'Wann eine Weiterverarbeitung für einen neuen Zweck mit dem ursprünglichen Zweck vereinbar ist.',
  'Power to add to or vary the special categories of personal data.':
    'Befugnis, die besonderen Kategorien personenbezogener Daten zu ergänzen oder zu ändern.',
  'Information and communication must be clear and easy to access; requests are answered without undue delay and within the time limit of Art 12A.':
    'Informationen und Mitteilungen müssen klar und leicht zugänglich sein; Anträge werden unverzüglich und innerhalb der Frist nach Art. 12A beantwortet.',
  'The time limit for answering requests: one month from receipt, from receipt of identity information asked for, or from payment of a fee, whichever is latest; extendable by two further months.':
    'Die Frist für die Beantwortung von Anträgen: ein Monat ab Eingang, ab Eingang angeforderter Informationen zur Identität oder ab Zahlung einer Gebühr, je nachdem, was zuletzt eintritt; verlängerbar um zwei weitere Monate.',
  'What to tell people when collecting data from them; since 19 June 2026 including the right to complain to the controller (s.164A DPA 2018) and to the Commissioner (s.165).':
    'Was betroffenen Personen bei der Erhebung von Daten bei ihnen mitzuteilen ist; seit dem 19. Juni 2026 einschließlich des Rechts, sich beim Verantwortlichen (s.164A DPA 2018) und beim Commissioner (s.165) zu beschweren.',
  'What to tell people when the data was not obtained from them; since 19 June 2026 including the right to complain to the controller (s.164A DPA 2018) and to the Commissioner (s.165).':
    'Was betroffenen Personen mitzuteilen ist, wenn die Daten nicht bei ihnen erhoben wurden; seit dem 19. Juni 2026 einschließlich des Rechts, sich beim Verantwortlichen (s.164A DPA 2018) und beim Commissioner (s.165) zu beschweren.',
  'A significant decision based solely on automated processing: one with no meaningful human involvement and a legal or similarly significant effect.':
    'Eine erhebliche Entscheidung, die ausschließlich auf einer automatisierten Verarbeitung beruht: eine Entscheidung ohne nennenswerte menschliche Beteiligung mit rechtlicher oder ähnlich erheblicher Wirkung.',
  'Limits solely automated significant decisions on special category data, and bars them where the processing rests on recognised legitimate interests (22B(4)).':
    'Beschränkt ausschließlich automatisierte erhebliche Entscheidungen auf der Grundlage besonderer Kategorien personenbezogener Daten und untersagt sie, wenn die Verarbeitung auf anerkannten berechtigten Interessen beruht (Art. 22B Abs. 4).',
  'Safeguards for solely automated significant decisions: information, the chance to make representations, human intervention and a way to contest the decision.':
    'Garantien bei ausschließlich automatisierten erheblichen Entscheidungen: Information, Gelegenheit zur Stellungnahme, menschliches Eingreifen und eine Möglichkeit, die Entscheidung anzufechten.',
  'Powers to make regulations about automated decision-making.':
    'Befugnisse zum Erlass von Verordnungen (regulations) über automatisierte Entscheidungsfindung.',
  'A controller or processor outside the United Kingdom to which Art 3(2) applies designates a representative in the United Kingdom.':
    'Ein Verantwortlicher oder Auftragsverarbeiter außerhalb des Vereinigten Königreichs, auf den Art. 3 Abs. 2 anwendbar ist, benennt einen Vertreter im Vereinigten Königreich.',
  'A transfer to a third country needs approval by regulations under Art 45A, appropriate safeguards (Art 46) or a derogation (Art 49).':
    'Eine Übermittlung in ein Drittland erfordert eine Genehmigung durch Verordnung nach Art. 45A, geeignete Garantien (Art. 46) oder eine Ausnahme (Art. 49).',
  'The Secretary of State may approve transfers by regulations where the data protection test of Art 45B is met.':
    'Der Secretary of State kann Übermittlungen durch Verordnung genehmigen, wenn der Datenschutztest (data protection test) nach Art. 45B erfüllt ist.',
  'The data protection test: protection in the destination is not materially lower than in the United Kingdom.':
    'Der Datenschutztest: Der Schutz im Bestimmungsland ist nicht wesentlich geringer als im Vereinigten Königreich.',
  'The Secretary of State monitors approvals and publishes a list of the regulations in force.':
    'Der Secretary of State überwacht die Genehmigungen und veröffentlicht eine Liste der geltenden Verordnungen.',
  'Transfers without approval by regulations need appropriate safeguards (e.g. the IDTA or the UK Addendum issued under s.119A DPA 2018), and the exporter must reasonably consider the data protection test met.':
    'Übermittlungen ohne Genehmigung durch Verordnung erfordern geeignete Garantien (z. B. das IDTA oder das UK Addendum, erlassen nach s.119A DPA 2018), und der Exporteur muss vernünftigerweise zu dem Schluss kommen, dass der Datenschutztest erfüllt ist.',
  'Standard data protection clauses and further safeguards may be specified by regulations.':
    'Standarddatenschutzklauseln und weitere Garantien können durch Verordnung festgelegt werden.',
  'Regulations may restrict transfers in the public interest.':
    'Verordnungen können Übermittlungen im öffentlichen Interesse beschränken.',
  'Research, archiving and statistics ("RAS purposes").': 'Forschung, Archivierung und Statistik („RAS purposes“).',
  'When processing for RAS purposes is allowed, and the appropriate safeguards it needs.':
    'Wann eine Verarbeitung für RAS-Zwecke zulässig ist und welche geeigneten Garantien sie erfordert.',
  'When the safeguards for RAS processing are not met (substantial damage or distress, decisions about a person).':
    'Wann die Garantien für eine RAS-Verarbeitung nicht erfüllt sind (erheblicher Schaden oder erhebliche Belastung, Entscheidungen über eine Person).',
  'Powers to make regulations about safeguards for RAS processing.':
    'Befugnisse zum Erlass von Verordnungen über Garantien für die RAS-Verarbeitung.',
  'Processing and national security and defence.':
    'Verarbeitung im Bereich der nationalen Sicherheit und Verteidigung.',
  'How regulations under the UK GDPR are made.': 'Wie Verordnungen nach der UK GDPR erlassen werden.',
  'The Act protects the personality and fundamental rights of natural persons whose data is processed.':
    'Das Gesetz schützt die Persönlichkeit und die Grundrechte natürlicher Personen, über die Personendaten bearbeitet werden.',
  'Whom and what the Act covers: private persons and federal bodies processing personal data of natural persons, with the exceptions it lists (e.g. purely personal use).':
    'Wen und was das Gesetz erfasst: private Personen und Bundesorgane, die Personendaten natürlicher Personen bearbeiten, mit den aufgeführten Ausnahmen (z. B. Bearbeitung ausschließlich zum persönlichen Gebrauch).',
  'It applies to situations with effects in Switzerland, even if they were caused abroad.':
    'Es gilt für Sachverhalte, die sich in der Schweiz auswirken, auch wenn sie im Ausland veranlasst wurden.',
  'In chapter 1 of the Act (Purpose, Scope of Application and Federal Supervisory Authority).':
    'Im 1. Kapitel des Gesetzes (Zweck und Geltungsbereich sowie Aufsichtsbehörde des Bundes).',
  'Definitions: personal data, sensitive data, processing, disclosure, controller, processor, profiling and more.':
    'Begriffe: Personendaten, besonders schützenswerte Personendaten, Bearbeiten, Bekanntgeben, Verantwortlicher, Auftragsbearbeiter, Profiling und weitere.',
  'The principles: lawful, in good faith and proportionate processing, recognisable purposes, destruction when no longer needed, accuracy, and valid consent.':
    'Die Grundsätze: rechtmäßige, nach Treu und Glauben erfolgende und verhältnismäßige Bearbeitung, erkennbare Zwecke, Vernichtung, sobald die Daten nicht mehr benötigt werden, Richtigkeit und gültige Einwilligung.',
  'Data protection by design and by default.': 'Datenschutz durch Technik und datenschutzfreundliche Voreinstellungen.',
  'Data security appropriate to the risk.': 'Dem Risiko angemessene Datensicherheit.',
  'Processing by a processor, under contract or law.':
    'Bearbeitung durch einen Auftragsbearbeiter, aufgrund eines Vertrags oder eines Gesetzes.',
  'Private controllers may appoint a data protection advisor.':
    'Private Verantwortliche können eine Datenschutzberaterin oder einen Datenschutzberater ernennen.',
  'In chapter 2 of the Act (General Provisions).': 'Im 2. Kapitel des Gesetzes (Allgemeine Bestimmungen).',
  'Controllers and processors keep a record of their processing activities.':
    'Verantwortliche und Auftragsbearbeiter führen ein Verzeichnis ihrer Bearbeitungstätigkeiten.',
  'A private controller abroad that processes data of people in Switzerland appoints a representative in Switzerland when the four conditions of para 1 are all met; it publishes the representative’s name and address.':
    'Ein privater Verantwortlicher im Ausland, der Daten von Personen in der Schweiz bearbeitet, bezeichnet eine Vertretung in der Schweiz, wenn alle vier Voraussetzungen von Abs. 1 erfüllt sind; er veröffentlicht den Namen und die Adresse der Vertretung.',
  'Data may be disclosed abroad where the Federal Council has found adequate protection (Annex 1 DPO) or, failing that, with the safeguards of para 2.':
    'Daten dürfen ins Ausland bekanntgegeben werden, wenn der Bundesrat einen angemessenen Schutz festgestellt hat (Anhang 1 DSV), oder andernfalls mit den Garantien nach Abs. 2.',
  'Exceptions that allow disclosure abroad without adequacy or safeguards (express consent, contract, overriding public interest, legal claims, life and physical integrity, data made public, public registers).':
    'Ausnahmen, die eine Bekanntgabe ins Ausland ohne angemessenen Schutz oder Garantien erlauben (ausdrückliche Einwilligung, Vertrag, überwiegendes öffentliches Interesse, Rechtsansprüche, Leben und körperliche Unversehrtheit, allgemein zugänglich gemachte Daten, öffentliche Register).',
  'The duty to inform when collecting data: identity and contact, purpose, recipients, categories of data not collected from the person, and every State abroad with the safeguard or exception relied on.':
    'Die Informationspflicht bei der Beschaffung von Personendaten: Identität und Kontaktdaten, Bearbeitungszweck, Empfänger, Kategorien der nicht bei der betroffenen Person beschafften Daten sowie jeder Staat im Ausland mit der herangezogenen Garantie oder Ausnahme.',
  'When the duty to inform does not apply, and when the information may be restricted, deferred or omitted.':
    'Wann die Informationspflicht entfällt und wann die Information eingeschränkt, aufgeschoben oder unterlassen werden darf.',
  'The duty to inform of an automated individual decision, and the person’s right to state their view and ask for a review by a natural person.':
    'Die Informationspflicht bei einer automatisierten Einzelentscheidung und das Recht der betroffenen Person, ihren Standpunkt darzulegen und die Überprüfung durch eine natürliche Person zu verlangen.',
  'Data protection impact assessment.': 'Datenschutz-Folgenabschätzung.',
  'In chapter 3 of the Act (Duties of the Controller and of the Processor).':
    'Im 3. Kapitel des Gesetzes (Pflichten des Verantwortlichen und des Auftragsbearbeiters).',
  'Notifying the FDPIC, and where necessary the person, of a data security breach.':
    'Meldung einer Verletzung der Datensicherheit an den EDÖB und, wo nötig, an die betroffene Person.',
  'The right to information (access): whether and which data is processed, with the items of para 2, free of charge and as a rule within 30 days.':
    'Das Auskunftsrecht: ob und welche Daten bearbeitet werden, mit den Angaben nach Abs. 2, kostenlos und in der Regel innerhalb von 30 Tagen.',
  'When access may be refused, restricted or deferred.':
    'Wann die Auskunft verweigert, eingeschränkt oder aufgeschoben werden darf.',
  'In chapter 4 of the Act (Rights of the Data Subject).':
    'Im 4. Kapitel des Gesetzes (Rechte der betroffenen Person).',
  'The right to receive one’s data in a common electronic format, or to have it transmitted to another controller.':
    'Das Recht, die eigenen Daten in einem gängigen elektronischen Format zu erhalten oder sie einem anderen Verantwortlichen übertragen zu lassen.',
  'Processing that breaches the personality, in particular against the person’s express declaration of will.':
    'Bearbeitung, die die Persönlichkeit verletzt, insbesondere entgegen der ausdrücklichen Willenserklärung der betroffenen Person.',
  'A breach of personality is unlawful unless justified by consent, an overriding private or public interest, or the law.':
    'Eine Persönlichkeitsverletzung ist widerrechtlich, wenn sie nicht durch Einwilligung, durch ein überwiegendes privates oder öffentliches Interesse oder durch Gesetz gerechtfertigt ist.',
  'The claims of the person: rectification, and actions to protect personality (prohibiting processing or disclosure, deletion).':
    'Die Ansprüche der betroffenen Person: Berichtigung sowie Klagen zum Schutz der Persönlichkeit (Verbot der Bearbeitung oder Bekanntgabe, Löschung).',
  'In chapter 6 of the Act (Special Provisions on Data Processing by Federal Bodies).':
    'Im 6. Kapitel des Gesetzes (Besondere Bestimmungen zur Datenbearbeitung durch Bundesorgane).',
  'In chapter 7 of the Act (Federal Data Protection and Information Commissioner).':
    'Im 7. Kapitel des Gesetzes (Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter).',
  'The FDPIC opens an investigation ex officio or on a report; it tells a data subject who reported what it did.':
    'Der EDÖB eröffnet von Amtes wegen oder auf Anzeige hin eine Untersuchung; er informiert eine betroffene Person, die Anzeige erstattet hat, über sein Vorgehen.',
  'Procedure: only the controller or processor under investigation is a party.':
    'Verfahren: Partei ist nur der Verantwortliche oder Auftragsbearbeiter, gegen den sich die Untersuchung richtet.',
  'Fines for wilfully giving false or incomplete information, or failing to inform (on complaint).':
    'Bußen bei vorsätzlich falschen oder unvollständigen Auskünften oder bei unterlassener Information (auf Antrag).',
  'In chapter 8 of the Act (Criminal Provisions).': 'Im 8. Kapitel des Gesetzes (Strafbestimmungen).',
  'In chapter 9 of the Act (Conclusion of International Treaties).':
    'Im 9. Kapitel des Gesetzes (Abschluss von Staatsverträgen).',
  'In chapter 10 of the Act (Final Provisions).': 'Im 10. Kapitel des Gesetzes (Schlussbestimmungen).',
  'Baden-Württemberg': 'Baden-Württemberg',
  Bavaria: 'Bayern',
  Berlin: 'Berlin',
  Brandenburg: 'Brandenburg',
  Bremen: 'Bremen',
  Hamburg: 'Hamburg',
  Hesse: 'Hessen',
  'Mecklenburg-Western Pomerania': 'Mecklenburg-Vorpommern',
  'Lower Saxony': 'Niedersachsen',
  'North Rhine-Westphalia': 'Nordrhein-Westfalen',
  'Rhineland-Palatinate': 'Rheinland-Pfalz',
  Saarland: 'Saarland',
  Saxony: 'Sachsen',
  'Saxony-Anhalt': 'Sachsen-Anhalt',
  'Schleswig-Holstein': 'Schleswig-Holstein',
  Thuringia: 'Thüringen',
  'private bodies': 'nichtöffentliche Stellen',
  'public bodies': 'öffentliche Stellen',
  'federal public bodies, telecommunications and postal services':
    'öffentliche Stellen des Bundes, Telekommunikations- und Postdienste',
  'the Protestant Church in Germany': 'die Evangelische Kirche in Deutschland',
  'the Catholic dioceses in Bavaria': 'die katholischen Bistümer in Bayern',
  'Catholic dioceses in North Rhine-Westphalia': 'katholische Bistümer in Nordrhein-Westfalen',
  'Catholic dioceses in central Germany': 'katholische Bistümer in der Mitte Deutschlands',
  'Catholic dioceses in northern Germany': 'katholische Bistümer in Norddeutschland',
  'Catholic dioceses in eastern Germany': 'katholische Bistümer in Ostdeutschland',
  'public broadcasters': 'öffentlich-rechtliche Rundfunkanstalten',
  'Deutsche Welle': 'die Deutsche Welle',
  'The file is not valid YAML.': 'Die Datei ist kein gültiges YAML.',
  'A key the language does not know (often a typo).':
    'Ein Schlüssel, den das Schema der Richtlinie nicht kennt (oft ein Tippfehler).',
  'A value outside its vocabulary or of the wrong type.': 'Ein Wert außerhalb seines Vokabulars oder vom falschen Typ.',
  'A key repeated in one mapping.': 'Ein Schlüssel, der in einem Mapping mehrfach vorkommt.',
  'A required field is absent.': 'Ein Pflichtfeld fehlt.',
  'An id is used that is not defined in its section.':
    'Eine ID wird verwendet, die in ihrem Abschnitt nicht definiert ist.',
  'A data category, recipient or audience that no purpose uses.':
    'Eine Datenkategorie, ein Empfänger oder eine Zielgruppe, von keinem Zweck verwendet.',
  'The controller gives no contact detail at all (`address`, `email`, `phone` or `url`).':
    'Der Verantwortliche gibt überhaupt keine Kontaktangabe an (`address`, `email`, `phone` oder `url`).',
  'The controller gives only one contact detail.': 'Der Verantwortliche gibt nur eine Kontaktangabe an.',
  'No `dpo` section.': 'Kein Abschnitt `dpo`.',
  'A purpose without `basis`.': 'Ein Zweck ohne `basis`.',
  '`legitimate-interests` without `legitimate_interest`.': '`legitimate-interests` ohne `legitimate_interest`.',
  'A purpose using special-category data without `special_basis`.':
    'Ein Zweck, der besondere Kategorien personenbezogener Daten verwendet, ohne `special_basis`.',
  '`legal-obligation`/`public-task` basis, or criminal data, without `law`.':
    'Rechtsgrundlage `legal-obligation`/`public-task` oder Daten über Straftaten, jeweils ohne `law`.',
  'A purpose without `retention`, and no notice-wide `retention`.':
    'Ein Zweck ohne `retention`, ohne dass die Erklärung insgesamt eine `retention` angibt.',
  'Retention text such as "as long as necessary" without a period or event.':
    'Eine Speicherdauer als Text wie „so lange wie nötig“ ohne Zeitraum oder Ereignis.',
  'A recipient outside the EEA that no transfer covers, or a transfer without `mechanism`.':
    'Ein Empfänger außerhalb des EWR, den keine Übermittlung abdeckt, oder eine Übermittlung ohne `mechanism`.',
  '`adequacy` for a destination without an adequacy decision; `dpf` outside the US.':
    '`adequacy` für ein Ziel ohne Angemessenheitsbeschluss; `dpf` außerhalb der USA.',
  'A mechanism that cannot carry a transfer: `privacy-shield` or `safe-harbor` (declared invalid by the Court of Justice), one that is not a mechanism of a law the transfer leaves, or (a warning) a derogation Art 49(3) excludes for public authorities.':
    'Ein Mechanismus, der keine Übermittlung tragen kann: `privacy-shield` oder `safe-harbor` (vom Gerichtshof für ungültig erklärt), ein Mechanismus, der zu keinem Gesetz gehört, dessen Gebiet die Übermittlung verlässt, oder (als Warnung) eine Ausnahme, die Art. 49 Abs. 3 für Behörden ausschließt.',
  'A safeguard of Art 46 or 47 (`scc`, `bcr`, `legally-binding-instrument`, `code-of-conduct`, `certification`, `ad-hoc-clauses`), or `derogation-compelling-interests`, without `copy`.':
    'Eine Garantie nach Art. 46 oder 47 (`scc`, `bcr`, `legally-binding-instrument`, `code-of-conduct`, `certification`, `ad-hoc-clauses`) oder `derogation-compelling-interests` ohne `copy`.',
  '`derogation-compelling-interests` without `compelling_interest`.':
    '`derogation-compelling-interests` ohne `compelling_interest`.',
  'A recipient without `country` whose name the organisation catalogue places outside the EEA (e.g. Mailchimp).':
    'Ein Empfänger ohne `country`, dessen Namen der Organisationskatalog außerhalb des EWR verortet (z. B. Mailchimp).',
  'A transfer with no `recipients`, `countries` or `organisations`.':
    'Eine Übermittlung ohne `recipients`, `countries` oder `organisations`.',
  'No `authority` section: the notice states the complaint right but names no authority.':
    'Kein Abschnitt `authority`: Die Erklärung nennt das Beschwerderecht, aber keine Aufsichtsbehörde.',
  'Indirectly collected data without `source`.': 'Indirekt erhobene Daten ohne `source`.',
  'A purpose of directly collected data without `provision`.': 'Ein Zweck mit direkt erhobenen Daten ohne `provision`.',
  '`provision` is `statutory`, `contractual` or `contract-entry` and `consequence` is absent.':
    '`provision` ist `statutory`, `contractual` oder `contract-entry`, und `consequence` fehlt.',
  'A purpose on `consent` whose `provision` is `contractual` or `contract-entry`.':
    'Ein Zweck auf der Grundlage von `consent`, dessen `provision` `contractual` oder `contract-entry` ist.',
  'No `automated_decisions` section.': 'Kein Abschnitt `automated_decisions`.',
  'A restriction of a right (`rights.restrictions`, or the retired `exclude`) without the `law` that makes it.':
    'Eine Beschränkung eines Rechts (`rights.restrictions` oder das entfallene `exclude`) ohne das Gesetz unter `law`, das sie vorsieht.',
  'A restriction of the right to lodge a complaint (never restricted), or of the withdrawal of consent whose `law` does not cite Art 85(2) (a warning).':
    'Eine Beschränkung des Beschwerderechts (das nie beschränkt wird) oder des Widerrufs der Einwilligung, deren `law` nicht Art. 85 Abs. 2 zitiert (als Warnung).',
  'A restriction whose `law` names only a condition the GDPR writes into the right itself.':
    'Eine Beschränkung, deren `law` nur eine Bedingung nennt, die die DSGVO in das Recht selbst aufnimmt.',
  '`rights.exclude` is used: write `rights.restrictions` instead (a right is restricted, never excluded).':
    '`rights.exclude` wird verwendet: Schreiben Sie stattdessen `rights.restrictions` (ein Recht wird beschränkt, nie ausgeschlossen).',
  '`rights.response_time` longer than one month (a warning for 29 to 31 days).':
    '`rights.response_time` länger als ein Monat (als Warnung bei 29 bis 31 Tagen).',
  'A `joint_controllers` entry without `essence`, or a recipient of type `joint-controller` that no `joint_controllers` entry names.':
    'Ein Eintrag in `joint_controllers` ohne `essence` oder ein Empfänger vom Typ `joint-controller`, den kein Eintrag in `joint_controllers` nennt.',
  'A purpose with `children: true` on `consent` without `parental_consent`.':
    'Ein Zweck mit `children: true` auf der Grundlage von `consent` ohne `parental_consent`.',
  '`direct_marketing: true` on a basis other than `consent` or `legitimate-interests`.':
    '`direct_marketing: true` auf einer anderen Rechtsgrundlage als `consent` oder `legitimate-interests`.',
  'A purpose with more than one legal basis, where some basis does not say what it covers (`{ basis, when }`).':
    'Ein Zweck mit mehr als einer Rechtsgrundlage, bei dem eine Rechtsgrundlage nicht angibt, was sie abdeckt (`{ basis, when }`).',
  'Hedging words (*may*, *might*, *some*, *often*, *possibly*; fr *peut*, *certains*; nl *kan*, *sommige*; de *kann*, *einige*…) in purposes.':
    'Vage Formulierungen (*may*, *might*, *some*, *often*, *possibly*; fr *peut*, *certains*; nl *kan*, *sommige*; de *kann*, *einige*…) in Zwecken.',
  'A recipient labelled only "third parties", "partners" or alike.':
    'Ein Empfänger, der nur als „Dritte“, „Partner“ oder ähnlich bezeichnet ist.',
  'A citation of a GDPR article, paragraph, point or recital that does not exist.':
    'Ein Verweis auf einen Artikel, Absatz, Buchstaben oder Erwägungsgrund der DSGVO, den es nicht gibt.',
  'The file is too large to analyse (over 2 MB, or over 60,000 YAML tokens).':
    'Die Datei ist zu groß für die Analyse (über 2 MB oder über 60.000 YAML-Token).',
  'A declared cookie whose `type` or `duration` disagrees with the Open Cookie Database.':
    'Ein deklariertes Cookie, dessen `type` oder `duration` nicht mit der Open Cookie Database übereinstimmt.',
  'A cookie the recorded site set or sent that `cookies` does not list.':
    'Ein Cookie, das die aufgezeichnete Website gesetzt oder gesendet hat und das `cookies` nicht aufführt.',
  'A third-party host the recorded site contacted whose organisation (known to the catalogue) no recipient names.':
    'Ein Drittanbieter-Host, den die aufgezeichnete Website kontaktiert hat und dessen (dem Katalog bekannte) Organisation kein Empfänger nennt.',
  'A cookie that `cookies` lists but the recording never shows.':
    'Ein Cookie, das `cookies` aufführt, das die Aufzeichnung aber nie zeigt.',
  'No `laws` section and a controller outside the EEA: says which law the notice is read under.':
    'Kein Abschnitt `laws` und ein Verantwortlicher außerhalb des EWR: gibt an, nach welchem Gesetz die Erklärung gelesen wird.',
  'Under the UK GDPR (from 19 June 2026), `laws.uk-gdpr.complaints` gives no way to complain to us.':
    'Nach der UK GDPR (ab dem 19. Juni 2026) bietet `laws.uk-gdpr.complaints` keine Möglichkeit, sich bei uns zu beschweren.',
  'Under the FADP, a disclosure abroad whose States are not named.':
    'Nach dem DSG: eine Bekanntgabe ins Ausland, deren Staaten nicht genannt sind.',
  'Under Swiss law, a non-essential cookie is declared and `cookie_settings` says nothing about refusing it.':
    'Nach Schweizer Recht: Ein nicht unbedingt erforderliches Cookie ist deklariert, und `cookie_settings` sagt nichts darüber, wie es abgelehnt werden kann.',
  'A recipient without `type` (its role: processor, controller…).':
    'Ein Empfänger ohne `type` (seine Rolle: Auftragsverarbeiter, Verantwortlicher …).',
  'A placeholder `<…>` left by a quick fix, not yet replaced by what it asks for.':
    'Ein von einer Schnellkorrektur hinterlassener Platzhalter `<…>`, der noch nicht durch die verlangte Angabe ersetzt wurde.',
  'A controller established outside the territory of a law of the notice, without a representative there.':
    'Ein Verantwortlicher mit Niederlassung außerhalb des Gebiets eines Gesetzes der Erklärung, ohne Vertreter dort.',
  'An automated decision whose purpose uses special-category data without explicit consent or substantial public interest among its Art 9(2) conditions.':
    'Eine automatisierte Entscheidung, deren Zweck besondere Kategorien personenbezogener Daten verwendet, ohne ausdrückliche Einwilligung oder erhebliches öffentliches Interesse unter ihren Ausnahmen nach Art. 9 Abs. 2.',
  'An automated decision whose purpose concerns children (Recital 71).':
    'Eine automatisierte Entscheidung, deren Zweck Kinder betrifft (Erwägungsgrund 71).',
  'The named authority does not supervise a controller like this one (Bavaria: public or private bodies; the BfDI; church and broadcasting authorities).':
    'Die genannte Aufsichtsbehörde ist für einen Verantwortlichen wie diesen nicht zuständig (Bayern: öffentliche oder nichtöffentliche Stellen; BfDI; kirchliche Aufsichtsbehörden und Rundfunkaufsicht).',
  'Text that takes consent from silence or use ("by continuing to browse you accept cookies").':
    'Text, der eine Einwilligung aus Schweigen oder Nutzung ableitet („Wenn Sie weitersurfen, akzeptieren Sie Cookies“).',
  'Text that makes a rights request need reasons, or lets the controller decide whether a request is "justified".':
    'Text, der für einen Antrag auf Ausübung von Rechten eine Begründung verlangt oder den Verantwortlichen entscheiden lässt, ob ein Antrag „berechtigt“ ist.',
  'An analytics or marketing cookie the notice does not say is set only with consent (no purpose on `consent`, no `cookie_settings`).':
    'Ein Analyse- oder Marketing-Cookie, bei dem die Erklärung nicht sagt, dass es nur mit Einwilligung gesetzt wird (kein Zweck auf der Grundlage von `consent`, keine `cookie_settings`).',
  'A cookie without `name` (described only by what it does).':
    'Ein Cookie ohne `name` (nur durch seine Funktion beschrieben).',
  'A `promises` entry that the policy contradicts.': 'Ein Eintrag in `promises`, dem die Richtlinie widerspricht.',
  '`no-sharing-for-advertising` promised and an `advertising` recipient without `type`.':
    '`no-sharing-for-advertising` zugesagt und ein Empfänger der Kategorie `advertising` ohne `type`.',
  '`possible: true`: the notice says a recipient may receive data, or data may be transferred.':
    '`possible: true`: Die Erklärung sagt, dass ein Empfänger Daten erhalten kann oder dass Daten übermittelt werden können.',
  'An alias (*name) cannot have a tag or an anchor of its own.':
    'Ein Alias (*name) kann kein eigenes Tag und keinen eigenen Anker haben.',
  'An alias (*name) needs a name after the asterisk.': 'Ein Alias (*name) braucht nach dem Sternchen einen Namen.',
  'An alias ending in a colon is ambiguous: put a space before the colon.':
    'Ein Alias, der mit einem Doppelpunkt endet, ist mehrdeutig: Setzen Sie ein Leerzeichen vor den Doppelpunkt.',
  'An anchor (&name) needs a name after the ampersand.': 'Ein Anker (&name) braucht nach dem Und-Zeichen einen Namen.',
  'An anchor ending in a colon is ambiguous: put a space before the colon.':
    'Ein Anker, der mit einem Doppelpunkt endet, ist mehrdeutig: Setzen Sie ein Leerzeichen vor den Doppelpunkt.',
  'Every item of a list must start at the same column: align the dashes.':
    'Alle Einträge einer Liste müssen in derselben Spalte beginnen: Richten Sie die Bindestriche untereinander aus.',
  'A list cannot be used as a key.': 'Eine Liste kann nicht als Schlüssel verwendet werden.',
  'A key and its value are on one line here, but the value holds another key: put the nested keys on their own lines, indented, or quote a value that contains “: ”.':
    'Ein Schlüssel und sein Wert stehen hier in einer Zeile, aber der Wert enthält einen weiteren Schlüssel: Setzen Sie die verschachtelten Schlüssel eingerückt in eigene Zeilen, oder setzen Sie einen Wert, der „: “ enthält, in Anführungszeichen.',
  'A key appears twice in the same mapping.': 'Ein Schlüssel kommt im selben Mapping zweimal vor.',
  "A single quote (') is opened here but never closed.":
    "Ein einfaches Anführungszeichen (') wird hier geöffnet, aber nie geschlossen.",
  'A double quote (") is opened here but never closed.':
    'Ein doppeltes Anführungszeichen (") wird hier geöffnet, aber nie geschlossen.',
  'A comment (#) must have a space before it.': 'Vor einem Kommentar (#) muss ein Leerzeichen stehen.',
  'This line is read as a key without a value: add a colon and a value, or indent it under the key it belongs to.':
    'Diese Zeile wird als Schlüssel ohne Wert gelesen: Ergänzen Sie einen Doppelpunkt und einen Wert, oder rücken Sie sie unter dem Schlüssel ein, zu dem sie gehört.',
  'A list item needs a dash (- ) before it.': 'Vor einem Listeneintrag muss ein Bindestrich (- ) stehen.',
  'A tag (!tag) or anchor (&name) must have a space after it.':
    'Nach einem Tag (!tag) oder Anker (&name) muss ein Leerzeichen stehen.',
  'A key must be on one line: a line break inside it (often an unclosed quote or a missing colon above) breaks the mapping.':
    'Ein Schlüssel muss in einer Zeile stehen: Ein Zeilenumbruch darin (oft ein nicht geschlossenes Anführungszeichen oder ein fehlender Doppelpunkt weiter oben) zerstört das Mapping.',
  'A key inside [ ] must be on one line.': 'Ein Schlüssel innerhalb von [ ] muss in einer Zeile stehen.',
  'A value can have one anchor (&name) only.': 'Ein Wert kann nur einen Anker (&name) haben.',
  'A value can have one tag (!tag) only.': 'Ein Wert kann nur ein Tag (!tag) haben.',
  'YAML does not allow tabs for indentation: indent with spaces.':
    'YAML erlaubt keine Tabulatoren zur Einrückung: Rücken Sie mit Leerzeichen ein.',
  'The block text indicator (| or >) is missing.': 'Der Indikator für Blocktext (| oder >) fehlt.',
  'A directive (%) must be followed by a line with three dashes (---).':
    'Auf eine Direktive (%) muss eine Zeile mit drei Bindestrichen (---) folgen.',
  'A mapping or list cannot start on the same line as the three dashes (---).':
    'Ein Mapping oder eine Liste kann nicht in derselben Zeile wie die drei Bindestriche (---) beginnen.',
};
