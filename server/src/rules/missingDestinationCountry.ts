// Rule `missing-destination-country` (docs/rules/missing-destination-country.md): under the Swiss FADP the notice names
// every State (or international body) to which personal data is disclosed abroad — even one whose protection is
// adequate — with the safeguard or exception relied on where applicable (Art 19(4) FADP). Wilfully giving incomplete
// information is punishable, on complaint (Art 60(1)(a) FADP). A region ("EEA") is not a State.
import { message } from '../languages/language';
import { organisationNamed } from '../catalogues/organisations';
import { placeholder } from '../core/placeholders';
import { insertIntoMap, replaceWith } from './fixBuilders';
import type { Rule } from '../core/rule';

const WHY = message(
  'Under the FADP the notice names every State a disclosure abroad goes to, even one with adequate protection ' +
    '(Art 19(4) FADP); wilfully incomplete information is punishable on complaint (Art 60(1)(a) FADP).',
);

export const missingDestinationCountry: Rule = {
  id: 'missing-destination-country',
  severity: 'error',
  provisions: '',
  laws: ['ch-fadp'],
  citations: { 'ch-fadp': 'Art 19(4), 60(1)(a) FADP' },
  description: 'Under the FADP, a disclosure abroad whose States are not named.',
  check(ctx) {
    const { model } = ctx;
    const swiss = ctx.laws.find((l) => l.id === 'ch-fadp')!;
    const covered = new Set<string>();
    for (const t of model.transfers) {
      if (t.from.length && !t.from.some((f) => f.value === 'ch-fadp')) continue;
      const recipients = t.recipients.map((ref) => model.recipients.find((r) => r.id === ref.value));
      for (const r of recipients) if (r) covered.add(r.id);
      // A transfer with no destination at all is rule transfer-without-destination's.
      if (t.countries.length || t.organisations.length || !recipients.length) continue;
      const named = recipients.filter((r) => r && r.countries.some((c) => /^[A-Z]{2}$/.test(c.value)));
      if (named.length === recipients.length) continue;
      const unnamed = recipients.filter((r) => r && !r.countries.length).map((r) => `'${r!.name}'`);
      ctx.report(
        t.recipients[0]?.span ?? t.map.entries[0]?.keySpan ?? t.map.span,
        unnamed.length
          ? unnamed.length > 1
            ? ctx.t(
                "{0} This transfer names no State, and {1} have no 'country': add 'countries' (or each recipient's " +
                  "'country').",
                ctx.ui.say(WHY),
                unnamed.join(', '),
              )
            : ctx.t(
                "{0} This transfer names no State, and {1} has no 'country': add 'countries' (or each recipient's " +
                  "'country').",
                ctx.ui.say(WHY),
                unnamed.join(', '),
              )
          : ctx.t(
              "{0} This transfer names no State: add 'countries' (or each recipient's 'country').",
              ctx.ui.say(WHY),
            ),
        { kind: 'insert', key: 'countries', value: `[${placeholder('country codes')}]`, mapStart: t.map.span.start },
      );
    }
    for (const r of model.recipients) {
      for (const c of r.countries) {
        if (c.value !== 'EEA' && c.value !== 'EU') continue;
        ctx.report(
          c.span,
          ctx.t("{0} '{1}' is a region, not a State: name the States (e.g. [DE, FR]).", ctx.ui.say(WHY), c.value),
          {
            kind: 'replace',
            candidates: [`[${placeholder('country codes')}]`],
          },
        );
      }
      if (r.countries.length) continue;
      // The organisation catalogue places it abroad: a disclosure abroad that no transfer names.
      const org = !covered.has(r.id) ? organisationNamed(r.orgName?.value ?? r.name) : undefined;
      if (!org?.country || swiss.territory.contains(org.country)) continue;
      // The notice names that State already for a disclosure from Switzerland ("tools of companies in the USA"):
      // Art 19(4) FADP asks for the State, which the author has given (as unplaced-recipient reads it).
      const fromSwitzerland = (t: (typeof model.transfers)[number]) =>
        !t.from.length || t.from.some((f) => f.value === 'ch-fadp');
      if (model.transfers.some((t) => fromSwitzerland(t) && t.countries.some((c) => c.value === org.country))) continue;
      ctx.report(
        r.keySpan,
        ctx.t(
          "{0} '{1}' has no 'country', and the organisation catalogue places {2} in {3} (where its data is " +
            "processed is for you to say): add 'country'.",
          ctx.ui.say(WHY),
          r.name,
          org.name,
          ctx.ui.country(org.country),
        ),
        { kind: 'insert', key: 'country', value: placeholder('country code'), mapStart: r.map?.span.start ?? 0 },
      );
    }
  },
  fixes(ctx) {
    if (ctx.data?.kind === 'replace')
      return ctx.data.candidates.map((c) => replaceWith(ctx.span, c, ctx.t('Name the States'), { isPreferred: false }));
    if (ctx.data?.kind !== 'insert') return [];
    const { key, value, mapStart } = ctx.data;
    const map =
      ctx.model.transfers.find((t) => t.map.span.start === mapStart)?.map ??
      ctx.model.recipients.find((r) => r.map?.span.start === mapStart)?.map;
    const edit = map && insertIntoMap(ctx.text, map, key, value);
    return edit ? [{ title: ctx.t("Add '{0}' (the States the data goes to)", key), edits: [edit] }] : [];
  },
};
