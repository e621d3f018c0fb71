// Citing the provisions a rule or a term serves under each law of the notice (docs/language.md, "Laws"): the language
// is keyed by the GDPR's numbering, each law says what that provision is in its own text (`Law.cite`), and a message
// about a notice that serves several laws cites each one once ("Art 13(1)(c) GDPR and UK GDPR").
import type { Law } from '../laws';

/** The laws of the notice under which some provision of the list has a counterpart for all of them. */
export function lawsServing(provisions: string, laws: readonly Law[]): Law[] {
  if (!provisions) return [...laws];
  return laws.filter((law) => law.cite(provisions) !== undefined);
}

/** One law's citation with its instruments named ("Art 13(1)(c) UK GDPR", "Art 19(2)(b) FADP"). */
export function namedCitation(provisions: string, law: Law): string | undefined {
  if (law.citeNamed) return law.citeNamed(provisions);
  const cited = law.cite(provisions);
  return cited === undefined ? undefined : `${cited} ${law.shortName.en}`;
}

/**
 * The provisions cited under each law that has them: for a notice of the EU GDPR alone, the GDPR's numbering as
 * written; for one other law, that law's own citation with its name; for several, each once, and where two laws
 * number a provision alike it is said once for both ("Art 13(1)(c) GDPR and UK GDPR"). Empty when none has them.
 */
export function citeUnderLaws(provisions: string, laws: readonly Law[], named = laws.length > 1): string {
  const serving = lawsServing(provisions, laws);
  if (!serving.length) return '';
  if (serving.length === 1 && serving[0].id === 'eu-gdpr' && !named) return serving[0].cite(provisions)!;
  if (serving.length === 1) return namedCitation(provisions, serving[0])!;
  // Laws whose citation is the bare GDPR style ("Art 13(1)(c)", no instrument of its own) share one citation.
  const shared = new Map<string, string[]>();
  const own: string[] = [];
  for (const law of serving) {
    const cited = law.cite(provisions)!;
    const named = namedCitation(provisions, law)!;
    if (named === `${cited} ${law.shortName.en}` && !/;/.test(cited)) {
      const names = shared.get(cited);
      if (names) names.push(law.shortName.en);
      else shared.set(cited, [law.shortName.en]);
    } else own.push(named);
  }
  return [...[...shared].map(([cited, names]) => `${cited} ${names.join(' and ')}`), ...own].join('; ');
}

/** One GDPR provision as messages write it: "13(1)(c)", "46–47", "15(1)–(2)", "13(1)(c)/(e)". */
const GDPR_REF = String.raw`\d+(?:\(\d+[a-z]?\))?(?:\([a-z]+\))?(?:–(?:\(\d+[a-z]?\)|\d+(?:\(\d+[a-z]?\))?))?(?:\/\([a-z]\))?`;
/** A bare citation of GDPR provisions: no instrument before or after it ("ePrivacy Art 5(3)", "Art 19(4) FADP"). */
const BARE_GDPR = new RegExp(
  String.raw`(?<!(?:ePrivacy|GDPR|Recital|recital) )\bArt (${GDPR_REF}(?:(?:, | and | or )${GDPR_REF})*)(?![\w(–/])` +
    String.raw`(?!\s+(?:UK GDPR|GDPR|FADP|DPO|DPA|FMG|PECR|TDDDG|of the|ePrivacy|second|Civil))`,
  'g',
);

/**
 * A message that explains a finding in the GDPR's terms, for a notice that serves the Swiss FADP alone: its bare
 * citations name the GDPR ("Art 28 GDPR"), so that a Swiss reader does not take them for the FADP's articles of
 * the same number (Art 28 FADP is portability); the law's own provision follows in the message's brackets
 * (docs/language.md, "Laws").
 */
export function nameGdprCitations(message: string): string {
  return message.replace(BARE_GDPR, (_whole, refs: string) => `Art ${refs} GDPR`);
}
