// Semantic tokens: a policy coloured by what its words mean, not by YAML syntax alone (README, "Other editors", where
// this legend is documented for other editors' themes). Standard token types only, so every theme colours them:
//
//   property        a key (`title`, `basis`, `retention`)
//   variable        a defined id where it is used (`data: [contact]`); with `declaration` where it is defined
//   enumMember      a vocabulary value (`consent`, `scc`, `erasure`, `processor`), a country code, `session`
//   number          a duration (`12 months`, `P12M`)
//   macro           a citation of a law the notice serves in the author's text (`Art 6(1)(f)`, `Art 19 FADP`)
//   typeParameter   a placeholder to fill in: text between angle brackets (`period: <how long>`)
//   keyword         `none` (no DPO, no automated decisions)
//
// Offsets inside; the LSP integer encoding (relative lines and characters) is made here from a position function,
// and the delta between two results (LSP `semanticTokens/full/delta`) is computed on those integers.
import type { Analysis } from '../core/analysis';
import type { Span, YNode } from '../parser/yamlTree';
import { documentCitations } from '../schema/textFields';
import { findPlaceholders } from '../parser/placeholders';
import { schemaValues, type SchemaValue } from './schemaValues';

export const TOKEN_TYPES = [
  'property',
  'variable',
  'enumMember',
  'number',
  'macro',
  'typeParameter',
  'keyword',
] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];
export const TOKEN_MODIFIERS = ['declaration'] as const;
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

/** The legend announced in the server's capabilities: the index of a type or modifier is its number in the data. */
export const TOKEN_LEGEND = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

export interface SemanticToken {
  span: Span;
  type: TokenType;
  modifiers: readonly TokenModifier[];
}

const TYPE_OF: Record<SchemaValue['kind'], TokenType> = {
  key: 'property',
  definition: 'variable',
  reference: 'variable',
  term: 'enumMember',
  country: 'enumMember',
  duration: 'number',
  keyword: 'keyword',
};

/** The tokens of a document, in document order, none overlapping another; only those touching `range` if given. */
export function semanticTokens(analysis: Analysis, range?: Span): SemanticToken[] {
  const { model } = analysis;
  const tokens: SemanticToken[] = schemaValues(model, range).map((v) => ({
    span: v.span,
    type: TYPE_OF[v.kind],
    modifiers: v.kind === 'definition' ? ['declaration'] : [],
  }));
  const touches = (span: Span) => !range || (span.start <= range.end && span.end >= range.start);
  // Citations of every law the notice serves ("Art 19 FADP" beside "Art 13 GDPR"), as the document links are.
  if (analysis.laws.length > 0)
    for (const citation of documentCitations(model, analysis.laws))
      if (touches(citation.span)) tokens.push({ span: citation.span, type: 'macro', modifiers: [] });
  for (const span of placeholders(analysis.text, model.tree.root, range))
    tokens.push({ span, type: 'typeParameter', modifiers: [] });
  return ordered(tokens);
}

/** Placeholders in every scalar value of the tree (keys are never placeholders). */
function placeholders(text: string, root: YNode | null, range: Span | undefined): Span[] {
  const found: Span[] = [];
  const stack: YNode[] = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (range && (node.span.end < range.start || node.span.start > range.end)) continue;
    if (node.kind === 'map') {
      for (const e of node.entries) if (e.value) stack.push(e.value);
    } else if (node.kind === 'seq') stack.push(...node.items);
    else if (typeof node.value === 'string' && node.value.includes('<')) {
      // The one placeholder convention (docs/language.md, "Placeholders"): what `unfilled-placeholder` reports.
      for (const p of findPlaceholders(text.slice(node.span.start, node.span.end), node.span.start))
        found.push({ start: p.start, end: p.end });
    }
  }
  return found;
}

/**
 * Sorted by start; a token that overlaps an earlier one is dropped, except that a citation or a placeholder inside
 * a value (text allowed where a vocabulary is expected) takes the place of the value's own token.
 */
function ordered(tokens: SemanticToken[]): SemanticToken[] {
  const rank = (t: SemanticToken) => (t.type === 'macro' || t.type === 'typeParameter' ? 0 : 1);
  tokens.sort((a, b) => a.span.start - b.span.start || rank(a) - rank(b) || b.span.end - a.span.end);
  const out: SemanticToken[] = [];
  let end = -1;
  for (const t of tokens) {
    if (t.span.end <= t.span.start || t.span.start < end) continue;
    out.push(t);
    end = t.span.end;
  }
  return out;
}

// ── The LSP encoding ─────────────────────────────────────────────────────────────────────────────────────────────

export interface LineCharacter {
  line: number;
  character: number;
}

/**
 * The LSP integer encoding: five numbers per token (line delta, start character delta, length, type, modifier bits).
 * A token over several lines (a citation across a line break) is one token per line, without the line breaks and
 * the indentation.
 */
export function encodeTokens(
  tokens: readonly SemanticToken[],
  text: string,
  positionAt: (offset: number) => LineCharacter,
): number[] {
  const data: number[] = [];
  let line = 0;
  let character = 0;
  const push = (start: number, end: number, type: number, bits: number) => {
    if (end <= start) return;
    const at = positionAt(start);
    data.push(at.line - line, at.line === line ? at.character - character : at.character, end - start, type, bits);
    line = at.line;
    character = at.character;
  };
  for (const t of tokens) {
    const type = TOKEN_TYPES.indexOf(t.type);
    const bits = t.modifiers.reduce((sum, m) => sum | (1 << TOKEN_MODIFIERS.indexOf(m)), 0);
    let start = t.span.start;
    for (;;) {
      const lineBreak = text.indexOf('\n', start);
      if (lineBreak === -1 || lineBreak >= t.span.end) {
        push(start, t.span.end, type, bits);
        break;
      }
      push(start, lineBreak > start && text[lineBreak - 1] === '\r' ? lineBreak - 1 : lineBreak, type, bits);
      // The next line's indentation is not part of the token.
      start = lineBreak + 1;
      while (start < t.span.end && (text[start] === ' ' || text[start] === '\t')) start++;
    }
  }
  return data;
}

// ── Deltas ───────────────────────────────────────────────────────────────────────────────────────────────────────

export interface TokenEdit {
  start: number;
  deleteCount: number;
  data: number[];
}

/**
 * One edit that turns `previous` into `next`: the tokens between their common beginning and their common end (whole
 * tokens of five numbers, so that a client that splices tokens rather than integers reads the same). None when equal.
 */
export function tokenEdits(previous: readonly number[], next: readonly number[]): TokenEdit[] {
  const max = Math.min(previous.length, next.length);
  let head = 0;
  while (head < max && previous[head] === next[head]) head++;
  head -= head % 5;
  if (head === previous.length && head === next.length) return [];
  let tail = 0;
  while (tail < max - head && previous[previous.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  tail -= tail % 5;
  return [
    {
      start: head,
      deleteCount: previous.length - head - tail,
      data: next.slice(head, next.length - tail),
    },
  ];
}

/**
 * The last result sent for each document, by result id, so that a delta request is answered against what the
 * client holds. A request naming another id (an older result, or one from before a restart) gets a full result.
 */
export class TokenResults {
  private readonly last = new Map<string, { id: string; data: number[] }>();
  private counter = 0;

  /** Records `data` as the document's latest result and returns its id. */
  remember(uri: string, data: number[]): string {
    const id = String(++this.counter);
    this.last.set(uri, { id, data });
    return id;
  }

  /** The data of the result `id` of the document, if it is the one last sent. */
  previous(uri: string, id: string): number[] | undefined {
    const last = this.last.get(uri);
    return last && last.id === id ? last.data : undefined;
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }
}
