// The workspace's problems in process (service/workspaceProblems.ts), over files in memory: what is analysed, when,
// and that document work goes first.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeText } from '../../server/src/core/analysis';
import { NOT_CANCELLED } from '../../server/src/core/cancellation';
import type { RuleSettings } from '../../server/src/core/problem';
import { listedProblems } from '../../server/src/rules/check';
import { createLanguageService, toDiagnostic } from '../../server/src/service/languageService';
import { WorkspaceProblems, type FileProblems } from '../../server/src/service/workspaceProblems';

const VALID = readFileSync(resolve(__dirname, '../fixtures/valid.privacy.yaml'), 'utf8');
const NO_BASIS = VALID.replace('    basis: contract\n', '');
const NO_RETENTION = VALID.replace('    retention: 24 months\n', '');
const FOLDER = 'file:///ws';

function setup(files: Record<string, string>) {
  const disk = new Map(Object.entries(files).map(([name, text]) => [`${FOLDER}/${name}`, text]));
  const open = new Map<string, TextDocument>();
  const reads: string[] = [];
  let settings: RuleSettings = {};
  let busy = false;
  let release: (() => void) | undefined;
  const told: [string, FileProblems | undefined][] = [];
  const problems = new WorkspaceProblems({
    files: {
      list: () => Promise.resolve([...disk.keys()].sort()),
      read: (uri) => {
        reads.push(uri);
        return Promise.resolve(disk.get(uri));
      },
    },
    service: createLanguageService(),
    openDocument: (uri) => open.get(uri),
    settings: () => Promise.resolve(settings),
    clock: { now: () => 0, sliceMs: 0, yieldNow: () => new Promise((r) => setImmediate(r)) },
    foregroundIdle: () => (busy ? new Promise<void>((r) => (release = r)) : Promise.resolve()),
    log: (message) => assert.fail(message),
  });
  problems.onDidChange((uri, found) => told.push([uri, found]));
  problems.setFolders([FOLDER]);
  return {
    problems,
    disk,
    open,
    reads,
    told,
    setSettings: (s: RuleSettings) => (settings = s),
    setBusy(value: boolean) {
      busy = value;
      if (!value) release?.();
    },
  };
}

const codesOf = (found: FileProblems | undefined) => (found?.diagnostics ?? []).map((d) => String(d.code)).sort();

describe('workspace problems', () => {
  it('analyses every listed file once, with the findings of the CLI (listedProblems of one parse)', async () => {
    const ws = setup({ 'a.privacy.yaml': VALID, 'b.privacy.yaml': NO_BASIS });
    await ws.problems.settled();
    assert.equal(ws.problems.analysedFiles, 2);
    const b = ws.problems.problemsOf(`${FOLDER}/b.privacy.yaml`)!;
    const doc = TextDocument.create(b.uri, 'privacy-policy', 0, NO_BASIS);
    assert.deepEqual(
      b.diagnostics,
      listedProblems(analyzeText(NO_BASIS)).map((p) => toDiagnostic(doc, p)),
    );
    assert.deepEqual(ws.told.map(([uri]) => uri).sort(), [`${FOLDER}/a.privacy.yaml`, `${FOLDER}/b.privacy.yaml`]);
  });

  it('a change re-reads the file; the same text is not analysed again and keeps its result id', async () => {
    const ws = setup({ 'a.privacy.yaml': VALID });
    const uri = `${FOLDER}/a.privacy.yaml`;
    await ws.problems.settled();
    const before = ws.problems.problemsOf(uri)!.resultId;
    ws.problems.changed(uri); // written back unchanged
    await ws.problems.settled();
    assert.equal(ws.problems.analysedFiles, 1);
    assert.equal(ws.problems.problemsOf(uri)!.resultId, before);
    ws.disk.set(uri, NO_RETENTION);
    ws.problems.changed(uri);
    await ws.problems.settled();
    assert.equal(ws.problems.analysedFiles, 2);
    assert.deepEqual(codesOf(ws.problems.problemsOf(uri)), ['missing-retention']);
    assert.notEqual(ws.problems.problemsOf(uri)!.resultId, before);
  });

  it('waits while document work is under way, then goes on', async () => {
    const ws = setup({ 'a.privacy.yaml': NO_BASIS });
    ws.setBusy(true);
    const settled = ws.problems.settled();
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    assert.equal(ws.problems.analysedFiles, 0, 'nothing analysed while the document work lasts');
    ws.setBusy(false);
    await settled;
    assert.equal(ws.problems.analysedFiles, 1);
  });

  it('reports an open document from its in-editor version and leaves its file alone', async () => {
    const ws = setup({ 'a.privacy.yaml': VALID, 'b.privacy.yaml': VALID });
    const uri = `${FOLDER}/a.privacy.yaml`;
    ws.open.set(uri, TextDocument.create(uri, 'privacy-policy', 4, NO_BASIS));
    await ws.problems.settled();
    assert.deepEqual(ws.reads, [`${FOLDER}/b.privacy.yaml`]);
    const report = await ws.problems.report(NOT_CANCELLED);
    const a = report.find((r) => r.uri === uri)!;
    assert.equal(a.version, 4);
    assert.deepEqual(codesOf(a), ['missing-legal-basis']);
    // Closed again: its file on disk is read and told, even though nothing was known of it before.
    ws.open.delete(uri);
    ws.problems.closed(uri);
    await ws.problems.settled();
    assert.deepEqual(ws.told.at(-1)?.[0], uri);
    assert.deepEqual(codesOf(ws.told.at(-1)?.[1]), []);
  });

  it('tells the file problems again after the editor closes it, even when unchanged', async () => {
    const ws = setup({ 'a.privacy.yaml': NO_BASIS });
    const uri = `${FOLDER}/a.privacy.yaml`;
    await ws.problems.settled();
    const told = ws.told.length;
    ws.problems.closed(uri);
    await ws.problems.settled();
    assert.equal(ws.told.length, told + 1);
    assert.equal(ws.problems.analysedFiles, 1, 'the same text: told again without analysing again');
  });

  it('a removed file is dropped and told as gone; a setting change analyses every file again', async () => {
    const ws = setup({ 'a.privacy.yaml': NO_BASIS, 'b.privacy.yaml': NO_BASIS });
    await ws.problems.settled();
    ws.disk.delete(`${FOLDER}/b.privacy.yaml`);
    ws.problems.deleted(`${FOLDER}/b.privacy.yaml`);
    assert.deepEqual(ws.told.at(-1), [`${FOLDER}/b.privacy.yaml`, undefined]);
    assert.equal(ws.problems.has(`${FOLDER}/b.privacy.yaml`), false);
    ws.setSettings({ 'missing-legal-basis': 'off' });
    ws.problems.settingsChanged();
    await ws.problems.settled();
    assert.deepEqual(codesOf(ws.problems.problemsOf(`${FOLDER}/a.privacy.yaml`)), []);
  });

  it('a file created in a folder is added; one outside the folders or in node_modules is not', async () => {
    const ws = setup({});
    await ws.problems.settled();
    ws.disk.set(`${FOLDER}/sub/new.privacy.yaml`, NO_BASIS);
    ws.problems.changed(`${FOLDER}/sub/new.privacy.yaml`);
    ws.problems.changed('file:///elsewhere/x.privacy.yaml');
    ws.problems.changed(`${FOLDER}/node_modules/dep/x.privacy.yaml`);
    await ws.problems.settled();
    assert.equal(ws.problems.has(`${FOLDER}/sub/new.privacy.yaml`), true);
    assert.equal(ws.problems.has('file:///elsewhere/x.privacy.yaml'), false);
    assert.equal(ws.problems.has(`${FOLDER}/node_modules/dep/x.privacy.yaml`), false, 'skipped as check skips it');
  });

  it('a change while a file is analysed stops that analysis; the newer text is the one reported', async () => {
    const ws = setup({ 'a.privacy.yaml': VALID });
    const uri = `${FOLDER}/a.privacy.yaml`;
    const settled = ws.problems.settled();
    // Let the analysis start (it reads, then yields after every rule), then change the file under it.
    while (ws.reads.length === 0) await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    ws.disk.set(uri, NO_BASIS);
    ws.problems.changed(uri);
    await settled;
    await ws.problems.settled();
    assert.deepEqual(codesOf(ws.problems.problemsOf(uri)), ['missing-legal-basis']);
    assert.deepEqual(
      ws.told.map(([, found]) => codesOf(found)),
      [['missing-legal-basis']],
      'the first text was never told',
    );
  });
});
