// Joint controllers (Art 26, language v1.2): the essence of the arrangement must be available to people, and a
// recipient said to be a joint controller must be described as one.
import { addListItem, insertField, yamlScalar } from './fixBuilders';
import { placeholderFor } from '../core/placeholders';
import type { QuickFix, Rule } from '../core/rule';

const normalise = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

export const missingJointArrangement: Rule = {
  id: 'missing-joint-arrangement',
  severity: 'error',
  provisions: 'Art 26(2)',
  description:
    'A `joint_controllers` entry without `essence`, or a recipient of type `joint-controller` that no ' +
    '`joint_controllers` entry names.',
  check(ctx) {
    for (const m of ctx.schema.missing) {
      if (m.rule !== 'missing-joint-arrangement') continue;
      const jc = ctx.model.jointControllers.find((j) => j.map === m.map);
      ctx.report(
        m.span,
        jc?.name
          ? ctx.t(
              "Joint controller '{0}' has no 'essence'. Art 26(2) requires the essence of the arrangement between " +
                'joint controllers to be made available to people: say who does what, in particular who informs them ' +
                'and who handles their requests.',
              jc.name.value,
            )
          : ctx.t(
              "Joint controller has no 'essence'. Art 26(2) requires the essence of the arrangement between joint " +
                'controllers to be made available to people: say who does what, in particular who informs them and ' +
                'who handles their requests.',
            ),
        { kind: 'insert', key: 'essence', value: '', mapStart: m.map?.span.start ?? 0 },
      );
    }
    const named = new Set(ctx.model.jointControllers.flatMap((j) => (j.name ? [normalise(j.name.value)] : [])));
    for (const r of ctx.model.recipients) {
      if (r.type?.value !== 'joint-controller') continue;
      const name = r.orgName?.value ?? r.label?.value ?? r.id;
      if (named.has(normalise(name))) continue;
      ctx.report(
        r.type.span,
        r.orgName
          ? ctx.t(
              "Recipient '{0}' is a joint controller, but no 'joint_controllers' entry is named '{1}'. Art 26(2) " +
                "requires the essence of the arrangement with it: add it under 'joint_controllers' with its 'essence'.",
              r.name,
              name,
            )
          : ctx.t(
              "Recipient '{0}' is a joint controller, but no 'joint_controllers' entry is named '{1}'. Art 26(2) " +
                "requires the essence of the arrangement with it: add it under 'joint_controllers' with its 'essence', " +
                "and give the recipient its 'name'.",
              r.name,
              name,
            ),
        { kind: 'none' },
      );
    }
  },
  fixes(ctx): QuickFix[] {
    if (ctx.data?.kind === 'insert') {
      const edit = insertField(
        ctx.text,
        ctx.model.tree.root,
        ctx.data.mapStart,
        'essence',
        placeholderFor(ctx.model, 'essence'),
      );
      return edit
        ? [
            {
              title: ctx.t("Add 'essence' with a placeholder: the essence of the joint arrangement (Art 26(2))"),
              edits: [edit],
            },
          ]
        : [];
    }
    const recipient = ctx.model.recipients.find((r) => r.type?.span.start === ctx.span.start);
    if (!recipient) return [];
    const name = recipient.orgName?.value ?? recipient.label?.value ?? recipient.id;
    const purposes = ctx.model.purposes
      .filter((p) => p.recipients.some((ref) => ref.value === recipient.id))
      .map((p) => p.id);
    const lines = [
      `name: ${yamlScalar(name)}`,
      ...(purposes.length ? [`purposes: [${purposes.join(', ')}]`] : []),
      `essence: ${placeholderFor(ctx.model, 'essence')}`,
    ];
    const edit = addListItem(ctx.text, ctx.model.root, 'joint_controllers', lines);
    return edit
      ? [
          {
            title: ctx.t("Add '{0}' under 'joint_controllers' with the essence of the arrangement", name),
            edits: [edit],
          },
        ]
      : [];
  },
};
