// The published notice says what the author wrote (docs/language.md, "Output language", v1.3), in en, fr, nl and de:
// markers only, possible as possible, transfers by their ground, rights as the law gives them, Art 8 as the law's
// rule, names as labels, French typography, the German subparagraph citation, author text in its own language,
// recipients, placeholders, and every v1.3 form. Inputs: test/fixtures/notice-v13.privacy.yaml and small variants.
// Run: node --import tsx --test test/unit/render-v13.test.ts
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { escapeHtml, messages, renderNotice, type Messages } from '../../server/src/render';
import { analyzeText } from '../../server/src/core/analysis';
import type { Problem } from '../../server/src/core/problem';
import type { RuleId } from '../../server/src/core/ruleIds';
import { validate } from '../../server/src/rules/check';
import { parseDuration } from '../../server/src/vocabulary/duration';
import { CATALOGUES } from '../../server/src/languages/notices';
import { lowerFirst } from '../../server/src/languages/noticeText';
import { textOf } from '../support/html';

const ROOT = resolve(__dirname, '../..');
const FIXTURE = readFileSync(resolve(ROOT, 'test/fixtures/notice-v13.privacy.yaml'), 'utf8');
const VALID = readFileSync(resolve(ROOT, 'test/fixtures/valid.privacy.yaml'), 'utf8');
const LANGUAGES = ['en', 'fr', 'nl', 'de'] as const;

/** The notice's HTML body, with the document's problems as markers (plus any extra problems a test adds). */
function render(
  text: string,
  language?: string,
  extra: (analysis: ReturnType<typeof analyzeText>) => Problem[] = () => [],
) {
  const analysis = analyzeText(text);
  const notice = renderNotice(analysis, {
    mode: 'standalone',
    problems: [...validate(analysis), ...extra(analysis)],
    language,
  });
  assert.equal(notice.error, undefined, String(notice.error));
  // Citations link to EUR-Lex (tested in render.test.ts); unwrapped here so sentences compare with the catalogue.
  return notice.body.replace(/<a [^>]*class="citation"[^>]*>([\s\S]*?)<\/a>/g, '$1');
}

/** The HTML of one top-level section. */
function section(html: string, id: string): string {
  const m = new RegExp(`<section id="${id}"[\\s\\S]*?(?=\\n<section id=|\\n<footer|$)`).exec(html);
  assert.ok(m, `no section #${id}`);
  return m[0];
}

/** What a reader sees of a section, tags removed. */
const text = (html: string, id: string) => textOf(section(html, id));

/** Text as the catalogue writes it (HTML), as a reader sees it. */
const plain = (html: string) => textOf(html);

/** A problem of a rule the rules owner may not have implemented yet, placed on the first occurrence of `needle`. */
function problemAt(source: string, rule: string, needle: string): Problem {
  const start = source.indexOf(needle);
  assert.ok(start >= 0, needle);
  return { rule: rule as RuleId, severity: 'information', message: rule, span: { start, end: start + needle.length } };
}

const rendered = Object.fromEntries(LANGUAGES.map((l) => [l, render(FIXTURE, l)])) as Record<string, string>;

describe('markers, not judgements', () => {
  const judgements = ['consent-tied-to-contract', 'invalid-adequacy', 'invalid-response-time', 'vague-retention'];
  for (const language of LANGUAGES) {
    it(`never prints a checker judgement in the ${language} notice, only missing information`, () => {
      const msg = messages(language);
      for (const rule of [...judgements, 'missing-authority', 'direct-marketing-basis'])
        assert.equal(msg.missing[rule], undefined, `${language}: a marker for ${rule}`);
      // The fixture has consent tied to a contract and a two-month response time: both reported, neither printed.
      const problems = validate(analyzeText(FIXTURE)).map((p) => p.rule);
      assert.ok(problems.includes('consent-tied-to-contract'));
      assert.ok(problems.includes('invalid-response-time'));
      assert.doesNotMatch(rendered[language], new RegExp(escapeRe(msg.cite('Art 7(4)'))));
      // Missing information still is marked: the bcr transfer gives no copy.
      has(rendered[language], `<span class="missing">${msg.missing['missing-transfer-copy']}</span>`);
    });

    it(`marks no missing retention where the notice-wide period applies (${language})`, () => {
      const msg = messages(language);
      const newsletter = /<th scope="row" id="purpose-newsletter">[\s\S]*?<\/tr>/.exec(rendered[language])?.[0] ?? '';
      assert.ok(newsletter.includes(msg.purposes.generalRetentionCell), newsletter);
      assert.ok(!newsletter.includes(msg.missing['missing-retention']), 'a marker beside the general period');
    });

    it(`writes no "authority missing" under the complaint paragraph (${language})`, () => {
      const html = render(
        VALID.replace(/authority:\n(?: {2}.*\n)+/, '').replace(
          'rights:\n  contact: privacy@example.com\n',
          'rights:\n  contact: privacy@example.com\n  notes: You can complain to the Belgian Data Protection Authority.\n',
        ),
        language,
      );
      assert.doesNotMatch(section(html, 'complaints'), /class="missing"/);
      has(section(html, 'complaints'), messages(language).lawText.complaint);
    });
  }
});

describe('possible is possible', () => {
  for (const language of LANGUAGES) {
    it(`says "may" for possible recipients and transfers, and "one of" for a list of mechanisms (${language})`, () => {
      const msg = messages(language);
      const html = rendered[language];
      const lab = /<tr[^>]*><th scope="row" id="recipient-lab">[\s\S]*?<\/tr>/.exec(html)?.[0] ?? '';
      assert.ok(lab.includes(msg.recipients.mayReceive), lab);
      const hosting = /<tr[^>]*><th scope="row" id="recipient-hosting">[\s\S]*?<\/tr>/.exec(html)?.[0] ?? '';
      assert.ok(!hosting.includes(msg.recipients.mayReceive), 'a certain recipient is not "may"');
      has(section(html, 'recipients'), msg.recipients.intro(true));
      const transfers = section(html, 'transfers').split('<div class="transfer"');
      // Transfer 3 (the laboratory) is possible and rests on one of two mechanisms; transfer 1 is certain.
      assert.ok(transfers[3].includes(msg.transfers.mayBeTransferred), transfers[3]);
      assert.ok(!transfers[3].includes(msg.transfers.transferred));
      has(transfers[1], msg.transfers.transferred);
      has(transfers[3], msg.transfers.groundOneOf);
      assert.equal((transfers[3].match(/<li>/g) ?? []).length, 2, 'two alternatives');
      assert.ok(!transfers[1].includes(msg.transfers.groundOneOf));
      // The section never claims that data "is transferred" as a whole, nor that all transfers are protected.
      assert.doesNotMatch(
        text(html, 'transfers'),
        /protected as follows|encadrés comme suit|waarborgen gelden|wie folgt abgesichert/,
      );
    });

    it(`keeps "we make none" and the author's note on what others may do (${language})`, () => {
      const html = section(rendered[language], 'automated-decisions');
      has(html, messages(language).automated.none);
      has(html, 'Our video platform may make its own automated decisions about its users.');
    });
  }
});

describe('transfers by their ground', () => {
  const compelling = {
    en: 'Art 49(1) second subparagraph',
    fr: 'article 49.1, deuxième alinéa, du RGPD',
    nl: 'art. 49, lid 1, tweede alinea, AVG',
    de: 'Art. 49 Abs. 1 UAbs. 2 DSGVO',
  };
  const risks = { en: /possible risks/, fr: /risques/, nl: /risico’s/, de: /Risiken/ };
  for (const language of LANGUAGES) {
    it(`names each ground — adequacy with its scope, safeguards with a copy, derogations — in ${language}`, () => {
      const msg = messages(language);
      const html = section(rendered[language], 'transfers');
      // Adequacy: the decision and its scope limit (Japan), a Directive decision kept by Art 45(9) (Switzerland).
      has(html, msg.transfers.adequacyCountry(escapeHtml(msg.country('JP'))));
      has(html, msg.transfers.adequacyScope.JP);
      has(html, msg.transfers.adequacyCountryDirective(escapeHtml(msg.country('CH'))));
      has(html, msg.transfers.dpf);
      // An international organisation is not a country.
      has(html, msg.transfers.adequacyOrganisation(own(language, 'European Patent Organisation')));
      assert.ok(!html.includes(msg.transfers.adequacyCountry(own(language, 'European Patent Organisation'))));
      has(html, `<dt>${msg.transfers.organisations}</dt><dd>${own(language, 'European Patent Organisation')}</dd>`);
      // Safeguards, with the means to obtain a copy.
      const [scc, article] = msg.transfers.safeguard.scc;
      has(html, msg.transfers.safeguards(scc, msg.cite(article)));
      has(html, `<dt>${msg.transfers.copy}</dt><dd>${language === 'en' ? '' : '<span lang="en">'}Ask us at`);
      // Art 49(1)(a): the reader is told the risks, not only that they consented.
      has(html, msg.transfers.derogationConsent);
      assert.match(msg.transfers.derogationConsent, risks[language]);
      has(msg.transfers.derogationConsent, msg.cite('Art 49(1)(a)'));
      // Art 49(1) second subparagraph, with the interest pursued; other derogations "because …".
      has(html, compelling[language]);
      has(html, 'Recovering a debt owed by a former patient.');
      has(html, msg.transfers.derogation(msg.transfers.because['derogation-contract']));
      // Never "safeguard" as the heading of every ground.
      for (const old of ['Safeguard', 'Garantie', 'Waarborg']) assert.ok(!html.includes(`<dt>${old}</dt>`), old);
    });
  }

  it('cites the second subparagraph of Art 49(1) in each language’s order', () => {
    for (const language of LANGUAGES)
      assert.equal(CATALOGUES[language].cite('Art 49(1) second subparagraph'), compelling[language]);
    // The hover meaning of the mechanism too; never "DSGVO Unterabs. 2" (citation, then the subparagraph).
    assert.ok(
      messages('de')
        .term('mechanism', 'derogation-compelling-interests')
        ?.meaning.includes('Art. 49 Abs. 1 UAbs. 2 DSGVO'),
    );
    for (const language of LANGUAGES)
      assert.doesNotMatch(
        JSON.stringify(catalogueStrings(CATALOGUES[language])),
        /DSGVO Unterabs|du RGPD, deuxième|AVG, tweede/,
      );
  });

  it('shows a scope limit the catalogue lacks in the data’s own words, marked as English', () => {
    const html = render(VALID.replace('    mechanism: dpf\n', '    mechanism: adequacy\n    countries: [KR]\n'), 'fr');
    has(section(html, 'transfers'), messages('fr').transfers.adequacyScope.KR);
  });
});

describe('rights as the law gives them', () => {
  const feasible = {
    en: ['where technically feasible', 'by automated means'],
    fr: ['lorsque cela est techniquement possible', 'à l’aide de procédés automatisés'],
    nl: ['indien dit technisch mogelijk is', 'via geautomatiseerde procedés'],
    de: ['soweit dies technisch machbar ist', 'mithilfe automatisierter Verfahren'],
  };
  const officialAuthority = {
    en: 'exercise of official authority',
    fr: 'l’exercice de l’autorité publique',
    nl: 'openbaar gezag',
    de: 'öffentlicher Gewalt',
  };
  const eea = {
    en: 'State of the European Economic Area',
    fr: 'l’État de l’Espace économique européen',
    nl: 'staat van de Europese Economische Ruimte',
    de: 'Staat des Europäischen Wirtschaftsraums',
  };
  const notEu = [
    /EU member state/,
    /État membre de l’Union/,
    /lidstaat van de Europese Unie/,
    /Mitgliedstaat der Europäischen Union/,
  ];
  const oldIdentity = [
    /Before we act on a request/,
    /Avant de donner suite/,
    /Voordat wij gevolg geven/,
    /Bevor wir einen Antrag/,
  ];

  for (const language of LANGUAGES) {
    it(`states each right with its conditions and limits, free of charge within the law’s limits (${language})`, () => {
      const msg = messages(language);
      const html = section(rendered[language], 'rights');
      for (const right of ['access', 'rectification', 'erasure', 'restriction', 'portability', 'withdraw-consent'])
        assert.ok(html.includes(msg.rights.text[right]), `${language} ${right}`);
      for (const phrase of feasible[language]) assert.ok(msg.rights.text.portability.includes(phrase), phrase);
      // Erasure on the Art 17(1) grounds, subject to 17(3); restriction in the 18(1) cases; access with a copy.
      for (const [right, cited] of [
        ['erasure', 'Art 17(1)'],
        ['erasure', 'Art 17(3)'],
        ['restriction', 'Art 18(1)'],
        ['portability', 'Art 20(3)'],
      ])
        assert.ok(msg.rights.text[right].includes(msg.cite(cited)), `${right} ${cited}`);
      has(msg.rights.text.access, language === 'en' ? 'Art 15(3)–(4)' : msg.cite('Art 15(3), 15(4)'));
      // Art 21(1) for a public task too, with official authority, naming the purpose on it.
      const objection = /<section class="objection"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
      has(msg.objection.general, officialAuthority[language]);
      assert.ok(objection.includes('href="#purpose-care"'), 'the public-task purpose is named');
      // Free of charge, with Art 12(5) and 15(3) as the law's limits.
      has(html, msg.rights.free);
      has(msg.rights.free, msg.cite('Art 12(5)'));
      assert.ok(msg.rights.free.includes(msg.cite('Art 15(3)')));
      // Identity only where there are reasonable doubts, then the author's words.
      has(html, msg.exercise.identityIntro);
      for (const old of oldIdentity) assert.doesNotMatch(html, old);
    });

    it(`renders a restriction under its right as its limit, and never removes the right (${language})`, () => {
      const msg = messages(language);
      const html = section(rendered[language], 'rights');
      const item = (right: string) => {
        const label = escapeHtml(msg.term('right', right)!.label);
        return new RegExp(`<li><strong>${escapeRe(label)}[\\s\\S]*?</li>`).exec(html)?.[0] ?? '';
      };
      has(item('access'), msg.rights.restrictedBy(quoted(language, 'Patient Rights Act, art 9')));
      has(item('access'), 'Notes of a psychiatrist that would harm the patient.');
      // v1.1 `exclude` is read as a restriction: the right stays, with its limit.
      has(item('erasure'), msg.rights.text.erasure);
      has(item('erasure'), msg.rights.restrictedBy(quoted(language, 'Archives Act, art 5')));
      // The complaint right cannot be restricted: the attempt is not shown as a limit.
      assert.ok(!item('complaint').includes('An imaginary law'));
    });

    it(`says where to complain: a supervisory authority, in particular in the EEA State (${language})`, () => {
      const msg = messages(language);
      const html = section(rendered[language], 'complaints');
      has(html, msg.lawText.complaint);
      has(msg.lawText.complaint, eea[language]);
      has(msg.lawText.complaint, msg.cite('Art 77(1)'));
      for (const old of notEu) assert.doesNotMatch(html, old);
    });
  }
});

describe('Art 8 as the law’s rule', () => {
  const belgium = {
    en: 'Belgium: 13.',
    fr: 'Belgique\u00a0: 13 ans.',
    nl: 'België: 13 jaar.',
    de: 'Belgien: 13 Jahre.',
  };
  for (const language of LANGUAGES) {
    it(`gives the age of the law that applies to the child, and Belgium’s as Belgium’s (${language})`, () => {
      const msg = messages(language);
      const html = section(rendered[language], 'purposes');
      has(html, msg.purposeFlags.childConsent(msg.lawText.digitalConsentAges));
      has(html, msg.purposeFlags.countryAge(msg.country('BE'), 13));
      assert.ok(msg.purposeFlags.countryAge(msg.country('BE'), 13).endsWith(belgium[language]));
      assert.doesNotMatch(
        plain(html),
        /Below the age of 13|moins de 13 ans|Onder de leeftijd van 13|Vollendung des 13/,
      );
      // Without the controller's country, no country's age is given.
      const noCountry = render(FIXTURE.replace('  country: BE\n', ''), language);
      assert.ok(!section(noCountry, 'purposes').includes(msg.purposeFlags.countryAge(msg.country('BE'), 13)));
    });
  }
});

describe('names are never spliced after a verb', () => {
  for (const language of LANGUAGES) {
    it(`labels the authority, the DPO and the rights contact (${language})`, () => {
      const msg = messages(language);
      const html = rendered[language];
      has(html, msg.complaints.authority(`<strong>${own(language, 'Gegevensbeschermingsautoriteit')}</strong>`));
      has(html, `<dt>${msg.who.name}</dt><dd>${own(language, 'Data Protection Office BV')}</dd>`);
      assert.doesNotMatch(html, /\b(?:is|est|ist|is de)\s+<strong>/);
      const named = render(
        VALID.replace(
          'rights:\n  contact: privacy@example.com\n',
          'rights:\n  contact: { name: N. Hermans, email: nh@example.com }\n',
        ),
        language,
      );
      has(named, msg.exercise.named(`<strong>${own(language, 'N. Hermans')}</strong>`, '').replace(/\.$/, ''));
      assert.doesNotMatch(named, /\b(?:is|est|ist)\s+<strong>/);
    });
  }

  it('gives the German controller as a label, not "ist <name>"', () => {
    has(rendered.de, 'Verantwortlicher für die Verarbeitung Ihrer personenbezogenen Daten: <strong>');
  });
});

describe('French typography', () => {
  /** Every string of a catalogue, functions called with a stand-in argument. */
  it('puts a no-break space before ":" and a narrow one before ";", "?", "!" and inside « » in every French string', () => {
    const faults: string[] = [];
    for (const s of catalogueStrings(CATALOGUES.fr)) {
      const t = s.replace(/https?:\/\/\S+/g, '');
      if (/(?<![\u00a0\u202f]):/.test(t)) faults.push(`colon: ${s}`);
      if (/(?<!\u202f)[;?!]/.test(t.replace(/&#?\w+;/g, ''))) faults.push(`;?!: ${s}`);
      if (/«(?!\u202f)|(?<!\u202f)»/.test(t)) faults.push(`« »: ${s}`);
    }
    assert.deepEqual(faults, []);
  });

  it('keeps the rendered French notice typographic, author text aside, with no capital after a colon', () => {
    const html = rendered.fr
      .replace(/<(q|span|div)[^>]* lang="en"[^>]*>[\s\S]*?<\/\1>/g, '')
      .replace(/<a [^>]*>[\s\S]*?<\/a>/g, '');
    // Tags removed, entities decoded, but no-break spaces kept (textOf would fold them into spaces).
    const t = html
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#39;/g, '’')
      .replace(/&amp;/g, '&');
    assert.doesNotMatch(t, /(?<![\u00a0\u202f]):/);
    assert.doesNotMatch(t.replace(/&#?\w+;/g, ''), /(?<!\u202f)[;?!]/);
    has(rendered.fr, 'Fourniture des données\u00a0: facultative.');
    has(rendered.fr, 'Catégorie particulière de données\u00a0: données concernant la santé');
    has(rendered.fr, 'Pour exercer l’un de ces droits, contactez-nous');
  });

  it('writes "Pour : …" for joint controllers with a no-break space', () => {
    const joint = render(
      `${VALID}joint_controllers:\n  - name: Partner SA\n    purposes: [orders]\n    essence: We share the delivery.\n`,
      'fr',
    );
    assert.match(joint, /Pour\u00a0: <a href="#purpose-orders">/);
  });
});

describe('author text in another language', () => {
  it('sets the author’s English off as a quotation in French, Dutch and German frames, never spliced', () => {
    const frames = {
      fr: [
        'jusqu’au moment décrit comme <q lang="en">the end of the treatment</q>',
        'à compter du moment décrit comme <q lang="en">the last visit</q>',
      ],
      nl: [
        'tot het moment dat wij omschrijven als <q lang="en">the end of the treatment</q>',
        'vanaf het moment dat wij omschrijven als <q lang="en">the last visit</q>',
      ],
      de: [
        'bis zu dem Zeitpunkt, den wir als <q lang="en">the end of the treatment</q> beschreiben',
        'ab dem Zeitpunkt, den wir als <q lang="en">the last visit</q> beschreiben',
      ],
    };
    for (const [language, expected] of Object.entries(frames)) {
      const html = rendered[language];
      for (const e of expected) assert.ok(html.toLowerCase().includes(e.toLowerCase()), `${language}: ${e}`);
      assert.doesNotMatch(html, /(?:bis|ab|tot|vanaf|jusqu’à|à compter de) the /);
      // Author markdown keeps its language.
      has(html, '<div class="author-text" lang="en">');
    }
    assert.ok(!rendered.en.includes('<q '), 'no quotation when the languages agree');
  });

  it('sets French author text off in an English notice ("2 years from la dernière activité" is wrong)', () => {
    const french = VALID.replace('language: en', 'language: fr').replace(
      '    retention: 24 months\n',
      '    retention: { period: 2 years, from: la dernière activité }\n',
    );
    const html = render(french, 'en');
    assert.ok(html.includes('2 years from the time described as <q lang="fr">la dernière activité</q>'), html);
    assert.ok(!render(french, 'fr').includes('<q '));
  });
});

describe('recipients', () => {
  for (const language of LANGUAGES) {
    it(`says "each only for the purposes listed above" only of recipients some purpose names (${language})`, () => {
      const msg = messages(language);
      const html = section(rendered[language], 'recipients');
      const [named, others] = html.split(msg.recipients.introOthers(false));
      assert.ok(others, 'a second group for the recipients no purpose names');
      has(named, msg.recipients.intro(true));
      assert.ok(named.includes('recipient-hosting'));
      has(others, 'Courier');
      assert.ok(others.includes('Patent office'));
      assert.ok(!others.includes(msg.recipients.intro(true)) && !others.includes(msg.recipients.intro(false)));
      // A notice whose purposes name no recipient never says it.
      const unnamed = render(VALID.replace('    recipients: [hosting]\n', ''), language);
      assert.ok(!section(unnamed, 'recipients').includes(msg.recipients.intro(false)));
    });
  }

  it('calls the German category `auditors` "Prüfer", not "Wirtschaftsprüfer … und Steuerberater"', () => {
    const auditors = messages('de').term('recipient_category', 'auditors')!;
    assert.equal(auditors.label, 'Prüfer');
    assert.doesNotMatch(`${auditors.label} ${auditors.meaning}`, /Steuerberater|Wirtschaftsprüfer/);
    assert.match(section(rendered.de, 'recipients'), /<td data-label="Kategorie"[^>]*>Prüfer<\/td>/);
  });
});

describe('markers for missing values', () => {
  for (const language of LANGUAGES) {
    it(`marks an unnamed cookie where its rule is raised to a warning, not at its default level information (${language})`, () => {
      const msg = messages(language);
      const row = (severity: Problem['severity']) => {
        const html = render(FIXTURE, language, () => [
          { ...problemAt(FIXTURE, 'unnamed-cookie', 'description: Remembers your language.'), severity },
        ]);
        return /<tbody><tr[^>]*><th scope="row">([\s\S]*?)<\/th>/.exec(section(html, 'cookies'))?.[1] ?? '';
      };
      assert.equal(row('warning'), `<span class="missing">${msg.missing['unnamed-cookie']}</span>`);
      // A name is not required information (docs/rules/unnamed-cookie.md): at its default level, no marker.
      assert.equal(row('information'), msg.none);
    });

    it(`shows a <…> placeholder as a missing-information marker, in fields and in markdown (${language})`, () => {
      const msg = messages(language);
      const html = rendered[language];
      has(html, `<span class="missing">${msg.placeholder('how long')}</span>`);
      has(html, `<span class="missing">${msg.placeholder('what the courier does')}</span>`);
      assert.doesNotMatch(html, /&lt;how long&gt;/);
      const md = render(
        FIXTURE.replace('We care for patients', 'We care for <who we care for> (<a href=x>raw</a>)'),
        language,
      );
      has(md, '&lt;a href=x&gt;raw&lt;/a&gt;', 'raw HTML is text, not a placeholder');
      has(md, `<span class="missing">${msg.placeholder('who we care for')}</span>`);
    });
  }
});

describe('the v1.3 forms', () => {
  for (const language of LANGUAGES) {
    it(`renders dates as months, the minimum age, changes, public body, commitments (${language})`, () => {
      const msg = messages(language);
      const html = rendered[language];
      has(html, msg.meta.effective(msg.month(new Date(Date.UTC(2026, 7, 1))), true));
      has(html, msg.meta.updated(msg.month(new Date(Date.UTC(2026, 3, 1))), true));
      has(section(html, 'children'), msg.minimumAge(16));
      assert.ok(
        section(html, 'changes').includes(msg.changes.notice(msg.retention.duration(parseDuration('30 days')!))),
      );
      has(html, `<dt>${msg.who.status}</dt><dd>${msg.who.publicBody}</dd>`);
      const commitments = section(html, 'commitments');
      for (const [id, sentence] of Object.entries(msg.promises))
        assert.ok(commitments.includes(typeof sentence === 'function' ? sentence(msg.lawText.outside) : sentence), id);
    });

    it(`renders processor roles, special lists, all_purposes, the notice-wide retention once (${language})`, () => {
      const msg = messages(language);
      const html = rendered[language];
      const who = section(html, 'who-we-are');
      has(who, msg.who.processorIntro);
      assert.ok(who.includes('The hospital that uses the service'));
      has(who, 'href="https://hospital.example/privacy"');
      const data = section(html, 'data');
      // One badge per category; French puts no capital after the colon.
      for (const special of ['health', 'genetic']) {
        const label = escapeHtml(msg.term('special', special)!.label);
        has(data, msg.data.special(language === 'fr' ? lowerFirst(label) : label, msg.cite('Art 9(1)')), special);
      }
      const purposes = section(html, 'purposes');
      // Identity (all_purposes) under each of the four purposes.
      assert.equal((purposes.match(/href="#data-identity"/g) ?? []).length, 4);
      assert.equal(purposes.split(msg.purposes.generalRetention).length, 2, 'the general period is stated once');
      assert.equal((purposes.match(new RegExp(escapeRe(msg.purposes.generalRetentionCell), 'g')) ?? []).length, 2);
    });

    it(`renders recipients without a role, regions, country lists, safeguards, own collection, opt-outs (${language})`, () => {
      const msg = messages(language);
      const html = rendered[language];
      const recipients = section(html, 'recipients');
      has(recipients, escapeHtml(msg.term('region', 'EEA')!.label));
      assert.ok(
        recipients.includes(
          escapeHtml(
            new Intl.ListFormat(msg.locale, { type: 'conjunction' }).format([msg.country('CA'), msg.country('IL')]),
          ),
        ),
      );
      has(recipients, 'Bound by a data processing agreement');
      has(recipients, msg.recipients.safeguards);
      // The organisation that collects for itself is under its own heading, never among those we share with.
      const at = recipients.indexOf(msg.recipients.ownHeading);
      assert.ok(at > 0, 'a heading of its own');
      const [shared, collecting] = [recipients.slice(0, at), recipients.slice(at)];
      assert.ok(collecting.includes('Video platform') && collecting.includes(msg.recipients.ownIntro));
      assert.ok(!shared.includes('Video platform'));
      has(section(html, 'purposes'), `(${msg.purposes.collectsItself})`);
      const optOut = html.slice(html.indexOf('<div class="opt-out"'), html.indexOf('<div class="opt-out"') + 800);
      assert.ok(
        optOut.includes(msg.purposes.optOut) && optOut.includes('href="https://example.com/unsubscribe"'),
        optOut,
      );
    });

    it(`renders cookie settings and an unnamed cookie’s description (${language})`, () => {
      const msg = messages(language);
      const cookies = section(rendered[language], 'cookies');
      has(cookies, msg.cookies.settingsHeading);
      has(cookies, 'Use the cookie banner link');
      has(cookies, 'Remembers your language.');
    });

    it(`names a directory of authorities instead of one authority (${language})`, () => {
      const msg = messages(language);
      const html = render(
        VALID.replace(
          /authority:\n(?: {2}.*\n)+/,
          'authority:\n  directory: https://www.edpb.europa.eu/about-edpb/about-edpb/members_en\n',
        ),
        language,
      );
      const link = '<a href="https://www.edpb.europa.eu/about-edpb/about-edpb/members_en" rel="noopener noreferrer">';
      has(section(html, 'complaints'), msg.complaints.directory(link).replace(/\$/, ''));
    });
  }

  it('keeps data used by every purpose and organisations no purpose names in an audience view', () => {
    const doc = `${FIXTURE}audiences:\n  patients: { label: Patients }\n  staff: { label: Staff }\n`.replace(
      '    title: Billing\n',
      '    title: Billing\n    audiences: [staff]\n',
    );
    const analysis = analyzeText(doc);
    const patients = renderNotice(analysis, { mode: 'standalone', audience: 'patients' }).body;
    assert.ok(section(patients, 'data').includes('id="data-identity"'), 'all_purposes data stays');
    assert.ok(section(patients, 'recipients').includes('Courier'), 'a recipient no purpose names concerns everyone');
    assert.ok(!section(patients, 'purposes').includes('id="purpose-billing"'));
    assert.ok(!section(patients, 'recipients').includes('Insurance company'), 'named only by a staff purpose');
  });
});

/** `haystack` contains `needle`, and the failure says which needle. */
function has(haystack: string, needle: string, what = ''): void {
  assert.ok(haystack.includes(needle), `${what} missing: ${needle.slice(0, 160)}`);
}

/** Author text as the notice shows it: in a `<span lang="en">` when the notice is in another language. */
function own(language: string, value: string): string {
  return language === 'en' ? value : `<span lang="en">${value}</span>`;
}

/** Author text inside a generated sentence: a quotation in its language when the notice is in another one. */
function quoted(language: string, value: string): string {
  return language === 'en' ? value : `<q lang="en">${value}</q>`;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every string of a catalogue: strings as they are, functions called with stand-in arguments. */
function catalogueStrings(catalogue: Messages): string[] {
  const out: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') out.push(value);
    else if (
      typeof value === 'function' &&
      !['date', 'month', 'term', 'country', 'cite', 'duration', 'between'].includes(key)
    ) {
      const fn = value as (...args: unknown[]) => unknown;
      const result = fn('X', 'Y', 'Z');
      if (typeof result === 'string') out.push(result);
    } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk({ ...catalogue, locale: undefined, language: undefined }, '');
  return out;
}
