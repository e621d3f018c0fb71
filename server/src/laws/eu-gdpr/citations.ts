// Recognises citations of the GDPR in free text (docs/language.md, "Citing the GDPR in your text"), in the forms lawyers write in English, French, Dutch
// and German: "Art 6(1)(f)", "Art. 6(1)(f) GDPR", "article 6.1.f) du RGPD", "article 6, paragraphe 1, point f)",
// "art. 6, lid 1, f) AVG", "Art. 6 Abs. 1 lit. f DSGVO", "Recital 47" / "considérant 47" / "overweging 47" /
// "Erwägungsgrund 47", ranges ("Art 15–22", "Art 21(2)–(3)") and lists ("Art 13 and 14", "Art 13(1)(c), 6(1)").
// A citation followed by the name of another law ("Art. 9 BayDSG", "Article 8 of the Charter") is not a GDPR
// citation and is left alone.
//
// Linear time on any input: one regular expression without nested quantifiers finds the article words, and a
// hand-written parser reads forward a bounded number of characters from each; scanning resumes after it.
import { ARTICLE_COUNT, gdprArticle, paragraphsOf, pointsOf, RECITAL_COUNT } from './articles';
import type { Citation, CitationContext, Provision } from '../law';
import { allLanguages, CITATION_KEYWORD_SOURCE } from '../../languages';

// The article and recital words of every notice language (languages/). The lookbehind keeps "start 6" or "Part 2" out.
const KEYWORD = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${CITATION_KEYWORD_SOURCE})(?![\\p{L}\\p{N}])\\.?`, 'giu');

const SPACE = /[ \t\u00a0\u202f\r\n]/;
/** A run of spaces may include one line break and its indentation (folded YAML), no more. */
const MAX_SPACE = 40;

const NAMES = new Set(['gdpr', 'rgpd', 'avg', 'dsgvo', 'ds-gvo', 'gdpr’s', "gdpr's", 'eu-dsgvo', 'eu-gdpr']);
/** Words that, after "of"/"du"/"van"/"der", still mean the GDPR ("Art 6 of the Regulation"). */
const REGULATION_WORDS = new Set([
  ...NAMES,
  'regulation',
  'règlement',
  'reglement',
  'verordening',
  'verordnung',
  'datenschutz-grundverordnung',
  'datenschutzgrundverordnung',
  'general',
  'algemene',
]);
const OF_WORDS = new Set(allLanguages((l) => l.citationWords.of));
const DETERMINERS = new Set(allLanguages((l) => l.citationWords.determiners));
/** Words right after a citation that name another instrument. */
const OTHER_LAW_WORDS = new Set(allLanguages((l) => l.citationWords.otherLaw));
/** Words in the clause before a citation that name another instrument ("Civil Code, Book 2, article 10"). */
const LEAD_LAW_WORDS = new Set([...OTHER_LAW_WORDS, ...allLanguages((l) => l.citationWords.leadLaw)]);
/** Capitalised abbreviations that are not laws. */
const NOT_LAWS = new Set(allLanguages((l) => l.citationWords.notLaws));
/** Nouns that make a number after "and" a quantity, not an article: "Art 6 and 10 days". */
const QUANTITY_WORDS = new Set([
  ...allLanguages((l) => Object.values(l.durationUnits).flat()),
  ...allLanguages((l) => l.citationWords.quantities),
]);
const PARAGRAPH_WORDS = new Set(allLanguages((l) => l.citationWords.paragraph));
const SUBPARAGRAPH_WORDS = new Set(allLanguages((l) => l.citationWords.subparagraph));
const POINT_WORDS = new Set(allLanguages((l) => l.citationWords.point));
const LIST_WORDS = new Set(allLanguages((l) => l.citationWords.list));
/** Longest first: "tot en met" before "tot". */
const RANGE_WORDS = allLanguages((l) => l.citationWords.range).sort((a, b) => b.length - a.length);
const SEQUEL_WORDS = allLanguages((l) => l.citationWords.sequel).sort((a, b) => b.length - a.length);

/**
 * Every GDPR citation in `text`; spans are offsets in `text` plus `base`. With a `context` in which the GDPR is not
 * the notice's first law, a citation that names no law is left to that law (docs/language.md, "Laws").
 */
export function findCitations(text: string, base = 0, context?: CitationContext): Citation[] {
  const found: Citation[] = [];
  const bare = context?.bare ?? true;
  KEYWORD.lastIndex = 0;
  for (let m = KEYWORD.exec(text); m; m = KEYWORD.exec(text)) {
    const kind = m.groups?.article !== undefined ? 'article' : 'recital';
    const parsed = new Parser(text, m.index, m.index + m[0].length, kind, bare).citation();
    if (!parsed) continue;
    KEYWORD.lastIndex = parsed.span.end;
    if (base) shift(parsed, base);
    found.push(parsed);
  }
  return found;
}

function shift(c: Citation, by: number): void {
  c.span = { start: c.span.start + by, end: c.span.end + by };
  for (const p of c.provisions) p.span = { start: p.span.start + by, end: p.span.end + by };
}

class Parser {
  /**
   * Provisions whose paragraph was named by a word ("Abs. 1", "lid 1", "paragraphe 1", "Nr. 4"): a bare number listed
   * after one is a further paragraph of the same article ("Art. 15 Abs. 1 und 2", "art. 15, leden 1 en 2"), not an
   * article ("Art 13 and 14").
   */
  private readonly wordedParagraph = new WeakSet<Provision>();

  constructor(
    private readonly s: string,
    private readonly start: number,
    private pos: number,
    private readonly kind: 'article' | 'recital',
    /** Whether a citation that names no law is the GDPR's. */
    private readonly bare = true,
  ) {}

  citation(): Citation | undefined {
    const before = this.wordBefore(this.start);
    // "ePrivacy Art 5(3)", "TFEU Art 16", "Dutch Civil Code, Book 2, article 10": another instrument named first.
    if (before && OTHER_LAW_WORDS.has(before.toLowerCase())) return undefined;
    const lead = this.leadIn();
    const first = this.provision(this.start);
    if (!first) return undefined;
    const provisions = [first];
    let end = first.span.end;
    for (let guard = 0; guard < 64; guard++) {
      const save = this.pos;
      const range = this.rangeEnd(provisions[provisions.length - 1]);
      if (range) {
        provisions.push(range);
        end = range.span.end;
        continue;
      }
      this.pos = save;
      const next = this.listItem(provisions[provisions.length - 1]);
      if (next) {
        provisions.push(next);
        end = next.span.end;
        continue;
      }
      this.pos = save;
      break;
    }
    this.pos = end;
    this.sequel();
    end = this.pos;
    const suffix = this.suffix();
    if (suffix === 'other-law') return undefined;
    // Without the GDPR's name after it, a citation that follows another law's name in the same clause cites
    // that law: "Dutch Civil Code, Book 2, article 10", "AWR, art. 52".
    if (suffix === undefined && lead === 'other-law') return undefined;
    if (suffix === undefined && lead !== 'gdpr' && !this.bare) return undefined;
    const citation = { span: { start: this.start, end: suffix ?? end }, provisions };
    this.pointBefore(citation);
    return citation;
  }

  /** The official English order, "point (f) of Article 6(1)", "points (a) to (f) of Article 13(1)". */
  private pointBefore(citation: Citation): void {
    const first = citation.provisions[0];
    if (first.kind !== 'article' || first.paragraph === undefined || first.point !== undefined) return;
    const before = this.s.slice(Math.max(0, this.start - 40), this.start);
    const m = /(?<![\p{L}])points?\s*\(([a-z])\)(?:\s*(to|and|or)\s*\(([a-z])\))?,?\s+of\s+(?:the\s+)?$/diu.exec(
      before,
    );
    if (!m || !m.indices) return;
    const offset = this.start - before.length;
    const start = offset + m.index;
    citation.span = { start, end: citation.span.end };
    if (!m[3]) {
      first.point = m[1].toLowerCase();
      first.span = { start, end: first.span.end };
      return;
    }
    // Two points: each its own provision at its letter ("(a)", "(f)"); the article stays with the citation.
    const fromEnd = m.indices[1][1];
    const [toStart, toEnd] = m.indices[3];
    const from: Provision = { ...first, point: m[1].toLowerCase(), span: { start, end: offset + fromEnd + 1 } };
    const to: Provision = {
      ...first,
      point: m[3].toLowerCase(),
      span: { start: offset + toStart - 1, end: offset + toEnd + 1 },
      rangeFrom: m[2].toLowerCase() === 'to' ? from : undefined,
    };
    citation.provisions.splice(0, 1, from, to);
  }

  // ── provisions ────────────────────────────────────────────────────────────

  private provision(start: number): Provision | undefined {
    this.spaces();
    const number = this.number(3);
    if (number === undefined) return undefined;
    const p: Provision = { kind: this.kind, number, span: { start, end: this.pos } };
    if (this.kind === 'article') this.parts(p);
    p.span.end = this.pos;
    return p;
  }

  /** Paragraph and point after the article number, in any of the four languages' styles. */
  private parts(p: Provision): void {
    const s = this.s;
    // "6(1)(f)", "6(1)", "49(a)"; also "6 (1) (f)"
    if (
      s[this.pos] === ' ' &&
      s[this.pos + 1] === '(' &&
      /^\(\s*(?:\d{1,2}|[a-z])\s*\)/.test(s.slice(this.pos + 1, this.pos + 8))
    )
      this.pos++;
    if (s[this.pos] === '(') {
      const para = this.parenthesised(/^\d{1,2}$/);
      if (para) {
        p.paragraph = para;
        const point = this.parenthesised(/^[a-z]$/);
        if (point) {
          p.point = point;
          this.parenthesised(/^(?:i|ii|iii|iv|v|vi)$/); // sub-points are not in the data: read, not checked
        } else this.wordedPoint(p);
        return;
      }
      const point = this.parenthesised(/^[a-z]$/);
      if (point) p.point = point;
      return;
    }
    // "6.1.f)", "6.1.f", "6.1"
    if (s[this.pos] === '.' && isDigit(s[this.pos + 1])) {
      const save = this.pos;
      this.pos++;
      const para = this.digits(2);
      if (para !== undefined && !isDigit(s[this.pos])) {
        p.paragraph = para;
        if (s[this.pos] === '.' && isLower(s[this.pos + 1]) && !isLetter(s[this.pos + 2])) {
          p.point = s[this.pos + 1];
          this.pos += 2;
          if (s[this.pos] === ')') this.pos++;
        }
        return;
      }
      this.pos = save;
    }
    // ", paragraphe 1, point f)", " Abs. 1 S. 1 lit. f", ", lid 1, onder f", ", lid 1, f)"
    const save = this.pos;
    const comma = this.separator();
    const word = this.word();
    if (word && PARAGRAPH_WORDS.has(word.toLowerCase())) {
      this.dotAfterWord();
      this.spaces();
      const para = this.digits(2);
      if (para !== undefined && !isLetterExcept(s, this.pos)) {
        this.ordinalSuffix();
        p.paragraph = para;
        this.wordedParagraph.add(p);
        this.subparagraph();
        this.wordedPoint(p);
        return;
      }
    }
    this.pos = save;
    void comma;
    // "Art. 6 lit. f" (no paragraph) is rare but seen; the point alone is then checked against the article.
    this.wordedPoint(p);
  }

  /** " S. 1", ", second subparagraph": read and ignored (the data has no subparagraphs). */
  private subparagraph(): void {
    const save = this.pos;
    this.separator();
    const word = this.word();
    if (word && SUBPARAGRAPH_WORDS.has(word.toLowerCase())) {
      this.dotAfterWord();
      this.spaces();
      if (this.digits(2) !== undefined) return;
    }
    this.pos = save;
  }

  /** " lit. f", ", point f)", ", point (f)", ", onder f", ", f)". */
  private wordedPoint(p: Provision): void {
    const s = this.s;
    const save = this.pos;
    const comma = this.separator();
    const word = this.word();
    if (word && POINT_WORDS.has(word.toLowerCase())) {
      this.dotAfterWord();
      this.spaces();
      const paren = this.parenthesised(/^[a-z]$/);
      if (paren) {
        p.point = paren;
        return;
      }
      if (isLower(s[this.pos]) && !isLetter(s[this.pos + 1])) {
        p.point = s[this.pos];
        this.pos++;
        if (s[this.pos] === ')') this.pos++;
        return;
      }
      // A numbered point: the definitions of Art 4 ("art. 4, punt 4", "Art. 4 Nr. 4", "article 4, point 4)"), which
      // the data holds as the article's numbered parts, like paragraphs.
      const numbered = p.paragraph === undefined ? this.digits(2) : undefined;
      if (numbered !== undefined && !isLetter(s[this.pos]) && !isDigit(s[this.pos])) {
        p.paragraph = numbered;
        this.wordedParagraph.add(p);
        if (s[this.pos] === ')') this.pos++;
        return;
      }
    } else if (comma && word && word.length === 1 && isLower(word) && s[this.pos] === ')') {
      // Dutch "lid 1, f)"
      p.point = word;
      this.pos++;
      return;
    }
    this.pos = save;
  }

  private rangeEnd(from: Provision): Provision | undefined {
    const s = this.s;
    this.spacesUpTo(2);
    let dash = false;
    if (s[this.pos] === '–' || s[this.pos] === '-' || s[this.pos] === '—') {
      this.pos++;
      dash = true;
    } else if (!this.phrase(RANGE_WORDS)) return undefined;
    if (!dash) this.spaces();
    else this.spacesUpTo(2);
    const start = this.pos;
    // "21(2)–(3)", "13(2)(b)–(d)": the range stays within the article (and paragraph).
    if (s[this.pos] === '(' && from.kind === 'article') {
      if (from.point !== undefined) {
        const point = this.parenthesised(/^[a-z]$/);
        if (point) return { ...from, point, span: { start, end: this.pos }, rangeFrom: from };
      } else if (from.paragraph !== undefined) {
        const para = this.parenthesised(/^\d{1,2}$/);
        if (para)
          return { ...from, paragraph: para, point: undefined, span: { start, end: this.pos }, rangeFrom: from };
      }
      return undefined;
    }
    // "Art 15 bis Art 22", "Articles 15 to 22"
    const keyword = this.keywordAt();
    const end = this.provision(start);
    if (!end || !this.endsCleanly()) return undefined;
    void keyword;
    return { ...end, rangeFrom: from };
  }

  private listItem(previous: Provision): Provision | undefined {
    const s = this.s;
    this.spacesUpTo(2);
    if (s[this.pos] === ',' || s[this.pos] === ';' || s[this.pos] === '&') {
      this.pos++;
      this.spaces();
      // ", and 14"
      const save = this.pos;
      const w = this.word();
      if (!w || !LIST_WORDS.has(w.toLowerCase())) this.pos = save;
    } else {
      const w = this.word();
      if (!w || !LIST_WORDS.has(w.toLowerCase())) return undefined;
    }
    this.spaces();
    // "article 10 and Art 6(1)(c) GDPR": a repeated article word starts a citation of its own.
    const start = this.pos;
    if (!isDigit(s[this.pos])) return undefined;
    const item = this.provision(start);
    // "Art 6 and 10 days": a number followed by an ordinary word is not a list item.
    if (!item || !this.endsCleanly()) return undefined;
    // "Abs. 1 und 2": after a paragraph named by a word, a bare number is the same article's next paragraph.
    if (
      this.wordedParagraph.has(previous) &&
      previous.kind === 'article' &&
      item.paragraph === undefined &&
      item.point === undefined
    ) {
      const paragraph: Provision = { ...previous, paragraph: String(item.number), point: undefined, span: item.span };
      delete paragraph.rangeFrom;
      this.wordedParagraph.add(paragraph);
      return paragraph;
    }
    return item;
  }

  /** An article word repeated inside a list or range ("Art 15 bis Art 22"): skipped. */
  private keywordAt(): boolean {
    KEYWORD_AT.lastIndex = this.pos;
    const m = KEYWORD_AT.exec(this.s);
    if (!m) return false;
    this.pos += m[0].length;
    this.spaces();
    return true;
  }

  /** After a list item or range end: not a quantity ("Art 6 and 10 days") nor a longer number. */
  private endsCleanly(): boolean {
    const save = this.pos;
    this.spacesUpTo(MAX_SPACE);
    const c = this.s[this.pos];
    let ok = true;
    if (c !== undefined && isLetter(c)) ok = !QUANTITY_WORDS.has(this.word()!.toLowerCase());
    else if (c !== undefined && isDigit(c)) ok = false;
    this.pos = save;
    return ok;
  }

  /** "ff.", "et seq.": part of the citation, nothing to check. */
  private sequel(): void {
    const save = this.pos;
    this.spacesUpTo(2);
    if (!this.phrase(SEQUEL_WORDS)) this.pos = save;
  }

  /**
   * What follows the citation: the GDPR's name (included in the span; returns its end), another law's name
   * ('other-law'), or ordinary text (undefined: a bare citation, read as the GDPR).
   */
  private suffix(): number | 'other-law' | undefined {
    const save = this.pos;
    const comma = this.s[this.pos] === ',';
    if (comma) this.pos++;
    this.spacesUpTo(MAX_SPACE);
    const word = this.word();
    const lower = word?.toLowerCase();
    if (lower && NAMES.has(lower)) return this.pos;
    this.pos = save;
    // After a comma only "du RGPD" and the like still name the GDPR ("article 4, point 4), du RGPD").
    if (!word || !lower || (comma && !OF_WORDS.has(lower))) return undefined;
    if (comma) this.pos++;
    if (OF_WORDS.has(lower)) {
      this.spacesUpTo(MAX_SPACE);
      this.word();
      for (let i = 0; i < 3; i++) {
        this.spacesUpTo(MAX_SPACE);
        if (this.s[this.pos] === '’' || this.s[this.pos] === "'") this.pos++;
        const next = this.word();
        if (!next) break;
        const n = next.toLowerCase().replace(/^l['’]/, '');
        if (NAMES.has(n)) return this.pos;
        if (REGULATION_WORDS.has(n)) break;
        // After a comma the clause may go on about anything: only the GDPR's name is read, never another law's.
        if (!DETERMINERS.has(n)) return comma ? this.restore(save) : 'other-law';
      }
      this.pos = save;
      return undefined;
    }
    this.pos = save;
    return isOtherLaw(word) ? 'other-law' : undefined;
  }

  // ── lexical helpers ───────────────────────────────────────────────────────

  /** Back to `at`, with nothing read: a bare citation. */
  private restore(at: number): undefined {
    this.pos = at;
    return undefined;
  }

  private spaces(): void {
    this.spacesUpTo(MAX_SPACE);
  }

  private spacesUpTo(max: number): void {
    const limit = this.pos + max;
    while (this.pos < limit && SPACE.test(this.s[this.pos] ?? '')) this.pos++;
  }

  private digits(max: number): string | undefined {
    const s = this.s;
    let end = this.pos;
    while (end < s.length && isDigit(s[end]) && end - this.pos <= max) end++;
    if (end === this.pos || end - this.pos > max) return undefined;
    const text = s.slice(this.pos, end);
    this.pos = end;
    return String(Number(text));
  }

  /** An article or recital number: up to `max` digits, not part of a longer number, a date or an id. */
  private number(max: number): number | undefined {
    const s = this.s;
    const save = this.pos;
    const text = this.digits(max);
    if (text === undefined) return undefined;
    const c = s[this.pos];
    if (
      c !== undefined &&
      (isDigit(c) ||
        isLetter(c) ||
        c === '/' ||
        c === '_' ||
        (c === ':' && isDigit(s[this.pos + 1])) ||
        (c === '.' && isDigit(s[this.pos + 1]) && this.kind === 'recital'))
    ) {
      this.pos = save;
      return undefined;
    }
    return Number(text);
  }

  /** "(1)" or "(f)" when its content matches `content`; leaves the position unchanged otherwise. */
  private parenthesised(content: RegExp): string | undefined {
    const s = this.s;
    if (s[this.pos] !== '(') return undefined;
    const close = s.indexOf(')', this.pos + 1);
    if (close === -1 || close - this.pos > 6) return undefined;
    const inner = s.slice(this.pos + 1, close).trim();
    if (!content.test(inner)) return undefined;
    this.pos = close + 1;
    return /^\d+$/.test(inner) ? String(Number(inner)) : inner;
  }

  /** ", " or " " before a worded part; true when there was a comma. */
  private separator(): boolean {
    this.spacesUpTo(2);
    const comma = this.s[this.pos] === ',';
    if (comma) this.pos++;
    this.spacesUpTo(MAX_SPACE);
    return comma;
  }

  /** The word at the position (letters, "§", inner hyphens), or undefined. */
  private word(): string | undefined {
    const s = this.s;
    if (s[this.pos] === '§') {
      this.pos++;
      return '§';
    }
    let end = this.pos;
    while (
      end < s.length &&
      end - this.pos < 40 &&
      (isLetter(s[end]) ||
        ((s[end] === '-' || s[end] === '’' || s[end] === "'") && isLetter(s[end + 1] ?? '') && end > this.pos))
    )
      end++;
    if (end === this.pos) return undefined;
    const w = s.slice(this.pos, end);
    this.pos = end;
    return w;
  }

  private dotAfterWord(): void {
    if (this.s[this.pos] === '.') this.pos++;
  }

  /** "1er", "1st": the ordinal ending of a paragraph number. */
  private ordinalSuffix(): void {
    const m = /^(?:er|e|st|nd|rd|th)(?![\p{L}])/u.exec(this.s.slice(this.pos, this.pos + 3));
    if (m) this.pos += m[0].length;
  }

  /** One of `phrases` at the position (case-insensitive, whole words); moves past it. */
  private phrase(phrases: readonly string[]): boolean {
    const s = this.s;
    for (const p of phrases) {
      const candidate = s.slice(this.pos, this.pos + p.length);
      if (candidate.toLowerCase() !== p) continue;
      const after = s[this.pos + p.length];
      if (isLetter(p[p.length - 1]) && after !== undefined && isLetter(after)) continue;
      this.pos += p.length;
      return true;
    }
    return false;
  }

  /** What the clause before the article word names: the GDPR, another law, or nothing. */
  private leadIn(): 'gdpr' | 'other-law' | undefined {
    const from = Math.max(0, this.start - 80);
    const before = this.s.slice(from, this.start);
    const clause = before.slice(
      Math.max(
        before.lastIndexOf('.'),
        before.lastIndexOf(';'),
        before.lastIndexOf(':'),
        before.lastIndexOf('('),
        before.lastIndexOf('\n'),
      ) + 1,
    );
    let other = false;
    for (const m of clause.matchAll(/[\p{L}][\p{L}-]*/gu)) {
      const w = m[0];
      if (NAMES.has(w.toLowerCase())) return 'gdpr';
      if (LEAD_LAW_WORDS.has(w.toLowerCase()) || (isOtherLaw(w) && !NOT_LAWS.has(w.toLowerCase()))) other = true;
    }
    return other ? 'other-law' : undefined;
  }

  private wordBefore(at: number): string | undefined {
    let end = at;
    let spaces = 0;
    while (end > 0 && SPACE.test(this.s[end - 1]) && spaces < 3) {
      end--;
      spaces++;
    }
    if (spaces === 0) return undefined;
    let start = end;
    while (start > 0 && end - start < 30 && (isLetter(this.s[start - 1]) || this.s[start - 1] === '-')) start--;
    return start < end ? this.s.slice(start, end) : undefined;
  }
}

const KEYWORD_AT = new RegExp(KEYWORD.source, 'iuy');

/**
 * Another instrument's name: a known word, or an abbreviation in capitals such as BDSG, UAVG, TFEU, also with a
 * lower-case prefix as the Swiss act is cited ("nFADP", "revDSG", "nLPD": never the GDPR, docs/language.md "Laws").
 */
function isOtherLaw(word: string): boolean {
  if (OTHER_LAW_WORDS.has(word.toLowerCase())) return true;
  return /^\p{Ll}{0,3}\p{Lu}[\p{L}-]*\p{Lu}[\p{L}-]*$/u.test(word) && !NAMES.has(word.toLowerCase());
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isLower = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
const isLetterExcept = (s: string, at: number) =>
  isLetter(s[at]) && !/^(?:er|e|st|nd|rd|th)(?![\p{L}])/u.test(s.slice(at, at + 3));

// ── checking ────────────────────────────────────────────────────────────────

/** Why a provision does not exist, or undefined when it does. */
export function provisionProblem(p: Provision): string | undefined {
  if (p.kind === 'recital') {
    return p.number >= 1 && p.number <= RECITAL_COUNT
      ? undefined
      : `The GDPR has ${RECITAL_COUNT} recitals; there is no recital ${p.number}.`;
  }
  const article = gdprArticle(p.number);
  if (!article) return `The GDPR has ${ARTICLE_COUNT} articles; there is no Article ${p.number}.`;
  const paragraphs = paragraphsOf(p.number);
  if (p.paragraph !== undefined) {
    if (!paragraphs.length) return `Art ${p.number} (${article.title.en}) is not divided into numbered paragraphs.`;
    if (!paragraphs.includes(p.paragraph))
      return (
        `Art ${p.number} (${article.title.en}) has paragraphs 1–${paragraphs[paragraphs.length - 1]}; there ` +
        `is no paragraph ${p.paragraph}.`
      );
    if (p.point !== undefined) {
      const points = pointsOf(p.number, p.paragraph);
      if (!points.length) return `Art ${p.number}(${p.paragraph}) has no lettered points.`;
      if (!points.includes(p.point))
        return (
          `Art ${p.number}(${p.paragraph}) has points (a)–(${points[points.length - 1]}); there is no point ` +
          `(${p.point}).`
        );
    }
    return undefined;
  }
  if (p.point !== undefined)
    return (
      `Art ${p.number} (${article.title.en}) has no point (${p.point}) outside its numbered paragraphs: ` +
      `name the paragraph, e.g. Art ${p.number}(1)(${p.point}).`
    );
  return undefined;
}

/** Why a range is backwards ("Art 22–15"), or undefined. */
export function rangeProblem(end: Provision): string | undefined {
  const from = end.rangeFrom;
  if (!from) return undefined;
  const order = compareProvisions(from, end);
  return order > 0
    ? `This range runs backwards: ${formatProvision(from)} comes after ${formatProvision(end)}.`
    : undefined;
}

function compareProvisions(a: Provision, b: Provision): number {
  if (a.number !== b.number) return a.number - b.number;
  const pa = Number(a.paragraph ?? 0);
  const pb = Number(b.paragraph ?? 0);
  if (pa !== pb) return pa - pb;
  return (a.point ?? '').localeCompare(b.point ?? '');
}

/** "Art 6(1)(f)" or "Recital 47": the project's own citation style. */
export function formatProvision(p: Pick<Provision, 'kind' | 'number' | 'paragraph' | 'point'>): string {
  if (p.kind === 'recital') return `Recital ${p.number}`;
  return `Art ${p.number}${p.paragraph !== undefined ? `(${p.paragraph})` : ''}${p.point !== undefined ? `(${p.point})` : ''}`;
}

/**
 * The existing provision the author most likely meant, when one is clear: a point written without its paragraph
 * when exactly one paragraph has it ("Art 49(a)" → 49(1)(a)); a paragraph written on an article that has
 * none, as its point (rare); otherwise undefined. A wrong number is not guessed at.
 */
export function nearestProvision(p: Provision): Pick<Provision, 'kind' | 'number' | 'paragraph' | 'point'> | undefined {
  if (p.kind !== 'article' || !gdprArticle(p.number)) return undefined;
  const paragraphs = paragraphsOf(p.number);
  if (p.paragraph === undefined && p.point !== undefined) {
    const owners = paragraphs.filter((para) => pointsOf(p.number, para).includes(p.point!));
    return owners.length === 1
      ? { kind: 'article', number: p.number, paragraph: owners[0], point: p.point }
      : undefined;
  }
  if (p.paragraph !== undefined && p.point !== undefined) {
    // "Art 6(1)(g)": the paragraph has points and (g) is past the end; no nearer point is clearly meant.
    if (pointsOf(p.number, p.paragraph).length) return undefined;
    // "Art 9(1)(a)" or "Art 9(5)(a)": the paragraph has no points (or does not exist), and exactly one paragraph
    // of the article has that point. "Art 13(3)(a)" stays unfixed: paragraphs 1 and 2 both have (a).
    const owners = paragraphs.filter((para) => pointsOf(p.number, para).includes(p.point!));
    return owners.length === 1
      ? { kind: 'article', number: p.number, paragraph: owners[0], point: p.point }
      : undefined;
  }
  return undefined;
}
