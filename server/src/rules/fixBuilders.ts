// Minimal text edits for quick fixes. They never re-serialise the document: each edit touches only the
// lines it must, in the file's own indentation and line endings, so comments and blank lines elsewhere stay.
import { entryOf, mapOf } from '../parser/policyModel';
import type { Span, YEntry, YMap, YNode } from '../parser/yamlTree';
import type { QuickFix, TextEdit } from './rule';

export function eol(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** A scalar as YAML source: plain when that is safe, double-quoted otherwise. */
export function yamlScalar(value: string): string {
  if (value === '') return '""';
  const plainSafe = /^[A-Za-z0-9(][^\n]*$/.test(value) && !/: |\s#|:$|^(true|false|null|yes|no|on|off|~)$/i.test(value) && !/^[\d.+-]+$/.test(value) && !/[[\]{},]/.test(value);
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

export function findMap(root: YNode | null, start: number): YMap | null {
  // Walk only into nodes that contain the offset: cheap even on large documents.
  let node: YNode | null = root;
  while (node) {
    if (node.kind === 'map' && node.span.start === start) return node;
    const children: (YNode | null)[] = node.kind === 'map' ? node.entries.map((e) => e.value) : node.kind === 'seq' ? node.items : [];
    node = children.find((c): c is YNode => !!c && c.span.start <= start && start <= c.span.end) ?? null;
  }
  return null;
}

/** Inserts `key: value` (value may be a multi-line block, given indented relative to the key) into a mapping. */
export function insertIntoMap(text: string, map: YMap, key: string, value: string | string[]): TextEdit {
  const nl = eol(text);
  if (map.flow) {
    const close = text.lastIndexOf('}', map.span.end);
    const inline = Array.isArray(value) ? `{ ${value.join(', ')} }` : value;
    const sep = map.entries.length > 0 ? ', ' : ' ';
    return { span: { start: close, end: close }, newText: `${sep}${key}: ${inline} `.replace(/ {2}$/, ' ') };
  }
  const first = map.entries[0];
  const indent = first ? ' '.repeat(columnOf(text, first.keySpan.start)) : '';
  const last = map.entries[map.entries.length - 1];
  const { at, needsNewline } = afterLine(text, last ? last.span.end : map.span.end);
  const body = Array.isArray(value) ? value.map((line) => `${nl}${indent}  ${line}`).join('') : ` ${value}`;
  return { span: { start: at, end: at }, newText: `${needsNewline ? nl : ''}${indent}${key}:${body}${nl}` };
}

/** Appends a top-level section at the end of the document, in the root mapping's own indentation. */
export function appendSection(text: string, key: string, value: string | string[], root?: YNode | null): TextEdit {
  const nl = eol(text);
  const needsNewline = text.length > 0 && !text.endsWith('\n');
  const first = root?.kind === 'map' ? root.entries[0] : undefined;
  const indent = first ? ' '.repeat(columnOf(text, first.keySpan.start)) : '';
  const body = Array.isArray(value) ? value.map((line) => `${nl}${indent}  ${line}`).join('') : ` ${value}`;
  return { span: { start: text.length, end: text.length }, newText: `${needsNewline ? nl : ''}${indent}${key}:${body}${nl}` };
}

/** Inserts into the map starting at `mapStart`, or as a new top-level section when the map is the root. */
export function insertField(text: string, root: YNode | null, mapStart: number, key: string, value: string | string[]): TextEdit | undefined {
  const map = findMap(root, mapStart);
  if (!map) return root ? undefined : appendSection(text, key, value);
  return map === root ? insertTopLevel(text, map, key, value) : insertIntoMap(text, map, key, value);
}

function insertTopLevel(text: string, root: YMap, key: string, value: string | string[]): TextEdit {
  return root.flow ? insertIntoMap(text, root, key, value) : appendSection(text, key, value, root);
}

/** Adds an entry to a top-level definitions section (data, recipients, purposes, transfers), creating it if needed. */
export function addToSection(text: string, root: YMap | null, section: string, key: string, lines: string[]): TextEdit {
  const sectionMap = mapOf(entryOf(root, section)?.value);
  if (sectionMap && !sectionMap.flow) return insertIntoMap(text, sectionMap, key, lines);
  return appendSection(text, section, [`${key}:`, ...lines.map((l) => `  ${l}`)], root);
}

/**
 * Adds an item (its lines, the first after "- ") to a top-level block list such as `transfers`, in the list's own
 * indentation, or creates the section. Undefined for a flow list, where a multi-line item does not fit.
 */
export function addListItem(text: string, root: YMap | null, section: string, lines: string[]): TextEdit | undefined {
  const list = entryOf(root, section)?.value;
  const [first, ...rest] = lines;
  if (!list || (list.kind === 'scalar' && list.value === null)) return appendSection(text, section, [`- ${first}`, ...rest.map((l) => `  ${l}`)], root);
  if (list.kind !== 'seq' || list.flow || list.items.length === 0) return undefined;
  const nl = eol(text);
  const last = list.items[list.items.length - 1];
  const dash = text.lastIndexOf('-', last.span.start);
  const indent = ' '.repeat(columnOf(text, dash));
  const { at, needsNewline } = afterLine(text, last.span.end);
  return { span: { start: at, end: at }, newText: `${needsNewline ? nl : ''}${indent}- ${first}${nl}${rest.map((l) => `${indent}  ${l}${nl}`).join('')}` };
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
