// Long work in slices. The server is one thread: an analysis that runs for 100 ms keeps every keystroke, request
// and cancellation waiting behind it. Work done here hands the event loop back whenever a slice is spent, so that
// the messages received meanwhile are handled, and stops (throws `Cancelled`) when its signal says the result is no
// longer wanted: a cancelled request, a newer version of the document.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { Cancelled, throwIfCancelled, type CancellationSignal } from '../core/cancellation';
import type { Analysis } from '../core/analysis';
import type { Problem, RuleSettings } from '../core/problem';
import type { Evidence } from '../reconcile/evidence';
import { listedOf, startRules } from '../rules/check';
import { ENGLISH, type InterfaceText } from '../languages/interface';
import { toDiagnostic, type LanguageService } from './languageService';

/** How long one slice may run before the work yields. Long enough that a small notice's rules take one slice. */
export const SLICE_MS = 8;

export interface SliceClock {
  now(): number;
  /** How long a slice may run (default SLICE_MS); 0 yields after every step (the protocol tests' setting). */
  sliceMs?: number;
  /** Resolves after the messages already received have had their turn (setImmediate in Node and in the worker). */
  yieldNow(): Promise<void>;
}

/**
 * Runs `step` until it reports it is done, yielding whenever `sliceMs` have gone by since the last yield, and
 * reading `signal` before each step.
 */
export async function runInSlices(
  step: () => boolean,
  signal: CancellationSignal,
  clock: SliceClock,
  sliceMs = clock.sliceMs ?? SLICE_MS,
): Promise<void> {
  let sliceStart = clock.now();
  for (;;) {
    throwIfCancelled(signal);
    if (step()) return;
    if (clock.now() - sliceStart >= sliceMs) {
      await clock.yieldNow();
      sliceStart = clock.now();
    }
  }
}

/** Every problem of an analysis, the rules run in slices (the memo of rules/check.ts is filled as by `validate`). */
export async function problemsInSlices(
  analysis: Analysis,
  settings: RuleSettings | undefined,
  evidence: Evidence | undefined,
  signal: CancellationSignal,
  clock: SliceClock,
  ui: InterfaceText = ENGLISH,
): Promise<Problem[]> {
  const run = startRules(analysis, settings, evidence, ui);
  await runInSlices(
    () => {
      if (!run.done) run.step();
      return run.done;
    },
    signal,
    clock,
  );
  return run.problems();
}

/**
 * A document's diagnostics as `LanguageService.diagnostics` gives them, the rules run in slices. The parse is one
 * piece of work (it re-parses only the entry edited, parser/incremental.ts); the signal is read after it too.
 */
export async function diagnosticsInSlices(
  service: LanguageService,
  doc: TextDocument,
  settings: RuleSettings | undefined,
  signal: CancellationSignal,
  clock: SliceClock,
): Promise<Diagnostic[]> {
  throwIfCancelled(signal);
  // The editor's documents change in place: positions are converted with the version the problems are of.
  const version = doc.version;
  const analysis = service.analyze(doc);
  const problems = await problemsInSlices(analysis, settings, service.evidence(doc.uri), signal, clock, service.ui);
  if (doc.version !== version) throw new Cancelled();
  throwIfCancelled(signal);
  return listedOf(problems, service.ui).map((p) => toDiagnostic(doc, p));
}

/**
 * Yields to the event loop: setImmediate in Node; in a browser worker, a message posted to itself (a timer of 0 ms
 * is held back to 4 ms once timers nest).
 */
export const yieldToEventLoop: () => Promise<void> =
  typeof setImmediate === 'function'
    ? () => new Promise((resolve) => setImmediate(resolve))
    : (() => {
        const channel = new MessageChannel();
        const waiting: (() => void)[] = [];
        channel.port1.onmessage = () => waiting.shift()?.();
        return () =>
          new Promise<void>((resolve) => {
            waiting.push(resolve);
            channel.port2.postMessage(undefined);
          });
      })();

export const realSliceClock: SliceClock = { now: () => performance.now(), yieldNow: yieldToEventLoop };
