// A small, fixed-seed slice of the in-process fuzzers (the long run is `npm run fuzz`; the slice over LSP is
// test/protocol/fuzz.test.ts).
import { describe, it } from 'node:test';
import { fuzzForms } from '../fuzz/forms';
import { fuzzInProcess } from '../fuzz/inProcess';
import { fuzzQuickFixes } from '../fuzz/quickFixes';

describe('fuzzing slice, in process', () => {
  it('the language service survives random edits and requests (60 sequences)', () => {
    fuzzInProcess({ numRuns: 60, seed: 4242 });
  });
  it('quick fixes on randomly broken policies stay minimal and remove their diagnostic (25 policies)', () => {
    fuzzQuickFixes({ numRuns: 25, seed: 4242 });
  });
  it('the v1.3 forms with valid and hostile values pass every layer without an internal error (40 policies)', () => {
    fuzzForms({ numRuns: 40, seed: 4242 });
  });
});
