// Citations of the UK GDPR and the Data Protection Act 2018 in free text (docs/language.md, "Laws"): "Art 6(1)(ea)
// UK GDPR", "Article 13 of the UK GDPR", "section 164A DPA 2018", "s. 165 Data Protection Act 2018", "DPA 2018
// s.165", "Sch 2 para 26 DPA 2018", "Annex 1 UK GDPR". "GDPR" alone is the UK GDPR only in a notice that does not
// also serve the EU GDPR (UK notices commonly call it so); a section of an unnamed Act is never read as the DPA's.
import { CitationScanner } from '../citationScanner';
import type { Citation, CitationContext } from '../law';

const scanner = new CitationScanner({
  instruments: [
    {
      id: undefined,
      names: [
        'uk gdpr',
        'uk-gdpr',
        'ukgdpr',
        'united kingdom general data protection regulation',
        'uk general data protection regulation',
      ],
      heads: ['article', 'annex'],
    },
    {
      id: 'dpa-2018',
      names: ['dpa 2018', 'data protection act 2018', 'dpa2018', 'dpa'],
      heads: ['section', 'schedule'],
    },
  ],
  conditionalNames: ['gdpr', 'general data protection regulation', 'the gdpr'],
  conditional: (_name, context: CitationContext) => (context.serves.includes('eu-gdpr') ? undefined : null),
  suffix: 'upper',
  heads: ['article', 'section', 'schedule', 'annex'],
});

/** Every citation of the UK GDPR or the DPA 2018 in `text`. */
export function findUkCitations(text: string, base = 0, context?: CitationContext): Citation[] {
  return scanner.find(text, base, context ?? { bare: true, serves: ['uk-gdpr'] });
}
