// The generated JSON Schema (schema/privacy-policy.schema.json) against the checker, form by form: each v1.3 form
// (docs/language.md) is accepted or rejected by both alike, validated with ajv, a JSON Schema validator other YAML
// tooling builds on. The checker "accepts" when none of the rules the JSON Schema stands for — the shape of the
// language — reports an error; rules about meaning (a broken promise, a transfer without its ground) are beyond it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { analyzeText } from '../../server/src/core/analysis';
import { validate } from '../../server/src/rules/check';
import { POLICY_SCHEMA, type ObjectSchema, type ValueSchema } from '../../server/src/schema/policySchema';
import { BASE, caseText, FORM_CASES } from '../support/formCases';

const root = resolve(__dirname, '../..');
const schema = JSON.parse(readFileSync(resolve(root, 'schema/privacy-policy.schema.json'), 'utf8')) as object;
// `markdownEnumDescriptions` is an editor keyword (VS Code, yaml-language-server), and formats are the patterns'
// business: the checker's own patterns are in the schema.
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
const validateJson = ajv.compile(schema);

/** The rules that report the shape of the language: the schema walk's, and those named by required fields. */
const SHAPE_RULES = new Set(['yaml-syntax', 'unknown-key', 'invalid-value', 'duplicate-key', 'missing-field']);
(function collect(v: ValueSchema): void {
  const object = (o: ObjectSchema) => {
    for (const f of Object.values(o.fields)) {
      if (typeof f.required === 'string') SHAPE_RULES.add(f.required);
      collect(f.value);
    }
    for (const g of o.anyOf ?? []) SHAPE_RULES.add(g.rule);
  };
  if (v.type === 'object') object(v);
  else if (v.type === 'definitions') object(v.entry);
  else if (v.type === 'list' || v.type === 'oneOrList') collect(v.item);
  else if (v.type === 'noneOr') {
    collect(v.other);
    if (v.map) collect(v.map);
  } else if (v.type === 'keyed') collect(v.entry);
  else if (v.type === 'either') collect(v.object);
})(POLICY_SCHEMA);

function server(text: string) {
  return validate(analyzeText(text)).filter((p) => p.severity === 'error' && SHAPE_RULES.has(p.rule));
}

function jsonErrors(text: string): string[] {
  return validateJson(parse(text)) ? [] : (validateJson.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('the JSON Schema accepts what the checker accepts, form by form', () => {
  it('the base policy of the cases is accepted by both', () => {
    const text = caseText({ patch: [] });
    assert.deepEqual(
      server(text).map((p) => `${p.rule}: ${p.message}`),
      [],
    );
    assert.deepEqual(jsonErrors(text), []);
    assert.ok(BASE.purposes);
  });

  for (const c of FORM_CASES) {
    const text = caseText(c);
    it(`${c.form}: ${c.accepted ? 'accepted' : `rejected (${c.rule})`} by the checker and the JSON Schema`, () => {
      const problems = server(text);
      const json = jsonErrors(text);
      if (c.accepted) {
        assert.deepEqual(json, [], text);
        assert.deepEqual(
          problems.map((p) => `${p.rule}: ${p.message}`),
          [],
          text,
        );
        return;
      }
      const reported = problems.find((p) => p.rule === c.rule);
      assert.ok(
        reported,
        `${c.rule} expected, got ${problems.map((p) => `${p.rule}: ${p.message}`).join(' | ')}\n${text}`,
      );
      assert.match(reported.message, c.message!);
      // Located: the range covers the offending key or value, not the document.
      assert.ok(
        text.slice(reported.span.start, reported.span.end).includes(c.at!) ||
          c.at!.includes(text.slice(reported.span.start, reported.span.end)),
        `range '${text.slice(reported.span.start, reported.span.end)}' for ${c.at}`,
      );
      assert.notDeepEqual(json, [], `the JSON Schema accepts what the checker rejects:\n${text}`);
    });
  }
});
