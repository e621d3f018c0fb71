// Problems are listed by offset, then by rule id (rules/check.ts, byPosition). The ids compare by code unit, which
// for every rule id is the order String.prototype.localeCompare gave before.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RULE_IDS } from '../../server/src/core/ruleIds';
import { byPosition } from '../../server/src/rules/check';
import type { Problem } from '../../server/src/core/problem';

const at = (rule: (typeof RULE_IDS)[number], start = 0): Problem => ({
  rule,
  severity: 'error',
  message: '',
  span: { start, end: start },
});

describe('the order of problems', () => {
  it('puts rule ids at one offset in the order localeCompare gives, for every pair of ids', () => {
    for (const a of RULE_IDS)
      for (const b of RULE_IDS)
        assert.equal(Math.sign(byPosition(at(a), at(b))), Math.sign(a.localeCompare(b)), `${a} and ${b}`);
  });

  it('puts an earlier offset first, whatever the rules', () => {
    assert.ok(byPosition(at('yaml-syntax', 1), at('duplicate-key', 2)) < 0);
    assert.ok(byPosition(at('duplicate-key', 2), at('yaml-syntax', 1)) > 0);
  });
});
