// Mixed hostile documents in ONE server process (issue #18): deep flow and block nesting in any mix, anchors,
// aliases, long lines and prototype keys, each opened or changed to after the other, with requests at random
// positions. Properties: every request is answered within a bound, the process stays alive, nothing is logged as
// a failure, every range lies inside the document and completion edits stay on the cursor's line.
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { hostileDocumentArb } from '../support/hostileSequences';
import { startServer, type TestClient } from '../support/lspClient';
import { requestArb } from './arbitraries';
import { METHODS, paramsFor, rangesIn } from './overLsp';
import { RequestTimings } from './timings';

const ANSWER_BOUND_MS = 30_000;

export async function fuzzHostileOverLsp(options: { numRuns: number; seed?: number }) {
  const client: TestClient = await startServer({ env: { PRIVACY_POLICY_DEBOUNCE_MS: '5' } });
  let sequences = 0;
  let requests = 0;
  let slowest = 0;
  const timings = new RequestTimings();
  const started = performance.now();
  try {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(hostileDocumentArb, fc.array(requestArb, { minLength: 1, maxLength: 4 })), {
          minLength: 2,
          maxLength: 4,
        }),
        async (steps) => {
          const uri = `file:///hostile-fuzz/${sequences++}.privacy.yaml`;
          let version = 0;
          for (const [text, asks] of steps) {
            version++;
            if (version === 1) client.open(uri, text, version);
            else client.change(uri, text, version);
            const doc = TextDocument.create(uri, 'privacy-policy', version, text);
            for (const ask of asks) {
              const position = doc.positionAt(Math.floor(ask.at * text.length));
              requests++;
              let timer: NodeJS.Timeout | undefined;
              const t0 = performance.now();
              let result: unknown;
              try {
                result = await Promise.race([
                  client.request(METHODS[ask.kind], paramsFor(ask.kind, uri, position)),
                  new Promise(
                    (_, reject) =>
                      (timer = setTimeout(
                        () => reject(new Error(`${ask.kind} got no answer within ${ANSWER_BOUND_MS / 1000} s`)),
                        ANSWER_BOUND_MS,
                      )),
                  ),
                ]);
              } catch (error) {
                const message = String((error as Error).message);
                if (ask.kind === 'rename' && /renamed|not defined|not a valid id|already exists/.test(message))
                  continue;
                if (ask.kind === 'diagnostics' && /Unhandled method|MethodNotFound/.test(message)) continue;
                throw error;
              } finally {
                clearTimeout(timer);
                slowest = Math.max(slowest, performance.now() - t0);
                timings.record({ kind: ask.kind, ms: performance.now() - t0, text, position });
              }
              for (const r of rangesIn(result)) {
                if (r.start.line >= doc.lineCount || r.end.line >= doc.lineCount + 1)
                  throw new Error(`${ask.kind} returned a range outside the document: ${JSON.stringify(r)}`);
              }
              if (ask.kind === 'completion') {
                for (const item of (
                  result as {
                    items?: { textEdit?: { range?: { start: { line: number }; end: { line: number } } } }[];
                  } | null
                )?.items ?? []) {
                  const r = item.textEdit?.range;
                  if (r && (r.start.line !== position.line || r.end.line !== position.line))
                    throw new Error(`completion edit off the cursor's line: ${JSON.stringify(r)}`);
                }
              }
            }
          }
          client.close(uri);
          if (client.process.exitCode !== null)
            throw new Error(`the server exited: ${client.stderr.join('').slice(-3000)}`);
          const logged = client.stderr.join('');
          if (/Unhandled|failed on|Unexpected error|could not be computed/.test(logged))
            throw new Error(`the server logged an error:\n${logged.slice(-3000)}`);
        },
      ),
      { numRuns: options.numRuns, seed: options.seed, verbose: 1 },
    );
  } finally {
    await client.stop();
  }
  return { sequences, requests, slowest, ms: performance.now() - started, timings };
}
