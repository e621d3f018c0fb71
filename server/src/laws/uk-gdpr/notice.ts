// What the UK GDPR and the Data Protection Act 2018 say in the notice, in each notice language (docs/language.md,
// "Laws"). The UK law has one language: its provisions are cited in English inside translated sentences. Which text
// applies is the notice's date's: from 5 February 2026 Art 12A (time limits), Art 22A–22C (automated decisions) and
// Art 45A (approved transfers); from 19 June 2026 the right to complain to the controller (s.164A) and to the
// Commissioner under s.165, which replaces Art 77 (neither is a precondition of the other: s.164A says a person
// "may" complain to the controller). Arguments are HTML with author text already escaped.
import { appliesOn } from '../dates';
import {
  endSentence,
  INVALID_MECHANISM,
  transferItem,
  type LawAutomatedText,
  type LawBlock,
  type LawFacts,
  type LawNotice,
  type LawTransferGround,
} from '../notice';
import { DUAA_COMPLAINTS, DUAA_MAIN } from './provisions';

interface UkWords {
  heading: string;
  /** "outside the United Kingdom", as a sentence continues after a verb of transferring (a promise). */
  outside: string;
  intro: string;
  territory: string;
  transfersHeading: string;
  transfersIntro: string;
  representativeHeading: string;
  representative: (name: string) => string;
  complaintsHeading: string;
  /** From 19 June 2026: to us (s.164A), then to the Commissioner (s.165). */
  complainToUs: (routes: string | undefined) => string;
  complainToCommissioner: (name: string) => string;
  /** Before 19 June 2026: Art 77 UK GDPR. */
  complainArt77: (name: string) => string;
  transferLine: (destinations: string, grounds: string, possible: boolean) => string;
  oneOf: (grounds: string[]) => string;
  copy: (copy: string) => string;
  approved: string;
  adequacyBefore: string;
  ukExtension: string;
  timeLimitHeading: string;
  responseTime: string;
  recognisedInterests: string;
  automatedSafeguards: string;
  automated: LawAutomatedText;
  /**
   * The right on automated decisions from 5 February 2026: no right not to be subject to one, but the safeguards of
   * Art 22C for every significant decision based solely on automated processing, and the limits of Art 22B.
   */
  automatedRight: string;
  /** The right to complain, before 19 June 2026 (Art 77 UK GDPR) and from then (DPA 2018 ss.164A, 165). */
  complaintRightBefore: string;
  complaintRight: string;
  /** The right of access with the items of Art 15(1) UK GDPR as they stand on the notice's date. */
  access: (complaint: string, automated: string) => string;
  accessComplaintBefore: string;
  accessComplaint: string;
  accessAutomatedBefore: string;
  accessAutomated: string;
  notesHeading: string;
  route: {
    url: (v: string) => string;
    email: (v: string) => string;
    phone: (v: string) => string;
    post: (v: string) => string;
  };
  missingRoute: string;
  invalidMechanism: string;
  /** Approval for a destination the UK's list does not hold: from 5 February 2026 (Art 45A), and before. */
  unapproved: string;
  unapprovedBefore: string;
  research: string;
}

const en: UkWords = {
  heading: 'Additional information for people in the United Kingdom',
  intro:
    'For people in the United Kingdom, our processing of personal data is also subject to the UK GDPR and the ' +
    'Data Protection Act 2018. This section sets out what differs for them from the rest of this notice.',
  territory: 'the United Kingdom',
  transfersHeading: 'Transfers outside the United Kingdom',
  outside: 'outside the United Kingdom',
  transfersIntro:
    'The following transfers of personal data outside the United Kingdom rest on the grounds stated ' +
    '(Art 13(1)(f) UK GDPR).',
  representativeHeading: 'Our representative in the United Kingdom',
  representative: (name) =>
    `${name} represents us in the United Kingdom (Art 27 UK GDPR). You can contact them about any question on the ` +
    `processing of your data.`,
  complaintsHeading: 'Complaints',
  complainToUs: (routes) =>
    `You may complain to us about our use of your personal data (section 164A of the Data Protection Act 2018)` +
    (routes ? `: ${endSentence(routes)}` : '.'),
  complainToCommissioner: (name) =>
    `You may also complain to the Information Commissioner (section 165 of the Data Protection Act 2018): ${name}.`,
  complainArt77: (name) =>
    `You have the right to lodge a complaint with the Information Commissioner (Art 77 UK GDPR): ${name}.`,
  transferLine: (destinations, grounds, possible) =>
    `${possible ? 'May be transferred' : 'Transferred'} ${destinations ? `to ${destinations}` : 'outside the United Kingdom'}: ${grounds}`,
  oneOf: (grounds) => `on one of the following grounds: ${grounds.join('; ')}`,
  copy: (copy) => `How to get a copy: ${copy}`,
  approved: 'approved by regulations under Art 45A UK GDPR',
  adequacyBefore: 'adequacy regulations (Art 45 UK GDPR, s.17A DPA 2018)',
  ukExtension:
    'the UK Extension to the EU–US Data Privacy Framework, for recipients certified to it (approved by regulations under Art 45A UK GDPR)',
  timeLimitHeading: 'Time limit for answering requests',
  responseTime:
    'We answer your request without undue delay and at the latest within one month of receiving it or, if later, ' +
    'of receiving information we asked for to confirm your identity or a fee we are allowed to charge. Where ' +
    'necessary because of the complexity or number of your requests, we may extend this by two further months; we ' +
    'then tell you so, with the reasons, within that first month. If we reasonably need you to clarify what an ' +
    'access request covers, the time until you reply does not count (Art 12A UK GDPR).',
  recognisedInterests:
    'Where we rely on recognised legitimate interests (Art 6(1)(ea) UK GDPR), you have the right to object on ' +
    'grounds relating to your particular situation, as for processing based on our legitimate interests ' +
    '(Art 21(1) UK GDPR).',
  automatedSafeguards:
    'For significant decisions taken about you solely by automated processing, we tell you about each decision, ' +
    'and you can make representations about it, obtain human intervention on our part and contest it ' +
    '(Art 22C UK GDPR).',
  automated: {
    none:
      'We do not take decisions about you based solely on automated processing, including profiling, that have a ' +
      'legal or similarly significant effect on you (significant decisions, Art 22A UK GDPR).',
    intro:
      'We take the following significant decisions about you based solely on automated processing, including ' +
      'profiling (Art 22A UK GDPR).',
    safeguards:
      'We tell you about each such decision; you can make representations about it, obtain human intervention on ' +
      'our part and contest it (Art 22C UK GDPR).',
    lawSafeguards:
      'We tell you about each such decision; you can make representations about it, obtain human intervention on ' +
      'our part and contest it (Art 22C UK GDPR).',
  },
  automatedRight:
    'Where we take a significant decision about you based solely on automated processing, we tell you about it, and ' +
    'you can make representations about it, obtain human intervention on our part and contest it (Art 22C UK ' +
    'GDPR). We take such a decision on special category data only with your explicit consent, or where it is ' +
    'necessary for a contract with you or required or authorised by law and there is a substantial public interest ' +
    '(Art 22B(1)–(3), 9(2)(g) UK GDPR), and never where the processing relies on recognised legitimate interests ' +
    '(Art 22B(4) UK GDPR).',
  complaintRightBefore: 'You can lodge a complaint with the Information Commissioner (see “Complaints” below).',
  complaintRight:
    'You can complain to us (section 164A of the Data Protection Act 2018) and to the Information Commissioner ' +
    '(see “Complaints” below).',
  access: (complaint, automated) =>
    'You can obtain confirmation as to whether we process personal data concerning you and, where we do, access to ' +
    'the data and the following information: the purposes of the processing; the categories of data; the ' +
    'recipients or categories of recipients, in particular in third countries or international organisations, and ' +
    'the safeguards for such transfers; the period for which the data will be stored or, where that is not ' +
    'possible, the criteria used to determine it; your rights to rectification, erasure, restriction and ' +
    `objection; ${complaint}; where the data were not collected from you, any available information on their ` +
    `source; and ${automated}, with meaningful information about the logic involved and its significance and ` +
    'envisaged consequences for you (Art 15(1)–(2) UK GDPR). You can obtain a copy of the data; the copy must not ' +
    'adversely affect the rights and freedoms of others (Art 15(3)–(4) UK GDPR).',
  accessComplaintBefore: 'your right to lodge a complaint with the Information Commissioner',
  accessComplaint:
    'your right to complain to us (section 164A of the Data Protection Act 2018) and to the Information ' +
    'Commissioner (section 165 of that Act)',
  accessAutomatedBefore: 'the existence of automated decision-making, including profiling',
  accessAutomated:
    'the existence of automated decision-making, including profiling, that is subject to the safeguards of ' +
    'Art 22C UK GDPR',
  notesHeading: 'Further information',
  route: {
    url: (v) => `using our complaint form at ${v}`,
    email: (v) => `by e-mail to ${v}`,
    phone: (v) => `by phone on ${v}`,
    post: (v) => `by post to ${v}`,
  },
  missingRoute: 'How to complain to us not stated — see s.164A(2) DPA 2018',
  invalidMechanism: INVALID_MECHANISM.en,
  unapproved: 'Not approved for this destination under the UK GDPR — Art 45A UK GDPR',
  unapprovedBefore: 'No adequacy regulations for this destination under the UK GDPR — Art 45 UK GDPR, s.17A DPA 2018',
  research: 'Scientific or historical research, archiving in the public interest or statistics (Art 84A UK GDPR)',
};

const fr: UkWords = {
  heading: 'Informations complémentaires pour les personnes au Royaume-Uni',
  intro:
    'Pour les personnes au Royaume-Uni, notre traitement des données à caractère personnel est également soumis ' +
    'au UK GDPR et au Data Protection Act 2018. Cette section indique ce qui, pour elles, diffère du reste de la ' +
    'présente déclaration.',
  territory: 'le Royaume-Uni',
  transfersHeading: 'Transferts hors du Royaume-Uni',
  outside: 'hors du Royaume-Uni',
  transfersIntro:
    'Les transferts suivants de données à caractère personnel hors du Royaume-Uni reposent sur les fondements ' +
    'indiqués (Art 13(1)(f) UK GDPR).',
  representativeHeading: 'Notre représentant au Royaume-Uni',
  representative: (name) =>
    `${name} nous représente au Royaume-Uni (Art 27 UK GDPR). Vous pouvez le contacter pour toute question ` +
    `relative au traitement de vos données.`,
  complaintsHeading: 'Réclamations',
  complainToUs: (routes) =>
    `Vous pouvez nous adresser une réclamation au sujet de l’utilisation de vos données à caractère personnel ` +
    `(section 164A du Data Protection Act 2018)` +
    (routes ? '\u00a0: ' + endSentence(routes) : '.'),
  complainToCommissioner: (name) =>
    `Vous pouvez également introduire une réclamation auprès de l’Information Commissioner (section 165 du Data ` +
    `Protection Act 2018)\u00a0: ${name}.`,
  complainArt77: (name) =>
    `Vous avez le droit d’introduire une réclamation auprès de l’Information Commissioner (Art 77 UK GDPR)\u00a0: ${name}.`,
  transferLine: (destinations, grounds, possible) =>
    `${possible ? 'Transfert possible' : 'Transfert'} ${destinations ? `vers ${destinations}` : 'hors du Royaume-Uni'}\u00a0: ${grounds}`,
  oneOf: (grounds) => `sur l’un des fondements suivants\u00a0: ${grounds.join('\u00a0; ')}`,
  copy: (copy) => `Comment en obtenir une copie\u00a0: ${copy}`,
  approved: 'transfert approuvé par règlement pris en vertu de l’Art 45A UK GDPR',
  adequacyBefore: 'règlement d’adéquation (Art 45 UK GDPR, s.17A DPA 2018)',
  ukExtension:
    'l’extension britannique du cadre de protection des données UE–États-Unis (UK Extension), pour les destinataires ' +
    'qui y sont certifiés (transfert approuvé par règlement pris en vertu de l’Art 45A UK GDPR)',
  timeLimitHeading: 'Délai de réponse aux demandes',
  responseTime:
    'Nous répondons à votre demande dans les meilleurs délais et au plus tard dans un délai d’un mois à compter ' +
    'de sa réception ou, si elle est postérieure, de la réception des informations que nous vous avons demandées ' +
    'pour confirmer votre identité ou des frais que nous sommes autorisés à percevoir. Au besoin, compte tenu de la ' +
    'complexité ou du nombre de vos demandes, ce délai peut être prolongé de deux mois\u00a0; nous vous en informons ' +
    'alors, avec les motifs, dans ce premier mois. Si nous devons raisonnablement vous demander de préciser ce que ' +
    'couvre une demande d’accès, le temps écoulé jusqu’à votre réponse n’est pas compté (Art 12A UK GDPR).',
  recognisedInterests:
    'Lorsque nous nous fondons sur des intérêts légitimes reconnus (Art 6(1)(ea) UK GDPR), vous avez le droit de ' +
    'vous opposer au traitement pour des raisons tenant à votre situation particulière, comme pour un traitement ' +
    'fondé sur nos intérêts légitimes (Art 21(1) UK GDPR).',
  automatedSafeguards:
    'Pour les décisions significatives prises à votre sujet sur le seul fondement d’un traitement automatisé, nous ' +
    'vous informons de chaque décision, et vous pouvez présenter vos observations, obtenir une intervention humaine ' +
    'de notre part et contester la décision (Art 22C UK GDPR).',
  automated: {
    none:
      'Nous ne prenons à votre sujet aucune décision fondée exclusivement sur un traitement automatisé, y compris le ' +
      'profilage, produisant des effets juridiques ou des effets similaires importants vous concernant (décisions ' +
      'significatives, Art 22A UK GDPR).',
    intro:
      'Nous prenons à votre sujet les décisions significatives suivantes sur le seul fondement d’un traitement ' +
      'automatisé, y compris le profilage (Art 22A UK GDPR).',
    safeguards:
      'Nous vous informons de chacune de ces décisions\u00a0; vous pouvez présenter vos observations, obtenir une ' +
      'intervention humaine de notre part et contester la décision (Art 22C UK GDPR).',
    lawSafeguards:
      'Nous vous informons de chacune de ces décisions\u00a0; vous pouvez présenter vos observations, obtenir une ' +
      'intervention humaine de notre part et contester la décision (Art 22C UK GDPR).',
  },
  automatedRight:
    'Lorsque nous prenons à votre sujet une décision significative fondée exclusivement sur un traitement ' +
    'automatisé, nous vous en informons, et vous pouvez présenter vos observations, obtenir une intervention humaine ' +
    'de notre part et contester la décision (Art 22C UK GDPR). Nous ne prenons une telle décision sur la base de ' +
    'catégories particulières de données qu’avec votre consentement explicite, ou lorsqu’elle est nécessaire à un ' +
    'contrat conclu avec vous ou requise ou autorisée par la loi et que des motifs d’intérêt public important le ' +
    'justifient (Art 22B(1)–(3), 9(2)(g) UK GDPR), et jamais lorsque le traitement repose sur des intérêts ' +
    'légitimes reconnus (Art 22B(4) UK GDPR).',
  complaintRightBefore:
    'Vous pouvez introduire une réclamation auprès de l’Information Commissioner (voir ci-dessous la rubrique ' +
    '«\u202fRéclamations\u202f»).',
  complaintRight:
    'Vous pouvez introduire une réclamation auprès de nous (section 164A du Data Protection Act 2018) et auprès de ' +
    'l’Information Commissioner (voir ci-dessous la rubrique «\u202fRéclamations\u202f»).',
  access: (complaint, automated) =>
    'Vous pouvez obtenir la confirmation que des données à caractère personnel vous concernant sont ou ne sont pas ' +
    'traitées et, lorsqu’elles le sont, l’accès à ces données ainsi que les informations suivantes\u00a0: les ' +
    'finalités du traitement\u202f; les catégories de données\u202f; les destinataires ou catégories de ' +
    'destinataires, en particulier dans des pays tiers ou des organisations internationales, et les garanties ' +
    'encadrant ces transferts\u202f; la durée de conservation envisagée ou, lorsque ce n’est pas possible, les ' +
    'critères utilisés pour la déterminer\u202f; votre droit de demander la rectification ou l’effacement des ' +
    `données ou une limitation du traitement, et votre droit de vous opposer au traitement\u202f; ${complaint}\u202f; ` +
    'lorsque les données ne sont pas collectées auprès de vous, toute information disponible quant à leur ' +
    `source\u202f; et ${automated}, avec des informations utiles concernant la logique sous-jacente ainsi que ` +
    'l’importance et les conséquences prévues de ce traitement pour vous (Art 15(1)–(2) UK GDPR). Vous pouvez ' +
    'obtenir une copie des données\u202f; ce droit ne porte pas atteinte aux droits et libertés d’autrui ' +
    '(Art 15(3)–(4) UK GDPR).',
  accessComplaintBefore: 'votre droit d’introduire une réclamation auprès de l’Information Commissioner',
  accessComplaint:
    'votre droit d’introduire une réclamation auprès de nous (section 164A du Data Protection Act 2018) et auprès ' +
    'de l’Information Commissioner (section 165 de cette loi)',
  accessAutomatedBefore: 'l’existence d’une prise de décision automatisée, y compris un profilage',
  accessAutomated:
    'l’existence d’une prise de décision automatisée, y compris un profilage, soumise aux garanties de ' +
    'l’Art 22C UK GDPR',
  notesHeading: 'Autres informations',
  route: {
    url: (v) => `au moyen de notre formulaire de réclamation\u00a0: ${v}`,
    email: (v) => `par courriel à ${v}`,
    phone: (v) => `par téléphone au ${v}`,
    post: (v) => `par courrier à ${v}`,
  },
  missingRoute: 'Moyen de nous adresser une réclamation non indiqué — voir s.164A(2) DPA 2018',
  invalidMechanism: INVALID_MECHANISM.fr,
  unapproved: 'Transfert non approuvé vers cette destination au regard du UK GDPR — Art 45A UK GDPR',
  unapprovedBefore:
    'Aucun règlement d’adéquation pour cette destination au regard du UK GDPR — Art 45 UK GDPR, s.17A DPA 2018',
  research: 'Recherche scientifique ou historique, archivage dans l’intérêt public ou statistiques (Art 84A UK GDPR)',
};

const nl: UkWords = {
  heading: 'Aanvullende informatie voor personen in het Verenigd Koninkrijk',
  intro:
    'Voor personen in het Verenigd Koninkrijk valt onze verwerking van persoonsgegevens ook onder de UK GDPR en de ' +
    'Data Protection Act 2018. In dit deel staat wat voor hen afwijkt van de rest van deze verklaring.',
  territory: 'het Verenigd Koninkrijk',
  transfersHeading: 'Doorgiften buiten het Verenigd Koninkrijk',
  outside: 'buiten het Verenigd Koninkrijk',
  transfersIntro:
    'De volgende doorgiften van persoonsgegevens buiten het Verenigd Koninkrijk berusten op de vermelde gronden ' +
    '(Art 13(1)(f) UK GDPR).',
  representativeHeading: 'Onze vertegenwoordiger in het Verenigd Koninkrijk',
  representative: (name) =>
    `${name} vertegenwoordigt ons in het Verenigd Koninkrijk (Art 27 UK GDPR). U kunt bij onze vertegenwoordiger ` +
    `terecht met al uw vragen over de verwerking van uw gegevens.`,
  complaintsHeading: 'Klachten',
  complainToUs: (routes) =>
    `U kunt bij ons een klacht indienen over ons gebruik van uw persoonsgegevens (section 164A van de Data ` +
    `Protection Act 2018)` +
    (routes ? `: ${endSentence(routes)}` : '.'),
  complainToCommissioner: (name) =>
    `U kunt ook een klacht indienen bij de Information Commissioner (section 165 van de Data Protection Act ` +
    `2018): ${name}.`,
  complainArt77: (name) =>
    `U hebt het recht een klacht in te dienen bij de Information Commissioner (Art 77 UK GDPR): ${name}.`,
  transferLine: (destinations, grounds, possible) =>
    `${possible ? 'Mogelijke doorgifte' : 'Doorgifte'} ${destinations ? `naar ${destinations}` : 'buiten het Verenigd Koninkrijk'}: ${grounds}`,
  oneOf: (grounds) => `op een van de volgende gronden: ${grounds.join('; ')}`,
  copy: (copy) => `Hoe u een kopie krijgt: ${copy}`,
  approved: 'doorgifte goedgekeurd bij regelgeving op grond van Art 45A UK GDPR',
  adequacyBefore: 'adequaatheidsregelgeving (Art 45 UK GDPR, s.17A DPA 2018)',
  ukExtension:
    'de Britse uitbreiding van het gegevensbeschermingskader EU-VS (UK Extension), voor ontvangers die daarvoor ' +
    'gecertificeerd zijn (doorgifte goedgekeurd bij regelgeving op grond van Art 45A UK GDPR)',
  timeLimitHeading: 'Termijn voor het beantwoorden van verzoeken',
  responseTime:
    'Wij beantwoorden uw verzoek onverwijld en uiterlijk binnen één maand na ontvangst ervan of, als dat later is, ' +
    'na ontvangst van informatie die wij hebben gevraagd om uw identiteit te bevestigen of van een vergoeding die ' +
    'wij mogen vragen. Indien nodig gezien de complexiteit of het aantal van uw verzoeken kunnen wij die termijn met ' +
    'twee maanden verlengen; wij laten u dat dan binnen die eerste maand weten, met de redenen. Moeten wij u ' +
    'redelijkerwijs vragen te verduidelijken waarop een inzageverzoek betrekking heeft, dan telt de tijd tot uw ' +
    'antwoord niet mee (Art 12A UK GDPR).',
  recognisedInterests:
    'Wanneer wij ons baseren op erkende gerechtvaardigde belangen (Art 6(1)(ea) UK GDPR), hebt u het recht om ' +
    'vanwege met uw specifieke situatie verband houdende redenen bezwaar te maken, zoals bij verwerking op grond ' +
    'van onze gerechtvaardigde belangen (Art 21(1) UK GDPR).',
  automatedSafeguards:
    'Bij belangrijke besluiten die uitsluitend op geautomatiseerde verwerking over u worden genomen, informeren wij ' +
    'u over elk besluit, en kunt u uw standpunt kenbaar maken, menselijke tussenkomst van onze kant verkrijgen en ' +
    'het besluit aanvechten (Art 22C UK GDPR).',
  automated: {
    none:
      'Wij nemen over u geen besluiten die uitsluitend op geautomatiseerde verwerking, waaronder profilering, zijn ' +
      'gebaseerd en die rechtsgevolgen of vergelijkbare aanmerkelijke gevolgen voor u hebben (belangrijke besluiten, ' +
      'Art 22A UK GDPR).',
    intro:
      'Wij nemen over u de volgende belangrijke besluiten die uitsluitend op geautomatiseerde verwerking, waaronder ' +
      'profilering, zijn gebaseerd (Art 22A UK GDPR).',
    safeguards:
      'Wij informeren u over elk van deze besluiten; u kunt uw standpunt kenbaar maken, menselijke tussenkomst van ' +
      'onze kant verkrijgen en het besluit aanvechten (Art 22C UK GDPR).',
    lawSafeguards:
      'Wij informeren u over elk van deze besluiten; u kunt uw standpunt kenbaar maken, menselijke tussenkomst van ' +
      'onze kant verkrijgen en het besluit aanvechten (Art 22C UK GDPR).',
  },
  automatedRight:
    'Wanneer wij over u een belangrijk besluit nemen dat uitsluitend op geautomatiseerde verwerking berust, ' +
    'informeren wij u daarover, en kunt u uw standpunt kenbaar maken, menselijke tussenkomst van onze kant ' +
    'verkrijgen en het besluit aanvechten (Art 22C UK GDPR). Wij nemen een dergelijk besluit op basis van ' +
    'bijzondere categorieën van persoonsgegevens alleen met uw uitdrukkelijke toestemming, of wanneer het ' +
    'noodzakelijk is voor een overeenkomst met u of wettelijk vereist of toegestaan is en er een zwaarwegend ' +
    'algemeen belang is (Art 22B(1)–(3), 9(2)(g) UK GDPR), en nooit wanneer de verwerking op erkende ' +
    'gerechtvaardigde belangen berust (Art 22B(4) UK GDPR).',
  complaintRightBefore: 'U kunt een klacht indienen bij de Information Commissioner (zie hieronder ‘Klachten’).',
  complaintRight:
    'U kunt een klacht indienen bij ons (section 164A van de Data Protection Act 2018) en bij de Information ' +
    'Commissioner (zie hieronder ‘Klachten’).',
  access: (complaint, automated) =>
    'U kunt uitsluitsel verkrijgen over het al dan niet verwerken van persoonsgegevens die op u betrekking hebben ' +
    'en, wanneer dat het geval is, inzage in die gegevens en de volgende informatie: de verwerkingsdoeleinden; de ' +
    'betrokken categorieën van persoonsgegevens; de ontvangers of categorieën van ontvangers, met name ontvangers ' +
    'in derde landen of internationale organisaties, en de waarborgen voor die doorgiften; de periode gedurende ' +
    'welke de gegevens naar verwachting worden opgeslagen of, als dat niet mogelijk is, de criteria om die termijn ' +
    'te bepalen; uw recht om rectificatie of wissing van de gegevens of beperking van de verwerking te vragen, en ' +
    `uw recht om bezwaar te maken tegen de verwerking; ${complaint}; wanneer de gegevens niet bij u zijn ` +
    `verzameld, alle beschikbare informatie over de bron ervan; en ${automated}, met nuttige informatie over de ` +
    'onderliggende logica en het belang en de verwachte gevolgen van die verwerking voor u (Art 15(1)–(2) UK ' +
    'GDPR). U kunt een kopie van de gegevens verkrijgen; dat recht doet geen afbreuk aan de rechten en vrijheden ' +
    'van anderen (Art 15(3)–(4) UK GDPR).',
  accessComplaintBefore: 'uw recht om een klacht in te dienen bij de Information Commissioner',
  accessComplaint:
    'uw recht om een klacht in te dienen bij ons (section 164A van de Data Protection Act 2018) en bij de ' +
    'Information Commissioner (section 165 van die wet)',
  accessAutomatedBefore: 'het bestaan van geautomatiseerde besluitvorming, met inbegrip van profilering',
  accessAutomated:
    'het bestaan van geautomatiseerde besluitvorming, met inbegrip van profilering, waarvoor de waarborgen van ' +
    'Art 22C UK GDPR gelden',
  notesHeading: 'Verdere informatie',
  route: {
    url: (v) => `via ons klachtenformulier: ${v}`,
    email: (v) => `per e-mail aan ${v}`,
    phone: (v) => `telefonisch op ${v}`,
    post: (v) => `per post aan ${v}`,
  },
  missingRoute: 'Hoe u bij ons een klacht indient, niet vermeld — zie s.164A(2) DPA 2018',
  invalidMechanism: INVALID_MECHANISM.nl,
  unapproved: 'Doorgifte naar deze bestemming niet goedgekeurd onder de UK GDPR — Art 45A UK GDPR',
  unapprovedBefore:
    'Geen adequaatheidsregelgeving voor deze bestemming onder de UK GDPR — Art 45 UK GDPR, s.17A DPA 2018',
  research:
    'Wetenschappelijk of historisch onderzoek, archivering in het algemeen belang of statistiek (Art 84A UK GDPR)',
};

const de: UkWords = {
  heading: 'Zusätzliche Informationen für Personen im Vereinigten Königreich',
  intro:
    'Für Personen im Vereinigten Königreich unterliegt unsere Verarbeitung personenbezogener Daten auch der UK GDPR ' +
    'und dem Data Protection Act 2018. Dieser Abschnitt nennt, was für sie vom Rest dieser Erklärung abweicht.',
  territory: 'das Vereinigte Königreich',
  transfersHeading: 'Übermittlungen außerhalb des Vereinigten Königreichs',
  outside: 'außerhalb des Vereinigten Königreichs',
  transfersIntro:
    'Die folgenden Übermittlungen personenbezogener Daten außerhalb des Vereinigten Königreichs beruhen auf den ' +
    'angegebenen Grundlagen (Art 13(1)(f) UK GDPR).',
  representativeHeading: 'Unser Vertreter im Vereinigten Königreich',
  representative: (name) =>
    `${name} vertritt uns im Vereinigten Königreich (Art 27 UK GDPR). Mit allen Fragen zur Verarbeitung Ihrer ` +
    `Daten können Sie sich auch an unseren Vertreter wenden.`,
  complaintsHeading: 'Beschwerden',
  complainToUs: (routes) =>
    `Sie können sich bei uns über unseren Umgang mit Ihren personenbezogenen Daten beschweren (section 164A des ` +
    `Data Protection Act 2018)` +
    (routes ? `: ${endSentence(routes)}` : '.'),
  complainToCommissioner: (name) =>
    `Sie können sich auch beim Information Commissioner beschweren (section 165 des Data Protection Act 2018): ` +
    `${name}.`,
  complainArt77: (name) =>
    `Sie haben das Recht auf Beschwerde beim Information Commissioner (Art 77 UK GDPR): ${name}.`,
  transferLine: (destinations, grounds, possible) =>
    `${possible ? 'Mögliche Übermittlung' : 'Übermittlung'} ${destinations ? `nach ${destinations}` : 'außerhalb des Vereinigten Königreichs'}: ${grounds}`,
  oneOf: (grounds) => `auf einer der folgenden Grundlagen: ${grounds.join('; ')}`,
  copy: (copy) => `Wie Sie eine Kopie erhalten: ${copy}`,
  approved: 'durch Verordnung nach Art 45A UK GDPR genehmigte Übermittlung',
  adequacyBefore: 'Angemessenheitsverordnung (Art 45 UK GDPR, s.17A DPA 2018)',
  ukExtension:
    'die britische Erweiterung des Datenschutzrahmens EU–USA (UK Extension), für danach zertifizierte Empfänger ' +
    '(durch Verordnung nach Art 45A UK GDPR genehmigte Übermittlung)',
  timeLimitHeading: 'Frist für die Beantwortung von Anträgen',
  responseTime:
    'Wir beantworten Ihren Antrag unverzüglich, spätestens innerhalb eines Monats nach seinem Eingang oder, wenn ' +
    'dies später ist, nach Eingang der Angaben, die wir zur Bestätigung Ihrer Identität erbeten haben, oder eines ' +
    'Entgelts, das wir verlangen dürfen. Wenn es wegen der Komplexität oder der Anzahl Ihrer Anträge erforderlich ' +
    'ist, können wir diese Frist um zwei weitere Monate verlängern; das teilen wir Ihnen dann mit den Gründen ' +
    'innerhalb dieses ersten Monats mit. Müssen wir Sie vernünftigerweise bitten zu präzisieren, worauf sich ein ' +
    'Auskunftsantrag bezieht, zählt die Zeit bis zu Ihrer Antwort nicht mit (Art 12A UK GDPR).',
  recognisedInterests:
    'Soweit wir uns auf anerkannte berechtigte Interessen stützen (Art 6(1)(ea) UK GDPR), haben Sie das Recht, ' +
    'aus Gründen, die sich aus Ihrer besonderen Situation ergeben, Widerspruch einzulegen, wie bei einer ' +
    'Verarbeitung auf der Grundlage unserer berechtigten Interessen (Art 21(1) UK GDPR).',
  automatedSafeguards:
    'Bei erheblichen Entscheidungen, die ausschließlich auf einer automatisierten Verarbeitung beruhen, informieren ' +
    'wir Sie über jede Entscheidung; Sie können dazu Stellung nehmen, das Eingreifen einer Person unsererseits ' +
    'erwirken und die Entscheidung anfechten (Art 22C UK GDPR).',
  automated: {
    none:
      'Wir treffen keine ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – ' +
      'beruhenden Entscheidungen, die Ihnen gegenüber rechtliche oder ähnlich erhebliche Wirkung haben (erhebliche ' +
      'Entscheidungen, Art 22A UK GDPR).',
    intro:
      'Wir treffen die folgenden erheblichen Entscheidungen, die ausschließlich auf einer automatisierten ' +
      'Verarbeitung – einschließlich Profiling – beruhen (Art 22A UK GDPR).',
    safeguards:
      'Wir informieren Sie über jede dieser Entscheidungen; Sie können dazu Stellung nehmen, das Eingreifen einer ' +
      'Person unsererseits erwirken und die Entscheidung anfechten (Art 22C UK GDPR).',
    lawSafeguards:
      'Wir informieren Sie über jede dieser Entscheidungen; Sie können dazu Stellung nehmen, das Eingreifen einer ' +
      'Person unsererseits erwirken und die Entscheidung anfechten (Art 22C UK GDPR).',
  },
  automatedRight:
    'Treffen wir über Sie eine erhebliche Entscheidung, die ausschließlich auf einer automatisierten Verarbeitung ' +
    'beruht, informieren wir Sie darüber; Sie können dazu Stellung nehmen, das Eingreifen einer Person ' +
    'unsererseits erwirken und die Entscheidung anfechten (Art 22C UK GDPR). Auf besondere Kategorien ' +
    'personenbezogener Daten stützen wir eine solche Entscheidung nur mit Ihrer ausdrücklichen Einwilligung oder ' +
    'wenn sie für einen Vertrag mit Ihnen erforderlich oder gesetzlich vorgeschrieben oder zulässig ist und ' +
    'Gründe eines erheblichen öffentlichen Interesses bestehen (Art 22B(1)–(3), 9(2)(g) UK GDPR), und nie, wenn ' +
    'die Verarbeitung auf anerkannten berechtigten Interessen beruht (Art 22B(4) UK GDPR).',
  complaintRightBefore: 'Sie können sich beim Information Commissioner beschweren (siehe unten „Beschwerden“).',
  complaintRight:
    'Sie können sich bei uns (section 164A des Data Protection Act 2018) und beim Information Commissioner ' +
    'beschweren (siehe unten „Beschwerden“).',
  access: (complaint, automated) =>
    'Sie können eine Bestätigung darüber verlangen, ob wir Sie betreffende personenbezogene Daten verarbeiten; ist ' +
    'dies der Fall, haben Sie ein Recht auf Auskunft über diese Daten und auf folgende Informationen: die ' +
    'Verarbeitungszwecke; die Kategorien personenbezogener Daten; die Empfänger oder Kategorien von Empfängern, ' +
    'insbesondere in Drittländern oder bei internationalen Organisationen, und die geeigneten Garantien für ' +
    'solche Übermittlungen; die geplante Speicherdauer oder, falls dies nicht möglich ist, die Kriterien für ihre ' +
    'Festlegung; das Bestehen eines Rechts auf Berichtigung oder Löschung oder auf Einschränkung der Verarbeitung ' +
    `und eines Widerspruchsrechts; ${complaint}; wenn die Daten nicht bei Ihnen erhoben werden, alle verfügbaren ` +
    `Informationen über ihre Herkunft; und ${automated} mit aussagekräftigen Informationen über die involvierte ` +
    'Logik sowie die Tragweite und die angestrebten Auswirkungen für Sie (Art 15(1)–(2) UK GDPR). Sie können eine ' +
    'Kopie der Daten erhalten; dieses Recht darf die Rechte und Freiheiten anderer Personen nicht beeinträchtigen ' +
    '(Art 15(3)–(4) UK GDPR).',
  accessComplaintBefore: 'das Bestehen eines Beschwerderechts beim Information Commissioner',
  accessComplaint:
    'das Bestehen eines Rechts auf Beschwerde bei uns (section 164A des Data Protection Act 2018) und beim ' +
    'Information Commissioner (section 165 dieses Gesetzes)',
  accessAutomatedBefore: 'das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling',
  accessAutomated:
    'das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling, für die die Garantien von ' +
    'Art 22C UK GDPR gelten,',
  notesHeading: 'Weitere Informationen',
  route: {
    url: (v) => `über unser Beschwerdeformular: ${v}`,
    email: (v) => `per E-Mail an ${v}`,
    phone: (v) => `telefonisch unter ${v}`,
    post: (v) => `per Post an ${v}`,
  },
  missingRoute: 'Nicht angegeben, wie Sie sich bei uns beschweren können — siehe s.164A(2) DPA 2018',
  invalidMechanism: INVALID_MECHANISM.de,
  unapproved: 'Übermittlung an dieses Ziel nach der UK GDPR nicht genehmigt — Art 45A UK GDPR',
  unapprovedBefore: 'Keine Angemessenheitsverordnung für dieses Ziel nach der UK GDPR — Art 45 UK GDPR, s.17A DPA 2018',
  research:
    'Wissenschaftliche oder historische Forschung, Archivierung im öffentlichen Interesse oder Statistik (Art 84A UK GDPR)',
};

const WORDS: Readonly<Record<string, UkWords>> = { en, fr, nl, de };

/** The UK's sentences in a notice language (English for any other). */
export function ukNotice(language: string): LawNotice {
  const w = WORDS[language] ?? en;
  const ground = (g: LawTransferGround, date: string): string => {
    const marker = g.marker ?? '';
    // A mechanism the UK GDPR does not accept, or approval for a destination it does not list: the author's
    // mechanism, with its marker, never "approved by regulations".
    if (g.invalid) return `${g.label}${marker}`;
    if (g.kind === 'adequacy') {
      if (g.mechanism === 'uk-extension-dpf') return w.ukExtension + marker;
      return (appliesOn(DUAA_MAIN, date) ? w.approved : w.adequacyBefore) + marker;
    }
    return (g.provision ? `${g.label} (${g.provision})` : g.label) + marker;
  };
  // From 5 February 2026 a decision needs a condition only where it rests on special category data (Art 22B(1)–(3));
  // the safeguards of Art 22C go with every significant decision based solely on automated processing.
  const automated: LawAutomatedText = {
    ...w.automated,
    decision: (decisionGround, special) => ({
      citation: !special
        ? null
        : decisionGround === 'explicit-consent'
          ? 'Art 22B(2) UK GDPR'
          : decisionGround
            ? 'Art 22B(3), 9(2)(g) UK GDPR'
            : null,
      safeguards: w.automated.safeguards,
    }),
  };
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
    ownRights: false,
    ground,
    complaints: (f: LawFacts): LawBlock => ({
      heading: w.complaintsHeading,
      className: 'law-complaints',
      paragraphs: appliesOn(DUAA_COMPLAINTS, f.date)
        ? [
            w.complainToUs(f.complaintRoutes) + (f.marker ?? ''),
            w.complainToCommissioner(f.authority.name) + f.authority.details,
          ]
        : [w.complainArt77(f.authority.name) + f.authority.details],
    }),
    transfers: (f: LawFacts): LawBlock | undefined =>
      f.transfers.length
        ? {
            heading: w.transfersHeading,
            className: 'law-transfers',
            paragraphs: [w.transfersIntro],
            items: f.transfers.map((t) => {
              const grounds = t.grounds.map((g) => ground(g, f.date));
              const line = w.transferLine(
                t.destinations,
                grounds.length > 1 ? w.oneOf(grounds) : (grounds[0] ?? ''),
                t.possible,
              );
              return transferItem(t, line, w.copy);
            }),
          }
        : undefined,
    rights: (f: LawFacts): LawBlock[] => {
      const blocks: LawBlock[] = [];
      if (appliesOn(DUAA_MAIN, f.date))
        blocks.push({ heading: w.timeLimitHeading, paragraphs: [w.responseTime], className: 'law-response-time' });
      if (f.recognisedInterests) blocks.push({ paragraphs: [w.recognisedInterests], className: 'law-objection' });
      if (f.automatedDecisions && appliesOn(DUAA_MAIN, f.date))
        blocks.push({ paragraphs: [w.automatedSafeguards], className: 'law-automated' });
      return blocks;
    },
    responseTime: (f: LawFacts) => (appliesOn(DUAA_MAIN, f.date) ? w.responseTime : ''),
    automated: (date: string) => (appliesOn(DUAA_MAIN, date) ? automated : undefined),
    complaintRoute: (kind, value) => w.route[kind](value),
    missingLabels: { 'missing-complaints-route': w.missingRoute, 'invalid-mechanism': w.invalidMechanism },
    unlistedLabel: (date) => (appliesOn(DUAA_MAIN, date) ? w.unapproved : w.unapprovedBefore),
    // The UK law has one language: its provisions are cited in English in every notice language.
    localCitation: (cited) => cited,
    overrides: (date) => {
      const main = appliesOn(DUAA_MAIN, date);
      const complaints = appliesOn(DUAA_COMPLAINTS, date);
      return {
        ...(main ? { research: w.research } : {}),
        rights: {
          access: w.access(
            complaints ? w.accessComplaint : w.accessComplaintBefore,
            main ? w.accessAutomated : w.accessAutomatedBefore,
          ),
          complaint: complaints ? w.complaintRight : w.complaintRightBefore,
          // Before 5 February 2026 Art 22 UK GDPR read as the EU's, and the catalogue's sentence stands.
          ...(main ? { 'automated-decisions': w.automatedRight } : {}),
        },
      };
    },
  };
}
