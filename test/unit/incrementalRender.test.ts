// Rendering only what an edit changed (render/reuse.ts) against rendering from scratch: byte for byte, after every
// edit of random edit sequences on the example notices, the test policies and a generated policy, and on the edits
// that change what an entity reads elsewhere (a label it names, a country, the language, the laws, the data every
// purpose uses, the notice-wide retention, a recipient that becomes possible or collects itself, colliding anchors).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeText, type Analysis } from '../../server/src/core/analysis';
import { PieceCache } from '../../server/src/parser/incremental';
import { renderNotice, type RenderOptions } from '../../server/src/render';
import { RenderMemo, ReuseSession } from '../../server/src/render/reuse';
import { RenderContext } from '../../server/src/render/context';
import { renderDocument, type NoticeRequest } from '../../server/src/render/document';
import { messages } from '../../server/src/languages/notices';
import { joinParts, patchParts, type NoticeParts, type NoticePatch } from '../../server/src/protocol/preview';
import { generatePolicy } from '../../bench/generatePolicy';

const root = resolve(__dirname, '../..');
const fixture = (name: string) => readFileSync(resolve(root, 'test/fixtures', name), 'utf8');
const VALID = fixture('valid.privacy.yaml');
const V12 = fixture('v12.privacy.yaml');
const V13 = fixture('notice-v13.privacy.yaml');
const EU_UK = fixture('laws/eu-uk.privacy.yaml');
const EXAMPLES = readdirSync(resolve(root, 'examples'))
  .filter((f) => f.endsWith('.privacy.yaml'))
  .sort()
  .map((f) => readFileSync(resolve(root, 'examples', f), 'utf8'));
const TEST_POLICIES = readdirSync(resolve(root, 'test/fixtures'))
  .filter((f) => f.endsWith('.privacy.yaml'))
  .sort()
  .map((f) => fixture(f));
const GENERATED = generatePolicy(500);
const STARTS = [...TEST_POLICIES, EU_UK, ...EXAMPLES, GENERATED];

type Options = Pick<NoticeRequest, 'mode' | 'language' | 'audience' | 'law'>;

/**
 * An editor's session on one document: the analysis as the server makes it (in pieces), one render memo, and for the
 * preview the notice in parts as its page has them, patched as the page patches them.
 */
class Session {
  private readonly pieces = new PieceCache();
  readonly memo = new RenderMemo();
  private page: { token: string; parts: NoticeParts } | undefined;
  reused = 0;
  restarted = 0;
  patches = 0;
  /** What the last preview render sent the page: a patch, or the whole notice in parts. */
  sent: { patch: NoticePatch } | { parts: NoticeParts } | undefined;

  /**
   * Renders `text` with the memo and from scratch, and asserts both are the same, byte for byte; in the preview, the
   * page's notice after the patch too.
   */
  check(text: string, options: Options, problems = true): void {
    // The analysis in pieces is the whole parse's (incremental.test.ts): both renders read the same one.
    const analysis = analyzeText(text, this.pieces);
    let incremental: string;
    let expected: string;
    if (problems) {
      // From scratch, and as the server renders for the preview (render/document.ts): in parts, or as a patch on the
      // page's render.
      const scratch = renderDocument(analysis, options);
      assert.equal(scratch.error, undefined, scratch.error?.stack);
      expected = scratch.html;
      const notice = renderDocument(
        analysis,
        { ...options, parts: options.mode === 'preview', since: this.page?.token },
        undefined,
        this.memo,
      );
      assert.equal(notice.error, undefined, notice.error?.stack);
      if (notice.patch) {
        assert.ok(this.page, 'a patch on no page');
        this.page = { token: notice.token!, parts: patchParts(this.page.parts, notice.patch) };
        this.patches++;
        this.sent = { patch: notice.patch };
      } else {
        this.page = notice.parts && { token: notice.token!, parts: notice.parts };
        this.sent = notice.parts && { parts: notice.parts };
      }
      incremental = this.page ? joinParts(this.page.parts) : notice.html;
    } else {
      // The renderer on its own, without the problems' markers.
      const scratch = render(analysis, options);
      expected = options.mode === 'preview' ? scratch.body : scratch.html;
      const notice = render(analysis, { ...options, memo: this.memo });
      assert.equal(notice.error, undefined, notice.error?.stack);
      incremental = options.mode === 'preview' ? notice.body : notice.html;
      this.page = undefined;
      this.sent = undefined;
    }
    this.reused += this.memo.last.reused;
    if (this.memo.last.restarted) this.restarted++;
    if (incremental !== expected) assert.fail(`${firstDifference(incremental, expected)}\n--- text:\n${text}`);
  }
}

/** The renderer on its own (no problems, every law of the notice). */
function render(analysis: Analysis, options: Options & Pick<RenderOptions, 'memo'>) {
  return renderNotice(analysis, {
    mode: options.mode,
    language: options.language,
    audience: options.audience,
    memo: options.memo,
  });
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `incremental and scratch renders differ at ${i}:\n  incremental: ${a.slice(i - 80, i + 120)}\n  scratch:     ${b.slice(i - 80, i + 120)}`;
}

// Fragments an author types, and fragments that reshape the YAML (as in incremental.test.ts).
const typed = fc.constantFrom(
  'x',
  ' ',
  'word ',
  ' Art 6(1)(a) ',
  ' Article 9 GDPR',
  '\n  note: text',
  '\n    description: More text, see Art 13(1)(c).',
  '\n# comment',
  '\n    # comment',
  '\n  new-entry:\n    label: New',
  '\n',
  '\n\n',
  ': |\n',
  '\n      more',
  '\n  - item',
  '`code Art 7`',
  '[a link](https://example.test)',
);
const hostile = fc.constantFrom('\n  ', '- ', ': ', '"', "'", '[', '{', '# c', '&a ', '*a', '!t ', '|\n', '\t', '\r\n');
const fragment = fc.oneof({ weight: 4, arbitrary: typed }, { weight: 1, arbitrary: hostile });

/** Edits that change what an entity reads beyond its own text, or everything at once. */
const MUTATIONS: { pattern: RegExp; replace: (match: string, n: number) => string }[] = [
  // A label or title that other entities name (a purpose names its data and recipients, a cookie its purpose).
  { pattern: /\n {4}(label|title): [^\n]*/g, replace: (m, n) => `${m} ${n}` },
  // A recipient's country (a transfer names the recipients' countries) and the controller's (the Art 8 age).
  { pattern: /\n {2,4}country: [A-Z]{2}/g, replace: (m, n) => m.slice(0, -2) + ['US', 'FR', 'CH', 'IN', 'XX'][n % 5] },
  { pattern: /\n {2}language: \w+/g, replace: (m, n) => m.replace(/\w+$/, ['fr', 'nl', 'de', 'en', 'xx'][n % 5]) },
  { pattern: /\n {2}collection: \w+/g, replace: (m, n) => m.replace(/\w+$/, ['direct', 'indirect', 'both'][n % 3]) },
  // A definition renamed: references to it now name nothing (and get a marker).
  { pattern: /\n {2}[a-z][\w-]*:(?=\n {4})/g, replace: (m, n) => `${m.slice(0, -1)}${n % 2 ? 'x' : ''}-r:` },
  // A twin whose anchor collides with the definition after it (`Cv` and `cv` both want `data-cv`).
  {
    pattern: /\n {2}([a-z][\w-]*):(?=\n {4})/g,
    replace: (m, n) => `\n  ${m.slice(3, -1).toUpperCase()}:\n    label: Twin ${n}\n    title: Twin ${n}${m}`,
  },
  // A basis removed (a marker appears) or changed (the rights section changes).
  { pattern: /\n {4}basis: [^\n]*/g, replace: (m, n) => (n % 2 ? '' : '\n    basis: consent') + (n % 3 ? '' : m) },
  { pattern: /\n {4}children: \w+/g, replace: (m) => (m.endsWith('true') ? m.replace('true', 'false') : m) },
  // Lines added or removed above everything: every data-line moves.
  { pattern: /^/g, replace: (_, n) => '# first line\n'.repeat(n % 3) },
  { pattern: /\n# [^\n]*/g, replace: () => '' },
  // A transfer that no longer names its recipients, or has another mechanism: the recipients' markers change.
  { pattern: /\n {2}- recipients: \[[^\]\n]*\]/g, replace: () => '\n  - recipients: []' },
  { pattern: /\n {4}mechanism: [^\n]*/g, replace: (_, n) => (n % 2 ? '' : '\n    mechanism: adequacy') },
  // A transfer added after the others: transfers are numbered once there are two.
  { pattern: /\ntransfers:\n(?:(?:[ #][^\n]*)?\n)*/g, replace: (m) => `${m}  - countries: [US]\n    mechanism: scc\n` },
  // v1.3: a data category every purpose uses, or no longer (each purpose lists it under its data).
  { pattern: /\n {4}all_purposes: \w+/g, replace: (m) => (m.endsWith('true') ? m.replace('true', 'false') : '') },
  { pattern: /\ndata:\n {2}[\w-]+:\n/g, replace: (m) => `${m}    all_purposes: true\n` },
  // v1.3: the notice-wide retention, stated or taken away (a purpose without its own says it applies, or is marked).
  {
    pattern: /\npurposes:\n/g,
    replace: (m, n) => `\nretention: ${['2 years', '{ until: the end of the contract }'][n % 2]}${m}`,
  },
  { pattern: /\nretention: [^\n]*/g, replace: () => '' },
  // v1.3: a recipient that may receive data, or collects it itself (purposes and transfers that name it say so).
  {
    pattern: /\nrecipients:\n {2}[\w-]+:\n/g,
    replace: (m, n) => `${m}    ${n % 2 ? 'possible' : 'own_collection'}: true\n`,
  },
  { pattern: /\n {4}(?:possible|own_collection): true/g, replace: () => '' },
  // The laws the notice serves, and the day their text is read at (the UK GDPR applies to a UK notice from 2021).
  {
    pattern: /\ncontroller:\n/g,
    replace: (m, n) =>
      `\nlaws:\n${['  uk-gdpr: {}\n  eu-gdpr: {}', '  ch-fadp: {}', '  eu-gdpr: {}\n  ch-fadp: {}'][n % 3]}${m}`,
  },
  { pattern: /\nlaws:\n(?: {2}[^\n]*\n)*/g, replace: () => '\n' },
  {
    pattern: /\n {2}effective: [^\n]*/g,
    replace: (m, n) => `\n  effective: ${['2020-06-01', '2026-01-01', '2019-03'][n % 3]}`,
  },
  // An audience a category or a purpose concerns (the audience view keeps or drops it).
  {
    pattern: /\n {4}audiences: \[[^\]\n]*\]/g,
    replace: (_, n) => `\n    audiences: [${['patients', 'applicants', 'nobody'][n % 3]}]`,
  },
  // A purpose's recipients or data changed: rows that named them and the recipients' groups change.
  { pattern: /\n {4}recipients: \[[^\]\n]*\]/g, replace: (_, n) => (n % 2 ? '' : '\n    recipients: [hosting]') },
  { pattern: /\n {4}data: \[[^\]\n]*\]/g, replace: (m) => m.replace(/\[([\w-]+)/, '[$1-x') },
];

const edit = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('type' as const),
      at: fc.nat(),
      remove: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat({ max: 12 }) }),
      insert: fc.array(fragment, { maxLength: 3 }).map((parts) => parts.join('')),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('mutate' as const),
      mutation: fc.nat({ max: MUTATIONS.length - 1 }),
      which: fc.nat(),
    }),
  },
);
type Edit =
  { kind: 'type'; at: number; remove: number; insert: string } | { kind: 'mutate'; mutation: number; which: number };

function applyEdit(text: string, e: Edit): string {
  if (e.kind === 'type') {
    const at = e.at % (text.length + 1);
    return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
  }
  const { pattern, replace } = MUTATIONS[e.mutation];
  const matches = [...text.matchAll(pattern)];
  if (!matches.length) return text;
  const m = matches[e.which % matches.length];
  const at = m.index ?? 0;
  return text.slice(0, at) + replace(m[0], e.which) + text.slice(at + m[0].length);
}

const options = fc.record({
  mode: fc.constantFrom('preview' as const, 'standalone' as const),
  language: fc.constantFrom(undefined, undefined, 'fr', 'nl', 'de'),
  audience: fc.constantFrom(undefined, undefined, undefined, 'patients', 'applicants'),
  law: fc.constantFrom(undefined, undefined, undefined, 'eu-gdpr', 'uk-gdpr', 'ch-fadp'),
});

describe('rendering only what an edit changed gives the render from scratch', () => {
  it('after every edit of random edit sequences (property, 80 sequences of up to 8 edits)', () => {
    let reused = 0;
    let patches = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...STARTS),
        fc.array(edit, { minLength: 1, maxLength: 8 }),
        options,
        fc.boolean(),
        (start, edits, chosen, changeOptions) => {
          const session = new Session();
          let text = start;
          session.check(text, chosen);
          edits.forEach((e, i) => {
            text = applyEdit(text, e);
            // Now and then the preview's language or audience switch changes between two versions.
            const now =
              changeOptions && i % 3 === 2
                ? { ...chosen, language: 'de', audience: undefined, law: i % 2 ? 'uk-gdpr' : undefined }
                : chosen;
            session.check(text, now);
          });
          reused += session.reused;
          patches += session.patches;
        },
      ),
      { numRuns: 80, seed: 20261207 },
    );
    // The comparisons mean something only if most renders used entities of the one before.
    assert.ok(reused > 5000, `only ${reused} entities used again`);
    assert.ok(patches > 25, `only ${patches} renders sent as patches`);
  });

  it('on one-edit variants of each notice rendered one after the other with one memo (property, 40 × up to 8)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STARTS), fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
        const session = new Session();
        session.check(start, { mode: 'preview' });
        for (const e of edits) session.check(applyEdit(start, e), { mode: 'preview' });
      }),
      { numRuns: 40, seed: 1207 },
    );
  });

  it('on every kind of mutation, in each notice, without problems too', () => {
    let restarted = 0;
    STARTS.forEach((start, n) => {
      for (let mutation = 0; mutation < MUTATIONS.length; mutation++) {
        // With the problems' markers and without them, in turn.
        const problems = (n + mutation) % 2 === 0;
        let text = start;
        const edited = applyEdit(text, { kind: 'mutate', mutation, which: 0 });
        if (edited === text) continue; // nothing in this notice to mutate
        const session = new Session();
        session.check(text, { mode: 'preview' }, problems);
        for (let which = 0; which < 2; which++) {
          text = applyEdit(text, { kind: 'mutate', mutation, which: which * 7 });
          session.check(text, { mode: 'preview' }, problems);
        }
        restarted += session.restarted;
      }
    });
    // Twins whose anchors collide made some renders start again from scratch: those were compared too.
    assert.ok(restarted > 0, 'no render restarted on colliding anchors');
  });
});

describe('what an edit renders again', () => {
  const text = generatePolicy(2000);
  const entities = (session: Session) => session.memo.last.reused + session.memo.last.rendered;

  it('an edit inside one purpose renders that purpose again and uses every other entity as it was', () => {
    const session = new Session();
    session.check(text, { mode: 'preview' });
    const all = entities(session);
    assert.equal(session.memo.last.reused, 0);
    session.check(text.replace('Purpose number 7 ', 'Purpose number seven '), { mode: 'preview' });
    assert.deepEqual(session.memo.last, { reused: all - 1, rendered: 1, restarted: false });
  });

  it('a line added above moves every entity by a line without rendering it again', () => {
    const session = new Session();
    session.check(text, { mode: 'preview' });
    const all = entities(session);
    session.check(text.replace('policy:\n', '# a comment\npolicy:\n'), { mode: 'preview' });
    assert.deepEqual(session.memo.last, { reused: all, rendered: 0, restarted: false });
  });

  it('a data category relabelled renders again the purposes that name it, not the others', () => {
    const session = new Session();
    session.check(text, { mode: 'preview' });
    session.check(text.replace('label: Data category 5\n', 'label: Data category five\n'), { mode: 'preview' });
    // The category, and purposes 4 and 5 (each names its own data and the next one's).
    assert.equal(session.memo.last.rendered, 3);
  });

  // Every read of one entity beyond its own text, with an edit of what it reads: the entity is rendered again.
  const reads: { what: string; base: string; edit: (text: string) => string }[] = [
    {
      what: 'a retention item names a data category',
      base: VALID.replace('retention: 24 months', 'retention:\n      - { data: contact-details, period: 2 years }'),
      edit: (t) => t.replace('label: Contact details', 'label: Your contact details'),
    },
    {
      what: 'a transfer with its own countries names its recipient',
      base: VALID.replace('    mechanism: dpf', '    countries: [US]\n    mechanism: dpf'),
      edit: (t) => t.replace('label: Web hosting', 'label: Hosting'),
    },
    {
      what: 'a transfer without countries gives its recipient’s',
      base: VALID,
      edit: (t) => t.replace('country: US', 'country: IN'),
    },
    {
      what: 'a cookie names a purpose',
      base: `${VALID}cookies:\n  - { name: sid, purpose: orders, duration: session }\n`,
      edit: (t) => t.replace('title: Delivering your orders', 'title: Delivering orders'),
    },
    {
      what: 'a purpose names an audience',
      base: V12,
      edit: (t) => t.replace('label: Patients', 'label: Our patients'),
    },
    {
      what: 'a purpose names a recipient',
      base: V12,
      edit: (t) => t.replace('label: Partner hospital', 'label: Hospital'),
    },
    {
      what: 'a recipient’s marker follows the transfers',
      base: VALID,
      edit: (t) => t.replace('  - recipients: [hosting]\n', '  - recipients: []\n'),
    },
    {
      what: 'a purpose lists the data every purpose uses (all_purposes)',
      base: V13,
      edit: (t) => t.replace('    all_purposes: true\n', ''),
    },
    {
      what: 'a category becomes one every purpose uses (all_purposes)',
      base: V13,
      edit: (t) => t.replace('    label: Appointments\n', '    label: Appointments\n    all_purposes: true\n'),
    },
    {
      what: 'a purpose without its own retention follows the notice-wide one',
      base: V13,
      edit: (t) => t.replace('\nretention: { until: the end of the treatment, then: 1 year }\n', '\n'),
    },
    {
      what: 'a purpose names a recipient that becomes possible',
      base: V13,
      edit: (t) => t.replace('    label: Hosting provider\n', '    label: Hosting provider\n    possible: true\n'),
    },
    {
      what: 'a transfer names a recipient that collects data itself',
      base: V13,
      edit: (t) =>
        t.replace('    label: Hosting provider\n', '    label: Hosting provider\n    own_collection: true\n'),
    },
    {
      what: 'a transfer is numbered once there are two',
      base: VALID,
      edit: (t) => t.replace('\ntransfers:\n', '\ntransfers:\n  - countries: [JP]\n    mechanism: adequacy\n'),
    },
  ];
  for (const { what, base, edit } of reads)
    it(`${what}: the entity that reads it is rendered again`, () => {
      const session = new Session();
      session.check(base, { mode: 'preview' });
      const edited = edit(base);
      assert.notEqual(edited, base);
      session.check(edited, { mode: 'preview' });
      assert.ok(session.memo.last.rendered >= 2, JSON.stringify(session.memo.last));
    });

  it('in an audience view, a purpose names a category the view no longer has: the purpose is rendered again', () => {
    const session = new Session();
    session.check(V12, { mode: 'preview', audience: 'patients' });
    session.check(V12.replace('    audiences: [patients]\n  cv:', '    audiences: [applicants]\n  cv:'), {
      mode: 'preview',
      audience: 'patients',
    });
    // Providing health care and Clinical research name the medical data.
    assert.ok(session.memo.last.rendered >= 2, JSON.stringify(session.memo.last));
  });

  it('the same text rendered again uses every entity of every notice, in every language and law', () => {
    for (const start of STARTS)
      for (const options of [{}, { language: 'fr' }, { law: 'uk-gdpr' }, { audience: 'patients' }]) {
        const session = new Session();
        session.check(start, { mode: 'preview', ...options });
        const all = entities(session);
        session.check(start, { mode: 'preview', ...options });
        assert.deepEqual(session.memo.last, { reused: all, rendered: 0, restarted: false }, start.slice(0, 80));
      }
  });

  it('an entity that reads the model past what its key holds is placed but not kept', () => {
    const analysis = analyzeText(VALID);
    const memo = new RenderMemo();
    const render = () => {
      const session = new ReuseSession(memo, analysis.text, analysis.model.tree.lineCounter, [], (html) => html);
      const ctx = new RenderContext(analysis.model, analysis.laws[0], messages('en'), true, [], undefined, session);
      const rows = ctx.rows('test', ctx.model.purposes, (p) => ({
        attrs: '',
        // Another section read directly, not through ctx.lookup: nothing would notice a change in it.
        cells: [{ html: `${p.name} ${ctx.model.recipients.find((r) => r.id === 'hosting')?.name}` }],
      }));
      return rows.map((row) => ctx.rowHtml(row, '', () => `<tr>${row.cells[0].html}</tr>`));
    };
    render();
    assert.ok(memo.last.rendered > 0);
    render();
    assert.equal(memo.last.reused, 0, 'an entity that read past its key was used again');
  });

  it('a rule set to information or back: the markers of the entities it concerns follow, byte for byte', () => {
    // Only required information is marked: a finding at the level information stays in the problems panel.
    const text = VALID.replace('    provision: contract-entry\n', '');
    const analysis = analyzeText(text);
    const memo = new RenderMemo();
    let page: { token: string; parts: NoticeParts } | undefined;
    for (const level of ['error', 'information', 'warning', 'hint', 'error'] as const) {
      const settings = { 'missing-provision': level };
      const scratch = renderDocument(analysis, { mode: 'preview' }, settings);
      const notice = renderDocument(analysis, { mode: 'preview', parts: true, since: page?.token }, settings, memo);
      if (notice.patch) page = { token: notice.token!, parts: patchParts(page!.parts, notice.patch) };
      else page = { token: notice.token!, parts: notice.parts! };
      assert.equal(joinParts(page.parts), scratch.html, level);
      assert.equal(scratch.html.includes('class="missing"'), level === 'error' || level === 'warning', level);
    }
  });

  it('another language renders everything again', () => {
    const session = new Session();
    session.check(text, { mode: 'preview' });
    session.check(text, { mode: 'preview', language: 'fr' });
    assert.equal(session.memo.last.reused, 0);
  });

  it('a twin whose anchor collides with a kept entity’s starts the render from scratch, and is still right', () => {
    const session = new Session();
    session.check(VALID, { mode: 'preview' });
    const id = /\ndata:\n {2}([a-z][\w-]*):/.exec(VALID)![1];
    session.check(VALID.replace(`\ndata:\n`, `\ndata:\n  ${id.toUpperCase()}:\n    label: Twin\n`), {
      mode: 'preview',
    });
    assert.equal(session.memo.last.restarted, true);
    assert.equal(session.memo.last.reused, 0);
  });

  it('a document with an alias or a YAML error is rendered from scratch', () => {
    for (const broken of [
      VALID.replace('policy:\n', 'policy: &p\n') + 'copy: *p\n',
      VALID.replace('title: ', 'title: "'),
    ]) {
      const session = new Session();
      session.check(VALID, { mode: 'preview' });
      session.check(broken, { mode: 'preview' });
      assert.equal(session.memo.last.reused, 0, broken.slice(0, 40));
      session.check(VALID, { mode: 'preview' });
      assert.equal(session.memo.last.reused, 0);
    }
  });
});

describe('what an edit sends the preview page', () => {
  // The 1,746-line bench policy: 64 purposes, 64 data categories and recipients, transfers and cookies.
  const text = generatePolicy(2000);
  /** The indexes of the entities the last patch sent whose HTML contains `html`. */
  const unitsWith = (session: Session, html: string) =>
    session.sent && 'patch' in session.sent
      ? session.sent.patch.units.filter((u) => u.html.includes(html)).map((u) => u.index)
      : [];
  /** The whole render, then the edited one; asserts the page patched equals a fresh render (Session.check). */
  const edited = (edit: (text: string) => string) => {
    const session = new Session();
    session.check(text, { mode: 'preview' });
    const all = session.memo.last.rendered;
    assert.equal(session.memo.last.reused, 0);
    const next = edit(text);
    assert.notEqual(next, text, 'the edit changed nothing');
    session.check(next, { mode: 'preview' });
    return { session, all, patch: session.sent && 'patch' in session.sent ? session.sent.patch : undefined };
  };

  it('a purpose’s description: that purpose alone is rendered and sent, nothing else', () => {
    const { session, all, patch } = edited((t) => t.replace('provide feature 7.', 'provide feature seven.'));
    assert.deepEqual(session.memo.last, { reused: all - 1, rendered: 1, restarted: false });
    assert.ok(patch, 'not sent as a patch');
    assert.equal(patch.units.length, 1);
    assert.ok(patch.units[0].html.includes('id="purpose-purpose-7"'), patch.units[0].html.slice(0, 120));
    assert.ok(patch.units[0].html.includes('feature seven.'));
    assert.deepEqual(patch.blocks, []);
    assert.equal(patch.shift, undefined);
  });

  it('a purpose’s title, which the rights section and a cookie name too: those alone are sent', () => {
    // purpose-3 rests on legitimate interests: the right to object names it; cookie_3 names it as its purpose.
    const { session, all, patch } = edited((t) => t.replace('Purpose number 3 of', 'Purpose number three of'));
    assert.deepEqual(session.memo.last, { reused: all - 2, rendered: 2, restarted: false });
    assert.ok(patch, 'not sent as a patch');
    assert.equal(patch.units.length, 2);
    assert.equal(unitsWith(session, 'Purpose number three of').length, 2);
    assert.ok(patch.units.some((u) => u.html.includes('id="purpose-purpose-3"')));
    assert.ok(patch.units.some((u) => u.html.includes('<code>cookie_3</code>')));
    // The rights section has no entities: it goes whole, the only element of the page besides the two rows.
    assert.equal(patch.blocks.length, 1);
    assert.ok(patch.blocks[0].html.startsWith('<section id="rights"'), patch.blocks[0].html.slice(0, 60));
    assert.ok(patch.blocks[0].html.includes('Purpose number three of'));
  });

  it('a basis taken away: the purpose is sent with its missing-information marker, later lines moved up', () => {
    const { session, all, patch } = edited((t) =>
      t.replace(/( {2}purpose-7:\n(?: {4}[^\n]*\n)*?) {4}basis: [^\n]*\n/, '$1'),
    );
    assert.deepEqual(session.memo.last, { reused: all - 1, rendered: 1, restarted: false });
    assert.ok(patch, 'not sent as a patch');
    assert.equal(patch.units.length, 1);
    assert.ok(patch.units[0].html.includes('id="purpose-purpose-7"'));
    assert.ok(patch.units[0].html.includes('class="missing"'), 'no marker where the basis was');
    assert.ok(patch.shift && patch.shift.delta === -1, JSON.stringify(patch.shift));
  });

  it('a line added in a purpose: its lines and every later one are renumbered by a shift, no HTML sent', () => {
    const { session, all, patch } = edited((t) =>
      t.replace('    title: Purpose number 7 of', '    # note\n    title: Purpose number 7 of'),
    );
    // The purpose's own text changed, so it is rendered again; it comes out as its old HTML with lines moved.
    assert.deepEqual(session.memo.last, { reused: all - 1, rendered: 1, restarted: false });
    assert.ok(patch, 'not sent as a patch');
    assert.deepEqual(patch.units, []);
    assert.deepEqual(patch.blocks, []);
    assert.ok(patch.shift && patch.shift.delta === 1, JSON.stringify(patch.shift));
  });

  it('a transfer inserted first: every transfer is numbered anew and rendered again, the rest is reused', () => {
    const transfers = [...text.matchAll(/\n {2}- recipients: /g)].length;
    assert.ok(transfers > 2);
    const { session, all } = edited((t) =>
      t.replace('\ntransfers:\n', '\ntransfers:\n  - countries: [JP]\n    mechanism: adequacy\n'),
    );
    // Each transfer's heading is its number: all of them changed, and nothing else did.
    assert.deepEqual(session.memo.last, { reused: all - transfers, rendered: transfers + 1, restarted: false });
    // One more entity on the page: the notice goes whole, in parts.
    assert.ok(session.sent && 'parts' in session.sent, 'an entity added was sent as a patch');
    const page = joinParts(session.sent.parts);
    const numbers = [...page.matchAll(/<div class="transfer"[^>]*><h3[^>]*>([^<]*)<\/h3>/g)].map((m) => m[1]);
    assert.equal(numbers.length, transfers + 1);
    assert.deepEqual(
      numbers,
      numbers.map((_, i) => messages('en').transfers.item(i + 1)),
    );
  });

  it('a transfer’s mechanism: that transfer alone is sent', () => {
    const { session, all, patch } = edited((t) => t.replace('mechanism: dpf', 'mechanism: scc'));
    assert.deepEqual(session.memo.last, { reused: all - 1, rendered: 1, restarted: false });
    assert.ok(patch, 'not sent as a patch');
    assert.equal(patch.units.length, 1);
    assert.ok(patch.units[0].html.startsWith('<div class="transfer"'));
    assert.deepEqual(patch.blocks, []);
  });
});
