// `npm run fuzz`: the long, bounded fuzzing run. Prints how many sequences ran and how long it took.
import { fuzzForms } from './forms';
import { fuzzHostileOverLsp } from './hostileOverLsp';
import { fuzzInProcess } from './inProcess';
import { fuzzOverLsp } from './overLsp';
import { fuzzQuickFixes } from './quickFixes';

const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const runs = Number(process.env.FUZZ_RUNS ?? 1500);

(async () => {
  console.log(`fuzz seed ${seed} (repeat a failure with FUZZ_SEED=${seed})`);
  const a = fuzzInProcess({ numRuns: runs, seed });
  console.log(`in process: ${a.sequences} sequences in ${(a.ms / 1000).toFixed(1)} s, no property violated`);
  const q = fuzzQuickFixes({ numRuns: Math.round(runs / 5), seed });
  console.log(`quick-fix safety: ${Math.round(runs / 5)} broken policies, ${q.fixesChecked} fixes applied and checked`);
  const f = fuzzForms({ numRuns: Math.round(runs / 3), seed });
  console.log(`v1.3 forms, valid and hostile values: ${f.documents} policies through every layer, no internal error`);
  const b = await fuzzOverLsp({ numRuns: Math.max(20, Math.round(runs / 15)), seed });
  console.log(
    `over LSP stdio: ${b.sequences} sequences, ${b.requests} requests in ${(b.ms / 1000).toFixed(1)} ` +
      `s, server alive, no error logged`,
  );
  console.log(`slowest answer of each kind over LSP:\n${b.timings.summary()}`);
  const h = await fuzzHostileOverLsp({ numRuns: Math.max(10, Math.round(runs / 30)), seed });
  console.log(
    `hostile documents in one server: ${h.sequences} sequences, ${h.requests} requests in ${(h.ms / 1000).toFixed(1)} ` +
      `s, slowest answer ${h.slowest.toFixed(0)} ms, server alive, no error logged`,
  );
  console.log(`slowest answer of each kind on hostile documents:\n${h.timings.summary()}`);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
