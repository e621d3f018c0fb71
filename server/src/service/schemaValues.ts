// What each key and value of a policy is, read through the schema (docs/language.md, "Top-level sections"): a key, a
// defined id, a reference to one, a vocabulary value, a country, a duration, `none`. Semantic tokens colour these and
// inlay hints annotate them; both walk the parsed tree once through this module, never the text.
import { isCountryCode } from '../vocabulary/countries';
import { parseDuration, type Duration } from '../vocabulary/duration';
import { findTerm, type Term, type VocabularyName } from '../vocabulary/terms';
import { definitionsIn, type PolicyModel } from '../parser/policyModel';
import { fieldOf, POLICY_SCHEMA, RETENTION_KEYS, type Section, type ValueSchema } from '../schema/policySchema';
import type { Span, YNode, YScalar } from '../parser/yamlTree';

export type SchemaValue =
  /** A key of the language (or one it does not know: still a key). */
  | { kind: 'key'; span: Span }
  /** An id defined under `data`, `recipients`, `purposes` or `audiences`. */
  | { kind: 'definition'; span: Span; section: Section }
  /** A use of a defined id (or of an id that should be: the diagnostics say it is not defined). */
  | { kind: 'reference'; span: Span; section: Section }
  /**
   * A value of one of the language's vocabularies (legal bases, mechanisms, rights…); `law`: the law it is given for,
   * under a per-law mapping (`mechanism: { uk-gdpr: uk-addendum }`, docs/language.md, "Laws").
   */
  | { kind: 'term'; span: Span; vocabulary: VocabularyName; term: Term; law?: string }
  /** An ISO 3166-1 country code. */
  | { kind: 'country'; span: Span }
  /** A duration, in words ("12 months") or ISO 8601 (`P12M`, `iso` set). */
  | { kind: 'duration'; span: Span; duration: Duration; iso: boolean }
  /** `none` (no DPO, no automated decisions) or a cookie's `session`. */
  | { kind: 'keyword'; span: Span };

const overlaps = (span: Span, range: Span | undefined) =>
  !range || (span.start <= range.end && span.end >= range.start);

/**
 * Every classified key and value of the document, in document order, limited to those touching `range` when given.
 * Nodes that an alias stands for are not walked where the alias is (their spans are at the anchor, already walked).
 */
export function schemaValues(model: PolicyModel, range?: Span): SchemaValue[] {
  const out: SchemaValue[] = [];
  /** The law of the per-law mapping being walked, if any. */
  let keyLaw: string | undefined;
  const definedIds = new Map<Section, Set<string>>();
  const isDefined = (section: Section, id: string) => {
    let ids = definedIds.get(section);
    if (!ids) definedIds.set(section, (ids = new Set(definitionsIn(model, section).map((d) => d.id))));
    return ids.has(id);
  };

  const scalarText = (node: YNode): string | undefined =>
    node.kind === 'scalar' && node.value !== null && typeof node.value !== 'object' ? String(node.value) : undefined;

  /** A node whose span is not inside its parent's is an alias's expansion: its spans are elsewhere. */
  const inside = (node: YNode, parent: Span) => node.span.start >= parent.start && node.span.end <= parent.end;

  /** Keys of a subtree the schema does not describe: still keys. */
  const keysOnly = (node: YNode) => {
    if (!overlaps(node.span, range)) return;
    if (node.kind === 'map')
      for (const e of node.entries) {
        if (overlaps(e.keySpan, range)) out.push({ kind: 'key', span: e.keySpan });
        if (e.value && inside(e.value, node.span)) keysOnly(e.value);
      }
    else if (node.kind === 'seq') for (const item of node.items) if (inside(item, node.span)) keysOnly(item);
  };

  const scalar = (node: YScalar, schema: ValueSchema) => {
    const text = scalarText(node);
    if (text === undefined) return;
    switch (schema.type) {
      case 'term': {
        const term = findTerm(schema.vocabulary, text);
        if (term)
          out.push({
            kind: 'term',
            span: node.span,
            vocabulary: schema.vocabulary,
            term,
            ...(keyLaw ? { law: keyLaw } : {}),
          });
        return;
      }
      case 'ref':
        // Text is allowed here too (a cookie's purpose, a retention's data): only an id that is defined is one.
        if (!schema.allowText || isDefined(schema.section, text))
          out.push({ kind: 'reference', span: node.span, section: schema.section });
        return;
      case 'country': {
        // v1.3: a region (`EEA`, `EU`) where the schema allows one is a vocabulary value.
        const region = schema.regions ? findTerm('region', text) : undefined;
        if (region) out.push({ kind: 'term', span: node.span, vocabulary: 'region', term: region });
        else if (isCountryCode(text.toUpperCase())) out.push({ kind: 'country', span: node.span });
        return;
      }
      case 'duration':
      case 'retention': {
        if (schema.type === 'duration' && schema.allowSession && text === 'session') {
          out.push({ kind: 'keyword', span: node.span });
          return;
        }
        const duration = parseDuration(text);
        if (duration) out.push({ kind: 'duration', span: node.span, duration, iso: /^\s*P/.test(text) });
        return;
      }
      case 'noneOr':
        if (text === 'none') out.push({ kind: 'keyword', span: node.span });
        else walk(node, schema.other);
        return;
      case 'either':
        walk(node, schema.scalar);
        return;
      case 'keyed':
        // The value alone, for every law (`mechanism: scc`).
        if (schema.orItem) walk(node, schema.entry);
        return;
      case 'list':
      case 'oneOrList':
        // One value where a list is expected is still read as the list of it (docs/language.md, "purposes").
        walk(node, schema.item);
        return;
      default:
        return;
    }
  };

  const entries = (
    node: YNode,
    fieldSchema: (key: string) => ValueSchema | undefined,
    keyKind: (key: string) => SchemaValue['kind'] = () => 'key',
    section?: Section,
  ) => {
    if (node.kind !== 'map') return keysOnly(node);
    for (const e of node.entries) {
      if (!overlaps(e.span, range) && !overlaps(e.keySpan, range)) continue;
      if (overlaps(e.keySpan, range)) {
        const kind = keyKind(e.key);
        out.push(
          kind === 'definition' && section
            ? { kind: 'definition', span: e.keySpan, section }
            : { kind: 'key', span: e.keySpan },
        );
      }
      if (!e.value || !inside(e.value, node.span)) continue;
      const schema = fieldSchema(e.key);
      if (schema) walk(e.value, schema);
      else keysOnly(e.value);
    }
  };

  const retention = (node: YNode) => {
    if (node.kind === 'scalar') return scalar(node, { type: 'retention' });
    if (node.kind === 'seq') {
      for (const item of node.items) if (inside(item, node.span)) retention(item);
      return;
    }
    // A list item may nest its form under `retention`.
    entries(node, (key) =>
      key === 'retention' ? { type: 'retention' } : (fieldOf(RETENTION_KEYS, key)?.value ?? undefined),
    );
  };

  function walk(node: YNode, schema: ValueSchema): void {
    if (!overlaps(node.span, range)) return;
    if (node.kind === 'scalar') return scalar(node, schema);
    switch (schema.type) {
      case 'object':
        return entries(node, (key) => fieldOf(schema.fields, key)?.value);
      case 'definitions':
        return entries(
          node,
          () => schema.entry,
          () => 'definition',
          schema.section,
        );
      case 'list':
      case 'oneOrList':
        if (node.kind === 'seq') {
          for (const item of node.items) if (inside(item, node.span)) walk(item, schema.item);
        } else if (schema.type === 'oneOrList') walk(node, schema.item);
        else keysOnly(node);
        return;
      case 'noneOr':
        // v1.3: a mapping of its own shape (`automated_decisions: { none: true, note }`).
        return walk(node, node.kind === 'map' && schema.map ? schema.map : schema.other);
      case 'keyed': {
        if (node.kind !== 'map') return schema.orItem ? walk(node, schema.entry) : keysOnly(node);
        // Keys are law ids (`laws:`, a per-law `mechanism:`); the values under each are given for that law.
        const outer = keyLaw;
        for (const e of node.entries) {
          if (!overlaps(e.span, range) && !overlaps(e.keySpan, range)) continue;
          if (overlaps(e.keySpan, range)) out.push({ kind: 'key', span: e.keySpan });
          if (!e.value || !inside(e.value, node.span)) continue;
          if (!findTerm(schema.key, e.key)) {
            keysOnly(e.value);
            continue;
          }
          keyLaw = schema.key === 'law' ? findTerm('law', e.key)!.id : outer;
          walk(e.value, schema.entry);
          keyLaw = outer;
        }
        return;
      }
      case 'either':
        return node.kind === 'map' ? walk(node, schema.object) : walk(node, schema.scalar);
      case 'retention':
        return retention(node);
      default:
        return keysOnly(node);
    }
  }

  if (model.tree.root) walk(model.tree.root, POLICY_SCHEMA);
  return out;
}
