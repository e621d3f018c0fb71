// What a notice catalogue lacks compared with English: the completeness check of every notice language
// (test/unit/languages.test.ts). A build check, not a rule: a shipped build never has an incomplete catalogue.
import type { Messages } from '../../server/src/languages/notices';
import { en } from '../../server/src/languages/en/notice';

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
