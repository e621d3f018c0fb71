// Where the cursor is, in schema terms. Completion must work while the author types, when the YAML is
// often incomplete, so the path is read from the indentation of the lines above, not from the parsed tree.
import { VOCABULARIES } from '../vocabulary/terms';
import {
  fieldOf,
  POLICY_SCHEMA,
  RETENTION_KEYS,
  type FieldSchema,
  type ObjectSchema,
  type ValueSchema,
} from '../schema/policySchema';

export type PathSegment = string | number;

export interface LineInfo {
  indent: number;
  /** Column where the key starts (after "- " for list items). */
  keyColumn: number;
  key?: string;
  dash: boolean;
  blank: boolean;
}

export function lineInfo(line: string): LineInfo {
  const m = /^(\s*)(-\s+)?(?:(["']?)([^"'#:\s][^:#]*?)\3\s*:(?:\s|$))?/.exec(line);
  const indent = m?.[1].length ?? 0;
  const dash = !!m?.[2];
  const blank = line.trim() === '' || line.trim().startsWith('#');
  return { indent, keyColumn: indent + (m?.[2]?.length ?? 0), key: m?.[4], dash, blank };
}

/**
 * The key path of the mapping that contains `column` on line `lineIndex`, e.g. ['purposes', 'orders'].
 * List items appear as index 0 (the index itself does not matter to the schema).
 */
export function pathAt(lines: string[], lineIndex: number, column: number): PathSegment[] {
  const path: PathSegment[] = [];
  let limit = column;
  for (let i = lineIndex - 1; i >= 0 && limit > 0; i--) {
    const info = lineInfo(lines[i]);
    if (info.blank) continue;
    if (info.dash && info.indent < limit) {
      // The cursor is inside this list item: under its first key when deeper than it, else a sibling of it.
      if (info.key && info.keyColumn < limit) path.unshift(info.key);
      path.unshift(0);
      limit = info.indent;
      continue;
    }
    if (info.key && info.keyColumn < limit) {
      path.unshift(info.key);
      limit = info.keyColumn;
    }
  }
  return path;
}

export interface SchemaLocation {
  /** The value schema at the path. */
  value?: ValueSchema;
  /** The field that holds it, when the path ends on a key. */
  field?: FieldSchema;
}

/** Follows a path through POLICY_SCHEMA: keys into objects, ids into definitions, indices into lists. */
export function schemaAt(path: PathSegment[]): SchemaLocation {
  let location: SchemaLocation = { value: POLICY_SCHEMA };
  for (const segment of path) {
    const v = location.value;
    if (!v) return {};
    const step = stepInto(v, segment);
    if (!step) return {};
    location = step;
  }
  return location;
}

function stepInto(v: ValueSchema, segment: PathSegment): SchemaLocation | undefined {
  switch (v.type) {
    case 'object': {
      const field = typeof segment === 'string' ? fieldOf(v.fields, segment) : undefined;
      return field ? { value: field.value, field } : undefined;
    }
    case 'definitions':
      return typeof segment === 'string' ? { value: v.entry } : undefined;
    case 'list':
    case 'oneOrList':
      return typeof segment === 'number' ? { value: v.item } : stepInto(v.item, segment);
    case 'noneOr':
      return (typeof segment === 'string' && v.map && stepInto(v.map, segment)) || stepInto(v.other, segment);
    case 'keyed': {
      // A law id leads to its settings; without one (`mechanism: [scc, bcr]`) the value itself.
      if (typeof segment !== 'string') return v.orItem ? stepInto(v.entry, segment) : undefined;
      const field = fieldOf(keyedObject(v).fields, segment);
      return field ? { value: field.value, field } : undefined;
    }
    case 'either':
      // Keys lead into the fuller form (`{ basis, when }`); a list index into the short one.
      return typeof segment === 'string' ? stepInto(v.object, segment) : stepInto(v.scalar, segment);
    case 'retention': {
      if (typeof segment === 'number') return { value: v };
      const field = fieldOf(RETENTION_KEYS, segment);
      return field ? { value: field.value, field } : undefined;
    }
    default:
      return undefined;
  }
}

/** A mapping keyed by a vocabulary as an object schema: one field per term, for key completion and hover. */
function keyedObject(v: Extract<ValueSchema, { type: 'keyed' }>): ObjectSchema {
  return {
    type: 'object',
    fields: Object.fromEntries(
      VOCABULARIES[v.key].map((t) => [t.id, { value: v.entry, description: `${t.label}: ${t.meaning}` }]),
    ),
  };
}

/** The object schema whose keys can be written at a path (for key completion). */
export function objectAt(path: PathSegment[]): ObjectSchema | 'retention' | undefined {
  const { value } = schemaAt(path);
  if (!value) return undefined;
  if (value.type === 'object') return value;
  if (value.type === 'noneOr' && value.other.type === 'object') return value.other;
  if (value.type === 'noneOr' && value.map) return value.map;
  if (value.type === 'keyed') return keyedObject(value);
  if (value.type === 'either') return value.object;
  if ((value.type === 'oneOrList' || value.type === 'list') && value.item.type === 'either') return value.item.object;
  if (value.type === 'retention') return 'retention';
  return undefined;
}
