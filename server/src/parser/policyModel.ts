// A typed view of a policy over the YAML tree: every value keeps its source span. Built from whatever parts
// of the document are readable, so a broken file still gets every diagnostic its readable parts allow.
import { findTerm, type VocabularyName } from '../vocabulary/terms';
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
  /** The first special category (Art 9(1)); `specials` has them all (v1.3: one or a list). */
  special?: Str;
  specials: Str[];
  /** v1.3: used by every purpose (`all_purposes: true`). */
  allPurposes: boolean;
  criminal: boolean;
  /** The source as written; for `{ public: … }` the text naming the public source. */
  source?: Str;
  /** v1.2: the source is publicly accessible (`{ public: … }`, Art 14(2)(f)). */
  publicSource: boolean;
  /** v1.2: the audiences this data is about; empty means all. */
  audiences: Ref[];
}

export interface Recipient extends Definition {
  label?: Str;
  type?: Str;
  category?: Str;
  orgName?: Str;
  /** The first place in `country`; `countries` has them all (v1.3: a code, a list of codes, or a region), upper-cased. */
  country?: Str;
  countries: Str[];
  /** v1.3: the recipient may receive data (`possible: true`). */
  possible: boolean;
  /** v1.3: the organisation collects data itself on its own service (`own_collection: true`). */
  ownCollection: boolean;
}

/** One item of `basis`: a plain basis, or v1.2 `{ basis, when }`. */
export interface BasisItem {
  /** The basis, normalised to its term id. */
  basis: Str;
  /** What the basis covers, when the item says so. */
  when?: Str;
  /** The whole item as written (a scalar or a mapping). */
  node: YNode;
}

export interface Purpose extends Definition {
  title?: Str;
  data: Ref[];
  /** The bases' ids (normalised), with the span of each. */
  bases: Str[];
  basisItems: BasisItem[];
  specialBases: Str[];
  recipients: Ref[];
  /** v1.2: the audiences this purpose concerns; empty means all. */
  audiences: Ref[];
  /** v1.2 flags (docs/language.md, "purposes"). */
  directMarketing: boolean;
  profiling: boolean;
  research: boolean;
  children: boolean;
}

/** v1.2: a `joint_controllers` entry (Art 26). */
export interface JointController {
  map: YMap;
  index: number;
  name?: Str;
  purposes: Ref[];
  essence?: Str;
}

export interface Transfer {
  map: YMap;
  index: number;
  recipients: Ref[];
  countries: Str[];
  /** v1.2: international organisations (text). */
  organisations: Str[];
  /** The first mechanism; `mechanisms` has every one (v1.3: a list of alternatives, or one or more per law). */
  mechanism?: Mechanism;
  mechanisms: Mechanism[];
  copy?: Str;
  /** v1.3 */
  possible: boolean;
  compellingInterest?: Str;
  /** v1.3: the laws whose territory the transfer leaves, as written (`from`). */
  from: Str[];
}

/** One mechanism of a transfer: normalised to the term id; `written` keeps what the author wrote (aliases matter for A45-3). */
export interface Mechanism extends Str {
  written: string;
  /** The law it is given for, when `mechanism` maps law ids to mechanisms. */
  law?: string;
}

/** An item of the `cookies` list that has a name. */
export interface DeclaredCookie {
  name: Str;
  map: YMap;
  type?: Str;
  duration?: Str;
  party?: Str;
  provider?: Str;
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
  /** v1.2 */
  audiences: Definition[];
  jointControllers: JointController[];
  /** v1.2: `controller.country`, upper-cased. */
  controllerCountry?: Str;
  /** v1.3: the `promises` the notice makes. */
  promises: Str[];
  /** v1.3: the keys of `laws`, in order (the first is the notice's own law). */
  lawIds: Str[];
  /** Every id used somewhere (purposes' data, recipients and audiences, data's audiences, transfers, joint controllers, cookies' purpose). */
  references: Ref[];
}

const indexes = new WeakMap<PolicyModel, Map<string, Map<unknown, unknown>>>();

/**
 * A lookup table over a model, built once per model and name: quick fixes find "the recipient whose country is
 * at this offset" in constant time, so fixing thousands of problems stays linear.
 */
export function indexOf<K, V>(
  model: PolicyModel,
  name: string,
  build: () => Iterable<readonly [K, V]>,
): ReadonlyMap<K, V> {
  let byName = indexes.get(model);
  if (!byName) indexes.set(model, (byName = new Map<string, Map<unknown, unknown>>()));
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
  return (
    !node ||
    (node.kind === 'scalar' && (node.value === null || String(node.value).trim() === '')) ||
    (node.kind === 'seq' && node.items.length === 0)
  );
}

/** A scalar's text (numbers and booleans stringified); undefined for empty values and collections. */
export function strOf(node: YNode | null | undefined): Str | undefined {
  if (!node || node.kind !== 'scalar' || node.value === null || node.value === undefined) return undefined;
  return { value: String(node.value), span: node.span };
}

export function fieldStr(map: YMap | null | undefined, key: string): Str | undefined {
  return strOf(entryOf(map, key)?.value);
}

/** A single value or a list of values (docs/language.md: `basis` is "one legal basis or a list"). */
export function strList(node: YNode | null | undefined): Str[] {
  if (!node) return [];
  if (node.kind === 'seq') return node.items.map(strOf).filter((s): s is Str => s !== undefined);
  const single = strOf(node);
  return single ? [single] : [];
}

/** The definitions of one section. */
export function definitionsIn(
  model: Pick<PolicyModel, 'data' | 'recipients' | 'purposes' | 'audiences'>,
  section: Section,
): Definition[] {
  return section === 'data'
    ? model.data
    : section === 'recipients'
      ? model.recipients
      : section === 'purposes'
        ? model.purposes
        : model.audiences;
}

/** The `cookies` list items that have a name. */
export function declaredCookies(model: PolicyModel): DeclaredCookie[] {
  const list = entryOf(model.root, 'cookies')?.value;
  if (list?.kind !== 'seq') return [];
  return list.items.flatMap((item) => {
    const map = mapOf(item);
    const name = fieldStr(map, 'name');
    if (!map || !name || !name.value.trim()) return [];
    return [
      {
        name,
        map,
        type: fieldStr(map, 'type'),
        duration: fieldStr(map, 'duration'),
        party: fieldStr(map, 'party'),
        provider: fieldStr(map, 'provider'),
      },
    ];
  });
}

/** A boolean flag set to true (`direct_marketing: true`). */
export function flagOf(map: YMap | null | undefined, key: string): boolean {
  const node = entryOf(map, key)?.value;
  return node?.kind === 'scalar' && node.value === true;
}

/** The items of `basis`: plain ids and `{ basis, when }` mappings alike (docs/language.md, "purposes", v1.2). */
export function basisItems(node: YNode | null | undefined): BasisItem[] {
  if (!node) return [];
  const items = node.kind === 'seq' ? node.items : [node];
  return items.flatMap((item): BasisItem[] => {
    const map = mapOf(item);
    const basis = map ? fieldStr(map, 'basis') : strOf(item);
    if (!basis) return [];
    return [
      {
        basis: { value: findTerm('basis', basis.value)?.id ?? basis.value, span: basis.span },
        when: map ? fieldStr(map, 'when') : undefined,
        node: item,
      },
    ];
  });
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

  const data: DataCategory[] = definitions('data').map((d) => {
    const sourceNode = entryOf(d.map, 'source')?.value;
    const publicSource = mapOf(sourceNode) ? fieldStr(mapOf(sourceNode), 'public') : undefined;
    const specials = strList(entryOf(d.map, 'special')?.value);
    return {
      ...d,
      special: specials[0],
      specials,
      allPurposes: flagOf(d.map, 'all_purposes'),
      criminal: strOf(entryOf(d.map, 'criminal')?.value)?.value === 'true',
      source: publicSource ?? strOf(sourceNode),
      publicSource: publicSource !== undefined,
      audiences: refsAt(entryOf(d.map, 'audiences')?.value, 'audiences'),
    };
  });

  const recipients: Recipient[] = definitions('recipients').map((d) => {
    const countries = strList(entryOf(d.map, 'country')?.value).map((s) => upper(s)!);
    return {
      ...d,
      label: fieldStr(d.map, 'label'),
      type: fieldStr(d.map, 'type'),
      category: fieldStr(d.map, 'category'),
      orgName: fieldStr(d.map, 'name'),
      country: countries[0],
      countries,
      possible: flagOf(d.map, 'possible'),
      ownCollection: flagOf(d.map, 'own_collection'),
    };
  });

  const purposes: Purpose[] = definitions('purposes').map((d) => {
    const items = basisItems(entryOf(d.map, 'basis')?.value);
    return {
      ...d,
      title: fieldStr(d.map, 'title'),
      data: refsAt(entryOf(d.map, 'data')?.value, 'data'),
      bases: items.map((i) => i.basis),
      basisItems: items,
      specialBases: normalised(strList(entryOf(d.map, 'special_basis')?.value), 'special_basis'),
      recipients: refsAt(entryOf(d.map, 'recipients')?.value, 'recipients'),
      audiences: refsAt(entryOf(d.map, 'audiences')?.value, 'audiences'),
      directMarketing: flagOf(d.map, 'direct_marketing'),
      profiling: flagOf(d.map, 'profiling'),
      research: flagOf(d.map, 'research'),
      children: flagOf(d.map, 'children'),
    };
  });
  const audiences: Definition[] = definitions('audiences');

  const jointControllers: JointController[] = [];
  const jointNode = entryOf(root, 'joint_controllers')?.value;
  if (jointNode?.kind === 'seq') {
    jointNode.items.forEach((item, index) => {
      const map = mapOf(item);
      if (!map) return;
      jointControllers.push({
        map,
        index,
        name: fieldStr(map, 'name'),
        purposes: refsAt(entryOf(map, 'purposes')?.value, 'purposes'),
        essence: fieldStr(map, 'essence'),
      });
    });
  }

  const transfersNode = entryOf(root, 'transfers')?.value;
  const transfers: Transfer[] = [];
  if (transfersNode?.kind === 'seq') {
    transfersNode.items.forEach((item, index) => {
      const map = mapOf(item);
      if (!map) return;
      const mechanisms = mechanismsOf(entryOf(map, 'mechanism')?.value);
      transfers.push({
        map,
        index,
        recipients: refsAt(entryOf(map, 'recipients')?.value, 'recipients'),
        countries: strList(entryOf(map, 'countries')?.value).map((s) => ({ ...s, value: s.value.toUpperCase() })),
        organisations: strList(entryOf(map, 'organisations')?.value).filter((s) => s.value.trim() !== ''),
        mechanism: mechanisms[0],
        mechanisms,
        copy: fieldStr(map, 'copy'),
        possible: flagOf(map, 'possible'),
        compellingInterest: fieldStr(map, 'compelling_interest'),
        from: strList(entryOf(map, 'from')?.value),
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

  const controllerCountry = upper(fieldStr(mapOf(entryOf(root, 'controller')?.value), 'country'));
  return {
    text,
    tree,
    root,
    collection,
    data,
    recipients,
    purposes,
    transfers,
    audiences,
    jointControllers,
    controllerCountry,
    promises: strList(entryOf(root, 'promises')?.value),
    lawIds: (mapOf(entryOf(root, 'laws')?.value)?.entries ?? []).map((e) => ({ value: e.key, span: e.keySpan })),
    references,
  };
}

/** A transfer's mechanisms: one, a list of alternatives, or per law (`{ eu-gdpr: scc, uk-gdpr: [uk-idta, …] }`). */
function mechanismsOf(node: YNode | null | undefined): Mechanism[] {
  const one = (s: Str, law?: string): Mechanism => ({
    ...s,
    written: s.value,
    value: findTerm('mechanism', s.value)?.id ?? s.value,
    ...(law === undefined ? {} : { law }),
  });
  const map = mapOf(node);
  if (map) return map.entries.flatMap((e) => strList(e.value).map((s) => one(s, e.key)));
  return strList(node).map((s) => one(s));
}

function upper(s: Str | undefined): Str | undefined {
  return s && { ...s, value: s.value.toUpperCase() };
}
