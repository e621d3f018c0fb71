// The adequacy decisions data file (docs/language.md, "mechanism"): each entry carries its Commission decision (number and date), any
// limit of scope and expiry, and the file its as-of date; the EEA includes the EU's own territories (Art 355 TFEU).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ADEQUACY_AS_OF,
  ADEQUACY_BY_COUNTRY,
  ADEQUACY_DECISIONS,
  DPF_DECISION,
  organisationDecision,
} from '../../server/src/laws/eu-gdpr/adequacy';
import { describeTransferStatus, EEA, transferStatus } from '../../server/src/laws/eu-gdpr/territory';

describe('adequacy decisions', () => {
  it('has an as-of date later than the v1 list (2025-01-15)', () => {
    assert.match(ADEQUACY_AS_OF, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(ADEQUACY_AS_OF > '2025-01-15');
  });

  it('gives every entry a Commission decision with its number, its date and a EUR-Lex CELEX number', () => {
    for (const d of ADEQUACY_DECISIONS) {
      assert.match(
        d.decision,
        /^Commission (?:Implementing )?Decision (?:\(EU\) )?\d{4}\/\d+(?:\/E[CU])? of \d{1,2} [A-Z][a-z]+ \d{4}/,
        d.name,
      );
      assert.match(d.celex ?? '', /^3\d{4}D\d{4}$/, d.name);
      assert.ok(!!d.country !== !!d.organisation, `${d.name}: a country or an international organisation`);
    }
  });

  it('covers the countries of the documented list (docs/language.md), the US only through dpf', () => {
    assert.deepEqual([...ADEQUACY_BY_COUNTRY.keys()].sort(), [
      'AD',
      'AR',
      'CA',
      'CH',
      'FO',
      'GB',
      'GG',
      'IL',
      'IM',
      'JE',
      'JP',
      'KR',
      'NZ',
      'UY',
    ]);
    assert.equal(transferStatus('US'), 'dpf');
    assert.match(DPF_DECISION.decision, /2023\/1795 of 10 July 2023/);
    assert.match(DPF_DECISION.scope ?? '', /certified/);
  });

  it('states the limits of scope: Canada (PIPEDA, commercial organisations)', () => {
    assert.match(ADEQUACY_BY_COUNTRY.get('CA')!.scope!, /PIPEDA/);
    assert.match(describeTransferStatus('CA'), /2002\/2\/EC of 20 December 2001.*PIPEDA.*commercial/);
  });

  it('records the UK renewal of 19 December 2025 and its expiry', () => {
    const gb = ADEQUACY_BY_COUNTRY.get('GB')!;
    assert.match(gb.amended ?? '', /19 December 2025/);
    assert.equal(gb.expires, '2031-12-27');
  });

  it('has the European Patent Organisation as an international organisation (Decision (EU) 2025/1382)', () => {
    const epo = organisationDecision('european patent  organisation');
    assert.ok(epo);
    assert.match(epo.decision, /2025\/1382 of 15 July 2025/);
  });
});

describe('the EEA', () => {
  it('includes the parts of member states with ISO codes of their own that are in the EU (Art 355 TFEU)', () => {
    for (const code of ['AX', 'GF', 'GP', 'MQ', 'RE', 'YT', 'MF']) assert.ok(EEA.has(code), code);
  });

  it('excludes the overseas countries and territories, which are third countries', () => {
    for (const code of ['GL', 'NC', 'PF', 'BL', 'PM', 'WF', 'AW', 'CW']) assert.ok(!EEA.has(code), code);
  });

  it('has the 27 member states and Iceland, Liechtenstein and Norway', () => assert.equal(EEA.size, 30 + 7));
});
