// GDPR citations in text (docs/language.md, "Citing the GDPR in your text"): the structure data, recognition of every form in each language, linear
// time on hostile text, completion (also in broken documents), hover, document links and the rendered links.
import { ENGLISH } from '../../server/src/languages/interface';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  allArticles,
  ARTICLE_COUNT,
  eurLexUrl,
  gdprArticle,
  paragraphsOf,
  pointsOf,
  recitalCount,
} from '../../server/src/laws/eu-gdpr/articles';
import { findCitations, formatProvision, provisionProblem } from '../../server/src/laws/eu-gdpr/citations';
import { renderNotice } from '../../server/src/render';
import { CONTENT_SECURITY_POLICY } from '../../server/src/render/notice';
import { analyzeText } from '../../server/src/core/analysis';
import { createLanguageService } from '../../server/src/service/languageService';
import { validate } from '../../server/src/rules/check';
import { fastestOf } from '../support/timing';

describe('GDPR structure data', () => {
  it('has the 99 articles and 173 recitals of Regulation (EU) 2016/679, numbered in order', () => {
    assert.equal(ARTICLE_COUNT, 99);
    assert.equal(allArticles().length, 99);
    assert.deepEqual(
      allArticles().map((a) => a.number),
      Array.from({ length: 99 }, (_, i) => i + 1),
    );
    assert.equal(recitalCount(), 173);
  });

  it(
    'has the points the notice relies on: Art 6(1) (a)–(f), Art 13(1) (a)–(f), Art 13(2) (a)–(f), Art ' +
      '9(2) (a)–(j)',
    () => {
      assert.deepEqual(pointsOf(6, '1'), ['a', 'b', 'c', 'd', 'e', 'f']);
      assert.deepEqual(pointsOf(13, '1'), ['a', 'b', 'c', 'd', 'e', 'f']);
      assert.deepEqual(pointsOf(13, '2'), ['a', 'b', 'c', 'd', 'e', 'f']);
      assert.deepEqual(pointsOf(9, '2'), ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
      assert.deepEqual(paragraphsOf(13), ['1', '2', '3', '4']);
      assert.deepEqual(paragraphsOf(21), ['1', '2', '3', '4', '5', '6']);
      assert.equal(paragraphsOf(4).length, 26, 'Art 4 defines 26 terms, cited as Art 4(1)–(26)');
      assert.deepEqual(paragraphsOf(10), [], 'Art 10 is one unnumbered paragraph');
      assert.deepEqual(pointsOf(53, '1'), [], 'Art 53(1) has indents, not lettered points');
    },
  );

  it('has every title in English, French, Dutch and German, and a one-sentence summary of our own', () => {
    for (const a of allArticles()) {
      for (const language of ['en', 'fr', 'nl', 'de'] as const)
        assert.ok(a.title[language]?.trim(), `Art ${a.number} has no ${language} title`);
      assert.match(a.summary, /^[A-Z€].*[.]$/, `Art ${a.number}: one sentence`);
      assert.ok(
        !/\.\s+[A-Z]/.test(a.summary.replace(/\b(?:Art|e\.g|i\.e)\./g, '')),
        `Art ${a.number}: more than one sentence`,
      );
    }
    // Only a few headings are the same word in two languages ("Certification", "Sanctions").
    for (const language of ['fr', 'nl', 'de'] as const)
      assert.ok(
        allArticles().filter((a) => a.title[language] === a.title.en).length <= 5,
        `${language} titles are translated`,
      );
    assert.equal(gdprArticle(6)!.title.fr, 'Licéité du traitement');
    assert.equal(gdprArticle(6)!.title.nl, 'Rechtmatigheid van de verwerking');
    assert.equal(gdprArticle(6)!.title.de, 'Rechtmäßigkeit der Verarbeitung');
    assert.equal(gdprArticle(44)!.title.nl, 'Algemeen beginsel inzake doorgiften');
  });

  it('links each language version on EUR-Lex, with the article or recital anchor', () => {
    assert.equal(
      eurLexUrl('fr', { article: 6 }),
      'https://eur-lex.europa.eu/legal-content/FR/TXT/HTML/?uri=CELEX:32016R0679#art_6',
    );
    assert.equal(
      eurLexUrl('de', { recital: 47 }),
      'https://eur-lex.europa.eu/legal-content/DE/TXT/HTML/?uri=CELEX:32016R0679#rct_47',
    );
  });
});

/** The citations of a text, as "[written] Art 6(1)(f) …" for compact comparison. */
function read(text: string): string[] {
  return findCitations(text).map(
    (c) =>
      `[${text.slice(c.span.start, c.span.end)}] ${c.provisions.map((p) => `${formatProvision(p)}${p.rangeFrom ? '<' : ''}`).join(' ')}`,
  );
}

describe('recognition of citations', () => {
  const forms: [language: string, text: string, expected: string][] = [
    ['en', 'Art 6(1)(f)', '[Art 6(1)(f)] Art 6(1)(f)'],
    ['en', 'under Art. 6(1)(f) GDPR.', '[Art. 6(1)(f) GDPR] Art 6(1)(f)'],
    ['en', 'Article 6(1)(f) of the GDPR', '[Article 6(1)(f) of the GDPR] Art 6(1)(f)'],
    ['en', 'Article 6(1), point (f)', '[Article 6(1), point (f)] Art 6(1)(f)'],
    ['en', 'Art. 6 paragraph 1, letter f of GDPR', '[Art. 6 paragraph 1, letter f of GDPR] Art 6(1)(f)'],
    ['en', 'under point (f) of Article 6(1) GDPR', '[point (f) of Article 6(1) GDPR] Art 6(1)(f)'],
    ['en', 'points (a) to (f) of Article 13(1)', '[points (a) to (f) of Article 13(1)] Art 13(1)(a) Art 13(1)(f)<'],
    ['en', 'Recital 47', '[Recital 47] Recital 47'],
    ['en', 'Articles 15 to 22', '[Articles 15 to 22] Art 15 Art 22<'],
    ['fr', 'l’article 6.1.f) du RGPD', '[article 6.1.f) du RGPD] Art 6(1)(f)'],
    ['fr', 'article 6, paragraphe 1, point f)', '[article 6, paragraphe 1, point f)] Art 6(1)(f)'],
    ['fr', 'articles 13 et 14 du RGPD', '[articles 13 et 14 du RGPD] Art 13 Art 14'],
    ['fr', 'considérant 47', '[considérant 47] Recital 47'],
    ['fr', 'articles 44 à 49', '[articles 44 à 49] Art 44 Art 49<'],
    ['nl', 'art. 6, lid 1, f) AVG', '[art. 6, lid 1, f) AVG] Art 6(1)(f)'],
    ['nl', 'artikel 6, lid 1, onder f, AVG', '[artikel 6, lid 1, onder f, AVG] Art 6(1)(f)'],
    ['nl', 'artikel 45, lid 2, punt b)', '[artikel 45, lid 2, punt b)] Art 45(2)(b)'],
    ['nl', 'overweging 47', '[overweging 47] Recital 47'],
    ['nl', 'artikelen 15 tot en met 22 AVG', '[artikelen 15 tot en met 22 AVG] Art 15 Art 22<'],
    ['de', 'Art. 6 Abs. 1 lit. f DSGVO', '[Art. 6 Abs. 1 lit. f DSGVO] Art 6(1)(f)'],
    ['de', 'Art. 6 Abs. 1 S. 1 lit. b DSGVO', '[Art. 6 Abs. 1 S. 1 lit. b DSGVO] Art 6(1)(b)'],
    ['de', 'Artikel 6 Absatz 1 Buchstabe f', '[Artikel 6 Absatz 1 Buchstabe f] Art 6(1)(f)'],
    ['de', 'Art. 13 und 14 DSGVO', '[Art. 13 und 14 DSGVO] Art 13 Art 14'],
    ['de', 'Erwägungsgrund 47', '[Erwägungsgrund 47] Recital 47'],
    ['de', 'Art. 15 bis Art. 22 DSGVO', '[Art. 15 bis Art. 22 DSGVO] Art 15 Art 22<'],
  ];
  for (const [language, text, expected] of forms) {
    it(`${language}: ${text}`, () => assert.deepEqual(read(text), [expected]));
  }

  it('reads ranges of articles, paragraphs and points, and lists', () => {
    assert.deepEqual(read('Art 15–22'), ['[Art 15–22] Art 15 Art 22<']);
    assert.deepEqual(read('Art 21(2)–(3)'), ['[Art 21(2)–(3)] Art 21(2) Art 21(3)<']);
    assert.deepEqual(read('Art 13(2)(b)–(d)'), ['[Art 13(2)(b)–(d)] Art 13(2)(b) Art 13(2)(d)<']);
    assert.deepEqual(read('Art 13(1)(c), 6(1)'), ['[Art 13(1)(c), 6(1)] Art 13(1)(c) Art 6(1)']);
    assert.deepEqual(read('Articles 13, 14 and 21 apply'), ['[Articles 13, 14 and 21] Art 13 Art 14 Art 21']);
  });

  it('leaves other laws, quantities, dates and words that merely contain "art" alone', () => {
    for (const text of [
      'Art. 9 BayDSG',
      'Article 8 of the Charter',
      'Art 5(3) ePrivacy Directive',
      'article 8 de la Charte',
      'Article 3 of our terms',
      'Dutch Civil Code, Book 2, article 10',
      'BW art. 2:10',
      'state of the Art 2024',
      'Part 2',
      'the artist 3',
      'Art. 6a BayDSG',
    ]) {
      assert.deepEqual(read(text), [], text);
    }
    assert.deepEqual(read('Art 6 and 10 days'), ['[Art 6] Art 6']);
  });

  it('checks each provision against the data', () => {
    const problem = (text: string) =>
      findCitations(text)
        .flatMap((c) => c.provisions.map(provisionProblem))
        .flatMap((m) => (m ? [ENGLISH.say(m)] : []));
    assert.equal(problem('Art 6(1)(f)').length, 0);
    assert.match(problem('Art 6(1)(g)')[0], /\(a\)–\(f\)/);
    assert.match(problem('Art 100')[0], /99 articles/);
    assert.match(problem('Art 13(5)')[0], /paragraphs 1–4/);
    assert.match(problem('Recital 174')[0], /173 recitals/);
    assert.equal(problem('Art 4(26)').length, 0);
  });

  it('takes linear time on hostile text (4× the input takes well under 16× the time)', () => {
    const hostile = [
      (n: number) => 'Art '.repeat(n),
      (n: number) => `Art 1${', 1'.repeat(n)}`,
      (n: number) => `Art 6${'('.repeat(n)}`,
      (n: number) => 'Art 6(1)(a)–'.repeat(n),
      (n: number) => `${'article '.repeat(n)}6`,
      (n: number) => `Art 6 ${' '.repeat(n)}and 7`,
    ];
    for (const make of hostile) {
      // The fastest of a few runs: the machine may be busy, but never makes a run faster.
      const time = (n: number) => {
        const text = make(n);
        return fastestOf(7, () => findCitations(text));
      };
      time(2000); // warm-up
      const small = Math.max(time(10000), 0.5);
      const large = time(40000);
      // Linear: about 4×; quadratic: 16×.
      assert.ok(
        large < small * 8,
        `${make(1).slice(0, 20)}…: ${small.toFixed(1)} ms for 10k, ${large.toFixed(1)} ms for 40k`,
      );
    }
  });
});

// ── the editor features ─────────────────────────────────────────────────────

const POLICY = `policy:
  title: Privacy notice
  effective: 2025-01-01
  language: LANG
controller:
  name: Example Ltd
  address: Street 1, City
  email: privacy@example.com
data:
  contact:
    label: Contact details
purposes:
  fraud:
    title: Preventing fraud
    description: We rely on our legitimate interests (Art 6(1)(f) GDPR) and Art 6(1)(g).
    data: [contact]
    basis: legitimate-interests
    legitimate_interest: Protecting the shop
    retention: 1 year
    law: "article 6.1.c) du RGPD"
`;

function docOf(text: string, version = 1) {
  return TextDocument.create('file:///citations.privacy.yaml', 'privacy-policy', version, text);
}

function positionAfter(text: string, needle: string) {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, needle);
  const before = text.slice(0, offset + needle.length).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('citation completion', () => {
  const complete = (text: string, needle: string) => {
    const service = createLanguageService();
    return service.completion(docOf(text), positionAfter(text, needle)).items;
  };

  it('offers the 99 articles with their titles in the notice language after the article word, in any text', () => {
    const text = POLICY.replace('LANG', 'fr').replace(
      '    retention: 1 year\n',
      '    retention: 1 year\n    consequence: As required by Art \n',
    );
    const items = complete(text, 'As required by Art ');
    assert.equal(items.length, 99);
    assert.equal(items[5].label, '6');
    assert.equal(items[5].labelDetails?.description, 'Licéité du traitement');
  });

  it('works while the rest of the document is broken', () => {
    const broken =
      `policy:\n  title: [unclosed\npurposes:\n  x:\n    description: |\n      We rely on Article \n  : ` +
      `: :\n    - ]]\n`;
    const items = complete(broken, 'We rely on Article ');
    assert.equal(items.length, 99);
    assert.equal(
      items[12].labelDetails?.description,
      'Information to be provided where personal data are collected from the data subject',
    );
    const paragraphs = complete(broken.replace('Article \n', 'Article 13(\n'), 'Article 13(');
    assert.deepEqual(
      paragraphs.map((i) => i.label),
      ['1', '2', '3', '4'],
    );
    assert.equal(
      paragraphs[0].textEdit && 'newText' in paragraphs[0].textEdit ? paragraphs[0].textEdit.newText : '',
      '1)',
    );
  });

  it(
    'offers the paragraphs after "Art 6(" and the points after "Art 6(1)(", also in the German and Dutch ' + 'styles',
    () => {
      const base = POLICY.replace('LANG', 'en');
      const at = (typed: string) =>
        complete(base.replace('and Art 6(1)(g).', `and ${typed}`), typed).map((i) => i.label);
      assert.deepEqual(at('Art 6('), ['1', '2', '3', '4']);
      assert.deepEqual(at('Art 6(1)('), ['a', 'b', 'c', 'd', 'e', 'f']);
      assert.deepEqual(at('Art 13(2)('), ['a', 'b', 'c', 'd', 'e', 'f']);
      assert.deepEqual(at('Art. 6 Abs. 1 lit. '), ['a', 'b', 'c', 'd', 'e', 'f']);
      assert.deepEqual(at('artikel 9, lid 2, onder '), ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
      const point = complete(base.replace('and Art 6(1)(g).', 'and Art 6(1)('), 'and Art 6(1)(').find(
        (i) => i.label === 'f',
      );
      assert.match(String(point?.labelDetails?.description), /Art 6\(1\)\(f\) — Legitimate interests/);
    },
  );

  it('does not add a closing parenthesis that is already there', () => {
    const text = POLICY.replace('LANG', 'en').replace('and Art 6(1)(g).', 'and Art 6()');
    const item = complete(text, 'and Art 6(')[0];
    assert.equal(item.textEdit && 'newText' in item.textEdit ? item.textEdit.newText : '', '1');
  });
});

describe('citation hover and document links', () => {
  it('hovers a citation with its title in the notice language, our summary and the EUR-Lex link', () => {
    const text = POLICY.replace('LANG', 'de');
    const service = createLanguageService();
    const hover = service.hover(docOf(text), positionAfter(text, '(Art 6(1)'));
    const value = (hover?.contents as { value: string }).value;
    assert.match(value, /Art 6\(1\)\(f\) DSGVO — Rechtmäßigkeit der Verarbeitung/);
    assert.match(value, /Legitimate interests/);
    assert.ok(value.includes(gdprArticle(6)!.summary));
    assert.ok(value.includes('https://eur-lex.europa.eu/legal-content/DE/TXT/HTML/?uri=CELEX:32016R0679#art_6'));
    const wrong = service.hover(docOf(text), positionAfter(text, 'and Art 6(1)'));
    assert.match((wrong?.contents as { value: string }).value, /no point \(g\)/);
  });

  it('links every existing cited provision to EUR-Lex in the notice language, and reports the others', () => {
    const text = POLICY.replace('LANG', 'nl');
    const service = createLanguageService();
    const links = service.links(docOf(text));
    const doc = docOf(text);
    assert.deepEqual(
      links.map((l) => [text.slice(doc.offsetAt(l.range.start), doc.offsetAt(l.range.end)), l.target]),
      [
        ['Art 6(1)(f)', 'https://eur-lex.europa.eu/legal-content/NL/TXT/HTML/?uri=CELEX:32016R0679#art_6'],
        ['article 6.1.c)', 'https://eur-lex.europa.eu/legal-content/NL/TXT/HTML/?uri=CELEX:32016R0679#art_6'],
      ],
    );
    const problems = validate(analyzeText(text)).filter((p) => p.rule === 'invalid-citation');
    assert.deepEqual(
      problems.map((p) => text.slice(p.span.start, p.span.end)),
      ['Art 6(1)(g)'],
    );
  });
});

describe('citations in the rendered notice', () => {
  const text = POLICY.replace('LANG', 'fr').replace(
    '    law: "article 6.1.c) du RGPD"\n',
    '    law: "article 6.1.c) du RGPD"\nsections:\n  - title: Plus\n    body: "Voir [le texte](https://example.com/art) ' +
      'et `Art 6(1)(a)` ; <a href=x>Art 7</a> et considérant 47."\n',
  );

  for (const mode of ['preview', 'standalone'] as const) {
    it(`links author and generated citations to EUR-Lex in the notice language (${mode})`, () => {
      const analysis = analyzeText(text);
      const notice = renderNotice(analysis, { mode, problems: mode === 'preview' ? validate(analysis) : undefined });
      const html = mode === 'preview' ? notice.body : notice.html;
      const fr = 'https://eur-lex.europa.eu/legal-content/FR/TXT/HTML/?uri=CELEX:32016R0679';
      // Author text (markdown): the whole citation is the link; a wrong one stays text.
      assert.ok(
        html.includes(
          `<a href="${fr}#art_6" rel="noopener noreferrer" class="citation" title="Licéité du traitement">Art ` +
            `6(1)(f) GDPR</a>`,
        ),
      );
      assert.ok(html.includes('and Art 6(1)(g).'), 'a citation of nothing is not linked');
      // Generated sentence, in the French style.
      assert.ok(
        html.includes(
          `<a href="${fr}#art_77" rel="noopener noreferrer" class="citation" title="Droit d’introduire une ` +
            `réclamation auprès d’une autorité de contrôle">article 77 du RGPD</a>`,
        ),
      );
      assert.ok(
        html.includes(
          `<a href="${fr}#rct_47" rel="noopener noreferrer" class="citation" title="Considérant 47">considérant 47</a>`,
        ),
      );
      // Never inside another link or code, and raw HTML stays text.
      assert.ok(html.includes('<code>Art 6(1)(a)</code>'));
      assert.ok(html.includes('&lt;a href=x&gt;'));
      assert.ok(!/<a [^>]*>[^<]*<a /.test(html), 'no nested links');
      if (mode === 'standalone') assert.ok(html.includes(`content="${CONTENT_SECURITY_POLICY}"`));
    });
  }
});
