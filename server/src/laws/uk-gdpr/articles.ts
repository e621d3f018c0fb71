// The text of the UK GDPR as it stands on a date (docs/language.md, "Laws"): Regulation (EU) 2016/679 as it forms
// part of UK law, with the articles the UK omitted and inserted and the paragraphs it changed (structure.ts), and
// the sections of the Data Protection Act 2018. Titles are English in every notice language: the UK law has one
// language. Links go to legislation.gov.uk.
import { message, type Message } from '../../languages/language';
import { allArticles } from '../eu-gdpr/articles';
import type { LawArticle, Provision } from '../law';
import { appliesOn, englishDate } from '../dates';
import {
  DPA_LAST_SCHEDULE,
  DPA_LAST_SECTION,
  DPA_SCHEDULE_21_OMITTED,
  DPA_SECTIONS,
  UK_ANNEXES,
  UK_INSERTED_ARTICLES,
  UK_OMITTED_ARTICLES,
  UK_PARAGRAPH_CHANGES,
  UK_STRUCTURE_AS_OF,
} from './structure';
import { LANGUAGES } from '../../languages';

export const UK_GDPR_BASE = 'https://www.legislation.gov.uk/eur/2016/679';
export const DPA_2018_BASE = 'https://www.legislation.gov.uk/ukpga/2018/12';

/** Summaries, in this project's words, of the articles whose UK text differs in what a notice says. */
const UK_SUMMARIES: Readonly<Record<string, string>> = {
  '3':
    'The UK GDPR applies to processing in the context of an establishment in the United Kingdom, and ' +
    'to controllers outside it that offer goods or services to, or monitor, people in the United Kingdom.',
  '6':
    'Processing is lawful only on a basis of Art 6(1), which since 5 February 2026 includes recognised ' +
    'legitimate interests (point (ea), conditions in Annex 1); points (ea) and (f) are not for public ' +
    'authorities performing their tasks.',
  '12':
    'Information and communication must be clear and easy to access; requests are answered without undue ' +
    'delay and within the time limit of Art 12A.',
  '13':
    'What to tell people when collecting data from them; since 19 June 2026 including the right to complain ' +
    'to the controller (s.164A DPA 2018) and to the Commissioner (s.165).',
  '14':
    'What to tell people when the data was not obtained from them; since 19 June 2026 including the right ' +
    'to complain to the controller (s.164A DPA 2018) and to the Commissioner (s.165).',
  '27':
    'A controller or processor outside the United Kingdom to which Art 3(2) applies designates a representative ' +
    'in the United Kingdom.',
  '46':
    'Transfers without approval by regulations need appropriate safeguards (e.g. the IDTA or the UK Addendum ' +
    'issued under s.119A DPA 2018), and the exporter must reasonably consider the data protection test ' +
    'met.',
  '22A':
    'A significant decision based solely on automated processing: one with no meaningful human involvement ' +
    'and a legal or similarly significant effect.',
  '22B':
    'Limits solely automated significant decisions on special category data, and bars them where the ' +
    'processing rests on recognised legitimate interests (22B(4)).',
  '22C':
    'Safeguards for solely automated significant decisions: information, the chance to make representations, ' +
    'human intervention and a way to contest the decision.',
  '22D': 'Powers to make regulations about automated decision-making.',
  '44A':
    'A transfer to a third country needs approval by regulations under Art 45A, appropriate safeguards ' +
    '(Art 46) or a derogation (Art 49).',
  '45A':
    'The Secretary of State may approve transfers by regulations where the data protection test of Art 45B is met.',
  '45B': 'The data protection test: protection in the destination is not materially lower than in the United Kingdom.',
  '45C': 'The Secretary of State monitors approvals and publishes a list of the regulations in force.',
  '47A': 'Standard data protection clauses and further safeguards may be specified by regulations.',
  '49A': 'Regulations may restrict transfers in the public interest.',
  '12A':
    'The time limit for answering requests: one month from receipt, from receipt of identity information ' +
    'asked for, or from payment of a fee, whichever is latest; extendable by two further months.',
  '4A': 'Periods of time are read as under Regulation (EEC, Euratom) No 1182/71.',
  '8A': 'When further processing for a new purpose is compatible with the original purpose.',
  '11A': 'Power to add to or vary the special categories of personal data.',
  '84A': 'Research, archiving and statistics ("RAS purposes").',
  '84B': 'When processing for RAS purposes is allowed, and the appropriate safeguards it needs.',
  '84C':
    'When the safeguards for RAS processing are not met (substantial damage or distress, decisions about a person).',
  '84D': 'Powers to make regulations about safeguards for RAS processing.',
  '86A': 'Processing and national security and defence.',
  '91A': 'How regulations under the UK GDPR are made.',
};

const englishEverywhere = (title: string): Record<string, string> =>
  Object.fromEntries(LANGUAGES.map((l) => [l.tag, title]));

export interface UkArticle extends LawArticle {
  /** The structure of an inserted article's paragraphs is not modelled: citations are checked to the article. */
  paragraphsUnknown?: boolean;
}

const cache = new Map<string, readonly UkArticle[]>();

/** The articles of the UK GDPR in force on `date` (ISO day), in order. */
export function ukArticles(date: string = UK_STRUCTURE_AS_OF): readonly UkArticle[] {
  let list = cache.get(date);
  if (list) return list;
  const omitted = new Set(UK_OMITTED_ARTICLES.filter((a) => appliesOn(a.omitted, date)).map((a) => a.number));
  const shared: UkArticle[] = allArticles()
    .filter((a) => !omitted.has(a.number))
    .map((a) => {
      const paragraphs: Record<string, string> = { ...a.paragraphs };
      const extraPoints: Record<string, string[]> = {};
      for (const c of UK_PARAGRAPH_CHANGES) {
        if (c.article !== a.number || !appliesOn(c.date, date)) continue;
        for (const para of c.paragraphs ?? []) {
          if (c.change === 'omitted') delete paragraphs[para];
          else paragraphs[para] = paragraphs[para] ?? '';
        }
        if (c.points) {
          const { paragraph, letters } = c.points;
          for (const letter of letters) {
            if (letter.length > 1) {
              if (c.change === 'inserted') (extraPoints[paragraph] ??= []).push(letter);
              continue;
            }
            const current = paragraphs[paragraph] ?? '';
            paragraphs[paragraph] =
              c.change === 'omitted' ? current.replace(letter, '') : [...new Set([...current, letter])].sort().join('');
          }
        }
      }
      const summary = UK_SUMMARIES[String(a.number)] ?? a.summary;
      const title = a.number === 77 ? 'Right to lodge a complaint with the Commissioner' : a.title.en;
      return {
        number: a.number,
        title: englishEverywhere(title),
        summary,
        paragraphs: sortParagraphs(paragraphs),
        ...(Object.keys(extraPoints).length ? { extraPoints } : {}),
      };
    });
  const inserted: UkArticle[] = UK_INSERTED_ARTICLES.filter((a) => appliesOn(a.inserted, date)).map((a) => ({
    number: a.number,
    suffix: a.suffix,
    title: englishEverywhere(a.titleVerified === false ? `${a.title} (descriptive label)` : a.title),
    summary: UK_SUMMARIES[`${a.number}${a.suffix}`] ?? `Inserted by ${a.by}.`,
    paragraphs: {},
    paragraphsUnknown: true,
  }));
  list = [...shared, ...inserted].sort((x, y) => x.number - y.number || (x.suffix ?? '').localeCompare(y.suffix ?? ''));
  cache.set(date, list);
  return list;
}

/** "1", "1A", "1B", "2", … "12": numbers first, then letters. */
function sortParagraphs(paragraphs: Record<string, string>): Record<string, string> {
  const key = (p: string) => {
    const m = /^(\d+)(.*)$/.exec(p);
    return m ? [Number(m[1]), m[2]] : [Infinity, p];
  };
  return Object.fromEntries(
    Object.entries(paragraphs).sort(([a], [b]) => {
      const [an, as] = key(a);
      const [bn, bs] = key(b);
      return (an as number) - (bn as number) || String(as).localeCompare(String(bs));
    }),
  );
}

export function ukArticle(number: number, suffix: string | undefined, date?: string): UkArticle | undefined {
  return ukArticles(date).find((a) => a.number === number && (a.suffix ?? '') === (suffix ?? ''));
}

/** "Art 22A", "Art 6(1)(ea)", "DPA 2018 s.164A(2)", "DPA 2018 Sch 2 para 26", "Annex 1". */
export function formatUkProvision(
  p: Pick<Provision, 'kind' | 'number' | 'suffix' | 'paragraph' | 'point' | 'instrument'>,
): string {
  const num = `${p.number}${p.suffix ?? ''}`;
  if (p.kind === 'section') return `DPA 2018 s.${num}${p.paragraph !== undefined ? `(${p.paragraph})` : ''}`;
  if (p.kind === 'schedule') return `DPA 2018 Sch ${num}${p.paragraph !== undefined ? ` para ${p.paragraph}` : ''}`;
  if (p.kind === 'annex') return `Annex ${num}`;
  if (p.kind === 'recital') return `Recital ${p.number}`;
  return `Art ${num}${p.paragraph !== undefined ? `(${p.paragraph})` : ''}${p.point !== undefined ? `(${p.point})` : ''}`;
}

/** The citation with the instrument named, as hover and messages show it ("Art 22A UK GDPR", "DPA 2018 s.165"). */
export function namedUkProvision(
  p: Pick<Provision, 'kind' | 'number' | 'suffix' | 'paragraph' | 'point' | 'instrument'>,
): string {
  const formatted = formatUkProvision(p);
  return p.kind === 'section' || p.kind === 'schedule' ? formatted : `${formatted} UK GDPR`;
}

/** Why a provision is not part of the UK text on `date`, or undefined when it is. */
export function ukProvisionProblem(p: Provision, date: string = UK_STRUCTURE_AS_OF): Message | undefined {
  const written = namedUkProvision({ ...p, paragraph: undefined, point: undefined });
  if (p.kind === 'section') return sectionProblem(p, date, written);
  if (p.kind === 'schedule') {
    if (!p.suffix && (p.number < 1 || p.number > DPA_LAST_SCHEDULE))
      return message(
        'The Data Protection Act 2018 has Schedules 1–{0}; there is no Schedule {1}.',
        DPA_LAST_SCHEDULE,
        p.number,
      );
    const omitted = p.number === 21 && DPA_SCHEDULE_21_OMITTED.find((o) => o.paragraph === p.paragraph);
    if (omitted && appliesOn(omitted.omitted, date))
      return message(
        '{0} was repealed on {1} (omitted by {2}).',
        formatUkProvision(p),
        englishDate(omitted.omitted),
        omitted.by,
      );
    return undefined;
  }
  if (p.kind === 'annex') {
    const annex = UK_ANNEXES.find((a) => a.number === p.number && !p.suffix);
    if (!annex) return message('The UK GDPR has Annexes 1 and 2; there is no Annex {0}{1}.', p.number, p.suffix ?? '');
    return appliesOn(annex.inserted, date)
      ? undefined
      : message(
          "Annex {0} UK GDPR applies from {1} (inserted by {2}), after the notice's date.",
          p.number,
          englishDate(annex.inserted),
          annex.by,
        );
  }
  if (p.kind === 'recital') return undefined;
  if (p.suffix) {
    const inserted = UK_INSERTED_ARTICLES.find((a) => a.number === p.number && a.suffix === p.suffix);
    if (!inserted)
      return message(
        "{0} is not an article of the UK GDPR in this tool's list of inserted articles (as of {1}).",
        written,
        englishDate(UK_STRUCTURE_AS_OF),
      );
    if (!appliesOn(inserted.inserted, date))
      return message(
        "{0} applies from {1} (inserted by {2}), after the notice's date.",
        written,
        englishDate(inserted.inserted),
        inserted.by,
      );
    return undefined;
  }
  if (p.number < 1 || p.number > 99)
    return message(
      'The UK GDPR has Articles 1–99 (some omitted, others inserted with letters); there is no Article {0}.',
      p.number,
    );
  const omitted = UK_OMITTED_ARTICLES.find((a) => a.number === p.number);
  if (omitted && appliesOn(omitted.omitted, date))
    return message('{0} was repealed on {1} (omitted by {2}).', written, englishDate(omitted.omitted), omitted.by);
  const article = ukArticle(p.number, undefined, date)!;
  return partsProblem(article, p, date);
}

function partsProblem(article: UkArticle, p: Provision, date: string): Message | undefined {
  const name = `Art ${p.number} UK GDPR (${article.title.en})`;
  const paragraphs = Object.keys(article.paragraphs);
  if (p.paragraph !== undefined) {
    const change = UK_PARAGRAPH_CHANGES.find(
      (c) => c.article === p.number && c.paragraphs?.includes(p.paragraph!) && c.change === 'omitted',
    );
    if (!paragraphs.length) return message('{0} is not divided into numbered paragraphs.', name);
    if (!paragraphs.includes(p.paragraph)) {
      if (change && appliesOn(change.date, date))
        return message(
          'Art {0}({1}) UK GDPR was repealed on {2} (omitted by {3}).',
          p.number,
          p.paragraph,
          englishDate(change.date),
          change.by,
        );
      const later = UK_PARAGRAPH_CHANGES.find(
        (c) => c.article === p.number && c.paragraphs?.includes(p.paragraph!) && c.change === 'inserted',
      );
      if (later)
        return message(
          "Art {0}({1}) UK GDPR applies from {2} (inserted by {3}), after the notice's date.",
          p.number,
          p.paragraph,
          englishDate(later.date),
          later.by,
        );
      return message('{0} has paragraphs {1}; there is no paragraph {2}.', name, paragraphs.join(', '), p.paragraph);
    }
    if (p.point !== undefined) {
      const points = [...(article.paragraphs[p.paragraph] ?? '')].concat(article.extraPoints?.[p.paragraph] ?? []);
      if (points.includes(p.point)) return undefined;
      const changed = UK_PARAGRAPH_CHANGES.find(
        (c) => c.article === p.number && c.points?.paragraph === p.paragraph && !!c.points?.letters.includes(p.point!),
      );
      if (changed?.change === 'omitted' && appliesOn(changed.date, date))
        return message(
          'Art {0}({1})({2}) UK GDPR was repealed on {3} (omitted by {4}).',
          p.number,
          p.paragraph,
          p.point,
          englishDate(changed.date),
          changed.by,
        );
      if (changed?.change === 'inserted' && !appliesOn(changed.date, date))
        return message(
          "Art {0}({1})({2}) UK GDPR applies from {3} (inserted by {4}), after the notice's date.",
          p.number,
          p.paragraph,
          p.point,
          englishDate(changed.date),
          changed.by,
        );
      if (!points.length) return message('Art {0}({1}) UK GDPR has no lettered points.', p.number, p.paragraph);
      return message(
        'Art {0}({1}) UK GDPR has points {2}; there is no point ({3}).',
        p.number,
        p.paragraph,
        points.map((x) => `(${x})`).join(', '),
        p.point,
      );
    }
    return undefined;
  }
  if (p.point !== undefined)
    return message('{0} has no point ({1}) outside its numbered paragraphs: name the paragraph.', name, p.point);
  return undefined;
}

function sectionProblem(p: Provision, date: string, written: string): Message | undefined {
  const known = DPA_SECTIONS.find((s) => s.number === p.number && (s.suffix ?? '') === (p.suffix ?? ''));
  if (!p.suffix && (p.number < 1 || p.number > DPA_LAST_SECTION))
    return message(
      'The Data Protection Act 2018 has sections 1–{0}; there is no section {1}.',
      DPA_LAST_SECTION,
      p.number,
    );
  if (known?.omitted && appliesOn(known.omitted, date))
    return message('{0} was repealed on {1} (omitted by {2}).', written, englishDate(known.omitted), known.by);
  if (known?.inserted && !appliesOn(known.inserted, date))
    return message(
      "{0} applies from {1} (inserted by {2}), after the notice's date.",
      written,
      englishDate(known.inserted),
      known.by,
    );
  return undefined;
}

/** The heading of a UK provision, in English whatever the notice language (the UK law has one language). */
export function ukProvisionTitle(
  p: Pick<Provision, 'kind' | 'number' | 'suffix' | 'instrument'>,
  date: string = UK_STRUCTURE_AS_OF,
): string | undefined {
  if (p.kind === 'section') {
    const s = DPA_SECTIONS.find((x) => x.number === p.number && (x.suffix ?? '') === (p.suffix ?? ''));
    if (!s) return undefined;
    const title = s.headingFrom && s.laterTitle && appliesOn(s.headingFrom, date) ? s.laterTitle : s.title;
    return s.titleVerified === false ? `${title} (descriptive label)` : title;
  }
  if (p.kind === 'annex') {
    const a = UK_ANNEXES.find((x) => x.number === p.number);
    return a && `${a.title} (descriptive label)`;
  }
  if (p.kind !== 'article') return undefined;
  return ukArticle(p.number, p.suffix, date)?.title.en;
}

/** Where a UK provision is on legislation.gov.uk. */
export function ukProvisionLink(p: Pick<Provision, 'kind' | 'number' | 'suffix' | 'paragraph'>): string {
  const num = `${p.number}${p.suffix ?? ''}`;
  if (p.kind === 'section') return `${DPA_2018_BASE}/section/${num}`;
  if (p.kind === 'schedule')
    return p.paragraph !== undefined
      ? `${DPA_2018_BASE}/schedule/${num}/paragraph/${p.paragraph}`
      : `${DPA_2018_BASE}/schedule/${num}`;
  // legislation.gov.uk's pages for the inserted annexes were not checked: the contents page lists them.
  if (p.kind === 'annex' || p.kind === 'recital') return `${UK_GDPR_BASE}/contents`;
  return `${UK_GDPR_BASE}/article/${num}`;
}
