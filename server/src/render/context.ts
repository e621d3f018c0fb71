// What every part of the renderer needs: the model, the text catalogue, source lines for scroll sync,
// and the missing-information markers (preview and standalone output alike, docs/language.md, "Output language").
import { entryOf, mapOf, strOf, type PolicyModel } from '../parser/policyModel';
import type { Span, YEntry, YMap, YNode } from '../parser/yamlTree';
import type { Problem } from '../core/problem';
import { findPlaceholders } from '../core/placeholders';
import { escapeHtml, lineAttr } from './html';
import { renderMarkdown, renderMarkdownInline } from './markdown';
import type { Messages } from '../languages/notices';
import type { Law, LawNoticeText } from '../laws';

/** One h2 section of the notice; the table of contents lists them in order. */
export interface NoticeSection {
  id: string;
  /** Heading HTML (generated text, or escaped author text for extra sections). */
  heading: string;
  /** The YAML key it comes from, for data-line. */
  source?: YEntry | YNode;
  body: string;
  className?: string;
  /** Sub-headings worth a place in the table of contents (the right to object). */
  sub?: { id: string; heading: string }[];
}

/**
 * The placeholders of author text the notice marks: core/placeholders.ts's, less what reads as a raw HTML tag with
 * attributes (`<a href=x>`), which the notice shows as text like any other raw HTML.
 */
function placeholdersIn(text: string): ReturnType<typeof findPlaceholders> {
  return findPlaceholders(text).filter((p) => !p.label.includes('='));
}

/** Private-use characters around a placeholder's number while markdown is rendered (they pass through unchanged). */
const PLACEHOLDER_MARK = /\uE000(\d+)\uE001/g;

export class RenderContext {
  private readonly usedIds = new Set<string>();
  private readonly anchors = new Map<string, string>();
  /** The law's sentences in the notice's language: its own where it has them, else the catalogue's (EU GDPR). */
  readonly lawText: LawNoticeText;

  constructor(
    readonly model: PolicyModel,
    /** The notice's law: what it says about rights, transfers and ages. */
    readonly law: Law,
    readonly msg: Messages,
    readonly preview: boolean,
    private readonly problems: readonly Problem[],
    /**
     * The language the author wrote in, when the notice is generated in another one: the author's text is then set
     * off in its own language and never spliced into a sentence of the other's grammar (docs/language.md,
     * "Output language").
     */
    readonly authorLanguage?: string,
  ) {
    this.lawText = { ...msg.lawText, ...law.notice?.[msg.language] };
  }

  /** The author's words: escaped, with each `<…>` placeholder shown as a missing-information marker. */
  private authorHtml(value: string): string {
    let out = '';
    let last = 0;
    for (const p of placeholdersIn(value)) {
      out += escapeHtml(value.slice(last, p.start)) + this.placeholderMarker(p.label);
      last = p.end;
    }
    return out + escapeHtml(value.slice(last));
  }

  private placeholderMarker(label: string): string {
    return `<span class="missing">${this.msg.placeholder(escapeHtml(label))}</span>`;
  }

  /** ` lang="…"` on author text written in another language than the notice's. */
  get authorLang(): string {
    return this.authorLanguage ? ` lang="${escapeHtml(this.authorLanguage)}"` : '';
  }

  /**
   * Author text that stands on its own (a name in a cell, a title): escaped, placeholders marked, and in a
   * `<span lang>` when the author wrote in another language.
   */
  own(value: string): string {
    const html = this.authorHtml(value);
    return this.authorLanguage ? `<span${this.authorLang}>${html}</span>` : html;
  }

  /**
   * Author text inside a generated sentence: escaped, placeholders marked, and set off as a quotation in its own
   * language when that is not the notice's (the catalogues then introduce it with a label, see `isQuotation`).
   */
  quote(value: string): string {
    const html = this.authorHtml(value);
    return this.authorLanguage ? `<q${this.authorLang}>${html}</q>` : html;
  }

  /** 0-based line of an offset, as the VS Code preview counts them. */
  lineOf(offset: number): number {
    return this.model.tree.lineCounter.linePos(offset).line - 1;
  }

  /** ` data-line="n"` for the key (or list item) a block comes from. */
  at(source: YEntry | YNode | Span | null | undefined): string {
    if (!source) return '';
    const span = 'keySpan' in source ? source.keySpan : 'span' in source ? source.span : source;
    return lineAttr(this.lineOf(span.start));
  }

  section(key: string): YEntry | undefined {
    return entryOf(this.model.root, key);
  }

  /** The marker of a finding under some of the notice's laws only, labelled with their provisions (render/sections/laws.ts). */
  lawMarker?: (rule: string, laws: readonly string[]) => string | undefined;

  /** The spelling of the notice's own law, for sentences that do not come from the catalogue (Swiss German: "ss"). */
  spelling?: (html: string) => string;

  /**
   * The marker for a problem of `rule` (inside `within`, or with fix data naming `key`; `law`: only a finding that
   * concerns that law). Shown wherever the caller passed the document's problems: the preview, and the standalone
   * notice of `render` and Export HTML, so that an incomplete notice never looks complete (docs/language.md, "Output
   * language"). Only required information is marked: a problem at the level `information` or `hint` (advice, such as
   * saying expressly that consent-based data are voluntary) stays in the problems panel. `label` words the marker
   * where the rule's own label would not fit what the author wrote beside it, or says which information a field holds
   * (`missing-field/data`): a key of the catalogue's `missing`, so that each law of the notice cites its own provision
   * there too; `where.text` is the marker's whole text where a law words it (a destination its list does not hold).
   */
  flag(rule: string, where: { within?: Span; key?: string; law?: string; text?: string } = {}, label = rule): string {
    const found = this.problems.find(
      (p) =>
        p.rule === rule &&
        p.severity !== 'information' &&
        p.severity !== 'hint' &&
        (!where.within || (p.span.start >= where.within.start && p.span.end <= where.within.end)) &&
        (!where.key || (p.data?.kind === 'insert' && p.data.key === where.key)) &&
        // A finding under some laws only concerns those laws' sections (`law`: the section's law).
        (!where.law || !p.laws || p.laws.includes(where.law)),
    );
    if (!found) return '';
    const text = where.text ?? (found.laws && this.lawMarker?.(label, found.laws)) ?? this.msg.missing[label];
    const spelled = text && this.spelling ? this.spelling(text) : text;
    return spelled ? ` <span class="missing">${spelled}</span>` : '';
  }

  /** The marker as a paragraph of its own, for places with no sentence to attach it to. */
  flagBlock(rule: string, where: { within?: Span; key?: string; law?: string } = {}, label = rule): string {
    const marker = this.flag(rule, where, label);
    return marker ? `<p class="missing-line">${marker.trim()}</p>` : '';
  }

  /** A unique, safe id for an anchor (author ids may be anything in a broken document). */
  id(wanted: string): string {
    const base =
      wanted
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '') || 'section';
    let id = base;
    for (let n = 2; this.usedIds.has(id); n++) id = `${base}-${n}`;
    this.usedIds.add(id);
    return id;
  }

  /** The anchor of a defined entity, the same wherever it is linked from. */
  anchor(section: 'data' | 'purpose' | 'recipient' | 'organisation', id: string): string {
    const key = `${section}:${id}`;
    let anchor = this.anchors.get(key);
    if (!anchor) this.anchors.set(key, (anchor = this.id(`${section}-${id}`)));
    return anchor;
  }

  /** The text of a scalar field standing on its own (`own`); undefined when absent or not a scalar. */
  text(map: YMap | null | undefined, key: string): string | undefined {
    const s = strOf(entryOf(map, key)?.value);
    return s && s.value.trim() !== '' ? this.own(s.value) : undefined;
  }

  /** The text of a scalar field inside a generated sentence (`quote`); undefined when absent or not a scalar. */
  quoteText(map: YMap | null | undefined, key: string): string | undefined {
    const s = strOf(entryOf(map, key)?.value);
    return s && s.value.trim() !== '' ? this.quote(s.value) : undefined;
  }

  /** A markdown field, with data-line on every block it produces. `#` becomes `headingLevel`. */
  markdown(entry: YEntry | undefined, headingLevel = 4): string {
    const node = entry?.value;
    const s = strOf(node);
    if (!entry || !node || !s || s.value.trim() === '') return '';
    // Block scalars (| or >) start their text on the line after the indicator.
    const indicator = this.model.text[node.span.start];
    const first = this.lineOf(node.span.start) + (indicator === '|' || indicator === '>' ? 1 : 0);
    return this.authorBlock(s.value, (text) => renderMarkdown(text, { line: first, headingLevel }));
  }

  /** One line of the author's markdown (a list item), placeholders marked, in its language. */
  markdownInline(value: string): string {
    const html = this.authorMarkdown(value, renderMarkdownInline);
    return this.authorLanguage ? `<span${this.authorLang}>${html}</span>` : html;
  }

  /** Author markdown as a block, in a `<div lang>` when the author wrote in another language. */
  private authorBlock(value: string, render: (text: string) => string): string {
    const html = this.authorMarkdown(value, render);
    return this.authorLanguage ? `<div class="author-text"${this.authorLang}>${html}</div>` : html;
  }

  /** Markdown with its placeholders kept out of the markdown parser, then shown as markers. */
  private authorMarkdown(value: string, render: (text: string) => string): string {
    const placeholders = placeholdersIn(value);
    if (!placeholders.length) return render(value);
    let text = '';
    let last = 0;
    placeholders.forEach((p, i) => {
      text += `${value.slice(last, p.start)}\uE000${i}\uE001`;
      last = p.end;
    });
    text += value.slice(last);
    return render(text).replace(PLACEHOLDER_MARK, (_, i: string) =>
      this.placeholderMarker(placeholders[Number(i)].label),
    );
  }

  /** A markdown field of a map, by key. */
  markdownField(map: YMap | null | undefined, key: string, headingLevel = 4): string {
    return this.markdown(entryOf(map, key), headingLevel);
  }

  mapAt(key: string): YMap | null {
    return mapOf(this.section(key)?.value);
  }

  list(items: string[]): string {
    return new Intl.ListFormat(this.msg.locale, { type: 'conjunction' }).format(items);
  }
}
