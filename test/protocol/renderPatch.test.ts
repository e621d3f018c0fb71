// The preview's render over stdio (server/src/render/patch.ts): in parts when asked, then as a patch on the render the
// page shows; the parts patched are the notice the server renders whole.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { joinParts, patchParts } from '../../server/src/protocol/preview';
import type { RenderResult } from '../../server/src/protocol/requests';
import { startServer, type TestClient } from '../support/lspClient';

const POLICY = readFileSync(resolve(__dirname, '../../examples/oxygis.privacy.yaml'), 'utf8');
const uri = 'file:///render-patch/oxygis.privacy.yaml';

describe('preview render in parts and as patches, over stdio', () => {
  let client: TestClient;
  before(async () => {
    client = await startServer();
  });
  after(async () => client.stop());

  const render = (params: object) =>
    client.request<RenderResult>('privacyPolicy/render', { uri, mode: 'preview', ...params });

  it('sends the notice in parts, then what an edit changed as a patch on it', async () => {
    client.open(uri, POLICY);
    const first = await render({ parts: true });
    assert.equal(first.html, '');
    assert.ok(first.token && first.parts && !first.patch);
    assert.equal(joinParts(first.parts), (await render({})).html, 'the parts are the notice');

    // A data category relabelled, and a line added above it: a patch with that category, the purposes that name it,
    // and the lines moved.
    const edited = POLICY.replace('label: Account and contact details', 'label: Account details').replace(
      '\ndata:\n',
      '\n# note\ndata:\n',
    );
    assert.notEqual(edited, POLICY);
    client.change(uri, edited, 2);
    const second = await render({ parts: true, since: first.token });
    assert.equal(second.version, 2);
    assert.ok(second.patch && !second.parts, 'a patch');
    assert.ok(second.patch.units.length >= 2 && second.patch.units.length < second.patch.count / 4);
    assert.equal(second.patch.shift?.delta, 1);
    assert.equal(joinParts(patchParts(first.parts, second.patch)), (await render({})).html);

    // A token the server did not give (another page, a restarted server): the notice in parts again.
    const third = await render({ parts: true, since: 'unknown' });
    assert.ok(third.parts && !third.patch);
  });
});
