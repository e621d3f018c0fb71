// French text of the rendered notice (docs/language.md, "Output language"), in the wording of the French text of the GDPR (RGPD) as the
// Belgian APD and the French CNIL use it. Same shape and rules as en.ts: values are HTML written by us, arguments
// arrive escaped. Articles are cited as the APD does: "article 6.1.f) du RGPD".
// French typography: a no-break space (\u00a0) before ":" and ";" and inside « ».
// Author event text follows "de"/"à" contracted with its article (du, des, au, aux): see `withPreposition`.
import { localCountryName } from '../../vocabulary/countries';
import type { Duration } from '../../vocabulary/duration';
import type { VocabularyName } from '../../vocabulary/terms';
import type { Messages } from '../en/notice';
import {
  citationStyle,
  durationStyle,
  localTerm,
  sameUnit,
  type ArticleRef,
  type LocalTerm,
  type TermTable,
} from '../noticeText';
import { fr as descriptor } from './language';

const provision = (r: ArticleRef) =>
  `${r.article}${r.paragraph ? `.${r.paragraph}` : ''}${r.point ? `.${r.point})` : ''}`;
/** "article 6.1.f) du RGPD", "article 47 du RGPD", "articles 13 et 14 du RGPD". */
const cite = citationStyle(
  (r) => `article ${provision(r)} du RGPD`,
  (refs) => `articles ${new Intl.ListFormat('fr', { type: 'conjunction' }).format(refs.map(provision))} du RGPD`,
);

/** Intl's unit words agree with the number as French does: "1 an", "1,5 an", "2 ans". */
const duration = durationStyle(descriptor.locale);

/**
 * "de"/"à" before the author's event text, contracted with a leading article as French requires ("à compter du
 * dernier contact", "jusqu’au retrait"); text without a determiner is introduced as "l’événement suivant".
 */
function withPreposition(preposition: 'de' | 'à', event: string): string {
  const article = /^(les?)\s+/i.exec(event);
  if (article) {
    const contracted =
      preposition === 'de'
        ? article[1].toLowerCase() === 'le'
          ? 'du'
          : 'des'
        : article[1].toLowerCase() === 'le'
          ? 'au'
          : 'aux';
    return `${contracted} ${event.slice(article[0].length)}`;
  }
  if (
    /^(?:l(?:’|&#39;)|(?:la|un|une|ce|cet|cette|ces|son|sa|ses|votre|vos|notre|nos|leur|leurs|\d)(?![\p{L}]))/iu.test(
      event,
    )
  )
    return `${preposition} ${event}`;
  return `${preposition} l’événement suivant\u00a0: ${event}`;
}

const WHO = '«\u00a0Qui sommes-nous\u00a0?\u00a0»';
const NUMBER = new Intl.NumberFormat(descriptor.locale, { maximumFractionDigits: 3 });

const terms: TermTable = {
  basis: {
    consent: {
      label: 'Consentement',
      meaning: 'La personne a consenti au traitement de ses données pour une ou plusieurs finalités spécifiques.',
    },
    contract: {
      label: 'Exécution d’un contrat',
      meaning:
        'Le traitement est nécessaire à l’exécution d’un contrat avec la personne ou à des mesures précontractuelles ' +
        'prises à sa demande.',
    },
    'legal-obligation': {
      label: 'Obligation légale',
      meaning:
        'Le traitement est nécessaire au respect d’une obligation légale à laquelle le responsable du traitement ' +
        'est soumis.',
    },
    'vital-interests': {
      label: 'Intérêts vitaux',
      meaning: 'Le traitement est nécessaire à la sauvegarde de la vie ou de l’intégrité physique d’une personne.',
    },
    'public-task': {
      label: 'Mission d’intérêt public',
      meaning:
        'Le traitement est nécessaire à l’exécution d’une mission d’intérêt public ou relevant de l’exercice ' +
        'de l’autorité publique.',
    },
    'legitimate-interests': {
      label: 'Intérêt légitime',
      meaning:
        'Le traitement est nécessaire aux fins des intérêts légitimes du responsable du traitement ou d’un ' +
        'tiers, à moins que ne prévalent les intérêts ou les droits de la personne.',
    },
    'recognised-legitimate-interests': {
      label: 'Intérêts légitimes reconnus',
      meaning:
        'UK GDPR uniquement\u00a0: le traitement est nécessaire à un intérêt légitime reconnu énuméré à l’annexe 1 ' +
        '(prévention de la criminalité, protection des personnes vulnérables, urgences…)\u00a0; sans mise en balance, ' +
        'mais pas pour les missions des autorités publiques.',
    },
  },
  special_basis: {
    'explicit-consent': {
      label: 'Consentement explicite',
      meaning: 'La personne a donné son consentement explicite pour une ou plusieurs finalités spécifiques.',
    },
    'employment-law': {
      label: 'Droit du travail et de la sécurité sociale',
      meaning:
        'Nécessaire aux obligations et aux droits en matière de droit du travail, de la sécurité sociale ' +
        'et de la protection sociale.',
    },
    'vital-interests': {
      label: 'Intérêts vitaux',
      meaning:
        'Nécessaire à la sauvegarde des intérêts vitaux d’une personne qui se trouve dans l’incapacité de ' +
        'donner son consentement.',
    },
    'not-for-profit': {
      label: 'Organisme à but non lucratif',
      meaning:
        'Traitement effectué par une fondation, une association ou tout autre organisme à but non lucratif, ' +
        'concernant ses membres ou les personnes entretenant avec lui des contacts réguliers.',
    },
    'made-public': {
      label: 'Données rendues publiques par la personne',
      meaning: 'Les données ont été manifestement rendues publiques par la personne elle-même.',
    },
    'legal-claims': {
      label: 'Droits en justice',
      meaning:
        'Nécessaire à la constatation, à l’exercice ou à la défense d’un droit en justice, ou chaque fois ' +
        'que des juridictions agissent dans le cadre de leur fonction juridictionnelle.',
    },
    'substantial-public-interest': {
      label: 'Intérêt public important',
      meaning:
        'Nécessaire pour des motifs d’intérêt public important, sur la base du droit de l’Union ou du droit ' +
        'd’un État membre.',
    },
    'health-care': {
      label: 'Médecine et protection sociale',
      meaning:
        'Nécessaire aux fins de la médecine préventive ou de la médecine du travail, de diagnostics médicaux, ' +
        'ou de la prise en charge sanitaire ou sociale, sous le couvert du secret professionnel.',
    },
    'public-health': {
      label: 'Santé publique',
      meaning:
        'Nécessaire pour des motifs d’intérêt public dans le domaine de la santé publique, comme la protection ' +
        'contre les menaces transfrontalières graves pesant sur la santé.',
    },
    research: {
      label: 'Archivage, recherche ou statistiques',
      meaning:
        `Nécessaire à des fins archivistiques dans l’intérêt public, à des fins de recherche scientifique ` +
        `ou historique ou à des fins statistiques, moyennant des garanties (${cite('Art 89(1)')}).`,
    },
  },
  mechanism: {
    adequacy: {
      label: 'Décision d’adéquation',
      meaning: 'La Commission européenne a constaté que le pays assure un niveau de protection adéquat.',
    },
    dpf: {
      label: 'Cadre de protection des données UE–États-Unis',
      meaning:
        'Le destinataire américain est certifié au titre du cadre de protection des données UE–États-Unis ' +
        '(décision d’adéquation du 10 juillet 2023). Uniquement pour les États-Unis.',
    },
    scc: {
      label: 'Clauses contractuelles types',
      meaning:
        'Des clauses types de protection des données adoptées par la Commission européenne sont conclues ' +
        'avec le destinataire.',
    },
    bcr: {
      label: 'Règles d’entreprise contraignantes',
      meaning:
        'Des règles d’entreprise contraignantes approuvées par une autorité de contrôle s’appliquent au sein ' +
        'du groupe.',
    },
    'legally-binding-instrument': {
      label: 'Instrument juridiquement contraignant',
      meaning: 'Un instrument juridiquement contraignant et exécutoire entre les autorités ou organismes publics.',
    },
    'code-of-conduct': {
      label: 'Code de conduite',
      meaning:
        'Un code de conduite approuvé, assorti de l’engagement contraignant et exécutoire pris par le destinataire.',
    },
    certification: {
      label: 'Certification',
      meaning:
        'Un mécanisme de certification approuvé, assorti de l’engagement contraignant et exécutoire pris ' +
        'par le destinataire.',
    },
    'ad-hoc-clauses': {
      label: 'Clauses contractuelles ad hoc',
      meaning: 'Des clauses contractuelles autorisées par l’autorité de contrôle compétente.',
    },
    'derogation-consent': {
      label: 'Consentement explicite au transfert',
      meaning: 'La personne a explicitement consenti au transfert après avoir été informée des risques qu’il comporte.',
    },
    'derogation-contract': {
      label: 'Nécessaire à l’exécution d’un contrat',
      meaning:
        'Le transfert est nécessaire à l’exécution d’un contrat avec la personne ou à la mise en œuvre de ' +
        'mesures précontractuelles prises à sa demande.',
    },
    'derogation-public-interest': {
      label: 'Motifs importants d’intérêt public',
      meaning: 'Le transfert est nécessaire pour des motifs importants d’intérêt public.',
    },
    'derogation-legal-claims': {
      label: 'Droits en justice',
      meaning: 'Le transfert est nécessaire à la constatation, à l’exercice ou à la défense de droits en justice.',
    },
    'derogation-vital-interests': {
      label: 'Intérêts vitaux',
      meaning:
        'Le transfert est nécessaire à la sauvegarde des intérêts vitaux d’une personne qui se trouve dans ' +
        'l’incapacité de donner son consentement.',
    },
    'derogation-public-register': {
      label: 'Registre public',
      meaning:
        'Le transfert a lieu au départ d’un registre qui est destiné à fournir des informations au public ' +
        'et est ouvert à la consultation.',
    },
    'derogation-contract-in-interest': {
      label: 'Contrat conclu dans l’intérêt de la personne',
      meaning:
        'Le transfert est nécessaire à la conclusion ou à l’exécution d’un contrat conclu dans l’intérêt ' +
        'de la personne concernée entre le responsable du traitement et une autre personne physique ou morale.',
    },
    'derogation-compelling-interests': {
      label: 'Intérêts légitimes impérieux',
      meaning:
        `Transfert non répétitif, concernant un nombre limité de personnes, nécessaire aux intérêts légitimes ` +
        `impérieux du responsable du traitement et entouré de garanties appropriées\u00a0; l’autorité de ` +
        `contrôle en est informée (${cite('Art 49(1)')}, deuxième alinéa).`,
    },
    'uk-idta': {
      label: 'Accord de transfert international de données du Royaume-Uni (IDTA)',
      meaning:
        'L’accord de transfert international de données émis en vertu de l’article 119A du Data Protection Act 2018 ' +
        'est signé avec le destinataire. UK GDPR uniquement.',
    },
    'uk-addendum': {
      label: 'Clauses contractuelles types de l’UE avec l’avenant britannique',
      meaning:
        'Les clauses contractuelles types de l’UE, avec l’avenant britannique (UK Addendum) émis en vertu de ' +
        'l’article 119A du Data Protection Act 2018.',
    },
    'uk-extension-dpf': {
      label: 'Extension britannique du cadre de protection des données UE–États-Unis',
      meaning:
        'Le destinataire américain est certifié au titre de l’extension britannique du cadre de protection des ' +
        'données UE–États-Unis. Uniquement pour les États-Unis\u00a0; UK GDPR uniquement.',
    },
    'swiss-us-dpf': {
      label: 'Cadre de protection des données Suisse–États-Unis',
      meaning:
        'Le destinataire américain est certifié au titre du cadre de protection des données Suisse–États-Unis ' +
        '(annexe 1 OPDo). Uniquement pour les États-Unis\u00a0; LPD suisse uniquement.',
    },
    'privacy-shield': {
      label: 'Bouclier de protection des données UE–États-Unis (invalidé)',
      meaning: 'N’est plus un mécanisme valable\u00a0: la CJUE a invalidé la décision (C-311/18, 16 juillet 2020).',
    },
    'safe-harbor': {
      label: 'Sphère de sécurité (invalidée)',
      meaning: 'N’est plus un mécanisme valable\u00a0: la CJUE a invalidé la décision (C-362/14, 6 octobre 2015).',
    },
  },
  right: {
    access: {
      label: 'Droit d’accès',
      meaning: 'Vous pouvez savoir si nous traitons vos données et en obtenir une copie.',
    },
    rectification: {
      label: 'Droit de rectification',
      meaning: 'Vous pouvez faire rectifier les données inexactes et compléter les données incomplètes.',
    },
    erasure: {
      label: 'Droit à l’effacement',
      meaning: 'Vous pouvez faire effacer vos données lorsqu’il n’y a plus de raison de les conserver.',
    },
    restriction: {
      label: 'Droit à la limitation du traitement',
      meaning:
        'Vous pouvez nous demander de limiter l’utilisation de vos données le temps qu’une question les concernant ' +
        'soit réglée.',
    },
    portability: {
      label: 'Droit à la portabilité des données',
      meaning:
        'Vous pouvez recevoir les données que vous nous avez fournies dans un format lisible par machine, ' +
        'ou les faire transmettre à une autre organisation.',
    },
    objection: {
      label: 'Droit d’opposition',
      meaning:
        'Vous pouvez vous opposer à tout moment à un traitement fondé sur l’intérêt légitime ou sur une mission ' +
        'd’intérêt public, et toujours à la prospection.',
    },
    'automated-decisions': {
      label: 'Droits relatifs aux décisions automatisées',
      meaning:
        'Vous pouvez obtenir une intervention humaine, exprimer votre point de vue et contester une décision ' +
        'fondée exclusivement sur un traitement automatisé.',
    },
    'withdraw-consent': {
      label: 'Droit de retirer votre consentement',
      meaning:
        'Vous pouvez retirer votre consentement à tout moment, sans que cela compromette la licéité du traitement ' +
        'effectué auparavant.',
    },
    complaint: {
      label: 'Droit d’introduire une réclamation',
      meaning: 'Vous pouvez introduire une réclamation auprès d’une autorité de contrôle de la protection des données.',
    },
  },
  special: {
    'racial-ethnic-origin': {
      label: 'Origine raciale ou ethnique',
      meaning: 'Données qui révèlent l’origine raciale ou ethnique.',
    },
    'political-opinions': { label: 'Opinions politiques', meaning: 'Données qui révèlent les opinions politiques.' },
    'religious-beliefs': {
      label: 'Convictions religieuses ou philosophiques',
      meaning: 'Données qui révèlent les convictions religieuses ou philosophiques.',
    },
    'trade-union-membership': {
      label: 'Appartenance syndicale',
      meaning: 'Données qui révèlent l’appartenance syndicale.',
    },
    genetic: {
      label: 'Données génétiques',
      meaning: `Données relatives aux caractéristiques génétiques héréditaires ou acquises (${cite('Art 4(13)')}).`,
    },
    biometric: {
      label: 'Données biométriques',
      meaning:
        `Données biométriques utilisées pour identifier une personne de manière unique, comme les empreintes ` +
        `digitales ou les gabarits faciaux (${cite('Art 4(14)')}).`,
    },
    health: {
      label: 'Données concernant la santé',
      meaning: `Données relatives à la santé physique ou mentale, y compris les soins de santé reçus (${cite('Art 4(15)')}).`,
    },
    'sex-life': {
      label: 'Vie sexuelle ou orientation sexuelle',
      meaning: 'Données concernant la vie sexuelle ou l’orientation sexuelle d’une personne.',
    },
  },
  recipient_type: {
    internal: { label: 'Interne', meaning: 'Membres du personnel ou services du responsable du traitement lui-même.' },
    processor: {
      label: 'Sous-traitant',
      meaning: `Traite les données pour notre compte et sur nos instructions (${cite('Art 4(8)')}).`,
    },
    controller: {
      label: 'Responsable du traitement distinct',
      meaning: `Détermine lui-même pourquoi et comment il utilise les données qu’il reçoit (${cite('Art 4(7)')}).`,
    },
    'joint-controller': {
      label: 'Responsable conjoint du traitement',
      meaning: `Détermine avec nous pourquoi et comment les données sont traitées (${cite('Art 26')}).`,
    },
    'public-authority': {
      label: 'Autorité publique',
      meaning: 'Une autorité publique qui reçoit des données, par exemple parce que la loi l’exige.',
    },
    public: { label: 'Le public', meaning: 'Les données sont publiées ou mises à la disposition de tous.' },
  },
  recipient_category: {
    hosting: { label: 'Hébergeurs', meaning: 'Centres de données et plateformes en nuage qui hébergent nos systèmes.' },
    'it-services': {
      label: 'Prestataires informatiques',
      meaning: 'Éditeurs de logiciels et support informatique qui assurent la maintenance de nos systèmes.',
    },
    analytics: {
      label: 'Services de mesure d’audience',
      meaning: 'Services qui mesurent l’utilisation de notre site web ou de notre application.',
    },
    advertising: {
      label: 'Partenaires publicitaires',
      meaning: 'Réseaux et plateformes qui diffusent ou mesurent la publicité.',
    },
    payment: {
      label: 'Prestataires de paiement',
      meaning: 'Banques et prestataires de services de paiement qui traitent les paiements.',
    },
    'customer-support': {
      label: 'Prestataires de service client',
      meaning: 'Services d’assistance, de messagerie instantanée et de centre d’appels.',
    },
    crm: { label: 'Fournisseurs de CRM', meaning: 'Logiciels de gestion de la relation client.' },
    'email-delivery': {
      label: 'Services d’envoi d’e-mails',
      meaning: 'Services qui envoient nos e-mails et nos lettres d’information.',
    },
    'social-media': {
      label: 'Réseaux sociaux',
      meaning: 'Plateformes de réseaux sociaux, par exemple au moyen de modules sociaux ou de pages partagées.',
    },
    recruitment: {
      label: 'Partenaires de recrutement',
      meaning: 'Agences de recrutement et logiciels de gestion des candidatures.',
    },
    auditors: { label: 'Réviseurs et auditeurs', meaning: 'Réviseurs, auditeurs externes et experts-comptables.' },
    'legal-advisers': { label: 'Conseillers juridiques', meaning: 'Avocats et autres conseillers juridiques.' },
    insurers: { label: 'Assureurs', meaning: 'Compagnies d’assurance et courtiers.' },
    banks: { label: 'Banques', meaning: 'Banques et autres établissements financiers.' },
    'group-companies': { label: 'Sociétés du groupe', meaning: 'Autres sociétés de notre groupe.' },
    'business-partners': {
      label: 'Partenaires commerciaux',
      meaning: 'Partenaires avec lesquels nous travaillons pour fournir nos services.',
    },
    'ai-providers': {
      label: 'Fournisseurs d’IA',
      meaning: 'Fournisseurs de modèles et de services d’intelligence artificielle.',
    },
    security: {
      label: 'Services de sécurité',
      meaning: 'Services de sécurité, de prévention de la fraude et de surveillance.',
    },
    'delivery-logistics': { label: 'Livraison et logistique', meaning: 'Coursiers et entreprises de logistique.' },
    'law-enforcement': {
      label: 'Autorités répressives',
      meaning: 'Police et autres autorités chargées de l’application de la loi.',
    },
    courts: { label: 'Juridictions', meaning: 'Cours et tribunaux.' },
    'tax-authority': {
      label: 'Administrations fiscales',
      meaning: 'Administrations fiscales et institutions de sécurité sociale.',
    },
    'prospective-buyers': {
      label: 'Acquéreurs potentiels',
      meaning: 'Acquéreurs ou investisseurs potentiels dans le cadre d’une fusion ou d’une acquisition.',
    },
  },
  collection: {
    direct: {
      label: 'Directement auprès de la personne',
      meaning: `Toutes les données sont collectées auprès de la personne concernée\u00a0: l’${cite('Art 13')} s’applique.`,
    },
    indirect: {
      label: 'Auprès d’autres sources',
      meaning:
        `Les données sont obtenues auprès d’autres personnes que la personne concernée\u00a0: l’${cite('Art 14')} ` +
        `s’applique.`,
    },
    both: {
      label: 'Les deux',
      meaning:
        `Certaines données proviennent de la personne concernée et d’autres d’autres sources\u00a0: les ${cite('Art 13, 14')} ` +
        `s’appliquent.`,
    },
  },
  provision: {
    statutory: { label: 'Exigence réglementaire', meaning: 'La loi impose à la personne de fournir les données.' },
    contractual: {
      label: 'Exigence contractuelle',
      meaning: 'Un contrat impose à la personne de fournir les données.',
    },
    'contract-entry': {
      label: 'Nécessaire à la conclusion d’un contrat',
      meaning: 'Les données sont nécessaires pour pouvoir conclure un contrat.',
    },
    voluntary: { label: 'Facultative', meaning: 'La fourniture des données est facultative.' },
  },
  source: {
    'data-subject': { label: 'Auprès de vous', meaning: 'La personne fournit elle-même les données.' },
    automatic: {
      label: 'Collectées automatiquement',
      meaning: 'Les données sont collectées automatiquement, par exemple par notre site web ou nos appareils.',
    },
  },
  cookie_type: {
    essential: {
      label: 'Strictement nécessaires',
      meaning:
        'Nécessaires au service demandé par l’utilisateur\u00a0; aucun consentement n’est requis (article ' +
        '5.3 de la directive ePrivacy).',
    },
    preferences: { label: 'Préférences', meaning: 'Mémorisent les choix de l’utilisateur, comme la langue.' },
    analytics: { label: 'Mesure d’audience', meaning: 'Mesurent l’utilisation du site\u00a0; consentement requis.' },
    marketing: {
      label: 'Publicité',
      meaning: 'Suivent les utilisateurs à des fins publicitaires\u00a0; consentement requis.',
    },
  },
  cookie_party: {
    first: { label: 'Cookie propriétaire', meaning: 'Déposé par notre propre site.' },
    third: { label: 'Cookie tiers', meaning: 'Déposé par le domaine d’une autre organisation.' },
  },
  channel_kind: {
    email: { label: 'Par e-mail', meaning: 'Les demandes sont envoyées par e-mail à l’adresse indiquée.' },
    'web-form': {
      label: 'Par le formulaire en ligne',
      meaning: 'Les demandes sont faites au moyen d’un formulaire sur le site web.',
    },
    post: { label: 'Par courrier', meaning: 'Les demandes sont envoyées par courrier à l’adresse postale indiquée.' },
    phone: { label: 'Par téléphone', meaning: 'Les demandes sont faites par téléphone.' },
    'in-app': {
      label: 'Dans l’application ou votre compte',
      meaning: 'Les demandes sont faites, ou les données gérées directement, dans l’application ou le compte en ligne.',
    },
    'in-person': { label: 'Sur place', meaning: 'Les demandes sont faites en personne, par exemple à l’accueil.' },
  },
  decision_ground: {
    contract: {
      label: 'Nécessaire à un contrat',
      meaning:
        'La décision est nécessaire à la conclusion ou à l’exécution d’un contrat entre la personne concernée ' +
        'et le responsable du traitement.',
    },
    law: {
      label: 'Autorisée par la loi',
      meaning:
        'La décision est autorisée par le droit de l’Union ou le droit d’un État membre, qui prévoit aussi ' +
        'des mesures appropriées pour la sauvegarde des droits de la personne concernée.',
    },
    'explicit-consent': {
      label: 'Consentement explicite',
      meaning: 'La personne concernée a donné son consentement explicite à la décision.',
    },
  },
  language: {
    en: { label: 'Anglais', meaning: 'Titres et phrases générés en anglais.' },
    fr: { label: 'Français', meaning: 'Titres et phrases générés en français.' },
    nl: { label: 'Néerlandais', meaning: 'Titres et phrases générés en néerlandais.' },
    de: { label: 'Allemand', meaning: 'Titres et phrases générés en allemand.' },
  },
  promise: {
    'no-sale': {
      label: 'Nous ne vendons pas de données à caractère personnel',
      meaning: 'La déclaration affirme que nous ne vendons pas de données à caractère personnel.',
    },
    'no-sharing-for-advertising': {
      label: 'Nous ne communiquons pas de données à des tiers pour leur publicité',
      meaning:
        'La déclaration affirme que nous ne communiquons pas de données à caractère personnel à des tiers pour ' +
        'leur propre publicité.',
    },
    'no-transfer': {
      label: 'Aucune donnée ne quitte le territoire',
      meaning: 'La déclaration affirme qu’aucune donnée à caractère personnel ne quitte le territoire de ses lois.',
    },
    'no-profiling': {
      label: 'Nous ne procédons à aucun profilage',
      meaning: 'La déclaration affirme que nous n’utilisons pas de données à caractère personnel pour du profilage.',
    },
    'no-special-categories': {
      label: 'Nous ne traitons pas de catégories particulières de données',
      meaning: 'La déclaration affirme que nous ne traitons aucune des catégories particulières de données.',
    },
  },
  law: {
    'eu-gdpr': {
      label: 'RGPD',
      meaning: 'Le règlement (UE) 2016/679, règlement général sur la protection des données.',
    },
    'uk-gdpr': {
      label: 'UK GDPR',
      meaning: 'Le UK GDPR et le Data Protection Act 2018, tels que modifiés par le Data (Use and Access) Act 2025.',
    },
    'ch-fadp': {
      label: 'LPD suisse',
      meaning:
        'La loi fédérale sur la protection des données du 25 septembre 2020 (RS 235.1) et son ordonnance (OPDo).',
    },
  },
  region: {
    EEA: {
      label: 'Espace économique européen',
      meaning:
        'Dans l’Espace économique européen\u00a0: les États membres de l’UE, l’Islande, le Liechtenstein et la Norvège.',
    },
    EU: { label: 'Union européenne', meaning: 'Dans l’Union européenne.' },
  },
};

/** "1er janvier 2025": French writes the first day of a month as an ordinal. */
const LONG_DATE = new Intl.DateTimeFormat(descriptor.locale, { dateStyle: 'long', timeZone: 'UTC' });
const date = (d: Date) => LONG_DATE.format(d).replace(/^1 /, '1er ');

export const fr: Messages = {
  language: descriptor.tag,
  locale: descriptor.locale,
  date,
  cite,
  terms,
  term: (vocabulary: VocabularyName, value: string): LocalTerm | undefined => localTerm(terms, cite, vocabulary, value),
  country: (code: string) => localCountryName(code, 'fr'),
  defaultTitle: 'Politique de confidentialité',
  meta: {
    effective: (date: string) => `En vigueur à partir du ${date}`,
    updated: (date: string) => `Dernière mise à jour le ${date}`,
    version: (version: string) => `Version ${version}`,
  },
  contents: 'Sommaire',
  none: '—',
  headings: {
    who: 'Qui sommes-nous\u00a0?',
    summary: 'En bref',
    data: 'Les données à caractère personnel que nous traitons',
    purposes: 'Pourquoi nous utilisons vos données et sur quelle base juridique',
    recipients: 'Qui reçoit vos données',
    transfers: 'Transferts en dehors de l’Espace économique européen',
    rights: 'Vos droits',
    complaints: 'Réclamations',
    automated: 'Décisions automatisées et profilage',
    cookies: 'Cookies',
    security: 'Comment nous protégeons vos données',
    untitled: 'Informations complémentaires',
  },
  who: {
    controllerHeading: 'Responsable du traitement',
    controller: (name: string) => `${name} est le responsable du traitement de vos données à caractère personnel.`,
    representativeHeading: 'Notre représentant dans l’Union européenne',
    representative: (name: string) =>
      `${name} nous représente dans l’Union européenne (${cite('Art 27')}). Vous pouvez le contacter pour ` +
      `toute question relative au traitement de vos données.`,
    dpoHeading: 'Délégué à la protection des données',
    dpo: (name: string) => `La fonction de délégué à la protection des données est assurée par ${name}.`,
    dpoUnnamed: 'Vous pouvez joindre notre délégué à la protection des données aux coordonnées suivantes.',
    dpoNone:
      'Nous n’avons pas désigné de délégué à la protection des données. Pour toute question relative à ' +
      'vos données, contactez-nous aux coordonnées ci-dessus.',
    legalForm: 'Forme juridique',
    registration: 'Numéro d’enregistrement',
    address: 'Adresse',
    email: 'E-mail',
    phone: 'Téléphone',
    website: 'Site web',
  },
  data: {
    intro: 'Nous traitons les catégories suivantes de données à caractère personnel vous concernant.',
    caption: 'Catégories de données à caractère personnel',
    category: 'Catégorie',
    details: 'Contenu',
    source: 'Source',
    examples: (list: string) => `Par exemple\u00a0: ${list}.`,
    special: (label: string, article: string) => `Catégorie particulière de données\u00a0: ${label} (${article})`,
    criminal: `Données relatives aux condamnations pénales et aux infractions (${cite('Art 10')})`,
    publicSource: (source: string) => `Source accessible au public\u00a0: ${source}`,
  },
  purposes: {
    intro:
      'Pour chaque finalité, nous indiquons la base juridique sur laquelle nous nous fondons, les données ' +
      'utilisées, leur durée de conservation et leurs destinataires.',
    caption: 'Finalités du traitement',
    purpose: 'Finalité',
    basis: 'Base juridique',
    data: 'Données utilisées',
    retention: 'Durée de conservation',
    recipients: 'Destinataires',
    citation: (label: string, article: string) => `${label} — ${article}`,
    interest: (citation: string, interest: string) => `${citation}\u00a0: ${interest}`,
    specialConditions: 'Pour les catégories particulières de données\u00a0:',
    law: (law: string) => `Disposition légale\u00a0: ${law}`,
    provision: (label: string) => `Fourniture des données\u00a0: ${label}.`,
    consequence: (text: string) => `Si vous ne les fournissez pas\u00a0: ${text}`,
  },
  retention: {
    duration: (d: Duration) => duration(d),
    from: (period: string, event: string) => `${period} à compter ${withPreposition('de', event)}`,
    until: (event: string) => `jusqu’${withPreposition('à', event)}`,
    untilThen: (event: string, then: string) => `jusqu’${withPreposition('à', event)}, puis pendant ${then}`,
    criteria: (text: string) => `critères\u00a0: ${text}`,
    forData: (data: string, retention: string) => `${data}\u00a0: ${retention}`,
    atLeast: (period: string) => `au moins ${period}`,
    atMost: (period: string) => `au maximum ${period}`,
    between: (low: Duration, high: Duration) =>
      `entre ${sameUnit(low, high) ? NUMBER.format(low.parts[0].amount) : duration(low)} et ${duration(high)}`,
    asRequiredBy: (phrase: string, law: string) =>
      `${phrase}, conformément ${/^les?\s/i.test(law) ? withPreposition('à', law) : `à ${law}`}`,
    law: (law: string) => `pendant la durée prévue par ${law}`,
    lawThen: (law: string, then: string) => `pendant la durée prévue par ${law}, puis pendant encore ${then}`,
    extendedUntil: (phrase: string, event: string) =>
      `${phrase}, et au-delà si nécessaire, jusqu’${withPreposition('à', event)}`,
  },
  audiences: {
    addressedTo: (list: string) => `La présente politique s’adresse aux personnes suivantes\u00a0: ${list}.`,
    view: (audience: string) => `Cette version de la politique ne présente que ce qui concerne\u00a0: ${audience}.`,
    concerns: (list: string) => `Personnes concernées\u00a0: ${list}.`,
  },
  purposeFlags: {
    directMarketing: 'Prospection',
    profiling: `Comprend un profilage (${cite('Art 4(4)')})`,
    research: `Recherche scientifique ou historique ou statistiques (${cite('Art 89')})`,
    children: `Service proposé directement aux enfants (${cite('Art 8')})`,
    basisWhen: (when: string) => `S’applique\u00a0: ${when}`,
    parentalConsent: (age: number | undefined) =>
      `${
        age === undefined
          ? 'Pour les enfants n’ayant pas atteint l’âge du consentement numérique fixé par le droit national ' +
            'applicable (entre 13 et 16 ans)'
          : `Pour les enfants de moins de ${age} ans`
      }, le consentement est donné ou autorisé par le titulaire de la responsabilité parentale (${cite('Art 8(1)')})\u00a0:`,
  },
  joint: {
    heading: 'Responsables conjoints du traitement',
    intro:
      `Nous déterminons conjointement avec les organisations suivantes les finalités et les moyens du traitement ` +
      `de vos données à caractère personnel. Les grandes lignes de notre accord figurent ci-dessous (${cite('Art 26(2)')}). ` +
      `Vous pouvez exercer vos droits à l’égard de chacun d’entre nous (${cite('Art 26(3)')}).`,
    purposes: 'Pour',
    essence: 'Grandes lignes de l’accord',
    contactPoint: 'Point de contact',
    contact: 'Contact',
  },
  recipients: {
    intro:
      'Nous communiquons des données à caractère personnel aux destinataires suivants, chacun uniquement ' +
      'pour les finalités indiquées ci-dessus.',
    caption: 'Destinataires des données à caractère personnel',
    recipient: 'Destinataire',
    role: 'Rôle',
    category: 'Catégorie',
    country: 'Localisation',
  },
  transfers: {
    intro:
      'Certaines de vos données à caractère personnel sont transférées vers des pays situés en dehors de ' +
      'l’Espace économique européen (EEE). Ces transferts sont encadrés comme suit.',
    item: (n: number) => `Transfert ${n}`,
    recipients: 'Destinataires',
    countries: 'Pays',
    mechanism: 'Garantie',
    copy: 'Comment en obtenir une copie',
    organisations: 'Organisations internationales',
  },
  rights: {
    intro: 'Vous disposez des droits suivants à l’égard de vos données à caractère personnel.',
    objectionHeading: 'Votre droit d’opposition',
    objectionLead: (citation: string) => `${citation}\u00a0:`,
    objectionPurposes: 'Ce droit concerne en particulier les traitements suivants\u00a0:',
    objectionHow: (contact: string) => `Pour vous opposer à un traitement, contactez-nous à l’adresse ${contact}.`,
    objectionHowFallback: `Pour vous opposer à un traitement, contactez-nous aux coordonnées indiquées à la rubrique ${WHO}.`,
    exerciseHeading: 'Comment exercer vos droits',
    exercise: (contact: string) => `Pour exercer l’un de ces droits, contactez-nous à l’adresse ${contact}.`,
    exerciseFallback: `Pour exercer l’un de ces droits, contactez-nous aux coordonnées indiquées à la rubrique ${WHO}.`,
    responseTime: (time: string) =>
      `Nous vous informons des mesures prises à la suite de votre demande dans les meilleurs délais et ` +
      `au plus tard ${time} après sa réception. Au besoin, compte tenu de la complexité et du nombre de ` +
      `demandes, ce délai peut être prolongé de deux mois\u00a0; nous vous informons alors de cette prolongation ` +
      `et des motifs du report dans un délai d’un mois à compter de la réception de votre demande (${cite('Art 12(3)')}).`,
    restrictedIntro: `La loi limite les droits suivants (${cite('Art 23')})\u00a0:`,
    portabilityPurposes: (list: string) =>
      `Il porte sur les données que vous nous avez fournies pour les finalités suivantes\u00a0: ${list}.`,
    citation: (label: string, article: string) => `${label} (${article})`,
  },
  objection: {
    general:
      `Vous avez le droit de vous opposer à tout moment, pour des raisons tenant à votre situation particulière, ` +
      `au traitement de vos données à caractère personnel fondé sur nos intérêts légitimes ou sur une mission ` +
      `d’intérêt public, y compris à un profilage fondé sur ces dispositions (${cite('Art 21(1)')}). Nous ` +
      `cessons alors ce traitement, à moins de démontrer qu’il existe des motifs légitimes et impérieux ` +
      `pour le traitement qui prévalent sur vos intérêts et vos droits et libertés, ou que le traitement ` +
      `est nécessaire à la constatation, à l’exercice ou à la défense de droits en justice.`,
    directMarketing:
      `Lorsque nous traitons vos données à caractère personnel à des fins de prospection, vous avez le ` +
      `droit de vous opposer à tout moment, sans avoir à vous justifier, à ce traitement, y compris au ` +
      `profilage dans la mesure où il est lié à une telle prospection (${cite('Art 21(2)')}). Si vous vous ` +
      `y opposez, vos données ne sont plus traitées à ces fins (${cite('Art 21(3)')}).`,
    research:
      `Lorsque nous traitons vos données à caractère personnel à des fins de recherche scientifique ou ` +
      `historique ou à des fins statistiques, vous avez le droit de vous y opposer pour des raisons tenant ` +
      `à votre situation particulière, à moins que le traitement ne soit nécessaire à l’exécution d’une ` +
      `mission d’intérêt public (${cite('Art 21(6)')}).`,
    concerned: 'Cela concerne\u00a0:',
  },
  exercise: {
    named: (name: string, how: string) =>
      `Pour exercer l’un de ces droits, contactez ${name}${how ? ` (${how})` : ''}.`,
    channels: 'Vous pouvez introduire votre demande\u00a0:',
    channel: (kind: string, value: string) => (value ? `${kind}\u00a0: ${value}` : kind),
    identityHeading: 'Comment nous vérifions votre identité',
    identityIntro: `Avant de donner suite à une demande, nous vérifions qu’elle émane bien de vous (${cite('Art 12(6)')})\u00a0:`,
  },
  complaints: {
    text:
      `Si vous estimez que nous traitons vos données à caractère personnel de manière illicite, vous avez ` +
      `le droit d’introduire une réclamation auprès d’une autorité de contrôle, en particulier dans l’État ` +
      `membre de l’Union européenne dans lequel se trouve votre résidence habituelle, votre lieu de travail ` +
      `ou le lieu où la violation aurait été commise (${cite('Art 77')}).`,
    authority: (name: string) => `L’autorité de contrôle compétente à notre égard est ${name}.`,
    webform: 'Formulaire de réclamation',
  },
  automated: {
    none:
      `Nous ne prenons à votre sujet aucune décision fondée exclusivement sur un traitement automatisé, ` +
      `y compris le profilage, produisant des effets juridiques vous concernant ou vous affectant de manière ` +
      `significative de façon similaire (${cite('Art 22')}).`,
    intro:
      `Nous prenons les décisions suivantes sur le seul fondement d’un traitement automatisé, y compris ` +
      `le profilage (${cite('Art 22')}).`,
    logic: 'Logique sous-jacente',
    significance: 'Importance et conséquences pour vous',
    ground: 'Fondement de la décision',
    safeguards:
      `Vous pouvez obtenir une intervention humaine de notre part, exprimer votre point de vue et contester ` +
      `la décision (${cite('Art 22(3)')}).`,
    lawSafeguards:
      `La loi qui autorise cette décision prévoit des mesures appropriées pour la sauvegarde de vos droits ` +
      `et libertés et de vos intérêts légitimes (${cite('Art 22(2)(b)')}).`,
  },
  cookies: {
    intro: 'Notre site web utilise les cookies et technologies similaires suivants.',
    caption: 'Cookies et technologies similaires',
    name: 'Nom',
    provider: 'Fournisseur',
    purpose: 'Finalité',
    duration: 'Durée',
    type: 'Type',
    party: 'Origine',
    session: 'Jusqu’à la fermeture de votre navigateur',
  },
  security: {
    intro:
      `Nous protégeons vos données à caractère personnel au moyen des mesures techniques et organisationnelles ` +
      `suivantes (${cite('Art 32')}).`,
  },
  missing: {
    'missing-retention': `Durée de conservation manquante — ${cite('Art 13(2)(a)')}`,
    'vague-retention': `Durée de conservation imprécise — ${cite('Art 13(2)(a)')}`,
    'missing-legal-basis': `Base juridique manquante — ${cite('Art 13(1)(c)')}`,
    'missing-legitimate-interest': `Intérêt légitime non précisé — ${cite('Art 13(1)(d)')}`,
    'missing-special-category-condition': `Condition pour les catégories particulières de données manquante — ${cite('Art 9(2)')}`,
    'missing-law-reference': `Loi non précisée — ${cite('Art 6(3)')}`,
    'missing-controller-contact': `Coordonnées du responsable du traitement manquantes — ${cite('Art 13(1)(a)')}`,
    'missing-dpo': `Délégué à la protection des données non indiqué — ${cite('Art 13(1)(b)')}`,
    'missing-authority': `Autorité de contrôle manquante — ${cite('Art 13(2)(d)')}`,
    'missing-automated-decisions': `Décisions automatisées non précisées — ${cite('Art 13(2)(f)')}`,
    'missing-source': `Source des données manquante — ${cite('Art 14(2)(f)')}`,
    'missing-provision': `Caractère obligatoire ou facultatif non précisé — ${cite('Art 13(2)(e)')}`,
    'missing-transfer-safeguard': `Garantie du transfert manquante — ${cite('Art 13(1)(f)')}`,
    'missing-transfer-copy': `Moyen d’obtenir une copie de la garantie non précisé — ${cite('Art 13(1)(f)')}`,
    'transfer-without-destination': `Destination du transfert non précisée — ${cite('Art 13(1)(f)')}`,
    'missing-consequence': `Conséquences de la non-fourniture des données non précisées — ${cite('Art 13(2)(e)')}`,
    'consent-tied-to-contract': `Consentement imposé comme condition d’un contrat — ${cite('Art 7(4)')}`,
    'invalid-response-time': `Délai supérieur au mois prévu par la loi — ${cite('Art 12(3)')}`,
    'invalid-adequacy': `Aucune décision d’adéquation ne couvre ce transfert — ${cite('Art 45')}`,
    'unknown-reference': 'Non défini dans le document',
    'missing-parental-consent': `Modalités du consentement parental non précisées — ${cite('Art 8(2)')}`,
    'missing-joint-arrangement': `Grandes lignes de l’accord entre responsables conjoints manquantes — ${cite('Art 26(2)')}`,
  },
  missingField: (key: string) => `Champ obligatoire «\u00a0${key}\u00a0» manquant`,
  renderFailed:
    'Cette politique de confidentialité ne peut pas être affichée, car sa source n’a pas pu être lue. ' +
    'Veuillez contacter l’organisation qui l’a publiée.',
};
