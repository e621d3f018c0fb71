// A law the notice serves (ARCHITECTURE.md, "The law seam"; docs/language.md): its territory and adequacy findings,
// the provisions the rules and the notice cite, the structure of its text with the citations it recognises, and what
// the exports need. Rules, the renderer, completion and hover ask the document's laws (core/analysis.ts) instead of
// importing one law's facts. Each law is a folder beside this file; adding one is described in ARCHITECTURE.md.
//
// Provisions are keyed by the EU GDPR's own numbering ("Art 13(1)(c)"), the lingua franca of the language's
// vocabulary and rules; each law says what that provision is called in its own text, or that it has none.

export type LawId = 'eu-gdpr';

/** Offsets in a text. */
export interface Span {
  start: number;
  end: number;
}

/** One cited provision: an article (optionally a paragraph and a point of it) or a recital. */
export interface Provision {
  kind: 'article' | 'recital';
  number: number;
  paragraph?: string;
  point?: string;
  /** Where it is written: the first provision of a citation starts at the article word. */
  span: Span;
  /** The end of a range ("22" in "Art 15–22") points back to where the range starts. */
  rangeFrom?: Provision;
}

export interface Citation {
  /** From the article word to the last provision, including a naming suffix ("GDPR", "du RGPD"). */
  span: Span;
  provisions: Provision[];
}

/** One article of a law's text, with its headings in the notice languages (by tag). */
export interface LawArticle {
  number: number;
  title: Readonly<Record<string, string>>;
  /** One plain-English sentence written for this project (not the law's words). */
  summary: string;
  /** Paragraph number → its lettered points ("abcdef"; "" when it has none). No paragraphs: one unnumbered text. */
  paragraphs: Readonly<Record<string, string>>;
}

/** Where a destination stands under a law: inside its territory, adequate, adequate for certified recipients only, or not. */
export type TransferStatus = 'eea' | 'adequacy' | 'dpf' | 'third-country';

/** One adequacy finding: a country (or international organisation) whose protection the law deems adequate. */
export interface AdequacyFinding {
  /** ISO 3166-1 alpha-2 code, or undefined for an international organisation. */
  country?: string;
  /** The international organisation's name, as `organisations` would write it. */
  organisation?: string;
  /** Name in English, as messages and hover show it. */
  name: string;
  /** The act: number and date. */
  decision: string;
  /** Where the act is published (its Official Journal reference). */
  oj?: string;
  /** The provision the act was adopted under, when not the law's own (a decision kept in force by a transitional rule). */
  legalBasis?: string;
  /** A limit of scope: only the transfers it covers. */
  scope?: string;
  /** ISO date after which it no longer applies, when it has one. */
  expires?: string;
  /** Later acts that changed the entry (renewals, extensions). */
  amended?: string;
  /** What of the entry was not checked against the official text, with the secondary source relied on and its date. */
  unverified?: string;
}

export interface Law {
  readonly id: LawId;
  /** The law's short name in each notice language ("GDPR", "RGPD", "AVG", "DSGVO"), by language tag. */
  readonly shortName: Readonly<Record<string, string>>;
  /** The territory the law protects; a destination outside it is a transfer. */
  readonly territory: {
    /** In English, for messages: "the EEA". */
    readonly name: string;
    contains: (country: string) => boolean;
  };
  /** Adequacy findings, with the date the list was last checked. */
  readonly adequacy: {
    readonly asOf: string;
    readonly findings: readonly AdequacyFinding[];
    /** A finding that covers the country as a whole (not one for certified recipients only). */
    forCountry: (country: string) => AdequacyFinding | undefined;
    forOrganisation: (name: string) => AdequacyFinding | undefined;
    /** A finding for certified recipients only (the EU–US Data Privacy Framework): its country and mechanism. */
    readonly certified?: { readonly country: string; readonly mechanism: string; readonly finding: AdequacyFinding };
  };
  transferStatus: (country: string) => TransferStatus;
  /** One paragraph for hover on a country code: what a transfer there needs under this law. */
  describeTransferStatus: (country: string) => string;
  /**
   * The law's own citation of GDPR provisions ("Art 13(1)(c), 6(1)"), as messages, hover and the rule reference
   * show it; undefined when the law has no counterpart, so that a rule serving only those provisions is silent.
   */
  cite: (gdprProvisions: string) => string | undefined;
  /** Mechanisms whose safeguard the notice must say how to obtain a copy of. */
  readonly mechanismsNeedingCopy: ReadonlySet<string>;
  /** Grounds of an automated decision that oblige the controller to offer human intervention and a challenge. */
  readonly decisionGroundsWithSafeguards: ReadonlySet<string>;
  /**
   * v1.1, read by the renderer until it renders restrictions under their rights: rights that no `exclude` removed
   * from the notice. Since v1.3 no right is ever removed; `rightLimits` says what a law may restrict.
   */
  readonly rightsNeverExcluded: ReadonlySet<string>;
  /** What may limit each right under this law (docs/language.md, "rights"; rules on `rights.restrictions`). */
  readonly rightLimits: {
    /** Rights no law can restrict (EU: the complaint to a supervisory authority, Art 77). */
    readonly unrestrictable: ReadonlySet<string>;
    /**
     * Rights that only a derogation of a named kind can affect, with the provisions whose citation in `law` shows one
     * (EU: the withdrawal of consent, Art 7(3), only by a derogation under Art 85(2)).
     */
    readonly onlyBy: ReadonlyMap<string, readonly { article: number; paragraph?: string }[]>;
    /**
     * The conditions the law writes into each right itself, which are part of the right, not restrictions of it
     * (EU: Art 15(4), 17(3), 18(2), 20(1), 20(3)–(4), 21(1), 21(6)).
     */
    readonly internal: ReadonlyMap<string, readonly { article: number; paragraph: string }[]>;
  };
  /** The age of digital consent (below it a parent gives or authorises a child's consent), with its as-of date. */
  readonly digitalConsent: {
    readonly asOf: string;
    /** The law's own age, where no country sets another. */
    readonly defaultAge: number;
    /** The age a country sets; undefined for a country the table does not know. */
    age: (country: string | undefined) => number | undefined;
  };
  /** The law's text: its articles, the citations of it in free text, and where to read it. */
  readonly text: {
    /** The law's articles, in order. */
    articles: () => readonly LawArticle[];
    /** How many recitals it has (0 for a law without). */
    readonly recitals: number;
    article: (number: number) => LawArticle | undefined;
    /** Every citation of this law in `text`; spans are offsets in `text` plus `base`. */
    findCitations: (text: string, base?: number) => Citation[];
    /** Why a cited provision does not exist, or undefined when it does. */
    provisionProblem: (p: Provision) => string | undefined;
    /** Why a range is backwards ("Art 22–15"), or undefined. */
    rangeProblem: (end: Provision) => string | undefined;
    /** The project's own citation style: "Art 6(1)(f)". */
    formatProvision: (p: Pick<Provision, 'kind' | 'number' | 'paragraph' | 'point'>) => string;
    /** The existing provision the author most likely meant, when one is clear. */
    nearestProvision: (p: Provision) => Pick<Provision, 'kind' | 'number' | 'paragraph' | 'point'> | undefined;
    /** The official text online in a notice language, at an article or a recital. */
    link: (language: string, target?: { article: number } | { recital: number }) => string;
  };
  /** The W3C Data Privacy Vocabulary's namespace for this law's concepts, and its prefix in JSON-LD. */
  readonly dpv: { readonly prefix: string; readonly namespace: string };
}
