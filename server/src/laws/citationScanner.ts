// A citation recogniser for the laws whose text is not the EU GDPR's (docs/language.md, "Laws"): the UK GDPR with
// the Data Protection Act 2018, and the Swiss FADP with its Ordinance. Each law describes its instruments (names,
// the heads that introduce their provisions, how inserted provisions are numbered) and this scanner reads the forms
// lawyers write: "Art 6(1)(ea) UK GDPR", "Article 13 of the UK GDPR", "section 164A DPA 2018", "s. 165 Data
// Protection Act 2018", "Sch 2 para 26 DPA 2018", "Art. 19 Abs. 4 DSG", "art. 19, al. 2, let. a, LPD", "Art 19(4)
// FADP", "Art. 44a nDSG", "Art. 24 Abs. 5bis DSG", "Art. 17 Abs. 1 Bst. b Ziff. 2 DSG", "Art. 18 DSV", ranges
// ("Art 22A–22D", "Art. 25–29 DSG") and lists ("Articles 13 and 14 UK GDPR", "ss.164A and 165 DPA 2018").
//
// A citation is this law's only when it names one of the law's instruments, before or after it, or when it names
// none and the law is the notice's first (`CitationContext.bare`). Linear time: one regular expression finds the
// heads, and the parser reads a bounded number of characters forward (and back, for a name before the head).
import type { Citation, CitationContext, Provision } from './law';
import { allLanguages } from '../languages';

export type HeadKind = 'article' | 'section' | 'schedule' | 'annex';

export interface InstrumentSpec {
  /** Undefined for the law's main text. */
  id: string | undefined;
  /** Lower-case names, one or more words ("uk gdpr", "data protection act 2018", "dsg"). */
  names: readonly string[];
  /** Heads its provisions are cited with. */
  heads: readonly HeadKind[];
}

export interface ScannerSpec {
  instruments: readonly InstrumentSpec[];
  /**
   * Names read as one of this law's instruments only in some notices (UK: "GDPR" where the notice does not serve
   * the EU GDPR; CH: "DSG" where the notice is not Liechtenstein's or Austria's). Returns the instrument id
   * (`null` for the main text), or undefined when the name is not this law's in this notice.
   */
  conditional?: (name: string, context: CitationContext) => string | null | undefined;
  /** Conditional names, lower-case, so the scanner can find them. */
  conditionalNames?: readonly string[];
  /** How inserted provisions are lettered: UK "22A", "164A"; CH "44a". */
  suffix: 'upper' | 'lower';
  /** Heads the law uses at all (UK: sections, schedules and annexes too). */
  heads: readonly HeadKind[];
}

const ARTICLE_WORDS = allLanguages((l) => l.citationWords.article);
const HEAD_SOURCES: Record<HeadKind, string> = {
  article: `${ARTICLE_WORDS.join('|')}|artikels?|artt?`,
  section: 'sections?|ss?(?=\\.|\\s*\\d)',
  schedule: 'schedules?|sch',
  annex: 'annex(?:es)?|annexe|anhang',
};

const SPACE = /[ \t\u00a0\u202f\r\n]/;
const MAX_SPACE = 40;

/** Paragraph words of the Swiss and European styles ("Abs.", "al.", "para.", "cpv.", "lid"). */
const PARAGRAPH_WORDS = new Set([
  ...allLanguages((l) => l.citationWords.paragraph),
  'abs',
  'absatz',
  'al',
  'alinéa',
  'alinea',
  'para',
  'paras',
  'paragraph',
  'paragraphs',
  'cpv',
  'lid',
]);
const POINT_WORDS = new Set([
  ...allLanguages((l) => l.citationWords.point),
  'lit',
  'litt',
  'litera',
  'bst',
  'buchstabe',
  'let',
  'lett',
  'lettre',
  'letter',
  'point',
]);
/** Numbers within a letter ("Ziff. 2", "ch. 2", "n. 2", "no. 2"): read, not checked. */
const NUMBER_WORDS = new Set(['ziff', 'ziffer', 'ch', 'chiffre', 'n', 'no', 'nr', 'number', 'num']);
const LIST_WORDS = new Set([...allLanguages((l) => l.citationWords.list), 'und', 'oder', 'et', 'ou', 'e', 'o']);
const RANGE_WORDS = [...new Set([...allLanguages((l) => l.citationWords.range), 'to', 'bis', 'à', 'au', 'a'])].sort(
  (a, b) => b.length - a.length,
);
const SEQUEL = /^(?:ff\.?|f\.|et seq\.?|et suiv\.?|et s\.|ss\.?|e\.v\.)(?![\p{L}])/iu;
/** "of the", "des", "du", "de la", "der", "van de": words between a citation and the instrument's name. */
const OF_WORDS = new Set([
  'of',
  'the',
  'to',
  'under',
  'des',
  'der',
  'du',
  'de',
  'la',
  'l',
  'van',
  'het',
  'del',
  'della',
  'dello',
  'di',
  'dem',
  'den',
  'schweizerischen',
  'swiss',
]);
/** Capitalised abbreviations that name no law. */
const NOT_LAWS = new Set([...allLanguages((l) => l.citationWords.notLaws), 'ch', 'eu', 'uk', 'fl']);

export class CitationScanner {
  private readonly head: RegExp;
  private readonly headAt: RegExp;
  /** Every name, longest first, with its instrument (`null`: the main text), or conditional on the notice. */
  private readonly names: { words: string[]; instrument: string | null; conditional: boolean }[];

  constructor(private readonly spec: ScannerSpec) {
    const alternatives = spec.heads.map((h) => `(?<${h}>${HEAD_SOURCES[h]})`).join('|');
    this.head = new RegExp(`(?<![\\p{L}\\p{N}_.])(?:${alternatives})(?![\\p{L}\\p{N}])\\.?`, 'giu');
    this.headAt = new RegExp(this.head.source, 'iuy');
    this.names = [
      ...spec.instruments.flatMap((i) =>
        i.names.map((n) => ({ words: n.split(' '), instrument: i.id ?? null, conditional: false })),
      ),
      ...(spec.conditionalNames ?? []).map((n) => ({ words: n.split(' '), instrument: null, conditional: true })),
    ].sort((a, b) => b.words.join(' ').length - a.words.join(' ').length);
  }

  /** A cheap test for text that may cite this law: one of its heads anywhere in it. */
  mayCite(text: string): boolean {
    this.head.lastIndex = 0;
    return this.head.test(text);
  }

  find(text: string, base: number, context: CitationContext): Citation[] {
    const found: Citation[] = [];
    this.head.lastIndex = 0;
    for (let m = this.head.exec(text); m; m = this.head.exec(text)) {
      const groups = m.groups ?? {};
      const kind = (Object.keys(groups) as HeadKind[]).find((k) => groups[k] !== undefined) ?? 'article';
      const parsed = new Parse(this, text, m.index, m.index + m[0].length, kind, context).citation();
      if (!parsed) continue;
      this.head.lastIndex = parsed.span.end;
      if (base) shift(parsed, base);
      found.push(parsed);
    }
    return found;
  }

  /** @internal */ get suffixStyle(): ScannerSpec['suffix'] {
    return this.spec.suffix;
  }

  /** @internal */ headAtPosition(text: string, at: number): string | undefined {
    this.headAt.lastIndex = at;
    const m = this.headAt.exec(text);
    if (!m) return undefined;
    return (Object.keys(m.groups ?? {}) as HeadKind[]).find((k) => m.groups![k] !== undefined) && m[0];
  }

  /** The instrument a run of words names, and how many words it took; undefined when it names none of ours. */
  /** @internal */ nameAt(
    words: string[],
    context: CitationContext,
  ): { instrument: string | null; taken: number } | undefined {
    const lower = words.map((w) => w.toLowerCase());
    for (const n of this.names) {
      if (n.words.length > lower.length) continue;
      if (!n.words.every((w, i) => lower[i] === w)) continue;
      if (!n.conditional) return { instrument: n.instrument, taken: n.words.length };
      const instrument = this.spec.conditional?.(n.words.join(' '), context);
      if (instrument === undefined) return undefined;
      return { instrument, taken: n.words.length };
    }
    return undefined;
  }

  /** @internal */ instrumentHeads(instrument: string | null): readonly HeadKind[] {
    return this.spec.instruments.find((i) => (i.id ?? null) === instrument)?.heads ?? [];
  }
}

function shift(c: Citation, by: number): void {
  c.span = { start: c.span.start + by, end: c.span.end + by };
  for (const p of c.provisions) p.span = { start: p.span.start + by, end: p.span.end + by };
}

class Parse {
  private pos: number;

  constructor(
    private readonly scanner: CitationScanner,
    private readonly s: string,
    private readonly start: number,
    headEnd: number,
    private readonly kind: HeadKind,
    private readonly context: CitationContext,
  ) {
    this.pos = headEnd;
  }

  citation(): Citation | undefined {
    const first = this.provision(this.start);
    if (!first) return undefined;
    const provisions = [first];
    let end = first.span.end;
    for (let guard = 0; guard < 64; guard++) {
      const save = this.pos;
      const next = this.rangeEnd(provisions[provisions.length - 1]) ?? ((this.pos = save), this.listItem());
      if (!next) {
        this.pos = save;
        break;
      }
      provisions.push(next);
      end = next.span.end;
    }
    this.pos = end;
    const sequel = this.sequel();
    if (sequel) end = this.pos;
    this.pos = end;
    const after = this.suffix();
    const before = after === undefined ? this.lead() : undefined;
    let instrument: string | null;
    let citationEnd = end;
    let citationStart = this.start;
    if (after === 'other') return undefined;
    if (after) {
      instrument = after.instrument;
      citationEnd = after.end;
    } else if (before === 'other') return undefined;
    else if (before) {
      instrument = before.instrument;
      citationStart = before.start;
    } else {
      // No name: only an article of the notice's first law, never a section, schedule or annex of some Act.
      if (!this.context.bare || this.kind !== 'article') return undefined;
      instrument = null;
    }
    if (!this.scanner.instrumentHeads(instrument).includes(this.kind)) return undefined;
    for (const p of provisions) {
      if (instrument !== null) p.instrument = instrument;
      if (this.kind !== 'article') p.kind = this.kind;
    }
    if (citationStart !== this.start) provisions[0].span = { start: citationStart, end: provisions[0].span.end };
    return { span: { start: citationStart, end: citationEnd }, provisions };
  }

  // ── provisions ────────────────────────────────────────────────────────────

  private provision(start: number): Provision | undefined {
    this.spaces();
    const number = this.number();
    if (!number) return undefined;
    const p: Provision = { kind: 'article', number: number.value, span: { start, end: this.pos } };
    if (number.suffix) p.suffix = number.suffix;
    if (this.kind === 'schedule') this.scheduleParts(p);
    else this.parts(p);
    p.span.end = this.pos;
    return p;
  }

  /** An article or section number with the letters of an inserted provision ("22A", "164A", "44a"). */
  private number(): { value: number; suffix?: string } | undefined {
    const s = this.s;
    let end = this.pos;
    while (end < s.length && isDigit(s[end]) && end - this.pos < 4) end++;
    if (end === this.pos || end - this.pos > 3) return undefined;
    const value = Number(s.slice(this.pos, end));
    let suffix: string | undefined;
    const upper = this.scanner.suffixStyle === 'upper';
    const letter = s[end];
    // "Art. 6 f." is "and the following", not an Art 6f: a lower-case letter counts only when no full stop follows.
    if (
      letter !== undefined &&
      (upper ? /[A-Z]/.test(letter) : /[a-z]/.test(letter) && s[end + 1] !== '.') &&
      !isLetter(s[end + 1])
    ) {
      suffix = letter;
      end++;
    }
    const c = s[end];
    // Not part of a longer number, a date, an id or a word ("2018", "12/2020", "3rd").
    if (
      c !== undefined &&
      (isDigit(c) || isLetter(c) || c === '/' || c === '_' || (c === '.' && isDigit(s[end + 1])) || c === ':')
    )
      return undefined;
    this.pos = end;
    return { value, suffix };
  }

  /** Paragraph, point and number after the article number, in the parenthesised or the worded style. */
  private parts(p: Provision): void {
    const s = this.s;
    if (s[this.pos] === ' ' && s[this.pos + 1] === '(' && /^\(\s*[0-9a-z]/i.test(s.slice(this.pos + 1, this.pos + 4)))
      this.pos++;
    if (s[this.pos] === '(') {
      const para = this.parenthesised(/^\d{1,2}(?:[A-Z]|bis|ter|quater)?$/);
      if (para) {
        p.paragraph = para;
        const point = this.parenthesised(/^[a-z]{1,2}$/);
        if (point) {
          p.point = point;
          this.parenthesised(/^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|\d)$/);
        }
        return;
      }
      const point = this.parenthesised(/^[a-z]{1,2}$/);
      if (point) p.point = point;
      return;
    }
    const save = this.pos;
    const para = this.worded(PARAGRAPH_WORDS, /^\d{1,2}(?:bis|ter|quater|[A-Z])?(?![\p{L}\p{N}])/u);
    if (para) p.paragraph = para;
    else this.pos = save;
    const pointSave = this.pos;
    const point = this.worded(POINT_WORDS, /^[a-z]{1,2}(?![\p{L}\p{N}])\)?/u);
    if (point) {
      p.point = point.replace(')', '');
      const numberSave = this.pos;
      if (!this.worded(NUMBER_WORDS, /^\d{1,2}(?![\p{N}])/u)) this.pos = numberSave;
    } else this.pos = pointSave;
  }

  /** "Sch 2 para 26", "Schedule 2, paragraph 26", "Schedule 2 Part 6": the paragraph is the schedule's. */
  private scheduleParts(p: Provision): void {
    const save = this.pos;
    this.separator();
    const word = this.word()?.toLowerCase();
    if (word === 'part') {
      this.dot();
      this.spaces();
      if (this.digits(2) === undefined) {
        this.pos = save;
        return;
      }
      const afterPart = this.pos;
      this.separator();
      const next = this.word()?.toLowerCase();
      if (next !== 'para' && next !== 'paragraph' && next !== 'paras' && next !== 'paragraphs') {
        this.pos = afterPart;
        return;
      }
    } else if (word !== 'para' && word !== 'paragraph' && word !== 'paras' && word !== 'paragraphs') {
      this.pos = save;
      return;
    }
    this.dot();
    this.spaces();
    const para = this.digits(3);
    if (para === undefined) {
      this.pos = save;
      return;
    }
    p.paragraph = para;
    const point = this.parenthesised(/^\d{1,2}$/);
    void point;
  }

  /** `[,] <word>[.] <value>`: a worded part; undefined (position unchanged) when absent. */
  private worded(words: ReadonlySet<string>, value: RegExp): string | undefined {
    const save = this.pos;
    this.separator();
    const w = this.word();
    if (!w || !words.has(w.toLowerCase())) {
      this.pos = save;
      return undefined;
    }
    this.dot();
    this.spaces();
    const m = value.exec(this.s.slice(this.pos, this.pos + 10));
    if (!m) {
      this.pos = save;
      return undefined;
    }
    this.pos += m[0].length;
    return /^\d/.test(m[0]) ? m[0].replace(/^0+(?=\d)/, '') : m[0];
  }

  private rangeEnd(from: Provision): Provision | undefined {
    const s = this.s;
    this.spacesUpTo(2);
    let dash = false;
    if (s[this.pos] === '–' || s[this.pos] === '-' || s[this.pos] === '—') {
      this.pos++;
      dash = true;
    } else if (!this.phrase(RANGE_WORDS)) return undefined;
    this.spacesUpTo(dash ? 2 : MAX_SPACE);
    const start = this.pos;
    if (s[this.pos] === '(' && from.paragraph !== undefined) {
      if (from.point !== undefined) {
        const point = this.parenthesised(/^[a-z]{1,2}$/);
        if (point) return { ...from, point, span: { start, end: this.pos }, rangeFrom: from };
      } else {
        const para = this.parenthesised(/^\d{1,2}(?:[A-Z]|bis)?$/);
        if (para)
          return { ...from, paragraph: para, point: undefined, span: { start, end: this.pos }, rangeFrom: from };
      }
      return undefined;
    }
    this.skipHead();
    const end = this.provision(start);
    if (!end || !this.endsCleanly()) return undefined;
    return { ...end, rangeFrom: from };
  }

  private listItem(): Provision | undefined {
    const s = this.s;
    this.spacesUpTo(2);
    if (s[this.pos] === ',' || s[this.pos] === ';' || s[this.pos] === '&') {
      this.pos++;
      this.spaces();
      const save = this.pos;
      const w = this.word();
      if (!w || !LIST_WORDS.has(w.toLowerCase())) this.pos = save;
    } else {
      const w = this.word();
      if (!w || !LIST_WORDS.has(w.toLowerCase())) return undefined;
    }
    this.spaces();
    const start = this.pos;
    this.skipHead();
    if (!isDigit(s[this.pos])) return undefined;
    const item = this.provision(start);
    return item && this.endsCleanly() ? item : undefined;
  }

  /** A head repeated inside a list or range ("Art 15 to Art 22", "ss.164A and s.165"): skipped. */
  private skipHead(): void {
    const head = this.scanner.headAtPosition(this.s, this.pos);
    if (!head) return;
    this.pos += head.length;
    this.spaces();
  }

  /** After a list item or range end: not a quantity ("Art 6 and 10 days") nor a longer number. */
  private endsCleanly(): boolean {
    const save = this.pos;
    this.spacesUpTo(MAX_SPACE);
    const c = this.s[this.pos];
    let ok = true;
    if (c !== undefined && isDigit(c)) ok = false;
    else if (c !== undefined && isLetter(c)) {
      const w = this.word()!.toLowerCase();
      ok = !QUANTITIES.has(w);
    }
    this.pos = save;
    return ok;
  }

  private sequel(): boolean {
    const save = this.pos;
    this.spacesUpTo(2);
    const m = SEQUEL.exec(this.s.slice(this.pos, this.pos + 10));
    if (!m) {
      this.pos = save;
      return false;
    }
    this.pos += m[0].length;
    return true;
  }

  /**
   * The name after the citation: one of this law's instruments (its end), another law ('other'), or nothing
   * (undefined). "of the UK GDPR", ", LPD", "des Datenschutzgesetzes (DSG)", "DPA 2018".
   */
  private suffix(): { instrument: string | null; end: number } | 'other' | undefined {
    const save = this.pos;
    if (this.s[this.pos] === ',') this.pos++;
    this.spacesUpTo(MAX_SPACE);
    const words = this.wordsAhead(8);
    this.pos = save;
    let skipped = 0;
    while (skipped < words.length && OF_WORDS.has(words[skipped].text.toLowerCase())) skipped++;
    const named = this.scanner.nameAt(
      words.slice(skipped).map((w) => w.text),
      this.context,
    );
    if (named) {
      let end = words[skipped + named.taken - 1].end;
      // "des Datenschutzgesetzes (DSG)", "Data Protection Act 2018 (DPA)": the abbreviation in brackets.
      const tail = /^\s{0,2}\([\p{L}\d -]{2,12}\)/u.exec(this.s.slice(end, end + 16));
      if (tail) end += tail[0].length;
      return { instrument: named.instrument, end };
    }
    const first = words[skipped];
    if (!first || first.start - save > MAX_SPACE + 2) return undefined;
    // Another law named right after ("Art. 6 DSGVO", "Art 8 ECHR", "of the Civil Code"): not ours.
    if (isAbbreviation(first.text) && !NOT_LAWS.has(first.text.toLowerCase())) return 'other';
    if (skipped > 0 && /^\p{Lu}/u.test(first.text) && !NOT_LAWS.has(first.text.toLowerCase())) return 'other';
    return undefined;
  }

  /** A name right before the head, in the same clause ("DPA 2018 s.165", "Data Protection Act 2018, section 165"). */
  private lead(): { instrument: string | null; start: number } | 'other' | undefined {
    const from = Math.max(0, this.start - 60);
    const before = this.s.slice(from, this.start);
    const m = /([\p{L}\d][\p{L}\d -]*?)[,\s]*$/u.exec(before);
    if (!m) return undefined;
    const words = [...m[1].matchAll(/[\p{L}\d-]+/gu)].map((w) => ({ text: w[0], start: from + m.index + w.index }));
    // The longest name that ends right before the head.
    for (let i = 0; i < words.length; i++) {
      const tail = words.slice(i).map((w) => w.text);
      const named = this.scanner.nameAt(tail, this.context);
      if (named && named.taken === tail.length) return { instrument: named.instrument, start: words[i].start };
    }
    return undefined;
  }

  // ── lexical helpers ───────────────────────────────────────────────────────

  private wordsAhead(max: number): { text: string; start: number; end: number }[] {
    const out: { text: string; start: number; end: number }[] = [];
    const limit = Math.min(this.s.length, this.pos + 120);
    const re = /[\p{L}\d][\p{L}\d'’-]*/uy;
    let at = this.pos;
    while (out.length < max && at < limit) {
      while (at < limit && (SPACE.test(this.s[at]) || this.s[at] === '(' || this.s[at] === '’' || this.s[at] === "'"))
        at++;
      re.lastIndex = at;
      const m = re.exec(this.s);
      if (!m) break;
      // "l’" or "l'" before a name ("de l'Ordonnance"): split off.
      const text = m[0].replace(/^l['’]/i, '');
      out.push({ text, start: at + (m[0].length - text.length), end: at + m[0].length });
      at += m[0].length;
      if (this.s[at] === ',' || this.s[at] === ';' || this.s[at] === '.' || this.s[at] === ')') break;
    }
    return out;
  }

  private spaces(): void {
    this.spacesUpTo(MAX_SPACE);
  }

  private spacesUpTo(max: number): void {
    const limit = this.pos + max;
    while (this.pos < limit && SPACE.test(this.s[this.pos] ?? '')) this.pos++;
  }

  private separator(): void {
    this.spacesUpTo(2);
    if (this.s[this.pos] === ',') this.pos++;
    this.spacesUpTo(MAX_SPACE);
  }

  private dot(): void {
    if (this.s[this.pos] === '.') this.pos++;
  }

  private digits(max: number): string | undefined {
    let end = this.pos;
    while (end < this.s.length && isDigit(this.s[end]) && end - this.pos <= max) end++;
    if (end === this.pos || end - this.pos > max) return undefined;
    const text = this.s.slice(this.pos, end);
    this.pos = end;
    return String(Number(text));
  }

  private word(): string | undefined {
    let end = this.pos;
    while (end < this.s.length && end - this.pos < 40 && isLetter(this.s[end])) end++;
    if (end === this.pos) return undefined;
    const w = this.s.slice(this.pos, end);
    this.pos = end;
    return w;
  }

  private parenthesised(content: RegExp): string | undefined {
    if (this.s[this.pos] !== '(') return undefined;
    const close = this.s.indexOf(')', this.pos + 1);
    if (close === -1 || close - this.pos > 8) return undefined;
    const inner = this.s.slice(this.pos + 1, close).trim();
    if (!content.test(inner)) return undefined;
    this.pos = close + 1;
    return /^\d+$/.test(inner) ? String(Number(inner)) : inner;
  }

  private phrase(phrases: readonly string[]): boolean {
    for (const p of phrases) {
      const candidate = this.s.slice(this.pos, this.pos + p.length);
      if (candidate.toLowerCase() !== p) continue;
      const after = this.s[this.pos + p.length];
      if (isLetter(p[p.length - 1]) && after !== undefined && isLetter(after)) continue;
      this.pos += p.length;
      return true;
    }
    return false;
  }
}

const QUANTITIES = new Set([
  ...allLanguages((l) => Object.values(l.durationUnits).flat()),
  ...allLanguages((l) => l.citationWords.quantities),
]);

/** An abbreviation in capitals ("DSGVO", "ECHR"), or one with a lower-case prefix ("nDSG", "revLPD"). */
function isAbbreviation(word: string): boolean {
  return /^\p{Ll}{0,3}\p{Lu}[\p{L}-]*\p{Lu}[\p{L}-]*$/u.test(word);
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
