// Every quick fix offered on the examples and fixtures is minimal and does what it says:
// it removes its diagnostic, leaves valid YAML, and keeps every other line (comments included).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeText } from '../../server/src/core/analysis';
import { fixesFor } from '../../server/src/service/codeActions';
import { validate } from '../../server/src/rules/check';
import { applyEdits } from '../support/edits';

const root = resolve(__dirname, '../..');
const files = [
  ...readdirSync(resolve(root, 'examples'))
    .filter((f) => f.endsWith('.privacy.yaml'))
    .map((f) => resolve(root, 'examples', f)),
  resolve(root, 'test/fixtures/broken-for-fixes.privacy.yaml'),
  resolve(root, 'test/fixtures/broken-for-fixes-indirect.privacy.yaml'),
];

/** Every rule whose docs/rules/ row names a fix; the files above must exercise each. */
const RULES_WITH_FIXES = [
  'unknown-key',
  'invalid-value',
  'missing-field',
  'unknown-reference',
  'unused-definition',
  'missing-controller-contact',
  'missing-dpo',
  'missing-legal-basis',
  'missing-legitimate-interest',
  'missing-special-category-condition',
  'missing-law-reference',
  'missing-retention',
  'vague-retention',
  'missing-transfer-safeguard',
  'invalid-adequacy',
  'missing-transfer-copy',
  'missing-authority',
  'missing-source',
  'missing-provision',
  'missing-automated-decisions',
  'restriction-without-law',
  'generic-recipient',
  'transfer-without-destination',
  'missing-consequence',
  'consent-tied-to-contract',
  'unrestrictable-right',
  'deprecated-exclude',
  'invalid-response-time',
];

describe('quick fixes on real policies', () => {
  it('the test policies exercise a fix of every rule that has one', () => {
    const covered = new Set<string>();
    for (const file of files) {
      const analysis = analyzeText(readFileSync(file, 'utf8'));
      for (const p of validate(analysis)) if (fixesFor(analysis, p).length > 0) covered.add(p.rule);
    }
    assert.deepEqual(
      RULES_WITH_FIXES.filter((r) => !covered.has(r)),
      [],
    );
  });

  for (const file of files) {
    it(`${file.replace(`${root}/`, '')}: every fix removes its diagnostic and changes nothing else`, () => {
      const text = readFileSync(file, 'utf8');
      const analysis = analyzeText(text);
      const problems = validate(analysis);
      let checked = 0;
      for (const problem of problems) {
        for (const fix of fixesFor(analysis, problem)) {
          checked++;
          const fixed = applyEdits(text, fix.edits);
          const after = validate(analyzeText(fixed));
          const label = `${problem.rule} at ${problem.span.start} — "${fix.title}"`;
          assert.ok(!after.some((p) => p.rule === 'yaml-syntax'), `${label} broke the YAML:\n${fixed}`);
          const count = (ps: typeof problems) => ps.filter((p) => p.rule === problem.rule).length;
          assert.ok(count(after) < count(problems), `${label} did not remove its diagnostic`);
          // Lines outside the edit are untouched: the text before the first edit and after the last is identical.
          const first = Math.min(...fix.edits.map((e) => e.span.start));
          const last = Math.max(...fix.edits.map((e) => e.span.end));
          assert.equal(fixed.slice(0, first), text.slice(0, first), `${label} changed text before its range`);
          assert.equal(
            fixed.slice(fixed.length - (text.length - last)),
            text.slice(last),
            `${label} changed text after its range`,
          );
          for (const comment of text.match(/#.*$/gm) ?? [])
            assert.ok(fixed.includes(comment), `${label} lost the comment ${comment}`);
        }
      }
      assert.ok(checked > 0, 'no fix was offered at all');
    });
  }
});

describe('quick-fix regressions found by the fuzzer', () => {
  it('a section added to an indented root mapping uses the root indentation', () => {
    const text =
      '  policy:\n    title: T\n    effective: 2025-01-01\n  controller:\n    name: C\n    address: A\n ' +
      '   email: a@b.be\n';
    const analysis = analyzeText(text);
    const problem = validate(analysis).find((p) => p.rule === 'missing-authority')!;
    const stub = fixesFor(analysis, problem).find((f) => /placeholder/.test(f.title))!;
    const fixed = applyEdits(text, stub.edits);
    assert.match(fixed, /\n {2}authority:\n {4}name: <name of the supervisory authority>\n/);
    assert.ok(!validate(analyzeText(fixed)).some((p) => p.rule === 'yaml-syntax' || p.rule === 'missing-authority'));
  });
  it('a document that does not parse gets only in-place replacements, never insertions', () => {
    const text = 'policy:\n  title: T\n  colection: both\n  bad: [unclosed\ncontroller:\n  name: C\n';
    const analysis = analyzeText(text);
    const fixes = validate(analysis).flatMap((p) => fixesFor(analysis, p));
    assert.ok(
      fixes.every((f) => f.edits.every((e) => e.span.end > e.span.start && !e.newText.includes('\n'))),
      JSON.stringify(fixes.map((f) => f.title)),
    );
  });
});
