// Rule `missing-complaints-route` (docs/rules/missing-complaints-route.md): under the UK GDPR, from 19 June 2026, people
// may complain to the controller (DPA 2018 s.164A), the notice says so (Art 13(2)(ca) UK GDPR), and the controller
// must facilitate complaints — for example with a complaint form that can be completed electronically and by other
// means (s.164A(2)). The notice always states the right; this rule asks for the way to use it.
import { appliesOn } from '../laws';
import { entryOf, mapOf } from '../parser/policyModel';
import { placeholder } from '../core/placeholders';
import { insertField, insertIntoMap } from './fixBuilders';
import type { Rule } from '../core/rule';

/** DPA 2018 s.164A and Art 13(2)(ca) UK GDPR apply from this day (SI 2026/82 reg 3). */
const FROM = '2026-06-19';

const WHY =
  'From 19 June 2026 people may complain to the controller if they consider that there is an infringement of the ' +
  'UK GDPR concerning their data (DPA 2018 s.164A(1)), and the notice tells them of that right (Art 13(2)(ca) UK ' +
  'GDPR). The controller must facilitate such complaints, for example with a complaint form that can be completed ' +
  'electronically and by other means (s.164A(2)). The notice always states the right; this rule asks it to say how to ' +
  'use it.';

export const missingComplaintsRoute: Rule = {
  id: 'missing-complaints-route',
  severity: 'warning',
  provisions: '',
  laws: ['uk-gdpr'],
  citations: { 'uk-gdpr': 'DPA 2018 s.164A(1)–(2); Art 13(2)(ca) UK GDPR' },
  description: 'Under the UK GDPR (from 19 June 2026), `laws.uk-gdpr.complaints` gives no way to complain to us.',
  check(ctx) {
    const uk = ctx.laws.find((l) => l.id === 'uk-gdpr');
    if (!uk || (uk.date && !appliesOn(FROM, uk.date))) return;
    // A `complaints` mapping without any way: the schema walk found it.
    for (const m of ctx.schema.missing) {
      if (m.rule !== 'missing-complaints-route') continue;
      ctx.report(
        m.span,
        `${WHY} 'complaints' gives none: add a 'url' of your complaint form, an 'email', a 'phone' or a 'post' address.`,
        {
          kind: 'insert',
          key: 'url',
          value: placeholder('web address of your complaint form'),
          mapStart: m.map?.span.start ?? 0,
        },
      );
    }
    const lawsEntry = entryOf(ctx.model.root, 'laws');
    const ukEntry = entryOf(mapOf(lawsEntry?.value), 'uk-gdpr');
    if (entryOf(mapOf(ukEntry?.value), 'complaints')) return;
    const span = ukEntry?.keySpan ?? lawsEntry?.keySpan ?? ctx.model.controllerCountry?.span ?? { start: 0, end: 0 };
    ctx.report(
      span,
      `${WHY} The notice does not say how to complain to you: add 'complaints' under 'laws: uk-gdpr' with a 'url' of ` +
        `your complaint form, an 'email', a 'phone' or a 'post' address.`,
      { kind: 'insert', key: 'complaints', value: 'uk-gdpr', mapStart: mapOf(ukEntry?.value)?.span.start ?? -1 },
    );
  },
  fixes(ctx) {
    if (ctx.data?.kind !== 'insert') return [];
    const form = placeholder('web address of your complaint form');
    if (ctx.data.key === 'url') {
      const edit = insertField(ctx.text, ctx.model.root, ctx.data.mapStart, 'url', form);
      return edit ? [{ title: "Add the complaint form's 'url'", edits: [edit] }] : [];
    }
    const lawsMap = mapOf(entryOf(ctx.model.root, 'laws')?.value);
    const ukMap = mapOf(entryOf(lawsMap, 'uk-gdpr')?.value);
    let edit;
    if (ukMap) edit = insertIntoMap(ctx.text, ukMap, 'complaints', [`url: ${form}`]);
    else if (!entryOf(ctx.model.root, 'laws'))
      edit = insertField(ctx.text, ctx.model.root, ctx.model.root?.span.start ?? 0, 'laws', [
        'uk-gdpr:',
        '  complaints:',
        `    url: ${form}`,
      ]);
    return edit ? [{ title: "Add how to complain to you ('complaints', DPA 2018 s.164A)", edits: [edit] }] : [];
  },
};
