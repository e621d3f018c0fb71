// Rule `invalid-mechanism` (Art 44, 45): a mechanism that is known but cannot carry a transfer — the EU–US Privacy
// Shield and Safe Harbour, whose decisions the Court of Justice declared invalid, and a mechanism of another law — and, for a
// public authority, the derogations Art 49(3) excludes in the exercise of public powers (docs/language.md,
// "mechanism").
import { findTerm, LAW_IDS } from '../vocabulary/terms';
import { isPublicBody, mechanismsUnder, NOT_FOR_PUBLIC_POWERS } from '../core/transfers';
import { transferWithMechanismAt } from './invalidAdequacy';
import { replaceMechanismFixes } from './transferFixes';
import type { Rule } from '../core/rule';

const lawName = (id: string) => LAW_IDS.find((l) => l.id === id)?.label ?? id;

export const invalidMechanism: Rule = {
  id: 'invalid-mechanism',
  severity: 'error',
  provisions: 'Art 44, 45',
  description:
    'A mechanism that cannot carry a transfer: `privacy-shield` or `safe-harbor` (declared invalid by the Court of Justice), ' +
    'a mechanism of another law, or (a warning) a derogation Art 49(3) excludes for public authorities.',
  check(ctx) {
    const publicBody = isPublicBody(ctx.model);
    for (const t of ctx.model.transfers) {
      for (const m of mechanismsUnder(t, ctx.law)) {
        const term = findTerm('mechanism', m.value);
        if (!term) continue;
        if (term.invalid) {
          ctx.report(
            m.span,
            `'${m.written}' cannot carry a transfer: ${term.invalid} Since then no transfer can rest on it (Art 44, ` +
              `45). Name what the transfer rests on today: an adequacy decision (for the United States, the EU–US ` +
              `Data Privacy Framework, 'dpf', only for certified organisations), appropriate safeguards (Art 46–47) ` +
              `or a derogation (Art 49).`,
          );
        } else if (term.laws && !term.laws.includes(ctx.law.id)) {
          ctx.report(
            m.span,
            `'${m.written}' is a mechanism of the ${term.laws.map(lawName).join(' and the ')}, not of the ` +
              `${lawName(ctx.law.id)}: under the ${lawName(ctx.law.id)} a transfer rests on an adequacy decision ` +
              `(Art 45), appropriate safeguards (Art 46–47) or a derogation (Art 49) (Art 44). Where the transfer ` +
              `leaves several territories, give a mechanism per law ({ ${ctx.law.id}: …, ${term.laws[0]}: ${m.value} }).`,
          );
        } else if (publicBody && NOT_FOR_PUBLIC_POWERS.has(term.id)) {
          // Whether this transfer is part of the exercise of public powers the document does not say: a warning.
          ctx.report(
            m.span,
            `The controller is a public authority or body ('public_body: true'), and Art 49(3) excludes the ` +
              `derogation '${m.written}' (${term.article}${term.id === 'derogation-compelling-interests' ? ', second subparagraph' : ''}) for ` +
              `activities of public authorities in the exercise of their public powers. Unless this transfer is not ` +
              `part of such activities, it needs another ground (Art 44).`,
            undefined,
            'warning',
          );
        }
      }
    }
  },
  fixes(ctx) {
    const transfer = transferWithMechanismAt(ctx.model.transfers, ctx.span.start, ctx);
    return transfer ? replaceMechanismFixes(ctx, transfer, ctx.span) : [];
  },
};
