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
 * v1.1's rights that `exclude` could never remove (read by the renderer until it renders v1.3 restrictions). Since
 * v1.3 no right is removed from the notice: see RIGHT_LIMITS.
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

/**
 * What may limit each right under the GDPR (docs/language.md, "rights"). Art 23(1) lets Union or Member State law
 * restrict the obligations and rights of Art 12–22 and 34 (and Art 5 as far as it corresponds to them); Union or
 * Member State law may derogate under Art 85(2) (journalistic, academic, artistic, literary purposes) and Art 89(2)–(3)
 * (research, statistics, archiving); Art 11(2) disapplies Art 15–20 itself where the controller cannot identify the
 * person. None reaches the right to lodge a complaint (Art 77, Chapter VIII). The withdrawal of consent (Art 7(3),
 * Chapter II) lies outside Art 23, and only a derogation under Art 85(2), which can reach Chapter II, can affect it.
 */
export const RIGHT_LIMITS = {
  unrestrictable: new Set(['complaint']),
  onlyBy: new Map([['withdraw-consent', [{ article: 85, paragraph: '2' }, { article: 85 }]]]),
  internal: new Map([
    ['access', [{ article: 15, paragraph: '4' }]],
    ['erasure', [{ article: 17, paragraph: '3' }]],
    ['restriction', [{ article: 18, paragraph: '2' }]],
    [
      'portability',
      [
        { article: 20, paragraph: '1' },
        { article: 20, paragraph: '3' },
        { article: 20, paragraph: '4' },
      ],
    ],
    [
      'objection',
      [
        { article: 21, paragraph: '1' },
        { article: 21, paragraph: '6' },
      ],
    ],
  ]),
};
