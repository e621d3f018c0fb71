// Citations of the GDPR in the author's text must point at something that exists (docs/language.md, "Citing the GDPR in your text").
import type { Law, Provision } from '../laws';
import { documentCitations } from '../schema/textFields';
import type { Rule } from '../core/rule';

export const invalidCitation: Rule = {
  id: 'invalid-citation',
  severity: 'warning',
  provisions: '',
  description: 'A citation of a GDPR article, paragraph, point or recital that does not exist.',
  check(ctx) {
    // Each citation against the structure of the law it cites (docs/language.md, "Laws").
    for (const citation of documentCitations(ctx.model, ctx.laws)) {
      const law = citation.law;
      const { formatProvision, provisionProblem, rangeProblem } = law.text;
      for (const p of citation.provisions) {
        const problem = provisionProblem(p) ?? rangeProblem(p);
        if (!problem) continue;
        const written = ctx.text.slice(p.span.start, p.span.end).replace(/\s+/g, ' ');
        const fix = provisionProblem(p) ? replacementFor(law, ctx.text, p) : undefined;
        const hint = fix ? ` Did you mean ${formatProvision(fix.provision)}?` : '';
        const of = law.text.instrumentName?.(p) ?? 'the GDPR';
        ctx.report(
          p.span,
          `'${written}' is not a provision of ${of}: ${problem}${hint}`,
          fix ? { kind: 'replace', candidates: [fix.text] } : { kind: 'none' },
        );
      }
    }
  },
  fixes(ctx) {
    if (ctx.data?.kind !== 'replace' || ctx.data.candidates.length !== 1) return [];
    const [text] = ctx.data.candidates;
    const label = text.trim();
    // Not preferred: another provision says something else the controller relies on (a category of Art 9(1) is not
    // a condition of Art 9(2)), so the author reads it before it is applied (docs/rules/invalid-citation.md).
    return [{ title: `Did you mean '${label}'? Replace the citation`, edits: [{ span: ctx.span, newText: text }] }];
  },
};

/**
 * The corrected citation as the author would have written it: the article word and number kept as typed, the
 * paragraph and point in the parenthesised style. Offered only where the author used that style (or wrote the
 * number alone), so a worded citation is never rewritten into another language's style.
 */
function replacementFor(
  law: Law,
  text: string,
  p: Provision,
): { text: string; provision: NonNullable<ReturnType<Law['text']['nearestProvision']>> } | undefined {
  const nearest = law.text.nearestProvision(p);
  if (!nearest) return undefined;
  const written = text.slice(p.span.start, p.span.end);
  const m = /^([\s\S]*?\d+)(\s*\([^)]*\)\s*(?:\([^)]*\))?)?$/.exec(written);
  if (!m) return undefined;
  const parts = `${nearest.paragraph !== undefined ? `(${nearest.paragraph})` : ''}${nearest.point !== undefined ? `(${nearest.point})` : ''}`;
  return { text: `${m[1]}${parts}`, provision: nearest };
}
