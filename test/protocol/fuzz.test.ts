// A small, fixed-seed slice of the fuzzers over LSP stdio, against the bundled server (the long run is `npm run fuzz`).
import { describe, it } from 'node:test';
import { fuzzHostileOverLsp } from '../fuzz/hostileOverLsp';
import { fuzzOverLsp } from '../fuzz/overLsp';

describe('fuzzing slice, over LSP', () => {
  it('the bundled server stays up and answers every request over stdio (8 sequences)', async () => {
    await fuzzOverLsp({ numRuns: 8, seed: 4242 });
  });
  it('mixed hostile documents one after the other in one server (3 sequences)', async () => {
    await fuzzHostileOverLsp({ numRuns: 3, seed: 4242 });
  });
});
