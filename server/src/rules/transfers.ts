// International transfers (Art 44–49): every recipient outside the EEA covered by a valid safeguard.
import { ADEQUACY, ADEQUACY_AS_OF, countryName, DPF_COUNTRY, EEA } from '../gdpr/countries';
import { transferCountries } from '../gdpr/transfers';
import { MECHANISMS_NEEDING_COPY } from '../gdpr/vocabulary';
import { entryOf, indexOf, isBlank } from '../parser/policyModel';
import { addListItem, insertIntoMap, replaceWith } from './fixBuilders';
import type { Rule } from './rule';

export const missingTransferSafeguard: Rule = {
  id: 'missing-transfer-safeguard',
  severity: 'error',
  gdpr: 'Art 13(1)(f), 44',
  description: 'A recipient outside the EEA that no transfer covers, or a transfer without `mechanism`.',
  check(ctx) {
    const { recipients, transfers } = ctx.model;
    const coveredIds = new Set(transfers.flatMap((t) => t.recipients.map((ref) => ref.value)));
    const coveredCountries = new Set(transfers.flatMap((t) => t.countries.map((c) => c.value)));
    for (const r of recipients) {
      if (!r.country || EEA.has(r.country.value)) continue;
      if (coveredIds.has(r.id) || coveredCountries.has(r.country.value)) continue;
      ctx.report(r.country.span, `Recipient '${r.name}' is in ${countryName(r.country.value)}, outside the EEA, and no transfer covers it. Art 13(1)(f) and 44 require the safeguard for the transfer (e.g. standard contractual clauses): add it under 'transfers'.`, { kind: 'none' });
    }
    for (const m of ctx.schema.missing) {
      if (m.rule !== 'missing-transfer-safeguard') continue;
      ctx.report(m.span, `This transfer does not name its safeguard. Art 13(1)(f) and 44–49 require the mechanism that makes it lawful (e.g. 'scc', 'adequacy', 'bcr'): add 'mechanism'.`, { kind: 'insert', key: 'mechanism', value: 'scc', mapStart: m.map?.span.start ?? 0 });
    }
  },
  fixes(ctx) {
    if (ctx.data?.kind === 'insert') {
      const { mapStart } = ctx.data;
      const map = indexOf(ctx.model, 'transferAt', () => ctx.model.transfers.map((t) => [t.map.span.start, t.map] as const)).get(mapStart);
      const edit = map && insertIntoMap(ctx.text, map, 'mechanism', 'scc');
      return edit ? [{ title: "Add 'mechanism: scc' (standard contractual clauses, Art 46(2)(c))", edits: [edit], isPreferred: true }] : [];
    }
    const recipient = indexOf(ctx.model, 'recipientByCountryAt', () => ctx.model.recipients.flatMap((r) => (r.country ? [[r.country.span.start, r] as const] : []))).get(ctx.span.start);
    if (!recipient) return [];
    const edit = addListItem(ctx.text, ctx.model.root, 'transfers', [`recipients: [${recipient.id}]`, 'mechanism: scc', 'copy: Ask us for a copy at the contact address above']);
    if (!edit) return [];
    const fixes = [{ title: `Add a transfer for '${recipient.id}' with standard contractual clauses (Art 46(2)(c))`, edits: [edit], isPreferred: true }];
    // For the US, the Data Privacy Framework is proposed too, but never as a fact: no catalogue says who is certified.
    const dpf = recipient.country?.value === DPF_COUNTRY && addListItem(ctx.text, ctx.model.root, 'transfers', [`recipients: [${recipient.id}]`, 'mechanism: dpf']);
    if (dpf) fixes.push({ title: `Add a transfer for '${recipient.id}' under the EU–US Data Privacy Framework ('dpf', Art 45) — only if ${recipient.orgName?.value ?? 'the recipient'} is certified: check the Framework's list`, edits: [dpf], isPreferred: false });
    return fixes;
  },
};

export const invalidAdequacy: Rule = {
  id: 'invalid-adequacy',
  severity: 'error',
  gdpr: 'Art 45',
  description: '`adequacy` for a country without an adequacy decision; `dpf` outside the US.',
  check(ctx) {
    for (const t of ctx.model.transfers) {
      if (!t.mechanism) continue;
      const outside = transferCountries(t, ctx.model.recipients).filter((c) => !EEA.has(c));
      if (t.mechanism.value === 'adequacy') {
        // SPEC §4.3 gives the alias A45-3 to both `adequacy` and `dpf`: written as the alias, the US is covered too.
        const viaAlias = t.mechanism.written.toUpperCase() === 'A45-3';
        const bad = outside.filter((c) => !ADEQUACY.has(c) && !(viaAlias && c === DPF_COUNTRY));
        if (bad.length) {
          const us = bad.includes(DPF_COUNTRY) ? ' For the United States, use \'dpf\' for recipients certified under the EU–US Data Privacy Framework.' : '';
          ctx.report(t.mechanism.span, `${bad.map(countryName).join(', ')} ${bad.length > 1 ? 'have' : 'has'} no adequacy decision of the European Commission (list as of ${ADEQUACY_AS_OF}), so 'adequacy' cannot cover this transfer (Art 45). Use a safeguard of Art 46 such as 'scc'.${us}`);
        }
      } else if (t.mechanism.value === 'dpf') {
        const bad = outside.filter((c) => c !== DPF_COUNTRY);
        if (bad.length) ctx.report(t.mechanism.span, `The EU–US Data Privacy Framework ('dpf') only covers certified organisations in the United States, not ${bad.map(countryName).join(', ')} (Art 45). Use 'adequacy' or a safeguard of Art 46 such as 'scc'.`);
      }
    }
  },
  fixes: (ctx) => [replaceWith(ctx.span, 'scc', "Switch to standard contractual clauses ('scc', Art 46(2)(c))", { isPreferred: true })],
};

export const missingTransferCopy: Rule = {
  id: 'missing-transfer-copy',
  severity: 'warning',
  gdpr: 'Art 13(1)(f)',
  description: 'An Art 46 or Art 47 safeguard (`scc`, `bcr`, `legally-binding-instrument`, `code-of-conduct`, `certification`, `ad-hoc-clauses`) without `copy`.',
  check(ctx) {
    for (const t of ctx.model.transfers) {
      if (!t.mechanism || !MECHANISMS_NEEDING_COPY.has(t.mechanism.value) || t.copy) continue;
      ctx.report(t.mechanism.span, `This transfer relies on '${t.mechanism.value}' but does not say how to obtain a copy of the safeguard. Art 13(1)(f) requires the means to obtain a copy or where it is made available: add 'copy'.`, { kind: 'insert', key: 'copy', value: 'Ask us for a copy at the contact address above', mapStart: t.map.span.start });
    }
  },
};

export const transferWithoutDestination: Rule = {
  id: 'transfer-without-destination',
  severity: 'warning',
  gdpr: 'Art 13(1)(f)',
  description: 'A transfer with no `recipients`, `countries` or `organisations`.',
  check(ctx) {
    for (const t of ctx.model.transfers) {
      if (['recipients', 'countries', 'organisations'].some((key) => !isBlank(entryOf(t.map, key)?.value))) continue;
      // Point at the first key of the transfer (its "- " line), not the whole item.
      const anchor = t.map.entries[0]?.keySpan ?? t.map.span;
      ctx.report(anchor, `This transfer does not say where the data goes. Art 13(1)(f) requires informing people of the intention to transfer data to a third country or international organisation, which readers can only weigh if it is named: add 'countries' (or 'recipients', or 'organisations').`, { kind: 'none' });
    }
  },
  fixes(ctx) {
    // Only what the policy itself tells: its recipients outside the EEA that no transfer covers yet. Guessing a
    // country would put a legal statement in the author's mouth.
    const transfer = indexOf(ctx.model, 'transferByAnchor', () => ctx.model.transfers.map((t) => [(t.map.entries[0]?.keySpan ?? t.map.span).start, t] as const)).get(ctx.span.start);
    if (!transfer) return [];
    const { recipients, transfers } = ctx.model;
    const coveredIds = new Set(transfers.flatMap((t) => t.recipients.map((ref) => ref.value)));
    const coveredCountries = new Set(transfers.flatMap((t) => t.countries.map((c) => c.value)));
    const uncovered = recipients.filter((r) => r.country && !EEA.has(r.country.value) && !coveredIds.has(r.id) && !coveredCountries.has(r.country.value));
    if (!uncovered.length) return [];
    const ids = uncovered.map((r) => r.id).join(', ');
    const edit = insertIntoMap(ctx.text, transfer.map, 'recipients', `[${ids}]`);
    return edit ? [{ title: `Add 'recipients: [${ids}]' (the recipients outside the EEA that no transfer covers)`, edits: [edit], isPreferred: true }] : [];
  },
};
