// A notice is published on the web and opened in VS Code: hostile text in any field must stay text.
// Each payload goes into EVERY field of a policy; the HTML is checked as a string here, and opened in headless
// Chromium by test/browser/render-security.test.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PAYLOADS, renderings } from '../support/hostilePolicy';

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
