// Turns the `yaml` package's AST into a small, plain tree with offsets (docs/language.md, "Files"), once per document version.
// Every later step (model, rules, completion, hover, rendering) reads this tree, never the text again.
import { message, type Message } from '../languages/language';
import { yamlMessage } from './yamlMessages';
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Node as YamlNode,
  type Document,
} from 'yaml';
import { overLimit, type OverLimit } from './limits';
import { boundNesting, type NestingBound } from './nesting';

export interface Span {
  start: number;
  end: number;
}

interface NodeBase {
  span: Span;
  /** Explicit tag such as `!!js/function`, when the author wrote one. */
  tag?: string;
}

/** What a scalar of YAML's core schema resolves to (null: an empty value). */
export type ScalarValue = string | number | boolean | bigint | null;

export interface YScalar extends NodeBase {
  kind: 'scalar';
  value: ScalarValue;
  quoted: boolean;
}

export interface YEntry {
  key: string;
  keySpan: Span;
  /** null when the key has no value at all (`key:`). */
  value: YNode | null;
  /** From the key's start to the value's end. */
  span: Span;
}

export interface YMap extends NodeBase {
  kind: 'map';
  flow: boolean;
  entries: YEntry[];
}

export interface YSeq extends NodeBase {
  kind: 'seq';
  flow: boolean;
  items: YNode[];
}

export type YNode = YScalar | YMap | YSeq;

export interface SyntaxProblem {
  span: Span;
  /** Said in the interface's language by rule `yaml-syntax`. */
  message: Message;
  severity: 'error' | 'warning';
}

export interface DuplicateKey {
  key: string;
  span: Span;
  firstSpan: Span;
}

export interface YamlTree {
  root: YNode | null;
  problems: SyntaxProblem[];
  duplicates: DuplicateKey[];
  lineCounter: LineCounter;
  /** Set when the text is over a limit of limits.ts: it was not parsed, and the tree is empty. */
  overLimit?: OverLimit;
  /** Set when the text has an alias (`*name`): its value depends on text elsewhere, so it is never parsed in pieces. */
  hasAliases?: true;
}

/** Deeper than any policy needs; deeper input is reported once and not descended. */
export const MAX_DEPTH = 64;
/** Upper bound on nodes materialised through aliases (stops "billion laughs" documents). */
export const MAX_ALIAS_NODES = 10_000;

export function parseYamlTree(text: string): YamlTree {
  const over = overLimit(text);
  if (over) return { root: null, problems: [], duplicates: [], lineCounter: new LineCounter(), overLimit: over };
  // Depth is bounded on the text, before the parser's recursion can reach it (see nesting.ts).
  return parseBoundedTree(text, boundNesting(text, MAX_DEPTH));
}

/** Parses a text within the limits whose nesting `boundNesting` has already bounded (the piecewise parse has). */
export function parseBoundedTree(text: string, bounded: NestingBound): YamlTree {
  const lineCounter = new LineCounter();
  const problems: SyntaxProblem[] = [];
  const duplicates: DuplicateKey[] = [];
  const depthProblem = (start: number, end: number): SyntaxProblem => ({
    span: { start, end: Math.max(start + 1, Math.min(end, start + 1)) },
    message: message('This value is nested more than {0} levels deep; deeper content is not analysed.', MAX_DEPTH),
    severity: 'error',
  });
  let doc: Document.Parsed;
  try {
    // Every syntax problem is an Error, and capturing its stack trace is most of what a problem costs (a line of
    // 100,000 commas: 1.4 s with traces, 0.4 s without). The messages and offsets are all we read.
    const traces = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      doc = parseDocument(bounded.text, {
        uniqueKeys: false,
        lineCounter,
        prettyErrors: false,
        keepSourceTokens: false,
        strict: true,
      });
    } finally {
      Error.stackTraceLimit = traces;
    }
  } catch (error) {
    // The parser reports its own failures as errors; this is the last line of defence.
    problems.push({
      span: { start: 0, end: Math.min(text.length, 1) },
      message: message('The YAML parser failed: {0}', (error as Error).message),
      severity: 'error',
    });
    return { root: null, problems, duplicates, lineCounter };
  }
  for (const e of doc.errors) {
    // An unclosed quote runs to the end of the file, where the parser reports it; point at the opening quote instead.
    const opened = e.pos[0] >= text.length ? unclosedQuoteAt(doc, text) : undefined;
    problems.push({ span: opened ?? spanOf(e.pos, text), message: yamlMessage(e.message), severity: 'error' });
  }
  for (const w of doc.warnings)
    problems.push({ span: spanOf(w.pos, text), message: yamlMessage(w.message), severity: 'warning' });

  // `Alias.resolve` walks the document from its start for every alias (8,000 aliases: 16 s). One walk in the
  // same order finds every alias's anchor: the closest one before it.
  let targets: Map<unknown, unknown> | undefined;
  const aliasTarget = (alias: unknown): unknown => {
    if (!targets) {
      const found = new Map<unknown, unknown>();
      const anchors = new Map<string, unknown>();
      visit(doc, {
        Node(_, n) {
          if (isAlias(n)) found.set(n, anchors.get(n.source));
          else if (n.anchor) anchors.set(n.anchor, n);
        },
      });
      targets = found;
    }
    return targets.get(alias);
  };

  let aliasNodes = 0;
  let aliasReported = false;
  let hasAliases = false;
  let depthReported = bounded.deepAt !== undefined;
  if (bounded.deepAt !== undefined) problems.push(depthProblem(bounded.deepAt, text.length));

  const convert = (node: unknown, depth: number): YNode | null => {
    if (node === null || node === undefined) return null;
    if (depth > MAX_DEPTH) {
      if (!depthReported) {
        depthReported = true;
        const r = (node as YamlNode).range ?? [0, 0];
        problems.push(depthProblem(r[0], r[1]));
      }
      return null;
    }
    if (isAlias(node)) {
      hasAliases = true;
      const target = aliasTarget(node);
      const r = node.range ?? [0, 0, 0];
      const size = target ? countNodes(target, MAX_ALIAS_NODES + 1) : 0;
      aliasNodes += size;
      if (!target || aliasNodes > MAX_ALIAS_NODES) {
        if (target && !aliasReported) {
          aliasReported = true;
          problems.push({
            span: { start: r[0], end: r[1] },
            message: message(
              'Aliases in this document expand to more than {0} values; this alias and later ones are not expanded.',
              MAX_ALIAS_NODES.toLocaleString('en'),
            ),
            severity: 'error',
          });
        }
        return { kind: 'scalar', value: null, quoted: false, span: { start: r[0], end: r[1] } };
      }
      const resolved = convert(target, depth + 1);
      // The alias stands where it is written: point its span there, not at the anchor.
      return resolved ? { ...resolved, span: { start: r[0], end: r[1] } } : null;
    }
    const n = node as YamlNode;
    const range = n.range ?? [0, 0, 0];
    const span = { start: range[0], end: range[1] };
    const tag = n.tag && !/^tag:yaml\.org,2002:(str|map|seq|int|float|bool|null)$/.test(n.tag) ? n.tag : undefined;
    if (isScalar(n)) {
      // The core schema (the parser's default) resolves every scalar to one of ScalarValue's types.
      return {
        kind: 'scalar',
        value: n.value as ScalarValue,
        quoted: n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE',
        span,
        tag,
      };
    }
    if (isMap(n)) {
      const entries: YEntry[] = [];
      const seen = new Map<string, Span>();
      for (const pair of n.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as YamlNode | null;
        const keyRange = keyNode?.range ?? range;
        const key = isScalar(keyNode) ? String((keyNode.value as ScalarValue) ?? '') : keyNode ? '[complex key]' : '';
        const keySpan = { start: keyRange[0], end: keyRange[1] };
        const value = convert(pair.value, depth + 1);
        const first = seen.get(key);
        if (first) duplicates.push({ key, span: keySpan, firstSpan: first });
        else seen.set(key, keySpan);
        entries.push({
          key,
          keySpan,
          value,
          span: { start: keySpan.start, end: value ? value.span.end : keySpan.end },
        });
      }
      return { kind: 'map', flow: n.flow === true, entries, span, tag };
    }
    if (isSeq(n)) {
      const items: YNode[] = [];
      for (const item of n.items) {
        const converted = convert(item, depth + 1);
        if (converted) items.push(converted);
      }
      return { kind: 'seq', flow: n.flow === true, items, span, tag };
    }
    return null;
  };

  let root: YNode | null = null;
  try {
    root = convert(doc.contents, 0);
  } catch (error) {
    problems.push({
      span: { start: 0, end: Math.min(text.length, 1) },
      message: message('This document could not be analysed: {0}', (error as Error).message),
      severity: 'error',
    });
  }
  // In document order (the walk finds a map's nested duplicates before its own), as a piecewise parse finds them.
  duplicates.sort((a, b) => a.span.start - b.span.start);
  return { root, problems, duplicates, lineCounter, ...(hasAliases ? { hasAliases: true as const } : {}) };
}

function countNodes(node: unknown, limit: number): number {
  // Iterative, bounded count: never walks an alias bomb further than `limit`.
  let count = 0;
  const stack: unknown[] = [node];
  while (stack.length > 0 && count < limit) {
    const n = stack.pop();
    count++;
    if (isMap(n)) for (const p of n.items) stack.push(p.key, p.value);
    else if (isSeq(n)) stack.push(...n.items);
    else if (isAlias(n)) count += 1;
  }
  return count;
}

function unclosedQuoteAt(doc: Document.Parsed, text: string): Span | undefined {
  let found: Span | undefined;
  visit(doc, {
    Scalar(_, node) {
      if (
        found ||
        !node.range ||
        node.range[1] < text.length ||
        (node.type !== 'QUOTE_DOUBLE' && node.type !== 'QUOTE_SINGLE')
      )
        return;
      const lineEnd = text.indexOf('\n', node.range[0]);
      found = { start: node.range[0], end: lineEnd === -1 ? text.length : lineEnd };
    },
  });
  return found;
}

function spanOf(pos: [number, number], text: string): Span {
  const start = Math.min(pos[0], text.length);
  let end = Math.min(Math.max(pos[1], start), text.length);
  if (end === start) {
    // Widen an empty range to the rest of the line, so editors can show it.
    const lineEnd = text.indexOf('\n', start);
    end = Math.min(lineEnd === -1 ? text.length : lineEnd, start + 80);
    if (end === start && start > 0 && lineEnd === start) return { start: start - 1, end: start };
  }
  return { start, end };
}
