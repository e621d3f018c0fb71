// Rule `missing-provision` (Art 13(2)(e)): whether providing directly collected data is required or voluntary.
import { PROVISION_KINDS } from '../vocabulary/terms';
import { fieldStr } from '../parser/policyModel';
import { insertField } from './fixBuilders';
import { holdsSyntaxError, type Rule } from '../core/rule';
import type { DataCategory } from '../parser/policyModel';

/** How each choice reads: the author's statement of Art 13(2)(e). */
const provisionTitle = (t: (english: string) => string, id: string): string | undefined =>
  id === 'statutory'
    ? t('Providing the data is a statutory requirement')
    : id === 'contractual'
      ? t('Providing the data is a contractual requirement')
      : id === 'contract-entry'
        ? t('Providing the data is a requirement necessary to enter into a contract')
        : id === 'voluntary'
          ? t('Providing the data is voluntary')
          : undefined;

export const missingProvision: Rule = {
  id: 'missing-provision',
  severity: 'warning',
  provisions: 'Art 13(2)(e)',
  description: 'A purpose of directly collected data without `provision`.',
  check(ctx) {
    if (ctx.model.collection === 'indirect') return;
    const data = new Map(ctx.model.data.map((d) => [d.id, d]));
    for (const p of ctx.model.purposes) {
      if (!p.map || fieldStr(p.map, 'provision') || holdsSyntaxError(ctx.model, p.map)) continue;
      // Art 13(2)(e) concerns data collected from the person. Data that all comes from third parties or public
      // sources is Art 14's, which has no such duty; `automatic` data is observed from the person, collected from
      // them (WP260 rev.01, para 26), and does not exempt.
      const used = p.data.map((ref) => data.get(ref.value));
      if (used.length > 0 && used.every((d) => d && fromOthers(d))) continue;
      // Consent is freely given by law (Art 4(11), 7(4)): saying so is good practice, the gap is small.
      const consentOnly = p.bases.length > 0 && p.bases.every((b) => b.value === 'consent');
      ctx.report(
        p.keySpan,
        consentOnly
          ? ctx.t(
              "Purpose '{0}' rests on consent, which must be freely given (Art 4(11), 7(4)), but does not say that " +
                'providing the data is voluntary. Art 13(2)(e) asks whether people are obliged to provide the data ' +
                "and what follows if they do not: 'provision: voluntary' says it expressly.",
              p.name,
            )
          : ctx.t(
              "Purpose '{0}' does not say whether providing the data is a statutory or contractual requirement, " +
                'a requirement to enter into a contract, or voluntary. Art 13(2)(e) requires it, with the possible ' +
                "consequences of not providing the data: add 'provision'.",
              p.name,
            ),
        { kind: 'insert', key: 'provision', value: '', mapStart: p.map?.span.start ?? 0 },
        consentOnly ? 'information' : undefined,
      );
    }
  },
  fixes(ctx) {
    if (ctx.data?.kind !== 'insert') return [];
    const { mapStart } = ctx.data;
    // One fix per value: which one is true is the author's legal call, so none is preferred.
    return PROVISION_KINDS.flatMap((k) => {
      const edit = insertField(ctx.text, ctx.model.tree.root, mapStart, 'provision', k.id);
      return edit
        ? [
            {
              title: ctx.t("{0}: 'provision: {1}'", provisionTitle((english) => ctx.t(english), k.id) ?? k.label, k.id),
              edits: [edit],
            },
          ]
        : [];
    });
  },
};

/**
 * A source text that names the person themselves as one of its sources ("you or your company", "you (in writing)",
 * "vous", "von Ihnen"): data collected from them. "The account provider you sign in with" names a third party.
 */
const PERSON = String.raw`(?:you|yourself|the data subject|the person concerned|directly from you|from you|vous(?:-même)?|directement auprès de vous|la personne concernée|u|uzelf|jij|rechtstreeks van u|de betrokkene|sie|ihnen|bei ihnen|von ihnen|die betroffene person)`;
const JOIN = String.raw`(?:and|or|und|oder|et|ou|en|of)`;
const THE_PERSON = new RegExp(String.raw`(?:^|[,;(]\s*|\b${JOIN}\s+)${PERSON}(?=\s*(?:$|[,;()]|\b${JOIN}\b))`, 'iu');

/**
 * Data from a third party or a public source (`{ public: … }`, or a `source` that names another source), not from
 * the person. A source text that also names the person ("you or your employer") is collected from them too.
 */
function fromOthers(d: DataCategory): boolean {
  if (d.publicSource) return true;
  const source = d.source?.value.trim();
  return !!source && source !== 'data-subject' && source !== 'automatic' && !THE_PERSON.test(source);
}
