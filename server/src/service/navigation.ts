// Go to definition, find references, rename, document highlights, outline and folding.
import { ID_PATTERN, SECTION_NOUN } from '../schema/policySchema';
import type { PolicyModel } from '../parser/policyModel';
import type { Span, YNode } from '../parser/yamlTree';
import { definitionOf, symbolAt } from './locate';

export interface Occurrences {
  definition?: Span;
  references: Span[];
  /** The id under the cursor, with its span there. */
  id: string;
  span: Span;
}

/** Every place an id under the offset occurs: its definition key and all its uses. */
export function occurrencesAt(model: PolicyModel, offset: number): Occurrences | undefined {
  const symbol = symbolAt(model, offset);
  if (!symbol) return undefined;
  const section = symbol.kind === 'definition' ? symbol.def.section : symbol.ref.section;
  const id = symbol.kind === 'definition' ? symbol.def.id : symbol.ref.value;
  const def = definitionOf(model, section, id);
  return {
    id,
    span: symbol.kind === 'definition' ? symbol.def.keySpan : symbol.ref.span,
    // On a definition, that very key (an id defined twice: the one under the cursor, not the first).
    definition: symbol.kind === 'definition' ? symbol.def.keySpan : def?.keySpan,
    references: model.references.filter((r) => r.section === section && r.value === id).map((r) => r.span),
  };
}

export type RenameCheck = { ok: true; span: Span; id: string } | { ok: false; message: string };

export function prepareRename(model: PolicyModel, offset: number): RenameCheck {
  const occ = occurrencesAt(model, offset);
  if (!occ) return { ok: false, message: 'Only data, recipient, purpose and audience ids can be renamed.' };
  if (!occ.definition) return { ok: false, message: `'${occ.id}' is not defined, so there is nothing to rename.` };
  return { ok: true, span: occ.span, id: occ.id };
}

export function renameEdits(
  model: PolicyModel,
  text: string,
  offset: number,
  newName: string,
): { edits: { span: Span; newText: string }[] } | { error: string } {
  const occ = occurrencesAt(model, offset);
  if (!occ || !occ.definition)
    return { error: 'Only defined data, recipient, purpose and audience ids can be renamed.' };
  if (!ID_PATTERN.test(newName))
    return {
      error: `'${newName}' is not a valid id: use lower-case letters, digits and hyphens, starting with a letter.`,
    };
  const symbol = symbolAt(model, occ.definition.start);
  const section = symbol?.kind === 'definition' ? symbol.def.section : undefined;
  if (section && definitionOf(model, section, newName))
    return { error: `A ${SECTION_NOUN[section]} '${newName}' already exists.` };
  // Replace only the id's characters, keeping any quotes the author put around it.
  const edits = [occ.definition, ...occ.references].map((span) => {
    const source = text.slice(span.start, span.end);
    const at = source.indexOf(occ.id);
    return at >= 0
      ? { span: { start: span.start + at, end: span.start + at + occ.id.length }, newText: newName }
      : { span, newText: newName };
  });
  return { edits };
}

export interface OutlineNode {
  name: string;
  detail?: string;
  kind: 'section' | 'definition' | 'item';
  span: Span;
  selection: Span;
  children: OutlineNode[];
}

/** The outline: sections, and in data/recipients/purposes the entries by their label or title. */
export function outline(model: PolicyModel): OutlineNode[] {
  if (!model.root) return [];
  return model.root.entries.map((entry) => {
    const defs =
      entry.key === 'data'
        ? model.data
        : entry.key === 'recipients'
          ? model.recipients
          : entry.key === 'purposes'
            ? model.purposes
            : entry.key === 'audiences'
              ? model.audiences
              : undefined;
    const children: OutlineNode[] = defs
      ? defs.map((d) => ({
          name: d.name,
          detail: d.id,
          kind: 'definition',
          span: d.entry.span,
          selection: d.keySpan,
          children: [],
        }))
      : entry.value?.kind === 'seq'
        ? entry.value.items.map((item, i) => ({
            name: itemName(item, i),
            kind: 'item',
            span: item.span,
            selection: item.span,
            children: [],
          }))
        : [];
    return { name: entry.key, kind: 'section', span: entry.span, selection: entry.keySpan, children };
  });
}

function itemName(item: YNode, index: number): string {
  if (item.kind === 'map') {
    for (const key of ['title', 'name', 'mechanism', 'purpose']) {
      const value = item.entries.find((e) => e.key === key)?.value;
      if (value?.kind === 'scalar' && value.value !== null) return String(value.value);
    }
  }
  if (item.kind === 'scalar') return String(item.value ?? '').slice(0, 60);
  return `item ${index + 1}`;
}

/** Ranges that span more than one line: every mapping entry and list item, at any depth. */
export function foldingSpans(root: YNode | null): Span[] {
  const spans: Span[] = [];
  const stack: YNode[] = root ? [root] : [];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.kind === 'map') {
      for (const e of node.entries) {
        spans.push(e.span);
        if (e.value) stack.push(e.value);
      }
    } else if (node.kind === 'seq') {
      for (const item of node.items) {
        spans.push(item.span);
        stack.push(item);
      }
    }
  }
  return spans;
}
