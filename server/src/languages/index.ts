// The notice languages (docs/language.md, "Output language"): the one list every other list of languages is made from
// — the `policy.language` vocabulary, the JSON Schema and grammar, the CLI's `--language`, the preview's language
// switch, duration units, vague and hedge wording, citation words and country names.
import { de } from './de/language';
import { en } from './en/language';
import { fr } from './fr/language';
import type { NoticeLanguage } from './language';
import { nl } from './nl/language';

export type { CitationWords, DurationUnit, NoticeLanguage, PlaceholderId } from './language';

/** Every notice language, the default (English) first. */
export const LANGUAGES: readonly NoticeLanguage[] = [en, fr, nl, de];

export const DEFAULT_LANGUAGE: NoticeLanguage = en;

/** The primary subtag of a language tag: "fr-BE" → "fr". */
export function primaryLanguage(language: string | undefined): string {
  return (language ?? '').trim().toLowerCase().split(/[-_]/)[0];
}

/** The notice language of a tag ("fr-BE" → French); undefined when it is not one of LANGUAGES. */
export function findLanguage(tag: string | undefined): NoticeLanguage | undefined {
  const primary = primaryLanguage(tag);
  return LANGUAGES.find((l) => l.tag === primary);
}

/** The notice language of a tag, English for any other. */
export function languageOf(tag: string | undefined): NoticeLanguage {
  return findLanguage(tag) ?? DEFAULT_LANGUAGE;
}

/**
 * The article and recital words of every language, as one regular-expression source with the named groups
 * `article` and `recital` ("Art.", "article", "Artikel", "considérant", "Erwägungsgrund"…).
 */
export const CITATION_KEYWORD_SOURCE =
  `(?<article>${allLanguages((l) => l.citationWords.article).join('|')})|` +
  `(?<recital>${allLanguages((l) => l.citationWords.recital).join('|')})`;

/** A cheap test for text that may hold a citation: an article or recital word anywhere in it. */
export const MAYBE_CITATION = new RegExp(CITATION_KEYWORD_SOURCE, 'iu');

/** Every value of one list of words, over all languages, without repeats. */
export function allLanguages<T>(pick: (language: NoticeLanguage) => readonly T[]): T[] {
  return [...new Set(LANGUAGES.flatMap(pick))];
}
