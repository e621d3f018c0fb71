// Rule `unobserved-cookie` (Art 5(1)(a), 12(1)): a cookie that `cookies` lists but the recording never shows.
import { entryOf } from '../parser/policyModel';
import { prepared, reconciled } from './evidenceHelpers';
import { removeListItem } from './fixBuilders';
import type { QuickFix, Rule } from '../core/rule';

export const unobservedCookie: Rule = {
  id: 'unobserved-cookie',
  severity: 'information',
  provisions: 'Art 5(1)(a), 12(1)',
  description: 'A cookie that `cookies` lists but the recording never shows.',
  check(ctx) {
    const r = reconciled(ctx);
    if (!r) return;
    const cookies = entryOf(ctx.model.root, 'cookies')?.value;
    for (const d of r.unobservedCookies) {
      const message = ctx.t(
        "The cookie '{0}' is listed but was not seen in the recording {1} ({2} requests). If the site no " +
          'longer uses it, remove it so the notice stays accurate (Art 5(1)(a), 12(1)); a recording that did ' +
          'not visit every page or make every consent choice may simply have missed it.',
        d.name.value,
        ctx.evidence!.file,
        ctx.evidence!.entries,
      );
      const fixes: QuickFix[] = cookies
        ? [
            {
              title: ctx.t("Remove the cookie '{0}' from 'cookies'", d.name.value),
              edits: [removeListItem(ctx.text, cookies, d.map.span)],
            },
          ]
        : [];
      ctx.report(d.name.span, message, prepared(fixes));
    }
  },
  fixes: (ctx) => (ctx.data?.kind === 'prepared' ? ctx.data.fixes : []),
};
