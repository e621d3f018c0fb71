// Ids that point nowhere, and definitions nothing points to.
import { SECTION_NOUN } from '../schema/policySchema';
import { definitionsIn, entryOf, indexOf, mapOf } from '../parser/policyModel';
import { nearest } from '../schema/schemaCheck';
import { addToSection, removeEntry, replaceWith } from './fixBuilders';
import type { QuickFix, Rule } from './rule';

export const unknownReference: Rule = {
  id: 'unknown-reference',
  severity: 'error',
  gdpr: '',
  description: 'An id is used that is not defined in its section.',
  check(ctx) {
    const defined = {
      data: new Set(ctx.model.data.map((d) => d.id)),
      recipients: new Set(ctx.model.recipients.map((r) => r.id)),
      purposes: new Set(ctx.model.purposes.map((p) => p.id)),
      audiences: new Set(ctx.model.audiences.map((a) => a.id)),
    };
    for (const ref of ctx.model.references) {
      if (defined[ref.section].has(ref.value)) continue;
      ctx.report(ref.span, `'${ref.value}' is not defined: add it under '${ref.section}', or use one of the ${SECTION_NOUN[ref.section]} ids defined there${defined[ref.section].size ? ` (${[...defined[ref.section]].slice(0, 8).join(', ')})` : ''}.`);
    }
  },
  fixes(ctx) {
    const ref = indexOf(ctx.model, 'referenceAt', () => ctx.model.references.map((r) => [r.span.start, r] as const)).get(ctx.span.start);
    if (!ref) return [];
    const ids = definitionsIn(ctx.model, ref.section).map((d) => d.id);
    const fixes: QuickFix[] = [];
    const near = nearest(ref.value, ids);
    if (near) fixes.push(replaceWith(ref.span, near, `Change to '${near}'`, { isPreferred: true }));
    if (/^[a-z][a-z0-9-]*$/.test(ref.value)) {
      const label = ref.value.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
      const lines = ref.section === 'data' || ref.section === 'audiences' ? [`label: ${label}`] : ref.section === 'recipients' ? [`label: ${label}`, 'type: processor'] : [`title: ${label}`, 'data: []', 'basis: consent', 'retention: 12 months'];
      const edit = addToSection(ctx.text, ctx.model.root, ref.section, ref.value, lines);
      if (edit) fixes.push({ title: `Define ${SECTION_NOUN[ref.section]} '${ref.value}' under '${ref.section}'`, edits: [edit] });
    }
    return fixes;
  },
};

export const unusedDefinition: Rule = {
  id: 'unused-definition',
  severity: 'warning',
  gdpr: 'Art 5(1)(c), 13(1)(c)/(e), 12(1)',
  description: 'A data category, recipient or audience that no purpose uses.',
  check(ctx) {
    const usedData = new Set(ctx.model.purposes.flatMap((p) => p.data.map((r) => r.value)));
    const usedRecipients = new Set(ctx.model.purposes.flatMap((p) => p.recipients.map((r) => r.value)));
    for (const d of ctx.model.data) {
      if (!usedData.has(d.id)) ctx.report(d.keySpan, `Data category '${d.name}' is not used by any purpose. Data minimisation (Art 5(1)(c)) allows only data that a purpose needs, and Art 13(1)(c) asks for the purposes each piece of data is processed for: link it to a purpose or remove it.`);
    }
    for (const r of ctx.model.recipients) {
      if (!usedRecipients.has(r.id)) ctx.report(r.keySpan, `Recipient '${r.name}' does not receive data for any purpose. Art 13(1)(e) names the recipients of the data processed for the purposes, and data minimisation (Art 5(1)(c)) allows no disclosure without one: list it under a purpose's 'recipients' or remove it.`);
    }
    // A purpose without `audiences` concerns everyone; otherwise an audience no purpose names is addressed by the
    // notice but told nothing about what is done with its data.
    const usedAudiences = new Set(ctx.model.purposes.flatMap((p) => p.audiences).map((r) => r.value));
    const coversAll = ctx.model.purposes.some((p) => p.audiences.length === 0);
    for (const a of ctx.model.audiences) {
      if (coversAll || usedAudiences.has(a.id)) continue;
      ctx.report(a.keySpan, `Audience '${a.name}' is not concerned by any purpose. The notice tells each audience what is done with its data (Art 12(1), 13(1)(c)): list it under a purpose's 'audiences' or remove it.`);
    }
  },
  fixes(ctx) {
    const def = indexOf(ctx.model, 'definitionAt', () => [...ctx.model.data, ...ctx.model.recipients, ...ctx.model.audiences].map((d) => [d.keySpan.start, d] as const)).get(ctx.span.start);
    const section = def && mapOf(entryOf(ctx.model.root, def.section)?.value);
    if (!def || !section || section.flow) return [];
    return [{ title: `Remove ${SECTION_NOUN[def.section]} '${def.id}'`, edits: [removeEntry(ctx.text, def.entry)] }];
  },
};
