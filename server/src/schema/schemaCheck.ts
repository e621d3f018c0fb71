// Walks the YAML tree along POLICY_SCHEMA once and reports structural findings (unknown keys, invalid values,
// missing fields, duplicate keys). The rules of the same names read these findings; semantic rules read the model.
import { closest, distance as levenshtein } from 'fastest-levenshtein';
import { isCountryCode } from '../vocabulary/countries';
import { approximateDays, looksLikeDuration, parseDuration } from '../vocabulary/duration';
import { findTerm, VOCABULARIES } from '../vocabulary/terms';
import { isBlank } from '../parser/policyModel';
import { isPlaceholder } from '../parser/placeholders';
import type { Span, YEntry, YMap, YNode, YamlTree } from '../parser/yamlTree';
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
  message: string;
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
  where: string;
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
      message:
        `The key '${d.key}' appears more than once in the same mapping; only one of its values can be used. ` +
        `Remove or rename this one.`,
    });
  }

  const root = tree.root;
  if (!root) {
    if (tree.problems.length === 0) {
      const span = { start: 0, end: Math.min(text.length, 1) };
      findings.push({
        rule: 'missing-field',
        span,
        message:
          'This policy is empty. Start with the `policy`, `controller`, `data` and `purposes` sections (use ' +
          'the “New privacy policy” snippet).',
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
        `A policy must be a mapping of sections (policy, controller, data, purposes…), but this document ` +
        `is a ${root.kind === 'seq' ? 'list' : 'single value'}.`,
    });
    return { findings, missing };
  }

  const checkObject = (map: YMap, schema: ObjectSchema, where: string, anchor: Span) => {
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
        const hint = suggestion ? ` Did you mean '${suggestion}'?` : '';
        findings.push({
          rule: 'unknown-key',
          span: entry.keySpan,
          message: `'${entry.key}' is not a known key ${where}.${hint} Known keys: ${known.join(', ')}.`,
          data: { kind: 'replace', candidates: suggestion ? [suggestion] : [], scope: map.span.start },
        });
        continue;
      }
      if (typeof field.required === 'string' && isBlank(entry.value)) {
        missing.push({ rule: field.required, key: entry.key, field, map, span: entry.keySpan, where });
        continue;
      }
      checkValue(entry.value, field.value, entry, describe(entry.key, where));
    }
    for (const [key, field] of Object.entries(schema.fields)) {
      if (!field.required || map.entries.some((e) => e.key === key)) continue;
      if (field.required === true) {
        findings.push({
          rule: 'missing-field',
          span: anchor,
          message: `Required field '${key}' is missing ${where}: ${lowerFirst(field.description)}`,
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
          message: `Missing ${group.what} ${where}.`,
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

  const invalid = (node: YNode, message: string, candidates: string[] = []) =>
    findings.push({ rule: 'invalid-value', span: node.span, message, data: { kind: 'replace', candidates } });

  const checkScalarText = (node: YNode | null, entry: YEntry | undefined, what: string): string | undefined => {
    if (!node || (node.kind === 'scalar' && (node.value === null || node.value === ''))) {
      if (entry)
        findings.push({
          rule: 'invalid-value',
          span: entry.keySpan,
          message: `${capital(what)} is empty.`,
          data: { kind: 'none' },
        });
      return undefined;
    }
    if (node.kind !== 'scalar') {
      invalid(node, `${capital(what)} should be a single value, not a ${node.kind === 'map' ? 'mapping' : 'list'}.`);
      return undefined;
    }
    if (node.tag) {
      invalid(node, `The tag '${node.tag}' is not supported here; write ${what} as plain text.`);
      return undefined;
    }
    return String(node.value);
  };

  const checkValue = (node: YNode | null, schema: ValueSchema, entry: YEntry | undefined, where: string): void => {
    const what = where;
    // A gap a quick fix left (`<how long>`): rule `unfilled-placeholder` reports it, not as an invalid value too.
    if (node?.kind === 'scalar' && isPlaceholder(node.value)) return;
    switch (schema.type) {
      case 'text': {
        const value = checkScalarText(node, entry, what);
        if (value === undefined || !node) return;
        if (schema.format === 'email' && !EMAIL.test(value))
          invalid(node, `'${value}' is not an e-mail address (${what}).`);
        if (schema.format === 'url' && !URL_RE.test(value))
          invalid(node, `'${value}' is not a web address starting with https:// or http:// (${what}).`);
        if (schema.format === 'email-or-url' && !EMAIL.test(value) && !URL_RE.test(value))
          invalid(node, `'${value}' is neither an e-mail address nor a web address (${what}).`);
        return;
      }
      case 'date': {
        const value = checkScalarText(node, entry, what);
        if (value === undefined || !node) return;
        if (schema.month && isIsoMonth(value)) return;
        if (!isIsoDate(value))
          invalid(
            node,
            `'${value}' is not a date in the form YYYY-MM-DD${schema.month ? ' (or a month, YYYY-MM)' : ''} (${what}).`,
          );
        return;
      }
      case 'integer': {
        if (!node) return;
        const n = node.kind === 'scalar' ? node.value : undefined;
        if (typeof n !== 'number' || !Number.isInteger(n) || n < schema.min || n > schema.max)
          invalid(node, `${capital(what)} must be a whole number from ${schema.min} to ${schema.max}.`);
        return;
      }
      case 'boolean': {
        if (!node) return;
        if (node.kind !== 'scalar' || typeof node.value !== 'boolean')
          invalid(node, `${capital(what)} must be true or false.`, ['true', 'false']);
        return;
      }
      case 'term': {
        const value = checkScalarText(node, entry, what);
        if (value === undefined || !node || schema.allowText) return;
        if (findTerm(schema.vocabulary, value)) return;
        const reserved = RESERVED[schema.vocabulary]?.[value];
        if (reserved) {
          invalid(node, `'${value}' is ${reserved} (${what}).`);
          return;
        }
        const ids = VOCABULARIES[schema.vocabulary].map((t) => t.id);
        const suggestion = nearest(value, ids);
        invalid(
          node,
          `'${value}' is not a valid value for ${what}.${suggestion ? ` Did you mean '${suggestion}'?` : ''} Allowed: ${ids.join(', ')}.`,
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
          invalid(node, `Country codes are written in capitals: '${value.toUpperCase()}' (${what}).`, [
            value.toUpperCase(),
          ]);
        else invalid(node, `'${value}' is not an ISO 3166-1 alpha-2 country code (e.g. BE, DE, US) (${what}).`);
        return;
      }
      case 'duration': {
        const value = checkScalarText(node, entry, what);
        if (value === undefined || !node) return;
        if (schema.allowSession && value === 'session') return;
        if (!parseDuration(value))
          invalid(
            node,
            `'${value}' is not a duration: write a number and a unit (e.g. '15 minutes', '30 days', '12 months') or ISO ` +
              `8601 ('P1Y', 'PT15M') (${what}).`,
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
              message: `${capital(what)} is empty.`,
              data: { kind: 'none' },
            });
          return;
        }
        if (node.kind !== 'map') {
          invalid(
            node,
            `${capital(what)} should be a mapping of keys (${Object.keys(schema.fields).slice(0, 4).join(', ')}…).`,
          );
          return;
        }
        checkObject(node, schema, `in ${what}`, entry ? entry.keySpan : firstLine(node.span, text));
        return;
      }
      case 'definitions': {
        if (!node || (node.kind === 'scalar' && node.value === null)) return; // an empty section: the rules that need entries say so
        if (node.kind !== 'map') {
          invalid(
            node,
            `${capital(what)} should map an id (like 'contact-details') to each ${SECTION_NOUN[schema.section]}.`,
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
              message:
                `'${def.key}' is not a valid id: use lower-case letters, digits and hyphens, starting with a letter ` +
                `(e.g. '${(free && fixed) || 'my-id'}').`,
              data: { kind: 'replace', candidates: free ? [fixed] : [], scope: node.span.start },
            });
          }
          checkValue(def.value, schema.entry, def, `${SECTION_NOUN[schema.section]} '${def.key}'`);
        }
        return;
      }
      case 'list':
      case 'oneOrList': {
        if (!node) return;
        if (node.kind === 'seq') {
          node.items.forEach((item, i) =>
            checkValue(item, schema.item, undefined, node.items.length > 1 ? `item ${i + 1} of ${what}` : what),
          );
          return;
        }
        if (schema.type === 'oneOrList') {
          checkValue(node, schema.item, entry, what);
          return;
        }
        if (node.kind === 'scalar' && node.value === null) return;
        invalid(node, `${capital(what)} should be a list (items starting with '- ', or [a, b]).`);
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
          else invalid(node, `${capital(what)} should be a mapping from ${schema.key} ids to their settings.`);
          return;
        }
        for (const e of node.entries) {
          if (findTerm(schema.key, e.key)) {
            checkValue(e.value, schema.entry, e, `${what} for '${e.key}'`);
            continue;
          }
          const reserved = RESERVED[schema.key]?.[e.key];
          const ids = VOCABULARIES[schema.key].map((t) => t.id);
          const suggestion = reserved ? undefined : nearest(e.key, ids);
          findings.push({
            rule: 'invalid-value',
            span: e.keySpan,
            message: reserved
              ? `'${e.key}' is ${reserved} (${what}).`
              : `'${e.key}' is not a valid ${schema.key} id (${what}).${suggestion ? ` Did you mean '${suggestion}'?` : ''} ` +
                `Allowed: ${ids.join(', ')}.`,
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
            `${capital(what)} should be 'none' or ${schema.other.type === 'list' ? 'a list' : 'a mapping'}.`,
            ['none'],
          );
          return;
        }
        checkValue(node, schema.other, entry, what);
        return;
      }
    }
  };

  const checkRetention = (node: YNode | null, entry: YEntry | undefined, what: string, inList = false): void => {
    if (!node || (node.kind === 'scalar' && node.value === null)) {
      if (entry)
        findings.push({
          rule: 'invalid-value',
          span: entry.keySpan,
          message:
            `${capital(what)} is empty: give a period such as '12 months' or a form like { until: the end of ` +
            `the contract }.`,
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
          `'${value}' is not a duration: the unit must be minutes, hours, days, weeks, months or years (${what}).${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
          suggestion ? [suggestion] : [],
        );
      }
      return;
    }
    if (node.kind === 'seq') {
      if (inList) {
        invalid(node, `Retention lists cannot be nested (${what}).`);
        return;
      }
      for (const item of node.items) {
        if (item.kind !== 'map') {
          invalid(
            item,
            `Each item of a retention list needs a 'data' key and a period, e.g. { data: invoices, period: 7 ` +
              `years, from: the invoice date }.`,
          );
          continue;
        }
        if (!item.entries.some((e) => e.key === 'data')) {
          findings.push({
            rule: 'missing-field',
            span: firstLine(item.span, text),
            message: `This retention item does not say which data it is for: add 'data' (${what}).`,
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
          message: `'${e.key}' is not a retention key (${what}).${suggestion ? ` Did you mean '${suggestion}'?` : ''} Use 'period' with 'from', 'until' with optional 'then', 'at_least', 'at_most', 'between', 'law', or 'criteria'; any of them may add 'extended_until'.`,
          data: { kind: 'replace', candidates: suggestion ? [suggestion] : [], scope: node.span.start },
        });
      } else if (e.key === 'period' || e.key === 'then' || e.key === 'at_least' || e.key === 'at_most') {
        const value = checkScalarText(e.value, e, `'${e.key}' of ${what}`);
        if (value !== undefined && e.value && !parseDuration(value) && !isPlaceholder(value))
          invalid(e.value, `'${value}' is not a duration: write e.g. '10 years' or 'P10Y' (${what}).`);
      } else if (e.key === 'between') {
        checkBetween(e, what);
      } else if (e.key === 'retention' && inList) {
        checkRetention(e.value, e, what, true);
      } else {
        checkScalarText(e.value, e, `'${e.key}' of ${what}`);
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
        message:
          `${capital(what)} gives no period: add 'period' (e.g. 10 years), 'until' (an event), 'at_least', ` +
          `'at_most', 'between', 'law' or 'criteria'.`,
        data: { kind: 'insert', key: 'period', value: '12 months', mapStart: node.span.start },
      });
    } else if (forms > 1) {
      invalid(
        node,
        `${capital(what)} mixes several forms (${[...formKeys, ...(lawAlone ? ['law'] : [])].map((k) => `'${k}'`).join(', ')}); use one of 'period' + 'from', 'until' (+ 'then'), 'at_least' (+ 'from', 'law'), 'at_most' (+ 'from'), 'between' (+ 'from' or 'criteria'), 'law' (+ 'then'), or 'criteria'.`,
      );
    }
    if (keys.has('from') && !['period', 'at_least', 'at_most', 'between'].some((k) => keys.has(k)))
      invalid(node, `'from' needs a 'period', 'at_least', 'at_most' or 'between' (${what}).`);
    if (keys.has('then') && !keys.has('until') && !lawAlone)
      invalid(node, `'then' needs an 'until' event or a 'law' (${what}).`);
  };

  /** `between: [7 years, 10 years]`: exactly two durations, the shorter first. */
  const checkBetween = (e: YEntry, what: string) => {
    const node = e.value;
    const items = node?.kind === 'seq' ? node.items : undefined;
    if (!node || !items || items.length !== 2) {
      findings.push({
        rule: 'invalid-value',
        span: node ? node.span : e.keySpan,
        message: `'between' takes two durations, the shorter first, e.g. [7 years, 10 years] (${what}).`,
        data: { kind: 'none' },
      });
      return;
    }
    const durations = items.map((item) => {
      const value = checkScalarText(item, undefined, `'between' of ${what}`);
      const d = value === undefined ? undefined : parseDuration(value);
      if (value !== undefined && !d && !isPlaceholder(value))
        invalid(item, `'${value}' is not a duration: write e.g. '7 years' or 'P7Y' (${what}).`);
      return d;
    });
    if (durations[0] && durations[1] && approximateDays(durations[0]) >= approximateDays(durations[1])) {
      invalid(node, `'between' must go from the shorter period to the longer one (${what}).`);
    }
  };

  checkObject(
    root,
    POLICY_SCHEMA,
    'at the top level of the policy',
    root.entries[0]?.keySpan ?? firstLine(root.span, text),
  );
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
const RESERVED: Partial<Record<string, Record<string, string>>> = {
  law: { 'us-ccpa': 'reserved for the California Consumer Privacy Act, not supported yet' },
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

function describe(key: string, where: string): string {
  const place = where.replace(/^(in|at the top level of) /, '');
  return where.startsWith('at the top level') ? `the '${key}' section` : `'${key}' of ${place}`;
}

function firstLine(span: Span, text: string): Span {
  const newline = text.indexOf('\n', span.start);
  const end = newline === -1 || newline > span.end ? span.end : newline;
  return { start: span.start, end: Math.max(end, span.start + (text.length > span.start ? 1 : 0)) };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
