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

import type { InterfaceCatalogue } from './language';

export type { InterfaceCatalogue };

/** Every language's catalogue of interface messages, by tag (English: empty). */
export const INTERFACE_CATALOGUES: Readonly<Record<string, InterfaceCatalogue>> = { en: {}, fr, nl, de };

/** The settings' values: `auto` follows the editor (LSP `initialize.locale`) or the environment's locale. */
export const INTERFACE_LANGUAGE_SETTINGS = ['auto', ...LANGUAGES.map((l) => l.tag)] as const;

export interface InterfaceText {
  /** The language tag of the interface. */
  readonly language: string;
  /** An English message in the interface language, its `{0}`, `{1}`… replaced by the arguments in order. */
  t(english: string, ...args: readonly (string | number)[]): string;
  /** GDPR provisions ("Art 13(2)(a), 6(1)") as the interface language cites them ("article 13.2.a) du RGPD"). */
  cite(provisions: string): string;
}

const fill = (template: string, args: readonly (string | number)[]) =>
  template.replace(/\{(\d+)\}/g, (whole, n: string) => (Number(n) < args.length ? String(args[Number(n)]) : whole));

const cache = new Map<string, InterfaceText>();

/** The interface text of a language tag ("fr-BE" → French); English for a language without a catalogue. */
export function interfaceText(language?: string): InterfaceText {
  const tag = findLanguage(language)?.tag ?? 'en';
  let text = cache.get(tag);
  if (!text) {
    const catalogue = INTERFACE_CATALOGUES[tag] ?? {};
    const notice = CATALOGUES[tag];
    text = {
      language: tag,
      t: (english, ...args) => fill(Object.hasOwn(catalogue, english) ? catalogue[english] : english, args),
      // English messages cite as the rules always have ("Art 13(2)(a)"); the others in their notice's style.
      cite: (provisions) => (tag === 'en' || !notice ? provisions : notice.cite(provisions)),
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
