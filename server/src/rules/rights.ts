// Rights the author leaves out of the notice (SPEC §3.5, §4.4), and how fast requests are answered (Art 12(3)).
import { parseDuration, longestDays } from '../gdpr/duration';
import { applicableRights, rightExclusions, type RightExclusion } from '../gdpr/rights';
import { NON_EXCLUDABLE_RIGHTS } from '../gdpr/vocabulary';
import { entryOf, isBlank, mapOf, strOf } from '../parser/policyModel';
import { insertIntoMap, removeListItem, replaceWith, yamlScalar } from './fixBuilders';
import type { FixContext, QuickFix, Rule } from './rule';

const LAW_PLACEHOLDER = 'Name the law and article that restricts this right';

/** The exclusion a diagnostic points at (its `right` value). */
function exclusionAt(ctx: FixContext): RightExclusion | undefined {
  return rightExclusions(ctx.model).find((e) => e.right.span.start === ctx.span.start);
}

function removeFix(ctx: FixContext, exclusion: RightExclusion, preferred: boolean): QuickFix {
  return { title: "Remove it from 'exclude' (the right is then listed in the notice)", edits: [removeListItem(ctx.text, exclusion.list, exclusion.item.span)], isPreferred: preferred };
}

/** Why each right can never be left out: the provision that requires telling people about it. */
const NEVER_EXCLUDED_BECAUSE: Record<string, string> = {
  access: 'Art 13(2)(b) and 15',
  rectification: 'Art 13(2)(b) and 16',
  restriction: 'Art 13(2)(b) and 18',
  complaint: 'Art 13(2)(d) and 77',
  'withdraw-consent': 'Art 13(2)(c) and 7(3)',
};

export const nonExcludableRight: Rule = {
  id: 'non-excludable-right',
  severity: 'error',
  gdpr: 'Art 12(2), 13(2)(b)–(d), 77',
  description: '`rights.exclude` names access, rectification, restriction, complaint or withdraw-consent.',
  check(ctx) {
    for (const e of rightExclusions(ctx.model)) {
      if (!e.term || !NON_EXCLUDABLE_RIGHTS.has(e.term.id)) continue;
      ctx.report(
        e.right.span,
        `The ${e.term.label.toLowerCase()} (${e.term.article}) cannot be left out of the notice: ${NEVER_EXCLUDED_BECAUSE[e.term.id]} require informing people of it, and Art 12(2) requires facilitating its exercise. A law restricting it under Art 23 applies to particular requests, not to the notice: remove it from 'exclude'${e.law ? ' and describe the restriction in \'notes\'' : ''}.`,
      );
    }
  },
  fixes(ctx) {
    const e = exclusionAt(ctx);
    return e ? [removeFix(ctx, e, true)] : [];
  },
};

export const excludedRightWithoutReason: Rule = {
  id: 'excluded-right-without-reason',
  severity: 'error',
  gdpr: 'Art 13(2)(b), 23',
  description: '`rights.exclude` names a right that applies without the `law` that restricts it.',
  check(ctx) {
    const applying = applicableRights(ctx.model);
    for (const e of rightExclusions(ctx.model)) {
      if (e.law || !e.term || NON_EXCLUDABLE_RIGHTS.has(e.term.id)) continue;
      const applies = applying.find((a) => a.right.id === e.term!.id);
      if (!applies) continue;
      const shape = e.bare ? `write it as { right: ${e.term.id}, law: … }` : "add 'law'";
      ctx.report(e.right.span, `The ${applies.right.label.toLowerCase()} (${applies.right.article}) applies here because ${applies.because}, but it is excluded without naming the law that restricts it. Art 13(2)(b) requires informing people of their rights; only a Union or Member State law (Art 23) or an exemption of the GDPR itself can take one away: ${shape} naming it, or remove it from 'exclude'.`);
    }
  },
  fixes(ctx) {
    const e = exclusionAt(ctx);
    if (!e) return [];
    const fixes = [removeFix(ctx, e, true)];
    if (e.bare) {
      fixes.push(replaceWith(e.item.span, `{ right: ${yamlScalar(e.right.value)}, law: ${LAW_PLACEHOLDER} }`, "Turn it into { right, law } and name the restricting law"));
    } else {
      const map = mapOf(e.item);
      if (map) {
        const existing = entryOf(map, 'law');
        // An empty `law:` is filled in (replacing its key would lose it; inserting would duplicate it).
        const insert = existing && !isBlank(existing.value) ? undefined : insertIntoMap(ctx.text, map, 'law', LAW_PLACEHOLDER);
        if (existing && !insert) fixes.push(replaceWith(existing.value?.span ?? existing.keySpan, LAW_PLACEHOLDER, "Name the restricting law in 'law'"));
        else if (insert) fixes.push({ title: "Add 'law' naming the restricting law", edits: [insert] });
      }
    }
    return fixes;
  },
};

export const invalidResponseTime: Rule = {
  id: 'invalid-response-time',
  severity: 'error',
  gdpr: 'Art 12(3)',
  description: '`rights.response_time` longer than one month.',
  check(ctx) {
    const value = strOf(entryOf(mapOf(entryOf(ctx.model.root, 'rights')?.value), 'response_time')?.value);
    const duration = value && parseDuration(value.value);
    // A calendar month has at most 31 days: anything longer exceeds one month whatever the date of the request.
    if (!value || !duration || longestDays(duration) <= 31) return;
    ctx.report(value.span, `'${value.value}' is longer than the law allows. Art 12(3) requires answering requests without undue delay and at the latest within one month of receipt; the notice already says that this period can be extended by two further months where necessary: set '1 month'.`);
  },
  fixes: (ctx) => [replaceWith(ctx.span, '1 month', "Set '1 month' (Art 12(3))", { isPreferred: true })],
};
