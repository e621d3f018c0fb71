// The JSON Schema of the language, generated from POLICY_SCHEMA and the vocabularies (never kept by hand):
// users of other YAML tooling get validation and completion from it. Written to schema/ by `npm run build`.
import { allCountryCodes } from '../vocabulary/countries';
import { DURATION_SOURCE } from '../vocabulary/duration';
import { VOCABULARIES } from '../vocabulary/terms';
import { ID_PATTERN, POLICY_SCHEMA, RETENTION_KEYS, type FieldSchema, type ValueSchema } from './policySchema';

type Json = Record<string, unknown>;

/** The durations the server reads (vocabulary/duration.ts, units from every notice language). */
const DURATION = `^(?:${DURATION_SOURCE})$`;

function describe(field: FieldSchema): Json {
  return { description: field.article ? `${field.description} (GDPR ${field.article})` : field.description };
}

/** `isErrorRule` tells whether the rule that reports a missing field is an error (rules/ is a layer above this one). */
function convert(v: ValueSchema, isErrorRule: (rule: string) => boolean): Json {
  switch (v.type) {
    case 'text':
      return v.format === 'email'
        ? { type: 'string', format: 'email' }
        : v.format === 'url'
          ? { type: 'string', format: 'uri' }
          : { type: ['string', 'number'] };
    case 'date':
      return { type: 'string', pattern: v.month ? '^\\d{4}-\\d{2}(-\\d{2})?$' : '^\\d{4}-\\d{2}-\\d{2}$' };
    case 'boolean':
      return { type: 'boolean' };
    case 'integer':
      return { type: 'integer', minimum: v.min, maximum: v.max };
    case 'term': {
      // Values that are known but never valid (mechanisms whose decision the Court of Justice declared invalid) are not offered.
      const terms = VOCABULARIES[v.vocabulary].filter((t) => !t.invalid);
      const values = [...terms.map((t) => t.id), ...terms.flatMap((t) => (t.alias ? [t.alias] : []))];
      const described = {
        enum: [...new Set(values)],
        markdownEnumDescriptions: [...new Set(values)].map((id) => {
          const t = terms.find((x) => x.id === id || x.alias === id)!;
          return `${t.article ? `${t.article} — ` : ''}${t.meaning}`;
        }),
      };
      return v.allowText ? { anyOf: [described, { type: 'string' }] } : described;
    }
    case 'country':
      return { enum: v.regions ? [...allCountryCodes(), ...VOCABULARIES.region.map((t) => t.id)] : allCountryCodes() };
    case 'duration':
      return v.allowSession
        ? { anyOf: [{ const: 'session' }, { type: 'string', pattern: DURATION }] }
        : { type: 'string', pattern: DURATION };
    case 'ref':
      return v.allowText ? { type: 'string' } : { type: 'string', pattern: ID_PATTERN.source };
    case 'retention': {
      const form: Json = {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(
          Object.entries(RETENTION_KEYS)
            .filter(([k]) => k !== 'data')
            .map(([k, f]) => [
              k,
              {
                ...convert(f.value, isErrorRule),
                ...describe(f),
                ...(k === 'between' ? { minItems: 2, maxItems: 2 } : {}),
              },
            ]),
        ),
      };
      const item: Json = {
        ...form,
        properties: { ...(form.properties as Json), data: { type: 'string' } },
        required: ['data'],
      };
      return { anyOf: [{ type: ['string', 'number'] }, form, { type: 'array', items: item }] };
    }
    case 'object': {
      const required = Object.entries(v.fields)
        .filter(([, f]) => f.required === true || (typeof f.required === 'string' && isErrorRule(f.required)))
        .map(([k]) => k);
      return {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(
          Object.entries(v.fields).map(([k, f]) => [k, { ...convert(f.value, isErrorRule), ...describe(f) }]),
        ),
        ...(required.length ? { required } : {}),
      };
    }
    case 'definitions':
      return {
        type: 'object',
        propertyNames: { pattern: ID_PATTERN.source },
        additionalProperties: convert(v.entry, isErrorRule),
      };
    case 'list':
      return { type: 'array', items: convert(v.item, isErrorRule) };
    case 'oneOrList':
      return {
        anyOf: [convert(v.item, isErrorRule), { type: 'array', items: convert(v.item, isErrorRule), minItems: 1 }],
      };
    case 'noneOr':
      return {
        anyOf: [{ const: 'none' }, convert(v.other, isErrorRule), ...(v.map ? [convert(v.map, isErrorRule)] : [])],
      };
    case 'keyed': {
      const keyed = {
        type: 'object',
        propertyNames: { enum: VOCABULARIES[v.key].map((t) => t.id) },
        additionalProperties: convert(v.entry, isErrorRule),
      };
      return v.orItem ? { anyOf: [convert(v.entry, isErrorRule), keyed] } : keyed;
    }
    case 'either':
      return { anyOf: [convert(v.scalar, isErrorRule), convert(v.object, isErrorRule)] };
  }
}

export function buildJsonSchema(isErrorRule: (rule: string) => boolean): Json {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/privacy-policy-studio/privacy-policy-studio/blob/main/schema/privacy-policy.schema.json',
    title: 'GDPR privacy policy (*.privacy.yaml)',
    description:
      'Generated from the Privacy Policy Studio language definition. The language server checks far more ' +
      '(references, transfers, rights, retention wording).',
    ...convert(POLICY_SCHEMA, isErrorRule),
  };
}
