// fast-check generators for the fuzzers: random edits to real policies, and requests at random positions.
import fc from 'fast-check';

export type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'indent'; line: number; delta: number };

export type Request = {
  kind:
    | 'completion'
    | 'hover'
    | 'definition'
    | 'references'
    | 'rename'
    | 'highlights'
    | 'codeActions'
    | 'symbols'
    | 'folding'
    | 'diagnostics'
    | 'render';
  at: number;
};

const FRAGMENTS = [
  ': ',
  '\n',
  '  ',
  '- ',
  '[',
  ']',
  '{',
  '}',
  ', ',
  '"',
  "'",
  '#',
  '&a ',
  '*a',
  '!!js/function ',
  '<<: *a',
  '|\n',
  '>-\n',
  'basis: consent',
  'retention: as long as necessary',
  'data: [x, y]',
  '\t',
  '\r\n',
  '\u0000',
  '\uFEFF',
  '😀',
  'é',
  '---\n',
  '...\n',
  'country: US',
  'mechanism: adequacy',
  // v1.3 forms (docs/language.md), whole and cut by later edits.
  'possible: true',
  'own_collection: true',
  'all_purposes: true',
  'country: [DE, EEA]',
  'mechanism: [scc, bcr]',
  'mechanism: { eu-gdpr: scc, uk-gdpr: uk-idta }',
  'promises: [no-sale, no-transfer]',
  'effective: 2026-08',
  'minimum_age: 16',
  'special: [health, genetic]',
  'opt_out: { how: x }',
  'retention: 15 minutes',
  'roles:\n  processor_for:\n    - what: x\n      controller: y',
  'laws: { eu-gdpr: {}, uk-gdpr: {} }',
  'automated_decisions: { none: true, note: x }',
  'restrictions: [{ right: access }]',
];

/** Positions are fractions of the current length, so they stay meaningful as the document changes. */
const fraction = fc.double({ min: 0, max: 1, noNaN: true });

export const editArb: fc.Arbitrary<Edit> = fc
  .oneof(
    fc.record({
      kind: fc.constant('insert' as const),
      at: fraction,
      text: fc.oneof(
        fc.constantFrom(...FRAGMENTS),
        fc.string({ maxLength: 40 }),
        fc.string({ unit: 'binary', maxLength: 20 }),
      ),
    }),
    fc.record({ kind: fc.constant('delete' as const), at: fraction, length: fc.integer({ min: 1, max: 200 }) }),
    fc.record({ kind: fc.constant('indent' as const), at: fraction, delta: fc.constantFrom(-4, -2, -1, 1, 2, 4) }),
  )
  .map((e) => e as unknown as Edit & { at: number });

export const requestArb: fc.Arbitrary<Request> = fc.record({
  kind: fc.constantFrom(
    'completion',
    'hover',
    'definition',
    'references',
    'rename',
    'highlights',
    'codeActions',
    'symbols',
    'folding',
    'diagnostics',
    'render',
  ),
  at: fraction,
});

export const stepArb = fc.oneof(
  { arbitrary: editArb.map((edit) => ({ edit })), weight: 2 },
  { arbitrary: requestArb.map((request) => ({ request })), weight: 3 },
);

/** Applies an edit whose position is a fraction of the text length. */
export function applyEdit(text: string, edit: Edit & { at: number }): string {
  const at = Math.floor(edit.at * text.length);
  if (edit.kind === 'insert') return text.slice(0, at) + (edit as { text: string }).text + text.slice(at);
  if (edit.kind === 'delete') return text.slice(0, at) + text.slice(at + (edit as { length: number }).length);
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const delta = (edit as { delta: number }).delta;
  if (delta > 0) return text.slice(0, lineStart) + ' '.repeat(delta) + text.slice(lineStart);
  const spaces = /^ */.exec(text.slice(lineStart))![0].length;
  return text.slice(0, lineStart) + text.slice(lineStart + Math.min(spaces, -delta));
}
