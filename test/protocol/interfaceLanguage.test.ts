// The interface language over stdio and on the command line (README, "Settings" and "Command line"): the server
// speaks the language privacyPolicy.interfaceLanguage names, else the editor's (`initialize.locale`), and switches
// when the setting changes; the CLI follows --interface-language, else the environment's locale.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import type { CodeAction, Hover, MarkupContent } from 'vscode-languageserver-types';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { built } from '../support/built';
import { startServer } from '../support/lspClient';

const VALID = readFileSync(resolve(__dirname, '../fixtures/valid.privacy.yaml'), 'utf8');
const NO_BASIS = VALID.replace('    basis: contract\n', '');
const NO_BASIS_FR = /^La finalité 'Delivering your orders' n’a pas de base juridique\. L’article 13\.1\.c\)/;
const NO_BASIS_DE = /^Der Zweck 'Delivering your orders' hat keine Rechtsgrundlage\. Art\. 13 Abs\. 1 lit\. c/;
const NO_BASIS_NL = /^Doeleinde 'Delivering your orders' heeft geen rechtsgrond\./;
const NO_BASIS_EN = /^Purpose 'Delivering your orders' has no legal basis\./;

const messageOf = (p: PublishDiagnosticsParams) => {
  const message = p.diagnostics.find((d) => d.code === 'missing-legal-basis')?.message ?? '';
  return typeof message === 'string' ? message : message.value;
};

describe('the interface language over stdio', () => {
  it('follows the setting given at start, then a change of it, for problems, hovers and fix titles', async () => {
    const client = await startServer({ initializationOptions: { interfaceLanguage: 'de' } });
    try {
      const uri = 'file:///interface/de.privacy.yaml';
      const german = client.nextDiagnostics(uri, (p) => NO_BASIS_DE.test(messageOf(p)));
      client.open(uri, NO_BASIS);
      const published = await german;
      const problem = published.diagnostics.find((d) => d.code === 'missing-legal-basis')!;

      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: problem.range,
        context: { diagnostics: [problem] },
      });
      const contract = actions.find((a) => a.title.includes("'basis: contract'"));
      assert.ok(contract, actions.map((a) => a.title).join(' | '));
      // The basis in the German version's words and citation style; the YAML it inserts as it is.
      assert.match(contract.title, /Vertrag oder vorvertragliche Maßnahmen \(Art\. 6 Abs\. 1 lit\. b DSGVO\)/);

      const french = client.nextDiagnostics(uri, (p) => NO_BASIS_FR.test(messageOf(p)));
      await client.connection.sendNotification('workspace/didChangeConfiguration', {
        settings: { privacyPolicy: { interfaceLanguage: 'fr' } },
      });
      await french;
      const line = VALID.split('\n').findIndex((l) => l === '    basis: contract');
      const other = VALID.replace('Delivering your orders', 'Delivering orders');
      client.change(uri, other, 2);
      const hover = await client.request<Hover>('textDocument/hover', {
        textDocument: { uri },
        position: { line, character: 12 },
      });
      const text = (hover.contents as MarkupContent).value;
      assert.match(text, /Contrat ou mesures précontractuelles/, text);
      assert.match(text, /article 6\.1\.b\)/, text);

      const english = client.nextDiagnostics(uri, (p) => NO_BASIS_EN.test(messageOf(p)));
      client.change(uri, NO_BASIS, 3);
      await client.connection.sendNotification('workspace/didChangeConfiguration', {
        settings: { privacyPolicy: { interfaceLanguage: 'en' } },
      });
      await english;
    } finally {
      await client.stop();
    }
  });

  it('follows the editor’s display language under `auto`, and English for a language it has no catalogue for', async () => {
    for (const [locale, expected] of [
      ['nl-BE', NO_BASIS_NL],
      ['fr', NO_BASIS_FR],
      ['ja', NO_BASIS_EN],
    ] as const) {
      const client = await startServer({ locale, initializationOptions: { interfaceLanguage: 'auto' } });
      try {
        const uri = `file:///interface/${locale}.privacy.yaml`;
        const published = client.nextDiagnostics(uri, (p) => p.diagnostics.length > 0);
        client.open(uri, NO_BASIS);
        assert.match(messageOf(await published), expected, locale);
      } finally {
        await client.stop();
      }
    }
  });
});

describe('the interface language of the CLI', () => {
  const CLI = built('dist/cli.js');
  const dir = mkdtempSync(join(tmpdir(), 'pps-interface-'));
  const file = join(dir, 'shop.privacy.yaml');
  writeFileSync(file, NO_BASIS);
  const check = (args: string[], env: Record<string, string> = {}) => {
    const { LANG: _lang, LC_ALL: _all, LC_MESSAGES: _messages, ...rest } = process.env;
    const r = spawnSync(process.execPath, [CLI, 'check', file, ...args], {
      encoding: 'utf8',
      env: { ...rest, NO_COLOR: '1', ...env },
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  it('--interface-language chooses the language of the problems and the summary', () => {
    const r = check(['--interface-language', 'de']);
    assert.equal(r.code, 1, r.err);
    assert.match(r.out, /Der Zweck 'Delivering your orders' hat keine Rechtsgrundlage/);
    assert.doesNotMatch(r.out, /has no legal basis/);
  });

  it('else the environment’s locale, else English', () => {
    assert.match(
      check([], { LANG: 'fr_BE.UTF-8' }).out,
      /La finalité 'Delivering your orders' n’a pas de base juridique/,
    );
    assert.match(check([], { LANG: 'C.UTF-8' }).out, /Purpose 'Delivering your orders' has no legal basis/);
    assert.match(check([]).out, /Purpose 'Delivering your orders' has no legal basis/);
  });

  it('refuses a language it does not have, saying which it has', () => {
    const r = check(['--interface-language', 'xx']);
    assert.equal(r.code, 2);
    assert.match(r.err, /interface-language/);
    assert.match(r.err, /en\|fr\|nl\|de|en, fr, nl, de/);
  });
});
