// The rendered notice: golden files for every example, and the promises a reader relies on (bases cited,
// rights derived, the right to object set apart, markers only in the preview, scroll-sync lines, anchors).
// Regenerate the goldens after an intended change with: UPDATE_GOLDEN=1 node --import tsx --test test/unit/render.test.ts
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { messages, NOTICE_CSS, PREVIEW_CSS, renderNotice } from '../../server/src/render';
import { analyzeText } from '../../server/src/core/analysis';
import { validate } from '../../server/src/rules/check';
import { matchGolden } from '../support/golden';
import { textOf } from '../support/html';

const ROOT = resolve(__dirname, '../..');
const EXAMPLES = resolve(ROOT, 'examples');
const GOLDEN = resolve(ROOT, 'test/golden');
const VALID = readFileSync(resolve(ROOT, 'test/fixtures/valid.privacy.yaml'), 'utf8');

const examples = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.privacy.yaml'))
  .sort();

function render(text: string, mode: 'standalone' | 'preview' = 'standalone') {
  const analysis = analyzeText(text);
  return renderNotice(analysis, { mode, problems: validate(analysis) });
}

/** What a reader sees: tags removed, entities decoded, whitespace collapsed. */

/** The text of one top-level section (the renderer starts each on a new line). */
function sectionText(html: string, id: string): string {
  const m = new RegExp(`<section id="${id}"[\\s\\S]*?(?=\\n<section id=|\\n<footer|\\n</main>)`).exec(html);
  return m ? textOf(m[0]) : '';
}

const checkGolden = (file: string, actual: string) => matchGolden(file, actual, 'test/unit/render.test.ts');

describe('golden notices', () => {
  for (const file of examples) {
    it(`${file} renders as test/golden/${file.replace('.privacy.yaml', '.html')}`, () => {
      const html = render(readFileSync(join(EXAMPLES, file), 'utf8')).html;
      // The stylesheet is the same in every notice: kept out of the goldens, checked by the stylesheet tests below.
      assert.ok(html.includes(`<style>${NOTICE_CSS}</style>`), 'the notice does not inline NOTICE_CSS');
      checkGolden(
        join(GOLDEN, file.replace('.privacy.yaml', '.html')),
        html.replace(`<style>${NOTICE_CSS}</style>`, '<style>/* NOTICE_CSS */</style>'),
      );
    });
  }
});

describe('stylesheets', () => {
  /** Custom properties a stylesheet reads, and those it defines in a block (`--pp-fg: …;`). */
  const used = (css: string) => new Set([...css.matchAll(/var\((--pp-[\w-]+)/g)].map((m) => m[1]));
  const defined = (block: string) => new Set([...block.matchAll(/(--pp-[\w-]+)\s*:/g)].map((m) => m[1]));
  const block = (css: string, start: RegExp) => {
    const m = start.exec(css);
    assert.ok(m, `no block ${start} in the stylesheet`);
    return css.slice(m.index, css.indexOf('}', m.index));
  };

  it('the standalone notice defines every colour it uses, in the light and in the dark palette', () => {
    const light = defined(block(NOTICE_CSS, /^:root \{/m));
    const dark = defined(block(NOTICE_CSS, /prefers-color-scheme: dark\) \{ :root \{/));
    for (const name of used(NOTICE_CSS)) {
      if (name === '--pp-font') continue; // optional: falls back to the system font stack
      assert.ok(light.has(name), `${name} is not defined in the light palette`);
      assert.ok(dark.has(name), `${name} is not defined in the dark palette`);
    }
  });

  it('the VS Code preview has the same layout in the editor theme colours, and no fixed colour', () => {
    const theme = defined(block(PREVIEW_CSS, /^:root \{/m));
    for (const name of used(PREVIEW_CSS))
      assert.ok(theme.has(name), `${name} is used by the preview but not mapped to a VS Code theme colour`);
    for (const value of block(PREVIEW_CSS, /^:root \{/m).matchAll(/--pp-[\w-]+:\s*([^;]+);/g))
      assert.match(value[1], /^(var\(--vscode-|transparent)/, `a fixed colour in the preview palette: ${value[0]}`);
    assert.doesNotMatch(PREVIEW_CSS, /#[0-9a-f]{3,8}\b/i, 'a hard-coded colour ignores the editor theme');
    // The layout rules are the notice's own (the preview is the notice, not a look-alike).
    const rules = (css: string) =>
      css
        .split('\n')
        .filter((l) => l.startsWith('.notice'))
        .join('\n');
    assert.ok(rules(PREVIEW_CSS).length > 1000);
    assert.equal(rules(PREVIEW_CSS), rules(NOTICE_CSS));
  });
});

describe('notice content', () => {
  const valid = render(VALID).html;

  it('names and cites each legal basis, with the legitimate interest pursued', () => {
    const text = sectionText(valid, 'purposes');
    assert.ok(text.includes('Contract — Art 6(1)(b)'), text);
    assert.ok(
      text.includes(
        'Legitimate interests — Art 6(1)(f): Understanding which products our customers buy, to improve our range.',
      ),
      text,
    );
  });

  it('cites the Art 9(2) condition and names the law', () => {
    const doc = VALID.replace('    label: Order history\n', '    label: Order history\n    special: health\n').replace(
      '    basis: legitimate-interests\n',
      '    basis: [legitimate-interests, legal-obligation]\n    special_basis: [explicit-consent, A9-2-h]\n ' +
        '   law: Health Records Act, section 4\n',
    );
    const text = sectionText(render(doc).html, 'purposes');
    assert.ok(text.includes('Explicit consent — Art 9(2)(a)'), text);
    assert.ok(text.includes('Health or social care — Art 9(2)(h)'), text);
    assert.ok(text.includes('Legal obligation — Art 6(1)(c)'), text);
    assert.ok(text.includes('Legal provision: Health Records Act, section 4'), text);
    assert.ok(sectionText(render(doc).html, 'data').includes('Special category of data: Health data (Art 9(1))'));
  });

  it('says how long data is kept in plain words, for every retention form', () => {
    const doc = VALID.replace(
      '    retention: 24 months\n',
      '    retention:\n      - { data: order-history, until: the end of the contract, then: P1Y }\n    ' +
        '  - { data: web logs, criteria: the time needed to detect fraud }\n',
    );
    const text = sectionText(render(doc).html, 'purposes');
    assert.ok(text.includes('7 years from the date of the invoice'), text);
    assert.ok(text.includes('Order history: until the end of the contract, then 1 year'), text);
    assert.ok(text.includes('web logs: criteria: the time needed to detect fraud'), text);
    const single = sectionText(
      render(
        VALID.replace(
          '    retention: 24 months\n',
          '    retention: { until: the end of the contract, then: 1 year }\n',
        ),
      ).html,
      'purposes',
    );
    assert.ok(single.includes('Until the end of the contract, then 1 year'), single);
    assert.ok(sectionText(valid, 'purposes').includes('24 months'));
  });

  it('lists recipients with role, category and country name, and the transfer’s ground with its article', () => {
    const recipients = sectionText(valid, 'recipients');
    for (const s of ['Web hosting', 'Example Cloud Inc.', 'Processor', 'Hosting providers', 'United States of America'])
      assert.ok(recipients.includes(s), `${s} in: ${recipients}`);
    const transfers = sectionText(valid, 'transfers');
    assert.ok(
      transfers.includes(
        'Ground of the transfer: The European Commission has decided that the United States ensures an adequate ' +
          'level of protection for organisations certified under the EU–US Data Privacy Framework (Art 45(3))',
      ),
      transfers,
    );
  });

  it('derives the rights from the legal bases, minus the excluded ones', () => {
    const rights = sectionText(valid, 'rights');
    for (const s of [
      'Right of access (Art 15)',
      'Right to erasure (Art 17)',
      'Right to data portability (Art 20)',
      'Right to lodge a complaint (Art 77)',
    ])
      assert.ok(rights.includes(s), s);
    assert.ok(!rights.includes('Right to withdraw consent'), 'no purpose rests on consent');
    assert.ok(!rights.includes('Art 22'), 'no automated decisions');
    const consent = sectionText(render(VALID.replace('    basis: contract\n', '    basis: consent\n')).html, 'rights');
    assert.ok(consent.includes('Right to withdraw consent (Art 7(3))'));
    // v1.3: a right restricted by law stays, with its limit under it.
    const excluded = sectionText(
      render(
        `${VALID}\n`.replace(
          'rights:\n  contact: privacy@example.com\n',
          'rights:\n  contact: privacy@example.com\n  exclude:\n    - { right: portability, law: "Art 20(1)(b) ' +
            'GDPR: we keep paper files only" }\n',
        ),
      ).html,
      'rights',
    );
    assert.ok(excluded.includes('Right to data portability (Art 20). Where the processing'), excluded);
    assert.ok(excluded.includes('Restricted by law: Art 20(1)(b) GDPR: we keep paper files only'), excluded);
    const automated = render(
      VALID.replace(
        'automated_decisions: none',
        'automated_decisions:\n  - { purpose: Credit check, logic: A score from payment history., significance: ' +
          'A low score means we ask for prepayment. }',
      ),
    ).html;
    assert.ok(sectionText(automated, 'rights').includes('Rights related to automated decisions (Art 22)'));
    assert.ok(sectionText(automated, 'automated-decisions').includes('A low score means we ask for prepayment.'));
    assert.ok(
      sectionText(valid, 'automated-decisions').includes(
        'We do not make decisions about you based solely on automated processing',
      ),
    );
  });

  it(
    'says how to exercise rights: the contact (default the controller e-mail) and the response time (default ' +
      '1 month)',
    () => {
      assert.ok(
        valid.includes(
          'contact us at <a href="mailto:privacy@example.com" rel="noopener noreferrer">privacy@example.com</a>',
        ),
      );
      assert.ok(
        sectionText(valid, 'rights').includes(
          'We inform you of the action taken on your request without undue delay and at the latest within one ' +
            'month of receiving it.',
        ),
      );
      assert.ok(
        sectionText(valid, 'rights').includes(
          'this period can be extended by two further months; we will then inform you of the extension, with ' +
            'the reasons for the delay, within one month of receiving your request (Art 12(3))',
        ),
      );
      const custom = render(
        VALID.replace(
          'rights:\n  contact: privacy@example.com\n',
          'rights:\n  contact: https://example.com/privacy-request\n  response_time: P2W\n',
        ),
      ).html;
      assert.ok(custom.includes('<a href="https://example.com/privacy-request" rel="noopener noreferrer">'));
      assert.ok(sectionText(custom, 'rights').includes('without undue delay and at the latest within 2 weeks'));
      const noContact = render(VALID.replace('rights:\n  contact: privacy@example.com\n', '')).html;
      assert.ok(
        sectionText(noContact, 'rights').includes('contact us at privacy@example.com'),
        'falls back to the controller e-mail',
      );
    },
  );

  it('sets the right to object apart in its own box only when legitimate interests or a public task are used', () => {
    const box = /<section class="objection"[\s\S]*?<\/section>/.exec(valid);
    assert.ok(box, 'the valid fixture uses legitimate interests');
    assert.match(textOf(box[0]), /Right to object \(Art 21\)/);
    assert.match(box[0], /href="#purpose-service-quality"/, 'names the processing one can object to');
    const list = /<ul class="rights">[\s\S]*?<\/ul>/.exec(valid)?.[0] ?? '';
    assert.ok(list && !textOf(list).includes('Right to object'), 'not repeated among the other rights');
    const noInterests = render(
      VALID.replace(
        '    basis: legitimate-interests\n    legitimate_interest: Understanding which products our customers ' +
          'buy, to improve our range.\n',
        '    basis: consent\n',
      ),
    ).html;
    assert.ok(!noInterests.includes('class="objection"'));
    assert.ok(!textOf(noInterests).includes('Art 21)'), 'no objection right');
    const publicTask = render(
      VALID.replace('    basis: contract\n', '    basis: public-task\n    law: Municipal Act, art 3\n'),
    ).html;
    assert.ok(publicTask.includes('<section class="objection"'));
  });

  it('lists the data categories, with sources only when data is collected from others', () => {
    assert.ok(!sectionText(valid, 'data').includes('Where it comes from'));
    const both = sectionText(render(VALID.replace('collection: direct', 'collection: both')).html, 'data');
    assert.ok(both.includes('Where it comes from') && both.includes('From you'), both);
    assert.ok(sectionText(valid, 'data').includes('For example: name, e-mail address and postal address.'));
  });
});

describe('legal content of v1.1', () => {
  it('reads well without a DPO name, and never invents one', () => {
    const html = render(VALID.replace('dpo: none\n', 'dpo:\n  email: dpo@example.com\n')).html;
    const who = sectionText(html, 'who-we-are');
    assert.ok(who.includes('You can reach our data protection officer as follows. E-mail dpo@example.com'));
    assert.doesNotMatch(html, /Data Protection Officer|class="missing"/);
  });

  it('names the purposes the right to data portability covers (consent, explicit consent, contract)', () => {
    const rights = sectionText(render(VALID).html, 'rights');
    assert.ok(
      rights.includes(
        'and it must not adversely affect the rights and freedoms of others (Art 20(4)). It concerns the data you ' +
          'provided to us for: Delivering your orders.',
      ),
      rights,
    );
    assert.ok(
      !rights.includes('for: Delivering your orders and Improving our service'),
      'not the purpose on legitimate interests',
    );
  });

  it('gives each automated decision its Art 22(2) ground, and the Art 22(3) safeguards only where they apply', () => {
    const decision = (ground: string) =>
      render(
        VALID.replace(
          'automated_decisions: none',
          `automated_decisions:\n  - { purpose: Credit check, logic: A score., significance: Prepayment., ground: ` +
            `${ground} }`,
        ),
      ).html;
    const contract = sectionText(decision('contract'), 'automated-decisions');
    assert.ok(contract.includes('Legal ground Necessary for a contract — Art 22(2)(a)'));
    assert.ok(
      contract.includes(
        'You can obtain human intervention on our part, express your point of view and contest the decision ' +
          '(Art 22(3)).',
      ),
    );
    assert.ok(sectionText(decision('contract'), 'rights').includes('Rights related to automated decisions (Art 22)'));
    const law = decision('law');
    assert.ok(sectionText(law, 'automated-decisions').includes('Authorised by law — Art 22(2)(b)'));
    assert.ok(
      sectionText(law, 'automated-decisions').includes(
        'The law that authorises this decision lays down suitable measures',
      ),
    );
    assert.ok(
      !law.includes('You can obtain human intervention'),
      'no Art 22(3) promise for a decision authorised by law',
    );
    assert.ok(!sectionText(law, 'rights').includes('Rights related to automated decisions'));
    assert.ok(
      sectionText(decision('explicit-consent'), 'automated-decisions').includes('You can obtain human intervention'),
    );
  });

  it('calls the authority competent (not lead), with its phone and complaint form, after the Art 77(1) choice', () => {
    const html = render(
      VALID.replace(
        '  url: https://www.dataprotectionauthority.be\n',
        '  url: https://www.dataprotectionauthority.be\n  phone: +32 2 274 48 00\n  webform: https://www.dataprotectionauthority.be/citizen/actions/lodge-a-complaint\n',
      ),
    ).html;
    const text = sectionText(html, 'complaints');
    assert.ok(
      text.includes(
        'in particular in the State of the European Economic Area (EEA) of your habitual residence, your place of ' +
          'work or the place of the alleged infringement, without prejudice to any other administrative or judicial ' +
          'remedy (Art 77(1))',
      ),
    );
    assert.ok(text.includes('Supervisory authority competent for us: Belgian Data Protection Authority'));
    assert.ok(text.includes('Phone +32 2 274 48 00'));
    assert.ok(
      html.includes(
        '<dt>Complaint form</dt><dd><a href="https://www.dataprotectionauthority.be/citizen/actions/lodge-a-complaint"',
      ),
    );
    assert.doesNotMatch(html, /lead supervisory/);
  });

  it('never drops a right; shows a restriction by law under its right, as its limit', () => {
    const excluded = (items: string) => render(VALID.replace('rights:\n', `rights:\n  exclude: [${items}]\n`)).html;
    const rights = sectionText(excluded('access, complaint, portability'), 'rights');
    assert.ok(rights.includes('Right of access (Art 15)'));
    assert.ok(
      rights.includes('Right to data portability (Art 20)'),
      'excluded without a law: still listed (and reported)',
    );
    const restricted = sectionText(
      excluded('{ right: portability, law: "Art 20(1)(b) GDPR: paper records only" }'),
      'rights',
    );
    assert.ok(restricted.includes('Right to data portability (Art 20). Where the processing'));
    assert.ok(restricted.includes('Restricted by law: Art 20(1)(b) GDPR: paper records only'), restricted);
    assert.ok(!restricted.includes('(Art 23)'), 'a GDPR-internal limit is not called an Art 23 restriction');
  });
});

describe('preview markers', () => {
  const noRetention = VALID.replace('    retention: 24 months\n', '');
  const marker = '<span class="missing">Retention period missing — Art 13(2)(a)</span>';

  it('marks missing required information in place in the preview', () => {
    const preview = render(noRetention, 'preview').body;
    assert.ok(preview.includes(marker));
    const row = /<tr[^>]*><th scope="row" id="purpose-service-quality">[\s\S]*?<\/tr>/.exec(preview);
    assert.ok(row && row[0].includes(marker), 'the marker sits in the purpose’s own row');
    const noBasis = render(VALID.replace('    basis: contract\n', ''), 'preview').body;
    assert.ok(noBasis.includes('<span class="missing">Legal basis missing — Art 13(1)(c)</span>'));
    // A postal address alone is a contact detail (Art 13(1)(a)): the marker needs neither address nor e-mail.
    const noContact = render(
      VALID.replace('  email: privacy@example.com\n', '').replace(
        '  address: Kerkstraat 1, 1000 Brussels, Belgium\n',
        '',
      ),
      'preview',
    ).body;
    assert.ok(noContact.includes('<span class="missing">Controller contact details missing — Art 13(1)(a)</span>'));
    const noAutomated = render(VALID.replace('automated_decisions: none\n', ''), 'preview').body;
    assert.ok(noAutomated.includes('<span class="missing">Automated decisions not stated — Art 13(2)(f)</span>'));
  });

  it(
    'keeps the markers in the standalone notice (CLI render, Export HTML), so an incomplete notice never ' +
      'looks complete',
    () => {
      const standalone = render(noRetention, 'standalone').html;
      assert.ok(standalone.includes(marker));
      const noBasis = render(VALID.replace('    basis: contract\n', ''), 'standalone').html;
      assert.ok(noBasis.includes('<span class="missing">Legal basis missing — Art 13(1)(c)</span>'));
    },
  );

  it('shows no marker without problems', () => {
    assert.ok(!render(VALID, 'preview').body.includes('class="missing"'));
    assert.ok(!render(VALID, 'standalone').html.includes('class="missing"'));
    const analysis = analyzeText(noRetention);
    assert.ok(
      !renderNotice(analysis, { mode: 'preview' }).body.includes('class="missing"'),
      'no problems given, no markers',
    );
  });

  it('does not claim "no automated decisions" when the section is absent', () => {
    const html = render(VALID.replace('automated_decisions: none\n', '')).html;
    assert.ok(!html.includes('We do not make decisions'));
  });
});

describe('document structure', () => {
  const { html, body, title } = render(VALID);

  it('is one self-contained document with a strict CSP, no scripts and no external resources', () => {
    assert.match(html, /^<!doctype html>\n<html lang="en">/);
    assert.ok(html.includes('<meta charset="utf-8">'));
    assert.ok(html.includes('<meta name="viewport" content="width=device-width, initial-scale=1">'));
    assert.ok(
      html.includes(
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; ` +
          `img-src data:">`,
      ),
    );
    assert.ok(!/<script|<link|<img|<iframe|\ssrc=|@import|url\(/i.test(html));
    assert.match(html, /@media print/);
    assert.match(html, /prefers-color-scheme: dark/);
    assert.equal(title, 'Privacy notice of Example Shop');
    assert.ok(html.includes(`<main class="notice">\n${body}\n</main>`), 'body is the inner HTML of <main>');
  });

  it('has one h1 and headings that never skip a level', () => {
    const doc = VALID.replace(
      'automated_decisions: none',
      'automated_decisions: none\nsections:\n  - title: Children\n    body: |\n      # Under 16\n      ' +
        'We do not knowingly collect data of children.\n      ### Deep\n      Text.',
    );
    const rendered = render(doc).html;
    const levels = [...rendered.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
    assert.equal(levels.filter((l) => l === 1).length, 1);
    assert.equal(levels[0], 1);
    levels.forEach((l, i) => i > 0 && assert.ok(l <= levels[i - 1] + 1, `h${levels[i - 1]} followed by h${l}`));
    assert.ok(rendered.includes('>Under 16</h3>'), 'an author # heading sits under the section h2');
  });

  it('gives tables captions and scoped header cells', () => {
    const tables = html.match(/<table[\s\S]*?<\/table>/g) ?? [];
    assert.ok(tables.length >= 3);
    for (const t of tables) {
      assert.match(t, /<caption>[^<]+<\/caption>/);
      assert.ok(!/<th(?![^>]*scope="(col|row)")[ >]/.test(t), 'every th has a scope');
    }
  });

  it('has a table of contents whose anchors all resolve to unique ids', () => {
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
    const toc = /<nav class="toc"[\s\S]*?<\/nav>/.exec(html)![0];
    const targets = [...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(targets.slice(0, 4), ['who-we-are', 'summary', 'data', 'purposes']);
    assert.ok(targets.includes('right-to-object'));
    for (const a of [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]))
      assert.ok(ids.includes(a), `#${a} has no target`);
  });

  it('marks blocks with the 0-based line of the YAML key they come from', () => {
    const lines = VALID.split('\n');
    const lineOf = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix));
    assert.match(html, new RegExp(`<tr data-line="${lineOf('  orders:')}"><th scope="row" id="purpose-orders">`));
    assert.match(
      html,
      new RegExp(`<section id="who-we-are" aria-labelledby="who-we-are-title" data-line="${lineOf('controller:')}">`),
    );
    assert.match(
      html,
      new RegExp(
        `<td data-label="How long we keep it" data-line="${lineOf('    retention: { period: 7 years')}">7 years from`,
      ),
    );
    // Markdown blocks get their own line inside a block scalar.
    assert.match(html, new RegExp(`<p data-line="${lineOf('    We use your data to deliver')}">We use your data`));
    // Every table row and section carries one.
    for (const tag of html.match(/<(tr|section id=)[^>]*>/g) ?? [])
      if (!tag.startsWith('<tr>')) assert.match(tag, /data-line="\d+"/, tag);
  });

  it(
    'takes the lang attribute and the generated text from policy.language, and falls back to English ' +
      'for unknown languages',
    () => {
      const fr = render(VALID.replace('language: en', 'language: fr')).html;
      assert.match(fr, /<html lang="fr">/);
      assert.ok(fr.includes('Qui sommes-nous') && !fr.includes('Who we are'), 'French generated text');
      assert.equal(messages('fr-BE'), messages('fr'));
      assert.notEqual(messages('fr'), messages('en'));
      assert.equal(messages('es'), messages('en'));
      assert.equal(messages('constructor'), messages('en'));
      assert.equal(messages(undefined).headings.rights, 'Your rights');
      const es = render(VALID.replace('language: en', 'language: es')).html;
      assert.match(es, /<html lang="es">/);
      assert.ok(es.includes('Who we are'), 'no Spanish catalogue: English generated text');
      assert.match(render(VALID.replace('language: en', 'language: "x y<"')).html, /<html lang="en">/);
    },
  );

  it('renders every example in both modes, and garbage without throwing', () => {
    const garbage = [
      '',
      ':',
      '[',
      '{{{',
      'policy: [',
      '- a\n- b',
      'just text',
      'policy:\n  title: [1, 2]\npurposes: 7',
      '\u0000\u0001\uFFFF',
      'a: &x [*x]',
      `${'['.repeat(200)}`,
      'data:\n  x:\n    label: X\npurposes:\n  p:\n    data: x\n    retention: [1, {period: x}, [], {retention: ' +
        '2 years}]',
    ];
    for (const text of [...examples.map((f) => readFileSync(join(EXAMPLES, f), 'utf8')), ...garbage]) {
      for (const mode of ['standalone', 'preview'] as const) {
        const r = render(text, mode);
        assert.match(r.html, /^<!doctype html>/);
        assert.equal((r.html.match(/<h1\b/g) ?? []).length, 1);
      }
    }
  });
});
