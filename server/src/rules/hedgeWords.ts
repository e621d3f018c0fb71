// Rule `hedge-words` (Art 12(1)): hedging words that make a purpose vague, where plain language is asked for.
import { entryOf } from '../parser/policyModel';
import type { YNode } from '../parser/yamlTree';
import { HEDGE_WORDS } from '../vocabulary/duration';
import { LANGUAGES } from '../languages';
import { excerpt, type Rule } from '../core/rule';

export const hedgeWords: Rule = {
  id: 'hedge-words',
  severity: 'information',
  provisions: 'Art 12(1)',
  description:
    'Hedging words (*may*, *might*, *some*, *often*, *possibly*; fr *peut*, *certains*; nl *kan*, *sommige*; ' +
    'de *kann*, *einige*…) in purposes.',
  check(ctx) {
    for (const p of ctx.model.purposes) {
      const name = excerpt(p.name);
      const fields = ['title', 'description', 'retention'].map((k) => entryOf(p.map, k)?.value);
      for (const node of fields.flatMap(scalars)) {
        // Search the source slice, so the range lands on the word as written (quotes and block scalars included).
        const source = ctx.text.slice(node.span.start, node.span.end);
        for (const m of source.matchAll(HEDGE_WORDS)) {
          if (isMonth(source, m) || notAHedge(source, m)) continue;
          const start = node.span.start + (m.index ?? 0);
          ctx.report(
            { start, end: start + m[0].length },
            ctx.t(
              "'{0}' makes purpose '{1}' vague. Art 12(1) asks for concise, transparent and plain language: " +
                'say what you do, e.g. "we send" rather than "we may send".',
              m[0],
              name,
            ),
          );
        }
      }
    }
  },
};

/** The contexts in which a hedge word is not a hedge, in every notice language (languages/<tag>/language.ts). */
const NOT_HEDGES = LANGUAGES.flatMap((l) => l.notHedges);
const notHedgeCache = new Map<string, RegExp[]>();

/**
 * A permission or right given to the reader ("you may object", "können Sie … widersprechen"), a condition ("may only
 * … if"), or a quantifier that limits scope ("for some roles"): what *we* do is not hedged (docs/rules/hedge-words.md).
 */
function notAHedge(source: string, m: RegExpMatchArray): boolean {
  const word = m[0];
  const key = word.toLowerCase();
  let patterns = notHedgeCache.get(key);
  if (!patterns) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // The word as found and with its first letter in either case ("Some", "some").
    const either = `(?:${escaped}|${escaped.charAt(0).toLowerCase()}${escaped.slice(1)}|${escaped.charAt(0).toUpperCase()}${escaped.slice(1)})`;
    patterns = NOT_HEDGES.map((source) => new RegExp(source.replaceAll('HEDGE', either), 'gu'));
    notHedgeCache.set(key, patterns);
  }
  const at = m.index ?? 0;
  const from = Math.max(0, at - 100);
  const window = source.slice(from, at + word.length + 40);
  const wordStart = at - from;
  return patterns.some((re) => {
    re.lastIndex = 0;
    for (const hit of window.matchAll(re)) {
      const start = hit.index ?? 0;
      if (start <= wordStart && wordStart < start + hit[0].length) return true;
    }
    return false;
  });
}

/** "1 May 2024", "May 2024": the month, not a hedge. */
function isMonth(source: string, m: RegExpMatchArray): boolean {
  const at = m.index ?? 0;
  if (m[0] !== 'May') return false;
  // Look only at the neighbouring characters (a regular expression anchored at the end of the text before the
  // word would rescan it for every occurrence).
  let after = at + 3;
  while (after < source.length && /\s/.test(source[after])) after++;
  let before = at - 1;
  while (before >= 0 && /\s/.test(source[before])) before--;
  return (after > at + 3 && /\d/.test(source[after] ?? '')) || (before < at - 1 && /\d/.test(source[before] ?? ''));
}

function scalars(node: YNode | null | undefined): YNode[] {
  if (!node) return [];
  if (node.kind === 'scalar') return typeof node.value === 'string' ? [node] : [];
  if (node.kind === 'seq') return node.items.flatMap(scalars);
  return node.entries.filter((e) => e.key !== 'data').flatMap((e) => scalars(e.value));
}
