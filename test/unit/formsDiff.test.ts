// `diff` on the v1.3 forms (docs/diff-and-exports.md): each change in meaning is found, with the impact its reasoning
// gives it — told first (before it applies), material, or editorial — and layout alone is no change.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDiffText, semanticDiff, type Change } from '../../server/src/compare/semanticDiff';
import { analyzeText } from '../../server/src/core/analysis';
import { euGdpr } from '../../server/src/laws/eu-gdpr';
import { caseText, type FormCase } from '../support/formCases';

type Patch = FormCase['patch'];
const diff = (before: Patch, after: Patch): Change[] =>
  semanticDiff(analyzeText(caseText({ patch: before })).model, analyzeText(caseText({ patch: after })).model, euGdpr);
const kinds = (changes: Change[]) => changes.map((c) => `${c.kind}:${c.impact}`);

const video: Patch = [
  [['recipients', 'video'], { label: 'Video platform', category: 'social-media', name: 'Video Inc.', country: 'US' }],
  [
    ['purposes', 'orders', 'recipients'],
    ['hosting', 'video'],
  ],
  [['transfers'], [{ recipients: ['video'], mechanism: 'scc', copy: 'Ask us' }]],
];

describe('diff of the v1.3 forms', () => {
  it('finds no change when only the layout of the new forms changes', () => {
    const forms: Patch = [
      [['promises'], ['no-sale', 'no-profiling']],
      [
        ['recipients', 'hosting', 'country'],
        ['DE', 'NL'],
      ],
      [['roles'], { processor_for: [{ what: 'Databases', controller: 'our customers' }] }],
    ];
    const reordered: Patch = [
      [['roles'], { processor_for: [{ controller: 'our customers', what: 'Databases' }] }],
      [
        ['recipients', 'hosting', 'country'],
        ['NL', 'DE'],
      ],
      [['promises'], ['no-profiling', 'no-sale']],
    ];
    assert.deepEqual(diff(forms, reordered), []);
  });

  it('a withdrawn promise is told first; a new one is material', () => {
    const changes = diff(
      [[['promises'], ['no-sale', 'no-transfer']]],
      [[['promises'], ['no-transfer', 'no-profiling']]],
    );
    assert.deepEqual(kinds(changes), ['promise-added:material', 'promise-removed:inform-before-processing']);
    assert.match(changes[1].summary, /no longer says: We do not sell personal data/);
    assert.match(changes[1].reason!, /Art 5\(1\)\(a\)/);
  });

  it('a recipient that no longer only may receive the data is material; one that now only may is editorial', () => {
    const certain = diff([[['recipients', 'hosting', 'possible'], true]], []);
    assert.deepEqual(kinds(certain), ['recipient-certain:material']);
    assert.match(certain[0].summary, /now receives the data \(before: may receive it\)/);
    assert.deepEqual(kinds(diff([], [[['recipients', 'hosting', 'possible'], true]])), [
      'recipient-possible:editorial',
    ]);
  });

  it('a new recipient of a new category, or outside the EEA, is told first (WP260 rev.01)', () => {
    const changes = diff([], video);
    assert.ok(kinds(changes).includes('recipient-added:inform-before-processing'), kinds(changes).join());
    assert.ok(kinds(changes).includes('country-added:inform-before-processing'), kinds(changes).join());
    const country = changes.find((c) => c.kind === 'country-added')!;
    assert.match(country.summary, /now transferred to United States of America \(Standard contractual clauses/);
    // Another hosting provider is not a new category of recipient.
    const second = diff([], [[['recipients', 'backup'], { label: 'Backup host', category: 'hosting', country: 'DE' }]]);
    assert.deepEqual(kinds(second), ['recipient-added:material']);
  });

  it('a recipient moving to several places, one outside the EEA, is told first; within the EEA it is material', () => {
    const outside = diff(
      [],
      [
        [
          ['recipients', 'hosting', 'country'],
          ['DE', 'US'],
        ],
      ],
    );
    assert.ok(kinds(outside).includes('recipient-country-changed:inform-before-processing'), kinds(outside).join());
    assert.match(
      outside.find((c) => c.kind === 'recipient-country-changed')!.summary,
      /now processes the data in Germany, United States of America \(before: Germany\)/,
    );
    const region = diff([], [[['recipients', 'hosting', 'country'], 'EEA']]);
    assert.deepEqual(kinds(region), ['recipient-country-changed:material']);
    assert.match(region[0].summary, /in European Economic Area/);
  });

  it('own collection: sharing what a platform collected itself is told first; the reverse is material', () => {
    const own: Patch = [...video, [['recipients', 'video', 'own_collection'], true]];
    assert.deepEqual(
      kinds(diff(own, video)).filter((k) => k.startsWith('own-')),
      ['own-collection-removed:inform-before-processing'],
    );
    assert.deepEqual(
      kinds(diff(video, own)).filter((k) => k.startsWith('own-')),
      ['own-collection-added:material'],
    );
  });

  it('a processor becoming a controller of the data is told first', () => {
    const changes = diff([], [[['recipients', 'hosting', 'type'], 'controller']]);
    assert.deepEqual(kinds(changes), ['recipient-role-changed:inform-before-processing']);
    assert.match(changes[0].summary, /from Processor to Independent controller/);
    assert.deepEqual(kinds(diff([], [[['recipients', 'hosting', 'type'], undefined]])), [
      'recipient-role-changed:material',
    ]);
  });

  it('a withdrawn opt-out is told first; a new or changed one is material', () => {
    const optOut: Patch = [[['purposes', 'orders', 'opt_out'], { how: 'Use the unsubscribe link.' }]];
    assert.deepEqual(kinds(diff([], optOut)), ['opt-out-added:material']);
    assert.match(
      diff([], optOut)[0].summary,
      /can now be stopped without a rights request: Use the unsubscribe link\./,
    );
    assert.deepEqual(kinds(diff(optOut, [])), ['opt-out-removed:inform-before-processing']);
    assert.deepEqual(kinds(diff(optOut, [[['purposes', 'orders', 'opt_out'], { how: 'Reply STOP.' }]])), [
      'opt-out-changed:material',
    ]);
  });

  it('a new processor role is material; one given up is editorial', () => {
    const role: Patch = [[['roles'], { processor_for: [{ what: 'Databases', controller: 'our customers' }] }]];
    assert.deepEqual(kinds(diff([], role)), ['processor-role-added:material']);
    assert.match(diff([], role)[0].summary, /as a processor for our customers, whose notice applies/);
    assert.deepEqual(kinds(diff(role, [])), ['processor-role-removed:editorial']);
  });

  it('the notice-wide retention is reported once, naming the purposes that use it', () => {
    const wide = (period: string): Patch => [
      [['retention'], period],
      [['purposes', 'orders', 'retention'], undefined],
    ];
    const changes = diff(wide('2 years'), wide('3 years'));
    assert.deepEqual(kinds(changes), ['notice-retention-changed:material']);
    assert.match(changes[0].summary, /from "2 years" to "3 years" \("Delivering your orders"\)/);
    // A purpose that gives up its own period for the notice-wide one changes its retention.
    const own = diff([[['retention'], '3 years']], wide('3 years'));
    assert.deepEqual(kinds(own), ['retention-changed:material']);
    assert.match(own[0].summary, /from "2 years" to "3 years"/);
  });

  it('data used by every purpose is new data of each purpose, told first', () => {
    const changes = diff(
      [[['data', 'usage'], { label: 'Usage data', source: 'automatic' }]],
      [[['data', 'usage'], { label: 'Usage data', source: 'automatic', all_purposes: true }]],
    );
    assert.deepEqual(kinds(changes), ['purpose-data-added:inform-before-processing']);
  });

  it('a special category added to a data category already processed is told first (Art 9(1))', () => {
    const changes = diff(
      [[['data', 'contact', 'special'], 'health']],
      [
        [
          ['data', 'contact', 'special'],
          ['health', 'genetic'],
        ],
      ],
    );
    assert.deepEqual(kinds(changes), ['data-special-added:inform-before-processing']);
    assert.match(changes[0].summary, /Genetic data \(Art 9\(1\)\)/);
  });

  it('advance notice of changes, the minimum age and cookie choices are material', () => {
    const changes = diff(
      [[['policy', 'changes'], { notice: '30 days' }]],
      [
        [['policy', 'changes'], { notice: '14 days', how: 'By e-mail.' }],
        [['policy', 'minimum_age'], 16],
        [['cookie_settings'], 'Use the cookie settings link.'],
      ],
    );
    assert.deepEqual(kinds(changes), [
      'changes-notice-changed:material',
      'changes-how-changed:material',
      'minimum-age-changed:material',
      'cookie-settings-changed:material',
    ]);
    assert.match(changes[0].summary, /tell you of a material change 14 days before it applies \(before: 30 days\)/);
    assert.match(changes[2].summary, /not meant for people under 16 \(before: no minimum age\)/);
  });

  it('a new restriction of a right is told first; a changed one is material, a lifted one editorial', () => {
    const restriction = (law: string): Patch => [[['rights'], { restrictions: [{ right: 'access', law }] }]];
    const added = diff([], restriction('Art 15 UAVG'));
    assert.deepEqual(kinds(added), ['restriction-added:inform-before-processing']);
    assert.match(added[0].summary, /Restricted by law from now on: Right of access/);
    assert.deepEqual(kinds(diff(restriction('Art 15 UAVG'), restriction('Art 41 UAVG'))), [
      'restriction-changed:material',
    ]);
    assert.deepEqual(kinds(diff(restriction('Art 15 UAVG'), [])), ['restriction-removed:editorial']);
  });

  it('`none` and `{ none: true, note }` both say none: only the note changed', () => {
    const changes = diff([], [[['automated_decisions'], { none: true, note: 'The video platform decides itself.' }]]);
    assert.deepEqual(kinds(changes), ['automated-decisions-note-changed:material']);
  });

  it('a mechanism list and a per-law map are grounds of their own', () => {
    const transfer = (mechanism: unknown): Patch => [
      [['transfers'], [{ countries: ['IN'], mechanism: mechanism as string, copy: 'Ask us' }]],
    ];
    const changes = diff(transfer(['scc', 'bcr']), transfer({ 'eu-gdpr': 'scc', 'uk-gdpr': 'uk-idta' }));
    assert.deepEqual(kinds(changes), ['mechanism-changed:material']);
    assert.equal(changes[0].before, 'scc or bcr');
    assert.equal(changes[0].after, 'eu-gdpr: scc; uk-gdpr: uk-idta');
  });

  it('laws added to the notice are material', () => {
    assert.deepEqual(kinds(diff([], [[['laws'], { 'eu-gdpr': {}, 'uk-gdpr': {} }]])), [
      'law-added:material',
      'law-added:material',
    ]);
    assert.deepEqual(kinds(diff([[['laws'], { 'uk-gdpr': {} }]], [[['laws'], { 'uk-gdpr': { notes: 'x' } }]])), [
      'law-section-changed:material',
    ]);
  });

  it('the text report gives the reason of each change told first, and counts them', () => {
    const report = formatDiffText(diff([[['promises'], ['no-sale']]], []));
    assert.match(
      report,
      /^INFORM FIRST {2}The notice no longer says: We do not sell personal data\.\n {14}A commitment/m,
    );
    assert.match(report, /1 must be communicated to data subjects before it applies/);
  });
});
