// The rule reference stays true: every "Reported" example triggers its rule, every "Fixed" one does not,
// and every rule has a page.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { RULES } from '../../server/src/rules';
import { analyzeText } from '../../server/src/core/analysis';
import { validate } from '../../server/src/rules/check';
import { evidenceFromHarText } from '../../server/src/reconcile/evidence';

const DOCS = resolve(__dirname, '../../docs/rules');

function example(page: string, heading: 'Reported' | 'Fixed'): string | undefined {
  const m = new RegExp(`### ${heading}\\n\`\`\`yaml\\n([\\s\\S]*?)\`\`\``).exec(page);
  return m?.[1];
}

describe('rule documentation', () => {
  for (const rule of RULES) {
    it(`${rule.id}: has a page whose examples behave as documented`, () => {
      const file = resolve(DOCS, `${rule.id}.md`);
      assert.ok(existsSync(file), `docs/rules/${rule.id}.md is missing`);
      const page = readFileSync(file, 'utf8');
      assert.match(
        page,
        new RegExp(
          `\\*\\*Default severity:\\*\\* ${rule.severity === 'information' ? 'info(rmation)?' : rule.severity}`,
        ),
      );
      const reported = example(page, 'Reported');
      const fixed = example(page, 'Fixed');
      if (reported === undefined || fixed === undefined) {
        // No YAML can trigger these two: one needs a file over 5 MB, the other an incomplete catalogue of
        // generated text (and every catalogue that ships is complete).
        assert.ok(
          ['document-too-large'].includes(rule.id),
          `only document-too-large may describe its example in words (${rule.id})`,
        );
        return;
      }
      // Examples are excerpts, so other sections may be missing: judge only this rule's findings, and require
      // the fix to remove one of them without adding any.
      // The reconciliation rules judge a policy against a recording: their pages give it as a HAR excerpt.
      const recording = /### Recording\n```json\n([\s\S]*?)```/.exec(page)?.[1];
      const evidence = recording === undefined ? undefined : evidenceFromHarText(recording, 'site.har');
      const findings = (text: string) =>
        validate(analyzeText(text), {}, evidence)
          .filter((p) => p.rule === rule.id)
          .map((p) => p.message);
      const before = findings(reported);
      const after = findings(fixed);
      assert.ok(before.length > 0, `the "Reported" example of ${rule.id} does not trigger it`);
      assert.ok(
        after.length < before.length && after.every((m) => before.includes(m)),
        `the "Fixed" example of ${rule.id} still triggers it: ${after.join(' | ')}`,
      );
    });
  }
  // Statements a legal reading of the rule pages and messages found wrong; each stays out of them.
  it('states none of the corrected errors of law in a page or a rule module', () => {
    const wrong: [RegExp, string][] = [
      [/Code of Companies and Associations, art\. III\./, 'art. III.x is in the Code of Economic Law'],
      [/Law of 30 July 2018, art\. 11\b/, 'art. 11 concerns data from the authorities of its Title 3, not tax files'],
      [/national exemption|may add exemptions/i, 'the exemptions of ePrivacy Art 5(3) are closed'],
      [/age that applies to you/, "the controller's state's age is one candidate (EDPB Guidelines 05/2020, para 131)"],
      [/only a manifestly unfounded or excessive request may be refused/, 'a right has its own conditions'],
    ];
    const rulesDir = resolve(__dirname, '../../server/src/rules');
    const files = [
      ...readdirSync(DOCS).map((f) => resolve(DOCS, f)),
      ...readdirSync(rulesDir).map((f) => resolve(rulesDir, f)),
    ];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const [pattern, why] of wrong) assert.doesNotMatch(text, pattern, `${file}: ${why}`);
    }
  });

  it('the index lists every rule', () => {
    const index = readFileSync(resolve(DOCS, 'README.md'), 'utf8');
    for (const rule of RULES)
      assert.ok(index.includes(`${rule.id}.md`), `docs/rules/README.md does not link ${rule.id}`);
  });
});

describe('docs/language.md', () => {
  it('its complete minimal policy passes every rule, as the page says', () => {
    const page = readFileSync(resolve(__dirname, '../../docs/language.md'), 'utf8');
    const section = page.slice(page.indexOf('## A complete minimal policy'));
    assert.match(section, /This policy passes every rule/);
    const policy = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    assert.deepEqual(
      validate(analyzeText(policy)).map((p) => `${p.rule}: ${p.message}`),
      [],
    );
  });
});

describe('README', () => {
  const root = resolve(__dirname, '../..');
  const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
  const tree = /## Contributing\n\n```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  /** The folders the tree names: top-level ones at column 0 (`name/`), nested ones under their parent. */
  const named = new Set<string>();
  let parent = '';
  for (const line of tree.split('\n')) {
    const top = /^((?:[\w.-]+\/\s*)+)/.exec(line);
    if (top) {
      const folders = top[1].trim().split(/\s+/);
      for (const f of folders) named.add(f.replace(/\/$/, ''));
      parent = folders.length === 1 ? folders[0] : '';
      continue;
    }
    const nested = /^ {2}([\w-]+)\/\s/.exec(line);
    if (nested && parent) named.add(`${parent}${nested[1]}`);
  }

  it('the contributing tree names only folders that exist', () => {
    assert.ok(named.size > 15, `parsed ${named.size} folders from the tree`);
    for (const folder of named)
      assert.ok(existsSync(resolve(root, folder)), `README names ${folder}/, which does not exist`);
  });

  it('the contributing tree names every source folder', () => {
    const folders = (dir: string) =>
      readdirSync(resolve(root, dir), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => `${dir}/${e.name}`);
    const expected = [
      ...folders('server/src'),
      ...folders('client/src'),
      ...folders('test').filter((f) => !/fixtures|support|golden/.test(f)),
      'scripts',
      'bench',
      'docs',
      'examples',
      'media',
      'syntaxes',
      'schema',
      'snippets',
    ];
    for (const folder of expected)
      assert.ok(named.has(folder), `README's contributing tree does not mention ${folder}/`);
  });

  it('refers to no file outside the repository and to no SPEC file', () => {
    assert.doesNotMatch(readme, /\bSPEC\b|\/work\//);
    for (const [, target] of readme.matchAll(/\]\(((?!https?:|#)[^)#]+)(?:#[^)]*)?\)/g))
      assert.ok(existsSync(resolve(root, target)), `README links to ${target}, which does not exist`);
  });
});
