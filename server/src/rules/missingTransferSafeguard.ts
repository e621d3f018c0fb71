// Rule `missing-transfer-safeguard` (Art 13(1)(f), 44): every recipient outside the territory of the notice's law is
// covered by a transfer, and every transfer names what it rests on: an adequacy decision (Art 45), appropriate
// safeguards (Art 46–47) or a derogation (Art 49).
import { uncoveredRecipients } from '../core/transfers';
import { indexOf } from '../parser/policyModel';
import { addListItem } from './fixBuilders';
import { addMechanismFixes, choicesFor, companions } from './transferFixes';
import type { QuickFix, Rule } from '../core/rule';
import type { Law } from '../laws';

export const missingTransferSafeguard: Rule = {
  id: 'missing-transfer-safeguard',
  severity: 'error',
  provisions: 'Art 13(1)(f), 44',
  description: 'A recipient outside the EEA that no transfer covers, or a transfer without `mechanism`.',
  check(ctx) {
    // Under each law of the notice: a recipient outside its territory needs a transfer that covers it there
    // (docs/language.md, "Laws"); one report per recipient.
    const uncovered = new Map<string, { r: ReturnType<typeof uncoveredRecipients>[number]; laws: Law[] }>();
    for (const law of ctx.laws) {
      for (const r of uncoveredRecipients(ctx.model, law)) {
        const seen = uncovered.get(r.id);
        if (seen) seen.laws.push(law);
        else uncovered.set(r.id, { r, laws: [law] });
      }
    }
    // Reported once, under the laws whose territory the recipient is outside (a Swiss recipient of a Swiss
    // controller is a transfer under the EU GDPR, not under the FADP).
    for (const { r, laws } of uncovered.values()) {
      const law = laws[0];
      ctx.report(
        r.country.span,
        ctx.t(
          "Recipient '{0}' is in {1}, outside {2}, and no transfer covers it. Art 44 allows a transfer only " +
            'on an adequacy decision (Art 45), appropriate safeguards (Art 46–47) or a derogation (Art 49), and ' +
            "Art 13(1)(f) requires telling readers which: add it under 'transfers' with its 'mechanism'.",
          r.name,
          ctx.ui.country(r.country.value),
          ctx.ui.say(law.territory.name),
        ),
        { kind: 'none' },
        undefined,
        laws,
      );
    }
    for (const m of ctx.schema.missing) {
      if (m.rule !== 'missing-transfer-safeguard') continue;
      ctx.report(
        m.span,
        ctx.t(
          'This transfer does not name what it rests on. Art 44 allows a transfer only on an adequacy decision ' +
            '(Art 45), appropriate safeguards (Art 46–47) or a derogation (Art 49), and Art 13(1)(f) requires ' +
            "telling readers which: add 'mechanism'.",
        ),
        { kind: 'insert', key: 'mechanism', value: '', mapStart: m.map?.span.start ?? 0 },
      );
    }
  },
  fixes(ctx) {
    if (ctx.data?.kind === 'insert') {
      const { mapStart } = ctx.data;
      const transfer = indexOf(ctx.model, 'transferAt', () =>
        ctx.model.transfers.map((t) => [t.map.span.start, t] as const),
      ).get(mapStart);
      return transfer ? addMechanismFixes(ctx, transfer) : [];
    }
    const recipient = indexOf(ctx.model, 'recipientByCountryAt', () =>
      ctx.model.recipients.flatMap((r) => r.countries.map((c) => [c.span.start, r] as const)),
    ).get(ctx.span.start);
    if (!recipient) return [];
    return choicesFor(ctx, undefined, recipient).flatMap((choice): QuickFix[] => {
      const lines = [
        `recipients: [${recipient.id}]`,
        `mechanism: ${choice.term.id}`,
        ...companions(ctx, choice).map(([k, v]) => `${k}: ${v}`),
      ];
      const edit = addListItem(ctx.text, ctx.model.root, 'transfers', lines);
      return edit
        ? [
            {
              title: ctx.t("Add a transfer for '{0}' — {1}: '{2}'", recipient.id, choice.title, choice.term.id),
              edits: [edit],
            },
          ]
        : [];
    });
  },
};
