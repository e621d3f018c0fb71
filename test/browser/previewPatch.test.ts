// The preview page applying patches (server/src/render/patch.ts, client/src/webview/preview.ts) in headless Chromium:
// after each edit of a sequence, the page patched from the one before holds what the page given the whole notice
// holds, element for element; a patch it cannot apply leaves it unchanged and asks for the whole notice.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { openPreview, previewBody, previewUpdates } from '../support/previewPage';
import { generatePolicy } from '../../bench/generatePolicy';

const root = resolve(__dirname, '../..');
const EXAMPLES = readdirSync(resolve(root, 'examples'))
  .filter((f) => f.endsWith('.privacy.yaml'))
  .sort()
  .map((f) => readFileSync(resolve(root, 'examples', f), 'utf8'));

/** Edits an author makes: within a line, lines added and removed, in entities and around them. */
const EDITS: ((text: string) => string)[] = [
  (t) => t.replace(/(\n {4}title: [^\n]*)/, '$1 (edited)'),
  (t) => t.replace(/(\n {4}label: [^\n]*)/, '$1 and more'),
  (t) => `# A comment line\n${t}`,
  (t) => t.replace(/(\n {4}title: [^\n]*)/, '$1\n    # a note under the title'),
  (t) => t.replace('# A comment line\n', ''),
  (t) => t.replace(/(\n {4}description: [^\n]*)/, '$1 See Art 6(1)(f) GDPR.'),
  (t) => t.replace(/(\n {4}basis: )[^\n]*/, '$1consent'),
  (t) => t.replace(/(\n {2}title: )[^\n]*/, '$1A new title'),
];

const post = (p: Page, message: object) => p.evaluate((m) => window.postMessage(m, '*'), message);

/**
 * Whether the page's notice is the notice a page reads from `html`, node for node (attributes in any order: morphdom
 * keeps the order of an element it updates), and both serialized for the message when not.
 */
const compare = (p: Page, html: string) =>
  p.evaluate((expected) => {
    const shown = document.getElementById('notice')!;
    const fresh = document.createElement('main');
    fresh.innerHTML = expected;
    const same =
      shown.childNodes.length === fresh.childNodes.length &&
      [...shown.childNodes].every((node, i) => node.isEqualNode(fresh.childNodes[i]));
    return { same, shown: shown.innerHTML, expected: fresh.innerHTML, version: document.body.dataset.version };
  }, html);

describe('preview page patches', () => {
  let browser: Browser;
  let p: Page;
  before(async () => {
    browser = await launchChromium();
    p = await browser.newPage({ viewport: { width: 900, height: 700 } });
    await openPreview(p);
  });
  after(async () => browser?.close());

  it('holds, after every patch, what the whole notice gives (the examples and a generated policy)', async () => {
    let patches = 0;
    for (const start of [...EXAMPLES, generatePolicy(600)]) {
      const update = previewUpdates();
      let text = start;
      let version = 0;
      for (const edit of [(t: string) => t, ...EDITS]) {
        text = edit(text);
        const message = update(text);
        version++;
        if (message.type === 'patch') patches++;
        await post(p, message);
        const { same, shown, expected, version: shownVersion } = await compare(p, previewBody(text));
        assert.equal(shownVersion, String(version), `the page took version ${version} (${message.type})`);
        if (!same) {
          let i = 0;
          while (shown[i] === expected[i]) i++;
          assert.fail(
            `after a ${message.type}, the page differs at ${i}:\n  page:  ${shown.slice(i - 100, i + 100)}\n  whole: ${expected.slice(i - 100, i + 100)}`,
          );
        }
      }
    }
    // Nearly every edit is a patch (an element without entities, such as the rights, goes whole in it); an edit that
    // breaks the YAML (text after a block scalar's `|`) sends the whole notice.
    assert.ok(patches >= 40, `only ${patches} patches of ${6 * EDITS.length} edits`);
  });

  it('leaves the page as it is and asks for the whole notice when a patch is on another version', async () => {
    const update = previewUpdates();
    const text = EXAMPLES[0];
    await post(p, { ...update(text), version: 100 });
    const patch = update(text.replace(/(\n {4}description: [^\n]*)/, '$1 More.'));
    assert.equal(patch.type, 'patch');
    await p.evaluate(() => ((window as unknown as { __sent: unknown[] }).__sent = []));
    // The patch says it applies to version 1; the page shows version 100.
    await post(p, { ...patch, version: 101 });
    await p.waitForFunction(() => (window as unknown as { __sent: unknown[] }).__sent.length > 0);
    assert.deepEqual(await p.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent), [{ type: 'resync' }]);
    const { same, version } = await compare(p, previewBody(text));
    assert.equal(version, '100');
    assert.ok(same, 'the page changed');
  });
});
