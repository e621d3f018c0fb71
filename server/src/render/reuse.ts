// Rendering only what an edit changed (README, "Performance"): the HTML of each entity of the large sections (a data
// category, a purpose, a recipient, a transfer, a cookie) is kept from the last render of the same document and used
// again while everything it was made from is unchanged. What it was made from:
// - its own source text, and the column it starts at (the indentation its lines are read against), and whether the
//   section around it is written in flow style;
// - the problems inside it (its missing-information markers), with their levels and the laws each rests on;
// - what the section gives it (RenderContext.rows and .blocks: a kind that holds the section's own inputs, such as
//   the notice-wide retention, and a transfer's number);
// - what it read elsewhere, recorded as it rendered and compared before it is used again: the source text of each
//   definition it looked up (a purpose names its data and recipients), the data every purpose uses, how many
//   entities a section has;
// - what every entity shares (mode, language, laws and their dates, audience, the author's language, collection,
//   controller country): a change clears all.
// Positions are the exception: an entity whose text moved by whole lines is used again with its `data-line`
// numbers shifted. The anchors an entity asks for are allocated again in the same order, so later ids are the same;
// if any comes out different, the render starts again from scratch (ReuseMismatch). An entity that read anything
// else (RenderContext's guard on the model) is rendered anew each time.
// test/unit/incrementalRender.test.ts renders random edit sequences both ways and compares them byte for byte.
import type { LineCounter } from 'yaml';
import type { Span } from '../parser/yamlTree';
import type { Problem } from '../core/problem';
import type { ShownNotice } from './patch';

/** What an entity asked of the render beyond its own text, in order, with what it got. */
export type UnitCall =
  | { kind: 'anchor'; section: string; id: string; result: string }
  | { kind: 'lookup'; section: string; id: string; result: string | undefined }
  /** A question about a whole section (how many entities it has; the data every purpose uses). */
  | { kind: 'section'; question: string; result: string };

/** A table row as the sections build it (sections/table.ts). */
export interface UnitRow {
  attrs: string;
  cells: { html: string; attrs?: string }[];
}

/** One entity's rendered HTML and what it was made from. */
export interface Unit {
  /** The 0-based line its source started on when `html` was made (its `data-line` numbers are for that line). */
  line: number;
  calls: UnitCall[];
  /** The finished HTML (citations linked): a block, or for a table row its `<tr>` for the columns in `columns`. */
  html: string;
  /** For a table row: which of the table's columns `html` shows. */
  columns?: string;
  /** For a table row: its cells, whose emptiness decides the table's optional columns, as rendered at `row.line`. */
  row?: UnitRow & { line: number };
}

/**
 * The last render of one document (kept by the language service next to the analysis, one per open document): the
 * entities' HTML by what they were made from.
 */
export class RenderMemo {
  /** What every entity shares (render/notice.ts); a render with other shared inputs starts from scratch. */
  shared: string | undefined;
  units = new Map<string, Unit>();
  /** Entities used again and rendered by the last render, and whether it restarted (for tests and the bench). */
  last = { reused: 0, rendered: 0, restarted: false };
  /** The last render sent in parts or as a patch (render/patch.ts): what the preview's page shows. */
  shown: ShownNotice | undefined;
  private renders = 0;

  clear(): void {
    this.shared = undefined;
    this.units = new Map();
    this.shown = undefined;
  }

  /** A token for the next render, unique to this memo (and to this server process: a restarted one gives others). */
  token(): string {
    return `${TOKEN_PREFIX}-${++this.renders}`;
  }
}

const TOKEN_PREFIX = Math.random().toString(36).slice(2, 10);

/** An entity used again had an anchor allocated differently (ids that collide, in a new order): render from scratch. */
export class ReuseMismatch extends Error {}

/**
 * The placeholder an entity's HTML stands as in the body until citations are linked (never in author text: `<` is
 * always escaped there, and the renderer writes no comments).
 */
export const placeholder = (n: number): string => `<!--u:${n}-->`;
export const PLACEHOLDER = /^<!--u:(\d+)-->$/;

/** Shifts every `data-line` of HTML by `delta` lines (author text cannot contain the attribute: quotes are escaped). */
export function shiftLines(html: string, delta: number): string {
  return delta === 0
    ? html
    : html.replace(/ data-line="(\d+)"/g, (_, n: string) => ` data-line="${Number(n) + delta}"`);
}

/** One render's use of a memo: the units it placed, in order, and the ones it keeps for the next render. */
export class ReuseSession {
  /** The finished HTML of each placeholder of this render. */
  readonly html: string[] = [];
  /** Entities rendered in place, not as units (their HTML could not be linked on its own): no parts then. */
  inlined = 0;
  readonly next = new Map<string, Unit>();
  /** The problems' indexes, by start offset (equal starts in the problems' own order). */
  private readonly byStart: number[];

  constructor(
    readonly memo: RenderMemo,
    private readonly text: string,
    private readonly lines: LineCounter,
    private readonly problems: readonly Problem[],
    /** An entity's HTML with its citations linked as they are in the notice, or undefined when that could differ. */
    readonly linkUnit: (html: string) => string | undefined,
  ) {
    this.byStart = problems.map((_, i) => i).sort((a, b) => problems[a].span.start - problems[b].span.start || a - b);
    memo.last = { reused: 0, rendered: 0, restarted: false };
  }

  /** The 0-based line of an offset. */
  lineOf(offset: number): number {
    return this.lines.linePos(offset).line - 1;
  }

  /** A span's text and the column it starts at: what its YAML is read from. */
  source(span: Span): string {
    return `${this.lines.linePos(span.start).col}\n${this.text.slice(span.start, span.end)}`;
  }

  /**
   * The problems inside a span, relative to its start, in the order the renderer finds them (its markers name the
   * first problem of a rule, with the laws it rests on).
   */
  problemsIn(span: Span): string {
    let low = 0;
    let high = this.byStart.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.problems[this.byStart[mid]].span.start < span.start) low = mid + 1;
      else high = mid;
    }
    const inside: number[] = [];
    for (let i = low; i < this.byStart.length; i++) {
      const p = this.problems[this.byStart[i]];
      if (p.span.start > span.end) break;
      if (p.span.end <= span.end) inside.push(this.byStart[i]);
    }
    return inside
      .sort((a, b) => a - b)
      .map((i) => {
        const p = this.problems[i];
        const key = p.data?.kind === 'insert' ? (p.data.key ?? '') : '';
        // The severity too: a finding at the level information or hint has no marker (RenderContext.flag).
        return `${p.span.start - span.start}-${p.span.end - span.start}:${p.rule}:${p.severity}:${key}:${p.laws?.join(',') ?? ''}`;
      })
      .join(' ');
  }

  /** Stands for finished HTML in the body until the citations of the rest are linked. */
  place(html: string): string {
    this.html.push(html);
    return placeholder(this.html.length - 1);
  }
}
