// The catalogues of README, "Catalogues and evidence" stay what they are: a changed data file shows up here (counts, known entries, the
// category mapping), and the features built on them (authority fixes, completion, hover, cookie-mismatch) behave.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { MarkupContent, TextEdit } from 'vscode-languageserver-types';
import {
  allAuthorities,
  authoritiesFor,
  authoritySource,
  germanStateOf,
} from '../../server/src/catalogues/authorities';
import {
  allCookies,
  cookieDuration,
  cookieFields,
  cookieSource,
  cookieType,
  lookupCookie,
} from '../../server/src/catalogues/cookies';
import { registrableDomain } from '../../server/src/catalogues/domains';
import {
  allOrganisations,
  organisationForHost,
  organisationNamed,
  organisationSource,
  searchOrganisations,
} from '../../server/src/catalogues/organisations';
import { HarReader } from '../../server/src/reconcile/harReader';
import { analyzeText } from '../../server/src/core/analysis';
import { fixesFor } from '../../server/src/service/codeActions';
import { createLanguageService } from '../../server/src/service/languageService';
import { validate } from '../../server/src/rules/check';
import { applyEdits } from '../support/edits';

describe('catalogue data (a changed data file must not go unnoticed)', () => {
  it('supervisory authorities: 57, every EEA state, Switzerland and the UK, with their source and date', () => {
    assert.equal(allAuthorities().length, 57);
    assert.deepEqual(authoritySource(), {
      name: 'datenanfragen.de supervisory authorities',
      repository: 'https://github.com/datenanfragen/data',
      commit: '0a29c3d6',
      date: '2026-07-21',
      licence: 'CC0-1.0',
    });
    const eea = [
      'AT',
      'BE',
      'BG',
      'HR',
      'CY',
      'CZ',
      'DK',
      'EE',
      'FI',
      'FR',
      'DE',
      'GR',
      'HU',
      'IE',
      'IT',
      'LV',
      'LT',
      'LU',
      'MT',
      'NL',
      'PL',
      'PT',
      'RO',
      'SK',
      'SI',
      'ES',
      'SE',
      'IS',
      'LI',
      'NO',
    ];
    for (const c of [...eea, 'CH', 'GB']) assert.ok(authoritiesFor(c).length >= 1, `no authority for ${c}`);
    const [nl] = authoritiesFor('NL');
    assert.equal(nl.authority.name, 'Autoriteit Persoonsgegevens (Dutch Data Protection Authority)');
    const ie = authoritiesFor('IE')[0].authority;
    assert.equal(ie.name, 'Irish Data Protection Commission');
    assert.match(ie.address, /21 Fitzwilliam Square South/);
    // Germany: 16 states (Bavaria has one authority for private and one for public bodies) and the federal one;
    // church and broadcasting authorities are in the catalogue but not offered to ordinary controllers.
    const de = authoritiesFor('DE');
    assert.equal(de.length, 18);
    assert.equal(de.filter((c) => c.authority.kind === 'federal').length, 1);
    assert.equal(new Set(de.map((c) => c.authority.state).filter(Boolean)).size, 16);
    assert.equal(allAuthorities().filter((a) => a.kind === 'church').length, 6);
  });

  it('organisations: 3,070 with country from the address; Mailchimp, Google, Meta', () => {
    assert.equal(allOrganisations().length, 3070);
    assert.equal(organisationSource().date, '2026-07-21');
    assert.ok(allOrganisations().filter((o) => o.country).length >= 3060, 'nearly every address ends with a country');
    const mailchimp = organisationNamed('MailChimp')!;
    assert.deepEqual(
      [mailchimp.name, mailchimp.country, mailchimp.web],
      ['The Rocket Science Group LLC', 'US', 'https://mailchimp.com'],
    );
    assert.equal(organisationNamed('Google LLC')?.country, 'US');
    assert.equal(organisationForHost('stats.g.doubleclick.net')?.name, 'Google LLC');
    assert.equal(organisationForHost('www.google-analytics.com')?.name, 'Google LLC');
    assert.equal(organisationForHost('connect.facebook.net')?.name, 'Meta Platforms Ireland Limited');
    assert.equal(organisationForHost('www.shop.test'), undefined);
    // Never a DPF claim: the data has no such field.
    assert.ok(allOrganisations().every((o) => !('dpf' in o)));
  });

  it('cookies: 2,264 from the Open Cookie Database; categories that say what a cookie is for map to types', () => {
    assert.equal(allCookies().length, 2264);
    assert.deepEqual(cookieSource(), {
      name: 'Open Cookie Database',
      repository: 'https://github.com/jkwakman/Open-Cookie-Database',
      commit: '0ee5a17',
      date: '2026-01-21',
      licence: 'Apache-2.0',
    });
    assert.equal(allCookies().filter((c) => c.wildcard).length, 260);
    const categories = new Set(allCookies().map((c) => c.category));
    assert.deepEqual([...categories].sort(), [
      'Analytics',
      'Functional',
      'Marketing',
      'Necessary',
      'Personalization',
      'Security',
    ]);
    // Functional, Security and Necessary leave `type` to the author: never `essential` (README, "Catalogues and
    // evidence"; WP29 Opinion 04/2012).
    assert.ok(
      allCookies().every((c) =>
        ['Functional', 'Security', 'Necessary'].includes(c.category) ? cookieType(c) === undefined : cookieType(c),
      ),
      'Analytics, Marketing and Personalization map to a type, the others to none',
    );
    const ga = lookupCookie('_ga')!;
    assert.deepEqual(cookieFields(ga), [
      ['name', '_ga'],
      ['provider', 'Google Analytics'],
      ['duration', '2 years'],
      ['type', 'analytics'],
      ['party', 'first'],
    ]);
    assert.equal(lookupCookie('_ga_ABC123')?.name, '_ga_');
    assert.equal(lookupCookie('_ga_*')?.name, '_ga_');
    assert.equal(lookupCookie('_gac_gb_UA1')?.name, '_gac_gb_', 'the longest wildcard prefix wins');
    assert.deepEqual(
      [cookieType(lookupCookie('IDE')!), lookupCookie('IDE')!.domain],
      ['marketing', 'doubleclick.net (3rd party)'],
    );
    const byCategory = (c: string) => allCookies().find((k) => k.category === c)!;
    assert.deepEqual(
      ['Functional', 'Personalization', 'Analytics', 'Marketing', 'Security', 'Necessary'].map((c) =>
        cookieType(byCategory(c)),
      ),
      [undefined, 'preferences', 'analytics', 'marketing', undefined, undefined],
    );
    assert.deepEqual(
      ['session', 'Session', 'End of session (browser)', '1 Year', '30 Days', '30 minutes', 'Unknown', 'forever'].map(
        (retention) => cookieDuration({ ...ga, retention }),
      ),
      ['session', 'session', 'session', '1 year', '30 days', '30 minutes', undefined, undefined],
    );
  });

  it('registrable domains', () => {
    assert.deepEqual(
      ['www.shop.test', 'a.b.example.co.uk', 'example.com', '127.0.0.1', 'localhost'].map(registrableDomain),
      ['shop.test', 'example.co.uk', 'example.com', '127.0.0.1', 'localhost'],
    );
  });
});

describe('German state from the address', () => {
  it('city first, then postcode area; nothing when neither says', () => {
    assert.deepEqual(germanStateOf('Alt-Moabit 59, 10555 Berlin, Germany'), {
      state: 'BE',
      because: 'the city Berlin',
    });
    assert.deepEqual(germanStateOf('Hauptstr. 1\n80331 München\nDeutschland'), {
      state: 'BY',
      because: 'the city München',
    });
    assert.deepEqual(germanStateOf('Dorfstr. 3, 24837 Schleswig'), { state: 'SH', because: 'the postcode 24837' });
    assert.deepEqual(germanStateOf('Wannseestr. 1, 14109 Nowhere'), { state: 'BE', because: 'the postcode 14109' });
    assert.equal(germanStateOf('Somewhere without a postcode'), undefined);
  });
});

const POLICY = (controller: string) =>
  `policy:\n  title: T\n  effective: 2025-01-01\ncontroller:\n  name: Example GmbH\n${controller}  ` +
  `email: a@example.com\ndpo: none\ndata:\n  c:\n    label: C\npurposes:\n  p:\n    title: P\n    data: ` +
  `[c]\n    basis: contract\n    retention: 1 year\nautomated_decisions: none\n`;

function authorityFixTitles(text: string) {
  const analysis = analyzeText(text);
  const problem = validate(analysis).find((p) => p.rule === 'missing-authority')!;
  return { analysis, problem, fixes: fixesFor(analysis, problem) };
}

describe('missing-authority fixes from the catalogue', () => {
  it('Germany: one fix per state authority and the federal one, the matching state first, then the stub', () => {
    const text = POLICY('  address: Hauptstraße 1, 10115 Berlin\n  country: DE\n');
    const { fixes } = authorityFixTitles(text);
    assert.equal(fixes.length, 20);
    assert.match(
      fixes[0].title,
      /^Add the supervisory authority: Berliner Beauftragte für Datenschutz und Informationsfreiheit \(state authority of Berlin; matches the city Berlin\), per the datenanfragen\.de supervisory authorities as of 2026-07-21$/,
    );
    // Which authority is competent is the author's statement: no fix is preferred, even the matching state.
    assert.ok(fixes.every((f) => !f.isPreferred));
    assert.match(
      fixes[17].title,
      /federal authority for federal public bodies, telecommunications and postal services/,
    );
    assert.match(fixes[18].title, /directory of authorities/);
    assert.equal(fixes[19].title, 'Add an authority with a placeholder for its name');
    const fixed = applyEdits(text, fixes[0].edits);
    assert.match(
      fixed,
      /\nauthority:\n {2}name: Berliner Beauftragte für Datenschutz und Informationsfreiheit\n {2}address: "Alt-Moabit 59-61, 10555 Berlin, Deutschland"\n {2}email: mailbox@datenschutz-berlin\.de\n {2}phone: "\+49 30 138890"\n {2}url: https:\/\/www\.datenschutz-berlin\.de\n {2}webform: https:\/\/\S+\n/,
    );
    const after = validate(analyzeText(fixed));
    assert.deepEqual(
      after
        .filter((p) => ['missing-authority', 'yaml-syntax', 'unknown-key', 'invalid-value'].includes(p.rule))
        .map((p) => p.message),
      [],
    );
  });

  it('one national authority, from controller.country or the address; a stub without a country', () => {
    const be = authorityFixTitles(POLICY('  address: Drukpersstraat 1, 1000 Brussels\n  country: BE\n')).fixes;
    assert.equal(be.length, 3);
    assert.match(
      be[0].title,
      /^Add the supervisory authority: Autorité de protection des données de Belgique, Gegevensbeschermingsautoriteit van België, per /,
    );
    const fromAddress = authorityFixTitles(POLICY('  address: 1 Rue X, 75001 Paris, France\n')).fixes;
    assert.match(
      fromAddress[0].title,
      /Commission Nationale de l'Informatique et des Libertés.*, for the country of the controller's address, per/,
    );
    const none = authorityFixTitles(POLICY('  address: Somewhere\n')).fixes;
    assert.deepEqual(
      none.map((f) => f.title),
      [
        "Add a directory of authorities instead of one: the EDPB's list of its members",
        'Add an authority with a placeholder for its name',
      ],
    );
  });
});

function complete(text: string, line: number, character: number) {
  const doc = TextDocument.create(`file:///c${Math.random()}.privacy.yaml`, 'privacy-policy', 1, text);
  return createLanguageService().completion(doc, { line, character });
}
const newText = (item: { textEdit?: unknown }) => (item.textEdit as TextEdit).newText;

describe('completion and hover from the catalogues', () => {
  it(
    "a recipient's name by brand: Mailchimp → The Rocket Science Group LLC, filling country and url, " +
      'with source and date',
    () => {
      const text = 'recipients:\n  newsletter:\n    label: Newsletter\n    type: processor\n    name: Mailch\n';
      const list = complete(text, 4, 16);
      assert.equal(list.isIncomplete, true);
      const first = list.items[0];
      assert.equal(first.label, 'MailChimp → The Rocket Science Group LLC');
      assert.match(first.detail!, /United States of America · datenanfragen\.de company database \(as of 2026-07-21\)/);
      assert.match(
        (first.documentation as MarkupContent).value,
        /does not say whether the organisation is certified under the EU–US Data Privacy Framework/,
      );
      const edited = applyEdits(text, [
        { span: { start: text.indexOf('Mailch'), end: text.indexOf('Mailch') + 6 }, newText: newText(first) },
      ]);
      assert.equal(
        edited,
        'recipients:\n  newsletter:\n    label: Newsletter\n    type: processor\n    name: The Rocket Science ' +
          'Group LLC\n    country: US\n    url: https://mailchimp.com\n',
      );
      // The transfer rules then apply as usual: a US recipient without a transfer.
      const analysis = analyzeText(edited);
      const transfer = validate(analysis).find((p) => p.rule === 'missing-transfer-safeguard')!;
      // The fixes propose the mechanisms, none preferred; the DPF only on condition, as the catalogue states no
      // certification.
      const fixes = fixesFor(analysis, transfer);
      assert.ok(fixes.every((f) => !f.isPreferred));
      assert.equal(
        fixes[0].title,
        "Add a transfer for 'newsletter' — I rely on the EU–US Data Privacy Framework (Art 45(3)) — only if The " +
          "Rocket Science Group LLC is certified, for this data: check the Framework's list: 'dpf'",
      );
      assert.equal(
        fixes[1].title,
        "Add a transfer for 'newsletter' — I rely on standard contractual clauses (Art 46(2)(c)): 'scc'",
      );
      // Fields already written are not repeated.
      const withCountry = complete('recipients:\n  n:\n    country: US\n    name: Mailch\n', 3, 16).items[0];
      assert.equal(newText(withCountry), 'The Rocket Science Group LLC\n    url: https://mailchimp.com');
    },
  );

  it('organisation search: legal names and brands, one entry per legal entity', () => {
    const names = searchOrganisations('google').map((m) => m.organisation.name);
    assert.equal(names[0], 'Google LLC');
    assert.equal(new Set(names).size, names.length);
    assert.ok(
      searchOrganisations('YouTube').some((m) => m.organisation.name === 'Google LLC' && m.brand === 'YouTube'),
    );
  });

  it('cookie names: exact names and wildcard patterns, filling provider, duration, type and party', () => {
    const text = 'cookies:\n  - name: _ga\n';
    const items = complete(text, 1, 12).items;
    assert.deepEqual(
      items.slice(0, 2).map((i) => i.label),
      ['_ga', '_ga_*'],
    );
    assert.equal(
      newText(items[0]),
      '_ga\n    provider: Google Analytics\n    duration: 2 years\n    type: analytics\n    party: first',
    );
    assert.match(items[0].detail!, /Open Cookie Database \(as of 2026-01-21\)/);
  });

  it('authority names, the controller country first, filling the contact details', () => {
    const text = 'controller:\n  name: X\n  country: LU\nauthority:\n  name: \n';
    const items = complete(text, 4, 8).items;
    assert.equal(items.length, 57);
    assert.equal(
      items[0].label,
      'Commission nationale pour la protection des données (National Commission for Data Protection, Grand-Duchy ' +
        'of Luxembourg)',
    );
    assert.match(newText(items[0]), /\n {2}address: "15, Boulevard du Jazz, L-4370 Belvaux, Luxembourg"\n {2}email: /);
  });

  it('hover: the cookie database description, the authority and the organisation, each with its source', () => {
    const text =
      'cookies:\n  - name: IDE\nauthority:\n  name: Irish Data Protection Commission\nrecipients:\n  g:\n ' +
      '   name: Google LLC\n';
    const doc = TextDocument.create('file:///h.privacy.yaml', 'privacy-policy', 1, text);
    const service = createLanguageService();
    const hover = (line: number, character: number) =>
      (service.hover(doc, { line, character })?.contents as MarkupContent | undefined)?.value ?? '';
    assert.match(
      hover(1, 11),
      /^\*\*IDE\*\* — DoubleClick\/Google Marketing \(Google\)\n\nThis cookie is used for targeting.*\n\n.*Source: Open Cookie Database, as of 2026-01-21/s,
    );
    assert.match(
      hover(3, 10),
      /national authority \(IE\).*21 Fitzwilliam Square South.*Source: datenanfragen\.de supervisory authorities, as of 2026-07-21/s,
    );
    assert.match(
      hover(6, 12),
      /\*\*Google LLC\*\* — US\n\nRuns: .*Android.*\n\nhttps:\/\/www\.google\.com\/\n\n.*Source: datenanfragen\.de company database, as of 2026-07-21.*Data Privacy Framework/s,
    );
  });
});

describe('cookie-mismatch', () => {
  const policy = (cookie: string) => `cookies:\n  - name: _ga\n${cookie}`;
  const findings = (text: string) => validate(analyzeText(text)).filter((p) => p.rule === 'cookie-mismatch');
  it('a type less intrusive than the database says, or a duration that disagrees; the fix takes its value', () => {
    const text = policy('    type: preferences\n    duration: 1 day\n');
    const found = findings(text);
    assert.equal(found.length, 2);
    assert.deepEqual(
      found.map((p) => p.severity),
      ['information', 'information'],
    );
    assert.match(
      found[0].message,
      /declared as 'preferences', but the Open Cookie Database as of 2026-01-21 lists it as Analytics \('analytics'\), a more intrusive kind/,
    );
    const analysis = analyzeText(text);
    const fixes = found.map((p) => fixesFor(analysis, p)[0]);
    assert.ok(fixes.every((f) => !f.isPreferred));
    // From the end, so that the first fix's offsets stay valid.
    const fixed = [...found].reverse().reduce((t, p) => applyEdits(t, fixesFor(analysis, p)[0].edits), text);
    assert.equal(fixed, policy('    type: analytics\n    duration: 2 years\n'));
    assert.deepEqual(findings(fixed), []);
  });
  // Declared strictly necessary, a tracking cookie would be set without consent (docs/rules/cookie-mismatch.md).
  it('a warning for an analytics or marketing cookie declared `essential`; information for other disagreements', () => {
    const [ga] = findings(policy('    type: essential\n'));
    assert.equal(ga.severity, 'warning');
    assert.match(
      ga.message,
      /'_ga' \(Google Analytics\) is declared strictly necessary \('essential'\), but .* classes it as Analytics/,
    );
    assert.match(ga.message, /WP194.*prior consent \(ePrivacy Art 5\(3\)\)/);
    const [ide] = findings('cookies:\n  - name: IDE\n    type: essential\n');
    assert.equal(ide.severity, 'warning');
    const [marketing] = findings('cookies:\n  - name: IDE\n    type: analytics\n');
    assert.equal(marketing.severity, 'information');
    // A level the user chose applies to both.
    const chosen = validate(analyzeText(policy('    type: essential\n')), { 'cookie-mismatch': 'information' });
    assert.deepEqual(
      chosen.filter((p) => p.rule === 'cookie-mismatch').map((p) => p.severity),
      ['information'],
    );
  });
  it('never towards the less intrusive, never `essential` (v1.3: Functional and Security leave the type to the author)', () => {
    // Declared more intrusive than the database: the safe side, not reported.
    assert.deepEqual(findings(policy('    type: marketing\n')), []);
    // YouTube's YSC, DoubleClick's test_cookie and Polylang's pll_language are "Functional" in the database.
    for (const [name, type] of [
      ['YSC', 'marketing'],
      ['test_cookie', 'marketing'],
      ['pll_language', 'preferences'],
      ['PHPSESSID', 'essential'],
    ])
      assert.deepEqual(findings(`cookies:\n  - name: ${name}\n    type: ${type}\n`), [], name);
  });
  it('reads minutes: a declared 14 days against the database’s 1 minute', () => {
    const [found] = findings('cookies:\n  - name: _dc_gtm_UA1\n    type: analytics\n    duration: 14 days\n');
    assert.match(found.message, /gives 1 minute/);
    assert.deepEqual(findings('cookies:\n  - name: _dc_gtm_UA1\n    type: analytics\n    duration: PT1M\n'), []);
  });
  it('states the database’s retention in the language’s own terms, not as the database writes it', () => {
    // __utmc: "End of session (browser)" in the database.
    const [found] = findings('cookies:\n  - name: __utmc\n    type: analytics\n    duration: 2 years\n');
    assert.match(
      found.message,
      /declared to last 2 years, but the Open Cookie Database as of 2026-01-21 lists it as a session cookie \(deleted when the browser closes\)\./,
    );
  });
  it('equal periods in other units, unknown cookies and wildcard patterns', () => {
    assert.deepEqual(findings(policy('    type: analytics\n    duration: 24 months\n')), []);
    assert.deepEqual(findings(policy('    duration: P2Y\n')), []);
    assert.deepEqual(findings('cookies:\n  - name: my_own\n    type: marketing\n'), []);
    assert.equal(findings('cookies:\n  - name: _ga_*\n    type: essential\n').length, 1);
  });
});

describe('HAR reader', () => {
  it(
    'gives the same entries whatever the chunk boundaries (escapes, backslash runs, literals, multi-byte ' + 'text)',
    () => {
      const entry = (i: number) => ({
        pageref: 'p',
        request: { url: `https://h${i}.test/\\"q\\\\`, headers: [{ name: 'Cookie', value: `a${i}=1; é="\\\\"` }] },
        response: {
          status: 200,
          redirectURL: '',
          headers: [],
          cookies: [{ name: `c${i}`, httpOnly: true, expires: null }],
          content: { text: `\\\\${'x'.repeat(i * 7)}\\"` },
        },
      });
      const text = JSON.stringify(
        { log: { version: '1.2', pages: [{ id: 'p', title: 'ü' }], entries: [entry(1), entry(2), entry(3)] } },
        null,
        1,
      );
      // Only what the evidence reads is built: no status, redirect, content or cookie attributes.
      const expected = [1, 2, 3].map((i) => {
        const { pageref, request, response } = entry(i);
        return { pageref, request, response: { headers: [], cookies: [{ name: response.cookies[0].name }] } };
      });
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 40 }), (sizes) => {
          const got: unknown[] = [];
          const reader = new HarReader((e) => got.push(e));
          let at = 0;
          for (let i = 0; at < text.length; i++) {
            const size = sizes[i % sizes.length];
            reader.write(text.slice(at, at + size));
            at += size;
          }
          const result = reader.end();
          assert.deepEqual(got, expected);
          assert.equal(result.entries, 3);
          assert.equal(result.size, text.length);
        }),
        { numRuns: 200, seed: 15 },
      );
    },
  );
});

describe('an unreadable catalogue', () => {
  it('degrades to no catalogue facts: no crash, no internal error, completion falls back', async () => {
    const { setCatalogueLog, setCatalogueReader } = await import('../../server/src/catalogues/load');
    const logged: string[] = [];
    setCatalogueLog((message) => logged.push(message));
    const { evidenceFromHarText } = await import('../../server/src/reconcile/evidence');
    const fs = await import('node:fs');
    const path = await import('node:path');
    setCatalogueReader(() => {
      throw new Error('offline');
    });
    try {
      const text =
        'controller:\n  name: X\n  country: DE\ncookies:\n  - name: _ga\n    type: marketing\nrecipients:\n ' +
        ' r:\n    name: Mailch\n';
      const evidence = evidenceFromHarText(
        '{"log": {"entries": [{"request": {"url": "https://www.google-analytics.com/x", "headers": [{"name": ' +
          '"Cookie", "value": "_ga=1; x=2"}]}}]}}',
      );
      const problems = validate(analyzeText(text), {}, evidence);
      assert.ok(
        !problems.some((p) => p.message.startsWith('Internal error')),
        problems.map((p) => p.message).join('\n'),
      );
      assert.ok(problems.some((p) => p.rule === 'undeclared-cookie' && p.message.includes("'x'")));
      assert.ok(!problems.some((p) => p.rule === 'cookie-mismatch' || p.rule === 'undeclared-third-party'));
      const analysis = analyzeText(text);
      const authority = validate(analysis).find((p) => p.rule === 'missing-authority')!;
      assert.deepEqual(
        fixesFor(analysis, authority).map((f) => f.title),
        [
          "Add a directory of authorities instead of one: the EDPB's list of its members",
          'Add an authority with a placeholder for its name',
        ],
      );
      assert.deepEqual(
        complete(text, 8, 16).items.filter((i) => i.label.includes('Rocket')),
        [],
      );
      // Each feature that ran without the catalogues said so, once, with the reason.
      for (const feature of [
        "Rule 'cookie-mismatch'",
        'Reconciliation',
        'The supervisory-authority quick fix',
        'Completion',
      ])
        assert.equal(logged.filter((m) => m.startsWith(`${feature} runs without the catalogues`)).length, 1, feature);
      assert.ok(
        logged.every((m) => m.includes('offline')),
        logged.join('\n'),
      );
      validate(analyzeText(`${text}\n`));
      assert.equal(logged.filter((m) => m.startsWith("Rule 'cookie-mismatch'")).length, 1, 'logged once, not per run');
    } finally {
      setCatalogueLog((message) => console.error(message));
      setCatalogueReader((file) =>
        fs.readFileSync(path.resolve(__dirname, '../../server/src/catalogues/data', file), 'utf8'),
      );
    }
    assert.equal(lookupCookie('_ga')?.platform, 'Google Analytics', 'a new reader loads the data again');
  });
});
