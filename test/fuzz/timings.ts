// How long each kind of request took in a fuzzing run: the slowest answer of each kind, with what was asked, so that
// the slowest request found can be replayed (bench/run.ts, "the protocol fuzzer's slowest request").

export interface TimedRequest {
  kind: string;
  ms: number;
  /** The document the request was made on, and where. */
  text: string;
  position: { line: number; character: number };
}

export class RequestTimings {
  private readonly slowest = new Map<string, TimedRequest>();
  private readonly counts = new Map<string, number>();

  record(request: TimedRequest): void {
    this.counts.set(request.kind, (this.counts.get(request.kind) ?? 0) + 1);
    const known = this.slowest.get(request.kind);
    if (!known || request.ms > known.ms) this.slowest.set(request.kind, request);
  }

  /** The slowest request of each kind, slowest first. */
  byKind(): (TimedRequest & { count: number })[] {
    return [...this.slowest.values()]
      .map((r) => ({ ...r, count: this.counts.get(r.kind) ?? 0 }))
      .sort((a, b) => b.ms - a.ms);
  }

  /** One line per kind: count, slowest answer and the size of the document it was asked on. */
  summary(): string {
    return this.byKind()
      .map(
        (r) =>
          `  ${r.kind.padEnd(12)} ${String(r.count).padStart(5)} requests, slowest ${r.ms.toFixed(0).padStart(5)} ms ` +
          `(${r.text.length.toLocaleString('en')} characters, line ${r.position.line})`,
      )
      .join('\n');
  }
}
