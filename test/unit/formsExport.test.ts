// The exports of the v1.3 forms (docs/diff-and-exports.md): the DPV JSON-LD uses DPV 2.x terms that exist — each
// checked against the list below, taken from the W3C DPV repository — and says in words what DPV cannot; the
// record of processing activities carries what Art 30(1) asks that the forms now give, and the Art 30(2) rows of
// the organisation's roles as a processor.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import jsonld from 'jsonld';
import { analyzeText } from '../../server/src/core/analysis';
import { toDpv } from '../../server/src/export/dpv';
import { ROPA_COLUMNS, toRopaCsv } from '../../server/src/export/ropa';
import { caseText, type FormCase } from '../support/formCases';

/**
 * Every DPV term the export may use, as defined in both DPV 2.0 and DPV 2.3 (github.com/w3c/dpv, `2.0/dpv/dpv.ttl`,
 * `2.3/dpv/dpv.ttl`, `2.3/legal/eu/gdpr/eu-gdpr.ttl`, `2.3/legal/eu/legal-eu.ttl`, `2.3/legal/gb/legal-gb.ttl`, at
 * commit f01a55c3c0983e35cdfdf80593ece3353faba7b8 of 28 February 2026). A guessed name fails this test.
 */
const DPV_TERMS = new Set(
  [
    // classes (DataProtectionAuthority and hasAuthority: `2.0/dpv/modules/entities_authority.ttl` and
    // `2.3/dpv/modules/entities_authority.ttl`; the UK's ICO is `legal-gb:DPA-GB` in both versions' legal-gb.ttl)
    'DataProtectionAuthority hasAuthority',
    'Advertising Authority Child Collect ControllerProcessorAgreement CrossBorderTransfer DataController',
    'DataProcessingAgreement DataProcessor DataProtectionOfficer DataSubject DirectMarketing JointDataControllers Law',
    'LegalEntity Likelihood OptingOutFromProcess PersonalData PrivacyNotice Process Profiling Prohibition Purpose',
    'Recipient ResearchAndDevelopment SellDataToThirdParties SpecialCategoryPersonalData StorageDuration ThirdParty',
    // properties
    'hasAddress hasApplicableLaw hasContact hasDataController hasDataProcessor hasDataProtectionOfficer',
    'hasDataSubject hasEntityInvolvement hasJointDataControllers hasLegalBasis hasLikelihood hasLocation hasNotice',
    'hasOrganisationalMeasure hasPersonalData hasProcess hasProcessing hasProhibition hasPurpose hasRecipient',
    'hasRecipientThirdParty hasRight hasStorageCondition',
  ]
    .join(' ')
    .split(' ')
    .map((t) => `https://w3id.org/dpv#${t}`)
    .concat(
      [
        'A6-1-a A6-1-b A6-1-c A6-1-d A6-1-e A6-1-f A9-2-a A9-2-b A9-2-c A9-2-d A9-2-e A9-2-f A9-2-g A9-2-h A9-2-i',
        'A9-2-j A45-3 A46-2-a A46-2-b A46-2-c A46-2-e A46-2-f A46-3-a A49-1-a A49-1-b A49-1-c A49-1-d A49-1-e',
        'A49-1-f A49-1-g A49-2',
      ]
        .join(' ')
        .split(' ')
        .map((t) => `https://w3id.org/dpv/legal/eu/gdpr#${t}`),
      'https://w3id.org/dpv/legal/eu#law-GDPR',
      'https://w3id.org/dpv/legal/gb#law-GDPR',
      'https://w3id.org/dpv/legal/gb#law-DPA',
      'https://w3id.org/dpv/legal/gb#DPA-GB',
    ),
);

const forms: FormCase['patch'] = [
  [['laws'], { 'eu-gdpr': {}, 'uk-gdpr': { representative: { name: 'UK Rep Ltd', email: 'rep@example.co.uk' } } }],
  [['policy', 'minimum_age'], 16],
  [['policy', 'changes'], { notice: '30 days', how: 'By e-mail.' }],
  [['promises'], ['no-sale', 'no-sharing-for-advertising', 'no-transfer', 'no-profiling', 'no-special-categories']],
  [
    ['roles'],
    {
      processor_for: [
        {
          what: 'The databases our customers host with us.',
          controller: 'our customers',
          notice: 'https://example.com/customers',
        },
      ],
    },
  ],
  [['retention'], '3 years'],
  [['purposes', 'orders', 'retention'], undefined],
  [['purposes', 'orders', 'opt_out'], { how: 'Use the unsubscribe link.', url: 'https://example.com/unsubscribe' }],
  [
    ['purposes', 'orders', 'recipients'],
    ['hosting', 'mail', 'video'],
  ],
  [['data', 'usage'], { label: 'Usage data', source: 'automatic', all_purposes: true }],
  [
    ['data', 'contact', 'special'],
    ['health', 'genetic'],
  ],
  [['purposes', 'orders', 'special_basis'], 'explicit-consent'],
  [['recipients', 'hosting', 'country'], 'EEA'],
  [
    ['recipients', 'mail'],
    {
      label: 'Mail service',
      type: 'processor',
      country: ['US', 'IN'],
      possible: true,
      safeguards: 'Art 28(3) contract.',
    },
  ],
  [['recipients', 'video'], { label: 'Video platform', name: 'Video Inc.', country: 'US', own_collection: true }],
  [
    ['transfers'],
    [
      { recipients: ['mail'], mechanism: ['scc', 'bcr'], copy: 'Ask us', possible: true },
      { countries: ['JP'], mechanism: { 'eu-gdpr': 'adequacy', 'uk-gdpr': 'uk-idta' }, copy: 'Ask us' },
      {
        countries: ['CN'],
        mechanism: 'derogation-compelling-interests',
        copy: 'Ask us',
        compelling_interest: 'Recovering a stolen laptop.',
      },
    ],
  ],
];
const analysis = analyzeText(caseText({ patch: forms }));
type Node = Record<string, unknown>;
const graph = (toDpv(analysis) as { '@graph': Node[] })['@graph'];
const node = (id: string) => graph.find((n) => n['@id'] === `urn:privacy-policy:${id}`)!;

describe('DPV export of the v1.3 forms', () => {
  it('expands without fetching anything, and every DPV term it uses exists in DPV 2.0 and 2.3', async () => {
    const documentLoader = (url: string) => Promise.reject(new Error(`remote context requested: ${url}`));
    const expanded = await jsonld.expand(toDpv(analysis), { documentLoader });
    const used = new Set<string>();
    JSON.stringify(expanded, (key, value: unknown) => {
      for (const iri of key.startsWith('https://w3id.org/dpv') ? [key] : []) used.add(iri);
      if ((key === '@id' || key === '@type') && typeof value === 'string' && value.startsWith('https://w3id.org/dpv'))
        used.add(value);
      if (key === '@type' && Array.isArray(value))
        for (const t of value) if (String(t).startsWith('https://w3id.org/dpv')) used.add(String(t));
      return value;
    });
    const unknown = [...used].filter((t) => !DPV_TERMS.has(t) && !t.startsWith('https://w3id.org/dpv/loc#'));
    assert.deepEqual(unknown, []);
    for (const loc of ['EEA', 'US', 'IN', 'JP', 'CN']) assert.ok(used.has(`https://w3id.org/dpv/loc#${loc}`), loc);
  });

  it('the notice names the laws it serves by their DPV concepts, and says what DPV has no term for', () => {
    const notice = node('notice/notice');
    assert.equal(notice['@type'], 'dpv:PrivacyNotice');
    assert.deepEqual(notice.hasApplicableLaw, [
      { '@id': 'legal-eu:law-GDPR' },
      { '@id': 'legal-gb:law-GDPR' },
      { '@id': 'legal-gb:law-DPA' },
    ]);
    assert.match(String(notice.description), /not meant for people under 16 \(no DPV term\)/);
    assert.match(String(notice.description), /announced 30 days before they apply \(no DPV term\)/);
  });

  it('promises are prohibitions of the processing they rule out', () => {
    const all = node('process/_notice');
    assert.deepEqual(
      (all.hasProhibition as Node[]).map((p) => [p.label, p.hasPurpose ?? p.hasProcessing ?? p.hasPersonalData]),
      [
        ['We do not sell personal data', 'dpv:SellDataToThirdParties'],
        ['We do not share personal data for others’ advertising', 'dpv:Advertising'],
        ['No personal data leaves the territory', 'dpv:CrossBorderTransfer'],
        ['We do not profile', 'dpv:Profiling'],
        ['We do not process special categories of data', 'dpv:SpecialCategoryPersonalData'],
      ],
    );
    assert.deepEqual(all.hasProcess, [node('process/orders')['@id']]);
  });

  it('a role as a processor is a process whose controller is the other organisation and processor is us', () => {
    const role = node('processor-for/1');
    assert.equal((role.hasDataController as Node).label, 'our customers');
    assert.equal(role.hasDataProcessor, node('controller/Example%20Books%20B.V.')['@id']);
    assert.deepEqual(role.hasNotice, { '@id': 'https://example.com/customers', '@type': 'dpv:PrivacyNotice' });
    assert.deepEqual(node('controller/Example%20Books%20B.V.')['@type'], ['dpv:DataController', 'dpv:DataProcessor']);
  });

  it('a purpose carries its opt-out, every-purpose data and the notice-wide retention', () => {
    const orders = node('process/orders');
    assert.deepEqual(orders.hasEntityInvolvement, {
      '@type': 'dpv:OptingOutFromProcess',
      description: 'Use the unsubscribe link.',
      seeAlso: 'https://example.com/unsubscribe',
    });
    assert.ok((orders.hasPersonalData as string[]).some((d) => d === 'urn:privacy-policy:data/usage'));
    assert.deepEqual(orders.hasStorageCondition, { '@type': 'dpv:StorageDuration', label: '3 years' });
    // A platform that collects on its own service is not a recipient of ours: a process of its own.
    assert.ok(!(orders.hasRecipient as string[]).some((r) => r === 'urn:privacy-policy:recipient/video'));
    const video = node('collection/video');
    assert.equal(video.hasProcessing, 'dpv:Collect');
    assert.equal(video.hasDataController, node('recipient/video')['@id']);
  });

  it('recipients: regions and country lists as locations, "may receive" as a likelihood, safeguards as the Art 28(3) contract', () => {
    assert.deepEqual(node('recipient/hosting').hasLocation, ['loc:EEA']);
    const mail = node('recipient/mail');
    assert.deepEqual(mail.hasLocation, ['loc:US', 'loc:IN']);
    assert.equal((mail.hasLikelihood as Node)['@type'], 'dpv:Likelihood');
    assert.deepEqual(mail.hasOrganisationalMeasure, {
      '@type': 'dpv:ControllerProcessorAgreement',
      description: 'Art 28(3) contract.',
    });
    assert.equal(node('data/contact')['@type'], 'dpv:SpecialCategoryPersonalData');
    assert.equal(node('data/contact').description, 'Health data; Genetic data');
  });

  it('transfers rest on DPV legal bases; alternatives, other laws’ mechanisms and DPV’s numbering are said', () => {
    const [alternatives, perLaw, occasional] = [node('transfer/1'), node('transfer/2'), node('transfer/3')];
    assert.equal(alternatives.hasProcessing, 'dpv:CrossBorderTransfer');
    assert.deepEqual(alternatives.hasLegalBasis, ['eu-gdpr:A46-2-c', 'eu-gdpr:A46-2-b']);
    assert.match(
      String(alternatives.description),
      /Rests on one of Standard contractual clauses, Binding corporate rules\./,
    );
    assert.ok(alternatives.hasLikelihood);
    assert.deepEqual(perLaw.hasLegalBasis, ['eu-gdpr:A45-3']);
    assert.match(
      String(perLaw.description),
      /under the EU GDPR: Adequacy decision; under the UK GDPR: UK International Data Transfer Agreement \(no DPV term\)/,
    );
    // DPV numbers the second subparagraph of Art 49(1) "A49-2".
    assert.deepEqual(occasional.hasLegalBasis, ['eu-gdpr:A49-2']);
  });
});

describe('the record of processing activities with the v1.3 forms', () => {
  const rows: string[][] = parse(toRopaCsv(analysis));
  const column = (name: string) => ROPA_COLUMNS.indexOf(name);
  const orders = rows.find((r) => r[0] === 'orders')!;

  it('Art 30(1): every-purpose data, recipients with their third countries, alternative and per-law grounds', () => {
    assert.equal(orders[column('(c) Categories of personal data')], 'Name and contact details; Usage data');
    assert.equal(
      orders[column('(d) Categories of recipients')],
      'Web shop hosting provider — Hosting providers; Mail service — United States of America, India — possible, not certain',
    );
    const transfers = orders[column('(e) Transfers to third countries and safeguards')];
    assert.match(
      transfers,
      /United States of America, India: one of Standard contractual clauses, Binding corporate rules \(possible, not certain\)/,
    );
    assert.equal(orders[column('(f) Time limits for erasure')], '3 years');
    assert.match(orders[column('(a) Representative')], /UK GDPR: UK Rep Ltd, rep@example\.co\.uk/);
    assert.equal(orders[column('Record')], 'Art 30(1): controller');
  });

  it('Art 30(2): one row per controller we process for, with what we process and our security measures', () => {
    const role = rows.find((r) => r[0] === 'processor-for-1')!;
    assert.equal(role[column('(a) Controller')], 'our customers');
    assert.equal(role[column('(a) Controller contact')], 'https://example.com/customers');
    assert.match(role[column('(b) Purpose of the processing')], /Art 30\(2\)\(b\)\): The databases our customers host/);
    assert.match(role[column('Record')], /^Art 30\(2\): processor — Example Books B\.V\., Keizersgracht 1/);
  });
});
