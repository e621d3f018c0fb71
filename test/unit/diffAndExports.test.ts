// Semantic diff (Art 13(3) flags, changelog) and the DPV / Art 30 exports.
import { euGdpr } from '../../server/src/laws/eu-gdpr';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import jsonld from 'jsonld';
import { changelogSection, semanticDiff } from '../../server/src/compare/semanticDiff';
import { toDpv } from '../../server/src/export/dpv';
import { recordColumns, ROPA_COLUMNS, toRopaCsv } from '../../server/src/export/ropa';
import { renderNotice } from '../../server/src/render';
import { analyzeText } from '../../server/src/core/analysis';
import { validate } from '../../server/src/rules/check';
import { textOf } from '../support/html';

const root = resolve(__dirname, '../..');
const VALID = readFileSync(resolve(root, 'test/fixtures/valid.privacy.yaml'), 'utf8');
const model = (text: string) => analyzeText(text).model;

describe('semantic diff', () => {
  it('finds no change in meaning when only layout, quoting and comments change', () => {
    const reformatted = VALID.replace('    basis: contract', '    basis: "contract"  # unchanged').replace(
      'data: [contact-details, order-history]',
      'data:\n      - contact-details\n      - order-history',
    );
    assert.deepEqual(semanticDiff(model(VALID), model(reformatted), euGdpr), []);
  });

  it('flags a new purpose and a changed legal basis as needing information before processing (Art 13(3))', () => {
    const next = VALID.replace('basis: legitimate-interests', 'basis: consent').replace(
      'transfers:',
      '  profiling:\n    title: Personalised offers\n    data: [order-history]\n    basis: consent\n   ' +
        ' retention: 12 months\ntransfers:',
    );
    const changes = semanticDiff(model(VALID), model(next), euGdpr);
    const kinds = changes.map((c) => `${c.kind}:${c.impact}`);
    assert.ok(kinds.includes('purpose-added:inform-before-processing'), kinds.join());
    assert.ok(kinds.includes('basis-changed:inform-before-processing'), kinds.join());
    assert.match(
      changes.find((c) => c.kind === 'basis-changed')!.summary,
      /Legitimate interests \(Art 6\(1\)\(f\)\) to Consent \(Art 6\(1\)\(a\)\)/,
    );
  });

  it('reports retention, recipient country and transfer mechanism changes', () => {
    const next = VALID.replace('retention: 24 months', 'retention: 36 months')
      .replace('    country: US', '    country: IN')
      .replace('mechanism: dpf', 'mechanism: scc');
    const kinds = semanticDiff(model(VALID), model(next), euGdpr).map((c) => c.kind);
    for (const k of ['retention-changed', 'recipient-country-changed', 'country-added', 'country-removed'])
      assert.ok(kinds.includes(k), `${k} missing from ${kinds.join()}`);
  });

  it('writes a "Changes to this policy" section that is valid for the policy', () => {
    const next = VALID.replace('retention: 24 months', 'retention: 36 months');
    const section = changelogSection(semanticDiff(model(VALID), model(next), euGdpr), '2025-06-01');
    const withSection = `${VALID}sections:\n${section.replace(/^/gm, '  ').replace(/^ +$/gm, '')}`;
    const analysis = analyzeText(withSection);
    // Valid YAML, and valid for the language: no rule finds anything the policy did not already have.
    assert.deepEqual(analysis.model.tree.problems, []);
    const rulesOf = (text: string) => validate(analyzeText(text)).map((p) => `${p.rule}: ${p.message}`);
    assert.deepEqual(rulesOf(withSection), rulesOf(VALID));
    assert.match(
      section,
      /On 2025-06-01 we changed this policy:\n\n {4}- Retention for "Improving our service" changed from "24 months" to "36 months"\./,
    );
    // The notice shows it as a section of its own, with its list.
    const html = renderNotice(analysis, { mode: 'standalone' }).html;
    assert.match(html, /<h2[^>]*>Changes to this policy<\/h2>/);
    assert.match(
      textOf(html),
      /On 2025-06-01 we changed this policy: Retention for "Improving our service" changed from "24 months" to "36 months"\./,
    );
  });
});

describe('exports', () => {
  const files = readdirSync(resolve(root, 'examples'))
    .map((f) => resolve(root, 'examples', f))
    .concat(resolve(root, 'test/fixtures/valid.privacy.yaml'));

  for (const file of files) {
    it(`${file.split('/').pop()}: DPV JSON-LD expands with jsonld and names the GDPR legal bases`, async () => {
      const doc = toDpv(analyzeText(readFileSync(file, 'utf8')));
      // No remote context may be fetched: the export must stand alone.
      const documentLoader = (url: string) => Promise.reject(new Error(`remote context requested: ${url}`));
      const expanded = (await jsonld.expand(doc, { documentLoader })) as Record<string, unknown>[];
      // One process per purpose (the others: the notice as a whole, transfers, processor roles, own collection).
      const processes = expanded.filter(
        (n) =>
          (n['@type'] as string[] | undefined)?.includes('https://w3id.org/dpv#Process') &&
          /:process\/(?!_)/.test(String(n['@id'])),
      );
      const purposes = analyzeText(readFileSync(file, 'utf8')).model.purposes;
      assert.equal(processes.length, purposes.length);
      const bases = processes.flatMap((p) =>
        ((p['https://w3id.org/dpv#hasLegalBasis'] as { '@id': string }[] | undefined) ?? []).map((b) => b['@id']),
      );
      // The GDPR's legal bases where the notice serves the EU GDPR; DPV's own where it does not (UK, Swiss).
      const eu = analyzeText(readFileSync(file, 'utf8')).laws.some((l) => l.id === 'eu-gdpr');
      const basis = eu
        ? /^https:\/\/w3id\.org\/dpv\/legal\/eu\/gdpr#A[69]-[12]-[a-j]$/
        : /^https:\/\/w3id\.org\/dpv#(Consent|Contract|LegalObligation|LegitimateInterest|VitalInterest|PublicInterest)$/;
      assert.ok(
        bases.every((b) => basis.test(b)),
        bases.join(),
      );
      const nquads = (await jsonld.toRDF(doc, { format: 'application/n-quads', documentLoader })) as unknown as string;
      assert.ok(nquads.split('\n').length > purposes.length * 3);
    });

    it(`${file.split('/').pop()}: the Art 30 record has one row per purpose with columns (a) to (g)`, () => {
      const analysis = analyzeText(readFileSync(file, 'utf8'));
      const rows = parse(toRopaCsv(analysis));
      // The columns of the notice's own law (Art 30 GDPR and UK GDPR, Art 12(2) FADP).
      const columns = recordColumns(analysis.laws[0]);
      assert.deepEqual(rows[0], columns);
      for (const row of rows.slice(1)) assert.equal(row.length, columns.length);
      const record = columns.indexOf('Record');
      if (record < 0) {
        assert.equal(rows.length - 1, analysis.model.purposes.length);
        return;
      }
      // One Art 30(1) row per purpose; an Art 30(2) row per role as a processor for another controller.
      assert.equal(
        rows.filter((r: string[]) => r[record] === 'Art 30(1): controller').length,
        analysis.model.purposes.length,
      );
      assert.ok(rows.slice(1).every((r: string[]) => /^Art 30\((1|2)\): /.test(r[record])));
    });
  }

  it('the valid fixture exports its transfer safeguard and retention in plain words', () => {
    const rows = parse(toRopaCsv(analyzeText(VALID)));
    const orders = rows.find((r) => r[0] === 'orders')!;
    assert.equal(
      orders[ROPA_COLUMNS.indexOf('(e) Transfers to third countries and safeguards')],
      'United States of America: EU–US Data Privacy Framework',
    );
    assert.equal(orders[ROPA_COLUMNS.indexOf('(f) Time limits for erasure')], '7 years from the date of the invoice');
    assert.equal(orders[ROPA_COLUMNS.indexOf('Legal basis (Art 6)')], 'Contract (Art 6(1)(b))');
  });
});
