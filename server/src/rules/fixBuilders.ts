// Minimal text edits for quick fixes. They never re-serialise the document: each edit touches only the
// lines it must, in the file's own indentation and line endings, so comments and blank lines elsewhere stay.
import { entryOf, isBlank, mapOf } from '../parser/policyModel';
import type { Span, YEntry, YMap, YNode } from '../parser/yamlTree';
import type { FixContext, QuickFix, TextEdit } from '../core/rule';

/** The line ending of the last text asked about: "Fix all" asks once per fix, and the search reads the whole text. */
let lastEol: { text: string; eol: string } | undefined;

export function eol(text: string): string {
  if (lastEol?.text !== text) lastEol = { text, eol: text.includes('\r\n') ? '\r\n' : '\n' };
  return lastEol.eol;
}

/** A scalar as YAML source: plain when that is safe, double-quoted otherwise. */
export function yamlScalar(value: string): string {
  if (value === '') return '""';
  const plainSafe =
    /^[A-Za-z0-9(][^\n]*$/.test(value) &&
    !/: |\s#|:$|^(true|false|null|yes|no|on|off|~)$/i.test(value) &&
    !/^[\d.+-]+$/.test(value) &&
    !/[[\]{},]/.test(value);
  return plainSafe ? value : JSON.stringify(value);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** Offset just after the line on which `offset - 1` lies (where a new line can be inserted). */
function afterLine(text: string, end: number): { at: number; needsNewline: boolean } {
  let probe = end;
  // Block scalars end after their newline(s); step back onto real content.
  while (probe > 0 && (text[probe - 1] === '\n' || text[probe - 1] === '\r' || text[probe - 1] === ' ')) probe--;
  const newline = text.indexOf('\n', probe);
  return newline === -1 ? { at: text.length, needsNewline: true } : { at: newline + 1, needsNewline: false };
}

/**
 * The indentation of a block mapping's keys: that of a key that begins its line. The first key may share its line
 * with an anchor or tag (`&a policy:`), where its column is not the mapping's indentation; a one-key mapping in a
 * list item (`- key: v`) has no other, and its key's column is the one.
 */
function keyIndent(text: string, map: YMap): string {
  const starting = map.entries.find((e) => /^\s*$/.test(text.slice(lineStart(text, e.keySpan.start), e.keySpan.start)));
  const key = starting ?? map.entries[0];
  return key ? ' '.repeat(columnOf(text, key.keySpan.start)) : '';
}

export function findMap(root: YNode | null, start: number): YMap | null {
  // Walk only into nodes that contain the offset, finding each by binary search among its siblings (which are in
  // document order): a fix in a mapping among thousands costs a few steps, not a scan of every sibling.
  let node: YNode | null = root;
  while (node) {
    if (node.kind === 'map' && node.span.start === start) return node;
    node =
      node.kind === 'map'
        ? childAt(node.entries, (e) => e.value, start)
        : node.kind === 'seq'
          ? childAt(node.items, (i) => i, start)
          : null;
  }
  return null;
}

/** The first of `siblings` whose node contains `offset` (siblings in document order, by their spans). */
function childAt<T extends { span: { start: number; end: number } }>(
  siblings: T[],
  nodeOf: (sibling: T) => YNode | null,
  offset: number,
): YNode | null {
  let lo = 0;
  let hi = siblings.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (siblings[mid].span.end < offset) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < siblings.length && siblings[i].span.start <= offset; i++) {
    const child = nodeOf(siblings[i]);
    if (child && child.span.start <= offset && offset <= child.span.end) return child;
  }
  return null;
}

/**
 * Sets `key: value` in a mapping (value may be a multi-line block, given indented relative to the key): inserts
 * the key, or fills it in when the key is there with an empty value. Undefined when the key already has a value:
 * a second key would make the mapping invalid, and replacing the value would lose what the author wrote.
 */
export function insertIntoMap(text: string, map: YMap, key: string, value: string | string[]): TextEdit | undefined {
  const existing = entryOf(map, key);
  if (existing) return fillEmpty(text, existing, value, map.flow);
  const nl = eol(text);
  if (map.flow) {
    const close = text.lastIndexOf('}', map.span.end);
    const inline = Array.isArray(value) ? `{ ${value.join(', ')} }` : value;
    const sep = map.entries.length > 0 ? ', ' : ' ';
    return { span: { start: close, end: close }, newText: `${sep}${key}: ${inline} `.replace(/ {2}$/, ' ') };
  }
  const indent = keyIndent(text, map);
  const last = map.entries[map.entries.length - 1];
  const { at, needsNewline } = afterLine(text, last ? last.span.end : map.span.end);
  const body = Array.isArray(value) ? value.map((line) => `${nl}${indent}  ${line}`).join('') : ` ${value}`;
  return { span: { start: at, end: at }, newText: `${needsNewline ? nl : ''}${indent}${key}:${body}${nl}` };
}

/**
 * Sets several `key: value` pairs in one mapping in one edit (they land together, in order); keys the mapping has
 * with a value already are left alone. Undefined when there is nothing to add or the mapping cannot take it.
 */
export function insertKeys(text: string, map: YMap, pairs: readonly [string, string][]): TextEdit | undefined {
  const missing = pairs.filter(([k]) => isBlank(entryOf(map, k)?.value) && !entryOf(map, k));
  if (missing.length === 0) return undefined;
  const last = map.entries[map.entries.length - 1];
  if (map.flow) {
    const inline = missing.map(([k, v]) => `${k}: ${v}`).join(', ');
    if (last) return { span: { start: last.span.end, end: last.span.end }, newText: `, ${inline}` };
    const close = text.lastIndexOf('}', map.span.end);
    return { span: { start: close, end: close }, newText: ` ${inline} ` };
  }
  const nl = eol(text);
  const indent = keyIndent(text, map);
  const { at, needsNewline } = afterLine(text, last ? last.span.end : map.span.end);
  const lines = missing.map(([k, v]) => `${indent}${k}: ${v}${nl}`).join('');
  return { span: { start: at, end: at }, newText: `${needsNewline ? nl : ''}${lines}` };
}

/** Writes a value after `key:` when the key has none (`key:`, `key: ""`, `key: []`); undefined otherwise. */
export function fillEmpty(text: string, entry: YEntry, value: string | string[], flow = false): TextEdit | undefined {
  if (!isBlank(entry.value)) return undefined;
  const colon = text.indexOf(':', entry.keySpan.end);
  if (colon < 0 || (entry.value && colon > entry.value.span.start)) return undefined;
  const end = entry.value ? entry.value.span.end : colon + 1;
  if (Array.isArray(value)) {
    if (flow) return { span: { start: colon + 1, end }, newText: ` { ${value.join(', ')} }` };
    const nl = eol(text);
    const indent = ' '.repeat(columnOf(text, entry.keySpan.start));
    return { span: { start: colon + 1, end }, newText: value.map((line) => `${nl}${indent}  ${line}`).join('') };
  }
  return { span: { start: colon + 1, end }, newText: ` ${value}` };
}

/** Appends a top-level section at the end of the document, in the root mapping's own indentation. */
export function appendSection(text: string, key: string, value: string | string[], root?: YNode | null): TextEdit {
  const nl = eol(text);
  const needsNewline = text.length > 0 && !text.endsWith('\n');
  const indent = root?.kind === 'map' ? keyIndent(text, root) : '';
  const body = Array.isArray(value) ? value.map((line) => `${nl}${indent}  ${line}`).join('') : ` ${value}`;
  return {
    span: { start: text.length, end: text.length },
    newText: `${needsNewline ? nl : ''}${indent}${key}:${body}${nl}`,
  };
}

/** Inserts into the map starting at `mapStart`, or as a new top-level section when the map is the root. */
export function insertField(
  text: string,
  root: YNode | null,
  mapStart: number,
  key: string,
  value: string | string[],
): TextEdit | undefined {
  const map = findMap(root, mapStart);
  if (!map) return root ? undefined : appendSection(text, key, value);
  return map === root ? insertTopLevel(text, map, key, value) : insertIntoMap(text, map, key, value);
}

function insertTopLevel(text: string, root: YMap, key: string, value: string | string[]): TextEdit | undefined {
  if (root.flow) return insertIntoMap(text, root, key, value);
  const existing = entryOf(root, key);
  return existing ? fillEmpty(text, existing, value) : appendSection(text, key, value, root);
}

/**
 * Adds an entry to a top-level definitions section (data, recipients, purposes, transfers), creating the section
 * (or filling an empty one) if needed; undefined when the id is there already or the section is not a block mapping.
 */
export function addToSection(
  text: string,
  root: YMap | null,
  section: string,
  key: string,
  lines: string[],
): TextEdit | undefined {
  const existing = entryOf(root, section);
  const sectionMap = mapOf(existing?.value);
  if (sectionMap)
    return sectionMap.flow || entryOf(sectionMap, key) ? undefined : insertIntoMap(text, sectionMap, key, lines);
  const block = [`${key}:`, ...lines.map((l) => `  ${l}`)];
  return existing ? fillEmpty(text, existing, block) : appendSection(text, section, block, root);
}

/**
 * Adds an item (its lines, the first after "- ") to a top-level block list such as `transfers`, in the list's own
 * indentation, or creates the section. Undefined for a flow list, where a multi-line item does not fit.
 */
export function addListItem(text: string, root: YMap | null, section: string, lines: string[]): TextEdit | undefined {
  const existing = entryOf(root, section);
  const list = existing?.value;
  const [first, ...rest] = lines;
  const item = [`- ${first}`, ...rest.map((l) => `  ${l}`)];
  if (!existing) return appendSection(text, section, item, root);
  if (isBlank(list)) return fillEmpty(text, existing, item);
  if (!list) return undefined;
  if (list.kind !== 'seq' || list.flow || list.items.length === 0) return undefined;
  const nl = eol(text);
  const last = list.items[list.items.length - 1];
  const dash = text.lastIndexOf('-', last.span.start);
  const indent = ' '.repeat(columnOf(text, dash));
  const { at, needsNewline } = afterLine(text, last.span.end);
  return {
    span: { start: at, end: at },
    newText: `${needsNewline ? nl : ''}${indent}- ${first}${nl}${rest.map((l) => `${indent}  ${l}${nl}`).join('')}`,
  };
}

/** Removes a whole block-map entry, from the start of its line to the end of its last line. */
export function removeEntry(text: string, entry: YEntry): TextEdit {
  const start = lineStart(text, entry.keySpan.start);
  const { at } = afterLine(text, entry.span.end);
  return { span: { start, end: at }, newText: '' };
}

/** Removes one item of a list (flow `[a, b]` or block `- a`). */
export function removeListItem(text: string, list: YNode, item: Span): TextEdit {
  if (list.kind === 'seq' && list.flow) {
    const items = list.items;
    const index = items.findIndex((i) => i.span.start === item.start);
    if (items.length === 1) return { span: item, newText: '' };
    // Take the separator on one side so "[a, b, c]" becomes "[a, c]".
    if (index < items.length - 1) return { span: { start: item.start, end: items[index + 1].span.start }, newText: '' };
    return { span: { start: items[index - 1].span.end, end: item.end }, newText: '' };
  }
  const start = lineStart(text, item.start);
  const { at } = afterLine(text, item.end);
  return { span: { start, end: at }, newText: '' };
}

export function replaceWith(span: Span, newText: string, title: string, extra: Partial<QuickFix> = {}): QuickFix {
  return { title, edits: [{ span, newText }], ...extra };
}

/** One "Add 'key: value'" fix per value, in the map the diagnostic's data points at. */
export function insertChoices(ctx: FixContext, choices: { value: string | string[]; title: string }[]): QuickFix[] {
  if (ctx.data?.kind !== 'insert') return [];
  const { key, mapStart } = ctx.data;
  return choices.flatMap(({ value, title }) => {
    const edit = insertField(ctx.text, ctx.model.tree.root, mapStart, key, value);
    return edit ? [{ title, edits: [edit] }] : [];
  });
}
