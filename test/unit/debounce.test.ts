// The adaptive debounce of pushed diagnostics (server/src/service/debounce.ts), on a fake clock: no real waits.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  debounceDelay,
  DiagnosticsScheduler,
  MAX_DEBOUNCE_MS,
  parseDebounceOverride,
  updateEstimate,
  type Clock,
} from '../../server/src/service/debounce';
import { Cancelled, throwIfCancelled, type CancellationSignal } from '../../server/src/core/cancellation';

/** A manual clock: timers fire only when the test advances time; `work` simulates analysis cost. */
function fakeClock() {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: Clock & { advance(ms: number): void; work(ms: number): void; pending(): number } = {
    now: () => now,
    setTimeout(run, ms) {
      const id = nextId++;
      timers.set(id, { at: now + ms, run });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = Math.max(now, due[1].at);
        due[1].run();
      }
      now = Math.max(now, until);
    },
    work(ms) {
      now += ms;
    },
    pending: () => timers.size,
  };
  return clock;
}

describe('debounce policy', () => {
  it('waits nothing before the first analysis has measured the cost', () => {
    assert.equal(debounceDelay(undefined, 100_000), 0);
  });

  it('waits about the measured cost, proportional to the document size', () => {
    const small = updateEstimate(undefined, 4, 20_000); // a ~500-line notice analysed in 4 ms
    assert.equal(debounceDelay(small, 20_000), 2); // ½ of the cost
    // The same notice pasted four times over: the wait grows with it at once.
    assert.equal(debounceDelay(small, 80_000), 8);
  });

  it('keeps small documents within the 50 ms change → problems budget', () => {
    const est = updateEstimate(undefined, 20, 70_000); // ~1,750 lines analysed in 20 ms
    const delay = debounceDelay(est, 70_000);
    assert.ok(delay + 20 <= 50, `wait ${delay} ms + analysis 20 ms`);
  });

  it('never waits longer than the cap', () => {
    assert.equal(debounceDelay(updateEstimate(undefined, 5_000, 1000), 1000), MAX_DEBOUNCE_MS);
  });

  it('falls at once (the cold first run overstates the cost), rises only halfway (one slow run)', () => {
    const cold = updateEstimate(undefined, 300, 10_000);
    const warm = updateEstimate(cold, 40, 10_000);
    assert.equal(debounceDelay(warm, 10_000), 20); // ½ of 40
    const gc = updateEstimate(warm, 120, 10_000);
    assert.equal(debounceDelay(gc, 10_000), 40); // ½ of (40 + 120) / 2
  });

  it('an explicit override wins (tests, the bench "before" figures)', () => {
    assert.equal(debounceDelay(updateEstimate(undefined, 3, 100), 100, 150), 150);
    assert.equal(parseDebounceOverride('150'), 150);
    assert.equal(parseDebounceOverride('0'), 0);
    assert.equal(parseDebounceOverride(undefined), undefined);
    assert.equal(parseDebounceOverride(''), undefined);
    assert.equal(parseDebounceOverride('soon'), undefined);
    assert.equal(parseDebounceOverride('-5'), undefined);
  });
});

describe('DiagnosticsScheduler', () => {
  function setup(override?: number) {
    const clock = fakeClock();
    const versions = new Map<string, number>();
    const published: { uri: string; version: number; at: number }[] = [];
    const analysed: number[] = [];
    const scheduler = new DiagnosticsScheduler(clock, (uri) => versions.get(uri), override);
    const change = (uri: string, version: number, length: number, cost: number, during?: () => void) => {
      versions.set(uri, version);
      scheduler.schedule(
        uri,
        version,
        length,
        () => {
          analysed.push(version);
          clock.work(cost);
          during?.();
          return version;
        },
        (v) => published.push({ uri, version: v, at: clock.now() }),
      );
    };
    return { clock, versions, published, analysed, scheduler, change };
  }

  it('first analysis at once, then waits ½ of the measured cost', () => {
    const { clock, published, change, scheduler } = setup();
    change('a', 1, 10_000, 8);
    clock.advance(0);
    assert.deepEqual(published, [{ uri: 'a', version: 1, at: 8 }]);
    assert.equal(scheduler.delayFor('a', 10_000), 4);
    change('a', 2, 10_000, 8);
    clock.advance(3);
    assert.equal(published.length, 1, 'not yet: still within the adaptive wait');
    clock.advance(1);
    // Changed at 8 ms, waited 4 ms, analysed in 8 ms: within twice the analysis time.
    assert.deepEqual(published[1], { uri: 'a', version: 2, at: 20 });
  });

  it('a change after a pause longer than the wait is analysed at once; the next one soon after waits', () => {
    const { clock, published, change, scheduler } = setup();
    change('a', 1, 10_000, 8);
    clock.advance(0);
    clock.advance(100); // the author pauses
    assert.equal(scheduler.delayFor('a', 10_000), 4);
    change('a', 2, 10_000, 8); // at 108: nothing to merge with
    clock.advance(0);
    assert.deepEqual(published[1], { uri: 'a', version: 2, at: 116 }, 'analysed at once, without the wait');
    change('a', 3, 10_000, 8); // at 116, just as the last analysis ended: a burst
    clock.advance(3);
    assert.equal(published.length, 2, 'within a burst the wait applies');
    clock.advance(1);
    assert.deepEqual(published[2], { uri: 'a', version: 3, at: 128 });
  });

  it('an explicit wait applies after a pause too (tests, the bench "before" figures)', () => {
    const { clock, published, change } = setup(50);
    change('a', 1, 10_000, 8);
    clock.advance(200);
    assert.equal(published.length, 1);
    const changedAt = clock.now();
    change('a', 2, 10_000, 8);
    clock.advance(49);
    assert.equal(published.length, 1, 'still waiting the explicit 50 ms');
    clock.advance(1);
    assert.deepEqual(published[1], { uri: 'a', version: 2, at: changedAt + 50 + 8 });
  });

  it('a keystroke burst is analysed once, for the last version', () => {
    const { clock, published, analysed, change } = setup();
    change('a', 1, 40_000, 20);
    clock.advance(0);
    for (let v = 2; v <= 6; v++) {
      change('a', v, 40_000, 20);
      clock.advance(5); // keystrokes 5 ms apart, under the 20 ms wait
    }
    clock.advance(100);
    assert.deepEqual(analysed, [1, 6]);
    assert.deepEqual(
      published.map((p) => p.version),
      [1, 6],
    );
    assert.equal(clock.pending(), 0);
  });

  it('never publishes a version superseded while it was analysed', () => {
    const { clock, published, versions, change } = setup(0);
    // The editor's next change lands while version 1 is analysed (e.g. the web worker, or an async step).
    change('a', 1, 1000, 5, () => versions.set('a', 2));
    clock.advance(0);
    assert.deepEqual(published, []);
  });

  it('skips a run whose version was superseded before it started', () => {
    const { clock, published, analysed, versions, change } = setup(10);
    change('a', 1, 1000, 1);
    versions.set('a', 2); // a change arrived but its own schedule has not run yet
    clock.advance(20);
    assert.deepEqual(analysed, []);
    assert.deepEqual(published, []);
  });

  it('closing a document cancels its pending run and forgets its cost', () => {
    const { clock, published, versions, change, scheduler } = setup();
    change('a', 1, 1000, 30);
    clock.advance(0);
    change('a', 2, 1000, 30);
    scheduler.forget('a');
    versions.delete('a');
    clock.advance(100);
    assert.equal(published.length, 1);
    assert.equal(scheduler.delayFor('a', 1000), 0);
  });

  it('documents are independent', () => {
    const { clock, published, change } = setup(10);
    change('a', 1, 1000, 1);
    change('b', 1, 1000, 1);
    clock.advance(20);
    assert.deepEqual(published.map((p) => p.uri).sort(), ['a', 'b']);
  });

  it('a newer version stops the analysis under way in slices: its remaining slices never run', async () => {
    const clock = fakeClock();
    const versions = new Map<string, number>();
    const published: number[] = [];
    const slicesRun: number[] = [];
    const scheduler = new DiagnosticsScheduler(clock, (uri) => versions.get(uri), 0);
    // The analysis yields between its 10 slices (a promise the test resolves), reading the signal each time.
    const gates: (() => void)[] = [];
    const analyse = (version: number) => async (signal: CancellationSignal) => {
      for (let slice = 0; slice < 10; slice++) {
        throwIfCancelled(signal);
        slicesRun.push(version);
        await new Promise<void>((resolve) => gates.push(resolve));
      }
      return version;
    };
    const change = (version: number) => {
      versions.set('a', version);
      scheduler.schedule('a', version, 1000, analyse(version), (v) => published.push(v));
    };
    const nextSlice = async () => {
      gates.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    };
    change(1);
    clock.advance(0);
    await nextSlice();
    await nextSlice(); // version 1 has run 3 of its 10 slices
    assert.equal(scheduler.analysing, true);
    change(2); // the editor's next version
    await nextSlice(); // version 1 reads the signal and stops
    assert.equal(scheduler.cancelledRuns, 1);
    assert.equal(scheduler.analysing, false);
    clock.advance(0);
    while (gates.length) await nextSlice();
    assert.deepEqual(
      slicesRun.filter((v) => v === 1),
      [1, 1, 1],
      'version 1 stopped after its third slice',
    );
    assert.equal(slicesRun.filter((v) => v === 2).length, 10);
    assert.deepEqual(published, [2]);
  });

  it('an analysis that stops at once (Cancelled) publishes nothing and is counted', () => {
    const { clock, scheduler, versions } = setup(0);
    versions.set('b', 1);
    scheduler.schedule(
      'b',
      1,
      10,
      () => {
        throw new Cancelled();
      },
      () => assert.fail('nothing to publish'),
    );
    clock.advance(0);
    assert.equal(scheduler.cancelledRuns, 1);
  });

  it('says when no analysis is waiting or under way (background work waits for that)', async () => {
    const { clock, change, scheduler } = setup(10);
    change('a', 1, 1000, 1);
    assert.equal(scheduler.busy, true);
    let idle = false;
    const waiting = scheduler.whenIdle().then(() => (idle = true));
    await Promise.resolve();
    assert.equal(idle, false, 'the analysis still waits for its time');
    clock.advance(10);
    await waiting;
    assert.equal(scheduler.busy, false);
  });
});
