// The interface's messages in Dutch (languages/interface.ts): each English message of the code, as written
// there, with its translation. The terms of the law are those of the Dutch language version of the GDPR, as
// in the notice (nl/notice.ts); laws with one language (the UK's) are cited in English.
import type { InterfaceCatalogue } from '../language';

export const nl: InterfaceCatalogue = {
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
  'Privacy policy': 'Privacybeleid',
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
  'As in the policy': 'Zoals in het beleid',
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
};
