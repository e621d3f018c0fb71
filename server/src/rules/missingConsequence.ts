// Rule `missing-consequence` (Art 13(2)(e)): what happens if data that people must provide is not provided.
import { entryOf, fieldStr, isBlank } from '../parser/policyModel';
import { placeholderFor } from '../core/placeholders';
import { holdsSyntaxError, type Rule } from '../core/rule';

/** Provisions that oblige the person to provide the data, so that not providing it has consequences. */
const REQUIRED_PROVISIONS: ReadonlySet<string> = new Set(['statutory', 'contractual', 'contract-entry']);

export const missingConsequence: Rule = {
  id: 'missing-consequence',
  severity: 'warning',
  provisions: 'Art 13(2)(e)',
  description: '`provision` is `statutory`, `contractual` or `contract-entry` and `consequence` is absent.',
  check(ctx) {
    for (const p of ctx.model.purposes) {
      const provision = fieldStr(p.map, 'provision');
      if (
        !provision ||
        !REQUIRED_PROVISIONS.has(provision.value) ||
        !isBlank(entryOf(p.map, 'consequence')?.value) ||
        holdsSyntaxError(ctx.model, p.map)
      )
        continue;
      ctx.report(
        provision.span,
        ctx.t(
          "Purpose '{0}' requires the data ('provision: {1}') but does not say what happens if it is not provided. " +
            'Art 13(2)(e) requires the possible consequences of failure to provide the data (e.g. that the contract ' +
            "cannot be concluded): add 'consequence'.",
          p.name,
          provision.value,
        ),
        {
          kind: 'insert',
          key: 'consequence',
          value: placeholderFor(ctx.model, 'consequence'),
          mapStart: p.map?.span.start ?? 0,
        },
      );
    }
  },
};
