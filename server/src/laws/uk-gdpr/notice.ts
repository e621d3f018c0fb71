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
  notesHeading: string;
  route: {
    url: (v: string) => string;
    email: (v: string) => string;
    phone: (v: string) => string;
    post: (v: string) => string;
  };
  missingRoute: string;
  invalidMechanism: string;
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
    `You may also complain to the supervisory authority (section 165 of the Data Protection Act 2018): ${name}.`,
  complainArt77: (name) =>
    `You have the right to lodge a complaint with the supervisory authority (Art 77 UK GDPR): ${name}.`,
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
  notesHeading: 'Further information',
  route: {
    url: (v) => `using our complaint form at ${v}`,
    email: (v) => `by e-mail to ${v}`,
    phone: (v) => `by phone on ${v}`,
    post: (v) => `by post to ${v}`,
  },
  missingRoute: 'How to complain to us is missing — s.164A DPA 2018',
  invalidMechanism: INVALID_MECHANISM.en,
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
    `Vous pouvez également introduire une réclamation auprès de l’autorité de contrôle (section 165 du Data ` +
    `Protection Act 2018)\u00a0: ${name}.`,
  complainArt77: (name) =>
    `Vous avez le droit d’introduire une réclamation auprès de l’autorité de contrôle (Art 77 UK GDPR)\u00a0: ${name}.`,
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
  notesHeading: 'Autres informations',
  route: {
    url: (v) => `au moyen de notre formulaire de réclamation\u00a0: ${v}`,
    email: (v) => `par courriel à ${v}`,
    phone: (v) => `par téléphone au ${v}`,
    post: (v) => `par courrier à ${v}`,
  },
  missingRoute: 'Moyen de nous adresser une réclamation manquant — s.164A DPA 2018',
  invalidMechanism: INVALID_MECHANISM.fr,
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
    `U kunt ook een klacht indienen bij de toezichthoudende autoriteit (section 165 van de Data Protection Act ` +
    `2018): ${name}.`,
  complainArt77: (name) =>
    `U hebt het recht een klacht in te dienen bij de toezichthoudende autoriteit (Art 77 UK GDPR): ${name}.`,
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
  notesHeading: 'Verdere informatie',
  route: {
    url: (v) => `via ons klachtenformulier: ${v}`,
    email: (v) => `per e-mail aan ${v}`,
    phone: (v) => `telefonisch op ${v}`,
    post: (v) => `per post aan ${v}`,
  },
  missingRoute: 'Hoe u bij ons een klacht indient, ontbreekt — s.164A DPA 2018',
  invalidMechanism: INVALID_MECHANISM.nl,
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
    `Sie können sich auch bei der Aufsichtsbehörde beschweren (section 165 des Data Protection Act 2018): ${name}.`,
  complainArt77: (name) => `Sie haben das Recht auf Beschwerde bei der Aufsichtsbehörde (Art 77 UK GDPR): ${name}.`,
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
  notesHeading: 'Weitere Informationen',
  route: {
    url: (v) => `über unser Beschwerdeformular: ${v}`,
    email: (v) => `per E-Mail an ${v}`,
    phone: (v) => `telefonisch unter ${v}`,
    post: (v) => `per Post an ${v}`,
  },
  missingRoute: 'Angabe, wie Sie sich bei uns beschweren können, fehlt — s.164A DPA 2018',
  invalidMechanism: INVALID_MECHANISM.de,
  research:
    'Wissenschaftliche oder historische Forschung, Archivierung im öffentlichen Interesse oder Statistik (Art 84A UK GDPR)',
};

const WORDS: Readonly<Record<string, UkWords>> = { en, fr, nl, de };

/** The UK's sentences in a notice language (English for any other). */
export function ukNotice(language: string): LawNotice {
  const w = WORDS[language] ?? en;
  const ground = (g: LawTransferGround, date: string): string => {
    if (g.kind === 'adequacy') {
      if (g.mechanism === 'uk-extension-dpf') return w.ukExtension;
      return appliesOn(DUAA_MAIN, date) ? w.approved : w.adequacyBefore;
    }
    return g.provision ? `${g.label} (${g.provision})` : g.label;
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
    automated: (date: string) => (appliesOn(DUAA_MAIN, date) ? w.automated : undefined),
    complaintRoute: (kind, value) => w.route[kind](value),
    missingLabels: { 'missing-complaints-route': w.missingRoute, 'invalid-mechanism': w.invalidMechanism },
    // The UK law has one language: its provisions are cited in English in every notice language.
    localCitation: (cited) => cited,
    overrides: (date) => (appliesOn(DUAA_MAIN, date) ? { research: w.research } : {}),
  };
}
