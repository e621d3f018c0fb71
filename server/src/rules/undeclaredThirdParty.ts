// Rule `undeclared-third-party` (Art 13(1)(e)): a recorded third-party host whose organisation no recipient names.
import { per } from '../catalogues/load';
import { organisationSource, recipientCategory } from '../catalogues/organisations';
import { countryName } from '../vocabulary/countries';
import type { PolicyModel } from '../parser/policyModel';
import { anchor, list, prepared, reconciled } from './evidenceHelpers';
import { addToSection, yamlScalar } from './fixBuilders';
import type { Rule } from '../core/rule';
import { placeholderFor } from '../core/placeholders';

/** A recipient id for an organisation that is not taken yet ("google", "google-2"). */
function freeId(model: PolicyModel, base: string): string {
  const clean =
    base
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^[^a-z]+|-+$/g, '') || 'recipient';
  const taken = new Set(model.recipients.map((r) => r.id));
  if (!taken.has(clean)) return clean;
  for (let i = 2; ; i++) if (!taken.has(`${clean}-${i}`)) return `${clean}-${i}`;
}

export const undeclaredThirdParty: Rule = {
  id: 'undeclared-third-party',
  severity: 'warning',
  provisions: 'Art 13(1)(e)',
  description:
    'A third-party host the recorded site contacted whose organisation (known to the catalogue) no recipient names.',
  check(ctx) {
    const r = reconciled(ctx);
    if (!r) return;
    const span = anchor(ctx.model, 'recipients');
    for (const t of r.undeclaredThirdParties) {
      const source = per(organisationSource()); // readable: the organisation came from it
      const org = t.organisation;
      const where = org.country ? `, ${countryName(org.country)}` : '';
      const message =
        `The recording ${ctx.evidence!.file} shows requests to ${list(t.hosts)}, run by ${org.name}${where} ` +
        `per ${source}, but no recipient names it. A request to another host discloses at least the visitor's ` +
        `IP address; Art 13(1)(e) requires the recipients or categories of recipients: add it under 'recipients' ` +
        `and to the purposes that disclose data to it.`;
      const id = freeId(ctx.model, org.slug);
      const category = recipientCategory(org);
      // Where the recipient processes the data and what kind it is are the author's to say: the catalogue gives
      // the country of the legal entity's address and a category of its business (docs/rules/undeclared-third-party.md).
      // One fix leaves both to fill in; another, titled as the author's statement, takes the catalogue's.
      const recipient = (country: string | undefined, kind: string | undefined) => [
        `label: ${yamlScalar(org.name)}`,
        // No `type`: the role depends on the contract, which the recording cannot show (missing-recipient-role asks).
        ...(kind ? [`category: ${kind}`] : []),
        `name: ${yamlScalar(org.name)}`,
        ...(country ? [`country: ${country}`] : []),
        ...(org.web ? [`url: ${yamlScalar(org.web)}`] : []),
      ];
      const fixes: { title: string; edits: NonNullable<ReturnType<typeof addToSection>>[] }[] = [];
      const open = addToSection(
        ctx.text,
        ctx.model.root,
        'recipients',
        id,
        recipient(placeholderFor(ctx.model, 'country'), placeholderFor(ctx.model, 'category')),
      );
      if (open)
        fixes.push({
          title:
            `Add ${org.name} as recipient '${id}', with placeholders for its category and where it processes the ` +
            `data (its name and website from ${source})`,
          edits: [open],
        });
      const kind = category ? `${/^[aeiou]/.test(category) ? 'an' : 'a'} '${category}' recipient` : undefined;
      const statement =
        org.country && kind
          ? `it processes the data in ${countryName(org.country)} and is ${kind} (where and how ${source} places ` +
            `and classes it)`
          : org.country
            ? `it processes the data in ${countryName(org.country)} (where ${source} places it)`
            : kind
              ? `it is ${kind} (as ${source} classes it)`
              : undefined;
      const catalogued = statement
        ? addToSection(ctx.text, ctx.model.root, 'recipients', id, recipient(org.country, category))
        : undefined;
      if (catalogued) fixes.push({ title: `Add ${org.name} as recipient '${id}': ${statement}`, edits: [catalogued] });
      ctx.report(span, message, prepared(fixes));
    }
  },
  fixes: (ctx) => (ctx.data?.kind === 'prepared' ? ctx.data.fixes : []),
};
