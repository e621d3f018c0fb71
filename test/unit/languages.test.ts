// The notice-language seam (ARCHITECTURE.md, "Adding a notice language"): every descriptor complete, every
// catalogue of generated text as complete as English, the law's data for every language, and every list of
// languages derived from the descriptors — so a new language fails here until all of it is there.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { LANGUAGES, type NoticeLanguage } from '../../server/src/languages';
import { CATALOGUES } from '../../server/src/languages/notices';
import { LAWS } from '../../server/src/laws';
import { DURATION_SOURCE, parseDuration } from '../../server/src/vocabulary/duration';
import { VOCABULARIES } from '../../server/src/vocabulary/terms';
import { localCountryName } from '../../server/src/vocabulary/countries';
import { missingTranslations } from '../support/catalogues';

const ROOT = resolve(__dirname, '../..');

/** What a descriptor lacks: empty names, a unit or a list of words with nothing in it, a regex that does not compile. */
function descriptorProblems(language: NoticeLanguage): string[] {
  const problems: string[] = [];
  for (const key of ['tag', 'name', 'englishName', 'meaning', 'recitalWord', 'locale'] as const)
    if (!language[key]?.trim()) problems.push(`${key} is empty`);
  if (!/^[a-z]{2,3}$/.test(language.tag)) problems.push(`tag '${language.tag}' is not a primary language subtag`);
  if (!Intl.DateTimeFormat.supportedLocalesOf([language.locale]).length)
    problems.push(`locale '${language.locale}' is unknown to Intl`);
  if (Object.keys(language.countryNames.data.countries ?? {}).length < 200) problems.push('country names are missing');
  for (const unit of ['minute', 'hour', 'day', 'week', 'month', 'year'] as const)
    if (!language.durationUnits[unit]?.length) problems.push(`no word for the unit '${unit}'`);
  for (const list of ['vagueRetention', 'hedgeWords'] as const)
    if (!language[list]?.length) problems.push(`${list} is empty`);
  for (const source of language.vagueRetention) {
    try {
      new RegExp(source, 'iu');
    } catch {
      problems.push(`vague retention wording '${source}' is not a regular expression`);
    }
  }
  for (const list of ['article', 'recital', 'paragraph', 'point', 'list', 'range'] as const)
    if (!language.citationWords[list]?.length) problems.push(`citation words '${list}' are empty`);
  for (const list of ['notHedges', 'impliedConsent', 'conditionsOnRights'] as const) {
    if (!language[list]?.length) problems.push(`${list} is empty`);
    for (const source of language[list] ?? []) {
      try {
        new RegExp(source.replaceAll('HEDGE', 'may'), 'u');
      } catch {
        problems.push(`${list} wording '${source}' is not a regular expression`);
      }
    }
  }
  // Placeholders: every one there, short, safe as a plain YAML scalar, and not mistaken for an HTML tag.
  for (const id of Object.keys(LANGUAGES[0].placeholders) as (keyof NoticeLanguage['placeholders'])[]) {
    const text = language.placeholders?.[id];
    if (!text?.trim()) problems.push(`placeholder '${id}' is missing`);
    else if (/[,:#<>]/.test(text) || /^[a-z][a-z0-9]*$/i.test(text) || text.length > 80)
      problems.push(`placeholder '${id}' ("${text}") is not a safe placeholder text`);
  }
  return problems;
}

describe('notice languages (languages/)', () => {
  it('the completeness check finds what an incomplete descriptor lacks', () => {
    const [en] = LANGUAGES;
    const incomplete = {
      ...en,
      name: '',
      durationUnits: { ...en.durationUnits, month: [] },
      citationWords: { ...en.citationWords, point: [] },
    };
    assert.deepEqual(descriptorProblems(incomplete), [
      'name is empty',
      "no word for the unit 'month'",
      "citation words 'point' are empty",
    ]);
  });

  for (const language of LANGUAGES) {
    it(`${language.tag}: its descriptor is complete`, () => assert.deepEqual(descriptorProblems(language), []));

    it(`${language.tag}: its notice text has every string English has`, () => {
      const catalogue = CATALOGUES[language.tag];
      assert.ok(catalogue, `no notice.ts listed for '${language.tag}' in languages/notices.ts`);
      assert.equal(catalogue.language, language.tag);
      assert.equal(catalogue.locale, language.locale);
      assert.deepEqual(missingTranslations(catalogue), []);
    });

    it(`${language.tag}: every law has its name and every article's title in it`, () => {
      for (const law of LAWS) {
        assert.ok(law.shortName[language.tag], `${law.id} has no name in '${language.tag}'`);
        const untitled = law.text.articles().filter((a) => !a.title[language.tag]?.trim());
        assert.deepEqual(
          untitled.map((a) => a.number),
          [],
          `${law.id}: articles without a title in '${language.tag}'`,
        );
      }
    });

    it(`${language.tag}: countries have names in it`, () => {
      const germany = localCountryName('DE', language.tag);
      assert.ok(germany && germany !== 'DE');
      if (language.tag !== 'en') assert.notEqual(germany, localCountryName('DE', 'en'), 'not the English name');
    });
  }

  it('has a catalogue for every descriptor and a descriptor for every catalogue', () => {
    assert.deepEqual(
      Object.keys(CATALOGUES),
      LANGUAGES.map((l) => l.tag),
    );
  });

  it('the vocabulary of policy.language is the descriptors', () => {
    assert.deepEqual(
      VOCABULARIES.language.map((t) => [t.id, t.label, t.meaning]),
      LANGUAGES.map((l) => [l.tag, l.englishName, l.meaning]),
    );
  });

  it('the JSON Schema and the grammar list the languages and read durations as the server does', () => {
    const schema = readFileSync(resolve(ROOT, 'schema/privacy-policy.schema.json'), 'utf8');
    const json = JSON.parse(schema) as { properties: { policy: { properties: { language: { enum: string[] } } } } };
    assert.deepEqual(
      json.properties.policy.properties.language.enum,
      LANGUAGES.map((l) => l.tag),
    );
    const pattern = new RegExp(`^(?:${DURATION_SOURCE})$`);
    assert.ok(schema.includes(JSON.stringify(`^(?:${DURATION_SOURCE})$`)), 'the JSON Schema has the duration pattern');
    const grammar = readFileSync(resolve(ROOT, 'syntaxes/privacy-policy.tmLanguage.json'), 'utf8');
    assert.ok(grammar.includes(JSON.stringify(DURATION_SOURCE).slice(1, -1)), 'the grammar has the duration pattern');
    // Every unit word of every language, as written, capitalised and in capitals, with a decimal comma.
    for (const language of LANGUAGES) {
      for (const words of Object.values(language.durationUnits)) {
        for (const word of words) {
          for (const text of [
            `2 ${word}`,
            `1,5 ${word[0].toUpperCase()}${word.slice(1)}`,
            `10 ${word.toUpperCase()}`,
          ]) {
            assert.ok(parseDuration(text), `the server reads '${text}'`);
            assert.ok(pattern.test(text), `the JSON Schema accepts '${text}'`);
          }
        }
      }
    }
    for (const text of ['2 yeers', '12 monhts', 'P', 'PT', 'P1YT', 'PT24H', 'twelve months', '12'])
      assert.equal(pattern.test(text), !!parseDuration(text), text);
  });
});
