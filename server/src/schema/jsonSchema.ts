// The JSON Schema of the language, generated from POLICY_SCHEMA and the vocabularies (never kept by hand):
// users of other YAML tooling get validation and completion from it. Written to schema/ by `npm run generate`.
// It accepts what the checker accepts without an error: the same patterns for e-mail and web addresses, the same
// "at least one of" groups, and a purpose's `retention` required only where no notice-wide `retention` applies
// (test/unit/jsonSchemaForms.test.ts holds both to the same snippets).
import { allCountryCodes } from '../vocabulary/countries';
import { DURATION_SOURCE } from '../vocabulary/duration';
import { VOCABULARIES } from '../vocabulary/terms';
import { ID_PATTERN, POLICY_SCHEMA, RETENTION_KEYS, type FieldSchema, type ValueSchema } from './policySchema';
import { EMAIL, URL_RE } from './schemaCheck';

type Json = Record<string, unknown>;

/** The durations the server reads (vocabulary/duration.ts, units from every notice language). */
const DURATION = `^(?:${DURATION_SOURCE})$`;
/** URL_RE without its `i` flag (JSON Schema patterns have none): the scheme in either case. */
const URL_PATTERN = URL_RE.source.replace('https?', '[hH][tT][tT][pP][sS]?');
const DAY = '(?:0[1-9]|[12]\\d|3[01])';
const MONTH = '(?:0[1-9]|1[0-2])';
/** The keys that give a retention period, one form each (docs/language.md, "Retention"). */
const PERIOD_KEYS = ['period', 'until', 'criteria', 'at_least', 'at_most', 'between', 'law'];

/** A value that is not blank: the checker reads an empty list or blank text where a value is required as missing. */
const NOT_BLANK: Json = { minItems: 1, pattern: '\\S' };

function describe(field: FieldSchema): Json {
  return { description: field.article ? `${field.description} (GDPR ${field.article})` : field.description };
}

/** A step from a schema into a nested one: a property, any entry of a map of definitions, or a list item. */
type Step = { property: string } | 'entry';

interface Context {
  /** Whether the rule that reports a missing field is an error (rules/ is a layer above this one). */
  isErrorRule: (rule: string) => boolean;
  /** Fields required unless a top-level key supplies them (FieldSchema.fallback), with where they are. */
  fallbacks: { path: Step[]; key: string; fallback: string }[];
}

/** Whether leaving the field out is an error. */
function requiredAsError(field: FieldSchema, ctx: Context): boolean {
  return field.required === true || (typeof field.required === 'string' && ctx.isErrorRule(field.required));
}

function convert(v: ValueSchema, ctx: Context, path: Step[]): Json {
  switch (v.type) {
    case 'text':
      return v.format === 'email'
        ? { type: 'string', format: 'email', pattern: EMAIL.source }
        : v.format === 'url'
          ? { type: 'string', format: 'uri', pattern: URL_PATTERN }
          : v.format === 'email-or-url'
            ? { type: 'string', anyOf: [{ pattern: EMAIL.source }, { pattern: URL_PATTERN }] }
            : // Any scalar reads as text (`version: 2.1`, `title: true`).
              { type: ['string', 'number', 'boolean'] };
    case 'date':
      return {
        type: 'string',
        pattern: v.month ? `^\\d{4}-${MONTH}(?:-${DAY})?$` : `^\\d{4}-${MONTH}-${DAY}$`,
      };
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
      return v.allowText ? { anyOf: [described, { type: ['string', 'number', 'boolean'] }] } : described;
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
                ...convert(f.value, ctx, [...path, { property: k }]),
                ...describe(f),
                ...(k === 'between' ? { minItems: 2, maxItems: 2 } : {}),
              },
            ]),
        ),
        // A mapping gives a period in one of the forms (`from`, `then` or `extended_until` alone give none).
        anyOf: PERIOD_KEYS.map((k) => ({ required: [k] })),
      };
      // An item of a list of periods names its data, and gives its period in a form or under `retention`.
      const item: Json = {
        ...form,
        properties: {
          ...(form.properties as Json),
          data: { type: ['string', 'number'] },
          retention: { anyOf: [{ type: ['string', 'number'] }, form] },
        },
        required: ['data'],
        anyOf: [...PERIOD_KEYS, 'retention'].map((k) => ({ required: [k] })),
      };
      return { anyOf: [{ type: ['string', 'number'] }, form, { type: 'array', items: item }] };
    }
    case 'object': {
      const required: string[] = [];
      const properties: Json = {};
      for (const [key, field] of Object.entries(v.fields)) {
        const value = { ...convert(field.value, ctx, [...path, { property: key }]), ...describe(field) };
        if (field.fallback && requiredAsError(field, ctx)) {
          ctx.fallbacks.push({ path, key, fallback: field.fallback });
          properties[key] = value;
        } else if (typeof field.required === 'string' && ctx.isErrorRule(field.required)) {
          required.push(key);
          properties[key] = { allOf: [value, NOT_BLANK] };
        } else {
          if (field.required === true) required.push(key);
          properties[key] = value;
        }
      }
      // "At least one of" groups whose absence is an error (a contact detail of the controller…).
      const groups = (v.anyOf ?? [])
        .filter((g) => ctx.isErrorRule(g.rule))
        .map((g) => ({ anyOf: g.keys.map((k) => ({ required: [k] })) }));
      return {
        type: 'object',
        additionalProperties: false,
        properties,
        ...(required.length ? { required } : {}),
        ...(groups.length === 1 ? groups[0] : groups.length > 1 ? { allOf: groups } : {}),
      };
    }
    case 'definitions':
      return {
        type: 'object',
        propertyNames: { pattern: ID_PATTERN.source },
        additionalProperties: convert(v.entry, ctx, [...path, 'entry']),
      };
    case 'list':
      return { type: 'array', items: convert(v.item, ctx, [...path, 'entry']) };
    case 'oneOrList': {
      const item = convert(v.item, ctx, [...path, 'entry']);
      return { anyOf: [item, { type: 'array', items: item }] };
    }
    case 'noneOr':
      return {
        anyOf: [{ const: 'none' }, convert(v.other, ctx, path), ...(v.map ? [convert(v.map, ctx, path)] : [])],
      };
    case 'keyed': {
      const keyed = {
        type: 'object',
        propertyNames: { enum: VOCABULARIES[v.key].map((t) => t.id) },
        additionalProperties: convert(v.entry, ctx, [...path, 'entry']),
      };
      return v.orItem ? { anyOf: [convert(v.entry, ctx, path), keyed] } : keyed;
    }
    case 'either':
      return { anyOf: [convert(v.scalar, ctx, path), convert(v.object, ctx, path)] };
  }
}

/** `{ properties: { purposes: { additionalProperties: <leaf> } } }`: a constraint on what lies at a path. */
function at(path: Step[], leaf: Json): Json {
  return path.reduceRight<Json>(
    (inner, step) =>
      step === 'entry' ? { additionalProperties: inner, items: inner } : { properties: { [step.property]: inner } },
    leaf,
  );
}

export function buildJsonSchema(isErrorRule: (rule: string) => boolean): Json {
  const ctx: Context = { isErrorRule, fallbacks: [] };
  const root = convert(POLICY_SCHEMA, ctx, []);
  // A field with a fallback is required, and not blank, only where the top-level key is absent.
  const conditions = ctx.fallbacks.map(({ path, key, fallback }) => ({
    if: { not: { required: [fallback] } },
    then: at(path, { required: [key], properties: { [key]: NOT_BLANK } }),
  }));
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/privacy-policy-studio/privacy-policy-studio/blob/main/schema/privacy-policy.schema.json',
    title: 'GDPR privacy policy (*.privacy.yaml)',
    description:
      'Generated from the Privacy Policy Studio language definition. The language server checks far more ' +
      '(references, transfers, rights, retention wording).',
    ...root,
    ...(conditions.length ? { allOf: [...((root.allOf as Json[] | undefined) ?? []), ...conditions] } : {}),
  };
}
