// The `missing-authority` fixes of docs/rules//§10: the competent authority for the controller's country from the
// catalogue, with its real contact details; for Germany one fix per state authority and the federal one.
import { LANGUAGES } from '../languages';
import countries from 'i18n-iso-countries/index';
import { isCountryCode } from '../vocabulary/countries';
import { authoritiesFor, authorityFields, authorityRole, authoritySource } from '../catalogues/authorities';
import { catalogueFailed, per } from '../catalogues/load';
import { entryOf, fieldStr, mapOf } from '../parser/policyModel';
import { insertField, yamlScalar } from './fixBuilders';
import type { FixContext, QuickFix } from '../core/rule';

/** The controller's country: `controller.country`, else the country named on the last line of its address. */
export function controllerCountry(
  ctx: Pick<FixContext, 'model'>,
): { code: string; fromAddress: boolean; address?: string } | undefined {
  const controller = mapOf(entryOf(ctx.model.root, 'controller')?.value);
  const address = fieldStr(controller, 'address')?.value;
  const written = fieldStr(controller, 'country')?.value.toUpperCase();
  if (written && isCountryCode(written)) return { code: written, fromAddress: false, address };
  const last = address
    ?.split(/\n|,/)
    .map((s) => s.trim())
    .filter(Boolean)
    .pop();
  if (!last) return undefined;
  for (const { tag } of LANGUAGES) {
    const code = countries.getAlpha2Code(last, tag);
    if (code) return { code, fromAddress: true, address };
  }
  return undefined;
}

export function authorityFixes(ctx: FixContext, stub: QuickFix[]): QuickFix[] {
  if (ctx.data?.kind !== 'insert') return stub;
  const country = controllerCountry(ctx);
  if (!country) return stub;
  let choices;
  try {
    choices = authoritiesFor(country.code, country.address);
  } catch (error) {
    catalogueFailed(error, 'The supervisory-authority quick fix');
    return stub; // the stub still helps
  }
  const { mapStart, key } = ctx.data;
  const source = per(authoritySource(), ctx.ui);
  const fixes = choices.flatMap(({ authority, match }): QuickFix[] => {
    const lines = authorityFields(authority).map(([k, v]) => `${k}: ${yamlScalar(v)}`);
    const edit = insertField(ctx.text, ctx.model.tree.root, mapStart, key, lines);
    if (!edit) return [];
    const role =
      choices.length > 1
        ? ` (${authorityRole(authority, ctx.ui)}${match ? `; ${ctx.t('matches {0}', match.because)}` : ''})`
        : '';
    const why = country.fromAddress ? `, ${ctx.t("for the country of the controller's address")}` : '';
    return [
      {
        title: ctx.t('Add the supervisory authority: {0}{1}{2}, per {3}', authority.name, role, why, source),
        edits: [edit],
        // Which authority is competent is a legal statement: the author chooses, even where one matches.
      },
    ];
  });
  return [...fixes, ...stub];
}
