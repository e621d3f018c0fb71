// Rule `implicit-law` (docs/rules/implicit-law.md): a notice without `laws` whose controller is outside the EEA is read
// under the law of the controller's country, or under the EU GDPR; the hint says which, so the author can declare it.
import { effectiveDate, implicitLaw as implicitLawOf } from '../core/analysis';
import { entryOf } from '../parser/policyModel';
import { englishDate, lawById } from '../laws';
import { countryName } from '../vocabulary/countries';
import { insertField } from './fixBuilders';
import type { QuickFix, Rule } from '../core/rule';

const NAMES: Record<string, string> = {
  'uk-gdpr': 'the UK GDPR and the Data Protection Act 2018',
  'ch-fadp': 'the Swiss Federal Act on Data Protection of 25 September 2020 (FADP)',
  'eu-gdpr': 'the EU GDPR',
};

export const implicitLaw: Rule = {
  id: 'implicit-law',
  severity: 'hint',
  provisions: '',
  description: 'No `laws` section and a controller outside the EEA: says which law the notice is read under.',
  check(ctx) {
    if (entryOf(ctx.model.root, 'laws')) return;
    const country = ctx.model.controllerCountry;
    if (!country || !/^[A-Z]{2}$/.test(country.value) || lawById('eu-gdpr').territory.contains(country.value)) return;
    const law = implicitLawOf(country.value, effectiveDate(ctx.model));
    const where = `${countryName(country.value)} (${country.value})`;
    const declare = "Declare the laws the notice serves under 'laws' (e.g. `laws: { eu-gdpr: {}, uk-gdpr: {} }`).";
    let message: string;
    const date = effectiveDate(ctx.model);
    const inForce = lawById(law).inForce;
    // The revised FADP applies from 1 September 2023; the Act of 1992 before it is not modelled.
    const earlier =
      inForce && date && date < inForce
        ? ` That law applies from ${englishDate(inForce)}; the notice is dated earlier, when the Act it replaced ` +
          `applied, which this tool does not model.`
        : '';
    if (law !== 'eu-gdpr')
      message =
        `No 'laws' section: the notice is read under ${NAMES[law]}, the law of the controller's country, ${where}.` +
        `${earlier} If the EU GDPR applies too (e.g. under its Art 3(2), for people in the EEA), add it. ${declare}`;
    else if (country.value === 'GB')
      message =
        `No 'laws' section: the notice is dated before 2021, when the EU GDPR still applied in the United Kingdom, ` +
        `and is read under it. ${declare}`;
    else
      message =
        `No 'laws' section: assumed: the notice addresses people in the EEA (Art 3(2) GDPR) and is read under the EU ` +
        `GDPR. The controller's country, ${where}, may have a law of its own that this tool does not model ` +
        `(Gibraltar, Jersey, Guernsey, the Isle of Man and others have their own). ${declare}`;
    ctx.report(country.span, message, { kind: 'insert', key: 'laws', value: law, mapStart: 0 });
  },
  fixes(ctx) {
    if (ctx.data?.kind !== 'insert' || typeof ctx.data.value !== 'string') return [];
    const law = ctx.data.value;
    const choices = law === 'eu-gdpr' ? ['eu-gdpr'] : [law, 'eu-gdpr'];
    const fixes: QuickFix[] = [];
    for (const lines of [[`${law}: {}`], ...(law === 'eu-gdpr' ? [] : [choices.map((id) => `${id}: {}`)])]) {
      const edit = insertField(ctx.text, ctx.model.root, ctx.model.root?.span.start ?? 0, 'laws', lines);
      if (edit)
        fixes.push({
          title: `Declare the laws: ${lines.map((l) => l.replace(': {}', '')).join(' and ')}`,
          edits: [edit],
          isPreferred: false,
        });
    }
    return fixes;
  },
};
