// The interface language (languages/interface.ts; README, "Settings"): how it is chosen, how messages are filled,
// and that every catalogue translates every message the code writes, with the same arguments.
import { PLAIN_YAML_MESSAGES } from '../../server/src/parser/yamlMessages';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { LANGUAGES } from '../../server/src/languages';
import {
  environmentLocale,
  INTERFACE_TAGS,
  interfaceCatalogue,
  interfaceText,
  resolveInterfaceLanguage,
} from '../../server/src/languages/interface';
import { codeMessages, dataMessages } from '../../scripts/messages';
import { PACKAGE_STRINGS } from '../../scripts/packageStrings';

const ROOT = resolve(__dirname, '../..');
/** The arguments a message uses, each once: a language may name one twice where English names it once. */
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\d+)\}/g)].map((m) => m[1]))].sort();

describe('the interface language', () => {
  it('follows the setting, else the editor’s locale, else English', () => {
    assert.equal(resolveInterfaceLanguage('fr', 'de-CH'), 'fr');
    assert.equal(resolveInterfaceLanguage('auto', 'de-CH'), 'de');
    assert.equal(resolveInterfaceLanguage(undefined, 'nl-BE'), 'nl');
    assert.equal(resolveInterfaceLanguage('auto', 'es'), 'en', 'a language without a catalogue: English');
    assert.equal(resolveInterfaceLanguage('xx', undefined), 'en');
    assert.equal(resolveInterfaceLanguage(undefined, undefined), 'en');
  });

  it('reads the environment’s locale as POSIX tools do', () => {
    assert.equal(environmentLocale({ LANG: 'fr_BE.UTF-8' }), 'fr_BE.UTF-8');
    assert.equal(environmentLocale({ LC_ALL: 'de_DE.UTF-8', LANG: 'fr_BE.UTF-8' }), 'de_DE.UTF-8');
    assert.equal(environmentLocale({ LC_MESSAGES: 'nl_NL', LANG: 'C' }), 'nl_NL');
    assert.equal(environmentLocale({ LANG: 'C.UTF-8' }), undefined);
    assert.equal(environmentLocale({}), undefined);
    assert.equal(resolveInterfaceLanguage(undefined, environmentLocale({ LANG: 'de_CH.UTF-8' })), 'de');
  });

  it('fills the arguments in order, English where a catalogue lacks a message', () => {
    const ui = interfaceText('fr');
    assert.equal(ui.language, 'fr');
    assert.equal(ui.t('No such message {0} {1}', 'a', 2), 'No such message a 2');
    assert.equal(interfaceText('en').cite('Art 13(2)(a)'), 'Art 13(2)(a)');
    assert.equal(interfaceText('de').cite('Art 13(2)(a)'), 'Art. 13 Abs. 2 lit. a DSGVO');
  });

  it('has a catalogue for every notice language', () => {
    assert.deepEqual(
      [...INTERFACE_TAGS],
      LANGUAGES.map((l) => l.tag),
    );
  });

  // What the code writes through `t`, and what package.nls.json takes from tables: the contributions' words and the
  // rules' descriptions (scripts/generate.ts).
  const messages = [
    ...codeMessages(ROOT, ['server/src', 'client/src', 'scripts']),
    ...Object.entries(PACKAGE_STRINGS).map(([key, english]) => ({ english, at: `scripts/packageStrings.ts ${key}` })),
    ...dataMessages(),
    // The YAML parser's errors, said plainly (parser/yamlMessages.ts).
    ...PLAIN_YAML_MESSAGES.map((m) => ({ english: m.text, at: 'server/src/parser/yamlMessages.ts' })),
  ];
  it('finds the messages the code writes', () => {
    assert.ok(messages.length > 20, `${messages.length} messages found`);
  });

  for (const language of LANGUAGES.filter((l) => l.tag !== 'en')) {
    it(`${language.tag}: translates every message of the code, with the same arguments`, () => {
      const catalogue = interfaceCatalogue(language.tag)!;
      const missing = [...new Set(messages.filter((m) => !Object.hasOwn(catalogue, m.english)).map((m) => m.at))];
      assert.deepEqual(missing, [], `${missing.length} messages without a ${language.englishName} translation`);
      for (const { english } of messages) {
        const translated = catalogue[english];
        assert.ok(translated.trim(), `empty translation of '${english}'`);
        assert.deepEqual(placeholders(translated), placeholders(english), `arguments of '${english}'`);
      }
    });

    it(`${language.tag}: keeps no translation the code no longer writes`, () => {
      const written = new Set(messages.map((m) => m.english));
      const stale = Object.keys(interfaceCatalogue(language.tag)!).filter((k) => !written.has(k));
      assert.deepEqual(stale, []);
    });
  }
});
