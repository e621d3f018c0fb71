// Rule `unplaced-recipient` (Art 13(1)(e)–(f)): a recipient without `country` whose name the organisation catalogue
// places outside the territory of the notice's law (Mailchimp → The Rocket Science Group LLC, US). Where the data go
// is for the author to say: the catalogue's country is the legal entity's address, not necessarily where the data
// are processed, so the fixes are choices and none is preferred.
import { organisationNamed, organisationSource } from '../catalogues/organisations';
import { catalogueFailed, per } from '../catalogues/load';
import { placeholderFor } from '../core/placeholders';
import { entryOf, indexOf, isBlank } from '../parser/policyModel';
import { insertIntoMap } from './fixBuilders';
import type { QuickFix, Rule } from '../core/rule';

export const unplacedRecipient: Rule = {
  id: 'unplaced-recipient',
  severity: 'warning',
  provisions: 'Art 13(1)(e)–(f)',
  description:
    'A recipient without `country` whose name the organisation catalogue places outside the EEA (e.g. Mailchimp).',
  check(ctx) {
    const covered = new Set(ctx.model.transfers.flatMap((t) => t.recipients.map((r) => r.value)));
    const candidates = ctx.model.recipients.filter(
      (r) => r.map && isBlank(entryOf(r.map, 'country')?.value) && !covered.has(r.id) && (r.orgName ?? r.label),
    );
    if (candidates.length === 0) return;
    let source: string;
    try {
      source = per(organisationSource(), ctx.ui);
    } catch (error) {
      catalogueFailed(error, "Rule 'unplaced-recipient'");
      return;
    }
    for (const r of candidates) {
      const written = (r.orgName ?? r.label)!;
      const org = organisationNamed(written.value);
      if (!org?.country || ctx.law.territory.contains(org.country)) continue;
      // A transfer to that country is disclosed already ("tools of companies in the USA"): the author has said it.
      if (ctx.model.transfers.some((t) => t.countries.some((c) => c.value === org.country))) continue;
      ctx.report(
        written.span,
        ctx.t(
          "Recipient '{0}' gives no country, and {1} places {2} in {3}, outside {4}. If the data go there, " +
            'readers must be told of the transfer and what it rests on (Art 13(1)(f), 44): say where the recipient ' +
            "processes the data ('country'), and cover it under 'transfers' if that is outside {4}. The catalogue " +
            "gives the legal entity's address, not where the data are processed.",
          r.name,
          source,
          org.name,
          ctx.ui.country(org.country),
          ctx.ui.say(ctx.law.territory.name),
        ),
        { kind: 'replace', candidates: [org.country] },
      );
    }
  },
  fixes(ctx) {
    const recipient = indexOf(ctx.model, 'recipientByNameOrLabel', () =>
      ctx.model.recipients.flatMap((r) => {
        const written = r.orgName ?? r.label;
        return written ? [[written.span.start, r] as const] : [];
      }),
    ).get(ctx.span.start);
    if (!recipient?.map || ctx.data?.kind !== 'replace') return [];
    const fixes: QuickFix[] = [];
    let source = ctx.t('the organisation catalogue');
    try {
      source = per(organisationSource(), ctx.ui);
    } catch {
      // the title names the catalogue without its date
    }
    for (const country of ctx.data.candidates) {
      const edit = insertIntoMap(ctx.text, recipient.map, 'country', country);
      if (edit)
        fixes.push({
          title: ctx.t(
            "The recipient processes the data in {0}: 'country: {1}' (where {2} places it)",
            ctx.ui.country(country),
            country,
            source,
          ),
          edits: [edit],
        });
    }
    const ask = insertIntoMap(ctx.text, recipient.map, 'country', placeholderFor(ctx.model, 'country'));
    if (ask)
      fixes.push({
        title: ctx.t("Add 'country' with a placeholder: where the recipient processes the data"),
        edits: [ask],
      });
    return fixes;
  },
};
