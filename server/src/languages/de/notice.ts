// German text of the rendered notice (docs/language.md, "Output language"), in the wording of the German text of the GDPR (DSGVO).
// Same shape and rules as en.ts: values are HTML written by us, arguments arrive escaped.
// Articles are cited "Art. 6 Abs. 1 lit. f DSGVO". Durations come from Intl in the nominative ("30 Tage"); the one
// sentence that needs the dative ("innerhalb von 30 Tagen") adapts them (see `dative`).
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
  longDate,
  monthDate,
  sameUnit,
  type ArticleRef,
  sameArticleParagraphs,
  type LocalTerm,
  type TermTable,
} from '../noticeText';
import { de as descriptor } from './language';

/** Art. 4 is a list of numbered definitions, not of paragraphs: "Art. 4 Nr. 4 DSGVO". */
const provision = (r: ArticleRef) =>
  `${r.article}${r.paragraph ? ` ${r.article === '4' && !r.point ? 'Nr.' : 'Abs.'} ${r.paragraph}` : ''}${r.point ? ` lit. ${r.point}` : ''}`;
const LIST = new Intl.ListFormat('de', { type: 'conjunction' });
/**
 * "Art. 6 Abs. 1 lit. f DSGVO", "Art. 47 DSGVO", "Art. 13 und 14 DSGVO", "Art. 49 Abs. 1 UAbs. 2 DSGVO", "Art. 4 Nr. 4
 * DSGVO", and paragraphs of one article together: "Art. 15 Abs. 1 und 2 DSGVO".
 */
const cite = citationStyle(
  (r) => `Art. ${provision(r)}${r.subparagraph ? ` UAbs. ${r.subparagraph}` : ''} DSGVO`,
  (refs) => {
    const paragraphs = sameArticleParagraphs(refs);
    return paragraphs
      ? `Art. ${refs[0].article} Abs. ${LIST.format(paragraphs)} DSGVO`
      : `Art. ${LIST.format(refs.map(provision))} DSGVO`;
  },
);

/** Intl gives the nominative ("1 Jahr", "2 Jahre"), right after "beträgt", "noch" or "ab". */
const duration = durationStyle(descriptor.locale);
/**
 * The dative after "innerhalb von": Intl has no grammatical case, so the three plurals that take -n in the dative are
 * adapted here ("30 Tagen", "2 Monaten", "3 Jahren"); "Stunden" and "Wochen" are the same in both cases.
 */
const dative = (time: string) => time.replace(/(?<![\p{L}])(Tage|Monate|Jahre)(?![\p{L}])/gu, '$1n');

/**
 * "ab"/"bis" before the author's event text. Both govern the dative ("ab dem Ende", "bis zum Ende"): text that
 * starts with a nominative or accusative article ("das Ende"), or is quoted in another language, is named as our
 * description of the moment instead ("bis zu dem Zeitpunkt, den wir als „das Ende …“ beschreiben"), never spliced.
 */
const NON_DATIVE = /^(?:das|die|den|ein|eine|einen)\s/i;
const described = (event: string) =>
  `dem Zeitpunkt, den wir als ${isQuotation(event) ? event : `„${event}“`} beschreiben`;
const from = (event: string) =>
  NON_DATIVE.test(event) || isQuotation(event) ? `ab ${described(event)}` : `ab ${event}`;
function until(event: string): string {
  if (/^dem\s/i.test(event)) return `bis zum ${event.slice(4)}`;
  if (NON_DATIVE.test(event) || /^der\s/i.test(event) || isQuotation(event)) return `bis zu ${described(event)}`;
  return `bis ${event}`;
}

const WHO = '„Wer wir sind“';
const NUMBER = new Intl.NumberFormat(descriptor.locale, { maximumFractionDigits: 3 });

const terms: TermTable = {
  basis: {
    consent: {
      label: 'Einwilligung',
      meaning:
        'Die betroffene Person hat ihre Einwilligung zu der Verarbeitung für einen oder mehrere bestimmte ' +
        'Zwecke gegeben.',
    },
    contract: {
      label: 'Vertrag oder vorvertragliche Maßnahmen',
      meaning:
        'Die Verarbeitung ist für die Erfüllung eines Vertrags mit der betroffenen Person oder zur Durchführung ' +
        'vorvertraglicher Maßnahmen auf ihre Anfrage erforderlich.',
    },
    'legal-obligation': {
      label: 'Rechtliche Verpflichtung',
      meaning:
        'Die Verarbeitung ist zur Erfüllung einer rechtlichen Verpflichtung erforderlich, der der Verantwortliche ' +
        'unterliegt.',
    },
    'vital-interests': {
      label: 'Lebenswichtige Interessen',
      meaning:
        'Die Verarbeitung ist erforderlich, um das Leben oder die körperliche Unversehrtheit einer Person zu schützen.',
    },
    'public-task': {
      label: 'Öffentliche Aufgabe',
      meaning:
        'Die Verarbeitung ist für die Wahrnehmung einer Aufgabe erforderlich, die im öffentlichen Interesse ' +
        'liegt oder in Ausübung öffentlicher Gewalt erfolgt.',
    },
    'legitimate-interests': {
      label: 'Berechtigtes Interesse',
      meaning:
        'Die Verarbeitung ist zur Wahrung der berechtigten Interessen des Verantwortlichen oder eines Dritten ' +
        'erforderlich, sofern nicht die Interessen oder Grundrechte der betroffenen Person überwiegen.',
    },
    'recognised-legitimate-interests': {
      label: 'Anerkannte berechtigte Interessen',
      meaning:
        'Nur UK GDPR: Die Verarbeitung ist für ein in Anhang 1 aufgeführtes anerkanntes berechtigtes Interesse ' +
        'erforderlich (Verhütung von Straftaten, Schutz gefährdeter Personen, Notfälle…); ohne Abwägung, aber nicht ' +
        'für Aufgaben von Behörden.',
    },
  },
  special_basis: {
    'explicit-consent': {
      label: 'Ausdrückliche Einwilligung',
      meaning:
        'Die betroffene Person hat in die Verarbeitung für einen oder mehrere festgelegte Zwecke ausdrücklich ' +
        'eingewilligt.',
    },
    'employment-law': {
      label: 'Arbeitsrecht und Recht der sozialen Sicherheit',
      meaning:
        'Erforderlich für Rechte und Pflichten aus dem Arbeitsrecht und dem Recht der sozialen Sicherheit ' +
        'und des Sozialschutzes.',
    },
    'vital-interests': {
      label: 'Lebenswichtige Interessen',
      meaning:
        'Erforderlich zum Schutz lebenswichtiger Interessen einer Person, die aus körperlichen oder rechtlichen ' +
        'Gründen außerstande ist, ihre Einwilligung zu geben.',
    },
    'not-for-profit': {
      label: 'Organisation ohne Gewinnerzielungsabsicht',
      meaning:
        'Verarbeitung durch eine Stiftung, Vereinigung oder sonstige Organisation ohne Gewinnerzielungsabsicht ' +
        'über ihre Mitglieder oder Personen, die regelmäßig mit ihr in Kontakt stehen.',
    },
    'made-public': {
      label: 'Von der betroffenen Person öffentlich gemacht',
      meaning: 'Die betroffene Person hat die Daten offensichtlich selbst öffentlich gemacht.',
    },
    'legal-claims': {
      label: 'Rechtsansprüche',
      meaning:
        'Erforderlich zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen oder bei Handlungen ' +
        'der Gerichte im Rahmen ihrer justiziellen Tätigkeit.',
    },
    'substantial-public-interest': {
      label: 'Erhebliches öffentliches Interesse',
      meaning:
        'Erforderlich aus Gründen eines erheblichen öffentlichen Interesses auf der Grundlage des Unionsrechts ' +
        'oder des Rechts eines Mitgliedstaats.',
    },
    'health-care': {
      label: 'Gesundheits- oder Sozialbereich',
      meaning:
        'Erforderlich für Zwecke der Gesundheitsvorsorge oder der Arbeitsmedizin, für die medizinische Diagnostik ' +
        'oder für die Versorgung oder Behandlung im Gesundheits- oder Sozialbereich, unter Wahrung des Berufsgeheimnisses.',
    },
    'public-health': {
      label: 'Öffentliche Gesundheit',
      meaning:
        'Erforderlich aus Gründen des öffentlichen Interesses im Bereich der öffentlichen Gesundheit, etwa ' +
        'zum Schutz vor schwerwiegenden grenzüberschreitenden Gesundheitsgefahren.',
    },
    research: {
      label: 'Archiv-, Forschungs- oder statistische Zwecke',
      meaning:
        `Erforderlich für im öffentlichen Interesse liegende Archivzwecke, für wissenschaftliche oder historische ` +
        `Forschungszwecke oder für statistische Zwecke, mit geeigneten Garantien (${cite('Art 89(1)')}).`,
    },
  },
  mechanism: {
    adequacy: {
      label: 'Angemessenheitsbeschluss',
      meaning: 'Die Europäische Kommission hat beschlossen, dass das Land ein angemessenes Schutzniveau bietet.',
    },
    dpf: {
      label: 'EU-US-Datenschutzrahmen',
      meaning:
        'Der US-Empfänger ist nach dem EU-US-Datenschutzrahmen (Data Privacy Framework) zertifiziert (Angemessenheitsbeschluss ' +
        'vom 10. Juli 2023). Nur für die Vereinigten Staaten.',
    },
    scc: {
      label: 'Standardvertragsklauseln',
      meaning:
        'Mit dem Empfänger sind von der Europäischen Kommission erlassene Standarddatenschutzklauseln vereinbart.',
    },
    bcr: {
      label: 'Verbindliche interne Datenschutzvorschriften',
      meaning:
        'Innerhalb der Unternehmensgruppe gelten von einer Aufsichtsbehörde genehmigte verbindliche interne ' +
        'Datenschutzvorschriften.',
    },
    'legally-binding-instrument': {
      label: 'Rechtlich bindendes Dokument',
      meaning: 'Ein rechtlich bindendes und durchsetzbares Dokument zwischen Behörden oder öffentlichen Stellen.',
    },
    'code-of-conduct': {
      label: 'Verhaltensregeln',
      meaning: 'Genehmigte Verhaltensregeln mit rechtsverbindlichen und durchsetzbaren Verpflichtungen des Empfängers.',
    },
    certification: {
      label: 'Zertifizierung',
      meaning:
        'Ein genehmigter Zertifizierungsmechanismus mit rechtsverbindlichen und durchsetzbaren Verpflichtungen ' +
        'des Empfängers.',
    },
    'ad-hoc-clauses': {
      label: 'Individuelle Vertragsklauseln',
      meaning: 'Von der zuständigen Aufsichtsbehörde genehmigte Vertragsklauseln.',
    },
    'derogation-consent': {
      label: 'Ausdrückliche Einwilligung in die Übermittlung',
      meaning:
        'Die betroffene Person hat in die Übermittlung ausdrücklich eingewilligt, nachdem sie über die möglichen ' +
        'Risiken unterrichtet wurde.',
    },
    'derogation-contract': {
      label: 'Für einen Vertrag erforderlich',
      meaning:
        'Die Übermittlung ist für die Erfüllung eines Vertrags mit der betroffenen Person oder zur Durchführung ' +
        'vorvertraglicher Maßnahmen auf ihren Antrag erforderlich.',
    },
    'derogation-public-interest': {
      label: 'Wichtiges öffentliches Interesse',
      meaning: 'Die Übermittlung ist aus wichtigen Gründen des öffentlichen Interesses notwendig.',
    },
    'derogation-legal-claims': {
      label: 'Rechtsansprüche',
      meaning: 'Die Übermittlung ist zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen erforderlich.',
    },
    'derogation-vital-interests': {
      label: 'Lebenswichtige Interessen',
      meaning:
        'Die Übermittlung ist zum Schutz lebenswichtiger Interessen einer Person erforderlich, die außerstande ' +
        'ist, ihre Einwilligung zu geben.',
    },
    'derogation-public-register': {
      label: 'Öffentliches Register',
      meaning:
        'Die Übermittlung erfolgt aus einem Register, das zur Information der Öffentlichkeit bestimmt ist ' +
        'und zur Einsichtnahme offensteht.',
    },
    'derogation-contract-in-interest': {
      label: 'Vertrag im Interesse der betroffenen Person',
      meaning:
        'Die Übermittlung ist für den Abschluss oder die Erfüllung eines im Interesse der betroffenen Person ' +
        'vom Verantwortlichen mit einer anderen natürlichen oder juristischen Person geschlossenen Vertrags ' +
        'erforderlich.',
    },
    'derogation-compelling-interests': {
      label: 'Zwingende berechtigte Interessen',
      meaning:
        `Eine nicht wiederholte Übermittlung, die nur eine begrenzte Zahl von Personen betrifft und für zwingende ` +
        `berechtigte Interessen des Verantwortlichen erforderlich ist, mit geeigneten Garantien; die Aufsichtsbehörde ` +
        `wird davon in Kenntnis gesetzt (${cite('Art 49(1) second subparagraph')}).`,
    },
    'uk-idta': {
      label: 'Internationale Datenübermittlungsvereinbarung des Vereinigten Königreichs (IDTA)',
      meaning:
        'Das nach Section 119A des Data Protection Act 2018 erlassene International Data Transfer Agreement ist mit ' +
        'dem Empfänger geschlossen. Nur UK GDPR.',
    },
    'uk-addendum': {
      label: 'EU-Standardvertragsklauseln mit dem britischen Zusatz',
      meaning:
        'Die EU-Standardvertragsklauseln mit dem britischen Zusatz (UK Addendum) nach Section 119A des Data ' +
        'Protection Act 2018.',
    },
    'uk-extension-dpf': {
      label: 'Britische Erweiterung des EU-US-Datenschutzrahmens',
      meaning:
        'Der US-Empfänger ist nach der britischen Erweiterung des EU-US-Datenschutzrahmens zertifiziert. Nur für ' +
        'die Vereinigten Staaten; nur UK GDPR.',
    },
    'swiss-us-dpf': {
      label: 'Swiss-U.S. Data Privacy Framework',
      meaning:
        'Der US-Empfänger ist nach dem Swiss-U.S. Data Privacy Framework zertifiziert (Anhang 1 DSV). Nur für die ' +
        'Vereinigten Staaten; nur Schweizer DSG.',
    },
    'privacy-shield': {
      label: 'EU-US-Datenschutzschild (für ungültig erklärt)',
      meaning:
        'Kein gültiger Mechanismus mehr: Der EuGH hat den Beschluss für ungültig erklärt (C-311/18, 16. Juli 2020).',
    },
    'safe-harbor': {
      label: 'Safe Harbor (für ungültig erklärt)',
      meaning:
        'Kein gültiger Mechanismus mehr: Der EuGH hat die Entscheidung für ungültig erklärt (C-362/14, 6. Oktober 2015).',
    },
  },
  right: {
    access: {
      label: 'Auskunftsrecht',
      meaning: 'Sie können erfahren, ob wir Ihre Daten verarbeiten, und eine Kopie davon erhalten.',
    },
    rectification: {
      label: 'Recht auf Berichtigung',
      meaning: 'Sie können unrichtige Daten berichtigen und unvollständige Daten vervollständigen lassen.',
    },
    erasure: {
      label: 'Recht auf Löschung',
      meaning: 'Sie können Ihre Daten löschen lassen, wenn es keinen Grund mehr gibt, sie aufzubewahren.',
    },
    restriction: {
      label: 'Recht auf Einschränkung der Verarbeitung',
      meaning:
        'Sie können verlangen, dass wir die Nutzung Ihrer Daten einschränken, solange eine Frage dazu geklärt wird.',
    },
    portability: {
      label: 'Recht auf Datenübertragbarkeit',
      meaning:
        'Sie können die Daten, die Sie uns bereitgestellt haben, in einem maschinenlesbaren Format erhalten ' +
        'oder an eine andere Organisation übermitteln lassen.',
    },
    objection: {
      label: 'Widerspruchsrecht',
      meaning:
        'Sie können einer Verarbeitung, die auf berechtigten Interessen oder einer öffentlichen Aufgabe beruht, ' +
        'jederzeit widersprechen, der Direktwerbung in jedem Fall.',
    },
    'automated-decisions': {
      label: 'Rechte bei automatisierten Entscheidungen',
      meaning:
        'Sie können das Eingreifen einer Person erwirken, Ihren Standpunkt darlegen und eine ausschließlich ' +
        'automatisierte Entscheidung anfechten.',
    },
    'withdraw-consent': {
      label: 'Recht auf Widerruf der Einwilligung',
      meaning:
        'Sie können Ihre Einwilligung jederzeit widerrufen; die Rechtmäßigkeit der bis zum Widerruf erfolgten ' +
        'Verarbeitung bleibt davon unberührt.',
    },
    complaint: {
      label: 'Recht auf Beschwerde',
      meaning: 'Sie können sich bei einer Datenschutz-Aufsichtsbehörde beschweren.',
    },
  },
  special: {
    'racial-ethnic-origin': {
      label: 'Rassische oder ethnische Herkunft',
      meaning: 'Daten, aus denen die rassische oder ethnische Herkunft hervorgeht.',
    },
    'political-opinions': {
      label: 'Politische Meinungen',
      meaning: 'Daten, aus denen politische Meinungen hervorgehen.',
    },
    'religious-beliefs': {
      label: 'Religiöse oder weltanschauliche Überzeugungen',
      meaning: 'Daten, aus denen religiöse oder weltanschauliche Überzeugungen hervorgehen.',
    },
    'trade-union-membership': {
      label: 'Gewerkschaftszugehörigkeit',
      meaning: 'Daten, aus denen die Gewerkschaftszugehörigkeit hervorgeht.',
    },
    genetic: {
      label: 'Genetische Daten',
      meaning: `Daten zu ererbten oder erworbenen genetischen Eigenschaften (${cite('Art 4(13)')}).`,
    },
    biometric: {
      label: 'Biometrische Daten',
      meaning:
        `Biometrische Daten zur eindeutigen Identifizierung einer Person, etwa Fingerabdrücke oder Gesichtsbilder ` +
        `(${cite('Art 4(14)')}).`,
    },
    health: {
      label: 'Gesundheitsdaten',
      meaning:
        `Daten zur körperlichen oder geistigen Gesundheit, einschließlich erbrachter Gesundheitsdienstleistungen ` +
        `(${cite('Art 4(15)')}).`,
    },
    'sex-life': {
      label: 'Sexualleben oder sexuelle Orientierung',
      meaning: 'Daten zum Sexualleben oder zur sexuellen Orientierung einer Person.',
    },
  },
  recipient_type: {
    internal: { label: 'Intern', meaning: 'Beschäftigte oder Abteilungen des Verantwortlichen selbst.' },
    processor: {
      label: 'Auftragsverarbeiter',
      meaning: `Verarbeitet die Daten in unserem Auftrag und nach unseren Weisungen (${cite('Art 4(8)')}).`,
    },
    controller: {
      label: 'Eigenständiger Verantwortlicher',
      meaning: `Entscheidet selbst, wofür und wie er die erhaltenen Daten verwendet (${cite('Art 4(7)')}).`,
    },
    'joint-controller': {
      label: 'Gemeinsam Verantwortlicher',
      meaning: `Legt gemeinsam mit uns fest, wofür und wie die Daten verarbeitet werden (${cite('Art 26')}).`,
    },
    'public-authority': {
      label: 'Behörde',
      meaning: 'Eine Behörde, die Daten erhält, z. B. weil das Gesetz es vorschreibt.',
    },
    public: { label: 'Öffentlichkeit', meaning: 'Die Daten werden veröffentlicht oder allgemein zugänglich gemacht.' },
  },
  recipient_category: {
    hosting: {
      label: 'Hosting-Anbieter',
      meaning: 'Rechenzentren und Cloud-Plattformen, auf denen unsere Systeme betrieben werden.',
    },
    'it-services': {
      label: 'IT-Dienstleister',
      meaning: 'Softwareanbieter und IT-Support, die unsere Systeme warten.',
    },
    analytics: { label: 'Analysedienste', meaning: 'Dienste, die messen, wie unsere Website oder App genutzt wird.' },
    advertising: { label: 'Werbepartner', meaning: 'Netzwerke und Plattformen, die Werbung ausspielen oder messen.' },
    payment: { label: 'Zahlungsdienstleister', meaning: 'Banken und Zahlungsdienstleister, die Zahlungen abwickeln.' },
    'customer-support': { label: 'Kundenservice-Dienstleister', meaning: 'Helpdesk-, Chat- und Callcenter-Dienste.' },
    crm: { label: 'CRM-Anbieter', meaning: 'Software für das Kundenbeziehungsmanagement.' },
    'email-delivery': {
      label: 'E-Mail-Versanddienste',
      meaning: 'Dienste, die unsere E-Mails und Newsletter versenden.',
    },
    'social-media': {
      label: 'Soziale Netzwerke',
      meaning: 'Plattformen sozialer Medien, z. B. über Plug-ins oder geteilte Seiten.',
    },
    recruitment: {
      label: 'Personaldienstleister',
      meaning: 'Personalvermittlungen und Software für das Bewerbermanagement.',
    },
    auditors: {
      label: 'Prüfer',
      meaning: 'Externe Prüfer (etwa Abschluss- oder Zertifizierungsprüfer) und Buchhaltungsdienstleister.',
    },
    'legal-advisers': { label: 'Rechtsberater', meaning: 'Rechtsanwälte und andere Rechtsberater.' },
    insurers: { label: 'Versicherungen', meaning: 'Versicherungsunternehmen und Versicherungsmakler.' },
    banks: { label: 'Banken', meaning: 'Banken und andere Finanzinstitute.' },
    'group-companies': { label: 'Konzernunternehmen', meaning: 'Andere Unternehmen unserer Unternehmensgruppe.' },
    'business-partners': {
      label: 'Geschäftspartner',
      meaning: 'Partner, mit denen wir bei der Erbringung unserer Leistungen zusammenarbeiten.',
    },
    'ai-providers': {
      label: 'KI-Anbieter',
      meaning: 'Anbieter von Modellen und Diensten der künstlichen Intelligenz.',
    },
    security: {
      label: 'Sicherheitsdienstleister',
      meaning: 'Dienste für Sicherheit, Betrugsprävention und Überwachung.',
    },
    'delivery-logistics': { label: 'Versand und Logistik', meaning: 'Kurierdienste und Logistikunternehmen.' },
    'law-enforcement': { label: 'Strafverfolgungsbehörden', meaning: 'Polizei und andere Strafverfolgungsbehörden.' },
    courts: { label: 'Gerichte', meaning: 'Gerichte aller Instanzen.' },
    'tax-authority': { label: 'Finanzbehörden', meaning: 'Finanzämter und Sozialversicherungsträger.' },
    'prospective-buyers': {
      label: 'Potenzielle Käufer',
      meaning: 'Potenzielle Käufer oder Investoren bei einer Fusion oder Übernahme.',
    },
  },
  collection: {
    direct: {
      label: 'Direkt bei der betroffenen Person',
      meaning: `Alle Daten werden bei der Person erhoben, die sie betreffen: ${cite('Art 13')} ist anwendbar.`,
    },
    indirect: {
      label: 'Aus anderen Quellen',
      meaning: `Die Daten werden nicht bei der betroffenen Person erhoben: ${cite('Art 14')} ist anwendbar.`,
    },
    both: {
      label: 'Beides',
      meaning:
        `Einige Daten stammen von der betroffenen Person, andere aus anderen Quellen: ${cite('Art 13, 14')} ` +
        `sind anwendbar.`,
    },
  },
  provision: {
    statutory: {
      label: 'Gesetzlich vorgeschrieben',
      meaning: 'Die betroffene Person ist gesetzlich verpflichtet, die Daten bereitzustellen.',
    },
    contractual: {
      label: 'Vertraglich vorgeschrieben',
      meaning: 'Ein Vertrag verpflichtet die betroffene Person, die Daten bereitzustellen.',
    },
    'contract-entry': {
      label: 'Für einen Vertragsabschluss erforderlich',
      meaning: 'Die Daten werden benötigt, bevor ein Vertrag geschlossen werden kann.',
    },
    voluntary: { label: 'Freiwillig', meaning: 'Die Bereitstellung der Daten ist freiwillig.' },
  },
  source: {
    'data-subject': { label: 'Von Ihnen', meaning: 'Die betroffene Person stellt die Daten selbst bereit.' },
    automatic: {
      label: 'Automatisch erfasst',
      meaning: 'Die Daten werden automatisch erfasst, z. B. durch unsere Website oder unsere Geräte.',
    },
  },
  cookie_type: {
    essential: {
      label: 'Unbedingt erforderlich',
      meaning:
        'Für den vom Nutzer gewünschten Dienst erforderlich; keine Einwilligung nötig (Art. 5 Abs. 3 ePrivacy-Richtlinie).',
    },
    preferences: { label: 'Präferenzen', meaning: 'Speichern die Auswahl des Nutzers, etwa die Sprache.' },
    analytics: { label: 'Statistik', meaning: 'Messen, wie die Website genutzt wird; Einwilligung erforderlich.' },
    marketing: { label: 'Marketing', meaning: 'Verfolgen Nutzer zu Werbezwecken; Einwilligung erforderlich.' },
  },
  cookie_party: {
    first: { label: 'Eigenes Cookie', meaning: 'Von unserer eigenen Website gesetzt.' },
    third: { label: 'Drittanbieter-Cookie', meaning: 'Von der Domain einer anderen Organisation gesetzt.' },
  },
  channel_kind: {
    email: { label: 'Per E-Mail', meaning: 'Anträge werden per E-Mail an die angegebene Adresse gesendet.' },
    'web-form': {
      label: 'Über das Webformular',
      meaning: 'Anträge werden über ein Formular auf der Website gestellt.',
    },
    post: { label: 'Per Post', meaning: 'Anträge werden per Brief an die angegebene Postanschrift gesendet.' },
    phone: { label: 'Telefonisch', meaning: 'Anträge werden telefonisch gestellt.' },
    'in-app': {
      label: 'In der App oder Ihrem Konto',
      meaning: 'Anträge werden in der App oder im Online-Konto gestellt oder die Daten dort direkt verwaltet.',
    },
    'in-person': { label: 'Persönlich', meaning: 'Anträge werden persönlich gestellt, z. B. am Empfang.' },
  },
  decision_ground: {
    contract: {
      label: 'Erforderlich für einen Vertrag',
      meaning:
        'Die Entscheidung ist für den Abschluss oder die Erfüllung eines Vertrags zwischen der betroffenen ' +
        'Person und dem Verantwortlichen erforderlich.',
    },
    law: {
      label: 'Durch Rechtsvorschrift zulässig',
      meaning:
        'Die Entscheidung ist aufgrund von Rechtsvorschriften der Union oder der Mitgliedstaaten zulässig, ' +
        'die angemessene Maßnahmen zur Wahrung der Rechte der betroffenen Person enthalten.',
    },
    'explicit-consent': {
      label: 'Ausdrückliche Einwilligung',
      meaning: 'Die betroffene Person hat in die Entscheidung ausdrücklich eingewilligt.',
    },
  },
  language: {
    en: { label: 'Englisch', meaning: 'Generierte Überschriften und Sätze auf Englisch.' },
    fr: { label: 'Französisch', meaning: 'Generierte Überschriften und Sätze auf Französisch.' },
    nl: { label: 'Niederländisch', meaning: 'Generierte Überschriften und Sätze auf Niederländisch.' },
    de: { label: 'Deutsch', meaning: 'Generierte Überschriften und Sätze auf Deutsch.' },
  },
  promise: {
    'no-sale': {
      label: 'Wir verkaufen keine personenbezogenen Daten',
      meaning: 'Die Erklärung sagt, dass wir keine personenbezogenen Daten verkaufen.',
    },
    'no-sharing-for-advertising': {
      label: 'Wir geben keine personenbezogenen Daten für fremde Werbung weiter',
      meaning:
        'Die Erklärung sagt, dass wir keine personenbezogenen Daten an andere für deren eigene Werbung weitergeben.',
    },
    'no-transfer': {
      label: 'Keine Daten verlassen das Gebiet',
      meaning: 'Die Erklärung sagt, dass keine personenbezogenen Daten das Gebiet ihrer Gesetze verlassen.',
    },
    'no-profiling': {
      label: 'Wir betreiben kein Profiling',
      meaning: 'Die Erklärung sagt, dass wir personenbezogene Daten nicht für Profiling verwenden.',
    },
    'no-special-categories': {
      label: 'Wir verarbeiten keine besonderen Kategorien personenbezogener Daten',
      meaning: 'Die Erklärung sagt, dass wir keine besonderen Kategorien personenbezogener Daten verarbeiten.',
    },
  },
  law: {
    'eu-gdpr': { label: 'DSGVO', meaning: 'Verordnung (EU) 2016/679, die Datenschutz-Grundverordnung.' },
    'uk-gdpr': {
      label: 'UK GDPR',
      meaning: 'Die UK GDPR mit dem Data Protection Act 2018 in der Fassung des Data (Use and Access) Act 2025.',
    },
    'ch-fadp': {
      label: 'Schweizer DSG',
      meaning: 'Das Bundesgesetz über den Datenschutz vom 25. September 2020 (SR 235.1) mit seiner Verordnung (DSV).',
    },
  },
  region: {
    EEA: {
      label: 'Europäischer Wirtschaftsraum',
      meaning:
        'Innerhalb des Europäischen Wirtschaftsraums: die EU-Mitgliedstaaten, Island, Liechtenstein und Norwegen.',
    },
    EU: { label: 'Europäische Union', meaning: 'Innerhalb der Europäischen Union.' },
  },
};

export const de: Messages = {
  language: descriptor.tag,
  locale: descriptor.locale,
  date: longDate(descriptor.locale),
  month: monthDate(descriptor.locale),
  cite,
  terms,
  term: (vocabulary: VocabularyName, value: string): LocalTerm | undefined => localTerm(terms, cite, vocabulary, value),
  country: (code: string) => localCountryName(code, 'de'),
  defaultTitle: 'Datenschutzerklärung',
  meta: {
    effective: (date: string, _month: boolean) => `Gültig ab ${date}`,
    updated: (date: string, month: boolean) => `Zuletzt aktualisiert ${month ? 'im' : 'am'} ${date}`,
    version: (version: string) => `Version ${version}`,
  },
  contents: 'Inhalt',
  none: '—',
  headings: {
    who: 'Wer wir sind',
    summary: 'Kurz gefasst',
    promises: 'Unsere Zusagen',
    children: 'Kinder',
    data: 'Welche personenbezogenen Daten wir verarbeiten',
    purposes: 'Wofür wir Ihre Daten verwenden und auf welcher Rechtsgrundlage',
    recipients: 'Wer Ihre Daten erhält',
    transfers: 'Übermittlungen außerhalb des Europäischen Wirtschaftsraums',
    rights: 'Ihre Rechte',
    complaints: 'Beschwerden',
    automated: 'Automatisierte Entscheidungen und Profiling',
    cookies: 'Cookies und ähnliche Technologien',
    security: 'Wie wir Ihre Daten schützen',
    changes: 'Änderungen dieser Datenschutzerklärung',
    untitled: 'Weitere Informationen',
  },
  lawText: {
    outside: 'außerhalb des Europäischen Wirtschaftsraums (EWR)',
    transfersHeading: 'Übermittlungen außerhalb des Europäischen Wirtschaftsraums',
    transfersIntro:
      `Personenbezogene Daten dürfen nur auf einer der gesetzlich vorgesehenen Grundlagen außerhalb des ` +
      `Europäischen Wirtschaftsraums (EWR) übermittelt werden (${cite('Art 44')}): auf der Grundlage eines ` +
      `Angemessenheitsbeschlusses der Europäischen Kommission, geeigneter Garantien oder, in bestimmten Fällen, ` +
      `einer Ausnahme. Für jede Übermittlung geben wir unten an, wohin die Daten gehen und auf welcher Grundlage.`,
    complaint:
      `Wenn Sie der Ansicht sind, dass die Verarbeitung Ihrer personenbezogenen Daten gegen die DSGVO verstößt, ` +
      `haben Sie unbeschadet eines anderweitigen verwaltungsrechtlichen oder gerichtlichen Rechtsbehelfs das Recht ` +
      `auf Beschwerde bei einer Aufsichtsbehörde, insbesondere in dem Staat des Europäischen Wirtschaftsraums (EWR) ` +
      `Ihres gewöhnlichen Aufenthaltsorts, Ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes ` +
      `(${cite('Art 77(1)')}).`,
    digitalConsentAges: 'zwischen 13 und 16 Jahren im Europäischen Wirtschaftsraum',
  } satisfies LawNoticeText,
  who: {
    controllerHeading: 'Verantwortlicher',
    /** A label, not "… ist Name": a name that needs an article is never spliced after a verb. */
    controller: (name: string) => `Verantwortlicher für die Verarbeitung Ihrer personenbezogenen Daten: ${name}.`,
    representativeHeading: 'Unser Vertreter in der Europäischen Union',
    representative: (name: string) =>
      `Unser Vertreter in der Europäischen Union (${cite('Art 27')}): ${name}. Mit allen Fragen zur Verarbeitung ` +
      `Ihrer Daten können Sie sich auch an unseren Vertreter wenden.`,
    dpoHeading: 'Datenschutzbeauftragter',
    dpoUnnamed: 'Sie erreichen unseren Datenschutzbeauftragten wie folgt.',
    dpoNone:
      'Wir haben keinen Datenschutzbeauftragten benannt. Bei Fragen zu Ihren Daten wenden Sie sich bitte ' +
      'über die oben genannten Kontaktdaten an uns.',
    name: 'Name',
    legalForm: 'Rechtsform',
    registration: 'Registernummer',
    address: 'Anschrift',
    email: 'E-Mail',
    phone: 'Telefon',
    website: 'Website',
    status: 'Status',
    publicBody: 'Behörde oder öffentliche Stelle',
    processorHeading: 'Verarbeitung im Auftrag anderer',
    processorIntro:
      `Wir verarbeiten personenbezogene Daten auch im Auftrag anderer. Für diese Verarbeitung sind sie ` +
      `Verantwortliche (${cite('Art 4(7)')}) und wir ihr Auftragsverarbeiter (${cite('Art 4(8)')}); für diese ` +
      `Verarbeitung gilt deren eigene Datenschutzerklärung.`,
    processorController: 'Verantwortlicher',
    processorNotice: 'Datenschutzerklärung des Verantwortlichen',
  },
  data: {
    intro: 'Wir verarbeiten die folgenden Kategorien personenbezogener Daten über Sie.',
    caption: 'Kategorien personenbezogener Daten',
    category: 'Kategorie',
    details: 'Umfang',
    source: 'Quelle',
    examples: (list: string) => `Zum Beispiel: ${list}.`,
    special: (label: string, article: string) => `Besondere Kategorie personenbezogener Daten: ${label} (${article})`,
    criminal: `Daten über strafrechtliche Verurteilungen und Straftaten (${cite('Art 10')})`,
    publicSource: (source: string) => `Öffentlich zugängliche Quelle: ${source}`,
  },
  purposes: {
    intro:
      'Zu jedem Zweck nennen wir die Rechtsgrundlage, auf die wir uns stützen, die verwendeten Daten, wie ' +
      'lange wir sie speichern und wer sie erhält.',
    caption: 'Zwecke der Verarbeitung',
    purpose: 'Zweck',
    basis: 'Rechtsgrundlage',
    data: 'Verwendete Daten',
    retention: 'Speicherdauer',
    recipients: 'Empfänger',
    citation: (label: string, article: string) => `${label} — ${article}`,
    interest: (citation: string, interest: string) => `${citation}: ${interest}`,
    specialConditions: 'Für besondere Kategorien personenbezogener Daten:',
    law: (law: string) => `Rechtsvorschrift: ${law}`,
    provision: (label: string) => `Bereitstellung der Daten: ${label}.`,
    consequence: (text: string) => `Folgen, wenn Sie die Daten nicht bereitstellen: ${text}`,
    generalRetention:
      'Soweit unten bei einem Zweck keine eigene Speicherdauer angegeben ist, gilt folgende Speicherdauer:',
    generalRetentionCell: 'Siehe die allgemeine Angabe zur Speicherdauer oberhalb der Tabelle',
    optOut: 'Wie Sie diese Verarbeitung beenden:',
    optOutLink: 'Seite zum Abmelden',
    /** A noun, not a verb: the recipient's name may be plural ("Gerichte … (möglicher Empfänger)"). */
    mayReceive: 'möglicher Empfänger',
    collectsItself: 'erhebt selbst Daten',
  },
  retention: {
    duration: (d: Duration) => duration(d),
    from: (period: string, event: string) => `${period} ${from(event)}`,
    until: (event: string) => until(event),
    untilThen: (event: string, then: string) => `${until(event)}, danach noch ${then}`,
    criteria: (text: string) => `Kriterien: ${text}`,
    forData: (data: string, retention: string) => `${data}: ${retention}`,
    atLeast: (period: string) => `mindestens ${period}`,
    atMost: (period: string) => `höchstens ${period}`,
    /** "zwischen 7 und 10 Jahren": after "zwischen" the unit takes the dative plural. */
    between: (low: Duration, high: Duration) =>
      `zwischen ${sameUnit(low, high) ? NUMBER.format(low.parts[0].amount) : dative(duration(low))} und ` +
      `${dative(duration(high))}`,
    asRequiredBy: (phrase: string, law: string) =>
      isQuotation(law)
        ? `${phrase}, wie von folgender Rechtsvorschrift vorgeschrieben: ${law}`
        : `${phrase}, wie von ${law} vorgeschrieben`,
    law: (law: string) =>
      isQuotation(law)
        ? `für die Dauer, die folgende Rechtsvorschrift vorschreibt: ${law}`
        : `für die von ${law} vorgeschriebene Dauer`,
    lawThen: (law: string, then: string) =>
      isQuotation(law)
        ? `für die Dauer, die folgende Rechtsvorschrift vorschreibt: ${law}, danach noch ${then}`
        : `für die von ${law} vorgeschriebene Dauer, danach noch ${then}`,
    extendedUntil: (phrase: string, event: string) => `${phrase}, bei Bedarf länger, ${until(event)}`,
  },
  audiences: {
    addressedTo: (list: string) => `Diese Datenschutzerklärung richtet sich an: ${list}.`,
    view: (audience: string) =>
      `Diese Fassung der Datenschutzerklärung zeigt nur, was folgende Personen betrifft: ${audience}.`,
    concerns: (list: string) => `Betrifft: ${list}.`,
  },
  purposeFlags: {
    directMarketing: 'Direktwerbung',
    profiling: `Umfasst Profiling (${cite('Art 4(4)')})`,
    research: `Wissenschaftliche oder historische Forschung oder Statistik (${cite('Art 89')})`,
    children: `Dienst, der Kindern direkt angeboten wird (${cite('Art 8')})`,
    basisWhen: (when: string) => `Gilt: ${when}`,
    childConsent: (ages: string) =>
      `Haben Sie das Alter noch nicht erreicht, ab dem Sie nach dem für Sie geltenden Recht selbst in diesen ` +
      `Dienst einwilligen können (${ages}), wird die Einwilligung durch den Träger der elterlichen Verantwortung ` +
      `für Sie oder mit dessen Zustimmung erteilt (${cite('Art 8(1)')}).`,
    countryAge: (country: string, age: number) => `Altersgrenze nach nationalem Recht — ${country}: ${age} Jahre.`,
    parentalHow: 'Wie ein Elternteil die Einwilligung erteilt oder ihr zustimmt:',
  },
  minimumAge: (age: number) => `Unsere Dienste richten sich nicht an Personen unter ${age} Jahren.`,
  promises: {
    'no-sale': 'Wir verkaufen Ihre personenbezogenen Daten nicht.',
    'no-sharing-for-advertising':
      'Wir geben Ihre personenbezogenen Daten nicht an andere für deren eigene Werbung weiter.',
    'no-transfer': (outside: string) => `Wir übermitteln Ihre personenbezogenen Daten nicht ${outside}.`,
    'no-profiling': `Wir verwenden Ihre personenbezogenen Daten nicht für Profiling (${cite('Art 4(4)')}).`,
    'no-special-categories': `Wir verarbeiten keine besonderen Kategorien personenbezogener Daten (${cite('Art 9(1)')}).`,
  },
  changes: {
    notice: (time: string) =>
      `Über eine wesentliche Änderung dieser Datenschutzerklärung informieren wir Sie ${time}, bevor sie wirksam wird.`,
  },
  joint: {
    heading: 'Gemeinsam Verantwortliche',
    intro:
      `Wir legen gemeinsam mit den folgenden Organisationen die Zwecke und Mittel der Verarbeitung Ihrer ` +
      `personenbezogenen Daten fest. Das Wesentliche unserer Vereinbarung finden Sie unten (${cite('Art 26(2)')}). ` +
      `Sie können Ihre Rechte bei und gegenüber jedem von uns geltend machen (${cite('Art 26(3)')}).`,
    purposes: (list: string) => `Für: ${list}`,
    essence: 'Das Wesentliche der Vereinbarung',
    contactPoint: 'Anlaufstelle',
    contact: 'Kontakt',
  },
  recipients: {
    intro: (possible: boolean) =>
      `Die folgenden Empfänger erhalten personenbezogene Daten von uns` +
      `${possible ? ' oder können sie erhalten, wo dies angegeben ist' : ''}, jeweils nur für die oben genannten ` +
      `Zwecke.`,
    introOthers: (possible: boolean) =>
      `Die folgenden Empfänger erhalten außerdem personenbezogene Daten von uns` +
      `${possible ? ' oder können sie erhalten, wo dies angegeben ist' : ''}.`,
    caption: 'Empfänger personenbezogener Daten',
    recipient: 'Empfänger',
    role: 'Rolle',
    category: 'Kategorie',
    country: 'Standort',
    mayReceive: 'Möglicher Empfänger personenbezogener Daten',
    safeguards: 'Verpflichtungen, an die der Empfänger gebunden ist:',
    ownHeading: 'Organisationen, die selbst Daten erheben',
    ownIntro:
      'Die folgenden Organisationen erheben selbst personenbezogene Daten (zum Beispiel eine Plattform, auf der ' +
      'wir eine Seite betreiben, oder ein Anbieter, dessen Inhalte in unsere Website eingebunden sind).',
    ownCaption: 'Organisationen, die selbst personenbezogene Daten erheben',
    organisation: 'Organisation',
    mayCollect: 'Kann personenbezogene Daten erheben',
  },
  transfers: {
    item: (n: number) => `Übermittlung ${n}`,
    transferred: 'Personenbezogene Daten werden übermittelt an:',
    mayBeTransferred: 'Personenbezogene Daten können übermittelt werden an:',
    recipients: 'Empfänger',
    countries: 'Länder',
    organisations: 'Internationale Organisationen',
    groundOne: 'Grundlage der Übermittlung:',
    groundOneOf: 'Die Übermittlung beruht auf einer der folgenden Grundlagen:',
    adequacyCountry: (country: string) =>
      `Die Europäische Kommission hat beschlossen, dass das folgende Land ein angemessenes Schutzniveau bietet ` +
      `(${cite('Art 45(3)')}): ${country}.`,
    adequacyCountryDirective: (country: string) =>
      `Die Europäische Kommission hat festgestellt, dass das folgende Land ein angemessenes Schutzniveau bietet, ` +
      `durch eine auf der Grundlage der Richtlinie 95/46/EG erlassene Feststellung, die in Kraft bleibt ` +
      `(${cite('Art 45(9)')}): ${country}.`,
    adequacyOrganisation: (organisation: string) =>
      `Die Europäische Kommission hat beschlossen, dass die folgende internationale Organisation ein angemessenes ` +
      `Schutzniveau bietet (${cite('Art 45(3)')}): ${organisation}.`,
    adequacyGeneric: `Ein Angemessenheitsbeschluss der Europäischen Kommission (${cite('Art 45(3)')}).`,
    adequacyScope: {
      CA:
        'Der Beschluss gilt nur für Empfänger, die dem kanadischen Personal Information Protection and ' +
        'Electronic Documents Act (PIPEDA) unterliegen, also Organisationen, die personenbezogene Daten im Rahmen ' +
        'kommerzieller Tätigkeiten verarbeiten.',
      IL:
        'Der Beschluss gilt für automatisierte internationale Übermittlungen und für nicht automatisierte ' +
        'Übermittlungen, die in Israel weiter automatisiert verarbeitet werden.',
      JP:
        'Der Beschluss gilt nur für Empfänger, die als Unternehmer personenbezogene Informationen im Sinne des ' +
        'japanischen Act on the Protection of Personal Information (APPI) verarbeiten und die ergänzenden ' +
        'Vorschriften anwenden.',
      KR:
        'Der Beschluss gilt für Empfänger, die dem Personal Information Protection Act (PIPA) der Republik Korea ' +
        'unterliegen, nicht aber für persönliche Kreditinformationen, die von Finanzinstituten unter der Aufsicht ' +
        'der Financial Services Commission verarbeitet werden.',
    },
    adequacyScopeOther: (scope: string) => `Der Beschluss gilt nur für: ${scope}.`,
    dpf:
      `Die Europäische Kommission hat beschlossen, dass die Vereinigten Staaten für Organisationen, die nach dem ` +
      `EU-US-Datenschutzrahmen zertifiziert sind, ein angemessenes Schutzniveau bieten (${cite('Art 45(3)')}); ` +
      `die Übermittlung stützt sich auf die Zertifizierung des Empfängers.`,
    safeguards: (what: string, article: string) => `Geeignete Garantien (${article}): ${what}.`,
    safeguard: {
      scc: ['von der Europäischen Kommission erlassene Standarddatenschutzklauseln', 'Art 46(2)(c)'],
      bcr: ['von der zuständigen Aufsichtsbehörde genehmigte verbindliche interne Datenschutzvorschriften', 'Art 47'],
      'legally-binding-instrument': [
        'ein rechtlich bindendes und durchsetzbares Dokument zwischen Behörden oder öffentlichen Stellen',
        'Art 46(2)(a)',
      ],
      'code-of-conduct': [
        'genehmigte Verhaltensregeln zusammen mit rechtsverbindlichen und durchsetzbaren Verpflichtungen des ' +
          'Empfängers zur Anwendung der geeigneten Garantien',
        'Art 46(2)(e)',
      ],
      certification: [
        'ein genehmigter Zertifizierungsmechanismus zusammen mit rechtsverbindlichen und durchsetzbaren ' +
          'Verpflichtungen des Empfängers zur Anwendung der geeigneten Garantien',
        'Art 46(2)(f)',
      ],
      'ad-hoc-clauses': [
        'mit dem Empfänger vereinbarte Vertragsklauseln, von der zuständigen Aufsichtsbehörde genehmigt',
        'Art 46(3)(a)',
      ],
    },
    derogation: (because: string) =>
      `Ohne Angemessenheitsbeschluss und ohne geeignete Garantien erfolgt die Übermittlung${because}.`,
    because: {
      'derogation-contract':
        `, weil sie für die Erfüllung eines Vertrags zwischen Ihnen und uns oder zur Durchführung ` +
        `vorvertraglicher Maßnahmen auf Ihren Antrag erforderlich ist (${cite('Art 49(1)(b)')})`,
      'derogation-contract-in-interest':
        `, weil sie zum Abschluss oder zur Erfüllung eines in Ihrem Interesse von uns mit einer anderen Person ` +
        `geschlossenen Vertrags erforderlich ist (${cite('Art 49(1)(c)')})`,
      'derogation-public-interest': `, weil sie aus wichtigen Gründen des öffentlichen Interesses notwendig ist (${cite('Art 49(1)(d)')})`,
      'derogation-legal-claims':
        `, weil sie zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen erforderlich ist ` +
        `(${cite('Art 49(1)(e)')})`,
      'derogation-vital-interests':
        `, weil sie zum Schutz Ihrer lebenswichtigen Interessen oder derjenigen anderer Personen erforderlich ist, ` +
        `sofern Sie aus physischen oder rechtlichen Gründen außerstande sind, Ihre Einwilligung zu geben ` +
        `(${cite('Art 49(1)(f)')})`,
      'derogation-public-register':
        ` aus einem Register, das nach dem Recht der Union oder der Mitgliedstaaten zur Information der ` +
        `Öffentlichkeit bestimmt ist und zur Einsichtnahme offensteht (${cite('Art 49(1)(g)')})`,
    },
    derogationConsent:
      `Ohne Angemessenheitsbeschluss und ohne geeignete Garantien erfolgt die Übermittlung nur, wenn Sie in sie ` +
      `ausdrücklich eingewilligt haben, nachdem Sie über die für Sie bestehenden möglichen Risiken unterrichtet ` +
      `wurden (${cite('Art 49(1)(a)')}). Diese Risiken bestehen darin, dass Ihre Daten dort ohne ` +
      `Angemessenheitsbeschluss und ohne geeignete Garantien möglicherweise nicht so geschützt sind wie im ` +
      `Europäischen Wirtschaftsraum und dass Sie Ihre Rechte dort möglicherweise nicht durchsetzen oder keinen ` +
      `wirksamen Rechtsbehelf erlangen können.`,
    derogationCompelling:
      `Ohne Angemessenheitsbeschluss und ohne geeignete Garantien, und wenn keine andere Grundlage in Betracht ` +
      `kommt, erfolgt die Übermittlung, weil sie für die Wahrung zwingender berechtigter Interessen erforderlich ` +
      `ist, die wir verfolgen und gegenüber denen Ihre Interessen oder Rechte und Freiheiten nicht überwiegen. ` +
      `Diese Grundlage steht nur für eine Übermittlung zur Verfügung, die nicht wiederholt erfolgt, nur eine ` +
      `begrenzte Zahl von Personen betrifft und für die wir geeignete Garantien vorgesehen haben; die ` +
      `Aufsichtsbehörde wird von der Übermittlung in Kenntnis gesetzt (${cite('Art 49(1) second subparagraph')}).`,
    compellingInterest: 'Die zwingenden berechtigten Interessen:',
    otherGround: (label: string) => `Angegebene Grundlage: ${label}.`,
    copy: 'Wie Sie eine Kopie der Garantien erhalten',
  },
  rights: {
    intro: 'Sie haben in Bezug auf Ihre personenbezogenen Daten die folgenden Rechte.',
    text: {
      access:
        `Sie können eine Bestätigung darüber verlangen, ob wir Sie betreffende personenbezogene Daten verarbeiten; ` +
        `ist dies der Fall, haben Sie ein Recht auf Auskunft über diese Daten und auf folgende Informationen: die ` +
        `Verarbeitungszwecke; die Kategorien personenbezogener Daten; die Empfänger oder Kategorien von ` +
        `Empfängern, insbesondere in Drittländern oder bei internationalen Organisationen, und die geeigneten ` +
        `Garantien für solche Übermittlungen; die geplante Speicherdauer oder, falls dies nicht möglich ist, die ` +
        `Kriterien für ihre Festlegung; das Bestehen eines Rechts auf Berichtigung oder Löschung oder auf ` +
        `Einschränkung der Verarbeitung und eines Widerspruchsrechts; das Bestehen eines Beschwerderechts bei einer ` +
        `Aufsichtsbehörde; wenn die Daten nicht bei Ihnen erhoben werden, alle verfügbaren Informationen über ihre ` +
        `Herkunft; und das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling mit ` +
        `aussagekräftigen Informationen über die involvierte Logik sowie die Tragweite und die angestrebten ` +
        `Auswirkungen für Sie (${cite('Art 15(1), 15(2)')}). Sie können eine Kopie der Daten erhalten; dieses ` +
        `Recht darf die Rechte und Freiheiten anderer Personen nicht beeinträchtigen (${cite('Art 15(3), 15(4)')}).`,
      rectification:
        `Sie können unverzüglich die Berichtigung Sie betreffender unrichtiger personenbezogener Daten und, unter ` +
        `Berücksichtigung der Zwecke der Verarbeitung, die Vervollständigung unvollständiger Daten – auch mittels ` +
        `einer ergänzenden Erklärung – verlangen (${cite('Art 16')}).`,
      erasure:
        `Sie können verlangen, dass Sie betreffende personenbezogene Daten unverzüglich gelöscht werden, sofern ` +
        `einer der folgenden Gründe zutrifft: Die Daten sind für die Zwecke, für die sie erhoben oder auf sonstige ` +
        `Weise verarbeitet wurden, nicht mehr notwendig; Sie widerrufen Ihre Einwilligung, auf die sich die ` +
        `Verarbeitung stützte, und es fehlt an einer anderweitigen Rechtsgrundlage; Sie legen nach ` +
        `${cite('Art 21(1)')} Widerspruch ein und es liegen keine vorrangigen berechtigten Gründe für die ` +
        `Verarbeitung vor, oder Sie legen nach ${cite('Art 21(2)')} Widerspruch ein; die Daten wurden ` +
        `unrechtmäßig verarbeitet; die Löschung ist zur Erfüllung einer rechtlichen Verpflichtung erforderlich; ` +
        `oder die Daten wurden in Bezug auf Dienste der Informationsgesellschaft erhoben, die einem Kind angeboten ` +
        `wurden (${cite('Art 17(1)')}). Dieses Recht besteht nicht, soweit die Verarbeitung erforderlich ist zur ` +
        `Ausübung des Rechts auf freie Meinungsäußerung und Information; zur Erfüllung einer rechtlichen ` +
        `Verpflichtung oder zur Wahrnehmung einer Aufgabe, die im öffentlichen Interesse liegt oder in Ausübung ` +
        `öffentlicher Gewalt erfolgt; aus Gründen des öffentlichen Interesses im Bereich der öffentlichen ` +
        `Gesundheit; für im öffentlichen Interesse liegende Archivzwecke, wissenschaftliche oder historische ` +
        `Forschungszwecke oder statistische Zwecke, soweit die Löschung die Verwirklichung dieser Ziele unmöglich ` +
        `machen oder ernsthaft beeinträchtigen würde; oder zur Geltendmachung, Ausübung oder Verteidigung von ` +
        `Rechtsansprüchen (${cite('Art 17(3)')}).`,
      restriction:
        `Sie können die Einschränkung der Verarbeitung Sie betreffender personenbezogener Daten verlangen, wenn Sie ` +
        `die Richtigkeit der Daten bestreiten, und zwar für eine Dauer, die es uns ermöglicht, sie zu überprüfen; ` +
        `wenn die Verarbeitung unrechtmäßig ist und Sie die Löschung ablehnen und stattdessen die Einschränkung der ` +
        `Nutzung verlangen; wenn wir die Daten für die Zwecke der Verarbeitung nicht länger benötigen, Sie sie ` +
        `jedoch zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen benötigen; oder wenn Sie nach ` +
        `${cite('Art 21(1)')} Widerspruch eingelegt haben, solange noch nicht feststeht, ob unsere berechtigten ` +
        `Gründe gegenüber Ihren überwiegen (${cite('Art 18(1)')}). Die Daten dürfen dann – von ihrer Speicherung ` +
        `abgesehen – nur mit Ihrer Einwilligung, zur Geltendmachung, Ausübung oder Verteidigung von ` +
        `Rechtsansprüchen, zum Schutz der Rechte einer anderen Person oder aus Gründen eines wichtigen öffentlichen ` +
        `Interesses verarbeitet werden (${cite('Art 18(2)')}); wir unterrichten Sie, bevor die Einschränkung ` +
        `aufgehoben wird (${cite('Art 18(3)')}).`,
      portability:
        `Beruht die Verarbeitung auf Ihrer Einwilligung oder auf einem Vertrag und erfolgt sie mithilfe ` +
        `automatisierter Verfahren, können Sie die Sie betreffenden personenbezogenen Daten, die Sie uns ` +
        `bereitgestellt haben, in einem strukturierten, gängigen und maschinenlesbaren Format erhalten und einem ` +
        `anderen Verantwortlichen übermitteln; soweit dies technisch machbar ist, können Sie erwirken, dass wir sie ` +
        `direkt einem anderen Verantwortlichen übermitteln (${cite('Art 20(1), 20(2)')}). Dieses Recht gilt nicht ` +
        `für eine Verarbeitung, die für die Wahrnehmung einer Aufgabe erforderlich ist, die im öffentlichen ` +
        `Interesse liegt oder in Ausübung öffentlicher Gewalt erfolgt (${cite('Art 20(3)')}), und darf die Rechte ` +
        `und Freiheiten anderer Personen nicht beeinträchtigen (${cite('Art 20(4)')}).`,
      objection:
        `Sie können einer Verarbeitung widersprechen, die auf unseren berechtigten Interessen oder auf einer ` +
        `Aufgabe im öffentlichen Interesse oder in Ausübung öffentlicher Gewalt beruht, und der Direktwerbung ` +
        `jederzeit (${cite('Art 21')}).`,
      'automated-decisions':
        `Sie haben das Recht, nicht einer ausschließlich auf einer automatisierten Verarbeitung – einschließlich ` +
        `Profiling – beruhenden Entscheidung unterworfen zu werden, die Ihnen gegenüber rechtliche Wirkung ` +
        `entfaltet oder Sie in ähnlicher Weise erheblich beeinträchtigt, es sei denn, die Entscheidung ist für ` +
        `einen Vertrag mit Ihnen erforderlich, gesetzlich zulässig oder beruht auf Ihrer ausdrücklichen ` +
        `Einwilligung; ist sie für einen Vertrag erforderlich oder beruht sie auf Ihrer ausdrücklichen ` +
        `Einwilligung, können Sie das Eingreifen einer Person unsererseits erwirken, Ihren Standpunkt darlegen und ` +
        `die Entscheidung anfechten (${cite('Art 22(1), 22(2), 22(3)')}).`,
      'withdraw-consent':
        `Beruht die Verarbeitung auf Ihrer Einwilligung, können Sie diese jederzeit widerrufen, und zwar so ` +
        `einfach, wie Sie sie erteilt haben; die Rechtmäßigkeit der bis zum Widerruf erfolgten Verarbeitung bleibt ` +
        `davon unberührt (${cite('Art 7(3)')}).`,
      complaint: 'Sie können sich bei einer Aufsichtsbehörde beschweren (siehe unten „Beschwerden“).',
    },
    objectionHeading: 'Ihr Widerspruchsrecht',
    objectionLead: (citation: string) => citation,
    objectionHow: (contact: string) => `Für einen Widerspruch wenden Sie sich an ${contact}.`,
    objectionHowFallback: `Für einen Widerspruch wenden Sie sich bitte über die unter ${WHO} genannten Kontaktdaten an uns.`,
    exerciseHeading: 'Wie Sie Ihre Rechte ausüben',
    exercise: (contact: string) => `Um eines dieser Rechte auszuüben, wenden Sie sich an ${contact}.`,
    exerciseFallback:
      `Um eines dieser Rechte auszuüben, wenden Sie sich bitte über die unter ${WHO} genannten Kontaktdaten ` +
      `an uns.`,
    responseTime: (time: string) =>
      `Wir informieren Sie über die auf Ihren Antrag hin ergriffenen Maßnahmen unverzüglich, in jedem Fall aber innerhalb ${time === '1 Monat' ? 'eines Monats' : `von ${dative(time)}`} nach Eingang des Antrags. Diese Frist kann um weitere zwei Monate verlängert werden, wenn dies unter Berücksichtigung der Komplexität und der Anzahl von Anträgen erforderlich ist; über eine solche Fristverlängerung unterrichten wir Sie innerhalb eines Monats nach Eingang Ihres Antrags, zusammen mit den Gründen für die Verzögerung (${cite('Art 12(3)')}).`,
    free:
      `Die Ausübung dieser Rechte ist unentgeltlich. Das Gesetz erlaubt einem Verantwortlichen nur bei offenkundig ` +
      `unbegründeten oder – insbesondere im Fall häufiger Wiederholung – exzessiven Anträgen, ein angemessenes ` +
      `Entgelt unter Berücksichtigung der Verwaltungskosten zu verlangen oder sich zu weigern, aufgrund des ` +
      `Antrags tätig zu werden (${cite('Art 12(5)')}), und für alle weiteren beantragten Kopien der Daten ein ` +
      `angemessenes Entgelt auf der Grundlage der Verwaltungskosten zu verlangen (${cite('Art 15(3)')}).`,
    portabilityPurposes: (list: string) =>
      `Es betrifft die Daten, die Sie uns für folgende Zwecke bereitgestellt haben: ${list}.`,
    citation: (label: string, article: string) => `${label} (${article})`,
    restrictedBy: (law: string) => `Gesetzlich beschränkt durch: ${law}`,
    restrictionScope: 'Betroffene Fälle:',
  },
  objection: {
    general:
      `Sie haben das Recht, aus Gründen, die sich aus Ihrer besonderen Situation ergeben, jederzeit gegen ` +
      `die Verarbeitung Ihrer personenbezogenen Daten, die auf unseren berechtigten Interessen oder auf ` +
      `einer Aufgabe im öffentlichen Interesse oder in Ausübung uns übertragener öffentlicher Gewalt beruht, ` +
      `Widerspruch einzulegen; dies gilt auch für ein auf diese Bestimmungen gestütztes Profiling ` +
      `(${cite('Art 21(1)')}). Wir verarbeiten die Daten dann nicht mehr, es sei denn, wir können zwingende ` +
      `schutzwürdige Gründe für die Verarbeitung nachweisen, die Ihre Interessen, Rechte und Freiheiten ` +
      `überwiegen, oder die Verarbeitung dient der Geltendmachung, Ausübung oder Verteidigung von ` +
      `Rechtsansprüchen.`,
    directMarketing:
      `Verarbeiten wir Ihre personenbezogenen Daten, um Direktwerbung zu betreiben, so haben Sie das Recht, ` +
      `jederzeit und ohne Angabe von Gründen Widerspruch gegen diese Verarbeitung einzulegen; dies gilt ` +
      `auch für das Profiling, soweit es mit solcher Direktwerbung in Verbindung steht (${cite('Art 21(2)')}). ` +
      `Widersprechen Sie, so verarbeiten wir Ihre personenbezogenen Daten nicht mehr für diese Zwecke (${cite('Art 21(3)')}).`,
    research:
      `Verarbeiten wir Ihre personenbezogenen Daten zu wissenschaftlichen oder historischen Forschungszwecken ` +
      `oder zu statistischen Zwecken, so haben Sie das Recht, aus Gründen, die sich aus Ihrer besonderen ` +
      `Situation ergeben, dagegen Widerspruch einzulegen, es sei denn, die Verarbeitung ist zur Erfüllung ` +
      `einer im öffentlichen Interesse liegenden Aufgabe erforderlich (${cite('Art 21(6)')}).`,
    concerned: 'Dies betrifft:',
  },
  exercise: {
    named: (name: string, how: string) =>
      `Um eines dieser Rechte auszuüben, wenden Sie sich an folgende Person: ${name}${how ? ` (${how})` : ''}.`,
    channels: 'Sie können Ihren Antrag stellen:',
    channel: (kind: string, value: string) => (value ? `${kind}: ${value}` : kind),
    identityHeading: 'Bestätigung Ihrer Identität',
    identityIntro:
      `Haben wir begründete Zweifel an der Identität der Person, die einen Antrag stellt, können wir zusätzliche ` +
      `Informationen anfordern, die zur Bestätigung ihrer Identität erforderlich sind (${cite('Art 12(6)')}).`,
    identityHow: 'Wie wir die Identität bestätigen:',
  },
  complaints: {
    authority: (name: string) => `Für uns zuständige Aufsichtsbehörde: ${name}`,
    directory: (link: string) => `Liste der Aufsichtsbehörden: ${link}`,
    webform: 'Beschwerdeformular',
  },
  automated: {
    none:
      `Wir treffen keine ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling ` +
      `– beruhenden Entscheidungen, die Ihnen gegenüber rechtliche Wirkung entfalten oder Sie in ähnlicher ` +
      `Weise erheblich beeinträchtigen (${cite('Art 22')}).`,
    intro:
      `Wir treffen die folgenden ausschließlich auf einer automatisierten Verarbeitung – einschließlich ` +
      `Profiling – beruhenden Entscheidungen (${cite('Art 22')}).`,
    logic: 'Involvierte Logik',
    significance: 'Tragweite und Auswirkungen für Sie',
    ground: 'Rechtsgrundlage der Entscheidung',
    safeguards:
      `Sie haben das Recht, das Eingreifen einer Person unsererseits zu erwirken, Ihren Standpunkt darzulegen ` +
      `und die Entscheidung anzufechten (${cite('Art 22(3)')}).`,
    lawSafeguards:
      `Die Rechtsvorschrift, die diese Entscheidung zulässt, enthält angemessene Maßnahmen zur Wahrung ` +
      `Ihrer Rechte und Freiheiten sowie Ihrer berechtigten Interessen (${cite('Art 22(2)(b)')}).`,
  },
  cookies: {
    intro: 'Unsere Website verwendet die folgenden Cookies und ähnlichen Technologien.',
    caption: 'Cookies und ähnliche Technologien',
    name: 'Name',
    description: 'Beschreibung',
    provider: 'Anbieter',
    purpose: 'Zweck',
    duration: 'Speicherdauer',
    type: 'Art',
    party: 'Herkunft',
    session: 'Bis zum Schließen Ihres Browsers',
    settingsHeading: 'Ihre Cookie-Einstellungen',
  },
  security: {
    intro:
      `Wir schützen Ihre personenbezogenen Daten durch die folgenden technischen und organisatorischen ` +
      `Maßnahmen (${cite('Art 32')}).`,
  },
  missing: {
    'missing-retention': `Speicherdauer fehlt — ${cite('Art 13(2)(a)')}`,
    'missing-legal-basis': `Rechtsgrundlage fehlt — ${cite('Art 13(1)(c)')}`,
    'missing-legitimate-interest': `Berechtigtes Interesse nicht angegeben — ${cite('Art 13(1)(d)')}`,
    'missing-special-category-condition': `Ausnahme für besondere Kategorien fehlt — ${cite('Art 9(2)')}`,
    'missing-law-reference': `Rechtsvorschrift, aus der die rechtliche Verpflichtung folgt, nicht genannt — ${cite('Art 13(1)(c)')}`,
    'missing-controller-contact': `Kontaktdaten des Verantwortlichen fehlen — ${cite('Art 13(1)(a)')}`,
    'missing-dpo': `Nicht angegeben, ob ein Datenschutzbeauftragter benannt ist — ${cite('Art 13(1)(b)')}`,
    'missing-automated-decisions': `Automatisierte Entscheidungen nicht angegeben — ${cite('Art 13(2)(f)')}`,
    'missing-source': `Quelle der Daten fehlt — ${cite('Art 14(2)(f)')}`,
    'missing-provision':
      `Nicht angegeben, ob die Bereitstellung gesetzlich oder vertraglich vorgeschrieben ist und welche Folgen die ` +
      `Nichtbereitstellung hätte — ${cite('Art 13(2)(e)')}`,
    'missing-provision/beside-consequence': `Nicht angegeben, ob die Bereitstellung gesetzlich oder vertraglich vorgeschrieben ist — ${cite('Art 13(2)(e)')}`,
    'missing-transfer-safeguard':
      `Grundlage der Übermittlung (Angemessenheitsbeschluss, Art der Garantie oder Ausnahme) nicht bezeichnet — ` +
      `${cite('Art 13(1)(f)')}`,
    'missing-transfer-copy': `Nicht angegeben, wie eine Kopie der Garantien erhältlich ist — ${cite('Art 13(1)(f)')}`,
    'missing-compelling-interest': `Zwingende berechtigte Interessen nicht angegeben — ${cite('Art 49(1) second subparagraph')}`,
    'transfer-without-destination': `Ziel der Übermittlung nicht angegeben — ${cite('Art 13(1)(f)')}`,
    'missing-consequence': `Folgen der Nichtbereitstellung nicht angegeben — ${cite('Art 13(2)(e)')}`,
    'unknown-reference': 'Im Dokument nicht definiert',
    'missing-parental-consent': `Wie Eltern einwilligen, ist nicht angegeben — ${cite('Art 8(2)')}`,
    'missing-joint-arrangement': `Das Wesentliche der Vereinbarung gemeinsam Verantwortlicher fehlt — ${cite('Art 26(2)')}`,
    'restriction-without-law': `Beschränkendes Gesetz nicht angegeben — ${cite('Art 23(2)')}`,
    'unnamed-cookie': 'Name des Cookies nicht angegeben — Art. 5 Abs. 3 der Richtlinie 2002/58/EG',
    'missing-field/title': 'Titel der Datenschutzerklärung nicht angegeben',
    'missing-field/section-title': 'Titel dieses Abschnitts nicht angegeben',
    'missing-field/controller': `Name und Kontaktdaten des Verantwortlichen nicht angegeben — ${cite('Art 13(1)(a)')}`,
    'missing-field/controller-name': `Name des Verantwortlichen nicht angegeben — ${cite('Art 13(1)(a)')}`,
    'missing-field/purposes': `Zwecke der Verarbeitung nicht angegeben — ${cite('Art 13(1)(c)')}`,
    'missing-field/data': 'Kategorien personenbezogener Daten nicht angegeben',
    'missing-field/purpose-data': 'Für diesen Zweck verwendete Daten nicht angegeben',
    'invalid-mechanism': INVALID_MECHANISM.de,
  },
  placeholder: (what: string) => `Noch auszufüllen: ${what}`,
  renderFailed:
    'Diese Datenschutzerklärung kann nicht angezeigt werden, weil ihre Quelle nicht gelesen werden konnte. ' +
    'Bitte wenden Sie sich an die Organisation, die sie veröffentlicht hat.',
};
