// What the Swiss FADP says in the notice, in each notice language (docs/language.md, "Laws"), in the terms of its
// language versions: German (DSG, EDÖB) and French (LPD, PFPDT) are authentic; English notices use the Fedlex
// translation's terms (FADP, FDPIC), and Dutch notices too, the Act having no Dutch version. The FADP gives no right
// to complain with party status: a person reports to the FDPIC, who decides whether to investigate (Art 49) and does
// not make the reporter a party (Art 52(2)). Art 30(2)(b) is not a free-standing right to object: processing
// against a person's express declaration of will breaches their personality unless justified (Art 31), enforced by
// the claims of Art 32(2). Every destination abroad is named, adequate or not, with the safeguard or exception relied
// on where applicable (Art 19(4)). Arguments are HTML with author text already escaped.
import {
  INVALID_MECHANISM,
  transferItem,
  type LawAutomatedText,
  type LawBlock,
  type LawFacts,
  type LawNotice,
  type LawOverrides,
  type LawTransferGround,
} from '../notice';

interface ChWords {
  heading: string;
  /** "outside the United Kingdom", as a sentence continues after a verb of transferring (a promise). */
  outside: string;
  intro: string;
  territory: string;
  transfersHeading: string;
  transfersIntro: string;
  transferLine: (destinations: string, grounds: string, possible: boolean) => string;
  oneOf: (grounds: string[]) => string;
  copy: (copy: string) => string;
  adequate: string;
  swissUsDpf: string;
  scc: string;
  representativeHeading: string;
  representative: (name: string) => string;
  complaintsHeading: string;
  report: (name: string) => string;
  reportOutcome: string;
  rightsHeading: string;
  access: string;
  accessFee: string;
  responseTime: string;
  portability: string;
  rectification: string;
  claims: string;
  expressWill: string;
  automatedReview: string;
  exercise: (contact: string | undefined) => string;
  automated: LawAutomatedText;
  notesHeading: string;
  missingCountry: string;
  missingRefusal: string;
  invalidMechanism: string;
  /** Adequacy for a destination Annex 1 DPO does not list (rule invalid-adequacy). */
  unlisted: string;
  /** The exceptions of Art 21(3) for one decision: a contract that grants the request (a), express consent (b). */
  contractException: string;
  consentException: string;
  /** The exceptions of Art 17(1) in the FADP's own terms (its tests differ from Art 49 GDPR's). */
  mechanismLabels: Readonly<Record<string, string>>;
  /** The data protection advisor of Art 10 FADP; with the EU GDPR served too, also its Art 37 officer. */
  advisor: { heading: string; unnamed: string; none: string; headingWithGdpr: string; unnamedWithGdpr: string };
  overrides: LawOverrides;
}

const en: ChWords = {
  heading: 'Additional information for people in Switzerland',
  intro:
    'For people in Switzerland, our processing of personal data is also subject to the Federal Act on Data ' +
    'Protection (FADP) and its Ordinance (DPO). This section sets out what differs for them from the rest of this ' +
    'notice.',
  territory: 'Switzerland',
  transfersHeading: 'Disclosure of personal data abroad',
  outside: 'outside Switzerland',
  transfersIntro:
    'We disclose personal data to recipients in the following States or international bodies outside Switzerland; ' +
    'where applicable, we name the safeguard or exception we rely on (Art 19(4) FADP).',
  transferLine: (destinations, grounds, possible) =>
    `${destinations ? `${possible ? 'Possibly to' : 'To'} ${destinations}` : `${possible ? 'Possibly abroad' : 'Abroad'} (State not named)`}${grounds ? `: ${grounds}` : ''}`,
  oneOf: (grounds) => `on one of the following grounds: ${grounds.join('; ')}`,
  copy: (copy) => `How to get a copy: ${copy}`,
  adequate: 'the Federal Council has found its data protection adequate (Art 16(1) FADP, Annex 1 DPO)',
  swissUsDpf:
    'recipients certified under the Swiss–US Data Privacy Framework, whose protection the Federal Council has found ' +
    'adequate (Art 16(1) FADP, Annex 1 DPO)',
  scc: 'standard data protection clauses recognised by the FDPIC, with the adaptations Swiss law requires (Art 16(2)(d) FADP)',
  representativeHeading: 'Our representative in Switzerland',
  representative: (name) =>
    `${name} represents us in Switzerland (Art 14 FADP). You can contact them about any question on the processing ` +
    `of your data.`,
  complaintsHeading: 'Reporting to the supervisory authority',
  report: (name) =>
    `You can report a suspected breach of data protection rules to the supervisory authority (Art 49(1) FADP): ${name}.`,
  reportOutcome:
    'The authority decides whether to open an investigation. Where you are the person concerned, it tells you what ' +
    'it did and the outcome of any investigation (Art 49(4) FADP); you are not a party to its proceedings ' +
    '(Art 52(2) FADP).',
  rightsHeading: 'Your rights under the FADP',
  access:
    'Right to information (access) (Art 25 FADP): you can ask whether we process personal data about you and, if ' +
    'we do, receive the data and the information you need to assert your rights, including how long we keep it ' +
    '(Art 25(2) FADP).',
  accessFee:
    'We answer free of charge. Only where answering takes disproportionate effort may we ask for a contribution to ' +
    'costs of at most CHF 300. We tell you the amount before answering; if you do not confirm your request within ' +
    'ten days, it counts as withdrawn, at no cost to you, and the 30 days run from the end of those ten days ' +
    '(Art 25(6) FADP, Art 19 DPO).',
  responseTime:
    'We answer within 30 days. If we cannot, we tell you within that time when you will receive the information ' +
    '(Art 25(7) FADP, Art 18 DPO).',
  portability:
    'Right to data portability (Art 28 FADP): you can ask to receive, in a common electronic format, the personal ' +
    'data you gave us where we process it automatically with your consent or in direct connection with a contract ' +
    'with you, or to have it transmitted to another controller where that does not take disproportionate effort.',
  rectification:
    'Rectification (Art 32(1) FADP): you can ask us to correct inaccurate personal data about you, unless a ' +
    'statutory provision forbids the change or the data is processed for archiving in the public interest.',
  claims:
    'To protect your personality you can also bring an action before the civil courts (Art 32(2) FADP, with ' +
    'Articles 28, 28a and 28g–28l of the Civil Code), in particular to have a given processing prohibited, a given ' +
    'disclosure to third parties forbidden, or your personal data deleted or destroyed.',
  expressWill:
    'If you tell us expressly that you do not want your personal data processed, processing it nonetheless breaches ' +
    'your personality unless your consent, an overriding private or public interest or the law justifies it ' +
    '(Art 30(2)(b), 31(1) FADP).',
  automatedReview:
    'Where we take an automated individual decision about you, you can state your point of view and ask for the ' +
    'decision to be reviewed by a natural person, unless it is directly connected with the conclusion or performance ' +
    'of a contract with you and grants your request, or you expressly consented to the decision being automated ' +
    '(Art 21(2)–(3) FADP).',
  exercise: (contact) =>
    contact
      ? `To exercise these rights, contact us at ${contact}.`
      : 'To exercise these rights, contact us using the details in this notice.',
  automated: {
    none:
      'We do not take decisions about you based exclusively on automated processing that have legal consequences ' +
      'for you or significantly affect you (automated individual decisions, Art 21 FADP).',
    intro:
      'We take the following decisions about you based exclusively on automated processing (automated individual ' +
      'decisions, Art 21(1) FADP).',
    safeguards:
      'On request, you can state your point of view and ask for the decision to be reviewed by a natural person, ' +
      'unless it is directly connected with the conclusion or performance of a contract with you and grants your ' +
      'request, or you expressly consented to the decision being automated (Art 21(2)–(3) FADP).',
    lawSafeguards:
      'On request, you can state your point of view and ask for the decision to be reviewed by a natural person ' +
      '(Art 21(2) FADP).',
  },
  notesHeading: 'Further information',
  missingCountry: 'States of the disclosure abroad missing — Art 19(4) FADP',
  missingRefusal: 'How to refuse cookies missing — Art 45c(b) FMG',
  invalidMechanism: INVALID_MECHANISM.en,
  unlisted: 'Not listed in Annex 1 DPO — Art 16(1) FADP',
  contractException:
    'This decision is directly connected with the conclusion or performance of a contract with you. Where it grants ' +
    'your request, neither our duty to inform you of it nor your right to state your point of view and to have it ' +
    'reviewed applies (Art 21(3)(a) FADP); otherwise you can, on request, state your point of view and ask for the ' +
    'decision to be reviewed by a natural person (Art 21(2) FADP).',
  consentException:
    'You expressly consented to this decision being automated; neither our duty to inform you of it nor your right ' +
    'to state your point of view and to have it reviewed by a natural person therefore applies (Art 21(3)(b) FADP).',
  mechanismLabels: {
    adequacy: 'Adequate protection (Annex 1 DPO)',
    'derogation-consent': 'Express consent',
    'derogation-contract': 'Direct connection with a contract with you',
    'derogation-contract-in-interest': 'Direct connection with a contract concluded in your interest',
    'derogation-public-interest': 'Overriding public interest',
    'derogation-legal-claims':
      'Establishing, exercising or enforcing legal claims before a court or another competent foreign authority',
    'derogation-vital-interests': 'Protecting the life or physical integrity of you or a third party',
    'derogation-public-register': 'Data from a register provided for by law',
  },
  // The authentic texts say "Berater"/"conseiller" (adviser); the Fedlex English translation's "data protection
  // officer" would be taken for the officer of Art 37 GDPR, and "DPO" is the Ordinance in these notices.
  advisor: {
    heading: 'Data protection advisor',
    unnamed: 'You can reach our data protection advisor (Art 10 FADP) as follows.',
    none:
      'We have not appointed a data protection advisor (Art 10 FADP). For any question about your data, contact us ' +
      'using the details above.',
    headingWithGdpr: 'Data protection advisor and data protection officer',
    unnamedWithGdpr:
      'You can reach our data protection advisor (Art 10 FADP) and data protection officer (Art 37 GDPR) as follows.',
  },
  overrides: {
    purposesHeading: 'Why we use your data',
    purposesIntro: 'For each purpose we tell you the data we use, how long we keep it and who receives it.',
    special: (label) => `Sensitive personal data: ${label} (Art 5(c) FADP)`,
    criminal: 'Data on administrative or criminal proceedings or sanctions: sensitive personal data (Art 5(c) FADP)',
    profiling: 'Includes profiling (Art 5(f) FADP)',
    research: 'Research, planning or statistics',
    children: 'Service offered directly to children',
    parentalConsent: 'How the holder of parental authority gives or authorises consent:',
    securityIntro:
      'We protect your personal data with the following technical and organisational measures (Art 8 FADP).',
  },
};

const fr: ChWords = {
  heading: 'Informations complémentaires pour les personnes en Suisse',
  intro:
    'Pour les personnes en Suisse, notre traitement des données personnelles est également soumis à la loi ' +
    'fédérale sur la protection des données (LPD) et à son ordonnance (OPDo). Cette section indique ce qui, pour ' +
    'elles, diffère du reste de la présente déclaration.',
  territory: 'la Suisse',
  transfersHeading: 'Communication de données personnelles à l’étranger',
  outside: 'hors de Suisse',
  transfersIntro:
    'Nous communiquons des données personnelles à des destinataires dans les États ou organismes internationaux ' +
    'suivants hors de Suisse\u00a0; le cas échéant, nous indiquons la garantie ou la dérogation sur laquelle nous ' +
    'nous fondons (art. 19, al. 4, LPD).',
  transferLine: (destinations, grounds, possible) =>
    `${destinations ? `${possible ? 'Éventuellement vers' : 'Vers'} ${destinations}` : `${possible ? 'Éventuellement à l’étranger' : 'À l’étranger'} (État non précisé)`}${grounds ? `\u00a0: ${grounds}` : ''}`,
  oneOf: (grounds) => `sur l’un des fondements suivants\u00a0: ${grounds.join('\u00a0; ')}`,
  copy: (copy) => `Comment en obtenir une copie\u00a0: ${copy}`,
  adequate:
    'le Conseil fédéral a constaté que sa législation assure un niveau de protection adéquat (art. 16, al. 1, LPD, ' +
    'annexe 1 OPDo)',
  swissUsDpf:
    'destinataires certifiés selon le cadre de protection des données entre la Suisse et les États-Unis, dont le ' +
    'Conseil fédéral a constaté le niveau de protection adéquat (art. 16, al. 1, LPD, annexe 1 OPDo)',
  scc:
    'clauses types de protection des données reconnues par le PFPDT, avec les adaptations requises par le droit ' +
    'suisse (art. 16, al. 2, let. d, LPD)',
  representativeHeading: 'Notre représentant en Suisse',
  representative: (name) =>
    `${name} nous représente en Suisse (art. 14 LPD). Vous pouvez le contacter pour toute question relative au ` +
    `traitement de vos données.`,
  complaintsHeading: 'Dénonciation à l’autorité de surveillance',
  report: (name) =>
    `Vous pouvez dénoncer une violation présumée des prescriptions de protection des données à l’autorité de ` +
    `surveillance (art. 49, al. 1, LPD)\u00a0: ${name}.`,
  reportOutcome:
    'L’autorité décide s’il y a lieu d’ouvrir une enquête. Si vous êtes la personne concernée, elle vous informe des ' +
    'suites données à votre dénonciation et du résultat d’une éventuelle enquête (art. 49, al. 4, LPD)\u00a0; vous ' +
    'n’avez pas la qualité de partie dans la procédure (art. 52, al. 2, LPD).',
  rightsHeading: 'Vos droits selon la LPD',
  access:
    'Droit d’accès (art. 25 LPD)\u00a0: vous pouvez demander si nous traitons des données personnelles vous ' +
    'concernant et, le cas échéant, recevoir ces données et les informations nécessaires pour faire valoir vos ' +
    'droits, y compris leur durée de conservation (art. 25, al. 2, LPD).',
  accessFee:
    'La réponse est gratuite. Ce n’est que si elle exige des efforts disproportionnés que nous pouvons demander une ' +
    'participation aux frais de 300 francs au plus. Nous vous en communiquons le montant avant de répondre\u00a0; si ' +
    'vous ne confirmez pas votre demande dans les dix jours, elle est considérée comme retirée, sans frais pour vous, ' +
    'et le délai de 30 jours court dès la fin de ces dix jours (art. 25, al. 6, LPD, art. 19 OPDo).',
  responseTime:
    'Nous répondons dans les 30 jours. Si nous ne le pouvons pas, nous vous indiquons dans ce délai quand vous ' +
    'recevrez les renseignements (art. 25, al. 7, LPD, art. 18 OPDo).',
  portability:
    'Droit à la remise ou à la transmission des données personnelles (art. 28 LPD)\u00a0: vous pouvez demander à ' +
    'recevoir, dans un format électronique couramment utilisé, les données personnelles que vous nous avez ' +
    'communiquées lorsque nous les traitons de manière automatisée avec votre consentement ou en relation directe ' +
    'avec un contrat conclu avec vous, ou à les faire transmettre à un autre responsable du traitement si cela ' +
    'n’exige pas d’efforts disproportionnés.',
  rectification:
    'Rectification (art. 32, al. 1, LPD)\u00a0: vous pouvez demander que des données personnelles inexactes vous ' +
    'concernant soient rectifiées, sauf si une disposition légale l’interdit ou si les données sont traitées à des ' +
    'fins d’archivage dans l’intérêt public.',
  claims:
    'Pour protéger votre personnalité, vous pouvez aussi intenter une action devant les tribunaux civils (art. 32, ' +
    'al. 2, LPD, en relation avec les articles 28, 28a et 28g à 28l du Code civil suisse), en particulier pour faire ' +
    'interdire un traitement déterminé, faire interdire une communication déterminée à des tiers ou faire effacer ou ' +
    'détruire vos données personnelles.',
  expressWill:
    'Si vous nous déclarez expressément ne pas vouloir que vos données personnelles soient traitées, les traiter ' +
    'néanmoins porte atteinte à votre personnalité, sauf si votre consentement, un intérêt prépondérant privé ou ' +
    'public ou la loi le justifie (art. 30, al. 2, let. b, et art. 31, al. 1, LPD).',
  automatedReview:
    'Lorsque nous prenons à votre sujet une décision individuelle automatisée, vous pouvez faire valoir votre point ' +
    'de vue et demander que la décision soit revue par une personne physique, sauf si elle est en relation directe ' +
    'avec la conclusion ou l’exécution d’un contrat conclu avec vous et fait droit à votre demande, ou si vous avez ' +
    'expressément consenti à ce que la décision soit automatisée (art. 21, al. 2 et 3, LPD).',
  exercise: (contact) =>
    contact
      ? `Pour exercer ces droits, contactez-nous à ${contact}.`
      : 'Pour exercer ces droits, contactez-nous au moyen des coordonnées figurant dans la présente déclaration.',
  automated: {
    none:
      'Nous ne prenons à votre sujet aucune décision fondée exclusivement sur un traitement automatisé qui a des ' +
      'effets juridiques pour vous ou vous affecte de manière significative (décisions individuelles automatisées, ' +
      'art. 21 LPD).',
    intro:
      'Nous prenons à votre sujet les décisions suivantes fondées exclusivement sur un traitement automatisé ' +
      '(décisions individuelles automatisées, art. 21, al. 1, LPD).',
    safeguards:
      'Sur demande, vous pouvez faire valoir votre point de vue et demander que la décision soit revue par une ' +
      'personne physique, sauf si elle est en relation directe avec la conclusion ou l’exécution d’un contrat conclu ' +
      'avec vous et fait droit à votre demande, ou si vous avez expressément consenti à ce que la décision soit ' +
      'automatisée (art. 21, al. 2 et 3, LPD).',
    lawSafeguards:
      'Sur demande, vous pouvez faire valoir votre point de vue et demander que la décision soit revue par une ' +
      'personne physique (art. 21, al. 2, LPD).',
  },
  notesHeading: 'Autres informations',
  missingCountry: 'États de la communication à l’étranger manquants — art. 19, al. 4, LPD',
  missingRefusal: 'Manière de refuser les cookies manquante — art. 45c, let. b, LTC',
  invalidMechanism: INVALID_MECHANISM.fr,
  unlisted: 'Ne figure pas à l’annexe 1 OPDo — art. 16, al. 1, LPD',
  contractException:
    'Cette décision est en relation directe avec la conclusion ou l’exécution d’un contrat conclu avec vous. Si elle ' +
    'fait droit à votre demande, ni notre devoir de vous en informer ni votre droit de faire valoir votre point de ' +
    'vue et d’obtenir un réexamen ne s’appliquent (art. 21, al. 3, let. a, LPD)\u00a0; sinon, vous pouvez, sur ' +
    'demande, faire valoir votre point de vue et demander que la décision soit revue par une personne physique ' +
    '(art. 21, al. 2, LPD).',
  consentException:
    'Vous avez expressément consenti à ce que cette décision soit automatisée\u00a0; ni notre devoir de vous en ' +
    'informer ni votre droit de faire valoir votre point de vue et d’obtenir un réexamen par une personne physique ne ' +
    's’y appliquent donc (art. 21, al. 3, let. b, LPD).',
  mechanismLabels: {
    adequacy: 'Protection adéquate (annexe 1 OPDo)',
    'derogation-consent': 'Consentement exprès',
    'derogation-contract': 'Relation directe avec un contrat conclu avec vous',
    'derogation-contract-in-interest': 'Relation directe avec un contrat conclu dans votre intérêt',
    'derogation-public-interest': 'Intérêt public prépondérant',
    'derogation-legal-claims':
      'Constatation, exercice ou défense de droits devant un tribunal ou une autre autorité étrangère compétente',
    'derogation-vital-interests': 'Protection de la vie ou de l’intégrité corporelle de vous-même ou d’un tiers',
    'derogation-public-register': 'Données provenant d’un registre prévu par la loi',
  },
  advisor: {
    heading: 'Conseiller à la protection des données',
    unnamed:
      'Vous pouvez joindre notre conseiller à la protection des données (art. 10 LPD) aux coordonnées suivantes.',
    none:
      'Nous n’avons pas nommé de conseiller à la protection des données (art. 10 LPD). Pour toute question relative à ' +
      'vos données, contactez-nous aux coordonnées ci-dessus.',
    headingWithGdpr: 'Conseiller et délégué à la protection des données',
    unnamedWithGdpr:
      'Vous pouvez joindre notre conseiller à la protection des données (art. 10 LPD) et délégué à la protection des ' +
      'données (article 37 du RGPD) aux coordonnées suivantes.',
  },
  overrides: {
    purposesHeading: 'Pourquoi nous utilisons vos données',
    purposesIntro:
      'Pour chaque finalité, nous indiquons les données que nous utilisons, combien de temps nous les conservons et qui les reçoit.',
    special: (label) => `Données personnelles sensibles\u00a0: ${label} (art. 5, let. c, LPD)`,
    criminal:
      'Données sur des poursuites ou sanctions pénales ou administratives\u00a0: données personnelles sensibles (art. 5, let. c, LPD)',
    profiling: 'Comprend un profilage (art. 5, let. f, LPD)',
    research: 'Recherche, planification ou statistique',
    children: 'Service proposé directement aux enfants',
    parentalConsent: 'Comment le détenteur de l’autorité parentale donne ou autorise le consentement\u00a0:',
    securityIntro:
      'Nous protégeons vos données personnelles par les mesures techniques et organisationnelles suivantes (art. 8 LPD).',
  },
};

const nl: ChWords = {
  heading: 'Aanvullende informatie voor personen in Zwitserland',
  intro:
    'Voor personen in Zwitserland valt onze verwerking van persoonsgegevens ook onder de Zwitserse federale wet ' +
    'inzake gegevensbescherming (Federal Act on Data Protection, FADP) en de bijbehorende verordening (DPO). In dit ' +
    'deel staat wat voor hen afwijkt van de rest van deze verklaring.',
  territory: 'Zwitserland',
  transfersHeading: 'Verstrekking van persoonsgegevens aan het buitenland',
  outside: 'buiten Zwitserland',
  transfersIntro:
    'Wij verstrekken persoonsgegevens aan ontvangers in de volgende staten of internationale organen buiten ' +
    'Zwitserland; waar van toepassing vermelden wij de waarborg of uitzondering waarop wij ons baseren ' +
    '(art. 19(4) FADP).',
  transferLine: (destinations, grounds, possible) =>
    `${destinations ? `${possible ? 'Mogelijk naar' : 'Naar'} ${destinations}` : `${possible ? 'Mogelijk naar het buitenland' : 'Naar het buitenland'} (staat niet genoemd)`}${grounds ? `: ${grounds}` : ''}`,
  oneOf: (grounds) => `op een van de volgende gronden: ${grounds.join('; ')}`,
  copy: (copy) => `Hoe u een kopie krijgt: ${copy}`,
  adequate:
    'de Zwitserse Bondsraad heeft vastgesteld dat de gegevensbescherming er passend is (art. 16(1) FADP, bijlage 1 DPO)',
  swissUsDpf:
    'ontvangers die gecertificeerd zijn onder het gegevensbeschermingskader Zwitserland-VS, waarvan de Bondsraad de ' +
    'bescherming passend heeft bevonden (art. 16(1) FADP, bijlage 1 DPO)',
  scc:
    'door de FDPIC erkende standaardbepalingen inzake gegevensbescherming, met de aanpassingen die het Zwitserse ' +
    'recht vereist (art. 16(2)(d) FADP)',
  representativeHeading: 'Onze vertegenwoordiger in Zwitserland',
  representative: (name) =>
    `${name} vertegenwoordigt ons in Zwitserland (art. 14 FADP). U kunt bij onze vertegenwoordiger terecht met al ` +
    `uw vragen over de verwerking van uw gegevens.`,
  complaintsHeading: 'Melding bij de toezichthoudende autoriteit',
  report: (name) =>
    `U kunt een vermoedelijke inbreuk op de regels inzake gegevensbescherming melden bij de toezichthoudende ` +
    `autoriteit (art. 49(1) FADP): ${name}.`,
  reportOutcome:
    'De autoriteit beslist of zij een onderzoek instelt. Bent u de betrokkene, dan laat zij u weten wat zij naar ' +
    'aanleiding van uw melding heeft gedaan en wat het resultaat van een eventueel onderzoek is (art. 49(4) FADP); ' +
    'u bent geen partij in de procedure (art. 52(2) FADP).',
  rightsHeading: 'Uw rechten volgens de FADP',
  access:
    'Recht op informatie (inzage) (art. 25 FADP): u kunt vragen of wij persoonsgegevens over u verwerken en, zo ja, ' +
    'die gegevens ontvangen met de informatie die u nodig hebt om uw rechten uit te oefenen, waaronder hoe lang wij ' +
    'ze bewaren (art. 25(2) FADP).',
  accessFee:
    'Wij antwoorden kosteloos. Alleen als het antwoord onevenredig veel inspanning vergt, kunnen wij een bijdrage in ' +
    'de kosten van ten hoogste CHF 300 vragen. Wij delen u het bedrag mee voordat wij antwoorden; bevestigt u uw ' +
    'verzoek niet binnen tien dagen, dan geldt het als kosteloos ingetrokken, en de 30 dagen lopen vanaf het einde ' +
    'van die tien dagen (art. 25(6) FADP, art. 19 DPO).',
  responseTime:
    'Wij antwoorden binnen 30 dagen. Lukt dat niet, dan laten wij u binnen die termijn weten wanneer u de informatie ' +
    'ontvangt (art. 25(7) FADP, art. 18 DPO).',
  portability:
    'Recht op gegevensoverdraagbaarheid (art. 28 FADP): u kunt vragen de persoonsgegevens die u ons hebt verstrekt ' +
    'in een gangbaar elektronisch formaat te ontvangen, als wij ze geautomatiseerd verwerken met uw toestemming of in ' +
    'rechtstreeks verband met een overeenkomst met u, of ze aan een andere verwerkingsverantwoordelijke te laten ' +
    'doorgeven als dat geen onevenredige inspanning vergt.',
  rectification:
    'Rectificatie (art. 32(1) FADP): u kunt ons vragen onjuiste persoonsgegevens over u te corrigeren, tenzij een ' +
    'wettelijke bepaling de wijziging verbiedt of de gegevens worden verwerkt voor archivering in het algemeen belang.',
  claims:
    'Ter bescherming van uw persoonlijkheid kunt u ook een vordering instellen bij de burgerlijke rechter ' +
    '(art. 32(2) FADP, met de artikelen 28, 28a en 28g–28l van het Zwitserse Burgerlijk Wetboek), in het bijzonder ' +
    'om een bepaalde verwerking te laten verbieden, een bepaalde verstrekking aan derden te laten verbieden of uw ' +
    'persoonsgegevens te laten wissen of vernietigen.',
  expressWill:
    'Als u ons uitdrukkelijk laat weten dat u niet wilt dat uw persoonsgegevens worden verwerkt, is verdere ' +
    'verwerking een inbreuk op uw persoonlijkheid, tenzij uw toestemming, een zwaarder wegend privaat of openbaar ' +
    'belang of de wet die rechtvaardigt (art. 30(2)(b) en 31(1) FADP).',
  automatedReview:
    'Nemen wij over u een geautomatiseerd individueel besluit, dan kunt u uw standpunt kenbaar maken en vragen dat ' +
    'het besluit door een natuurlijke persoon wordt herzien, tenzij het rechtstreeks verband houdt met het sluiten of ' +
    'uitvoeren van een overeenkomst met u en uw verzoek inwilligt, of u uitdrukkelijk hebt ingestemd met een ' +
    'geautomatiseerd besluit (art. 21(2)–(3) FADP).',
  exercise: (contact) =>
    contact
      ? `Om deze rechten uit te oefenen, neemt u contact met ons op via ${contact}.`
      : 'Om deze rechten uit te oefenen, neemt u contact met ons op via de gegevens in deze verklaring.',
  automated: {
    none:
      'Wij nemen over u geen besluiten die uitsluitend op geautomatiseerde verwerking berusten en die rechtsgevolgen ' +
      'voor u hebben of u aanzienlijk treffen (geautomatiseerde individuele besluiten, art. 21 FADP).',
    intro:
      'Wij nemen over u de volgende besluiten die uitsluitend op geautomatiseerde verwerking berusten ' +
      '(geautomatiseerde individuele besluiten, art. 21(1) FADP).',
    safeguards:
      'Op verzoek kunt u uw standpunt kenbaar maken en vragen dat het besluit door een natuurlijke persoon wordt ' +
      'herzien, tenzij het rechtstreeks verband houdt met het sluiten of uitvoeren van een overeenkomst met u en uw ' +
      'verzoek inwilligt, of u uitdrukkelijk hebt ingestemd met een geautomatiseerd besluit (art. 21(2)–(3) FADP).',
    lawSafeguards:
      'Op verzoek kunt u uw standpunt kenbaar maken en vragen dat het besluit door een natuurlijke persoon wordt ' +
      'herzien (art. 21(2) FADP).',
  },
  notesHeading: 'Verdere informatie',
  missingCountry: 'Staten van de verstrekking aan het buitenland ontbreken — art. 19(4) FADP',
  missingRefusal: 'Hoe u cookies weigert, ontbreekt — art. 45c(b) FMG',
  invalidMechanism: INVALID_MECHANISM.nl,
  unlisted: 'Niet opgenomen in bijlage 1 DPO — art. 16(1) FADP',
  contractException:
    'Dit besluit houdt rechtstreeks verband met het sluiten of uitvoeren van een overeenkomst met u. Willigt het uw ' +
    'verzoek in, dan gelden noch onze plicht om u erover te informeren, noch uw recht om uw standpunt kenbaar te ' +
    'maken en herziening te vragen (art. 21(3)(a) FADP); anders kunt u op verzoek uw standpunt kenbaar maken en ' +
    'vragen dat het besluit door een natuurlijke persoon wordt herzien (art. 21(2) FADP).',
  consentException:
    'U hebt uitdrukkelijk ingestemd met een geautomatiseerd besluit; noch onze plicht om u erover te informeren, noch ' +
    'uw recht om uw standpunt kenbaar te maken en herziening door een natuurlijke persoon te vragen gelden daarom ' +
    '(art. 21(3)(b) FADP).',
  mechanismLabels: {
    adequacy: 'Passende bescherming (bijlage 1 DPO)',
    'derogation-consent': 'Uitdrukkelijke toestemming',
    'derogation-contract': 'Rechtstreeks verband met een overeenkomst met u',
    'derogation-contract-in-interest': 'Rechtstreeks verband met een overeenkomst in uw belang',
    'derogation-public-interest': 'Zwaarder wegend openbaar belang',
    'derogation-legal-claims':
      'Vaststelling, uitoefening of verdediging van rechten voor een rechter of een andere bevoegde buitenlandse ' +
      'autoriteit',
    'derogation-vital-interests': 'Bescherming van het leven of de lichamelijke integriteit van u of een derde',
    'derogation-public-register': 'Gegevens uit een wettelijk geregeld register',
  },
  advisor: {
    heading: 'Adviseur voor gegevensbescherming',
    unnamed: 'U kunt onze adviseur voor gegevensbescherming (art. 10 FADP) als volgt bereiken.',
    none:
      'Wij hebben geen adviseur voor gegevensbescherming aangesteld (art. 10 FADP). Voor vragen over uw gegevens kunt ' +
      'u contact met ons opnemen via de bovenstaande gegevens.',
    headingWithGdpr: 'Adviseur en functionaris voor gegevensbescherming',
    unnamedWithGdpr:
      'U kunt onze adviseur voor gegevensbescherming (art. 10 FADP) en functionaris voor gegevensbescherming ' +
      '(art. 37 AVG) als volgt bereiken.',
  },
  overrides: {
    purposesHeading: 'Waarom wij uw gegevens gebruiken',
    purposesIntro:
      'Voor elk doel vermelden wij welke gegevens wij gebruiken, hoe lang wij ze bewaren en wie ze ontvangt.',
    special: (label) => `Gevoelige persoonsgegevens: ${label} (art. 5(c) FADP)`,
    criminal:
      'Gegevens over administratieve of strafrechtelijke vervolging of sancties: gevoelige persoonsgegevens (art. 5(c) FADP)',
    profiling: 'Omvat profilering (art. 5(f) FADP)',
    research: 'Onderzoek, planning of statistiek',
    children: 'Dienst die rechtstreeks aan kinderen wordt aangeboden',
    parentalConsent: 'Hoe de houder van het ouderlijk gezag toestemming geeft of machtigt:',
    securityIntro:
      'Wij beschermen uw persoonsgegevens met de volgende technische en organisatorische maatregelen (art. 8 FADP).',
  },
};

const de: ChWords = {
  heading: 'Zusätzliche Informationen für Personen in der Schweiz',
  intro:
    'Für Personen in der Schweiz unterliegt unsere Bearbeitung von Personendaten auch dem Bundesgesetz über den ' +
    'Datenschutz (DSG) und der Datenschutzverordnung (DSV). Dieser Abschnitt nennt, was für sie vom Rest dieser ' +
    'Erklärung abweicht.',
  territory: 'die Schweiz',
  transfersHeading: 'Bekanntgabe von Personendaten ins Ausland',
  outside: 'ausserhalb der Schweiz',
  transfersIntro:
    'Wir geben Personendaten an Empfänger in den folgenden Staaten oder internationalen Organen ausserhalb der ' +
    'Schweiz bekannt; gegebenenfalls nennen wir die Garantie oder Ausnahme, auf die wir uns stützen ' +
    '(Art. 19 Abs. 4 DSG).',
  transferLine: (destinations, grounds, possible) =>
    `${destinations ? `${possible ? 'Möglicherweise nach' : 'Nach'} ${destinations}` : `${possible ? 'Möglicherweise ins Ausland' : 'Ins Ausland'} (Staat nicht genannt)`}${grounds ? `: ${grounds}` : ''}`,
  oneOf: (grounds) => `auf einer der folgenden Grundlagen: ${grounds.join('; ')}`,
  copy: (copy) => `Wie Sie eine Kopie erhalten: ${copy}`,
  adequate:
    'der Bundesrat hat festgestellt, dass die Gesetzgebung dort einen angemessenen Schutz gewährleistet ' +
    '(Art. 16 Abs. 1 DSG, Anhang 1 DSV)',
  swissUsDpf:
    'Empfänger, die nach dem Datenschutzrahmen zwischen der Schweiz und den USA zertifiziert sind und deren Schutz ' +
    'der Bundesrat als angemessen festgestellt hat (Art. 16 Abs. 1 DSG, Anhang 1 DSV)',
  scc:
    'vom EDÖB anerkannte Standarddatenschutzklauseln mit den für das Schweizer Recht nötigen Anpassungen ' +
    '(Art. 16 Abs. 2 Bst. d DSG)',
  representativeHeading: 'Unsere Vertretung in der Schweiz',
  representative: (name) =>
    `${name} vertritt uns in der Schweiz (Art. 14 DSG). Mit allen Fragen zur Bearbeitung Ihrer Daten können Sie ` +
    `sich auch an unsere Vertretung wenden.`,
  complaintsHeading: 'Anzeige bei der Aufsichtsbehörde',
  report: (name) =>
    `Sie können eine vermutete Verletzung von Datenschutzvorschriften bei der Aufsichtsbehörde anzeigen ` +
    `(Art. 49 Abs. 1 DSG): ${name}.`,
  reportOutcome:
    'Die Behörde entscheidet, ob sie eine Untersuchung eröffnet. Sind Sie die betroffene Person, informiert sie Sie ' +
    'über ihr Vorgehen und das Ergebnis einer allfälligen Untersuchung (Art. 49 Abs. 4 DSG); Sie haben im Verfahren ' +
    'keine Parteistellung (Art. 52 Abs. 2 DSG).',
  rightsHeading: 'Ihre Rechte nach dem DSG',
  access:
    'Auskunftsrecht (Art. 25 DSG): Sie können Auskunft darüber verlangen, ob wir Personendaten über Sie bearbeiten, ' +
    'und, wenn ja, die Daten sowie die Informationen erhalten, die Sie zur Geltendmachung Ihrer Rechte benötigen, ' +
    'einschliesslich ihrer Aufbewahrungsdauer (Art. 25 Abs. 2 DSG).',
  accessFee:
    'Die Auskunft ist kostenlos. Nur wenn sie mit einem unverhältnismässigen Aufwand verbunden ist, können wir eine ' +
    'Kostenbeteiligung von höchstens 300 Franken verlangen. Wir teilen Ihnen den Betrag vor der Auskunft mit; ' +
    'bestätigen Sie Ihr Gesuch nicht innert zehn Tagen, gilt es als kostenlos zurückgezogen, und die Frist von ' +
    '30 Tagen beginnt mit dem Ablauf dieser zehn Tage (Art. 25 Abs. 6 DSG, Art. 19 DSV).',
  responseTime:
    'Wir antworten innerhalb von 30 Tagen. Ist das nicht möglich, teilen wir Ihnen innerhalb dieser Frist mit, wann ' +
    'Sie die Auskunft erhalten (Art. 25 Abs. 7 DSG, Art. 18 DSV).',
  portability:
    'Recht auf Datenherausgabe oder -übertragung (Art. 28 DSG): Sie können verlangen, dass wir Ihnen die ' +
    'Personendaten, die Sie uns bekanntgegeben haben, in einem gängigen elektronischen Format herausgeben, wenn wir ' +
    'sie automatisiert mit Ihrer Einwilligung oder in unmittelbarem Zusammenhang mit einem Vertrag mit Ihnen ' +
    'bearbeiten, oder dass wir sie einem anderen Verantwortlichen übertragen, sofern dies keinen ' +
    'unverhältnismässigen Aufwand erfordert.',
  rectification:
    'Berichtigung (Art. 32 Abs. 1 DSG): Sie können verlangen, dass wir unrichtige Personendaten über Sie berichtigen, ' +
    'es sei denn, eine gesetzliche Vorschrift verbietet die Änderung oder die Daten werden zu Archivzwecken im ' +
    'öffentlichen Interesse bearbeitet.',
  claims:
    'Zum Schutz Ihrer Persönlichkeit können Sie zudem vor den Zivilgerichten klagen (Art. 32 Abs. 2 DSG in ' +
    'Verbindung mit den Artikeln 28, 28a sowie 28g–28l des Zivilgesetzbuchs) und insbesondere verlangen, dass eine ' +
    'bestimmte Bearbeitung verboten, eine bestimmte Bekanntgabe an Dritte untersagt wird oder Ihre Personendaten ' +
    'gelöscht oder vernichtet werden.',
  expressWill:
    'Erklären Sie uns ausdrücklich, dass Sie die Bearbeitung Ihrer Personendaten nicht wünschen, verletzt eine ' +
    'dennoch erfolgende Bearbeitung Ihre Persönlichkeit, es sei denn, sie ist durch Ihre Einwilligung, ein ' +
    'überwiegendes privates oder öffentliches Interesse oder durch Gesetz gerechtfertigt (Art. 30 Abs. 2 Bst. b und ' +
    'Art. 31 Abs. 1 DSG).',
  automatedReview:
    'Treffen wir über Sie eine automatisierte Einzelentscheidung, können Sie Ihren Standpunkt darlegen und verlangen, ' +
    'dass die Entscheidung von einer natürlichen Person überprüft wird, es sei denn, sie steht in unmittelbarem ' +
    'Zusammenhang mit dem Abschluss oder der Abwicklung eines Vertrags mit Ihnen und Ihrem Begehren wird ' +
    'stattgegeben, oder Sie haben ausdrücklich eingewilligt, dass die Entscheidung automatisiert erfolgt ' +
    '(Art. 21 Abs. 2 und 3 DSG).',
  exercise: (contact) =>
    contact
      ? `Um diese Rechte auszuüben, wenden Sie sich an ${contact}.`
      : 'Um diese Rechte auszuüben, wenden Sie sich über die Kontaktangaben in dieser Erklärung an uns.',
  automated: {
    none:
      'Wir treffen über Sie keine ausschliesslich auf einer automatisierten Bearbeitung beruhenden Entscheidungen, die ' +
      'mit einer Rechtsfolge für Sie verbunden sind oder Sie erheblich beeinträchtigen (automatisierte ' +
      'Einzelentscheidungen, Art. 21 DSG).',
    intro:
      'Wir treffen über Sie die folgenden ausschliesslich auf einer automatisierten Bearbeitung beruhenden ' +
      'Entscheidungen (automatisierte Einzelentscheidungen, Art. 21 Abs. 1 DSG).',
    safeguards:
      'Auf Antrag können Sie Ihren Standpunkt darlegen und verlangen, dass die Entscheidung von einer natürlichen ' +
      'Person überprüft wird, es sei denn, sie steht in unmittelbarem Zusammenhang mit dem Abschluss oder der ' +
      'Abwicklung eines Vertrags mit Ihnen und Ihrem Begehren wird stattgegeben, oder Sie haben ausdrücklich ' +
      'eingewilligt, dass die Entscheidung automatisiert erfolgt (Art. 21 Abs. 2 und 3 DSG).',
    lawSafeguards:
      'Auf Antrag können Sie Ihren Standpunkt darlegen und verlangen, dass die Entscheidung von einer natürlichen ' +
      'Person überprüft wird (Art. 21 Abs. 2 DSG).',
  },
  notesHeading: 'Weitere Informationen',
  missingCountry: 'Staaten der Bekanntgabe ins Ausland fehlen — Art. 19 Abs. 4 DSG',
  missingRefusal: 'Angabe, wie Cookies abgelehnt werden können, fehlt — Art. 45c Bst. b FMG',
  invalidMechanism: INVALID_MECHANISM.de,
  unlisted: 'Nicht in Anhang 1 DSV aufgeführt — Art. 16 Abs. 1 DSG',
  contractException:
    'Diese Entscheidung steht in unmittelbarem Zusammenhang mit dem Abschluss oder der Abwicklung eines Vertrags ' +
    'mit Ihnen. Wird Ihrem Begehren stattgegeben, gelten weder unsere Pflicht, Sie darüber zu informieren, noch Ihr ' +
    'Recht, Ihren Standpunkt darzulegen und eine Überprüfung zu verlangen (Art. 21 Abs. 3 Bst. a DSG); andernfalls ' +
    'können Sie auf Antrag Ihren Standpunkt darlegen und verlangen, dass die Entscheidung von einer natürlichen ' +
    'Person überprüft wird (Art. 21 Abs. 2 DSG).',
  consentException:
    'Sie haben ausdrücklich eingewilligt, dass diese Entscheidung automatisiert erfolgt; weder unsere Pflicht, Sie ' +
    'darüber zu informieren, noch Ihr Recht, Ihren Standpunkt darzulegen und eine Überprüfung durch eine natürliche ' +
    'Person zu verlangen, gelten daher dafür (Art. 21 Abs. 3 Bst. b DSG).',
  mechanismLabels: {
    adequacy: 'Angemessener Schutz (Anhang 1 DSV)',
    'derogation-consent': 'Ausdrückliche Einwilligung',
    'derogation-contract': 'Unmittelbarer Zusammenhang mit einem Vertrag mit Ihnen',
    'derogation-contract-in-interest': 'Unmittelbarer Zusammenhang mit einem Vertrag in Ihrem Interesse',
    'derogation-public-interest': 'Überwiegendes öffentliches Interesse',
    'derogation-legal-claims':
      'Feststellung, Ausübung oder Durchsetzung von Rechtsansprüchen vor einem Gericht oder einer anderen zuständigen ' +
      'ausländischen Behörde',
    'derogation-vital-interests': 'Schutz des Lebens oder der körperlichen Unversehrtheit von Ihnen oder Dritten',
    'derogation-public-register': 'Daten aus einem gesetzlich vorgesehenen Register',
  },
  advisor: {
    heading: 'Datenschutzberater',
    unnamed: 'Sie erreichen unseren Datenschutzberater (Art. 10 DSG) wie folgt.',
    none:
      'Wir haben keinen Datenschutzberater ernannt (Art. 10 DSG). Bei Fragen zu Ihren Daten wenden Sie sich bitte ' +
      'über die oben genannten Kontaktdaten an uns.',
    headingWithGdpr: 'Datenschutzberater und Datenschutzbeauftragter',
    unnamedWithGdpr:
      'Sie erreichen unseren Datenschutzberater (Art. 10 DSG) und Datenschutzbeauftragten (Art. 37 DSGVO) wie folgt.',
  },
  overrides: {
    purposesHeading: 'Wofür wir Ihre Daten verwenden',
    purposesIntro:
      'Für jeden Zweck nennen wir die Daten, die wir verwenden, wie lange wir sie aufbewahren und wer sie erhält.',
    special: (label) => `Besonders schützenswerte Personendaten: ${label} (Art. 5 Bst. c DSG)`,
    criminal:
      'Daten über verwaltungs- oder strafrechtliche Verfolgungen oder Sanktionen: besonders schützenswerte Personendaten (Art. 5 Bst. c DSG)',
    profiling: 'Umfasst Profiling (Art. 5 Bst. f DSG)',
    research: 'Forschung, Planung oder Statistik',
    children: 'Dienst, der sich direkt an Kinder richtet',
    parentalConsent: 'Wie die Inhaberin oder der Inhaber der elterlichen Sorge die Einwilligung erteilt oder zustimmt:',
    securityIntro:
      'Wir schützen Ihre Personendaten mit den folgenden technischen und organisatorischen Massnahmen (Art. 8 DSG).',
  },
};

const WORDS: Readonly<Record<string, ChWords>> = { en, fr, nl, de };

/** The FADP's sentences in a notice language (English for any other). */
export function chNotice(language: string): LawNotice {
  const w = WORDS[language] ?? en;
  const ground = (g: LawTransferGround): string => {
    const marker = g.marker ?? '';
    const label = w.mechanismLabels[g.mechanism] ?? g.label;
    // A mechanism the FADP does not accept, or adequacy for a destination Annex 1 does not list: the author's
    // mechanism, with its marker, never the Federal Council's finding.
    if (g.invalid) return `${label}${marker}`;
    if (g.mechanism === 'swiss-us-dpf') return w.swissUsDpf + marker;
    if (g.kind === 'adequacy') return w.adequate + marker;
    if (g.mechanism === 'scc') return w.scc + marker;
    return (g.provision ? `${label} (${g.provision})` : label) + marker;
  };
  // Art 21 FADP asks for no ground of an automated individual decision: a contract that grants the request and
  // express consent are exceptions to the duty to inform and to the review (Art 21(3)), not grounds.
  const automated: LawAutomatedText = {
    ...w.automated,
    decision: (decisionGround) => ({
      citation: null,
      safeguards:
        decisionGround === 'explicit-consent'
          ? w.consentException
          : decisionGround === 'contract'
            ? w.contractException
            : decisionGround === 'law'
              ? w.automated.lawSafeguards
              : w.automated.safeguards,
    }),
  };
  const rights = (f: LawFacts): LawBlock[] => [
    {
      heading: w.rightsHeading,
      className: 'law-rights',
      paragraphs: [],
      items: [
        `${w.access} ${w.accessFee} ${w.responseTime}`,
        w.portability,
        w.rectification,
        w.claims,
        w.expressWill,
        ...(f.automatedDecisions ? [w.automatedReview] : []),
      ],
    },
    { paragraphs: [w.exercise(f.contact)], className: 'law-exercise' },
  ];
  return {
    heading: w.heading,
    intro: w.intro,
    territory: w.territory,
    transfersHeading: w.transfersHeading,
    outside: w.outside,
    transfersIntro: w.transfersIntro,
    representativeHeading: w.representativeHeading,
    representative: w.representative,
    complaintsHeading: w.complaintsHeading,
    notesHeading: w.notesHeading,
    ownRights: true,
    ground: (g) => ground(g),
    complaints: (f: LawFacts): LawBlock => ({
      heading: w.complaintsHeading,
      className: 'law-complaints',
      paragraphs: [w.report(f.authority.name) + f.authority.details, w.reportOutcome],
    }),
    transfers: (f: LawFacts): LawBlock | undefined =>
      f.transfers.length
        ? {
            heading: w.transfersHeading,
            className: 'law-transfers',
            paragraphs: [w.transfersIntro],
            items: f.transfers.map((t) => {
              // Art 19(4): the State always; the safeguard or exception where one is relied on.
              const grounds = t.grounds.filter((g) => g.kind !== 'unknown' || g.label).map(ground);
              const line = w.transferLine(
                t.destinations,
                grounds.length > 1 ? w.oneOf(grounds) : (grounds[0] ?? ''),
                t.possible,
              );
              return transferItem(t, line, w.copy);
            }),
          }
        : undefined,
    rights,
    responseTime: () => w.responseTime,
    automated: () => automated,
    missingLabels: {
      'missing-destination-country': w.missingCountry,
      'cookie-refusal-missing': w.missingRefusal,
      'invalid-mechanism': w.invalidMechanism,
    },
    unlistedLabel: () => w.unlisted,
    mechanismLabels: w.mechanismLabels,
    localCitation: (cited) => swissCitation(cited, language),
    overrides: (_date, serves) => {
      const gdpr = serves.includes('eu-gdpr');
      return {
        ...w.overrides,
        dpoHeading: gdpr ? w.advisor.headingWithGdpr : w.advisor.heading,
        dpoUnnamed: gdpr ? w.advisor.unnamedWithGdpr : w.advisor.unnamed,
        // Without the EU GDPR, no officer of Art 37 is in question: only the advisor, whom nobody must appoint.
        ...(gdpr ? {} : { dpoNone: w.advisor.none }),
        ...SWISS_WORDING[language],
      };
    },
  };
}

/**
 * The Swiss Act's own terms in the catalogue's sentences of a Swiss notice (Art 5 FADP: "Personendaten",
 * "Bearbeiten", "Auftragsbearbeiter"; "données personnelles"), and Swiss German spelling everywhere ("ss", never
 * "ß"). The GDPR's section keeps the GDPR's terms, but not the "ß".
 */
const SWISS_WORDING: Readonly<Record<string, Pick<LawOverrides, 'terminology' | 'spelling'>>> = {
  de: {
    terminology: (text) =>
      text
        .replace(/\bpersonenbezogener Daten\b/g, 'von Personendaten')
        .replace(/\bpersonenbezogenen? Daten\b/g, 'Personendaten')
        .replace(/Verarbeit/g, 'Bearbeit')
        .replace(/verarbeit/g, 'bearbeit'),
    spelling: (text) => text.replace(/ß/g, 'ss'),
  },
  fr: { terminology: (text) => text.replace(/données à caractère personnel/g, 'données personnelles') },
};

/** The instruments' abbreviations in each language version (Art 4 and the titles of the Acts). */
const ABBREVIATIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  FADP: { de: 'DSG', fr: 'LPD' },
  DPO: { de: 'DSV', fr: 'OPDo' },
  FMG: { de: 'FMG', fr: 'LTC' },
};

/**
 * "Art 19(2)(b) FADP" in the Swiss style of the notice language: "Art. 19 Abs. 2 Bst. b DSG", "art. 19, al. 2,
 * let. b, LPD"; English and Dutch keep the project's style ("Art 19(2)(b) FADP", "art. 19(2)(b) FADP").
 */
export function swissCitation(cited: string, language: string): string {
  if (language !== 'de' && language !== 'fr') return language === 'nl' ? cited.replace(/\bArt /g, 'art. ') : cited;
  const out: string[] = [];
  for (const group of cited.split(/;\s*/)) {
    const name = /\s(FADP|DPO|FMG)$/.exec(group)?.[1] ?? 'FADP';
    const abbreviation = ABBREVIATIONS[name][language];
    const parts = group.replace(/\s(FADP|DPO|FMG)$/, '').split(/,\s*/);
    const formatted = parts.map((part) => {
      const annex = /^Annex (\d+)$/.exec(part.trim());
      if (annex) return language === 'de' ? `Anhang ${annex[1]}` : `annexe ${annex[1]}`;
      const m = /^(?:Art )?(\d+[a-z]?)((?:\([^)]+\))*)$/.exec(part.trim());
      if (!m) return part;
      const pieces = [...m[2].matchAll(/\(([^)]+)\)/g)].map((x) => x[1]);
      let paragraph: string | undefined;
      let letter: string | undefined;
      let number: string | undefined;
      for (const piece of pieces) {
        if (/^\d/.test(piece) && letter === undefined) paragraph = piece;
        else if (/^[a-z]+$/.test(piece)) letter = piece;
        else number = piece;
      }
      if (language === 'de')
        return `Art. ${m[1]}${paragraph ? ` Abs. ${paragraph}` : ''}${letter ? ` Bst. ${letter}` : ''}${number ? ` Ziff. ${number}` : ''}`;
      return `art. ${m[1]}${paragraph ? `, al. ${paragraph}` : ''}${letter ? `, let. ${letter}` : ''}${number ? `, ch. ${number}` : ''}`;
    });
    // French sets the Act's abbreviation off by a comma only after a paragraph, letter or number ("art. 19, al. 4,
    // LPD"), never after an article alone ("art. 21 LPD").
    const last = formatted[formatted.length - 1] ?? '';
    const comma = language === 'fr' && /, (?:al|let|ch)\. \S+$/.test(last) ? ',' : '';
    out.push(`${formatted.join(', ')}${comma} ${abbreviation}`);
  }
  return out.join('; ');
}
