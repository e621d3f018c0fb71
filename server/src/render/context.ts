// What every part of the renderer needs: the model, the text catalogue, source lines for scroll sync,
// and the missing-information markers (preview and standalone output alike, docs/language.md, "Output language").
import { entryOf, mapOf, strOf, type PolicyModel } from '../parser/policyModel';
import type { Span, YEntry, YMap, YNode } from '../parser/yamlTree';
import type { Problem } from '../core/problem';
import { escapeHtml, lineAttr } from './html';
import { renderMarkdown } from './markdown';
import type { Messages } from '../languages/notices';
import type { Law } from '../laws';

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

export class RenderContext {
  private readonly usedIds = new Set<string>();
  private readonly anchors = new Map<string, string>();

  constructor(
    readonly model: PolicyModel,
    /** The notice's law: what it says about rights, transfers and ages. */
    readonly law: Law,
    readonly msg: Messages,
    readonly preview: boolean,
    private readonly problems: readonly Problem[],
  ) {}

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

  /**
   * The marker for a problem of `rule` (inside `within`, or with fix data naming `key`). Shown wherever the caller
   * passed the document's problems: the preview, and the standalone notice of `render` and Export HTML, so that an
   * incomplete notice never looks complete (docs/language.md, "Output language").
   */
  /** The marker of a finding under some of the notice's laws only, labelled with their provisions (render/sections/laws.ts). */
  lawMarker?: (rule: string, laws: readonly string[]) => string | undefined;

  flag(rule: string, where: { within?: Span; key?: string } = {}): string {
    const found = this.problems.find(
      (p) =>
        p.rule === rule &&
        (!where.within || (p.span.start >= where.within.start && p.span.end <= where.within.end)) &&
        (!where.key || (p.data?.kind === 'insert' && p.data.key === where.key)),
    );
    if (!found) return '';
    const label =
      rule === 'missing-field' && where.key
        ? this.msg.missingField(escapeHtml(where.key))
        : ((found.laws && this.lawMarker?.(rule, found.laws)) ?? this.msg.missing[rule]);
    return label ? ` <span class="missing">${label}</span>` : '';
  }

  /** The marker as a paragraph of its own, for places with no sentence to attach it to. */
  flagBlock(rule: string, where: { within?: Span; key?: string } = {}): string {
    const marker = this.flag(rule, where);
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
  anchor(section: 'data' | 'purpose' | 'recipient', id: string): string {
    const key = `${section}:${id}`;
    let anchor = this.anchors.get(key);
    if (!anchor) this.anchors.set(key, (anchor = this.id(`${section}-${id}`)));
    return anchor;
  }

  /** The text of a scalar field, escaped; undefined when absent or not a scalar. */
  text(map: YMap | null | undefined, key: string): string | undefined {
    const s = strOf(entryOf(map, key)?.value);
    return s && s.value.trim() !== '' ? escapeHtml(s.value) : undefined;
  }

  /** A markdown field, with data-line on every block it produces. `#` becomes `headingLevel`. */
  markdown(entry: YEntry | undefined, headingLevel = 4): string {
    const node = entry?.value;
    const s = strOf(node);
    if (!entry || !node || !s || s.value.trim() === '') return '';
    // Block scalars (| or >) start their text on the line after the indicator.
    const indicator = this.model.text[node.span.start];
    const first = this.lineOf(node.span.start) + (indicator === '|' || indicator === '>' ? 1 : 0);
    return renderMarkdown(s.value, { line: first, headingLevel });
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
