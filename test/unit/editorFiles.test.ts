// The files VS Code reads directly: snippets, grammar and generated schema stay correct and in sync.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { grammar } from '../../scripts/generate';
import { buildJsonSchema } from '../../server/src/schema/jsonSchema';
import { analyzeText } from '../../server/src/service/analysis';
import { validate } from '../../server/src/service/validation';

const root = resolve(__dirname, '../..');
const snippets = JSON.parse(readFileSync(resolve(root, 'snippets/privacy-policy.code-snippets.json'), 'utf8')) as Record<string, { body: string[] }>;

/** Expands a snippet as VS Code would with every placeholder left at its default (first choice). */
function expand(body: string[]): string {
  const defaults = new Map<string, string>();
  let text = body.join('\n');
  text = text.replace(/\$\{CURRENT_YEAR\}/g, '2025').replace(/\$\{CURRENT_MONTH\}/g, '01').replace(/\$\{CURRENT_DATE\}/g, '15');
  text = text.replace(/\$\{(\d+)\|([^,|}]*)[^}]*\|\}/g, (_, n, first) => (defaults.set(n, first), first));
  for (let i = 0; i < 3; i++) text = text.replace(/\$\{(\d+):([^{}]*)\}/g, (_, n, value) => (defaults.set(n, value), value));
  return text.replace(/\$\{(\d+)\}/g, (_, n) => defaults.get(n) ?? '').replace(/\$0/g, '');
}

describe('snippets', () => {
  it('the new-policy skeleton passes every error-level rule with its placeholders filled', () => {
    const text = expand(snippets['New privacy policy'].body);
    const errors = validate(analyzeText(text)).filter((p) => p.severity === 'error');
    assert.deepEqual(errors.map((e) => `${e.rule}: ${e.message}`), []);
  });
  for (const [name, snippet] of Object.entries(snippets)) {
    it(`'${name}' expands to valid YAML`, () => {
      const problems = validate(analyzeText(expand(snippet.body))).filter((p) => p.rule === 'yaml-syntax');
      assert.deepEqual(problems, []);
    });
  }
});

describe('generated files', () => {
  it('the TextMate grammar is up to date with the vocabulary and its regexes compile', () => {
    const committed = JSON.parse(readFileSync(resolve(root, 'syntaxes/privacy-policy.tmLanguage.json'), 'utf8'));
    assert.deepEqual(committed, JSON.parse(JSON.stringify(grammar())), 'run npm run build to regenerate syntaxes/');
    const regexes: string[] = [];
    JSON.stringify(committed, (key, value) => ((key === 'match' || key === 'begin' || key === 'end') && typeof value === 'string' ? (regexes.push(value), value) : value));
    for (const source of regexes) assert.doesNotThrow(() => new RegExp(source.replace(/\(\?<=\^\|\\s\)/, '(?<=^|\\s)')), source);
    assert.ok(regexes.length > 10);
  });
  it('the JSON Schema is up to date', () => {
    const committed = JSON.parse(readFileSync(resolve(root, 'schema/privacy-policy.schema.json'), 'utf8'));
    assert.deepEqual(committed, JSON.parse(JSON.stringify(buildJsonSchema())), 'run npm run build to regenerate schema/');
  });
});
