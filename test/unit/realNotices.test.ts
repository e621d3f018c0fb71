// The real-notice set (test/fixtures/real/README.md): published notices of other organisations, written in the
// language. What `check` says about each is pinned per rule and severity, so that any change in what the checker says
// about real text is a visible, reviewed change of this table and of the README's classification of every diagnostic.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeText } from '../../server/src/core/analysis';
import { listedProblems } from '../../server/src/rules/check';

const DIR = resolve(__dirname, '../fixtures/real');

/** Diagnostics per notice, by `rule (severity)`; the README classifies each (8 false positives, both kinds SPEC's). */
const PINNED: Record<string, Record<string, number>> = {
  'datenanfragen.privacy.yaml': {
    'missing-dpo (warning)': 1,
    'missing-provision (warning)': 3,
    'missing-recipient-role (information)': 8,
    'missing-transfer-safeguard (error)': 1,
    'possible-processing (information)': 3,
    'unnamed-cookie (information)': 1,
  },
  'dwh-delft.privacy.yaml': {
    'missing-dpo (warning)': 1,
    'missing-field (error)': 1,
    'missing-legal-basis (error)': 1,
    'missing-provision (information)': 4,
    'missing-provision (warning)': 3,
    'missing-retention (error)': 2,
    'missing-special-category-condition (error)': 4,
    'possible-processing (information)': 1,
    'restriction-without-law (error)': 1,
    'unrestrictable-right (warning)': 1,
  },
  'element.privacy.yaml': {
    'missing-automated-decisions (warning)': 1,
    'missing-consequence (warning)': 1,
    'missing-dpo (warning)': 1,
    'missing-legal-basis (error)': 6,
    'missing-provision (warning)': 6,
    'missing-recipient-role (information)': 16,
    'missing-representative (warning)': 1,
    'missing-retention (error)': 9,
    'missing-transfer-safeguard (error)': 2,
    'possible-processing (information)': 3,
    'unnamed-cookie (information)': 1,
  },
  'good-loop-applicants.privacy.yaml': {
    'implicit-law (hint)': 1,
    'missing-complaints-route (warning)': 1,
    'missing-field (error)': 1,
    'missing-law-reference (information)': 1,
    'missing-legal-basis (error)': 2,
    'missing-recipient-role (information)': 2,
    'single-contact-form (information)': 1,
  },
  'out-of-the-books.privacy.yaml': {
    'hedge-words (information)': 1,
    'missing-automated-decisions (warning)': 1,
    'missing-dpo (warning)': 1,
    'missing-law-reference (information)': 1,
    'missing-legal-basis (error)': 1,
    'missing-provision (information)': 1,
    'missing-provision (warning)': 3,
    'missing-recipient-role (information)': 4,
    'missing-transfer-safeguard (error)': 1,
    'possible-processing (information)': 1,
    'unnamed-cookie (information)': 1,
    'vague-retention (warning)': 1,
  },
  'proxystore.privacy.yaml': {
    'missing-authority (information)': 1,
    'missing-automated-decisions (warning)': 1,
    'missing-dpo (warning)': 1,
    'missing-field (error)': 1,
    'missing-legal-basis (error)': 2,
    'missing-provision (warning)': 2,
    'missing-recipient-role (information)': 2,
  },
  'royal-free.privacy.yaml': {
    'missing-automated-decisions (warning)': 1,
    'missing-legal-basis (error)': 8,
    'missing-provision (information)': 1,
    'missing-provision (warning)': 8,
    'missing-recipient-role (information)': 5,
    'missing-special-category-condition (error)': 8,
    'possible-processing (information)': 1,
  },
  'zitadel.privacy.yaml': {
    'missing-automated-decisions (warning)': 1,
    'missing-law-reference (information)': 1,
    'missing-legal-basis (error)': 2,
    'missing-provision (information)': 2,
    'missing-provision (warning)': 4,
    'missing-recipient-role (information)': 3,
    'missing-source (error)': 1,
    'possible-processing (information)': 2,
    'unnamed-cookie (information)': 6,
    'vague-retention (warning)': 1,
  },
};

/** What `check` reports for one notice, counted as the table counts it. */
function counted(file: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const p of listedProblems(analyzeText(readFileSync(resolve(DIR, file), 'utf8')))) {
    const key = `${p.rule} (${p.severity})`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

describe('the real-notice set (test/fixtures/real)', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.privacy.yaml'));

  it('pins every notice of the set', () => {
    assert.deepEqual(files.sort(), Object.keys(PINNED).sort());
  });

  for (const file of files)
    it(`${file}: the checker says what the README classifies, rule by rule`, () => {
      assert.deepEqual(counted(file), PINNED[file]);
    });

  it('the README states the same totals', () => {
    const readme = readFileSync(resolve(DIR, 'README.md'), 'utf8');
    const total = Object.values(PINNED)
      .flatMap((c) => Object.values(c))
      .reduce((a, b) => a + b, 0);
    assert.match(readme, new RegExp(`\\| \\*\\*total\\*\\* \\| \\*\\*${total}\\*\\* \\|`));
    for (const [file, counts] of Object.entries(PINNED)) {
      const n = Object.values(counts).reduce((a, b) => a + b, 0);
      assert.match(readme, new RegExp(`### \`${file.replace(/\./g, '\\.')}\`\\n\\n${n} diagnostics:`), file);
    }
  });
});
