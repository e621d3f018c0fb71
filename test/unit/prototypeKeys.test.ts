// Author-written keys and values named like Object.prototype members (`constructor`, `__proto__`, `toString`…)
// are ordinary words: every lookup by such a word must be an own-property lookup. Each is put in every key and
// every value of a complete policy, and every feature runs on the result without an exception or an
// "internal error" diagnostic.
import { euGdpr } from '../../server/src/laws/eu-gdpr';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { semanticDiff } from '../../server/src/compare/semanticDiff';
import { toDpv } from '../../server/src/export/dpv';
import { toRopaCsv } from '../../server/src/export/ropa';
import { renderNotice } from '../../server/src/render';
import { analyzeText } from '../../server/src/core/analysis';
import { createLanguageService, diagnosticMessage } from '../../server/src/service/languageService';
import { validate } from '../../server/src/rules/check';

const VALID = readFileSync(resolve(__dirname, '../fixtures/valid.privacy.yaml'), 'utf8');
export const PROTOTYPE_WORDS = [
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  '__defineGetter__',
  'prototype',
];

/** Every variant of VALID with one key or one value replaced by `word`. */
export function prototypeVariants(word: string): string[] {
  const lines = VALID.split('\n');
  const variants: string[] = [];
  lines.forEach((line, i) => {
    const m = /^(\s*(?:- )?)([A-Za-z_][\w-]*)(:\s*)(.*)$/.exec(line);
    if (!m) return;
    const asKey = [...lines];
    asKey[i] = `${m[1]}${word}${m[3]}${m[4]}`;
    variants.push(asKey.join('\n'));
    if (m[4] && !m[4].startsWith('|')) {
      const asValue = [...lines];
      asValue[i] = `${m[1]}${m[2]}${m[3]}${m[4].startsWith('[') ? `[${word}]` : word}`;
      variants.push(asValue.join('\n'));
    }
  });
  variants.push(`${word}: 1\n`, `policy:\n  ${word}: x\n`, `${VALID}${word}:\n`);
  return variants;
}

describe('keys and values named like Object.prototype members', () => {
  const valid = analyzeText(VALID).model;
  for (const word of PROTOTYPE_WORDS) {
    it(`'${word}' anywhere: every feature answers, no internal error`, () => {
      const service = createLanguageService();
      for (const [n, text] of prototypeVariants(word).entries()) {
        const doc = TextDocument.create(`file:///proto/${n}.privacy.yaml`, 'privacy-policy', 1, text);
        const where = `variant ${n}:\n${text.slice(0, 400)}`;
        const diagnostics = service.diagnostics(doc, { [word]: 'off' });
        assert.ok(
          !diagnostics.some((d) => /Internal error/.test(diagnosticMessage(d))),
          `${where}\n${diagnostics.map((d) => diagnosticMessage(d)).join('\n')}`,
        );
        const analysis = service.analyze(doc);
        assert.doesNotThrow(
          () =>
            service.codeActions(
              doc,
              { start: { line: 0, character: 0 }, end: { line: doc.lineCount, character: 0 } },
              { diagnostics, only: ['quickfix', 'source.fixAll'] },
            ),
          where,
        );
        for (let line = n % 5; line < doc.lineCount; line += 5) {
          const position = { line, character: 4 };
          assert.doesNotThrow(() => service.hover(doc, position), where);
          assert.doesNotThrow(() => service.completion(doc, position), where);
          assert.doesNotThrow(() => service.references(doc, position, true), where);
        }
        assert.doesNotThrow(() => service.symbols(doc), where);
        for (const language of [['en', 'fr', 'nl', 'de'][n % 4], word]) {
          const notice = renderNotice(analysis, { mode: 'preview', problems: validate(analysis), language });
          assert.doesNotMatch(notice.body, /could not be (rendered|displayed)/i, `${where} (${language})`);
        }
        assert.doesNotThrow(() => toDpv(analysis), where);
        assert.doesNotThrow(() => toRopaCsv(analysis), where);
        assert.doesNotThrow(() => semanticDiff(valid, analysis.model, euGdpr), where);
        assert.doesNotThrow(() => semanticDiff(analysis.model, valid, euGdpr), where);
      }
    });
  }
});
