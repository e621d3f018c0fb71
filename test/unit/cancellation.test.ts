// Stopping long work, in process (core/cancellation.ts): the signal read between rules, between the notice's
// sections and between fixes; the work budget of a code-action request, counted, not timed; the rules in slices.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeText } from '../../server/src/core/analysis';
import {
  anyOf,
  Cancelled,
  NOT_CANCELLED,
  WorkBudget,
  type CancellationSignal,
} from '../../server/src/core/cancellation';
import { compareWith } from '../../server/src/compare/compare';
import { renderNotice } from '../../server/src/render';
import { RULES } from '../../server/src/rules';
import { startRules, validate } from '../../server/src/rules/check';
import {
  codeActions,
  fixAllEdits,
  FIX_ALL_TITLE,
  MAX_FIXES_PER_REQUEST,
  PARTIAL_FIX_ALL_TITLE,
} from '../../server/src/service/codeActions';
import { createLanguageService } from '../../server/src/service/languageService';
import { problemsInSlices, runInSlices, type SliceClock } from '../../server/src/service/slices';

const VALID = readFileSync(resolve(__dirname, '../fixtures/valid.privacy.yaml'), 'utf8');
const NO_BASIS = VALID.replace('    basis: contract\n', '');
/** `count` typos of one legal basis, each a problem with one safe fix. */
const typos = (count: number) =>
  VALID.replace('    basis: contract\n', `    basis:\n${'      - contrakt\n'.repeat(count)}`);
const everything = { start: { line: 0, character: 0 }, end: { line: 100_000, character: 0 } };

/** A signal that turns cancelled at its `reads`-th reading, and counts how often it was read. */
function cancelledAfter(reads: number): CancellationSignal & { read: number } {
  return {
    read: 0,
    get isCancellationRequested() {
      return ++this.read >= reads;
    },
  };
}

describe('WorkBudget', () => {
  it('gives units until the limit, then refuses and says the work was partial', () => {
    const budget = new WorkBudget(3);
    assert.equal(budget.take(), true);
    assert.equal(budget.take(2), true);
    assert.equal(budget.exhausted, false);
    assert.equal(budget.take(), false);
    assert.equal(budget.spent, 3);
    assert.equal(budget.exhausted, true);
  });

  it('refuses what does not fit without taking it', () => {
    const budget = new WorkBudget(5);
    budget.take(4);
    assert.equal(budget.take(2), false);
    assert.equal(budget.spent, 4);
  });
});

describe('cancellation signal', () => {
  it('anyOf is cancelled once any of its signals is', () => {
    const flag = { isCancellationRequested: false };
    const both = anyOf(NOT_CANCELLED, flag, undefined);
    assert.equal(both.isCancellationRequested, false);
    flag.isCancellationRequested = true;
    assert.equal(both.isCancellationRequested, true);
  });

  it('the rules stop between two rules: a signal cancelled at its 5th reading runs 4 rules', () => {
    const analysis = analyzeText(NO_BASIS);
    const signal = cancelledAfter(5);
    assert.throws(() => validate(analysis, { 'missing-provision': 'hint' }, undefined, signal), Cancelled);
    assert.equal(signal.read, 5);
    // Nothing half-done was remembered: the same analysis is checked in full afterwards.
    assert.ok(validate(analysis, { 'missing-provision': 'hint' }).some((p) => p.rule === 'missing-legal-basis'));
  });

  it('the rules run one per step give what validate gives, and share its memo', () => {
    const analysis = analyzeText(NO_BASIS);
    const run = startRules(analysis);
    let steps = 0;
    while (!run.done) {
      run.step();
      steps++;
    }
    assert.equal(steps, RULES.length);
    const problems = run.problems();
    assert.equal(validate(analysis), problems, 'the same list: validate found it in the memo');
    assert.equal(startRules(analysis).done, true);
  });

  it('a second run of the same analysis and settings continues the first, running no rule twice', () => {
    const analysis = analyzeText(NO_BASIS);
    const first = startRules(analysis);
    for (let i = 0; i < 5; i++) first.step();
    // The preview asks for the problems while the diagnostics' run is under way: it takes over from rule 6.
    const second = startRules(analysis);
    let steps = 0;
    while (!second.done) {
      second.step();
      steps++;
    }
    assert.equal(steps, RULES.length - 5);
    assert.equal(first.done, true);
    assert.equal(first.problems(), second.problems());
    assert.deepEqual(second.problems(), validate(analyzeText(NO_BASIS)));
  });

  it('a run under other settings is not continued: it runs every rule', () => {
    const analysis = analyzeText(NO_BASIS);
    const first = startRules(analysis);
    for (let i = 0; i < 5; i++) first.step();
    const other = startRules(analysis, { 'missing-legal-basis': 'off' });
    let steps = 0;
    while (!other.done) {
      other.step();
      steps++;
    }
    assert.equal(steps, RULES.length);
    assert.ok(!other.problems().some((p) => p.rule === 'missing-legal-basis'));
    assert.equal(first.done, false);
  });

  it('the renderer stops between sections, and a stopped render is not a failure page', () => {
    const analysis = analyzeText(VALID);
    const signal = cancelledAfter(3);
    assert.throws(() => renderNotice(analysis, { mode: 'preview', signal }), Cancelled);
    assert.equal(signal.read, 3);
    const whole = renderNotice(analysis, { mode: 'preview', signal: NOT_CANCELLED });
    assert.equal(whole.error, undefined);
    assert.match(whole.body, /id="purposes"/);
  });

  it('compare stops before comparing when cancelled', () => {
    assert.throws(() => compareWith(VALID, analyzeText(NO_BASIS), { isCancellationRequested: true }), Cancelled);
    assert.ok(compareWith(VALID, analyzeText(NO_BASIS), NOT_CANCELLED).changes.length > 0);
  });

  it('every long feature of the language service refuses a cancelled request before working', () => {
    const service = createLanguageService();
    const doc = TextDocument.create('file:///c.privacy.yaml', 'privacy-policy', 1, NO_BASIS);
    const cancelled = { isCancellationRequested: true };
    const position = { line: 3, character: 4 };
    assert.throws(() => service.diagnostics(doc, undefined, cancelled), Cancelled);
    assert.throws(() => service.completion(doc, position, cancelled), Cancelled);
    assert.throws(() => service.hover(doc, position, cancelled), Cancelled);
    assert.throws(
      () => service.codeActions(doc, everything, { diagnostics: [] }, {}, { signal: cancelled }),
      Cancelled,
    );
    assert.throws(() => service.render(doc, { mode: 'preview', signal: cancelled }), Cancelled);
    assert.throws(() => service.compare(doc, VALID, cancelled), Cancelled);
    assert.throws(() => service.export(doc, 'dpv', cancelled), Cancelled);
  });
});

describe('the work budget of a code-action request', () => {
  const analysis = analyzeText(typos(10_000));
  const problems = validate(analysis);

  it('"Fix all" over 10,000 problems computes at most the budget of fixes, and says it is partial', () => {
    assert.ok(problems.filter((p) => p.rule === 'invalid-value').length >= 10_000);
    const budget = new WorkBudget(250);
    const { edits, partial } = fixAllEdits(analysis, problems, undefined, { budget });
    assert.equal(budget.spent, 250);
    assert.equal(partial, true);
    assert.ok(edits.length <= 250 && edits.length >= 245, `${edits.length} edits`);
  });

  it('a budget the work fits in leaves it whole', () => {
    const small = analyzeText(typos(50));
    const budget = new WorkBudget(1000);
    const { edits, partial } = fixAllEdits(small, validate(small), undefined, { budget });
    assert.equal(partial, false);
    assert.equal(edits.filter((e) => e.newText === 'contract').length, 50);
  });

  it('the request names a partial "Fix all" as such; by default the bound is MAX_FIXES_PER_REQUEST', () => {
    const doc = TextDocument.create('file:///typos.privacy.yaml', 'privacy-policy', 1, typos(10_000));
    const budget = new WorkBudget(MAX_FIXES_PER_REQUEST);
    const [partial] = codeActions(
      doc,
      analysis,
      everything,
      { diagnostics: [], only: ['source.fixAll'] },
      {},
      false,
      undefined,
      undefined,
      { budget },
    );
    assert.equal(partial.title, PARTIAL_FIX_ALL_TITLE);
    assert.equal(budget.spent, MAX_FIXES_PER_REQUEST);
    const few = TextDocument.create('file:///few.privacy.yaml', 'privacy-policy', 1, typos(3));
    const [whole] = codeActions(few, analyzeText(typos(3)), everything, { diagnostics: [], only: ['source.fixAll'] });
    assert.equal(whole.title, FIX_ALL_TITLE);
  });

  it('the quick fixes of the diagnostics in range take from the same budget', () => {
    const service = createLanguageService();
    const doc = TextDocument.create('file:///quick.privacy.yaml', 'privacy-policy', 1, typos(10_000));
    const diagnostics = service.diagnostics(doc); // the listed ones (capped), as the editor has them
    assert.ok(diagnostics.length > 100);
    const budget = new WorkBudget(40);
    const actions = service.codeActions(doc, everything, { diagnostics }, {}, { budget });
    const fixed = new Set(actions.map((a) => JSON.stringify(a.diagnostics)));
    assert.equal(budget.spent, 40);
    assert.ok(fixed.size <= 40, `${fixed.size} diagnostics got fixes`);
  });

  it('"Fix all" stops between fixes when cancelled', () => {
    const signal = cancelledAfter(10);
    assert.throws(() => fixAllEdits(analysis, problems, undefined, { signal }), Cancelled);
    assert.equal(signal.read, 10);
  });
});

describe('work in slices (service/slices.ts)', () => {
  /** A clock the steps advance by `cost` each; yields are counted. */
  function steppedClock(sliceMs: number) {
    let now = 0;
    const clock: SliceClock & { yields: number; advance(ms: number): void } = {
      yields: 0,
      sliceMs,
      now: () => now,
      advance: (ms) => (now += ms),
      yieldNow: () => {
        clock.yields++;
        return Promise.resolve();
      },
    };
    return clock;
  }

  it('yields whenever a slice is spent, and not in between', async () => {
    const clock = steppedClock(10);
    let steps = 0;
    await runInSlices(
      () => {
        clock.advance(4);
        return ++steps === 9;
      },
      NOT_CANCELLED,
      clock,
    );
    // 9 steps of 4 ms in slices of 10 ms: a yield after the 3rd and the 6th (the 9th ends the work).
    assert.equal(clock.yields, 2);
  });

  it('stops with Cancelled at the next step once the signal says so', async () => {
    const clock = steppedClock(0);
    const signal = { isCancellationRequested: false };
    let steps = 0;
    await assert.rejects(
      runInSlices(
        () => {
          if (++steps === 3) signal.isCancellationRequested = true;
          return false;
        },
        signal,
        clock,
      ),
      Cancelled,
    );
    assert.equal(steps, 3);
  });

  it('the rules in slices of one rule find what validate finds', async () => {
    const clock = steppedClock(0);
    const analysis = analyzeText(NO_BASIS);
    const problems = await problemsInSlices(analysis, undefined, undefined, NOT_CANCELLED, clock);
    assert.ok(clock.yields >= RULES.length - 1);
    assert.deepEqual(problems, validate(analyzeText(NO_BASIS)));
  });
});
