// Expand selection by YAML structure (README, "What you get"): for an offset, the spans an editor selects one after
// the other, from the word at the offset to the whole document. A pure function over the text, answering offsets.
import { parseYamlTree, type Span, type YamlTree, type YNode } from '../parser/yamlTree';

/** Spans from the innermost (the word at the offset) to the outermost (the whole document), each inside the next. */
export type SelectionChain = Span[];

/**
 * One chain for each offset (`tree`: the text's parse, when the analysis has it already): the word, the scalar (a key or a value), the `key: value` pair, the mapping or list item
 * holding it (with its `- `), the pair that holds that, and so on up to the document. Every span strictly contains
 * the one before it.
 */
export function selectionRanges(
  text: string,
  offsets: number[],
  tree: YamlTree = parseYamlTree(text),
): SelectionChain[] {
  return offsets.map((offset) => chainAt(text, tree.root, Math.max(0, Math.min(text.length, offset))));
}

function chainAt(text: string, root: YNode | null, offset: number): SelectionChain {
  // Outermost first while descending; reversed at the end. Descent stops where no smaller span holds the offset.
  const outward: Span[] = [{ start: 0, end: text.length }];
  const within = (start: number, end: number) => start <= offset && offset <= end;
  let node = root;
  while (node) {
    const end = endOf(text, node);
    if (!within(node.span.start, end)) break;
    outward.push({ start: node.span.start, end });
    if (node.kind === 'scalar') {
      pushWord(text, node.span, offset, outward);
      break;
    }
    if (node.kind === 'map') {
      const entry = node.entries[lastStartingAtOrBefore(node.entries, (e) => e.span.start, offset)];
      if (!entry) break;
      const entryEnd = entry.value ? endOf(text, entry.value) : entry.keySpan.end;
      if (!within(entry.span.start, entryEnd)) break;
      outward.push({ start: entry.span.start, end: entryEnd });
      if (within(entry.keySpan.start, entry.keySpan.end)) {
        outward.push(entry.keySpan);
        pushWord(text, entry.keySpan, offset, outward);
        break;
      }
      node = entry.value;
      continue;
    }
    const seq = node;
    const itemStart = (item: YNode) => (seq.flow ? item.span.start : dashBefore(text, item.span.start));
    const item = seq.items[lastStartingAtOrBefore(seq.items, itemStart, offset)];
    if (!item) break;
    // A block sequence's item with its `- `, then the item itself.
    if (!seq.flow) {
      const itemEnd = endOf(text, item);
      if (!within(itemStart(item), itemEnd)) break;
      outward.push({ start: itemStart(item), end: itemEnd });
    }
    node = item;
  }
  return strictlyNested(outward.reverse());
}

/** The index of the last element starting at or before the offset (elements are in document order), or -1. */
function lastStartingAtOrBefore<T>(elements: T[], startOf: (element: T) => number, offset: number): number {
  let lo = 0;
  let hi = elements.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(elements[mid]) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Where the `-` of a block sequence item starts (the item itself when none is found before it). */
function dashBefore(text: string, start: number): number {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i--;
  return i >= 0 && text[i] === '-' ? i : start;
}

/**
 * Where a node really ends: a block collection's span runs on over the line breaks and comments after its last
 * value, so it ends where its last value ends; a block scalar's, over its last line break. (An alias stands for a
 * collection written elsewhere: its own span is all there is.)
 */
function endOf(text: string, node: YNode): number {
  let end = node.span.end;
  while (end > node.span.start && /\s/.test(text[end - 1])) end--;
  let lastEnd: number | undefined;
  if (node.kind === 'map' && !node.flow && node.entries.length > 0) {
    const last = node.entries[node.entries.length - 1];
    lastEnd = last.value ? endOf(text, last.value) : last.keySpan.end;
  } else if (node.kind === 'seq' && !node.flow && node.items.length > 0) {
    lastEnd = endOf(text, node.items[node.items.length - 1]);
  }
  return lastEnd !== undefined && lastEnd > node.span.start && lastEnd <= end ? lastEnd : end;
}

/** The word (letters, digits, `-`, `_`) at the offset, inside a scalar. */
function pushWord(text: string, span: Span, offset: number, outward: Span[]): void {
  const isWord = (i: number) => i >= span.start && i < span.end && /[\p{L}\p{N}_-]/u.test(text[i]);
  let start = offset;
  while (isWord(start - 1)) start--;
  let end = offset;
  while (isWord(end)) end++;
  if (end > start) outward.push({ start, end });
}

/** Drops a span equal to the one inside it, or one that does not contain it: every step then grows the selection. */
function strictlyNested(inward: Span[]): SelectionChain {
  const chain: Span[] = [];
  for (const span of inward) {
    const inner = chain[chain.length - 1];
    if (
      inner &&
      !(span.start <= inner.start && inner.end <= span.end && (span.start < inner.start || inner.end < span.end))
    )
      continue;
    chain.push(span);
  }
  return chain;
}
