// The rules are registered in three places that must agree: the ids (core/ruleIds.ts: the type, the settings and
// `--rule`), the modules (rules/index.ts) and the pages (docs/rules/). An id without a module passes the compiler.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { RULE_IDS, RULES } from '../../server/src/rules';

describe('rule registry', () => {
  it('every rule id has exactly one module, and every module an id', () => {
    const modules = RULES.map((r) => r.id);
    assert.deepEqual([...modules].sort(), [...RULE_IDS].sort());
    assert.equal(new Set(modules).size, modules.length, 'a rule is listed twice in rules/index.ts');
  });

  it('every rule id has its page, and every page a rule', () => {
    const pages = readdirSync(resolve(__dirname, '../../docs/rules'))
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .map((f) => f.replace(/\.md$/, ''));
    const retired = ['non-excludable-right', 'excluded-right-without-reason'];
    assert.deepEqual(
      pages.filter((p) => !retired.includes(p)).sort(),
      [...RULE_IDS].filter((id) => !retired.includes(id)).sort(),
    );
  });
});
