// Quick-fix safety as a property: break a policy at random (delete lines, misspell keys and values, drop
// sections), then every fix offered must change only its own range, keep every comment, leave YAML that parses,
// and remove one instance of the diagnostic it targets without adding another.
import fc from 'fast-check';
import { analyzeText } from '../../server/src/core/analysis';
import { fixesFor } from '../../server/src/service/codeActions';
import { validate } from '../../server/src/rules/check';
import { applyEdits } from '../support/edits';
import { SEEDS } from './inProcess';

const breakArb = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('drop-line' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
    fc.record({ kind: fc.constant('typo' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  ),
  { minLength: 1, maxLength: 6 },
);

function breakPolicy(text: string, changes: { kind: 'drop-line' | 'typo'; at: number }[]): string {
  let lines = text.split('\n');
  for (const c of changes) {
    const i = Math.floor(c.at * lines.length);
    if (c.kind === 'drop-line') lines = lines.filter((_, j) => j !== i);
    else lines[i] = (lines[i] ?? '').replace(/([a-z]{3,})/, (w) => w.slice(0, 1) + w.slice(2)); // drop a letter
  }
  return lines.join('\n');
}

export function fuzzQuickFixes(options: { numRuns: number; seed?: number }) {
  let fixesChecked = 0;
  fc.assert(
    fc.property(fc.integer({ min: 0, max: SEEDS.length - 1 }), breakArb, (seedIndex, changes) => {
      const text = breakPolicy(SEEDS[seedIndex], changes);
      const analysis = analyzeText(text);
      const problems = validate(analysis);
      const comments = text.match(/(^|\s)#.*$/gm) ?? [];
      for (const problem of problems) {
        for (const fix of fixesFor(analysis, problem)) {
          fixesChecked++;
          const fixed = applyEdits(text, fix.edits);
          const label = `${problem.rule} "${fix.title}"`;
          const first = Math.min(...fix.edits.map((e) => e.span.start));
          const last = Math.max(...fix.edits.map((e) => e.span.end));
          if (fixed.slice(0, first) !== text.slice(0, first)) throw new Error(`${label} changed text before its range`);
          if (fixed.slice(fixed.length - (text.length - last)) !== text.slice(last))
            throw new Error(`${label} changed text after its range`);
          for (const c of comments) if (!fixed.includes(c.trim())) throw new Error(`${label} lost a comment: ${c}`);
          const after = validate(analyzeText(fixed));
          // A policy that parsed must still parse; one that did not is judged on the other properties only.
          const parsedBefore = !problems.some((p) => p.rule === 'yaml-syntax');
          if (parsedBefore && after.some((p) => p.rule === 'yaml-syntax'))
            throw new Error(`${label} broke the YAML:\n${fixed}`);
          // Its own diagnostic goes; fixing may reveal others of the same rule (a renamed section's keys are
          // checked once it is known), so the count is of this diagnostic's message.
          const count = (ps: typeof problems) =>
            ps.filter((p) => p.rule === problem.rule && p.message === problem.message).length;
          if (count(after) >= count(problems)) throw new Error(`${label} did not remove its diagnostic:\n${fixed}`);
        }
      }
    }),
    { numRuns: options.numRuns, seed: options.seed },
  );
  return { fixesChecked };
}
