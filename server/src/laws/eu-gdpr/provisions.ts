// What the EU GDPR says about the language's vocabulary values, beyond the provision each rests on (which
// vocabulary/terms.ts keeps as the GDPR's article, the key every law maps from).

/**
 * Mechanisms for which Art 13(1)(f) expects the notice to say how to obtain a copy of the safeguards or where they are
 * made available: "transfers referred to in Article 46 or 47, or the second subparagraph of Article 49(1)"
 * (docs/language.md, "mechanism") — not adequacy, nor the derogations of the first subparagraph of Art 49(1).
 */
export const MECHANISMS_NEEDING_COPY: ReadonlySet<string> = new Set([
  'scc',
  'bcr',
  'legally-binding-instrument',
  'code-of-conduct',
  'certification',
  'ad-hoc-clauses',
  'derogation-compelling-interests',
]);

/**
 * Rights a notice can never leave out (docs/language.md, "Which rights apply", rule `non-excludable-right`): access, rectification, restriction
 * and the complaint (Art 13(2)(b), (d)), and withdrawal of consent (Art 7(3), 13(2)(c)). Art 23 lets a law restrict
 * how a right is exercised in a given case, never the duty to inform people that they have it.
 */
export const NON_EXCLUDABLE_RIGHTS: ReadonlySet<string> = new Set([
  'access',
  'rectification',
  'restriction',
  'complaint',
  'withdraw-consent',
]);

/** Grounds for which Art 22(3) obliges the controller to offer human intervention, a hearing and a challenge. */
export const GROUNDS_WITH_SAFEGUARDS: ReadonlySet<string> = new Set(['contract', 'explicit-consent']);
