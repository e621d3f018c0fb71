// A small, fixed-seed slice of the fuzzers (the long run is `npm run fuzz`).
import { describe, it } from 'node:test';
import { fuzzHostileOverLsp } from '../fuzz/hostileOverLsp';
import { fuzzInProcess } from '../fuzz/inProcess';
import { fuzzOverLsp } from '../fuzz/overLsp';
import { fuzzQuickFixes } from '../fuzz/quickFixes';

describe('fuzzing slice', () => {
  it('the language service survives random edits and requests (60 sequences)', () => {
    fuzzInProcess({ numRuns: 60, seed: 4242 });
  });
  it('quick fixes on randomly broken policies stay minimal and remove their diagnostic (25 policies)', () => {
    fuzzQuickFixes({ numRuns: 25, seed: 4242 });
  });
  it('the bundled server stays up and answers every request over stdio (8 sequences)', async () => {
    await fuzzOverLsp({ numRuns: 8, seed: 4242 });
  });
  it('mixed hostile documents one after the other in one server (3 sequences)', async () => {
    await fuzzHostileOverLsp({ numRuns: 3, seed: 4242 });
  });
});
