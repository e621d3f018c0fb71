// Completion of the fields and values v1.1 adds (docs/language.md, "Top-level sections", §3.5): the Art 22(2) `ground` of an automated decision,
// `{ right, law }` items of `rights.exclude`, and the authority's `phone` and `webform`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { POLICY_SCHEMA } from '../../server/src/schema/policySchema';
import { createLanguageService } from '../../server/src/service/languageService';

const service = createLanguageService();
const complete = (text: string, line: number, character: number) =>
  service.completion(TextDocument.create('file:///a.privacy.yaml', 'privacy-policy', 1, text), { line, character })
    .items;

describe('completion of v1.1 fields', () => {
  it('offers the three Art 22(2) grounds for an automated decision, with their points', () => {
    const items = complete('automated_decisions:\n  - purpose: Credit check\n    ground: \n', 2, 12);
    assert.deepEqual(
      items.map((i) => `${i.label} ${i.detail}`),
      [
        'contract Art 22(2)(a) — Necessary for a contract',
        'law Art 22(2)(b) — Authorised by law',
        'explicit-consent Art 22(2)(c) — Explicit consent',
      ],
    );
  });

  it('offers `right` and `law` for a new item of rights.exclude', () => {
    assert.deepEqual(
      complete('rights:\n  exclude:\n    - \n', 2, 6).map((i) => i.label),
      ['right', 'law'],
    );
  });

  it('offers the authority’s phone and complaint form', () => {
    const labels = complete('authority:\n  \n', 1, 2).map((i) => i.label);
    for (const key of ['phone', 'webform']) assert.ok(labels.includes(key), key);
  });

  it('describes `authority` as the authority competent for the controller, not the lead one (Art 56)', () => {
    const description = POLICY_SCHEMA.fields.authority.description;
    assert.match(description, /competent for the controller/);
    assert.match(description, /Art 77\(1\)/);
    assert.doesNotMatch(description, /^The lead/);
  });
});
