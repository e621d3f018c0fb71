// Citations of the laws a notice serves, told apart (docs/language.md, "Laws"): each law's recogniser claims the
// citations that name it ("Art 6 GDPR", "Art 6 UK GDPR", "Art. 19 nDSG"), and the notice's first law also those
// that name no law ("Art 6(1)(f)"). A citation of a law the notice does not serve is nobody's: it is left alone, never
// read as another law's article.
import type { Citation, CitationContext, Law, LawCitation, LawId } from './law';
import { MAYBE_CITATION } from '../languages';

/** A cheap test for text that may cite one of the laws: an article, recital, section, schedule or annex word. */
export function mayCiteLaws(text: string, laws: readonly Law[]): boolean {
  if (MAYBE_CITATION.test(text)) return true;
  return laws.some((l) => l.id !== 'eu-gdpr') && /(?:section|\bss?\.\s*\d|\bsch\b|schedule|annex|anhang)/i.test(text);
}

/** One law or several, as a list. */
export const lawList = (laws: Law | readonly Law[]): readonly Law[] => ('id' in laws ? [laws] : laws);

export interface CitationOptions {
  /** Offset of `text` in the document. */
  base?: number;
  /** The controller's country (`controller.country`). */
  country?: string;
}

/** Every citation in `text` of one of `laws` (the first is the notice's own), in the order they appear. */
export function findLawCitations(text: string, laws: readonly Law[], options: CitationOptions = {}): LawCitation[] {
  if (!laws.length) return [];
  // The EU GDPR alone reads every citation that names no other law, as it always did.
  if (laws.length === 1 && laws[0].id === 'eu-gdpr')
    return laws[0].text.findCitations(text, options.base ?? 0).map((c) => withLaw(c, laws[0]));
  const serves: LawId[] = laws.map((l) => l.id);
  const found: LawCitation[] = [];
  laws.forEach((law, index) => {
    const context: CitationContext = { bare: index === 0, serves, country: options.country };
    for (const c of law.text.findCitations(text, options.base ?? 0, context)) found.push(withLaw(c, law));
  });
  found.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  // Two laws never claim the same words; if they do (a name both accept), the first found wins.
  const kept: LawCitation[] = [];
  for (const c of found) {
    const last = kept[kept.length - 1];
    if (last && c.span.start < last.span.end) continue;
    kept.push(c);
  }
  return kept;
}

function withLaw(c: Citation, law: Law): LawCitation {
  return Object.assign(c, { law });
}
