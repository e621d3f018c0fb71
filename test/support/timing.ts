// Timing in tests on a shared, possibly loaded machine: a busy machine makes a run slower, never faster, so the
// fastest of a few runs is the figure to compare against a bound.

/** The fastest of `runs` timings of `run`, in milliseconds. */
export function fastestOf(runs: number, run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}
