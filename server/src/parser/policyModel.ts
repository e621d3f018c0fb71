// A typed view of a policy over the YAML tree: every value keeps its source span. Built from whatever parts
// of the document are readable, so a broken file still gets every diagnostic its readable parts allow.
import { findTerm, type VocabularyName } from '../gdpr/vocabulary';
import type { Section } from '../schema/policySchema';
import type { Span, YEntry, YMap, YNode, YamlTree } from './yamlTree';

export interface Str {
  value: string;
  span: Span;
}

export interface Ref extends Str {
  section: Section;
}

export interface Definition {
  section: Section;
  id: string;
  keySpan: Span;
  entry: YEntry;
  map: YMap | null;
  /** label (data, recipients) or title (purposes), falling back to the id: how messages name it. */
  name: string;
}

export interface DataCategory extends Definition {
  special?: Str;
  criminal: boolean;
  source?: Str;
}

export interface Recipient extends Definition {
  label?: Str;
  type?: Str;
  category?: Str;
  orgName?: Str;
  country?: Str;
}

export interface Purpose extends Definition {
  title?: Str;
  data: Ref[];
  bases: Str[];
  specialBases: Str[];
  recipients: Ref[];
}

export interface Transfer {
  map: YMap;
  index: number;
  recipients: Ref[];
  countries: Str[];
  /** Normalised to the term id; `written` keeps what the author wrote (aliases matter for A45-3). */
  mechanism?: Str & { written: string };
  copy?: Str;
}

export interface PolicyModel {
  text: string;
  tree: YamlTree;
  root: YMap | null;
  collection: 'direct' | 'indirect' | 'both';
  data: DataCategory[];
  recipients: Recipient[];
  purposes: Purpose[];
  transfers: Transfer[];
  /** Every id used somewhere (purposes' data and recipients, transfers, cookies' purpose). */
  references: Ref[];
}

const indexes = new WeakMap<PolicyModel, Map<string, Map<unknown, unknown>>>();

/**
 * A lookup table over a model, built once per model and name: quick fixes find "the recipient whose country is
 * at this offset" in constant time, so fixing thousands of problems stays linear.
 */
export function indexOf<K, V>(model: PolicyModel, name: string, build: () => Iterable<readonly [K, V]>): ReadonlyMap<K, V> {
  let byName = indexes.get(model);
  if (!byName) indexes.set(model, (byName = new Map()));
  let index = byName.get(name);
  if (!index) {
    index = new Map<unknown, unknown>();
    // The first of equal keys wins, as Array.find would.
    for (const [k, v] of build()) if (!index.has(k)) index.set(k, v);
    byName.set(name, index);
  }
  return index as Map<K, V>;
}

export function entryOf(map: YMap | null | undefined, key: string): YEntry | undefined {
  return map?.entries.find((e) => e.key === key);
}

export function mapOf(node: YNode | null | undefined): YMap | null {
  return node && node.kind === 'map' ? node : null;
}

/** No value at all: absent, `key:` with nothing, blank text, or an empty list. */
export function isBlank(node: YNode | null | undefined): boolean {
  return !node || (node.kind === 'scalar' && (node.value === null || String(node.value).trim() === '')) || (node.kind === 'seq' && node.items.length === 0);
}

/** A scalar's text (numbers and booleans stringified); undefined for empty values and collections. */
export function strOf(node: YNode | null | undefined): Str | undefined {
  if (!node || node.kind !== 'scalar' || node.value === null || node.value === undefined) return undefined;
  return { value: String(node.value), span: node.span };
}

export function fieldStr(map: YMap | null | undefined, key: string): Str | undefined {
  return strOf(entryOf(map, key)?.value);
}

/** A single value or a list of values (SPEC: `basis` "one legal basis or a list"). */
export function strList(node: YNode | null | undefined): Str[] {
  if (!node) return [];
  if (node.kind === 'seq') return node.items.map(strOf).filter((s): s is Str => s !== undefined);
  const single = strOf(node);
  return single ? [single] : [];
}

/** Replaces DPV aliases (`A6-1-f`) by the term id they stand for. */
function normalised(values: Str[], vocabulary: VocabularyName): Str[] {
  return values.map((s) => ({ value: findTerm(vocabulary, s.value)?.id ?? s.value, span: s.span }));
}

export function buildPolicyModel(text: string, tree: YamlTree): PolicyModel {
  const root = mapOf(tree.root);
  const references: Ref[] = [];
  const refsAt = (node: YNode | null | undefined, section: Section): Ref[] => {
    const found = strList(node).map((s) => ({ ...s, section }));
    references.push(...found);
    return found;
  };
  const definitions = (section: Section) =>
    (mapOf(entryOf(root, section)?.value)?.entries ?? []).map((entry) => {
      const map = mapOf(entry.value);
      const label = fieldStr(map, section === 'purposes' ? 'title' : 'label');
      return { section, id: entry.key, keySpan: entry.keySpan, entry, map, name: label?.value ?? entry.key };
    });

  const data: DataCategory[] = definitions('data').map((d) => ({
    ...d,
    special: fieldStr(d.map, 'special'),
    criminal: strOf(entryOf(d.map, 'criminal')?.value)?.value === 'true',
    source: fieldStr(d.map, 'source'),
  }));

  const recipients: Recipient[] = definitions('recipients').map((d) => ({
    ...d,
    label: fieldStr(d.map, 'label'),
    type: fieldStr(d.map, 'type'),
    category: fieldStr(d.map, 'category'),
    orgName: fieldStr(d.map, 'name'),
    country: upper(fieldStr(d.map, 'country')),
  }));

  const purposes: Purpose[] = definitions('purposes').map((d) => ({
    ...d,
    title: fieldStr(d.map, 'title'),
    data: refsAt(entryOf(d.map, 'data')?.value, 'data'),
    bases: normalised(strList(entryOf(d.map, 'basis')?.value), 'basis'),
    specialBases: normalised(strList(entryOf(d.map, 'special_basis')?.value), 'special_basis'),
    recipients: refsAt(entryOf(d.map, 'recipients')?.value, 'recipients'),
  }));

  const transfersNode = entryOf(root, 'transfers')?.value;
  const transfers: Transfer[] = [];
  if (transfersNode?.kind === 'seq') {
    transfersNode.items.forEach((item, index) => {
      const map = mapOf(item);
      if (!map) return;
      const mechanism = fieldStr(map, 'mechanism');
      transfers.push({
        map,
        index,
        recipients: refsAt(entryOf(map, 'recipients')?.value, 'recipients'),
        countries: strList(entryOf(map, 'countries')?.value).map((s) => ({ ...s, value: s.value.toUpperCase() })),
        mechanism: mechanism && { ...mechanism, written: mechanism.value, value: findTerm('mechanism', mechanism.value)?.id ?? mechanism.value },
        copy: fieldStr(map, 'copy'),
      });
    });
  }

  const cookies = entryOf(root, 'cookies')?.value;
  if (cookies?.kind === 'seq') {
    const purposeIds = new Set(purposes.map((p) => p.id));
    for (const item of cookies.items) {
      const purpose = fieldStr(mapOf(item), 'purpose');
      // A cookie's purpose may be free text; only a word that names a purpose counts as a reference.
      if (purpose && purposeIds.has(purpose.value)) references.push({ ...purpose, section: 'purposes' });
    }
  }

  const collectionValue = fieldStr(mapOf(entryOf(root, 'policy')?.value), 'collection')?.value;
  const collection = collectionValue === 'indirect' || collectionValue === 'both' ? collectionValue : 'direct';

  return { text, tree, root, collection, data, recipients, purposes, transfers, references };
}

function upper(s: Str | undefined): Str | undefined {
  return s && { ...s, value: s.value.toUpperCase() };
}
