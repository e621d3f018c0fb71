// Random policy-like YAML for the formatter's property tests: one tree, written twice. `renderBadly` writes it as a
// careless author might (any indentation step, compact or indented lists, extra spaces after `:` and `-`, spaces
// before `:`, trailing whitespace, loose flow lists); `renderCanonically` writes it the way formatting.ts formats
// it. Both have the same lines, comments and blank lines, and the same meaning.
import fc from 'fast-check';

export type Shape =
  | { kind: 'map'; entries: Entry[] }
  | { kind: 'seq'; items: Item[] }
  | { kind: 'plain'; lines: string[] }
  | { kind: 'quoted'; quote: "'" | '"'; lines: string[] }
  | { kind: 'block'; header: string; lines: string[] }
  | { kind: 'flow'; items: string[] };

interface Lead {
  /** Blank lines before, and full-line comments (without `#`) before, at the entry's or item's own column. */
  blank: boolean;
  comments: string[];
}

export interface Entry extends Lead {
  key: string;
  value: Shape | null;
  /** An end-of-line comment on the key's line, and the spaces before it (kept as they are by the formatter). */
  trailing?: { gap: string; text: string };
}

export interface Item extends Lead {
  value: Shape;
}

export interface Policy {
  root: Shape & { kind: 'map' };
  endComments: string[];
}

const WORDS = ['consent', 'contact details', 'Art 6(1)(a)', 'e-mail', '12 months', 'Oscart Group NV', 'café', 'x,y'];
const word = fc.constantFrom(...WORDS, 'yes', '2018-06-07', '42', 'a.b', 'naïve 😀', 'null');
const key = fc.constantFrom('title', 'purposes', 'contact-details', 'retention', 'basis', 'label', 'data', 'x');
const quotedKey = fc.constantFrom('"quoted key"', "'single key'");
const commentText = fc.constantFrom(' The source says nothing here.', ' TODO: check Art 13(2)(a)', '', ' - a list?');
const lead = { blank: fc.boolean(), comments: fc.array(commentText, { maxLength: 2 }) };

const plain: fc.Arbitrary<Shape> = fc
  .array(word, { minLength: 1, maxLength: 3 })
  .map((lines) => ({ kind: 'plain', lines }));
const quoted: fc.Arbitrary<Shape> = fc
  .record({
    quote: fc.constantFrom("'" as const, '"' as const),
    lines: fc.array(
      fc.tuple(fc.constantFrom('it # is', 'a: b', 'text', 'é'), fc.constantFrom('', ' ', '  ')).map(([w, s]) => w + s),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(({ quote, lines }) => ({
    kind: 'quoted' as const,
    quote,
    // Content starts and ends without spaces; interior lines may end with spaces (which YAML folds away).
    lines: lines.map((l, i) => (i === lines.length - 1 ? l.trimEnd() : l)).map((l) => l.trimStart()),
  }));
const block: fc.Arbitrary<Shape> = fc
  .record({
    header: fc.constantFrom('|', '>', '|-', '>-', '|+'),
    first: word,
    rest: fc.array(
      fc.oneof(
        word,
        fc.constant(''),
        fc.constant('# not a comment'),
        word.map((w) => `  ${w}`),
        word.map((w) => `${w}  `),
      ),
      { maxLength: 4 },
    ),
    last: word,
  })
  .map(({ header, first, rest, last }) => ({ kind: 'block' as const, header, lines: [first, ...rest, last] }));
const flow: fc.Arbitrary<Shape> = fc
  .array(fc.constantFrom('name', 'e-mail address', 'IP address', 'x'), { maxLength: 4 })
  .map((items) => ({ kind: 'flow', items }));

const { shape } = fc.letrec<{ shape: Shape; map: Shape; seq: Shape }>((tie) => ({
  shape: fc.oneof({ depthSize: 'small', withCrossShrink: true }, plain, quoted, block, flow, tie('map'), tie('seq')),
  map: fc
    .array(
      fc.record(
        {
          ...lead,
          key: fc.oneof({ weight: 5, arbitrary: key }, { weight: 1, arbitrary: quotedKey }),
          value: fc.option(tie('shape'), { nil: null, freq: 6 }),
          trailing: fc.option(fc.record({ gap: fc.constantFrom(' ', '  ', '   '), text: commentText }), {
            nil: undefined,
          }),
        },
        { requiredKeys: ['blank', 'comments', 'key', 'value'] },
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((entries) => ({ kind: 'map', entries: uniqueKeys(entries) })),
  seq: fc
    .array(fc.record({ ...lead, value: tie('shape') }), { minLength: 1, maxLength: 3 })
    .map((items) => ({ kind: 'seq', items })),
}));

function uniqueKeys(entries: Entry[]): Entry[] {
  const seen = new Set<string>();
  return entries.filter((e) => !seen.has(e.key) && seen.add(e.key));
}

export const policyArb: fc.Arbitrary<Policy> = fc
  .record({
    entries: fc.array(
      fc.record(
        { ...lead, key, value: fc.option(shape, { nil: null, freq: 8 }) },
        { requiredKeys: ['blank', 'comments', 'key', 'value'] },
      ),
      { minLength: 1, maxLength: 5 },
    ),
    endComments: fc.array(commentText, { maxLength: 2 }),
  })
  .map(({ entries, endComments }) => ({ root: { kind: 'map', entries: uniqueKeys(entries) }, endComments }));

/** The choices of a careless author, taken one after the other (and round again) from a list of numbers. */
export class Style {
  private next = 0;
  constructor(private readonly choices: number[]) {}
  pick(n: number): number {
    if (this.choices.length === 0) return 0;
    return this.choices[this.next++ % this.choices.length] % n;
  }
}

export const styleArb = fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 60 });

interface Writer {
  /** Columns a nested collection or a value's continuation moves right of its parent key. */
  step(): number;
  /** Columns a list under a key moves right of the key (0: a "compact" list). */
  listStep(): number;
  afterColon(): string;
  beforeColon(): string;
  afterDash(): string;
  trailing(): string;
  /** Whitespace on a blank line; at most one space, so that it never holds content in a block scalar. */
  blank(): string;
  flowSpace(): string;
  afterComma(): string;
}

const canonicalWriter = (tabSize: number): Writer => ({
  step: () => tabSize,
  listStep: () => tabSize,
  afterColon: () => ' ',
  beforeColon: () => '',
  afterDash: () => ' ',
  trailing: () => '',
  blank: () => '',
  flowSpace: () => '',
  afterComma: () => ' ',
});

const badWriter = (style: Style): Writer => ({
  step: () => 1 + style.pick(5),
  listStep: () => style.pick(4),
  afterColon: () => ' '.repeat(1 + style.pick(3)),
  beforeColon: () => (style.pick(4) === 0 ? ' ' : ''),
  afterDash: () => ' '.repeat(1 + style.pick(3)),
  trailing: () => ['', '', ' ', '  ', '\t'][style.pick(5)],
  blank: () => ['', ' '][style.pick(2)],
  flowSpace: () => ['', ' ', '  '][style.pick(3)],
  afterComma: () => ['', ' ', '  '][style.pick(3)],
});

export function renderCanonically(policy: Policy, tabSize: number): string {
  return render(policy, canonicalWriter(tabSize), 0, true);
}

export function renderBadly(policy: Policy, style: Style): string {
  return render(policy, badWriter(style), style.pick(3), false);
}

function render(policy: Policy, w: Writer, rootCol: number, canonical: boolean): string {
  const out: string[] = [];
  const pad = (n: number) => ' '.repeat(n);
  const leadLines = (l: Lead, col: number) => {
    if (l.blank) out.push(w.blank());
    for (const c of l.comments) out.push(`${pad(col)}#${c}${w.trailing()}`);
  };
  /** The text after `key:` or `- ` on the same line; then the value's own lines, written by `rest`. */
  const inlineValue = (value: Shape, contCol: number): { head: string; rest: () => void } => {
    switch (value.kind) {
      case 'plain':
        return {
          head: value.lines[0],
          rest: () => value.lines.slice(1).forEach((l) => out.push(pad(contCol) + l + w.trailing())),
        };
      case 'quoted': {
        const q = value.quote;
        const body = value.lines.map((l) => (q === "'" ? l.replace(/'/g, "''") : l.replace(/"/g, '\\"')));
        if (body.length === 1) return { head: q + body[0] + q, rest: () => undefined };
        return {
          head: q + body[0],
          rest: () => body.slice(1).forEach((l, i) => out.push(pad(contCol) + l + (i === body.length - 2 ? q : ''))),
        };
      }
      case 'block':
        return {
          head: value.header,
          rest: () =>
            value.lines.forEach((l) =>
              out.push(l === '' ? (canonical ? '' : pad(contCol).slice(0, w.blank().length)) : pad(contCol) + l),
            ),
        };
      case 'flow': {
        const inside = w.flowSpace();
        const separator = `${w.flowSpace()},${w.afterComma()}`;
        return {
          head: value.items.length === 0 ? '[]' : `[${inside}${value.items.join(separator)}${inside}]`,
          rest: () => undefined,
        };
      }
      default:
        throw new Error('collections are not inline');
    }
  };
  const map = (m: Shape & { kind: 'map' }, col: number, firstPrefix?: string) => {
    m.entries.forEach((e, i) => {
      const prefix = i === 0 && firstPrefix !== undefined ? firstPrefix : pad(col);
      if (!(i === 0 && firstPrefix !== undefined)) leadLines(e, col);
      let line = `${prefix}${e.key}${w.beforeColon()}:`;
      const v = e.value;
      const trail = e.trailing ? `${e.trailing.gap}#${e.trailing.text}` : '';
      if (v === null || v.kind === 'map' || v.kind === 'seq') {
        out.push(line + (trail ? trail : w.trailing()));
        if (v?.kind === 'map') map(v, col + w.step());
        if (v?.kind === 'seq') seq(v, col + w.listStep());
        return;
      }
      const { head, rest } = inlineValue(v, col + w.step());
      line += w.afterColon() + head;
      // A comment may not follow an unfinished quoted or plain scalar that goes on over more lines.
      const multiLine = (v.kind === 'plain' || v.kind === 'quoted') && v.lines.length > 1;
      // Spaces after an unfinished quoted line would be inside the quotes, which formatting leaves alone.
      out.push(line + (trail && !multiLine ? trail : v.kind === 'quoted' && multiLine ? '' : w.trailing()));
      rest();
    });
  };
  /** A list at `col`; with `firstPrefix`, its first item goes on a line already begun (`- - a`). */
  const seq = (s: Shape & { kind: 'seq' }, col: number, firstPrefix?: string) => {
    s.items.forEach((item, i) => {
      const nested = i === 0 && firstPrefix !== undefined;
      if (!nested) leadLines(item, col);
      const dash = `${nested ? firstPrefix : pad(col)}-${w.afterDash()}`;
      const v = item.value;
      // A collection in an item starts on the dash's line; the lines after it line up with its first.
      if (v.kind === 'map') map(v, dash.length, dash);
      else if (v.kind === 'seq') seq(v, dash.length, dash);
      else {
        const { head, rest } = inlineValue(v, canonical ? col + 2 : dash.length + w.step() - 1);
        const multiLine = (v.kind === 'plain' || v.kind === 'quoted') && v.lines.length > 1;
        out.push(dash + head + (v.kind === 'quoted' && multiLine ? '' : w.trailing()));
        rest();
      }
    });
  };
  map(policy.root, rootCol);
  for (const c of policy.endComments) out.push(`${pad(rootCol)}#${c}${w.trailing()}`);
  return out.join('\n') + '\n';
}
