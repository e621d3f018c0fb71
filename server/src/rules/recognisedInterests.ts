// The limits of `recognised-legitimate-interests` (docs/language.md, "Laws"; reported under rule `invalid-value`): the
// basis of Art 6(1)(ea) UK GDPR exists under the UK GDPR only, from 5 February 2026 (DUAA 2025 s.70), so a purpose
// that rests on it alone has no basis for people in the EEA where the notice serves the EU GDPR too; it is not
// available to public authorities performing their tasks (Art 6(1), words after point (f)); and a significant
// decision based solely on automated processing may not rest on it (Art 22B(4) UK GDPR).
import { appliesOn, englishDate } from '../laws';
import { entryOf, fieldStr, flagOf, mapOf, type Str } from '../parser/policyModel';
import type { RuleContext } from '../core/rule';

const BASIS = 'recognised-legitimate-interests';
/** Art 6(1)(ea) UK GDPR applies from this day (SI 2026/82 reg 2(a)–(b)). */
const FROM = '2026-02-05';

/** The findings, each with its span and message, for rule `invalid-value` to report. */
export function recognisedInterestProblems(
  ctx: Pick<RuleContext, 'model' | 'laws'>,
): { span: Str['span']; message: string }[] {
  const found: { span: Str['span']; message: string }[] = [];
  const uk = ctx.laws.find((l) => l.id === 'uk-gdpr');
  const controller = mapOf(entryOf(ctx.model.root, 'controller')?.value);
  const publicBody = flagOf(controller, 'public_body');
  const decisions = entryOf(ctx.model.root, 'automated_decisions')?.value;
  const decidedPurposes = new Set(
    decisions?.kind === 'seq'
      ? decisions.items.map((item) => fieldStr(mapOf(item), 'purpose')?.value).filter((v) => v !== undefined)
      : [],
  );
  for (const p of ctx.model.purposes) {
    for (const b of p.bases) {
      if (b.value !== BASIS) continue;
      if (!uk) {
        found.push({
          span: b.span,
          message:
            `'${BASIS}' is a legal basis of the UK GDPR only (Art 6(1)(ea) UK GDPR); this notice serves ` +
            `${ctx.laws.map((l) => l.shortName.en).join(' and ')}. Use 'legitimate-interests' (Art 6(1)(f)) and ` +
            `state the interest, or add 'uk-gdpr' under 'laws'.`,
        });
        continue;
      }
      // Under the EU GDPR too (people in the EEA, the section the notice adds for them): the basis does not exist
      // there, and a purpose that rests on it alone has no basis of Art 6(1) GDPR to tell them (Art 13(1)(c) GDPR).
      if (ctx.laws.some((l) => l.id === 'eu-gdpr') && p.bases.every((x) => x.value === BASIS))
        found.push({
          span: b.span,
          message:
            `Purpose '${p.name}' rests on recognised legitimate interests alone, a basis of the UK GDPR only ` +
            `(Art 6(1)(ea) UK GDPR). This notice also serves the EU GDPR, which has no such basis: for people in ` +
            `the EEA the purpose needs a basis of Art 6(1) GDPR, which the notice must state (Art 13(1)(c) GDPR). ` +
            `Add it to 'basis' (e.g. 'legitimate-interests' with the interest), with 'when' saying which basis ` +
            `applies to whom.`,
        });
      if (uk.date && !appliesOn(FROM, uk.date)) {
        found.push({
          span: b.span,
          message:
            `Recognised legitimate interests (Art 6(1)(ea) UK GDPR) apply from ${englishDate(FROM)} (DUAA 2025 s.70); ` +
            `the notice is effective earlier. Use 'legitimate-interests' (Art 6(1)(f)) for that period.`,
        });
        continue;
      }
      if (publicBody)
        found.push({
          span: b.span,
          message:
            `A public authority cannot rely on recognised legitimate interests for processing in the performance of ` +
            `its tasks (Art 6(1) UK GDPR, words after point (f): points (ea) and (f) do not apply to it). If this ` +
            `processing is part of your tasks, use 'public-task' (Art 6(1)(e)) and name the law.`,
        });
      if (decidedPurposes.has(p.id))
        found.push({
          span: b.span,
          message:
            `A significant decision based solely on automated processing may not rest on recognised legitimate ` +
            `interests (Art 22B(4) UK GDPR), and '${p.name}' is the purpose of such a decision in ` +
            `'automated_decisions'.`,
        });
    }
  }
  return found;
}

/**
 * A purpose on recognised legitimate interests names the Annex 1 condition it meets (Art 6(5) UK GDPR), for rule
 * `missing-law-reference` to report.
 */
export function recognisedInterestWithoutCondition(
  ctx: Pick<RuleContext, 'model' | 'laws'>,
): { span: Str['span']; message: string; mapStart: number }[] {
  if (!ctx.laws.some((l) => l.id === 'uk-gdpr')) return [];
  return ctx.model.purposes.flatMap((p) => {
    const basis = p.bases.find((b) => b.value === BASIS);
    if (!basis || fieldStr(p.map, 'law')?.value.trim()) return [];
    return [
      {
        span: basis.span,
        message:
          `Purpose '${p.name}' rests on recognised legitimate interests, which exist only where a condition of ` +
          `Annex 1 UK GDPR is met (Art 6(5) UK GDPR). Name the condition in 'law' (e.g. "Annex 1 para 5 UK GDPR").`,
        mapStart: p.map?.span.start ?? 0,
      },
    ];
  });
}
