// The wording rules' matches over the author's free text (rules/textPatterns.ts) are kept for the texts of the last
// run and used again for texts an edit left as they were: after any edit they are the matches a fresh search finds.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeText } from '../../server/src/core/analysis';
import { compiled, matchesIn } from '../../server/src/rules/textPatterns';

const VALID = readFileSync(resolve(__dirname, '../fixtures/valid.privacy.yaml'), 'utf8');
const patterns = compiled((l) => l.impliedConsent);
const PHRASES = [
  'By continuing to browse you accept cookies.',
  'En poursuivant votre navigation, vous acceptez les cookies.',
  'Door verder te surfen, ga je akkoord.',
  'Nothing to see here.',
];

describe('text pattern matches kept between runs', () => {
  it('after each edit of a sequence, equal the matches of a fresh search (property, 60 sequences)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.nat(), phrase: fc.constantFrom(...PHRASES) }), { minLength: 1, maxLength: 6 }),
        (edits) => {
          let text = VALID;
          for (const { at, phrase } of edits) {
            // A phrase appended to one of the free texts: that text changes, the others stay.
            const texts = [...text.matchAll(/\n {4}(?:consequence|legitimate_interest): [^\n]*/g)];
            const m = texts[at % texts.length];
            const end = (m.index ?? 0) + m[0].length;
            text = `${text.slice(0, end)} ${phrase}${text.slice(end)}`;
            const model = analyzeText(text).model;
            const kept = matchesIn(model, patterns);
            // A copy of the list is another key: nothing kept for it, every text searched.
            const fresh = matchesIn(model, [...patterns]);
            assert.deepEqual(kept, fresh);
          }
        },
      ),
      { numRuns: 60, seed: 1207 },
    );
  });

  it('finds a phrase again at its new offset when text before it moved', () => {
    const text = VALID.replace(/(\n {4}consequence: [^\n]*)/, '$1 By continuing to browse you accept cookies.');
    const before = matchesIn(analyzeText(text).model, patterns);
    assert.equal(before.length, 1);
    const moved = matchesIn(analyzeText(`# a comment\n${text}`).model, patterns);
    assert.equal(moved.length, 1);
    assert.equal(moved[0].span.start, before[0].span.start + '# a comment\n'.length);
    assert.equal(moved[0].sentence, before[0].sentence);
  });
});
