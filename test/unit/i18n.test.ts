// Multilingual notices (docs/language.md, "Output language"): every generated heading, sentence, vocabulary word, country name, date and
// duration in French, Dutch and German; author text as written; the catalogues complete (the check itself:
// test/support/catalogues.ts, run for every language in languages.test.ts).
// Run: node --import tsx --test test/unit/i18n.test.ts
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { parseDuration } from '../../server/src/vocabulary/duration';
import { LANGUAGES, VOCABULARIES, type VocabularyName } from '../../server/src/vocabulary/terms';
import { escapeHtml, messages, renderNotice, type Messages } from '../../server/src/render';
import { CATALOGUES } from '../../server/src/languages/notices';
import { localTerm, type TermTable } from '../../server/src/languages/noticeText';
import { en } from '../../server/src/languages/en/notice';
import { fr } from '../../server/src/languages/fr/notice';
import { missingTranslations } from '../support/catalogues';
import { analyzeText, lawsOf } from '../../server/src/core/analysis';
import { lawMessages } from '../../server/src/render/sections/laws';
import { validate } from '../../server/src/rules/check';
import { textOf } from '../support/html';

const ROOT = resolve(__dirname, '../..');
const EXAMPLES = resolve(ROOT, 'examples');
const VALID = readFileSync(resolve(ROOT, 'test/fixtures/valid.privacy.yaml'), 'utf8');
const examples = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.privacy.yaml'))
  .sort();
const TRANSLATED = ['fr', 'nl', 'de'] as const;
const ALL = ['en', ...TRANSLATED] as const;

function render(text: string, language?: string, mode: 'standalone' | 'preview' = 'standalone') {
  const analysis = analyzeText(text);
  return renderNotice(analysis, { mode, problems: validate(analysis), language });
}

/** Every fixed English text of the catalogue (headings, column names, sentences without arguments). */
function englishStrings(catalogue: Messages = en): string[] {
  const out: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out.push(value);
    else if (value && typeof value === 'object' && path !== 'terms' && path !== 'missing')
      for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk({ ...catalogue, language: undefined, locale: undefined, none: undefined }, '');
  return out;
}

/** The h2 of each generated section, by section id. */
function generatedHeadings(html: string): Map<string, string> {
  const headings = new Map<string, string>();
  for (const m of html.matchAll(/<section id="([a-z-]+)"[^>]*><h2 id="\1-title">([\s\S]*?)<\/h2>/g))
    headings.set(m[1], textOf(m[2]).trim());
  return headings;
}

const HEADING_OF: Record<string, keyof Messages['headings']> = {
  'who-we-are': 'who',
  summary: 'summary',
  data: 'data',
  purposes: 'purposes',
  recipients: 'recipients',
  transfers: 'transfers',
  rights: 'rights',
  complaints: 'complaints',
  'automated-decisions': 'automated',
  cookies: 'cookies',
  security: 'security',
};

describe('notices in French, Dutch and German', () => {
  for (const file of examples) {
    const source = readFileSync(join(EXAMPLES, file), 'utf8');
    const sourceText = textOf(escapeHtml(source));
    for (const language of ALL) {
      it(`${file} in ${language}`, () => {
        // The catalogue as the notice's own law has it (a UK or Swiss notice names its own headings).
        const msg = lawMessages(messages(language), lawsOf(analyzeText(source).model));
        const { html } = render(source, language);
        assert.match(html, new RegExp(`<html lang="${language}">`));
        const text = textOf(html);

        // Each generated section has its heading in the notice's language.
        const headings = generatedHeadings(html);
        assert.ok(headings.size >= 6, `${headings.size} generated sections`);
        for (const [id, heading] of headings)
          if (HEADING_OF[id]) assert.equal(heading, textOf(msg.headings[HEADING_OF[id]]).trim(), `heading of #${id}`);
        assert.ok(html.includes(`<h2 id="contents">${msg.contents}</h2>`));

        if (language !== 'en') {
          // No English generated text leaks in: no English section heading, and no other fixed English text of
          // the catalogue (unless the author wrote the same words, or the two languages share them: "Cookies").
          for (const heading of Object.values(en.headings)) {
            if (heading === msg.headings.cookies || sourceText.includes(heading)) continue;
            assert.ok(!text.includes(heading), `English heading "${heading}" in the ${language} notice`);
          }
          // Words the language's own catalogue uses too are shared ("Direct marketing" is the AVG's term as well).
          const own = new Set(englishStrings(msg).map((s) => textOf(s).trim()));
          for (const english of englishStrings()) {
            const words = textOf(english).trim();
            if (words.length < 8 || sourceText.includes(words) || own.has(words)) continue;
            assert.ok(!text.includes(words), `English "${words}" in the ${language} notice`);
          }
          // Nor English vocabulary words or citations for the values the policy uses.
          const model = analyzeText(source).model;
          const used: [VocabularyName, string][] = [
            ...model.purposes.flatMap((p) => p.bases.map((b): [VocabularyName, string] => ['basis', b.value])),
            ...model.recipients.flatMap((r): [VocabularyName, string][] =>
              r.type ? [['recipient_type', r.type.value]] : [],
            ),
          ];
          for (const [vocabulary, value] of used) {
            const english = messages('en').term(vocabulary, value);
            const local = msg.term(vocabulary, value);
            if (!english || !local || local.label === english.label || sourceText.includes(english.label)) continue;
            assert.ok(html.includes(escapeHtml(local.label)), `${language} "${local.label}"`);
            // Followed by a letter it is another word ("Consent" in "Consentement").
            const word = new RegExp(
              `>${escapeHtml(english.label).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`,
              'u',
            );
            assert.ok(!word.test(html), `English "${english.label}" in the ${language} notice`);
            if (english.article)
              assert.ok(
                !html.includes(`>${english.article}<`),
                `English citation ${english.article} in the ${language} notice`,
              );
          }
        }

        // Author text is shown as written, whatever the language.
        const model = analyzeText(source).model;
        for (const p of model.purposes) assert.ok(html.includes(escapeHtml(p.name)), `purpose title "${p.name}"`);
        for (const d of model.data) assert.ok(html.includes(escapeHtml(d.name)), `data label "${d.name}"`);
        for (const r of model.recipients) assert.ok(html.includes(escapeHtml(r.name)), `recipient "${r.name}"`);
        const title = /^\s+title:\s*(.+)$/m
          .exec(source)?.[1]
          .trim()
          .replace(/^["']|["']$/g, '');
        if (title) assert.ok(html.includes(`<title>${escapeHtml(title)}</title>`), 'policy title');
      });
    }
  }

  it('uses the language of the render option over policy.language, and policy.language without it', () => {
    assert.match(render(VALID, 'de').html, /<html lang="de">[\s\S]*Wer wir sind/);
    assert.match(render(VALID.replace('language: en', 'language: nl')).html, /<html lang="nl">[\s\S]*Wie zijn wij\?/);
    assert.match(
      render(VALID.replace('language: en', 'language: nl'), 'fr').html,
      /<html lang="fr">[\s\S]*Qui sommes-nous/,
    );
    assert.match(render(VALID.replace('language: en', 'language: fr'), 'en').html, /<html lang="en">[\s\S]*Who we are/);
    // An empty option (the switch on "as in the file") keeps policy.language.
    assert.match(render(VALID.replace('language: en', 'language: fr'), '').html, /<html lang="fr">/);
  });

  it('names countries in the notice language', () => {
    const expected = {
      en: 'United States of America',
      fr: 'États-Unis',
      nl: 'Verenigde Staten',
      de: 'Vereinigte Staaten',
    };
    for (const [language, name] of Object.entries(expected)) {
      const text = textOf(render(VALID, language).html);
      assert.ok(text.includes(name), `${language}: ${name}`);
    }
    // Dutch uses the usual short names, not the full names of states.
    assert.equal(messages('nl').country('BE'), 'België');
    assert.equal(messages('nl').country('CH'), 'Zwitserland');
    assert.equal(messages('fr').country('DE'), 'Allemagne');
    assert.equal(messages('de').country('BE'), 'Belgien');
    assert.equal(messages('en').country('US'), 'United States of America');
  });

  it('writes durations, dates and article citations in each language’s style', () => {
    const d = (text: string) => parseDuration(text)!;
    const cases: [string, string, string][] = [
      ['en', '1 year', '1 year'],
      ['en', 'P1Y6M', '1 year and 6 months'],
      ['fr', '1 year', '1 an'],
      ['fr', '10 years', '10 ans'],
      ['fr', '12 months', '12 mois'],
      ['fr', 'P1Y6M', '1 an et 6 mois'],
      ['fr', '1.5 years', '1,5 an'],
      ['nl', '24 hours', '24 uur'],
      ['nl', '10 years', '10 jaar'],
      ['nl', '30 days', '30 dagen'],
      ['nl', '1 month', '1 maand'],
      ['nl', 'P2Y3M', '2 jaar en 3 maanden'],
      ['de', '1 month', '1 Monat'],
      ['de', '30 days', '30 Tage'],
      ['de', '2 weeks', '2 Wochen'],
      ['de', 'P1Y6M', '1 Jahr und 6 Monate'],
    ];
    for (const [language, input, expected] of cases)
      assert.equal(messages(language).retention.duration(d(input)), expected, `${language} ${input}`);

    const citations: [string, string, string][] = [
      ['en', 'Art 6(1)(f)', 'Art 6(1)(f)'],
      ['fr', 'Art 6(1)(f)', 'article 6.1.f) du RGPD'],
      ['fr', 'Art 9(1)', 'article 9.1 du RGPD'],
      ['fr', 'Art 47', 'article 47 du RGPD'],
      ['fr', 'Art 13, 14', 'articles 13 et 14 du RGPD'],
      ['nl', 'Art 6(1)(f)', 'art. 6, lid 1, f) AVG'],
      ['nl', 'Art 9(1)', 'art. 9, lid 1 AVG'],
      ['nl', 'Art 13, 14', 'art. 13 en 14 AVG'],
      ['de', 'Art 6(1)(f)', 'Art. 6 Abs. 1 lit. f DSGVO'],
      ['de', 'Art 47', 'Art. 47 DSGVO'],
      ['de', 'Art 13, 14', 'Art. 13 und 14 DSGVO'],
      ['de', 'ePrivacy', 'ePrivacy'],
    ];
    for (const [language, input, expected] of citations)
      assert.equal(messages(language).cite(input), expected, `${language} ${input}`);

    // Citations are links to EUR-Lex (docs/language.md, "Citing the GDPR in your text"); these checks read the words of the sentences.
    const words = (html: string) => html.replace(/<a [^>]*class="citation"[^>]*>([^<]*)<\/a>/g, '$1');
    const fr = words(render(VALID, 'fr').html);
    assert.ok(fr.includes('1er janvier 2025'), 'French ordinal for the first day');
    assert.ok(fr.includes('Intérêt légitime — <span class="article">article 6.1.f) du RGPD</span>'));
    // English author text is set off in its language, named as our description of the moment (never spliced).
    assert.ok(
      fr.includes('7 ans à compter du moment décrit comme <q lang="en">the date of the invoice</q>'),
      'generated words around author text',
    );
    const de = words(render(VALID, 'de').html);
    assert.ok(de.includes('1. Januar 2025'));
    assert.ok(de.includes('Berechtigtes Interesse — <span class="article">Art. 6 Abs. 1 lit. f DSGVO</span>'));
    assert.ok(de.includes('Widerspruchsrecht (Art. 21 DSGVO)'));
    assert.ok(de.includes('24 Monate'));
    const nl = words(render(VALID, 'nl').html);
    assert.ok(nl.includes('Gerechtvaardigd belang — <span class="article">art. 6, lid 1, f) AVG</span>'));
    assert.ok(nl.includes('Recht van bezwaar (art. 21 AVG)'));
  });

  it('joins generated words to the author’s event grammatically (v1.1: French contractions, "nog", "noch")', () => {
    // The author writes in the notice's language here: only then is their text joined to the generated words.
    const retention = (value: string, language: string) => {
      const html = render(
        VALID.replace('    retention: 24 months\n', `    retention: ${value}\n`).replace(
          'language: en',
          `language: ${language}`,
        ),
        language,
      ).html;
      return textOf(html);
    };
    const cases: [string, string, string][] = [
      ['fr', '{ period: 3 years, from: le dernier contact }', '3 ans à compter du dernier contact'],
      ['fr', '{ period: 3 years, from: les dernières élections }', '3 ans à compter des dernières élections'],
      ['fr', '{ period: 3 years, from: la fin du contrat }', '3 ans à compter de la fin du contrat'],
      ['fr', '{ until: le retrait de votre consentement }', 'Jusqu’au retrait de votre consentement'],
      ['fr', '{ until: les résultats, then: 1 year }', 'Jusqu’aux résultats, puis pendant 1 an'],
      ['fr', '{ until: la fin du contrat }', 'Jusqu’à la fin du contrat'],
      ['fr', '{ until: fin du contrat }', 'Jusqu’au moment décrit comme « fin du contrat »'],
      ['fr', '{ period: 3 years, from: l’expiration du contrat }', '3 ans à compter de l’expiration du contrat'],
      ['fr', '{ until: l’expiration du contrat }', 'Jusqu’à l’expiration du contrat'],
      [
        'nl',
        '{ until: het einde van het contract, then: 1 year }',
        'Tot het einde van het contract, daarna nog 1 jaar',
      ],
      ['de', '{ until: Vertragsende, then: 1 year }', 'Bis Vertragsende, danach noch 1 Jahr'],
      ['de', '{ until: dem Ende des Vertrags }', 'Bis zum Ende des Vertrags'],
      [
        'de',
        '{ until: das Ende des Vertrags }',
        'Bis zu dem Zeitpunkt, den wir als „das Ende des Vertrags“ beschreiben',
      ],
      ['de', '{ period: 10 years, from: dem Ende des Jahres }', '10 Jahre ab dem Ende des Jahres'],
      [
        'de',
        '{ period: 10 years, from: das Ende des Jahres }',
        '10 Jahre ab dem Zeitpunkt, den wir als „das Ende des Jahres“ beschreiben',
      ],
    ];
    for (const [language, value, expected] of cases)
      assert.ok(retention(value, language).includes(expected), `${language} ${value}: ${expected}`);
  });

  it('states the Art 12(3) time limit with "without undue delay" and the extension rule, in every language', () => {
    const expected: Record<string, string[]> = {
      en: [
        'without undue delay and at the latest within one month of receiving it',
        'extended by two further months',
        'taking into account the complexity and number of requests',
        'inform you of the extension, with the reasons for the delay, within one month of receiving your request',
      ],
      fr: [
        'dans les meilleurs délais et au plus tard un mois après sa réception',
        'prolongé de deux mois',
        'compte tenu de la complexité et du nombre de demandes',
        'de cette prolongation et des motifs du report dans un délai d’un mois',
      ],
      nl: [
        'onverwijld en in ieder geval binnen één maand na ontvangst van uw verzoek over het gevolg dat eraan is gegeven',
        'met nog eens twee maanden worden verlengd',
        'de complexiteit en het aantal verzoeken',
        'binnen één maand na ontvangst van uw verzoek in kennis van die verlenging en van de redenen',
      ],
      de: [
        'unverzüglich, in jedem Fall aber innerhalb eines Monats nach Eingang des Antrags',
        'um weitere zwei Monate verlängert',
        'unter Berücksichtigung der Komplexität und der Anzahl von Anträgen',
        'innerhalb eines Monats nach Eingang Ihres Antrags, zusammen mit den Gründen für die Verzögerung',
      ],
    };
    for (const [language, parts] of Object.entries(expected)) {
      const text = textOf(render(VALID, language).html);
      for (const part of parts) assert.ok(text.includes(part), `${language}: ${part}`);
    }
    // German takes the dative after "innerhalb von": "30 Tagen", not "30 Tage".
    assert.ok(
      textOf(render(VALID.replace('rights:\n', 'rights:\n  response_time: 30 days\n'), 'de').html).includes(
        'innerhalb von 30 Tagen nach Eingang',
      ),
    );
  });

  it('names the supervisory authority as the one competent for us, never "lead", in every language', () => {
    // A label, never the name spliced after a verb ("… est CNIL", "… ist Bayerisches Landesamt…").
    const expected = {
      en: 'Supervisory authority competent for us: Belgian Data Protection Authority',
      fr: 'Autorité de contrôle compétente à notre égard : Belgian Data Protection Authority',
      nl: 'Toezichthoudende autoriteit die voor ons bevoegd is: Belgian Data Protection Authority',
      de: 'Für uns zuständige Aufsichtsbehörde: Belgian Data Protection Authority',
    };
    for (const [language, sentence] of Object.entries(expected)) {
      const text = textOf(render(VALID, language).html);
      assert.ok(text.includes(sentence), `${language}: ${sentence}`);
      assert.doesNotMatch(text, /lead supervisory|chef de file|leidende|federführend/);
    }
  });

  it('translates the preview’s markers for missing information', () => {
    const broken = VALID.replace('    retention: 24 months\n', '');
    assert.notEqual(broken, VALID);
    const expected = {
      en: 'Retention period missing',
      fr: 'Durée de conservation manquante',
      nl: 'Bewaartermijn ontbreekt',
      de: 'Speicherdauer fehlt',
    };
    for (const [language, marker] of Object.entries(expected))
      assert.ok(render(broken, language, 'preview').body.includes(marker), `${language}: ${marker}`);
  });
});

describe('message catalogues', () => {
  it('offers en, fr, nl and de as values of policy.language', () => {
    assert.deepEqual(
      LANGUAGES.map((l) => l.id),
      ['en', 'fr', 'nl', 'de'],
    );
    assert.deepEqual(Object.keys(CATALOGUES).sort(), ['de', 'en', 'fr', 'nl']);
    assert.equal(
      validate(analyzeText(VALID.replace('language: en', 'language: de'))).length,
      0,
      'a German policy is valid',
    );
  });

  it('states Art 8 as the law’s rule: the age of the law that applies to the child, never the controller’s', () => {
    // The age depends on the law that applies to the child (EDPB Guidelines 05/2020, para 131), not on where the
    // controller is; each language says so in its own version's words for "given or authorised".
    const expected = {
      en: /the law that applies to you/,
      fr: /le droit qui vous est applicable/,
      nl: /het recht dat op u van toepassing is/,
      de: /nach dem für Sie geltenden Recht/,
    };
    for (const language of ALL) {
      const msg = CATALOGUES[language];
      const sentence = msg.purposeFlags.childConsent(msg.lawText.digitalConsentAges);
      assert.match(sentence, expected[language]);
      assert.match(sentence, /13/);
      assert.match(sentence, /16/);
      assert.doesNotMatch(sentence, /your country|votre pays|uw land|Ihrem Land/);
    }
    assert.match(
      CATALOGUES.nl.purposeFlags.childConsent('X'),
      /de toestemming of machtiging tot toestemming verleend door de persoon die de ouderlijke verantwoordelijkheid voor u draagt/,
    );
    assert.match(
      CATALOGUES.de.purposeFlags.childConsent('X'),
      /durch den Träger der elterlichen Verantwortung für Sie oder mit dessen Zustimmung erteilt/,
    );
    assert.doesNotMatch(CATALOGUES.de.purposeFlags.childConsent('X'), /genehmigt/);
  });

  for (const language of TRANSLATED) {
    it(`${language} has every string English has, every vocabulary term included`, () => {
      assert.deepEqual(missingTranslations(CATALOGUES[language]), []);
    });
  }

  it('English, the reference, has the words of every term of every vocabulary, and no empty string', () => {
    for (const [name, terms] of Object.entries(VOCABULARIES) as [
      VocabularyName,
      (typeof VOCABULARIES)[VocabularyName],
    ][])
      assert.deepEqual(Object.keys(en.terms[name]).sort(), terms.map((t) => t.id).sort(), name);
    const empty: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (typeof value === 'string') {
        if (!value.trim()) empty.push(path);
      } else if (value && typeof value === 'object' && !Array.isArray(value))
        for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`);
    };
    walk(en, 'en');
    assert.deepEqual(empty, []);
  });

  it('translates every term of every vocabulary, and its article', () => {
    for (const language of TRANSLATED) {
      const msg = messages(language);
      for (const [name, terms] of Object.entries(VOCABULARIES) as [
        keyof typeof VOCABULARIES,
        (typeof VOCABULARIES)[keyof typeof VOCABULARIES],
      ][]) {
        for (const term of terms) {
          const local = msg.term(name, term.id);
          assert.ok(local && local.label && local.meaning, `${language} ${name}.${term.id}`);
          if (term.article) assert.equal(local.article, msg.cite(term.article));
        }
      }
      // Aliases find the term too.
      assert.equal(msg.term('basis', 'A6-1-f')?.id, 'legitimate-interests');
      assert.equal(msg.term('basis', 'not-a-basis'), undefined);
    }
    assert.equal(messages('de').term('basis', 'legitimate-interests')?.label, 'Berechtigtes Interesse');
    assert.equal(messages('nl').term('basis', 'legitimate-interests')?.label, 'Gerechtvaardigd belang');
    assert.equal(messages('fr').term('basis', 'consent')?.label, 'Consentement');
    assert.equal(messages('en').term('basis', 'consent'), VOCABULARIES.basis[0], 'English reads the vocabulary itself');
  });

  it('counts the strings an incomplete catalogue lacks', () => {
    const { consent: _consent, ...basis } = fr.terms.basis;
    const { cookie_party: _party, ...terms } = fr.terms;
    const { rights: _rights, ...headings } = fr.headings;
    const incomplete = {
      ...fr,
      headings: { ...headings, who: '  ' },
      terms: { ...terms, basis },
      retention: { ...fr.retention, from: 'à compter de' },
    } as unknown as Messages;
    assert.deepEqual(missingTranslations(incomplete).sort(), [
      'headings.rights',
      'headings.who',
      'retention.from',
      'terms.basis.consent.label',
      'terms.basis.consent.meaning',
      'terms.cookie_party.first.label',
      'terms.cookie_party.first.meaning',
      'terms.cookie_party.third.label',
      'terms.cookie_party.third.meaning',
    ]);
    // The renderer says in English what the catalogue lacks, and keeps the catalogue's words for the rest.
    const lookUp = (vocabulary: VocabularyName, id: string) =>
      localTerm({ ...terms, basis } as TermTable, (article) => article, vocabulary, id);
    assert.equal(lookUp('cookie_party', 'first')?.label, en.term('cookie_party', 'first')?.label);
    assert.equal(lookUp('basis', 'consent')?.meaning, en.term('basis', 'consent')?.meaning);
    assert.equal(lookUp('basis', 'contract')?.label, fr.terms.basis.contract.label);
    assert.notEqual(fr.terms.basis.contract.label, en.term('basis', 'contract')?.label);
  });
});
