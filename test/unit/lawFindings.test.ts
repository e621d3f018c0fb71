// How the notice and the rules state the UK GDPR (as amended by the Data (Use and Access) Act 2025) and the Swiss
// FADP (docs/language.md, "Laws"): automated decisions under Arts 22A–22C UK GDPR and Art 21 FADP, the complaints of
// DPA 2018 ss.164A and 165, adequacy only for the destinations each law lists, rules that are the EU's alone, the
// authority of another law, and the Swiss Act's own terms and spelling — in each notice language where there is text.
import { ENGLISH } from '../../server/src/languages/interface';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeText } from '../../server/src/core/analysis';
import { validate } from '../../server/src/rules/check';
import { renderDocument } from '../../server/src/render/document';
import { lawById } from '../../server/src/laws';
import type { Problem } from '../../server/src/core/problem';

const LANGUAGES = ['en', 'fr', 'nl', 'de'] as const;

interface Options {
  laws?: string;
  country?: string;
  effective?: string;
  language?: string;
  controller?: string;
  data?: string;
  purposes?: string;
  recipients?: string;
  transfers?: string;
  extra?: string;
  dpo?: string;
}

/** A small notice; each part may be replaced. */
function policy(o: Options = {}): string {
  return `policy:
  title: Notice
  effective: ${o.effective ?? '2026-09-01'}
  language: ${o.language ?? 'en'}
controller:
  name: ${o.controller ?? 'Example Ltd'}
  address: 1 High Street
  email: privacy@example.test
  phone: "+41 44 000 00 00"
${o.country ? `  country: ${o.country}\n` : ''}dpo: ${o.dpo ?? 'none'}
${o.laws ? `laws:\n${o.laws}\n` : ''}data:
${o.data ?? '  contact:\n    label: Contact details\n    source: data-subject'}
purposes:
${
  o.purposes ??
  `  credit:
    title: Credit decision
    data: [contact]
    basis: contract
    retention: 2 years
    provision: contractual
    consequence: No loan.`
}
${o.recipients ? `recipients:\n${o.recipients}\n` : ''}${o.transfers ? `transfers:\n${o.transfers}\n` : ''}rights:
  contact: privacy@example.test
${o.extra ?? 'automated_decisions: none\n'}`;
}

const check = (text: string): Problem[] => validate(analyzeText(text));
const of = (text: string, rule: string) => check(text).filter((p) => p.rule === rule);

/** The notice's text, tags removed, in a notice language. */
function notice(text: string, language = 'en'): string {
  const n = renderDocument(analyzeText(text), { mode: 'standalone', language });
  assert.equal(n.error, undefined);
  return n.html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<\/?(?:p|li|h[1-6]|div|td|th|tr|dt|dd|br|section|header|footer|nav|ul|ol|table|caption)\b[^>]*>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The rendered HTML, for what a tooltip or a marker holds. */
function html(text: string, language = 'en'): string {
  return renderDocument(analyzeText(text), { mode: 'standalone', language }).html;
}

const UK = '  uk-gdpr:\n    complaints:\n      email: complaints@example.test';
const DECISION = (ground: string) =>
  `automated_decisions:\n  - purpose: credit\n    logic: A score\n    significance: A loan may be refused\n ` +
  `   ground: ${ground}\n`;
const HEALTH_DATA = `  contact:
    label: Contact details
    source: data-subject
  health:
    label: Health data
    special: [health]
    source: data-subject`;
const HEALTH_PURPOSE = `  credit:
    title: Credit decision
    data: [contact, health]
    basis: contract
    special_basis: explicit-consent
    retention: 2 years
    provision: contractual
    consequence: No loan.`;

describe('H1, M2: automated decisions under the UK GDPR from 5 February 2026 (Arts 22A–22D)', () => {
  // The EU Art 22(1) right, in each language's catalogue.
  const euRight: Record<string, RegExp> = {
    en: /right not to be subject to a decision/,
    fr: /droit de ne pas faire l’objet d’une décision/,
    nl: /recht niet te worden onderworpen/,
    de: /nicht einer ausschließlich auf einer automatisierten Verarbeitung .* unterworfen zu werden/,
  };
  const safeguards: Record<string, RegExp> = {
    en: /make representations about it, obtain human intervention on our part and contest it \(Art 22C UK GDPR\)/,
    fr: /présenter vos observations, obtenir une intervention humaine de notre part et contester la décision \(Art 22C UK GDPR\)/,
    nl: /uw standpunt kenbaar maken, menselijke tussenkomst van onze kant verkrijgen en het besluit aanvechten \(Art 22C UK GDPR\)/,
    de: /Stellung nehmen, das Eingreifen einer Person unsererseits erwirken und die Entscheidung anfechten \(Art 22C UK GDPR\)/,
  };
  for (const language of LANGUAGES) {
    it(`${language}: no right not to be subject to a decision; Art 22C's safeguards and Art 22B's limits`, () => {
      const text = notice(policy({ laws: UK, effective: '2026-07-01', extra: DECISION('contract') }), language);
      assert.doesNotMatch(text, euRight[language]);
      assert.match(text, safeguards[language]);
      assert.match(text, /Art 22B\(1\)–\(3\), 9\(2\)\(g\) UK GDPR/);
      assert.match(text, /Art 22B\(4\) UK GDPR/);
      // The right's citation is whole, and no ground of an ordinary decision is cited to Art 22B.
      assert.match(text, /Art 22A–22C UK GDPR\)/);
      assert.doesNotMatch(text, /UK GDPR–/);
      assert.doesNotMatch(text, /Art 22B UK GDPR|Art 22B\(3\)/);
    });
  }

  it('a decision on special category data cites its condition of Art 22B; an ordinary one shows no ground', () => {
    const special = (ground: string) =>
      notice(
        policy({
          laws: UK,
          effective: '2026-07-01',
          data: HEALTH_DATA,
          purposes: HEALTH_PURPOSE,
          extra: DECISION(ground),
        }),
      );
    assert.match(special('explicit-consent'), /Legal ground Explicit consent — Art 22B\(2\) UK GDPR/);
    assert.match(special('contract'), /Legal ground Necessary for a contract — Art 22B\(3\), 9\(2\)\(g\) UK GDPR/);
    const ordinary = notice(policy({ laws: UK, effective: '2026-07-01', extra: DECISION('contract') }));
    assert.doesNotMatch(ordinary, /Legal ground/);
    assert.match(ordinary, /We tell you about each such decision/);
  });

  it('before 5 February 2026 the UK GDPR still had Art 22, and the notice says so', () => {
    const text = notice(policy({ laws: UK, effective: '2026-01-15', extra: DECISION('contract') }));
    assert.match(text, /right not to be subject to a decision/);
    assert.doesNotMatch(text, /Art 22C/);
  });

  it('the UK names the decision grounds by Art 22B(2) and 22B(3), for special category data', () => {
    const uk = lawById('uk-gdpr').at!('2026-07-01');
    assert.equal(uk.cite('Art 22(2)(a)'), 'Art 22B(3)');
    assert.equal(uk.cite('Art 22(2)(b)'), 'Art 22B(3)');
    assert.equal(uk.cite('Art 22(2)(c)'), 'Art 22B(2)');
    assert.equal(uk.cite('Art 22(1)–(3)'), 'Art 22A–22C');
    assert.equal(lawById('uk-gdpr').at!('2026-01-15').cite('Art 22(2)(a)'), 'Art 22(2)(a)');
  });
});

describe('M1, L3: the UK complaints: to us (s.164A) and to the Information Commissioner (s.165)', () => {
  const complaintRight: Record<string, RegExp> = {
    en: /You can complain to us \(section 164A of the Data Protection Act 2018\) and to the Information Commissioner/,
    fr: /réclamation auprès de nous \(section 164A du Data Protection Act 2018\) et auprès de l’Information Commissioner/,
    nl: /klacht indienen bij ons \(section 164A van de Data Protection Act 2018\) en bij de Information Commissioner/,
    de: /bei uns \(section 164A des Data Protection Act 2018\) und beim Information Commissioner beschweren/,
  };
  const access: Record<string, RegExp> = {
    en: /your right to complain to us \(section 164A .* and to the Information Commissioner \(section 165 of that Act\)/,
    fr: /auprès de nous \(section 164A .* et auprès de l’Information Commissioner \(section 165 de cette loi\)/,
    nl: /bij ons \(section 164A .* en bij de Information Commissioner \(section 165 van die wet\)/,
    de: /bei uns \(section 164A .* und beim Information Commissioner \(section 165 dieses Gesetzes\)/,
  };
  // The EU's "a supervisory authority" in each catalogue's rights.
  const euAuthority: Record<string, RegExp> = {
    en: /with a supervisory authority/,
    fr: /auprès d’une autorité de contrôle/,
    nl: /bij een toezichthoudende autoriteit/,
    de: /bei einer Aufsichtsbehörde/,
  };
  for (const language of LANGUAGES)
    it(`${language}: the rights name both complaints, and never "a supervisory authority"`, () => {
      const text = notice(policy({ laws: UK, effective: '2026-09-01' }), language);
      assert.match(text, complaintRight[language]);
      assert.match(text, access[language]);
      assert.doesNotMatch(text, euAuthority[language]);
    });

  it('before 19 June 2026: the complaint to the Information Commissioner alone (Art 77 UK GDPR)', () => {
    const text = notice(policy({ laws: UK, effective: '2026-03-01' }));
    assert.match(text, /You can lodge a complaint with the Information Commissioner/);
    assert.match(text, /your right to lodge a complaint with the Information Commissioner/);
    assert.match(text, /lodge a complaint with the Information Commissioner \(Art 77 UK GDPR\)/);
    assert.doesNotMatch(text, /section 164A|supervisory authority/);
  });
});

describe('L1, L2: missing-complaints-route states s.164A as it is', () => {
  it('quotes s.164A(1) and marks the route as not stated, with s.164A(2)', () => {
    const text = policy({ laws: '  uk-gdpr: {}' });
    const [finding] = of(text, 'missing-complaints-route');
    assert.match(finding.message, /infringement of the UK GDPR concerning their data \(DPA 2018 s\.164A\(1\)\)/);
    assert.match(notice(text), /How to complain to us not stated — see s\.164A\(2\) DPA 2018/);
  });
});

describe('M3: the Privacy Shield under the UK GDPR', () => {
  it('points to the UK Extension, never to `dpf`, and cites no omitted article', () => {
    const text = policy({
      laws: UK,
      recipients: '  us: { label: Analytics, country: US }',
      transfers: '  - recipients: [us]\n    mechanism: privacy-shield',
    });
    for (const mechanism of ['privacy-shield', 'safe-harbor']) {
      const [finding] = of(text.replace('privacy-shield', mechanism), 'invalid-mechanism');
      assert.match(finding.message, /uk-extension-dpf/);
      assert.doesNotMatch(finding.message, /'dpf'|\(Art 44, 45\)/);
    }
  });
});

describe('H3, M4: no adequacy or approval for a destination the law does not list', () => {
  const ukMarker: Record<string, string> = {
    en: 'Not approved for this destination under the UK GDPR — Art 45A UK GDPR',
    fr: 'Transfert non approuvé vers cette destination au regard du UK GDPR — Art 45A UK GDPR',
    nl: 'Doorgifte naar deze bestemming niet goedgekeurd onder de UK GDPR — Art 45A UK GDPR',
    de: 'Übermittlung an dieses Ziel nach der UK GDPR nicht genehmigt — Art 45A UK GDPR',
  };
  const ukApproved: Record<string, RegExp> = {
    en: /approved by regulations/,
    fr: /approuvé par règlement/,
    nl: /goedgekeurd bij regelgeving/,
    de: /durch Verordnung nach Art 45A UK GDPR genehmigte/,
  };
  const ukText = policy({
    laws: UK,
    recipients: '  in: { label: Partner, country: IN }',
    transfers: '  - recipients: [in]\n    mechanism: adequacy',
  });
  for (const language of LANGUAGES)
    it(`${language}: UK — India is not approved: the author's mechanism with the marker`, () => {
      const text = notice(ukText, language);
      assert.doesNotMatch(text, ukApproved[language]);
      assert.ok(text.includes(ukMarker[language]), text);
    });

  it('UK: the EU–US framework is named with its marker, not as approved', () => {
    const text = policy({
      laws: UK,
      recipients: '  us: { label: Analytics, country: US }',
      transfers: '  - recipients: [us]\n    mechanism: dpf',
    });
    const rendered = notice(text);
    assert.match(rendered, /EU–US Data Privacy Framework Transfer ground accepted under this notice’s laws not stated/);
    assert.doesNotMatch(rendered, /approved by regulations/);
  });

  const chMarker: Record<string, string> = {
    en: 'Not listed in Annex 1 DPO — Art 16(1) FADP',
    fr: 'Ne figure pas à l’annexe 1 OPDo — art. 16, al. 1, LPD',
    nl: 'Niet opgenomen in bijlage 1 DPO — art. 16(1) FADP',
    de: 'Nicht in Anhang 1 DSV aufgeführt — Art. 16 Abs. 1 DSG',
  };
  const chFinding: Record<string, RegExp> = {
    en: /Federal Council has found/,
    fr: /Conseil fédéral a constaté/,
    nl: /Bondsraad heeft vastgesteld/,
    de: /Bundesrat hat festgestellt/,
  };
  const chText = policy({
    country: 'CH',
    laws: '  ch-fadp: {}',
    recipients: '  jp: { label: Partner, country: JP }',
    transfers: '  - recipients: [jp]\n    mechanism: adequacy',
  });
  for (const language of LANGUAGES)
    it(`${language}: CH — Japan is not in Annex 1 DPO: the author's mechanism with the marker`, () => {
      const text = notice(chText, language);
      assert.doesNotMatch(text, chFinding[language]);
      assert.ok(text.includes(chMarker[language]), text);
    });

  it('EU: no adequacy decision is stated for India', () => {
    const text = policy({
      recipients: '  in: { label: Partner, country: IN }',
      transfers: '  - recipients: [in]\n    mechanism: adequacy',
    });
    const rendered = notice(text);
    assert.doesNotMatch(rendered, /An adequacy decision of the European Commission/);
    assert.match(
      rendered,
      /Ground stated: Adequacy decision\. No adequacy decision of the European Commission for this destination — Art 45\(3\) GDPR/,
    );
  });

  it('the rule reports each of them', () => {
    assert.equal(of(ukText, 'invalid-adequacy').length, 1);
    assert.equal(of(chText, 'invalid-adequacy').length, 1);
  });

  it(
    'M4: every EEA State is in Annex 1 DPO, so the EEA is adequate under the FADP (its States still to ' + 'be named)',
    () => {
      const fadp = lawById('ch-fadp');
      assert.ok(fadp.adequacy.forCountry('EEA'));
      assert.ok(fadp.adequacy.forCountry('EU'));
      const text = policy({
        country: 'CH',
        laws: '  ch-fadp: {}',
        recipients: '  eea: { label: Hosting, country: EEA }',
        transfers: '  - recipients: [eea]\n    mechanism: adequacy',
      });
      assert.deepEqual(of(text, 'invalid-adequacy'), []);
      assert.ok(of(text, 'missing-destination-country').length > 0, 'the States are still to be named');
      const rendered = notice(text, 'de');
      assert.match(
        rendered,
        /Nach Europäischer Wirtschaftsraum: der Bundesrat hat festgestellt, dass die Gesetzgebung dort/,
      );
      assert.doesNotMatch(rendered, /dieses Staates/);
    },
  );
});

describe('a marker stands beside the ground it concerns', () => {
  it('a mechanism for a law the notice does not serve marks no valid ground of another law', () => {
    const text = policy({
      laws: `${UK}\n  eu-gdpr: {}`,
      recipients: '  us: { label: Hosting, country: US }',
      transfers:
        '  - recipients: [us]\n    mechanism: { eu-gdpr: scc, uk-gdpr: uk-addendum, ch-fadp: scc }\n    copy: Ask us',
    });
    assert.equal(of(text, 'invalid-mechanism').length, 1);
    const rendered = notice(text);
    assert.match(rendered, /UK Addendum \(Art 46\(2\)\(d\) UK GDPR, s\.119A DPA 2018\)\. How to get a copy/);
    assert.doesNotMatch(rendered, /Transfer ground accepted under this notice’s laws not stated/);
  });
});

describe('H4: recognised legitimate interests where the EU GDPR is served too', () => {
  const purpose = (bases: string) => `  marketing:
    title: Marketing
    data: [contact]
    basis: ${bases}
    law: Annex 1 para 5 UK GDPR
    retention: 2 years
    provision: voluntary
    consequence: None.`;
  const text = (bases: string) =>
    policy({ laws: `${UK}\n  eu-gdpr: {}`, effective: '2026-09-01', purposes: purpose(bases) });

  it('a purpose on them alone is reported: it has no basis for people in the EEA', () => {
    const found = of(text('recognised-legitimate-interests'), 'invalid-value');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /basis of Art 6\(1\) GDPR/);
  });

  it('the section for the EEA never lists them as a basis, and marks the purpose instead', () => {
    const rendered = notice(text('recognised-legitimate-interests'));
    const eea = rendered.slice(rendered.indexOf('Legal bases'));
    assert.doesNotMatch(eea, /Recognised legitimate interests/);
    assert.match(eea, /Marketing: Legal basis missing — Art 13\(1\)\(c\) GDPR/);
  });

  it('with a basis of the GDPR beside them, nothing is reported, and the EEA sees that basis alone', () => {
    const both = text(
      '\n      - { basis: recognised-legitimate-interests, when: People in the United Kingdom }\n' +
        ('      - { basis: legitimate-interests, when: People in the EEA }\n    legitimate_interest: Telling ' +
          'customers about our books'),
    );
    assert.deepEqual(of(both, 'invalid-value'), []);
    const rendered = notice(both);
    assert.match(
      rendered.slice(rendered.indexOf('Legal bases')),
      /Marketing: Legitimate interests \(Art 6\(1\)\(f\) GDPR\)/,
    );
  });
});

describe('H2: rules of the EU alone are silent under the Swiss FADP alone', () => {
  const cookie = '\ncookies:\n  - name: _ga\n    provider: Google\n    type: analytics\n    duration: 2 years\n';
  const swiss = (extra = '') =>
    policy({ country: 'CH', laws: '  ch-fadp: {}', extra: `automated_decisions: none\n${extra}` });
  const both = (extra = '') =>
    policy({ country: 'CH', laws: '  ch-fadp: {}\n  eu-gdpr: {}', extra: `automated_decisions: none\n${extra}` });

  it('cookie-consent-basis: Swiss law asks to inform and allow refusal (Art 45c(b) FMG), not for consent', () => {
    assert.deepEqual(of(swiss(cookie), 'cookie-consent-basis'), []);
    assert.equal(of(swiss(cookie), 'cookie-refusal-missing').length, 1);
    const [eu] = of(both(cookie), 'cookie-consent-basis');
    assert.ok(eu, 'the EEA still needs consent');
    assert.match(eu.message, /\[ePrivacy Art 5\(3\); Art 4\(11\), 7 GDPR\]$/);
    assert.doesNotMatch(eu.message, /FMG|FADP\]/);
  });

  it('implied-consent, single-contact-form, automated-decision-child and invalid-response-time', () => {
    const implied = '\nsections:\n  - title: Cookies\n    body: By continuing to browse you accept cookies.\n';
    assert.deepEqual(of(swiss(implied), 'implied-consent'), []);
    assert.equal(of(both(implied), 'implied-consent').length, 1);
    const oneContact = (text: string) =>
      text.replace('  phone: "+41 44 000 00 00"\n', '').replace(/  address: .*\n/, '');
    assert.deepEqual(of(oneContact(swiss()), 'single-contact-form'), []);
    assert.equal(of(oneContact(both()), 'single-contact-form').length, 1);
    const late = (text: string) =>
      text.replace('rights:\n  contact:', 'rights:\n  response_time: 3 months\n  contact:');
    assert.deepEqual(of(late(swiss()), 'invalid-response-time'), []);
    assert.equal(of(late(both()), 'invalid-response-time').length, 1);
    const child = (laws: string) =>
      policy({
        country: 'CH',
        laws,
        purposes:
          `  credit:\n    title: Credit decision\n    data: [contact]\n    basis: contract\n    retention: ` +
          `2 years\n    children: true\n    provision: contractual\n    consequence: No loan.`,
        extra: DECISION('contract'),
      });
    assert.deepEqual(of(child('  ch-fadp: {}'), 'automated-decision-child'), []);
    assert.equal(of(child('  ch-fadp: {}\n  eu-gdpr: {}'), 'automated-decision-child').length, 1);
  });

  it('L12: the GDPR articles a message explains a finding with name the GDPR', () => {
    const text = policy({
      country: 'CH',
      laws: '  ch-fadp: {}',
      recipients: '  host: { label: Hosting, country: CH }',
      purposes:
        `  credit:\n    title: Credit decision\n    data: [contact]\n    basis: contract\n    retention: ` +
        `2 years\n    recipients: [host]`,
    });
    const [role] = of(text, 'missing-recipient-role');
    assert.match(role.message, /\(a processor, Art 28 GDPR\)/);
    assert.match(role.message, /\[Art 19\(2\)\(c\) FADP\]$/);
  });
});

describe('authority-scope: the authority of another law', () => {
  const authority = (name: string) => `  name: ${name}`;
  it('the ICO named for a Swiss notice, top-level or under laws.ch-fadp', () => {
    const top = policy({ country: 'CH', laws: '  ch-fadp: {}' }).replace(
      'data:\n',
      `authority:\n${authority('Information Commissioner')}\ndata:\n`,
    );
    const [finding] = of(top, 'authority-scope');
    assert.match(finding.message, /under the UK GDPR, not under the Swiss FADP.*Art 49\(1\) FADP/);
    assert.match(finding.message, /\[Art 4\(1\), 49\(1\) FADP\]$/);
    const further = policy({
      country: 'DE',
      laws: `  eu-gdpr: {}\n  ch-fadp:\n    authority:\n      name: "Information Commissioner's Office"`,
    });
    assert.equal(of(further, 'authority-scope').length, 1);
  });

  it('the FDPIC named for the UK GDPR; an EEA authority for the FADP', () => {
    const uk = policy({ laws: UK }).replace('data:\n', 'authority:\n  name: EDÖB\ndata:\n');
    assert.match(of(uk, 'authority-scope')[0].message, /under the Swiss FADP, not under the UK GDPR/);
  });

  it('silent for each law’s own authority, and for the ICO under the EU GDPR before 2021', () => {
    const uk = policy({ laws: UK }).replace('data:\n', 'authority:\n  name: Information Commissioner\ndata:\n');
    assert.deepEqual(of(uk, 'authority-scope'), []);
    const ch = policy({ country: 'CH', laws: '  ch-fadp: {}' }).replace('data:\n', 'authority:\n  name: EDÖB\ndata:\n');
    assert.deepEqual(of(ch, 'authority-scope'), []);
    const before = policy({ country: 'GB', laws: '  eu-gdpr: {}', effective: '2019-03-01' }).replace(
      'data:\n',
      "authority:\n  name: Information Commissioner's Office\ndata:\n",
    );
    assert.deepEqual(of(before, 'authority-scope'), []);
  });
});

describe(
  'M5: the FADP asks for no ground of an automated decision; contract and consent are exceptions (Art ' + '21(3))',
  () => {
    const consent: Record<string, RegExp> = {
      en: /You expressly consented to this decision being automated; .* \(Art 21\(3\)\(b\) FADP\)/,
      fr: /Vous avez expressément consenti à ce que cette décision soit automatisée.* \(art\. 21, al\. 3, let\. b, LPD\)/,
      nl: /U hebt uitdrukkelijk ingestemd met een geautomatiseerd besluit; .* \(art\. 21\(3\)\(b\) FADP\)/,
      de: /Sie haben ausdrücklich eingewilligt, dass diese Entscheidung automatisiert erfolgt; .* \(Art\. 21 Abs\. 3 Bst\. b DSG\)/,
    };
    const contract: Record<string, RegExp> = {
      en: /\(Art 21\(3\)\(a\) FADP\)/,
      fr: /\(art\. 21, al\. 3, let\. a, LPD\)/,
      nl: /\(art\. 21\(3\)\(a\) FADP\)/,
      de: /\(Art\. 21 Abs\. 3 Bst\. a DSG\)/,
    };
    const groundRow: Record<string, RegExp> = {
      en: /Legal ground/,
      fr: /Fondement de la décision|Consentement explicite/,
      nl: /Grondslag van het besluit/,
      de: /Rechtsgrundlage der Entscheidung/,
    };
    for (const language of LANGUAGES)
      it(`${language}: no "legal ground" row; the exception of Art 21(3) where it applies`, () => {
        const text = (ground: string) =>
          notice(policy({ country: 'CH', laws: '  ch-fadp: {}', extra: DECISION(ground) }), language);
        const withConsent = text('explicit-consent');
        assert.doesNotMatch(withConsent, groundRow[language]);
        assert.match(withConsent, consent[language]);
        assert.match(text('contract'), contract[language]);
      });
  },
);

describe('M6: the exceptions of Art 17 FADP in the FADP’s own terms', () => {
  const labels: Record<string, [string, string, string]> = {
    en: ['Overriding public interest', 'Protecting the life or physical integrity', 'Express consent'],
    fr: ['Intérêt public prépondérant', 'Protection de la vie ou de l’intégrité corporelle', 'Consentement exprès'],
    nl: [
      'Zwaarder wegend openbaar belang',
      'Bescherming van het leven of de lichamelijke integriteit',
      'Uitdrukkelijke toestemming',
    ],
    de: [
      'Überwiegendes öffentliches Interesse',
      'Schutz des Lebens oder der körperlichen Unversehrtheit',
      'Ausdrückliche Einwilligung',
    ],
  };
  const text = policy({
    country: 'CH',
    laws: '  ch-fadp: {}',
    recipients: '  a: { label: A, country: SG }\n  b: { label: B, country: BR }\n  c: { label: C, country: IN }',
    transfers:
      '  - recipients: [a]\n    mechanism: derogation-public-interest\n' +
      '  - recipients: [b]\n    mechanism: derogation-vital-interests\n' +
      '  - recipients: [c]\n    mechanism: derogation-consent',
  });
  for (const language of LANGUAGES)
    it(`${language}: overriding public interest, life or physical integrity, express consent`, () => {
      const rendered = notice(text, language);
      for (const label of labels[language]) assert.ok(rendered.includes(label), label);
      assert.doesNotMatch(rendered, /Important public interest|Vital interests|Motifs importants|explicite/);
    });
});

describe('M7: the data protection advisor of Art 10 FADP', () => {
  const dpo = '\n  name: Anna Muster\n  email: dpo@example.test';
  const advisor: Record<string, [string, string]> = {
    en: ['Data protection advisor', 'data protection advisor (Art 10 FADP)'],
    fr: ['Conseiller à la protection des données', 'conseiller à la protection des données (art. 10 LPD)'],
    nl: ['Adviseur voor gegevensbescherming', 'adviseur voor gegevensbescherming (art. 10 FADP)'],
    de: ['Datenschutzberater', 'Datenschutzberater (Art. 10 DSG)'],
  };
  for (const language of LANGUAGES)
    it(`${language}: a Swiss notice names the advisor, and with the EU GDPR the officer too`, () => {
      const swiss = notice(policy({ country: 'CH', laws: '  ch-fadp: {}', dpo }), language);
      const [heading, sentence] = advisor[language];
      assert.ok(swiss.includes(heading) && swiss.includes(sentence), swiss);
      assert.doesNotMatch(swiss, /Data protection officer|Délégué|Functionaris|Datenschutzbeauftragte/);
      const both = notice(policy({ country: 'CH', laws: '  ch-fadp: {}\n  eu-gdpr: {}', dpo }), language);
      assert.match(both, /Art 37 GDPR|article 37 du RGPD|art\. 37 AVG|Art\. 37 DSGVO/);
    });
});

describe('L4: a marker cites only the laws that require the item in the notice', () => {
  it('retention: the GDPR in a Swiss notice that serves it; no marker under the FADP alone', () => {
    const purposes =
      `  credit:\n    title: Credit decision\n    data: [contact]\n    basis: contract\n    provision: ` +
      `contractual\n    consequence: No loan.`;
    const both = notice(policy({ country: 'CH', laws: '  ch-fadp: {}\n  eu-gdpr: {}', purposes }), 'de');
    assert.match(both, /Speicherdauer fehlt — Art\. 13 Abs\. 2 lit\. a DSGVO/);
    assert.doesNotMatch(both, /Speicherdauer fehlt — Art\. 25/);
    const swiss = notice(policy({ country: 'CH', laws: '  ch-fadp: {}', purposes }), 'de');
    assert.doesNotMatch(swiss, /Speicherdauer fehlt/);
  });
});

describe('L5: the claims of Art 32(2) FADP are actions before the civil courts', () => {
  const claims: Record<string, RegExp> = {
    en: /bring an action before the civil courts \(Art 32\(2\) FADP, with Articles 28, 28a and 28g–28l of the Civil Code\)/,
    fr: /intenter une action devant les tribunaux civils .* du Code civil suisse\).* faire effacer ou détruire/,
    nl: /vordering instellen bij de burgerlijke rechter .* Zwitserse Burgerlijk Wetboek\)/,
    de: /vor den Zivilgerichten klagen \(Art\. 32 Abs\. 2 DSG in Verbindung mit den Artikeln 28, 28a sowie 28g–28l des Zivilgesetzbuchs\)/,
  };
  for (const language of LANGUAGES)
    it(`${language}`, () => {
      const text = policy({ country: 'CH', laws: '  ch-fadp: {}' });
      assert.match(notice(text, language), claims[language]);
      // The Civil Code's articles are not the FADP's: no link to Art 28 FADP (portability).
      assert.doesNotMatch(
        html(text, language),
        /#art_28"[^>]*>(?:Art(?:icles?|ikeln?)?\.? |art(?:icles?|ikelen)?\.? )?28</,
      );
    });
});

describe('L6: a Swiss notice in German and French speaks the Act’s terms; Swiss German writes "ss"', () => {
  const text = (language: string) =>
    policy({
      country: 'CH',
      language,
      controller: 'Großmann AG',
      laws: '  ch-fadp: {}\n  eu-gdpr: {}',
      recipients: '  host: { label: Hosting, country: CH, type: processor }',
      purposes:
        `  credit:\n    title: Credit decision\n    data: [contact]\n    basis: contract\n    retention: ` +
        `2 years\n    recipients: [host]\n    provision: contractual\n    consequence: No loan.`,
    });
  it('de: Personendaten, bearbeiten, Auftragsbearbeiter; no "ß" in our sentences, the EEA section included', () => {
    const rendered = notice(text('de'), 'de');
    assert.match(rendered, /Welche Personendaten wir bearbeiten/);
    assert.match(rendered, /Auftragsbearbeiter/);
    assert.match(rendered, /des mutmasslichen Verstosses/);
    // The author's name keeps its spelling.
    assert.match(rendered, /Großmann AG/);
    assert.doesNotMatch(rendered.replace(/Großmann/g, ''), /ß/);
  });
  it('fr: données personnelles in the notice’s own sentences', () => {
    const rendered = notice(text('fr'), 'fr');
    assert.match(rendered, /Les données personnelles que nous traitons|données personnelles/);
    const own = rendered.slice(0, rendered.indexOf('Informations complémentaires pour les personnes dans'));
    assert.doesNotMatch(own, /à caractère personnel/);
  });
});

describe('L7: citations are whole and in the law’s own style', () => {
  it('French Swiss style: a comma before LPD only after al./let./ch.', () => {
    const fr = lawById('ch-fadp').sentences!('fr');
    assert.equal(fr.localCitation('Art 21 FADP'), 'art. 21 LPD');
    assert.equal(fr.localCitation('Art 19(4) FADP'), 'art. 19, al. 4, LPD');
    assert.equal(fr.localCitation('Art 17(1)(c)(1) FADP'), 'art. 17, al. 1, let. c, ch. 1, LPD');
  });
  it('an article and one of its paragraphs are cited once', () => {
    assert.equal(lawById('ch-fadp').cite('Art 44, 45'), 'Art 16 FADP; Annex 1 DPO');
  });
});

describe('L8: the revised FADP applies from 1 September 2023', () => {
  it('implicit-law says so for a Swiss notice dated earlier', () => {
    const [hint] = of(policy({ country: 'CH', effective: '2023-06-01' }), 'implicit-law');
    assert.match(hint.message, /applies from 1 September 2023; the notice is dated earlier/);
    const [later] = of(policy({ country: 'CH', effective: '2024-06-01' }), 'implicit-law');
    assert.doesNotMatch(later.message, /dated earlier/);
  });
});

describe('L9, L13: the documentation', () => {
  const docs = (page: string) => readFileSync(resolve(__dirname, '../../docs', page), 'utf8');
  it('missing-representative says why it reports only as information under the FADP (Art 14 FADP)', () => {
    const page = docs('rules/missing-representative.md');
    assert.match(page, /Art 14\(1\)\(a\)–\(d\) FADP/);
    assert.match(page, /reported as information/);
    assert.doesNotMatch(page, /the rule is silent/);
  });
  it('the UK list is the destinations of DPA 2018 Sch 21 para 5, without the Privacy Shield', () => {
    const page = docs('language.md');
    assert.doesNotMatch(page, /decisions in force at the end of 2020 as they then stood/);
    assert.match(page, /destinations listed in DPA 2018 Sch 21 para 5/);
  });
});

describe('L10, L11, L14: the laws’ data', () => {
  it('Annex 1 DPO is the version of the Ordinance of 14 August 2024', () => {
    for (const f of lawById('ch-fadp').adequacy.findings) {
      assert.match(f.decision, /AS 2024 435/);
      assert.doesNotMatch(f.decision, /AS 2022 568/);
    }
  });
  it('UK: Israel limited as Art 1(1) of its decision has it; Uruguay without a limit taken from its title', () => {
    const uk = lawById('uk-gdpr');
    assert.match(uk.adequacy.forCountry('IL')!.scope!, /Art 1\(1\)/);
    assert.equal(uk.adequacy.forCountry('UY')!.scope, undefined);
    assert.doesNotMatch(ENGLISH.say(uk.describeTransferStatus('IL')), /title/);
  });
  it('FADP principles: lawfulness is Art 6(1), accuracy Art 6(5)', () => {
    const fadp = lawById('ch-fadp');
    assert.equal(fadp.cite('Art 5(1)(a)'), 'Art 6(1), 6(2), 6(3) FADP');
    assert.equal(fadp.cite('Art 5(1)(d)'), 'Art 6(5) FADP');
  });
});
