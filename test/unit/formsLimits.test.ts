// The v1.3 forms keep the limits of the old ones (docs/language.md): a policy with thousands of items in a new list
// is analysed, and the layers built for the forms — outline, completion, hover, `diff`, the DPV export and the Art 30
// record — grow linearly with it; every layer, the rules and the notice included, answers within a bound.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { semanticDiff } from '../../server/src/compare/semanticDiff';
import { analyzeText } from '../../server/src/core/analysis';
import { exportDocument } from '../../server/src/export';
import { overLimit } from '../../server/src/parser/limits';
import { createLanguageService } from '../../server/src/service/languageService';
import { allLayers, formsAtSize } from '../fuzz/forms';
import { caseText } from '../support/formCases';

/** The fastest of three runs: a loaded machine slows runs down, never speeds them up. */
function fastest(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** The layers of this branch on one analysed document (the analysis is shared, as in the server). */
function formLayers(text: string): () => void {
  const service = createLanguageService({ log: () => undefined });
  const doc = TextDocument.create(`file:///limits-${text.length}.privacy.yaml`, 'privacy-policy', 1, text);
  const analysis = service.analyze(doc);
  const base = analyzeText(caseText({ patch: [] })).model;
  const middle = doc.positionAt(Math.floor(text.length / 2));
  return () => {
    service.symbols(doc);
    service.completion(doc, middle);
    service.hover(doc, middle);
    semanticDiff(analysis.model, base, analysis.laws[0]);
    semanticDiff(base, analysis.model, analysis.laws[0]);
    exportDocument(analysis, 'dpv');
    exportDocument(analysis, 'ropa');
  };
}

describe('the v1.3 forms at size', () => {
  const small = formsAtSize(500);
  const large = formsAtSize(2000);
  for (const { text } of formsAtSize(50)) formLayers(text)(); // warm up the code paths once

  small.forEach(({ form, text }, i) => {
    it(`${form}: 4 times the items take well under 16 times as long (linear, not quadratic)`, () => {
      assert.equal(overLimit(large[i].text), undefined, 'the large document is within the parser’s limits');
      const [a, b] = [fastest(formLayers(text)), fastest(formLayers(large[i].text))];
      // Below 50 ms the timer's noise dominates; above, a quadratic layer shows as a ratio near 16.
      assert.ok(b < 50 || b < 10 * a, `${form}: ${a.toFixed(1)} ms for 500 items, ${b.toFixed(1)} ms for 2,000`);
    });
  });

  it('every layer, the rules and the notice included, answers on each large document within 10 s', () => {
    for (const { form, text } of large) {
      const start = performance.now();
      allLayers(text);
      const ms = performance.now() - start;
      assert.ok(ms < 10_000, `${form}: ${ms.toFixed(0)} ms`);
    }
  });
});
