// The GDPR's structure as data (docs/language.md, "Citing the GDPR in your text"): 99 articles with their paragraphs and points, 173 recitals, each
// article's official title in the four notice languages, a one-line summary written for this project, and
// the EUR-Lex address of each language version. Source and licence: NOTICE.md beside this file.
// The data is loaded on first use, not at server start: most sessions never need it.
import { LANGUAGES, languageOf } from '../../languages';

/** A notice language's tag: the data has every article's title in each (a test checks it). */
export type GdprLanguage = string;
export const GDPR_LANGUAGES: readonly GdprLanguage[] = LANGUAGES.map((l) => l.tag);

export interface GdprArticle {
  number: number;
  chapter: string;
  section: number | null;
  /** The article's heading in each language version of Regulation (EU) 2016/679. */
  title: Record<GdprLanguage, string>;
  /** One plain-English sentence written for this project (not the law's words). */
  summary: string;
  /** Paragraph number → its lettered points ("abcdef"; "" when it has none). No paragraphs: one unnumbered text. */
  paragraphs: Record<string, string>;
}

interface GdprData {
  regulation: string;
  celex: string;
  recitals: number;
  articles: GdprArticle[];
}

let loaded: GdprData | undefined;

function data(): GdprData {
  // require, not import: keeps the 50 KB table out of the server's start-up (esbuild evaluates it on first call).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('./gdpr-articles.json') as GdprData;
  return loaded;
}

export const ARTICLE_COUNT = 99;
export const RECITAL_COUNT = 173;

export function allArticles(): readonly GdprArticle[] {
  return data().articles;
}

export function gdprArticle(number: number): GdprArticle | undefined {
  return Number.isInteger(number) && number >= 1 && number <= ARTICLE_COUNT ? data().articles[number - 1] : undefined;
}

export function recitalCount(): number {
  return data().recitals;
}

/** The paragraph numbers of an article, in order (empty when the article is one unnumbered text). */
export function paragraphsOf(article: number): string[] {
  return Object.keys(gdprArticle(article)?.paragraphs ?? {});
}

/** The lettered points of a paragraph ("a", "b"…), empty when it has none or does not exist. */
export function pointsOf(article: number, paragraph: string): string[] {
  const points = gdprArticle(article)?.paragraphs[paragraph];
  return points ? [...points] : [];
}

/** A language the data has titles for, from a notice language tag ("fr-BE" → "fr"); English otherwise. */
export function gdprLanguage(language: string | undefined): GdprLanguage {
  return languageOf(language).tag;
}

export function articleTitle(number: number, language: GdprLanguage = 'en'): string | undefined {
  return gdprArticle(number)?.title[language];
}

/** What the regulation is called in each language, for link titles and completion details. */
export const REGULATION_NAME: Readonly<Record<GdprLanguage, string>> = {
  en: 'GDPR',
  fr: 'RGPD',
  nl: 'AVG',
  de: 'DSGVO',
};

/**
 * The regulation on EUR-Lex in one language. EUR-Lex's HTML view gives every article the anchor `art_<n>` and
 * every recital `rct_<n>`; paragraphs have no stable anchor, so a paragraph or point links to its article.
 */
export function eurLexUrl(language: GdprLanguage, target?: { article: number } | { recital: number }): string {
  const base = `https://eur-lex.europa.eu/legal-content/${language.toUpperCase()}/TXT/HTML/?uri=CELEX:32016R0679`;
  if (!target) return base;
  return 'article' in target ? `${base}#art_${target.article}` : `${base}#rct_${target.recital}`;
}
