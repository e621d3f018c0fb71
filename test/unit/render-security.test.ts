// A notice is published on the web and opened in VS Code: hostile text in any field must stay text.
// Each payload goes into EVERY field of a policy; the HTML is checked as a string, then opened in headless
// Chromium (with and without its CSP, so the escaping itself is proven) to show that nothing runs, nothing
// is fetched, and the payload is still visible as text.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { stringify } from 'yaml';
import { renderNotice } from '../../server/src/render';
import { analyzeText } from '../../server/src/core/analysis';
import { validate } from '../../server/src/rules/check';

const PAYLOADS = [
  '<script>window.__pwned = 1; console.log("pwned")</script>',
  '<img src=x onerror="window.__pwned = 2; console.log(\'pwned\')">',
  '<svg onload="window.__pwned = 3"><circle r="1"/></svg>',
  '<iframe src="javascript:parent.__pwned = 4"></iframe>',
  '<style>body { display: none }</style><p style="background:url(https://tracker.example/css.gif)">styled</p>',
  '<a href="javascript:window.__pwned = 5" onclick="window.__pwned = 5">click me</a>',
  '" onmouseover="window.__pwned = 6" data-x="',
  "' autofocus onfocus='window.__pwned = 7",
  '[x](javascript:window.__pwned=8)',
  '[x](JaVaScRiPt:window.__pwned=9)',
  '[x](java&#115;cript:window.__pwned=10)',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[x](vbscript:msgbox(1))',
  '<javascript:window.__pwned=11>',
  '[ref][1]\n\n[1]: javascript:window.__pwned=12',
  '&lt;script&gt;window.__pwned = 13&lt;/script&gt; &#60;img src=x onerror=window.__pwned=14&#62;',
  '![beacon](https://tracker.example/p.gif) ![b2](data:image/png;base64,iVBORw0KGgo=)',
  '[![beacon](https://tracker.example/i.gif)](https://example.com)',
  'javascript:window.__pwned=15',
  'https://tracker.example/x" onmouseover="window.__pwned=16',
  'mailto:x@example.com?body=<script>window.__pwned=17</script>',
  '<math><mi xlink:href="javascript:window.__pwned=18">m</mi></math><object data="https://tracker.example/o"></object><embed ' +
    'src="https://tracker.example/e">',
  '<base href="https://tracker.example/"><link rel="stylesheet" href="https://tracker.example/s.css"><meta ' +
    'http-equiv="refresh" content="0;url=https://tracker.example/">',
  // Citations become links (SPEC §9): hostile text around and inside one must stay text.
  'Art 6(1)(f)<img src=x onerror="window.__pwned = 19"> Art. 6" onmouseover="window.__pwned=20" GDPR ' +
    '[Art 7](javascript:window.__pwned=21)',
];

/** The payload in every field the language has, including ids, vocabulary values, urls and e-mails. */
function hostilePolicy(p: string): string {
  return stringify({
    policy: { title: p, effective: p, updated: p, version: p, language: p, collection: 'both', summary: p },
    controller: { name: p, address: p, email: p, phone: p, url: p, legal_form: p, registration: p },
    representative: { name: p, address: p, email: p },
    dpo: { name: p, email: p, phone: p, address: p },
    authority: { name: p, url: p, email: p, address: p },
    data: {
      [p]: { label: p, description: p, examples: [p, p], special: p, criminal: true, source: p },
      health: { label: p, description: p, special: 'health', source: 'data-subject' },
    },
    recipients: {
      [p]: { label: p, type: p, category: p, name: p, country: p, url: p },
      cloud: { label: p, type: 'processor', category: 'hosting', name: p, country: 'US', url: p },
    },
    purposes: {
      [p]: {
        title: p,
        description: p,
        data: [p, 'health', 'undefined-id'],
        basis: [p, 'legitimate-interests', 'consent'],
        special_basis: [p, 'explicit-consent'],
        legitimate_interest: p,
        law: p,
        retention: p,
        recipients: [p, 'cloud', 'nobody'],
        provision: p,
        consequence: p,
      },
      periods: { title: p, data: [p], basis: 'public-task', retention: { period: p, from: p } },
      until: { title: p, data: [p], basis: 'contract', retention: { until: p, then: p } },
      criteria: { title: p, data: [p], basis: 'contract', retention: { criteria: p } },
      list: {
        title: p,
        data: [p],
        basis: 'contract',
        retention: [
          { data: p, period: '1 year' },
          { data: p, until: p },
          { data: p, criteria: p },
        ],
      },
      nothing: { title: p, data: p },
    },
    transfers: [
      { recipients: [p, 'cloud'], countries: [p, 'US'], mechanism: p, copy: p, note: p },
      { countries: ['IN'], mechanism: 'scc', copy: p },
      { recipients: ['cloud'], mechanism: 'dpf' },
    ],
    rights: { contact: p, response_time: p, exclude: [p], notes: p },
    automated_decisions: [{ purpose: p, logic: p, significance: p }],
    cookies: [{ name: p, provider: p, purpose: p, duration: p, type: p, party: p }],
    security: [p, p],
    sections: [
      { title: p, body: p },
      { title: 'Nested', body: `# ${p}\n\n> ${p}\n\n- ${p}\n\n    ${p}\n\n\`${p}\`` },
      { body: p },
    ],
  });
}

function renderings(payload: string) {
  const analysis = analyzeText(hostilePolicy(payload));
  const problems = validate(analysis);
  const standalone = renderNotice(analysis, { mode: 'standalone' });
  const preview = renderNotice(analysis, { mode: 'preview', problems });
  return {
    standalone: standalone.html,
    preview: preview.html.replace(standalone.body, preview.body),
    body: preview.body,
  };
}

const ALLOWED_TAGS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'main',
  'header',
  'footer',
  'nav',
  'section',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'ol',
  'ul',
  'li',
  'a',
  'strong',
  'em',
  'code',
  'pre',
  'br',
  'hr',
  'blockquote',
  'span',
  'div',
  'dl',
  'dt',
  'dd',
  'table',
  'caption',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  's',
]);
const ALLOWED_ATTRIBUTES = new Set([
  'lang',
  'charset',
  'http-equiv',
  'content',
  'name',
  'class',
  'id',
  'href',
  'rel',
  'title',
  'scope',
  'aria-labelledby',
  'data-line',
  'data-label',
  'start',
]);

/** Every tag and attribute the renderer emitted, parsed from the string. */
function tags(html: string): { tag: string; attrs: [string, string][] }[] {
  const out: { tag: string; attrs: [string, string][] }[] = [];
  for (const m of html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)) {
    const attrs = [...m[2].matchAll(/([^\s=]+)(?:="([^"]*)")?/g)].map((a): [string, string] => [a[1], a[2] ?? '']);
    out.push({ tag: m[1].toLowerCase(), attrs });
  }
  return out;
}

describe('hostile text: the HTML string', () => {
  for (const payload of PAYLOADS) {
    it(`stays text: ${JSON.stringify(payload).slice(0, 70)}`, () => {
      for (const html of Object.values(renderings(payload))) {
        for (const { tag, attrs } of tags(html)) {
          assert.ok(ALLOWED_TAGS.has(tag), `unexpected <${tag}>`);
          for (const [name, value] of attrs) {
            assert.ok(ALLOWED_ATTRIBUTES.has(name), `unexpected attribute ${name}="${value}" on <${tag}>`);
            if (name === 'href') assert.match(value, /^(https?:\/\/|mailto:|#)/, `unsafe href ${value}`);
            if (name === 'content' && tag === 'meta') assert.doesNotMatch(value, /url=/i);
          }
        }
        assert.equal(
          (html.match(/<style>/g) ?? []).length,
          html.startsWith('<!doctype') ? 1 : 0,
          'only the notice’s own stylesheet',
        );
        assert.doesNotMatch(html, /<[^>]*\son[a-z]+\s*=/i, 'no event handler attribute');
        assert.doesNotMatch(html, /href="(?:javascript|vbscript|data):/i);
        assert.doesNotMatch(html, /<(?:script|img|svg|iframe|object|embed|link|base|math|form|input)\b/i);
        assert.doesNotMatch(html, /<[^>]*\ssrc=/i);
      }
    });
  }

  it('never turns a markdown image into one, but keeps its alt text', () => {
    const { standalone } = renderings('![beacon](https://tracker.example/p.gif)');
    assert.doesNotMatch(standalone, /<[^>]*(?:src|srcset|poster|background)=/i);
    assert.ok(standalone.includes('<span class="image-alt">beacon</span>'));
  });
});

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
