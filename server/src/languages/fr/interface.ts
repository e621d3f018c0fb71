// The interface's messages in French (languages/interface.ts): each English message of the code, as written
// there, with its translation. The terms of the law are those of the French language version of the GDPR, as
// in the notice (fr/notice.ts); laws with one language (the UK's) are cited in English.
import type { InterfaceCatalogue } from '../language';

export const fr: InterfaceCatalogue = {
  // The extension's contributions and the client's own words (package.nls, l10n bundles).
  'The Privacy Policy language server stopped repeatedly and will not be restarted. Run “Privacy Policy: Restart Language Server” after saving your work, and please report the problem.':
    'Le serveur de langage Privacy Policy s’est arrêté à plusieurs reprises et ne sera pas redémarré. Enregistrez votre travail, exécutez « Privacy Policy : Redémarrer le serveur de langage » et signalez le problème, s’il vous plaît.',
  'The Privacy Policy language server stopped unexpectedly and was restarted. Your diagnostics will be back in a moment.':
    'Le serveur de langage Privacy Policy s’est arrêté de manière inattendue et a été redémarré. Vos diagnostics reviendront dans un instant.',
  'The Privacy Policy language server could not start: {0}':
    'Le serveur de langage Privacy Policy n’a pas pu démarrer : {0}',
  'Open a saved *.privacy.yaml file to compare it with Git HEAD.':
    'Ouvrez un fichier *.privacy.yaml enregistré pour le comparer avec Git HEAD.',
  'Open a *.privacy.yaml file to compare it with another version.':
    'Ouvrez un fichier *.privacy.yaml pour le comparer avec une autre version.',
  'Privacy policy': 'Politique de confidentialité',
  Compare: 'Comparer',
  'Compare {0} with an earlier version': 'Comparer {0} avec une version antérieure',
  'Could not read {0}: {1}': 'Impossible de lire {0} : {1}',
  'The Privacy Policy language server could not compare this file; try again once it has started.':
    'Le serveur de langage Privacy Policy n’a pas pu comparer ce fichier ; réessayez une fois qu’il aura démarré.',
  'Open a *.privacy.yaml file to export it as HTML.': 'Ouvrez un fichier *.privacy.yaml pour l’exporter en HTML.',
  Export: 'Exporter',
  'Exported the privacy notice to {0}.': 'La déclaration de confidentialité a été exportée vers {0}.',
  'Exported the Data Privacy Vocabulary (JSON-LD) to {0}.':
    'Le Data Privacy Vocabulary (JSON-LD) a été exporté vers {0}.',
  'Exported the record of processing activities (Art 30, CSV) to {0}.':
    'Le registre des activités de traitement (article 30, CSV) a été exporté vers {0}.',
  'Open a *.privacy.yaml file to export it.': 'Ouvrez un fichier *.privacy.yaml pour l’exporter.',
  'The Privacy Policy language client could not load: {0}':
    'Le client de langage Privacy Policy n’a pas pu être chargé : {0}',
  'Git is not available here (vscode.dev and github.dev have no Git): use Compare with File… instead.':
    'Git n’est pas disponible ici (vscode.dev et github.dev n’ont pas Git) : utilisez plutôt Comparer avec un fichier…',
  'The Git extension is not available: {0}': 'L’extension Git n’est pas disponible : {0}',
  'This file is not in a Git repository.': 'Ce fichier n’est pas dans un dépôt Git.',
  'This file is not in the last commit (HEAD) yet.': 'Ce fichier n’est pas encore dans le dernier commit (HEAD).',
  'This repository has no commit yet.': 'Ce dépôt n’a encore aucun commit.',
  'Git could not provide the committed version: {0}': 'Git n’a pas pu fournir la version validée : {0}',
  'Compare with Git HEAD runs Git, which this folder is not trusted to run. Trust the folder first (Manage Workspace Trust).':
    'Comparer avec Git HEAD exécute Git, ce que ce dossier n’est pas autorisé à faire. Accordez d’abord votre confiance au dossier (Gérer la confiance de l’espace de travail).',
  'Only a file saved on this computer can be compared with Git HEAD.':
    'Seul un fichier enregistré sur cet ordinateur peut être comparé avec Git HEAD.',
  'Git is not installed or not on the PATH.': 'Git n’est pas installé ou n’est pas dans le PATH.',
  'Open a *.privacy.yaml file to preview it.': 'Ouvrez un fichier *.privacy.yaml pour en afficher l’aperçu.',
  Preview: 'Aperçu',
  'Preview {0}': 'Aperçu de {0}',
  'Preview options': 'Options de l’aperçu',
  'Notice language': 'Langue de la déclaration',
  'As in the policy': 'Comme dans la politique',
  Audience: 'Public',
  Everyone: 'Tout le monde',
  Law: 'Loi',
  'All laws': 'Toutes les lois',
  'Open a *.privacy.yaml file to reconcile it with a HAR recording.':
    'Ouvrez un fichier *.privacy.yaml pour le rapprocher d’un enregistrement HAR.',
  Reconcile: 'Rapprocher',
  'Choose a HAR file recorded on the site (Network panel of the developer tools: “Save all as HAR”)':
    'Choisissez un fichier HAR enregistré sur le site (panneau Réseau des outils de développement : « Tout enregistrer au format HAR »)',
  'HTTP Archive': 'Archive HTTP',
  'All files': 'Tous les fichiers',
  'Reconciling with {0}': 'Rapprochement avec {0}',
  'cannot be read: {0}': 'illisible : {0}',
  'Show Problems': 'Afficher les problèmes',
  '{0} (GDPR {1}) Default: `{2}`. [Rule reference]({3})': '{0} ({1}) Par défaut : `{2}`. [Référence de la règle]({3})',
  '{0} Default: `{1}`. [Rule reference]({2})': '{0} Par défaut : `{1}`. [Référence de la règle]({2})',
  'Retired in v1.3: use `{0}`.': 'Retirée dans la v1.3 : utilisez `{0}`.',
  'Write GDPR privacy notices as code: diagnostics that cite the GDPR, quick fixes, and a live preview of the finished notice.':
    'Rédigez vos déclarations de confidentialité RGPD comme du code : des diagnostics qui citent le RGPD, des corrections rapides et un aperçu en direct de la déclaration finale.',
  "In a folder you do not trust, Compare with Git HEAD is off: it runs Git, which a repository's own settings can make run other programs. Diagnostics, completion, the preview, exports and Compare with File… work as usual.":
    'Dans un dossier auquel vous ne faites pas confiance, Comparer avec Git HEAD est désactivé : cette commande exécute Git, que les paramètres d’un dépôt peuvent amener à lancer d’autres programmes. Les diagnostics, la complétion, l’aperçu, les exportations et Comparer avec un fichier… fonctionnent normalement.',
  'In a virtual workspace (github.dev, vscode.dev) Compare with Git HEAD is not available where Git is not; use Compare with File… instead.':
    'Dans un espace de travail virtuel (github.dev, vscode.dev), Comparer avec Git HEAD n’est pas disponible là où Git ne l’est pas ; utilisez plutôt Comparer avec un fichier…',
  'Privacy Policy': 'Privacy Policy',
  'Log the messages between VS Code and the Privacy Policy language server (for bug reports).':
    'Consigner les messages échangés entre VS Code et le serveur de langage Privacy Policy (pour les rapports de bogue).',
  'Open Preview': 'Ouvrir l’aperçu',
  'Open Preview to the Side': 'Ouvrir l’aperçu sur le côté',
  'Show Source': 'Afficher la source',
  'Toggle Preview Lock': 'Verrouiller ou déverrouiller l’aperçu',
  'Export Data Privacy Vocabulary (JSON-LD)': 'Exporter en Data Privacy Vocabulary (JSON-LD)',
  'Export Record of Processing Activities (CSV)': 'Exporter le registre des activités de traitement (CSV)',
  'Compare with Git HEAD': 'Comparer avec Git HEAD',
  'Compare with File…': 'Comparer avec un fichier…',
  'Export HTML': 'Exporter en HTML',
  'Restart Language Server': 'Redémarrer le serveur de langage',
  'Reconcile with a HAR file…': 'Rapprocher d’un fichier HAR…',
  'Clear HAR Reconciliation': 'Effacer le rapprochement HAR',
  'Change the severity of individual rules, e.g. `{ "missing-provision": "off", "missing-authority": "error" }`. Levels: `error`, `warning`, `info`, `hint`, `off`. See the [rule reference]({0}).':
    'Modifier la gravité de règles particulières, par exemple `{ "missing-provision": "off", "missing-authority": "error" }`. Niveaux : `error`, `warning`, `info`, `hint`, `off`. Voir la [référence des règles]({0}).',
  "The language of the extension's messages, hovers, completions and quick fixes (the notice's own language is `policy.language`). `auto` follows VS Code's display language; command titles and setting descriptions always follow it.":
    'La langue des messages, des infobulles, des complétions et des corrections rapides de l’extension (la langue de la déclaration elle-même est `policy.language`). `auto` suit la langue d’affichage de VS Code ; les titres des commandes et les descriptions des paramètres la suivent toujours.',
  "VS Code's display language (English where it is not French, Dutch or German).":
    'La langue d’affichage de VS Code (l’anglais si ce n’est ni le français, ni le néerlandais, ni l’allemand).',
  English: 'Anglais',
  French: 'Français',
  Dutch: 'Néerlandais',
  German: 'Allemand',
  "Rule '{0}' was retired in v1.3: its setting now applies to '{1}', which replaced it. Rename it to '{1}'.":
    'La règle « {0} » a été retirée dans la v1.3 : son paramètre s’applique désormais à « {1} », qui l’a remplacée. Renommez-la en « {1} ».',
};
