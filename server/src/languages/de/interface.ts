// The interface's messages in German (languages/interface.ts): each English message of the code, as written
// there, with its translation. The terms of the law are those of the German language version of the GDPR, as
// in the notice (de/notice.ts); laws with one language (the UK's) are cited in English.
import type { InterfaceCatalogue } from '../language';

// A function: the catalogue is made on first use, not when the server loads (README, "Performance").
export const de = (): InterfaceCatalogue => ({
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
  'Privacy policy': 'Datenschutzerklärung',
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
  'As in the policy': 'Wie in der Policy-Datei',
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
    'In einem virtuellen Arbeitsbereich (github.dev, vscode.dev) ist „Mit Git HEAD vergleichen“ nicht verfügbar, wenn dort kein Git vorhanden ist; verwenden Sie stattdessen „Mit Datei vergleichen…“.',
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
    '{0}: Das digitale Einwilligungsalter beträgt {1} Jahre ({2}; Stand: {3}): Zwischen {4} und {5} Jahren muss bei einem Online-Dienst, der einem Kind angeboten wird, die Einwilligung durch den Träger der elterlichen Verantwortung oder mit dessen Zustimmung erteilt werden.',
  'The age of digital consent in {0} is {1} ({2}; as of {3}).':
    '{0}: Das digitale Einwilligungsalter beträgt {1} Jahre ({2}; Stand: {3}).',
  '{0}: below the age of digital consent ({1}, or lower where national law says so), a parent gives or authorises consent to an online service offered to a child.':
    '{0}: Unterhalb des digitalen Einwilligungsalters ({1} Jahre oder weniger, wo das nationale Recht dies vorsieht) muss bei einem Online-Dienst, der einem Kind angeboten wird, die Einwilligung durch den Träger der elterlichen Verantwortung oder mit dessen Zustimmung erteilt werden.',
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
    'Was die Erklärung zusagt, nicht zu tun, abgeglichen mit dem übrigen Inhalt der Policy-Datei (Regel broken-promise): `no-sale`, `no-sharing-for-advertising`, `no-transfer`, `no-profiling`, `no-special-categories`.',
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
  'New privacy policy': 'Neue Datenschutzerklärung',
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
    'Wird ein Online-Dienst einem Kind auf der Grundlage einer Einwilligung direkt angeboten, muss unterhalb des digitalen Einwilligungsalters (16 Jahre oder, wenn ein Mitgliedstaat dies festlegt, weniger, bis hinab zu 13 Jahren) die Einwilligung durch den Träger der elterlichen Verantwortung oder mit dessen Zustimmung erteilt werden.',
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
    'Ein Schlüssel, den das Schema der Policy-Datei nicht kennt (oft ein Tippfehler).',
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
    'Rechtsgrundlage `legal-obligation`/`public-task` oder Daten über strafrechtliche Verurteilungen und Straftaten, jeweils ohne `law`.',
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
    'Eine Beschränkung des Beschwerderechts (das nie beschränkt wird) oder eine Beschränkung des Rechts auf Widerruf der Einwilligung, bei der `law` nicht Art. 85 Abs. 2 zitiert (als Warnung).',
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
  'Text that takes consent from silence or use ("by continuing to browse you accept cookies").':
    'Text, der eine Einwilligung aus Schweigen oder Nutzung ableitet („Wenn Sie weitersurfen, akzeptieren Sie Cookies“).',
  'Text that makes a rights request need reasons, or lets the controller decide whether a request is "justified".':
    'Text, der für einen Antrag auf Ausübung von Rechten eine Begründung verlangt oder den Verantwortlichen entscheiden lässt, ob ein Antrag „berechtigt“ ist.',
  'An analytics or marketing cookie the notice does not say is set only with consent (no purpose on `consent`, no `cookie_settings`).':
    'Ein Analyse- oder Marketing-Cookie, bei dem die Erklärung nicht sagt, dass es nur mit Einwilligung gesetzt wird (kein Zweck auf der Grundlage von `consent`, keine `cookie_settings`).',
  'A cookie without `name` (described only by what it does).':
    'Ein Cookie ohne `name` (nur durch seine Funktion beschrieben).',
  'A `promises` entry that the policy contradicts.': 'Ein Eintrag in `promises`, dem die Policy-Datei widerspricht.',
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
  '{0}: {1}; scope: {2}': '{0}: {1}; Geltungsbereich: {2}',
  'I rely on an adequacy decision ({0}; {1})': 'Ich stütze mich auf einen Angemessenheitsbeschluss ({0}; {1})',
  "I rely on the {0} ({1}) — only if {2} is certified, for this data: check the Framework's list":
    'Ich stütze mich auf „{0}“ ({1}) — nur wenn {2} für diese Daten zertifiziert ist: Prüfen Sie die Liste des Datenschutzrahmens',
  'the recipient': 'der Empfänger',
  'I rely on {0} ({1})': 'Ich stütze mich auf „{0}“ ({1})',
  'only where no adequacy decision, safeguard or other exception applies, for a transfer that is not repetitive and concerns a limited number of people, and with the supervisory authority informed':
    'nur wenn weder ein Angemessenheitsbeschluss noch eine Garantie noch eine andere Ausnahme greift, für eine Übermittlung, die nicht wiederholt erfolgt und nur eine begrenzte Zahl betroffener Personen betrifft, und wenn die Aufsichtsbehörde davon in Kenntnis gesetzt wird',
  'only where no adequacy decision or safeguard applies, for occasional transfers (Recital 111; EDPB Guidelines 2/2018, section {0})':
    'nur wenn weder ein Angemessenheitsbeschluss noch eine Garantie greift, bei gelegentlichen Übermittlungen (Erwägungsgrund 111; Leitlinien 2/2018 des EDSA, Abschnitt {0})',
  'only where no adequacy decision or safeguard applies':
    'nur wenn weder ein Angemessenheitsbeschluss noch eine Garantie greift',
  'Exception ({0}), {1}: {2}': 'Ausnahme ({0}), {1}: {2}',
  '{0}, second subparagraph': '{0}, Unterabsatz 2',
  "Purpose '{0}' rests on several legal bases ({1}) without saying which covers what. Each processing operation needs one basis of Art 6(1), and Art 13(1)(c) requires telling people which: write each item as { basis, when }.":
    "Der Zweck '{0}' stützt sich auf mehrere Rechtsgrundlagen ({1}), ohne anzugeben, welche was abdeckt. Jeder Verarbeitungsvorgang braucht eine Rechtsgrundlage nach Art. 6 Abs. 1, und Art. 13 Abs. 1 lit. c verlangt, den betroffenen Personen mitzuteilen, welche: Schreiben Sie jeden Eintrag als { basis, when }.",
  'Say what each legal basis covers ({ basis, when }), with placeholders to fill in':
    'Für jede Rechtsgrundlage angeben, was sie abdeckt ({ basis, when }), mit auszufüllenden Platzhaltern',
  'Add the supervisory authority: {0}{1}{2}, per {3}': 'Aufsichtsbehörde ergänzen: {0}{1}{2}, laut {3}',
  '{0} supervises {1} ({2}), and {3}. The authority a notice names as competent should be the one that supervises the controller (Art 51(1), 55(1), as national law shares competence among several): check which one supervises you. Readers may still complain to a supervisory authority, in particular where they live or work or where the infringement took place (Art 77(1)), and the notice tells them so (Art 13(2)(d)).':
    '{0} beaufsichtigt {1} ({2}), und {3}. Die Aufsichtsbehörde, die eine Erklärung als zuständig nennt, sollte diejenige sein, die den Verantwortlichen beaufsichtigt (Art. 51 Abs. 1, Art. 55 Abs. 1, da das nationale Recht die Zuständigkeit auf mehrere Aufsichtsbehörden verteilt): Prüfen Sie, welche für Sie zuständig ist. Lesende können sich dennoch bei einer Aufsichtsbehörde beschweren, insbesondere an ihrem Aufenthaltsort, an ihrem Arbeitsplatz oder am Ort des mutmaßlichen Verstoßes (Art. 77 Abs. 1), und die Erklärung weist sie darauf hin (Art. 13 Abs. 2 lit. d).',
  "The competent authority is {0}: replace the authority's details (from the catalogue)":
    'Die zuständige Aufsichtsbehörde ist {0}: Angaben zur Aufsichtsbehörde ersetzen (aus dem Katalog)',
  "The automated decision '{0}' concerns children (purpose '{1}', {2}). Recital 71 says that a decision based solely on automated processing, including profiling, that produces legal or similarly significant effects (Art 22(1)) should not concern a child; the guidelines on automated decision-making endorsed by the EDPB (WP251 rev.01) read it as no absolute prohibition but recommend, as a rule, not relying on the exceptions of Art 22(2) for such decisions about children.":
    "Die automatisierte Entscheidung '{0}' betrifft Kinder (Zweck '{1}', {2}). Nach Erwägungsgrund 71 sollte eine ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhende Entscheidung, die der betroffenen Person gegenüber rechtliche Wirkung entfaltet oder sie in ähnlicher Weise erheblich beeinträchtigt (Art. 22 Abs. 1), kein Kind betreffen; die vom EDSA bestätigten Leitlinien zu automatisierten Entscheidungen im Einzelfall (WP251 rev.01) verstehen dies nicht als absolutes Verbot, empfehlen aber, sich bei solchen Entscheidungen über Kinder grundsätzlich nicht auf die Ausnahmen nach Art. 22 Abs. 2 zu stützen.",
  "The automated decision '{0}' rests on purpose '{1}', which uses special categories of data ({2}) on {3}. Art 22(4) allows a decision based solely on automated processing to rest on such data only with the person's explicit consent (Art 9(2)(a)) or for reasons of substantial public interest (Art 9(2)(g)), and with suitable measures to safeguard their rights and freedoms and legitimate interests.":
    "Die automatisierte Entscheidung '{0}' beruht auf dem Zweck '{1}', der besondere Kategorien personenbezogener Daten ({2}) auf der Grundlage von {3} verwendet. Nach Art. 22 Abs. 4 darf eine ausschließlich auf einer automatisierten Verarbeitung beruhende Entscheidung nur dann auf solchen Daten beruhen, wenn die betroffene Person ausdrücklich eingewilligt hat (Art. 9 Abs. 2 lit. a) oder wenn dies aus Gründen eines erheblichen öffentlichen Interesses erfolgt (Art. 9 Abs. 2 lit. g), und nur mit angemessenen Maßnahmen zum Schutz ihrer Rechte und Freiheiten sowie ihrer berechtigten Interessen.",
  "The automated decision '{0}' rests on purpose '{1}', which uses special categories of data ({2}). Art 22(4) allows a decision based solely on automated processing to rest on such data only with the person's explicit consent (Art 9(2)(a)) or for reasons of substantial public interest (Art 9(2)(g)), and with suitable measures to safeguard their rights and freedoms and legitimate interests.":
    "Die automatisierte Entscheidung '{0}' beruht auf dem Zweck '{1}', der besondere Kategorien personenbezogener Daten ({2}) verwendet. Nach Art. 22 Abs. 4 darf eine ausschließlich auf einer automatisierten Verarbeitung beruhende Entscheidung nur dann auf solchen Daten beruhen, wenn die betroffene Person ausdrücklich eingewilligt hat (Art. 9 Abs. 2 lit. a) oder wenn dies aus Gründen eines erheblichen öffentlichen Interesses erfolgt (Art. 9 Abs. 2 lit. g), und nur mit angemessenen Maßnahmen zum Schutz ihrer Rechte und Freiheiten sowie ihrer berechtigten Interessen.",
  "The notice promises '{0}', but the policy says otherwise: {1}. A notice that contradicts itself is neither fair nor transparent (Art 5(1)(a)) and misleads readers, who rely on such statements (Art 12(1)): correct the promise or the policy.":
    "Die Erklärung sagt '{0}' zu, aber die Policy-Datei sagt etwas anderes: {1}. Eine Erklärung, die sich selbst widerspricht, entspricht weder dem Grundsatz von Treu und Glauben noch dem der Transparenz (Art. 5 Abs. 1 lit. a) und führt Lesende in die Irre, die sich auf solche Aussagen verlassen (Art. 12 Abs. 1): Korrigieren Sie die Zusage oder die Policy-Datei.",
  '"{0}" makes a request depend on reasons, or on the controller\'s own judgement of whether it is "justified". A person need not give reasons for a request (EDPB Guidelines 01/2022 on the right of access, executive summary; CJEU C-307/22 FT v DW of 26 October 2023), except the grounds relating to their particular situation for an objection (Art 21(1)). The controller must facilitate the exercise of the rights (Art 12(2)) and act free of charge (Art 12(5); a reasonable fee only for further copies, Art 15(3)). It may decline a request that is manifestly unfounded or excessive, which it must show (Art 12(5)); one whose legal conditions are not met (e.g. Art 15(4), 17(1) and (3), 18(1), 20, 21(1)); one from a person it cannot identify (Art 11(2), 12(2)) or whose identity it cannot confirm (Art 12(6)); or one a Union or Member State law restricts (Art 23). Say which of these you mean instead.':
    '„{0}“ macht einen Antrag von einer Begründung abhängig oder vom eigenen Urteil des Verantwortlichen darüber, ob er „berechtigt“ ist. Eine Person muss einen Antrag nicht begründen (Leitlinien 01/2022 des EDSA zum Auskunftsrecht, Zusammenfassung; EuGH C-307/22 FT/DW vom 26. Oktober 2023), ausgenommen bei einem Widerspruch die Gründe, die sich aus ihrer besonderen Situation ergeben (Art. 21 Abs. 1). Der Verantwortliche muss die Ausübung der Rechte erleichtern (Art. 12 Abs. 2) und unentgeltlich tätig werden (Art. 12 Abs. 5; ein angemessenes Entgelt nur für weitere Kopien, Art. 15 Abs. 3). Er kann einen Antrag ablehnen, der offenkundig unbegründet oder exzessiv ist, was er nachweisen muss (Art. 12 Abs. 5); einen Antrag, dessen gesetzliche Voraussetzungen nicht erfüllt sind (z. B. Art. 15 Abs. 4, Art. 17 Abs. 1 und 3, Art. 18 Abs. 1, Art. 20, Art. 21 Abs. 1); einen Antrag einer Person, die er nicht identifizieren kann (Art. 11 Abs. 2, Art. 12 Abs. 2) oder deren Identität er nicht bestätigen kann (Art. 12 Abs. 6); oder einen Antrag, den eine Rechtsvorschrift der Union oder eines Mitgliedstaats beschränkt (Art. 23). Geben Sie stattdessen an, welchen dieser Fälle Sie meinen.',
  "Purpose '{0}' rests on consent but makes providing the data a condition of a contract ('provision: {1}'). Consent to processing that is not necessary for the contract, made a condition of it, is presumed not to be freely given (Art 7(4), 4(11), Recital 43; EDPB Guidelines 05/2020 on consent, section 3.1.2): make it 'voluntary', or rely on another basis such as 'contract' if the data is necessary for the contract.":
    "Der Zweck '{0}' stützt sich auf eine Einwilligung, macht die Bereitstellung der Daten aber zur Bedingung eines Vertrags ('provision: {1}'). Bei einer Einwilligung in eine für den Vertrag nicht erforderliche Verarbeitung, die zur Bedingung des Vertrags gemacht wird, wird vermutet, dass sie nicht freiwillig erteilt wurde (Art. 7 Abs. 4, Art. 4 Nr. 11, Erwägungsgrund 43; Leitlinien 05/2020 des EDSA zur Einwilligung, Abschnitt 3.1.2): Setzen Sie 'provision' auf 'voluntary', oder stützen Sie sich auf eine andere Rechtsgrundlage wie 'contract', wenn die Daten für den Vertrag erforderlich sind.",
  "Providing the data is voluntary: 'provision: voluntary'":
    "Die Bereitstellung der Daten ist freiwillig: 'provision: voluntary'",
  "I rely on the contract instead (the data is necessary for it, Art 6(1)(b)): 'basis: contract'":
    "Ich stütze mich stattdessen auf den Vertrag (die Daten sind dafür erforderlich, Art. 6 Abs. 1 lit. b): 'basis: contract'",
  "I rely on consent for purpose '{0}': 'basis: consent'":
    "Ich stütze mich für den Zweck '{0}' auf eine Einwilligung: 'basis: consent'",
  "Add 'cookie_settings' with a placeholder: how readers give, refuse or withdraw their consent":
    "'cookie_settings' mit einem Platzhalter ergänzen: wie Lesende ihre Einwilligung erteilen, verweigern oder widerrufen",
  "The cookie is of another kind: 'type' with a placeholder":
    "Das Cookie ist von anderer Art: 'type' mit einem Platzhalter",
  "The cookie {0} is declared strictly necessary ('essential'), but {1} classes it as {2} ('{3}'). Analytics and advertising cookies are not strictly necessary (WP29 Opinion 04/2012 on Cookie Consent Exemption, WP194) and need the reader's prior consent (ePrivacy Art 5(3)); declared 'essential', the notice tells readers it needs none (Art 12(1)). If your configuration differs from the provider's, say how in its 'description'.":
    "Das Cookie {0} ist als unbedingt erforderlich ('essential') deklariert, aber laut {1} gehört es zur Kategorie {2} ('{3}'). Analyse- und Werbe-Cookies sind nicht unbedingt erforderlich (Stellungnahme 04/2012 der Artikel-29-Datenschutzgruppe zur Ausnahme von der Einwilligungspflicht für Cookies, WP194) und erfordern die vorherige Einwilligung der Nutzerinnen und Nutzer (Art. 5 Abs. 3 ePrivacy-Richtlinie); mit der Angabe 'essential' teilt die Erklärung den Lesenden mit, dass es keiner Einwilligung bedarf (Art. 12 Abs. 1). Wenn Ihre Konfiguration von der des Anbieters abweicht, beschreiben Sie unter 'description', inwiefern.",
  "The cookie {0} is declared as '{1}', but {2} lists it as {3} ('{4}'), a more intrusive kind. Check the type: readers rely on it to decide what they accept (Art 12(1)), and readers are told of the processing and its purpose and that they can refuse it (Art 45c(b) FMG).":
    "Das Cookie {0} ist als '{1}' deklariert, aber laut {2} gehört es zur Kategorie {3} ('{4}'), die stärker in die Privatsphäre eingreift. Prüfen Sie den Typ: Lesende verlassen sich darauf, um zu entscheiden, was sie akzeptieren (Art. 12 Abs. 1), und Lesende werden über die Bearbeitung und ihren Zweck informiert sowie darüber, dass sie sie ablehnen können (Art. 45c Bst. b FMG).",
  "The cookie {0} is declared as '{1}', but {2} lists it as {3} ('{4}'), a more intrusive kind. Check the type: readers rely on it to decide what they accept (Art 12(1)), and storing or reading a cookie needs the reader's consent unless it is strictly necessary for the service they asked for (ePrivacy Art 5(3)).":
    "Das Cookie {0} ist als '{1}' deklariert, aber laut {2} gehört es zur Kategorie {3} ('{4}'), die stärker in die Privatsphäre eingreift. Prüfen Sie den Typ: Lesende verlassen sich darauf, um zu entscheiden, was sie akzeptieren (Art. 12 Abs. 1), und das Speichern oder Auslesen eines Cookies erfordert die Einwilligung der Nutzerinnen und Nutzer, es sei denn, es ist für den von ihnen gewünschten Dienst unbedingt erforderlich (Art. 5 Abs. 3 ePrivacy-Richtlinie).",
  'lists it as a session cookie (deleted when the browser closes)':
    'ist es ein Sitzungscookie (wird beim Schließen des Browsers gelöscht)',
  'gives {0}': 'beträgt sie {0}',
  'The cookie {0} is declared to last {1}, but {2} {3}. Check the duration: the notice must state how long it is stored (Art 13(2)(a)).':
    'Das Cookie {0} ist mit einer Dauer von {1} deklariert, aber laut {2} {3}. Prüfen Sie die Dauer: Die Erklärung muss angeben, wie lange es gespeichert wird (Art. 13 Abs. 2 lit. a).',
  "Change to '{0}', as the Open Cookie Database has it": "In '{0}' ändern, wie in der Open Cookie Database angegeben",
  "Under Swiss law, storing or reading information on the reader's device (cookies and similar) outside telecommunications services and their billing needs readers to be told of it and its purpose and that they can refuse it (Art 45c(b) FMG). 'cookie_settings' does not say how to refuse: say how readers refuse these cookies (a banner's reject button, your settings page, browser settings).":
    "Nach Schweizer Recht müssen Lesende, wenn außerhalb von Fernmeldediensten und deren Abrechnung Informationen auf ihrem Endgerät gespeichert oder von dort ausgelesen werden (Cookies und Ähnliches), darüber und über den Zweck informiert werden sowie darüber, dass sie dies ablehnen können (Art. 45c Bst. b FMG). 'cookie_settings' sagt nicht, wie man ablehnt: Geben Sie an, wie Lesende diese Cookies ablehnen (Ablehnen-Schaltfläche eines Banners, Ihre Einstellungsseite, Browsereinstellungen).",
  "Under Swiss law, storing or reading information on the reader's device (cookies and similar) outside telecommunications services and their billing needs readers to be told of it and its purpose and that they can refuse it (Art 45c(b) FMG). There is no 'cookie_settings': say how readers refuse these cookies (a banner's reject button, your settings page, browser settings).":
    "Nach Schweizer Recht müssen Lesende, wenn außerhalb von Fernmeldediensten und deren Abrechnung Informationen auf ihrem Endgerät gespeichert oder von dort ausgelesen werden (Cookies und Ähnliches), darüber und über den Zweck informiert werden sowie darüber, dass sie dies ablehnen können (Art. 45c Bst. b FMG). Es gibt kein 'cookie_settings': Geben Sie an, wie Lesende diese Cookies ablehnen (Ablehnen-Schaltfläche eines Banners, Ihre Einstellungsseite, Browsereinstellungen).",
  "Add 'cookie_settings' saying how to refuse cookies (Art 45c(b) FMG)":
    "'cookie_settings' ergänzen, mit der Angabe, wie Cookies abgelehnt werden können (Art. 45c Bst. b FMG)",
  "'rights.exclude' is replaced by 'restrictions': a right is never removed from the notice. A Union or Member State law may restrict it in some cases (Art 23(1)), and readers must still be told of the right (Art 13(2)(b)) and of its limit. Each item is now read as a restriction and shown under its right: write it as 'restrictions' ({ right, law, scope }).":
    "'rights.exclude' wird durch 'restrictions' ersetzt: Ein Recht wird nie aus der Erklärung entfernt. Eine Rechtsvorschrift der Union oder eines Mitgliedstaats kann es in bestimmten Fällen beschränken (Art. 23 Abs. 1), und Lesende müssen dennoch über das Recht (Art. 13 Abs. 2 lit. b) und seine Grenze informiert werden. Jeder Eintrag wird jetzt als Beschränkung gelesen und beim jeweiligen Recht angezeigt: Schreiben Sie ihn als 'restrictions' ({ right, law, scope }).",
  "Rewrite as 'restrictions' ({ right, law, scope })": "Als 'restrictions' umschreiben ({ right, law, scope })",
  "Purpose '{0}' is direct marketing but rests on {1}. Direct marketing rests on consent (Art 6(1)(a); electronic marketing usually requires it under the ePrivacy rules) or on legitimate interests (Art 6(1)(f), Recital 47), and people can always object to it (Art 21(2)): it is not necessary for a contract, a legal obligation, vital interests or a public task.":
    "Der Zweck '{0}' ist Direktwerbung, stützt sich aber auf „{1}“. Direktwerbung stützt sich auf eine Einwilligung (Art. 6 Abs. 1 lit. a; elektronische Werbung erfordert sie nach den ePrivacy-Vorschriften in der Regel) oder auf berechtigte Interessen (Art. 6 Abs. 1 lit. f, Erwägungsgrund 47), und betroffene Personen können ihr jederzeit widersprechen (Art. 21 Abs. 2): Sie ist weder für einen Vertrag noch für eine rechtliche Verpflichtung, lebenswichtige Interessen oder eine öffentliche Aufgabe erforderlich.",
  "I rely on {0} for the direct marketing: 'basis: {1}'":
    "Ich stütze mich für die Direktwerbung auf „{0}“: 'basis: {1}'",
  'This file is {0} MB, larger than the {1} MB that the checker analyses, so it is not checked. Split it or remove pasted data.':
    'Diese Datei ist {0} MB groß, größer als die {1} MB, die die Prüfung analysiert; sie wird daher nicht geprüft. Teilen Sie sie auf oder entfernen Sie eingefügte Daten.',
  'This file has over {0} YAML tokens (line breaks, keys, list dashes, brackets, commas): too many for the checker to analyse as you type, so it is not checked. A notice has a few thousand; remove pasted data or split the file.':
    'Diese Datei hat über {0} YAML-Token (Zeilenumbrüche, Schlüssel, Listen-Bindestriche, Klammern, Kommas): zu viele, um sie während der Eingabe zu analysieren; sie wird daher nicht geprüft. Eine Erklärung hat einige Tausend; entfernen Sie eingefügte Daten oder teilen Sie die Datei auf.',
  "'{0}' does not tell readers who receives their data. Art 13(1)(e) requires the recipients or at least their categories: add 'category' (e.g. hosting, payment) or 'name'.":
    "'{0}' sagt Lesenden nicht, wer ihre Daten erhält. Art. 13 Abs. 1 lit. e verlangt die Empfänger oder zumindest Kategorien von Empfängern: Ergänzen Sie 'category' (z. B. hosting, payment) oder 'name'.",
  "Add 'category' with a placeholder: which kind of recipients":
    "'category' mit einem Platzhalter ergänzen: welche Art von Empfängern",
  '\'{0}\' makes purpose \'{1}\' vague. Art 12(1) asks for concise, transparent and plain language: say what you do, e.g. "we send" rather than "we may send".':
    "'{0}' macht den Zweck '{1}' vage. Art. 12 Abs. 1 verlangt präzise und transparente Informationen in klarer und einfacher Sprache: Sagen Sie, was Sie tun, z. B. „wir senden“ statt „wir können senden“.",
  "Declare the laws the notice serves under 'laws' (e.g. `laws: { eu-gdpr: {}, uk-gdpr: {} }`).":
    "Geben Sie unter 'laws' die Gesetze an, denen die Erklärung dient (z. B. `laws: { eu-gdpr: {}, uk-gdpr: {} }`).",
  'Declare the laws: {0}': 'Gesetze angeben: {0}',
  '"{0}" takes consent from using the service or providing data. Consent is a freely given, specific, informed and unambiguous indication of wishes by a statement or a clear affirmative action (Art 4(11)); silence, pre-ticked boxes or inactivity is not consent (Recital 32; CJEU C-673/17 Planet49 of 1 October 2019), nor is continuing to use a site (EDPB Guidelines 05/2020 on consent, section 3.4), and it must be as easy to withdraw as to give (Art 7(3)).{1}':
    '„{0}“ leitet eine Einwilligung aus der Nutzung des Dienstes oder der Bereitstellung von Daten ab. Eine Einwilligung ist eine freiwillig für den bestimmten Fall, in informierter Weise und unmissverständlich abgegebene Willensbekundung in Form einer Erklärung oder einer sonstigen eindeutigen bestätigenden Handlung (Art. 4 Nr. 11); Stillschweigen, bereits angekreuzte Kästchen oder Untätigkeit sind keine Einwilligung (Erwägungsgrund 32; EuGH C-673/17 Planet49 vom 1. Oktober 2019), ebenso wenig die weitere Nutzung einer Website (Leitlinien 05/2020 des EDSA zur Einwilligung, Abschnitt 3.4), und der Widerruf muss so einfach sein wie die Erteilung (Art. 7 Abs. 3).{1}',
  "'{0}' cites, of the GDPR, only a condition it writes into the {1} itself; the law named beside it is what that condition refers to (such as the legal obligation of Art 17(3)(b) that requires keeping the data), not a restriction of the right. A restriction is one that a Union or Member State law makes under Art 23(1), with what Art 23(2) requires of it; keep 'restrictions' for those, and name a law that requires processing where that processing is described (the purpose's 'law' and 'retention').":
    "'{0}' zitiert aus der DSGVO nur eine Bedingung, die sie in das Recht selbst aufnimmt ({1}); das daneben genannte Gesetz ist das, worauf sich diese Bedingung bezieht (etwa die rechtliche Verpflichtung nach Art. 17 Abs. 3 lit. b, die die Aufbewahrung der Daten vorschreibt), keine Beschränkung des Rechts. Eine Beschränkung ist eine, die eine Rechtsvorschrift der Union oder eines Mitgliedstaats nach Art. 23 Abs. 1 vorsieht, mit den Angaben, die Art. 23 Abs. 2 von ihr verlangt; verwenden Sie 'restrictions' nur dafür, und nennen Sie ein Gesetz, das eine Verarbeitung vorschreibt, dort, wo diese Verarbeitung beschrieben ist ('law' und 'retention' des Zwecks).",
  "'{0}' is a condition the GDPR writes into the {1} itself, not a restriction of it: the notice states it in that right's own sentence. A restriction is one that a Union or Member State law makes (Art 23(1)); keep 'restrictions' for those.":
    "'{0}' ist eine Bedingung, die die DSGVO in das Recht selbst aufnimmt ({1}), keine Beschränkung dieses Rechts: Die Erklärung nennt sie im Satz zu diesem Recht. Eine Beschränkung ist eine, die eine Rechtsvorschrift der Union oder eines Mitgliedstaats vorsieht (Art. 23 Abs. 1); verwenden Sie 'restrictions' nur dafür.",
  "The EU–US Data Privacy Framework ('dpf') covers only certified organisations in the United States (Art 45(3); {0}), not {1}.":
    "Der EU-US-Datenschutzrahmen ('dpf') erfasst nur zertifizierte Organisationen in den Vereinigten Staaten (Art. 45 Abs. 3; {0}), nicht {1}.",
  '{0} have no adequacy decision of the European Commission (list as of {1}).':
    'Für {0} gibt es keinen Angemessenheitsbeschluss der Europäischen Kommission (Stand der Liste: {1}).',
  '{0} has no adequacy decision of the European Commission (list as of {1}).':
    'Für {0} gibt es keinen Angemessenheitsbeschluss der Europäischen Kommission (Stand der Liste: {1}).',
  "{0} has no adequacy decision covering the whole country: the EU–US Data Privacy Framework ({1}) covers only certified organisations, for the data their certification covers; for those, use '{2}'.":
    "Für {0} gibt es keinen Angemessenheitsbeschluss für das ganze Land: Der EU-US-Datenschutzrahmen ({1}) erfasst nur zertifizierte Organisationen, und zwar für die Daten, die ihre Zertifizierung abdeckt; verwenden Sie für diese '{2}'.",
  "The list of adequacy decisions (as of {0}) has none for {1}: check the Commission's list, and name the organisation as its decision does.":
    'Die Liste der Angemessenheitsbeschlüsse (Stand: {0}) enthält keinen für {1}: Prüfen Sie die Liste der Kommission, und bezeichnen Sie die Organisation so, wie der für sie geltende Beschluss sie bezeichnet.',
  "So 'adequacy' cannot cover this transfer (Art 45(1)): it needs appropriate safeguards (Art 46–47) or, as an exception, a derogation (Art 49).":
    "Daher kann 'adequacy' diese Übermittlung nicht abdecken (Art. 45 Abs. 1): Sie erfordert geeignete Garantien (Art. 46–47) oder – nur ausnahmsweise – eine Ausnahme für bestimmte Fälle (Art. 49).",
  "Unless the Commission has decided on it, 'adequacy' cannot cover this transfer (Art 45(1)): it needs appropriate safeguards (Art 46–47) or, as an exception, a derogation (Art 49).":
    "Sofern die Kommission darüber keinen Beschluss erlassen hat, kann 'adequacy' diese Übermittlung nicht abdecken (Art. 45 Abs. 1): Sie erfordert geeignete Garantien (Art. 46–47) oder – nur ausnahmsweise – eine Ausnahme für bestimmte Fälle (Art. 49).",
  '{0} has no adequacy decision of the European Commission':
    'Für {0} gibt es keinen Angemessenheitsbeschluss der Europäischen Kommission',
  '{0} have no adequacy decision of the European Commission':
    'Für {0} gibt es keinen Angemessenheitsbeschluss der Europäischen Kommission',
  "{0} has no adequacy decision of the European Commission covering the whole country, only one for organisations certified under its framework (use '{1}' for those)":
    "Für {0} gibt es keinen Angemessenheitsbeschluss der Europäischen Kommission für das ganze Land, nur einen für Organisationen, die nach dem dortigen Rahmen zertifiziert sind (verwenden Sie für diese '{1}')",
  '{0} has no approval by regulations under Art 45A UK GDPR':
    'Für {0} gibt es keine Genehmigung durch Verordnung nach Art. 45A UK GDPR',
  '{0} have no approval by regulations under Art 45A UK GDPR':
    'Für {0} gibt es keine Genehmigung durch Verordnung nach Art. 45A UK GDPR',
  "{0} has no approval by regulations under Art 45A UK GDPR covering the whole country, only one for organisations certified under its framework (use '{1}' for those)":
    "Für {0} gibt es keine Genehmigung durch Verordnung nach Art. 45A UK GDPR für das ganze Land, nur eine für Organisationen, die nach dem dortigen Rahmen zertifiziert sind (verwenden Sie für diese '{1}')",
  '{0} has no entry in Annex 1 DPO (Art 16(1) FADP)':
    'Für {0} gibt es keinen Eintrag in Anhang 1 DSV (Art. 16 Abs. 1 DSG)',
  '{0} have no entry in Annex 1 DPO (Art 16(1) FADP)':
    'Für {0} gibt es keinen Eintrag in Anhang 1 DSV (Art. 16 Abs. 1 DSG)',
  "{0} has no entry in Annex 1 DPO (Art 16(1) FADP) covering the whole country, only one for organisations certified under its framework (use '{1}' for those)":
    "Für {0} gibt es keinen Eintrag in Anhang 1 DSV (Art. 16 Abs. 1 DSG) für das ganze Land, nur einen für Organisationen, die nach dem dortigen Rahmen zertifiziert sind (verwenden Sie für diese '{1}')",
  "Use a safeguard of Art 46 such as 'scc'.": "Verwenden Sie eine Garantie nach Art. 46 wie 'scc'.",
  "Use a safeguard of Art 46 UK GDPR such as 'uk-idta' or 'uk-addendum'.":
    "Verwenden Sie eine Garantie nach Art. 46 UK GDPR wie 'uk-idta' oder 'uk-addendum'.",
  "Use a safeguard of Art 16(2) FADP such as 'scc', or an exception of Art 17 FADP.":
    "Verwenden Sie eine Garantie nach Art. 16 Abs. 2 DSG wie 'scc' oder eine Ausnahme nach Art. 17 DSG.",
  "{0} (list as of {1}), so 'adequacy' cannot cover this transfer. {2}":
    "{0} (Stand der Liste: {1}); daher kann 'adequacy' diese Übermittlung nicht abdecken. {2}",
  'Under {0}: {1}': 'Nach {0}: {1}',
  "'{0}' is not a provision of {1}: {2}{3}": "'{0}' ist keine Bestimmung {1}: {2}{3}",
  "Did you mean '{0}'? Replace the citation": "Meinten Sie '{0}'? Verweis ersetzen",
  "The controller is a public authority or body ('public_body: true'), and Art 49(3) excludes the derogation '{0}' ({1}, second subparagraph) for activities of public authorities in the exercise of their public powers. Unless this transfer is not part of such activities, it needs another ground (Art 44).":
    "Der Verantwortliche ist eine Behörde oder öffentliche Stelle ('public_body: true'), und Art. 49 Abs. 3 schließt die Ausnahme '{0}' ({1}, Unterabsatz 2) für Tätigkeiten aus, die Behörden in Ausübung ihrer hoheitlichen Befugnisse durchführen. Sofern diese Übermittlung nicht außerhalb solcher Tätigkeiten erfolgt, braucht sie eine andere Grundlage (Art. 44).",
  "The controller is a public authority or body ('public_body: true'), and Art 49(3) excludes the derogation '{0}' ({1}) for activities of public authorities in the exercise of their public powers. Unless this transfer is not part of such activities, it needs another ground (Art 44).":
    "Der Verantwortliche ist eine Behörde oder öffentliche Stelle ('public_body: true'), und Art. 49 Abs. 3 schließt die Ausnahme '{0}' ({1}) für Tätigkeiten aus, die Behörden in Ausübung ihrer hoheitlichen Befugnisse durchführen. Sofern diese Übermittlung nicht außerhalb solcher Tätigkeiten erfolgt, braucht sie eine andere Grundlage (Art. 44).",
  "'{0}' is longer than the law allows. Art 12(3) requires answering requests without undue delay and at the latest within one month of receipt; the notice already says that this period can be extended by two further months where necessary: write '1 month' or less.":
    "'{0}' ist länger, als das Gesetz erlaubt. Art. 12 Abs. 3 verlangt, Anträge unverzüglich, in jedem Fall aber innerhalb eines Monats nach Eingang zu beantworten; die Erklärung sagt bereits, dass diese Frist, wenn erforderlich, um weitere zwei Monate verlängert werden kann: Schreiben Sie '1 month' oder weniger.",
  "'{0}' can be longer than the one month Art 12(3) allows: a period expressed in months ends on the same date of the following month (Regulation (EEC, Euratom) No 1182/71, Art 3(2)(c)), so a request received on 1 February must be answered by 1 March, 28 days later (29 in a leap year). Write '1 month', or at most 28 days.":
    "'{0}' kann länger sein als der eine Monat, den Art. 12 Abs. 3 erlaubt: Eine nach Monaten bemessene Frist endet am gleichen Datum des folgenden Monats (Verordnung (EWG, Euratom) Nr. 1182/71, Art. 3 Abs. 2 lit. c), sodass ein am 1. Februar eingegangener Antrag bis zum 1. März beantwortet werden muss, 28 Tage später (29 in einem Schaltjahr). Schreiben Sie '1 month' oder höchstens 28 Tage.",
  "We answer within one month (Art 12(3)): 'response_time: 1 month'":
    "Wir antworten innerhalb eines Monats (Art. 12 Abs. 3): 'response_time: 1 month'",
  "The policy names no supervisory authority. The notice always states the right to lodge a complaint with a supervisory authority, which Art 13(2)(d) and 77 require; naming the authority competent for you, or a directory of authorities ('authority: { directory: … }'), tells readers where to turn.":
    "Die Policy-Datei nennt keine Aufsichtsbehörde. Die Erklärung nennt immer das Recht auf Beschwerde bei einer Aufsichtsbehörde, das Art. 13 Abs. 2 lit. d und Art. 77 verlangen; wenn Sie die für Sie zuständige Aufsichtsbehörde oder ein Verzeichnis von Aufsichtsbehörden ('authority: { directory: … }') angeben, wissen Lesende, an wen sie sich wenden können.",
  "Add a directory of authorities instead of one: the EDPB's list of its members":
    'Statt einer einzelnen Aufsichtsbehörde ein Verzeichnis ergänzen: die Liste der Mitglieder des EDSA',
  'Add an authority with a placeholder for its name': 'Aufsichtsbehörde mit einem Platzhalter für ihren Namen ergänzen',
  "The policy does not say whether decisions based solely on automated processing, including profiling, with legal or similarly significant effects (Art 22(1), (4)) take place. Art 13(2)(f) requires it: add 'automated_decisions: none' or describe them.":
    "Die Policy-Datei sagt nicht, ob ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhende Entscheidungen mit rechtlicher Wirkung oder ähnlich erheblicher Beeinträchtigung (Art. 22 Abs. 1 und 4) getroffen werden. Art. 13 Abs. 2 lit. f verlangt diese Angabe: Ergänzen Sie 'automated_decisions: none', oder beschreiben Sie die Entscheidungen.",
  "We make no decision based solely on automated processing that has legal or similarly significant effects (Art 22(1)): 'automated_decisions: none'":
    "Wir treffen keine ausschließlich auf einer automatisierten Verarbeitung beruhende Entscheidung mit rechtlicher Wirkung oder ähnlich erheblicher Beeinträchtigung (Art. 22 Abs. 1): 'automated_decisions: none'",
  "This transfer rests on compelling legitimate interests but does not say which. The second subparagraph of Art 49(1) requires the controller to inform the data subject of the transfer and of the compelling legitimate interests pursued: add 'compelling_interest'.":
    "Diese Übermittlung stützt sich auf zwingende berechtigte Interessen, sagt aber nicht, auf welche. Nach Art. 49 Abs. 1 UAbs. 2 muss der Verantwortliche die betroffene Person über die Übermittlung und die verfolgten zwingenden berechtigten Interessen unterrichten: Ergänzen Sie 'compelling_interest'.",
  "Add 'compelling_interest' with a placeholder to fill in":
    "'compelling_interest' mit einem auszufüllenden Platzhalter ergänzen",
  "{0} 'complaints' gives none: add a 'url' of your complaint form, an 'email', a 'phone' or a 'post' address.":
    "{0} 'complaints' gibt keinen Weg an: Ergänzen Sie 'url' (Ihr Beschwerdeformular), 'email', 'phone' oder 'post' (Postanschrift).",
  "{0} The notice does not say how to complain to you: add 'complaints' under 'laws: uk-gdpr' with a 'url' of your complaint form, an 'email', a 'phone' or a 'post' address.":
    "{0} Die Erklärung sagt nicht, wie man sich bei Ihnen beschweren kann: Ergänzen Sie 'complaints' unter 'laws: uk-gdpr' mit 'url' (Ihr Beschwerdeformular), 'email', 'phone' oder 'post' (Postanschrift).",
  "Add the complaint form's 'url'": "'url' des Beschwerdeformulars ergänzen",
  "Add how to complain to you ('complaints', DPA 2018 s.164A)":
    "Beschwerdeweg bei Ihnen ergänzen ('complaints', DPA 2018 s.164A)",
  "Purpose '{0}' requires the data ('provision: {1}') but does not say what happens if it is not provided. Art 13(2)(e) requires the possible consequences of failure to provide the data (e.g. that the contract cannot be concluded): add 'consequence'.":
    "Der Zweck '{0}' verlangt die Daten ('provision: {1}'), sagt aber nicht, was geschieht, wenn sie nicht bereitgestellt werden. Art. 13 Abs. 2 lit. e verlangt Angaben zu den möglichen Folgen der Nichtbereitstellung (z. B. dass der Vertrag nicht geschlossen werden kann): Ergänzen Sie 'consequence'.",
  "The controller gives no contact details. Art 13(1)(a) requires the identity and the contact details of the controller: add a postal address ('address'), an e-mail address ('email'), a phone number ('phone') or a contact page ('url').":
    "Der Verantwortliche gibt keine Kontaktdaten an. Art. 13 Abs. 1 lit. a verlangt den Namen und die Kontaktdaten des Verantwortlichen: Ergänzen Sie eine Postanschrift ('address'), eine E-Mail-Adresse ('email'), eine Telefonnummer ('phone') oder eine Kontaktseite ('url').",
  "Add 'email' with a placeholder for the controller's e-mail address":
    "'email' mit einem Platzhalter für die E-Mail-Adresse des Verantwortlichen ergänzen",
  "{0} This transfer names no State, and {1} have no 'country': add 'countries' (or each recipient's 'country').":
    "{0} Diese Übermittlung nennt keinen Staat, und {1} haben kein 'country': Ergänzen Sie 'countries' (oder bei jedem Empfänger 'country').",
  "{0} This transfer names no State, and {1} has no 'country': add 'countries' (or each recipient's 'country').":
    "{0} Diese Übermittlung nennt keinen Staat, und {1} hat kein 'country': Ergänzen Sie 'countries' (oder bei jedem Empfänger 'country').",
  "{0} This transfer names no State: add 'countries' (or each recipient's 'country').":
    "{0} Diese Übermittlung nennt keinen Staat: Ergänzen Sie 'countries' (oder bei jedem Empfänger 'country').",
  "{0} '{1}' is a region, not a State: name the States (e.g. [DE, FR]).":
    "{0} '{1}' ist eine Region, kein Staat: Nennen Sie die Staaten (z. B. [DE, FR]).",
  "{0} '{1}' has no 'country', and the organisation catalogue places {2} in {3} (where its data is processed is for you to say): add 'country'.":
    "{0} '{1}' hat kein 'country', und der Organisationskatalog ordnet {2} dem Staat {3} zu (wo die Daten verarbeitet werden, müssen Sie selbst angeben): Ergänzen Sie 'country'.",
  'Name the States': 'Staaten nennen',
  "Add '{0}' (the States the data goes to)": "'{0}' ergänzen (die Staaten, in die die Daten gehen)",
  "The policy does not say whether a data protection officer is designated. Art 13(1)(b) requires the DPO's contact details where one is designated (Art 37); where none is, the law asks for nothing, and 'dpo: none' tells readers so. Add a 'dpo' section with the contact details, or 'dpo: none'.":
    "Die Policy-Datei sagt nicht, ob ein Datenschutzbeauftragter benannt ist. Art. 13 Abs. 1 lit. b verlangt die Kontaktdaten des Datenschutzbeauftragten, sofern einer benannt ist (Art. 37); ist keiner benannt, verlangt das Gesetz nichts, und 'dpo: none' teilt dies den Lesenden mit. Ergänzen Sie einen Abschnitt 'dpo' mit den Kontaktdaten oder 'dpo: none'.",
  "We have not designated a data protection officer: 'dpo: none'":
    "Wir haben keinen Datenschutzbeauftragten benannt: 'dpo: none'",
  "Add the DPO's contact details, with a placeholder for the e-mail address":
    'Kontaktdaten des Datenschutzbeauftragten ergänzen, mit einem Platzhalter für die E-Mail-Adresse',
  "Joint controller '{0}' has no 'essence'. Art 26(2) requires the essence of the arrangement between joint controllers to be made available to people: say who does what, in particular who informs them and who handles their requests.":
    "Der gemeinsam Verantwortliche '{0}' hat kein 'essence'. Nach Art. 26 Abs. 2 muss das Wesentliche der Vereinbarung zwischen gemeinsam Verantwortlichen den betroffenen Personen zur Verfügung gestellt werden: Geben Sie an, wer was tut, insbesondere wer sie informiert und wer ihre Anträge bearbeitet.",
  "Joint controller has no 'essence'. Art 26(2) requires the essence of the arrangement between joint controllers to be made available to people: say who does what, in particular who informs them and who handles their requests.":
    "Dieser gemeinsam Verantwortliche hat kein 'essence'. Nach Art. 26 Abs. 2 muss das Wesentliche der Vereinbarung zwischen gemeinsam Verantwortlichen den betroffenen Personen zur Verfügung gestellt werden: Geben Sie an, wer was tut, insbesondere wer sie informiert und wer ihre Anträge bearbeitet.",
  "Recipient '{0}' is a joint controller, but no 'joint_controllers' entry is named '{1}'. Art 26(2) requires the essence of the arrangement with it: add it under 'joint_controllers' with its 'essence'.":
    "Der Empfänger '{0}' ist ein gemeinsam Verantwortlicher, aber kein Eintrag in 'joint_controllers' heißt '{1}'. Art. 26 Abs. 2 verlangt das Wesentliche der Vereinbarung mit ihm: Ergänzen Sie ihn unter 'joint_controllers' mit seinem 'essence'.",
  "Recipient '{0}' is a joint controller, but no 'joint_controllers' entry is named '{1}'. Art 26(2) requires the essence of the arrangement with it: add it under 'joint_controllers' with its 'essence', and give the recipient its 'name'.":
    "Der Empfänger '{0}' ist ein gemeinsam Verantwortlicher, aber kein Eintrag in 'joint_controllers' heißt '{1}'. Art. 26 Abs. 2 verlangt das Wesentliche der Vereinbarung mit ihm: Ergänzen Sie ihn unter 'joint_controllers' mit seinem 'essence', und geben Sie dem Empfänger seinen 'name'.",
  "Add 'essence' with a placeholder: the essence of the joint arrangement (Art 26(2))":
    "'essence' mit einem Platzhalter ergänzen: das Wesentliche der Vereinbarung der gemeinsam Verantwortlichen (Art. 26 Abs. 2)",
  "Add '{0}' under 'joint_controllers' with the essence of the arrangement":
    "'{0}' unter 'joint_controllers' mit dem Wesentlichen der Vereinbarung ergänzen",
  'relies on a legal obligation; Art 6(3) requires that basis to be laid down by law':
    'stützt sich auf eine rechtliche Verpflichtung; nach Art. 6 Abs. 3 muss diese Rechtsgrundlage gesetzlich festgelegt sein',
  'relies on a public task; Art 6(3) requires that basis to be laid down by law':
    'stützt sich auf eine öffentliche Aufgabe; nach Art. 6 Abs. 3 muss diese Rechtsgrundlage gesetzlich festgelegt sein',
  'uses data about criminal convictions or offences, which Art 10 allows only under official authority or where the law authorises it':
    'verwendet Daten über strafrechtliche Verurteilungen oder Straftaten, deren Verarbeitung Art. 10 nur unter behördlicher Aufsicht oder mit gesetzlicher Zulassung erlaubt',
  "Purpose '{0}' {1}. Name the law in 'law' so readers can check it.":
    "Der Zweck '{0}' {1}. Nennen Sie das Gesetz unter 'law', damit Lesende es prüfen können.",
  '{0} has no legal basis. Art 13(1)(c) requires the legal basis of each purpose, one of those in Art 6(1).':
    '{0} hat keine Rechtsgrundlage. Art. 13 Abs. 1 lit. c verlangt für jeden Zweck die Rechtsgrundlage, und zwar eine der in Art. 6 Abs. 1 genannten.',
  "Purpose '{0}' relies on legitimate interests but does not say which interest. Art 13(1)(d) requires the specific legitimate interest pursued: add 'legitimate_interest'.":
    "Der Zweck '{0}' stützt sich auf berechtigte Interessen, sagt aber nicht, auf welches Interesse. Art. 13 Abs. 1 lit. d verlangt das konkret verfolgte berechtigte Interesse: Ergänzen Sie 'legitimate_interest'.",
  "Purpose '{0}' offers a service directly to children on the basis of consent. Below the age of digital consent, consent must be given or authorised by the holder of parental responsibility, with reasonable efforts to verify it (Art 8(1)–(2)). {1}. Add 'parental_consent' to say how.":
    "Der Zweck '{0}' bietet Kindern auf der Grundlage einer Einwilligung direkt einen Dienst an. Unterhalb des digitalen Einwilligungsalters muss die Einwilligung durch den Träger der elterlichen Verantwortung oder mit dessen Zustimmung erteilt werden, wobei angemessene Anstrengungen zu ihrer Überprüfung zu unternehmen sind (Art. 8 Abs. 1 und 2). {1}. Geben Sie unter 'parental_consent' an, wie.",
  "Add 'parental_consent' with a placeholder: how a parent gives or authorises consent (Art 8)":
    "'parental_consent' mit einem Platzhalter ergänzen: wie der Träger der elterlichen Verantwortung die Einwilligung erteilt oder ihr zustimmt (Art. 8)",
  "Purpose '{0}' rests on consent, which must be freely given (Art 4(11), 7(4)), but does not say that providing the data is voluntary. Art 13(2)(e) asks whether people are obliged to provide the data and what follows if they do not: 'provision: voluntary' says it expressly.":
    "Der Zweck '{0}' stützt sich auf eine Einwilligung, die freiwillig erteilt werden muss (Art. 4 Nr. 11, Art. 7 Abs. 4), sagt aber nicht, dass die Bereitstellung der Daten freiwillig ist. Art. 13 Abs. 2 lit. e verlangt die Angabe, ob betroffene Personen verpflichtet sind, die Daten bereitzustellen, und welche Folgen es hat, wenn sie es nicht tun: 'provision: voluntary' sagt dies ausdrücklich.",
  "Purpose '{0}' does not say whether providing the data is a statutory or contractual requirement, a requirement to enter into a contract, or voluntary. Art 13(2)(e) requires it, with the possible consequences of not providing the data: add 'provision'.":
    "Der Zweck '{0}' sagt nicht, ob die Bereitstellung der Daten gesetzlich oder vertraglich vorgeschrieben, für einen Vertragsabschluss erforderlich oder freiwillig ist. Art. 13 Abs. 2 lit. e verlangt diese Angabe, zusammen mit den möglichen Folgen der Nichtbereitstellung: Ergänzen Sie 'provision'.",
  "{0}: 'provision: {1}'": "{0}: 'provision: {1}'",
  "Recipient '{0}' does not say its role. Art 13(1)(e) requires the recipients or categories of recipients, not their role, so nothing is missing; if you know it, 'type' tells readers whether the recipient acts on our instructions (a processor, Art 28) or decides for itself (a controller, Art 4(7)). A group company is a separate legal person: a processor or a controller, not 'internal'.":
    "Der Empfänger '{0}' gibt seine Rolle nicht an. Art. 13 Abs. 1 lit. e verlangt die Empfänger oder Kategorien von Empfängern, nicht ihre Rolle; es fehlt also nichts. Wenn Sie sie kennen, teilt 'type' den Lesenden mit, ob der Empfänger auf unsere Weisung handelt (ein Auftragsverarbeiter, Art. 28) oder selbst entscheidet (ein Verantwortlicher, Art. 4 Nr. 7). Ein Konzernunternehmen ist eine eigene juristische Person: ein Auftragsverarbeiter oder ein Verantwortlicher, nicht 'internal'.",
  "The recipient is {0}: 'type: {1}'": "Der Empfänger ist {0}: 'type: {1}'",
  "The controller is established in {0}, outside Switzerland, and the notice names no representative there. A private controller abroad must designate one in Switzerland where it processes personal data of people in Switzerland and the processing is connected with offering them goods or services or monitoring their behaviour, is extensive, is regular and involves a high risk to their personality: all four (Art 14(1) FADP). The controller then publishes the representative's name and address (Art 14(3) FADP). If that is your case, add 'representative'{1}":
    "Der Verantwortliche hat seine Niederlassung außerhalb der Schweiz ({0}), und die Erklärung nennt keine Vertretung in der Schweiz. Ein privater Verantwortlicher im Ausland muss eine Vertretung in der Schweiz bezeichnen, wenn er Personendaten von Personen in der Schweiz bearbeitet und die Bearbeitung im Zusammenhang mit dem Angebot von Waren oder Dienstleistungen an sie oder mit der Beobachtung ihres Verhaltens steht, umfangreich ist, regelmäßig erfolgt und ein hohes Risiko für ihre Persönlichkeit mit sich bringt: alle vier Voraussetzungen (Art. 14 Abs. 1 DSG). Der Verantwortliche veröffentlicht dann den Namen und die Adresse der Vertretung (Art. 14 Abs. 3 DSG). Wenn dies auf Sie zutrifft, ergänzen Sie 'representative'{1}",
  "The controller is established in {0}, outside {1}, and the notice names no representative there. Where the law applies because you offer goods or services to people in {1} or monitor their behaviour there (Art 3(2)), and you have no establishment there, Art 27(1) requires designating a representative in writing, unless your processing is occasional, does not include large-scale special-category or criminal-offence data, and is unlikely to result in a risk to people's rights and freedoms (Art 27(2)(a)). Art 13(1)(a) then requires the representative's identity and contact details: add 'representative'{2}":
    "Der Verantwortliche hat seine Niederlassung außerhalb des Gebiets {1} ({0}), und die Erklärung nennt keinen Vertreter im Gebiet {1}. Wenn das Gesetz anwendbar ist, weil Sie Personen im Gebiet {1} Waren oder Dienstleistungen anbieten oder dort ihr Verhalten beobachten (Art. 3 Abs. 2), und Sie dort keine Niederlassung haben, verlangt Art. 27 Abs. 1, schriftlich einen Vertreter zu benennen, es sei denn, Ihre Verarbeitung erfolgt gelegentlich, schließt keine umfangreiche Verarbeitung besonderer Kategorien personenbezogener Daten oder von Daten über strafrechtliche Verurteilungen und Straftaten ein und führt voraussichtlich nicht zu einem Risiko für die Rechte und Freiheiten natürlicher Personen (Art. 27 Abs. 2 lit. a). Art. 13 Abs. 1 lit. a verlangt dann den Namen und die Kontaktdaten des Vertreters: Ergänzen Sie 'representative'{2}",
  "Add 'laws.{0}.representative' with placeholders for its name and address":
    "'laws.{0}.representative' mit Platzhaltern für Name und Anschrift ergänzen",
  "Add 'representative' with placeholders for its name and address":
    "'representative' mit Platzhaltern für Name und Anschrift ergänzen",
  '{0} does not say how long the data is kept. Art 13(2)(a) requires the retention period, or the criteria used to determine it.':
    '{0} gibt nicht an, wie lange die Daten gespeichert werden. Art. 13 Abs. 2 lit. a verlangt die Speicherdauer oder die Kriterien für ihre Festlegung.',
  'Add a retention period with a placeholder to fill in': 'Speicherdauer mit einem auszufüllenden Platzhalter ergänzen',
  'Add a retention until an event (until …) with a placeholder to fill in':
    'Speicherung bis zu einem Ereignis (until …) mit einem auszufüllenden Platzhalter ergänzen',
  "Data category '{0}' does not say where the data comes from. Because the policy collects data from other sources ('collection: {1}'), Art 14(2)(f) requires the source from which the personal data originate, and if applicable whether it came from publicly accessible sources: add 'source'.":
    "Die Datenkategorie '{0}' gibt nicht an, woher die Daten stammen. Da laut Policy-Datei Daten nicht (nur) bei der betroffenen Person erhoben werden ('collection: {1}'), verlangt Art. 14 Abs. 2 lit. f die Angabe, aus welcher Quelle die personenbezogenen Daten stammen, und gegebenenfalls, ob sie aus öffentlich zugänglichen Quellen stammen: Ergänzen Sie 'source'.",
  "Add 'source' with a placeholder: where the data comes from":
    "'source' mit einem Platzhalter ergänzen: woher die Daten stammen",
  "The person provides this data themselves: 'source: data-subject'":
    "Die betroffene Person stellt diese Daten selbst bereit: 'source: data-subject'",
  "This data is collected automatically from the person's device or use: 'source: automatic'":
    "Diese Daten werden automatisch über das Gerät oder die Nutzung der Person erhoben: 'source: automatic'",
  "Purpose '{0}' uses special-category data ({1}). Art 9(1) prohibits this unless a condition of Art 9(2) applies: add 'special_basis'.":
    "Der Zweck '{0}' verwendet besondere Kategorien personenbezogener Daten ({1}). Art. 9 Abs. 1 untersagt dies, sofern nicht eine Ausnahme nach Art. 9 Abs. 2 greift: Ergänzen Sie 'special_basis'.",
  "This transfer rests on '{0}' but does not say how readers can obtain a copy of the safeguards or where they are made available. Art 13(1)(f) requires that for transfers under Art 46 or 47 or the second subparagraph of Art 49(1): add 'copy'.":
    "Diese Übermittlung stützt sich auf '{0}', sagt aber nicht, wie Lesende eine Kopie der Garantien erhalten können oder wo sie verfügbar sind. Art. 13 Abs. 1 lit. f verlangt dies bei Übermittlungen nach Art. 46 oder 47 oder nach Art. 49 Abs. 1 UAbs. 2: Ergänzen Sie 'copy'.",
  "Add 'copy' with a placeholder: where readers can get a copy of the safeguards":
    "'copy' mit einem Platzhalter ergänzen: wo Lesende eine Kopie der Garantien erhalten können",
  "Recipient '{0}' is in {1}, outside {2}, and no transfer covers it. Art 44 allows a transfer only on an adequacy decision (Art 45), appropriate safeguards (Art 46–47) or a derogation (Art 49), and Art 13(1)(f) requires telling readers which: add it under 'transfers' with its 'mechanism'.":
    "Der Empfänger '{0}' befindet sich außerhalb des Gebiets {2} ({1}), und keine Übermittlung deckt ihn ab. Art. 44 erlaubt eine Übermittlung nur auf der Grundlage eines Angemessenheitsbeschlusses (Art. 45), geeigneter Garantien (Art. 46–47) oder einer Ausnahme (Art. 49), und Art. 13 Abs. 1 lit. f verlangt, den Lesenden mitzuteilen, welche davon greift: Ergänzen Sie unter 'transfers' eine Übermittlung für ihn mit 'mechanism'.",
  "This transfer does not name what it rests on. Art 44 allows a transfer only on an adequacy decision (Art 45), appropriate safeguards (Art 46–47) or a derogation (Art 49), and Art 13(1)(f) requires telling readers which: add 'mechanism'.":
    "Diese Übermittlung nennt nicht, worauf sie sich stützt. Art. 44 erlaubt eine Übermittlung nur auf der Grundlage eines Angemessenheitsbeschlusses (Art. 45), geeigneter Garantien (Art. 46–47) oder einer Ausnahme (Art. 49), und Art. 13 Abs. 1 lit. f verlangt, den Lesenden mitzuteilen, welche davon greift: Ergänzen Sie 'mechanism'.",
  "Add a transfer for '{0}' — {1}: '{2}'": "Übermittlung für '{0}' ergänzen — {1}: '{2}'",
  "'possible: true' makes the notice say that {0}. Art 12(1) asks for concise, transparent and intelligible information: where you know that it does, say so; keep 'possible' for what happens only in some cases, and say which where you can.":
    "Mit 'possible: true' sagt die Erklärung, dass {0}. Art. 12 Abs. 1 verlangt präzise, transparente und verständliche Informationen: Wenn Sie wissen, dass dies geschieht, sagen Sie es; verwenden Sie 'possible' nur für das, was nur in manchen Fällen geschieht, und geben Sie nach Möglichkeit an, in welchen.",
  "'{0}' may receive data": "'{0}' Daten erhalten kann",
  'data may be transferred': 'Daten übermittelt werden können',
  "'{0}' is a legal basis of the UK GDPR only (Art 6(1)(ea) UK GDPR); this notice serves {1}. Use 'legitimate-interests' (Art 6(1)(f)) and state the interest, or add 'uk-gdpr' under 'laws'.":
    "'{0}' ist eine Rechtsgrundlage nur der UK GDPR (Art. 6 Abs. 1 lit. ea UK GDPR); diese Erklärung dient folgenden Gesetzen: {1}. Verwenden Sie 'legitimate-interests' (Art. 6 Abs. 1 lit. f) und geben Sie das Interesse an, oder ergänzen Sie 'uk-gdpr' unter 'laws'.",
  "Purpose '{0}' rests on recognised legitimate interests alone, a basis of the UK GDPR only (Art 6(1)(ea) UK GDPR). This notice also serves the EU GDPR, which has no such basis: for people in the EEA the purpose needs a basis of Art 6(1) GDPR, which the notice must state (Art 13(1)(c) GDPR). Add it to 'basis' (e.g. 'legitimate-interests' with the interest), with 'when' saying which basis applies to whom.":
    "Der Zweck '{0}' stützt sich allein auf anerkannte berechtigte Interessen, eine Rechtsgrundlage nur der UK GDPR (Art. 6 Abs. 1 lit. ea UK GDPR). Diese Erklärung dient auch der DSGVO, die keine solche Rechtsgrundlage kennt: Für Personen im EWR braucht der Zweck eine Rechtsgrundlage nach Art. 6 Abs. 1 DSGVO, die die Erklärung angeben muss (Art. 13 Abs. 1 lit. c DSGVO). Ergänzen Sie sie unter 'basis' (z. B. 'legitimate-interests' mit dem Interesse), wobei 'when' angibt, welche Rechtsgrundlage für wen gilt.",
  "Recognised legitimate interests (Art 6(1)(ea) UK GDPR) apply from {0} (DUAA 2025 s.70); the notice is effective earlier. Use 'legitimate-interests' (Art 6(1)(f)) for that period.":
    "Anerkannte berechtigte Interessen (Art. 6 Abs. 1 lit. ea UK GDPR) gelten ab {0} (DUAA 2025 s.70); die Erklärung gilt schon früher. Verwenden Sie für diesen Zeitraum 'legitimate-interests' (Art. 6 Abs. 1 lit. f).",
  "A public authority cannot rely on recognised legitimate interests for processing in the performance of its tasks (Art 6(1) UK GDPR, words after point (f): points (ea) and (f) do not apply to it). If this processing is part of your tasks, use 'public-task' (Art 6(1)(e)) and name the law.":
    "Eine Behörde kann sich bei einer Verarbeitung in Erfüllung ihrer Aufgaben nicht auf anerkannte berechtigte Interessen stützen (Art. 6 Abs. 1 UK GDPR, Schlusssatz nach lit. f: lit. ea und f gelten nicht für sie). Gehört diese Verarbeitung zu Ihren Aufgaben, verwenden Sie 'public-task' (Art. 6 Abs. 1 lit. e) und nennen Sie das Gesetz.",
  "A significant decision based solely on automated processing may not rest on recognised legitimate interests (Art 22B(4) UK GDPR), and '{0}' is the purpose of such a decision in 'automated_decisions'.":
    "Eine erhebliche, ausschließlich auf einer automatisierten Verarbeitung beruhende Entscheidung darf sich nicht auf anerkannte berechtigte Interessen stützen (Art. 22B Abs. 4 UK GDPR), und '{0}' ist in 'automated_decisions' der Zweck einer solchen Entscheidung.",
  "Purpose '{0}' rests on recognised legitimate interests, which exist only where a condition of Annex 1 UK GDPR is met (Art 6(5) UK GDPR). Name the condition in 'law' (e.g. \"Annex 1 para 5 UK GDPR\").":
    "Der Zweck '{0}' stützt sich auf anerkannte berechtigte Interessen, die nur vorliegen, wenn eine Bedingung aus Annex 1 UK GDPR erfüllt ist (Art. 6 Abs. 5 UK GDPR). Nennen Sie die Bedingung unter 'law' (z. B. „Annex 1 para 5 UK GDPR“).",
  "The restriction of {0} names no law. Only a Union or Member State law can restrict a right, in a measure that says which processing and cases it concerns and with what safeguards (Art 23(1)–(2); so too the derogations of Art 85(2) and 89(2)–(3)), or the GDPR itself in Art 11(2). Readers are told of their rights (Art 13(2)(b)) and of what limits them: name the law and article in 'law'.":
    "Die Beschränkung des Rechts {0} nennt kein Gesetz. Nur eine Rechtsvorschrift der Union oder eines Mitgliedstaats kann ein Recht beschränken, und zwar durch eine Maßnahme, die angibt, welche Verarbeitung und welche Fälle sie betrifft und mit welchen Garantien (Art. 23 Abs. 1 und 2; ebenso die Ausnahmen nach Art. 85 Abs. 2 und Art. 89 Abs. 2 und 3), oder die DSGVO selbst in Art. 11 Abs. 2. Lesende werden über ihre Rechte (Art. 13 Abs. 2 lit. b) und über deren Grenzen informiert: Nennen Sie unter 'law' das Gesetz und den Artikel.",
  'Write it as { right, law } with a placeholder for the restricting law':
    'Als { right, law } schreiben, mit einem Platzhalter für das beschränkende Gesetz',
  "Add 'law' with a placeholder: the law and article that restrict this right":
    "'law' mit einem Platzhalter ergänzen: das Gesetz und der Artikel, die dieses Recht beschränken",
  "Purpose '{0}'": "Der Zweck '{0}'",
  'This purpose': 'Dieser Zweck',
  "The controller gives one way to contact it ('{0}'). That meets Art 13(1)(a), which requires the controller's contact details; the EDPB transparency guidelines (WP260 rev.01, Annex, on Art 13(1)(a)) recommend different forms of communication, e.g. a phone number, an e-mail address and a postal address.{1}":
    "Der Verantwortliche gibt nur eine Kontaktmöglichkeit an ('{0}'). Das erfüllt Art. 13 Abs. 1 lit. a, der die Kontaktdaten des Verantwortlichen verlangt; die Leitlinien des EDSA für Transparenz (WP260 rev.01, Anhang, zu Art. 13 Abs. 1 lit. a) empfehlen verschiedene Kommunikationswege, z. B. eine Telefonnummer, eine E-Mail-Adresse und eine Postanschrift.{1}",
  "{0}: '{1}'": "{0}: '{1}'",
  "{0}: 'mechanism: {1}'": "{0}: 'mechanism: {1}'",
  "This transfer does not say where the data goes. Art 13(1)(f) requires informing people of the intention to transfer data to a third country or international organisation, which readers can only weigh if it is named: add 'countries' (or 'recipients', or 'organisations').":
    "Diese Übermittlung gibt nicht an, wohin die Daten gehen. Art. 13 Abs. 1 lit. f verlangt, betroffene Personen über die Absicht zu informieren, Daten an ein Drittland oder eine internationale Organisation zu übermitteln, was Lesende nur einschätzen können, wenn das Ziel genannt ist: Ergänzen Sie 'countries' (oder 'recipients' oder 'organisations').",
  "This transfer covers {0}: add 'recipients: [{0}]' (the recipients outside {1} that no transfer covers)":
    "Diese Übermittlung betrifft {0}: 'recipients: [{0}]' ergänzen (die Empfänger außerhalb des Gebiets {1}, die keine Übermittlung abdeckt)",
  "The notice promises 'no-sharing-for-advertising', and recipient '{0}' is an advertising recipient that does not say its role. Check: is it advertising for itself (a controller), which would break the promise (Art 5(1)(a)), or only on our behalf (a processor)? Say so in 'type'.":
    "Die Erklärung sagt 'no-sharing-for-advertising' zu, und der Empfänger '{0}' ist ein Empfänger der Kategorie Werbung, der seine Rolle nicht angibt. Prüfen Sie: Betreibt er Werbung für eigene Zwecke (als Verantwortlicher), was die Zusage brechen würde (Art. 5 Abs. 1 lit. a), oder nur in unserem Auftrag (als Auftragsverarbeiter)? Geben Sie dies unter 'type' an.",
  "The recording {0} shows the {1}-party cookie '{2}'{3}{4} on {5}, but 'cookies' does not list it. Unless it is strictly necessary for the service the visitor asked for, ePrivacy Art 5(3) requires clear and comprehensive information about it, including its purposes, before consent; where it holds personal data, GDPR Art 13(1)(c) requires its purpose and legal basis in any case: add it to 'cookies'.":
    "Die Aufzeichnung {0} zeigt das Cookie '{2}'{3}{4} (Herkunft: {1}) auf {5}, aber 'cookies' führt es nicht auf. Sofern es nicht für den von der besuchenden Person gewünschten Dienst unbedingt erforderlich ist, verlangt Art. 5 Abs. 3 ePrivacy-Richtlinie vor der Einwilligung klare und umfassende Informationen darüber, einschließlich seiner Zwecke; wenn es personenbezogene Daten enthält, verlangt Art. 13 Abs. 1 lit. c DSGVO in jedem Fall die Angabe seines Zwecks und seiner Rechtsgrundlage: Ergänzen Sie es unter 'cookies'.",
  "Add the cookie '{0}' to 'cookies', as described by {1}":
    "Cookie '{0}' unter 'cookies' ergänzen, mit der Beschreibung laut {1}",
  "Add the cookie '{0}' to 'cookies'": "Cookie '{0}' unter 'cookies' ergänzen",
  "The recording {0} shows requests to {1}, run by {2}{3} per {4}, but no recipient names it. A request to another host discloses at least the visitor's IP address; Art 13(1)(e) requires the recipients or categories of recipients: add it under 'recipients' and to the purposes that disclose data to it.":
    "Die Aufzeichnung {0} zeigt Anfragen an {1}, die laut {4} von {2}{3} betrieben werden, aber kein Empfänger nennt diese Organisation. Eine Anfrage an einen anderen Host legt zumindest die IP-Adresse der besuchenden Person offen; Art. 13 Abs. 1 lit. e verlangt die Empfänger oder Kategorien von Empfängern: Ergänzen Sie sie unter 'recipients' und bei den Zwecken, die ihr Daten offenlegen.",
  "Add {0} as recipient '{1}', with placeholders for its category and where it processes the data (its name and website from {2})":
    "{0} als Empfänger '{1}' ergänzen, mit Platzhaltern für die Kategorie und den Ort der Verarbeitung (Name und Website laut {2})",
  "an '{0}' recipient": "ein Empfänger der Kategorie '{0}'",
  "a '{0}' recipient": "ein Empfänger der Kategorie '{0}'",
  'it processes the data in {0} and is {1} (where and how {2} places and classes it)':
    'Er verarbeitet die Daten im Land {0} und ist {1} (Ort und Einordnung laut {2})',
  'it processes the data in {0} (where {1} places it)': 'Er verarbeitet die Daten im Land {0} (Ort laut {1})',
  'it is {0} (as {1} classes it)': 'Er ist {0} (Einordnung laut {1})',
  "Add {0} as recipient '{1}': {2}": "{0} als Empfänger '{1}' ergänzen: {2}",
  "'<{0}>' is a placeholder: replace it with what it asks for. Until then the notice shows a gap here instead of the information Art 12(1) requires to be given in a concise, transparent and intelligible form.":
    "'<{0}>' ist ein Platzhalter: Ersetzen Sie ihn durch die verlangte Angabe. Bis dahin zeigt die Erklärung hier eine Lücke statt der Informationen, die nach Art. 12 Abs. 1 in präziser, transparenter und verständlicher Form zu übermitteln sind.",
  "'{0}' is not defined: add it under '{1}', or use one of the {2} ids defined there ({3}).":
    "'{0}' ist nicht definiert: Ergänzen Sie es unter '{1}', oder verwenden Sie eine der dort definierten IDs vom Typ {2} ({3}).",
  "'{0}' is not defined: add it under '{1}', or use one of the {2} ids defined there.":
    "'{0}' ist nicht definiert: Ergänzen Sie es unter '{1}', oder verwenden Sie eine der dort definierten IDs vom Typ {2}.",
  "Define {0} '{1}' under '{2}'": "{0} '{1}' unter '{2}' definieren",
  "This cookie has no name. Unless it is strictly necessary, ePrivacy Art 5(3) requires clear and comprehensive information about what is stored on or read from the reader's device before consent; where it holds personal data, Art 13(1)(c) GDPR requires its purpose in any case. Without the name readers cannot find the cookie in their browser, and a recording of the site cannot be reconciled with it. Add 'name' where you know it.":
    "Dieses Cookie hat keinen Namen. Sofern es nicht unbedingt erforderlich ist, verlangt Art. 5 Abs. 3 ePrivacy-Richtlinie vor der Einwilligung klare und umfassende Informationen darüber, was auf dem Endgerät der Nutzerinnen und Nutzer gespeichert oder von dort ausgelesen wird; wenn es personenbezogene Daten enthält, verlangt Art. 13 Abs. 1 lit. c DSGVO in jedem Fall die Angabe seines Zwecks. Ohne den Namen können Lesende das Cookie in ihrem Browser nicht finden, und eine Aufzeichnung der Website kann nicht damit abgeglichen werden. Ergänzen Sie 'name', wenn Sie ihn kennen.",
  "This cookie has no name. Unless it is strictly necessary, ePrivacy Art 5(3) requires clear and comprehensive information about what is stored on or read from the reader's device before consent; where it holds personal data, Art 13(1)(c) GDPR requires its purpose in any case. Without the name readers cannot find the cookie in their browser, and a recording of the site cannot be reconciled with it. Add 'name' where you know it, or at least 'description'.":
    "Dieses Cookie hat keinen Namen. Sofern es nicht unbedingt erforderlich ist, verlangt Art. 5 Abs. 3 ePrivacy-Richtlinie vor der Einwilligung klare und umfassende Informationen darüber, was auf dem Endgerät der Nutzerinnen und Nutzer gespeichert oder von dort ausgelesen wird; wenn es personenbezogene Daten enthält, verlangt Art. 13 Abs. 1 lit. c DSGVO in jedem Fall die Angabe seines Zwecks. Ohne den Namen können Lesende das Cookie in ihrem Browser nicht finden, und eine Aufzeichnung der Website kann nicht damit abgeglichen werden. Ergänzen Sie 'name', wenn Sie ihn kennen, oder zumindest 'description'.",
  "This cookie has no name and no description. Unless it is strictly necessary, ePrivacy Art 5(3) requires clear and comprehensive information about what is stored on or read from the reader's device before consent; where it holds personal data, Art 13(1)(c) GDPR requires its purpose in any case. Without the name readers cannot find the cookie in their browser, and a recording of the site cannot be reconciled with it. Add 'name' where you know it.":
    "Dieses Cookie hat weder einen Namen noch eine Beschreibung. Sofern es nicht unbedingt erforderlich ist, verlangt Art. 5 Abs. 3 ePrivacy-Richtlinie vor der Einwilligung klare und umfassende Informationen darüber, was auf dem Endgerät der Nutzerinnen und Nutzer gespeichert oder von dort ausgelesen wird; wenn es personenbezogene Daten enthält, verlangt Art. 13 Abs. 1 lit. c DSGVO in jedem Fall die Angabe seines Zwecks. Ohne den Namen können Lesende das Cookie in ihrem Browser nicht finden, und eine Aufzeichnung der Website kann nicht damit abgeglichen werden. Ergänzen Sie 'name', wenn Sie ihn kennen.",
  "This cookie has no name and no description. Unless it is strictly necessary, ePrivacy Art 5(3) requires clear and comprehensive information about what is stored on or read from the reader's device before consent; where it holds personal data, Art 13(1)(c) GDPR requires its purpose in any case. Without the name readers cannot find the cookie in their browser, and a recording of the site cannot be reconciled with it. Add 'name' where you know it, or at least 'description'.":
    "Dieses Cookie hat weder einen Namen noch eine Beschreibung. Sofern es nicht unbedingt erforderlich ist, verlangt Art. 5 Abs. 3 ePrivacy-Richtlinie vor der Einwilligung klare und umfassende Informationen darüber, was auf dem Endgerät der Nutzerinnen und Nutzer gespeichert oder von dort ausgelesen wird; wenn es personenbezogene Daten enthält, verlangt Art. 13 Abs. 1 lit. c DSGVO in jedem Fall die Angabe seines Zwecks. Ohne den Namen können Lesende das Cookie in ihrem Browser nicht finden, und eine Aufzeichnung der Website kann nicht damit abgeglichen werden. Ergänzen Sie 'name', wenn Sie ihn kennen, oder zumindest 'description'.",
  "The cookie '{0}' is listed but was not seen in the recording {1} ({2} requests). If the site no longer uses it, remove it so the notice stays accurate (Art 5(1)(a), 12(1)); a recording that did not visit every page or make every consent choice may simply have missed it.":
    "Das Cookie '{0}' ist aufgeführt, kam aber in der Aufzeichnung {1} ({2} Anfragen) nicht vor. Wenn die Website es nicht mehr verwendet, entfernen Sie es, damit die Erklärung zutreffend bleibt (Art. 5 Abs. 1 lit. a, Art. 12 Abs. 1); eine Aufzeichnung, die nicht jede Seite besucht oder nicht jede Einwilligungsoption gewählt hat, kann es auch einfach übersehen haben.",
  "Remove the cookie '{0}' from 'cookies'": "Cookie '{0}' aus 'cookies' entfernen",
  "Recipient '{0}' gives no country, and {1} places {2} in {3}, outside {4}. If the data go there, readers must be told of the transfer and what it rests on (Art 13(1)(f), 44): say where the recipient processes the data ('country'), and cover it under 'transfers' if that is outside {4}. The catalogue gives the legal entity's address, not where the data are processed.":
    "Der Empfänger '{0}' gibt kein Land an, und laut {1} befindet sich {2} außerhalb des Gebiets {4} ({3}). Wenn die Daten dorthin gehen, müssen Lesende über die Übermittlung und ihre Grundlage informiert werden (Art. 13 Abs. 1 lit. f, Art. 44): Geben Sie an, wo der Empfänger die Daten verarbeitet ('country'), und decken Sie ihn unter 'transfers' ab, wenn dies außerhalb des Gebiets {4} ist. Der Katalog gibt die Anschrift der juristischen Person an, nicht den Ort der Datenverarbeitung.",
  'the organisation catalogue': 'Organisationskatalog',
  "The recipient processes the data in {0}: 'country: {1}' (where {2} places it)":
    "Der Empfänger verarbeitet die Daten im Land {0}: 'country: {1}' (Ort laut {2})",
  "Add 'country' with a placeholder: where the recipient processes the data":
    "'country' mit einem Platzhalter ergänzen: wo der Empfänger die Daten verarbeitet",
  'The {0} ({1}) cannot be restricted: Art 23(1) lets a law restrict only the rights and obligations of Art 12–22 and 34, and the derogations of Art 85(2) and 89(2)–(3) do not reach Chapter VIII. The notice states it in full (Art 13(2)(d)): remove this restriction.':
    'Das {0} ({1}) kann nicht beschränkt werden: Nach Art. 23 Abs. 1 kann ein Gesetz nur die Rechte und Pflichten nach Art. 12–22 und 34 beschränken, und die Ausnahmen nach Art. 85 Abs. 2 und Art. 89 Abs. 2 und 3 erstrecken sich nicht auf Kapitel VIII. Die Erklärung nennt es vollständig (Art. 13 Abs. 2 lit. d): Entfernen Sie diese Beschränkung.',
  "The {0} ({1}) lies outside Art 23(1), which reaches only Art 12–22 and 34: only a derogation that Union or Member State law makes under Art 85(2) (processing for journalistic, academic, artistic or literary purposes) can affect it. Check that 'law' names such a derogation and cite Art 85(2); otherwise remove this restriction.":
    "Das {0} ({1}) liegt außerhalb von Art. 23 Abs. 1, der nur Art. 12–22 und 34 erfasst: Nur eine Ausnahme, die das Unionsrecht oder das Recht eines Mitgliedstaats nach Art. 85 Abs. 2 vorsieht (Verarbeitung zu journalistischen, wissenschaftlichen, künstlerischen oder literarischen Zwecken), kann es berühren. Prüfen Sie, ob 'law' eine solche Ausnahme nennt, und zitieren Sie Art. 85 Abs. 2; andernfalls entfernen Sie diese Beschränkung.",
  "Data category '{0}' is not used by any purpose. Data minimisation (Art 5(1)(c)) allows only data that a purpose needs, and Art 13(1)(c) asks for the purposes each piece of data is processed for: link it to a purpose or remove it.":
    "Die Datenkategorie '{0}' wird von keinem Zweck verwendet. Die Datenminimierung (Art. 5 Abs. 1 lit. c) lässt nur Daten zu, die ein Zweck benötigt, und Art. 13 Abs. 1 lit. c verlangt die Zwecke, für die die Daten jeweils verarbeitet werden: Ordnen Sie sie einem Zweck zu oder entfernen Sie sie.",
  "Recipient '{0}' does not receive data for any purpose. Art 13(1)(e) names the recipients of the data processed for the purposes, and every disclosure must serve a specified purpose (Art 5(1)(b)) on a legal basis (Art 6(1)): list it under a purpose's 'recipients' or remove it.":
    "Der Empfänger '{0}' erhält für keinen Zweck Daten. Art. 13 Abs. 1 lit. e betrifft die Empfänger der für die Zwecke verarbeiteten Daten, und jede Offenlegung muss einem festgelegten Zweck dienen (Art. 5 Abs. 1 lit. b) und auf einer Rechtsgrundlage beruhen (Art. 6 Abs. 1): Führen Sie ihn unter 'recipients' eines Zwecks auf oder entfernen Sie ihn.",
  "Audience '{0}' is not concerned by any purpose. The notice tells each audience what is done with its data (Art 12(1), 13(1)(c)): list it under a purpose's 'audiences' or remove it.":
    "Die Zielgruppe '{0}' ist von keinem Zweck betroffen. Die Erklärung teilt jeder Zielgruppe mit, was mit ihren Daten geschieht (Art. 12 Abs. 1, Art. 13 Abs. 1 lit. c): Führen Sie sie unter 'audiences' eines Zwecks auf oder entfernen Sie sie.",
  "Remove {0} '{1}'": "{0} '{1}' entfernen",
  'The retention of {0} is vague: "{1}" gives no period and no concrete event. Art 13(2)(a) requires the period, or the criteria used to determine it.':
    'Die Speicherdauer ist vage ({0}): „{1}“ nennt weder einen Zeitraum noch ein konkretes Ereignis. Art. 13 Abs. 2 lit. a verlangt die Dauer oder die Kriterien für ihre Festlegung.',
  'A declared cookie whose `type` or `duration` disagrees with the Open Cookie Database (information, but a warning for an analytics or marketing cookie declared `essential`).':
    'Ein deklariertes Cookie, dessen `type` oder `duration` nicht mit der Open Cookie Database übereinstimmt (Information, aber Warnung bei einem als `essential` deklarierten Analyse- oder Marketing-Cookie).',
  "The authority named for a law is another law's (the ICO for the FADP), or does not supervise a controller like this one (Bavaria: public or private bodies; the BfDI; church and broadcasting authorities).":
    'Die für ein Gesetz genannte Aufsichtsbehörde gehört zu einem anderen Gesetz (das ICO beim DSG) oder ist für einen Verantwortlichen wie diesen nicht zuständig (Bayern: öffentliche oder nichtöffentliche Stellen; BfDI; kirchliche Aufsichtsbehörden und Rundfunkaufsicht).',
  'matches {0}': 'entspricht {0}',
  "for the country of the controller's address": 'für das Land der Anschrift des Verantwortlichen',
  'Name {0} ({1}), or remove the name: the notice then names it itself':
    'Nennen Sie {0} ({1}), oder entfernen Sie den Namen: Die Erklärung nennt die Behörde dann selbst',
  'Name the supervisory authority competent for you': 'Nennen Sie die für Sie zuständige Aufsichtsbehörde',
  'people complain to a supervisory authority of an EEA State (Art 77(1) GDPR)':
    'beschweren sich Personen bei einer Aufsichtsbehörde eines Staates des EWR (Art. 77 Abs. 1 DSGVO)',
  'people complain to the Information Commissioner (DPA 2018 s.165; before 19 June 2026 Art 77 UK GDPR)':
    'beschweren sich Personen beim Information Commissioner (DPA 2018 s.165; vor dem 19. Juni 2026 Art. 77 UK GDPR)',
  'people report to the Federal Data Protection and Information Commissioner (Art 49(1) FADP)':
    'erstatten Personen Anzeige beim Eidgenössischen Datenschutz- und Öffentlichkeitsbeauftragten (Art. 49 Abs. 1 DSG)',
  "'{0}' is the supervisory authority under {1}, not under {2}, for which {3} names it: under {2} {4}. {5}.":
    "'{0}' ist die Aufsichtsbehörde nach {1}, nicht nach {2}, doch {3} nennt sie für dieses Gesetz: Nach {2} {4}. {5}.",
  "the audience '{0}'": "Zielgruppe '{0}'",
  "The cookie '{0}'": "Das Cookie '{0}'",
  'This cookie': 'Dieses Cookie',
  '(and {0} other analytics or marketing cookies of the same purpose)':
    '(und {0} weitere Analyse- oder Marketing-Cookies mit demselben Zweck)',
  '(and 1 other analytics or marketing cookie of the same purpose)':
    '(und 1 weiteres Analyse- oder Marketing-Cookie mit demselben Zweck)',
  'That law applies from {0}; the notice is dated earlier, when the Act it replaced applied, which this tool does not model.':
    'Dieses Gesetz gilt ab {0}; die Erklärung ist früher datiert, als noch das Gesetz galt, das es ersetzt hat und das dieses Werkzeug nicht abbildet.',
  "A transfer on consent needs the person's explicit consent after being informed of its possible risks (Art 49(1)(a); EDPB Guidelines 2/2018, section 2.1).":
    'Eine Übermittlung auf der Grundlage einer Einwilligung erfordert die ausdrückliche Einwilligung der betroffenen Person, nachdem sie über die möglichen Risiken der Übermittlung unterrichtet wurde (Art. 49 Abs. 1 lit. a; Leitlinien 2/2018 des EDSA, Abschnitt 2.1).',
  'Ask for consent by an active choice, or rely on another legal basis.':
    'Holen Sie die Einwilligung durch eine aktive Entscheidung ein, oder stützen Sie sich auf eine andere Rechtsgrundlage.',
  'Did you mean {0}?': 'Meinten Sie {0}?',
  'the GDPR': 'der DSGVO',
  "This notice does not serve {0} (its laws: {1}): a mechanism given for '{2}' does not apply: a transfer rests on the ground each law of the notice it leaves provides ({3}). Add the law under 'laws', or remove this entry.":
    "Diese Erklärung dient nicht {0} (ihre Gesetze: {1}): Ein für '{2}' angegebener Mechanismus gilt nicht: Eine Übermittlung stützt sich auf die Grundlage, die jedes Gesetz der Erklärung vorsieht, dessen Gebiet sie verlässt ({3}). Ergänzen Sie das Gesetz unter 'laws', oder entfernen Sie diesen Eintrag.",
  "'{0}' ({1}) is a mechanism of {2} only, and this transfer leaves the territory of {3}: under {4} a transfer rests on an adequacy decision, appropriate safeguards or a derogation ({5}). Give the mechanism per law: 'mechanism: { {6}: …, {7}: {8} }'.":
    "'{0}' ({1}) ist ein Mechanismus nur nach {2}, und diese Übermittlung verlässt das Gebiet, das {3} unterliegt: Nach {4} stützt sich eine Übermittlung auf einen Angemessenheitsbeschluss, geeignete Garantien oder eine Ausnahme ({5}). Geben Sie den Mechanismus je Gesetz an: 'mechanism: { {6}: …, {7}: {8} }'.",
  'From 19 June 2026 people may complain to the controller if they consider that there is an infringement of the UK GDPR concerning their data (DPA 2018 s.164A(1)), and the notice tells them of that right (Art 13(2)(ca) UK GDPR). The controller must facilitate such complaints, for example with a complaint form that can be completed electronically and by other means (s.164A(2)). The notice always states the right; this rule asks it to say how to use it.':
    'Ab dem 19. Juni 2026 können sich Personen beim Verantwortlichen beschweren, wenn sie der Ansicht sind, dass in Bezug auf ihre Daten ein Verstoß gegen die UK GDPR vorliegt (DPA 2018 s.164A(1)), und die Erklärung informiert sie über dieses Recht (Art. 13 Abs. 2 lit. ca UK GDPR). Der Verantwortliche muss solche Beschwerden erleichtern, zum Beispiel durch ein Beschwerdeformular, das elektronisch und auf anderem Wege ausgefüllt werden kann (s.164A(2)). Die Erklärung nennt das Recht immer; diese Regel verlangt, dass sie angibt, wie es ausgeübt wird.',
  'Under the FADP the notice names every State a disclosure abroad goes to, even one with adequate protection (Art 19(4) FADP); wilfully incomplete information is punishable on complaint (Art 60(1)(a) FADP).':
    'Nach dem DSG nennt die Erklärung jeden Staat, in den eine Bekanntgabe ins Ausland erfolgt, auch einen mit angemessenem Schutz (Art. 19 Abs. 4 DSG); vorsätzlich unvollständige Information ist auf Antrag strafbar (Art. 60 Abs. 1 Bst. a DSG).',
  "I rely on {0}: 'basis: {1}'": "Ich stütze mich auf „{0}“: 'basis: {1}'",
  'The age of digital consent in {0} is {1} (as of {2})':
    'Das digitale Einwilligungsalter im Gebiet {0} beträgt {1} Jahre (Stand: {2})',
  'The age of digital consent in {0} is {1} (as of {2}), the state where the controller is established; where the service is offered to children in other Member States, their ages may apply, as their laws decide (EDPB Guidelines 05/2020 on consent, para 131)':
    'Das digitale Einwilligungsalter im Staat, in dem der Verantwortliche niedergelassen ist ({0}), beträgt {1} Jahre (Stand: {2}); wird der Dienst Kindern in anderen Mitgliedstaaten angeboten, können deren Altersgrenzen gelten, je nachdem, was ihr Recht bestimmt (Leitlinien 05/2020 des EDSA zur Einwilligung, Rn. 131)',
  "'controller.country' {0} is outside {1}, so the age is that of the Member State whose residents the service targets: {2} unless it set a lower one, never below 13":
    "'controller.country' {0} liegt außerhalb des Gebiets {1}, daher gilt das Alter des Mitgliedstaats, an dessen Einwohner sich der Dienst richtet: {2} Jahre, sofern dieser kein niedrigeres Alter festgelegt hat, jedoch nie unter 13 Jahren",
  "The age depends on the Member State: {0} unless it set a lower one, never below 13; add 'controller.country' to see the age of the state where the controller is established":
    "Das Alter hängt vom Mitgliedstaat ab: {0} Jahre, sofern dieser kein niedrigeres Alter festgelegt hat, jedoch nie unter 13 Jahren; ergänzen Sie 'controller.country', um das Alter des Staates zu sehen, in dem der Verantwortliche niedergelassen ist",
  'Providing the data is a statutory requirement': 'Die Bereitstellung der Daten ist gesetzlich vorgeschrieben',
  'Providing the data is a contractual requirement': 'Die Bereitstellung der Daten ist vertraglich vorgeschrieben',
  'Providing the data is a requirement necessary to enter into a contract':
    'Die Bereitstellung der Daten ist für einen Vertragsabschluss erforderlich',
  'Providing the data is voluntary': 'Die Bereitstellung der Daten ist freiwillig',
  'part of our own organisation (the same legal person)':
    'Teil unserer eigenen Organisation (dieselbe juristische Person)',
  'a processor acting on our instructions (Art 28)':
    'ein Auftragsverarbeiter, der auf unsere Weisung handelt (Art. 28)',
  'a controller deciding for itself (Art 4(7))': 'ein Verantwortlicher, der selbst entscheidet (Art. 4 Nr. 7)',
  'a joint controller with us (Art 26)': 'ein gemeinsam mit uns Verantwortlicher (Art. 26)',
  'a public authority': 'eine Behörde',
  'the public (the data is published)': 'die Öffentlichkeit (die Daten werden veröffentlicht)',
  "under 'laws.{0}'": "unter 'laws.{0}'",
  "I rely on {0}: 'special_basis: {1}'": "Ich stütze mich auf „{0}“: 'special_basis: {1}'",
  'the {0}': '„{0}“',
  'the EU GDPR': 'der DSGVO',
  'the UK GDPR': 'der UK GDPR',
  'the Swiss FADP': 'dem DSG',
  'A web address counts as a contact detail only as a contact form: make sure this page lets readers contact you.':
    'Eine Webadresse zählt nur als Kontaktangabe, wenn sie zu einem Kontaktformular führt: Stellen Sie sicher, dass Lesende über diese Seite mit Ihnen Kontakt aufnehmen können.',
  'as {0}': 'als {0}',
  'Replace with a period from an event ({ period, from })':
    'Durch einen Zeitraum ab einem Ereignis ersetzen ({ period, from })',
  'Replace with an end event ({ until })': 'Durch ein Endereignis ersetzen ({ until })',
  'Replace with the criteria that determine the period ({ criteria })':
    'Durch die Kriterien für die Festlegung der Dauer ersetzen ({ criteria })',
  "purpose '{0}'": "Zweck '{0}'",
  'the notice': "allgemeine Speicherdauer der Erklärung, 'retention' auf oberster Ebene",
  'the UK GDPR and the Data Protection Act 2018': 'der UK GDPR und dem Data Protection Act 2018',
  'the Swiss Federal Act on Data Protection of 25 September 2020 (FADP)':
    'dem Schweizer Bundesgesetz über den Datenschutz vom 25. September 2020 (DSG)',
  "No 'laws' section: the notice is read under {0}, the law of the controller's country, {1}.{2} If the EU GDPR applies too (e.g. under its Art 3(2), for people in the EEA), add it. {3}":
    "Kein Abschnitt 'laws': Die Erklärung wird nach {0} gelesen, dem Recht des Landes des Verantwortlichen, {1}.{2} Gilt die DSGVO ebenfalls (z. B. nach ihrem Art. 3 Abs. 2, für Personen im EWR), ergänzen Sie sie. {3}",
  "No 'laws' section: the notice is dated before 2021, when the EU GDPR still applied in the United Kingdom, and is read under it. {0}":
    "Kein Abschnitt 'laws': Die Erklärung ist vor 2021 datiert, als die DSGVO im Vereinigten Königreich noch galt, und wird nach ihr gelesen. {0}",
  "No 'laws' section: assumed: the notice addresses people in the EEA (Art 3(2) GDPR) and is read under the EU GDPR. The controller's country, {0}, may have a law of its own that this tool does not model (Gibraltar, Jersey, Guernsey, the Isle of Man and others have their own). {1}":
    "Kein Abschnitt 'laws': Angenommen wird, dass sich die Erklärung an Personen im EWR richtet (Art. 3 Abs. 2 DSGVO) und nach der DSGVO gelesen wird. Das Land des Verantwortlichen, {0}, kann ein eigenes Gesetz haben, das dieses Werkzeug nicht abbildet (Gibraltar, Jersey, Guernsey, die Isle of Man und andere haben ein eigenes). {1}",
  'The FADP has Articles 1–{0} and the inserted Articles {1}; there is no Article {2}{3}.':
    'Das DSG umfasst die Art. 1–{0} und die eingefügten Art. {1}; einen Art. {2}{3} gibt es nicht.',
  "The revised FADP applies from {0}, after the notice's date; the Act of 1992 it replaced numbers its articles differently.":
    'Das revidierte DSG gilt erst ab {0}, also nach dem Datum der Erklärung; das Gesetz von 1992, das es abgelöst hat, nummeriert seine Artikel anders.',
  '{0} is one unnumbered paragraph: cite its letter without a paragraph, e.g. Art {1}{2}(a).':
    '{0} besteht aus einem einzigen, nicht nummerierten Absatz: Zitieren Sie seinen Buchstaben ohne Absatz, z. B. Art. {1}{2} Bst. a DSG.',
  '{0} has paragraphs {1}; there is no paragraph {2}.': '{0} hat die Absätze {1}; einen Absatz {2} gibt es nicht.',
  "Art {0}({1}) FADP applies from {2}, after the notice's date.":
    'Art. {0} Abs. {1} DSG gilt erst ab {2}, also nach dem Datum der Erklärung.',
  'Art {0}({1}) FADP has no letters.': 'Art. {0} Abs. {1} DSG ist nicht in Buchstaben gegliedert.',
  'Art {0}({1}) FADP has letters {2}; there is no letter {3}.':
    'Art. {0} Abs. {1} DSG hat die Buchstaben {2}; einen Buchstaben {3} gibt es nicht.',
  '{0} has no letters.': '{0} ist nicht in Buchstaben gegliedert.',
  '{0} has letters {1}; there is no letter {2}.': '{0} hat die Buchstaben {1}; einen Buchstaben {2} gibt es nicht.',
  '{0} has no letter {1} outside its numbered paragraphs: name the paragraph.':
    '{0} hat außerhalb seiner nummerierten Absätze keinen Buchstaben {1}: Nennen Sie den Absatz.',
  'In Switzerland: no disclosure abroad under the FADP.': 'In der Schweiz: keine Bekanntgabe ins Ausland nach dem DSG.',
  'Adequate under the FADP: {0}, {1} ({2}) (Art 16(1) FADP; list as of {3}). Use mechanism `adequacy`; the notice still names the State (Art 19(4) FADP).':
    'Angemessener Schutz nach dem DSG: {0}, {1} ({2}) (Art. 16 Abs. 1 DSG; Stand der Liste: {3}). Verwenden Sie den Mechanismus `adequacy`; die Erklärung nennt den Staat trotzdem (Art. 19 Abs. 4 DSG).',
  'Adequate under the FADP: {0}, {1} (Art 16(1) FADP; list as of {2}). Use mechanism `adequacy`; the notice still names the State (Art 19(4) FADP).':
    'Angemessener Schutz nach dem DSG: {0}, {1} (Art. 16 Abs. 1 DSG; Stand der Liste: {2}). Verwenden Sie den Mechanismus `adequacy`; die Erklärung nennt den Staat trotzdem (Art. 19 Abs. 4 DSG).',
  'Under the FADP only US recipients certified under the Swiss–US Data Privacy Framework are adequate (`swiss-us-dpf`, {0}); otherwise use e.g. `scc` (Art 16(2)(d) FADP). The notice names the State (Art 19(4) FADP).':
    'Nach dem DSG ist der Schutz nur bei Empfängern in den Vereinigten Staaten angemessen, die nach dem Swiss-US Data Privacy Framework zertifiziert sind (`swiss-us-dpf`, {0}); verwenden Sie andernfalls z. B. `scc` (Art. 16 Abs. 2 Bst. d DSG). Die Erklärung nennt den Staat (Art. 19 Abs. 4 DSG).',
  '{0} is not in Annex 1 DPO: a disclosure there needs a safeguard of Art 16(2) FADP (e.g. `scc`) or an exception of Art 17 FADP; the notice names the State and the safeguard or exception (Art 19(4) FADP).':
    'Für {0} gibt es keinen Eintrag in Anhang 1 DSV: Eine Bekanntgabe dorthin erfordert eine Garantie nach Art. 16 Abs. 2 DSG (z. B. `scc`) oder eine Ausnahme nach Art. 17 DSG; die Erklärung nennt den Staat und die Garantie oder Ausnahme (Art. 19 Abs. 4 DSG).',
  'This range runs backwards: {0} comes after {1}.': 'Dieser Bereich ist verkehrt herum: {0} steht nach {1}.',
  'Under the FADP a US recipient is adequate only if certified under the Swiss–US Data Privacy Framework (Annex 1 no. 44 DPO, in force 15 September 2024); certification to the EU–US framework alone is not enough: use `swiss-us-dpf`.':
    'Nach dem DSG ist der Schutz bei einem Empfänger in den Vereinigten Staaten nur angemessen, wenn er nach dem Swiss-US Data Privacy Framework zertifiziert ist (Anhang 1 Ziff. 44 DSV, in Kraft seit dem 15. September 2024); eine Zertifizierung nach dem EU-US-Datenschutzrahmen allein genügt nicht: Verwenden Sie `swiss-us-dpf`.',
  'The Swiss–US Data Privacy Framework covers recipients in the United States only.':
    'Das Swiss-US Data Privacy Framework erfasst nur Empfänger in den Vereinigten Staaten.',
  'The IDTA and the UK Addendum are UK mechanisms. From Switzerland, the EU standard contractual clauses recognised by the FDPIC (with the Swiss adaptations, Art 16(2)(d) FADP) are `scc`.':
    'Das IDTA und das UK Addendum sind Mechanismen des Vereinigten Königreichs. Für Bekanntgaben aus der Schweiz sind die vom EDÖB anerkannten EU-Standardvertragsklauseln (mit den schweizerischen Anpassungen, Art. 16 Abs. 2 Bst. d DSG) `scc`.',
  'The Swiss–US Privacy Shield was not annulled by a court, but the FDPIC found on 8 September 2020 that it does not provide adequate protection, and Annex 1 DPO lists the United States only for organisations certified under the Swiss–US Data Privacy Framework (in force 15 September 2024): use `swiss-us-dpf`, or a safeguard of Art 16(2) FADP such as `scc`.':
    'Der Swiss-US Privacy Shield wurde von keinem Gericht aufgehoben, aber der EDÖB hat am 8. September 2020 festgestellt, dass er keinen angemessenen Schutz bietet, und Anhang 1 DSV führt die Vereinigten Staaten nur für Organisationen auf, die nach dem Swiss-US Data Privacy Framework zertifiziert sind (in Kraft seit dem 15. September 2024): Verwenden Sie `swiss-us-dpf` oder eine Garantie nach Art. 16 Abs. 2 DSG wie `scc`.',
  'The US–Swiss Safe Harbor framework is no longer a basis for disclosures to the United States: Annex 1 DPO lists the United States only for organisations certified under the Swiss–US Data Privacy Framework: use `swiss-us-dpf`, or a safeguard of Art 16(2) FADP such as `scc`.':
    'Das US-Swiss Safe Harbor Framework ist keine Grundlage mehr für Bekanntgaben in die Vereinigten Staaten: Anhang 1 DSV führt die Vereinigten Staaten nur für Organisationen auf, die nach dem Swiss-US Data Privacy Framework zertifiziert sind; verwenden Sie `swiss-us-dpf` oder eine Garantie nach Art. 16 Abs. 2 DSG wie `scc`.',
  'The FADP has no exception for the compelling legitimate interests of the controller (Art 17 FADP lists the exceptions): rely on a safeguard of Art 16(2) or one of the exceptions of Art 17(1).':
    'Das DSG kennt keine Ausnahme für zwingende berechtigte Interessen des Verantwortlichen (Art. 17 DSG zählt die Ausnahmen auf): Stützen Sie sich auf eine Garantie nach Art. 16 Abs. 2 DSG oder auf eine der Ausnahmen nach Art. 17 Abs. 1 DSG.',
  'The GDPR has {0} recitals; there is no recital {1}.':
    'Die DSGVO hat {0} Erwägungsgründe; einen Erwägungsgrund {1} gibt es nicht.',
  'The GDPR has {0} articles; there is no Article {1}.': 'Die DSGVO hat {0} Artikel; einen Art. {1} gibt es nicht.',
  'Art {0} ({1}) is not divided into numbered paragraphs.':
    'Art. {0} ({1}) ist nicht in nummerierte Absätze gegliedert.',
  'Art {0} ({1}) has paragraphs 1–{2}; there is no paragraph {3}.':
    'Art. {0} ({1}) hat die Absätze 1–{2}; einen Absatz {3} gibt es nicht.',
  'Art {0}({1}) has no lettered points.': 'Art. {0} Abs. {1} ist nicht in Buchstaben gegliedert.',
  'Art {0}({1}) has points (a)–({2}); there is no point ({3}).':
    'Art. {0} Abs. {1} hat die Buchstaben a–{2}; einen Buchstaben {3} gibt es nicht.',
  'Art {0} ({1}) has no point ({2}) outside its numbered paragraphs: name the paragraph, e.g. Art {0}(1)({2}).':
    'Art. {0} ({1}) hat außerhalb seiner nummerierten Absätze keinen Buchstaben {2}: Nennen Sie den Absatz, z. B. Art. {0} Abs. 1 lit. {2}.',
  'In the EEA: no transfer safeguard is needed.': 'Im EWR: Für eine Übermittlung ist keine Garantie erforderlich.',
  'Adequacy decision (Art 45): {0} (list as of {1}). Use mechanism `adequacy`.':
    'Angemessenheitsbeschluss (Art. 45): {0} (Stand der Liste: {1}). Verwenden Sie den Mechanismus `adequacy`.',
  "Third country. Only organisations certified under the EU–US Data Privacy Framework, for the data their certification covers, are covered by an adequacy decision (`dpf`, {0}); check the Framework's list. Otherwise a safeguard of Art 46–47 (e.g. `scc`) or a derogation of Art 49 is needed.":
    'Drittland. Nur Organisationen, die nach dem EU-US-Datenschutzrahmen (Data Privacy Framework) zertifiziert sind, fallen – für die Daten, die ihre Zertifizierung abdeckt – unter einen Angemessenheitsbeschluss (`dpf`, {0}); prüfen Sie die Liste des Datenschutzrahmens. Andernfalls ist eine Garantie nach Art. 46–47 (z. B. `scc`) oder eine Ausnahme nach Art. 49 erforderlich.',
  'Third country without an adequacy decision: a transfer needs a safeguard of Art 46–47 (e.g. `scc`) or a derogation of Art 49.':
    'Drittland ohne Angemessenheitsbeschluss: Eine Übermittlung erfordert eine Garantie nach Art. 46–47 (z. B. `scc`) oder eine Ausnahme nach Art. 49.',
  'The Data Protection Act 2018 has Schedules 1–{0}; there is no Schedule {1}.':
    'Der Data Protection Act 2018 hat die Schedules 1–{0}; einen Schedule {1} gibt es nicht.',
  '{0} was repealed on {1} (omitted by {2}).': '{0} wurde am {1} aufgehoben (gestrichen durch {2}).',
  'The UK GDPR has Annexes 1 and 2; there is no Annex {0}{1}.':
    'Die UK GDPR hat die Annexes 1 und 2; einen Annex {0}{1} gibt es nicht.',
  "Annex {0} UK GDPR applies from {1} (inserted by {2}), after the notice's date.":
    'Annex {0} UK GDPR gilt erst ab {1} (eingefügt durch {2}), also nach dem Datum der Erklärung.',
  "{0} is not an article of the UK GDPR in this tool's list of inserted articles (as of {1}).":
    '{0} steht nicht in der Liste der eingefügten Artikel der UK GDPR, die dieses Werkzeug führt (Stand: {1}).',
  "{0} applies from {1} (inserted by {2}), after the notice's date.":
    '{0} gilt erst ab {1} (eingefügt durch {2}), also nach dem Datum der Erklärung.',
  'The UK GDPR has Articles 1–99 (some omitted, others inserted with letters); there is no Article {0}.':
    'Die UK GDPR hat die Art. 1–99 (einige gestrichen, andere mit Buchstaben eingefügt); einen Art. {0} gibt es nicht.',
  '{0} is not divided into numbered paragraphs.': '{0} ist nicht in nummerierte Absätze gegliedert.',
  'Art {0}({1}) UK GDPR was repealed on {2} (omitted by {3}).':
    'Art. {0} Abs. {1} UK GDPR wurde am {2} aufgehoben (gestrichen durch {3}).',
  "Art {0}({1}) UK GDPR applies from {2} (inserted by {3}), after the notice's date.":
    'Art. {0} Abs. {1} UK GDPR gilt erst ab {2} (eingefügt durch {3}), also nach dem Datum der Erklärung.',
  'Art {0}({1})({2}) UK GDPR was repealed on {3} (omitted by {4}).':
    'Art. {0} Abs. {1} lit. {2} UK GDPR wurde am {3} aufgehoben (gestrichen durch {4}).',
  "Art {0}({1})({2}) UK GDPR applies from {3} (inserted by {4}), after the notice's date.":
    'Art. {0} Abs. {1} lit. {2} UK GDPR gilt erst ab {3} (eingefügt durch {4}), also nach dem Datum der Erklärung.',
  'Art {0}({1}) UK GDPR has no lettered points.': 'Art. {0} Abs. {1} UK GDPR ist nicht in Buchstaben gegliedert.',
  'Art {0}({1}) UK GDPR has points {2}; there is no point ({3}).':
    'Art. {0} Abs. {1} UK GDPR hat die Buchstaben {2}; einen Buchstaben {3} gibt es nicht.',
  '{0} has no point ({1}) outside its numbered paragraphs: name the paragraph.':
    '{0} hat außerhalb seiner nummerierten Absätze keinen Buchstaben {1}: Nennen Sie den Absatz.',
  'The Data Protection Act 2018 has sections 1–{0}; there is no section {1}.':
    'Der Data Protection Act 2018 hat die Sections 1–{0}; eine Section {1} gibt es nicht.',
  'In the United Kingdom: no transfer under the UK GDPR.':
    'Im Vereinigten Königreich: keine Übermittlung nach der UK GDPR.',
  'Approved under the UK GDPR (Art 45A; before 5 February 2026 adequacy regulations): {0}, {1}; only {2} (list as of {3}). Use mechanism `adequacy`.':
    'Genehmigt nach der UK GDPR (Art. 45A; vor dem 5. Februar 2026: Angemessenheitsverordnungen, adequacy regulations): {0}, {1}; nur {2} (Stand der Liste: {3}). Verwenden Sie den Mechanismus `adequacy`.',
  'Approved under the UK GDPR (Art 45A; before 5 February 2026 adequacy regulations): {0}, {1} (list as of {2}). Use mechanism `adequacy`.':
    'Genehmigt nach der UK GDPR (Art. 45A; vor dem 5. Februar 2026: Angemessenheitsverordnungen, adequacy regulations): {0}, {1} (Stand der Liste: {2}). Verwenden Sie den Mechanismus `adequacy`.',
  'Under the UK GDPR only US recipients taking part in the UK Extension to the EU–US Data Privacy Framework are approved (`uk-extension-dpf`, {0}); otherwise use `uk-idta` or `uk-addendum` (Art 46(2)(d) UK GDPR).':
    'Nach der UK GDPR sind nur Empfänger in den Vereinigten Staaten genehmigt, die an der UK Extension zum EU-US-Datenschutzrahmen teilnehmen (`uk-extension-dpf`, {0}); verwenden Sie andernfalls `uk-idta` oder `uk-addendum` (Art. 46 Abs. 2 lit. d UK GDPR).',
  '{0} is not approved under the UK GDPR: a transfer needs an appropriate safeguard (Art 46 UK GDPR, e.g. `uk-idta` or `uk-addendum`) or a derogation (Art 49 UK GDPR).':
    'Für {0} gibt es keine Genehmigung nach der UK GDPR: Eine Übermittlung erfordert eine geeignete Garantie (Art. 46 UK GDPR, z. B. `uk-idta` oder `uk-addendum`) oder eine Ausnahme (Art. 49 UK GDPR).',
  'Under the UK GDPR the EU standard contractual clauses are valid only with the UK Addendum (issued under s.119A DPA 2018, in force 21 March 2022): use `uk-addendum` (the EU clauses with the Addendum) or `uk-idta`. The 2021 EU clauses were never a UK mechanism on their own, and contracts on the earlier EU clauses (2001, 2004, 2010) ceased to cover UK transfers on 21 March 2024.':
    'Nach der UK GDPR sind die EU-Standardvertragsklauseln nur mit dem UK Addendum (erlassen nach s.119A DPA 2018, in Kraft seit dem 21. März 2022) gültig: Verwenden Sie `uk-addendum` (die EU-Klauseln mit dem Addendum) oder `uk-idta`. Die EU-Klauseln von 2021 waren für sich allein nie ein Mechanismus des Vereinigten Königreichs, und Verträge auf Grundlage der früheren EU-Klauseln (2001, 2004, 2010) decken seit dem 21. März 2024 keine Übermittlungen aus dem Vereinigten Königreich mehr ab.',
  'Under the UK GDPR a US recipient is covered only if it takes part in the UK Extension to the EU–US Data Privacy Framework (Data Protection (Adequacy) (United States of America) Regulations 2023, reg 3): use `uk-extension-dpf`.':
    'Nach der UK GDPR ist ein Empfänger in den Vereinigten Staaten nur erfasst, wenn er an der UK Extension zum EU-US-Datenschutzrahmen teilnimmt (Data Protection (Adequacy) (United States of America) Regulations 2023, reg 3): Verwenden Sie `uk-extension-dpf`.',
  'The Swiss–US Data Privacy Framework covers transfers from Switzerland only: under the UK GDPR use `uk-extension-dpf`.':
    'Das Swiss-US Data Privacy Framework erfasst nur Übermittlungen aus der Schweiz: Verwenden Sie nach der UK GDPR `uk-extension-dpf`.',
  'The Court of Justice declared the EU–US Privacy Shield decision invalid (C-311/18, 16 July 2020, before the end of the transition period), and DPA 2018 Sch 21 para 5 does not list it. {0}':
    'Der Gerichtshof hat den Beschluss zum EU-US-Datenschutzschild (Privacy Shield) für ungültig erklärt (C-311/18, 16. Juli 2020, vor dem Ende des Übergangszeitraums), und DPA 2018 Sch 21 para 5 führt ihn nicht auf. {0}',
  'The Court of Justice declared the Safe Harbour decision invalid (C-362/14, 6 October 2015), and DPA 2018 Sch 21 para 5 does not list it. {0}':
    'Der Gerichtshof hat die Safe-Harbour-Entscheidung für ungültig erklärt (C-362/14, 6. Oktober 2015), und DPA 2018 Sch 21 para 5 führt sie nicht auf. {0}',
  'The UK Extension to the EU–US Data Privacy Framework covers recipients in the United States only.':
    'Die UK Extension zum EU-US-Datenschutzrahmen erfasst nur Empfänger in den Vereinigten Staaten.',
  'The YAML parser reports: {0}.': 'Der YAML-Parser meldet: {0}.',
  'This value is nested more than {0} levels deep; deeper content is not analysed.':
    'Dieser Wert ist mehr als {0} Ebenen tief verschachtelt; tiefer liegende Inhalte werden nicht analysiert.',
  'The YAML parser failed: {0}': 'Der YAML-Parser ist gescheitert: {0}',
  'Aliases in this document expand to more than {0} values; this alias and later ones are not expanded.':
    'Die Aliase in diesem Dokument ergeben aufgelöst mehr als {0} Werte; dieser und alle späteren Aliase werden nicht aufgelöst.',
  'This document could not be analysed: {0}': 'Dieses Dokument konnte nicht analysiert werden: {0}',
  'YAML syntax: {0}': 'YAML-Syntax: {0}',
  "The key '{0}' appears more than once in the same mapping; only one of its values can be used. Remove or rename this one.":
    "Der Schlüssel '{0}' kommt im selben Mapping mehrfach vor; nur einer seiner Werte kann verwendet werden. Entfernen Sie diesen oder benennen Sie ihn um.",
  'This policy is empty. Start with the `policy`, `controller`, `data` and `purposes` sections (use the “New privacy policy” snippet).':
    'Diese Policy-Datei ist leer. Beginnen Sie mit den Abschnitten `policy`, `controller`, `data` und `purposes` (verwenden Sie das Snippet „Neue Datenschutzerklärung“).',
  'A policy must be a mapping of sections (policy, controller, data, purposes…), but this document is a list.':
    'Eine Policy-Datei muss ein Mapping von Abschnitten sein (policy, controller, data, purposes…), aber dieses Dokument ist eine Liste.',
  'A policy must be a mapping of sections (policy, controller, data, purposes…), but this document is a single value.':
    'Eine Policy-Datei muss ein Mapping von Abschnitten sein (policy, controller, data, purposes…), aber dieses Dokument ist ein einzelner Wert.',
  'in {0}': 'in {0}',
  'at the top level of the policy': 'auf der obersten Ebene der Policy-Datei',
  "'{0}' is not a known key {1}. Did you mean '{2}'? Known keys: {3}.":
    "'{0}' ist kein bekannter Schlüssel {1}. Meinten Sie '{2}'? Bekannte Schlüssel: {3}.",
  "'{0}' is not a known key {1}. Known keys: {2}.": "'{0}' ist kein bekannter Schlüssel {1}. Bekannte Schlüssel: {2}.",
  "Required field '{0}' is missing {1}: {2}": "Das Pflichtfeld '{0}' fehlt {1}: {2}",
  'Missing {0} {1}.': '{1} fehlt eine Angabe: {0}.',
  '{0} is empty.': '{0} ist leer.',
  '{0} should be a single value, not a mapping.': '{0} sollte ein einzelner Wert sein, kein Mapping.',
  '{0} should be a single value, not a list.': '{0} sollte ein einzelner Wert sein, keine Liste.',
  "The tag '{0}' is not supported here; write {1} as plain text.":
    "Das Tag '{0}' wird hier nicht unterstützt; schreiben Sie {1} als einfachen Text.",
  "'{0}' is not an e-mail address ({1}).": "'{0}' ist keine E-Mail-Adresse ({1}).",
  "'{0}' is not a web address starting with https:// or http:// ({1}).":
    "'{0}' ist keine Webadresse, die mit https:// oder http:// beginnt ({1}).",
  "'{0}' is neither an e-mail address nor a web address ({1}).":
    "'{0}' ist weder eine E-Mail-Adresse noch eine Webadresse ({1}).",
  "'{0}' is not a date in the form YYYY-MM-DD (or a month, YYYY-MM) ({1}).":
    "'{0}' ist kein Datum im Format YYYY-MM-DD (oder ein Monat im Format YYYY-MM) ({1}).",
  "'{0}' is not a date in the form YYYY-MM-DD ({1}).": "'{0}' ist kein Datum im Format YYYY-MM-DD ({1}).",
  '{0} must be a whole number from {1} to {2}.': '{0} muss eine ganze Zahl von {1} bis {2} sein.',
  '{0} must be true or false.': '{0} muss true oder false sein.',
  "'{0}' is {1} ({2}).": "'{0}' ist {1} ({2}).",
  "'{0}' is not a valid value for {1}. Did you mean '{2}'? Allowed: {3}.":
    "'{0}' ist kein gültiger Wert für {1}. Meinten Sie '{2}'? Zulässig: {3}.",
  "'{0}' is not a valid value for {1}. Allowed: {2}.": "'{0}' ist kein gültiger Wert für {1}. Zulässig: {2}.",
  "Country codes are written in capitals: '{0}' ({1}).":
    "Ländercodes werden in Großbuchstaben geschrieben: '{0}' ({1}).",
  "'{0}' is not an ISO 3166-1 alpha-2 country code (e.g. BE, DE, US) ({1}).":
    "'{0}' ist kein Ländercode nach ISO 3166-1 alpha-2 (z. B. BE, DE, US) ({1}).",
  "'{0}' is not a duration: write a number and a unit (e.g. '15 minutes', '30 days', '12 months') or ISO 8601 ('P1Y', 'PT15M') ({1}).":
    "'{0}' ist keine Dauer: Schreiben Sie eine Zahl und eine Einheit (z. B. '15 minutes', '30 days', '12 months') oder ISO 8601 ('P1Y', 'PT15M') ({1}).",
  '{0} should be a mapping of keys ({1}…).': '{0} sollte ein Mapping von Schlüsseln sein ({1}…).',
  "{0} should map an id (like 'contact-details') to each {1}.":
    "{0} sollte ein Mapping mit einer ID (wie 'contact-details') je {1} sein.",
  "'{0}' is not a valid id: use lower-case letters, digits and hyphens, starting with a letter (e.g. '{1}').":
    "'{0}' ist keine gültige ID: Verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche, beginnend mit einem Buchstaben (z. B. '{1}').",
  'item {0} of {1}': 'Eintrag {0} in {1}',
  "{0} should be a list (items starting with '- ', or [a, b]).":
    "{0} sollte eine Liste sein (Einträge, die mit '- ' beginnen, oder [a, b]).",
  '{0} should be a mapping from {1} ids to their settings.':
    '{0} sollte ein Mapping von IDs vom Typ {1} auf ihre Einstellungen sein.',
  "{0} for '{1}'": "{0} für '{1}'",
  "'{0}' is not a valid {1} id ({2}). Did you mean '{3}'? Allowed: {4}.":
    "'{0}' ist keine gültige ID vom Typ {1} ({2}). Meinten Sie '{3}'? Zulässig: {4}.",
  "'{0}' is not a valid {1} id ({2}). Allowed: {3}.": "'{0}' ist keine gültige ID vom Typ {1} ({2}). Zulässig: {3}.",
  "{0} should be 'none' or a list.": "{0} sollte 'none' oder eine Liste sein.",
  "{0} should be 'none' or a mapping.": "{0} sollte 'none' oder ein Mapping sein.",
  "{0} is empty: give a period such as '12 months' or a form like { until: the end of the contract }.":
    "{0} ist leer: Geben Sie einen Zeitraum wie '12 months' oder eine Form wie { until: the end of the contract } an.",
  "'{0}' is not a duration: the unit must be minutes, hours, days, weeks, months or years ({1}). Did you mean '{2}'?":
    "'{0}' ist keine Dauer: Die Einheit muss minutes, hours, days, weeks, months oder years sein ({1}). Meinten Sie '{2}'?",
  "'{0}' is not a duration: the unit must be minutes, hours, days, weeks, months or years ({1}).":
    "'{0}' ist keine Dauer: Die Einheit muss minutes, hours, days, weeks, months oder years sein ({1}).",
  'Retention lists cannot be nested ({0}).': 'Listen von Speicherdauern können nicht verschachtelt werden ({0}).',
  "Each item of a retention list needs a 'data' key and a period, e.g. { data: invoices, period: 7 years, from: the invoice date }.":
    "Jeder Eintrag einer Liste von Speicherdauern braucht einen Schlüssel 'data' und einen Zeitraum, z. B. { data: invoices, period: 7 years, from: the invoice date }.",
  "This retention item does not say which data it is for: add 'data' ({0}).":
    "Dieser Eintrag der Speicherdauer gibt nicht an, für welche Daten er gilt: Ergänzen Sie 'data' ({0}).",
  "'{0}' of {1}": "'{0}' von {1}",
  "'{0}' is not a duration: write e.g. '10 years' or 'P10Y' ({1}).":
    "'{0}' ist keine Dauer: Schreiben Sie z. B. '10 years' oder 'P10Y' ({1}).",
  "{0} gives no period: add 'period' (e.g. 10 years), 'until' (an event), 'at_least', 'at_most', 'between', 'law' or 'criteria'.":
    "{0} nennt keinen Zeitraum: Ergänzen Sie 'period' (z. B. 10 years), 'until' (ein Ereignis), 'at_least', 'at_most', 'between', 'law' oder 'criteria'.",
  "{0} mixes several forms ({1}); use one of 'period' + 'from', 'until' (+ 'then'), 'at_least' (+ 'from', 'law'), 'at_most' (+ 'from'), 'between' (+ 'from' or 'criteria'), 'law' (+ 'then'), or 'criteria'.":
    "{0} vermischt mehrere Formen ({1}); verwenden Sie nur eine davon: 'period' + 'from', 'until' (+ 'then'), 'at_least' (+ 'from', 'law'), 'at_most' (+ 'from'), 'between' (+ 'from' oder 'criteria'), 'law' (+ 'then') oder 'criteria'.",
  "'from' needs a 'period', 'at_least', 'at_most' or 'between' ({0}).":
    "'from' erfordert 'period', 'at_least', 'at_most' oder 'between' ({0}).",
  "'then' needs an 'until' event or a 'law' ({0}).":
    "'then' erfordert ein Ereignis unter 'until' oder ein 'law' ({0}).",
  "'between' takes two durations, the shorter first, e.g. [7 years, 10 years] ({0}).":
    "'between' erwartet zwei Zeiträume, den kürzeren zuerst, z. B. [7 years, 10 years] ({0}).",
  "'between' of {0}": "'between' von {0}",
  "'{0}' is not a duration: write e.g. '7 years' or 'P7Y' ({1}).":
    "'{0}' ist keine Dauer: Schreiben Sie z. B. '7 years' oder 'P7Y' ({1}).",
  "'between' must go from the shorter period to the longer one ({0}).":
    "'between' muss vom kürzeren zum längeren Zeitraum reichen ({0}).",
  'reserved for the California Consumer Privacy Act, not supported yet':
    'für den California Consumer Privacy Act reserviert und wird noch nicht unterstützt',
  "the '{0}' section": "Abschnitt '{0}'",
  "data category '{0}'": "Datenkategorie '{0}'",
  "recipient '{0}'": "Empfänger '{0}'",
  "audience '{0}'": "Zielgruppe '{0}'",
  'Under the UK GDPR a US recipient is covered only if it takes part in the UK Extension to the EU–US Data Privacy Framework (`uk-extension-dpf`, Data Protection (Adequacy) (United States of America) Regulations 2023, reg 3); otherwise use `uk-idta` or `uk-addendum` (Art 46(2)(d) UK GDPR) or a derogation (Art 49 UK GDPR).':
    'Nach der UK GDPR ist ein Empfänger in den Vereinigten Staaten nur erfasst, wenn er an der UK Extension zum EU-US-Datenschutzrahmen teilnimmt (`uk-extension-dpf`, Data Protection (Adequacy) (United States of America) Regulations 2023, reg 3); verwenden Sie andernfalls `uk-idta` oder `uk-addendum` (Art. 46 Abs. 2 lit. d UK GDPR) oder eine Ausnahme (Art. 49 UK GDPR).',
  "{0}{1} is an analytics cookie, and the notice does not say that it is set only with the reader's consent: its purpose '{2}' does not rest on consent, and 'cookie_settings' does not say how readers give or refuse it.":
    "{0}{1} ist ein Analyse-Cookie, und die Erklärung sagt nicht, dass es nur mit Einwilligung der Lesenden gesetzt wird: Sein Zweck '{2}' stützt sich nicht auf eine Einwilligung, und 'cookie_settings' sagt nicht, wie Lesende sie erteilen oder verweigern.",
  "{0}{1} is a marketing cookie, and the notice does not say that it is set only with the reader's consent: its purpose '{2}' does not rest on consent, and 'cookie_settings' does not say how readers give or refuse it.":
    "{0}{1} ist ein Marketing-Cookie, und die Erklärung sagt nicht, dass es nur mit Einwilligung der Lesenden gesetzt wird: Sein Zweck '{2}' stützt sich nicht auf eine Einwilligung, und 'cookie_settings' sagt nicht, wie Lesende sie erteilen oder verweigern.",
  "{0}{1} is an analytics cookie, and the notice does not say that it is set only with the reader's consent: no purpose on consent is named for it, and 'cookie_settings' does not say how readers give or refuse it.":
    "{0}{1} ist ein Analyse-Cookie, und die Erklärung sagt nicht, dass es nur mit Einwilligung der Lesenden gesetzt wird: Für das Cookie ist kein Zweck auf der Grundlage einer Einwilligung angegeben, und 'cookie_settings' sagt nicht, wie Lesende sie erteilen oder verweigern.",
  "{0}{1} is a marketing cookie, and the notice does not say that it is set only with the reader's consent: no purpose on consent is named for it, and 'cookie_settings' does not say how readers give or refuse it.":
    "{0}{1} ist ein Marketing-Cookie, und die Erklärung sagt nicht, dass es nur mit Einwilligung der Lesenden gesetzt wird: Für das Cookie ist kein Zweck auf der Grundlage einer Einwilligung angegeben, und 'cookie_settings' sagt nicht, wie Lesende sie erteilen oder verweigern.",
  'Storing or reading it on the device needs prior consent under Art 5(3) of the ePrivacy Directive as transposed (e.g. § 25 TDDDG in Germany), unless it is strictly necessary for the service the reader explicitly asked for. Those exemptions are closed, and analytics cookies are not within them (WP29 Opinion 04/2012 on Cookie Consent Exemption, WP194, section 4.3); some authorities read "strictly necessary" as covering narrowly limited first-party audience measurement (e.g. the CNIL, délibération n° 2020-091 of 17 September 2020), which ordinary analytics tools do not meet. That consent must be an active, specific choice (Art 4(11), 7; CJEU C-673/17 Planet49 of 1 October 2019). It is distinct from the legal basis of Art 6(1) for the later processing of the data, which the purpose must still state (EDPB Opinion 5/2019 on the interplay between the ePrivacy Directive and the GDPR).':
    'Das Speichern des Cookies auf dem Endgerät oder das Auslesen von dort erfordert nach Art. 5 Abs. 3 der ePrivacy-Richtlinie in ihrer nationalen Umsetzung (z. B. § 25 TDDDG in Deutschland) eine vorherige Einwilligung, es sei denn, es ist für den von den Lesenden ausdrücklich gewünschten Dienst unbedingt erforderlich. Diese Ausnahmen sind abschließend, und Analyse-Cookies fallen nicht darunter (Stellungnahme 04/2012 der Artikel-29-Datenschutzgruppe zur Ausnahme von der Einwilligungspflicht für Cookies, WP194, Abschnitt 4.3); einige Aufsichtsbehörden sehen eine eng begrenzte Reichweitenmessung durch den Websitebetreiber selbst (First Party) als „unbedingt erforderlich“ an (z. B. die CNIL, délibération n° 2020-091 vom 17. September 2020), was gewöhnliche Analysetools nicht erfüllen. Diese Einwilligung muss eine aktive, konkrete Entscheidung sein (Art. 4 Nr. 11, Art. 7; EuGH C-673/17 Planet49 vom 1. Oktober 2019). Sie ist von der Rechtsgrundlage nach Art. 6 Abs. 1 für die spätere Verarbeitung der Daten zu unterscheiden, die der Zweck weiterhin angeben muss (Stellungnahme 5/2019 des EDSA zum Zusammenspiel zwischen der ePrivacy-Richtlinie und der DSGVO).',
  "'{0}' is not a retention key ({1}). Did you mean '{2}'? {3}":
    "'{0}' ist kein Schlüssel einer Speicherdauer ({1}). Meinten Sie '{2}'? {3}",
  "'{0}' is not a retention key ({1}). {2}": "'{0}' ist kein Schlüssel einer Speicherdauer ({1}). {2}",
  "Use 'period' with 'from', 'until' with optional 'then', 'at_least', 'at_most', 'between', 'law', or 'criteria'; any of them may add 'extended_until'.":
    "Verwenden Sie 'period' mit 'from', 'until' mit optionalem 'then', 'at_least', 'at_most', 'between', 'law' oder 'criteria'; jede dieser Angaben kann um 'extended_until' ergänzt werden.",
  'the EEA': 'EWR',
  'the United Kingdom': 'Vereinigtes Königreich',
  Switzerland: 'Schweiz',
  'Recital {0} {1} on EUR-Lex ({2})': 'Erwägungsgrund {0} {1} auf EUR-Lex ({2})',
  'Art {0} {1} on EUR-Lex ({2})': 'Art. {0} {1} auf EUR-Lex ({2})',
  'Special category: {0} ({1})': 'Besondere Kategorie: {0} ({1})',
  'Special categories: {0} ({1})': 'Besondere Kategorien: {0} ({1})',
  '{0} and {1} more': '{0} und {1} weitere',
  "recipient '{0}' ({1}, line {2})": "Empfänger '{0}' ({1}, Zeile {2})",
  'transfer {0} ({1}, line {2})': 'Übermittlung {0} ({1}, Zeile {2})',
  "purpose '{0}' ('profiling: true', line {1})": "Zweck '{0}' ('profiling: true', Zeile {1})",
  "data category '{0}' ('special', line {1})": "Datenkategorie '{0}' ('special', Zeile {1})",
  "recipient '{0}' (advertising, collecting data itself, line {1})":
    "Empfänger '{0}' (Werbung, erhebt selbst Daten, Zeile {1})",
  "recipient '{0}' (advertising, type '{1}', line {2})": "Empfänger '{0}' (Werbung, Typ '{1}', Zeile {2})",
});
