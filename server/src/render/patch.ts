// A preview render sent as a patch on the render the page shows (protocol/preview.ts, NoticePatch): after most edits
// only a few entities change, and the page then parses and replaces only those instead of the whole notice. A patch is
// made only when it gives exactly the new notice; otherwise the notice goes whole, in parts.
import type { LineCounter } from 'yaml';
import { shiftLinesFrom, type NoticeParts, type NoticePatch } from '../protocol/preview';

/** A render as the page shows it: the text it came from, its lines, and the notice in parts. */
export interface ShownNotice {
  token: string;
  text: string;
  lines: LineCounter;
  parts: NoticeParts;
}

/**
 * The patch that turns the page of `before` into the page of `after`, or undefined when there is none worth sending:
 * an element of the page that holds entities changed around them (beyond its line numbers), the number of entities
 * or of elements changed, or most of the notice changed.
 */
export function noticePatch(before: ShownNotice, after: ShownNotice): NoticePatch | undefined {
  const { parts: was } = before;
  const { parts: now } = after;
  if (was.units.length !== now.units.length) return undefined;
  // Lines added or removed move every line after the first changed character by the same number.
  const delta = after.lines.lineStarts.length - before.lines.lineStarts.length;
  let from = 0;
  if (delta !== 0) {
    let prefix = 0;
    const end = Math.min(before.text.length, after.text.length);
    while (prefix < end && before.text.charCodeAt(prefix) === after.text.charCodeAt(prefix)) prefix++;
    // From the line the edit starts on when it starts at the line's start, else from the next line; whatever else
    // moved is not covered by the shift and is checked like any other change below.
    const { line, col } = before.lines.linePos(prefix);
    from = col === 1 ? line - 1 : line;
  }
  const shifted = (html: string) => (delta === 0 ? html : shiftLinesFrom(html, from, delta));
  if (was.blocks.length !== now.blocks.length) return undefined;
  // Changed elements of <main> with no entity in them go whole (the rights name purposes; the contents name sections).
  const blocks: NoticePatch['blocks'] = [];
  let changed = 0;
  for (let i = 0; i < now.blocks.length; i++) {
    if (was.blocks[i] === now.blocks[i] && delta === 0) continue;
    if (shifted(was.blocks[i]) === now.blocks[i]) continue;
    if (now.blocks[i].includes('<!--u:') || was.blocks[i].includes('<!--u:')) return undefined;
    blocks.push({ index: i, html: now.blocks[i] });
    changed += now.blocks[i].length;
  }
  const units: NoticePatch['units'] = [];
  let total = 0;
  for (let i = 0; i < now.units.length; i++) {
    total += now.units[i].length;
    if (was.units[i] === now.units[i] && delta === 0) continue;
    if (shifted(was.units[i]) === now.units[i]) continue;
    units.push({ index: i, html: now.units[i] });
    changed += now.units[i].length;
  }
  // Replacing most of the notice piece by piece costs the page more than reading it whole.
  for (const block of now.blocks) total += block.length;
  if (changed * 2 > total) return undefined;
  return {
    ...(delta === 0 ? {} : { shift: { from, delta } }),
    units,
    count: now.units.length,
    blocks,
    blockCount: now.blocks.length,
  };
}
