// Fuzzes the bundled server over stdio: random edits and requests in one process. Properties: every request is
// answered (or refused with an error response, for rename), the process stays alive, nothing is logged as an
// unhandled error, and every range returned lies inside the document.
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startServer, type TestClient } from '../support/lspClient';
import { applyEdit, stepArb, type Edit } from './arbitraries';
import { SEEDS } from './inProcess';
import { RequestTimings } from './timings';

export const METHODS: Record<string, string> = {
  completion: 'textDocument/completion',
  hover: 'textDocument/hover',
  definition: 'textDocument/definition',
  references: 'textDocument/references',
  rename: 'textDocument/rename',
  highlights: 'textDocument/documentHighlight',
  codeActions: 'textDocument/codeAction',
  symbols: 'textDocument/documentSymbol',
  folding: 'textDocument/foldingRange',
  diagnostics: 'textDocument/diagnostic',
  render: 'privacyPolicy/render',
};

export function rangesIn(
  value: unknown,
  out: { start: { line: number; character: number }; end: { line: number; character: number } }[] = [],
) {
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (v.start && v.end && typeof (v.start as { line?: unknown }).line === 'number') out.push(v as never);
    for (const child of Object.values(v)) rangesIn(child, out);
  }
  return out;
}

export function paramsFor(kind: string, uri: string, position: { line: number; character: number }): unknown {
  return kind === 'render'
    ? { uri, mode: 'preview' }
    : kind === 'rename'
      ? { textDocument: { uri }, position, newName: 'renamed-id' }
      : kind === 'references'
        ? { textDocument: { uri }, position, context: { includeDeclaration: true } }
        : kind === 'codeActions'
          ? {
              textDocument: { uri },
              range: { start: position, end: position },
              context: { diagnostics: [], only: ['quickfix', 'source.fixAll'] },
            }
          : { textDocument: { uri }, position };
}

export async function fuzzOverLsp(options: { numRuns: number; seed?: number }) {
  const client: TestClient = await startServer({ env: { PRIVACY_POLICY_DEBOUNCE_MS: '5' } });
  const timings = new RequestTimings();
  let sequences = 0;
  let requests = 0;
  const started = performance.now();
  try {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: SEEDS.length - 1 }),
        fc.array(stepArb, { minLength: 1, maxLength: 10 }),
        async (seedIndex, steps) => {
          const uri = `file:///lsp-fuzz/${sequences++}.privacy.yaml`;
          let text = SEEDS[seedIndex];
          let version = 1;
          client.open(uri, text, version);
          for (const step of steps) {
            if ('edit' in step) {
              text = applyEdit(text, step.edit as Edit & { at: number });
              client.change(uri, text, ++version);
              continue;
            }
            const doc = TextDocument.create(uri, 'privacy-policy', version, text);
            const position = doc.positionAt(Math.floor(step.request.at * text.length));
            const kind = step.request.kind;
            const params = paramsFor(kind, uri, position);
            requests++;
            let result: unknown;
            let timer: NodeJS.Timeout | undefined;
            const t0 = performance.now();
            try {
              result = await Promise.race([
                client.request(METHODS[kind], params),
                new Promise(
                  (_, reject) =>
                    (timer = setTimeout(() => reject(new Error(`${kind} got no answer within 10 s`)), 10_000)),
                ),
              ]);
            } catch (error) {
              if (
                kind === 'rename' &&
                /renamed|not defined|not a valid id|already exists/.test(String((error as Error).message))
              )
                continue;
              if (kind === 'diagnostics' && /Unhandled method|MethodNotFound/.test(String((error as Error).message)))
                continue; // push mode
              throw error;
            } finally {
              clearTimeout(timer);
              timings.record({ kind, ms: performance.now() - t0, text, position });
            }
            for (const r of rangesIn(result)) {
              if (r.start.line >= doc.lineCount || r.end.line >= doc.lineCount + 1)
                throw new Error(`${kind} returned a range outside the document: ${JSON.stringify(r)}`);
            }
          }
          client.close(uri);
          if (client.process.exitCode !== null) throw new Error(`the server exited: ${client.stderr.join('')}`);
          const logged = client.stderr.join('');
          if (/Unhandled|failed on|Unexpected error/.test(logged))
            throw new Error(`the server logged an error:\n${logged}`);
        },
      ),
      { numRuns: options.numRuns, seed: options.seed, verbose: 1 },
    );
  } finally {
    await client.stop();
  }
  return { sequences, requests, ms: performance.now() - started, timings };
}
