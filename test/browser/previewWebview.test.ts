// The preview page exactly as VS Code shows it (client/src/preview/webviewHtml.ts: its CSP, its nonce, its assets
// from media/) in headless Chromium, with a stand-in for VS Code's webview API: in-place patching, scroll sync both
// ways, double-click to source, the language switch. Any CSP violation fails the test.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { EDITOR_SCROLL_WINDOW_MS, SCROLL_REPORT_DELAY_MS } from '../../client/src/webview/timing';
import { launchChromium } from '../support/browser';
import { openPreview, previewBody } from '../support/previewPage';

const root = resolve(__dirname, '../..');
const POLICY = readFileSync(resolve(root, 'examples/o2-clinic.privacy.yaml'), 'utf8');

/** Resolves after every timer the page had armed with a delay up to `ms` has run (HTML runs timers in order). */
const afterTimersUpTo = (p: Page, ms: number) =>
  p.evaluate((delay) => new Promise<void>((r) => setTimeout(r, delay)), ms);

const sent = (p: Page) =>
  p.evaluate(() => (window as unknown as { __sent: { type: string; line?: number; value?: string }[] }).__sent);
const post = (p: Page, message: object) => p.evaluate((m) => window.postMessage(m, '*'), message);

describe('preview webview script', () => {
  let browser: Browser;
  let p: Page;
  let violations: string[];
  before(async () => {
    browser = await launchChromium();
    p = await browser.newPage({ viewport: { width: 900, height: 700 } });
    violations = await openPreview(p);
  });
  after(async () => browser?.close());

  it('loads under its Content-Security-Policy: script by nonce, styles from the webview origin', async () => {
    const csp = await p.evaluate(() =>
      document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    );
    assert.match(
      csp ?? '',
      /default-src 'none'; style-src https:\/\/webview\.test; .*script-src 'nonce-[A-Za-z0-9+/=]{20,}'/,
    );
    // The stylesheets applied (notice.css sets the notice's width) and the script ran (it announced itself).
    assert.equal(await p.evaluate(() => getComputedStyle(document.getElementById('notice')!).maxWidth), '992px');
    assert.deepEqual((await sent(p))[0], { type: 'ready' });
    // An inline script without the nonce is refused: the CSP is in force, not merely present.
    await p.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.body.append(s);
    });
    assert.equal(await p.evaluate(() => (window as unknown as { __inline?: number }).__inline), undefined);
    assert.equal(violations.length, 1, `expected only the refused inline script: ${violations.join('\n')}`);
    violations.length = 0;
  });

  it('announces itself ready, then shows an update', async () => {
    assert.deepEqual((await sent(p))[0], { type: 'ready' });
    await post(p, { type: 'update', html: previewBody(POLICY), version: 1, language: 'nl' });
    await p.waitForFunction(() => document.querySelectorAll('[data-line]').length > 20);
    assert.equal(await p.evaluate(() => document.getElementById('notice')!.lang), 'nl');
    assert.equal(await p.evaluate(() => document.body.dataset.version), '1');
  });

  it('patches the page in place: unchanged elements survive and the scroll position is kept', async () => {
    await p.evaluate(() => {
      window.scrollTo(0, 1500);
      (document.querySelector('h1') as HTMLElement & { __marker?: boolean }).__marker = true;
    });
    await p.waitForFunction(() => window.scrollY > 1000);
    const before = await p.evaluate(() => window.scrollY);
    const edited = POLICY.replace(
      'title: Registration on our website and apps',
      'title: Registration on our website and our apps',
    );
    await post(p, { type: 'update', html: previewBody(edited), version: 2 });
    await p.waitForFunction(() => document.body.dataset.version === '2');
    assert.ok(await p.evaluate(() => document.body.textContent.includes('Registration on our website and our apps')));
    assert.equal(
      await p.evaluate(() => (document.querySelector('h1') as HTMLElement & { __marker?: boolean }).__marker),
      true,
      'the heading element was replaced, not patched',
    );
    assert.ok(Math.abs((await p.evaluate(() => window.scrollY)) - before) < 5, 'the scroll position moved');
  });

  it('scrolls to the element of an editor line', async () => {
    const purposesLine = POLICY.split('\n').findIndex((l) => l.startsWith('purposes:'));
    await p.evaluate(() => ((window as unknown as { __sent: unknown[] }).__sent = []));
    const scrolled = p.evaluate(
      () => new Promise<void>((r) => window.addEventListener('scroll', () => r(), { once: true })),
    );
    await post(p, { type: 'scrollTo', line: purposesLine });
    // The purposes section carries the line of the `purposes:` key; it comes to the top.
    await p.waitForFunction(
      (line) => {
        const el = document.querySelector<HTMLElement>(`[data-line="${line}"]`);
        return !!el && Math.abs(el.getBoundingClientRect().top) < 60;
      },
      purposesLine,
      { timeout: 5000 },
    );
    // Programmatic scrolling is not echoed back to the editor: once the scroll event has come and any report it
    // could have scheduled is due, none was sent.
    await scrolled;
    await afterTimersUpTo(p, SCROLL_REPORT_DELAY_MS);
    assert.deepEqual(
      (await sent(p)).filter((m) => m.type === 'revealLine'),
      [],
    );
  });

  it('reports the line at the top when the reader scrolls, and the line of a double-clicked block', async () => {
    // The previous test scrolled the page from the editor: scroll events inside that window are ignored, so the
    // reader's wheel comes after it (it raced the window on a loaded machine).
    await afterTimersUpTo(p, EDITOR_SCROLL_WINDOW_MS);
    await p.mouse.wheel(0, 600);
    await p.waitForFunction(() =>
      (window as unknown as { __sent: { type: string }[] }).__sent.some((m) => m.type === 'revealLine'),
    );
    const reveal = (await sent(p)).find((m) => m.type === 'revealLine')!;
    assert.ok(typeof reveal.line === 'number' && reveal.line > 0);
    const target = await p.evaluateHandle(() =>
      [...document.querySelectorAll<HTMLElement>('td[data-line], li[data-line], p[data-line]')].find(
        (e) => e.getBoundingClientRect().top > 100 && e.getBoundingClientRect().top < 600,
      )!,
    );
    const line = Number(await target.evaluate((e) => e.dataset.line));
    await target.asElement().dblclick();
    const open = (await sent(p)).filter((m) => m.type === 'openSource').pop();
    assert.deepEqual(open, { type: 'openSource', line });
  });

  it('lists the notice languages the server sends, sends the chosen one and keeps it in the webview state', async () => {
    await post(p, {
      type: 'update',
      html: previewBody(POLICY),
      version: 4,
      language: 'en',
      languages: [
        { id: 'en', label: 'English' },
        { id: 'fr', label: 'Français' },
      ],
      audiences: [],
      audience: '',
    });
    await p.waitForFunction(() => document.body.dataset.version === '4');
    assert.deepEqual(
      await p.evaluate(() =>
        Array.from((document.getElementById('language') as HTMLSelectElement).options).map((o) => [o.value, o.text]),
      ),
      [
        ['', 'As in the policy'],
        ['en', 'English'],
        ['fr', 'Français'],
      ],
    );
    await p.selectOption('#language', 'fr');
    assert.deepEqual((await sent(p)).filter((m) => m.type === 'language').pop(), { type: 'language', value: 'fr' });
    assert.equal(
      await p.evaluate(() => (window as unknown as { __state: { language?: string } }).__state.language),
      'fr',
    );
  });

  it('shows the audience switch only for a policy with audiences, lists them as text, and sends the choice', async () => {
    assert.equal(await p.evaluate(() => document.getElementById('audience-switch')!.hidden), true);
    await post(p, {
      type: 'update',
      html: previewBody(POLICY),
      version: 5,
      language: 'en',
      languages: [],
      audiences: [
        { id: 'patients', label: 'Patients' },
        { id: 'staff', label: '<b>Staff</b>' },
      ],
      audience: '',
    });
    await p.waitForFunction(() => document.body.dataset.version === '5');
    assert.equal(await p.evaluate(() => document.getElementById('audience-switch')!.hidden), false);
    const options = await p.evaluate(() =>
      Array.from((document.getElementById('audience') as HTMLSelectElement).options).map((o) => [o.value, o.text]),
    );
    assert.deepEqual(options, [
      ['', 'Everyone'],
      ['patients', 'Patients'],
      ['staff', '<b>Staff</b>'],
    ]);
    assert.equal(await p.evaluate(() => document.querySelector('#audience b')), null, 'labels are text, never HTML');
    await p.selectOption('#audience', 'patients');
    assert.deepEqual((await sent(p)).filter((m) => m.type === 'audience').pop(), {
      type: 'audience',
      value: 'patients',
    });
    assert.equal(
      await p.evaluate(() => (window as unknown as { __state: { audience?: string } }).__state.audience),
      'patients',
    );
    await post(p, {
      type: 'update',
      html: previewBody(POLICY),
      version: 6,
      language: 'en',
      audiences: [],
      audience: '',
    });
    await p.waitForFunction(() => document.body.dataset.version === '6');
    assert.equal(await p.evaluate(() => document.getElementById('audience-switch')!.hidden), true);
  });

  it('ran without any other Content-Security-Policy violation', () => {
    assert.deepEqual(violations, []);
  });
});
