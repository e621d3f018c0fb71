// The author's free text, found through the schema: every text and markdown field (descriptions, `law`,
// `legitimate_interest`, notes, section bodies…), text written where a vocabulary also accepts text, and the
// text forms of retention. GDPR citations are recognised there (docs/language.md, "Citing the GDPR in your text"), once per analysed document.
import { findLawCitations, lawList, mayCiteLaws, type Law, type LawCitation } from '../laws';
import type { PolicyModel } from '../parser/policyModel';
import type { YNode, YScalar } from '../parser/yamlTree';
import { POLICY_SCHEMA, type ValueSchema } from './policySchema';

/** The string scalars of the document that hold the author's own words. */
export function freeTextScalars(root: YNode | null): YScalar[] {
  const out: YScalar[] = [];
  walk(root, POLICY_SCHEMA, out);
  return out;
}

function walk(node: YNode | null, schema: ValueSchema, out: YScalar[]): void {
  if (!node) return;
  switch (schema.type) {
    case 'text':
      if (schema.format === 'email' || schema.format === 'url' || schema.format === 'email-or-url') return;
      if (node.kind === 'scalar' && typeof node.value === 'string') out.push(node);
      return;
    case 'term':
    case 'ref':
      if (schema.allowText && node.kind === 'scalar' && typeof node.value === 'string') out.push(node);
      return;
    case 'retention':
      allStrings(node, out);
      return;
    case 'object':
      if (node.kind === 'map')
        for (const e of node.entries)
          if (Object.hasOwn(schema.fields, e.key)) walk(e.value, schema.fields[e.key].value, out);
      return;
    case 'definitions':
      if (node.kind === 'map') for (const e of node.entries) walk(e.value, schema.entry, out);
      return;
    case 'list':
    case 'oneOrList':
      if (node.kind === 'seq') for (const item of node.items) walk(item, schema.item, out);
      else if (schema.type === 'oneOrList') walk(node, schema.item, out);
      return;
    case 'noneOr':
      walk(node, node.kind === 'map' && schema.map ? schema.map : schema.other, out);
      return;
    case 'keyed':
      if (node.kind === 'map') for (const e of node.entries) walk(e.value, schema.entry, out);
      else if (schema.orItem) walk(node, schema.entry, out);
      return;
    case 'either':
      walk(node, node.kind === 'map' ? schema.object : schema.scalar, out);
      return;
    default:
      return;
  }
}

/** Retention forms: every text in them except the `data` a period applies to. */
function allStrings(node: YNode, out: YScalar[]): void {
  if (node.kind === 'scalar') {
    if (typeof node.value === 'string') out.push(node);
  } else if (node.kind === 'seq') {
    for (const item of node.items) allStrings(item, out);
  } else {
    for (const e of node.entries) if (e.key !== 'data' && e.value) allStrings(e.value, out);
  }
}

const memo = new WeakMap<PolicyModel, Map<string, LawCitation[]>>();

/**
 * Every citation of the document's laws in the author's text, each with its law (docs/language.md, "Laws"), with
 * offsets in the document. Read from the source, so the spans land on the words as written (quotes and block
 * scalars included). Computed once per analysis and set of laws.
 */
export function documentCitations(model: PolicyModel, laws: Law | readonly Law[]): LawCitation[] {
  const list = lawList(laws);
  const key = list.map((l) => `${l.id}@${l.date ?? ''}`).join(',');
  let byLaws = memo.get(model);
  if (!byLaws) memo.set(model, (byLaws = new Map<string, LawCitation[]>()));
  let found = byLaws.get(key);
  if (!found) {
    found = [];
    const country = model.controllerCountry?.value;
    for (const node of freeTextScalars(model.tree.root)) {
      const source = model.text.slice(node.span.start, node.span.end);
      // Most text cites nothing: a cheap test skips the parser for it.
      if (!mayCiteLaws(source, list)) continue;
      found.push(...findLawCitations(source, list, { base: node.span.start, country }));
    }
    byLaws.set(key, found);
  }
  return found;
}
