// Inlay hints: after a vocabulary value, the provision it rests on under the notice's law (`basis: consent` →
// Art 6(1)(a), `mechanism: scc` → Art 46(2)(c)); after an ISO 8601 duration, how it reads (`P12M` → 12 months).
// Offsets inside; the words are inlayHintText.ts's.
import type { Analysis } from '../core/analysis';
import { isLawId, lawById, type Law } from '../laws';
import type { Term } from '../vocabulary/terms';
import type { InterfaceText } from '../languages/interface';
import type { Span } from '../parser/yamlTree';
import { inlayHintText } from './inlayHintText';
import { schemaValues } from './schemaValues';

export interface InlayHintItem {
  /** Where the hint stands: right after the value. */
  offset: number;
  label: string;
  tooltip: string;
}

/** The hints whose value lies in `range` (an editor asks for the lines it shows). */
export function inlayHints(analysis: Analysis, range: Span, ui: InterfaceText): InlayHintItem[] {
  const law = analysis.laws[0];
  const words = inlayHintText(ui);
  const hints: InlayHintItem[] = [];
  for (const value of schemaValues(analysis.model, range)) {
    // The hint stands after the value: a value that only starts in the range is shown by the next request.
    if (value.span.end < range.start || value.span.end > range.end) continue;
    if (value.kind === 'term' && value.term.article && law) {
      // A law that has no counterpart of the provision (law.cite answers undefined) gets no hint.
      const citation = termCitation(value.term, lawOfValue(analysis, value.law) ?? law);
      if (citation)
        hints.push({
          offset: value.span.end,
          label: words.article(citation),
          tooltip: words.articleTooltip(ui.term(value.vocabulary, value.term.id)?.label ?? value.term.label, citation),
        });
    } else if (value.kind === 'duration' && value.iso) {
      hints.push({
        offset: value.span.end,
        label: words.duration(value.duration),
        tooltip: words.durationTooltip(analysis.text.slice(value.span.start, value.span.end).trim()),
      });
    }
  }
  return hints;
}

/** The law a value is given for under a per-law mapping: the notice's, bound to its date, or the law itself. */
function lawOfValue(analysis: Analysis, id: string | undefined): Law | undefined {
  if (!id || !isLawId(id)) return undefined;
  return analysis.laws.find((l) => l.id === id) ?? lawById(id);
}

/**
 * A vocabulary value's provision under `law`. A value that exists under some laws only (`uk-idta`, `swiss-us-dpf`,
 * docs/language.md, "Laws") already cites its own law's provision, which another law must not renumber as the GDPR's.
 */
export function termCitation(term: Term, law: Law): string | undefined {
  if (!term.article) return undefined;
  return term.laws ? term.article : law.cite(term.article);
}
