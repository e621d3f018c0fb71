// Rule `unnamed-cookie` (ePrivacy Art 5(3), information): a cookie without `name`. A cookie described by what it does
// is allowed, but readers cannot find it in their browser and a recording of the site cannot be reconciled with it.
import { entryOf, fieldStr, mapOf } from '../parser/policyModel';
import type { Rule } from '../core/rule';

export const unnamedCookie: Rule = {
  id: 'unnamed-cookie',
  severity: 'information',
  provisions: 'ePrivacy Art 5(3)',
  description: 'A cookie without `name` (described only by what it does).',
  check(ctx) {
    const list = entryOf(ctx.model.root, 'cookies')?.value;
    if (list?.kind !== 'seq') return;
    for (const item of list.items) {
      const map = mapOf(item);
      if (!map || fieldStr(map, 'name')?.value.trim()) continue;
      const described = !!fieldStr(map, 'description')?.value.trim();
      const anchor = map.entries[0]?.keySpan ?? map.span;
      ctx.report(
        anchor,
        `This cookie has no name${described ? '' : ' and no description'}. Unless it is strictly necessary, ` +
          `ePrivacy Art 5(3) requires clear and comprehensive information about what is stored on or read from ` +
          `the reader's device before consent; where it holds personal data, Art 13(1)(c) GDPR requires its ` +
          `purpose in any case. Without the name readers cannot find the cookie in their browser, and a recording ` +
          `of the site cannot be reconciled with it. Add 'name' where you know it` +
          `${described ? '' : ", or at least 'description'"}.`,
      );
    }
  },
};
