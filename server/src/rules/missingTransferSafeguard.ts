// Rule `missing-transfer-safeguard` (Art 13(1)(f), 44): each recipient outside the EEA covered by a safeguard.
import { countryName } from '../vocabulary/countries';
import { uncoveredRecipients } from '../core/transfers';
import { indexOf } from '../parser/policyModel';
import { addListItem, insertIntoMap } from './fixBuilders';
import type { Rule } from '../core/rule';
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
        `Recipient '${r.name}' is in ${countryName(r.country.value)}, outside ${law.territory.name}, and no transfer covers ` +
          `it. Art 13(1)(f) and 44 require the safeguard for the transfer (e.g. standard contractual clauses): ` +
          `add it under 'transfers'.`,
        { kind: 'none' },
        undefined,
        laws,
      );
    }
    for (const m of ctx.schema.missing) {
      if (m.rule !== 'missing-transfer-safeguard') continue;
      ctx.report(
        m.span,
        `This transfer does not name its safeguard. Art 13(1)(f) and 44–49 require the mechanism that makes ` +
          `it lawful (e.g. 'scc', 'adequacy', 'bcr'): add 'mechanism'.`,
        { kind: 'insert', key: 'mechanism', value: 'scc', mapStart: m.map?.span.start ?? 0 },
      );
    }
  },
  fixes(ctx) {
    if (ctx.data?.kind === 'insert') {
      const { mapStart } = ctx.data;
      const map = indexOf(ctx.model, 'transferAt', () =>
        ctx.model.transfers.map((t) => [t.map.span.start, t.map] as const),
      ).get(mapStart);
      const edit = map && insertIntoMap(ctx.text, map, 'mechanism', 'scc');
      return edit
        ? [
            {
              title: "Add 'mechanism: scc' (standard contractual clauses, Art 46(2)(c))",
              edits: [edit],
              isPreferred: true,
            },
          ]
        : [];
    }
    const recipient = indexOf(ctx.model, 'recipientByCountryAt', () =>
      ctx.model.recipients.flatMap((r) => (r.country ? [[r.country.span.start, r] as const] : [])),
    ).get(ctx.span.start);
    if (!recipient) return [];
    const edit = addListItem(ctx.text, ctx.model.root, 'transfers', [
      `recipients: [${recipient.id}]`,
      'mechanism: scc',
      'copy: Ask us for a copy at the contact address above',
    ]);
    if (!edit) return [];
    const fixes = [
      {
        title: `Add a transfer for '${recipient.id}' with standard contractual clauses (Art 46(2)(c))`,
        edits: [edit],
        isPreferred: true,
      },
    ];
    // For the US, the Data Privacy Framework is proposed too, but never as a fact: no catalogue says who is certified.
    const dpf =
      recipient.country?.value === ctx.law.adequacy.certified?.country &&
      addListItem(ctx.text, ctx.model.root, 'transfers', [`recipients: [${recipient.id}]`, 'mechanism: dpf']);
    if (dpf)
      fixes.push({
        title:
          `Add a transfer for '${recipient.id}' under the EU–US Data Privacy Framework ('dpf', Art 45) — only ` +
          `if ${recipient.orgName?.value ?? 'the recipient'} is certified: check the Framework's list`,
        edits: [dpf],
        isPreferred: false,
      });
    return fixes;
  },
};
