// The files VS Code reads directly: snippets, grammar and generated schema stay correct and in sync.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { generatedFiles } from '../../scripts/generate';
import { RETIRED_RULE_IDS, RULES } from '../../server/src/rules';
import { SEVERITY_SETTINGS } from '../../server/src/core/problem';
import { LANGUAGE_ID } from '../../server/src/protocol/constants';
import { analyzeText } from '../../server/src/core/analysis';
import { validate } from '../../server/src/rules/check';

const root = resolve(__dirname, '../..');
const snippets = JSON.parse(
  readFileSync(resolve(root, 'snippets/privacy-policy.code-snippets.json'), 'utf8'),
) as Record<string, { body: string[] }>;

/** Expands a snippet as VS Code would with every placeholder left at its default (first choice). */
function expand(body: string[]): string {
  const defaults = new Map<string, string>();
  let text = body.join('\n');
  text = text
    .replace(/\$\{CURRENT_YEAR\}/g, '2025')
    .replace(/\$\{CURRENT_MONTH\}/g, '01')
    .replace(/\$\{CURRENT_DATE\}/g, '15');
  text = text.replace(/\$\{(\d+)\|([^,|}]*)[^}]*\|\}/g, (_, n, first) => (defaults.set(n, first), first));
  for (let i = 0; i < 3; i++)
    text = text.replace(/\$\{(\d+):([^{}]*)\}/g, (_, n, value) => (defaults.set(n, value), value));
  return text.replace(/\$\{(\d+)\}/g, (_, n) => defaults.get(n) ?? '').replace(/\$0/g, '');
}

describe('snippets', () => {
  it('the new-policy skeleton passes every error-level rule with its placeholders filled', () => {
    const text = expand(snippets['New privacy policy'].body);
    const errors = validate(analyzeText(text)).filter((p) => p.severity === 'error');
    assert.deepEqual(
      errors.map((e) => `${e.rule}: ${e.message}`),
      [],
    );
  });
  for (const [name, snippet] of Object.entries(snippets)) {
    it(`'${name}' expands to valid YAML`, () => {
      const problems = validate(analyzeText(expand(snippet.body))).filter((p) => p.rule === 'yaml-syntax');
      assert.deepEqual(problems, []);
    });
  }
});

// The build never writes these files (only `npm run generate` does), so what is compared here is what is committed.
describe('generated files', () => {
  const fresh = generatedFiles();
  for (const [path, text] of Object.entries(fresh)) {
    it(`${path} is up to date with the code that generates it`, () => {
      assert.equal(
        readFileSync(resolve(root, path), 'utf8'),
        text,
        `${path} is out of date: run npm run generate and commit the result`,
      );
    });
  }

  it('the TextMate grammar regexes compile', () => {
    const committed = JSON.parse(readFileSync(resolve(root, 'syntaxes/privacy-policy.tmLanguage.json'), 'utf8'));
    const regexes: string[] = [];
    JSON.stringify(committed, (key, value) =>
      (key === 'match' || key === 'begin' || key === 'end') && typeof value === 'string'
        ? (regexes.push(value), value)
        : value,
    );
    for (const source of regexes)
      assert.doesNotThrow(() => new RegExp(source.replace(/\(\?<=\^\|\\s\)/, '(?<=^|\\s)')), source);
    assert.ok(regexes.length > 10);
  });
});

describe('package.json', () => {
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  // The contributions' words are `%key%`s of package.nls.json (the English; package.nls.<lang>.json the others).
  const nls = JSON.parse(readFileSync(resolve(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
  const said = (text: string) => text.replace(/^%(.+)%$/, (whole, key: string) => nls[key] ?? whole);

  it('the privacyPolicy.rules setting offers every rule id and every level, and nothing else', () => {
    const setting = pkg.contributes.configuration.properties['privacyPolicy.rules'];
    assert.equal(setting.scope, 'resource');
    // The retired ids are still accepted, marked deprecated with the id that replaced them.
    assert.deepEqual(
      Object.keys(setting.properties).sort(),
      [...RULES.map((r) => r.id), ...Object.keys(RETIRED_RULE_IDS)].sort(),
    );
    for (const [old, now] of Object.entries(RETIRED_RULE_IDS))
      assert.match(said(setting.properties[old].deprecationMessage), new RegExp(`'${now}'`));
    for (const property of Object.values<{ enum: string[] }>(setting.properties))
      assert.deepEqual(property.enum, [...SEVERITY_SETTINGS]);
    assert.equal(setting.additionalProperties, false);
  });

  it('declares the language id the client and the server use', () => {
    assert.deepEqual(
      pkg.contributes.languages.map((l: { id: string }) => l.id),
      [LANGUAGE_ID],
    );
    assert.ok(pkg.contributes.grammars.every((g: { language: string }) => g.language === LANGUAGE_ID));
  });
});
