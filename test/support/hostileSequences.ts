// Generators of hostile documents for the sequence properties (issue #18): deep flow and block nesting in any
// mix, anchors, aliases, long lines and Object.prototype keys, so that a property can open them one after the
// other in ONE process (some failures only show after another document warmed up the JIT or the stack).
import fc from 'fast-check';

const PROTOTYPE_WORDS = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'];

/** One nesting step: its opening and, for flow, its closing text. */
const layer = fc.constantFrom(
  { open: '[', close: ']' },
  { open: '{a: ', close: '}' },
  { open: '[a: ', close: ']' },
  { open: '- ', close: '' },
  { open: '? ', close: '' },
  { open: '&x ', close: '' },
  { open: '!!seq ', close: '' },
);

const deepMix = fc
  .record({
    layers: fc.array(layer, { minLength: 1, maxLength: 6 }),
    repeat: fc.integer({ min: 100, max: 1500 }),
    closed: fc.boolean(),
    prefix: fc.constantFrom('', 'extra: ', '--- ', 'policy:\n  title: ', '"k": '),
  })
  .map(({ layers, repeat, closed, prefix }) => {
    let open = '';
    let close = '';
    for (let i = 0; i < repeat; i++) {
      const l = layers[i % layers.length];
      // Block indicators cannot follow an opened flow collection: once in flow, only flow layers.
      if (open.includes('[') || open.includes('{')) {
        if (!l.close) continue;
      }
      open += l.open;
      close = l.close + close;
    }
    return `${prefix}${open}x${closed ? close : ''}`;
  });

const deepBlock = fc
  .record({ levels: fc.integer({ min: 70, max: 2000 }), step: fc.constantFrom(1, 2), withDash: fc.boolean() })
  .map(({ levels, step, withDash }) =>
    Array.from({ length: levels }, (_, i) => `${' '.repeat(i * step)}${withDash && i % 2 ? '- ' : ''}k${i}:`).join(
      '\n',
    ),
  );

const anchors = fc.integer({ min: 1000, max: 10_000 }).map((n) => `${'&a '.repeat(n)}x`);
const aliases = fc
  .integer({ min: 1000, max: 8000 })
  .map((n) => `x: &x y\n${Array.from({ length: n }, (_, i) => `k${i}: *x`).join('\n')}`);
const longLine = fc.integer({ min: 100_000, max: 1_000_000 }).map((n) => `policy:\n  title: ${'x'.repeat(n)}\n`);
const prototypeKeys = fc
  .constantFrom(...PROTOTYPE_WORDS)
  .map((w) => `${w}: 1\npolicy:\n  ${w}: x\npurposes:\n  ${w}:\n    title: ${w}\n`);
const hedges = fc.integer({ min: 500, max: 3000 }).map((n) => `purposes:\n  p:\n    title: ${'may '.repeat(n)}\n`);

export const hostileDocumentArb: fc.Arbitrary<string> = fc.oneof(
  deepMix,
  deepBlock,
  anchors,
  aliases,
  longLine,
  prototypeKeys,
  hedges,
);

/** Several hostile documents in a row (each opened or changed to, in one process). */
export const hostileSequenceArb = fc.array(hostileDocumentArb, { minLength: 2, maxLength: 5 });
