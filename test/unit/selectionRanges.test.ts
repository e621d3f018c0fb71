// Expand selection by YAML structure (README, "What you get"): each chain grows strictly, holds its offset, ends
// with the document.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { selectionRanges, type SelectionChain } from '../../server/src/service/selectionRanges';

const root = resolve(__dirname, '../..');
const EXAMPLES = readdirSync(resolve(root, 'examples'))
  .filter((f) => f.endsWith('.privacy.yaml'))
  .map((f) => readFileSync(resolve(root, 'examples', f), 'utf8'));

function assertWellFormed(text: string, offset: number, chain: SelectionChain): void {
  assert.ok(chain.length > 0);
  assert.deepEqual(chain.at(-1), { start: 0, end: text.length }, 'ends with the whole document');
  const at = Math.max(0, Math.min(text.length, offset));
  for (const span of chain) assert.ok(span.start <= at && at <= span.end, `${JSON.stringify(span)} holds ${at}`);
  for (let i = 1; i < chain.length; i++) {
    const [inner, outer] = [chain[i - 1], chain[i]];
    assert.ok(outer.start <= inner.start && inner.end <= outer.end, 'each span holds the one before');
    assert.ok(outer.start < inner.start || inner.end < outer.end, 'and is larger');
  }
}

const texts = (text: string, chain: SelectionChain) => chain.map((s) => text.slice(s.start, s.end));

describe('selection ranges', () => {
  const text =
    '# A notice\n' +
    'purposes:\n' +
    '  newsletter:\n' +
    '    basis: consent # Art 6(1)(a)\n' +
    '    data: [user-email, profile]\n' +
    '    summary: |\n' +
    '      We write to you # monthly\n' +
    '\n' +
    'recipients:\n' +
    '  - name: Mailer Inc\n' +
    '    country: US\n';

  it('goes from the word to the value, the pair, the mapping, the enclosing pair … up to the document', () => {
    const [chain] = selectionRanges(text, [text.indexOf('user-email') + 3]);
    assert.deepEqual(texts(text, chain), [
      'user-email',
      '[user-email, profile]',
      'data: [user-email, profile]',
      'basis: consent # Art 6(1)(a)\n    data: [user-email, profile]\n    summary: |\n      We write to you # monthly',
      'newsletter:\n    basis: consent # Art 6(1)(a)\n    data: [user-email, profile]\n    summary: |\n' +
        '      We write to you # monthly',
      text.slice(text.indexOf('purposes:'), text.indexOf('\n\nrecipients')),
      text.slice(text.indexOf('purposes:'), text.length - 1),
      text,
    ]);
  });

  it('in a list: the value, the pair, the item’s mapping, the item with its dash, the list, its pair', () => {
    const [chain] = selectionRanges(text, [text.indexOf('Mailer') + 1]);
    assert.deepEqual(texts(text, chain).slice(0, 7), [
      'Mailer',
      'Mailer Inc',
      'name: Mailer Inc',
      'name: Mailer Inc\n    country: US',
      '- name: Mailer Inc\n    country: US',
      'recipients:\n  - name: Mailer Inc\n    country: US',
      text.slice(text.indexOf('purposes:'), text.length - 1),
    ]);
  });

  it('in a key, in a block scalar, and between entries', () => {
    const [inKey, inBlock, onBlank] = selectionRanges(text, [
      text.indexOf('basis') + 2,
      text.indexOf('monthly'),
      text.indexOf('\n\nrecipients') + 1,
    ]);
    assert.deepEqual(texts(text, inKey).slice(0, 2), ['basis', 'basis: consent']);
    // `#` inside a block scalar is text: the scalar runs to the end of its line.
    assert.deepEqual(texts(text, inBlock).slice(0, 3), [
      'monthly',
      '|\n      We write to you # monthly',
      'summary: |\n      We write to you # monthly',
    ]);
    assert.deepEqual(texts(text, onBlank), [text.slice(text.indexOf('purposes:'), text.length - 1), text]);
  });

  it('an alias of a mapping selects as written there, not as the mapping it stands for', () => {
    const aliased = 'base: &b\n  x: 1\ncopy: *b\nz: 3\n';
    const [chain] = selectionRanges(aliased, [aliased.indexOf('*b') + 1]);
    assert.deepEqual(texts(aliased, chain), ['*b', 'copy: *b', aliased.trimEnd(), aliased]);
  });

  it('answers the whole document on a text it cannot parse, and on offsets outside the text', () => {
    const broken = 'a: [1, 2\nb: "x\n';
    for (const chain of selectionRanges(broken, [0, 5, broken.length, -3, 999]))
      assert.deepEqual(chain.at(-1), { start: 0, end: broken.length });
    assert.deepEqual(selectionRanges('', [0]), [[{ start: 0, end: 0 }]]);
  });

  it('every chain over the examples is strictly nested, holds its offset and ends with the document (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EXAMPLES),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 20 }),
        (example, fractions) => {
          const offsets = fractions.map((f) => Math.floor(f * example.length));
          const chains = selectionRanges(example, offsets);
          assert.equal(chains.length, offsets.length);
          chains.forEach((chain, i) => assertWellFormed(example, offsets[i], chain));
        },
      ),
      { numRuns: 100, seed: 1310 },
    );
  });

  it('every chain over random YAML-ish text is strictly nested too (property)', () => {
    const yamlish = fc.string({ unit: fc.constantFrom(...'ab: -\n  #[]{},"\'|>&*!?'), maxLength: 200 });
    fc.assert(
      fc.property(yamlish, fc.nat(), (text, n) => {
        const offset = n % (text.length + 1);
        assertWellFormed(text, offset, selectionRanges(text, [offset])[0]);
      }),
      { numRuns: 2000, seed: 1311 },
    );
  });

  it('answers 1,000 offsets of a 650 KB policy quickly (a binary search in each collection)', () => {
    const big = EXAMPLES.map((e, i) => e.replace(/^(\w)/gm, `s${i}-$1`))
      .join('\n')
      .repeat(6);
    const offsets = Array.from({ length: 1000 }, (_, i) => Math.floor((i * big.length) / 1000));
    const started = performance.now();
    const chains = selectionRanges(big, offsets);
    assert.equal(chains.length, 1000);
    assert.ok(chains.filter((c) => c.length >= 4).length > 900, 'parsed, not over a limit');
    assert.ok(performance.now() - started < 3000);
  });
});
