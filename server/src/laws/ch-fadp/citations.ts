// Citations of the Swiss Federal Act on Data Protection and its Ordinance in free text (docs/language.md, "Laws"):
// "Art. 19 Abs. 4 DSG", "art. 19, al. 2, let. a, LPD", "Art 19(4) FADP", "Article 19 nFADP", "Art. 44a revDSG",
// "Art. 24 Abs. 5bis DSG", "Art. 17 Abs. 1 Bst. b Ziff. 2 DSG", "Art. 18 DSV", "art. 19 OPDo", "Art 18(1) DPO".
// "DSG" and "Datenschutzgesetz" are the Swiss act only in a notice that is not Liechtenstein's or Austria's (their
// acts share the name); the old act of 1992 ("aDSG") is not the revised one.
import { CitationScanner } from '../citationScanner';
import type { Citation, CitationContext } from '../law';

const scanner = new CitationScanner({
  instruments: [
    {
      id: undefined,
      names: [
        'fadp',
        'nfadp',
        'revfadp',
        'swiss fadp',
        'ndsg',
        'revdsg',
        'e-dsg',
        'lpd',
        'nlpd',
        'revlpd',
        'federal act on data protection',
        'swiss federal act on data protection',
        'bundesgesetz über den datenschutz',
        'bundesgesetzes über den datenschutz',
        'loi fédérale sur la protection des données',
        'swiss data protection act',
      ],
      heads: ['article'],
    },
    {
      id: 'dpo',
      names: [
        'dpo',
        'dsv',
        'opdo',
        'opda',
        'ndsv',
        'datenschutzverordnung',
        'verordnung über den datenschutz',
        'ordinance on data protection',
        'data protection ordinance',
        'ordonnance sur la protection des données',
      ],
      heads: ['article', 'annex'],
    },
  ],
  conditionalNames: ['dsg', 'datenschutzgesetz', 'datenschutzgesetzes', 'data protection act'],
  conditional: (_name, context: CitationContext) =>
    context.country === 'LI' || context.country === 'AT' ? undefined : null,
  suffix: 'lower',
  heads: ['article', 'annex'],
});

/** Every citation of the FADP or the DPO in `text`. */
export function findChCitations(text: string, base = 0, context?: CitationContext): Citation[] {
  const found = scanner.find(text, base, context ?? { bare: true, serves: ['ch-fadp'] });
  // "Data Protection Act 2018" is the UK's: the Swiss act has no year in its name.
  return found.filter((c) => !/^\s*2018|^\s*1998/.test(text.slice(c.span.end - base, c.span.end - base + 6)));
}
