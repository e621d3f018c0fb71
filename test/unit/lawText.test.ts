// The texts of the UK GDPR (with the DPA 2018) and the Swiss FADP (with its Ordinance), as the language reads them
// (docs/language.md, "Laws"): their data with sources and dates, citations told apart by law, checked against each
// law's structure (repealed provisions "repealed on …"), linked to legislation.gov.uk and Fedlex.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findLawCitations, lawById, LAWS, type Law } from '../../server/src/laws';
import { analyzeText } from '../../server/src/core/analysis';
import { validate } from '../../server/src/rules/check';

const uk = lawById('uk-gdpr');
const ch = lawById('ch-fadp');
const eu = lawById('eu-gdpr');

/** "law: provisions" of every citation found in `text` under `laws`. */
function read(text: string, laws: readonly Law[], country?: string): string[] {
  return findLawCitations(text, laws, { country }).map(
    (c) => `${c.law.id}: ${c.provisions.map((p) => (c.law.text.named ?? c.law.text.formatProvision)(p)).join(', ')}`,
  );
}

describe('the data of each law: sources, dates, references', () => {
  it('every adequacy finding names its act and, outside the EU, the provision that lists it and how it was verified', () => {
    for (const law of [uk, ch])
      for (const f of law.adequacy.findings) {
        assert.ok(f.decision.trim(), `${law.id}: ${f.name}`);
        assert.ok(f.reference?.trim(), `${law.id}: ${f.name} has no reference`);
        assert.ok(f.verified?.trim(), `${law.id}: ${f.name} is not marked verified`);
      }
  });

  it('UK: approved destinations include the EEA, Gibraltar, the Commission decisions of 2020, Korea; the US through the UK Extension only', () => {
    for (const c of [
      'IE',
      'DE',
      'NO',
      'GI',
      'CH',
      'JP',
      'CA',
      'NZ',
      'IL',
      'UY',
      'AR',
      'AD',
      'FO',
      'GG',
      'IM',
      'JE',
      'KR',
    ])
      assert.equal(uk.transferStatus(c), 'adequacy', c);
    assert.equal(uk.transferStatus('US'), 'dpf');
    assert.equal(uk.adequacy.certified?.mechanism, 'uk-extension-dpf');
    assert.equal(uk.transferStatus('GB'), 'eea');
    assert.equal(uk.transferStatus('AU'), 'third-country');
    assert.equal(uk.transferStatus('BR'), 'third-country');
    assert.match(uk.adequacy.forCountry('KR')!.reference!, /SI 2022\/1213/);
    assert.match(uk.adequacy.forCountry('JP')!.scope!, /Supplementary Rules/);
  });

  it('CH: Annex 1 DPO, not the EU’s list — Monaco and the UK in it, Japan and Korea not; Canada private sector; the US only certified', () => {
    for (const c of [
      'DE',
      'FR',
      'IS',
      'LI',
      'GB',
      'MC',
      'AD',
      'AR',
      'IL',
      'NZ',
      'UY',
      'GI',
      'GG',
      'JE',
      'IM',
      'FO',
      'CA',
    ])
      assert.equal(ch.transferStatus(c), 'adequacy', c);
    assert.equal(ch.transferStatus('JP'), 'third-country');
    assert.equal(ch.transferStatus('KR'), 'third-country');
    assert.equal(ch.transferStatus('US'), 'dpf');
    assert.equal(ch.adequacy.certified?.mechanism, 'swiss-us-dpf');
    assert.match(ch.adequacy.forCountry('CA')!.scope!, /private sector/);
    assert.equal(ch.adequacy.forCountry('CA')!.reference, 'Annex 1 no. 7 DPO');
    assert.equal(ch.transferStatus('CH'), 'eea');
  });

  it('the ICO and the FDPIC, with their names in each notice language, sources and as-of dates', () => {
    assert.equal(uk.authority!.name.en, 'Information Commissioner');
    assert.equal(uk.authority!.name.de, 'Information Commissioner');
    assert.equal(ch.authority!.short.en, 'FDPIC');
    assert.equal(ch.authority!.short.fr, 'PFPDT');
    assert.equal(ch.authority!.short.de, 'EDÖB');
    assert.equal(ch.authority!.name.fr, 'Préposé fédéral à la protection des données et à la transparence');
    for (const a of [uk.authority!, ch.authority!]) {
      assert.match(a.asOf, /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(a.source.length > 20 && a.verified.length > 10);
    }
    assert.match(ch.authority!.reference, /Art 52\(2\) FADP/);
  });

  it('the FADP’s articles, generated from the consolidated text: 1–74 with 44a, 47a and 72a, titles in en/fr/de', () => {
    const articles = ch.text.articles();
    assert.equal(articles.length, 77);
    assert.deepEqual(
      articles.filter((a) => a.suffix).map((a) => `${a.number}${a.suffix}`),
      ['44a', '47a', '72a'],
    );
    const art25 = articles.find((a) => a.number === 25)!;
    assert.equal(art25.title.de, 'Auskunftsrecht');
    assert.equal(art25.title.fr, 'Droit d’accès');
    assert.equal(art25.title.en, 'Right to information');
    for (const a of articles)
      for (const l of ['en', 'fr', 'de', 'nl']) assert.ok(a.title[l]?.trim(), `${a.number}: ${l}`);
  });
});

describe('citations told apart by law', () => {
  it('the EU GDPR alone no longer reads the Swiss act’s articles as its own', () => {
    for (const t of [
      'Article 19 nFADP',
      'Art. 19 revDSG',
      'art. 19 nLPD',
      'Art 19 FADP',
      'art. 19 LPD',
      'Art 6(1)(f) UK GDPR',
    ])
      assert.deepEqual(read(t, [eu]), [], t);
    assert.deepEqual(read('Article 19 GDPR and Art 6(1)(f)', [eu]), ['eu-gdpr: Art 19', 'eu-gdpr: Art 6(1)(f)']);
  });

  it('UK forms: articles, inserted articles and points, DPA 2018 sections and schedules, the Act named before or after', () => {
    const both = [eu, uk];
    const cases: [string, string][] = [
      ['Art 6(1)(ea) UK GDPR', 'uk-gdpr: Art 6(1)(ea) UK GDPR'],
      ['Article 13 of the UK GDPR', 'uk-gdpr: Art 13 UK GDPR'],
      ['Art 22A–22D UK GDPR', 'uk-gdpr: Art 22A UK GDPR, Art 22D UK GDPR'],
      ['section 164A DPA 2018', 'uk-gdpr: DPA 2018 s.164A'],
      ['s. 165 Data Protection Act 2018', 'uk-gdpr: DPA 2018 s.165'],
      ['DPA 2018 s.165', 'uk-gdpr: DPA 2018 s.165'],
      ['Sch 2 para 26 DPA 2018', 'uk-gdpr: DPA 2018 Sch 2 para 26'],
      ['Annex 1 UK GDPR', 'uk-gdpr: Annex 1 UK GDPR'],
      ['Art 6(1)(f) GDPR', 'eu-gdpr: Art 6(1)(f)'],
    ];
    for (const [text, expected] of cases) assert.deepEqual(read(text, both), [expected], text);
    // A section of an Act the text does not name is no one's.
    assert.deepEqual(read('see section 3 of the Act', both), []);
  });

  it('in a notice of the UK GDPR, a citation naming no law (or "GDPR" alone) is the UK GDPR’s', () => {
    assert.deepEqual(read('Article 6(1)(f)', [uk]), ['uk-gdpr: Art 6(1)(f) UK GDPR']);
    assert.deepEqual(read('Art 6 GDPR', [uk]), ['uk-gdpr: Art 6 UK GDPR']);
    assert.deepEqual(read('Art 6 GDPR', [uk, eu]), ['eu-gdpr: Art 6']);
    assert.deepEqual(read('Article 6(1)(f)', [eu, uk]), ['eu-gdpr: Art 6(1)(f)']);
  });

  it('Swiss forms in German, French and English, with inserted articles, bis paragraphs, letters and numbers', () => {
    const both = [eu, ch];
    const cases: [string, string][] = [
      ['Art. 19 Abs. 4 DSG', 'ch-fadp: Art 19(4) FADP'],
      ['art. 19, al. 2, let. a, LPD', 'ch-fadp: Art 19(2)(a) FADP'],
      ['Art 19(4) FADP', 'ch-fadp: Art 19(4) FADP'],
      ['Article 19 nFADP', 'ch-fadp: Art 19 FADP'],
      ['Art. 44a revDSG', 'ch-fadp: Art 44a FADP'],
      ['Art. 24 Abs. 5bis DSG', 'ch-fadp: Art 24(5bis) FADP'],
      ['Art. 17 Abs. 1 Bst. b Ziff. 2 DSG', 'ch-fadp: Art 17(1)(b) FADP'],
      ['Art. 18 DSV', 'ch-fadp: Art 18 DPO'],
      ['art. 19 OPDo', 'ch-fadp: Art 19 DPO'],
      ['Art. 19 des Datenschutzgesetzes (DSG)', 'ch-fadp: Art 19 FADP'],
      ['Art. 6 Abs. 1 lit. f DSGVO', 'eu-gdpr: Art 6(1)(f)'],
    ];
    for (const [text, expected] of cases) assert.deepEqual(read(text, both, 'CH'), [expected], text);
  });

  it('"DSG" is the Swiss act only in a notice that is not Liechtenstein’s or Austria’s', () => {
    assert.deepEqual(read('Art. 19 DSG', [eu, ch], 'CH'), ['ch-fadp: Art 19 FADP']);
    assert.deepEqual(read('Art. 19 DSG', [eu, ch], 'LI'), []);
    assert.deepEqual(read('Art. 19 DSG', [eu, ch], 'AT'), []);
    assert.deepEqual(read('Art. 19 DSG', [eu]), []);
  });
});

describe('invalid-citation against each law’s structure', () => {
  const findings = (body: string, laws: string, effective = '2026-09-01') =>
    validate(
      analyzeText(
        `policy:\n  title: t\n  effective: ${effective}\nlaws:\n${laws}\nsections:\n  - title: More\n    body: ${body}\n`,
      ),
    )
      .filter((p) => p.rule === 'invalid-citation')
      .map((p) => p.message);

  it('reports a repealed UK provision as repealed on its date, and not before that date', () => {
    const [art22] = findings('Art 22 UK GDPR', '  uk-gdpr: {}');
    assert.match(art22, /is not a provision of the UK GDPR: Art 22 UK GDPR was repealed on 5 February 2026/);
    assert.deepEqual(findings('Art 22 UK GDPR', '  uk-gdpr: {}', '2025-12-01'), []);
    assert.match(findings('Art 77 UK GDPR', '  uk-gdpr: {}')[0], /repealed on 19 June 2026/);
    assert.match(findings('section 17A DPA 2018', '  uk-gdpr: {}')[0], /repealed on 5 February 2026/);
    assert.match(findings('Art 6(4) UK GDPR', '  uk-gdpr: {}')[0], /repealed on 5 February 2026/);
  });

  it('accepts inserted UK provisions from their date only, and knows the DPA 2018 ends at s.215', () => {
    assert.deepEqual(findings('Art 22A and Art 6(1)(ea) UK GDPR, s.164A DPA 2018', '  uk-gdpr: {}'), []);
    assert.match(findings('Art 13(2)(ca) UK GDPR', '  uk-gdpr: {}', '2026-03-01')[0], /applies from 19 June 2026/);
    assert.match(findings('s. 300 DPA 2018', '  uk-gdpr: {}')[0], /sections 1–215/);
    assert.match(findings('Art 48 UK GDPR', '  uk-gdpr: {}')[0], /repealed on 1 January 2021/);
  });

  it('checks FADP articles, paragraphs and letters; accepts 44a, 5bis, an unnumbered paragraph’s letter', () => {
    assert.deepEqual(
      findings('Art. 44a DSG, Art. 24 Abs. 5bis DSG, Art. 5 Bst. c DSG, Art. 19 Abs. 2 Bst. c DSG', '  ch-fadp: {}'),
      [],
    );
    assert.match(
      findings('Art. 80 DSG', '  ch-fadp: {}')[0],
      /is not a provision of the FADP: The FADP has Articles 1–74/,
    );
    assert.match(findings('Art. 19 Abs. 2 Bst. d DSG', '  ch-fadp: {}')[0], /letters a, b, c/);
    assert.match(findings('Art. 24 Abs. 5bis DSG', '  ch-fadp: {}', '2025-01-01')[0], /applies from 1 April 2025/);
  });
});

describe('links to the official texts', () => {
  it('UK GDPR articles and DPA 2018 sections on legislation.gov.uk', () => {
    assert.equal(
      uk.text.provisionLink!({ kind: 'article', number: 22, suffix: 'A' }, 'en'),
      'https://www.legislation.gov.uk/eur/2016/679/article/22A',
    );
    assert.equal(
      uk.text.provisionLink!({ kind: 'section', number: 164, suffix: 'A', instrument: 'dpa-2018' }, 'de'),
      'https://www.legislation.gov.uk/ukpga/2018/12/section/164A',
    );
  });

  it('FADP articles on Fedlex in German, French, or English (an unofficial translation) for English and Dutch notices', () => {
    assert.equal(
      ch.text.provisionLink!({ kind: 'article', number: 19 }, 'de'),
      'https://www.fedlex.admin.ch/eli/cc/2022/491/de#art_19',
    );
    assert.equal(
      ch.text.provisionLink!({ kind: 'article', number: 19 }, 'fr'),
      'https://www.fedlex.admin.ch/eli/cc/2022/491/fr#art_19',
    );
    assert.equal(
      ch.text.provisionLink!({ kind: 'article', number: 19 }, 'nl'),
      'https://www.fedlex.admin.ch/eli/cc/2022/491/en#art_19',
    );
    assert.equal(
      ch.text.provisionLink!({ kind: 'article', number: 44, suffix: 'a' }, 'en'),
      'https://www.fedlex.admin.ch/eli/cc/2022/491/en#art_44_a',
    );
    assert.equal(
      ch.text.provisionLink!({ kind: 'article', number: 18, instrument: 'dpo' }, 'de'),
      'https://www.fedlex.admin.ch/eli/cc/2022/568/de#art_18',
    );
    assert.equal(ch.text.unofficial!('en'), true);
    assert.equal(ch.text.unofficial!('nl'), true);
    assert.equal(ch.text.unofficial!('de'), false);
  });
});

describe('what each law calls the provisions the language is keyed by', () => {
  it('the UK numbers most alike; Art 22, 45, 77 and 89 were replaced on their dates', () => {
    const before = uk.at!('2026-01-01');
    const after = uk.at!('2026-07-01');
    assert.equal(after.cite('Art 13(1)(c), 6(1)'), 'Art 13(1)(c), 6(1)');
    assert.equal(before.cite('Art 22(4)'), 'Art 22(4)');
    assert.equal(after.cite('Art 22(4)'), 'Art 22B(1)–(3)');
    assert.equal(after.cite('Art 45'), 'Art 45A');
    assert.equal(after.cite('Art 13(2)(d), 77'), 'Art 13(2)(d); DPA 2018 s.165');
    assert.equal(uk.at!('2026-06-18').cite('Art 77'), 'Art 77');
    assert.equal(after.cite('Art 56'), undefined);
    assert.equal(after.cite('ePrivacy Art 5(3); Art 13(1)(c)'), 'PECR reg 6; Art 13(1)(c)');
  });

  it('the FADP answers the duty to inform, transfers and rights, and has no legal basis, DPO or complaint', () => {
    assert.equal(ch.cite('Art 13(1)(c)'), 'Art 19(2)(b) FADP');
    assert.equal(ch.cite('Art 13(1)(f), 44'), 'Art 19(4), 16 FADP');
    assert.equal(ch.cite('Art 13(2)(a)'), 'Art 25(2)(d) FADP');
    assert.equal(ch.cite('Art 12(3)'), 'Art 25(7) FADP; Art 18(1) DPO');
    for (const p of ['Art 13(1)(c), 6(1)', 'Art 13(1)(b)', 'Art 13(2)(d), 77', 'Art 13(2)(e)', 'Art 9(2)', 'Art 27'])
      assert.equal(ch.cite(p), undefined, p);
  });

  it('every law of LAWS binds to a date without changing the EU GDPR', () => {
    assert.equal(eu.at, undefined);
    for (const law of LAWS) assert.ok(law.text.articles().length > 0, law.id);
  });
});
