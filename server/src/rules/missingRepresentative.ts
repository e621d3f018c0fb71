// Rule `missing-representative` (Art 13(1)(a), 27): a controller established outside the territory of a law of the
// notice names no representative there. Art 27(1) applies only where Art 3(2) does (no establishment in the Union;
// offering goods or services to people in it, or monitoring their behaviour there), and Art 27(2) exempts occasional
// low-risk processing and public authorities: hence a warning, which a law can make silent (`ruleCitation`). Under
// the Swiss FADP, Art 14 asks for a representative only where four conditions meet (goods, services or monitoring;
// extensive; regular; high risk): information there (docs/language.md, "Laws"; docs/rules/missing-representative.md).
import { placeholderFor } from '../core/placeholders';
import { isPublicBody } from '../core/transfers';
import { entryOf, isBlank, mapOf } from '../parser/policyModel';
import { appendSection, fillEmpty, insertField, insertIntoMap } from './fixBuilders';
import { ruleCitation, type Rule } from '../core/rule';

/** Countries whose notice, without `laws`, serves another law than the EU GDPR. */
const IMPLICIT_OTHER_LAW: ReadonlySet<string> = new Set(['GB', 'CH']);

export const missingRepresentative: Rule = {
  id: 'missing-representative',
  severity: 'warning',
  provisions: 'Art 13(1)(a), 27',
  // The FADP has no counterpart of Art 27 in the GDPR's numbering; its own is Art 14.
  laws: ['eu-gdpr', 'uk-gdpr', 'ch-fadp'],
  citations: { 'ch-fadp': 'Art 14(1), 14(3) FADP' },
  description: 'A controller established outside the territory of a law of the notice, without a representative there.',
  check(ctx) {
    const country = ctx.model.controllerCountry;
    if (!country || isPublicBody(ctx.model)) return;
    const laws = mapOf(entryOf(ctx.model.root, 'laws')?.value);
    const declared = ctx.model.lawIds.map((l) => l.value);
    ctx.laws.forEach((law, index) => {
      if (!ruleCitation(missingRepresentative, law) || law.territory.contains(country.value)) return;
      // Only for a law the notice serves (docs/language.md, "Laws"): the laws it lists, or without `laws` the one
      // its controller's country implies (the UK GDPR for GB, the FADP for CH).
      if (declared.length ? !declared.includes(law.id) : IMPLICIT_OTHER_LAW.has(country.value)) return;
      // The top-level representative is the first law's; each law may name its own under `laws`.
      const own = entryOf(mapOf(entryOf(laws, law.id)?.value), 'representative')?.value;
      const top = index === 0 ? entryOf(ctx.model.root, 'representative')?.value : undefined;
      if (!isBlank(own) || !isBlank(top)) return;
      // The top-level representative is the notice's own law's: another law's is named under its key.
      const where = index === 0 ? '.' : ` ${ctx.t("under 'laws.{0}'", law.id)}.`;
      // The first law's representative is the top-level one; another law's goes under `laws.<id>` (the fix).
      const data = { kind: 'insert' as const, key: 'representative', value: index === 0 ? '' : law.id, mapStart: 0 };
      if (law.id === 'ch-fadp') {
        ctx.report(
          country.span,
          ctx.t(
            'The controller is established in {0}, outside Switzerland, and the notice names no representative ' +
              'there. A private controller abroad must designate one in Switzerland where it processes personal ' +
              'data of people in Switzerland and the processing is connected with offering them goods or services ' +
              'or monitoring their behaviour, is extensive, is regular and involves a high risk to their personality: ' +
              "all four (Art 14(1) FADP). The controller then publishes the representative's name and address (Art " +
              "14(3) FADP). If that is your case, add 'representative'{1}",
            ctx.ui.country(country.value),
            where,
          ),
          data,
          'information',
          [law],
        );
        return;
      }
      ctx.report(
        country.span,
        ctx.t(
          'The controller is established in {0}, outside {1}, and the notice names no representative there. ' +
            'Where the law applies because you offer goods or services to people in {1} or monitor their behaviour ' +
            'there (Art 3(2)), and you have no establishment there, Art 27(1) requires designating a representative ' +
            'in writing, unless your processing is occasional, does not include large-scale special-category ' +
            "or criminal-offence data, and is unlikely to result in a risk to people's rights and freedoms (Art " +
            "27(2)(a)). Art 13(1)(a) then requires the representative's identity and contact details: add 'representative'{2}",
          ctx.ui.country(country.value),
          ctx.ui.say(law.territory.name),
          where,
        ),
        data,
        undefined,
        [law],
      );
    });
  },
  fixes(ctx) {
    const lines = [
      `name: ${placeholderFor(ctx.model, 'name', 'representative')}`,
      `address: ${placeholderFor(ctx.model, 'address')}`,
    ];
    const root = ctx.model.tree.root;
    const lawId = ctx.data?.kind === 'insert' ? ctx.data.value : '';
    if (typeof lawId === 'string' && lawId) {
      // A law other than the notice's own: its representative under `laws.<id>` (docs/language.md, "Laws").
      const entry = entryOf(mapOf(entryOf(ctx.model.root, 'laws')?.value), lawId);
      const map = mapOf(entry?.value);
      const edit = !entry
        ? undefined
        : isBlank(entry.value)
          ? fillEmpty(ctx.text, entry, ['representative:', ...lines.map((l) => `  ${l}`)])
          : map && insertIntoMap(ctx.text, map, 'representative', lines);
      return edit
        ? [
            {
              title: ctx.t("Add 'laws.{0}.representative' with placeholders for its name and address", lawId),
              edits: [edit],
            },
          ]
        : [];
    }
    const edit =
      root?.kind === 'map'
        ? insertField(ctx.text, root, root.span.start, 'representative', lines)
        : appendSection(ctx.text, 'representative', lines, root);
    return edit
      ? [{ title: ctx.t("Add 'representative' with placeholders for its name and address"), edits: [edit] }]
      : [];
  },
};
