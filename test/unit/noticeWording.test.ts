// The notice's words after the first reading of the examples by lawyers (en, fr, nl, de): markers that say in plain
// words what information is missing and never deny the author's text beside them, none for advice or for a date the
// GDPR does not ask for; Art 4 cited by point and paragraphs of one article together, and read back as such; retention
// lead-ins a native writer would use; French typography; the terms of each language version of the GDPR.
// Run: node --import tsx --test test/unit/noticeWording.test.ts
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { messages, renderNotice } from '../../server/src/render';
import { analyzeText } from '../../server/src/core/analysis';
import { validate } from '../../server/src/rules/check';
import { findCitations } from '../../server/src/laws/eu-gdpr/citations';
import { textOf } from '../support/html';

const ROOT = resolve(__dirname, '../..');
const VALID = readFileSync(resolve(ROOT, 'test/fixtures/valid.privacy.yaml'), 'utf8');
const LANGUAGES = ['en', 'fr', 'nl', 'de'] as const;

/** The standalone notice's body, with the document's own problems as markers. */
function render(text: string, language?: string): string {
  const analysis = analyzeText(text);
  const notice = renderNotice(analysis, { mode: 'standalone', problems: validate(analysis), language });
  assert.equal(notice.error, undefined, String(notice.error));
  return notice.body;
}

/** The HTML of one top-level section. */
function section(html: string, id: string): string {
  const m = new RegExp(`<section id="${id}"[\\s\\S]*?(?=\\n<section id=|\\n<footer|$)`).exec(html);
  assert.ok(m, `no section #${id}`);
  return m[0];
}

/** The markers of a notice, as a reader sees them. */
const markers = (html: string) => [...html.matchAll(/<span class="missing">([^<]*)<\/span>/g)].map((m) => textOf(m[1]));

/** The HTML of a purpose's row. */
function purposeRow(html: string, id: string): string {
  const m = new RegExp(`<tr[^>]*><th scope="row" id="purpose-${id}">[\\s\\S]*?</tr>`).exec(html);
  assert.ok(m, `no row for purpose ${id}`);
  return m[0];
}

/** VALID with a third purpose appended under `purposes:` (before `transfers:`). */
const withPurpose = (yaml: string, text = VALID) => text.replace('transfers:\n', `${yaml}transfers:\n`);

describe('missing-information markers say in plain words what is missing', () => {
  const noData = withPurpose(
    '  newsletter:\n    title: Our newsletter\n    basis: legitimate-interests\n' +
      '    legitimate_interest: Telling customers about new products.\n    retention: 2 years\n    provision: voluntary\n',
  );
  const noDate = VALID.replace('  effective: 2025-01-01\n', '');
  const expected = {
    en: 'Data used for this purpose not stated',
    fr: 'Données utilisées pour cette finalité non précisées',
    nl: 'Gebruikte gegevens voor dit doeleinde niet vermeld',
    de: 'Für diesen Zweck verwendete Daten nicht angegeben',
  };
  for (const language of LANGUAGES) {
    it(`names the data a purpose does not state, not the field 'data' (${language})`, () => {
      const html = render(noData, language);
      assert.deepEqual(markers(purposeRow(html, 'newsletter')), [expected[language]]);
      // No marker anywhere names a field of the language or reads as the checker's message.
      for (const marker of markers(html))
        assert.doesNotMatch(
          marker,
          /[“‘„«]\s?(?:data|effective|title|purposes|name)\s?[”’“»]|Required|Verplicht|Pflichtfeld|obligatoire/,
        );
    });

    it(`puts no marker for a missing effective date, which the GDPR does not require; the problem stays (${language})`, () => {
      const html = render(noDate, language);
      assert.deepEqual(markers(html), []);
      const problems = validate(analyzeText(noDate)).filter((p) => p.rule === 'missing-field');
      assert.equal(problems.length, 1, 'the checker still reports the missing date');
    });

    it(`a field's marker is a key of the catalogue, in every language (${language})`, () => {
      const missing = messages(language).missing;
      for (const key of ['title', 'section-title', 'controller', 'controller-name', 'purposes', 'data', 'purpose-data'])
        assert.ok(missing[`missing-field/${key}`], `missing-field/${key}`);
    });
  }
});

describe('markers are for required information, never for advice', () => {
  // A consent-only purpose without `provision`: information-level advice (rule missing-provision).
  const consentOnly = withPurpose(
    '  newsletter:\n    title: Our newsletter\n    data: [contact-details]\n    basis: consent\n    retention: 2 years\n',
  );
  const contract = consentOnly.replace('    basis: consent\n', '    basis: contract\n');
  for (const language of LANGUAGES) {
    it(`no marker beside a consent-only purpose that does not say the data are voluntary (${language})`, () => {
      const problems = validate(analyzeText(consentOnly)).filter((p) => p.rule === 'missing-provision');
      assert.deepEqual(
        problems.map((p) => p.severity),
        ['information'],
      );
      assert.deepEqual(markers(purposeRow(render(consentOnly, language), 'newsletter')), []);
    });

    it(`a marker where the provision is required information (contract) (${language})`, () => {
      assert.deepEqual(markers(purposeRow(render(contract, language), 'newsletter')), [
        textOf(messages(language).missing['missing-provision']),
      ]);
    });
  }
});

describe('a marker never denies what the author wrote beside it', () => {
  // The author states the consequences of not providing the data, but not whether providing them is required.
  const withConsequence = withPurpose(
    '  accounts:\n    title: Your account\n    data: [contact-details]\n    basis: contract\n    retention: 2 years\n' +
      '    consequence: If you fail to provide your data, we cannot open your account.\n',
  );
  const beside = {
    en: 'Whether providing the data is a statutory or contractual requirement not stated — Art 13(2)(e)',
    fr: 'Caractère réglementaire ou contractuel de l’exigence de fourniture des données non précisé — article 13.2.e) du RGPD',
    nl: 'Niet vermeld of de verstrekking wettelijk of contractueel verplicht is — art. 13, lid 2, e) AVG',
    de: 'Nicht angegeben, ob die Bereitstellung gesetzlich oder vertraglich vorgeschrieben ist — Art. 13 Abs. 2 lit. e DSGVO',
  };
  const label = {
    en: 'Consequences of not providing the data: If you fail',
    fr: 'Conséquences si vous ne fournissez pas les données : <q lang="en">If you fail',
    nl: 'Gevolgen als u de gegevens niet verstrekt: <q lang="en">If you fail',
    de: 'Folgen, wenn Sie die Daten nicht bereitstellen: <q lang="en">If you fail',
  };
  for (const language of LANGUAGES) {
    it(`beside the author's consequences, only the kind of requirement is marked missing (${language})`, () => {
      const row = purposeRow(render(withConsequence, language), 'accounts');
      assert.deepEqual(markers(row), [beside[language]]);
      // The generated label is a noun phrase, so the author's "If you fail …" does not echo it.
      assert.ok(row.replace(/\u00a0/g, ' ').includes(label[language]), row);
    });
  }

  // Oscart's transfer: "protected by specific contractual obligations", no mechanism named.
  const contractual = VALID.replace(
    'transfers:\n  - recipients: [hosting]\n    mechanism: dpf\n',
    'transfers:\n  - recipients: [hosting]\n    note: Your data will be protected by specific contractual obligations.\n',
  );
  const transferMarker = {
    en: /^Ground of the transfer \(adequacy decision, type of safeguard or derogation\) not specified — Art 13\(1\)\(f\)$/,
    fr: /^Fondement du transfert \(décision d’adéquation, type de garantie ou dérogation\) non précisé — article 13\.1\.f\) du RGPD$/,
    nl: /^Grond voor de doorgifte \(adequaatheidsbesluit, soort waarborg of afwijking\) niet gespecificeerd — art\. 13, lid 1, f\) AVG$/,
    de: /^Grundlage der Übermittlung \(Angemessenheitsbeschluss, Art der Garantie oder Ausnahme\) nicht bezeichnet — Art\. 13 Abs\. 1 lit\. f DSGVO$/,
  };
  for (const language of LANGUAGES) {
    it(`the transfer marker asks for the ground's kind, not for a safeguard the author says exists (${language})`, () => {
      const html = render(contractual, language);
      const transfer = section(html, 'transfers');
      const found = markers(transfer);
      assert.equal(found.length, 1, transfer);
      assert.match(found[0], transferMarker[language]);
      assert.ok(transfer.includes('specific contractual obligations'));
    });
  }

  it('the data protection officer marker asks whether one is designated (Art 37), in every language', () => {
    const noDpo = VALID.replace('dpo: none\n', '');
    const words = {
      en: /^Whether a data protection officer has been designated/,
      fr: /^Désignation éventuelle/,
      nl: /^Niet vermeld of een functionaris/,
      de: /^Nicht angegeben, ob ein Datenschutzbeauftragter benannt ist/,
    };
    for (const language of LANGUAGES) assert.match(markers(render(noDpo, language))[0] ?? '', words[language]);
  });
});

describe('citations in each language version’s own form', () => {
  const cases: [string, string, string][] = [
    ['fr', 'Art 4(4)', 'article 4, point 4), du RGPD'],
    ['nl', 'Art 4(4)', 'art. 4, punt 4, AVG'],
    ['de', 'Art 4(4)', 'Art. 4 Nr. 4 DSGVO'],
    ['en', 'Art 4(4)', 'Art 4(4)'],
    ['nl', 'Art 15(1), 15(2)', 'art. 15, leden 1 en 2, AVG'],
    ['de', 'Art 15(1), 15(2)', 'Art. 15 Abs. 1 und 2 DSGVO'],
    ['de', 'Art 22(1), 22(2), 22(3)', 'Art. 22 Abs. 1, 2 und 3 DSGVO'],
    ['nl', 'Art 22(1), 22(2), 22(3)', 'art. 22, leden 1, 2 en 3, AVG'],
    // Different articles, or a point, keep their own form.
    ['nl', 'Art 13, 14', 'art. 13 en 14 AVG'],
    ['de', 'Art 6(1)(a), 6(1)(b)', 'Art. 6 Abs. 1 lit. a und 6 Abs. 1 lit. b DSGVO'],
  ];
  for (const [language, citation, expected] of cases)
    it(`${language}: ${citation} → ${expected}`, () => assert.equal(messages(language).cite(citation), expected));

  const profiling = {
    en: 'Includes profiling (Art 4(4))',
    fr: 'Comprend un profilage (article 4, point 4), du RGPD)',
    nl: 'Omvat profilering (art. 4, punt 4, AVG)',
    de: 'Umfasst Profiling (Art. 4 Nr. 4 DSGVO)',
  };
  const access = { nl: '(art. 15, leden 1 en 2, AVG)', de: '(Art. 15 Abs. 1 und 2 DSGVO)' };
  for (const language of LANGUAGES) {
    it(`the notice cites Art 4 by point and links it to Art 4 (${language})`, () => {
      const html = render(
        VALID.replace('    provision: voluntary\n', '    provision: voluntary\n    profiling: true\n'),
        language,
      );
      assert.ok(textOf(html).includes(profiling[language]), profiling[language]);
      const link = /<a href="([^"]*)"[^>]*class="citation"[^>]*>([^<]*4[^<]*)<\/a>\)<\/span>/.exec(html);
      assert.ok(link, 'the profiling badge links its citation');
      assert.match(link[1], /#art_4$/);
    });
  }
  for (const language of ['nl', 'de'] as const) {
    it(`two paragraphs of one article are cited together, each linked to that article (${language})`, () => {
      const html = render(VALID, language);
      assert.ok(textOf(html).includes(access[language]), access[language]);
      const rights = section(html, 'rights');
      const pair =
        /<a href="[^"]*#art_15"[^>]*>(?:Art\. 15 Abs\. 1|art\. 15, leden 1)<\/a> (?:und|en) <a href="[^"]*#art_15"[^>]*>2<\/a>/;
      assert.match(rights, pair);
    });
  }
});

describe('the citation recogniser reads the paragraphs and points it writes', () => {
  const read = (text: string) =>
    findCitations(text).map((c) => ({
      text: text.slice(c.span.start, c.span.end),
      provisions: c.provisions.map(
        (p) => `${p.number}${p.paragraph ? `(${p.paragraph})` : ''}${p.point ? `(${p.point})` : ''}`,
      ),
    }));
  const cases: [string, string, string[]][] = [
    ['Art. 15 Abs. 1 und 2 DSGVO', 'Art. 15 Abs. 1 und 2 DSGVO', ['15(1)', '15(2)']],
    ['Art. 22 Abs. 1, 2 und 3 DSGVO', 'Art. 22 Abs. 1, 2 und 3 DSGVO', ['22(1)', '22(2)', '22(3)']],
    ['art. 15, leden 1 en 2, AVG', 'art. 15, leden 1 en 2, AVG', ['15(1)', '15(2)']],
    ['article 15, paragraphes 1 et 2, du RGPD', 'article 15, paragraphes 1 et 2, du RGPD', ['15(1)', '15(2)']],
    ['art. 4, punt 4, AVG', 'art. 4, punt 4, AVG', ['4(4)']],
    ['Art. 4 Nr. 7 DSGVO', 'Art. 4 Nr. 7 DSGVO', ['4(7)']],
    ['article 4, point 8), du RGPD', 'article 4, point 8), du RGPD', ['4(8)']],
    // Unchanged: a list of articles, and a paragraph of each article named in full.
    ['Art 13 and 14', 'Art 13 and 14', ['13', '14']],
    ['Art. 13 und 14 DSGVO', 'Art. 13 und 14 DSGVO', ['13', '14']],
    ['Art. 15 Abs. 1 und 16 Abs. 2 DSGVO', 'Art. 15 Abs. 1 und 16 Abs. 2 DSGVO', ['15(1)', '16(2)']],
    ['Art 6(1) and 7', 'Art 6(1) and 7', ['6(1)', '7']],
  ];
  for (const [input, span, provisions] of cases)
    it(`"${input}" → ${provisions.join(', ')}`, () => assert.deepEqual(read(input), [{ text: span, provisions }]));

  it('a clause after a comma that names another law leaves the citation bare (never dropped)', () => {
    assert.deepEqual(read('article 6, de la loi du 30 juillet 2018'), [{ text: 'article 6', provisions: ['6'] }]);
  });
});

describe('retention lead-ins a native writer would use', () => {
  // The author writes in English; the notice is generated in another language, so the event is quoted.
  const quoted = VALID.replace(
    '    retention: 24 months\n',
    '    retention: { until: the end of the contract, then: 1 year }\n',
  );
  const expected = {
    en: 'Until the end of the contract, then 1 year',
    fr: 'Jusqu’au moment décrit comme the end of the contract, puis pendant 1 an',
    nl: 'Tot het moment dat wij omschrijven als the end of the contract, daarna nog 1 jaar',
    de: 'Bis zu dem Zeitpunkt, den wir als the end of the contract beschreiben, danach noch 1 Jahr',
  };
  for (const language of LANGUAGES) {
    it(`names the author's event as their description, never "the following event:" (${language})`, () => {
      const html = render(quoted, language);
      assert.ok(textOf(html).includes(expected[language]), expected[language]);
      assert.doesNotMatch(textOf(html), /following event|événement suivant|volgende moment|folgendem Zeitpunkt/i);
    });
  }
});

describe('the terms and typography of each language version', () => {
  it('fr: typographic apostrophe in country names, "un mois", the RGPD’s words for Art 9(2)(h) and Art 6(1)(b)', () => {
    const fr = messages('fr');
    assert.equal(fr.country('US'), 'États-Unis d’Amérique');
    assert.equal(fr.term('special_basis', 'health-care')?.label, 'Prise en charge sanitaire ou sociale');
    assert.equal(fr.term('basis', 'contract')?.label, 'Contrat ou mesures précontractuelles');
    const html = render(VALID, 'fr');
    assert.ok(html.includes('États-Unis d’Amérique') && !html.includes('d&#39;Amérique'));
    assert.ok(textOf(html).includes('au plus tard un mois après sa réception'));
    // Art 12(5) and 15(3) in two sentences: "ne … que" covers the first only.
    assert.ok(
      textOf(html).includes('(article 12.5 du RGPD). Il peut en outre exiger le paiement de frais raisonnables'),
    );
  });

  it('fr, nl, de: a possible recipient is a noun ("destinataire éventuel"), so it agrees with a plural name', () => {
    const possible = VALID.replace('    country: US\n', '    country: US\n    possible: true\n');
    const words = { fr: '(destinataire éventuel)', nl: '(mogelijke ontvanger)', de: '(möglicher Empfänger)' };
    for (const [language, word] of Object.entries(words))
      assert.ok(textOf(render(possible, language)).includes(word), word);
  });

  it('nl: "één maand" throughout Art 12(3); the "passende waarborgen" of Art 15(2); the Art 6(1)(b) label', () => {
    const text = textOf(render(VALID, 'nl'));
    assert.ok(text.includes('in ieder geval binnen één maand na ontvangst'));
    assert.doesNotMatch(text, /binnen 1 maand/);
    assert.ok(text.includes('en de passende waarborgen voor doorgiften naar een derde land'));
    assert.equal(messages('nl').term('basis', 'contract')?.label, 'Overeenkomst of precontractuele maatregelen');
  });

  it('de: the general retention lead-in, the processor sentence and the Art 6(1)(b) label', () => {
    const de = messages('de');
    assert.equal(
      de.purposes.generalRetention,
      'Soweit unten bei einem Zweck keine eigene Speicherdauer angegeben ist, gilt folgende Speicherdauer:',
    );
    assert.match(de.who.processorIntro, /für diese Verarbeitung gilt deren eigene Datenschutzerklärung\.$/);
    assert.equal(de.term('basis', 'contract')?.label, 'Vertrag oder vorvertragliche Maßnahmen');
  });

  for (const language of LANGUAGES) {
    it(`organisations that collect data themselves: no "on their own services" (${language})`, () => {
      assert.doesNotMatch(
        messages(language).recipients.ownIntro,
        /own services|propres services|eigen diensten|eigenen Diensten/,
      );
    });

    it(`the generated cookie heading differs from an author's section called "Cookies" (${language})`, () => {
      assert.notEqual(messages(language).headings.cookies, 'Cookies');
    });
  }

  it('author group names in a generated sentence are set off in their own language (nl notice, English author)', () => {
    const html = render(
      VALID.replace('data:\n', 'audiences:\n  customers:\n    label: Customers\ndata:\n').replace(
        '    basis: contract\n',
        '    basis: contract\n    audiences: [customers]\n',
      ),
      'nl',
    );
    assert.ok(html.includes('Deze privacyverklaring is gericht aan: <q lang="en">Customers</q>.'), html);
    assert.ok(html.includes('Betreft: <q lang="en">Customers</q>.'));
  });
});
