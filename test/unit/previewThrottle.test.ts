// The preview's adaptive throttle (client/src/preview/throttle.ts): pure, times supplied by the test.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_INTERVAL_MS, MIN_INTERVAL_MS, renderDelay, renderInterval } from '../../client/src/preview/throttle';

describe('preview throttle', () => {
  it('renders the first change at once', () => {
    assert.equal(renderDelay(1000, undefined, undefined), 0);
  });

  it('renders at once after a pause at least one interval long', () => {
    // The last render took 10 ms and ended at t=1000: interval 20 ms.
    assert.equal(renderDelay(1020, 1000, 10), 0);
    assert.equal(renderDelay(5000, 1000, 10), 0);
  });

  it('while typing, spaces renders by twice the last render cost', () => {
    assert.equal(renderDelay(1005, 1000, 10), 15);
    assert.equal(renderDelay(1000, 1000, 40), 80);
  });

  it('keeps the interval between one frame and the old fixed 250 ms', () => {
    assert.equal(renderInterval(1), MIN_INTERVAL_MS);
    assert.equal(renderInterval(undefined), MIN_INTERVAL_MS);
    assert.equal(renderInterval(Number.NaN), MIN_INTERVAL_MS);
    assert.equal(renderInterval(60), 120);
    assert.equal(renderInterval(900), MAX_INTERVAL_MS);
    assert.equal(renderDelay(1000, 1000, 900), MAX_INTERVAL_MS);
  });
});
