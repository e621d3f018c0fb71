// The quick fixes of the transfer rules (docs/rules/missing-transfer-safeguard.md, invalid-adequacy.md,
// invalid-mechanism.md): one per mechanism valid for the destination, each the author's statement ("I rely on …"),
// none preferred; the derogations of Art 49 after the others, as exceptions. A mechanism that needs a copy of its
// safeguards or a compelling interest gets placeholders for them (docs/language.md, "Placeholders").
import { placeholderFor } from '../core/placeholders';
import { placesOutside, isPublicBody, validMechanisms, type MechanismChoice } from '../core/transfers';
import type { Recipient, Transfer } from '../parser/policyModel';
import type { FixContext, QuickFix, TextEdit } from '../core/rule';
import { insertKeys, replaceWith } from './fixBuilders';

/** The mechanisms a fix may offer for a transfer's destinations (all of them when it names none). */
export function choicesFor(ctx: FixContext, transfer: Transfer | undefined, recipient?: Recipient): MechanismChoice[] {
  const destinations = transfer
    ? placesOutside(transfer, ctx.model.recipients, ctx.law)
    : {
        countries: (recipient?.countries ?? []).map((c) => c.value).filter((c) => !ctx.law.territory.contains(c)),
        organisations: [],
      };
  const names = transfer
    ? transfer.recipients.map((r) => ctx.model.recipients.find((x) => x.id === r.value)?.orgName?.value).filter(Boolean)
    : [recipient?.orgName?.value];
  return validMechanisms(ctx.law, destinations, {
    publicBody: isPublicBody(ctx.model),
    recipientName: names.length === 1 ? names[0] : undefined,
    ui: ctx.ui,
  });
}

/** What goes beside a mechanism: the placeholders for its copy and its compelling interest. */
export function companions(ctx: FixContext, choice: MechanismChoice, transfer?: Transfer): [string, string][] {
  const pairs: [string, string][] = [];
  if (choice.needsCopy && !transfer?.copy) pairs.push(['copy', placeholderFor(ctx.model, 'copy')]);
  if (choice.needsInterest && !transfer?.compellingInterest)
    pairs.push(['compelling_interest', placeholderFor(ctx.model, 'compelling_interest')]);
  return pairs;
}

/** One fix per valid mechanism that replaces the mechanism written at `span` (an item of a list, or the value). */
export function replaceMechanismFixes(
  ctx: FixContext,
  transfer: Transfer,
  span: { start: number; end: number },
): QuickFix[] {
  return choicesFor(ctx, transfer).flatMap((choice) => {
    if (transfer.mechanisms.some((m) => m.value === choice.term.id && m.span.start !== span.start)) return [];
    const replace = replaceWith(span, choice.term.id, '');
    const extra = insertKeys(ctx.text, transfer.map, companions(ctx, choice, transfer));
    const edits: TextEdit[] = [...replace.edits, ...(extra ? [extra] : [])];
    return [{ title: ctx.t("{0}: '{1}'", choice.title, choice.term.id), edits }];
  });
}

/** One fix per valid mechanism that adds `mechanism` (and what it needs) to a transfer without one. */
export function addMechanismFixes(ctx: FixContext, transfer: Transfer): QuickFix[] {
  return choicesFor(ctx, transfer).flatMap((choice) => {
    const edit = insertKeys(ctx.text, transfer.map, [
      ['mechanism', choice.term.id],
      ...companions(ctx, choice, transfer),
    ]);
    return edit ? [{ title: ctx.t("{0}: 'mechanism: {1}'", choice.title, choice.term.id), edits: [edit] }] : [];
  });
}
