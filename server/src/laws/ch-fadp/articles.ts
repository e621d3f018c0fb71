// The text of the Swiss Federal Act on Data Protection of 25 September 2020 (FADP, SR 235.1; docs/language.md,
// "Laws"): its 77 articles with their paragraphs and letters and their headings in German, French and English, from
// the official Fedlex text (fadp-articles.json, generated from the consolidation of 7 July 2025; sources in
// NOTICE.md). German and French are authentic; the English text is a translation without legal force, so English
// and Dutch notices show English headings marked as an unofficial translation. Articles of the Ordinance (DPO, SR
// 235.11) are recognised and linked, not checked: the project does not model its structure.
import { message, type Message } from '../../languages/language';
import type { LawArticle, Provision } from '../law';
import { appliesOn, englishDate } from '../dates';

interface FadpArticleData {
  number: number;
  suffix?: string;
  title: { en: string; fr: string; de: string };
  untitled?: boolean;
  /** Paragraph → its letters; the key "" is an article's single unnumbered paragraph. */
  paragraphs: Record<string, string>;
  chapter: string;
  chapterTitle: { en: string; fr: string; de: string };
  inserted?: string;
  /** Paragraphs inserted after the Act came into force, with the date they apply from. */
  paragraphInserted?: Record<string, string>;
}

interface FadpData {
  act: string;
  eli: string;
  source: string;
  consolidation: string;
  checked: string;
  articles: FadpArticleData[];
}

let loaded: FadpData | undefined;
function data(): FadpData {
  // Loaded on first use, like the GDPR's table.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('./fadp-articles.json') as FadpData;
  return loaded;
}

/** The Act applies from 1 September 2023; its consolidation read, and the date of the check. */
export const FADP_IN_FORCE = '2023-09-01';
export const fadpConsolidation = (): string => data().consolidation;
export const FADP_CHECKED = '2026-12-07';

/** Summaries, in this project's words, of the articles notices rely on; the others say where they stand. */
const SUMMARIES: Readonly<Record<string, string>> = {
  '1': 'The Act protects the personality and fundamental rights of natural persons whose data is processed.',
  '2':
    'Whom and what the Act covers: private persons and federal bodies processing personal data of natural ' +
    'persons, with the exceptions it lists (e.g. purely personal use).',
  '3': 'It applies to situations with effects in Switzerland, even if they were caused abroad.',
  '5': 'Definitions: personal data, sensitive data, processing, disclosure, controller, processor, profiling and more.',
  '6':
    'The principles: lawful, in good faith and proportionate processing, recognisable purposes, destruction ' +
    'when no longer needed, accuracy, and valid consent.',
  '7': 'Data protection by design and by default.',
  '8': 'Data security appropriate to the risk.',
  '9': 'Processing by a processor, under contract or law.',
  '10': 'Private controllers may appoint a data protection advisor.',
  '12': 'Controllers and processors keep a record of their processing activities.',
  '14':
    'A private controller abroad that processes data of people in Switzerland appoints a representative ' +
    'in Switzerland when the four conditions of para 1 are all met; it publishes the representative’s ' +
    'name and address.',
  '16':
    'Data may be disclosed abroad where the Federal Council has found adequate protection (Annex 1 DPO) ' +
    'or, failing that, with the safeguards of para 2.',
  '17':
    'Exceptions that allow disclosure abroad without adequacy or safeguards (express consent, contract, ' +
    'overriding public interest, legal claims, life and physical integrity, data made public, public ' +
    'registers).',
  '19':
    'The duty to inform when collecting data: identity and contact, purpose, recipients, categories of ' +
    'data not collected from the person, and every State abroad with the safeguard or exception relied ' +
    'on.',
  '20': 'When the duty to inform does not apply, and when the information may be restricted, deferred or omitted.',
  '21':
    'The duty to inform of an automated individual decision, and the person’s right to state their view ' +
    'and ask for a review by a natural person.',
  '22': 'Data protection impact assessment.',
  '24': 'Notifying the FDPIC, and where necessary the person, of a data security breach.',
  '25':
    'The right to information (access): whether and which data is processed, with the items of para 2, ' +
    'free of charge and as a rule within 30 days.',
  '26': 'When access may be refused, restricted or deferred.',
  '28':
    'The right to receive one’s data in a common electronic format, or to have it transmitted to another ' +
    'controller.',
  '30': 'Processing that breaches the personality, in particular against the person’s express declaration of will.',
  '31':
    'A breach of personality is unlawful unless justified by consent, an overriding private or public ' +
    'interest, or the law.',
  '32':
    'The claims of the person: rectification, and actions to protect personality (prohibiting processing ' +
    'or disclosure, deletion).',
  '49': 'The FDPIC opens an investigation ex officio or on a report; it tells a data subject who reported what it did.',
  '52': 'Procedure: only the controller or processor under investigation is a party.',
  '60': 'Fines for wilfully giving false or incomplete information, or failing to inform (on complaint).',
};

export interface FadpArticle extends LawArticle {
  /** The English heading is Fedlex's translation, without legal force. */
  englishUnofficial: true;
}

let articles: FadpArticle[] | undefined;

export function fadpArticles(): readonly FadpArticle[] {
  articles ??= data().articles.map((a) => ({
    number: a.number,
    ...(a.suffix ? { suffix: a.suffix } : {}),
    // Dutch notices show the English heading: the Act has no Dutch version.
    title: { en: a.title.en, fr: a.title.fr, de: a.title.de, nl: a.title.en },
    summary: SUMMARIES[`${a.number}${a.suffix ?? ''}`] ?? `In chapter ${a.chapter} of the Act (${a.chapterTitle.en}).`,
    paragraphs: a.paragraphs,
    englishUnofficial: true,
  }));
  return articles;
}

export function fadpArticle(number: number, suffix?: string): FadpArticle | undefined {
  return fadpArticles().find((a) => a.number === number && (a.suffix ?? '') === (suffix ?? ''));
}

const raw = (number: number, suffix?: string) =>
  data().articles.find((a) => a.number === number && (a.suffix ?? '') === (suffix ?? ''));

/** "Art 19(2)(a)", "Art 44a", "Art 5(c)" (the letter of a single unnumbered paragraph), "Art 18(1) DPO". */
export function formatChProvision(
  p: Pick<Provision, 'kind' | 'number' | 'suffix' | 'paragraph' | 'point' | 'instrument'>,
): string {
  const head = p.kind === 'annex' ? 'Annex' : 'Art';
  const parts = `${p.paragraph !== undefined ? `(${p.paragraph})` : ''}${p.point !== undefined ? `(${p.point})` : ''}`;
  return `${head} ${p.number}${p.suffix ?? ''}${parts}${p.instrument === 'dpo' ? ' DPO' : ''}`;
}

/** The citation with the instrument named ("Art 19(4) FADP", "Art 18 DPO"). */
export function namedChProvision(
  p: Pick<Provision, 'kind' | 'number' | 'suffix' | 'paragraph' | 'point' | 'instrument'>,
): string {
  const formatted = formatChProvision(p);
  return p.instrument === 'dpo' ? formatted : `${formatted} FADP`;
}

/** Why a provision is not part of the FADP on `date` (ISO day), or undefined when it is. */
export function chProvisionProblem(p: Provision, date?: string): Message | undefined {
  if (p.instrument === 'dpo' || p.kind !== 'article') return undefined;
  const article = raw(p.number, p.suffix);
  const written = `Art ${p.number}${p.suffix ?? ''} FADP`;
  if (!article) {
    const last = data()
      .articles.filter((a) => !a.suffix)
      .pop()!.number;
    const inserted = data()
      .articles.filter((a) => a.suffix)
      .map((a) => `${a.number}${a.suffix}`)
      .join(', ');
    return message(
      'The FADP has Articles 1–{0} and the inserted Articles {1}; there is no Article {2}{3}.',
      last,
      inserted,
      p.number,
      p.suffix ?? '',
    );
  }
  if (date && !appliesOn(FADP_IN_FORCE, date))
    return message(
      "The revised FADP applies from {0}, after the notice's date; the Act of 1992 it replaced numbers " +
        'its articles differently.',
      englishDate(FADP_IN_FORCE),
    );
  const numbered = Object.keys(article.paragraphs).filter((k) => k !== '');
  const name = `${written} (${article.untitled ? 'untitled' : article.title.en})`;
  if (p.paragraph !== undefined) {
    if (!numbered.length)
      return message(
        '{0} is one unnumbered paragraph: cite its letter without a paragraph, e.g. Art {1}{2}(a).',
        name,
        p.number,
        p.suffix ?? '',
      );
    if (!numbered.includes(p.paragraph))
      return message('{0} has paragraphs {1}; there is no paragraph {2}.', name, numbered.join(', '), p.paragraph);
    const from = article.paragraphInserted?.[p.paragraph];
    if (from && date && !appliesOn(from, date))
      return message(
        "Art {0}({1}) FADP applies from {2}, after the notice's date.",
        p.number,
        p.paragraph,
        englishDate(from),
      );
    if (p.point !== undefined) {
      const points = article.paragraphs[p.paragraph];
      if (!points) return message('Art {0}({1}) FADP has no letters.', p.number, p.paragraph);
      if (!points.includes(p.point))
        return message(
          'Art {0}({1}) FADP has letters {2}; there is no letter {3}.',
          p.number,
          p.paragraph,
          [...points].join(', '),
          p.point,
        );
    }
    return undefined;
  }
  if (p.point !== undefined) {
    const single = article.paragraphs[''];
    if (single !== undefined) {
      if (!single) return message('{0} has no letters.', name);
      return single.includes(p.point)
        ? undefined
        : message('{0} has letters {1}; there is no letter {2}.', name, [...single].join(', '), p.point);
    }
    return message('{0} has no letter {1} outside its numbered paragraphs: name the paragraph.', name, p.point);
  }
  return undefined;
}

/** The official heading in the notice's language: German, French, or English (Fedlex translation) otherwise. */
export function chProvisionTitle(
  p: Pick<Provision, 'kind' | 'number' | 'suffix' | 'instrument'>,
  language: string,
): string | undefined {
  if (p.instrument === 'dpo') return DPO_TITLES[String(p.number)]?.[language === 'de' ? 'de' : 'en'];
  if (p.kind !== 'article') return undefined;
  const a = fadpArticle(p.number, p.suffix);
  return a && (a.title[language] ?? a.title.en);
}

/** The Fedlex language a notice language links to: German and French as themselves, English otherwise. */
export const fedlexLanguage = (language: string): 'de' | 'fr' | 'en' =>
  language === 'de' || language === 'fr' ? language : 'en';

/** Where a provision is on Fedlex: the Act (eli/cc/2022/491) or the Ordinance (eli/cc/2022/568), at its article. */
export function chProvisionLink(
  p: Pick<Provision, 'kind' | 'number' | 'suffix' | 'instrument'>,
  language: string,
): string {
  const act = p.instrument === 'dpo' ? '2022/568' : '2022/491';
  const base = `https://www.fedlex.admin.ch/eli/cc/${act}/${fedlexLanguage(language)}`;
  if (p.kind === 'annex') return base;
  // Fedlex anchors inserted articles as art_44_a, not art_44a.
  return `${base}#art_${p.number}${p.suffix ? `_${p.suffix}` : ''}`;
}

/** Headings of the DPO articles notices cite (German official; English Fedlex translation). */
const DPO_TITLES: Readonly<Record<string, { de: string; en: string }>> = {
  '8': {
    de:
      'Beurteilung der Angemessenheit des Datenschutzes eines Staates, eines Gebiets, eines spezifischen ' +
      'Sektors in einem Staat oder eines internationalen Organs',
    en:
      'Assessing the adequacy of the data protection offered by a State, territory, specified sector in ' +
      'a State, or international body',
  },
  '10': { de: 'Standarddatenschutzklauseln', en: 'Standard data protection clauses' },
  '12': { de: 'Verhaltenskodizes und Zertifizierungen', en: 'Code of conduct and certification' },
  '13': { de: 'Modalitäten der Informationspflicht', en: 'Modalities of the duty to provide information' },
  '16': { de: 'Modalitäten', en: 'Modalities' },
  '18': { de: 'Frist', en: 'Deadline' },
  '19': { de: 'Ausnahme von der Kostenlosigkeit', en: 'Exception to the requirement not to charge fees' },
  '22': { de: 'Frist, Modalitäten und Zuständigkeit', en: 'Deadline, modalities and responsibility' },
};
