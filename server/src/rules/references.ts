// Ids that point nowhere, and definitions nothing points to.
import { SECTION_NOUN } from '../schema/policySchema';
import type { Rule } from './rule';

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
    };
    for (const ref of ctx.model.references) {
      if (defined[ref.section].has(ref.value)) continue;
      ctx.report(ref.span, `'${ref.value}' is not defined: add it under '${ref.section}', or use one of the ${SECTION_NOUN[ref.section]} ids defined there${defined[ref.section].size ? ` (${[...defined[ref.section]].slice(0, 8).join(', ')})` : ''}.`);
    }
  },
};

export const unusedDefinition: Rule = {
  id: 'unused-definition',
  severity: 'warning',
  gdpr: 'Art 5(1)(c)',
  description: 'A data category or recipient that no purpose uses.',
  check(ctx) {
    const usedData = new Set(ctx.model.purposes.flatMap((p) => p.data.map((r) => r.value)));
    const usedRecipients = new Set(ctx.model.purposes.flatMap((p) => p.recipients.map((r) => r.value)));
    for (const d of ctx.model.data) {
      if (!usedData.has(d.id)) ctx.report(d.keySpan, `Data category '${d.name}' is not used by any purpose. Data minimisation (Art 5(1)(c)) means collecting only data that a purpose needs: link it to a purpose or remove it.`);
    }
    for (const r of ctx.model.recipients) {
      if (!usedRecipients.has(r.id)) ctx.report(r.keySpan, `Recipient '${r.name}' does not receive data for any purpose. List it under a purpose's 'recipients' or remove it (Art 5(1)(c), 13(1)(e)).`);
    }
  },
};
