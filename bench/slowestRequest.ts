// `npm run bench` part: the slowest requests found by the protocol fuzzer (test/fuzz/overLsp.ts and hostileOverLsp.ts,
// timed by test/fuzz/timings.ts), replayed over LSP stdio against the bound of issue "codeAction unanswered for more
// than 5 s": no request over 1 s. The fuzzer's slowest was a request on its densest alias document (8,000 `kN: *x`
// lines), answered after that document's analysis; the code-action request does the most work of its own on a
// document with thousands of fixable problems ("Fix all" computes a fix for each, up to MAX_FIXES_PER_REQUEST).
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeText } from '../server/src/core/analysis';
import { WorkBudget } from '../server/src/core/cancellation';
import { validate } from '../server/src/rules/check';
import { fixAllEdits, MAX_FIXES_PER_REQUEST } from '../server/src/service/codeActions';
import { startServer } from '../test/support/lspClient';
import { paramsFor } from '../test/fuzz/overLsp';

export interface SlowRequestFigures {
  shape: string;
  request: string;
  characters: number;
  /** Open → answer: the document's analysis, then the request. */
  coldMs: number;
  /** The same request again (the analysis cached). */
  warmMs: number;
}

/** The fuzzer's shapes at their largest (test/support/hostileSequences.ts), and the Fix all shape. */
export const SLOW_SHAPES: { shape: string; text: () => string; at: number }[] = [
  {
    shape: 'aliases, one a line (8,000; the fuzzer’s slowest)',
    text: () => `x: &x y\n${Array.from({ length: 8000 }, (_, i) => `k${i}: *x`).join('\n')}`,
    at: 0,
  },
  {
    // Each purpose has a typo in its basis (a safe fix) and no provision (fixes of its own, never safe).
    shape: '4,000 purposes, each a typo and a missing field (Fix all)',
    text: () =>
      `purposes:\n${Array.from({ length: 4000 }, (_, i) => `  p${i}:\n    title: T\n    data: [a]\n    retention: 1 year\n    basis: contrakt\n`).join('')}`,
    at: 0,
  },
];

/** The code-action request as the fuzzer sends it (quick fixes and Fix all at a point), cold then warm. */
export async function slowestRequestBench(): Promise<SlowRequestFigures[]> {
  const server = await startServer({ capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } } });
  const rows: SlowRequestFigures[] = [];
  try {
    for (const [i, { shape, text, at }] of SLOW_SHAPES.entries()) {
      const source = text();
      const uri = `file:///slowest-${i}.privacy.yaml`;
      const doc = TextDocument.create(uri, 'privacy-policy', 1, source);
      const params = paramsFor('codeActions', uri, doc.positionAt(at));
      server.open(uri, source);
      let t = performance.now();
      await server.request('textDocument/codeAction', params);
      const coldMs = performance.now() - t;
      t = performance.now();
      await server.request('textDocument/codeAction', params);
      const warmMs = performance.now() - t;
      server.close(uri);
      rows.push({ shape, request: 'textDocument/codeAction', characters: source.length, coldMs, warmMs });
    }
  } finally {
    await server.stop();
  }
  return rows;
}

/** "Fix all" on the typo shape in process, with the request's bound and without one (what it was before). */
export function fixAllBound(): { bounded: number; unbounded: number; fixes: number; problems: number } {
  const analysis = analyzeText(SLOW_SHAPES[1].text());
  const problems = validate(analysis);
  const time = (limit: number) => {
    fixAllEdits(analysis, problems, undefined, { budget: new WorkBudget(limit) }); // warm-up
    const t = performance.now();
    fixAllEdits(analysis, problems, undefined, { budget: new WorkBudget(limit) });
    return performance.now() - t;
  };
  return {
    bounded: time(MAX_FIXES_PER_REQUEST),
    unbounded: time(Number.POSITIVE_INFINITY),
    fixes: MAX_FIXES_PER_REQUEST,
    problems: problems.length,
  };
}
