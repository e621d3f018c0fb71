// Required information whose absence has its own rule (SPEC §8): reported from the schema walk's "missing" list.
import { stubFor } from '../schema/policySchema';
import type { MissingRequired } from '../schema/schemaCheck';
import { LEGAL_BASES } from '../gdpr/vocabulary';
import { authorityFixes } from './authorityFixes';
import { insertField } from './fixBuilders';
import type { FixContext, QuickFix, Rule, RuleContext } from './rule';

/** One "Add 'key: value'" fix per value, in the map the diagnostic's data points at. */
function insertChoices(ctx: FixContext, choices: { value: string | string[]; title: string }[]): QuickFix[] {
  if (ctx.data?.kind !== 'insert') return [];
  const { key, mapStart } = ctx.data;
  return choices.flatMap(({ value, title }) => {
    const edit = insertField(ctx.text, ctx.model.tree.root, mapStart, key, value);
    return edit ? [{ title, edits: [edit] }] : [];
  });
}

function relayMissing(ctx: RuleContext, id: string, message: (m: MissingRequired) => string): void {
  for (const m of ctx.schema.missing) {
    if (m.rule === id) ctx.report(m.span, message(m), { kind: 'insert', key: m.key, value: stubFor(m.field), mapStart: m.map?.span.start ?? 0 });
  }
}

export const missingControllerContact: Rule = {
  id: 'missing-controller-contact',
  severity: 'error',
  gdpr: 'Art 13(1)(a)',
  description: 'The controller lacks an address or any contact details.',
  check: (ctx) =>
    relayMissing(ctx, 'missing-controller-contact', (m) =>
      m.key === 'address'
        ? 'The controller has no postal address. Art 13(1)(a) requires the identity and contact details of the controller.'
        : 'The controller has no e-mail, phone or website. Art 13(1)(a) requires contact details people can use to reach the controller.',
    ),
};

export const missingDpo: Rule = {
  id: 'missing-dpo',
  severity: 'warning',
  gdpr: 'Art 13(1)(b)',
  description: 'No `dpo` section.',
  check: (ctx) =>
    relayMissing(ctx, 'missing-dpo', () => "The policy does not say whether there is a data protection officer. Art 13(1)(b) requires the DPO's contact details where one is appointed: add a 'dpo' section, or 'dpo: none'."),
  fixes: (ctx) =>
    insertChoices(ctx, [
      { value: 'none', title: "Add 'dpo: none' (no DPO is appointed)" },
      // Contact details only: Art 13(1)(b) and 37(7) ask for them, not for the DPO's name (EDPB WP243 rev.01, section 2.6).
      { value: ['email: dpo@example.com'], title: "Add the DPO's contact details" },
    ]),
};

export const missingLegalBasis: Rule = {
  id: 'missing-legal-basis',
  severity: 'error',
  gdpr: 'Art 13(1)(c), 6(1)',
  description: 'A purpose without `basis`.',
  check: (ctx) =>
    relayMissing(ctx, 'missing-legal-basis', (m) => `${purposeName(ctx, m.map)} has no legal basis. Art 13(1)(c) requires the legal basis of each purpose, one of those in Art 6(1).`),
  fixes: (ctx) => insertChoices(ctx, LEGAL_BASES.map((b) => ({ value: b.id, title: `Set the legal basis to '${b.id}' — ${b.label}, ${b.article}` }))),
};

export const missingRetention: Rule = {
  id: 'missing-retention',
  severity: 'error',
  gdpr: 'Art 13(2)(a)',
  description: 'A purpose without `retention`.',
  check: (ctx) =>
    relayMissing(ctx, 'missing-retention', (m) => `${purposeName(ctx, m.map)} does not say how long the data is kept. Art 13(2)(a) requires the retention period, or the criteria used to set it.`),
  fixes: (ctx) =>
    insertChoices(ctx, [
      { value: '12 months', title: "Add a retention period ('12 months')" },
      { value: ['until: the end of the contract', 'then: 1 year'], title: 'Add retention until an event (until … then …)' },
    ]),
};

export const missingAuthority: Rule = {
  id: 'missing-authority',
  severity: 'warning',
  gdpr: 'Art 13(2)(d), 77',
  description: 'No `authority` section.',
  check: (ctx) =>
    relayMissing(ctx, 'missing-authority', () => 'The policy does not name a supervisory authority. Art 13(2)(d) requires telling people of their right to lodge a complaint with a supervisory authority (Art 77): add an \'authority\' section naming the one competent for you.'),
  // The competent authority from the catalogue for the controller's country (SPEC §10), then the stub.
  fixes: (ctx) => authorityFixes(ctx, insertChoices(ctx, [{ value: ctx.data?.kind === 'insert' ? ctx.data.value : [], title: 'Add an authority stub to complete' }])),
};

export const missingAutomatedDecisions: Rule = {
  id: 'missing-automated-decisions',
  severity: 'warning',
  gdpr: 'Art 13(2)(f)',
  description: 'No `automated_decisions` section.',
  check: (ctx) =>
    relayMissing(ctx, 'missing-automated-decisions', () => "The policy does not say whether automated decisions or profiling take place. Art 13(2)(f) requires it: add 'automated_decisions: none' or describe them."),
};

function purposeName(ctx: RuleContext, map: MissingRequired['map']): string {
  const purpose = ctx.model.purposes.find((p) => p.map === map);
  return purpose ? `Purpose '${purpose.name}'` : 'This purpose';
}
