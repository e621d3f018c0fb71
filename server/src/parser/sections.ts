// Where a policy can be parsed piece by piece. A notice is a block map: each top-level key starts at column 0,
// and the big sections (`data`, `recipients`, `purposes`, `transfers`, `cookies`) are block maps of entries that
// start at one indentation. The YAML parser ends a block node at the first line indented as little as its key, so
// the text between two such key lines is a node of its own: parsed alone it gives the same node, at other offsets.
// An edit inside one entry then re-parses only that entry (parser/incremental.ts).
//
// This module only finds the pieces, on the text; whether a piece parsed alone really is that node is decided
// after parsing it (an unclosed quote or bracket runs past its piece and shows as a syntax error there).

/** More top-level keys than this: not split (see splitSections). */
export const MAX_TOP_LEVEL_PIECES = 200;

/** One piece: a top-level entry, or the header line of a big section, or one entry of a big section. */
export interface Piece {
  start: number;
  end: number;
  /** 0: a top-level entry (with the comments and blank lines before the next); 1: an entry of a section's map. */
  level: 0 | 1;
}

/** A top-level entry, split into its header line and its entries when it is a block map of at least two. */
export interface SectionPieces {
  /** The whole top-level entry (level 0). */
  whole: Piece;
  /** The header line (`purposes:`) and then one piece per entry, or undefined when not split. */
  header?: Piece;
  entries?: Piece[];
}

/** A key at the start of a line: a letter, digit, `_` or a quote; not `- `, `? `, `---`, `...`, `#`, `%` or a flow start. */
function startsKey(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 34 || c === 39;
}

/** Offsets where each line starts. */
function lineStarts(text: string, from: number, to: number): number[] {
  const starts = [from];
  for (let i = text.indexOf('\n', from); i !== -1 && i + 1 < to; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function indentAt(text: string, at: number, to: number): number {
  let i = at;
  while (i < to && text.charCodeAt(i) === 32) i++;
  return i - at;
}

/**
 * Splits a document into its top-level entries, each with its entries when its value is a block map on the lines
 * below the key. Returns undefined when the document has no top-level key lines to split at (a top-level list,
 * a flow map, a single value), or contains tabs at a line start, directives or document markers.
 */
export function splitSections(text: string): SectionPieces[] | undefined {
  const lines = lineStarts(text, 0, text.length);
  const keyLines: number[] = [];
  for (const at of lines) {
    const c = text.charCodeAt(at);
    // Directives, document markers and tab indentation change how the lines after them are read: parse whole.
    if (c === 37 /* % */ || c === 9 /* tab */ || text.startsWith('---', at) || text.startsWith('...', at))
      return undefined;
    if (startsKey(text, at)) keyLines.push(at);
  }
  // A notice has a dozen top-level keys. Thousands mean pasted data, where a piece each would cost more than one
  // parse (each parse has a fixed cost): parse whole.
  if (keyLines.length < 2 || keyLines.length > MAX_TOP_LEVEL_PIECES) return undefined;
  const sections: SectionPieces[] = [];
  for (let k = 0; k < keyLines.length; k++) {
    // The first entry takes the comments and blank lines before it; each entry runs to the next key line.
    const start = k === 0 ? 0 : keyLines[k];
    const end = k + 1 < keyLines.length ? keyLines[k + 1] : text.length;
    sections.push({ whole: { start, end, level: 0 }, ...splitEntries(text, keyLines[k], start, end) });
  }
  return sections;
}

/** The header line and the entries of a top-level entry whose value is a block map below its key line. */
function splitEntries(
  text: string,
  keyLine: number,
  start: number,
  end: number,
): Pick<SectionPieces, 'header' | 'entries'> {
  const headerEnd = text.indexOf('\n', keyLine);
  if (headerEnd === -1 || headerEnd + 1 >= end) return {};
  // The header must be `key:` alone (a comment may follow): the value is on the lines below.
  if (!/^[\w-]+:[ \t]*(#.*)?\r?$/.test(text.slice(keyLine, headerEnd))) return {};
  const body = headerEnd + 1;
  let indent = -1;
  const entryLines: number[] = [];
  // A comment after an entry's last value (on its own line, or after an empty value on the same line) moves where
  // the parser ends that entry's nodes: up to the next key's indentation. Found by the property tests; such an entry
  // is parsed together with the next one. Any ` #` in the last line counts (a `#` in prose only costs a merge), and
  // so do the cases below that behave alike.
  let commentSinceValue = false;
  for (const at of lineStarts(text, body, end)) {
    const n = indentAt(text, at, end);
    const c = text.charCodeAt(at + n);
    if (at + n >= end || c === 10 || c === 13) {
      // A blank line of spaces may be read as indentation of what comes next: join as for a comment.
      if (n > 0) commentSinceValue = true;
      continue;
    }
    if (c === 35 /* # */) {
      commentSinceValue = true;
      continue;
    }
    if (indent === -1) indent = n;
    if (n === 0 || n < indent) return {}; // not a block map of one indentation: parse the entry whole
    if (n === indent) {
      if (!startsKey(text, at + n)) return {}; // a list (`- `), an explicit key (`? `) or a flow start
      if (!commentSinceValue || entryLines.length === 0) entryLines.push(at);
    }
    const lineEnd = text.indexOf('\n', at);
    const line = text.slice(at + n, lineEnd === -1 || lineEnd > end ? end : lineEnd);
    // So may a block scalar header (`|`, `>-`…) whose content is empty: its end runs over the blank lines after it.
    commentSinceValue = line.includes(' #') || line.includes('\t#') || /[|>][-+0-9]*[ \t]*\r?$/.test(line);
  }
  // A comment after the last entry's last value: where the parser ends the section's map then depends on what follows
  // the section (the document's end, or the next key), so the section is parsed whole.
  if (entryLines.length < 2 || commentSinceValue) return {};
  const entries: Piece[] = entryLines.map((at, i) => ({
    start: i === 0 ? body : at,
    end: i + 1 < entryLines.length ? entryLines[i + 1] : end,
    level: 1,
  }));
  return { header: { start, end: body, level: 0 }, entries };
}
