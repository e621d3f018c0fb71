// Rule `missing-recipient-role` (Art 13(1)(e), information): a recipient without `type`. Art 13(1)(e) asks for the
// recipients or their categories, not their role, so this is a prompt, not a gap (docs/language.md, "recipients").
import { message, type Message } from '../languages/language';
import { RECIPIENT_TYPES } from '../vocabulary/terms';
import { indexOf, isBlank, entryOf, type Recipient } from '../parser/policyModel';
import { insertIntoMap } from './fixBuilders';
import { holdsSyntaxError, type FixContext, type QuickFix, type Rule } from '../core/rule';

/** How the choice reads in the fix's title: the author states the role. */
const ROLE_TITLE: Readonly<Record<string, Message>> = {
  internal: message('part of our own organisation (the same legal person)'),
  processor: message('a processor acting on our instructions (Art 28)'),
  controller: message('a controller deciding for itself (Art 4(7))'),
  'joint-controller': message('a joint controller with us (Art 26)'),
  'public-authority': message('a public authority'),
  public: message('the public (the data is published)'),
};

export const missingRecipientRole: Rule = {
  id: 'missing-recipient-role',
  severity: 'information',
  provisions: 'Art 13(1)(e)',
  description: 'A recipient without `type` (its role: processor, controller…).',
  check(ctx) {
    for (const r of ctx.model.recipients) {
      if (!r.map || !isBlank(entryOf(r.map, 'type')?.value) || holdsSyntaxError(ctx.model, r.map)) continue;
      ctx.report(
        r.keySpan,
        ctx.t(
          "Recipient '{0}' does not say its role. Art 13(1)(e) requires the recipients or categories of recipients, " +
            "not their role, so nothing is missing; if you know it, 'type' tells readers whether the recipient " +
            'acts on our instructions (a processor, Art 28) or decides for itself (a controller, Art 4(7)). A ' +
            "group company is a separate legal person: a processor or a controller, not 'internal'.",
          r.name,
        ),
      );
    }
  },
  fixes(ctx) {
    const recipient = indexOf(ctx.model, 'recipientByKey', () =>
      ctx.model.recipients.map((r) => [r.keySpan.start, r] as const),
    ).get(ctx.span.start);
    return recipient ? roleFixes(ctx, recipient) : [];
  },
};

/** One fix per role, each the author's statement, none preferred. */
export function roleFixes(ctx: FixContext, recipient: Recipient): QuickFix[] {
  const map = recipient.map;
  if (!map) return [];
  return RECIPIENT_TYPES.flatMap((t): QuickFix[] => {
    const edit = insertIntoMap(ctx.text, map, 'type', t.id);
    return edit
      ? [
          {
            title: ctx.t("The recipient is {0}: 'type: {1}'", ctx.ui.say(ROLE_TITLE[t.id] ?? t.label), t.id),
            edits: [edit],
          },
        ]
      : [];
  });
}
