// The adequacy decisions data file (docs/language.md, "mechanism"): each entry carries its Commission decision (number and date), any
// limit of scope and expiry, and the file its as-of date; the EEA includes the EU's own territories (Art 355 TFEU).
import { ENGLISH } from '../../server/src/languages/interface';
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
  it('has an as-of date no earlier than the v1.3 list (2026-12-07)', () => {
    assert.match(ADEQUACY_AS_OF, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(ADEQUACY_AS_OF >= '2026-12-07');
  });

  it('cites every decision by its Official Journal reference', () => {
    for (const d of ADEQUACY_DECISIONS) assert.match(d.oj ?? '', /^OJ L(?: \d+)?, /, d.name);
  });

  it('cites the decisions adopted under Directive 95/46/EC as kept in force by Art 45(9)', () => {
    // Acts of the Directive era are numbered without "(EU)" (before 2015).
    const directiveEra = ADEQUACY_DECISIONS.filter((d) => !/\(EU\)/.test(d.decision));
    assert.deepEqual(directiveEra.map((d) => d.country).sort(), [
      'AD',
      'AR',
      'CA',
      'CH',
      'FO',
      'GG',
      'IL',
      'IM',
      'JE',
      'NZ',
      'UY',
    ]);
    for (const d of directiveEra)
      assert.match(d.legalBasis ?? '', /Art 25\(6\) of Directive 95\/46\/EC.*Art 45\(9\)/, d.name);
    for (const d of ADEQUACY_DECISIONS.filter((x) => !directiveEra.includes(x)))
      assert.equal(d.legalBasis, undefined, d.name);
    assert.match(ENGLISH.say(describeTransferStatus('AD')), /kept in force by Art 45\(9\)/);
  });

  it('marks what was checked only against a secondary source, with its address and date', () => {
    for (const d of ADEQUACY_DECISIONS.filter((x) => x.unverified))
      assert.match(d.unverified!, /\d{4}-\d{2}-\d{2}/, `${d.name}: the date the source was read`);
    for (const code of ['GB', 'BR', 'JP', 'KR']) assert.ok(ADEQUACY_BY_COUNTRY.get(code)!.unverified, code);
    assert.ok(organisationDecision('European Patent Organisation')!.unverified);
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
      'BR',
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
    assert.match(ENGLISH.say(describeTransferStatus('CA')), /2002\/2\/EC of 20 December 2001.*PIPEDA.*commercial/);
  });

  it('states the limits of scope of Japan, Korea, Israel, Brazil and the US in hover', () => {
    assert.match(ENGLISH.say(describeTransferStatus('JP')), /personal information handling business operators/);
    assert.match(ENGLISH.say(describeTransferStatus('KR')), /Financial Services Commission/);
    assert.match(ENGLISH.say(describeTransferStatus('IL')), /automated.*international law/);
    assert.match(ENGLISH.say(describeTransferStatus('BR')), /2026\/179 of 26 January 2026.*LGPD/);
    assert.match(ENGLISH.say(describeTransferStatus('US')), /certified.*Data Privacy Framework/);
  });

  it('records the UK renewal of 19 December 2025 by its act, and its expiry', () => {
    const gb = ADEQUACY_BY_COUNTRY.get('GB')!;
    assert.match(gb.amended ?? '', /\(EU\) 2025\/2574 of 19 December 2025/);
    assert.equal(gb.expires, '2031-12-27');
  });

  it('has Brazil: Commission Implementing Decision (EU) 2026/179 of 26 January 2026 (OJ L, 2026/179, 28.1.2026)', () => {
    const br = ADEQUACY_BY_COUNTRY.get('BR')!;
    assert.match(br.decision, /\(EU\) 2026\/179 of 26 January 2026/);
    assert.equal(br.oj, 'OJ L, 2026/179, 28.1.2026');
    assert.equal(transferStatus('BR'), 'adequacy');
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
