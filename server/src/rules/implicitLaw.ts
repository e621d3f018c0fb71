// Rule `implicit-law` (docs/rules/implicit-law.md): a notice without `laws` whose controller is outside the EEA is read
// under the law of the controller's country, or under the EU GDPR; the hint says which, so the author can declare it.
import { message, type Message } from '../languages/language';
import { effectiveDate, implicitLaw as implicitLawOf } from '../core/analysis';
import { entryOf } from '../parser/policyModel';
import { lawById } from '../laws';
import { insertField } from './fixBuilders';
import type { QuickFix, Rule } from '../core/rule';

const NAMES: Record<string, Message> = {
  'uk-gdpr': message('the UK GDPR and the Data Protection Act 2018'),
  'ch-fadp': message('the Swiss Federal Act on Data Protection of 25 September 2020 (FADP)'),
  'eu-gdpr': message('the EU GDPR'),
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
    const where = `${ctx.ui.country(country.value)} (${country.value})`;
    const declare = ctx.t(
      "Declare the laws the notice serves under 'laws' (e.g. `laws: { eu-gdpr: {}, uk-gdpr: {} }`).",
    );
    let message: string;
    const date = effectiveDate(ctx.model);
    const inForce = lawById(law).inForce;
    // The revised FADP applies from 1 September 2023; the Act of 1992 before it is not modelled.
    const earlier =
      inForce && date && date < inForce
        ? ` ${ctx.t(
            'That law applies from {0}; the notice is dated earlier, when the Act it replaced applied, which this ' +
              'tool does not model.',
            ctx.ui.date(inForce),
          )}`
        : '';
    if (law !== 'eu-gdpr')
      message = ctx.t(
        "No 'laws' section: the notice is read under {0}, the law of the controller's country, {1}.{2} If the EU GDPR " +
          'applies too (e.g. under its Art 3(2), for people in the EEA), add it. {3}',
        ctx.ui.say(NAMES[law]),
        where,
        earlier,
        declare,
      );
    else if (country.value === 'GB')
      message = ctx.t(
        "No 'laws' section: the notice is dated before 2021, when the EU GDPR still applied in the United Kingdom, " +
          'and is read under it. {0}',
        declare,
      );
    else
      message = ctx.t(
        "No 'laws' section: assumed: the notice addresses people in the EEA (Art 3(2) GDPR) and is read under the EU " +
          "GDPR. The controller's country, {0}, may have a law of its own that this tool does not model (Gibraltar, " +
          'Jersey, Guernsey, the Isle of Man and others have their own). {1}',
        where,
        declare,
      );
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
          title: ctx.t('Declare the laws: {0}', lines.map((l) => l.replace(': {}', '')).join(' and ')),
          edits: [edit],
          isPreferred: false,
        });
    }
    return fixes;
  },
};
