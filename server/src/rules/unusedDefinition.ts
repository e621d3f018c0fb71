// Rule `unused-definition` (Art 5(1)(c), 13(1)(c)/(e), 12(1)): a definition that no purpose points to. A recipient of
// no purpose is a matter of purpose limitation and lawfulness (Art 5(1)(b), 6(1)), which its message cites.
import { SECTION_NOUN } from '../schema/policySchema';
import { entryOf, indexOf, mapOf } from '../parser/policyModel';
import { removeEntry } from './fixBuilders';
import type { Rule } from '../core/rule';

export const unusedDefinition: Rule = {
  id: 'unused-definition',
  severity: 'warning',
  provisions: 'Art 5(1)(c), 13(1)(c)/(e), 12(1)',
  description: 'A data category, recipient or audience that no purpose uses.',
  check(ctx) {
    const usedData = new Set(ctx.model.purposes.flatMap((p) => p.data.map((r) => r.value)));
    const usedRecipients = new Set(ctx.model.purposes.flatMap((p) => p.recipients.map((r) => r.value)));
    for (const d of ctx.model.data) {
      if (!usedData.has(d.id))
        ctx.report(
          d.keySpan,
          ctx.t(
            "Data category '{0}' is not used by any purpose. Data minimisation (Art 5(1)(c)) allows only data " +
              'that a purpose needs, and Art 13(1)(c) asks for the purposes each piece of data is processed for: ' +
              'link it to a purpose or remove it.',
            d.name,
          ),
        );
    }
    for (const r of ctx.model.recipients) {
      if (!usedRecipients.has(r.id))
        ctx.report(
          r.keySpan,
          ctx.t(
            "Recipient '{0}' does not receive data for any purpose. Art 13(1)(e) names the recipients of the " +
              'data processed for the purposes, and every disclosure must serve a specified purpose (Art 5(1)(b)) ' +
              "on a legal basis (Art 6(1)): list it under a purpose's 'recipients' or remove it.",
            r.name,
          ),
        );
    }
    // A purpose without `audiences` concerns everyone; otherwise an audience no purpose names is addressed by the
    // notice but told nothing about what is done with its data.
    const usedAudiences = new Set(ctx.model.purposes.flatMap((p) => p.audiences).map((r) => r.value));
    const coversAll = ctx.model.purposes.some((p) => p.audiences.length === 0);
    for (const a of ctx.model.audiences) {
      if (coversAll || usedAudiences.has(a.id)) continue;
      ctx.report(
        a.keySpan,
        ctx.t(
          "Audience '{0}' is not concerned by any purpose. The notice tells each audience what is done with " +
            "its data (Art 12(1), 13(1)(c)): list it under a purpose's 'audiences' or remove it.",
          a.name,
        ),
      );
    }
  },
  fixes(ctx) {
    const def = indexOf(ctx.model, 'definitionAt', () =>
      [...ctx.model.data, ...ctx.model.recipients, ...ctx.model.audiences].map((d) => [d.keySpan.start, d] as const),
    ).get(ctx.span.start);
    const section = def && mapOf(entryOf(ctx.model.root, def.section)?.value);
    if (!def || !section || section.flow) return [];
    return [
      {
        title: ctx.t("Remove {0} '{1}'", ctx.t(SECTION_NOUN[def.section]), def.id),
        edits: [removeEntry(ctx.text, def.entry)],
      },
    ];
  },
};
