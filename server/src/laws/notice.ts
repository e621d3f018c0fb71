// What a law says in the notice in its own words (docs/language.md, "Laws"), for each notice language: the section
// "Additional information for people in …" that a further law adds, and, when the law is the notice's own, the
// sentences that replace the GDPR's (complaints, transfers, response time, automated decisions, rights). A law's
// sentences live in its folder (laws/<id>/notice.ts); the renderer (render/sections/laws.ts) gathers the facts from
// the policy, escapes every author string in them, and lays the blocks out.

/** A block of the law's section: an optional heading, paragraphs and a list. Strings are HTML written by us. */
export interface LawBlock {
  heading?: string;
  paragraphs: string[];
  items?: string[];
  /** A class for the block's wrapper (styles, tests). */
  className?: string;
}

/** The ground one transfer rests on under the law: words already in the notice's language, escaped. */
export interface LawTransferGround {
  kind: 'adequacy' | 'safeguard' | 'derogation' | 'unknown';
  /** The mechanism's id (`adequacy`, `uk-idta`, `swiss-us-dpf`…), or what the author wrote. */
  mechanism: string;
  /** The mechanism's name in the notice language. */
  label: string;
  /** The law's own provision for it ("Art 46(2)(d) UK GDPR", "Art 16(2)(d) FADP"), when known. */
  provision?: string;
  /**
   * Why the ground cannot carry the transfer under the law: `mechanism`, a mechanism the law does not accept (rule
   * invalid-mechanism); `unlisted`, adequacy for a destination the law's list does not hold (rule invalid-adequacy).
   * The notice then names the author's mechanism with a marker, never the adequacy or approval it would state.
   */
  invalid?: 'mechanism' | 'unlisted';
  /** The missing-information markers of this ground (HTML), shown right after it. */
  marker?: string;
}

export interface LawTransferLine {
  /** The destinations, already named and joined in the notice language (HTML); empty when the notice names none. */
  destinations: string;
  /** Missing-information markers of the transfer (HTML), shown after its line. */
  marker: string;
  /** The transfer's recipients and the author's note (HTML), shown after its line. */
  details: string;
  /** Alternatives: the transfer rests on one of them. */
  grounds: LawTransferGround[];
  /** Where to get a copy of the safeguard (HTML), when the notice says. */
  copy?: string;
  /** The transfer may happen (`possible: true`). */
  possible: boolean;
}

/**
 * The marker of rule invalid-mechanism, the same under every law (the problem says which law, or that the notice
 * does not serve the law a mechanism was given for).
 */
export const INVALID_MECHANISM: Readonly<Record<'en' | 'fr' | 'nl' | 'de', string>> = {
  en: 'Transfer ground accepted under this notice’s laws not stated',
  fr: 'Fondement du transfert admis par les lois de la présente déclaration non précisé',
  nl: 'Doorgiftegrond die de wetten van deze verklaring aanvaarden niet vermeld',
  de: 'Von den Gesetzen dieser Erklärung anerkannte Grundlage der Übermittlung nicht angegeben',
};

/** A sentence's end: a full stop unless the text (before any closing tags) already ends in one. */
export function endSentence(html: string): string {
  return /[.!?…](?:<\/[a-z]+>|\s)*$/i.test(html) ? html : `${html}.`;
}

/** One transfer as a list item: its line, markers, where to get a copy, then its recipients and note. */
export function transferItem(t: LawTransferLine, line: string, copy: (copy: string) => string): string {
  return `${line}${t.marker}${t.copy ? `. ${copy(t.copy)}` : ''}${t.details}`;
}

/** What the renderer found in the policy for one law; every string is HTML with author text escaped. */
export interface LawFacts {
  /** The day the notice's text of the law is read at (ISO). */
  date: string;
  /** The authority's name, and its contact details as a block. */
  authority: { name: string; details: string };
  /** How to complain to us (UK: DPA 2018 s.164A), when the notice says. */
  complaintRoutes?: string;
  /** A missing-information marker to show where a required statement is missing. */
  marker?: string;
  /** The representative under this law, when the notice names one. */
  representative?: { name: string; details: string };
  /** The transfers that leave the law's territory. */
  transfers: LawTransferLine[];
  /** The notice declares solely automated decisions. */
  automatedDecisions: boolean;
  /** A purpose rests on recognised legitimate interests (UK). */
  recognisedInterests: boolean;
  /** Where requests go (HTML), when the notice says. */
  contact?: string;
  /** The author's notes for this law (`laws.<id>.notes`, rendered markdown). */
  notes: string;
  /** A GDPR provision ("Art 77(1)") as the notice language cites the EU GDPR, with the Regulation named. */
  gdprCite: (article: string) => string;
  /** Each purpose with its legal bases under the GDPR (HTML: "Title: Contract (Art 6(1)(b) GDPR)"). */
  bases: string[];
  /** A purpose is direct marketing. */
  directMarketing: boolean;
}

/** Sentences that replace the catalogue's on automated decisions, where the law's differ (Art 22A–22C UK GDPR, Art 21 FADP). */
export interface LawAutomatedText {
  none: string;
  intro: string;
  safeguards: string;
  lawSafeguards: string;
  /**
   * One decision as the law has it, from its `ground` (a decision_ground id, or undefined) and whether its purpose
   * uses special categories of data: `citation` is the provision the ground rests on under the law, or null where the
   * law asks for no ground and the notice shows none (the UK GDPR outside Art 22B, the FADP); `safeguards` the
   * sentence that follows. Without it, the catalogue's Art 22(2) ground and Art 22(3) safeguards.
   */
  decision?: (ground: string | undefined, special: boolean) => { citation: string | null; safeguards: string };
}

export interface LawNotice {
  /** The sentences serve only the law's section as a further law (the EU GDPR: as the notice's own, the catalogue's). */
  furtherOnly?: boolean;
  /** "Additional information for people in the United Kingdom". */
  heading: string;
  /** The first paragraph of that section. */
  intro: string;
  /** The territory in running text ("the United Kingdom", "Switzerland"). */
  territory: string;
  /** The heading of the notice's transfers section when this law is its own. */
  transfersHeading: string;
  /** "outside the United Kingdom", as a sentence continues after a verb of transferring (the notice's promises). */
  outside?: string;
  /** The first paragraph of the notice's transfers section when this law is its own. */
  transfersIntro: string;
  /** The heading and sentence on the representative under this law. */
  representativeHeading: string;
  representative: (name: string) => string;
  /** How to complain (UK) or report (CH): replaces the notice's complaints section when the law is its own. */
  complaints: (facts: LawFacts) => LawBlock;
  /** The heading the complaints section takes when the law is the notice's own. */
  complaintsHeading: string;
  /** The transfers that leave the territory, by their grounds under the law. */
  transfers: (facts: LawFacts) => LawBlock | undefined;
  /** What differs about rights (UK: the time limit; CH: the FADP's rights). */
  rights: (facts: LawFacts) => LawBlock[];
  /** When the law is the notice's own: its rights replace the GDPR's list (CH), or only its response time differs. */
  ownRights: boolean;
  /** The response-time sentence that replaces the GDPR's (Art 12A UK GDPR; 30 days under the FADP). */
  responseTime?: (facts: LawFacts) => string;
  /** Sentences on automated decisions, where they differ from the GDPR's. */
  automated?: (date: string) => LawAutomatedText | undefined;
  /** Heading of the author's notes for this law. */
  notesHeading: string;
  /** The mechanism's ground in a sentence ("approved by regulations under Art 45A UK GDPR"). */
  ground: (ground: LawTransferGround, date: string) => string;
  /** One way to complain to us (UK, s.164A): "by e-mail to x", "using our complaint form at y". */
  complaintRoute?: (kind: 'url' | 'email' | 'phone' | 'post', value: string) => string;
  /** Missing-information markers of the law's own rules, by rule id. */
  missingLabels: Readonly<Record<string, string>>;
  /** The marker of adequacy for a destination the law's list does not hold, on the law's date (rule invalid-adequacy). */
  unlistedLabel: (date: string) => string;
  /** The law's citation ("Art 19(2)(b) FADP", as `Law.cite` gives it) in the notice language's style. */
  localCitation: (cited: string) => string;
  /**
   * Sentences of the notice that cite the GDPR and read otherwise when this law is the notice's own, on the law's
   * date and with the ids of every law the notice serves.
   */
  overrides?: (date: string, serves: readonly string[]) => LawOverrides;
  /** The law's own words for vocabulary terms where its test differs from the GDPR's (Art 17 FADP), by id. */
  mechanismLabels?: Readonly<Record<string, string>>;
}

/** Replacements for catalogue sentences when the law is the notice's own (each optional). */
export interface LawOverrides {
  purposesHeading?: string;
  purposesIntro?: string;
  special?: (label: string) => string;
  criminal?: string;
  profiling?: string;
  research?: string;
  children?: string;
  parentalConsent?: string;
  securityIntro?: string;
  /** The rights' explanations that differ, by right id (UK: Arts 22A–22C, the complaints of ss.164A and 165). */
  rights?: Readonly<Record<string, string>>;
  /** The data protection officer's heading and sentences (CH: the data protection advisor of Art 10 FADP). */
  dpoHeading?: string;
  dpoUnnamed?: string;
  dpoNone?: string;
  /**
   * The law's own terms, applied to the catalogue's sentences when the law is the notice's own (CH: "Personendaten",
   * "bearbeiten", "données personnelles"); never to the sections of further laws, which speak their own law's terms.
   */
  terminology?: (html: string) => string;
  /** The law's own spelling, applied to every generated sentence of the notice (CH German: "ss", never "ß"). */
  spelling?: (html: string) => string;
}
