// When the preview renders after a change: at once after a pause, and while the author types at most one render per
// interval, where the interval follows the measured cost of the last render (request to the server + page patch).
// A small notice renders in a few milliseconds and refreshes almost with every keystroke; a large one spaces its
// renders so that the server keeps half its time for diagnostics and completion. Pure: the panel supplies the times.

/** Never render more often than once a frame (the webview could not show more). */
export const MIN_INTERVAL_MS = 16;
/** Never hold a change back longer than this (the old fixed throttle). */
export const MAX_INTERVAL_MS = 250;

/** The minimum spacing between two renders, from the last render's cost (unknown: as soon as a frame allows). */
export function renderInterval(lastCostMs: number | undefined): number {
  if (lastCostMs === undefined || !Number.isFinite(lastCostMs)) return MIN_INTERVAL_MS;
  return Math.min(MAX_INTERVAL_MS, Math.max(MIN_INTERVAL_MS, Math.round(2 * lastCostMs)));
}

/**
 * How long to wait before rendering a change made at `now`. `lastFinishedAt` is when the last render ended
 * (undefined: none yet). After a pause at least one interval long, 0: the first render after a pause is immediate.
 */
export function renderDelay(now: number, lastFinishedAt: number | undefined, lastCostMs: number | undefined): number {
  if (lastFinishedAt === undefined) return 0;
  return Math.max(0, lastFinishedAt + renderInterval(lastCostMs) - now);
}
