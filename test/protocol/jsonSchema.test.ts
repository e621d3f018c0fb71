// The generated JSON Schema serves other YAML tooling: Red Hat's yaml-language-server validates a policy with it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { diagnosticMessage } from '../../server/src/service/languageService';
import { startServer } from '../support/lspClient';

const root = resolve(__dirname, '../..');
const SCHEMA = resolve(root, 'schema/privacy-policy.schema.json');
const VALID = readFileSync(resolve(root, 'test/fixtures/valid.privacy.yaml'), 'utf8');

async function yamlLanguageServerDiagnostics(text: string): Promise<{ message: string }[]> {
  const yaml = { validate: true, schemas: { [SCHEMA]: ['*.privacy.yaml'] }, schemaStore: { enable: false } };
  const client = await startServer({
    command: [resolve(root, 'node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'],
    capabilities: { workspace: { configuration: true } },
    configuration: (section) => (section === 'yaml' ? yaml : null),
    rootUri: `file://${root}`,
  });
  try {
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { yaml } });
    const uri = `file://${root}/test.privacy.yaml`;
    const published = client.nextDiagnostics(uri, () => true, 20_000);
    void client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'yaml', version: 1, text },
    });
    return (await published).diagnostics.map((d) => ({ message: diagnosticMessage(d) }));
  } finally {
    await client.stop();
  }
}

describe('JSON Schema with yaml-language-server', () => {
  it('accepts a valid policy and reports an unknown key and an invalid legal basis', async () => {
    assert.deepEqual(await yamlLanguageServerDiagnostics(VALID), []);
    const broken = VALID.replace('    provision: voluntary\n', '    provison: voluntary\n').replace(
      'basis: contract',
      'basis: contrat',
    );
    const messages = (await yamlLanguageServerDiagnostics(broken)).map((d) => d.message).join('\n');
    assert.match(messages, /provison/);
    assert.match(messages, /contract|Value is not accepted/);
  });
});
