// A law the notice serves (ARCHITECTURE.md, "The law seam"; docs/language.md): its territory and adequacy findings,
// the provisions the rules and the notice cite, the structure of its text with the citations it recognises, and what
// the exports need. Rules, the renderer, completion and hover ask the document's laws (core/analysis.ts) instead of
// importing one law's facts. Each law is a folder beside this file; adding one is described in ARCHITECTURE.md.
//
// Provisions are keyed by the EU GDPR's own numbering ("Art 13(1)(c)"), the lingua franca of the language's
// vocabulary and rules; each law says what that provision is called in its own text, or that it has none.

import type { Message } from '../languages/language';
import type { LawNotice } from './notice';

export type LawId = 'eu-gdpr' | 'uk-gdpr' | 'ch-fadp';

/** Every law id, in the order completion offers them. */
export const LAW_IDS: readonly LawId[] = ['eu-gdpr', 'uk-gdpr', 'ch-fadp'];

export const isLawId = (value: unknown): value is LawId => LAW_IDS.includes(value as LawId);

/** Offsets in a text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * One cited provision: an article (optionally a paragraph and a point of it) or a recital; under the UK law also a
 * section or schedule (paragraph) of the Data Protection Act 2018 and an annex.
 */
export interface Provision {
  kind: 'article' | 'recital' | 'section' | 'schedule' | 'annex';
  number: number;
  paragraph?: string;
  point?: string;
  /** Where it is written: the first provision of a citation starts at the article word. */
  span: Span;
  /** The end of a range ("22" in "Art 15–22") points back to where the range starts. */
  rangeFrom?: Provision;
  /**
   * The letters after an inserted provision's number ("A" in UK GDPR Art 22A or DPA 2018 s.164A, "a" in FADP
   * Art 44a); undefined for an original one. (docs/language.md, "Laws".)
   */
  suffix?: string;
  /**
   * The instrument cited when it is not the law's main text: `dpa-2018` (the UK Data Protection Act 2018, whose
   * provisions are sections), `dpo` (the Swiss Data Protection Ordinance). Undefined for the main text.
   */
  instrument?: string;
}

export interface Citation {
  /** From the article word to the last provision, including a naming suffix ("GDPR", "du RGPD"). */
  span: Span;
  provisions: Provision[];
}

/** A citation with the law it cites (laws/citations.ts tells the laws of one notice apart). */
export interface LawCitation extends Citation {
  law: Law;
}

/** What a law's citation recogniser needs to know about the notice it reads. */
export interface CitationContext {
  /** Read a citation that names no law ("Art 6(1)(f)") as this law's: true for the notice's first law only. */
  bare: boolean;
  /** The ids of every law the notice serves ("GDPR" means the EU GDPR only where the notice serves it). */
  serves: readonly LawId[];
  /** The controller's country (a Liechtenstein or Austrian notice's "DSG" is not the Swiss act). */
  country?: string;
}

/** One article of a law's text, with its headings in the notice languages (by tag). */
export interface LawArticle {
  number: number;
  /** The letters of an inserted article ("A" in Art 22A, "a" in Art 44a). */
  suffix?: string;
  title: Readonly<Record<string, string>>;
  /** One plain-English sentence written for this project (not the law's words). */
  summary: string;
  /** Paragraph number → its lettered points ("abcdef"; "" when it has none). No paragraphs: one unnumbered text. */
  paragraphs: Readonly<Record<string, string>>;
  /** Points whose names take more than one letter ("ea" in UK GDPR Art 6(1)), by paragraph. */
  extraPoints?: Readonly<Record<string, readonly string[]>>;
}

/** A law's supervisory authority, as its notice names it (docs/language.md, "Laws"). */
export interface LawAuthority {
  /** The official name in each notice language (a law with one language gives the same name in each). */
  name: Readonly<Record<string, string>>;
  /** Its abbreviation in each notice language ("FDPIC", "PFPDT", "EDÖB"; "ICO"). */
  short: Readonly<Record<string, string>>;
  /** Other names an author may give it ("Information Commissioner's Office", "IFPDT"). */
  aliases?: readonly string[];
  /** Postal address lines, without the country. */
  address: readonly string[];
  /** The country of the address (ISO code), named in the notice language. */
  country: string;
  phone?: string;
  url: string;
  /** Where people complain (or report) to it, by notice language where the pages differ. */
  complaintUrl: Readonly<Record<string, string>>;
  /** The provision that makes it the authority. */
  reference: string;
  /** Where the facts come from, and as of when. */
  source: string;
  asOf: string;
  /** `official`, or `secondary: <url>` for facts only a secondary source supports. */
  verified: string;
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
  /** The provision or entry that lists it (UK: DPA 2018 Sch 21 para 5(1)(e); CH: Annex 1 no. 7 DPO). */
  reference?: string;
  /** `official`, or `secondary: <url>` where only a secondary source supports it. */
  verified?: string;
  /** What of the entry was not checked against the official text, with the secondary source relied on and its date. */
  unverified?: string;
}

/**
 * The sentences of the rendered notice that belong to a law rather than to a language: where its protection ends,
 * how people complain, the ages of digital consent. The notice catalogues (languages/<tag>/notice.ts) hold the EU
 * GDPR's; another law gives its own, by notice language, in its folder (`Law.notice`), and the renderer uses them
 * instead. Values are HTML written by us.
 */
export interface LawNoticeText {
  /** "outside the European Economic Area (EEA)", as a sentence continues after a verb of transferring. */
  outside: string;
  /** The heading of the transfers section. */
  transfersHeading: string;
  /** The paragraph that opens the transfers section: on which grounds data may leave the territory. */
  transfersIntro: string;
  /** The paragraph on the right to complain to a supervisory authority, and where. */
  complaint: string;
  /** The ages of digital consent that may apply ("between 13 and 16 in the European Economic Area"). */
  digitalConsentAges: string;
}

export interface Law {
  readonly id: LawId;
  /** The law's short name in each notice language ("GDPR", "RGPD", "AVG", "DSGVO"), by language tag. */
  readonly shortName: Readonly<Record<string, string>>;
  /** The law inside a sentence of a message, said in the interface's language ("the EU GDPR", "le RGPD de l’UE"). */
  readonly inSentence: Message;
  /**
   * The law as it stands on a date (ISO `YYYY-MM-DD`: the notice's `effective` date, docs/language.md "Laws"):
   * the provisions in force that day, with their citations. Undefined for a law whose text the language models
   * as one version.
   */
  at?: (date: string | undefined) => Law;
  /** The date this law's text is read at (`at`), when it was bound to one. */
  readonly date?: string;
  /** The day the law, in the version the language models, applies from (the revised FADP: 1 September 2023). */
  readonly inForce?: string;
  /**
   * Rules whose findings are information only under this law (docs/rules/): the law does not require what they
   * check in the notice, but says where it matters (e.g. the FADP gives the retention period on access). A rule is
   * softened only when every law of the notice softens it.
   */
  readonly softerRules?: ReadonlySet<string>;
  /**
   * Rules whose requirement this law does not have at all (docs/rules/): the GDPR's or the ePrivacy Directive's own
   * tests (consent to cookies, Art 4(11) consent, the EDPB's recommendations). They are silent under it, and where the
   * notice serves other laws too they cite only those.
   */
  readonly silentRules?: ReadonlySet<string>;
  /** The authority this law names, when it has one for every controller (the ICO, the FDPIC). */
  readonly authority?: LawAuthority;
  /** The territory the law protects; a destination outside it is a transfer. */
  readonly territory: {
    /** Inside a sentence of a message, said in the interface's language: "the EEA", "de EER". */
    readonly name: Message;
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
  describeTransferStatus: (country: string) => Message;
  /**
   * The law's own citation of GDPR provisions ("Art 13(1)(c), 6(1)"), as messages, hover and the rule reference
   * show it; undefined when the law has no counterpart for one of them, so that a rule serving them is silent
   * under it.
   */
  cite: (gdprProvisions: string) => string | undefined;
  /** The same citation with each instrument named ("Art 13(1)(c) UK GDPR"), for messages that cite several laws. */
  citeNamed?: (gdprProvisions: string) => string | undefined;
  /**
   * Why a transfer mechanism cannot be relied on under this law (to `country`, when known), or undefined when it
   * can (rule `invalid-mechanism`).
   */
  mechanismProblem?: (mechanism: string, country?: string) => Message | undefined;
  /** The law's own provision for a mechanism (`scc` → "Art 16(2)(d) FADP"), when it differs from the GDPR's. */
  mechanismProvision?: (mechanism: string) => string | undefined;
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
  readonly rightLimits?: {
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
    /**
     * Every citation of this law in `text`; spans are offsets in `text` plus `base`. Without `context` a citation
     * that names no law is read as this law's (the notice serves this law alone).
     */
    findCitations: (text: string, base?: number, context?: CitationContext) => Citation[];
    /** Why a cited provision does not exist, or undefined when it does. */
    provisionProblem: (p: Provision) => Message | undefined;
    /** Why a range is backwards ("Art 22–15"), or undefined. */
    rangeProblem: (end: Provision) => Message | undefined;
    /** The project's own citation style: "Art 6(1)(f)". */
    formatProvision: (p: Pick<Provision, 'kind' | 'number' | 'paragraph' | 'point'>) => string;
    /** The existing provision the author most likely meant, when one is clear. */
    nearestProvision: (p: Provision) => Pick<Provision, 'kind' | 'number' | 'paragraph' | 'point'> | undefined;
    /** The official text online in a notice language, at an article or a recital. */
    link: (language: string, target?: { article: number } | { recital: number }) => string;
    /**
     * Where a cited provision is online in a notice language (instruments, sections and inserted articles
     * included); undefined when it does not exist. Laws with one text may leave it to `link` and `article`.
     */
    provisionLink?: (
      p: Pick<Provision, 'kind' | 'number' | 'suffix' | 'instrument'>,
      language: string,
    ) => string | undefined;
    /** A cited provision's official heading in a notice language, when it has one. */
    provisionTitle?: (
      p: Pick<Provision, 'kind' | 'number' | 'suffix' | 'instrument'>,
      language: string,
    ) => string | undefined;
    /** A provision with its instrument named, as hover and messages show it ("Art 22A UK GDPR", "DPA 2018 s.165"). */
    named?: (p: Pick<Provision, 'kind' | 'number' | 'suffix' | 'paragraph' | 'point' | 'instrument'>) => string;
    /** What the provision's instrument is called in messages: "the GDPR", "the Data Protection Act 2018". */
    instrumentName?: (p: Pick<Provision, 'instrument'>) => string;
    /** The site the links open, for link titles ("EUR-Lex", "legislation.gov.uk", "Fedlex"). */
    readonly site?: string;
    /** Set for a law whose text in a notice language is a translation without legal force (the FADP in English). */
    readonly unofficial?: (language: string) => boolean;
  };
  /**
   * The W3C Data Privacy Vocabulary's namespace for this law's concepts, and its prefix in JSON-LD; `law` is the IRI
   * of the law itself where DPV has one, `note` says what DPV lacks (the exports say it).
   */
  readonly dpv: { readonly prefix: string; readonly namespace: string; readonly law?: string; readonly note?: string };
  /** The law's sentences in the notice, in a notice language (laws/notice.ts); undefined for the EU GDPR, whose are the catalogue's. */
  sentences?: (language: string) => LawNotice;
  /** The law's own sentences in the EU-style sections, by notice language, where they differ from the catalogues'. */
  readonly notice?: Readonly<Record<string, Partial<LawNoticeText>>>;
}
