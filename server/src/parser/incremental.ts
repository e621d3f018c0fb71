// Parses a policy piece by piece (see sections.ts), reusing the pieces whose text did not change since the last
// version: typing inside one purpose re-parses that purpose, not the 17,000 lines around it. The result is the tree
// a whole parse gives, node for node (test/unit/incremental.test.ts compares them on random edits); whenever that
// cannot be guaranteed — a syntax error in a piece (an unclosed quote or bracket may run past it), an alias, a
// document nested too deep, over a limit, or not split into pieces — the document is parsed whole.
import { LineCounter } from 'yaml';
import { overLimit } from './limits';
import { boundNesting } from './nesting';
import { splitSections, type Piece } from './sections';
import {
  MAX_DEPTH,
  parseBoundedTree,
  parseYamlTree,
  type DuplicateKey,
  type SyntaxProblem,
  type YEntry,
  type YMap,
  type YNode,
  type YamlTree,
} from './yamlTree';

/** A piece as parsed alone (offsets relative to the piece), and where the last version placed it. */
interface CachedPiece {
  tree: YamlTree;
  /** The piece's root map with document offsets, as placed at `at` by the last version that had this piece. */
  placed?: { at: number; map: YMap };
}

/** The pieces of one document's last version, by their text. */
export class PieceCache {
  pieces = new Map<string, CachedPiece>();
  /** Pieces parsed / reused by the last parse (for tests and the bench). */
  last = { parsed: 0, reused: 0, whole: false };
}

function shiftNode(node: YNode, by: number): YNode {
  const span = { start: node.span.start + by, end: node.span.end + by };
  if (node.kind === 'scalar') return { ...node, span };
  if (node.kind === 'seq') return { ...node, span, items: node.items.map((item) => shiftNode(item, by)) };
  return { ...node, span, entries: node.entries.map((entry) => shiftEntry(entry, by)) };
}

function shiftEntry(entry: YEntry, by: number): YEntry {
  return {
    key: entry.key,
    keySpan: { start: entry.keySpan.start + by, end: entry.keySpan.end + by },
    value: entry.value && shiftNode(entry.value, by),
    span: { start: entry.span.start + by, end: entry.span.end + by },
  };
}

/** A whole-document line index, as the parser's own LineCounter would record it. */
function countLines(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
  return lines;
}

/** Parses `text`, reusing `cache`'s pieces where the text is unchanged, and leaves this version's pieces in it. */
export function parseIncrementally(text: string, cache: PieceCache): YamlTree {
  const sections = overLimit(text) ? undefined : splitSections(text);
  const bounded = sections && boundNesting(text, MAX_DEPTH);
  /** The whole parse, reusing the limit and nesting checks already made on this text. */
  const whole = () => {
    cache.pieces = new Map();
    cache.last = { parsed: 0, reused: 0, whole: true };
    return bounded ? parseBoundedTree(text, bounded) : parseYamlTree(text);
  };
  if (!sections || bounded?.deepAt !== undefined) return whole();

  const previous = cache.pieces;
  const next = new Map<string, CachedPiece>();
  let parsed = 0;
  let reused = 0;
  /** The piece's tree, when it is a clean block map (no syntax error, no alias), with offsets in the document. */
  const pieceMap = (piece: Piece): { map: YMap; tree: YamlTree } | undefined => {
    const source = text.slice(piece.start, piece.end);
    const cached = next.get(source) ?? previous.get(source);
    if (cached) reused++;
    else parsed++;
    const tree = cached?.tree ?? parseYamlTree(source);
    const root = tree.root;
    if (
      tree.hasAliases ||
      tree.problems.some((p) => p.severity === 'error') ||
      root?.kind !== 'map' ||
      root.flow ||
      root.tag ||
      root.entries.length === 0
    ) {
      next.set(source, { tree });
      return undefined;
    }
    // A piece at the same offset as in the last version (everything before the edit) is reused as placed: the trees
    // are never changed once built. Others are copied to their new offsets.
    const map = cached?.placed?.at === piece.start ? cached.placed.map : (shiftNode(root, piece.start) as YMap);
    next.set(source, { tree, placed: { at: piece.start, map } });
    return { map, tree };
  };

  const problems: SyntaxProblem[] = [];
  const duplicates: DuplicateKey[] = [];
  /** Adds a piece's warnings and duplicates, shifted to document offsets. */
  const collect = (tree: YamlTree, at: number) => {
    for (const p of tree.problems) problems.push({ ...p, span: { start: p.span.start + at, end: p.span.end + at } });
    for (const d of tree.duplicates)
      duplicates.push({
        key: d.key,
        span: { start: d.span.start + at, end: d.span.end + at },
        firstSpan: { start: d.firstSpan.start + at, end: d.firstSpan.end + at },
      });
  };
  /** Duplicate keys across the pieces of one map (those within a piece are in its own list). */
  const crossDuplicates = (groups: YEntry[][]) => {
    const seen = new Map<string, Span>();
    for (const group of groups) {
      const here = new Set<string>();
      for (const e of group) {
        const first = seen.get(e.key);
        if (first && !here.has(e.key)) duplicates.push({ key: e.key, span: e.keySpan, firstSpan: first });
        here.add(e.key);
      }
      for (const e of group) if (!seen.has(e.key)) seen.set(e.key, e.keySpan);
    }
  };

  const rootGroups: YEntry[][] = [];
  let rootStart = -1;
  let rootEnd = 0;
  for (const section of sections) {
    if (section.header && section.entries) {
      const header = pieceMap(section.header);
      const children = section.entries.map(pieceMap);
      const headerEntry = header?.map.entries[0];
      if (
        !header ||
        header.map.entries.length !== 1 ||
        !headerEntry ||
        !(headerEntry.value?.kind === 'scalar' && headerEntry.value.value === null && !headerEntry.value.tag) ||
        children.some((c) => !c)
      )
        return whole();
      collect(header.tree, section.header.start);
      const groups: YEntry[][] = [];
      section.entries.forEach((piece, i) => {
        collect(children[i]!.tree, piece.start);
        groups.push(children[i]!.map.entries);
      });
      crossDuplicates(groups);
      const first = children[0]!.map;
      const last = children[children.length - 1]!.map;
      const value: YMap = {
        kind: 'map',
        flow: false,
        entries: groups.flat(),
        span: { start: first.span.start, end: last.span.end },
        tag: undefined,
      };
      rootGroups.push([
        {
          key: headerEntry.key,
          keySpan: headerEntry.keySpan,
          value,
          span: { start: headerEntry.keySpan.start, end: value.span.end },
        },
      ]);
      if (rootStart === -1) rootStart = header.map.span.start;
      rootEnd = value.span.end;
    } else {
      const piece = pieceMap(section.whole);
      if (!piece) return whole();
      collect(piece.tree, section.whole.start);
      rootGroups.push(piece.map.entries);
      if (rootStart === -1) rootStart = piece.map.span.start;
      rootEnd = piece.map.span.end;
    }
  }
  crossDuplicates(rootGroups);
  duplicates.sort((a, b) => a.span.start - b.span.start);
  cache.pieces = next;
  cache.last = { parsed, reused, whole: false };
  const root: YMap = {
    kind: 'map',
    flow: false,
    entries: rootGroups.flat(),
    span: { start: rootStart, end: rootEnd },
    tag: undefined,
  };
  return { root, problems, duplicates, lineCounter: countLines(text) };
}

type Span = YEntry['keySpan'];
