// A notice language (docs/language.md, "Output language"): everything the product knows about one language, in one
// descriptor. The words here are read in every notice whatever its language (notices are often written in one
// language and generated in another); the generated text of the notice is the language's `notice.ts` beside it.
// Adding a language is a folder like en/ and a line in index.ts (ARCHITECTURE.md, "Adding a notice language").

/** The units a duration can be written in (docs/language.md, "Retention"). */
export type DurationUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/**
 * What a quick fix's placeholder asks for (core/placeholders.ts): where only the author knows the value, a fix writes
 * `<…>` naming it in the notice's language, and rule `unfilled-placeholder` reports it until it is replaced.
 */
export type PlaceholderId =
  | 'period'
  | 'from'
  | 'until'
  | 'interest'
  | 'law'
  | 'restriction-law'
  | 'consequence'
  | 'source'
  | 'copy'
  | 'compelling-interest'
  | 'parental-consent'
  | 'essence'
  | 'when'
  | 'email'
  | 'url'
  | 'name'
  | 'label'
  | 'title'
  | 'address'
  | 'authority-name'
  | 'representative-name'
  | 'country'
  | 'category'
  | 'date'
  | 'basis'
  | 'right'
  | 'channel'
  | 'kind'
  | 'cookie-settings'
  | 'text';

export interface NoticeLanguage {
  /** BCP 47 primary language subtag, as `policy.language` and `--language` take it. */
  tag: string;
  /** The language's name in itself, for the preview's language switch. */
  name: string;
  /** The language's name in English, for completion and hover. */
  englishName: string;
  /** What choosing it means, for completion and hover. */
  meaning: string;
  /** "Recital" in this language, before a number (a citation link's title). */
  recitalWord: string;
  /** The locale of dates, numbers and lists in the notice. */
  locale: string;
  /** Country names in this language (an i18n-iso-countries locale), and which of its names a notice uses. */
  countryNames: {
    data: { locale: string; countries: Record<string, string | string[]> };
    select: 'official' | 'alias';
  };
  /** Words a duration's unit may be written with, lower-case, singular and plural (and other cases in use). */
  durationUnits: Record<DurationUnit, readonly string[]>;
  /**
   * Retention wording that gives no period and no concrete event (rule `vague-retention`): regular-expression
   * sources, matched case-insensitively between word boundaries.
   */
  vagueRetention: readonly string[];
  /** Words that hedge what the notice says (rule `hedge-words`). */
  hedgeWords: readonly string[];
  /**
   * Where a hedge word is not a hedge (rule `hedge-words`): a permission or right given to the reader ("you may
   * object"), a condition ("you may only register if"), a quantifier that limits scope ("for some roles").
   * Regular-expression sources in which `HEDGE` stands for the word found, matched case-sensitively on the text
   * around it (German "Sie", the reader, is not "sie", they).
   */
  notHedges: readonly string[];
  /**
   * Wording that takes consent from silence or use (rule `implied-consent`): "by continuing to browse you accept",
   * "by providing your data you consent". Regular-expression sources, matched case-insensitively.
   */
  impliedConsent: readonly string[];
  /**
   * Wording that puts conditions on the exercise of rights beyond what the law lets a controller ask (rule
   * `conditions-on-rights`): reasons for a request, the controller deciding whether a request is "justified".
   */
  conditionsOnRights: readonly string[];
  /** What each quick-fix placeholder asks for, in this language: short, without `,` `:` `#` `<` `>` (YAML-safe). */
  placeholders: Readonly<Record<PlaceholderId, string>>;
  /** How lawyers writing in this language cite provisions of a law (the citation recogniser reads them). */
  citationWords: CitationWords;
}

/** The words of citations ("Art. 6 Abs. 1 lit. f DSGVO"); every list is lower-case. */
export interface CitationWords {
  /** The article word and its abbreviations, as regular-expression sources (`art`, `articles?`). */
  article: readonly string[];
  /** The recital word, as regular-expression sources. */
  recital: readonly string[];
  paragraph: readonly string[];
  subparagraph: readonly string[];
  point: readonly string[];
  /** "and", "or" between provisions. */
  list: readonly string[];
  /** "to" in a range ("Art 15 to 22"). */
  range: readonly string[];
  /** "et seq." after a provision. */
  sequel: readonly string[];
  /** "of" before a law's name ("Article 6 of the …"). */
  of: readonly string[];
  determiners: readonly string[];
  /** Words right after a citation that name another instrument ("Directive", "Charter"). */
  otherLaw: readonly string[];
  /** Words in the clause before a citation that name another instrument ("Civil Code, Book 2, article 10"). */
  leadLaw: readonly string[];
  /** Capitalised abbreviations that are not laws ("EU", "DPO"). */
  notLaws: readonly string[];
  /** Nouns after a number that make it a quantity, not an article ("Art 6 and 10 days"), besides duration units. */
  quantities: readonly string[];
}

/** The interface's messages in one language: each English message of the code → its translation (interface.ts). */
export type InterfaceCatalogue = Readonly<Record<string, string>>;

/**
 * The interface language's words as the lower floors take them (the laws' descriptions of a destination): an English
 * message in the interface language with `{0}`, `{1}`… filled, GDPR provisions cited in its style, a country's name.
 * The service passes the whole `InterfaceText` (interface.ts), which is one.
 */
export interface InterfaceWords {
  readonly language: string;
  readonly t: (english: string, ...args: readonly (string | number)[]) => string;
  /** A message made earlier (`message(…)`), or text as it is. */
  say(said: Message | string): string;
  cite(provisions: string): string;
  country(code: string): string;
}

/** An argument of a message: text as written (an id, a value), a number, or a message of its own (a place). */
export type MessageArg = string | number | Message | undefined;

/**
 * A message said later in the interface's language: its English text with `{0}`, `{1}`… and the arguments. Made
 * where the interface language is not known (the schema walk, the laws' text), said by `InterfaceWords.say`.
 */
export interface Message {
  readonly text: string;
  readonly args: readonly MessageArg[];
  /** Said after a colon inside a sentence: its first letter in lower case (not in German, whose nouns keep theirs). */
  readonly inSentence?: boolean;
}

/** A message to say later; the English `text` is what the catalogues translate (languages/interface.ts). */
export function message(text: string, ...args: MessageArg[]): Message {
  return { text, args };
}

/** A message that continues a sentence ("…is missing: date from which the notice applies"). */
export function inSentence(said: Message): Message {
  return { ...said, inSentence: true };
}
