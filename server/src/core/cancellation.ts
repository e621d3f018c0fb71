// Stopping long work: a cancellation signal and a work budget, for the features below service/ that must not know
// LSP (ARCHITECTURE.md, "Floors"). The edges turn the LSP cancellation token into a signal and a `Cancelled` thrown
// here into the protocol's RequestCancelled answer.

/** What long work reads between its steps: true once the result is no longer wanted (a cancelled request, a newer version). */
export interface CancellationSignal {
  readonly isCancellationRequested: boolean;
}

export const NOT_CANCELLED: CancellationSignal = Object.freeze({ isCancellationRequested: false });

/** Thrown by long work that saw its signal: the edge answers the request as cancelled; nothing is logged. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

export function throwIfCancelled(signal: CancellationSignal | undefined): void {
  if (signal?.isCancellationRequested) throw new Cancelled();
}

/** Cancelled as soon as any of `signals` is. */
export function anyOf(...signals: (CancellationSignal | undefined)[]): CancellationSignal {
  const present = signals.filter((s): s is CancellationSignal => s !== undefined);
  return {
    get isCancellationRequested() {
      return present.some((s) => s.isCancellationRequested);
    },
  };
}

/**
 * A deterministic bound on one request's work, counted in what the work is made of (fixes computed, problems
 * considered), not in milliseconds: the same request does the same work on a quiet machine and on a loaded one, so a
 * test can count it. Work that finds its budget spent stops and answers with what it has, saying it is partial.
 */
export class WorkBudget {
  private used = 0;
  private refused = false;

  constructor(readonly limit: number) {}

  /** Takes `units` if they fit: false (nothing taken, and the budget counts as exhausted) when they do not. */
  take(units = 1): boolean {
    if (this.used + units > this.limit) {
      this.refused = true;
      return false;
    }
    this.used += units;
    return true;
  }

  /** Units taken so far. */
  get spent(): number {
    return this.used;
  }

  /** True once some work was refused: the answer is partial. */
  get exhausted(): boolean {
    return this.refused;
  }
}
