// The interface's messages in French (languages/interface.ts): each English message of the code, as written
// there, with its translation. The terms of the law are those of the French language version of the GDPR, as
// in the notice (fr/notice.ts); laws with one language (the UK's) are cited in English.
import type { InterfaceCatalogue } from '../language';

// A function: the catalogue is made on first use, not when the server loads (README, "Performance").
export const fr = (): InterfaceCatalogue => ({
  // The extension's contributions and the client's own words (package.nls, l10n bundles).
  'The Privacy Policy language server stopped repeatedly and will not be restarted. Run “Privacy Policy: Restart Language Server” after saving your work, and please report the problem.':
    'Le serveur de langage Privacy Policy s’est arrêté à plusieurs reprises et ne sera pas redémarré. Enregistrez votre travail, exécutez « Privacy Policy : Redémarrer le serveur de langage » et signalez le problème, s’il vous plaît.',
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
    'Le serveur de langage Privacy Policy n’a pas pu comparer ce fichier ; réessayez une fois qu’il aura démarré.',
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
    'Choisissez un fichier HAR enregistré sur le site (panneau Réseau des outils de développement : « Tout enregistrer au format HAR »)',
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
    'Dans un espace de travail virtuel (github.dev, vscode.dev), Comparer avec Git HEAD n’est pas disponible là où Git ne l’est pas ; utilisez plutôt Comparer avec un fichier…',
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
    'La langue des messages, des infobulles, des complétions et des corrections rapides de l’extension (la langue de la déclaration elle-même est `policy.language`). `auto` suit la langue d’affichage de VS Code ; les titres des commandes et les descriptions des paramètres la suivent toujours.',
  "VS Code's display language (English where it is not French, Dutch or German).":
    'La langue d’affichage de VS Code (l’anglais si ce n’est ni le français, ni le néerlandais, ni l’allemand).',
  English: 'Anglais',
  French: 'Français',
  Dutch: 'Néerlandais',
  German: 'Allemand',
  "Rule '{0}' was retired in v1.3: its setting now applies to '{1}', which replaced it. Rename it to '{1}'.":
    'La règle « {0} » a été retirée dans la v1.3 : son paramètre s’applique désormais à « {1} », qui l’a remplacée. Renommez-la en « {1} ».',
  'state authority of {0} for {1}': 'autorité du Land de {0} pour {1}',
  'state authority of {0}': 'autorité du Land de {0}',
  'federal authority for {0}': 'autorité fédérale pour {0}',
  'authority for {0}': 'autorité compétente pour {0}',
  'national authority': 'autorité nationale',
  'Phone {0}': 'Téléphone {0}',
  'E-mail {0}': 'E-mail {0}',
  'Web {0}': 'Site web {0}',
  'Complaint form {0}': 'Formulaire de réclamation {0}',
  'Category: {0}': 'Catégorie : {0}',
  'Retention: {0}': 'Conservation : {0}',
  'Party: {0}': 'Origine : {0}',
  'Matches every cookie whose name starts with `{0}`.': 'Correspond à tout cookie dont le nom commence par `{0}`.',
  'Privacy information: {0}': 'Informations relatives à la vie privée : {0}',
  '{0} (as of {1})': '{0} (état au {1})',
  'the {0} as of {1}': 'le catalogue {0} (état au {1})',
  'Source: {0}, as of {1} ({2}, licence {3}).': 'Source : {0}, état au {1} ({2}, licence {3}).',
  'Runs: {0}': 'Exploite : {0}',
  'This record was imported automatically and not verified: check the details.':
    'Cet enregistrement a été importé automatiquement et n’a pas été vérifié : contrôlez les informations.',
  'The catalogue does not say whether the organisation is certified under the EU–US Data Privacy Framework: check the Framework’s list before relying on `dpf`.':
    'Le catalogue n’indique pas si l’organisation est certifiée au titre du cadre de protection des données UE–États-Unis (Data Privacy Framework) : consultez la liste de ce cadre avant de vous fonder sur `dpf`.',
  error: 'erreur',
  warning: 'avertissement',
  information: 'information',
  hint: 'indication',
  '1 file checked': '1 fichier vérifié',
  '{0} files checked': '{0} fichiers vérifiés',
  '{0}: no problems.': '{0} : aucun problème.',
  '{0}: {1} ({2}, {3}, {4}, {5}).': '{0} : {1} ({2}, {3}, {4}, {5}).',
  '1 problem': '1 problème',
  '{0} problems': '{0} problèmes',
  '1 error': '1 erreur',
  '{0} errors': '{0} erreurs',
  '1 warning': '1 avertissement',
  '{0} warnings': '{0} avertissements',
  '1 information': '1 information',
  '{0} information': '{0} informations',
  '1 hint': '1 indication',
  '{0} hints': '{0} indications',
  "… and {0} more '{1}' problems in this document, not listed one by one. Fix the ones listed first.":
    "… et {0} autres problèmes de la règle '{1}' dans ce document, qui ne sont pas listés un à un. Corrigez d’abord ceux qui le sont.",
  '… and {0} more problems in this document, not listed one by one. Fix the ones listed first.':
    '… et {0} autres problèmes dans ce document, qui ne sont pas listés un à un. Corrigez d’abord ceux qui le sont.',
  "Internal error in rule '{0}': {1}. Please report this.":
    "Erreur interne dans la règle '{0}' : {1}. Veuillez la signaler.",
  'country unknown': 'pays inconnu',
  'Recital {0} of the {1}': 'Considérant {0} du {1}',
  'Recitals give the reasons for the articles and guide their reading; they do not bind on their own.':
    'Les considérants exposent les motifs des articles et en guident la lecture ; ils n’ont pas de force contraignante propre.',
  '(unofficial translation)': '(traduction non officielle)',
  '{0} on {1}': '{0} sur {1}',
  '{0} on the official site': '{0} sur le site officiel',
  'unofficial translation': 'traduction non officielle',
  'points (a)–({0})': 'points a) à {0})',
  "Change to '{0}'": "Remplacer par '{0}'",
  "Add '{0}' with a placeholder to fill in": "Ajouter '{0}' avec un espace réservé à compléter",
  "Add '{0}'": "Ajouter '{0}'",
  'Fix the first safe privacy-policy problems (run again for the rest)':
    'Appliquer les premières corrections sûres de la politique de confidentialité (relancer pour les suivantes)',
  'Fix all safe privacy-policy problems': 'Appliquer toutes les corrections sûres de la politique de confidentialité',
  'not used by any purpose': 'aucune finalité ne l’utilise',
  'used by 1 purpose': '1 finalité l’utilise',
  'used by {0} purposes': '{0} finalités l’utilisent',
  'used by every purpose (all_purposes)': 'toutes les finalités l’utilisent (all_purposes)',
  '{0} (the notice’s retention)': '{0} (durée de conservation générale de la déclaration)',
  'no legal basis': 'aucune base juridique',
  'no retention period': 'aucune durée de conservation',
  'until {0}, then {1}': 'jusqu’à {0}, puis pendant {1}',
  'until {0}': 'jusqu’à {0}',
  'at least {0}': 'au moins {0}',
  'at most {0}': 'au maximum {0}',
  'between {0} and {1}': 'entre {0} et {1}',
  'the period the law requires': 'la durée prévue par la loi',
  'retention by criteria': 'conservation selon des critères',
  '{0} retention periods by data': '{0} durées de conservation selon les données',
  EEA: 'EEE',
  'adequacy decision': 'décision d’adéquation',
  'third country — DPF for certified US organisations':
    'pays tiers — DPF pour les organisations américaines certifiées',
  'third country': 'pays tiers',
  required: 'obligatoire',
  'Also written `{0}`.': 'S’écrit aussi `{0}`.',
  Today: 'Aujourd’hui',
  'Until the browser closes': 'Jusqu’à la fermeture du navigateur',
  Duration: 'Durée',
  'Retention period': 'Durée de conservation',
  'A period counted from an event.': 'Une durée comptée à partir d’un événement.',
  'Until an event, optionally followed by an extra period.':
    'Jusqu’à un événement, éventuellement suivi d’une durée supplémentaire.',
  'The criteria used, when no period can be given (Art 13(2)(a)).':
    'Les critères utilisés, lorsqu’aucune durée ne peut être indiquée (article 13.2.a)).',
  'A minimum period set by law, e.g. for medical records.':
    'Une durée minimale fixée par la loi, par exemple pour les dossiers médicaux.',
  'A maximum period.': 'Une durée maximale.',
  'A range, e.g. 7 to 10 years.': 'Une fourchette, par exemple de 7 à 10 ans.',
  'The period a named law requires, optionally followed by a further period.':
    'La durée prévue par une loi désignée, éventuellement suivie d’une durée supplémentaire.',
  'Kept longer only while an event lasts, e.g. a dispute.':
    'Conservation prolongée uniquement tant que dure un événement, par exemple un litige.',
  'One mechanism per law the transfer leaves': 'Un mécanisme par loi dont le transfert quitte le territoire',
  'A transfer that leaves the territory of several laws names the mechanism under each, e.g. `{ eu-gdpr: scc, uk-gdpr: uk-addendum }`; a list under a law is alternatives.':
    'Un transfert qui quitte le territoire de plusieurs lois indique le mécanisme retenu au titre de chacune, par exemple `{ eu-gdpr: scc, uk-gdpr: uk-addendum }` ; une liste sous une loi énumère des alternatives.',
  'Retention form — {0}': 'Forme de la durée de conservation — {0}',
  'Given here for {0}, but it exists only under {1}.':
    'Cette valeur est indiquée ici pour : {0} ; elle n’existe pourtant qu’au titre de : {1}.',
  'The age of digital consent in {0} ({1}; as of {2})': 'Âge du consentement numérique — {0} ({1} ; état au {2})',
  'The age of digital consent where national law sets no lower one':
    'L’âge du consentement numérique lorsque le droit national ne fixe pas d’âge inférieur',
  'The lowest age of digital consent a Member State may set ({0})':
    'L’âge du consentement numérique le plus bas qu’un État membre peut fixer ({0})',
  'Adults only': 'Adultes uniquement',
  'The age of digital consent in {0} is {1} ({2}; as of {3}): between {4} and {5}, a parent gives or authorises consent to an online service offered to a child.':
    'Âge du consentement numérique — {0} : {1} ans ({2} ; état au {3}) ; entre {4} et {5} ans, un parent donne ou autorise le consentement à un service en ligne proposé à un enfant.',
  'The age of digital consent in {0} is {1} ({2}; as of {3}).':
    'Âge du consentement numérique — {0} : {1} ans ({2} ; état au {3}).',
  '{0}: below the age of digital consent ({1}, or lower where national law says so), a parent gives or authorises consent to an online service offered to a child.':
    'Selon l’{0}, en dessous de l’âge du consentement numérique ({1} ans, ou moins lorsque le droit national le prévoit), un parent donne ou autorise le consentement à un service en ligne proposé à un enfant.',
  '**{0} years** — the services are not meant for people under {0}.':
    '**{0} ans** — les services ne sont pas destinés aux personnes de moins de {0} ans.',
  '**{0}** — a month, read as its first day ({1}): the provisions in force on that day apply.':
    '**{0}** — un mois, compris comme son premier jour ({1}) : les dispositions en vigueur ce jour-là s’appliquent.',
  '**{0}** is not defined under `{1}`.': '**{0}** n’est pas défini sous `{1}`.',
  '**{0}** (required)': '**{0}** (obligatoire)',
  '(written as the alias `{0}`)': '(écrit sous la forme de l’alias `{0}`)',
  'Explicitly states that there is none.': 'Indique expressément qu’il n’y en a pas.',
  'retention period ({0})': 'durée de conservation ({0})',
  'Examples: {0}': 'Exemples : {0}',
  'Role not stated': 'Rôle non précisé',
  'Collects the data itself, on its own service: not shown as sharing.':
    'Collecte directement les données, sur son propre service : la déclaration ne le présente pas comme une communication de données.',
  'May receive data (the notice says “may”).': 'Peut recevoir des données (la déclaration dit « peut »).',
  'Legal basis: {0}': 'Base juridique : {0}',
  'Used by every purpose (`all_purposes`).': 'Toutes les finalités l’utilisent (`all_purposes`).',
  'Used once.': 'Nombre d’utilisations : 1.',
  'Used {0} times.': 'Nombre d’utilisations : {0}.',
  'ISO 8601 duration {0}': 'Durée ISO 8601 {0}',
  'Only data, recipient, purpose and audience ids can be renamed.':
    'Seuls les identifiants de données, de destinataires, de finalités et de publics peuvent être renommés.',
  "'{0}' is not defined, so there is nothing to rename.": "'{0}' n’est pas défini : il n’y a donc rien à renommer.",
  'Only defined data, recipient, purpose and audience ids can be renamed.':
    'Seuls les identifiants définis de données, de destinataires, de finalités et de publics peuvent être renommés.',
  "'{0}' is not a valid id: use lower-case letters, digits and hyphens, starting with a letter.":
    "'{0}' n’est pas un identifiant valide : utilisez des lettres minuscules, des chiffres et des traits d’union, en commençant par une lettre.",
  'Processor for {0}': 'Sous-traitant pour {0}',
  'Processor role {0}': 'Rôle de sous-traitant {0}',
  'Restriction {0}': 'Limitation {0}',
  'Restricted: {0}': 'Limité : {0}',
  or: 'ou',
  'transfer {0}': 'transfert {0}',
  'item {0}': 'élément {0}',
  "A data category '{0}' already exists.": "Une catégorie de données '{0}' existe déjà.",
  "A recipient '{0}' already exists.": "Un destinataire '{0}' existe déjà.",
  "A purpose '{0}' already exists.": "Une finalité '{0}' existe déjà.",
  "An audience '{0}' already exists.": "Un public '{0}' existe déjà.",
  'About the notice itself: title, dates, version, language.':
    'La déclaration elle-même : titre, dates, version, langue.',
  'The notice’s title.': 'Le titre de la déclaration.',
  'Date from which the notice applies (YYYY-MM-DD, or a month: YYYY-MM).':
    'Date à partir de laquelle la déclaration s’applique (YYYY-MM-DD, ou un mois : YYYY-MM).',
  'Date of the last update (YYYY-MM-DD or YYYY-MM).': 'Date de la dernière mise à jour (YYYY-MM-DD ou YYYY-MM).',
  'Version of the notice.': 'Version de la déclaration.',
  'Language of the generated text of the notice: `en` (default), `fr`, `nl` or `de`. Your own text is shown as written.':
    'Langue du texte généré de la déclaration : `en` (par défaut), `fr`, `nl` ou `de`. Votre propre texte est affiché tel que vous l’avez écrit.',
  'Whether data is obtained from the person (Art 13), from others (Art 14), or both.':
    'Si les données sont obtenues auprès de la personne concernée (article 13), d’une autre source (article 14), ou les deux.',
  'The first layer of the notice: a short summary in plain words.':
    'Le premier niveau de la déclaration : un bref résumé en termes simples.',
  'The services are not meant for people under this age.':
    'Les services ne sont pas destinés aux personnes qui n’ont pas atteint cet âge.',
  'How readers learn of changes to the notice, and how far ahead.':
    'Comment les lecteurs sont informés des modifications de la déclaration, et avec quel préavis.',
  'How long before a material change applies we tell readers.':
    'Combien de temps avant l’entrée en vigueur d’une modification importante nous en informons les lecteurs.',
  'How readers are told of a change (e-mail, a banner, the app).':
    'Comment les lecteurs sont informés d’une modification (e-mail, bannière, application).',
  'Who is responsible for the processing, and how to reach them.':
    'Qui est responsable du traitement, et comment le joindre.',
  'a way to contact the controller (`address`, `email`, `phone` or `url`)':
    'un moyen de contacter le responsable du traitement (`address`, `email`, `phone` ou `url`)',
  'Legal name of the controller.': 'Nom ou dénomination sociale du responsable du traitement.',
  'Postal address.': 'Adresse postale.',
  'E-mail address for privacy questions.': 'Adresse e-mail pour les questions relatives à la protection des données.',
  'Telephone number.': 'Numéro de téléphone.',
  'Website.': 'Site web.',
  'Legal form, e.g. NV, GmbH, Ltd.': 'Forme juridique, par exemple SA, SRL, GmbH, Ltd.',
  'Company registration number.': 'Numéro d’immatriculation de l’entreprise.',
  'Country of the main establishment (ISO code): drives the competent authority and the age of digital consent.':
    'Pays de l’établissement principal (code ISO) : détermine l’autorité compétente et l’âge du consentement numérique.',
  'true for a public authority or body: selects the supervisory authority’s scope and limits some bases.':
    'true pour une autorité publique ou un organisme public : détermine le champ de compétence de l’autorité de contrôle et limite certaines bases juridiques.',
  'Representative in the EU, for controllers established outside it (Art 27, where Art 3(2) applies).':
    'Représentant dans l’UE, pour les responsables du traitement établis en dehors de l’UE (article 27, lorsque l’article 3.2 s’applique).',
  'contact details for the representative (`address`, `email` or `phone`, Art 13(1)(a))':
    'les coordonnées du représentant (`address`, `email` ou `phone`, article 13.1.a))',
  'Name of the representative.': 'Nom du représentant.',
  'E-mail address.': 'Adresse e-mail.',
  'The data protection officer and their contact details, or `none` when no DPO is appointed.':
    'Le délégué à la protection des données et ses coordonnées, ou `none` lorsqu’aucun délégué à la protection des données n’est désigné.',
  'contact details for the DPO (`email`, `phone`, `address` or `url`, Art 13(1)(b))':
    'les coordonnées du délégué à la protection des données (`email`, `phone`, `address` ou `url`, article 13.1.b))',
  'Name of the DPO (a person or a service). Optional: Art 13(1)(b) asks for contact details, and the EDPB DPO guidelines (WP243 rev.01, §2.6) leave publishing the name to the controller.':
    'Nom du délégué à la protection des données (une personne ou un service). Facultatif : l’article 13.1.b) exige ses coordonnées, et les lignes directrices du comité européen de la protection des données concernant les délégués à la protection des données (WP243 rev.01, §2.6) laissent au responsable du traitement le choix de publier son nom.',
  'Web page or contact form for the DPO.': 'Page web ou formulaire de contact du délégué à la protection des données.',
  'The supervisory authority competent for the controller, where people can complain (not necessarily a "lead" authority, which exists only for cross-border processing, Art 56). People may also complain to the authority where they live or work or where the infringement took place (Art 77(1)).':
    'L’autorité de contrôle compétente à l’égard du responsable du traitement, auprès de laquelle les personnes peuvent introduire une réclamation (pas nécessairement une autorité « chef de file », qui n’existe que pour les traitements transfrontaliers, article 56). Les personnes peuvent aussi introduire une réclamation auprès de l’autorité du lieu où elles résident ou travaillent ou du lieu où la violation a été commise (article 77.1).',
  'the authority’s `name` (or a `directory` of authorities)': 'le `name` de l’autorité (ou un `directory` d’autorités)',
  'Name of the authority.': 'Nom de l’autorité.',
  'Web page of the authority’s complaint form.': 'Page web du formulaire de réclamation de l’autorité.',
  'Instead of one authority: a list of authorities to choose from (e.g. the EDPB’s list of its members).':
    'Au lieu d’une seule autorité : une liste d’autorités parmi lesquelles choisir (par exemple la liste des membres du comité européen de la protection des données).',
  'Controllers who decide with us why and how the data is processed, and the essence of our arrangement.':
    'Les responsables du traitement qui déterminent avec nous pourquoi et comment les données sont traitées, et les grandes lignes de notre accord.',
  'Name of the joint controller.': 'Nom du responsable conjoint du traitement.',
  'E-mail, phone or web address of the joint controller.':
    'Adresse e-mail, numéro de téléphone ou adresse web du responsable conjoint du traitement.',
  'The purposes whose means and ends are decided jointly.':
    'Les finalités dont les fins et les moyens sont déterminés conjointement.',
  'The essence of the arrangement: who does what, in particular towards you (information, rights).':
    'Les grandes lignes de l’accord : qui fait quoi, en particulier à votre égard (information, droits).',
  'The contact point for data subjects, where the arrangement designates one.':
    'Le point de contact pour les personnes concernées, lorsque l’accord en désigne un.',
  'The groups of people the notice addresses (customers, patients, job applicants…), by id.':
    'Les groupes de personnes auxquels s’adresse la déclaration (clients, patients, candidats…), par identifiant.',
  'Who they are, as readers will see it (e.g. Patients, Job applicants).':
    'Qui ils sont, tels que les lecteurs le verront (par exemple Patients, Candidats).',
  'More about this group of people.': 'Précisions sur ce groupe de personnes.',
  'The categories of personal data processed, by id.':
    'Les catégories de données à caractère personnel traitées, par identifiant.',
  'Name of the data category, as readers will see it.':
    'Nom de la catégorie de données, tel que les lecteurs le verront.',
  'What the category covers.': 'Ce que couvre la catégorie.',
  'Examples of the data in this category.': 'Exemples de données de cette catégorie.',
  'The special categories of Art 9(1) this data belongs to, if any: one or a list.':
    'Les catégories particulières de l’article 9.1 dont relèvent ces données, le cas échéant : une seule ou une liste.',
  'true when the data relates to criminal convictions or offences.':
    'true lorsque les données se rapportent à des condamnations pénales ou à des infractions.',
  'Where the data comes from: `data-subject`, `automatic`, `{ public: <source> }` for a publicly accessible source, or text naming the source.':
    'D’où proviennent les données : `data-subject`, `automatic`, `{ public: <source> }` pour une source accessible au public, ou un texte qui désigne la source.',
  'Which publicly accessible source, e.g. the Crossroads Bank for Enterprises, LinkedIn profiles.':
    'Quelle source accessible au public, par exemple la Banque-Carrefour des Entreprises, des profils LinkedIn.',
  'The groups of people this data is about (default: all).':
    'Les groupes de personnes que concernent ces données (par défaut : tous).',
  'true when every purpose of the notice uses this data (it is listed under each).':
    'true lorsque chaque finalité de la déclaration utilise ces données (elles sont mentionnées sous chacune d’elles).',
  'Who receives the data, by id.': 'Qui reçoit les données, par identifiant.',
  'Who receives the data, as readers will see it.': 'Qui reçoit les données, tel que les lecteurs le verront.',
  'The role of the recipient, when you know it: processor, controller…':
    'Le rôle du destinataire, lorsque vous le connaissez : sous-traitant, responsable du traitement…',
  'The category of recipient, e.g. hosting, payment, analytics.':
    'La catégorie de destinataires, par exemple hébergement, paiement, mesure d’audience.',
  'The actual organisation, e.g. Google LLC.': 'L’organisation elle-même, par exemple Google LLC.',
  'Where the recipient processes the data: an ISO 3166-1 alpha-2 code, a list of them, or the region `EEA` or `EU`.':
    'Où le destinataire traite les données : un code ISO 3166-1 alpha-2, une liste de codes, ou la région `EEA` ou `EU`.',
  'Web address of the recipient or its privacy notice.':
    'Adresse web du destinataire ou de sa déclaration de confidentialité.',
  'true when the recipient may receive data, but not necessarily (the notice says "may").':
    'true lorsque le destinataire peut recevoir des données, mais pas nécessairement (la déclaration dit « peut »).',
  'true when the organisation collects data itself, on its own service (a social network page, an embedded player): shown as "X collects…", not as sharing.':
    'true lorsque l’organisation collecte elle-même des données, sur son propre service (une page sur un réseau social, un lecteur intégré) : présenté sous la forme « X collecte… », et non comme une communication de données.',
  'The commitments the recipient is bound by (e.g. a processor’s contract).':
    'Les engagements auxquels le destinataire est tenu (par exemple le contrat d’un sous-traitant).',
  'Why the data is processed, each purpose with its legal basis and retention.':
    'Pourquoi les données sont traitées, chaque finalité avec sa base juridique et sa durée de conservation.',
  'Short heading for the purpose.': 'Titre court de la finalité.',
  'What is done with the data and why.': 'Ce qui est fait des données, et pourquoi.',
  'The data categories used for this purpose.': 'Les catégories de données utilisées pour cette finalité.',
  'The legal basis of Art 6(1): one or a list; in a list, `{ basis, when }` says which processing each basis covers.':
    'La base juridique de l’article 6.1 : une seule ou une liste ; dans une liste, `{ basis, when }` indique quel traitement chaque base couvre.',
  'The legal basis of Art 6(1).': 'La base juridique de l’article 6.1.',
  'The processing, or the situation, this basis covers.': 'Le traitement, ou la situation, que couvre cette base.',
  'The Art 9(2) condition for special-category data.':
    'La condition de l’article 9.2 pour les données relevant de catégories particulières.',
  'The specific legitimate interest pursued.': 'L’intérêt légitime précis poursuivi.',
  'The statute the processing relies on.': 'La loi sur laquelle repose le traitement.',
  'How long the data is kept, or the criteria used to decide.':
    'Combien de temps les données sont conservées, ou les critères utilisés pour le déterminer.',
  'Who receives the data for this purpose.': 'Qui reçoit les données pour cette finalité.',
  'Whether providing the data is a statutory or contractual requirement, needed for a contract, or voluntary.':
    'Si la fourniture des données a un caractère réglementaire ou contractuel, conditionne la conclusion d’un contrat, ou est facultative.',
  'What happens if the data is not provided.': 'Ce qui se passe si les données ne sont pas fournies.',
  'The groups of people this purpose concerns (default: all).':
    'Les groupes de personnes que concerne cette finalité (par défaut : tous).',
  'true when the purpose is direct marketing: people can object to it at any time, without reasons.':
    'true lorsque la finalité est la prospection : les personnes peuvent s’y opposer à tout moment, sans avoir à se justifier.',
  'true when the purpose involves profiling (automated evaluation of personal aspects).':
    'true lorsque la finalité comporte un profilage (évaluation automatisée d’aspects personnels).',
  'true for scientific or historical research or statistics.':
    'true pour la recherche scientifique ou historique ou les statistiques.',
  'true when the purpose offers an information society service directly to children.':
    'true lorsque la finalité consiste à proposer directement aux enfants un service de la société de l’information.',
  'How consent is given or authorised by the holder of parental responsibility, and how it is verified.':
    'Comment le consentement est donné ou autorisé par le titulaire de la responsabilité parentale, et comment il est vérifié.',
  'A way to stop this processing without a rights request (unsubscribe link, opt-out cookie, Global Privacy Control).':
    'Un moyen de mettre fin à ce traitement sans demande d’exercice d’un droit (lien de désinscription, cookie d’opposition, Global Privacy Control).',
  'How to stop this processing: an unsubscribe link, an opt-out cookie, a browser setting…':
    'Comment mettre fin à ce traitement : un lien de désinscription, un cookie d’opposition, un paramètre du navigateur…',
  'Where to opt out.': 'Où se désinscrire.',
  'Transfers outside the EEA and their safeguards.': 'Les transferts en dehors de l’EEE et leurs garanties.',
  'The recipients outside the EEA this transfer covers.':
    'Les destinataires en dehors de l’EEE que couvre ce transfert.',
  'The countries this transfer covers (ISO codes).': 'Les pays que couvre ce transfert (codes ISO).',
  'International organisations this transfer goes to, e.g. European Patent Organisation.':
    'Les organisations internationales vers lesquelles ce transfert a lieu, par exemple l’Organisation européenne des brevets.',
  'What makes the transfer lawful: an adequacy decision, a safeguard or a derogation. One, a list of alternatives ("one of the following"), or per law (`{ eu-gdpr: scc, uk-gdpr: uk-addendum }`).':
    'Ce qui rend le transfert licite : une décision d’adéquation, une garantie ou une dérogation. Un seul mécanisme, une liste d’alternatives (« l’un des fondements suivants ») ou un mécanisme par loi (`{ eu-gdpr: scc, uk-gdpr: uk-addendum }`).',
  'Where or how a copy of the safeguard can be obtained (URL or text).':
    'Où ou comment obtenir une copie de la garantie (URL ou texte).',
  'Anything else readers should know about this transfer.':
    'Toute autre information que les lecteurs devraient connaître sur ce transfert.',
  'true when data may be transferred, but not necessarily (the notice says "may").':
    'true lorsque des données peuvent être transférées, mais pas nécessairement (la déclaration dit « peuvent »).',
  'The compelling legitimate interest an occasional transfer serves (with `derogation-compelling-interests`).':
    'L’intérêt légitime impérieux que sert un transfert occasionnel (avec `derogation-compelling-interests`).',
  'The laws whose territory the transfer leaves (default: every law of the notice it leaves).':
    'Les lois dont le transfert quitte le territoire (par défaut : chaque loi de la déclaration dont il quitte le territoire).',
  'How people exercise their rights.': 'Comment les personnes exercent leurs droits.',
  'Where requests are sent (e-mail or URL), or a named contact `{ name, email, phone, url }`; defaults to the controller’s e-mail.':
    'Où les demandes sont envoyées (e-mail ou URL), ou un contact nommé `{ name, email, phone, url }` ; par défaut, l’e-mail du responsable du traitement.',
  'The person or team that handles requests.': 'La personne ou l’équipe qui traite les demandes.',
  'E-mail address for requests.': 'Adresse e-mail pour les demandes.',
  'Web page or form for requests.': 'Page web ou formulaire pour les demandes.',
  'The ways people can exercise their rights, e.g. e-mail, a web form, self-service in the app.':
    'Les moyens dont les personnes disposent pour exercer leurs droits, par exemple l’e-mail, un formulaire web, le libre-service dans l’application.',
  'How requests are made: email, web-form, post, phone, in-app or in-person.':
    'Comment les demandes sont faites : email, web-form, post, phone, in-app ou in-person.',
  'The address, number or link.': 'L’adresse, le numéro ou le lien.',
  'Anything readers should know about this channel.':
    'Toute information que les lecteurs devraient connaître sur ce canal.',
  'How we verify the identity of the person making a request.':
    'Comment nous vérifions l’identité de la personne qui présente une demande.',
  'How soon requests are answered: at most (and by default) 1 month. The notice says "without undue delay and at the latest within" this time, and that it can be extended by two further months where necessary.':
    'Dans quel délai il est répondu aux demandes : au plus (et par défaut) 1 mois. La déclaration indique qu’il est répondu « dans les meilleurs délais et au plus tard » dans ce délai, et que celui-ci peut être prolongé de deux mois au besoin.',
  'Rights a law restricts, each as `{ right, law, scope }`. A restriction never removes the right from the notice: it is shown under the right as its limit.':
    'Les droits qu’une loi limite, chacun sous la forme `{ right, law, scope }`. Une limitation ne retire jamais le droit de la déclaration : elle est présentée sous le droit, comme sa limite.',
  'The right that is restricted.': 'Le droit qui est limité.',
  'The law that restricts it: a Union or Member State law under Art 23(1), a derogation under Art 85(2) or 89(2)–(3), or Art 11(2), with its article.':
    'La loi qui le limite : une loi de l’Union ou d’un État membre au titre de l’article 23.1, une dérogation au titre de l’article 85.2 ou de l’article 89.2 ou 89.3, ou l’article 11.2, avec son article.',
  'Which processing or which cases the restriction concerns.': 'Le traitement ou les cas que concerne la limitation.',
  'Replaced by `restrictions` (still read, and reported: a right is restricted, never excluded).':
    'Remplacé par `restrictions` (toujours lu, et signalé : un droit est limité, jamais exclu).',
  'The Union or Member State law that restricts it (Art 23), or the GDPR provision that exempts it (e.g. Art 17(3)(b)), with its article.':
    'La loi de l’Union ou de l’État membre qui le limite (article 23), ou la disposition du RGPD qui y fait exception (par exemple l’article 17.3.b)), avec son article.',
  'Anything else about exercising rights.': 'Toute autre information sur l’exercice des droits.',
  'Automated decision-making, including profiling: `none`, or a list of decisions.':
    'La prise de décision automatisée, y compris le profilage : `none`, ou une liste de décisions.',
  'What the automated decision is for.': 'À quoi sert la décision automatisée.',
  'The exception of Art 22(2) that allows the decision: `contract`, `law` or `explicit-consent`. Human intervention, a hearing and a challenge (Art 22(3)) are promised for `contract` and `explicit-consent`; for `law`, the law lays down the safeguards.':
    'L’exception de l’article 22.2 qui autorise la décision : `contract`, `law` ou `explicit-consent`. Une intervention humaine, la possibilité d’exprimer son point de vue et celle de contester la décision (article 22.3) sont promises pour `contract` et `explicit-consent` ; pour `law`, c’est la loi qui prévoit les garanties.',
  'Meaningful information about the logic involved.': 'Des informations utiles concernant la logique sous-jacente.',
  'The significance and envisaged consequences for the person.':
    'L’importance et les conséquences prévues pour la personne.',
  'true: we make no decision based solely on automated processing.':
    'true : nous ne prenons aucune décision fondée exclusivement sur un traitement automatisé.',
  'What others may do, e.g. an embedded provider’s own automated decisions.':
    'Ce que d’autres peuvent faire, par exemple les décisions automatisées propres à un fournisseur de contenu intégré.',
  'Cookies and similar technologies.': 'Cookies et technologies similaires.',
  'The cookie’s name (it may be left out when `description` says what the cookie does).':
    'Le nom du cookie (il peut être omis lorsque `description` indique ce que fait le cookie).',
  'What the cookie does, for a cookie described without its name.':
    'Ce que fait le cookie, pour un cookie décrit sans son nom.',
  'Who sets the cookie.': 'Qui dépose le cookie.',
  'What the cookie is for: a purpose id or text.': 'À quoi sert le cookie : un identifiant de finalité ou un texte.',
  'How long the cookie lives: a duration (minutes included) or `session`.':
    'Durée de vie du cookie : une durée (minutes comprises) ou `session`.',
  'The kind of cookie.': 'Le type de cookie.',
  'Whether our site or another domain sets it.': 'Si le cookie est déposé par notre site ou par un autre domaine.',
  'How readers change or withdraw their cookie choices: the banner link, browser settings, Global Privacy Control.':
    'Comment les lecteurs modifient ou retirent leurs choix en matière de cookies : le lien de la bannière, les paramètres du navigateur, Global Privacy Control.',
  'What the notice promises not to do, checked against the rest of the policy (rule broken-promise): `no-sale`, `no-sharing-for-advertising`, `no-transfer`, `no-profiling`, `no-special-categories`.':
    'Ce que la déclaration s’engage à ne pas faire, vérifié par rapport au reste de la politique (règle broken-promise) : `no-sale`, `no-sharing-for-advertising`, `no-transfer`, `no-profiling`, `no-special-categories`.',
  'The retention of every purpose that has none of its own; the notice states it once.':
    'La durée de conservation de toute finalité qui n’indique pas de durée propre ; la déclaration l’indique une seule fois.',
  'The organisation’s other roles: processing it does on someone else’s behalf.':
    'Les autres rôles de l’organisation : les traitements qu’elle effectue pour le compte d’autrui.',
  'Processing we do as a processor for others: they are the controller, and their notice applies to it.':
    'Les traitements que nous effectuons en tant que sous-traitant pour d’autres : ceux-ci sont responsables du traitement, et leur déclaration s’y applique.',
  'What we process on someone else’s behalf.': 'Ce que nous traitons pour le compte d’autrui.',
  'Who the controller is (e.g. our customers).': 'Qui est le responsable du traitement (par exemple nos clients).',
  'Where that controller’s notice is.': 'Où se trouve la déclaration de ce responsable du traitement.',
  'The laws the notice serves, each with what it needs of its own: `eu-gdpr`, `uk-gdpr`, `ch-fadp`. The first is the notice’s own (its authority and representative are the top-level ones).':
    'Les lois que sert la déclaration, chacune avec ce qu’elle exige en propre : `eu-gdpr`, `uk-gdpr`, `ch-fadp`. La première est celle de la déclaration elle-même (son autorité et son représentant sont ceux indiqués au premier niveau).',
  'The supervisory authority under this law.': 'L’autorité de contrôle au titre de cette loi.',
  'The representative under this law, where one must be designated.':
    'Le représentant au titre de cette loi, lorsqu’un représentant doit être désigné.',
  'How people complain to us (UK: DPA 2018 s.164A, from 19 June 2026).':
    'Comment les personnes nous adressent une réclamation (Royaume-Uni : DPA 2018 s.164A, à partir du 19 juin 2026).',
  'a way to complain to us': 'un moyen de nous adresser une réclamation',
  'A complaint form that can be completed electronically.':
    'Un formulaire de réclamation qui peut être rempli par voie électronique.',
  'E-mail address for complaints.': 'Adresse e-mail pour les réclamations.',
  'Telephone number for complaints.': 'Numéro de téléphone pour les réclamations.',
  'Postal address for complaints.': 'Adresse postale pour les réclamations.',
  'Anything else about complaining to us.': 'Toute autre information sur les réclamations qui nous sont adressées.',
  'Anything else readers under this law should know (rendered in its section).':
    'Toute autre information que les lecteurs relevant de cette loi devraient connaître (affichée dans sa section).',
  'Security measures, one per item (markdown).': 'Mesures de sécurité, une par élément (Markdown).',
  'Extra sections rendered after the generated ones.':
    'Sections supplémentaires affichées après les sections générées.',
  'Section heading.': 'Titre de la section.',
  'Section text.': 'Texte de la section.',
  'How long the data is kept, e.g. 10 years.': 'Combien de temps les données sont conservées, par exemple 10 ans.',
  'The event the period counts from, e.g. the end of the contract.':
    'L’événement à partir duquel la durée est comptée, par exemple la fin du contrat.',
  'The event until which the data is kept, e.g. the end of the contractual relationship.':
    'L’événement jusqu’auquel les données sont conservées, par exemple la fin de la relation contractuelle.',
  'An extra period after the `until` event or the period the `law` requires.':
    'Une durée supplémentaire après l’événement `until` ou après la durée prévue par la loi indiquée sous `law`.',
  'A minimum period, e.g. set by law for medical records (with `from` and `law`).':
    'Une durée minimale, par exemple fixée par la loi pour les dossiers médicaux (avec `from` et `law`).',
  'A maximum period (with `from`).': 'Une durée maximale (avec `from`).',
  'A range of two periods, e.g. [7 years, 10 years] (with `from` or `criteria`).':
    'Une fourchette de deux durées, par exemple [7 years, 10 years] (avec `from` ou `criteria`).',
  'The law that sets the period: alone, "the period this law requires" (optionally `then` a further period); with `at_least`, the law that sets the minimum.':
    'La loi qui fixe la durée : seule, « la durée prévue par cette loi » (éventuellement suivie, avec `then`, d’une durée supplémentaire) ; avec `at_least`, la loi qui fixe la durée minimale.',
  'Kept longer only while this lasts, e.g. the final settlement of a dispute.':
    'Conservation prolongée uniquement tant que dure cette situation, par exemple jusqu’au règlement définitif d’un litige.',
  'The criteria used to determine the period, when no period can be given.':
    'Les critères utilisés pour déterminer la durée, lorsqu’aucune durée ne peut être indiquée.',
  'In a list of retention periods: the data this period applies to.':
    'Dans une liste de durées de conservation : les données auxquelles s’applique cette durée.',
  'data category': 'catégorie de données',
  recipient: 'destinataire',
  purpose: 'finalité',
  audience: 'public',
  'New privacy policy': 'Nouvelle politique de confidentialité',
  'A complete privacy notice skeleton that passes every error-level check once its placeholders are filled':
    'Un squelette complet de déclaration de confidentialité qui satisfait à tous les contrôles de niveau erreur une fois ses espaces réservés complétés',
  Purpose: 'Finalité',
  'A purpose with its legal basis, data and retention (Art 13(1)(c), 13(2)(a))':
    'Une finalité avec sa base juridique, ses données et sa durée de conservation (articles 13.1.c) et 13.2.a))',
  'Data category': 'Catégorie de données',
  'A category of personal data (Art 14(1)(d))': 'Une catégorie de données à caractère personnel (article 14.1.d))',
  Recipient: 'Destinataire',
  'A recipient or category of recipients (Art 13(1)(e))':
    'Un destinataire ou une catégorie de destinataires (article 13.1.e))',
  Transfer: 'Transfert',
  'A transfer outside the EEA with its safeguard (Art 13(1)(f), 44-49)':
    'Un transfert en dehors de l’EEE avec sa garantie (article 13.1.f) et articles 44 à 49)',
  Cookie: 'Cookie',
  'A cookie or similar technology': 'Un cookie ou une technologie similaire',
  'Processor role': 'Rôle de sous-traitant',
  "Processing we do as a processor on someone else's behalf: they are the controller, and their notice applies (Art 4(8), 28)":
    'Un traitement que nous effectuons en tant que sous-traitant pour le compte d’autrui : l’autre partie est le responsable du traitement, et sa déclaration s’applique (articles 4.8 et 28)',
  'Restricted right': 'Droit limité',
  'A right a law restricts, with the law and the cases it concerns (Art 13(2)(b), 23(1))':
    'Un droit qu’une loi limite, avec cette loi et les cas qu’elle concerne (articles 13.2.b) et 23.1)',
  'Sets out what the GDPR is for: protecting people when their personal data is used, while letting that data move freely within the EU.':
    'Définit l’objet du RGPD : protéger les personnes lorsque leurs données à caractère personnel sont utilisées, tout en permettant la libre circulation de ces données au sein de l’UE.',
  'Says which processing the GDPR covers — automated or filed personal data — and what it leaves out, such as purely personal or household activities.':
    'Indique quels traitements le RGPD couvre — données à caractère personnel traitées de manière automatisée ou contenues dans un fichier — et ce qu’il exclut, comme les activités strictement personnelles ou domestiques.',
  'Applies the GDPR to organisations established in the EU, and to those outside it that offer goods or services to, or monitor, people in the EU.':
    'Applique le RGPD aux organismes établis dans l’UE, ainsi qu’à ceux qui, établis hors de l’UE, offrent des biens ou des services à des personnes qui se trouvent dans l’UE ou suivent leur comportement.',
  "Defines the GDPR's key terms, such as personal data, processing, controller, processor, consent and profiling.":
    'Définit les notions clés du RGPD, telles que données à caractère personnel, traitement, responsable du traitement, sous-traitant, consentement et profilage.',
  "Lists the principles every use of personal data must follow: lawfulness, fairness and transparency, purpose limitation, data minimisation, accuracy, storage limitation, security — and the controller's duty to show compliance.":
    'Énumère les principes que toute utilisation de données à caractère personnel doit respecter : licéité, loyauté et transparence, limitation des finalités, minimisation des données, exactitude, limitation de la conservation, sécurité — ainsi que l’obligation du responsable du traitement de démontrer qu’il les respecte.',
  'Processing is lawful only on one of six bases: consent, a contract, a legal obligation, vital interests, a public task or legitimate interests.':
    'Le traitement n’est licite que s’il repose sur l’une de six bases juridiques : le consentement, un contrat, une obligation légale, les intérêts vitaux, une mission d’intérêt public ou l’intérêt légitime.',
  'Sets the conditions for valid consent: the controller must be able to prove it, the request must be clear and separate, and it can be withdrawn as easily as it was given.':
    'Fixe les conditions d’un consentement valable : le responsable du traitement doit être en mesure de le démontrer, la demande doit être claire et distincte, et le consentement peut être retiré aussi facilement qu’il a été donné.',
  'When an online service is offered directly to a child on the basis of consent, a parent must consent below the age of digital consent (16, or lower down to 13 where a Member State so decides).':
    'Lorsqu’un service en ligne est proposé directement à un enfant sur la base du consentement, un parent doit consentir en dessous de l’âge du consentement numérique (16 ans, ou un âge inférieur, jusqu’à 13 ans, lorsqu’un État membre en décide ainsi).',
  'Forbids processing of special categories of data (health, ethnic origin, religion, biometrics and others) unless one of the listed exceptions applies.':
    'Interdit le traitement des catégories particulières de données (santé, origine ethnique, religion, données biométriques, etc.) sauf si l’une des exceptions énumérées s’applique.',
  'Data about criminal convictions and offences may be processed only under official authority or where Union or Member State law allows it with safeguards.':
    'Les données relatives aux condamnations pénales et aux infractions ne peuvent être traitées que sous le contrôle de l’autorité publique ou lorsque le droit de l’Union ou le droit d’un État membre l’autorise en prévoyant des garanties.',
  'A controller need not collect extra information just to identify people for the purpose of complying with the GDPR.':
    'Un responsable du traitement n’est pas tenu de collecter des informations supplémentaires dans le seul but d’identifier des personnes pour respecter le RGPD.',
  'Information and communications to people must be concise, clear and easy to access, and requests to exercise rights must be answered free of charge, within one month as a rule.':
    'Les informations et communications destinées aux personnes doivent être concises, claires et aisément accessibles, et il doit être répondu gratuitement aux demandes d’exercice des droits, en règle générale dans un délai d’un mois.',
  'Lists what a controller must tell people when it collects personal data from them, at the time of collection.':
    'Énumère les informations qu’un responsable du traitement doit fournir aux personnes lorsqu’il collecte des données à caractère personnel auprès d’elles, au moment de la collecte.',
  'Lists what a controller must tell people when it obtains their personal data from someone else, including the source of the data.':
    'Énumère les informations qu’un responsable du traitement doit fournir aux personnes lorsqu’il obtient leurs données à caractère personnel autrement qu’auprès d’elles, y compris la source des données.',
  'Gives people the right to know whether their data is processed, to get a copy of it, and to be told how and why it is used.':
    'Confère aux personnes le droit de savoir si leurs données sont traitées, d’en obtenir une copie et d’être informées de la manière dont elles sont utilisées et des raisons pour lesquelles elles le sont.',
  'Gives people the right to have inaccurate personal data corrected and incomplete data completed.':
    'Confère aux personnes le droit de faire rectifier les données à caractère personnel inexactes et compléter les données incomplètes.',
  'Gives people the right to have their data erased in listed cases (the "right to be forgotten"), subject to exceptions such as legal obligations or legal claims.':
    'Confère aux personnes le droit d’obtenir l’effacement de leurs données dans les cas énumérés (le « droit à l’oubli »), sous réserve d’exceptions telles que le respect d’une obligation légale ou la constatation, l’exercice ou la défense de droits en justice.',
  'Gives people the right to have the use of their data restricted in listed cases, such as while its accuracy or their objection is being verified, where the processing is unlawful but they oppose erasure, or when they need the data kept for legal claims.':
    'Confère aux personnes le droit d’obtenir la limitation de l’utilisation de leurs données dans les cas énumérés, par exemple pendant la vérification de leur exactitude ou de l’opposition formulée, lorsque le traitement est illicite mais que la personne s’oppose à leur effacement, ou lorsqu’elle a besoin que les données soient conservées pour la constatation, l’exercice ou la défense de droits en justice.',
  'A controller must pass on any correction, erasure or restriction to each recipient of the data, and tell the person who the recipients are if asked.':
    'Un responsable du traitement doit notifier toute rectification, tout effacement ou toute limitation à chaque destinataire des données, et indiquer à la personne quels sont ces destinataires si elle en fait la demande.',
  'Gives people the right to receive data they provided in a structured, machine-readable format and to have it transmitted to another controller, where processing rests on consent or a contract and is automated.':
    'Confère aux personnes le droit de recevoir les données qu’elles ont fournies dans un format structuré et lisible par machine et de les faire transmettre à un autre responsable du traitement, lorsque le traitement repose sur le consentement ou sur un contrat et est effectué à l’aide de procédés automatisés.',
  'Gives people the right to object to processing based on public task or legitimate interests, and an absolute right to object to direct marketing.':
    'Confère aux personnes le droit de s’opposer à un traitement fondé sur une mission d’intérêt public ou sur l’intérêt légitime, ainsi qu’un droit absolu de s’opposer à la prospection.',
  'People have the right not to be subject to decisions based solely on automated processing, including profiling, that significantly affect them, save in listed cases with safeguards.':
    'Les personnes ont le droit de ne pas faire l’objet de décisions fondées exclusivement sur un traitement automatisé, y compris le profilage, qui les affectent de manière significative, sauf dans les cas énumérés et moyennant des garanties.',
  'Allows Union or Member State law to restrict certain rights and duties where necessary to protect important public interests, such as national security or the prevention of crime.':
    'Permet au droit de l’Union ou au droit d’un État membre de limiter certains droits et obligations lorsque cela est nécessaire pour protéger des intérêts publics importants, comme la sécurité nationale ou la prévention des infractions pénales.',
  'The controller must take appropriate technical and organisational measures to ensure and demonstrate that processing complies with the GDPR.':
    'Le responsable du traitement doit mettre en œuvre des mesures techniques et organisationnelles appropriées pour s’assurer et être en mesure de démontrer que le traitement est conforme au RGPD.',
  'Data protection must be built into processing from the start, and by default only the data needed for each purpose may be processed.':
    'La protection des données doit être intégrée au traitement dès sa conception et, par défaut, seules les données nécessaires à chaque finalité peuvent être traitées.',
  'Controllers who decide together on the purposes and means of processing must set out their respective responsibilities in an arrangement whose essence is made available to people.':
    'Les responsables du traitement qui déterminent conjointement les finalités et les moyens du traitement doivent définir leurs responsabilités respectives dans un accord dont les grandes lignes sont mises à la disposition des personnes.',
  'Controllers and processors outside the EU that are subject to the GDPR must appoint a representative in the EU in most cases.':
    'Les responsables du traitement et les sous-traitants établis hors de l’UE qui sont soumis au RGPD doivent, dans la plupart des cas, désigner un représentant dans l’UE.',
  'A controller may use only processors that give sufficient guarantees, under a contract that sets out the required terms.':
    'Un responsable du traitement ne peut faire appel qu’à des sous-traitants qui présentent des garanties suffisantes, dans le cadre d’un contrat qui prévoit les clauses requises.',
  "Processors and anyone acting under a controller's authority may process personal data only on the controller's instructions.":
    'Les sous-traitants et toute personne agissant sous l’autorité d’un responsable du traitement ne peuvent traiter des données à caractère personnel que sur instruction du responsable du traitement.',
  'Controllers and processors must keep a record of their processing activities, with the content the article lists.':
    'Les responsables du traitement et les sous-traitants doivent tenir un registre de leurs activités de traitement, comportant les informations que l’article énumère.',
  'Controllers and processors must cooperate with the supervisory authority when it asks.':
    'Les responsables du traitement et les sous-traitants doivent coopérer avec l’autorité de contrôle, à la demande de celle-ci.',
  'Controllers and processors must secure personal data with measures appropriate to the risk, such as encryption and pseudonymisation.':
    'Les responsables du traitement et les sous-traitants doivent assurer la sécurité des données à caractère personnel au moyen de mesures adaptées au risque, comme le chiffrement et la pseudonymisation.',
  'A personal data breach must be reported to the supervisory authority without undue delay and, where feasible, within 72 hours, unless it is unlikely to result in a risk to people.':
    'Une violation de données à caractère personnel doit être notifiée à l’autorité de contrôle dans les meilleurs délais et, si possible, 72 heures au plus tard, à moins qu’elle ne soit pas susceptible d’engendrer un risque pour les personnes.',
  'When a breach is likely to result in a high risk to people, the controller must tell them without undue delay.':
    'Lorsqu’une violation est susceptible d’engendrer un risque élevé pour les personnes, le responsable du traitement doit les en informer dans les meilleurs délais.',
  'Processing likely to result in a high risk to people requires a data protection impact assessment beforehand.':
    'Un traitement susceptible d’engendrer un risque élevé pour les personnes doit être précédé d’une analyse d’impact relative à la protection des données.',
  'Where an impact assessment shows a high risk that the controller cannot mitigate, the supervisory authority must be consulted before processing starts.':
    'Lorsqu’une analyse d’impact fait apparaître un risque élevé que le responsable du traitement ne peut pas atténuer, l’autorité de contrôle doit être consultée avant le début du traitement.',
  'Says when a data protection officer must be appointed, for example for large-scale monitoring or special-category data, and that their contact details must be published.':
    'Précise quand un délégué à la protection des données doit être désigné, par exemple en cas de suivi à grande échelle ou de traitement de catégories particulières de données, et que ses coordonnées doivent être publiées.',
  'The data protection officer must be involved in all data protection issues, be independent, and be reachable by the people whose data is processed.':
    'Le délégué à la protection des données doit être associé à toutes les questions relatives à la protection des données, être indépendant et pouvoir être contacté par les personnes dont les données sont traitées.',
  "Lists the data protection officer's tasks: advising, monitoring compliance and cooperating with the supervisory authority.":
    'Énumère les missions du délégué à la protection des données : conseiller, contrôler le respect des règles et coopérer avec l’autorité de contrôle.',
  'Encourages codes of conduct drawn up by associations and approved by supervisory authorities, which can also serve as a safeguard for transfers.':
    'Encourage les codes de conduite élaborés par des associations et approuvés par les autorités de contrôle, qui peuvent aussi servir de garantie pour les transferts.',
  'Approved codes of conduct may be monitored by accredited independent bodies.':
    'Le respect des codes de conduite approuvés peut être contrôlé par des organismes indépendants agréés.',
  'Encourages certification mechanisms, seals and marks that show compliance with the GDPR.':
    'Encourage les mécanismes de certification, labels et marques qui attestent la conformité au RGPD.',
  'Sets the requirements for bodies that issue GDPR certifications, and their accreditation.':
    'Fixe les exigences applicables aux organismes qui délivrent des certifications RGPD, ainsi que leur agrément.',
  'Personal data may leave the EU only when the conditions of Chapter V are met, so that the protection travels with the data.':
    'Des données à caractère personnel ne peuvent quitter l’UE que si les conditions du chapitre V sont respectées, afin que la protection accompagne les données.',
  'Transfers may take place without further authorisation to a country or organisation the Commission has found to offer an adequate level of protection.':
    'Un transfert peut avoir lieu sans autre autorisation vers un pays ou une organisation dont la Commission a constaté qu’il ou elle assure un niveau de protection adéquat.',
  'Without an adequacy decision, transfers need appropriate safeguards, such as standard contractual clauses, with enforceable rights for people.':
    'En l’absence de décision d’adéquation, les transferts nécessitent des garanties appropriées, comme les clauses types de protection des données, assorties de droits opposables pour les personnes.',
  'Sets the content and approval of binding corporate rules for transfers within a group of companies.':
    'Fixe le contenu et les modalités d’approbation des règles d’entreprise contraignantes applicables aux transferts au sein d’un groupe d’entreprises.',
  'A foreign court judgment or authority decision requiring a transfer is recognised only on the basis of an international agreement.':
    'Une décision d’une juridiction ou d’une autorité étrangère exigeant un transfert n’est reconnue que sur la base d’un accord international.',
  'Lists the derogations that allow a transfer without adequacy or safeguards in specific situations, such as explicit consent or the performance of a contract.':
    'Énumère les dérogations qui permettent un transfert sans décision d’adéquation ni garanties dans des situations particulières, comme le consentement explicite ou l’exécution d’un contrat.',
  'The Commission and supervisory authorities must work with third countries and international organisations to protect personal data.':
    'La Commission et les autorités de contrôle doivent coopérer avec les pays tiers et les organisations internationales pour protéger les données à caractère personnel.',
  'Each Member State must have one or more independent public authorities that monitor the application of the GDPR.':
    'Chaque État membre doit disposer d’une ou de plusieurs autorités publiques indépendantes chargées de surveiller l’application du RGPD.',
  'Supervisory authorities must act with complete independence and have the resources they need.':
    'Les autorités de contrôle doivent agir en toute indépendance et disposer des ressources nécessaires.',
  'Sets the conditions for appointing the members of a supervisory authority through a transparent procedure.':
    'Fixe les conditions de nomination des membres d’une autorité de contrôle selon une procédure transparente.',
  'Member States must lay down by law how their supervisory authorities are established and their members appointed.':
    'Les États membres doivent prévoir par la loi la création de leurs autorités de contrôle et les modalités de nomination de leurs membres.',
  'Each supervisory authority is competent on the territory of its own Member State.':
    'Chaque autorité de contrôle est compétente sur le territoire de son propre État membre.',
  'For cross-border processing, the authority of the main establishment acts as lead supervisory authority.':
    'Pour un traitement transfrontalier, l’autorité de contrôle de l’établissement principal agit en tant qu’autorité de contrôle chef de file.',
  "Lists the supervisory authority's tasks, including handling complaints and raising public awareness.":
    'Énumère les missions de l’autorité de contrôle, dont le traitement des réclamations et la sensibilisation du public.',
  "Lists the supervisory authority's investigative, corrective and advisory powers.":
    'Énumère les pouvoirs d’enquête, les pouvoirs d’adopter des mesures correctrices et les pouvoirs consultatifs de l’autorité de contrôle.',
  'Each supervisory authority must publish an annual report on its activities.':
    'Chaque autorité de contrôle doit publier un rapport annuel sur ses activités.',
  'Sets how the lead supervisory authority and the other authorities concerned cooperate and reach a decision together.':
    'Fixe la manière dont l’autorité de contrôle chef de file et les autres autorités concernées coopèrent et prennent une décision ensemble.',
  'Supervisory authorities must help one another, for example by sharing information and carrying out inspections on request.':
    'Les autorités de contrôle doivent se prêter mutuellement assistance, par exemple en échangeant des informations et en procédant à des inspections sur demande.',
  'Supervisory authorities may carry out joint investigations and enforcement operations.':
    'Les autorités de contrôle peuvent mener des enquêtes conjointes et des mesures répressives conjointes.',
  'The consistency mechanism makes supervisory authorities cooperate with one another and with the Commission to apply the GDPR consistently.':
    'Le mécanisme de contrôle de la cohérence amène les autorités de contrôle à coopérer entre elles et avec la Commission afin d’appliquer le RGPD de manière cohérente.',
  'The European Data Protection Board gives opinions on draft decisions of supervisory authorities in listed cases.':
    'Le comité européen de la protection des données rend des avis sur les projets de décision des autorités de contrôle dans les cas énumérés.',
  'The Board settles disputes between supervisory authorities with binding decisions.':
    'Le comité règle les litiges entre autorités de contrôle par des décisions contraignantes.',
  'In exceptional, urgent cases a supervisory authority may adopt provisional measures for up to three months.':
    'Dans des cas exceptionnels et urgents, une autorité de contrôle peut adopter des mesures provisoires pour une durée maximale de trois mois.',
  'The Commission may set the arrangements for exchanging information electronically between supervisory authorities and the Board.':
    'La Commission peut fixer les modalités de l’échange d’informations par voie électronique entre les autorités de contrôle et le comité.',
  'Establishes the European Data Protection Board as a Union body with legal personality.':
    'Institue le comité européen de la protection des données en tant qu’organe de l’Union doté de la personnalité juridique.',
  'The Board acts independently in performing its tasks.':
    'Le comité agit en toute indépendance dans l’exercice de ses missions.',
  "Lists the Board's tasks, such as issuing guidelines, recommendations and best practices.":
    'Énumère les missions du comité, comme la publication de lignes directrices, de recommandations et de bonnes pratiques.',
  'The Board must publish an annual report on data protection in the Union.':
    'Le comité doit publier un rapport annuel sur la protection des données dans l’Union.',
  'The Board takes its decisions by a simple majority of its members, unless the GDPR says otherwise, and adopts its own rules of procedure.':
    'Le comité prend ses décisions à la majorité simple de ses membres, sauf disposition contraire du RGPD, et adopte son règlement intérieur.',
  'The Board elects a chair and two deputy chairs from among its members.':
    'Le comité élit un président et deux vice-présidents parmi ses membres.',
  "Lists the chair's tasks, such as convening meetings and notifying the Board's decisions.":
    'Énumère les missions du président, comme la convocation des réunions et la notification des décisions du comité.',
  'The European Data Protection Supervisor provides the Board with a secretariat.':
    'Le Contrôleur européen de la protection des données assure le secrétariat du comité.',
  "The Board's discussions are confidential where it considers this necessary.":
    'Les débats du comité sont confidentiels lorsque celui-ci le juge nécessaire.',
  'Everyone has the right to lodge a complaint with a supervisory authority, in particular in the Member State where they live, work or where the infringement took place.':
    'Toute personne a le droit d’introduire une réclamation auprès d’une autorité de contrôle, en particulier dans l’État membre où elle réside, où elle travaille ou où la violation a été commise.',
  "People and organisations can challenge a supervisory authority's binding decision, or its failure to act on a complaint, before the courts.":
    'Les personnes et les organismes peuvent contester devant les juridictions une décision juridiquement contraignante d’une autorité de contrôle, ou l’absence de suite donnée par celle-ci à une réclamation.',
  'People have the right to take a controller or processor to court when their rights under the GDPR have been infringed.':
    'Les personnes ont le droit d’agir en justice contre un responsable du traitement ou un sous-traitant lorsque les droits que leur confère le RGPD ont été violés.',
  'People may have a not-for-profit body, organisation or association represent them in complaints and court actions.':
    'Les personnes peuvent mandater un organisme, une organisation ou une association à but non lucratif pour les représenter dans le cadre de réclamations et d’actions en justice.',
  'A court may suspend proceedings when the same processing is already before a court in another Member State.':
    'Une juridiction peut suspendre une procédure lorsque le même traitement fait déjà l’objet d’une procédure devant une juridiction d’un autre État membre.',
  'Anyone who has suffered damage from an infringement of the GDPR has the right to compensation from the controller or processor.':
    'Toute personne ayant subi un dommage du fait d’une violation du RGPD a le droit d’obtenir réparation du responsable du traitement ou du sous-traitant.',
  'Sets how administrative fines are decided and their ceilings: for the gravest infringements up to €20 million or 4 % of worldwide annual turnover, whichever is higher.':
    'Fixe les modalités de détermination des amendes administratives et leurs plafonds : pour les violations les plus graves, jusqu’à 20 millions d’euros ou 4 % du chiffre d’affaires annuel mondial, le montant le plus élevé étant retenu.',
  'Member States must lay down other penalties for infringements, in particular those not subject to administrative fines.':
    'Les États membres doivent déterminer le régime des autres sanctions applicables aux violations, en particulier à celles qui ne font pas l’objet d’amendes administratives.',
  'Member States must reconcile data protection with freedom of expression and information, including for journalism.':
    'Les États membres doivent concilier la protection des données avec la liberté d’expression et d’information, y compris à des fins journalistiques.',
  'Personal data in official documents may be disclosed to give public access in line with Union or Member State law.':
    'Les données à caractère personnel figurant dans des documents officiels peuvent être communiquées pour permettre l’accès du public, conformément au droit de l’Union ou au droit d’un État membre.',
  'Member States may set the conditions for processing a national identification number.':
    'Les États membres peuvent préciser les conditions de traitement d’un numéro d’identification national.',
  "Member States may adopt more specific rules for processing employees' personal data in the employment context.":
    'Les États membres peuvent adopter des règles plus spécifiques pour le traitement des données à caractère personnel des employés dans le cadre des relations de travail.',
  'Processing for archiving in the public interest, research or statistics needs safeguards such as data minimisation, and certain rights may be restricted.':
    'Le traitement à des fins archivistiques dans l’intérêt public, à des fins de recherche ou à des fins statistiques nécessite des garanties, comme la minimisation des données, et certains droits peuvent être limités.',
  "Member States may adapt the supervisory authorities' powers towards people bound by professional secrecy.":
    'Les États membres peuvent adapter les pouvoirs des autorités de contrôle à l’égard des personnes soumises au secret professionnel.',
  'Churches and religious associations may keep applying their own comprehensive data protection rules if they are brought in line with the GDPR.':
    'Les églises et associations religieuses peuvent continuer d’appliquer leurs propres règles complètes de protection des données si elles sont mises en conformité avec le RGPD.',
  'Sets the conditions under which the Commission may adopt delegated acts.':
    'Fixe les conditions dans lesquelles la Commission peut adopter des actes délégués.',
  'The Commission is assisted by a committee when it adopts implementing acts.':
    'La Commission est assistée par un comité lorsqu’elle adopte des actes d’exécution.',
  "Repeals Directive 95/46/EC, the GDPR's predecessor, from 25 May 2018.":
    'Abroge la directive 95/46/CE, qui a précédé le RGPD, avec effet au 25 mai 2018.',
  'The GDPR adds no obligations where the ePrivacy Directive (2002/58/EC) already sets specific obligations with the same objective.':
    'Le RGPD n’impose pas d’obligations supplémentaires lorsque la directive « vie privée et communications électroniques » (2002/58/CE) fixe déjà des obligations spécifiques ayant le même objectif.',
  'International agreements on transfers concluded by Member States before 24 May 2016 that complied with Union law as it then stood remain in force until amended, replaced or revoked.':
    'Les accords internationaux relatifs aux transferts conclus par les États membres avant le 24 mai 2016 et conformes au droit de l’Union tel qu’il était alors applicable restent en vigueur jusqu’à leur modification, leur remplacement ou leur révocation.',
  'The Commission must report on the evaluation and review of the GDPR every four years.':
    'La Commission doit présenter tous les quatre ans un rapport sur l’évaluation et le réexamen du RGPD.',
  'The Commission must review other Union legal acts on data protection to align them with the GDPR.':
    'La Commission doit réexaminer les autres actes juridiques de l’Union relatifs à la protection des données afin de les aligner sur le RGPD.',
  'The GDPR entered into force in 2016 and has applied since 25 May 2018.':
    'Le RGPD est entré en vigueur en 2016 et s’applique depuis le 25 mai 2018.',
  'The UK GDPR applies to processing in the context of an establishment in the United Kingdom, and to controllers outside it that offer goods or services to, or monitor, people in the United Kingdom.':
    'Le UK GDPR s’applique aux traitements effectués dans le cadre des activités d’un établissement au Royaume-Uni, ainsi qu’aux responsables du traitement établis hors du Royaume-Uni qui offrent des biens ou des services à des personnes qui se trouvent au Royaume-Uni ou suivent leur comportement.',
  'Periods of time are read as under Regulation (EEC, Euratom) No 1182/71.':
    'Les délais s’entendent au sens du règlement (CEE, Euratom) n° 1182/71.',
  'Processing is lawful only on a basis of Art 6(1), which since 5 February 2026 includes recognised legitimate interests (point (ea), conditions in Annex 1); points (ea) and (f) are not for public authorities performing their tasks.':
    'Le traitement n’est licite que s’il repose sur une base de l’article 6.1, qui comprend depuis le 5 février 2026 les intérêts légitimes reconnus du point ea), dont les conditions figurent à l’annexe 1 ; les points ea) et f) ne valent pas pour les autorités publiques dans l’exécution de leurs missions.',
  'When further processing for a new purpose is compatible with the original purpose.':
    'Quand un traitement ultérieur à une nouvelle finalité est compatible avec la finalité initiale.',
  'Power to add to or vary the special categories of personal data.':
    'Habilitation à ajouter des catégories particulières de données à caractère personnel ou à les modifier.',
  'Information and communication must be clear and easy to access; requests are answered without undue delay and within the time limit of Art 12A.':
    'Les informations et communications doivent être claires et aisément accessibles ; il est répondu aux demandes dans les meilleurs délais et dans le délai prévu à l’article 12A.',
  'The time limit for answering requests: one month from receipt, from receipt of identity information asked for, or from payment of a fee, whichever is latest; extendable by two further months.':
    'Le délai de réponse aux demandes : un mois à compter de la réception de la demande, de la réception des informations d’identité demandées ou du paiement des frais, la date la plus tardive étant retenue ; il peut être prolongé de deux mois.',
  'What to tell people when collecting data from them; since 19 June 2026 including the right to complain to the controller (s.164A DPA 2018) and to the Commissioner (s.165).':
    'Les informations à fournir aux personnes lors de la collecte de données auprès d’elles ; depuis le 19 juin 2026, y compris le droit d’introduire une réclamation auprès du responsable du traitement (s.164A DPA 2018) et auprès de l’Information Commissioner (s.165).',
  'What to tell people when the data was not obtained from them; since 19 June 2026 including the right to complain to the controller (s.164A DPA 2018) and to the Commissioner (s.165).':
    'Les informations à fournir aux personnes lorsque les données n’ont pas été obtenues auprès d’elles ; depuis le 19 juin 2026, y compris le droit d’introduire une réclamation auprès du responsable du traitement (s.164A DPA 2018) et auprès de l’Information Commissioner (s.165).',
  'A significant decision based solely on automated processing: one with no meaningful human involvement and a legal or similarly significant effect.':
    'Une décision importante fondée exclusivement sur un traitement automatisé : une décision prise sans intervention humaine significative et qui produit un effet juridique ou un effet similaire important.',
  'Limits solely automated significant decisions on special category data, and bars them where the processing rests on recognised legitimate interests (22B(4)).':
    'Encadre les décisions importantes exclusivement automatisées portant sur des données de catégories particulières, et les interdit lorsque le traitement repose sur des intérêts légitimes reconnus (article 22B.4).',
  'Safeguards for solely automated significant decisions: information, the chance to make representations, human intervention and a way to contest the decision.':
    'Garanties applicables aux décisions importantes exclusivement automatisées : information, possibilité de présenter des observations, intervention humaine et moyen de contester la décision.',
  'Powers to make regulations about automated decision-making.':
    'Habilitation à adopter des règlements sur la prise de décision automatisée.',
  'A controller or processor outside the United Kingdom to which Art 3(2) applies designates a representative in the United Kingdom.':
    'Un responsable du traitement ou un sous-traitant établi hors du Royaume-Uni auquel s’applique l’article 3.2 désigne un représentant au Royaume-Uni.',
  'A transfer to a third country needs approval by regulations under Art 45A, appropriate safeguards (Art 46) or a derogation (Art 49).':
    'Un transfert vers un pays tiers nécessite une approbation par règlement au titre de l’article 45A, des garanties appropriées (article 46) ou une dérogation (article 49).',
  'The Secretary of State may approve transfers by regulations where the data protection test of Art 45B is met.':
    'Le Secretary of State peut approuver des transferts par règlement lorsque le critère de protection des données de l’article 45B est rempli.',
  'The data protection test: protection in the destination is not materially lower than in the United Kingdom.':
    'Le critère de protection des données : la protection dans le pays de destination n’est pas sensiblement inférieure à celle du Royaume-Uni.',
  'The Secretary of State monitors approvals and publishes a list of the regulations in force.':
    'Le Secretary of State surveille les approbations et publie la liste des règlements en vigueur.',
  'Transfers without approval by regulations need appropriate safeguards (e.g. the IDTA or the UK Addendum issued under s.119A DPA 2018), and the exporter must reasonably consider the data protection test met.':
    'Les transferts qui ne sont pas approuvés par règlement nécessitent des garanties appropriées (par exemple l’IDTA ou le UK Addendum émis en vertu de la s.119A DPA 2018), et l’exportateur doit raisonnablement estimer que le critère de protection des données est rempli.',
  'Standard data protection clauses and further safeguards may be specified by regulations.':
    'Des clauses types de protection des données et des garanties supplémentaires peuvent être définies par règlement.',
  'Regulations may restrict transfers in the public interest.':
    'Des règlements peuvent limiter les transferts pour des motifs d’intérêt public.',
  'Research, archiving and statistics ("RAS purposes").': 'Recherche, archivage et statistiques (« RAS purposes »).',
  'When processing for RAS purposes is allowed, and the appropriate safeguards it needs.':
    'Quand un traitement à des fins RAS est autorisé, et les garanties appropriées qu’il requiert.',
  'When the safeguards for RAS processing are not met (substantial damage or distress, decisions about a person).':
    'Quand les garanties applicables au traitement à des fins RAS ne sont pas respectées (dommage ou détresse substantiels, décisions concernant une personne).',
  'Powers to make regulations about safeguards for RAS processing.':
    'Habilitation à adopter des règlements sur les garanties applicables au traitement à des fins RAS.',
  'Processing and national security and defence.': 'Traitement, sécurité nationale et défense.',
  'How regulations under the UK GDPR are made.': 'Modalités d’adoption des règlements pris en vertu du UK GDPR.',
  'The Act protects the personality and fundamental rights of natural persons whose data is processed.':
    'La loi vise à protéger la personnalité et les droits fondamentaux des personnes physiques dont les données personnelles font l’objet d’un traitement.',
  'Whom and what the Act covers: private persons and federal bodies processing personal data of natural persons, with the exceptions it lists (e.g. purely personal use).':
    'À qui et à quoi la loi s’applique : aux personnes privées et aux organes fédéraux qui traitent des données personnelles concernant des personnes physiques, sous réserve des exceptions qu’elle énumère (par exemple l’usage exclusivement personnel).',
  'It applies to situations with effects in Switzerland, even if they were caused abroad.':
    'Elle s’applique aux états de fait qui déploient des effets en Suisse, même s’ils se sont produits à l’étranger.',
  'In chapter 1 of the Act (Purpose, Scope of Application and Federal Supervisory Authority).':
    'Au chapitre 1 de la loi (But, champ d’application et autorité fédérale de surveillance).',
  'Definitions: personal data, sensitive data, processing, disclosure, controller, processor, profiling and more.':
    'Définitions : données personnelles, données sensibles, traitement, communication, responsable du traitement, sous-traitant, profilage, etc.',
  'The principles: lawful, in good faith and proportionate processing, recognisable purposes, destruction when no longer needed, accuracy, and valid consent.':
    'Les principes : traitement licite, conforme à la bonne foi et proportionné, finalités reconnaissables, destruction des données lorsqu’elles ne sont plus nécessaires, exactitude et consentement valable.',
  'Data protection by design and by default.': 'Protection des données dès la conception et par défaut.',
  'Data security appropriate to the risk.': 'Sécurité des données adaptée au risque.',
  'Processing by a processor, under contract or law.':
    'Traitement par un sous-traitant, en vertu d’un contrat ou de la loi.',
  'Private controllers may appoint a data protection advisor.':
    'Les responsables du traitement privés peuvent nommer un conseiller à la protection des données.',
  'In chapter 2 of the Act (General Provisions).': 'Au chapitre 2 de la loi (Dispositions générales).',
  'Controllers and processors keep a record of their processing activities.':
    'Les responsables du traitement et les sous-traitants tiennent un registre de leurs activités de traitement.',
  'A private controller abroad that processes data of people in Switzerland appoints a representative in Switzerland when the four conditions of para 1 are all met; it publishes the representative’s name and address.':
    'Un responsable du traitement privé établi à l’étranger qui traite des données personnelles de personnes en Suisse désigne un représentant en Suisse lorsque les quatre conditions de l’al. 1 sont toutes remplies ; il publie le nom et l’adresse du représentant.',
  'Data may be disclosed abroad where the Federal Council has found adequate protection (Annex 1 DPO) or, failing that, with the safeguards of para 2.':
    'Des données personnelles peuvent être communiquées à l’étranger si le Conseil fédéral a constaté que la protection est adéquate (annexe 1 OPDo) ou, à défaut, moyennant les garanties de l’al. 2.',
  'Exceptions that allow disclosure abroad without adequacy or safeguards (express consent, contract, overriding public interest, legal claims, life and physical integrity, data made public, public registers).':
    'Exceptions qui permettent une communication à l’étranger sans protection adéquate ni garanties (consentement exprès, contrat, intérêt public prépondérant, droits en justice, vie et intégrité corporelle, données rendues accessibles à tout un chacun, registres publics).',
  'The duty to inform when collecting data: identity and contact, purpose, recipients, categories of data not collected from the person, and every State abroad with the safeguard or exception relied on.':
    'Le devoir d’informer lors de la collecte : identité et coordonnées, finalité, destinataires, catégories de données non collectées auprès de la personne concernée, et chaque État étranger, avec la garantie ou l’exception invoquée.',
  'When the duty to inform does not apply, and when the information may be restricted, deferred or omitted.':
    'Les cas où le devoir d’informer ne s’applique pas, et ceux où l’information peut être restreinte, différée ou omise.',
  'The duty to inform of an automated individual decision, and the person’s right to state their view and ask for a review by a natural person.':
    'Le devoir d’informer en cas de décision individuelle automatisée, et le droit de la personne concernée de faire valoir son point de vue et de demander que la décision soit revue par une personne physique.',
  'Data protection impact assessment.': 'Analyse d’impact relative à la protection des données personnelles.',
  'In chapter 3 of the Act (Duties of the Controller and of the Processor).':
    'Au chapitre 3 de la loi (Obligations du responsable du traitement et du sous-traitant).',
  'Notifying the FDPIC, and where necessary the person, of a data security breach.':
    'Annonce au PFPDT, et au besoin à la personne concernée, d’une violation de la sécurité des données.',
  'The right to information (access): whether and which data is processed, with the items of para 2, free of charge and as a rule within 30 days.':
    'Le droit d’accès : si des données sont traitées, et lesquelles, avec les informations de l’al. 2, gratuitement et en règle générale dans les 30 jours.',
  'When access may be refused, restricted or deferred.': 'Les cas où l’accès peut être refusé, restreint ou différé.',
  'In chapter 4 of the Act (Rights of the Data Subject).': 'Au chapitre 4 de la loi (Droits de la personne concernée).',
  'The right to receive one’s data in a common electronic format, or to have it transmitted to another controller.':
    'Le droit d’obtenir la remise de ses données dans un format électronique couramment utilisé, ou leur transmission à un autre responsable du traitement.',
  'Processing that breaches the personality, in particular against the person’s express declaration of will.':
    'Traitement qui porte atteinte à la personnalité, en particulier contre la manifestation expresse de la volonté de la personne concernée.',
  'A breach of personality is unlawful unless justified by consent, an overriding private or public interest, or the law.':
    'Une atteinte à la personnalité est illicite à moins d’être justifiée par le consentement de la personne concernée, par un intérêt prépondérant privé ou public, ou par la loi.',
  'The claims of the person: rectification, and actions to protect personality (prohibiting processing or disclosure, deletion).':
    'Les prétentions de la personne concernée : rectification, et actions en protection de la personnalité (interdiction du traitement ou de la communication, effacement).',
  'In chapter 6 of the Act (Special Provisions on Data Processing by Federal Bodies).':
    'Au chapitre 6 de la loi (Dispositions particulières pour le traitement de données personnelles par des organes fédéraux).',
  'In chapter 7 of the Act (Federal Data Protection and Information Commissioner).':
    'Au chapitre 7 de la loi (Préposé fédéral à la protection des données et à la transparence).',
  'The FDPIC opens an investigation ex officio or on a report; it tells a data subject who reported what it did.':
    'Le PFPDT ouvre une enquête d’office ou sur dénonciation ; il informe la personne concernée qui a fait la dénonciation des suites qu’il y a données.',
  'Procedure: only the controller or processor under investigation is a party.':
    'Procédure : seul le responsable du traitement ou le sous-traitant visé par l’enquête a qualité de partie.',
  'Fines for wilfully giving false or incomplete information, or failing to inform (on complaint).':
    'Amendes en cas d’informations inexactes ou incomplètes fournies intentionnellement, ou d’omission d’informer (sur plainte).',
  'In chapter 8 of the Act (Criminal Provisions).': 'Au chapitre 8 de la loi (Dispositions pénales).',
  'In chapter 9 of the Act (Conclusion of International Treaties).':
    'Au chapitre 9 de la loi (Conclusion de traités internationaux).',
  'In chapter 10 of the Act (Final Provisions).': 'Au chapitre 10 de la loi (Dispositions finales).',
  'Baden-Württemberg': 'Bade-Wurtemberg',
  Bavaria: 'Bavière',
  Berlin: 'Berlin',
  Brandenburg: 'Brandebourg',
  Bremen: 'Brême',
  Hamburg: 'Hambourg',
  Hesse: 'Hesse',
  'Mecklenburg-Western Pomerania': 'Mecklembourg-Poméranie-Occidentale',
  'Lower Saxony': 'Basse-Saxe',
  'North Rhine-Westphalia': 'Rhénanie-du-Nord-Westphalie',
  'Rhineland-Palatinate': 'Rhénanie-Palatinat',
  Saarland: 'Sarre',
  Saxony: 'Saxe',
  'Saxony-Anhalt': 'Saxe-Anhalt',
  'Schleswig-Holstein': 'Schleswig-Holstein',
  Thuringia: 'Thuringe',
  'private bodies': 'les organismes privés',
  'public bodies': 'les organismes publics',
  'federal public bodies, telecommunications and postal services':
    'les organismes publics fédéraux, les télécommunications et les services postaux',
  'the Protestant Church in Germany': 'l’Église protestante en Allemagne',
  'the Catholic dioceses in Bavaria': 'les diocèses catholiques de Bavière',
  'Catholic dioceses in North Rhine-Westphalia': 'les diocèses catholiques de Rhénanie-du-Nord-Westphalie',
  'Catholic dioceses in central Germany': 'les diocèses catholiques du centre de l’Allemagne',
  'Catholic dioceses in northern Germany': 'les diocèses catholiques du nord de l’Allemagne',
  'Catholic dioceses in eastern Germany': 'les diocèses catholiques de l’est de l’Allemagne',
  'public broadcasters': 'les radiodiffuseurs publics',
  'Deutsche Welle': 'la Deutsche Welle',
  'The file is not valid YAML.': 'Le fichier n’est pas un fichier YAML valide.',
  'A key the language does not know (often a typo).':
    'Une clé que le langage ne connaît pas (souvent une faute de frappe).',
  'A value outside its vocabulary or of the wrong type.': 'Une valeur hors de son vocabulaire ou d’un type incorrect.',
  'A key repeated in one mapping.': 'Une clé répétée dans un même mappage.',
  'A required field is absent.': 'Un champ obligatoire est absent.',
  'An id is used that is not defined in its section.': 'Un identifiant est utilisé sans être défini dans sa section.',
  'A data category, recipient or audience that no purpose uses.':
    'Une catégorie de données, un destinataire ou un public qu’aucune finalité n’utilise.',
  'The controller gives no contact detail at all (`address`, `email`, `phone` or `url`).':
    'Le responsable du traitement n’indique aucune coordonnée (`address`, `email`, `phone` ou `url`).',
  'The controller gives only one contact detail.': 'Le responsable du traitement n’indique qu’une seule coordonnée.',
  'No `dpo` section.': 'Pas de section `dpo`.',
  'A purpose without `basis`.': 'Une finalité sans `basis`.',
  '`legitimate-interests` without `legitimate_interest`.': '`legitimate-interests` sans `legitimate_interest`.',
  'A purpose using special-category data without `special_basis`.':
    'Une finalité qui utilise des données relevant de catégories particulières sans `special_basis`.',
  '`legal-obligation`/`public-task` basis, or criminal data, without `law`.':
    'Base `legal-obligation`/`public-task`, ou données relatives aux condamnations pénales et aux infractions, sans `law`.',
  'A purpose without `retention`, and no notice-wide `retention`.':
    'Une finalité sans `retention`, et pas de `retention` valable pour toute la déclaration.',
  'Retention text such as "as long as necessary" without a period or event.':
    'Une durée de conservation rédigée en texte, comme « aussi longtemps que nécessaire », sans durée ni événement.',
  'A recipient outside the EEA that no transfer covers, or a transfer without `mechanism`.':
    'Un destinataire situé en dehors de l’EEE qu’aucun transfert ne couvre, ou un transfert sans `mechanism`.',
  '`adequacy` for a destination without an adequacy decision; `dpf` outside the US.':
    '`adequacy` pour une destination sans décision d’adéquation ; `dpf` en dehors des États-Unis.',
  'A mechanism that cannot carry a transfer: `privacy-shield` or `safe-harbor` (declared invalid by the Court of Justice), one that is not a mechanism of a law the transfer leaves, or (a warning) a derogation Art 49(3) excludes for public authorities.':
    'Un mécanisme qui ne peut pas fonder un transfert : `privacy-shield` ou `safe-harbor` (invalidés par la Cour de justice), un mécanisme qui ne relève d’aucune loi dont le transfert quitte le territoire, ou (avertissement) une dérogation que l’article 49.3 exclut pour les autorités publiques.',
  'A safeguard of Art 46 or 47 (`scc`, `bcr`, `legally-binding-instrument`, `code-of-conduct`, `certification`, `ad-hoc-clauses`), or `derogation-compelling-interests`, without `copy`.':
    'Une garantie des articles 46 ou 47 (`scc`, `bcr`, `legally-binding-instrument`, `code-of-conduct`, `certification`, `ad-hoc-clauses`), ou `derogation-compelling-interests`, sans `copy`.',
  '`derogation-compelling-interests` without `compelling_interest`.':
    '`derogation-compelling-interests` sans `compelling_interest`.',
  'A recipient without `country` whose name the organisation catalogue places outside the EEA (e.g. Mailchimp).':
    'Un destinataire sans `country` que le catalogue des organisations situe, d’après son nom, en dehors de l’EEE (par exemple Mailchimp).',
  'A transfer with no `recipients`, `countries` or `organisations`.':
    'Un transfert sans `recipients`, `countries` ni `organisations`.',
  'No `authority` section: the notice states the complaint right but names no authority.':
    'Pas de section `authority` : la déclaration mentionne le droit d’introduire une réclamation, mais ne désigne aucune autorité.',
  'Indirectly collected data without `source`.': 'Des données collectées indirectement sans `source`.',
  'A purpose of directly collected data without `provision`.':
    'Une finalité portant sur des données collectées directement, sans `provision`.',
  '`provision` is `statutory`, `contractual` or `contract-entry` and `consequence` is absent.':
    '`provision` vaut `statutory`, `contractual` ou `contract-entry` et `consequence` est absent.',
  'A purpose on `consent` whose `provision` is `contractual` or `contract-entry`.':
    'Une finalité fondée sur `consent` dont `provision` vaut `contractual` ou `contract-entry`.',
  'No `automated_decisions` section.': 'Pas de section `automated_decisions`.',
  'A restriction of a right (`rights.restrictions`, or the retired `exclude`) without the `law` that makes it.':
    'Une limitation d’un droit (`rights.restrictions`, ou l’ancien `exclude`) sans `law`, la loi qui l’impose.',
  'A restriction of the right to lodge a complaint (never restricted), or of the withdrawal of consent whose `law` does not cite Art 85(2) (a warning).':
    'Une limitation du droit d’introduire une réclamation (jamais limité), ou du retrait du consentement dont `law` ne cite pas l’article 85.2 (avertissement).',
  'A restriction whose `law` names only a condition the GDPR writes into the right itself.':
    'Une limitation dont `law` ne désigne qu’une condition que le RGPD inscrit dans le droit lui-même.',
  '`rights.exclude` is used: write `rights.restrictions` instead (a right is restricted, never excluded).':
    '`rights.exclude` est utilisé : écrivez plutôt `rights.restrictions` (un droit est limité, jamais exclu).',
  '`rights.response_time` longer than one month (a warning for 29 to 31 days).':
    '`rights.response_time` supérieur à un mois (avertissement pour 29 à 31 jours).',
  'A `joint_controllers` entry without `essence`, or a recipient of type `joint-controller` that no `joint_controllers` entry names.':
    'Une entrée `joint_controllers` sans `essence`, ou un destinataire de type `joint-controller` qu’aucune entrée `joint_controllers` ne nomme.',
  'A purpose with `children: true` on `consent` without `parental_consent`.':
    'Une finalité avec `children: true` fondée sur `consent`, sans `parental_consent`.',
  '`direct_marketing: true` on a basis other than `consent` or `legitimate-interests`.':
    '`direct_marketing: true` sur une base autre que `consent` ou `legitimate-interests`.',
  'A purpose with more than one legal basis, where some basis does not say what it covers (`{ basis, when }`).':
    'Une finalité qui a plus d’une base juridique, dont au moins une n’indique pas ce qu’elle couvre (`{ basis, when }`).',
  'Hedging words (*may*, *might*, *some*, *often*, *possibly*; fr *peut*, *certains*; nl *kan*, *sommige*; de *kann*, *einige*…) in purposes.':
    'Des termes évasifs (*may*, *might*, *some*, *often*, *possibly* ; fr *peut*, *certains* ; nl *kan*, *sommige* ; de *kann*, *einige*…) dans les finalités.',
  'A recipient labelled only "third parties", "partners" or alike.':
    'Un destinataire désigné uniquement par « third parties », « partners » ou un terme analogue.',
  'A citation of a GDPR article, paragraph, point or recital that does not exist.':
    'Une citation d’un article, d’un paragraphe, d’un point ou d’un considérant du RGPD qui n’existe pas.',
  'The file is too large to analyse (over 2 MB, or over 60,000 YAML tokens).':
    'Le fichier est trop volumineux pour être analysé (plus de 2 Mo, ou plus de 60 000 jetons YAML).',
  'A cookie the recorded site set or sent that `cookies` does not list.':
    'Un cookie que le site enregistré a déposé ou envoyé et que `cookies` ne mentionne pas.',
  'A third-party host the recorded site contacted whose organisation (known to the catalogue) no recipient names.':
    'Un hôte tiers contacté par le site enregistré, dont l’organisation (connue du catalogue) n’est nommée par aucun destinataire.',
  'A cookie that `cookies` lists but the recording never shows.':
    'Un cookie que `cookies` mentionne, mais que l’enregistrement ne montre jamais.',
  'No `laws` section and a controller outside the EEA: says which law the notice is read under.':
    'Pas de section `laws` et un responsable du traitement établi en dehors de l’EEE : indique au titre de quelle loi la déclaration est lue.',
  'Under the UK GDPR (from 19 June 2026), `laws.uk-gdpr.complaints` gives no way to complain to us.':
    'Au titre du UK GDPR (à partir du 19 juin 2026), `laws.uk-gdpr.complaints` n’indique aucun moyen de nous adresser une réclamation.',
  'Under the FADP, a disclosure abroad whose States are not named.':
    'Au titre de la LPD, une communication à l’étranger dont les États ne sont pas nommés.',
  'Under Swiss law, a non-essential cookie is declared and `cookie_settings` says nothing about refusing it.':
    'En droit suisse, un cookie non essentiel est déclaré et `cookie_settings` n’indique rien sur la possibilité de le refuser.',
  'A recipient without `type` (its role: processor, controller…).':
    'Un destinataire sans `type` (son rôle : sous-traitant, responsable du traitement…).',
  'A placeholder `<…>` left by a quick fix, not yet replaced by what it asks for.':
    'Un espace réservé `<…>` laissé par une correction rapide et pas encore remplacé par ce qu’il demande.',
  'A controller established outside the territory of a law of the notice, without a representative there.':
    'Un responsable du traitement établi en dehors du territoire d’une loi de la déclaration, sans représentant sur ce territoire.',
  'An automated decision whose purpose uses special-category data without explicit consent or substantial public interest among its Art 9(2) conditions.':
    'Une décision automatisée dont la finalité utilise des données relevant de catégories particulières sans que le consentement explicite ou l’intérêt public important figure parmi ses conditions de l’article 9.2.',
  'An automated decision whose purpose concerns children (Recital 71).':
    'Une décision automatisée dont la finalité concerne des enfants (considérant 71).',
  'Text that takes consent from silence or use ("by continuing to browse you accept cookies").':
    'Un texte qui déduit le consentement du silence ou de l’utilisation (« en poursuivant votre navigation, vous acceptez les cookies »).',
  'Text that makes a rights request need reasons, or lets the controller decide whether a request is "justified".':
    'Un texte qui exige qu’une demande d’exercice des droits soit motivée, ou qui laisse le responsable du traitement décider si une demande est « justifiée ».',
  'An analytics or marketing cookie the notice does not say is set only with consent (no purpose on `consent`, no `cookie_settings`).':
    'Un cookie de mesure d’audience ou de marketing dont la déclaration n’indique pas qu’il n’est déposé qu’avec le consentement (aucune finalité fondée sur `consent`, pas de `cookie_settings`).',
  'A cookie without `name` (described only by what it does).':
    'Un cookie sans `name` (décrit uniquement par ce qu’il fait).',
  'A `promises` entry that the policy contradicts.': 'Une entrée de `promises` que la politique contredit.',
  '`no-sharing-for-advertising` promised and an `advertising` recipient without `type`.':
    '`no-sharing-for-advertising` promis et un destinataire `advertising` sans `type`.',
  '`possible: true`: the notice says a recipient may receive data, or data may be transferred.':
    '`possible: true` : la déclaration indique qu’un destinataire peut recevoir des données, ou que des données peuvent être transférées.',
  'An alias (*name) cannot have a tag or an anchor of its own.':
    'Un alias (*name) ne peut pas avoir sa propre balise ni sa propre ancre.',
  'An alias (*name) needs a name after the asterisk.': 'Un alias (*name) doit comporter un nom après l’astérisque.',
  'An alias ending in a colon is ambiguous: put a space before the colon.':
    'Un alias qui se termine par un deux-points est ambigu : ajoutez une espace avant le deux-points.',
  'An anchor (&name) needs a name after the ampersand.': 'Une ancre (&name) doit comporter un nom après l’esperluette.',
  'An anchor ending in a colon is ambiguous: put a space before the colon.':
    'Une ancre qui se termine par un deux-points est ambiguë : ajoutez une espace avant le deux-points.',
  'Every item of a list must start at the same column: align the dashes.':
    'Tous les éléments d’une liste doivent commencer à la même colonne : alignez les tirets.',
  'A list cannot be used as a key.': 'Une liste ne peut pas servir de clé.',
  'A key and its value are on one line here, but the value holds another key: put the nested keys on their own lines, indented, or quote a value that contains “: ”.':
    'Une clé et sa valeur sont ici sur une même ligne, mais la valeur contient une autre clé : placez les clés imbriquées sur leurs propres lignes, en retrait, ou mettez entre guillemets une valeur qui contient “: ”.',
  'A key appears twice in the same mapping.': 'Une clé apparaît deux fois dans le même mappage.',
  "A single quote (') is opened here but never closed.":
    "Un guillemet simple (') est ouvert ici mais n’est jamais fermé.",
  'A double quote (") is opened here but never closed.':
    'Un guillemet double (") est ouvert ici mais n’est jamais fermé.',
  'A comment (#) must have a space before it.': 'Un commentaire (#) doit être précédé d’une espace.',
  'This line is read as a key without a value: add a colon and a value, or indent it under the key it belongs to.':
    'Cette ligne est lue comme une clé sans valeur : ajoutez un deux-points et une valeur, ou mettez-la en retrait sous la clé à laquelle elle appartient.',
  'A list item needs a dash (- ) before it.': 'Un élément de liste doit être précédé d’un tiret (- ).',
  'A tag (!tag) or anchor (&name) must have a space after it.':
    'Une balise (!tag) ou une ancre (&name) doit être suivie d’une espace.',
  'A key must be on one line: a line break inside it (often an unclosed quote or a missing colon above) breaks the mapping.':
    'Une clé doit tenir sur une seule ligne : un saut de ligne à l’intérieur (souvent un guillemet non fermé ou un deux-points manquant plus haut) rompt le mappage.',
  'A key inside [ ] must be on one line.': 'Une clé entre [ ] doit tenir sur une seule ligne.',
  'A value can have one anchor (&name) only.': 'Une valeur ne peut avoir qu’une seule ancre (&name).',
  'A value can have one tag (!tag) only.': 'Une valeur ne peut avoir qu’une seule balise (!tag).',
  'YAML does not allow tabs for indentation: indent with spaces.':
    'YAML n’autorise pas les tabulations pour le retrait : utilisez des espaces.',
  'The block text indicator (| or >) is missing.': 'L’indicateur de bloc de texte (| ou >) est manquant.',
  'A directive (%) must be followed by a line with three dashes (---).':
    'Une directive (%) doit être suivie d’une ligne de trois tirets (---).',
  'A mapping or list cannot start on the same line as the three dashes (---).':
    'Un mappage ou une liste ne peut pas commencer sur la même ligne que les trois tirets (---).',
  '{0}: {1}; scope: {2}': '{0} : {1} ; portée : {2}',
  'I rely on an adequacy decision ({0}; {1})': 'Je me fonde sur une décision d’adéquation ({0} ; {1})',
  "I rely on the {0} ({1}) — only if {2} is certified, for this data: check the Framework's list":
    'Je me fonde sur le mécanisme « {0} » ({1}) — uniquement si {2} est certifié, pour ces données : vérifiez la liste de ce cadre',
  'the recipient': 'le destinataire',
  'I rely on {0} ({1})': 'Je me fonde sur la garantie « {0} » ({1})',
  'only where no adequacy decision, safeguard or other exception applies, for a transfer that is not repetitive and concerns a limited number of people, and with the supervisory authority informed':
    'uniquement lorsqu’aucune décision d’adéquation, aucune garantie ni aucune autre exception ne s’applique, pour un transfert qui ne revêt pas de caractère répétitif et ne touche qu’un nombre limité de personnes, l’autorité de contrôle étant informée',
  'only where no adequacy decision or safeguard applies, for occasional transfers (Recital 111; EDPB Guidelines 2/2018, section {0})':
    'uniquement lorsqu’aucune décision d’adéquation ni aucune garantie ne s’applique, pour des transferts occasionnels (considérant 111 ; lignes directrices 2/2018 du comité européen de la protection des données, section {0})',
  'only where no adequacy decision or safeguard applies':
    'uniquement lorsqu’aucune décision d’adéquation ni aucune garantie ne s’applique',
  'Exception ({0}), {1}: {2}': 'Exception ({0}), {1} : {2}',
  '{0}, second subparagraph': '{0}, deuxième alinéa',
  "Purpose '{0}' rests on several legal bases ({1}) without saying which covers what. Each processing operation needs one basis of Art 6(1), and Art 13(1)(c) requires telling people which: write each item as { basis, when }.":
    "La finalité '{0}' repose sur plusieurs bases juridiques ({1}) sans indiquer ce que couvre chacune. Chaque opération de traitement doit reposer sur une base de l’article 6.1, et l’article 13.1.c) exige d’indiquer aux personnes laquelle : écrivez chaque élément sous la forme { basis, when }.",
  'Say what each legal basis covers ({ basis, when }), with placeholders to fill in':
    'Indiquer ce que couvre chaque base juridique ({ basis, when }), avec des espaces réservés à compléter',
  'Add the supervisory authority: {0}{1}{2}, per {3}': 'Ajouter l’autorité de contrôle : {0}{1}{2}, selon {3}',
  '{0} supervises {1} ({2}), and {3}. The authority a notice names as competent should be the one that supervises the controller (Art 51(1), 55(1), as national law shares competence among several): check which one supervises you. Readers may still complain to a supervisory authority, in particular where they live or work or where the infringement took place (Art 77(1)), and the notice tells them so (Art 13(2)(d)).':
    '{0} contrôle {1} ({2}), et {3}. L’autorité qu’une déclaration désigne comme compétente devrait être celle qui contrôle le responsable du traitement (articles 51.1 et 55.1, le droit national répartissant la compétence entre plusieurs autorités) : vérifiez laquelle vous contrôle. Les lecteurs peuvent toujours introduire une réclamation auprès d’une autorité de contrôle, en particulier dans l’État où ils résident ou travaillent ou dans lequel la violation a été commise (article 77.1), et la déclaration le leur indique (article 13.2.d)).',
  "The competent authority is {0}: replace the authority's details (from the catalogue)":
    'L’autorité compétente est {0} : remplacer les informations relatives à l’autorité (issues du catalogue)',
  "The automated decision '{0}' concerns children (purpose '{1}', {2}). Recital 71 says that a decision based solely on automated processing, including profiling, that produces legal or similarly significant effects (Art 22(1)) should not concern a child; the guidelines on automated decision-making endorsed by the EDPB (WP251 rev.01) read it as no absolute prohibition but recommend, as a rule, not relying on the exceptions of Art 22(2) for such decisions about children.":
    "La décision automatisée '{0}' concerne des enfants (finalité '{1}', {2}). Le considérant 71 indique qu’une décision fondée exclusivement sur un traitement automatisé, y compris le profilage, qui produit des effets juridiques ou affecte la personne de manière significative de façon similaire (article 22.1) ne devrait pas concerner un enfant ; les lignes directrices relatives à la prise de décision individuelle automatisée approuvées par le comité européen de la protection des données (WP251 rev.01) n’y voient pas une interdiction absolue, mais recommandent, en règle générale, de ne pas recourir aux exceptions de l’article 22.2 pour de telles décisions concernant des enfants.",
  "The automated decision '{0}' rests on purpose '{1}', which uses special categories of data ({2}) on {3}. Art 22(4) allows a decision based solely on automated processing to rest on such data only with the person's explicit consent (Art 9(2)(a)) or for reasons of substantial public interest (Art 9(2)(g)), and with suitable measures to safeguard their rights and freedoms and legitimate interests.":
    "La décision automatisée '{0}' repose sur la finalité '{1}', qui utilise des catégories particulières de données ({2}) sur le fondement de {3}. L’article 22.4 ne permet de fonder une décision exclusivement automatisée sur de telles données qu’avec le consentement explicite de la personne (article 9.2.a)) ou pour des motifs d’intérêt public important (article 9.2.g)), et moyennant des mesures appropriées pour la sauvegarde de ses droits et libertés et de ses intérêts légitimes.",
  "The automated decision '{0}' rests on purpose '{1}', which uses special categories of data ({2}). Art 22(4) allows a decision based solely on automated processing to rest on such data only with the person's explicit consent (Art 9(2)(a)) or for reasons of substantial public interest (Art 9(2)(g)), and with suitable measures to safeguard their rights and freedoms and legitimate interests.":
    "La décision automatisée '{0}' repose sur la finalité '{1}', qui utilise des catégories particulières de données ({2}). L’article 22.4 ne permet de fonder une décision exclusivement automatisée sur de telles données qu’avec le consentement explicite de la personne (article 9.2.a)) ou pour des motifs d’intérêt public important (article 9.2.g)), et moyennant des mesures appropriées pour la sauvegarde de ses droits et libertés et de ses intérêts légitimes.",
  "The notice promises '{0}', but the policy says otherwise: {1}. A notice that contradicts itself is neither fair nor transparent (Art 5(1)(a)) and misleads readers, who rely on such statements (Art 12(1)): correct the promise or the policy.":
    "La déclaration promet '{0}', mais la politique dit le contraire : {1}. Une déclaration qui se contredit n’est ni loyale ni transparente (article 5.1.a)) et induit en erreur les lecteurs, qui se fient à de telles affirmations (article 12.1) : corrigez la promesse ou la politique.",
  '"{0}" makes a request depend on reasons, or on the controller\'s own judgement of whether it is "justified". A person need not give reasons for a request (EDPB Guidelines 01/2022 on the right of access, executive summary; CJEU C-307/22 FT v DW of 26 October 2023), except the grounds relating to their particular situation for an objection (Art 21(1)). The controller must facilitate the exercise of the rights (Art 12(2)) and act free of charge (Art 12(5); a reasonable fee only for further copies, Art 15(3)). It may decline a request that is manifestly unfounded or excessive, which it must show (Art 12(5)); one whose legal conditions are not met (e.g. Art 15(4), 17(1) and (3), 18(1), 20, 21(1)); one from a person it cannot identify (Art 11(2), 12(2)) or whose identity it cannot confirm (Art 12(6)); or one a Union or Member State law restricts (Art 23). Say which of these you mean instead.':
    '« {0} » subordonne une demande à des motifs, ou à l’appréciation par le responsable du traitement de son caractère « justifié ». Une personne n’a pas à motiver sa demande (lignes directrices 01/2022 du comité européen de la protection des données sur le droit d’accès, résumé ; CJUE, 26 octobre 2023, FT c. DW, C-307/22), hormis, pour une opposition, les raisons tenant à sa situation particulière (article 21.1). Le responsable du traitement doit faciliter l’exercice des droits (article 12.2) et agir gratuitement (article 12.5 ; des frais raisonnables uniquement pour des copies supplémentaires, article 15.3). Il peut refuser de donner suite à une demande manifestement infondée ou excessive, ce qu’il lui incombe de démontrer (article 12.5) ; à une demande dont les conditions légales ne sont pas remplies (par exemple articles 15.4, 17.1 et 17.3, 18.1, 20 et 21.1) ; à une demande émanant d’une personne qu’il n’est pas en mesure d’identifier (articles 11.2 et 12.2) ou dont il ne peut confirmer l’identité (article 12.6) ; ou à une demande que limite le droit de l’Union ou d’un État membre (article 23). Indiquez plutôt lequel de ces cas vous visez.',
  "Purpose '{0}' rests on consent but makes providing the data a condition of a contract ('provision: {1}'). Consent to processing that is not necessary for the contract, made a condition of it, is presumed not to be freely given (Art 7(4), 4(11), Recital 43; EDPB Guidelines 05/2020 on consent, section 3.1.2): make it 'voluntary', or rely on another basis such as 'contract' if the data is necessary for the contract.":
    "La finalité '{0}' repose sur le consentement, mais fait de la fourniture des données une condition d’un contrat ('provision: {1}'). Le consentement à un traitement qui n’est pas nécessaire au contrat, lorsqu’il est érigé en condition de ce contrat, est présumé ne pas avoir été donné librement (articles 7.4 et 4.11, considérant 43 ; lignes directrices 05/2020 du comité européen de la protection des données sur le consentement, section 3.1.2) : indiquez 'voluntary', ou fondez-vous sur une autre base, comme 'contract', si les données sont nécessaires au contrat.",
  "Providing the data is voluntary: 'provision: voluntary'":
    "La fourniture des données est facultative : 'provision: voluntary'",
  "I rely on the contract instead (the data is necessary for it, Art 6(1)(b)): 'basis: contract'":
    "Je me fonde plutôt sur le contrat (les données y sont nécessaires, article 6.1.b)) : 'basis: contract'",
  "I rely on consent for purpose '{0}': 'basis: consent'":
    "Je me fonde sur le consentement pour la finalité '{0}' : 'basis: consent'",
  "Add 'cookie_settings' with a placeholder: how readers give, refuse or withdraw their consent":
    "Ajouter 'cookie_settings' avec un espace réservé : comment les lecteurs donnent, refusent ou retirent leur consentement",
  "The cookie is of another kind: 'type' with a placeholder":
    "Le cookie est d’un autre type : 'type' avec un espace réservé",
  "The cookie {0} is declared strictly necessary ('essential'), but {1} classes it as {2} ('{3}'). Analytics and advertising cookies are not strictly necessary (WP29 Opinion 04/2012 on Cookie Consent Exemption, WP194) and need the reader's prior consent (ePrivacy Art 5(3)); declared 'essential', the notice tells readers it needs none (Art 12(1)). If your configuration differs from the provider's, say how in its 'description'.":
    "Le cookie {0} est déclaré strictement nécessaire ('essential'), mais {1} le classe dans la catégorie {2} ('{3}'). Les cookies de mesure d’audience et de publicité ne sont pas strictement nécessaires (avis 04/2012 du groupe de travail « article 29 » relatif à l’exemption de l’obligation de consentement pour certains cookies, WP194) et requièrent le consentement préalable du lecteur (article 5.3 de la directive ePrivacy) ; déclaré 'essential', le cookie est présenté aux lecteurs comme n’en requérant aucun (article 12.1). Si votre configuration diffère de celle du fournisseur, expliquez en quoi dans sa 'description'.",
  "The cookie {0} is declared as '{1}', but {2} lists it as {3} ('{4}'), a more intrusive kind. Check the type: readers rely on it to decide what they accept (Art 12(1)), and readers are told of the processing and its purpose and that they can refuse it (Art 45c(b) FMG).":
    "Le cookie {0} est déclaré comme '{1}', mais {2} le répertorie comme {3} ('{4}'), un type plus intrusif. Vérifiez le type : les lecteurs s’y fient pour décider de ce qu’ils acceptent (article 12.1), et les lecteurs doivent être informés du traitement et de sa finalité ainsi que de la possibilité de le refuser (art. 45c, let. b, LTC).",
  "The cookie {0} is declared as '{1}', but {2} lists it as {3} ('{4}'), a more intrusive kind. Check the type: readers rely on it to decide what they accept (Art 12(1)), and storing or reading a cookie needs the reader's consent unless it is strictly necessary for the service they asked for (ePrivacy Art 5(3)).":
    "Le cookie {0} est déclaré comme '{1}', mais {2} le répertorie comme {3} ('{4}'), un type plus intrusif. Vérifiez le type : les lecteurs s’y fient pour décider de ce qu’ils acceptent (article 12.1), et le stockage d’un cookie ou sa lecture requiert le consentement du lecteur, sauf s’il est strictement nécessaire au service qu’il a demandé (article 5.3 de la directive ePrivacy).",
  'lists it as a session cookie (deleted when the browser closes)':
    'le répertorie comme cookie de session (supprimé à la fermeture du navigateur)',
  'gives {0}': 'indique {0}',
  'The cookie {0} is declared to last {1}, but {2} {3}. Check the duration: the notice must state how long it is stored (Art 13(2)(a)).':
    'Le cookie {0} est déclaré pour une durée de {1}, mais {2} {3}. Vérifiez la durée : la déclaration doit indiquer combien de temps il est conservé (article 13.2.a)).',
  "Change to '{0}', as the Open Cookie Database has it": "Remplacer par '{0}', comme l’indique l’Open Cookie Database",
  "Under Swiss law, storing or reading information on the reader's device (cookies and similar) outside telecommunications services and their billing needs readers to be told of it and its purpose and that they can refuse it (Art 45c(b) FMG). 'cookie_settings' does not say how to refuse: say how readers refuse these cookies (a banner's reject button, your settings page, browser settings).":
    "En droit suisse, le stockage d’informations sur l’appareil du lecteur ou leur lecture (cookies et technologies similaires), en dehors des services de télécommunication et de leur facturation, exige que les lecteurs soient informés de ce traitement et de sa finalité ainsi que de la possibilité de le refuser (art. 45c, let. b, LTC). 'cookie_settings' n’indique pas comment refuser : indiquez comment les lecteurs refusent ces cookies (bouton de refus d’une bannière, votre page de paramètres, paramètres du navigateur).",
  "Under Swiss law, storing or reading information on the reader's device (cookies and similar) outside telecommunications services and their billing needs readers to be told of it and its purpose and that they can refuse it (Art 45c(b) FMG). There is no 'cookie_settings': say how readers refuse these cookies (a banner's reject button, your settings page, browser settings).":
    "En droit suisse, le stockage d’informations sur l’appareil du lecteur ou leur lecture (cookies et technologies similaires), en dehors des services de télécommunication et de leur facturation, exige que les lecteurs soient informés de ce traitement et de sa finalité ainsi que de la possibilité de le refuser (art. 45c, let. b, LTC). Il n’y a pas de 'cookie_settings' : indiquez comment les lecteurs refusent ces cookies (bouton de refus d’une bannière, votre page de paramètres, paramètres du navigateur).",
  "Add 'cookie_settings' saying how to refuse cookies (Art 45c(b) FMG)":
    "Ajouter 'cookie_settings' indiquant comment refuser les cookies (art. 45c, let. b, LTC)",
  "'rights.exclude' is replaced by 'restrictions': a right is never removed from the notice. A Union or Member State law may restrict it in some cases (Art 23(1)), and readers must still be told of the right (Art 13(2)(b)) and of its limit. Each item is now read as a restriction and shown under its right: write it as 'restrictions' ({ right, law, scope }).":
    "'rights.exclude' est remplacé par 'restrictions' : un droit n’est jamais retiré de la déclaration. Une loi de l’Union ou d’un État membre peut le limiter dans certains cas (article 23.1), et les lecteurs doivent tout de même être informés du droit (article 13.2.b)) et de sa limite. Chaque élément est désormais lu comme une limitation et présenté sous son droit : écrivez-le sous la forme 'restrictions' ({ right, law, scope }).",
  "Rewrite as 'restrictions' ({ right, law, scope })": "Réécrire sous la forme 'restrictions' ({ right, law, scope })",
  "Purpose '{0}' is direct marketing but rests on {1}. Direct marketing rests on consent (Art 6(1)(a); electronic marketing usually requires it under the ePrivacy rules) or on legitimate interests (Art 6(1)(f), Recital 47), and people can always object to it (Art 21(2)): it is not necessary for a contract, a legal obligation, vital interests or a public task.":
    "La finalité '{0}' relève de la prospection, mais repose sur la base suivante : {1}. La prospection repose sur le consentement (article 6.1.a) ; la prospection électronique l’exige généralement en vertu des règles ePrivacy) ou sur l’intérêt légitime (article 6.1.f), considérant 47), et les personnes peuvent toujours s’y opposer (article 21.2) : elle n’est nécessaire ni à l’exécution d’un contrat, ni au respect d’une obligation légale, ni à la sauvegarde des intérêts vitaux, ni à l’exécution d’une mission d’intérêt public.",
  "I rely on {0} for the direct marketing: 'basis: {1}'":
    "Je me fonde sur la base « {0} » pour la prospection : 'basis: {1}'",
  'This file is {0} MB, larger than the {1} MB that the checker analyses, so it is not checked. Split it or remove pasted data.':
    'Ce fichier fait {0} Mo, soit plus que les {1} Mo que le vérificateur analyse : il n’est donc pas vérifié. Scindez-le ou supprimez les données collées.',
  'This file has over {0} YAML tokens (line breaks, keys, list dashes, brackets, commas): too many for the checker to analyse as you type, so it is not checked. A notice has a few thousand; remove pasted data or split the file.':
    'Ce fichier compte plus de {0} jetons YAML (sauts de ligne, clés, tirets de liste, crochets, virgules) : c’est trop pour que le vérificateur l’analyse pendant la saisie, il n’est donc pas vérifié. Une déclaration en compte quelques milliers ; supprimez les données collées ou scindez le fichier.',
  "'{0}' does not tell readers who receives their data. Art 13(1)(e) requires the recipients or at least their categories: add 'category' (e.g. hosting, payment) or 'name'.":
    "'{0}' n’indique pas aux lecteurs qui reçoit leurs données. L’article 13.1.e) exige les destinataires ou au moins leurs catégories : ajoutez 'category' (par exemple hosting, payment) ou 'name'.",
  "Add 'category' with a placeholder: which kind of recipients":
    "Ajouter 'category' avec un espace réservé : quel type de destinataires",
  '\'{0}\' makes purpose \'{1}\' vague. Art 12(1) asks for concise, transparent and plain language: say what you do, e.g. "we send" rather than "we may send".':
    "'{0}' rend vague la finalité '{1}'. L’article 12.1 demande une information concise et transparente, formulée en des termes clairs et simples : dites ce que vous faites, par exemple « nous envoyons » plutôt que « nous pouvons envoyer ».",
  "Declare the laws the notice serves under 'laws' (e.g. `laws: { eu-gdpr: {}, uk-gdpr: {} }`).":
    "Déclarez sous 'laws' les lois que sert la déclaration (par exemple `laws: { eu-gdpr: {}, uk-gdpr: {} }`).",
  'Declare the laws: {0}': 'Déclarer les lois : {0}',
  '"{0}" takes consent from using the service or providing data. Consent is a freely given, specific, informed and unambiguous indication of wishes by a statement or a clear affirmative action (Art 4(11)); silence, pre-ticked boxes or inactivity is not consent (Recital 32; CJEU C-673/17 Planet49 of 1 October 2019), nor is continuing to use a site (EDPB Guidelines 05/2020 on consent, section 3.4), and it must be as easy to withdraw as to give (Art 7(3)).{1}':
    '« {0} » déduit le consentement de l’utilisation du service ou de la fourniture de données. Le consentement est une manifestation de volonté, libre, spécifique, éclairée et univoque, par une déclaration ou par un acte positif clair (article 4.11) ; le silence, les cases cochées par défaut ou l’inactivité ne valent pas consentement (considérant 32 ; CJUE, 1er octobre 2019, Planet49, C-673/17), pas plus que la poursuite de l’utilisation d’un site (lignes directrices 05/2020 du comité européen de la protection des données sur le consentement, section 3.4), et il doit être aussi simple de le retirer que de le donner (article 7.3).{1}',
  "'{0}' cites, of the GDPR, only a condition it writes into the {1} itself; the law named beside it is what that condition refers to (such as the legal obligation of Art 17(3)(b) that requires keeping the data), not a restriction of the right. A restriction is one that a Union or Member State law makes under Art 23(1), with what Art 23(2) requires of it; keep 'restrictions' for those, and name a law that requires processing where that processing is described (the purpose's 'law' and 'retention').":
    "'{0}' ne cite, du RGPD, qu’une condition que celui-ci inscrit dans le {1} lui-même ; la loi mentionnée à côté est ce à quoi renvoie cette condition (comme l’obligation légale de l’article 17.3.b) qui impose de conserver les données), et non une limitation du droit. Une limitation est celle qu’une loi de l’Union ou d’un État membre impose au titre de l’article 23.1, avec ce que l’article 23.2 exige d’elle ; réservez 'restrictions' à celles-ci, et désignez une loi qui impose un traitement là où ce traitement est décrit ('law' et 'retention' de la finalité).",
  "'{0}' is a condition the GDPR writes into the {1} itself, not a restriction of it: the notice states it in that right's own sentence. A restriction is one that a Union or Member State law makes (Art 23(1)); keep 'restrictions' for those.":
    "'{0}' est une condition que le RGPD inscrit dans le {1} lui-même, et non une limitation de celui-ci : la déclaration l’énonce dans la phrase consacrée à ce droit. Une limitation est celle qu’impose une loi de l’Union ou d’un État membre (article 23.1) ; réservez 'restrictions' à celles-ci.",
  "The EU–US Data Privacy Framework ('dpf') covers only certified organisations in the United States (Art 45(3); {0}), not {1}.":
    "Le cadre de protection des données UE–États-Unis ('dpf') ne couvre que les organisations certifiées établies aux États-Unis (article 45.3 ; {0}) ; il ne couvre pas : {1}.",
  '{0} have no adequacy decision of the European Commission (list as of {1}).':
    '{0} : aucune décision d’adéquation de la Commission européenne (liste dans son état au {1}).',
  '{0} has no adequacy decision of the European Commission (list as of {1}).':
    '{0} : aucune décision d’adéquation de la Commission européenne (liste dans son état au {1}).',
  "{0} has no adequacy decision covering the whole country: the EU–US Data Privacy Framework ({1}) covers only certified organisations, for the data their certification covers; for those, use '{2}'.":
    "{0} : aucune décision d’adéquation ne couvre l’ensemble du pays ; le cadre de protection des données UE–États-Unis ({1}) ne couvre que les organisations certifiées, pour les données que couvre leur certification ; pour celles-ci, utilisez '{2}'.",
  "The list of adequacy decisions (as of {0}) has none for {1}: check the Commission's list, and name the organisation as its decision does.":
    'La liste des décisions d’adéquation (dans son état au {0}) n’en contient aucune pour {1} : consultez la liste de la Commission, et désignez l’organisation comme le fait sa décision.',
  "So 'adequacy' cannot cover this transfer (Art 45(1)): it needs appropriate safeguards (Art 46–47) or, as an exception, a derogation (Art 49).":
    "'adequacy' ne peut donc pas couvrir ce transfert (article 45.1) : il requiert des garanties appropriées (articles 46 et 47) ou, à titre exceptionnel, une dérogation (article 49).",
  "Unless the Commission has decided on it, 'adequacy' cannot cover this transfer (Art 45(1)): it needs appropriate safeguards (Art 46–47) or, as an exception, a derogation (Art 49).":
    "À moins que la Commission n’ait adopté une décision à son sujet, 'adequacy' ne peut pas couvrir ce transfert (article 45.1) : il requiert des garanties appropriées (articles 46 et 47) ou, à titre exceptionnel, une dérogation (article 49).",
  '{0} has no adequacy decision of the European Commission':
    '{0} : aucune décision d’adéquation de la Commission européenne',
  '{0} have no adequacy decision of the European Commission':
    '{0} : aucune décision d’adéquation de la Commission européenne',
  "{0} has no adequacy decision of the European Commission covering the whole country, only one for organisations certified under its framework (use '{1}' for those)":
    "{0} : aucune décision d’adéquation de la Commission européenne couvrant l’ensemble du pays, seulement une décision pour les organisations certifiées au titre de son cadre (utilisez '{1}' pour celles-ci)",
  '{0} has no approval by regulations under Art 45A UK GDPR':
    '{0} : aucune approbation par règlement au titre de l’article 45A du UK GDPR',
  '{0} have no approval by regulations under Art 45A UK GDPR':
    '{0} : aucune approbation par règlement au titre de l’article 45A du UK GDPR',
  "{0} has no approval by regulations under Art 45A UK GDPR covering the whole country, only one for organisations certified under its framework (use '{1}' for those)":
    "{0} : aucune approbation par règlement au titre de l’article 45A du UK GDPR couvrant l’ensemble du pays, seulement une approbation pour les organisations certifiées au titre de son cadre (utilisez '{1}' pour celles-ci)",
  '{0} has no entry in Annex 1 DPO (Art 16(1) FADP)':
    '{0} : aucune inscription à l’annexe 1 OPDo (art. 16, al. 1, LPD)',
  '{0} have no entry in Annex 1 DPO (Art 16(1) FADP)':
    '{0} : aucune inscription à l’annexe 1 OPDo (art. 16, al. 1, LPD)',
  "{0} has no entry in Annex 1 DPO (Art 16(1) FADP) covering the whole country, only one for organisations certified under its framework (use '{1}' for those)":
    "{0} : aucune inscription à l’annexe 1 OPDo (art. 16, al. 1, LPD) couvrant l’ensemble du pays, seulement une inscription pour les organisations certifiées au titre de son cadre (utilisez '{1}' pour celles-ci)",
  "Use a safeguard of Art 46 such as 'scc'.": "Utilisez une garantie de l’article 46, comme 'scc'.",
  "Use a safeguard of Art 46 UK GDPR such as 'uk-idta' or 'uk-addendum'.":
    "Utilisez une garantie de l’article 46 du UK GDPR, comme 'uk-idta' ou 'uk-addendum'.",
  "Use a safeguard of Art 16(2) FADP such as 'scc', or an exception of Art 17 FADP.":
    "Utilisez une garantie de l’art. 16, al. 2, LPD, comme 'scc', ou une exception de l’art. 17 LPD.",
  "{0} (list as of {1}), so 'adequacy' cannot cover this transfer. {2}":
    "{0} (liste dans son état au {1}) : 'adequacy' ne peut donc pas couvrir ce transfert. {2}",
  'Under {0}: {1}': 'Selon {0} — {1}',
  "'{0}' is not a provision of {1}: {2}{3}": "'{0}' ne correspond à aucune disposition existante dans {1} : {2}{3}",
  "Did you mean '{0}'? Replace the citation": "Vouliez-vous dire '{0}' ? Remplacer la citation",
  "The controller is a public authority or body ('public_body: true'), and Art 49(3) excludes the derogation '{0}' ({1}, second subparagraph) for activities of public authorities in the exercise of their public powers. Unless this transfer is not part of such activities, it needs another ground (Art 44).":
    "Le responsable du traitement est une autorité publique ou un organisme public ('public_body: true'), et l’article 49.3 exclut la dérogation '{0}' ({1}, deuxième alinéa) pour les activités des autorités publiques dans l’exercice de leurs prérogatives de puissance publique. À moins que ce transfert ne relève pas de telles activités, il lui faut un autre fondement (article 44).",
  "The controller is a public authority or body ('public_body: true'), and Art 49(3) excludes the derogation '{0}' ({1}) for activities of public authorities in the exercise of their public powers. Unless this transfer is not part of such activities, it needs another ground (Art 44).":
    "Le responsable du traitement est une autorité publique ou un organisme public ('public_body: true'), et l’article 49.3 exclut la dérogation '{0}' ({1}) pour les activités des autorités publiques dans l’exercice de leurs prérogatives de puissance publique. À moins que ce transfert ne relève pas de telles activités, il lui faut un autre fondement (article 44).",
  "'{0}' is longer than the law allows. Art 12(3) requires answering requests without undue delay and at the latest within one month of receipt; the notice already says that this period can be extended by two further months where necessary: write '1 month' or less.":
    "'{0}' dépasse le délai autorisé par la loi. L’article 12.3 exige de répondre aux demandes dans les meilleurs délais et au plus tard dans un délai d’un mois à compter de leur réception ; la déclaration indique déjà que ce délai peut être prolongé de deux mois au besoin : écrivez '1 month' ou moins.",
  "'{0}' can be longer than the one month Art 12(3) allows: a period expressed in months ends on the same date of the following month (Regulation (EEC, Euratom) No 1182/71, Art 3(2)(c)), so a request received on 1 February must be answered by 1 March, 28 days later (29 in a leap year). Write '1 month', or at most 28 days.":
    "'{0}' peut dépasser le délai d’un mois autorisé par l’article 12.3 : un délai exprimé en mois prend fin le jour du mois suivant qui porte la même date (règlement (CEE, Euratom) n° 1182/71, article 3.2.c)), si bien qu’une demande reçue le 1er février doit recevoir une réponse au plus tard le 1er mars, 28 jours plus tard (29 les années bissextiles). Écrivez '1 month', ou au plus 28 jours.",
  "We answer within one month (Art 12(3)): 'response_time: 1 month'":
    "Nous répondons dans un délai d’un mois (article 12.3) : 'response_time: 1 month'",
  "The policy names no supervisory authority. The notice always states the right to lodge a complaint with a supervisory authority, which Art 13(2)(d) and 77 require; naming the authority competent for you, or a directory of authorities ('authority: { directory: … }'), tells readers where to turn.":
    "La politique ne désigne aucune autorité de contrôle. La déclaration mentionne toujours le droit d’introduire une réclamation auprès d’une autorité de contrôle, qu’exigent les articles 13.2.d) et 77 ; désigner l’autorité compétente à votre égard, ou une liste d’autorités ('authority: { directory: … }'), indique aux lecteurs à qui s’adresser.",
  "Add a directory of authorities instead of one: the EDPB's list of its members":
    'Ajouter une liste d’autorités plutôt qu’une seule autorité : la liste des membres du comité européen de la protection des données',
  'Add an authority with a placeholder for its name': 'Ajouter une autorité avec un espace réservé pour son nom',
  "The policy does not say whether decisions based solely on automated processing, including profiling, with legal or similarly significant effects (Art 22(1), (4)) take place. Art 13(2)(f) requires it: add 'automated_decisions: none' or describe them.":
    "La politique n’indique pas si sont prises des décisions fondées exclusivement sur un traitement automatisé, y compris le profilage, qui produisent des effets juridiques à l’égard des personnes ou les affectent de manière significative de façon similaire (articles 22.1 et 22.4). L’article 13.2.f) l’exige : ajoutez 'automated_decisions: none' ou décrivez-les.",
  "We make no decision based solely on automated processing that has legal or similarly significant effects (Art 22(1)): 'automated_decisions: none'":
    "Nous ne prenons aucune décision fondée exclusivement sur un traitement automatisé produisant des effets juridiques ou affectant les personnes de manière significative de façon similaire (article 22.1) : 'automated_decisions: none'",
  "This transfer rests on compelling legitimate interests but does not say which. The second subparagraph of Art 49(1) requires the controller to inform the data subject of the transfer and of the compelling legitimate interests pursued: add 'compelling_interest'.":
    "Ce transfert repose sur des intérêts légitimes impérieux, mais n’indique pas lesquels. Le deuxième alinéa de l’article 49.1 impose au responsable du traitement d’informer la personne concernée du transfert et des intérêts légitimes impérieux poursuivis : ajoutez 'compelling_interest'.",
  "Add 'compelling_interest' with a placeholder to fill in":
    "Ajouter 'compelling_interest' avec un espace réservé à compléter",
  "{0} 'complaints' gives none: add a 'url' of your complaint form, an 'email', a 'phone' or a 'post' address.":
    "{0} Or 'complaints' n’indique aucun moyen de vous adresser une réclamation : ajoutez une 'url' pointant vers votre formulaire de réclamation, un 'email', un 'phone' ou une adresse 'post'.",
  "{0} The notice does not say how to complain to you: add 'complaints' under 'laws: uk-gdpr' with a 'url' of your complaint form, an 'email', a 'phone' or a 'post' address.":
    "{0} La déclaration n’indique pas comment vous adresser une réclamation : ajoutez 'complaints' sous 'laws: uk-gdpr' avec une 'url' pointant vers votre formulaire de réclamation, un 'email', un 'phone' ou une adresse 'post'.",
  "Add the complaint form's 'url'": "Ajouter l’adresse du formulaire de réclamation ('url')",
  "Add how to complain to you ('complaints', DPA 2018 s.164A)":
    "Ajouter la manière dont les personnes peuvent vous adresser une réclamation ('complaints', DPA 2018 s.164A)",
  "Purpose '{0}' requires the data ('provision: {1}') but does not say what happens if it is not provided. Art 13(2)(e) requires the possible consequences of failure to provide the data (e.g. that the contract cannot be concluded): add 'consequence'.":
    "La finalité '{0}' exige les données ('provision: {1}'), mais n’indique pas ce qui se passe si elles ne sont pas fournies. L’article 13.2.e) exige les conséquences éventuelles de la non-fourniture des données (par exemple l’impossibilité de conclure le contrat) : ajoutez 'consequence'.",
  "The controller gives no contact details. Art 13(1)(a) requires the identity and the contact details of the controller: add a postal address ('address'), an e-mail address ('email'), a phone number ('phone') or a contact page ('url').":
    "Le responsable du traitement n’indique aucune coordonnée. L’article 13.1.a) exige l’identité et les coordonnées du responsable du traitement : ajoutez une adresse postale ('address'), une adresse e-mail ('email'), un numéro de téléphone ('phone') ou une page de contact ('url').",
  "Add 'email' with a placeholder for the controller's e-mail address":
    "Ajouter 'email' avec un espace réservé pour l’adresse e-mail du responsable du traitement",
  "{0} This transfer names no State, and {1} have no 'country': add 'countries' (or each recipient's 'country').":
    "{0} Ce transfert ne nomme aucun État, et {1} n’indiquent pas de 'country' : ajoutez 'countries' (ou le 'country' de chaque destinataire).",
  "{0} This transfer names no State, and {1} has no 'country': add 'countries' (or each recipient's 'country').":
    "{0} Ce transfert ne nomme aucun État, et {1} n’indique pas de 'country' : ajoutez 'countries' (ou le 'country' de chaque destinataire).",
  "{0} This transfer names no State: add 'countries' (or each recipient's 'country').":
    "{0} Ce transfert ne nomme aucun État : ajoutez 'countries' (ou le 'country' de chaque destinataire).",
  "{0} '{1}' is a region, not a State: name the States (e.g. [DE, FR]).":
    "{0} '{1}' est une région, et non un État : nommez les États (par exemple [DE, FR]).",
  "{0} '{1}' has no 'country', and the organisation catalogue places {2} in {3} (where its data is processed is for you to say): add 'country'.":
    "{0} '{1}' n’indique pas de 'country', et le catalogue des organisations indique comme pays de {2} : {3} (c’est à vous de dire où ses données sont traitées) ; ajoutez 'country'.",
  'Name the States': 'Nommer les États',
  "Add '{0}' (the States the data goes to)": "Ajouter '{0}' (les États vers lesquels les données sont communiquées)",
  "The policy does not say whether a data protection officer is designated. Art 13(1)(b) requires the DPO's contact details where one is designated (Art 37); where none is, the law asks for nothing, and 'dpo: none' tells readers so. Add a 'dpo' section with the contact details, or 'dpo: none'.":
    "La politique n’indique pas si un délégué à la protection des données est désigné. L’article 13.1.b) exige les coordonnées du délégué à la protection des données lorsqu’un délégué est désigné (article 37) ; lorsqu’aucun ne l’est, la loi n’exige rien, et 'dpo: none' l’indique aux lecteurs. Ajoutez une section 'dpo' avec les coordonnées, ou 'dpo: none'.",
  "We have not designated a data protection officer: 'dpo: none'":
    "Nous n’avons pas désigné de délégué à la protection des données : 'dpo: none'",
  "Add the DPO's contact details, with a placeholder for the e-mail address":
    'Ajouter les coordonnées du délégué à la protection des données, avec un espace réservé pour l’adresse e-mail',
  "Joint controller '{0}' has no 'essence'. Art 26(2) requires the essence of the arrangement between joint controllers to be made available to people: say who does what, in particular who informs them and who handles their requests.":
    "Il manque 'essence' pour le responsable conjoint du traitement '{0}'. L’article 26.2 exige que les grandes lignes de l’accord entre responsables conjoints du traitement soient mises à la disposition des personnes : indiquez qui fait quoi, en particulier qui les informe et qui traite leurs demandes.",
  "Joint controller has no 'essence'. Art 26(2) requires the essence of the arrangement between joint controllers to be made available to people: say who does what, in particular who informs them and who handles their requests.":
    "Il manque 'essence' pour ce responsable conjoint du traitement. L’article 26.2 exige que les grandes lignes de l’accord entre responsables conjoints du traitement soient mises à la disposition des personnes : indiquez qui fait quoi, en particulier qui les informe et qui traite leurs demandes.",
  "Recipient '{0}' is a joint controller, but no 'joint_controllers' entry is named '{1}'. Art 26(2) requires the essence of the arrangement with it: add it under 'joint_controllers' with its 'essence'.":
    "Le destinataire '{0}' est un responsable conjoint du traitement, mais aucune entrée de 'joint_controllers' ne porte le nom '{1}'. L’article 26.2 exige les grandes lignes de l’accord conclu avec lui : ajoutez-le sous 'joint_controllers' avec son 'essence'.",
  "Recipient '{0}' is a joint controller, but no 'joint_controllers' entry is named '{1}'. Art 26(2) requires the essence of the arrangement with it: add it under 'joint_controllers' with its 'essence', and give the recipient its 'name'.":
    "Le destinataire '{0}' est un responsable conjoint du traitement, mais aucune entrée de 'joint_controllers' ne porte le nom '{1}'. L’article 26.2 exige les grandes lignes de l’accord conclu avec lui : ajoutez-le sous 'joint_controllers' avec son 'essence', et indiquez le 'name' du destinataire.",
  "Add 'essence' with a placeholder: the essence of the joint arrangement (Art 26(2))":
    "Ajouter 'essence' avec un espace réservé : les grandes lignes de l’accord entre responsables conjoints du traitement (article 26.2)",
  "Add '{0}' under 'joint_controllers' with the essence of the arrangement":
    "Ajouter '{0}' sous 'joint_controllers' avec les grandes lignes de l’accord",
  'relies on a legal obligation; Art 6(3) requires that basis to be laid down by law':
    'repose sur une obligation légale ; l’article 6.3 exige que ce fondement soit défini par le droit',
  'relies on a public task; Art 6(3) requires that basis to be laid down by law':
    'repose sur une mission d’intérêt public ; l’article 6.3 exige que ce fondement soit défini par le droit',
  'uses data about criminal convictions or offences, which Art 10 allows only under official authority or where the law authorises it':
    'utilise des données relatives aux condamnations pénales et aux infractions, dont l’article 10 ne permet le traitement que sous le contrôle de l’autorité publique ou si le droit l’autorise',
  "Purpose '{0}' {1}. Name the law in 'law' so readers can check it.":
    "La finalité '{0}' {1}. Indiquez la loi dans 'law' pour que les lecteurs puissent la vérifier.",
  '{0} has no legal basis. Art 13(1)(c) requires the legal basis of each purpose, one of those in Art 6(1).':
    '{0} n’a pas de base juridique. L’article 13.1.c) exige la base juridique de chaque finalité, l’une de celles de l’article 6.1.',
  "Purpose '{0}' relies on legitimate interests but does not say which interest. Art 13(1)(d) requires the specific legitimate interest pursued: add 'legitimate_interest'.":
    "La finalité '{0}' repose sur l’intérêt légitime, mais n’indique pas lequel. L’article 13.1.d) exige l’intérêt légitime précis poursuivi : ajoutez 'legitimate_interest'.",
  "Purpose '{0}' offers a service directly to children on the basis of consent. Below the age of digital consent, consent must be given or authorised by the holder of parental responsibility, with reasonable efforts to verify it (Art 8(1)–(2)). {1}. Add 'parental_consent' to say how.":
    "La finalité '{0}' propose un service directement aux enfants sur la base du consentement. En dessous de l’âge du consentement numérique, le consentement doit être donné ou autorisé par le titulaire de la responsabilité parentale, moyennant des efforts raisonnables pour le vérifier (articles 8.1 et 8.2). {1}. Ajoutez 'parental_consent' pour indiquer comment.",
  "Add 'parental_consent' with a placeholder: how a parent gives or authorises consent (Art 8)":
    "Ajouter 'parental_consent' avec un espace réservé : comment un parent donne ou autorise le consentement (article 8)",
  "Purpose '{0}' rests on consent, which must be freely given (Art 4(11), 7(4)), but does not say that providing the data is voluntary. Art 13(2)(e) asks whether people are obliged to provide the data and what follows if they do not: 'provision: voluntary' says it expressly.":
    "La finalité '{0}' repose sur le consentement, qui doit être donné librement (articles 4.11 et 7.4), mais n’indique pas que la fourniture des données est facultative. L’article 13.2.e) demande si les personnes sont tenues de fournir les données et ce qui se passe si elles ne le font pas : 'provision: voluntary' l’indique expressément.",
  "Purpose '{0}' does not say whether providing the data is a statutory or contractual requirement, a requirement to enter into a contract, or voluntary. Art 13(2)(e) requires it, with the possible consequences of not providing the data: add 'provision'.":
    "La finalité '{0}' n’indique pas si la fourniture des données a un caractère réglementaire ou contractuel, si elle conditionne la conclusion d’un contrat, ou si elle est facultative. L’article 13.2.e) l’exige, ainsi que les conséquences éventuelles de la non-fourniture des données : ajoutez 'provision'.",
  "{0}: 'provision: {1}'": "{0} : 'provision: {1}'",
  "Recipient '{0}' does not say its role. Art 13(1)(e) requires the recipients or categories of recipients, not their role, so nothing is missing; if you know it, 'type' tells readers whether the recipient acts on our instructions (a processor, Art 28) or decides for itself (a controller, Art 4(7)). A group company is a separate legal person: a processor or a controller, not 'internal'.":
    "Le destinataire '{0}' n’indique pas son rôle. L’article 13.1.e) exige les destinataires ou les catégories de destinataires, et non leur rôle : rien ne manque donc ; si vous le connaissez, 'type' indique aux lecteurs si le destinataire agit sur nos instructions (un sous-traitant, article 28) ou décide lui-même (un responsable du traitement, article 4.7). Une société du groupe est une personne juridique distincte : un sous-traitant ou un responsable du traitement, et non 'internal'.",
  "The recipient is {0}: 'type: {1}'": "Le destinataire est {0} : 'type: {1}'",
  "The controller is established in {0}, outside Switzerland, and the notice names no representative there. A private controller abroad must designate one in Switzerland where it processes personal data of people in Switzerland and the processing is connected with offering them goods or services or monitoring their behaviour, is extensive, is regular and involves a high risk to their personality: all four (Art 14(1) FADP). The controller then publishes the representative's name and address (Art 14(3) FADP). If that is your case, add 'representative'{1}":
    "Le responsable du traitement est établi hors de Suisse ({0}), et la déclaration ne désigne aucun représentant en Suisse. Un responsable du traitement privé établi à l’étranger doit désigner un représentant en Suisse lorsqu’il traite des données personnelles de personnes en Suisse et que le traitement est lié à l’offre de biens ou de services à ces personnes ou à l’observation de leur comportement, est d’envergure, est régulier et présente un risque élevé pour leur personnalité : les quatre conditions à la fois (art. 14, al. 1, LPD). Le responsable du traitement publie alors le nom et l’adresse du représentant (art. 14, al. 3, LPD). Si c’est votre cas, ajoutez 'representative'{1}",
  "The controller is established in {0}, outside {1}, and the notice names no representative there. Where the law applies because you offer goods or services to people in {1} or monitor their behaviour there (Art 3(2)), and you have no establishment there, Art 27(1) requires designating a representative in writing, unless your processing is occasional, does not include large-scale special-category or criminal-offence data, and is unlikely to result in a risk to people's rights and freedoms (Art 27(2)(a)). Art 13(1)(a) then requires the representative's identity and contact details: add 'representative'{2}":
    "Le responsable du traitement est établi dans un pays ({0}) situé hors du territoire de la loi ({1}), et la déclaration ne désigne aucun représentant sur ce territoire. Lorsque la loi s’applique parce que vous offrez des biens ou des services à des personnes qui se trouvent sur ce territoire ({1}) ou suivez leur comportement sur celui-ci (article 3.2), et que vous n’y avez aucun établissement, l’article 27.1 exige de désigner un représentant par écrit, sauf si votre traitement est occasionnel, ne porte pas à grande échelle sur des catégories particulières de données ou sur des données relatives aux condamnations pénales et aux infractions, et n’est pas susceptible d’engendrer un risque pour les droits et libertés des personnes (article 27.2.a)). L’article 13.1.a) exige alors l’identité et les coordonnées du représentant : ajoutez 'representative'{2}",
  "Add 'laws.{0}.representative' with placeholders for its name and address":
    "Ajouter 'laws.{0}.representative' avec des espaces réservés pour son nom et son adresse",
  "Add 'representative' with placeholders for its name and address":
    "Ajouter 'representative' avec des espaces réservés pour son nom et son adresse",
  '{0} does not say how long the data is kept. Art 13(2)(a) requires the retention period, or the criteria used to determine it.':
    '{0} n’indique pas combien de temps les données sont conservées. L’article 13.2.a) exige la durée de conservation, ou les critères utilisés pour la déterminer.',
  'Add a retention period with a placeholder to fill in':
    'Ajouter une durée de conservation avec un espace réservé à compléter',
  'Add a retention until an event (until …) with a placeholder to fill in':
    'Ajouter une conservation jusqu’à un événement (until …) avec un espace réservé à compléter',
  "Data category '{0}' does not say where the data comes from. Because the policy collects data from other sources ('collection: {1}'), Art 14(2)(f) requires the source from which the personal data originate, and if applicable whether it came from publicly accessible sources: add 'source'.":
    "La catégorie de données '{0}' n’indique pas d’où proviennent les données. Comme la politique collecte des données auprès d’autres sources ('collection: {1}'), l’article 14.2.f) exige la source d’où proviennent les données à caractère personnel et, le cas échéant, une mention indiquant qu’elles sont issues ou non de sources accessibles au public : ajoutez 'source'.",
  "Add 'source' with a placeholder: where the data comes from":
    "Ajouter 'source' avec un espace réservé : d’où proviennent les données",
  "The person provides this data themselves: 'source: data-subject'":
    "La personne fournit elle-même ces données : 'source: data-subject'",
  "This data is collected automatically from the person's device or use: 'source: automatic'":
    "Ces données sont collectées automatiquement à partir de l’appareil de la personne ou de son utilisation : 'source: automatic'",
  "Purpose '{0}' uses special-category data ({1}). Art 9(1) prohibits this unless a condition of Art 9(2) applies: add 'special_basis'.":
    "La finalité '{0}' utilise des données relevant de catégories particulières ({1}). L’article 9.1 l’interdit, sauf si une condition de l’article 9.2 s’applique : ajoutez 'special_basis'.",
  "This transfer rests on '{0}' but does not say how readers can obtain a copy of the safeguards or where they are made available. Art 13(1)(f) requires that for transfers under Art 46 or 47 or the second subparagraph of Art 49(1): add 'copy'.":
    "Ce transfert repose sur '{0}', mais n’indique pas comment les lecteurs peuvent obtenir une copie des garanties ni où elles sont mises à disposition. L’article 13.1.f) l’exige pour les transferts visés à l’article 46 ou 47 ou au deuxième alinéa de l’article 49.1 : ajoutez 'copy'.",
  "Add 'copy' with a placeholder: where readers can get a copy of the safeguards":
    "Ajouter 'copy' avec un espace réservé : où les lecteurs peuvent obtenir une copie des garanties",
  "Recipient '{0}' is in {1}, outside {2}, and no transfer covers it. Art 44 allows a transfer only on an adequacy decision (Art 45), appropriate safeguards (Art 46–47) or a derogation (Art 49), and Art 13(1)(f) requires telling readers which: add it under 'transfers' with its 'mechanism'.":
    "Le destinataire '{0}' se trouve dans un pays ({1}) situé hors du territoire de la loi ({2}), et aucun transfert ne le couvre. L’article 44 n’autorise un transfert que sur la base d’une décision d’adéquation (article 45), de garanties appropriées (articles 46 et 47) ou d’une dérogation (article 49), et l’article 13.1.f) exige d’indiquer aux lecteurs laquelle : ajoutez-le sous 'transfers' avec son 'mechanism'.",
  "This transfer does not name what it rests on. Art 44 allows a transfer only on an adequacy decision (Art 45), appropriate safeguards (Art 46–47) or a derogation (Art 49), and Art 13(1)(f) requires telling readers which: add 'mechanism'.":
    "Ce transfert n’indique pas sur quoi il repose. L’article 44 n’autorise un transfert que sur la base d’une décision d’adéquation (article 45), de garanties appropriées (articles 46 et 47) ou d’une dérogation (article 49), et l’article 13.1.f) exige d’indiquer aux lecteurs laquelle : ajoutez 'mechanism'.",
  "Add a transfer for '{0}' — {1}: '{2}'": "Ajouter un transfert pour '{0}' — {1} : '{2}'",
  "'possible: true' makes the notice say that {0}. Art 12(1) asks for concise, transparent and intelligible information: where you know that it does, say so; keep 'possible' for what happens only in some cases, and say which where you can.":
    "'possible: true' fait dire à la déclaration que {0}. L’article 12.1 demande une information concise, transparente et compréhensible : si vous savez que c’est le cas, dites-le ; réservez 'possible' à ce qui ne se produit que dans certains cas, et précisez lesquels lorsque vous le pouvez.",
  "'{0}' may receive data": "'{0}' peut recevoir des données",
  'data may be transferred': 'des données peuvent être transférées',
  "'{0}' is a legal basis of the UK GDPR only (Art 6(1)(ea) UK GDPR); this notice serves {1}. Use 'legitimate-interests' (Art 6(1)(f)) and state the interest, or add 'uk-gdpr' under 'laws'.":
    "'{0}' est une base juridique propre au UK GDPR (Art 6(1)(ea) UK GDPR) ; cette déclaration sert {1}. Utilisez 'legitimate-interests' (article 6.1.f)) et indiquez l’intérêt, ou ajoutez 'uk-gdpr' sous 'laws'.",
  "Purpose '{0}' rests on recognised legitimate interests alone, a basis of the UK GDPR only (Art 6(1)(ea) UK GDPR). This notice also serves the EU GDPR, which has no such basis: for people in the EEA the purpose needs a basis of Art 6(1) GDPR, which the notice must state (Art 13(1)(c) GDPR). Add it to 'basis' (e.g. 'legitimate-interests' with the interest), with 'when' saying which basis applies to whom.":
    "La finalité '{0}' repose uniquement sur des intérêts légitimes reconnus, une base propre au UK GDPR (Art 6(1)(ea) UK GDPR). Cette déclaration sert aussi le RGPD de l’UE, qui ne connaît pas cette base : pour les personnes qui se trouvent dans l’EEE, la finalité requiert une base de l’article 6.1 du RGPD, que la déclaration doit indiquer (article 13.1.c) du RGPD). Ajoutez-la sous 'basis' (par exemple 'legitimate-interests' avec l’intérêt), avec 'when' indiquant quelle base s’applique à qui.",
  "Recognised legitimate interests (Art 6(1)(ea) UK GDPR) apply from {0} (DUAA 2025 s.70); the notice is effective earlier. Use 'legitimate-interests' (Art 6(1)(f)) for that period.":
    "Les intérêts légitimes reconnus (Art 6(1)(ea) UK GDPR) s’appliquent à partir du {0} (DUAA 2025 s.70) ; la déclaration prend effet plus tôt. Utilisez 'legitimate-interests' (article 6.1.f)) pour cette période.",
  "A public authority cannot rely on recognised legitimate interests for processing in the performance of its tasks (Art 6(1) UK GDPR, words after point (f): points (ea) and (f) do not apply to it). If this processing is part of your tasks, use 'public-task' (Art 6(1)(e)) and name the law.":
    "Une autorité publique ne peut pas se fonder sur des intérêts légitimes reconnus pour un traitement effectué dans l’exécution de ses missions (Art 6(1) UK GDPR, texte qui suit le point (f) : les points (ea) et (f) ne s’appliquent pas à elle). Si ce traitement relève de vos missions, utilisez 'public-task' (article 6.1.e)) et indiquez la loi.",
  "A significant decision based solely on automated processing may not rest on recognised legitimate interests (Art 22B(4) UK GDPR), and '{0}' is the purpose of such a decision in 'automated_decisions'.":
    "Une décision importante fondée exclusivement sur un traitement automatisé ne peut pas reposer sur des intérêts légitimes reconnus (Art 22B(4) UK GDPR), et '{0}' est la finalité d’une telle décision dans 'automated_decisions'.",
  "Purpose '{0}' rests on recognised legitimate interests, which exist only where a condition of Annex 1 UK GDPR is met (Art 6(5) UK GDPR). Name the condition in 'law' (e.g. \"Annex 1 para 5 UK GDPR\").":
    "La finalité '{0}' repose sur des intérêts légitimes reconnus, qui n’existent que si une condition de l’Annex 1 UK GDPR est remplie (Art 6(5) UK GDPR). Indiquez la condition dans 'law' (par exemple « Annex 1 para 5 UK GDPR »).",
  "The restriction of {0} names no law. Only a Union or Member State law can restrict a right, in a measure that says which processing and cases it concerns and with what safeguards (Art 23(1)–(2); so too the derogations of Art 85(2) and 89(2)–(3)), or the GDPR itself in Art 11(2). Readers are told of their rights (Art 13(2)(b)) and of what limits them: name the law and article in 'law'.":
    "La limitation visant {0} ne désigne aucune loi. Seule une loi de l’Union ou d’un État membre peut limiter un droit, par une mesure qui précise les traitements et les cas qu’elle concerne et les garanties qui l’accompagnent (articles 23.1 et 23.2 ; il en va de même des dérogations des articles 85.2, 89.2 et 89.3), ou le RGPD lui-même à l’article 11.2. Les lecteurs sont informés de leurs droits (article 13.2.b)) et de ce qui les limite : indiquez la loi et l’article dans 'law'.",
  'Write it as { right, law } with a placeholder for the restricting law':
    'Écrire sous la forme { right, law }, avec un espace réservé pour la loi qui limite le droit',
  "Add 'law' with a placeholder: the law and article that restrict this right":
    "Ajouter 'law' avec un espace réservé : la loi et l’article qui limitent ce droit",
  "Purpose '{0}'": "La finalité '{0}'",
  'This purpose': 'Cette finalité',
  "The controller gives one way to contact it ('{0}'). That meets Art 13(1)(a), which requires the controller's contact details; the EDPB transparency guidelines (WP260 rev.01, Annex, on Art 13(1)(a)) recommend different forms of communication, e.g. a phone number, an e-mail address and a postal address.{1}":
    "Le responsable du traitement indique un seul moyen de le contacter ('{0}'). Cela satisfait à l’article 13.1.a), qui exige les coordonnées du responsable du traitement ; les lignes directrices du comité européen de la protection des données sur la transparence (WP260 rev.01, annexe, sur l’article 13.1.a)) recommandent différents moyens de communication, par exemple un numéro de téléphone, une adresse e-mail et une adresse postale.{1}",
  "{0}: '{1}'": "{0} : '{1}'",
  "{0}: 'mechanism: {1}'": "{0} : 'mechanism: {1}'",
  "This transfer does not say where the data goes. Art 13(1)(f) requires informing people of the intention to transfer data to a third country or international organisation, which readers can only weigh if it is named: add 'countries' (or 'recipients', or 'organisations').":
    "Ce transfert n’indique pas où vont les données. L’article 13.1.f) exige d’informer les personnes de l’intention d’effectuer un transfert de données vers un pays tiers ou une organisation internationale, ce que les lecteurs ne peuvent apprécier que si la destination est nommée : ajoutez 'countries' (ou 'recipients', ou 'organisations').",
  "This transfer covers {0}: add 'recipients: [{0}]' (the recipients outside {1} that no transfer covers)":
    "Ce transfert couvre {0} : ajouter 'recipients: [{0}]' (les destinataires situés hors du territoire de la loi ({1}) qu’aucun transfert ne couvre)",
  "The notice promises 'no-sharing-for-advertising', and recipient '{0}' is an advertising recipient that does not say its role. Check: is it advertising for itself (a controller), which would break the promise (Art 5(1)(a)), or only on our behalf (a processor)? Say so in 'type'.":
    "La déclaration promet 'no-sharing-for-advertising', et le destinataire '{0}' est un destinataire publicitaire qui n’indique pas son rôle. Vérifiez : fait-il de la publicité pour son propre compte (en tant que responsable du traitement), ce qui romprait la promesse (article 5.1.a)), ou seulement pour notre compte (en tant que sous-traitant) ? Indiquez-le dans 'type'.",
  "The recording {0} shows the {1}-party cookie '{2}'{3}{4} on {5}, but 'cookies' does not list it. Unless it is strictly necessary for the service the visitor asked for, ePrivacy Art 5(3) requires clear and comprehensive information about it, including its purposes, before consent; where it holds personal data, GDPR Art 13(1)(c) requires its purpose and legal basis in any case: add it to 'cookies'.":
    "L’enregistrement {0} montre le cookie '{2}'{3}{4} sur {5} ('party: {1}'), mais 'cookies' ne le mentionne pas. Sauf s’il est strictement nécessaire au service demandé par le visiteur, l’article 5.3 de la directive ePrivacy exige une information claire et complète à son sujet, notamment sur ses finalités, avant le consentement ; lorsqu’il contient des données à caractère personnel, l’article 13.1.c) du RGPD exige en tout état de cause sa finalité et sa base juridique : ajoutez-le à 'cookies'.",
  "Add the cookie '{0}' to 'cookies', as described by {1}":
    "Ajouter le cookie '{0}' à 'cookies', tel que le décrit {1}",
  "Add the cookie '{0}' to 'cookies'": "Ajouter le cookie '{0}' à 'cookies'",
  "The recording {0} shows requests to {1}, run by {2}{3} per {4}, but no recipient names it. A request to another host discloses at least the visitor's IP address; Art 13(1)(e) requires the recipients or categories of recipients: add it under 'recipients' and to the purposes that disclose data to it.":
    "L’enregistrement {0} montre des requêtes vers {1}, dont l’exploitant est, selon {4}, {2}{3}, mais aucun destinataire ne le nomme. Une requête vers un autre hôte communique au moins l’adresse IP du visiteur ; l’article 13.1.e) exige les destinataires ou les catégories de destinataires : ajoutez-le sous 'recipients' et aux finalités qui lui communiquent des données.",
  "Add {0} as recipient '{1}', with placeholders for its category and where it processes the data (its name and website from {2})":
    "Ajouter {0} comme destinataire '{1}', avec des espaces réservés pour sa catégorie et le lieu où il traite les données (son nom et son site web d’après {2})",
  "an '{0}' recipient": "un destinataire '{0}'",
  "a '{0}' recipient": "un destinataire '{0}'",
  'it processes the data in {0} and is {1} (where and how {2} places and classes it)':
    'il traite les données dans le pays suivant : {0}, et il s’agit d’{1} (tel que {2} le situe et le classe)',
  'it processes the data in {0} (where {1} places it)':
    'il traite les données dans le pays suivant : {0} (tel que {1} le situe)',
  'it is {0} (as {1} classes it)': 'il s’agit d’{0} (tel que {1} le classe)',
  "Add {0} as recipient '{1}': {2}": "Ajouter {0} comme destinataire '{1}' — {2}",
  "'<{0}>' is a placeholder: replace it with what it asks for. Until then the notice shows a gap here instead of the information Art 12(1) requires to be given in a concise, transparent and intelligible form.":
    "'<{0}>' est un espace réservé : remplacez-le par ce qu’il demande. D’ici là, la déclaration présente ici une lacune au lieu des informations que l’article 12.1 exige de fournir d’une façon concise, transparente et compréhensible.",
  "'{0}' is not defined: add it under '{1}', or use one of the {2} ids defined there ({3}).":
    "'{0}' n’est pas défini : ajoutez-le sous '{1}', ou utilisez l’un des identifiants de {2} qui y sont définis ({3}).",
  "'{0}' is not defined: add it under '{1}', or use one of the {2} ids defined there.":
    "'{0}' n’est pas défini : ajoutez-le sous '{1}', ou utilisez l’un des identifiants de {2} qui y sont définis.",
  "Define {0} '{1}' under '{2}'": "Définir '{1}' ({0}) sous '{2}'",
  "This cookie has no name. Unless it is strictly necessary, ePrivacy Art 5(3) requires clear and comprehensive information about what is stored on or read from the reader's device before consent; where it holds personal data, Art 13(1)(c) GDPR requires its purpose in any case. Without the name readers cannot find the cookie in their browser, and a recording of the site cannot be reconciled with it. Add 'name' where you know it.":
    "Ce cookie n’a pas de nom. Sauf s’il est strictement nécessaire, l’article 5.3 de la directive ePrivacy exige une information claire et complète sur ce qui est stocké sur l’appareil du lecteur ou lu à partir de celui-ci, avant le consentement ; lorsqu’il contient des données à caractère personnel, l’article 13.1.c) du RGPD exige en tout état de cause sa finalité. Sans le nom, les lecteurs ne peuvent pas retrouver le cookie dans leur navigateur, et un enregistrement du site ne peut pas être rapproché de lui. Ajoutez 'name' si vous le connaissez.",
  "This cookie has no name. Unless it is strictly necessary, ePrivacy Art 5(3) requires clear and comprehensive information about what is stored on or read from the reader's device before consent; where it holds personal data, Art 13(1)(c) GDPR requires its purpose in any case. Without the name readers cannot find the cookie in their browser, and a recording of the site cannot be reconciled with it. Add 'name' where you know it, or at least 'description'.":
    "Ce cookie n’a pas de nom. Sauf s’il est strictement nécessaire, l’article 5.3 de la directive ePrivacy exige une information claire et complète sur ce qui est stocké sur l’appareil du lecteur ou lu à partir de celui-ci, avant le consentement ; lorsqu’il contient des données à caractère personnel, l’article 13.1.c) du RGPD exige en tout état de cause sa finalité. Sans le nom, les lecteurs ne peuvent pas retrouver le cookie dans leur navigateur, et un enregistrement du site ne peut pas être rapproché de lui. Ajoutez 'name' si vous le connaissez, ou au moins 'description'.",
  "This cookie has no name and no description. Unless it is strictly necessary, ePrivacy Art 5(3) requires clear and comprehensive information about what is stored on or read from the reader's device before consent; where it holds personal data, Art 13(1)(c) GDPR requires its purpose in any case. Without the name readers cannot find the cookie in their browser, and a recording of the site cannot be reconciled with it. Add 'name' where you know it.":
    "Ce cookie n’a ni nom ni description. Sauf s’il est strictement nécessaire, l’article 5.3 de la directive ePrivacy exige une information claire et complète sur ce qui est stocké sur l’appareil du lecteur ou lu à partir de celui-ci, avant le consentement ; lorsqu’il contient des données à caractère personnel, l’article 13.1.c) du RGPD exige en tout état de cause sa finalité. Sans le nom, les lecteurs ne peuvent pas retrouver le cookie dans leur navigateur, et un enregistrement du site ne peut pas être rapproché de lui. Ajoutez 'name' si vous le connaissez.",
  "This cookie has no name and no description. Unless it is strictly necessary, ePrivacy Art 5(3) requires clear and comprehensive information about what is stored on or read from the reader's device before consent; where it holds personal data, Art 13(1)(c) GDPR requires its purpose in any case. Without the name readers cannot find the cookie in their browser, and a recording of the site cannot be reconciled with it. Add 'name' where you know it, or at least 'description'.":
    "Ce cookie n’a ni nom ni description. Sauf s’il est strictement nécessaire, l’article 5.3 de la directive ePrivacy exige une information claire et complète sur ce qui est stocké sur l’appareil du lecteur ou lu à partir de celui-ci, avant le consentement ; lorsqu’il contient des données à caractère personnel, l’article 13.1.c) du RGPD exige en tout état de cause sa finalité. Sans le nom, les lecteurs ne peuvent pas retrouver le cookie dans leur navigateur, et un enregistrement du site ne peut pas être rapproché de lui. Ajoutez 'name' si vous le connaissez, ou au moins 'description'.",
  "The cookie '{0}' is listed but was not seen in the recording {1} ({2} requests). If the site no longer uses it, remove it so the notice stays accurate (Art 5(1)(a), 12(1)); a recording that did not visit every page or make every consent choice may simply have missed it.":
    "Le cookie '{0}' est mentionné, mais n’a pas été observé dans l’enregistrement {1} ({2} requêtes). Si le site ne l’utilise plus, supprimez-le pour que la déclaration reste exacte (articles 5.1.a) et 12.1) ; un enregistrement qui n’a pas parcouru toutes les pages ou effectué tous les choix de consentement peut simplement ne pas l’avoir relevé.",
  "Remove the cookie '{0}' from 'cookies'": "Supprimer le cookie '{0}' de 'cookies'",
  "Recipient '{0}' gives no country, and {1} places {2} in {3}, outside {4}. If the data go there, readers must be told of the transfer and what it rests on (Art 13(1)(f), 44): say where the recipient processes the data ('country'), and cover it under 'transfers' if that is outside {4}. The catalogue gives the legal entity's address, not where the data are processed.":
    "Le destinataire '{0}' n’indique aucun pays, et {1} situe {2} dans un pays ({3}) situé hors du territoire de la loi ({4}). Si les données y sont envoyées, les lecteurs doivent être informés du transfert et de ce sur quoi il repose (articles 13.1.f) et 44) : indiquez où le destinataire traite les données ('country'), et couvrez ce transfert sous 'transfers' si ce lieu se trouve hors du territoire de la loi ({4}). Le catalogue indique l’adresse de l’entité juridique, et non le lieu où les données sont traitées.",
  'the organisation catalogue': 'le catalogue des organisations',
  "The recipient processes the data in {0}: 'country: {1}' (where {2} places it)":
    "Le destinataire traite les données dans le pays suivant : {0} — 'country: {1}' (tel que {2} le situe)",
  "Add 'country' with a placeholder: where the recipient processes the data":
    "Ajouter 'country' avec un espace réservé : où le destinataire traite les données",
  'The {0} ({1}) cannot be restricted: Art 23(1) lets a law restrict only the rights and obligations of Art 12–22 and 34, and the derogations of Art 85(2) and 89(2)–(3) do not reach Chapter VIII. The notice states it in full (Art 13(2)(d)): remove this restriction.':
    'Le {0} ({1}) ne peut pas être limité : l’article 23.1 ne permet à une loi de limiter que les droits et obligations des articles 12 à 22 et 34, et les dérogations des articles 85.2, 89.2 et 89.3 ne s’étendent pas au chapitre VIII. La déclaration l’énonce intégralement (article 13.2.d)) : supprimez cette limitation.',
  "The {0} ({1}) lies outside Art 23(1), which reaches only Art 12–22 and 34: only a derogation that Union or Member State law makes under Art 85(2) (processing for journalistic, academic, artistic or literary purposes) can affect it. Check that 'law' names such a derogation and cite Art 85(2); otherwise remove this restriction.":
    "Le {0} ({1}) échappe à l’article 23.1, qui ne vise que les articles 12 à 22 et 34 : seule une dérogation que le droit de l’Union ou d’un État membre prévoit au titre de l’article 85.2 (traitement à des fins journalistiques ou à des fins d’expression universitaire, artistique ou littéraire) peut l’affecter. Vérifiez que 'law' désigne une telle dérogation et citez l’article 85.2 ; sinon, supprimez cette limitation.",
  "Data category '{0}' is not used by any purpose. Data minimisation (Art 5(1)(c)) allows only data that a purpose needs, and Art 13(1)(c) asks for the purposes each piece of data is processed for: link it to a purpose or remove it.":
    "La catégorie de données '{0}' n’est utilisée par aucune finalité. La minimisation des données (article 5.1.c)) n’autorise que les données dont une finalité a besoin, et l’article 13.1.c) demande les finalités pour lesquelles chaque donnée est traitée : rattachez-la à une finalité ou supprimez-la.",
  "Recipient '{0}' does not receive data for any purpose. Art 13(1)(e) names the recipients of the data processed for the purposes, and every disclosure must serve a specified purpose (Art 5(1)(b)) on a legal basis (Art 6(1)): list it under a purpose's 'recipients' or remove it.":
    "Le destinataire '{0}' ne reçoit de données pour aucune finalité. L’article 13.1.e) désigne les destinataires des données traitées pour les finalités, et toute communication doit servir une finalité déterminée (article 5.1.b)) sur une base juridique (article 6.1) : mentionnez-le sous les 'recipients' d’une finalité ou supprimez-le.",
  "Audience '{0}' is not concerned by any purpose. The notice tells each audience what is done with its data (Art 12(1), 13(1)(c)): list it under a purpose's 'audiences' or remove it.":
    "Le public '{0}' n’est concerné par aucune finalité. La déclaration indique à chaque public ce qui est fait de ses données (articles 12.1 et 13.1.c)) : mentionnez-le sous les 'audiences' d’une finalité ou supprimez-le.",
  "Remove {0} '{1}'": "Supprimer '{1}' ({0})",
  'The retention of {0} is vague: "{1}" gives no period and no concrete event. Art 13(2)(a) requires the period, or the criteria used to determine it.':
    'La durée de conservation indiquée pour {0} est vague : « {1} » n’indique ni durée ni événement concret. L’article 13.2.a) exige la durée de conservation, ou les critères utilisés pour la déterminer.',
  'A declared cookie whose `type` or `duration` disagrees with the Open Cookie Database (information, but a warning for an analytics or marketing cookie declared `essential`).':
    'Un cookie déclaré dont le `type` ou la `duration` ne concorde pas avec l’Open Cookie Database (information, mais avertissement pour un cookie de mesure d’audience ou de marketing déclaré `essential`).',
  "The authority named for a law is another law's (the ICO for the FADP), or does not supervise a controller like this one (Bavaria: public or private bodies; the BfDI; church and broadcasting authorities).":
    'L’autorité désignée au titre d’une loi est celle d’une autre loi (l’ICO pour la LPD), ou ne contrôle pas un responsable du traitement tel que celui-ci (Bavière : organismes publics ou privés ; le BfDI ; autorités des Églises et de la radiodiffusion).',
  'matches {0}': 'd’après {0}',
  "for the country of the controller's address": 'pour le pays de l’adresse du responsable du traitement',
  'Name {0} ({1}), or remove the name: the notice then names it itself':
    'Indiquez {0} ({1}), ou supprimez le nom : la déclaration l’indique alors elle-même',
  'Name the supervisory authority competent for you': 'Indiquez l’autorité de contrôle compétente pour vous',
  'people complain to a supervisory authority of an EEA State (Art 77(1) GDPR)':
    'les personnes introduisent une réclamation auprès d’une autorité de contrôle d’un État de l’EEE (article 77.1 du RGPD)',
  'people complain to the Information Commissioner (DPA 2018 s.165; before 19 June 2026 Art 77 UK GDPR)':
    'les personnes introduisent une réclamation auprès de l’Information Commissioner (DPA 2018 s.165 ; avant le 19 juin 2026, Art 77 UK GDPR)',
  'people report to the Federal Data Protection and Information Commissioner (Art 49(1) FADP)':
    'les personnes adressent leurs dénonciations au Préposé fédéral à la protection des données et à la transparence (art. 49, al. 1, LPD)',
  "'{0}' is the supervisory authority under {1}, not under {2}, for which {3} names it: under {2} {4}. {5}.":
    "'{0}' est l’autorité de contrôle selon {1}, et non selon {2}, loi pour laquelle {3} la désigne : selon {2}, {4}. {5}.",
  "the audience '{0}'": "le public '{0}'",
  "The cookie '{0}'": "Le cookie '{0}'",
  'This cookie': 'Ce cookie',
  '(and {0} other analytics or marketing cookies of the same purpose)':
    '(et {0} autres cookies de mesure d’audience ou de marketing ayant la même finalité)',
  '(and 1 other analytics or marketing cookie of the same purpose)':
    '(et 1 autre cookie de mesure d’audience ou de marketing ayant la même finalité)',
  'That law applies from {0}; the notice is dated earlier, when the Act it replaced applied, which this tool does not model.':
    'Cette loi s’applique à partir du {0} ; la déclaration est datée d’avant, lorsque s’appliquait la loi qu’elle a remplacée, que cet outil ne modélise pas.',
  "A transfer on consent needs the person's explicit consent after being informed of its possible risks (Art 49(1)(a); EDPB Guidelines 2/2018, section 2.1).":
    'Un transfert fondé sur le consentement requiert le consentement explicite de la personne concernée, après qu’elle a été informée des risques que ce transfert peut comporter (article 49.1.a) ; lignes directrices 2/2018 du comité européen de la protection des données, section 2.1).',
  'Ask for consent by an active choice, or rely on another legal basis.':
    'Recueillez le consentement par un choix actif, ou fondez-vous sur une autre base juridique.',
  'Did you mean {0}?': 'Vouliez-vous dire {0} ?',
  'the GDPR': 'le RGPD',
  "This notice does not serve {0} (its laws: {1}): a mechanism given for '{2}' does not apply: a transfer rests on the ground each law of the notice it leaves provides ({3}). Add the law under 'laws', or remove this entry.":
    "Cette déclaration ne sert pas {0} (ses lois : {1}) ; un mécanisme indiqué pour '{2}' ne s’applique pas, car un transfert repose sur le fondement que prévoit chacune des lois de la déclaration dont il quitte le territoire ({3}). Ajoutez la loi sous 'laws', ou supprimez cette entrée.",
  "'{0}' ({1}) is a mechanism of {2} only, and this transfer leaves the territory of {3}: under {4} a transfer rests on an adequacy decision, appropriate safeguards or a derogation ({5}). Give the mechanism per law: 'mechanism: { {6}: …, {7}: {8} }'.":
    "'{0}' ({1}) n’est un mécanisme que pour {2}, et ce transfert quitte le territoire couvert par {3} : un transfert y repose sur une décision d’adéquation, des garanties appropriées ou une dérogation ({4} ; {5}). Indiquez le mécanisme pour chaque loi : 'mechanism: { {6}: …, {7}: {8} }'.",
  'From 19 June 2026 people may complain to the controller if they consider that there is an infringement of the UK GDPR concerning their data (DPA 2018 s.164A(1)), and the notice tells them of that right (Art 13(2)(ca) UK GDPR). The controller must facilitate such complaints, for example with a complaint form that can be completed electronically and by other means (s.164A(2)). The notice always states the right; this rule asks it to say how to use it.':
    'À partir du 19 juin 2026, les personnes peuvent adresser une réclamation au responsable du traitement si elles considèrent qu’il y a une violation du UK GDPR concernant leurs données (DPA 2018 s.164A(1)), et la déclaration les informe de ce droit (Art 13(2)(ca) UK GDPR). Le responsable du traitement doit faciliter ces réclamations, par exemple au moyen d’un formulaire de réclamation qui peut être rempli par voie électronique et par d’autres moyens (s.164A(2)). La déclaration indique toujours ce droit ; cette règle demande qu’elle précise comment l’exercer.',
  'Under the FADP the notice names every State a disclosure abroad goes to, even one with adequate protection (Art 19(4) FADP); wilfully incomplete information is punishable on complaint (Art 60(1)(a) FADP).':
    'Selon la LPD, la déclaration nomme chaque État vers lequel a lieu une communication à l’étranger, même s’il offre une protection adéquate (art. 19, al. 4, LPD) ; fournir intentionnellement des informations incomplètes est punissable sur plainte (art. 60, al. 1, let. a, LPD).',
  "I rely on {0}: 'basis: {1}'": "Je me fonde sur la base « {0} » : 'basis: {1}'",
  'The age of digital consent in {0} is {1} (as of {2})':
    'L’âge du consentement numérique sur le territoire de la loi ({0}) est de {1} ans (état au {2})',
  'The age of digital consent in {0} is {1} (as of {2}), the state where the controller is established; where the service is offered to children in other Member States, their ages may apply, as their laws decide (EDPB Guidelines 05/2020 on consent, para 131)':
    'L’âge du consentement numérique dans l’État où le responsable du traitement est établi ({0}) est de {1} ans (état au {2}) ; lorsque le service est proposé à des enfants dans d’autres États membres, les âges fixés par ces États peuvent s’appliquer, selon ce que prévoient leurs lois (lignes directrices 05/2020 du comité européen de la protection des données sur le consentement, point 131)',
  "'controller.country' {0} is outside {1}, so the age is that of the Member State whose residents the service targets: {2} unless it set a lower one, never below 13":
    "'controller.country' {0} se trouve hors du territoire de la loi ({1}) : l’âge est donc celui de l’État membre dont le service vise les résidents, soit {2} ans, sauf si cet État a fixé un âge inférieur, jamais en dessous de 13 ans",
  "The age depends on the Member State: {0} unless it set a lower one, never below 13; add 'controller.country' to see the age of the state where the controller is established":
    "L’âge dépend de l’État membre : {0} ans, sauf si cet État a fixé un âge inférieur, jamais en dessous de 13 ans ; ajoutez 'controller.country' pour voir l’âge applicable dans l’État où le responsable du traitement est établi",
  'Providing the data is a statutory requirement': 'La fourniture des données est une exigence réglementaire',
  'Providing the data is a contractual requirement': 'La fourniture des données est une exigence contractuelle',
  'Providing the data is a requirement necessary to enter into a contract':
    'La fourniture des données conditionne la conclusion d’un contrat',
  'Providing the data is voluntary': 'La fourniture des données est facultative',
  'part of our own organisation (the same legal person)':
    'une composante de notre propre organisation (la même personne juridique)',
  'a processor acting on our instructions (Art 28)': 'un sous-traitant agissant sur nos instructions (article 28)',
  'a controller deciding for itself (Art 4(7))': 'un responsable du traitement qui décide lui-même (article 4.7)',
  'a joint controller with us (Art 26)': 'un responsable conjoint du traitement avec nous (article 26)',
  'a public authority': 'une autorité publique',
  'the public (the data is published)': 'le public (les données sont publiées)',
  "under 'laws.{0}'": "sous 'laws.{0}'",
  "I rely on {0}: 'special_basis: {1}'": "Je me fonde sur la condition « {0} » : 'special_basis: {1}'",
  'the {0}': 'le {0}',
  'the EU GDPR': 'le RGPD de l’UE',
  'the UK GDPR': 'le UK GDPR',
  'the Swiss FADP': 'la LPD suisse',
  'A web address counts as a contact detail only as a contact form: make sure this page lets readers contact you.':
    'Une adresse web ne vaut coordonnée que comme formulaire de contact : assurez-vous que cette page permet aux lecteurs de vous contacter.',
  'as {0}': '(noms observés : {0})',
  'Replace with a period from an event ({ period, from })':
    'Remplacer par une durée à compter d’un événement ({ period, from })',
  'Replace with an end event ({ until })': 'Remplacer par un événement de fin ({ until })',
  'Replace with the criteria that determine the period ({ criteria })':
    'Remplacer par les critères qui déterminent la durée ({ criteria })',
  "purpose '{0}'": "la finalité '{0}'",
  'the notice': 'l’ensemble de la déclaration',
  'the UK GDPR and the Data Protection Act 2018': 'le UK GDPR et le Data Protection Act 2018',
  'the Swiss Federal Act on Data Protection of 25 September 2020 (FADP)':
    'la loi fédérale suisse du 25 septembre 2020 sur la protection des données (LPD)',
  "No 'laws' section: the notice is read under {0}, the law of the controller's country, {1}.{2} If the EU GDPR applies too (e.g. under its Art 3(2), for people in the EEA), add it. {3}":
    "Aucune section 'laws' : la déclaration est lue selon {0}, la loi du pays du responsable du traitement, {1}.{2} Si le RGPD de l’UE s’applique aussi (par exemple en vertu de son article 3.2, pour les personnes se trouvant dans l’EEE), ajoutez-le. {3}",
  "No 'laws' section: the notice is dated before 2021, when the EU GDPR still applied in the United Kingdom, and is read under it. {0}":
    "Aucune section 'laws' : la déclaration est datée d’avant 2021, lorsque le RGPD de l’UE s’appliquait encore au Royaume-Uni, et elle est lue selon celui-ci. {0}",
  "No 'laws' section: assumed: the notice addresses people in the EEA (Art 3(2) GDPR) and is read under the EU GDPR. The controller's country, {0}, may have a law of its own that this tool does not model (Gibraltar, Jersey, Guernsey, the Isle of Man and others have their own). {1}":
    "Aucune section 'laws' : on suppose que la déclaration s’adresse aux personnes se trouvant dans l’EEE (article 3.2 du RGPD) et elle est lue selon le RGPD de l’UE. Le pays du responsable du traitement, {0}, peut avoir une loi propre que cet outil ne modélise pas (Gibraltar, Jersey, Guernesey, l’île de Man et d’autres ont la leur). {1}",
  'The FADP has Articles 1–{0} and the inserted Articles {1}; there is no Article {2}{3}.':
    'La LPD compte les articles 1 à {0} et les articles insérés {1} ; il n’y a pas d’article {2}{3}.',
  "The revised FADP applies from {0}, after the notice's date; the Act of 1992 it replaced numbers its articles differently.":
    'La LPD révisée s’applique à partir du {0}, soit après la date de la déclaration ; la loi de 1992 qu’elle a remplacée numérote ses articles différemment.',
  '{0} is one unnumbered paragraph: cite its letter without a paragraph, e.g. Art {1}{2}(a).':
    '{0} ne comporte qu’un seul alinéa, non numéroté : citez sa lettre sans alinéa, par exemple art. {1}{2}, let. a, LPD.',
  '{0} has paragraphs {1}; there is no paragraph {2}.':
    '{0} comporte les paragraphes {1} ; il n’y a pas de paragraphe {2}.',
  "Art {0}({1}) FADP applies from {2}, after the notice's date.":
    'L’art. {0}, al. {1}, LPD s’applique à partir du {2}, soit après la date de la déclaration.',
  'Art {0}({1}) FADP has no letters.': 'L’art. {0}, al. {1}, LPD ne comporte pas de lettres.',
  'Art {0}({1}) FADP has letters {2}; there is no letter {3}.':
    'L’art. {0}, al. {1}, LPD comporte les lettres {2} ; il n’y a pas de lettre {3}.',
  '{0} has no letters.': '{0} ne comporte pas de lettres.',
  '{0} has letters {1}; there is no letter {2}.': '{0} comporte les lettres {1} ; il n’y a pas de lettre {2}.',
  '{0} has no letter {1} outside its numbered paragraphs: name the paragraph.':
    '{0} n’a pas de lettre {1} en dehors de ses alinéas numérotés : indiquez l’alinéa.',
  'In Switzerland: no disclosure abroad under the FADP.':
    'En Suisse : pas de communication à l’étranger au sens de la LPD.',
  'Adequate under the FADP: {0}, {1} ({2}) (Art 16(1) FADP; list as of {3}). Use mechanism `adequacy`; the notice still names the State (Art 19(4) FADP).':
    'Protection adéquate au sens de la LPD : {0}, {1} ({2}) (art. 16, al. 1, LPD ; liste dans son état au {3}). Utilisez le mécanisme `adequacy` ; la déclaration nomme tout de même l’État (art. 19, al. 4, LPD).',
  'Adequate under the FADP: {0}, {1} (Art 16(1) FADP; list as of {2}). Use mechanism `adequacy`; the notice still names the State (Art 19(4) FADP).':
    'Protection adéquate au sens de la LPD : {0}, {1} (art. 16, al. 1, LPD ; liste dans son état au {2}). Utilisez le mécanisme `adequacy` ; la déclaration nomme tout de même l’État (art. 19, al. 4, LPD).',
  'Under the FADP only US recipients certified under the Swiss–US Data Privacy Framework are adequate (`swiss-us-dpf`, {0}); otherwise use e.g. `scc` (Art 16(2)(d) FADP). The notice names the State (Art 19(4) FADP).':
    'Au titre de la LPD, seuls les destinataires établis aux États-Unis qui sont certifiés au titre du cadre de protection des données Suisse–États-Unis (Swiss–US Data Privacy Framework) bénéficient d’une protection adéquate (`swiss-us-dpf`, {0}) ; à défaut, utilisez par exemple `scc` (art. 16, al. 2, let. d, LPD). La déclaration nomme l’État (art. 19, al. 4, LPD).',
  '{0} is not in Annex 1 DPO: a disclosure there needs a safeguard of Art 16(2) FADP (e.g. `scc`) or an exception of Art 17 FADP; the notice names the State and the safeguard or exception (Art 19(4) FADP).':
    '{0} ne figure pas à l’annexe 1 OPDo : une communication vers cet État requiert une garantie de l’art. 16, al. 2, LPD (par exemple `scc`) ou une exception de l’art. 17 LPD ; la déclaration nomme l’État ainsi que la garantie ou l’exception (art. 19, al. 4, LPD).',
  'This range runs backwards: {0} comes after {1}.': 'Cette plage de dispositions est inversée : {0} vient après {1}.',
  'Under the FADP a US recipient is adequate only if certified under the Swiss–US Data Privacy Framework (Annex 1 no. 44 DPO, in force 15 September 2024); certification to the EU–US framework alone is not enough: use `swiss-us-dpf`.':
    'Au titre de la LPD, un destinataire établi aux États-Unis ne bénéficie d’une protection adéquate que s’il est certifié au titre du cadre de protection des données Suisse–États-Unis (Swiss–US Data Privacy Framework ; annexe 1, ch. 44, OPDo, en vigueur depuis le 15 septembre 2024) ; une certification au seul titre du cadre UE–États-Unis ne suffit pas : utilisez `swiss-us-dpf`.',
  'The Swiss–US Data Privacy Framework covers recipients in the United States only.':
    'Le cadre de protection des données Suisse–États-Unis (Swiss–US Data Privacy Framework) ne couvre que des destinataires établis aux États-Unis.',
  'The IDTA and the UK Addendum are UK mechanisms. From Switzerland, the EU standard contractual clauses recognised by the FDPIC (with the Swiss adaptations, Art 16(2)(d) FADP) are `scc`.':
    'L’IDTA et le UK Addendum sont des mécanismes du Royaume-Uni. Depuis la Suisse, les clauses types de protection des données de l’UE reconnues par le PFPDT (avec les adaptations suisses, art. 16, al. 2, let. d, LPD) correspondent à `scc`.',
  'The Swiss–US Privacy Shield was not annulled by a court, but the FDPIC found on 8 September 2020 that it does not provide adequate protection, and Annex 1 DPO lists the United States only for organisations certified under the Swiss–US Data Privacy Framework (in force 15 September 2024): use `swiss-us-dpf`, or a safeguard of Art 16(2) FADP such as `scc`.':
    'Le bouclier de protection des données Suisse–États-Unis (Swiss–US Privacy Shield) n’a pas été annulé par un tribunal, mais le PFPDT a constaté le 8 septembre 2020 qu’il n’offre pas une protection adéquate, et l’annexe 1 OPDo ne mentionne les États-Unis que pour les organisations certifiées au titre du cadre de protection des données Suisse–États-Unis (Swiss–US Data Privacy Framework ; en vigueur depuis le 15 septembre 2024) : utilisez `swiss-us-dpf`, ou une garantie de l’art. 16, al. 2, LPD, comme `scc`.',
  'The US–Swiss Safe Harbor framework is no longer a basis for disclosures to the United States: Annex 1 DPO lists the United States only for organisations certified under the Swiss–US Data Privacy Framework: use `swiss-us-dpf`, or a safeguard of Art 16(2) FADP such as `scc`.':
    'Le cadre « sphère de sécurité » Suisse–États-Unis (US–Swiss Safe Harbor) ne constitue plus un fondement pour les communications vers les États-Unis : l’annexe 1 OPDo ne mentionne les États-Unis que pour les organisations certifiées au titre du cadre de protection des données Suisse–États-Unis (Swiss–US Data Privacy Framework) ; utilisez `swiss-us-dpf`, ou une garantie de l’art. 16, al. 2, LPD, comme `scc`.',
  'The FADP has no exception for the compelling legitimate interests of the controller (Art 17 FADP lists the exceptions): rely on a safeguard of Art 16(2) or one of the exceptions of Art 17(1).':
    'La LPD ne prévoit pas d’exception pour les intérêts légitimes impérieux du responsable du traitement (l’art. 17 LPD énumère les exceptions) : fondez-vous sur une garantie de l’art. 16, al. 2, LPD ou sur l’une des exceptions de l’art. 17, al. 1, LPD.',
  'The GDPR has {0} recitals; there is no recital {1}.':
    'Le RGPD compte {0} considérants ; il n’y a pas de considérant {1}.',
  'The GDPR has {0} articles; there is no Article {1}.': 'Le RGPD compte {0} articles ; il n’y a pas d’article {1}.',
  'Art {0} ({1}) is not divided into numbered paragraphs.':
    'L’article {0} ({1}) n’est pas divisé en paragraphes numérotés.',
  'Art {0} ({1}) has paragraphs 1–{2}; there is no paragraph {3}.':
    'L’article {0} ({1}) comporte les paragraphes 1 à {2} ; il n’y a pas de paragraphe {3}.',
  'Art {0}({1}) has no lettered points.': 'L’article {0}.{1} ne comporte pas de points désignés par une lettre.',
  'Art {0}({1}) has points (a)–({2}); there is no point ({3}).':
    'L’article {0}.{1} comporte les points a) à {2}) ; il n’y a pas de point {3}).',
  'Art {0} ({1}) has no point ({2}) outside its numbered paragraphs: name the paragraph, e.g. Art {0}(1)({2}).':
    'L’article {0} ({1}) n’a pas de point {2}) en dehors de ses paragraphes numérotés : indiquez le paragraphe, par exemple article {0}.1.{2}).',
  'In the EEA: no transfer safeguard is needed.': 'Dans l’EEE : aucune garantie n’est nécessaire pour le transfert.',
  'Adequacy decision (Art 45): {0} (list as of {1}). Use mechanism `adequacy`.':
    'Décision d’adéquation (article 45) : {0} (liste dans son état au {1}). Utilisez le mécanisme `adequacy`.',
  "Third country. Only organisations certified under the EU–US Data Privacy Framework, for the data their certification covers, are covered by an adequacy decision (`dpf`, {0}); check the Framework's list. Otherwise a safeguard of Art 46–47 (e.g. `scc`) or a derogation of Art 49 is needed.":
    'Pays tiers. Seules les organisations certifiées au titre du cadre de protection des données UE–États-Unis, pour les données que couvre leur certification, bénéficient d’une décision d’adéquation (`dpf`, {0}) ; consultez la liste de ce cadre. À défaut, une garantie au titre des articles 46 et 47 (par exemple `scc`) ou une dérogation au titre de l’article 49 est nécessaire.',
  'Third country without an adequacy decision: a transfer needs a safeguard of Art 46–47 (e.g. `scc`) or a derogation of Art 49.':
    'Pays tiers sans décision d’adéquation : un transfert requiert une garantie au titre des articles 46 et 47 (par exemple `scc`) ou une dérogation au titre de l’article 49.',
  'The Data Protection Act 2018 has Schedules 1–{0}; there is no Schedule {1}.':
    'Le Data Protection Act 2018 comporte les Schedules 1 à {0} ; il n’y a pas de Schedule {1}.',
  '{0} was repealed on {1} (omitted by {2}).': '{0} : disposition abrogée le {1} (supprimée par {2}).',
  'The UK GDPR has Annexes 1 and 2; there is no Annex {0}{1}.':
    'Le UK GDPR comporte les annexes 1 et 2 ; il n’y a pas d’annexe {0}{1}.',
  "Annex {0} UK GDPR applies from {1} (inserted by {2}), after the notice's date.":
    'L’Annex {0} UK GDPR s’applique à partir du {1} (insérée par {2}), soit après la date de la déclaration.',
  "{0} is not an article of the UK GDPR in this tool's list of inserted articles (as of {1}).":
    '{0} n’est pas un article du UK GDPR selon la liste des articles insérés dont dispose cet outil (état au {1}).',
  "{0} applies from {1} (inserted by {2}), after the notice's date.":
    '{0} s’applique à partir du {1} (insertion par {2}), soit après la date de la déclaration.',
  'The UK GDPR has Articles 1–99 (some omitted, others inserted with letters); there is no Article {0}.':
    'Le UK GDPR comporte les articles 1 à 99 (certains supprimés, d’autres insérés avec une lettre) ; il n’y a pas d’article {0}.',
  '{0} is not divided into numbered paragraphs.': '{0} n’est pas divisé en paragraphes numérotés.',
  'Art {0}({1}) UK GDPR was repealed on {2} (omitted by {3}).':
    'L’Art {0}({1}) UK GDPR a été abrogé le {2} (supprimé par {3}).',
  "Art {0}({1}) UK GDPR applies from {2} (inserted by {3}), after the notice's date.":
    'L’Art {0}({1}) UK GDPR s’applique à partir du {2} (inséré par {3}), soit après la date de la déclaration.',
  'Art {0}({1})({2}) UK GDPR was repealed on {3} (omitted by {4}).':
    'L’Art {0}({1})({2}) UK GDPR a été abrogé le {3} (supprimé par {4}).',
  "Art {0}({1})({2}) UK GDPR applies from {3} (inserted by {4}), after the notice's date.":
    'L’Art {0}({1})({2}) UK GDPR s’applique à partir du {3} (inséré par {4}), soit après la date de la déclaration.',
  'Art {0}({1}) UK GDPR has no lettered points.':
    'L’Art {0}({1}) UK GDPR ne comporte pas de points désignés par une lettre.',
  'Art {0}({1}) UK GDPR has points {2}; there is no point ({3}).':
    'L’Art {0}({1}) UK GDPR comporte les points {2} ; il n’y a pas de point ({3}).',
  '{0} has no point ({1}) outside its numbered paragraphs: name the paragraph.':
    '{0} n’a pas de point ({1}) en dehors de ses paragraphes numérotés : indiquez le paragraphe.',
  'The Data Protection Act 2018 has sections 1–{0}; there is no section {1}.':
    'Le Data Protection Act 2018 comporte les sections 1 à {0} ; il n’y a pas de section {1}.',
  'In the United Kingdom: no transfer under the UK GDPR.': 'Au Royaume-Uni : pas de transfert au sens du UK GDPR.',
  'Approved under the UK GDPR (Art 45A; before 5 February 2026 adequacy regulations): {0}, {1}; only {2} (list as of {3}). Use mechanism `adequacy`.':
    'Destination approuvée au titre du UK GDPR (Art 45A ; avant le 5 février 2026, adequacy regulations) : {0}, {1} ; uniquement {2} (liste dans son état au {3}). Utilisez le mécanisme `adequacy`.',
  'Approved under the UK GDPR (Art 45A; before 5 February 2026 adequacy regulations): {0}, {1} (list as of {2}). Use mechanism `adequacy`.':
    'Destination approuvée au titre du UK GDPR (Art 45A ; avant le 5 février 2026, adequacy regulations) : {0}, {1} (liste dans son état au {2}). Utilisez le mécanisme `adequacy`.',
  'Under the UK GDPR only US recipients taking part in the UK Extension to the EU–US Data Privacy Framework are approved (`uk-extension-dpf`, {0}); otherwise use `uk-idta` or `uk-addendum` (Art 46(2)(d) UK GDPR).':
    'Au titre du UK GDPR, seuls les destinataires établis aux États-Unis qui participent à l’extension britannique du cadre de protection des données UE–États-Unis (UK Extension to the EU–US Data Privacy Framework) sont approuvés (`uk-extension-dpf`, {0}) ; à défaut, utilisez `uk-idta` ou `uk-addendum` (Art 46(2)(d) UK GDPR).',
  '{0} is not approved under the UK GDPR: a transfer needs an appropriate safeguard (Art 46 UK GDPR, e.g. `uk-idta` or `uk-addendum`) or a derogation (Art 49 UK GDPR).':
    '{0} : destination non approuvée au titre du UK GDPR ; un transfert requiert une garantie appropriée (Art 46 UK GDPR, par exemple `uk-idta` ou `uk-addendum`) ou une dérogation (Art 49 UK GDPR).',
  'Under the UK GDPR the EU standard contractual clauses are valid only with the UK Addendum (issued under s.119A DPA 2018, in force 21 March 2022): use `uk-addendum` (the EU clauses with the Addendum) or `uk-idta`. The 2021 EU clauses were never a UK mechanism on their own, and contracts on the earlier EU clauses (2001, 2004, 2010) ceased to cover UK transfers on 21 March 2024.':
    'Au titre du UK GDPR, les clauses types de protection des données de l’UE ne sont valables qu’avec le UK Addendum (émis en vertu de la s.119A DPA 2018, en vigueur depuis le 21 mars 2022) : utilisez `uk-addendum` (les clauses de l’UE avec l’Addendum) ou `uk-idta`. Les clauses de l’UE de 2021 n’ont jamais été à elles seules un mécanisme du Royaume-Uni, et les contrats fondés sur les clauses antérieures de l’UE (2001, 2004, 2010) ont cessé, le 21 mars 2024, de couvrir les transferts au départ du Royaume-Uni.',
  'Under the UK GDPR a US recipient is covered only if it takes part in the UK Extension to the EU–US Data Privacy Framework (Data Protection (Adequacy) (United States of America) Regulations 2023, reg 3): use `uk-extension-dpf`.':
    'Au titre du UK GDPR, un destinataire établi aux États-Unis n’est couvert que s’il participe à l’extension britannique du cadre de protection des données UE–États-Unis (UK Extension to the EU–US Data Privacy Framework ; Data Protection (Adequacy) (United States of America) Regulations 2023, reg 3) : utilisez `uk-extension-dpf`.',
  'The Swiss–US Data Privacy Framework covers transfers from Switzerland only: under the UK GDPR use `uk-extension-dpf`.':
    'Le cadre de protection des données Suisse–États-Unis (Swiss–US Data Privacy Framework) ne couvre que les transferts depuis la Suisse : au titre du UK GDPR, utilisez `uk-extension-dpf`.',
  'The Court of Justice declared the EU–US Privacy Shield decision invalid (C-311/18, 16 July 2020, before the end of the transition period), and DPA 2018 Sch 21 para 5 does not list it. {0}':
    'La Cour de justice a déclaré invalide la décision relative au bouclier de protection des données UE–États-Unis (Privacy Shield ; C-311/18, 16 juillet 2020, avant la fin de la période de transition), et la liste de DPA 2018 Sch 21 para 5 ne la mentionne pas. {0}',
  'The Court of Justice declared the Safe Harbour decision invalid (C-362/14, 6 October 2015), and DPA 2018 Sch 21 para 5 does not list it. {0}':
    'La Cour de justice a déclaré invalide la décision relative à la sphère de sécurité (Safe Harbour ; C-362/14, 6 octobre 2015), et la liste de DPA 2018 Sch 21 para 5 ne la mentionne pas. {0}',
  'The UK Extension to the EU–US Data Privacy Framework covers recipients in the United States only.':
    'L’extension britannique du cadre de protection des données UE–États-Unis (UK Extension to the EU–US Data Privacy Framework) ne couvre que des destinataires établis aux États-Unis.',
  'The YAML parser reports: {0}.': 'L’analyseur YAML signale : {0}.',
  'This value is nested more than {0} levels deep; deeper content is not analysed.':
    'Cette valeur est imbriquée sur plus de {0} niveaux ; le contenu plus profond n’est pas analysé.',
  'The YAML parser failed: {0}': 'L’analyseur YAML a échoué : {0}',
  'Aliases in this document expand to more than {0} values; this alias and later ones are not expanded.':
    'Les alias de ce document se développent en plus de {0} valeurs ; cet alias et les suivants ne sont pas développés.',
  'This document could not be analysed: {0}': 'Ce document n’a pas pu être analysé : {0}',
  'YAML syntax: {0}': 'Syntaxe YAML : {0}',
  "The key '{0}' appears more than once in the same mapping; only one of its values can be used. Remove or rename this one.":
    "La clé '{0}' apparaît plusieurs fois dans le même mappage ; une seule de ses valeurs peut être utilisée. Supprimez ou renommez celle-ci.",
  'This policy is empty. Start with the `policy`, `controller`, `data` and `purposes` sections (use the “New privacy policy” snippet).':
    'Cette politique est vide. Commencez par les sections `policy`, `controller`, `data` et `purposes` (utilisez l’extrait « Nouvelle politique de confidentialité »).',
  'A policy must be a mapping of sections (policy, controller, data, purposes…), but this document is a list.':
    'Une politique doit être un mappage de sections (policy, controller, data, purposes…), mais ce document est une liste.',
  'A policy must be a mapping of sections (policy, controller, data, purposes…), but this document is a single value.':
    'Une politique doit être un mappage de sections (policy, controller, data, purposes…), mais ce document est une valeur unique.',
  'in {0}': 'dans {0}',
  'at the top level of the policy': 'au premier niveau de la politique',
  "'{0}' is not a known key {1}. Did you mean '{2}'? Known keys: {3}.":
    "'{0}' n’est pas une clé connue {1}. Vouliez-vous dire '{2}' ? Clés connues : {3}.",
  "'{0}' is not a known key {1}. Known keys: {2}.": "'{0}' n’est pas une clé connue {1}. Clés connues : {2}.",
  "Required field '{0}' is missing {1}: {2}": "Le champ obligatoire '{0}' manque {1} : {2}",
  'Missing {0} {1}.': 'Il manque {0} {1}.',
  '{0} is empty.': '{0} est vide.',
  '{0} should be a single value, not a mapping.': '{0} doit être une valeur unique, pas un mappage.',
  '{0} should be a single value, not a list.': '{0} doit être une valeur unique, pas une liste.',
  "The tag '{0}' is not supported here; write {1} as plain text.":
    "La balise '{0}' n’est pas prise en charge ici ; écrivez cette valeur en texte simple ({1}).",
  "'{0}' is not an e-mail address ({1}).": "'{0}' n’est pas une adresse e-mail ({1}).",
  "'{0}' is not a web address starting with https:// or http:// ({1}).":
    "'{0}' n’est pas une adresse web commençant par https:// ou http:// ({1}).",
  "'{0}' is neither an e-mail address nor a web address ({1}).":
    "'{0}' n’est ni une adresse e-mail ni une adresse web ({1}).",
  "'{0}' is not a date in the form YYYY-MM-DD (or a month, YYYY-MM) ({1}).":
    "'{0}' n’est pas une date au format YYYY-MM-DD (ou un mois, au format YYYY-MM) ({1}).",
  "'{0}' is not a date in the form YYYY-MM-DD ({1}).": "'{0}' n’est pas une date au format YYYY-MM-DD ({1}).",
  '{0} must be a whole number from {1} to {2}.': '{0} doit être un nombre entier compris entre {1} et {2}.',
  '{0} must be true or false.': '{0} doit valoir true ou false.',
  "'{0}' is {1} ({2}).": "'{0}' est {1} ({2}).",
  "'{0}' is not a valid value for {1}. Did you mean '{2}'? Allowed: {3}.":
    "'{0}' n’est pas une valeur valide pour {1}. Vouliez-vous dire '{2}' ? Valeurs autorisées : {3}.",
  "'{0}' is not a valid value for {1}. Allowed: {2}.":
    "'{0}' n’est pas une valeur valide pour {1}. Valeurs autorisées : {2}.",
  "Country codes are written in capitals: '{0}' ({1}).": "Les codes de pays s’écrivent en majuscules : '{0}' ({1}).",
  "'{0}' is not an ISO 3166-1 alpha-2 country code (e.g. BE, DE, US) ({1}).":
    "'{0}' n’est pas un code de pays ISO 3166-1 alpha-2 (par exemple BE, DE, US) ({1}).",
  "'{0}' is not a duration: write a number and a unit (e.g. '15 minutes', '30 days', '12 months') or ISO 8601 ('P1Y', 'PT15M') ({1}).":
    "'{0}' n’est pas une durée : écrivez un nombre et une unité (par exemple '15 minutes', '30 days', '12 months') ou une durée ISO 8601 ('P1Y', 'PT15M') ({1}).",
  '{0} should be a mapping of keys ({1}…).': '{0} doit être un mappage de clés ({1}…).',
  "{0} should map an id (like 'contact-details') to each {1}.":
    "{0} doit associer un identifiant (comme 'contact-details') à chaque {1}.",
  "'{0}' is not a valid id: use lower-case letters, digits and hyphens, starting with a letter (e.g. '{1}').":
    "'{0}' n’est pas un identifiant valide : utilisez des lettres minuscules, des chiffres et des traits d’union, en commençant par une lettre (par exemple '{1}').",
  'item {0} of {1}': 'l’élément {0} de {1}',
  "{0} should be a list (items starting with '- ', or [a, b]).":
    "{0} doit être une liste (éléments commençant par '- ', ou [a, b]).",
  '{0} should be a mapping from {1} ids to their settings.':
    '{0} doit être un mappage associant des identifiants {1} à leurs paramètres.',
  "{0} for '{1}'": "{0} pour '{1}'",
  "'{0}' is not a valid {1} id ({2}). Did you mean '{3}'? Allowed: {4}.":
    "'{0}' n’est pas un identifiant {1} valide ({2}). Vouliez-vous dire '{3}' ? Valeurs autorisées : {4}.",
  "'{0}' is not a valid {1} id ({2}). Allowed: {3}.":
    "'{0}' n’est pas un identifiant {1} valide ({2}). Valeurs autorisées : {3}.",
  "{0} should be 'none' or a list.": "{0} doit valoir 'none' ou être une liste.",
  "{0} should be 'none' or a mapping.": "{0} doit valoir 'none' ou être un mappage.",
  "{0} is empty: give a period such as '12 months' or a form like { until: the end of the contract }.":
    "{0} est vide : indiquez une durée comme '12 months' ou une forme comme { until: the end of the contract }.",
  "'{0}' is not a duration: the unit must be minutes, hours, days, weeks, months or years ({1}). Did you mean '{2}'?":
    "'{0}' n’est pas une durée : l’unité doit être minutes, heures, jours, semaines, mois ou années ({1}). Vouliez-vous dire '{2}' ?",
  "'{0}' is not a duration: the unit must be minutes, hours, days, weeks, months or years ({1}).":
    "'{0}' n’est pas une durée : l’unité doit être minutes, heures, jours, semaines, mois ou années ({1}).",
  'Retention lists cannot be nested ({0}).':
    'Les listes de durées de conservation ne peuvent pas être imbriquées ({0}).',
  "Each item of a retention list needs a 'data' key and a period, e.g. { data: invoices, period: 7 years, from: the invoice date }.":
    "Chaque élément d’une liste de durées de conservation requiert une clé 'data' et une durée, par exemple { data: invoices, period: 7 years, from: the invoice date }.",
  "This retention item does not say which data it is for: add 'data' ({0}).":
    "Cet élément de conservation n’indique pas à quelles données il s’applique : ajoutez 'data' ({0}).",
  "'{0}' of {1}": "'{0}' dans {1}",
  "'{0}' is not a duration: write e.g. '10 years' or 'P10Y' ({1}).":
    "'{0}' n’est pas une durée : écrivez par exemple '10 years' ou 'P10Y' ({1}).",
  "{0} gives no period: add 'period' (e.g. 10 years), 'until' (an event), 'at_least', 'at_most', 'between', 'law' or 'criteria'.":
    "{0} n’indique aucune durée : ajoutez 'period' (par exemple 10 years), 'until' (un événement), 'at_least', 'at_most', 'between', 'law' ou 'criteria'.",
  "{0} mixes several forms ({1}); use one of 'period' + 'from', 'until' (+ 'then'), 'at_least' (+ 'from', 'law'), 'at_most' (+ 'from'), 'between' (+ 'from' or 'criteria'), 'law' (+ 'then'), or 'criteria'.":
    "{0} combine plusieurs formes ({1}) ; utilisez-en une seule parmi 'period' + 'from', 'until' (+ 'then'), 'at_least' (+ 'from', 'law'), 'at_most' (+ 'from'), 'between' (+ 'from' ou 'criteria'), 'law' (+ 'then') ou 'criteria'.",
  "'from' needs a 'period', 'at_least', 'at_most' or 'between' ({0}).":
    "'from' requiert 'period', 'at_least', 'at_most' ou 'between' ({0}).",
  "'then' needs an 'until' event or a 'law' ({0}).": "'then' requiert un événement 'until' ou 'law' ({0}).",
  "'between' takes two durations, the shorter first, e.g. [7 years, 10 years] ({0}).":
    "'between' prend deux durées, la plus courte en premier, par exemple [7 years, 10 years] ({0}).",
  "'between' of {0}": "'between' dans {0}",
  "'{0}' is not a duration: write e.g. '7 years' or 'P7Y' ({1}).":
    "'{0}' n’est pas une durée : écrivez par exemple '7 years' ou 'P7Y' ({1}).",
  "'between' must go from the shorter period to the longer one ({0}).":
    "'between' doit aller de la durée la plus courte à la plus longue ({0}).",
  'reserved for the California Consumer Privacy Act, not supported yet':
    'réservé au California Consumer Privacy Act, qui n’est pas encore pris en charge',
  "the '{0}' section": "la section '{0}'",
  "data category '{0}'": "la catégorie de données '{0}'",
  "recipient '{0}'": "le destinataire '{0}'",
  "audience '{0}'": "le public '{0}'",
  'Under the UK GDPR a US recipient is covered only if it takes part in the UK Extension to the EU–US Data Privacy Framework (`uk-extension-dpf`, Data Protection (Adequacy) (United States of America) Regulations 2023, reg 3); otherwise use `uk-idta` or `uk-addendum` (Art 46(2)(d) UK GDPR) or a derogation (Art 49 UK GDPR).':
    'Au titre du UK GDPR, un destinataire établi aux États-Unis n’est couvert que s’il participe à l’extension britannique du cadre de protection des données UE–États-Unis (UK Extension to the EU–US Data Privacy Framework ; `uk-extension-dpf`, Data Protection (Adequacy) (United States of America) Regulations 2023, reg 3) ; à défaut, utilisez `uk-idta` ou `uk-addendum` (Art 46(2)(d) UK GDPR) ou une dérogation (Art 49 UK GDPR).',
  "{0}{1} is an analytics cookie, and the notice does not say that it is set only with the reader's consent: its purpose '{2}' does not rest on consent, and 'cookie_settings' does not say how readers give or refuse it.":
    "{0}{1} est un cookie de mesure d’audience, et la déclaration n’indique pas qu’il n’est déposé qu’avec le consentement du lecteur : sa finalité '{2}' ne repose pas sur le consentement, et 'cookie_settings' n’indique pas comment les lecteurs le donnent ou le refusent.",
  "{0}{1} is a marketing cookie, and the notice does not say that it is set only with the reader's consent: its purpose '{2}' does not rest on consent, and 'cookie_settings' does not say how readers give or refuse it.":
    "{0}{1} est un cookie de marketing, et la déclaration n’indique pas qu’il n’est déposé qu’avec le consentement du lecteur : sa finalité '{2}' ne repose pas sur le consentement, et 'cookie_settings' n’indique pas comment les lecteurs le donnent ou le refusent.",
  "{0}{1} is an analytics cookie, and the notice does not say that it is set only with the reader's consent: no purpose on consent is named for it, and 'cookie_settings' does not say how readers give or refuse it.":
    "{0}{1} est un cookie de mesure d’audience, et la déclaration n’indique pas qu’il n’est déposé qu’avec le consentement du lecteur : aucune finalité fondée sur le consentement n’est indiquée pour ce cookie, et 'cookie_settings' n’indique pas comment les lecteurs le donnent ou le refusent.",
  "{0}{1} is a marketing cookie, and the notice does not say that it is set only with the reader's consent: no purpose on consent is named for it, and 'cookie_settings' does not say how readers give or refuse it.":
    "{0}{1} est un cookie de marketing, et la déclaration n’indique pas qu’il n’est déposé qu’avec le consentement du lecteur : aucune finalité fondée sur le consentement n’est indiquée pour ce cookie, et 'cookie_settings' n’indique pas comment les lecteurs le donnent ou le refusent.",
  'Storing or reading it on the device needs prior consent under Art 5(3) of the ePrivacy Directive as transposed (e.g. § 25 TDDDG in Germany), unless it is strictly necessary for the service the reader explicitly asked for. Those exemptions are closed, and analytics cookies are not within them (WP29 Opinion 04/2012 on Cookie Consent Exemption, WP194, section 4.3); some authorities read "strictly necessary" as covering narrowly limited first-party audience measurement (e.g. the CNIL, délibération n° 2020-091 of 17 September 2020), which ordinary analytics tools do not meet. That consent must be an active, specific choice (Art 4(11), 7; CJEU C-673/17 Planet49 of 1 October 2019). It is distinct from the legal basis of Art 6(1) for the later processing of the data, which the purpose must still state (EDPB Opinion 5/2019 on the interplay between the ePrivacy Directive and the GDPR).':
    'Le stockage de ce cookie sur l’appareil, ou sa lecture, requiert un consentement préalable en vertu de l’article 5.3 de la directive ePrivacy, telle que transposée (par exemple le § 25 TDDDG en Allemagne), sauf s’il est strictement nécessaire au service expressément demandé par le lecteur. Ces exemptions sont limitatives, et les cookies de mesure d’audience n’en relèvent pas (avis 04/2012 du groupe de travail « article 29 » relatif à l’exemption de l’obligation de consentement pour certains cookies, WP194, section 4.3) ; certaines autorités considèrent que la notion de « strictement nécessaire » couvre une mesure d’audience interne (first-party) étroitement limitée (par exemple la CNIL, délibération n° 2020-091 du 17 septembre 2020), conditions que ne remplissent pas les outils ordinaires de mesure d’audience. Ce consentement doit résulter d’un choix actif et spécifique (articles 4.11 et 7 ; CJUE, 1er octobre 2019, Planet49, C-673/17). Il se distingue de la base juridique de l’article 6.1 applicable au traitement des données qui s’ensuit, que la finalité doit tout de même indiquer (avis 5/2019 du comité européen de la protection des données sur l’interaction entre la directive ePrivacy et le RGPD).',
  "'{0}' is not a retention key ({1}). Did you mean '{2}'? {3}":
    "'{0}' n’est pas une clé de durée de conservation ({1}). Vouliez-vous dire '{2}' ? {3}",
  "'{0}' is not a retention key ({1}). {2}": "'{0}' n’est pas une clé de durée de conservation ({1}). {2}",
  "Use 'period' with 'from', 'until' with optional 'then', 'at_least', 'at_most', 'between', 'law', or 'criteria'; any of them may add 'extended_until'.":
    "Utilisez 'period' avec 'from', 'until' avec 'then' facultatif, 'at_least', 'at_most', 'between', 'law' ou 'criteria' ; chacune de ces formes peut être complétée par 'extended_until'.",
  'the EEA': 'l’EEE',
  'the United Kingdom': 'le Royaume-Uni',
  Switzerland: 'la Suisse',
  'Recital {0} {1} on EUR-Lex ({2})': 'Considérant {0} du {1} sur EUR-Lex ({2})',
  'Art {0} {1} on EUR-Lex ({2})': 'Article {0} du {1} sur EUR-Lex ({2})',
  'Special category: {0} ({1})': 'Catégorie particulière : {0} ({1})',
  'Special categories: {0} ({1})': 'Catégories particulières : {0} ({1})',
  '{0} and {1} more': '{0} et {1} autres',
  "recipient '{0}' ({1}, line {2})": "le destinataire '{0}' ({1}, ligne {2})",
  'transfer {0} ({1}, line {2})': 'le transfert {0} ({1}, ligne {2})',
  "purpose '{0}' ('profiling: true', line {1})": "la finalité '{0}' ('profiling: true', ligne {1})",
  "data category '{0}' ('special', line {1})": "la catégorie de données '{0}' ('special', ligne {1})",
  "recipient '{0}' (advertising, collecting data itself, line {1})":
    "le destinataire '{0}' (publicité, collecte lui-même des données, ligne {1})",
  "recipient '{0}' (advertising, type '{1}', line {2})": "le destinataire '{0}' (publicité, type '{1}', ligne {2})",
});
