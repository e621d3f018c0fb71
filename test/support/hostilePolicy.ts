// Hostile text for the renderer: payloads that try to run, fetch or inject, and a policy with one in every field.
// Shared by the string checks (test/unit/render-security.test.ts) and the browser checks (test/browser/).
import { stringify } from 'yaml';
import { renderNotice } from '../../server/src/render';
import { analyzeText } from '../../server/src/core/analysis';
import { validate } from '../../server/src/rules/check';

export const PAYLOADS = [
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
  // Citations become links (docs/language.md, "Citing the GDPR in your text"): hostile text around and inside one must stay text.
  'Art 6(1)(f)<img src=x onerror="window.__pwned = 19"> Art. 6" onmouseover="window.__pwned=20" GDPR ' +
    '[Art 7](javascript:window.__pwned=21)',
];

/** The payload in every field the language has, including ids, vocabulary values, urls and e-mails. */
export function hostilePolicy(p: string): string {
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

export function renderings(payload: string) {
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
