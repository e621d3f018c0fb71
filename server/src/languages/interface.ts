// The interface language (README, "Settings"; docs/language.md is about the notice language, a separate choice):
// diagnostic messages, hovers, completion details and quick-fix titles in the language the editor shows, or the one
// the `privacyPolicy.interfaceLanguage` setting (the CLI's `--interface-language`) chooses. Messages are written in
// English in the code, through `t(english, …args)`, and each notice language's `interface.ts` maps every English
// message to its own (test/unit/interfaceText.test.ts finds every message in the code and checks each catalogue has
// it, with the same `{n}` arguments). Legal terms are those of each language version of the law, as in the notice.
import { de } from './de/interface';
import { fr } from './fr/interface';
import { findLanguage, LANGUAGES, primaryLanguage } from './index';
import { nl } from './nl/interface';
import { CATALOGUES } from './notices';
import { durationStyle, lowerFirst } from './noticeText';
import { countryName, localCountryName } from '../vocabulary/countries';
import { formatDuration, type Duration } from '../vocabulary/duration';
import { findTerm, type VocabularyName } from '../vocabulary/terms';
import type { LocalTerm } from './noticeText';

import type { InterfaceCatalogue, InterfaceWords, Message } from './language';

export type { InterfaceCatalogue, InterfaceWords, Message };

/** Every language's catalogue of interface messages, by tag (English: empty), made on first use. */
const CATALOGUE_MAKERS: Readonly<Record<string, () => InterfaceCatalogue>> = { en: () => ({}), fr, nl, de };
const catalogues = new Map<string, InterfaceCatalogue>();

/** The languages the interface speaks. */
export const INTERFACE_TAGS: readonly string[] = Object.keys(CATALOGUE_MAKERS);

/** The catalogue of a language tag (English → its translation); undefined for a language without one. */
export function interfaceCatalogue(tag: string): InterfaceCatalogue | undefined {
  const make = CATALOGUE_MAKERS[tag];
  if (!make) return undefined;
  let catalogue = catalogues.get(tag);
  if (!catalogue) catalogues.set(tag, (catalogue = make()));
  return catalogue;
}

/** The settings' values: `auto` follows the editor (LSP `initialize.locale`) or the environment's locale. */
export const INTERFACE_LANGUAGE_SETTINGS = ['auto', ...LANGUAGES.map((l) => l.tag)] as const;

export interface InterfaceText extends InterfaceWords {
  /** The language tag of the interface. */
  readonly language: string;
  /** An English message in the interface language, its `{0}`, `{1}`… replaced by the arguments in order. */
  readonly t: (english: string, ...args: readonly (string | number)[]) => string;
  /** GDPR provisions ("Art 13(2)(a), 6(1)") as the interface language cites them ("article 13.2.a) du RGPD"). */
  cite(provisions: string): string;
  /** A vocabulary value's label, meaning and article in the interface language (the notice's words for it). */
  term(vocabulary: VocabularyName, value: string): LocalTerm | undefined;
  /** A duration in words ("1 year and 6 months", "1 an et 6 mois"). */
  duration(duration: Duration): string;
  /** Items joined as the language lists them ("a, b and c", "a, b et c"). */
  list(items: readonly string[]): string;
  /**
   * Text that continues a sentence (after a colon, a label inside a message): its first letter in lower case, unless
   * it starts an abbreviation ("EU–US …") or is a German noun ("…: der Name", but "Auskunftsrecht").
   */
  continuing(text: string): string;
  /** A date (YYYY-MM-DD) in words ("19 June 2026", "19 juin 2026"); anything else as written. */
  date(iso: string): string;
  /** A number as the language writes it ("60,000", "60 000"; `digits` after the decimal sign). */
  number(n: number, digits?: number): string;
}

/** German words that start a phrase continuing a sentence in lower case: articles, pronouns, question words. */
const GERMAN_LOWER_AFTER_COLON =
  /^(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Einem|Einer|Eines|Wie|Wo|Wann|Ob|Wer|Was|Welche[rsnm]?|Ihre?[rsnm]?|Unsere?[rsnm]?)\b/;

const fill = (template: string, args: readonly (string | number)[]) =>
  template.replace(/\{(\d+)\}/g, (whole, n: string) => (Number(n) < args.length ? String(args[Number(n)]) : whole));

const cache = new Map<string, InterfaceText>();

/** The interface text of a language tag ("fr-BE" → French); English for a language without a catalogue. */
export function interfaceText(language?: string): InterfaceText {
  const tag = findLanguage(language)?.tag ?? 'en';
  let text = cache.get(tag);
  if (!text) {
    const catalogue = interfaceCatalogue(tag) ?? {};
    const notice = CATALOGUES[tag];
    const english = tag === 'en' || !notice;
    const cite = (provisions: string) => (english ? provisions : notice.cite(provisions));
    const locale = english ? 'en-GB' : findLanguage(tag)!.locale;
    const list = new Intl.ListFormat(locale, { type: 'conjunction' });
    const dates = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const duration = english ? formatDuration : durationStyle(findLanguage(tag)!.locale);
    const t = (message: string, ...args: readonly (string | number)[]) =>
      fill(Object.hasOwn(catalogue, message) ? catalogue[message] : message, args);
    const continuing = (text: string): string => {
      // German nouns keep their capital; an article or a question word does not ("…: der Name").
      if (tag === 'de') return GERMAN_LOWER_AFTER_COLON.test(text) ? lowerFirst(text) : text;
      return /^\p{Lu}\p{Lu}/u.test(text) ? text : lowerFirst(text);
    };
    const say = (said: Message | string): string => {
      if (typeof said === 'string') return said;
      const text = t(said.text, ...said.args.map((a) => (typeof a === 'object' ? say(a) : (a ?? ''))));
      return said.inSentence ? continuing(text) : text;
    };
    text = {
      language: tag,
      t,
      say,
      // English messages cite as the rules always have ("Art 13(2)(a)"); the others in their notice's style.
      cite,
      term: (vocabulary, value) => (english ? findTerm(vocabulary, value) : notice.term(vocabulary, value)),
      duration,
      country: (code) => (english ? countryName(code) : localCountryName(code, tag)),
      list: (items) => list.format(items),
      continuing,
      date: (iso) => {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
        return m ? dates.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))) : iso;
      },
      number: (n, digits = 0) =>
        n.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }),
    };
    cache.set(tag, text);
  }
  return text;
}

/** English: what every feature uses unless told otherwise (the CLI's default, the tests'). */
export const ENGLISH: InterfaceText = interfaceText('en');

/**
 * The interface language to use: the setting when it names a language, else the editor's locale (LSP
 * `initialize.locale`, "fr-BE") or the environment's ("de_CH.UTF-8"), else English.
 */
export function resolveInterfaceLanguage(setting: string | undefined, locale: string | undefined): string {
  const chosen = setting && setting !== 'auto' ? findLanguage(setting) : undefined;
  return chosen?.tag ?? findLanguage(primaryLanguage(locale))?.tag ?? 'en';
}

/** The environment's locale, as POSIX tools read it: LC_ALL, then LC_MESSAGES, then LANG ("fr_BE.UTF-8"). */
export function environmentLocale(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  // "C" and "POSIX" name no language.
  return value && !/^(?:C|POSIX)(?:\.|$)/.test(value) ? value : undefined;
}
