// Placeholders (docs/language.md, "Placeholders"): where a quick fix must insert what only the author knows — a
// period, an event, where a copy of a safeguard is found — it writes `<…>` naming what is needed, in the notice's
// language (`period: <how long>`). Rule `unfilled-placeholder` reports each one until it is replaced, and the notice
// shows it as a missing-information marker. The syntax is parser/placeholders.ts.
import { languageOf, type PlaceholderId } from '../languages';
import { entryOf, fieldStr, mapOf, type PolicyModel } from '../parser/policyModel';
import type { FieldSchema, ValueSchema } from '../schema/policySchema';

export { findPlaceholders, isPlaceholder, PLACEHOLDER } from '../parser/placeholders';

/** A placeholder for one value, as a quick fix inserts it. */
export const placeholder = (what: string): string => `<${what}>`;

/** The notice language's word for what a placeholder asks for (`policy.language`; English by default). */
export function placeholderText(model: Pick<PolicyModel, 'root'>, id: PlaceholderId): string {
  const language = fieldStr(mapOf(entryOf(model.root, 'policy')?.value), 'language')?.value;
  return languageOf(language).placeholders[id];
}

/** The placeholder a quick fix writes for `id`, in the notice's language: `<how long>`, `<combien de temps>`. */
export function noticePlaceholder(model: Pick<PolicyModel, 'root'>, id: PlaceholderId): string {
  return placeholder(placeholderText(model, id));
}

/** What a key's value is, for the placeholder that asks for it. */
const KEY_PLACEHOLDER: Readonly<Record<string, PlaceholderId>> = {
  period: 'period',
  at_least: 'period',
  at_most: 'period',
  then: 'period',
  response_time: 'period',
  notice: 'url',
  from: 'from',
  until: 'until',
  extended_until: 'until',
  legitimate_interest: 'interest',
  law: 'law',
  consequence: 'consequence',
  source: 'source',
  copy: 'copy',
  compelling_interest: 'compelling-interest',
  parental_consent: 'parental-consent',
  essence: 'essence',
  when: 'when',
  email: 'email',
  url: 'url',
  webform: 'url',
  directory: 'url',
  name: 'name',
  label: 'label',
  title: 'title',
  address: 'address',
  post: 'address',
  country: 'country',
  countries: 'country',
  category: 'category',
  effective: 'date',
  updated: 'date',
  basis: 'basis',
  right: 'right',
  kind: 'channel',
  type: 'kind',
  cookie_settings: 'cookie-settings',
};

/** Where the same key asks for something more specific. */
const IN_SECTION: Readonly<Record<string, Readonly<Record<string, PlaceholderId>>>> = {
  authority: { name: 'authority-name' },
  representative: { name: 'representative-name' },
};

/** The placeholder for the value of `key` (inside `section`, when the key means something more specific there). */
export function placeholderFor(model: Pick<PolicyModel, 'root'>, key: string, section?: string): string {
  const own = <T>(table: Readonly<Record<string, T>> | undefined, k: string | undefined) =>
    table && k !== undefined && Object.hasOwn(table, k) ? table[k] : undefined;
  const id = own(own(IN_SECTION, section), key) ?? own(KEY_PLACEHOLDER, key) ?? 'text';
  return noticePlaceholder(model, id);
}

/**
 * The value a fix inserts for a missing field: a placeholder for a single value, `[]` for a list, and for a
 * mapping its required keys and one key of each group of which one is needed (`authority` → `name: <…>`), each
 * with its placeholder.
 */
export function placeholderStub(
  model: Pick<PolicyModel, 'root'>,
  key: string,
  field: FieldSchema | undefined,
): string | string[] {
  const value = field?.value;
  if (!value) return placeholderFor(model, key);
  return stubOf(model, key, value);
}

function stubOf(model: Pick<PolicyModel, 'root'>, key: string, value: ValueSchema): string | string[] {
  switch (value.type) {
    case 'object': {
      const keys = Object.entries(value.fields)
        .filter(([, f]) => f.required === true || typeof f.required === 'string')
        .map(([k]) => k);
      for (const group of value.anyOf ?? []) if (!group.keys.some((k) => keys.includes(k))) keys.push(group.keys[0]);
      return keys.map((k) => {
        const inner = stubOf(model, k, value.fields[k].value);
        return `${k}: ${typeof inner === 'string' && inner !== '[]' ? placeholderFor(model, k, key) : '[]'}`;
      });
    }
    case 'noneOr':
      return stubOf(model, key, value.other);
    case 'list':
    case 'oneOrList':
      return '[]';
    case 'definitions':
      // A scaffold: an entry whose heading the author names (its id can be renamed freely).
      return [
        'example:',
        `  ${value.section === 'purposes' ? 'title' : 'label'}: ${placeholderFor(model, value.section === 'purposes' ? 'title' : 'label')}`,
      ];
    case 'either':
      return stubOf(model, key, value.scalar);
    default:
      return placeholderFor(model, key);
  }
}
