// Adaptive debounce of pushed diagnostics: after a change, wait about half as long as analysing the document costs.
// A small notice (analysis in a few milliseconds) gets its problems within a frame or two of a pause; a large one
// waits in proportion, so that during a keystroke burst the server spends at most about two thirds of its time
// analysing, and change → problems stays within twice the analysis time (wait = ½ of the cost, leaving the rest
// for the transport: the edit and the diagnostics cross the connection as JSON). The cost is that of the analysis
// after an edit, which re-parses only the piece edited (parser/incremental.ts).
// Pure policy plus a scheduler over an injected clock, so both are tested without real time.

import { Cancelled, type CancellationSignal } from '../core/cancellation';

/** Never wait longer than this after a change, however slow the last analysis was. */
export const MAX_DEBOUNCE_MS = 400;
/** The wait as a share of the expected analysis cost. */
export const WAIT_PER_COST = 0.5;

/** What the scheduler knows of one document's analysis cost. */
export interface CostEstimate {
  /** Milliseconds per character of text, smoothed over the last analyses. */
  msPerChar: number;
}

/**
 * The wait after a change to a document of `length` characters. Unknown cost (nothing analysed yet): no wait,
 * the first analysis measures it. An explicit override (PRIVACY_POLICY_DEBOUNCE_MS, for tests and the "before"
 * bench figures) wins.
 */
export function debounceDelay(estimate: CostEstimate | undefined, length: number, override?: number): number {
  if (override !== undefined && Number.isFinite(override) && override >= 0) return override;
  if (!estimate) return 0;
  const expectedCost = estimate.msPerChar * length;
  return Math.round(Math.min(MAX_DEBOUNCE_MS, Math.max(0, WAIT_PER_COST * expectedCost)));
}

/**
 * Folds one measured analysis into the estimate. Per character, so a paste that doubles the document doubles the
 * wait at once. Falls at once, rises halfway: the first analysis of a document is cold (JIT, catalogues loading)
 * and a garbage collection or a loaded machine inflates one run, so a slow run moves the wait only halfway up,
 * while a faster run is the better estimate of what the analysis costs. (A run answered from the analysis cache,
 * after a hover, is near zero: the next change then gets no wait and its analysis restores the estimate halfway.)
 */
export function updateEstimate(previous: CostEstimate | undefined, measuredMs: number, length: number): CostEstimate {
  const msPerChar = Math.max(0, measuredMs) / Math.max(1, length);
  if (!previous || msPerChar <= previous.msPerChar) return { msPerChar };
  return { msPerChar: (previous.msPerChar + msPerChar) / 2 };
}

/** Parses the env override: a non-negative number, else undefined (adaptive). */
export function parseDebounceOverride(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

interface Pending {
  handle: unknown;
  version: number;
}

/** An analysis under way in slices (it yields between rules): a change cancels it. */
interface Running {
  version: number;
  cancelled: boolean;
}

/**
 * One pending analysis per document. A change supersedes the pending run (its timer is cancelled) and cancels an
 * analysis still under way: `analyse` gets a signal, cancelled once a newer version is scheduled or the document
 * closed, which work done in slices reads between its slices (it then throws `Cancelled`, core/cancellation.ts). A
 * run checks the document's version before analysing and before publishing, so a superseded version is never
 * published.
 */
export class DiagnosticsScheduler {
  private readonly pending = new Map<string, Pending>();
  private readonly estimates = new Map<string, CostEstimate>();
  /** When the document last changed or finished an analysis. */
  private readonly lastActivity = new Map<string, number>();
  private readonly running = new Map<string, Running>();
  private readonly idleWaiters: (() => void)[] = [];
  /** Analyses that stopped because a newer version came (for tests and the log). */
  cancelledRuns = 0;

  constructor(
    private readonly clock: Clock,
    /** The latest version the editor sent, or undefined once the document is closed. */
    private readonly latestVersion: (uri: string) => number | undefined,
    private readonly override?: number,
  ) {}

  /** The wait the next change to this document would get. */
  delayFor(uri: string, length: number): number {
    return debounceDelay(this.estimates.get(uri), length, this.override);
  }

  /**
   * Schedules `analyse` then `publish` for `version` after `delay` (default: the adaptive wait). `analyse` returns
   * the result, or a promise of it when it works in slices; `publish` runs only if the version is still the latest
   * after analysing.
   *
   * The adaptive wait is only for changes that come in a burst. A change to a document that has been idle (no change,
   * no analysis, no run pending) for longer than the wait would gain nothing from waiting, since nothing came to
   * merge with it: it is analysed at once. So after a pause the problems follow the next keystroke at once, and a
   * burst still costs one analysis at its start and one after its end.
   */
  schedule<T>(
    uri: string,
    version: number,
    length: number,
    analyse: (signal: CancellationSignal) => T | Promise<T>,
    publish: (result: T) => void,
    delay?: number,
  ): void {
    const now = this.clock.now();
    const idleSince = this.lastActivity.get(uri);
    let wait = delay ?? this.delayFor(uri, length);
    if (
      delay === undefined &&
      this.override === undefined &&
      idleSince !== undefined &&
      !this.pending.has(uri) &&
      now - idleSince > wait
    )
      wait = 0;
    this.lastActivity.set(uri, now);
    this.cancel(uri);
    const handle = this.clock.setTimeout(() => {
      if (this.pending.get(uri)?.handle === handle) this.pending.delete(uri);
      if (this.latestVersion(uri) !== version) return this.wakeIfIdle();
      const run: Running = { version, cancelled: false };
      this.running.set(uri, run);
      const signal: CancellationSignal = {
        get isCancellationRequested() {
          return run.cancelled;
        },
      };
      const started = this.clock.now();
      const finish = (result: T) => {
        if (this.running.get(uri) === run) this.running.delete(uri);
        this.wakeIfIdle();
        const ended = this.clock.now();
        this.record(uri, ended - started, length);
        this.lastActivity.set(uri, ended);
        if (run.cancelled || this.latestVersion(uri) !== version) return;
        publish(result);
      };
      const stopped = (error: unknown) => {
        if (this.running.get(uri) === run) this.running.delete(uri);
        this.wakeIfIdle();
        if (!(error instanceof Cancelled)) throw error;
        this.cancelledRuns++;
      };
      let result: T | Promise<T>;
      try {
        result = analyse(signal);
      } catch (error) {
        stopped(error);
        return;
      }
      if (isPromise(result)) void result.then(finish, stopped);
      else finish(result);
    }, wait);
    this.pending.set(uri, { handle, version });
  }

  /** True while an analysis of some document is under way in slices. */
  get analysing(): boolean {
    return this.running.size > 0;
  }

  /** True while an analysis is waiting for its time or under way: background work waits for both. */
  get busy(): boolean {
    return this.pending.size > 0 || this.running.size > 0;
  }

  /** Resolves once no analysis is waiting or under way. */
  whenIdle(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private wakeIfIdle(): void {
    if (this.busy) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  /** Records an analysis measured elsewhere (e.g. a publish after a settings change). */
  record(uri: string, measuredMs: number, length: number): void {
    this.estimates.set(uri, updateEstimate(this.estimates.get(uri), measuredMs, length));
  }

  /** Drops the pending run of a document and cancels its analysis under way. */
  cancel(uri: string): void {
    const p = this.pending.get(uri);
    if (p) this.clock.clearTimeout(p.handle);
    this.pending.delete(uri);
    const run = this.running.get(uri);
    if (run) run.cancelled = true;
    this.running.delete(uri);
    this.wakeIfIdle();
  }

  forget(uri: string): void {
    this.cancel(uri);
    this.estimates.delete(uri);
    this.lastActivity.delete(uri);
  }

  pendingVersion(uri: string): number | undefined {
    return this.pending.get(uri)?.version;
  }
}

const isPromise = <T>(value: T | Promise<T>): value is Promise<T> =>
  typeof (value as { then?: unknown } | undefined)?.then === 'function';
