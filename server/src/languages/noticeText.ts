// What the catalogues of generated text share: translated vocabulary terms with their English fallback,
// article citations in each language's style, dates and durations in words.
import type { Duration, DurationUnit } from '../vocabulary/duration';
import { findTerm, VOCABULARIES, type VocabularyName } from '../vocabulary/terms';

/** The words of one vocabulary term in one language. */
export interface TermText {
  label: string;
  meaning: string;
}

/** vocabulary → term id → words; every vocabulary of gdpr/vocabulary.ts has a table. */
export type TermTable = Record<VocabularyName, Record<string, TermText>>;

/** A term as the notice shows it: translated words, article in the language's citation style. */
export interface LocalTerm {
  id: string;
  label: string;
  meaning: string;
  article?: string;
}

/**
 * The English words of every vocabulary, read from gdpr/vocabulary.ts (never copied), so that the other
 * catalogues can be compared with it key by key (test/unit/languages.test.ts).
 */
export function englishTermTable(): TermTable {
  const table = {} as TermTable;
  for (const [name, terms] of Object.entries(VOCABULARIES) as [
    VocabularyName,
    (typeof VOCABULARIES)[VocabularyName],
  ][]) {
    table[name] = Object.fromEntries(terms.map((t) => [t.id, { label: t.label, meaning: t.meaning }]));
  }
  return table;
}

/**
 * Finds a term by id or alias and gives it in the catalogue's language; words the table lacks fall back to
 * English. Undefined when the value is not a term (the renderer then shows the author's value as written).
 */
export function localTerm(
  table: TermTable,
  cite: (article: string) => string,
  vocabulary: VocabularyName,
  value: string,
): LocalTerm | undefined {
  const term = findTerm(vocabulary, value);
  if (!term) return undefined;
  const words = table[vocabulary]?.[term.id];
  return {
    id: term.id,
    label: words?.label || term.label,
    meaning: words?.meaning || term.meaning,
    article: term.article === undefined ? undefined : cite(term.article),
  };
}

/** One provision of a citation: article, paragraph, point ("Art 6(1)(f)" → 6, 1, f), subparagraph ("second"). */
export interface ArticleRef {
  article: string;
  paragraph?: string;
  point?: string;
  /** The number of a subparagraph of the paragraph ("Art 49(1) second subparagraph" → 2). */
  subparagraph?: number;
}

/** Subparagraphs are written out in the English citations of the catalogues ("Art 49(1) second subparagraph"). */
const SUBPARAGRAPH = ['first', 'second', 'third', 'fourth'];

/**
 * Reads the English citations of gdpr/vocabulary.ts and of the catalogues: "Art 6(1)(f)", "Art 47",
 * "Art 13, 14". Undefined for anything else (the catalogue then shows it as written).
 */
export function parseCitation(citation: string): ArticleRef[] | undefined {
  const m = /^Art\.? (\d+.*)$/.exec(citation.trim());
  if (!m) return undefined;
  const refs: ArticleRef[] = [];
  for (const part of m[1].split(/\s*,\s*/)) {
    const p = /^(\d+)(?:\((\d+)\))?(?:\(([a-z])\))?(?: (first|second|third|fourth) subparagraph)?$/.exec(part);
    if (!p) return undefined;
    const subparagraph = p[4] ? SUBPARAGRAPH.indexOf(p[4]) + 1 : undefined;
    refs.push({ article: p[1], paragraph: p[2], point: p[3], ...(subparagraph ? { subparagraph } : {}) });
  }
  return refs;
}

/**
 * The paragraphs of several provisions of one article, none with a point ("Art 15(1), 15(2)" → ["1", "2"]), for the
 * languages that cite them together ("art. 15, leden 1 en 2, AVG", "Art. 15 Abs. 1 und 2 DSGVO"); undefined otherwise.
 */
export function sameArticleParagraphs(refs: readonly ArticleRef[]): string[] | undefined {
  if (refs.length < 2) return undefined;
  const article = refs[0].article;
  const same = refs.every((r) => r.article === article && r.paragraph && !r.point && !r.subparagraph);
  return same ? refs.map((r) => r.paragraph!) : undefined;
}

/** A citation formatter from how one provision is written and how several are joined. */
export function citationStyle(
  one: (ref: ArticleRef) => string,
  several: (refs: ArticleRef[]) => string,
): (citation: string) => string {
  return (citation) => {
    const refs = parseCitation(citation);
    if (!refs) return citation;
    return refs.length === 1 ? one(refs[0]) : several(refs);
  };
}

/**
 * Durations in words, through Intl.NumberFormat's `unit` style: the locale's number style and a unit word that
 * agrees with the number ("1 an", "2 ans"; "10 jaar", "30 dagen"; "1 Jahr", "2 Jahre"), several parts joined by
 * "and" in the locale. Checked for en, fr, nl and de (test/unit/i18n.test.ts); the words are in the nominative,
 * so a sentence that needs another case adapts them itself (de.ts).
 */
export function durationStyle(locale: string): (d: Duration) => string {
  const formats = new Map<DurationUnit, Intl.NumberFormat>();
  const format = (unit: DurationUnit) => {
    let f = formats.get(unit);
    if (!f)
      formats.set(
        unit,
        (f = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 3 })),
      );
    return f;
  };
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  // ICU separates number and unit by a no-break space in some forms only (fr "1\u00a0an" but "2 ans"): one
  // ordinary space everywhere keeps the notice consistent.
  return (d) =>
    list.format(
      d.parts.map(({ amount, unit }) =>
        format(unit)
          .format(amount)
          .replace(/[\u00a0\u202f]/g, ' '),
      ),
    );
}

/** Two one-part durations in the same unit ("7 years" and "10 years"), so a range can say the unit once. */
export function sameUnit(low: Duration, high: Duration): boolean {
  return low.parts.length === 1 && high.parts.length === 1 && low.parts[0].unit === high.parts[0].unit;
}

/**
 * The author's text set off as a quotation in its own language (docs/language.md, "Output language"): the renderer
 * wraps it in `<q lang="…">` when the notice is generated in another language than the author wrote in. A sentence
 * frame then introduces it with a label ("until the following event: …") instead of splicing it into its grammar.
 */
export function isQuotation(html: string): boolean {
  return html.startsWith('<q ');
}

/** Lower-cases the first letter of a generated label placed after a colon (French typography: no capital there). */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase() + text.slice(1);
}

/** "1 January 2025" in a locale's long date style. */
export function longDate(locale: string): (date: Date) => string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  return (date) => format.format(date);
}

/** "August 2026": a month as dates may be given (docs/language.md, "policy"). */
export function monthDate(locale: string): (date: Date) => string {
  const format = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (date) => format.format(date);
}
