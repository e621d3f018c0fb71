// The v1.3 forms (docs/language.md) through the bundled CLI and the language server over stdio, both ways: each form
// accepted without a shape error, and each rejection with its rule, a message that says what to write, and a range
// on the offending key or value (test/support/formCases.ts, the cases the JSON Schema test also uses). Then the
// editing features, `diff`, the exports and the notice on a policy that uses every form.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionList, Diagnostic, DocumentSymbol, Hover, MarkupContent } from 'vscode-languageserver-types';
import { diagnosticMessage } from '../../server/src/service/languageService';
import { built } from '../support/built';
import { caseText, FORM_CASES, type FormCase } from '../support/formCases';
import { startServer, type TestClient } from '../support/lspClient';

const CLI = built('dist/cli.js');
/** The rules about the shape of a form (the rules about meaning are judged in test/unit). */
const SHAPE = new Set([
  'yaml-syntax',
  'unknown-key',
  'invalid-value',
  'duplicate-key',
  'missing-field',
  'missing-controller-contact',
  'missing-retention',
  'restriction-without-law',
]);

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    cwd,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const fileName = (c: FormCase, i: number) => `${String(i).padStart(2, '0')}-${c.accepted ? 'ok' : 'bad'}.privacy.yaml`;
const dir = mkdtempSync(join(tmpdir(), 'pps-forms-'));
FORM_CASES.forEach((c, i) => writeFileSync(join(dir, fileName(c, i)), caseText(c)));

interface JsonDiagnostic {
  code: string;
  severity: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** The text a range covers. */
function covered(text: string, range: JsonDiagnostic['range']): string {
  const doc = TextDocument.create('x', 'x', 1, text);
  return text.slice(doc.offsetAt(range.start), doc.offsetAt(range.end));
}

/** Accepted: no shape error. Rejected: the case's rule, with its words, on the offending key or value. */
function judge(c: FormCase, text: string, diagnostics: JsonDiagnostic[]): void {
  const errors = diagnostics.filter((d) => d.severity === 'error' && SHAPE.has(d.code));
  if (c.accepted) {
    assert.deepEqual(
      errors.map((d) => `${d.code}: ${d.message}`),
      [],
      `${c.form} should be accepted`,
    );
    return;
  }
  const found = diagnostics.find((d) => d.code === c.rule);
  assert.ok(
    found,
    `${c.form}: ${c.rule} expected, got ${diagnostics.map((d) => `${d.code}: ${d.message}`).join(' | ')}`,
  );
  assert.equal(found.severity, 'error', `${c.form}: ${c.rule} is an error`);
  assert.match(found.message, c.message!);
  const at = covered(text, found.range);
  assert.ok(at.includes(c.at!) || c.at!.includes(at), `${c.form}: the range covers '${at}', not '${c.at}'`);
}

describe('the v1.3 forms through the CLI', () => {
  const run = cli(['check', '--format', 'json', '.'], dir);
  const report = JSON.parse(run.out) as { file: string; diagnostics: JsonDiagnostic[] }[];

  it('checks the folder of forms: exit 1, because some forms are rejected', () => {
    assert.equal(run.code, 1, run.err);
    assert.equal(report.length, FORM_CASES.length);
  });

  FORM_CASES.forEach((c, i) => {
    it(`${c.form}: ${c.accepted ? 'accepted' : `rejected with ${c.rule}`}`, () => {
      const entry = report.find((r) => r.file.endsWith(fileName(c, i)))!;
      judge(c, caseText(c), entry.diagnostics);
    });
  });

  it('a rejected promise is located as file:line:column in the text report, with the nearest id', () => {
    const i = FORM_CASES.findIndex((c) => c.form === 'promises' && c.at === 'no-sales');
    const text = cli(['check', fileName(FORM_CASES[i], i)], dir);
    assert.equal(text.code, 1);
    assert.match(text.out, new RegExp(`${fileName(FORM_CASES[i], i)}:\\d+:\\d+ .*error.*Did you mean 'no-sale'\\?`));
  });
});

describe('the v1.3 forms through the language server', () => {
  let client: TestClient;
  before(async () => {
    client = await startServer({ env: { PRIVACY_POLICY_DEBOUNCE_MS: '10' } });
  });
  after(() => client.stop());

  FORM_CASES.forEach((c, i) => {
    it(`${c.form}: ${c.accepted ? 'accepted' : `rejected with ${c.rule}`}, as published diagnostics`, async () => {
      const uri = `file:///forms/${fileName(c, i)}`;
      const text = caseText(c);
      const published = client.nextDiagnostics(uri);
      client.open(uri, text);
      const { diagnostics } = await published;
      const severity = ['', 'error', 'warning', 'information', 'hint'];
      judge(
        c,
        text,
        diagnostics.map((d: Diagnostic) => ({
          code: String(d.code),
          severity: severity[d.severity ?? 1],
          message: diagnosticMessage(d),
          range: d.range,
        })),
      );
      for (const d of diagnostics) assert.equal(d.source, 'privacy-policy');
    });
  });

  const all = caseText({
    patch: FORM_CASES.filter((c) => c.accepted && !/notice-wide|without type|one contact/.test(c.form)).flatMap(
      (c) => c.patch,
    ),
  });

  it('completes the promise ids and the law ids, and explains a promise on hover, over stdio', async () => {
    const text = `${all}promises:\n  - no-sale\n  - \n`;
    const uri = 'file:///forms/completion.privacy.yaml';
    client.open(uri, text);
    const doc = TextDocument.create(uri, 'privacy-policy', 1, text);
    const list = await client.request<CompletionList>('textDocument/completion', {
      textDocument: { uri },
      position: doc.positionAt(text.length - 1),
    });
    assert.deepEqual(
      list.items.map((i) => i.label),
      ['no-sharing-for-advertising', 'no-transfer', 'no-profiling', 'no-special-categories'],
    );
    const hover = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: doc.positionAt(text.lastIndexOf('no-sale') + 3),
    });
    assert.match(
      (hover.contents as MarkupContent).value,
      /We do not sell personal data\*\* — Art 5\(1\)\(a\), 12\(1\)/,
    );
  });

  it('outlines the new sections of a policy that uses every form', async () => {
    const uri = 'file:///forms/all.privacy.yaml';
    client.open(uri, all);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const names = (section: string) => symbols.find((s) => s.name === section)?.children?.map((c) => c.name) ?? [];
    assert.deepEqual(names('roles'), ['Processor for our customers']);
    assert.ok(names('laws').includes('EU GDPR'), names('laws').join());
    assert.ok(names('promises').length >= 1);
  });
});

describe('diff, export and render of the v1.3 forms through the CLI', () => {
  const before = caseText({ patch: [[['promises'], ['no-sale']]] });
  const after = caseText({
    patch: [
      [['purposes', 'orders', 'opt_out'], { how: 'Use the unsubscribe link.' }],
      [['roles'], { processor_for: [{ what: 'Databases', controller: 'our customers' }] }],
    ],
  });
  const work = mkdtempSync(join(tmpdir(), 'pps-forms-diff-'));
  writeFileSync(join(work, 'old.privacy.yaml'), before);
  writeFileSync(join(work, 'new.privacy.yaml'), after);

  it('diff: a withdrawn promise is told first, with its reason; a new opt-out and processor role are material', () => {
    const text = cli(['diff', 'old.privacy.yaml', 'new.privacy.yaml'], work);
    assert.equal(text.code, 0, text.err);
    assert.match(
      text.out,
      /^INFORM FIRST {2}The notice no longer says: We do not sell personal data\.\n {14}A commitment/m,
    );
    const json = JSON.parse(cli(['diff', '--format', 'json', 'old.privacy.yaml', 'new.privacy.yaml'], work).out) as {
      kind: string;
      impact: string;
      reason?: string;
    }[];
    assert.deepEqual(json.map((c) => `${c.kind}:${c.impact}`).sort(), [
      'opt-out-added:material',
      'processor-role-added:material',
      'promise-removed:inform-before-processing',
    ]);
    assert.match(json.find((c) => c.kind === 'promise-removed')!.reason!, /Art 5\(1\)\(a\)/);
  });

  it('export: DPV JSON-LD with the processor role and the opt-out; the record with its Art 30(2) row', () => {
    const dpv = cli(['export', '--format', 'dpv', 'new.privacy.yaml'], work);
    assert.equal(dpv.code, 0, dpv.err);
    const graph = (JSON.parse(dpv.out) as { '@graph': Record<string, unknown>[] })['@graph'];
    assert.ok(graph.some((n) => n.hasDataProcessor && String(n['@id']).includes('processor-for')));
    assert.ok(
      graph.some((n) => (n.hasEntityInvolvement as { '@type'?: string })?.['@type'] === 'dpv:OptingOutFromProcess'),
    );
    const ropa = cli(['export', '--format', 'ropa', 'new.privacy.yaml'], work);
    assert.match(ropa.out, /^Purpose id,.*,Record\r\n/);
    assert.match(ropa.out, /processor-for-1,our customers,.*Art 30\(2\): processor — Example Books B\.V\./);
  });

  it('render: the notice of a policy that uses every form is written (exit 0)', () => {
    writeFileSync(
      join(work, 'all.privacy.yaml'),
      caseText({ patch: FORM_CASES.filter((c) => c.accepted).flatMap((c) => c.patch) }),
    );
    const r = cli(['render', 'all.privacy.yaml'], work);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^<!doctype html>/i);
  });
});
