// French text of the rendered notice (docs/language.md, "Output language"), in the wording of the French text of the GDPR (RGPD) as the
// Belgian APD and the French CNIL use it. Same shape and rules as en.ts: values are HTML written by us, arguments
// arrive escaped. Articles are cited as the APD does: "article 6.1.f) du RGPD".
// French typography: a no-break space (\u00a0) before ":", a narrow no-break space (\u202f) before ";", "!", "?" and
// inside « », and no capital after a colon (`lowerFirst` on generated labels placed there).
// Author event text follows "de"/"à" contracted with its article (du, des, au, aux): see `withPreposition`.
import { INVALID_MECHANISM, type LawNoticeText } from '../../laws';
import { localCountryName } from '../../vocabulary/countries';
import type { Duration } from '../../vocabulary/duration';
import type { VocabularyName } from '../../vocabulary/terms';
import type { Messages } from '../en/notice';
import {
  citationStyle,
  durationStyle,
  isQuotation,
  localTerm,
  lowerFirst,
  monthDate,
  sameUnit,
  type ArticleRef,
  type LocalTerm,
  type TermTable,
} from '../noticeText';
import { fr as descriptor } from './language';

const provision = (r: ArticleRef) =>
  `${r.article}${r.paragraph ? `.${r.paragraph}` : ''}${r.point ? `.${r.point})` : ''}`;
const ORDINAL = ['premier', 'deuxième', 'troisième', 'quatrième'];
/**
 * "article 6.1.f) du RGPD", "article 47 du RGPD", "articles 13 et 14 du RGPD", "article 49.1, deuxième alinéa, du
 * RGPD"; the definitions of article 4 by point, as the RGPD cites them: "article 4, point 4), du RGPD".
 */
const cite = citationStyle(
  (r) =>
    r.article === '4' && r.paragraph && !r.point
      ? `article 4, point ${r.paragraph}), du RGPD`
      : r.subparagraph
        ? `article ${provision(r)}, ${ORDINAL[r.subparagraph - 1]} alinéa, du RGPD`
        : `article ${provision(r)} du RGPD`,
  (refs) => `articles ${new Intl.ListFormat('fr', { type: 'conjunction' }).format(refs.map(provision))} du RGPD`,
);

/** Intl's unit words agree with the number as French does: "1 an", "1,5 an", "2 ans". */
const duration = durationStyle(descriptor.locale);

/**
 * "de"/"à" before the author's event text, contracted with a leading article as French requires ("à compter du
 * dernier contact", "jusqu’au retrait"); text without a determiner, or quoted in another language, is named as our
 * description of the moment ("jusqu’au moment décrit comme « … »"), never spliced.
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
  const quoted = isQuotation(event) ? event : `«\u202f${event}\u202f»`;
  return `${preposition === 'de' ? 'du' : 'au'} moment décrit comme ${quoted}`;
}

const WHO = '«\u202fQui sommes-nous\u202f?\u202f»';
const NUMBER = new Intl.NumberFormat(descriptor.locale, { maximumFractionDigits: 3 });

const terms: TermTable = {
  basis: {
    consent: {
      label: 'Consentement',
      meaning: 'La personne a consenti au traitement de ses données pour une ou plusieurs finalités spécifiques.',
    },
    contract: {
      label: 'Contrat ou mesures précontractuelles',
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
        '(prévention de la criminalité, protection des personnes vulnérables, urgences…)\u202f; sans mise en balance, ' +
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
      label: 'Prise en charge sanitaire ou sociale',
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
        `impérieux du responsable du traitement et entouré de garanties appropriées\u202f; l’autorité de ` +
        `contrôle en est informée (${cite('Art 49(1) second subparagraph')}).`,
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
        'données UE–États-Unis. Uniquement pour les États-Unis\u202f; UK GDPR uniquement.',
    },
    'swiss-us-dpf': {
      label: 'Cadre de protection des données Suisse–États-Unis',
      meaning:
        'Le destinataire américain est certifié au titre du cadre de protection des données Suisse–États-Unis ' +
        '(annexe 1 OPDo). Uniquement pour les États-Unis\u202f; LPD suisse uniquement.',
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
        'Nécessaires au service demandé par l’utilisateur\u202f; aucun consentement n’est requis (article ' +
        '5.3 de la directive ePrivacy).',
    },
    preferences: { label: 'Préférences', meaning: 'Mémorisent les choix de l’utilisateur, comme la langue.' },
    analytics: { label: 'Mesure d’audience', meaning: 'Mesurent l’utilisation du site\u202f; consentement requis.' },
    marketing: {
      label: 'Publicité',
      meaning: 'Suivent les utilisateurs à des fins publicitaires\u202f; consentement requis.',
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

/** "à partir d’août 2026", "à partir de juillet 2026": French elides "de" before a vowel. */
const fromMonth = (month: string) => (/^[aeiouâéèêîôû]/i.test(month) ? `d’${month}` : `de ${month}`);

export const fr: Messages = {
  language: descriptor.tag,
  locale: descriptor.locale,
  date,
  month: monthDate(descriptor.locale),
  cite,
  terms,
  term: (vocabulary: VocabularyName, value: string): LocalTerm | undefined => localTerm(terms, cite, vocabulary, value),
  /** French typography: the typographic apostrophe in country names too ("États-Unis d’Amérique"). */
  country: (code: string) => localCountryName(code, 'fr').replace(/'/g, '’'),
  defaultTitle: 'Politique de confidentialité',
  meta: {
    effective: (date: string, month: boolean) =>
      month ? `En vigueur à partir ${fromMonth(date)}` : `En vigueur à partir du ${date}`,
    updated: (date: string, month: boolean) =>
      month ? `Dernière mise à jour en ${date}` : `Dernière mise à jour le ${date}`,
    version: (version: string) => `Version ${version}`,
  },
  contents: 'Sommaire',
  none: '—',
  headings: {
    who: 'Qui sommes-nous\u202f?',
    summary: 'En bref',
    promises: 'Nos engagements',
    children: 'Enfants',
    data: 'Les données à caractère personnel que nous traitons',
    purposes: 'Pourquoi nous utilisons vos données et sur quelle base juridique',
    recipients: 'Qui reçoit vos données',
    transfers: 'Transferts en dehors de l’Espace économique européen',
    rights: 'Vos droits',
    complaints: 'Réclamations',
    automated: 'Décisions automatisées et profilage',
    cookies: 'Cookies et technologies similaires',
    security: 'Comment nous protégeons vos données',
    changes: 'Modifications de la présente politique',
    untitled: 'Informations complémentaires',
  },
  lawText: {
    outside: 'en dehors de l’Espace économique européen (EEE)',
    transfersHeading: 'Transferts en dehors de l’Espace économique européen',
    transfersIntro:
      `Des données à caractère personnel ne peuvent être transférées en dehors de l’Espace économique européen ` +
      `(EEE) que sur l’un des fondements prévus par la loi (${cite('Art 44')})\u00a0: une décision d’adéquation de la ` +
      `Commission européenne, des garanties appropriées ou, dans des situations particulières, une dérogation. Pour ` +
      `chaque transfert ci-dessous, nous indiquons où vont les données et sur quel fondement.`,
    complaint:
      `Si vous considérez que le traitement de vos données à caractère personnel constitue une violation du RGPD, ` +
      `vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle, en particulier dans ` +
      `l’État de l’Espace économique européen (EEE) dans lequel se trouve votre résidence habituelle, votre lieu de ` +
      `travail ou le lieu où la violation aurait été commise, sans préjudice de tout autre recours administratif ou ` +
      `juridictionnel (${cite('Art 77(1)')}).`,
    digitalConsentAges: 'entre 13 et 16 ans dans l’Espace économique européen',
  } satisfies LawNoticeText,
  who: {
    controllerHeading: 'Responsable du traitement',
    controller: (name: string) => `${name} est le responsable du traitement de vos données à caractère personnel.`,
    representativeHeading: 'Notre représentant dans l’Union européenne',
    representative: (name: string) =>
      `${name} nous représente dans l’Union européenne (${cite('Art 27')}). Vous pouvez le contacter pour ` +
      `toute question relative au traitement de vos données.`,
    dpoHeading: 'Délégué à la protection des données',
    dpoUnnamed: 'Vous pouvez joindre notre délégué à la protection des données aux coordonnées suivantes.',
    dpoNone:
      'Nous n’avons pas désigné de délégué à la protection des données. Pour toute question relative à ' +
      'vos données, contactez-nous aux coordonnées ci-dessus.',
    name: 'Nom',
    legalForm: 'Forme juridique',
    registration: 'Numéro d’enregistrement',
    address: 'Adresse',
    email: 'E-mail',
    phone: 'Téléphone',
    website: 'Site web',
    status: 'Statut',
    publicBody: 'Autorité publique ou organisme public',
    processorHeading: 'Traitements pour le compte d’autres organisations',
    processorIntro:
      `Nous traitons aussi des données à caractère personnel pour le compte d’autres organisations. Pour ces ` +
      `traitements, chacune d’elles est responsable du traitement (${cite('Art 4(7)')}) et nous sommes son ` +
      `sous-traitant (${cite('Art 4(8)')})\u202f; sa politique de confidentialité s’y applique.`,
    processorController: 'Responsable du traitement',
    processorNotice: 'Sa politique de confidentialité',
  },
  data: {
    intro: 'Nous traitons les catégories suivantes de données à caractère personnel vous concernant.',
    caption: 'Catégories de données à caractère personnel',
    category: 'Catégorie',
    details: 'Contenu',
    source: 'Source',
    examples: (list: string) => `Par exemple\u00a0: ${list}.`,
    special: (label: string, article: string) =>
      `Catégorie particulière de données\u00a0: ${lowerFirst(label)} (${article})`,
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
    provision: (label: string) => `Fourniture des données\u00a0: ${lowerFirst(label)}.`,
    consequence: (text: string) => `Conséquences si vous ne fournissez pas les données\u00a0: ${text}`,
    generalRetention:
      'Durée de conservation des données à caractère personnel pour toute finalité ci-dessous qui n’indique pas ' +
      'de durée propre\u00a0:',
    generalRetentionCell: 'Voir l’indication générale sur la durée de conservation au-dessus du tableau',
    optOut: 'Comment mettre fin à ce traitement\u00a0:',
    optOutLink: 'Page d’opposition',
    /** A noun, not a verb: the recipient's name may be plural ("Les juridictions … (destinataire éventuel)"). */
    mayReceive: 'destinataire éventuel',
    collectsItself: 'collecte directement les données',
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
      isQuotation(law)
        ? `${phrase}, conformément à la loi suivante\u00a0: ${law}`
        : `${phrase}, conformément ${/^les?\s/i.test(law) ? withPreposition('à', law) : `à ${law}`}`,
    law: (law: string) =>
      isQuotation(law)
        ? `pendant la durée prévue par la loi suivante\u00a0: ${law}`
        : `pendant la durée prévue par ${law}`,
    lawThen: (law: string, then: string) =>
      isQuotation(law)
        ? `pendant la durée prévue par la loi suivante\u00a0: ${law}, puis pendant encore ${then}`
        : `pendant la durée prévue par ${law}, puis pendant encore ${then}`,
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
    childConsent: (ages: string) =>
      `Si vous n’avez pas atteint l’âge à partir duquel le droit qui vous est applicable vous permet de consentir ` +
      `vous-même à ce service (${ages}), le consentement est donné ou autorisé par le titulaire de la ` +
      `responsabilité parentale à votre égard (${cite('Art 8(1)')}).`,
    countryAge: (country: string, age: number) => `Âge fixé par le droit national — ${country}\u00a0: ${age} ans.`,
    parentalHow: 'Comment un parent donne ou autorise le consentement\u00a0:',
  },
  minimumAge: (age: number) => `Nos services ne sont pas destinés aux personnes de moins de ${age} ans.`,
  promises: {
    'no-sale': 'Nous ne vendons pas vos données à caractère personnel.',
    'no-sharing-for-advertising':
      'Nous ne communiquons pas vos données à caractère personnel à des tiers pour leur propre publicité.',
    'no-transfer': (outside: string) => `Nous ne transférons pas vos données à caractère personnel ${outside}.`,
    'no-profiling': `Nous n’utilisons pas vos données à caractère personnel à des fins de profilage (${cite('Art 4(4)')}).`,
    'no-special-categories': `Nous ne traitons pas de catégories particulières de données à caractère personnel (${cite('Art 9(1)')}).`,
  },
  changes: {
    notice: (time: string) =>
      `Nous vous informons de toute modification importante de la présente politique ${time} avant son entrée en ` +
      `vigueur.`,
  },
  joint: {
    heading: 'Responsables conjoints du traitement',
    intro:
      `Nous déterminons conjointement avec les organisations suivantes les finalités et les moyens du traitement ` +
      `de vos données à caractère personnel. Les grandes lignes de notre accord figurent ci-dessous (${cite('Art 26(2)')}). ` +
      `Vous pouvez exercer vos droits à l’égard de chacun d’entre nous (${cite('Art 26(3)')}).`,
    purposes: (list: string) => `Pour\u00a0: ${list}`,
    essence: 'Grandes lignes de l’accord',
    contactPoint: 'Point de contact',
    contact: 'Contact',
  },
  recipients: {
    intro: (possible: boolean) =>
      `Les destinataires suivants reçoivent des données à caractère personnel de notre part` +
      `${possible ? ', ou peuvent en recevoir lorsque cela est indiqué' : ''}, chacun uniquement pour les finalités ` +
      `indiquées ci-dessus.`,
    introOthers: (possible: boolean) =>
      `Les destinataires suivants reçoivent également des données à caractère personnel de notre part` +
      `${possible ? ', ou peuvent en recevoir lorsque cela est indiqué' : ''}.`,
    caption: 'Destinataires des données à caractère personnel',
    recipient: 'Destinataire',
    role: 'Rôle',
    category: 'Catégorie',
    country: 'Localisation',
    mayReceive: 'Destinataire éventuel de données à caractère personnel',
    safeguards: 'Engagements auxquels le destinataire est tenu\u00a0:',
    ownHeading: 'Organisations qui collectent elles-mêmes des données',
    ownIntro:
      'Les organisations suivantes collectent elles-mêmes des données à caractère personnel (par exemple une ' +
      'plateforme sur laquelle nous avons une page, ou un fournisseur dont des contenus sont intégrés à notre ' +
      'site web).',
    ownCaption: 'Organisations qui collectent elles-mêmes des données à caractère personnel',
    organisation: 'Organisation',
    mayCollect: 'Peut collecter des données à caractère personnel',
  },
  transfers: {
    item: (n: number) => `Transfert ${n}`,
    transferred: 'Des données à caractère personnel sont transférées vers\u00a0:',
    mayBeTransferred: 'Des données à caractère personnel peuvent être transférées vers\u00a0:',
    recipients: 'Destinataires',
    countries: 'Pays',
    organisations: 'Organisations internationales',
    groundOne: 'Fondement du transfert\u00a0:',
    groundOneOf: 'Le transfert repose sur l’un des fondements suivants\u00a0:',
    adequacyCountry: (country: string) =>
      `La Commission européenne a décidé que le pays suivant assure un niveau de protection adéquat ` +
      `(${cite('Art 45(3)')})\u00a0: ${country}.`,
    adequacyCountryDirective: (country: string) =>
      `La Commission européenne a décidé que le pays suivant assure un niveau de protection adéquat, par une ` +
      `décision adoptée sur la base de la directive 95/46/CE qui demeure en vigueur (${cite('Art 45(9)')})\u00a0: ` +
      `${country}.`,
    adequacyOrganisation: (organisation: string) =>
      `La Commission européenne a décidé que l’organisation internationale suivante assure un niveau de ` +
      `protection adéquat (${cite('Art 45(3)')})\u00a0: ${organisation}.`,
    adequacyGeneric: `Une décision d’adéquation de la Commission européenne (${cite('Art 45(3)')}).`,
    adequacyScope: {
      CA:
        'La décision ne couvre que les destinataires soumis à la loi canadienne sur la protection des ' +
        'renseignements personnels et les documents électroniques (LPRPDE), c’est-à-dire les organisations qui ' +
        'traitent des données à caractère personnel dans le cadre d’activités commerciales.',
      IL:
        'La décision couvre les transferts internationaux automatisés, ainsi que les transferts non automatisés ' +
        'qui font l’objet d’un traitement automatisé ultérieur en Israël.',
      JP:
        'La décision ne couvre que les destinataires qui sont des exploitants d’entreprise traitant des ' +
        'informations personnelles au sens de la loi japonaise sur la protection des informations personnelles ' +
        '(APPI), qui appliquent les règles complémentaires.',
      KR:
        'La décision couvre les destinataires soumis à la loi de la République de Corée sur la protection des ' +
        'informations personnelles (PIPA), mais pas les informations de crédit personnelles traitées par les ' +
        'établissements financiers contrôlés par la Commission des services financiers.',
    },
    adequacyScopeOther: (scope: string) => `La décision ne couvre que\u00a0: ${scope}.`,
    dpf:
      `La Commission européenne a décidé que les États-Unis assurent un niveau de protection adéquat pour les ` +
      `organisations certifiées au titre du cadre de protection des données UE–États-Unis (${cite('Art 45(3)')})\u202f; ` +
      `le transfert repose sur la certification du destinataire.`,
    safeguards: (what: string, article: string) => `Garanties appropriées (${article})\u00a0: ${what}.`,
    safeguard: {
      scc: ['des clauses types de protection des données adoptées par la Commission européenne', 'Art 46(2)(c)'],
      bcr: ['des règles d’entreprise contraignantes approuvées par l’autorité de contrôle compétente', 'Art 47'],
      'legally-binding-instrument': [
        'un instrument juridiquement contraignant et exécutoire entre les autorités publiques ou les organismes publics',
        'Art 46(2)(a)',
      ],
      'code-of-conduct': [
        'un code de conduite approuvé, assorti de l’engagement contraignant et exécutoire pris par le destinataire ' +
          'd’appliquer les garanties appropriées',
        'Art 46(2)(e)',
      ],
      certification: [
        'un mécanisme de certification approuvé, assorti de l’engagement contraignant et exécutoire pris par le ' +
          'destinataire d’appliquer les garanties appropriées',
        'Art 46(2)(f)',
      ],
      'ad-hoc-clauses': [
        'des clauses contractuelles conclues avec le destinataire et autorisées par l’autorité de contrôle compétente',
        'Art 46(3)(a)',
      ],
    },
    derogation: (because: string) =>
      `En l’absence de décision d’adéquation et de garanties appropriées, le transfert a lieu ${because}.`,
    because: {
      'derogation-contract':
        `parce qu’il est nécessaire à l’exécution d’un contrat entre vous et nous ou à la mise en œuvre de mesures ` +
        `précontractuelles prises à votre demande (${cite('Art 49(1)(b)')})`,
      'derogation-contract-in-interest':
        `parce qu’il est nécessaire à la conclusion ou à l’exécution d’un contrat conclu dans votre intérêt entre ` +
        `nous et une autre personne (${cite('Art 49(1)(c)')})`,
      'derogation-public-interest': `parce qu’il est nécessaire pour des motifs importants d’intérêt public (${cite('Art 49(1)(d)')})`,
      'derogation-legal-claims':
        `parce qu’il est nécessaire à la constatation, à l’exercice ou à la défense de droits en justice ` +
        `(${cite('Art 49(1)(e)')})`,
      'derogation-vital-interests':
        `parce qu’il est nécessaire à la sauvegarde de vos intérêts vitaux ou de ceux d’autres personnes, lorsque ` +
        `vous êtes dans l’incapacité physique ou juridique de donner votre consentement (${cite('Art 49(1)(f)')})`,
      'derogation-public-register':
        `au départ d’un registre qui, conformément au droit de l’Union ou au droit d’un État membre, est destiné à ` +
        `fournir des informations au public et est ouvert à la consultation (${cite('Art 49(1)(g)')})`,
    },
    derogationConsent:
      `En l’absence de décision d’adéquation et de garanties appropriées, le transfert n’a lieu que si vous y avez ` +
      `explicitement consenti après avoir reçu de notre part l’information sur les risques qu’il peut comporter ` +
      `pour vous (${cite('Art 49(1)(a)')}). Ces risques tiennent à ce que, sans décision d’adéquation ni garanties ` +
      `appropriées, vos données pourraient ne pas y être protégées comme dans l’Espace économique européen, et à ` +
      `ce que vous pourriez ne pas être en mesure d’y faire valoir vos droits ou d’y obtenir un recours effectif.`,
    derogationCompelling:
      `En l’absence de décision d’adéquation et de garanties appropriées, et lorsqu’aucun autre fondement ne ` +
      `s’applique, le transfert a lieu parce qu’il est nécessaire aux fins d’intérêts légitimes impérieux que nous ` +
      `poursuivons et sur lesquels ne prévalent pas vos intérêts ou vos droits et libertés. Ce fondement n’est ` +
      `ouvert qu’à un transfert qui ne revêt pas de caractère répétitif, ne touche qu’un nombre limité de ` +
      `personnes et pour lequel nous avons offert des garanties appropriées\u202f; l’autorité de contrôle est ` +
      `informée du transfert (${cite('Art 49(1) second subparagraph')}).`,
    compellingInterest: 'Les intérêts légitimes impérieux\u00a0:',
    otherGround: (label: string) => `Fondement indiqué\u00a0: ${lowerFirst(label)}.`,
    copy: 'Comment obtenir une copie des garanties',
  },
  rights: {
    intro: 'Vous disposez des droits suivants à l’égard de vos données à caractère personnel.',
    text: {
      access:
        `Vous pouvez obtenir la confirmation que des données à caractère personnel vous concernant sont ou ne sont ` +
        `pas traitées et, lorsqu’elles le sont, l’accès à ces données ainsi que les informations suivantes\u00a0: les ` +
        `finalités du traitement\u202f; les catégories de données\u202f; les destinataires ou catégories de ` +
        `destinataires, en particulier dans des pays tiers ou des organisations internationales, et les garanties ` +
        `appropriées encadrant ces transferts\u202f; la durée de conservation envisagée ou, lorsque ce n’est pas possible, les ` +
        `critères utilisés pour la déterminer\u202f; votre droit de demander la rectification ou l’effacement des ` +
        `données ou une limitation du traitement, et votre droit de vous opposer au traitement\u202f; votre droit ` +
        `d’introduire une réclamation auprès d’une autorité de contrôle\u202f; lorsque les données ne sont pas ` +
        `collectées auprès de vous, toute information disponible quant à leur source\u202f; et l’existence d’une ` +
        `prise de décision automatisée, y compris un profilage, avec des informations utiles concernant la logique ` +
        `sous-jacente ainsi que l’importance et les conséquences prévues de ce traitement pour vous ` +
        `(${cite('Art 15(1), 15(2)')}). Vous pouvez obtenir une copie des données\u202f; ce droit ne porte pas ` +
        `atteinte aux droits et libertés d’autrui (${cite('Art 15(3), 15(4)')}).`,
      rectification:
        `Vous pouvez obtenir, dans les meilleurs délais, la rectification des données à caractère personnel vous ` +
        `concernant qui sont inexactes et, compte tenu des finalités du traitement, obtenir que les données ` +
        `incomplètes soient complétées, y compris en fournissant une déclaration complémentaire (${cite('Art 16')}).`,
      erasure:
        `Vous pouvez obtenir l’effacement, dans les meilleurs délais, de données à caractère personnel vous ` +
        `concernant lorsque l’un des motifs suivants s’applique\u00a0: les données ne sont plus nécessaires au ` +
        `regard des finalités pour lesquelles elles ont été collectées ou traitées d’une autre manière\u202f; vous ` +
        `retirez le consentement sur lequel est fondé le traitement et il n’existe pas d’autre fondement juridique ` +
        `au traitement\u202f; vous vous opposez au traitement en vertu de l’${cite('Art 21(1)')} et il n’existe pas ` +
        `de motif légitime impérieux pour le traitement, ou vous vous y opposez en vertu de l’${cite('Art 21(2)')}\u202f; ` +
        `les données ont fait l’objet d’un traitement illicite\u202f; les données doivent être effacées pour ` +
        `respecter une obligation légale\u202f; ou les données ont été collectées dans le cadre de l’offre de ` +
        `services de la société de l’information à un enfant (${cite('Art 17(1)')}). Ce droit ne s’applique pas ` +
        `dans la mesure où le traitement est nécessaire à l’exercice du droit à la liberté d’expression et ` +
        `d’information\u202f; pour respecter une obligation légale ou pour exécuter une mission d’intérêt public ou ` +
        `relevant de l’exercice de l’autorité publique\u202f; pour des motifs d’intérêt public dans le domaine de la ` +
        `santé publique\u202f; à des fins archivistiques dans l’intérêt public, à des fins de recherche scientifique ` +
        `ou historique ou à des fins statistiques, lorsque l’effacement rendrait impossible ou compromettrait ` +
        `gravement la réalisation de ces finalités\u202f; ou à la constatation, à l’exercice ou à la défense de ` +
        `droits en justice (${cite('Art 17(3)')}).`,
      restriction:
        `Vous pouvez obtenir la limitation du traitement des données à caractère personnel vous concernant ` +
        `lorsque\u00a0: vous contestez l’exactitude des données, pendant une durée nous permettant de la ` +
        `vérifier\u202f; le traitement est illicite et vous vous opposez à l’effacement des données et exigez à la ` +
        `place la limitation de leur utilisation\u202f; nous n’avons plus besoin des données aux fins du ` +
        `traitement, mais celles-ci vous sont encore nécessaires pour la constatation, l’exercice ou la défense de ` +
        `droits en justice\u202f; ou vous avez fait opposition au traitement en vertu de l’${cite('Art 21(1)')}, ` +
        `pendant la vérification portant sur le point de savoir si nos motifs légitimes prévalent sur les vôtres ` +
        `(${cite('Art 18(1)')}). Les données ainsi limitées ne peuvent alors, à l’exception de leur conservation, ` +
        `être traitées qu’avec votre consentement, pour la constatation, l’exercice ou la défense de droits en ` +
        `justice, pour la protection des droits d’une autre personne ou pour des motifs importants d’intérêt public ` +
        `(${cite('Art 18(2)')})\u202f; nous vous informons avant que la limitation ne soit levée (${cite('Art 18(3)')}).`,
      portability:
        `Lorsque le traitement est fondé sur votre consentement ou sur un contrat et est effectué à l’aide de ` +
        `procédés automatisés, vous pouvez recevoir les données à caractère personnel vous concernant que vous nous ` +
        `avez fournies, dans un format structuré, couramment utilisé et lisible par machine, et les transmettre à ` +
        `un autre responsable du traitement\u202f; lorsque cela est techniquement possible, vous pouvez obtenir ` +
        `qu’elles soient transmises directement par nous à un autre responsable du traitement ` +
        `(${cite('Art 20(1), 20(2)')}). Ce droit ne s’applique pas au traitement nécessaire à l’exécution d’une ` +
        `mission d’intérêt public ou relevant de l’exercice de l’autorité publique (${cite('Art 20(3)')}) et ne ` +
        `porte pas atteinte aux droits et libertés de tiers (${cite('Art 20(4)')}).`,
      objection:
        `Vous pouvez vous opposer à un traitement fondé sur nos intérêts légitimes ou sur une mission d’intérêt ` +
        `public ou relevant de l’exercice de l’autorité publique, et à tout moment à la prospection (${cite('Art 21')}).`,
      'automated-decisions':
        `Vous avez le droit de ne pas faire l’objet d’une décision fondée exclusivement sur un traitement ` +
        `automatisé, y compris le profilage, produisant des effets juridiques vous concernant ou vous affectant de ` +
        `manière significative de façon similaire, sauf si la décision est nécessaire à un contrat conclu avec ` +
        `vous, autorisée par la loi ou fondée sur votre consentement explicite\u202f; lorsqu’elle est nécessaire à ` +
        `un contrat ou fondée sur votre consentement explicite, vous pouvez obtenir une intervention humaine de ` +
        `notre part, exprimer votre point de vue et contester la décision (${cite('Art 22(1), 22(2), 22(3)')}).`,
      'withdraw-consent':
        `Lorsque le traitement est fondé sur votre consentement, vous pouvez le retirer à tout moment, aussi ` +
        `simplement que vous l’avez donné\u202f; le retrait ne compromet pas la licéité du traitement fondé sur le ` +
        `consentement effectué avant ce retrait (${cite('Art 7(3)')}).`,
      complaint:
        'Vous pouvez introduire une réclamation auprès d’une autorité de contrôle (voir ci-dessous la rubrique ' +
        '«\u202fRéclamations\u202f»).',
    },
    objectionHeading: 'Votre droit d’opposition',
    objectionLead: (citation: string) => citation,
    objectionHow: (contact: string) => `Pour vous opposer à un traitement, contactez-nous à l’adresse ${contact}.`,
    objectionHowFallback: `Pour vous opposer à un traitement, contactez-nous aux coordonnées indiquées à la rubrique ${WHO}.`,
    exerciseHeading: 'Comment exercer vos droits',
    exercise: (contact: string) => `Pour exercer l’un de ces droits, contactez-nous à l’adresse ${contact}.`,
    exerciseFallback: `Pour exercer l’un de ces droits, contactez-nous aux coordonnées indiquées à la rubrique ${WHO}.`,
    responseTime: (time: string) =>
      `Nous vous informons des mesures prises à la suite de votre demande dans les meilleurs délais et ` +
      `au plus tard ${time === '1 mois' ? 'un mois' : time} après sa réception. Au besoin, compte tenu de la complexité et du nombre de ` +
      `demandes, ce délai peut être prolongé de deux mois\u202f; nous vous informons alors de cette prolongation ` +
      `et des motifs du report dans un délai d’un mois à compter de la réception de votre demande (${cite('Art 12(3)')}).`,
    free:
      `L’exercice de ces droits est gratuit. Un responsable du traitement ne peut exiger le paiement de frais ` +
      `raisonnables tenant compte des coûts administratifs, ou refuser de donner suite à une demande, que ` +
      `lorsque la demande est manifestement infondée ou excessive, notamment en raison de son caractère ` +
      `répétitif (${cite('Art 12(5)')}). Il peut en outre exiger le paiement de frais raisonnables basés sur les ` +
      `coûts administratifs pour toute copie supplémentaire des données demandée (${cite('Art 15(3)')}).`,
    portabilityPurposes: (list: string) =>
      `Il porte sur les données que vous nous avez fournies pour les finalités suivantes\u00a0: ${list}.`,
    citation: (label: string, article: string) => `${label} (${article})`,
    restrictedBy: (law: string) => `Limité par la loi\u00a0: ${law}`,
    restrictionScope: 'Cas concernés\u00a0:',
  },
  objection: {
    general:
      `Vous avez le droit de vous opposer à tout moment, pour des raisons tenant à votre situation particulière, ` +
      `au traitement de vos données à caractère personnel fondé sur nos intérêts légitimes ou sur une mission ` +
      `d’intérêt public ou relevant de l’exercice de l’autorité publique dont nous sommes investis, y compris à un ` +
      `profilage fondé sur ces dispositions (${cite('Art 21(1)')}). Nous cessons alors ce traitement, à moins de ` +
      `démontrer qu’il existe des motifs légitimes et impérieux pour le traitement qui prévalent sur vos intérêts ` +
      `et vos droits et libertés, ou que le traitement est nécessaire à la constatation, à l’exercice ou à la ` +
      `défense de droits en justice.`,
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
      `Pour exercer l’un de ces droits, adressez-vous à la personne suivante\u00a0: ${name}${how ? ` (${how})` : ''}.`,
    channels: 'Vous pouvez introduire votre demande\u00a0:',
    channel: (kind: string, value: string) => (value ? `${kind}\u00a0: ${value}` : kind),
    identityHeading: 'Confirmation de votre identité',
    identityIntro:
      `Lorsque nous avons des doutes raisonnables quant à l’identité de la personne qui présente une demande, ` +
      `nous pouvons demander les informations supplémentaires nécessaires pour la confirmer (${cite('Art 12(6)')}).`,
    identityHow: 'Comment nous confirmons l’identité\u00a0:',
  },
  complaints: {
    authority: (name: string) => `Autorité de contrôle compétente à notre égard\u00a0: ${name}`,
    directory: (link: string) => `Liste des autorités de contrôle\u00a0: ${link}`,
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
    description: 'Description',
    provider: 'Fournisseur',
    purpose: 'Finalité',
    duration: 'Durée',
    type: 'Type',
    party: 'Origine',
    session: 'Jusqu’à la fermeture de votre navigateur',
    settingsHeading: 'Vos choix en matière de cookies',
  },
  security: {
    intro:
      `Nous protégeons vos données à caractère personnel au moyen des mesures techniques et organisationnelles ` +
      `suivantes (${cite('Art 32')}).`,
  },
  missing: {
    'missing-retention': `Durée de conservation manquante — ${cite('Art 13(2)(a)')}`,
    'missing-legal-basis': `Base juridique manquante — ${cite('Art 13(1)(c)')}`,
    'missing-legitimate-interest': `Intérêt légitime non précisé — ${cite('Art 13(1)(d)')}`,
    'missing-special-category-condition': `Condition pour les catégories particulières de données manquante — ${cite('Art 9(2)')}`,
    'missing-law-reference': `Loi qui établit l’obligation légale non précisée — ${cite('Art 13(1)(c)')}`,
    'missing-controller-contact': `Coordonnées du responsable du traitement manquantes — ${cite('Art 13(1)(a)')}`,
    'missing-dpo': `Désignation éventuelle d’un délégué à la protection des données non précisée — ${cite('Art 13(1)(b)')}`,
    'missing-automated-decisions': `Décisions automatisées non précisées — ${cite('Art 13(2)(f)')}`,
    'missing-source': `Source des données manquante — ${cite('Art 14(2)(f)')}`,
    'missing-provision':
      `Caractère réglementaire ou contractuel de l’exigence de fourniture des données, et conséquences de leur ` +
      `non-fourniture, non précisés — ${cite('Art 13(2)(e)')}`,
    'missing-provision/beside-consequence': `Caractère réglementaire ou contractuel de l’exigence de fourniture des données non précisé — ${cite('Art 13(2)(e)')}`,
    'missing-transfer-safeguard':
      `Fondement du transfert (décision d’adéquation, type de garantie ou dérogation) non précisé — ` +
      `${cite('Art 13(1)(f)')}`,
    'missing-transfer-copy': `Moyen d’obtenir une copie des garanties non précisé — ${cite('Art 13(1)(f)')}`,
    'missing-compelling-interest': `Intérêts légitimes impérieux non précisés — ${cite('Art 49(1) second subparagraph')}`,
    'transfer-without-destination': `Destination du transfert non précisée — ${cite('Art 13(1)(f)')}`,
    'missing-consequence': `Conséquences de la non-fourniture des données non précisées — ${cite('Art 13(2)(e)')}`,
    'unknown-reference': 'Non défini dans le document',
    'missing-parental-consent': `Modalités du consentement parental non précisées — ${cite('Art 8(2)')}`,
    'missing-joint-arrangement': `Grandes lignes de l’accord entre responsables conjoints manquantes — ${cite('Art 26(2)')}`,
    'restriction-without-law': `Loi qui limite le droit non précisée — ${cite('Art 23(2)')}`,
    'unnamed-cookie': 'Nom du cookie non précisé — article 5.3 de la directive 2002/58/CE',
    'missing-field/title': 'Titre de la politique non précisé',
    'missing-field/section-title': 'Titre de cette section non précisé',
    'missing-field/controller': `Nom et coordonnées du responsable du traitement non précisés — ${cite('Art 13(1)(a)')}`,
    'missing-field/controller-name': `Nom du responsable du traitement non précisé — ${cite('Art 13(1)(a)')}`,
    'missing-field/purposes': `Finalités du traitement non précisées — ${cite('Art 13(1)(c)')}`,
    'missing-field/data': 'Catégories de données à caractère personnel non précisées',
    'missing-field/purpose-data': 'Données utilisées pour cette finalité non précisées',
    'invalid-mechanism': INVALID_MECHANISM.fr,
  },
  placeholder: (what: string) => `À compléter\u00a0: ${what}`,
  renderFailed:
    'Cette politique de confidentialité ne peut pas être affichée, car sa source n’a pas pu être lue. ' +
    'Veuillez contacter l’organisation qui l’a publiée.',
};
