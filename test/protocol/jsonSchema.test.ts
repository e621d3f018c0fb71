// The generated JSON Schema serves other YAML tooling: Red Hat's yaml-language-server validates a policy with it.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const root = resolve(__dirname, '../..');
const SCHEMA = resolve(root, 'schema/privacy-policy.schema.json');
const VALID = readFileSync(resolve(root, 'test/fixtures/valid.privacy.yaml'), 'utf8');

async function yamlLanguageServerDiagnostics(text: string): Promise<{ message: string }[]> {
  const child = spawn(process.execPath, [resolve(root, 'node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const settings = { yaml: { validate: true, schemas: { [SCHEMA]: ['*.privacy.yaml'] }, schemaStore: { enable: false } } };
  connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map((i) => (i.section === 'yaml' ? settings.yaml : null)));
  connection.onRequest('client/registerCapability', () => null);
  const uri = `file://${root}/test.privacy.yaml`;
  const result = new Promise<{ message: string }[]>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error('yaml-language-server sent no diagnostics within 20 s')), 20_000);
    connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: { message: string }[] }) => {
      if (p.uri === uri) (clearTimeout(timer), resolvePromise(p.diagnostics));
    });
  });
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: `file://${root}`, capabilities: { workspace: { configuration: true } } });
  await connection.sendNotification('initialized', {});
  await connection.sendNotification('workspace/didChangeConfiguration', { settings });
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  try {
    return await result;
  } finally {
    connection.dispose();
    child.kill();
  }
}

describe('JSON Schema with yaml-language-server', () => {
  it('accepts a valid policy and reports an unknown key and an invalid legal basis', async () => {
    assert.deepEqual(await yamlLanguageServerDiagnostics(VALID), []);
    const broken = VALID.replace('    provision: voluntary\n', '    provison: voluntary\n').replace('basis: contract', 'basis: contrat');
    const messages = (await yamlLanguageServerDiagnostics(broken)).map((d) => d.message).join('\n');
    assert.match(messages, /provison/);
    assert.match(messages, /contract|Value is not accepted/);
  });
});
