// What every part of the renderer needs: the model, the text catalogue, source lines for scroll sync,
// and the missing-information markers (preview and standalone output alike, docs/language.md, "Output language").
import {
  entryOf,
  mapOf,
  strOf,
  type DataCategory,
  type Definition,
  type PolicyModel,
  type Purpose,
  type Recipient,
} from '../parser/policyModel';
import type { Span, YEntry, YMap, YNode } from '../parser/yamlTree';
import type { Problem } from '../core/problem';
import { findPlaceholders } from '../core/placeholders';
import { escapeHtml, lineAttr } from './html';
import { renderMarkdown, renderMarkdownInline } from './markdown';
import type { Messages } from '../languages/notices';
import type { Law, LawNoticeText } from '../laws';
import { ReuseMismatch, shiftLines, type ReuseSession, type Unit, type UnitCall, type UnitRow } from './reuse';

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

/** How a row kept for reuse is placed: its unit, under which key, at which line of this version. */
export interface RowReuse {
  key: string;
  unit: Unit;
  line: number;
  /** False when the row read something its key does not hold: it is placed, but not kept for the next render. */
  keep: boolean;
}

/** The definitions an entity may look up by id, by section. */
interface Defined {
  data: DataCategory;
  recipients: Recipient;
  purposes: Purpose;
  audiences: Definition;
}
export type DefinitionSection = keyof Defined;

/** An entity of the notice: a definition, a transfer (its mapping) or a list item (a cookie). */
type Entity = { entry: YEntry } | { map: YMap } | YNode;

function entitySpan(entity: Entity): Span {
  return 'entry' in entity ? entity.entry.span : 'map' in entity ? entity.map.span : entity.span;
}

/** While one entity renders for reuse (reuse.ts): its span, and what it asked beyond its own text. */
interface UnitScope {
  span: Span;
  calls: UnitCall[];
  /** False once it read something outside its span that reuse.ts cannot account for: it is then not kept. */
  keep: boolean;
  /** Inside `anchor`, whose allocation is recorded as one call. */
  anchoring: boolean;
}

/**
 * The model's fields every entity may read: its text (within its own span), the tree's lines, and what every entity
 * shares (render/notice.ts holds them in the memo's `shared`). Any other field, read while an entity renders for
 * reuse, is a read the reuse key does not hold (ctx.lookup, ctx.everyPurposeData are the recorded ways).
 */
const SHARED_FIELDS = new Set<string | symbol>(['text', 'tree', 'collection', 'controllerCountry']);

export class RenderContext {
  private readonly usedIds = new Set<string>();
  private readonly anchors = new Map<string, string>();
  /** The law's sentences in the notice's language: its own where it has them, else the catalogue's (EU GDPR). */
  readonly lawText: LawNoticeText;
  /**
   * The policy model. While an entity renders for reuse it is read through a guard: a field not in SHARED_FIELDS
   * marks the entity as not to be kept (a list's length alone is recorded), so that a read its key does not hold
   * never lets a stale entity be used again.
   */
  readonly model: PolicyModel;
  private readonly definitions = new Map<DefinitionSection, Map<string, Definition>>();
  private readonly flowSections = new Map<YEntry, boolean>();
  private readonly answers = new Map<string, string>();
  private allPurposesData: DataCategory[] | undefined;
  private scope: UnitScope | undefined;

  constructor(
    private readonly source: PolicyModel,
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
    /** The last render of the same document, when the caller keeps one: entities are then used again (reuse.ts). */
    private readonly reuse?: ReuseSession,
  ) {
    this.lawText = { ...msg.lawText, ...law.notice?.[msg.language] };
    this.model = reuse ? this.guarded(source) : source;
  }

  private guarded(model: PolicyModel): PolicyModel {
    const lists = new Map<string | symbol, unknown[]>();
    return new Proxy(model, {
      get: (target, field, receiver) => {
        const value: unknown = Reflect.get(target, field, receiver);
        const scope = this.scope;
        if (!scope || SHARED_FIELDS.has(field)) return value;
        if (!Array.isArray(value)) {
          scope.keep = false;
          return value;
        }
        // A list: its length is recorded (a transfer is numbered once there are two); anything else is not held.
        let list = lists.get(field);
        if (!list)
          lists.set(
            field,
            (list = new Proxy(value, {
              get: (items, key, itemsReceiver) => {
                const inner = this.scope;
                if (inner && key === 'length')
                  inner.calls.push({ kind: 'section', question: `${String(field)}.length`, result: `${items.length}` });
                else if (inner) inner.keep = false;
                return Reflect.get(items, key, itemsReceiver) as unknown;
              },
            })),
          );
        return list;
      },
    });
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
    if (this.scope && (offset < this.scope.span.start || offset > this.scope.span.end)) this.scope.keep = false;
    return this.source.tree.lineCounter.linePos(offset).line - 1;
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
    // An entity's markers may depend only on the problems inside it (the reuse key holds those).
    if (
      this.scope &&
      (!where.within || where.within.start < this.scope.span.start || where.within.end > this.scope.span.end)
    )
      this.scope.keep = false;
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
    if (this.scope && !this.scope.anchoring) this.scope.keep = false;
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
    if (!anchor) {
      if (this.scope) this.scope.anchoring = true;
      this.anchors.set(key, (anchor = this.id(`${section}-${id}`)));
      if (this.scope) this.scope.anchoring = false;
    }
    this.scope?.calls.push({ kind: 'anchor', section, id, result: anchor });
    return anchor;
  }

  /** The definition with this id (the first, when the author defined it twice), as `Array.find` would find it. */
  lookup<S extends DefinitionSection>(section: S, id: string): Defined[S] | undefined {
    const found = this.find(section, id);
    if (this.scope && this.reuse)
      this.scope.calls.push({ kind: 'lookup', section, id, result: found && this.reuse.source(found.entry.span) });
    return found;
  }

  private find<S extends DefinitionSection>(section: S, id: string): Defined[S] | undefined {
    let index = this.definitions.get(section);
    if (!index) {
      index = new Map();
      for (const d of this.source[section]) if (!index.has(d.id)) index.set(d.id, d);
      this.definitions.set(section, index);
    }
    return index.get(id) as Defined[S] | undefined;
  }

  /** v1.3: the data categories every purpose uses (`all_purposes`), in order (docs/language.md, "data"). */
  everyPurposeData(): readonly DataCategory[] {
    this.allPurposesData ??= this.source.data.filter((d) => d.allPurposes);
    this.scope?.calls.push({ kind: 'section', question: 'all_purposes', result: this.answer('all_purposes') });
    return this.allPurposesData;
  }

  /**
   * A table row for each entity (sections/table.ts), each made by `render` or, with a memo, kept from the last render
   * while what it was made from is unchanged (reuse.ts). `kind` names the rows and holds whatever `render` reads from
   * its section besides the entity (the notice-wide retention).
   */
  rows<E extends Entity, R extends UnitRow>(
    kind: string,
    entities: readonly E[],
    render: (entity: E) => R,
  ): (R & { reuse?: RowReuse })[] {
    if (!this.reuse) return entities.map((entity) => render(entity));
    return entities.map((entity) => this.reusedRow(kind, entitySpan(entity), () => render(entity)));
  }

  /**
   * A block of HTML (a transfer) for each entity, made by `render` or kept as `rows` keeps rows. A block may read its
   * number in the list (its index is in the key).
   */
  blocks<E extends Entity>(
    kind: string,
    entities: readonly E[],
    render: (entity: E, index: number) => string,
  ): string[] {
    if (!this.reuse) return entities.map((entity, i) => render(entity, i));
    return entities.map((entity, i) => this.reusedBlock(`${kind} ${i}`, entitySpan(entity), () => render(entity, i)));
  }

  /** The key an entity at `span` is kept under: its kind, its text, the problems in it and the section's style. */
  private unitKey(kind: string, span: Span): string {
    const reuse = this.reuse!;
    return `${kind}\n${this.inFlowSection(span)}\n${reuse.problemsIn(span)}\n${reuse.source(span)}`;
  }

  /** Whether the top-level section around `span` is written in flow style (`{ … }`, `[ … ]`): its text reads so. */
  private inFlowSection(span: Span): boolean {
    const section = this.source.root?.entries.find((e) => e.span.start <= span.start && span.end <= e.span.end);
    if (!section) return false;
    let flow = this.flowSections.get(section);
    if (flow === undefined) {
      const value = section.value;
      this.flowSections.set(section, (flow = !!value && value.kind !== 'scalar' && value.flow));
    }
    return flow;
  }

  private reusedBlock(kind: string, span: Span, render: () => string): string {
    const reuse = this.reuse!;
    const key = this.unitKey(kind, span);
    const line = reuse.lineOf(span.start);
    let unit = this.reusable(key);
    if (!unit) {
      const scope = this.enter(span);
      const html = render();
      this.scope = undefined;
      const linked = reuse.linkUnit(html);
      if (linked === undefined) {
        reuse.inlined++;
        return html;
      }
      reuse.memo.last.rendered++;
      unit = { line, calls: scope.calls, html: linked };
      if (!scope.keep) return reuse.place(linked);
    } else if (unit.line !== line) unit = { ...unit, line, html: shiftLines(unit.html, line - unit.line) };
    reuse.next.set(key, unit);
    return reuse.place(unit.html);
  }

  private reusedRow<R extends UnitRow>(kind: string, span: Span, render: () => R): R & { reuse?: RowReuse } {
    const reuse = this.reuse!;
    const key = this.unitKey(kind, span);
    const line = reuse.lineOf(span.start);
    const unit = this.reusable(key);
    if (unit?.row) return { ...(unit.row as unknown as R), reuse: { key, unit, line, keep: true } };
    const scope = this.enter(span);
    const row = render();
    this.scope = undefined;
    reuse.memo.last.rendered++;
    const made: Unit = { line, calls: scope.calls, html: '', row: { attrs: row.attrs, cells: row.cells, line } };
    return { ...row, reuse: { key, unit: made, line, keep: scope.keep } };
  }

  /**
   * A row's `<tr>` for the table's columns (`columns` says which are shown): a kept row's finished HTML when it was
   * made for the same columns, else `build()`'s, linked, placed and (when its row may be) kept.
   */
  rowHtml(row: { reuse?: RowReuse }, columns: string, build: () => string): string {
    const use = row.reuse;
    const reuse = this.reuse;
    if (!reuse) return build();
    if (!use?.unit.row) {
      reuse.inlined++;
      return build();
    }
    let unit = use.unit;
    const cellsLine = use.unit.row.line;
    if (unit.columns !== columns) {
      // Built from the cells, as they were rendered at `cellsLine`.
      const built = build();
      const linked = reuse.linkUnit(built);
      if (linked === undefined) {
        reuse.inlined++;
        return shiftLines(built, use.line - cellsLine);
      }
      unit = { ...unit, line: cellsLine, html: linked, columns };
    }
    if (unit.line !== use.line) unit = { ...unit, line: use.line, html: shiftLines(unit.html, use.line - unit.line) };
    if (use.keep) reuse.next.set(use.key, unit);
    return reuse.place(unit.html);
  }

  /** The unit kept under `key` when what it read is unchanged, its anchors allocated again in order. */
  private reusable(key: string): Unit | undefined {
    const reuse = this.reuse!;
    const unit = reuse.next.get(key) ?? reuse.memo.units.get(key);
    if (!unit) return undefined;
    for (const call of unit.calls) {
      if (call.kind === 'lookup') {
        const found = this.find(call.section as DefinitionSection, call.id);
        if ((found && reuse.source(found.entry.span)) !== call.result) return undefined;
      } else if (call.kind === 'section' && this.answer(call.question) !== call.result) return undefined;
    }
    for (const call of unit.calls)
      if (call.kind === 'anchor' && this.anchor(call.section as 'data', call.id) !== call.result)
        throw new ReuseMismatch(`the anchor of ${call.section} '${call.id}' changed`);
    reuse.memo.last.reused++;
    return unit;
  }

  /** A section question (UnitCall 'section') answered for this version, once per render. */
  private answer(question: string): string {
    let answer = this.answers.get(question);
    if (answer === undefined) {
      if (question === 'all_purposes') {
        this.allPurposesData ??= this.source.data.filter((d) => d.allPurposes);
        answer = this.allPurposesData.map((d) => d.id).join('\n');
      } else answer = `${(this.source[question.slice(0, -'.length'.length) as keyof PolicyModel] as unknown[]).length}`;
      this.answers.set(question, answer);
    }
    return answer;
  }

  private enter(span: Span): UnitScope {
    return (this.scope = { span, calls: [], keep: true, anchoring: false });
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
    const indicator = this.source.text[node.span.start];
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
