// Go to definition, find references, rename, document highlights, outline and folding.
import { ID_PATTERN } from '../schema/policySchema';
import type { InterfaceText } from '../languages/interface';
import type { PolicyModel } from '../parser/policyModel';
import type { Span, YMap, YNode } from '../parser/yamlTree';
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

export function prepareRename(model: PolicyModel, offset: number, ui: InterfaceText): RenameCheck {
  const occ = occurrencesAt(model, offset);
  if (!occ) return { ok: false, message: ui.t('Only data, recipient, purpose and audience ids can be renamed.') };
  if (!occ.definition)
    return { ok: false, message: ui.t("'{0}' is not defined, so there is nothing to rename.", occ.id) };
  return { ok: true, span: occ.span, id: occ.id };
}

export function renameEdits(
  model: PolicyModel,
  text: string,
  offset: number,
  newName: string,
  ui: InterfaceText,
): { edits: { span: Span; newText: string }[] } | { error: string } {
  const occ = occurrencesAt(model, offset);
  if (!occ || !occ.definition)
    return { error: ui.t('Only defined data, recipient, purpose and audience ids can be renamed.') };
  if (!ID_PATTERN.test(newName))
    return {
      error: ui.t(
        "'{0}' is not a valid id: use lower-case letters, digits and hyphens, starting with a letter.",
        newName,
      ),
    };
  const symbol = symbolAt(model, occ.definition.start);
  const section = symbol?.kind === 'definition' ? symbol.def.section : undefined;
  if (section && definitionOf(model, section, newName)) return { error: ALREADY_EXISTS[section](ui, newName) };
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

/**
 * The outline: sections; in data/recipients/purposes/audiences the entries by their label or title; the items of
 * lists by what names them (a transfer by its destinations and mechanisms, a promise by what it promises); and the
 * entries of `laws`, `roles.processor_for` and `rights.restrictions` (docs/language.md).
 */
export function outline(model: PolicyModel, ui: InterfaceText): OutlineNode[] {
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
        ? entry.value.items.map((item, i) => itemNode(entry.key, item, i, ui))
        : entry.value?.kind === 'map'
          ? nestedItems(entry.key, entry.value, ui)
          : [];
    return { name: entry.key, kind: 'section', span: entry.span, selection: entry.keySpan, children };
  });
}

const item = (name: string, node: YNode, detail?: string): OutlineNode => ({
  name,
  detail,
  kind: 'item',
  span: node.span,
  selection: node.span,
  children: [],
});

function itemNode(section: string, node: YNode, index: number, ui: InterfaceText): OutlineNode {
  if (section === 'promises' && node.kind === 'scalar') {
    const promise = ui.term('promise', String(node.value ?? ''));
    return item(promise?.label ?? itemName(node, index, ui), node, promise?.id);
  }
  if (section === 'transfers' && node.kind === 'map') return item(transferName(node, index, ui), node);
  return item(itemName(node, index, ui), node);
}

/** The entries of `laws`, the processor roles of `roles`, the restrictions of `rights`. */
function nestedItems(section: string, map: YMap, ui: InterfaceText): OutlineNode[] {
  if (section === 'laws')
    return map.entries.map((e) => ({
      name: ui.term('law', e.key)?.label ?? e.key,
      detail: e.key,
      kind: 'item',
      span: e.span,
      selection: e.keySpan,
      children: [],
    }));
  const list = (key: string) => {
    const value = map.entries.find((e) => e.key === key)?.value;
    return value?.kind === 'seq' ? value.items : [];
  };
  if (section === 'roles')
    return list('processor_for').map((node, i) => {
      const controller = scalarOf(node, 'controller');
      return item(
        controller ? ui.t('Processor for {0}', controller) : ui.t('Processor role {0}', i + 1),
        node,
        'processor_for',
      );
    });
  if (section === 'rights')
    return list('restrictions').map((node, i) => {
      const right = scalarOf(node, 'right');
      const label = right ? (ui.term('right', right)?.label ?? right) : ui.t('Restriction {0}', i + 1);
      return item(ui.t('Restricted: {0}', label), node, scalarOf(node, 'law'));
    });
  return [];
}

function scalarOf(node: YNode, key: string): string | undefined {
  if (node.kind !== 'map') return undefined;
  const value = node.entries.find((e) => e.key === key)?.value;
  return value?.kind === 'scalar' && value.value !== null ? String(value.value).slice(0, 80) : undefined;
}

/** "hosting, IN — scc or bcr": where a transfer goes and what it rests on (one of a list; or per law). */
function transferName(node: YMap, index: number, ui: InterfaceText): string {
  const value = (key: string) => node.entries.find((e) => e.key === key)?.value ?? null;
  const to = ['recipients', 'countries', 'organisations'].flatMap((k) => plainScalars(value(k))).join(', ');
  const mechanism = value('mechanism');
  const on =
    mechanism?.kind === 'map'
      ? mechanism.entries.map((e) => `${e.key}: ${plainScalars(e.value).join(` ${ui.t('or')} `)}`).join('; ')
      : plainScalars(mechanism).join(` ${ui.t('or')} `);
  return [to || ui.t('transfer {0}', index + 1), on].filter(Boolean).join(' — ').slice(0, 120);
}

function plainScalars(node: YNode | null): string[] {
  if (!node) return [];
  if (node.kind === 'scalar') return node.value === null ? [] : [String(node.value)];
  if (node.kind === 'seq') return node.items.flatMap(plainScalars);
  return [];
}

function itemName(item: YNode, index: number, ui: InterfaceText): string {
  if (item.kind === 'map') {
    for (const key of ['title', 'name', 'mechanism', 'purpose', 'right', 'description']) {
      const value = item.entries.find((e) => e.key === key)?.value;
      if (value?.kind === 'scalar' && value.value !== null) return String(value.value).slice(0, 60);
    }
  }
  if (item.kind === 'scalar') return String(item.value ?? '').slice(0, 60);
  return ui.t('item {0}', index + 1);
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

/** Rename refused: the new id is taken, by section. */
const ALREADY_EXISTS: Record<string, (ui: InterfaceText, id: string) => string> = {
  data: (ui, id) => ui.t("A data category '{0}' already exists.", id),
  recipients: (ui, id) => ui.t("A recipient '{0}' already exists.", id),
  purposes: (ui, id) => ui.t("A purpose '{0}' already exists.", id),
  audiences: (ui, id) => ui.t("An audience '{0}' already exists.", id),
};
