// Walks the YAML tree along POLICY_SCHEMA once and reports structural findings (unknown keys, invalid values,
// missing fields, duplicate keys). The rules of the same names read these findings; semantic rules read the model.
import { closest, distance as levenshtein } from 'fastest-levenshtein';
import { isCountryCode } from '../vocabulary/countries';
import { approximateDays, looksLikeDuration, parseDuration } from '../vocabulary/duration';
import { findTerm, VOCABULARIES } from '../vocabulary/terms';
import { isBlank } from '../parser/policyModel';
import { isPlaceholder } from '../parser/placeholders';
import type { Span, YEntry, YMap, YNode, YamlTree } from '../parser/yamlTree';
import { inSentence, message, type Message } from '../languages/language';
import {
  fieldOf,
  ID_PATTERN,
  POLICY_SCHEMA,
  RETENTION_FORM_KEYS,
  SECTION_NOUN,
  stubFor,
  type FieldSchema,
  type ObjectSchema,
  type ValueSchema,
} from './policySchema';

export interface Finding {
  rule: string;
  span: Span;
  /** Said in the interface's language by the rule that reports it. */
  message: Message;
  /** Facts a quick fix needs (kept small: it travels with the diagnostic). */
  data?: FixData;
  severity?: 'error' | 'warning' | 'information' | 'hint';
}

export type FixData =
  /** `scope`: for a key rename, where its mapping starts (Fix all renames no two keys of a mapping alike). */
  | { kind: 'replace'; candidates: string[]; scope?: number }
  | { kind: 'insert'; key: string; value: string | string[]; mapStart: number }
  | { kind: 'none' }
  /** Fixes computed with the finding, for rules whose fixes depend on more than the document (HAR evidence). */
  | { kind: 'prepared'; fixes: { title: string; edits: { span: Span; newText: string }[]; isPreferred?: boolean }[] };

/** A required field whose absence a dedicated rule reports (e.g. `basis` → missing-legal-basis). */
export interface MissingRequired {
  rule: string;
  key: string;
  field: FieldSchema;
  /** The map the key is missing from, or null when the whole section is missing at the root. */
  map: YMap | null;
  /** Where to point the diagnostic: the parent key. */
  span: Span;
  /** Where the key is missing ("in purpose 'marketing'"). */
  where: Message;
}

export interface SchemaCheckResult {
  findings: Finding[];
  missing: MissingRequired[];
}

export function checkSchema(tree: YamlTree, text: string): SchemaCheckResult {
  const findings: Finding[] = [];
  const missing: MissingRequired[] = [];

  for (const d of tree.duplicates) {
    findings.push({
      rule: 'duplicate-key',
      span: d.span,
      message: message(
        "The key '{0}' appears more than once in the same mapping; only one of its values can be used. " +
          'Remove or rename this one.',
        d.key,
      ),
    });
  }

  const root = tree.root;
  if (!root) {
    if (tree.problems.length === 0) {
      const span = { start: 0, end: Math.min(text.length, 1) };
      findings.push({
        rule: 'missing-field',
        span,
        message: message(
          'This policy is empty. Start with the `policy`, `controller`, `data` and `purposes` sections (use ' +
            'the “New privacy policy” snippet).',
        ),
        data: { kind: 'none' },
      });
    }
    return { findings, missing };
  }
  if (root.kind !== 'map') {
    findings.push({
      rule: 'invalid-value',
      span: firstLine(root.span, text),
      message:
        root.kind === 'seq'
          ? message(
              'A policy must be a mapping of sections (policy, controller, data, purposes…), but this document is a list.',
            )
          : message(
              'A policy must be a mapping of sections (policy, controller, data, purposes…), but this document is a single value.',
            ),
    });
    return { findings, missing };
  }

  /** `owner`: what the mapping is ("purpose 'marketing'"), undefined at the top level. */
  const checkObject = (map: YMap, schema: ObjectSchema, owner: Message | undefined, anchor: Span) => {
    const where = owner ? message('in {0}', owner) : message('at the top level of the policy');
    const present = new Set(map.entries.map((e) => e.key));
    for (const entry of map.entries) {
      const field = fieldOf(schema.fields, entry.key);
      if (!field) {
        const known = Object.keys(schema.fields);
        // Never suggest a key the mapping has already: the rename would make a duplicate key.
        const suggestion = nearest(
          entry.key,
          known.filter((k) => !present.has(k)),
        );
        findings.push({
          rule: 'unknown-key',
          span: entry.keySpan,
          message: suggestion
            ? message(
                "'{0}' is not a known key {1}. Did you mean '{2}'? Known keys: {3}.",
                entry.key,
                where,
                suggestion,
                known.join(', '),
              )
            : message("'{0}' is not a known key {1}. Known keys: {2}.", entry.key, where, known.join(', ')),
          data: { kind: 'replace', candidates: suggestion ? [suggestion] : [], scope: map.span.start },
        });
        continue;
      }
      if (typeof field.required === 'string' && isBlank(entry.value)) {
        missing.push({ rule: field.required, key: entry.key, field, map, span: entry.keySpan, where });
        continue;
      }
      checkValue(entry.value, field.value, entry, describe(entry.key, owner));
    }
    for (const [key, field] of Object.entries(schema.fields)) {
      if (!field.required || map.entries.some((e) => e.key === key)) continue;
      if (field.required === true) {
        findings.push({
          rule: 'missing-field',
          span: anchor,
          message: message(
            "Required field '{0}' is missing {1}: {2}",
            key,
            where,
            inSentence(message(field.description)),
          ),
          data: { kind: 'insert', key, value: stubFor(field), mapStart: map.span.start },
        });
      } else {
        missing.push({ rule: field.required, key, field, map, span: anchor, where });
      }
    }
    for (const group of schema.anyOf ?? []) {
      if (group.keys.some((k) => map.entries.some((e) => e.key === k))) continue;
      if (group.rule === 'missing-field') {
        findings.push({
          rule: 'missing-field',
          span: anchor,
          message: message('Missing {0} {1}.', message(group.what), where),
          data: { kind: 'insert', key: group.keys[0], value: '', mapStart: map.span.start },
        });
      } else {
        missing.push({
          rule: group.rule,
          key: group.keys[0],
          field: schema.fields[group.keys[0]],
          map,
          span: anchor,
          where,
        });
      }
    }
  };

  const invalid = (node: YNode, said: Message, candidates: string[] = []) =>
    findings.push({ rule: 'invalid-value', span: node.span, message: said, data: { kind: 'replace', candidates } });

  const checkScalarText = (node: YNode | null, entry: YEntry | undefined, what: Message): string | undefined => {
    if (!node || (node.kind === 'scalar' && (node.value === null || node.value === ''))) {
      if (entry)
        findings.push({
          rule: 'invalid-value',
          span: entry.keySpan,
          message: message('{0} is empty.', what),
          data: { kind: 'none' },
        });
      return undefined;
    }
    if (node.kind !== 'scalar') {
      invalid(
        node,
        node.kind === 'map'
          ? message('{0} should be a single value, not a mapping.', what)
          : message('{0} should be a single value, not a list.', what),
      );
      return undefined;
    }
    if (node.tag) {
      invalid(node, message("The tag '{0}' is not supported here; write {1} as plain text.", node.tag, what));
      return undefined;
    }
    return String(node.value);
  };

  const checkValue = (node: YNode | null, schema: ValueSchema, entry: YEntry | undefined, what: Message): void => {
    // A gap a quick fix left (`<how long>`): rule `unfilled-placeholder` reports it, not as an invalid value too.
    if (node?.kind === 'scalar' && isPlaceholder(node.value)) return;
    switch (schema.type) {
      case 'text': {
        const value = checkScalarText(node, entry, what);
        if (value === undefined || !node) return;
        if (schema.format === 'email' && !EMAIL.test(value))
          invalid(node, message("'{0}' is not an e-mail address ({1}).", value, what));
        if (schema.format === 'url' && !URL_RE.test(value))
          invalid(node, message("'{0}' is not a web address starting with https:// or http:// ({1}).", value, what));
        if (schema.format === 'email-or-url' && !EMAIL.test(value) && !URL_RE.test(value))
          invalid(node, message("'{0}' is neither an e-mail address nor a web address ({1}).", value, what));
        return;
      }
      case 'date': {
        const value = checkScalarText(node, entry, what);
        if (value === undefined || !node) return;
        if (schema.month && isIsoMonth(value)) return;
        if (!isIsoDate(value))
          invalid(
            node,
            schema.month
              ? message("'{0}' is not a date in the form YYYY-MM-DD (or a month, YYYY-MM) ({1}).", value, what)
              : message("'{0}' is not a date in the form YYYY-MM-DD ({1}).", value, what),
          );
        return;
      }
      case 'integer': {
        if (!node) return;
        const n = node.kind === 'scalar' ? node.value : undefined;
        if (typeof n !== 'number' || !Number.isInteger(n) || n < schema.min || n > schema.max)
          invalid(node, message('{0} must be a whole number from {1} to {2}.', what, schema.min, schema.max));
        return;
      }
      case 'boolean': {
        if (!node) return;
        if (node.kind !== 'scalar' || typeof node.value !== 'boolean')
          invalid(node, message('{0} must be true or false.', what), ['true', 'false']);
        return;
      }
      case 'term': {
        const value = checkScalarText(node, entry, what);
        if (value === undefined || !node || schema.allowText) return;
        if (findTerm(schema.vocabulary, value)) return;
        const reserved = RESERVED[schema.vocabulary]?.[value];
        if (reserved) {
          invalid(node, message("'{0}' is {1} ({2}).", value, reserved, what));
          return;
        }
        const ids = VOCABULARIES[schema.vocabulary].map((t) => t.id);
        const suggestion = nearest(value, ids);
        invalid(
          node,
          suggestion
            ? message(
                "'{0}' is not a valid value for {1}. Did you mean '{2}'? Allowed: {3}.",
                value,
                what,
                suggestion,
                ids.join(', '),
              )
            : message("'{0}' is not a valid value for {1}. Allowed: {2}.", value, what, ids.join(', ')),
          suggestion ? [suggestion] : [],
        );
        return;
      }
      case 'country': {
        const value = checkScalarText(node, entry, what);
        if (value === undefined || !node) return;
        if (isCountryCode(value)) return;
        if (schema.regions && findTerm('region', value)) return;
        if (isCountryCode(value.toUpperCase()))
          invalid(node, message("Country codes are written in capitals: '{0}' ({1}).", value.toUpperCase(), what), [
            value.toUpperCase(),
          ]);
        else
          invalid(
            node,
            message("'{0}' is not an ISO 3166-1 alpha-2 country code (e.g. BE, DE, US) ({1}).", value, what),
          );
        return;
      }
      case 'duration': {
        const value = checkScalarText(node, entry, what);
        if (value === undefined || !node) return;
        if (schema.allowSession && value === 'session') return;
        if (!parseDuration(value))
          invalid(
            node,
            message(
              "'{0}' is not a duration: write a number and a unit (e.g. '15 minutes', '30 days', '12 months') or ISO " +
                "8601 ('P1Y', 'PT15M') ({1}).",
              value,
              what,
            ),
          );
        return;
      }
      case 'ref': {
        // Whether the id exists is the `unknown-reference` rule's job; here only the shape.
        checkScalarText(node, entry, what);
        return;
      }
      case 'retention':
        checkRetention(node, entry, what);
        return;
      case 'object': {
        if (!node) {
          if (entry)
            findings.push({
              rule: 'invalid-value',
              span: entry.keySpan,
              message: message('{0} is empty.', what),
              data: { kind: 'none' },
            });
          return;
        }
        if (node.kind !== 'map') {
          invalid(
            node,
            message('{0} should be a mapping of keys ({1}…).', what, Object.keys(schema.fields).slice(0, 4).join(', ')),
          );
          return;
        }
        checkObject(node, schema, what, entry ? entry.keySpan : firstLine(node.span, text));
        return;
      }
      case 'definitions': {
        if (!node || (node.kind === 'scalar' && node.value === null)) return; // an empty section: the rules that need entries say so
        if (node.kind !== 'map') {
          invalid(
            node,
            message(
              "{0} should map an id (like 'contact-details') to each {1}.",
              what,
              message(SECTION_NOUN[schema.section]),
            ),
          );
          return;
        }
        const ids = new Set(node.entries.map((e) => e.key));
        for (const def of node.entries) {
          if (!ID_PATTERN.test(def.key)) {
            const fixed = def.key
              .toLowerCase()
              .replace(/[^a-z0-9-]+/g, '-')
              .replace(/^[^a-z]+/, '')
              .replace(/-+$/, '');
            // A key that is not a plain scalar (a mapping or a list used as a key) has no id to offer: renaming
            // it would replace the whole structure.
            const free = fixed && !ids.has(fixed) && !/[\n[\]{}]/.test(text.slice(def.keySpan.start, def.keySpan.end));
            findings.push({
              rule: 'invalid-value',
              span: def.keySpan,
              message: message(
                "'{0}' is not a valid id: use lower-case letters, digits and hyphens, starting with a letter (e.g. '{1}').",
                def.key,
                (free && fixed) || 'my-id',
              ),
              data: { kind: 'replace', candidates: free ? [fixed] : [], scope: node.span.start },
            });
          }
          checkValue(def.value, schema.entry, def, SECTION_PLACE[schema.section](def.key));
        }
        return;
      }
      case 'list':
      case 'oneOrList': {
        if (!node) return;
        if (node.kind === 'seq') {
          node.items.forEach((item, i) =>
            checkValue(
              item,
              schema.item,
              undefined,
              node.items.length > 1 ? message('item {0} of {1}', i + 1, what) : what,
            ),
          );
          return;
        }
        if (schema.type === 'oneOrList') {
          checkValue(node, schema.item, entry, what);
          return;
        }
        if (node.kind === 'scalar' && node.value === null) return;
        invalid(node, message("{0} should be a list (items starting with '- ', or [a, b]).", what));
        return;
      }
      case 'either': {
        // A mapping takes the fuller form ({ basis, when }, { public: … }); anything else is the short form.
        checkValue(node, node?.kind === 'map' ? schema.object : schema.scalar, entry, what);
        return;
      }
      case 'keyed': {
        if (!node) return;
        if (node.kind !== 'map') {
          if (schema.orItem) checkValue(node, schema.entry, entry, what);
          else invalid(node, message('{0} should be a mapping from {1} ids to their settings.', what, schema.key));
          return;
        }
        for (const e of node.entries) {
          if (findTerm(schema.key, e.key)) {
            checkValue(e.value, schema.entry, e, message("{0} for '{1}'", what, e.key));
            continue;
          }
          const reserved = RESERVED[schema.key]?.[e.key];
          const ids = VOCABULARIES[schema.key].map((t) => t.id);
          const suggestion = reserved ? undefined : nearest(e.key, ids);
          findings.push({
            rule: 'invalid-value',
            span: e.keySpan,
            message: reserved
              ? message("'{0}' is {1} ({2}).", e.key, reserved, what)
              : suggestion
                ? message(
                    "'{0}' is not a valid {1} id ({2}). Did you mean '{3}'? Allowed: {4}.",
                    e.key,
                    schema.key,
                    what,
                    suggestion,
                    ids.join(', '),
                  )
                : message("'{0}' is not a valid {1} id ({2}). Allowed: {3}.", e.key, schema.key, what, ids.join(', ')),
            data: { kind: 'replace', candidates: suggestion ? [suggestion] : [], scope: node.span.start },
          });
        }
        return;
      }
      case 'noneOr': {
        if (node && node.kind === 'scalar' && node.value === 'none') return;
        if (node && node.kind === 'map' && schema.map) {
          checkValue(node, schema.map, entry, what);
          return;
        }
        if (node && node.kind === 'scalar' && node.value !== null) {
          invalid(
            node,
            schema.other.type === 'list'
              ? message("{0} should be 'none' or a list.", what)
              : message("{0} should be 'none' or a mapping.", what),
            ['none'],
          );
          return;
        }
        checkValue(node, schema.other, entry, what);
        return;
      }
    }
  };

  const checkRetention = (node: YNode | null, entry: YEntry | undefined, what: Message, inList = false): void => {
    if (!node || (node.kind === 'scalar' && node.value === null)) {
      if (entry)
        findings.push({
          rule: 'invalid-value',
          span: entry.keySpan,
          message: message(
            "{0} is empty: give a period such as '12 months' or a form like { until: the end of the contract }.",
            what,
          ),
          data: { kind: 'none' },
        });
      return;
    }
    if (node.kind === 'scalar') {
      // Durations and free text are both allowed; vague-retention judges the text. A mistyped unit is caught here.
      const value = String(node.value ?? '');
      if (isPlaceholder(value)) return;
      if (looksLikeDuration(value)) {
        const m = /^(\d+(?:\.\d+)?)\s*([A-Za-z]+)/.exec(value.trim());
        const unit = m
          ? nearest(m[2].toLowerCase(), [
              'minutes',
              'hours',
              'days',
              'weeks',
              'months',
              'years',
              'minute',
              'hour',
              'day',
              'week',
              'month',
              'year',
            ])
          : undefined;
        const suggestion = m && unit ? `${m[1]} ${unit}` : undefined;
        invalid(
          node,
          suggestion
            ? message(
                "'{0}' is not a duration: the unit must be minutes, hours, days, weeks, months or years ({1}). Did you mean '{2}'?",
                value,
                what,
                suggestion,
              )
            : message(
                "'{0}' is not a duration: the unit must be minutes, hours, days, weeks, months or years ({1}).",
                value,
                what,
              ),
          suggestion ? [suggestion] : [],
        );
      }
      return;
    }
    if (node.kind === 'seq') {
      if (inList) {
        invalid(node, message('Retention lists cannot be nested ({0}).', what));
        return;
      }
      for (const item of node.items) {
        if (item.kind !== 'map') {
          invalid(
            item,
            message(
              "Each item of a retention list needs a 'data' key and a period, e.g. { data: invoices, period: 7 years, " +
                'from: the invoice date }.',
            ),
          );
          continue;
        }
        if (!item.entries.some((e) => e.key === 'data')) {
          findings.push({
            rule: 'missing-field',
            span: firstLine(item.span, text),
            message: message("This retention item does not say which data it is for: add 'data' ({0}).", what),
            data: { kind: 'insert', key: 'data', value: '', mapStart: item.span.start },
          });
        }
        checkRetention(item, undefined, what, true);
      }
      return;
    }
    const keys = new Set(node.entries.map((e) => e.key));
    const allowed = [...RETENTION_FORM_KEYS, ...(inList ? ['data', 'retention'] : [])];
    for (const e of node.entries) {
      if (!allowed.includes(e.key)) {
        const suggestion = nearest(
          e.key,
          allowed.filter((k) => !keys.has(k)),
        );
        findings.push({
          rule: 'unknown-key',
          span: e.keySpan,
          message: suggestion
            ? message(
                "'{0}' is not a retention key ({1}). Did you mean '{2}'? {3}",
                e.key,
                what,
                suggestion,
                RETENTION_KEYS_HINT,
              )
            : message("'{0}' is not a retention key ({1}). {2}", e.key, what, RETENTION_KEYS_HINT),
          data: { kind: 'replace', candidates: suggestion ? [suggestion] : [], scope: node.span.start },
        });
      } else if (e.key === 'period' || e.key === 'then' || e.key === 'at_least' || e.key === 'at_most') {
        const value = checkScalarText(e.value, e, message("'{0}' of {1}", e.key, what));
        if (value !== undefined && e.value && !parseDuration(value) && !isPlaceholder(value))
          invalid(e.value, message("'{0}' is not a duration: write e.g. '10 years' or 'P10Y' ({1}).", value, what));
      } else if (e.key === 'between') {
        checkBetween(e, what);
      } else if (e.key === 'retention' && inList) {
        checkRetention(e.value, e, what, true);
      } else {
        checkScalarText(e.value, e, message("'{0}' of {1}", e.key, what));
      }
    }
    // `law` is a form of its own ("the period this law requires"), or the source of an `at_least` minimum.
    const lawAlone = keys.has('law') && !keys.has('at_least');
    const formKeys = ['period', 'until', 'criteria', 'retention', 'at_least', 'at_most', 'between'].filter(
      (k) => keys.has(k) && !(k === 'criteria' && keys.has('between')),
    );
    const forms = formKeys.length + (lawAlone ? 1 : 0);
    if (forms === 0) {
      findings.push({
        rule: 'missing-field',
        span: entry ? entry.keySpan : firstLine(node.span, text),
        message: message(
          "{0} gives no period: add 'period' (e.g. 10 years), 'until' (an event), 'at_least', 'at_most', 'between', " +
            "'law' or 'criteria'.",
          what,
        ),
        data: { kind: 'insert', key: 'period', value: '12 months', mapStart: node.span.start },
      });
    } else if (forms > 1) {
      invalid(
        node,
        message(
          "{0} mixes several forms ({1}); use one of 'period' + 'from', 'until' (+ 'then'), 'at_least' (+ 'from', " +
            "'law'), 'at_most' (+ 'from'), 'between' (+ 'from' or 'criteria'), 'law' (+ 'then'), or 'criteria'.",
          what,
          [...formKeys, ...(lawAlone ? ['law'] : [])].map((k) => `'${k}'`).join(', '),
        ),
      );
    }
    if (keys.has('from') && !['period', 'at_least', 'at_most', 'between'].some((k) => keys.has(k)))
      invalid(node, message("'from' needs a 'period', 'at_least', 'at_most' or 'between' ({0}).", what));
    if (keys.has('then') && !keys.has('until') && !lawAlone)
      invalid(node, message("'then' needs an 'until' event or a 'law' ({0}).", what));
  };

  /** `between: [7 years, 10 years]`: exactly two durations, the shorter first. */
  const checkBetween = (e: YEntry, what: Message) => {
    const node = e.value;
    const items = node?.kind === 'seq' ? node.items : undefined;
    if (!node || !items || items.length !== 2) {
      findings.push({
        rule: 'invalid-value',
        span: node ? node.span : e.keySpan,
        message: message("'between' takes two durations, the shorter first, e.g. [7 years, 10 years] ({0}).", what),
        data: { kind: 'none' },
      });
      return;
    }
    const durations = items.map((item) => {
      const value = checkScalarText(item, undefined, message("'between' of {0}", what));
      const d = value === undefined ? undefined : parseDuration(value);
      if (value !== undefined && !d && !isPlaceholder(value))
        invalid(item, message("'{0}' is not a duration: write e.g. '7 years' or 'P7Y' ({1}).", value, what));
      return d;
    });
    if (durations[0] && durations[1] && approximateDays(durations[0]) >= approximateDays(durations[1])) {
      invalid(node, message("'between' must go from the shorter period to the longer one ({0}).", what));
    }
  };

  checkObject(root, POLICY_SCHEMA, undefined, root.entries[0]?.keySpan ?? firstLine(root.span, text));
  return { findings, missing };
}

/** An e-mail address and a web address as the checker reads them (the JSON Schema uses the same patterns). */
export const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
export const URL_RE = /^https?:\/\/[^\s<>"]+$/i;

/** A month, YYYY-MM (the notice reads it as its first day). */
function isIsoMonth(value: string): boolean {
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** Values kept out of a vocabulary on purpose, with what to tell an author who writes them. */
const RESERVED: Partial<Record<string, Record<string, Message>>> = {
  law: { 'us-ccpa': message('reserved for the California Consumer Privacy Act, not supported yet') },
};

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

/** The closest known word, when it is close enough to be a plausible typo. */
export function nearest(word: string, candidates: string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(word.toLowerCase(), candidates);
  const distance = levenshtein(word.toLowerCase(), best);
  return distance <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

/** A key as a message names it: "the 'policy' section" at the top level, else "'basis' of purpose 'marketing'". */
function describe(key: string, owner: Message | undefined): Message {
  return owner ? message("'{0}' of {1}", key, owner) : message("the '{0}' section", key);
}

/** A definition as a message names it: "purpose 'marketing'". */
const SECTION_PLACE: Record<keyof typeof SECTION_NOUN, (id: string) => Message> = {
  data: (id) => message("data category '{0}'", id),
  recipients: (id) => message("recipient '{0}'", id),
  purposes: (id) => message("purpose '{0}'", id),
  audiences: (id) => message("audience '{0}'", id),
};

const RETENTION_KEYS_HINT = message(
  "Use 'period' with 'from', 'until' with optional 'then', 'at_least', 'at_most', 'between', 'law', or 'criteria'; " +
    "any of them may add 'extended_until'.",
);

function firstLine(span: Span, text: string): Span {
  const newline = text.indexOf('\n', span.start);
  const end = newline === -1 || newline > span.end ? span.end : newline;
  return { start: span.start, end: Math.max(end, span.start + (text.length > span.start ? 1 : 0)) };
}
