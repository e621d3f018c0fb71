// Rule `missing-translation`: the catalogue of the notice's language lacks strings that English has, so those
// headings, sentences or vocabulary words would appear in English in a French, Dutch or German notice (SPEC §6).
import { entryOf, mapOf, strOf } from '../parser/policyModel';
import { primaryLanguage } from '../languages';
import { CATALOGUES, type Messages } from '../languages/notices';
import { en } from '../languages/en/notice';
import type { Rule } from '../core/rule';

type Tree = { readonly [key: string]: unknown };
const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The dotted keys ("headings.rights", "terms.basis.consent.label") that `reference` has and `catalogue` lacks,
 * compared recursively through every table, vocabulary terms included. A string counts only when it is not
 * empty, a function (a sentence with arguments) only when it is a function.
 */
export function missingTranslations(catalogue: Messages, reference: Messages = en): string[] {
  const missing: string[] = [];
  const walk = (want: unknown, have: unknown, path: string) => {
    if (isTree(want)) {
      if (!isTree(have)) {
        // A whole table is absent: report each of its strings, so the count says how much is missing.
        walk(want, {}, path);
        return;
      }
      for (const key of Object.keys(want))
        walk(want[key], Object.hasOwn(have, key) ? have[key] : undefined, path ? `${path}.${key}` : key);
      return;
    }
    const present =
      typeof want === 'function'
        ? typeof have === 'function'
        : typeof have === typeof want && (typeof have !== 'string' || have.trim() !== '');
    if (!present) missing.push(path);
  };
  walk(reference, catalogue, '');
  return missing;
}

/** How many keys a message names before "…". */
const SHOWN = 5;

/** The rule, for a way of finding catalogues (tests pass a deliberately incomplete one). */
export function missingTranslationRule(catalogueFor: (language: string) => Messages | undefined): Rule {
  return {
    id: 'missing-translation',
    severity: 'warning',
    gdpr: '',
    description:
      'The catalogue of `policy.language` lacks generated text that English has, which would then appear in English.',
    check(ctx) {
      const entry = entryOf(mapOf(entryOf(ctx.model.root, 'policy')?.value), 'language');
      const value = strOf(entry?.value);
      if (!entry?.value || !value) return;
      const language = primaryLanguage(value.value);
      if (language === 'en') return;
      const catalogue = catalogueFor(language);
      // Languages without a catalogue are `invalid-value`'s to report.
      if (!catalogue) return;
      const missing = missingTranslations(catalogue);
      if (!missing.length) return;
      const shown = missing
        .slice(0, SHOWN)
        .map((k) => `'${k}'`)
        .join(', ');
      const more = missing.length > SHOWN ? `, and ${missing.length - SHOWN} more` : '';
      const strings = missing.length === 1 ? 'string' : 'strings';
      ctx.report(
        entry.value.span,
        `The '${language}' catalogue lacks ${missing.length} ${strings} that English has (${shown}${more}). ` +
          `The notice shows ${missing.length === 1 ? 'it' : 'them'} in English: complete server/src/render/messages/${language}.ts.`,
      );
    },
  };
}

export const missingTranslation: Rule = missingTranslationRule((language) =>
  Object.hasOwn(CATALOGUES, language) ? CATALOGUES[language] : undefined,
);
