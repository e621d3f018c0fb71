// A notice is published on the web and opened in VS Code: hostile text in any field must stay text. The rendered
// notice of every payload (test/support/hostilePolicy.ts) opened in headless Chromium, with and without its CSP (so
// the escaping itself is proven): nothing runs, nothing is fetched, and the payload is still visible as text.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { PAYLOADS, renderings } from '../support/hostilePolicy';

describe('hostile text: in Chromium', () => {
  let browser: Browser;

  before(async () => {
    browser = await launchChromium();
  });
  after(async () => browser?.close());

  async function open(html: string) {
    const page = await browser.newPage();
    const events: string[] = [];
    page.on('dialog', (d) => {
      events.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('console', (m) => events.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => events.push(`error: ${e.message}`));
    page.on('request', (r) => {
      if (!/^(about:blank|data:)/.test(r.url())) events.push(`request: ${r.url()}`);
    });
    page.on('popup', () => events.push('popup'));
    // Anything that slips through is answered locally, so a failure shows here rather than on the network.
    await page.route('**/*', (route) => route.fulfill({ status: 204, body: '' }));
    await page.setContent(html, { waitUntil: 'load' });
    // Poke everything that could react to a pointer or focus (handlers run synchronously), then let two frames be
    // rendered: lazy loads and layout-triggered fetches start by then, and would show up as requests.
    await page.evaluate(async () => {
      for (const el of Array.from(document.querySelectorAll('body *'))) {
        for (const type of ['mouseover', 'mouseenter', 'focus', 'click']) {
          if (type === 'click' && el.closest('a[href]')) continue;
          el.dispatchEvent(new Event(type, { bubbles: true }));
        }
      }
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      handlers: Array.from(document.querySelectorAll('*')).flatMap((el) =>
        Array.from(el.attributes)
          .filter((a) => /^on/i.test(a.name))
          .map((a) => a.name),
      ),
      embedded: document.querySelectorAll('script, img, svg, iframe, object, embed, link, base, math').length,
      unsafeLinks: Array.from(document.querySelectorAll('a'))
        .filter((a) => !/^(https?:|mailto:|about:blank#)/.test(a.href))
        .map((a) => a.href),
      visible: document.body.innerText,
      text: document.body.textContent ?? '',
      title: document.querySelector('h1')?.textContent ?? '',
    }));
    await page.close();
    return { events, ...state };
  }

  for (const payload of PAYLOADS) {
    it(`nothing runs, nothing is fetched, the text stays visible: ${JSON.stringify(payload).slice(0, 60)}`, async () => {
      const { standalone, preview } = renderings(payload);
      // The CSP alone would stop scripts; removing it proves that the escaping does.
      const withoutCsp = standalone.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
      assert.notEqual(withoutCsp, standalone);
      for (const html of [standalone, withoutCsp, preview]) {
        const r = await open(html);
        assert.equal(r.pwned, undefined, 'a payload ran');
        assert.deepEqual(r.events, [], 'dialogs, console output, errors, popups or requests');
        assert.deepEqual(r.handlers, []);
        assert.equal(r.embedded, 0);
        assert.deepEqual(r.unsafeLinks, []);
        // The title is plain text: the payload appears exactly as written.
        assert.equal(r.title, payload);
        assert.ok(r.visible.includes(payload.split('\n')[0]), 'the payload is visible as text');
      }
    });
  }
});
