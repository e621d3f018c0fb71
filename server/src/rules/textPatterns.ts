// Wording rules over the author's free text (docs/rules/implied-consent.md, conditions-on-rights.md): every text and
// markdown field, in the four notice languages whatever `policy.language` says (languages/<tag>/language.ts).
import { LANGUAGES, type NoticeLanguage } from '../languages';
import { freeTextScalars } from '../schema/textFields';
import type { PolicyModel } from '../parser/policyModel';
import type { Span } from '../parser/yamlTree';

/** One language's patterns for a rule, compiled once. */
export function compiled(pick: (l: NoticeLanguage) => readonly string[]): RegExp[] {
  return LANGUAGES.flatMap((l) => pick(l).map((source) => new RegExp(spacesAsWhitespace(source), 'giu')));
}

/**
 * A pattern whose spaces match any run of whitespace: the author's text is matched as written in the file, where a
 * phrase may wrap onto the next line of a YAML block ("… whether your request is\n    justified").
 */
function spacesAsWhitespace(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (inClass) {
      out += c;
      if (c === ']') inClass = false;
    } else if (c === '[') {
      out += c;
      inClass = true;
    } else out += c === ' ' ? String.raw`\s+` : c;
  }
  return out;
}

export interface TextMatch {
  span: Span;
  /** The sentence the match is in, for messages and exemptions. */
  sentence: string;
  text: string;
}

/** A match inside one text, relative to its start. */
interface LocalMatch {
  start: number;
  end: number;
  sentence: string;
  text: string;
}

/**
 * The matches of each text, by patterns and text, as the last run found them: an edit changes few texts, and the
 * patterns (dozens, in four languages) cost most of an analysis when run over every text again. Kept for the texts
 * of the last run only, so the cache is never larger than the free text of one document.
 */
const seen = new WeakMap<readonly RegExp[], { now: Map<string, LocalMatch[]>; before: Map<string, LocalMatch[]> }>();

/** Every match of the patterns in the author's free text, with its sentence; one match per sentence. */
export function matchesIn(model: PolicyModel, patterns: readonly RegExp[]): TextMatch[] {
  let cache = seen.get(patterns);
  if (!cache) seen.set(patterns, (cache = { now: new Map(), before: new Map() }));
  cache.before = cache.now;
  cache.now = new Map();
  const found: TextMatch[] = [];
  for (const node of freeTextScalars(model.tree.root)) {
    const source = model.text.slice(node.span.start, node.span.end);
    let local = cache.now.get(source) ?? cache.before.get(source);
    if (!local) local = matchesInText(source, patterns);
    cache.now.set(source, local);
    for (const m of local)
      found.push({
        span: { start: node.span.start + m.start, end: node.span.start + m.end },
        sentence: m.sentence,
        text: m.text,
      });
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

/** The matches in one text: one per sentence, the one that starts first (it covers the whole phrase). */
function matchesInText(source: string, patterns: readonly RegExp[]): LocalMatch[] {
  const bySentence = new Map<number, LocalMatch>();
  for (const re of patterns) {
    re.lastIndex = 0;
    for (const m of source.matchAll(re)) {
      const at = m.index ?? 0;
      const start = Math.max(source.lastIndexOf('.', at), source.lastIndexOf('\n\n', at), -1) + 1;
      const known = bySentence.get(start);
      if (known && known.start <= at) continue;
      const stop = source.slice(at).search(/[.;](?:\s|$)|\n\n/);
      const end = stop < 0 ? source.length : at + stop + 1;
      bySentence.set(start, {
        start: at,
        end: at + m[0].length,
        sentence: source.slice(start, end).replace(/\s+/g, ' ').trim(),
        text: m[0],
      });
    }
  }
  return [...bySentence.values()];
}
