// Document and range formatting (README, "What you get"): only indentation and spacing change, every comment and
// blank line stays, the YAML means the same, formatting twice changes nothing more, and a range formatting stays
// inside its lines.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { generatePolicy } from '../../bench/generatePolicy';
import { formatPolicy, MAX_FORMAT_TOKENS, type FormatEdit, type OffsetSpan } from '../../server/src/service/formatting';
import { applyEdit, editArb, type Edit } from '../fuzz/arbitraries';
import { policyArb, renderBadly, renderCanonically, Style, styleArb } from '../fuzz/policyShapes';

const root = resolve(__dirname, '../..');
const EXAMPLES = readdirSync(resolve(root, 'examples'))
  .filter((f) => f.endsWith('.privacy.yaml'))
  .map((f) => readFileSync(resolve(root, 'examples', f), 'utf8'));

/** Applies edits that must be in document order and must not overlap. */
function apply(text: string, edits: FormatEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    assert.ok(e.span.start >= at && e.span.end >= e.span.start && e.span.end <= text.length, 'ordered, in the text');
    out += text.slice(at, e.span.start) + e.newText;
    at = e.span.end;
  }
  return out + text.slice(at);
}

const format = (text: string, tabSize = 2, range?: OffsetSpan) => apply(text, formatPolicy(text, { tabSize }, range));

function meaning(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: false });
  assert.deepEqual(doc.errors, [], `no syntax error in:\n${text}`);
  // A key that is a collection (`[a, b]: c`) stays a node to compare, not a string.
  return doc.toJS({ mapAsMap: true });
}

const lineBreaks = (text: string) => text.match(/\r?\n/g) ?? [];
const trimmedLines = (text: string) => text.split(/\r?\n/).map((l) => l.trim());

/** What formatting keeps: the meaning, the lines and their breaks, every comment and blank line, every non-space. */
function assertOnlyLayoutChanged(before: string, after: string): void {
  assert.deepEqual(meaning(after), meaning(before), 'same toJS()');
  assert.deepEqual(lineBreaks(after), lineBreaks(before), 'same line breaks');
  const was = trimmedLines(before);
  const is = trimmedLines(after);
  assert.deepEqual(
    is.flatMap((l, i) => (l.startsWith('#') ? [`${i}: ${l}`] : [])),
    was.flatMap((l, i) => (l.startsWith('#') ? [`${i}: ${l}`] : [])),
    'the same comment lines, in the same places',
  );
  assert.deepEqual(
    is.flatMap((l, i) => (l === '' ? [i] : [])),
    was.flatMap((l, i) => (l === '' ? [i] : [])),
    'the same blank lines',
  );
  const ink = (line: string) => line.replace(/[ \t\uFEFF]/g, '');
  assert.deepEqual(after.split('\n').map(ink), before.split('\n').map(ink), 'only spaces change, on every line');
}

/** The lines a range touches, as formatPolicy reads it. */
function linesOf(text: string, range: OffsetSpan): [number, number] {
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length - 1;
  const first = lineAt(range.start);
  let last = lineAt(range.end);
  if (range.end > range.start && last > 0 && text[range.end - 1] === '\n') last--;
  return [first, last];
}

function assertOnlyRangeChanged(before: string, after: string, range: OffsetSpan): void {
  const [first, last] = linesOf(before, range);
  const was = before.split('\n');
  const is = after.split('\n');
  for (let i = 0; i < was.length; i++) if (i < first || i > last) assert.equal(is[i], was[i], `line ${i} is outside`);
}

describe('formatting: what it does to specific inputs', () => {
  it('normalises the space after `:` and `-`, removes it before `:`, and removes trailing whitespace', () => {
    assert.equal(
      format('title:    Privacy notice   \nlanguage :  en\t\ndata:\n  -   profile  \n  -\tcontacts\n'),
      'title: Privacy notice\nlanguage: en\ndata:\n  - profile\n  - contacts\n',
    );
  });

  it('indents each level by tabSize, a list under its key, a mapping in a list item right after its `- `', () => {
    const text =
      'purposes:\n' +
      '     newsletter:\n' +
      '           basis: consent\n' +
      '           data:\n' +
      '           - user-email\n' +
      '           -    profile\n' +
      'recipients:\n' +
      ' -   name: Mailer Inc\n' +
      '     country: US\n';
    assert.equal(
      format(text, 2),
      'purposes:\n  newsletter:\n    basis: consent\n    data:\n      - user-email\n      - profile\n' +
        'recipients:\n  - name: Mailer Inc\n    country: US\n',
    );
    assert.equal(
      format(text, 4),
      'purposes:\n    newsletter:\n        basis: consent\n        data:\n            - user-email\n' +
        '            - profile\nrecipients:\n    - name: Mailer Inc\n      country: US\n',
    );
  });

  it('keeps every comment: a full-line one moves to its level, an end-of-line one keeps its spacing', () => {
    const text =
      '# Source: oscart.txt\n' +
      'controller:\n' +
      '      name: Oscart Group NV   # as registered\n' +
      '      # No e-mail address is given.\n' +
      '      country: BE\n' +
      '      # trailing note about the controller\n' +
      '\n' +
      '# No DPO is mentioned.\n' +
      'authority:\n' +
      '    # name: to be checked\n' +
      'data:  # none yet\n';
    assert.equal(
      format(text),
      '# Source: oscart.txt\n' +
        'controller:\n' +
        '  name: Oscart Group NV   # as registered\n' +
        '  # No e-mail address is given.\n' +
        '  country: BE\n' +
        '  # trailing note about the controller\n' +
        '\n' +
        '# No DPO is mentioned.\n' +
        'authority:\n' +
        '  # name: to be checked\n' +
        'data:  # none yet\n',
    );
  });

  it('moves a block scalar’s lines as one: relative indentation, trailing spaces and `#` lines are content', () => {
    const text =
      'policy:\n    summary: |\n          We process:\n            - your name  \n\n          # not a comment\n    language: en\n';
    assert.equal(
      format(text),
      'policy:\n  summary: |\n    We process:\n      - your name  \n\n    # not a comment\n  language: en\n',
    );
    // An explicit indentation indicator ties the content to its parent: both move by the same columns.
    const explicit = 'a:\n      k: |2\n          first line starts with spaces\n        second\n';
    assert.equal(format(explicit), 'a:\n  k: |2\n      first line starts with spaces\n    second\n');
    // A whitespace-only line longer than the content's indentation is content (spaces): it stays, shifted.
    const spaces = 'a:\n    k: |\n        x\n          \n        y\n';
    assert.equal(format(spaces), 'a:\n  k: |\n    x\n      \n    y\n');
  });

  it('changes nothing inside a quoted scalar but the indentation of its continuation lines', () => {
    const text = "a:\n    b: \"first  line,  \n           second # not a comment\"\n    c:   'it''s   here'\n";
    assert.equal(format(text), "a:\n  b: \"first  line,  \n    second # not a comment\"\n  c: 'it''s   here'\n");
  });

  it('keeps a multi-line plain scalar’s words and line breaks (so its folding), re-indenting its continuations', () => {
    const text =
      'a:\n    description: Members, participants   \n               and suppliers\n\n       of ours\n    b: 1\n';
    const out = format(text);
    assert.equal(out, 'a:\n  description: Members, participants\n    and suppliers\n\n    of ours\n  b: 1\n');
    assert.deepEqual(parseDocument(out).toJS(), {
      a: { description: 'Members, participants and suppliers\nof ours', b: 1 },
    });
  });

  it('spaces flow collections like Prettier, and indents a multi-line one per open bracket', () => {
    assert.equal(
      format('data: [name,email ,  phone ]\nretention: {period: 7 years,from: the end of the year}\nnone: [ ]\n'),
      'data: [name, email, phone]\nretention: { period: 7 years, from: the end of the year }\nnone: []\n',
    );
    assert.equal(
      format('purposes:\n    data: [\n             name,\n          [a,\n       b],\n    ]\n'),
      'purposes:\n  data: [\n    name,\n    [a,\n      b],\n  ]\n',
    );
  });

  it('keeps anchors, tags and an alias key’s space before its `:`', () => {
    assert.equal(
      format('base: &b   {x: 1}\ncopy:   *b\nn: !!str    5\nk: &k key\nm:\n    *k : 1\n'),
      'base: &b { x: 1 }\ncopy: *b\nn: !!str 5\nk: &k key\nm:\n  *k : 1\n',
    );
  });

  it('formats nothing in a document with a syntax error, more than one document, or an explicit `?` key', () => {
    for (const text of [
      'a:\n    b: 1\n   c: 2\n',
      'a:    [1, 2\nb:   3\n',
      'a:    "unclosed\n',
      'a:   1\n---\nb:   2\n',
      '? a\n:    b\n',
      'a:   *nowhere\n',
    ])
      assert.deepEqual(formatPolicy(text, { tabSize: 2 }), [], text);
  });

  it('answers one minimal edit per run of changed lines', () => {
    const text = 'a:   1\nb: 2\nc:\n   d:  3\n   e: 4\nf: 5\n';
    const edits = formatPolicy(text, { tabSize: 2 });
    assert.deepEqual(
      edits.map((e) => [text.slice(e.span.start, e.span.end), e.newText]),
      [
        ['  ', ''],
        [' d:  3\n ', 'd: 3\n'],
      ],
    );
    assert.equal(apply(text, edits), 'a: 1\nb: 2\nc:\n  d: 3\n  e: 4\nf: 5\n');
    assert.deepEqual(formatPolicy('a: 1\nb:\n  - c\n', { tabSize: 2 }), []);
  });

  it('keeps CRLF line breaks and a byte order mark', () => {
    assert.equal(format('\uFEFF# notice\r\na:\r\n    b:   1   \r\n'), '\uFEFF# notice\r\na:\r\n  b: 1\r\n');
  });

  it('range formatting changes only the lines the range touches', () => {
    const text = 'a:   1\nb:\n      c:   2\n      d:   3\ne:   4\n';
    const start = text.indexOf('b:');
    assert.equal(format(text, 2, { start, end: text.indexOf('e:') }), 'a:   1\nb:\n  c: 2\n  d: 3\ne:   4\n');
    // Re-indenting `c` alone would split the mapping: the range gets its spacing formatted, not its indentation.
    const c = text.indexOf('c:');
    assert.equal(format(text, 2, { start: c, end: c + 3 }), 'a:   1\nb:\n      c: 2\n      d:   3\ne:   4\n');
    // A whole-line selection ends at the start of the next line, which it does not touch.
    assert.equal(format(text, 2, { start: 0, end: start }), 'a: 1\nb:\n      c:   2\n      d:   3\ne:   4\n');
  });

  it('the five example notices are formatted already, and come back unchanged from tabSize 4', () => {
    for (const text of EXAMPLES) {
      assert.deepEqual(formatPolicy(text, { tabSize: 2 }), []);
      const wide = format(text, 4);
      assert.notEqual(wide, text);
      assert.equal(format(wide, 2), text);
    }
  });

  it('reads an unusable tabSize as 2 and bounds it to 1–16', () => {
    const text = 'a:\n b: 1\n';
    assert.equal(format(text, Number.NaN), 'a:\n  b: 1\n');
    assert.equal(format(text, 0), 'a:\n b: 1\n');
    assert.equal(format(text, 2.7), 'a:\n  b: 1\n');
  });

  it(`does not format a text over ${MAX_FORMAT_TOKENS.toLocaleString('en')} tokens (hostile shapes stay fast)`, () => {
    const text = `a:    [${'x,'.repeat(MAX_FORMAT_TOKENS)}y]\n`;
    const started = performance.now();
    assert.deepEqual(formatPolicy(text, { tabSize: 2 }), []);
    assert.ok(performance.now() - started < 200);
  });
});

describe('formatting: properties', () => {
  it('on the examples at any tabSize: same meaning, comments and blank lines; idempotent; back to 2 unchanged', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXAMPLES), fc.integer({ min: 1, max: 8 }), (text, tabSize) => {
        const once = format(text, tabSize);
        assertOnlyLayoutChanged(text, once);
        assert.deepEqual(formatPolicy(once, { tabSize }), [], 'formatting twice changes nothing more');
        assert.equal(format(once, 2), text);
      }),
      { numRuns: 40, seed: 1303 },
    );
  });

  const fraction = fc.double({ min: 0, max: 1, noNaN: true });
  const rangeIn = (text: string, a: number, b: number): OffsetSpan => {
    const [start, end] = [Math.floor(a * text.length), Math.floor(b * text.length)].sort((x, y) => x - y);
    return { start, end };
  };

  it('range formatting of the examples (at another tabSize) stays inside the range and keeps the meaning', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EXAMPLES),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 8 }),
        fraction,
        fraction,
        (example, from, to, a, b) => {
          const text = format(example, from);
          const range = rangeIn(text, a, b);
          const out = format(text, to, range);
          assertOnlyLayoutChanged(text, out);
          assertOnlyRangeChanged(text, out, range);
        },
      ),
      { numRuns: 60, seed: 1304 },
    );
  });

  it('a badly indented policy formats to its canonical form (comments, blank lines, block scalars, flows, quotes)', () => {
    fc.assert(
      fc.property(policyArb, styleArb, fc.constantFrom(1, 2, 3, 4, 8), (policy, choices, tabSize) => {
        const bad = renderBadly(policy, new Style(choices));
        const out = format(bad, tabSize);
        assertOnlyLayoutChanged(bad, out);
        assert.equal(out, renderCanonically(policy, tabSize));
        assert.deepEqual(formatPolicy(out, { tabSize }), [], 'formatting twice changes nothing more');
      }),
      { numRuns: 400, seed: 1305 },
    );
  });

  it('range formatting of a badly indented policy stays inside the range and keeps the meaning', () => {
    fc.assert(
      fc.property(
        policyArb,
        styleArb,
        fc.constantFrom(1, 2, 4),
        fraction,
        fraction,
        (policy, choices, tabSize, a, b) => {
          const bad = renderBadly(policy, new Style(choices));
          const range = rangeIn(bad, a, b);
          const out = format(bad, tabSize, range);
          assertOnlyLayoutChanged(bad, out);
          assertOnlyRangeChanged(bad, out, range);
        },
      ),
      { numRuns: 300, seed: 1306 },
    );
  });
});

describe('formatting: on anything', () => {
  /** Formats; when something changed, checks what formatting keeps and that a second formatting changes nothing. */
  const check = (text: string, tabSize: number) => {
    const out = format(text, tabSize);
    if (out === text) return false;
    assertOnlyLayoutChanged(text, out);
    assert.deepEqual(formatPolicy(out, { tabSize }), [], `formatting twice changes nothing more:\n${out}`);
    return true;
  };

  it('random edits of the examples (broken ones are left alone) (property)', () => {
    let changed = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...EXAMPLES),
        fc.array(editArb, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 6 }),
        (example, edits, tabSize) => {
          let text = example;
          for (const e of edits) text = applyEdit(text, e as Edit & { at: number });
          if (check(text, tabSize)) changed++;
        },
      ),
      { numRuns: 150, seed: 1307 },
    );
    assert.ok(changed > 20, `${changed} of 150 edited examples were formatted`);
  });

  it('random YAML-ish text: directives, markers, anchors, tags, `?`, `: ` with no key, tabs, CRLF (property)', () => {
    const piece = fc.constantFrom(
      ...['a', 'b', ': ', ':', '\n', '  ', ' ', '- ', '-', '[', ']', '{', '}', ', ', ',', '"', "'", ' #c', '\n#c\n'],
      ...['|\n', '>-\n', '&x ', '*x', '!t ', '? ', '\t', '\r\n', 'k: v\n', '  k2: [a,b]\n', '---\n', '...\n'],
      ...['x\n  y\n', '%YAML 1.2\n'],
    );
    let changed = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 1, max: 5 }), (pieces, tabSize) => {
        if (check(pieces.join(''), tabSize)) changed++;
      }),
      { numRuns: 3000, seed: 1308 },
    );
    assert.ok(changed > 300, `${changed} of 3,000 texts were formatted`);
  });
});

describe('formatting: time', () => {
  // The bench's policy generator, re-indented from 2 to 4 columns: every line but the sections' keys changes.
  const policyOf = (bytes: number) => {
    const sample = generatePolicy(2000);
    return generatePolicy(Math.floor((2000 * bytes) / sample.length));
  };

  // Formatting parses the text twice with the `yaml` package (before, and after to compare the meaning): that is most
  // of the time, so the bound here is for linearity and against a gross regression, not a target for the editor.
  it('formats a 2 MB policy in linear time', (t) => {
    const small = policyOf(250_000);
    const large = policyOf(2_000_000);
    assert.ok(large.length > 1_950_000 && large.length < 2_097_152, `${large.length} characters`);
    format(small, 4); // warm up
    const time = (text: string) => {
      let best = Infinity;
      for (let i = 0; i < 2; i++) {
        const started = performance.now();
        const edits = formatPolicy(text, { tabSize: 4 });
        best = Math.min(best, performance.now() - started);
        assert.ok(edits.length > 0);
      }
      return best;
    };
    const smallMs = time(small);
    const largeMs = time(large);
    const report = `0.25 MB: ${smallMs.toFixed(0)} ms; 2 MB (${large.split('\n').length} lines): ${largeMs.toFixed(0)} ms`;
    t.diagnostic(report);
    assert.ok(largeMs < 12 * smallMs + 300, report);
    assert.ok(largeMs < 4000, report);
  });
});
