// Rule `invalid-mechanism` (docs/rules/invalid-mechanism.md): a transfer mechanism that cannot be relied on — one
// whose decision the Court of Justice declared invalid (the Privacy Shield, Safe Harbour), or one that is not a
// mechanism of a law whose territory the transfer leaves: the EU clauses without the UK Addendum under the UK GDPR,
// `dpf` under the UK GDPR and the FADP (their own frameworks are `uk-extension-dpf` and `swiss-us-dpf`), compelling
// legitimate interests under the FADP — and, as a warning, for a public authority the derogations Art 49(3) excludes
// in the exercise of public powers. A transfer that leaves several territories may name its mechanism per law
// (`mechanism: { eu-gdpr: scc, uk-gdpr: uk-addendum }`); a plain value applies under every law it leaves.
import { findTerm, LAW_IDS } from '../vocabulary/terms';
import {
  isPublicBody,
  mechanismsUnder,
  NOT_FOR_PUBLIC_POWERS,
  transferCountries,
  transferLaws,
} from '../core/transfers';
import type { Mechanism } from '../parser/policyModel';
import type { Rule } from '../core/rule';
import { lawById, type Law, type LawId } from '../laws';
import { citeUnderLaws } from '../core/lawCitations';
import { transferWithMechanismAt } from './invalidAdequacy';
import { replaceMechanismFixes } from './transferFixes';

/** Why an annulled mechanism cannot carry a transfer, and what to name instead. */
const annulled = (m: Mechanism, reason: string) =>
  `'${m.written}' cannot carry a transfer: ${reason} Since then no transfer can rest on it (Art 44, 45). Name what ` +
  `the transfer rests on today: an adequacy decision (for the United States, the EU–US Data Privacy Framework, ` +
  `'dpf', only for certified organisations), appropriate safeguards (Art 46–47) or a derogation (Art 49).`;

export const invalidMechanism: Rule = {
  id: 'invalid-mechanism',
  severity: 'error',
  provisions: 'Art 44, 45',
  description:
    'A mechanism that cannot carry a transfer: `privacy-shield` or `safe-harbor` (declared invalid by the Court of ' +
    'Justice), one that is not a mechanism of a law the transfer leaves, or (a warning) a derogation Art 49(3) ' +
    'excludes for public authorities.',
  check(ctx) {
    const { model } = ctx;
    const served = new Set<string>(ctx.laws.map((l) => l.id));
    const publicBody = isPublicBody(model);
    for (const t of model.transfers) {
      // What each mechanism cannot do, by law; one report per mechanism.
      const problems = new Map<Mechanism, string[]>();
      // The laws each mechanism's problems rest on (none: a problem of the notice, not of a law).
      const lawsOf = new Map<Mechanism, Law[] | null>();
      const add = (m: Mechanism, message: string, law?: Law) => {
        const list = problems.get(m);
        if (!list) problems.set(m, [message]);
        else if (!list.includes(message)) list.push(message);
        const laws = lawsOf.get(m);
        if (!law) lawsOf.set(m, null);
        else if (laws === undefined) lawsOf.set(m, [law]);
        else if (laws && !laws.includes(law)) laws.push(law);
      };
      for (const m of t.mechanisms) {
        // `mechanism: { ch-fadp: scc }` in a notice that does not serve the FADP.
        if (m.law !== undefined && LAW_IDS.some((l) => l.id === m.law) && !served.has(m.law))
          add(
            m,
            ctx.t(
              "This notice does not serve {0} (its laws: {1}): a mechanism given for '{2}' does not apply: a " +
                'transfer rests on the ground each law of the notice it leaves provides ({3}). Add the law under ' +
                "'laws', or remove this entry.",
              ctx.ui.say(lawById(m.law as LawId).inSentence),
              [...served].join(', '),
              m.law,
              ctx.cite('Art 44, 45'),
            ),
          );
      }
      const countries = transferCountries(t, model.recipients);
      const leaves = transferLaws(t, model, ctx.laws);
      for (const law of leaves) {
        const country = countries.find((c) => !law.territory.contains(c));
        // This law's own provisions, named where the notice serves several laws.
        const cite = (provisions: string) => citeUnderLaws(provisions, [law], ctx.laws.length > 1) || provisions;
        for (const m of mechanismsUnder(t, law)) {
          const term = findTerm('mechanism', m.value);
          if (!term) continue;
          const own = law.mechanismProblem?.(m.value, country);
          if (own)
            add(
              m,
              leaves.length > 1
                ? ctx.t('Under {0}: {1}', ctx.ui.say(law.inSentence), ctx.ui.say(own))
                : ctx.ui.say(own),
              law,
            );
          else if (term.invalid) add(m, annulled(m, term.invalid), law);
          else if (term.laws && !term.laws.includes(law.id))
            add(
              m,
              ctx.t(
                "'{0}' ({1}) is a mechanism of {2} only, and this transfer leaves the territory of {3}: under {4} a " +
                  'transfer rests on an adequacy decision, appropriate safeguards or a derogation ({5}). Give the ' +
                  "mechanism per law: 'mechanism: { {6}: …, {7}: {8} }'.",
                m.written,
                ctx.ui.term('mechanism', term.id)?.label ?? term.label,
                ctx.ui.list(term.laws.map((l) => ctx.ui.say(lawById(l as LawId).inSentence))),
                ctx.ui.say(law.inSentence),
                cite('Art 44'),
                cite('Art 45, 46, 49'),
                law.id,
                term.laws[0],
                m.value,
              ),
              law,
            );
        }
      }
      // An annulled mechanism on a transfer that names no destination is reported all the same.
      if (!leaves.length)
        for (const m of t.mechanisms) {
          const term = findTerm('mechanism', m.value);
          if (term?.invalid) add(m, annulled(m, term.invalid));
        }
      for (const [m, messages] of problems)
        ctx.report(m.span, messages.join(' '), { kind: 'none' }, undefined, lawsOf.get(m) ?? undefined);
      // Art 49(3): whether this transfer is part of the exercise of public powers the document does not say.
      if (!publicBody) continue;
      for (const m of t.mechanisms) {
        const term = findTerm('mechanism', m.value);
        if (!term || problems.has(m) || !NOT_FOR_PUBLIC_POWERS.has(term.id)) continue;
        ctx.report(
          m.span,
          term.id === 'derogation-compelling-interests'
            ? ctx.t(
                "The controller is a public authority or body ('public_body: true'), and Art 49(3) excludes the derogation " +
                  "'{0}' ({1}, second subparagraph) for activities of public authorities in the exercise of their public " +
                  'powers. Unless this transfer is not part of such activities, it needs another ground (Art 44).',
                m.written,
                term.article ?? '',
              )
            : ctx.t(
                "The controller is a public authority or body ('public_body: true'), and Art 49(3) excludes the derogation " +
                  "'{0}' ({1}) for activities of public authorities in the exercise of their public powers. Unless " +
                  'this transfer is not part of such activities, it needs another ground (Art 44).',
                m.written,
                term.article ?? '',
              ),
          undefined,
          'warning',
        );
      }
    }
  },
  fixes(ctx) {
    const transfer = transferWithMechanismAt(ctx.model.transfers, ctx.span.start, ctx);
    return transfer ? replaceMechanismFixes(ctx, transfer, ctx.span) : [];
  },
};
