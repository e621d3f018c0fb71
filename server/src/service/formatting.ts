// Document and range formatting of a policy (README, "What you get"): only indentation and spacing change, every
// comment and blank line stays, and the YAML means the same afterwards. A pure function over the text, answering
// offset-based edits.
//
// yaml-language-server formats by printing its parsed tree again (Prettier, later the `yaml` package's stringify):
// comments were lost (vscode-yaml #75) or moved (vscode-yaml #1237), and the whole document comes back as one edit.
// Here the `yaml` package's concrete syntax tree (its `Parser`: every token with its offset, comments included) only
// decides where each line starts and how much space sits between tokens; every other character is copied.
//
// What changes:
// - Indentation: a block collection nested in a mapping sits `tabSize` columns right of its key, a sequence item's
//   content two columns right of its `-` (the width of `- `); sequences under a key are indented, never "compact".
// - Spacing: `key:   value` → `key: value`, `key :` → `key:`, `-   item` → `- item`, one space after an anchor or tag,
//   and trailing whitespace is removed.
// - Flow collections: `[a,b ,c]` → `[a, b, c]`, `{a: 1}` → `{ a: 1 }`, `[ ]` → `[]` (Prettier's style, which authors
//   of YAML meet most). A flow collection written over several lines keeps its line breaks: its lines are indented
//   `tabSize` per open bracket from the line where it starts, its closing bracket at that line's level.
// - Full-line comments go to the column of the structure they are written at: the nearest indentation level (of the
//   lines around them) at or left of their own column, or one level deeper than all of them (a commented-out child).
//   The space before an end-of-line comment is the author's (aligned comments stay aligned; yamllint wants two).
// What never changes:
// - The line breaks: the formatted text has the same lines, so blank lines and comments keep their order and places.
// - Block scalars (`|`, `>`): their content lines move as one, by the same number of columns, so their relative
//   indentation (and trailing spaces, which are content) stay; a whitespace-only line inside is emptied only when it
//   is not longer than the content's indentation (a longer one holds content spaces).
// - Quoted scalars: not a character inside them, except the indentation of a continuation line.
// - Multi-line plain scalars: their line breaks and words. Only the indentation of their continuation lines and the
//   whitespace at the ends of their lines change, which YAML's line folding discards (YAML 1.2.2 §6.5, §7.3.3).
//
// Safety: the text and the result are parsed with the `yaml` package and their `toJS()` compared; any difference
// (a case this module did not foresee) means no edit at all. A document with a YAML syntax error is not formatted:
// where the parser had to guess, indentation is what tells the structure, and moving lines could give the text a
// meaning its author never wrote (and "format on save" would fight an author who is in the middle of typing). So is a
// document with more than one YAML document, explicit `?` keys, lone CR line breaks or nesting past MAX_DEPTH.
import { Composer, Parser, type CST } from 'yaml';
import { MAX_DOCUMENT_SIZE } from '../parser/limits';
import { countYamlTokens } from '../parser/yamlTokens';
import { boundNesting } from '../parser/nesting';
import { MAX_DEPTH } from '../parser/yamlTree';

/**
 * Formatting parses the text twice (before, and after to check the meaning), at 5–12 µs per token (yamlTokens.ts)
 * whatever the shape. A 2 MB policy is about 165,000 tokens; over this budget (hostile shapes: a line of a million
 * commas) the text is not formatted, so no request blocks the server for more than a couple of seconds.
 */
export const MAX_FORMAT_TOKENS = 200_000;

export interface OffsetSpan {
  start: number;
  end: number;
}

export interface FormatEdit {
  span: OffsetSpan;
  newText: string;
}

export interface FormatOptions {
  /** Columns per nesting level (LSP `FormattingOptions.tabSize`); YAML indents with spaces only. */
  tabSize: number;
}

/**
 * The edits that format `text` (or, with `range`, only the lines the range touches), in document order and
 * non-overlapping; [] when nothing changes or when the text cannot be formatted safely (see the module comment).
 */
export function formatPolicy(text: string, options: FormatOptions, range?: OffsetSpan): FormatEdit[] {
  if (text.length > MAX_DOCUMENT_SIZE || /\r(?!\n)/.test(text)) return [];
  if (countYamlTokens(text, MAX_FORMAT_TOKENS) > MAX_FORMAT_TOKENS) return [];
  if (boundNesting(text, MAX_DEPTH).deepAt !== undefined) return [];
  const tabSize = Number.isFinite(options.tabSize) ? Math.min(16, Math.max(1, Math.floor(options.tabSize))) : 2;
  const lines = splitLines(text);

  const traces = Error.stackTraceLimit;
  // Syntax problems are Errors; their stack traces are most of their cost and never read (as in yamlTree.ts).
  Error.stackTraceLimit = 0;
  try {
    const first = range ? lineAt(lines, Math.min(range.start, range.end)) : 0;
    const last = range ? lastLineOf(lines, range) : lines.length - 1;
    const formatted = formatLines(text, lines, tabSize, first, last);
    if (!formatted) return [];
    const { before, layout, full } = formatted;
    if (sameMeaning(before, lines, full)) return editsBetween(text, lines, full);
    if (!range) return [];
    // Re-indenting part of a collection can break it apart; spacing alone never depends on the lines around.
    const spacing = full.map((line, i) =>
      i < first || i > last || layout.kind[i] === LineKind.Block || line === ''
        ? lines[i].content
        : leadingWhitespace(lines[i].content) + line.trimStart(),
    );
    return sameMeaning(before, lines, spacing) ? editsBetween(text, lines, spacing) : [];
  } finally {
    Error.stackTraceLimit = traces;
  }
}

/**
 * The formatted lines (those outside first..last as they are) and the text's meaning; undefined when nothing
 * changes or the text is not formatted. The syntax tree stays local: dropped before the result is parsed again.
 */
function formatLines(
  text: string,
  lines: Line[],
  tabSize: number,
  first: number,
  last: number,
): { before: unknown; layout: Layout; full: string[] } | undefined {
  const tokens = Array.from(new Parser().parse(text));
  let layout: Layout;
  try {
    layout = layoutLines(text, lines, tokens, tabSize);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  const full = layout.text.map((line, i) => (i >= first && i <= last ? line : lines[i].content));
  if (full.every((line, i) => line === lines[i].content)) return undefined;
  const before = composeOne(tokens, text.length);
  return before.ok ? { before: before.value, layout, full } : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Lines

interface Line {
  start: number;
  /** The line without its line break. */
  content: string;
  /** '\n', '\r\n', or '' for the last line. */
  eol: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const lf = text.indexOf('\n', start);
    if (lf === -1) {
      lines.push({ start, content: text.slice(start), eol: '' });
      return lines;
    }
    const cr = lf > start && text.charCodeAt(lf - 1) === 13;
    lines.push({ start, content: text.slice(start, cr ? lf - 1 : lf), eol: cr ? '\r\n' : '\n' });
    start = lf + 1;
  }
}

/** The index of the line holding `offset` (binary search). */
function lineAt(lines: Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The last line a range touches: a range that ends at the very start of a line (a whole-line selection) stops before. */
function lastLineOf(lines: Line[], range: OffsetSpan): number {
  const start = Math.min(range.start, range.end);
  const end = Math.max(range.start, range.end);
  const line = lineAt(lines, end);
  return end > start && line > 0 && lines[line].start === end ? line - 1 : line;
}

function leadingWhitespace(line: string): string {
  return line.slice(0, line.length - line.trimStart().length);
}

const trimEndBlanks = (s: string) => s.replace(/[ \t]+$/, '');

// ---------------------------------------------------------------------------------------------------------------
// Layout: where each line starts, from the concrete syntax tree

/** What a text cannot be formatted for; caught by formatPolicy, which then answers []. */
class Unsupported extends Error {}

const enum LineKind {
  /** Blank, or not started yet. */
  Empty,
  /** Starts with a token placed by the structure (a key, a `-`, a value, a bracket, a scalar's continuation). */
  Content,
  /** A full-line comment outside flow collections: placed after the pass, from the lines around it. */
  Comment,
  /** A line of a block scalar's content: copied, shifted as one with the other lines of that scalar. */
  Block,
}

/** An open block collection: the column its items had, and the one they get. */
interface Level {
  oldCol: number;
  newCol: number;
  parent: Level | null;
}

/** Where a token that starts a line goes. */
type Place = { kind: 'block'; col: number } | { kind: 'flow'; baseLine: number; depth: number };

interface Layout {
  /** The formatted lines, one for each line of the text (no line breaks). */
  text: string[];
  kind: LineKind[];
}

interface Walk {
  emit(
    token: CST.SourceToken | CST.FlowScalar | CST.Directive | CST.DocumentEnd,
    place: Place,
    chain: Level | null,
  ): void;
  blockScalar(source: string, place: Place, chain: Level | null, explicitIndent: boolean): void;
  lineOf(offset: number): number;
}

function layoutLines(text: string, lines: Line[], tokens: CST.Token[], tabSize: number): Layout {
  const count = lines.length;
  const out: string[] = new Array<string>(count).fill('');
  const kind: LineKind[] = new Array<LineKind>(count).fill(LineKind.Empty);
  const indent = new Int32Array(count).fill(-1);
  const commentCol = new Int32Array(count);
  const chainOf: (Level | null)[] = new Array<Level | null>(count).fill(null);
  // A structural line's own column, old and new, as a level of its own for the comments around it.
  const ownOld = new Int32Array(count).fill(-1);

  // A byte order mark stays where it is, before the first line's indentation.
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  let pos = 0;
  let line = 0;
  let body = '';
  let started = false;
  let pendingSpace = '';
  let lastType = '';

  const colOf = (offset: number) => offset - lines[line].start - (line === 0 ? bom.length : 0);
  const resolve = (place: Place): number =>
    place.kind === 'block' ? place.col : indent[place.baseLine] + tabSize * Math.max(0, place.depth);
  const finishLine = () => {
    // A comment's indentation is decided once the lines after it are known (placeComments).
    if (kind[line] === LineKind.Comment) out[line] = body;
    else if (kind[line] !== LineKind.Block)
      out[line] = (line === 0 ? bom : '') + (started ? ' '.repeat(indent[line]) : '') + body;
    line++;
    body = '';
    started = false;
    pendingSpace = '';
    lastType = '';
  };
  const startLine = (type: string, offset: number, place: Place, chain: Level | null) => {
    started = true;
    if (type === 'comment' && place.kind === 'block') {
      kind[line] = LineKind.Comment;
      commentCol[line] = colOf(offset);
      return;
    }
    kind[line] = LineKind.Content;
    indent[line] = topLevelOnly.has(type) ? 0 : resolve(place);
    chainOf[line] = chain;
    ownOld[line] = colOf(offset);
  };

  const walk: Walk = {
    lineOf: (offset) => lineAt(lines, offset),
    emit(token, place, chain) {
      if (token.offset !== pos || !text.startsWith(token.source, pos)) throw new Unsupported('token out of order');
      pos += token.source.length;
      const type = token.type;
      if (type === 'newline') return finishLine();
      if (type === 'space') {
        pendingSpace = token.source;
        return;
      }
      if (type === 'byte-order-mark') return;
      if (!started) startLine(type, token.offset, place, chain);
      else body += gap(lastType, type, pendingSpace);
      pendingSpace = '';
      lastType = type;
      if (type === 'comment') {
        body += trimEndBlanks(token.source);
        return;
      }
      if (!token.source.includes('\n')) {
        body += token.source;
        return;
      }
      // A scalar over several lines: only its continuation lines' indentation (and, in a plain scalar, the
      // whitespace at its line ends) is not content.
      const plain = type === 'scalar';
      const parts = token.source.split('\n');
      parts.forEach((raw, i) => {
        let part = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (plain && i < parts.length - 1) part = trimEndBlanks(part);
        if (i === 0) {
          body += part;
          return;
        }
        finishLine();
        const rest = part.replace(/^[ \t]+/, '');
        if (rest === '') return;
        kind[line] = LineKind.Content;
        started = true;
        indent[line] = resolve(place);
        chainOf[line] = chain;
        body = rest;
      });
      lastType = type;
    },
    blockScalar(source, place, chain, explicitIndent) {
      if (!text.startsWith(source, pos)) throw new Unsupported('block scalar out of place');
      pos += source.length;
      if (source === '') return;
      if (started) throw new Unsupported('block scalar content after its header line');
      const parts = source.split('\n');
      // Auto-detected indentation: the first line with content fixes it, and the content moves to `place`.
      // An explicit indicator ties the content to its parent's indentation instead: it moves with that parent.
      const firstContent = parts.find((p) => /[^ \r]/.test(p));
      const oldCol = firstContent === undefined ? 0 : firstContent.length - firstContent.trimStart().length;
      const delta = explicitIndent ? (chain ? chain.newCol - chain.oldCol : 0) : resolve(place) - oldCol;
      parts.forEach((raw, i) => {
        if (i === parts.length - 1 && raw === '') return;
        const part = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        const spaces = part.length - part.replace(/^ +/, '').length;
        let shifted: string;
        // A line of spaces only: empty, unless longer than the content's indentation (then the rest is content).
        // With no content line at all, every line is empty.
        const empty = firstContent === undefined || (!explicitIndent ? spaces <= oldCol : spaces + delta <= 0);
        if (spaces === part.length && empty) shifted = '';
        else shifted = delta >= 0 ? ' '.repeat(delta) + part : part.slice(Math.min(-delta, spaces));
        kind[line] = LineKind.Block;
        chainOf[line] = chain;
        out[line] = shifted;
        if (i < parts.length - 1) finishLine();
        else started = true;
      });
    },
  };

  for (const token of tokens) walkToken(token, { kind: 'block', col: 0 }, null, null, walk, tabSize);
  if (pos !== text.length) throw new Unsupported('text not covered by tokens');
  if (line !== count - 1) throw new Unsupported('line count changed');
  finishLine();

  placeComments(kind, indent, commentCol, chainOf, ownOld, out, bom, tabSize);
  return { text: out, kind };
}

/** Tokens that YAML only allows at the start of a line. */
const topLevelOnly = new Set(['doc-start', 'doc-end', 'directive', 'directive-line']);

/** The space between two tokens on one line, given the space the author wrote (maybe none). */
function gap(prev: string, next: string, written: string): string {
  if (next === 'comment') return written || ' ';
  if (prev === 'map-value-ind') {
    // `{a: , b}`: an empty value before a comma or bracket keeps what was written.
    if (next === 'comma' || next === 'flow-seq-end' || next === 'flow-map-end') return written;
    return ' ';
  }
  if (next === 'map-value-ind') {
    // An alias may contain `:`, so `*a :` needs its space; anchors and tags before an empty key keep theirs.
    return prev === 'scalar' ||
      prev === 'single-quoted-scalar' ||
      prev === 'double-quoted-scalar' ||
      prev === 'flow-seq-end' ||
      prev === 'flow-map-end'
      ? ''
      : written;
  }
  if (prev === 'seq-item-ind' || prev === 'anchor' || prev === 'tag' || prev === 'doc-start') return ' ';
  if (next === 'flow-seq-end') return '';
  if (next === 'flow-map-end') return prev === 'flow-map-start' ? '' : ' ';
  if (next === 'comma') return '';
  if (prev === 'comma') return ' ';
  if (prev === 'flow-seq-start') return '';
  if (prev === 'flow-map-start') return ' ';
  return written;
}

interface FlowContext {
  baseLine: number;
  depth: number;
}

function walkToken(
  token: CST.Token,
  place: Place,
  chain: Level | null,
  flow: FlowContext | null,
  walk: Walk,
  tabSize: number,
): void {
  switch (token.type) {
    case 'document':
      for (const t of token.start) walk.emit(t, place, chain);
      if (token.value) walkToken(token.value, { kind: 'block', col: 0 }, null, null, walk, tabSize);
      for (const t of token.end ?? []) walk.emit(t, place, chain);
      return;
    case 'doc-end':
      walk.emit(token, place, chain);
      for (const t of token.end ?? []) walk.emit(t, place, chain);
      return;
    case 'block-map': {
      const level = blockLevel(token, place, chain);
      const key: Place = { kind: 'block', col: level.newCol };
      const value: Place = { kind: 'block', col: level.newCol + tabSize };
      for (const item of token.items) {
        if (item.explicitKey) throw new Unsupported('explicit key');
        for (const t of item.start) walk.emit(t, key, level);
        if (item.key) walkToken(item.key, key, level, null, walk, tabSize);
        // `: value` with no key: the `:` starts the item, where a key would.
        let afterColon = false;
        for (const t of item.sep ?? []) {
          walk.emit(t, afterColon ? value : key, level);
          if (t.type === 'map-value-ind') afterColon = true;
        }
        if (item.value) walkToken(item.value, value, level, null, walk, tabSize);
      }
      return;
    }
    case 'block-seq': {
      const level = blockLevel(token, place, chain);
      const dash: Place = { kind: 'block', col: level.newCol };
      const content: Place = { kind: 'block', col: level.newCol + 2 };
      for (const item of token.items) {
        let afterDash = false;
        for (const t of item.start) {
          walk.emit(t, afterDash ? content : dash, level);
          if (t.type === 'seq-item-ind') afterDash = true;
        }
        if (item.value) walkToken(item.value, content, level, null, walk, tabSize);
      }
      return;
    }
    case 'flow-collection': {
      const context = flow
        ? { baseLine: flow.baseLine, depth: flow.depth + 1 }
        : { baseLine: walk.lineOf(token.start.offset), depth: 1 };
      const inner: Place = { kind: 'flow', ...context };
      walk.emit(token.start, place, chain);
      for (const item of token.items) {
        for (const t of item.start) walk.emit(t, inner, chain);
        if (item.key) walkToken(item.key, inner, chain, context, walk, tabSize);
        for (const t of item.sep ?? []) walk.emit(t, inner, chain);
        if (item.value) walkToken(item.value, inner, chain, context, walk, tabSize);
      }
      // The closing bracket sits one level out; what follows it is back in the parent's context.
      let closed = false;
      for (const t of token.end) {
        let at: Place = closed ? place : inner;
        if (!closed && (t.type === 'flow-seq-end' || t.type === 'flow-map-end')) {
          at = { kind: 'flow', ...context, depth: context.depth - 1 };
          closed = true;
        }
        walk.emit(t, at, chain);
      }
      return;
    }
    case 'block-scalar': {
      let header = '';
      for (const t of token.props) {
        if (!isSourceToken(t)) throw new Unsupported('unexpected token in a block scalar header');
        if (t.type === 'block-scalar-header') header = t.source;
        walk.emit(t, place, chain);
      }
      walk.blockScalar(token.source, place, chain, /\d/.test(header));
      return;
    }
    case 'alias':
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
      walk.emit(token, place, chain);
      for (const t of token.end ?? []) walk.emit(t, place, chain);
      return;
    case 'directive':
      walk.emit(token, place, chain);
      return;
    case 'error':
    case 'flow-error-end':
      throw new Unsupported('syntax error');
    default:
      walk.emit(token, place, chain);
  }
}

function isSourceToken(token: CST.Token): token is CST.SourceToken {
  return 'indent' in token && 'source' in token && !('end' in token) && token.type !== 'block-scalar';
}

function blockLevel(token: CST.BlockMap | CST.BlockSequence, place: Place, chain: Level | null): Level {
  if (place.kind !== 'block') throw new Unsupported('block collection inside a flow collection');
  return { oldCol: token.indent, newCol: place.col, parent: chain };
}

/**
 * A full-line comment goes to a column of the structure around it: the indentation levels (old → new) of the
 * content lines just before and after it. It takes the new column of the nearest level at or left of its own column,
 * or one level deeper than all of them when it is right of all of them. The result is always a level's new column or
 * one step past the deepest, so formatting again puts it at the same place (idempotence).
 */
function placeComments(
  kind: LineKind[],
  indent: Int32Array,
  commentCol: Int32Array,
  chainOf: (Level | null)[],
  ownOld: Int32Array,
  out: string[],
  bom: string,
  tabSize: number,
): void {
  const count = kind.length;
  const isContent = (i: number) => kind[i] === LineKind.Content || kind[i] === LineKind.Block;
  const nextContent = new Int32Array(count).fill(-1);
  for (let i = count - 2; i >= 0; i--) nextContent[i] = isContent(i + 1) ? i + 1 : nextContent[i + 1];
  let previous = -1;
  for (let i = 0; i < count; i++) {
    if (isContent(i)) previous = i;
    if (kind[i] !== LineKind.Comment) continue;
    // The levels around the comment. Where two have the same column (a list written "compact", at its key's column),
    // the first in this order wins: the next line itself (a comment usually introduces what follows), the levels
    // holding it from the innermost out, then the previous line's levels from the outermost in.
    const olds: number[] = [];
    const news: number[] = [];
    const add = (oldCol: number, newCol: number) => {
      olds.push(oldCol);
      news.push(newCol);
    };
    const next = nextContent[i];
    if (next >= 0) {
      if (ownOld[next] >= 0) add(ownOld[next], indent[next]);
      for (let level = chainOf[next]; level; level = level.parent) add(level.oldCol, level.newCol);
    }
    if (previous >= 0) {
      const levels: Level[] = [];
      for (let level = chainOf[previous]; level; level = level.parent) levels.push(level);
      for (const level of levels.reverse()) add(level.oldCol, level.newCol);
      if (ownOld[previous] >= 0) add(ownOld[previous], indent[previous]);
    }
    const col = commentCol[i];
    let target = 0;
    if (olds.length > 0) {
      let atOrLeft = -1;
      let leftmost = 0;
      for (let k = 0; k < olds.length; k++) {
        if (olds[k] <= col && (atOrLeft < 0 || olds[k] > olds[atOrLeft])) atOrLeft = k;
        if (olds[k] < olds[leftmost]) leftmost = k;
      }
      if (col > Math.max(...olds)) target = Math.max(...news) + tabSize;
      else target = news[atOrLeft >= 0 ? atOrLeft : leftmost];
    }
    out[i] = (i === 0 ? bom : '') + ' '.repeat(target) + out[i];
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Meaning, and edits

type Composed = { ok: true; value: unknown } | { ok: false };

function composeOne(tokens: Iterable<CST.Token>, length: number): Composed {
  try {
    // As `parseDocument` does: a stream with no document still gives one, which holds the stream's errors.
    const composer = new Composer({ uniqueKeys: false, strict: true, prettyErrors: false });
    const docs = Array.from(composer.compose(tokens, true, length));
    if (docs.length > 1) return { ok: false };
    const doc = docs[0];
    if (!doc) return { ok: true, value: undefined };
    if (doc.errors.length > 0) return { ok: false };
    // Maps stay maps: a key that is itself a collection compares as a node, with no warning printed.
    return { ok: true, value: doc.toJS({ mapAsMap: true }) };
  } catch {
    // An alias bomb (toJS's alias limit) or a parser failure: nothing is formatted.
    return { ok: false };
  }
}

function sameMeaning(before: unknown, lines: Line[], formatted: string[]): boolean {
  let text = '';
  for (let i = 0; i < lines.length; i++) text += formatted[i] + lines[i].eol;
  const after = composeOne(new Parser().parse(text), text.length);
  return after.ok && deepEqual(before, after.value);
}

/** Deep equality of two `toJS({ mapAsMap: true })` values: maps compare in order, keys included (they may be nodes). */
function deepEqual(a: unknown, b: unknown): boolean {
  const stack: [unknown, unknown][] = [[a, b]];
  while (stack.length > 0) {
    const [x, y] = stack.pop()!;
    if (Object.is(x, y)) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (Object.getPrototypeOf(x) !== Object.getPrototypeOf(y)) return false;
    if (x instanceof Map || x instanceof Set) {
      const xs = [...(x as Map<unknown, unknown>).entries()];
      const ys = [...(y as Map<unknown, unknown>).entries()];
      if (xs.length !== ys.length) return false;
      for (let i = 0; i < xs.length; i++) stack.push([xs[i][0], ys[i][0]], [xs[i][1], ys[i][1]]);
      continue;
    }
    const xk = Object.keys(x);
    const yk = Object.keys(y);
    if (xk.length !== yk.length) return false;
    for (let i = 0; i < xk.length; i++) {
      if (xk[i] !== yk[i]) return false;
      stack.push([(x as Record<string, unknown>)[xk[i]], (y as Record<string, unknown>)[xk[i]]]);
    }
  }
  return true;
}

/** One edit for each run of changed lines, trimmed to the characters that differ. */
function editsBetween(text: string, lines: Line[], formatted: string[]): FormatEdit[] {
  const edits: FormatEdit[] = [];
  let i = 0;
  while (i < lines.length) {
    if (formatted[i] === lines[i].content) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < lines.length && formatted[j + 1] !== lines[j + 1].content) j++;
    const start = lines[i].start;
    const end = lines[j].start + lines[j].content.length;
    let replacement = '';
    for (let k = i; k <= j; k++) replacement += formatted[k] + (k < j ? lines[k].eol : '');
    const original = text.slice(start, end);
    let head = 0;
    const max = Math.min(original.length, replacement.length);
    while (head < max && original.charCodeAt(head) === replacement.charCodeAt(head)) head++;
    let tail = 0;
    while (
      tail < max - head &&
      original.charCodeAt(original.length - 1 - tail) === replacement.charCodeAt(replacement.length - 1 - tail)
    )
      tail++;
    edits.push({
      span: { start: start + head, end: end - tail },
      newText: replacement.slice(head, replacement.length - tail),
    });
    i = j + 1;
  }
  return edits;
}
