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
};
