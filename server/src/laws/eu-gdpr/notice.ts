// What the EU GDPR says in the section "Additional information for people in the European Economic Area" of a notice
// whose own law is another (docs/language.md, "Laws"): a Swiss or UK controller that also serves people in the EEA
// (Art 3(2)). When the EU GDPR is the notice's own law its sentences are the catalogue's (languages/<tag>/notice.ts),
// so these serve that section only (`furtherOnly`). The section says what the notice under the other law may leave
// out: the legal basis of each purpose (Art 13(1)(c)), the GDPR's rights with withdrawal of consent (Art 13(2)(b)–(c)),
// the time limit (Art 12(3)), the complaint to a supervisory authority (Art 13(2)(d), 77(1)), the representative in
// the Union (Art 27), and the transfers that leave the EEA by their ground (Art 13(1)(f)). Citations come from the
// facts (`gdprCite`), in the notice language's style with the Regulation named.
import {
  endSentence,
  transferItem,
  type LawBlock,
  type LawFacts,
  type LawNotice,
  type LawTransferGround,
} from '../notice';

interface EuWords {
  heading: string;
  intro: string;
  territory: string;
  transfersHeading: string;
  transferLine: (destinations: string, grounds: string, possible: boolean) => string;
  oneOf: (grounds: string[]) => string;
  copy: (copy: string) => string;
  adequacy: (cite: string) => string;
  /** The marker of adequacy for a destination no decision of the Commission covers (rule invalid-adequacy). */
  unlisted: string;
  dpf: (cite: string) => string;
  transfersIntro: (cite: string) => string;
  representativeHeading: string;
  representative: (name: string) => string;
  complaintsHeading: string;
  complaint: (cite: string) => string;
  complaintAlso: (name: string) => string;
  basesHeading: string;
  bases: (cite: string) => string;
  rightsHeading: string;
  rights: (c: (a: string) => string) => string;
  marketing: (cite: string) => string;
  responseTime: (cite: string) => string;
  automated: (cite: string) => string;
  exercise: (contact: string | undefined) => string;
  notesHeading: string;
}

const en: EuWords = {
  heading: 'Additional information for people in the European Economic Area',
  intro:
    'For people in the European Economic Area (EEA), our processing of personal data is also subject to the ' +
    'General Data Protection Regulation (Regulation (EU) 2016/679, GDPR). This section sets out what differs for ' +
    'them from the rest of this notice.',
  territory: 'the European Economic Area',
  transfersHeading: 'Transfers outside the European Economic Area',
  transferLine: (destinations, grounds, possible) =>
    `${possible ? 'May be transferred' : 'Transferred'} ${destinations ? `to ${destinations}` : 'outside the EEA'}: ${grounds}`,
  oneOf: (grounds) => `on one of the following grounds: ${grounds.join('; ')}`,
  copy: (copy) => `How to get a copy: ${copy}`,
  adequacy: (cite) => `an adequacy decision of the European Commission (${cite})`,
  unlisted: 'No adequacy decision of the European Commission for this destination — Art 45(3) GDPR',
  dpf: (cite) =>
    `the adequacy decision on the EU–US Data Privacy Framework, for recipients certified under it (${cite})`,
  transfersIntro: (cite) =>
    `The following transfers of personal data outside the EEA rest on the grounds stated (${cite}).`,
  representativeHeading: 'Our representative in the European Union',
  representative: (name) =>
    `${name} is our representative in the European Union (Art 27 GDPR). You can contact them, in addition to or ` +
    `instead of us, on any question about the processing of your personal data.`,
  complaintsHeading: 'Complaints to a supervisory authority',
  complaint: (cite) =>
    `You have the right to lodge a complaint with a supervisory authority, in particular in the EU or EEA State of ` +
    `your habitual residence, your place of work or the place of the alleged infringement (${cite}).`,
  complaintAlso: (name) => `You may also lodge it with ${name}`,
  basesHeading: 'Legal bases',
  bases: (cite) => `Each purpose rests on the following legal basis (${cite}):`,
  rightsHeading: 'Your rights under the GDPR',
  rights: (c) =>
    `Under the conditions and within the limits the GDPR sets, you have the right of access (${c('Art 15')}), to ` +
    `rectification (${c('Art 16')}), to erasure (${c('Art 17')}), to restriction of processing (${c('Art 18')}), ` +
    `to data portability (${c('Art 20')}) and to object, on grounds relating to your particular situation, to ` +
    `processing based on our legitimate interests or on a task in the public interest (${c('Art 21(1)')}). Where ` +
    `we rely on your consent, you can withdraw it at any time, without affecting the lawfulness of the processing ` +
    `before the withdrawal (${c('Art 7(3)')}).`,
  marketing: (cite) =>
    `You can object at any time to the processing of your personal data for direct marketing; we then stop ` +
    `processing it for that purpose (${cite}).`,
  responseTime: (cite) =>
    `We answer your request without undue delay and at the latest within one month of receiving it. Where ` +
    `necessary, taking into account the complexity and number of requests, we may extend this by two further ` +
    `months; we then tell you so, with the reasons, within the first month (${cite}).`,
  automated: (cite) =>
    `Where a decision based solely on automated processing is necessary for a contract with you or rests on your ` +
    `explicit consent, you have at least the right to obtain human intervention on our part, to express your point ` +
    `of view and to contest the decision (${cite}).`,
  exercise: (contact) =>
    contact
      ? `To exercise these rights, contact us at ${contact}.`
      : 'To exercise these rights, contact us at the contact details in this notice.',
  notesHeading: 'Further information',
};

const fr: EuWords = {
  heading: 'Informations complémentaires pour les personnes dans l’Espace économique européen',
  intro:
    'Pour les personnes dans l’Espace économique européen (EEE), notre traitement des données à caractère ' +
    'personnel est également soumis au règlement général sur la protection des données (règlement (UE) 2016/679, ' +
    'RGPD). Cette section indique ce qui, pour elles, diffère du reste de la présente déclaration.',
  territory: 'l’Espace économique européen',
  transfersHeading: 'Transferts hors de l’Espace économique européen',
  transferLine: (destinations, grounds, possible) =>
    `${possible ? 'Transfert possible' : 'Transfert'} ${destinations ? `vers ${destinations}` : 'hors de l’EEE'}\u00a0: ${grounds}`,
  oneOf: (grounds) => `sur l’un des fondements suivants\u00a0: ${grounds.join('\u00a0; ')}`,
  copy: (copy) => `Comment en obtenir une copie\u00a0: ${copy}`,
  adequacy: (cite) => `une décision d’adéquation de la Commission européenne (${cite})`,
  unlisted: 'Aucune décision d’adéquation de la Commission européenne pour cette destination — article 45.3 du RGPD',
  dpf: (cite) =>
    `la décision d’adéquation relative au cadre de protection des données UE–États-Unis, pour les destinataires ` +
    `certifiés (${cite})`,
  transfersIntro: (cite) =>
    `Les transferts suivants de données à caractère personnel hors de l’EEE reposent sur les fondements indiqués (${cite}).`,
  representativeHeading: 'Notre représentant dans l’Union européenne',
  representative: (name) =>
    `${name} est notre représentant dans l’Union européenne (article 27 du RGPD). Vous pouvez vous adresser à lui, en plus ` +
    `de nous ou à notre place, pour toute question relative au traitement de vos données à caractère personnel.`,
  complaintsHeading: 'Réclamation auprès d’une autorité de contrôle',
  complaint: (cite) =>
    `Vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle, en particulier dans l’État ` +
    `de l’UE ou de l’EEE de votre résidence habituelle, de votre lieu de travail ou du lieu où la violation aurait ` +
    `été commise (${cite}).`,
  complaintAlso: (name) => `Vous pouvez aussi l’introduire auprès de ${name}`,
  basesHeading: 'Bases juridiques',
  bases: (cite) => `Chaque finalité repose sur la base juridique suivante (${cite})\u00a0:`,
  rightsHeading: 'Vos droits au titre du RGPD',
  rights: (c) =>
    `Dans les conditions et limites prévues par le RGPD, vous disposez d’un droit d’accès (${c('Art 15')}), de ` +
    `rectification (${c('Art 16')}), d’effacement (${c('Art 17')}), à la limitation du traitement (${c('Art 18')}), ` +
    `à la portabilité des données (${c('Art 20')}) et du droit de vous opposer, pour des raisons tenant à votre ` +
    `situation particulière, au traitement fondé sur nos intérêts légitimes ou sur une mission d’intérêt public ` +
    `(${c('Art 21(1)')}). Lorsque nous nous fondons sur votre consentement, vous pouvez le retirer à tout moment, ` +
    `sans que cela compromette la licéité du traitement effectué avant le retrait (${c('Art 7(3)')}).`,
  marketing: (cite) =>
    `Vous pouvez vous opposer à tout moment au traitement de vos données à des fins de prospection\u00a0; nous ` +
    `cessons alors de les traiter à ces fins (${cite}).`,
  responseTime: (cite) =>
    `Nous répondons à votre demande dans les meilleurs délais et au plus tard dans un délai d’un mois à compter de ` +
    `sa réception. Au besoin, compte tenu de la complexité et du nombre de demandes, ce délai peut être prolongé de ` +
    `deux mois\u00a0; nous vous en informons alors, avec les motifs, dans le mois qui suit la réception (${cite}).`,
  automated: (cite) =>
    `Lorsqu’une décision fondée exclusivement sur un traitement automatisé est nécessaire à un contrat conclu avec ` +
    `vous ou repose sur votre consentement explicite, vous avez au moins le droit d’obtenir une intervention humaine ` +
    `de notre part, d’exprimer votre point de vue et de contester la décision (${cite}).`,
  exercise: (contact) =>
    contact
      ? `Pour exercer ces droits, contactez-nous à l’adresse ${contact}.`
      : 'Pour exercer ces droits, contactez-nous aux coordonnées indiquées dans la présente déclaration.',
  notesHeading: 'Informations complémentaires',
};

const nl: EuWords = {
  heading: 'Aanvullende informatie voor personen in de Europese Economische Ruimte',
  intro:
    'Voor personen in de Europese Economische Ruimte (EER) valt onze verwerking van persoonsgegevens ook onder de ' +
    'Algemene verordening gegevensbescherming (Verordening (EU) 2016/679, AVG). Deze sectie zet uiteen wat voor ' +
    'hen afwijkt van de rest van deze verklaring.',
  territory: 'de Europese Economische Ruimte',
  transfersHeading: 'Doorgifte buiten de Europese Economische Ruimte',
  transferLine: (destinations, grounds, possible) =>
    `${possible ? 'Mogelijke doorgifte' : 'Doorgifte'} ${destinations ? `naar ${destinations}` : 'buiten de EER'}: ${grounds}`,
  oneOf: (grounds) => `op een van de volgende gronden: ${grounds.join('; ')}`,
  copy: (copy) => `Hoe u een kopie krijgt: ${copy}`,
  adequacy: (cite) => `een adequaatheidsbesluit van de Europese Commissie (${cite})`,
  unlisted: 'Geen adequaatheidsbesluit van de Europese Commissie voor deze bestemming — art. 45, lid 3 AVG',
  dpf: (cite) =>
    `het adequaatheidsbesluit over het EU-VS-kader voor gegevensbescherming, voor ontvangers die daaronder ` +
    `gecertificeerd zijn (${cite})`,
  transfersIntro: (cite) =>
    `De volgende doorgiften van persoonsgegevens buiten de EER berusten op de vermelde gronden (${cite}).`,
  representativeHeading: 'Onze vertegenwoordiger in de Europese Unie',
  representative: (name) =>
    `${name} is onze vertegenwoordiger in de Europese Unie (art. 27 AVG). U kunt zich naast of in plaats van tot ons ` +
    `tot hem wenden met elke vraag over de verwerking van uw persoonsgegevens.`,
  complaintsHeading: 'Klacht bij een toezichthoudende autoriteit',
  complaint: (cite) =>
    `U hebt het recht een klacht in te dienen bij een toezichthoudende autoriteit, met name in de EU- of EER-staat ` +
    `waar u gewoonlijk verblijft, waar u werkt of waar de vermeende inbreuk heeft plaatsgevonden (${cite}).`,
  complaintAlso: (name) => `U kunt de klacht ook indienen bij ${name}`,
  basesHeading: 'Rechtsgronden',
  bases: (cite) => `Elk doel berust op de volgende rechtsgrond (${cite}):`,
  rightsHeading: 'Uw rechten onder de AVG',
  rights: (c) =>
    `Onder de voorwaarden en binnen de grenzen van de AVG hebt u recht op inzage (${c('Art 15')}), rectificatie ` +
    `(${c('Art 16')}), gegevenswissing (${c('Art 17')}), beperking van de verwerking (${c('Art 18')}) en ` +
    `overdraagbaarheid van gegevens (${c('Art 20')}), en het recht om, om redenen die verband houden met uw ` +
    `specifieke situatie, bezwaar te maken tegen verwerking op grond van onze gerechtvaardigde belangen of een taak ` +
    `van algemeen belang (${c('Art 21(1)')}). Waar wij ons op uw toestemming baseren, kunt u die te allen tijde ` +
    `intrekken, zonder dat dit afbreuk doet aan de rechtmatigheid van de verwerking vóór de intrekking (${c('Art 7(3)')}).`,
  marketing: (cite) =>
    `U kunt te allen tijde bezwaar maken tegen de verwerking van uw persoonsgegevens voor direct marketing; wij ` +
    `verwerken ze dan niet langer voor dat doel (${cite}).`,
  responseTime: (cite) =>
    `Wij beantwoorden uw verzoek onverwijld en uiterlijk binnen een maand na ontvangst. Indien nodig, rekening ` +
    `houdend met de complexiteit en het aantal verzoeken, kan die termijn met nog twee maanden worden verlengd; wij ` +
    `laten u dat dan binnen de eerste maand weten, met de redenen (${cite}).`,
  automated: (cite) =>
    `Is een uitsluitend op geautomatiseerde verwerking gebaseerd besluit noodzakelijk voor een overeenkomst met u of ` +
    `berust het op uw uitdrukkelijke toestemming, dan hebt u ten minste het recht op menselijke tussenkomst van ` +
    `onze kant, om uw standpunt kenbaar te maken en om het besluit aan te vechten (${cite}).`,
  exercise: (contact) =>
    contact
      ? `Om deze rechten uit te oefenen, neemt u contact met ons op via ${contact}.`
      : 'Om deze rechten uit te oefenen, neemt u contact met ons op via de contactgegevens in deze verklaring.',
  notesHeading: 'Meer informatie',
};

const de: EuWords = {
  heading: 'Zusätzliche Informationen für Personen im Europäischen Wirtschaftsraum',
  intro:
    'Für Personen im Europäischen Wirtschaftsraum (EWR) unterliegt unsere Verarbeitung personenbezogener Daten ' +
    'auch der Datenschutz-Grundverordnung (Verordnung (EU) 2016/679, DSGVO). Dieser Abschnitt nennt, was für sie ' +
    'vom Rest dieser Erklärung abweicht.',
  territory: 'der Europäische Wirtschaftsraum',
  transfersHeading: 'Übermittlungen außerhalb des Europäischen Wirtschaftsraums',
  transferLine: (destinations, grounds, possible) =>
    `${possible ? 'Mögliche Übermittlung' : 'Übermittlung'} ${destinations ? `nach ${destinations}` : 'außerhalb des EWR'}: ${grounds}`,
  oneOf: (grounds) => `auf einer der folgenden Grundlagen: ${grounds.join('; ')}`,
  copy: (copy) => `Wie Sie eine Kopie erhalten: ${copy}`,
  adequacy: (cite) => `ein Angemessenheitsbeschluss der Europäischen Kommission (${cite})`,
  unlisted: 'Kein Angemessenheitsbeschluss der Europäischen Kommission für dieses Ziel — Art. 45 Abs. 3 DSGVO',
  dpf: (cite) =>
    `der Angemessenheitsbeschluss zum EU-US-Datenschutzrahmen, für danach zertifizierte Empfänger (${cite})`,
  transfersIntro: (cite) =>
    `Die folgenden Übermittlungen personenbezogener Daten außerhalb des EWR beruhen auf den genannten Grundlagen (${cite}).`,
  representativeHeading: 'Unser Vertreter in der Europäischen Union',
  representative: (name) =>
    `${name} ist unser Vertreter in der Europäischen Union (Art. 27 DSGVO). Sie können sich zusätzlich zu uns oder statt ` +
    `an uns mit allen Fragen zur Verarbeitung Ihrer personenbezogenen Daten an ihn wenden.`,
  complaintsHeading: 'Beschwerde bei einer Aufsichtsbehörde',
  complaint: (cite) =>
    `Sie haben das Recht auf Beschwerde bei einer Aufsichtsbehörde, insbesondere in dem EU- oder EWR-Staat Ihres ` +
    `gewöhnlichen Aufenthalts, Ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes (${cite}).`,
  complaintAlso: (name) => `Sie können sie auch einreichen bei: ${name}`,
  basesHeading: 'Rechtsgrundlagen',
  bases: (cite) => `Jeder Zweck beruht auf der folgenden Rechtsgrundlage (${cite}):`,
  rightsHeading: 'Ihre Rechte nach der DSGVO',
  rights: (c) =>
    `Unter den Voraussetzungen und in den Grenzen der DSGVO haben Sie das Recht auf Auskunft (${c('Art 15')}), ` +
    `Berichtigung (${c('Art 16')}), Löschung (${c('Art 17')}), Einschränkung der Verarbeitung (${c('Art 18')}) und ` +
    `Datenübertragbarkeit (${c('Art 20')}) sowie das Recht, aus Gründen, die sich aus Ihrer besonderen Situation ` +
    `ergeben, der Verarbeitung aufgrund unserer berechtigten Interessen oder einer Aufgabe im öffentlichen Interesse ` +
    `zu widersprechen (${c('Art 21(1)')}). Beruht eine Verarbeitung auf Ihrer Einwilligung, können Sie diese ` +
    `jederzeit widerrufen, ohne dass die Rechtmäßigkeit der bis zum Widerruf erfolgten Verarbeitung berührt wird ` +
    `(${c('Art 7(3)')}).`,
  marketing: (cite) =>
    `Der Verarbeitung Ihrer personenbezogenen Daten für Direktwerbung können Sie jederzeit widersprechen; wir ` +
    `verarbeiten sie dann nicht mehr für diesen Zweck (${cite}).`,
  responseTime: (cite) =>
    `Wir beantworten Ihren Antrag unverzüglich, spätestens innerhalb eines Monats nach Eingang. Wenn nötig, unter ` +
    `Berücksichtigung der Komplexität und der Anzahl der Anträge, kann diese Frist um weitere zwei Monate verlängert ` +
    `werden; dies teilen wir Ihnen innerhalb des ersten Monats mit, zusammen mit den Gründen (${cite}).`,
  automated: (cite) =>
    `Ist eine ausschließlich auf einer automatisierten Verarbeitung beruhende Entscheidung für einen Vertrag mit ` +
    `Ihnen erforderlich oder beruht sie auf Ihrer ausdrücklichen Einwilligung, haben Sie mindestens das Recht auf ` +
    `Eingreifen einer Person auf unserer Seite, auf Darlegung Ihres Standpunkts und auf Anfechtung der Entscheidung ` +
    `(${cite}).`,
  exercise: (contact) =>
    contact
      ? `Um diese Rechte auszuüben, wenden Sie sich an ${contact}.`
      : 'Um diese Rechte auszuüben, wenden Sie sich über die Kontaktangaben in dieser Erklärung an uns.',
  notesHeading: 'Weitere Informationen',
};

const WORDS: Readonly<Record<string, EuWords>> = { en, fr, nl, de };

/** The EU GDPR's sentences for its section in a notice whose own law is another (English for any other language). */
export function euNotice(language: string): LawNotice {
  const w = WORDS[language] ?? en;
  const ground = (g: LawTransferGround, f: LawFacts): string => {
    const marker = g.marker ?? '';
    // Not a ground under the GDPR, or adequacy for a destination no decision covers: the author's mechanism, marked.
    if (g.invalid) return `${g.label}${marker}`;
    if (g.mechanism === 'dpf') return w.dpf(f.gdprCite('Art 45')) + marker;
    if (g.kind === 'adequacy') return w.adequacy(f.gdprCite('Art 45')) + marker;
    return (g.provision ? `${g.label} (${g.provision})` : g.label) + marker;
  };
  return {
    furtherOnly: true,
    heading: w.heading,
    intro: w.intro,
    territory: w.territory,
    transfersHeading: w.transfersHeading,
    transfersIntro: '',
    representativeHeading: w.representativeHeading,
    representative: w.representative,
    complaintsHeading: w.complaintsHeading,
    notesHeading: w.notesHeading,
    ownRights: false,
    ground: (g) => g.label,
    complaints: (f: LawFacts): LawBlock => ({
      heading: w.complaintsHeading,
      className: 'law-complaints',
      paragraphs: [
        w.complaint(f.gdprCite('Art 77(1)')),
        ...(f.authority.name ? [endSentence(w.complaintAlso(f.authority.name) + f.authority.details)] : []),
      ],
    }),
    transfers: (f: LawFacts): LawBlock | undefined =>
      f.transfers.length
        ? {
            heading: w.transfersHeading,
            className: 'law-transfers',
            paragraphs: [w.transfersIntro(f.gdprCite('Art 13(1)(f)'))],
            items: f.transfers.map((t) => {
              const grounds = t.grounds.map((g) => ground(g, f));
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
      if (f.bases.length)
        blocks.push({
          heading: w.basesHeading,
          paragraphs: [w.bases(f.gdprCite('Art 13(1)(c)'))],
          items: f.bases,
          className: 'law-bases',
        });
      const paragraphs = [w.rights(f.gdprCite)];
      if (f.directMarketing) paragraphs.push(w.marketing(f.gdprCite('Art 21(2)')));
      paragraphs.push(w.responseTime(f.gdprCite('Art 12(3)')));
      if (f.automatedDecisions) paragraphs.push(w.automated(f.gdprCite('Art 22(3)')));
      paragraphs.push(w.exercise(f.contact));
      blocks.push({ heading: w.rightsHeading, paragraphs, className: 'law-rights' });
      return blocks;
    },
    complaintRoute: undefined,
    missingLabels: {},
    unlistedLabel: () => w.unlisted,
    // Its provisions reach the section already cited in the notice language's style (`LawFacts.gdprCite`).
    localCitation: (cited) => cited,
  };
}
