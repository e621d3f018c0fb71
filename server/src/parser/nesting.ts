// Bounds the nesting depth of a YAML text BEFORE the `yaml` package composes it. Its composer recurses once per
// level, so a deep text (`[[[[…`, `- - - - …`, 2,000 indented keys) used to run near the end of the native stack,
// where V8 compiles each regular expression on its first use: a first use there aborted the whole process
// ("RegExpCompiler Allocation failed", not catchable), and stack overflows surfaced at a JIT-dependent column.
// This linear, non-recursive scan estimates each node's depth from the text alone (flow brackets, indentation,
// `- `/`? ` indicators and `key:`), never under the depth the composer will reach, and blanks out everything
// nested deeper than the limit (spaces, line breaks kept, so every offset stays valid). The parser then only ever
// sees a shallow document, deterministically, whatever the order of the documents seen before.

export interface NestingBound {
  /** The text to parse: the original, or a copy with the too-deep parts replaced by spaces. */
  text: string;
  /** Where the first too-deep node starts, when there was one. */
  deepAt?: number;
}

interface Open {
  indent: number;
  kind: 'map' | 'seq';
}

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;

export function boundNesting(source: string, maxDepth: number): NestingBound {
  const n = source.length;
  const masks: [number, number][] = [];
  let deepAt: number | undefined;
  const stack: Open[] = [];
  let flow = 0;
  let i = 0;

  const isBlank = (c: number) => c === SPACE || c === TAB;
  const isBreak = (c: number) => c === LF || c === CR;
  const endOfLine = (from: number) => {
    let j = from;
    while (j < n && !isBreak(source.charCodeAt(j))) j++;
    return j;
  };
  const nextLine = (from: number) => {
    let j = endOfLine(from);
    if (source.charCodeAt(j) === CR) j++;
    if (source.charCodeAt(j) === LF) j++;
    return j;
  };
  /** Past a quoted scalar that opens at `from` (it may span lines); n when it never closes. */
  const skipQuoted = (from: number): number => {
    const quote = source.charCodeAt(from);
    let j = from + 1;
    while (j < n) {
      const c = source.charCodeAt(j);
      if (quote === 34 && c === 92)
        j += 2; // \" in a double-quoted scalar
      else if (c === quote) {
        if (quote === 39 && source.charCodeAt(j + 1) === 39)
          j += 2; // '' in a single-quoted scalar
        else return j + 1;
      } else j++;
    }
    return n;
  };
  const tooDeep = (at: number, depth: number) => {
    if (depth <= maxDepth) return false;
    deepAt ??= at;
    return true;
  };

  /** Scans flow content from `from` (flow > 0) until the outermost flow collection closes; returns where it stopped. */
  const scanFlow = (from: number): number => {
    let j = from;
    while (j < n && flow > 0) {
      const c = source.charCodeAt(j);
      if (c === 91 || c === 123) {
        // [ or {
        flow++;
        if (tooDeep(j, stack.length + flow)) {
          // Blank out this collection up to its matching bracket (or the end of the text).
          const close = matchingClose(j);
          masks.push([j, close]);
          flow--;
          j = close;
          continue;
        }
        j++;
      } else if (c === 93 || c === 125) {
        flow--;
        j++;
      } else if (c === 34 || c === 39) j = skipQuoted(j);
      else if (c === 35 && (j === 0 || isBlank(source.charCodeAt(j - 1)) || isBreak(source.charCodeAt(j - 1))))
        j = endOfLine(j);
      else j++;
    }
    return j;
  };
  const matchingClose = (open: number): number => {
    let depth = 0;
    let j = open;
    while (j < n) {
      const c = source.charCodeAt(j);
      if (c === 91 || c === 123) depth++;
      else if (c === 93 || c === 125) {
        depth--;
        if (depth === 0) return j + 1;
      } else if (c === 34 || c === 39) {
        j = skipQuoted(j);
        continue;
      } else if (c === 35 && (isBlank(source.charCodeAt(j - 1)) || isBreak(source.charCodeAt(j - 1)))) {
        j = endOfLine(j);
        continue;
      }
      j++;
    }
    return n;
  };

  /** Opens (or continues) a block collection at `column`; false when that is one level too many. */
  const openBlock = (kind: Open['kind'], column: number, at: number): boolean => {
    const top = stack[stack.length - 1];
    if (top && top.indent === column && top.kind === kind) return true;
    if (top && top.indent === column && top.kind === 'seq' && kind === 'map') {
      stack.pop(); // `key:` after `- items` at the key's own column: the list was that key's value
      return openBlock(kind, column, at);
    }
    if (tooDeep(at, stack.length + 1)) return false;
    stack.push({ indent: column, kind });
    return true;
  };

  let blockScalarIndent = -1; // ≥ 0 while inside a `|` or `>` block scalar: lines indented more belong to it

  while (i < n) {
    // At the start of a line, in block context.
    const lineStart = i;
    let j = i;
    while (j < n && source.charCodeAt(j) === SPACE) j++;
    const indent = j - lineStart;
    const c0 = source.charCodeAt(j);
    if (j >= n || isBreak(c0) || (c0 === 35 && blockScalarIndent < 0)) {
      i = nextLine(j); // blank or comment line
      continue;
    }
    if (blockScalarIndent >= 0) {
      if (indent > blockScalarIndent) {
        i = nextLine(j);
        continue;
      }
      blockScalarIndent = -1;
      if (c0 === 35) {
        i = nextLine(j);
        continue;
      }
    }
    while (stack.length > 0 && stack[stack.length - 1].indent > indent) stack.pop();

    // The nodes on this line, left to right: indicators nest, a key opens a mapping, a bracket starts flow.
    let deepLine = -1; // the column of the deepest node kept, when this line goes too deep
    let deepFrom = -1; // where the first node too deep starts
    let valueStart = true;
    while (j < n) {
      const c = source.charCodeAt(j);
      if (isBreak(c)) break;
      if (isBlank(c)) {
        j++;
        continue;
      }
      const column = j - lineStart;
      const next = source.charCodeAt(j + 1);
      const indicatorFollows = j + 1 >= n || isBlank(next) || isBreak(next);
      if (valueStart && (c === 45 || c === 63) && indicatorFollows) {
        // `- ` or `? `
        if (!openBlock('seq', column, j)) {
          deepLine = stack[stack.length - 1].indent;
          deepFrom = j;
          break;
        }
        j++;
        continue;
      }
      if (valueStart && c === 45 && source.startsWith('---', j) && column === 0) {
        stack.length = 0; // a document marker
        j += 3;
        continue;
      }
      if (c === 35 && (j === lineStart || isBlank(source.charCodeAt(j - 1)))) {
        j = endOfLine(j);
        break;
      }
      if (valueStart && (c === 38 || c === 33)) {
        // &anchor or !tag: the value still follows
        while (j < n && !isBlank(source.charCodeAt(j)) && !isBreak(source.charCodeAt(j))) j++;
        continue;
      }
      if (valueStart && (c === 91 || c === 123)) {
        flow = 1;
        if (tooDeep(j, stack.length + 1)) {
          const close = matchingClose(j);
          masks.push([j, close]);
          flow = 0;
          j = close;
        } else j = scanFlow(j + 1);
        valueStart = false;
        continue;
      }
      if (valueStart && (c === 124 || c === 62)) {
        // | or >: the following more-indented lines are text
        blockScalarIndent = indent;
        j = endOfLine(j);
        break;
      }
      let keyAt = j;
      if (c === 34 || c === 39) {
        j = skipQuoted(j);
        if (j >= n) break;
        // a quoted key may be followed directly by ':'
        let k = j;
        while (k < n && isBlank(source.charCodeAt(k))) k++;
        if (source.charCodeAt(k) === 58) {
          if (!openBlock('map', column, keyAt)) {
            deepLine = stack[stack.length - 1].indent;
            deepFrom = keyAt;
            break;
          }
          j = k + 1;
          valueStart = true;
        } else valueStart = false;
        continue;
      }
      // A plain scalar: it is a key when `: ` follows on this line, before any comment.
      keyAt = j;
      let k = j;
      let colon = -1;
      while (k < n) {
        const ck = source.charCodeAt(k);
        if (isBreak(ck)) break;
        if (ck === 35 && isBlank(source.charCodeAt(k - 1))) break;
        if (ck === 58) {
          const after = source.charCodeAt(k + 1);
          if (k + 1 >= n || isBlank(after) || isBreak(after)) {
            colon = k;
            break;
          }
        }
        k++;
      }
      if (colon >= 0 && valueStart) {
        if (!openBlock('map', column, keyAt)) {
          deepLine = stack[stack.length - 1].indent;
          deepFrom = keyAt;
          break;
        }
        j = colon + 1;
        valueStart = true;
        continue;
      }
      // Plain text to the end of the line (or a comment); it may continue on more-indented lines, as text.
      // (Always a step forward: a `: ` after a flow collection or a quoted value stops the scan where it started.)
      j = Math.max(k, j + 1);
      valueStart = false;
    }

    if (deepLine >= 0) {
      // Blank the rest of this line and every following line indented more than the deepest node kept.
      let end = endOfLine(deepFrom);
      let next = nextLine(end);
      while (next < n) {
        let k = next;
        while (k < n && source.charCodeAt(k) === SPACE) k++;
        if (k < n && !isBreak(source.charCodeAt(k)) && k - next <= deepLine) break;
        end = endOfLine(k);
        next = nextLine(end);
      }
      masks.push([deepFrom, end]);
      flow = 0;
      blockScalarIndent = -1;
      i = next;
      continue;
    }
    // (A flow collection is scanned to its end, over as many lines as it takes, so here flow is 0.)
    i = nextLine(j);
  }

  if (masks.length === 0) return { text: source };
  const parts: string[] = [];
  let from = 0;
  for (const [start, end] of masks) {
    if (start < from) continue;
    parts.push(source.slice(from, start));
    // Spaces in place of every character but the line breaks.
    let segment = start;
    for (let k = start; k < end; k++) {
      if (!isBreak(source.charCodeAt(k))) continue;
      parts.push(' '.repeat(k - segment), source[k]);
      segment = k + 1;
    }
    parts.push(' '.repeat(end - segment));
    from = end;
  }
  parts.push(source.slice(from));
  return { text: parts.join(''), deepAt };
}
