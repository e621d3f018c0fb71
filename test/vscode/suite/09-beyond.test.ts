// Beyond editing: Compare with File…, the DPV / RoPA exports, the preview's language switch and its lock.
// (Compare with Git HEAD is in 10-compare-git.node.test.ts: it makes repositories with the git program.)
// Like the other suites: public `vscode` API and the extension's exports only, no fixed sleeps, bounded waits.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  discardUntitled,
  extensionApi,
  fenced,
  onDidRender,
  setText,
  type PreviewLike,
  type RenderResult,
} from './helpers';
import {
  SERVER_TIMEOUT_MS,
  lineOf,
  moveNewsletterAndAddAnalytics,
  openFixture,
  waitFor,
  workspaceFolder,
} from './util';

/** What these tests use of a PolicyPreview beyond helpers.ts' PreviewLike (client/src/preview/previewPanel.ts). */
interface Preview extends PreviewLike {
  locked: boolean;
  language: string | undefined;
  setLanguage(language: string | undefined): void;
  setLocked(locked: boolean): void;
}

interface Previews {
  all: readonly Preview[];
  show(uri: vscode.Uri | undefined, options: { toSide: boolean }): Promise<Preview | undefined>;
}

async function previewsApi(): Promise<Previews> {
  const { api } = await extensionApi();
  return api.previews as unknown as Previews;
}

const FIXTURE = 'beyond.privacy.yaml';
const TITLE = 'Privacy notice of Example Bakery Beyond';
const PURPOSES = [
  { id: 'delivery', title: 'Delivering your orders' },
  { id: 'newsletter', title: 'Sending our newsletter' },
  { id: 'reviews', title: 'Publishing your reviews' },
];
/** The rights section heading (server/src/render/messages/en.ts and fr.ts, `headings.rights`). */
const EN_RIGHTS = /<h2[^>]*>Your rights<\/h2>/;
const FR_RIGHTS = /<h2[^>]*>Vos droits<\/h2>/;

const name = (uri: vscode.Uri) => uri.path.split('/').pop();
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

// ---------------------------------------------------------------------------------------------------------------
// CSV (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks)

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  assert.ok(!quoted, 'the CSV ends inside a quoted field');
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------
// Previews

/** Records a preview's renders from now on. */
function recordRenders(preview: Preview) {
  const renders: RenderResult[] = [];
  const event = onDidRender(preview);
  const sub = event((r) => renders.push(r));
  const summary = () =>
    renders
      .map((r) => `${name(vscode.Uri.parse(r.uri))} v${r.version} "${r.title}" (${r.html.length} chars)`)
      .join(', ') || 'no render yet';
  /** The first render from index `from` on that `accept`s. */
  const next = (accept: (r: RenderResult) => boolean, what: string, from = 0) =>
    waitFor(() => renders.slice(from).find(accept), SERVER_TIMEOUT_MS, what, {
      events: [event as vscode.Event<unknown>],
      describe: summary,
    });
  return { renders, next, dispose: () => sub.dispose() };
}

/** Disposes every open preview, so a test starts with none (and `toggleLock` has one obvious target). */
async function closeAllPreviews(previews: Previews): Promise<void> {
  for (const p of previews.all) p.panel.dispose();
  await waitFor(() => previews.all.length === 0, SERVER_TIMEOUT_MS, 'every preview to close', {
    events: [],
    describe: () => `${previews.all.length} still open`,
  });
}

/** Shows `doc` in the first column and waits until it is the active editor (so onDidChangeActiveTextEditor has fired). */
async function activate(doc: vscode.TextDocument): Promise<vscode.TextEditor> {
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
  return waitFor(
    () => (vscode.window.activeTextEditor?.document === doc ? vscode.window.activeTextEditor : undefined),
    SERVER_TIMEOUT_MS,
    `${name(doc.uri)} to be the active editor`,
    {
      events: [vscode.window.onDidChangeActiveTextEditor as vscode.Event<unknown>],
      describe: () => `active: ${vscode.window.activeTextEditor?.document.uri.toString() ?? 'none'}`,
    },
  );
}

function waitForResource(preview: Preview, uri: vscode.Uri, what: string): Promise<true> {
  return waitFor(() => preview.resource.toString() === uri.toString(), SERVER_TIMEOUT_MS, what, {
    events: [
      vscode.window.onDidChangeActiveTextEditor as vscode.Event<unknown>,
      onDidRender(preview) as vscode.Event<unknown>,
    ],
    describe: () => `the preview shows ${preview.resource.toString()}`,
  });
}

// ---------------------------------------------------------------------------------------------------------------

suite('Beyond: compare with a file, data exports, language switch, lock', () => {
  test(
    'Compare with File… reports a new purpose and a changed legal basis as INFORM FIRST, against a chosen ' +
      'earlier version',
    async () => {
      const { doc } = await openFixture(FIXTURE);
      const original = doc.getText();
      await extensionApi();
      // The earlier version, as a colleague would have sent it: the fixture as it is now.
      const earlier = vscode.Uri.joinPath(workspaceFolder().uri, 'beyond-earlier.privacy.yaml');
      await vscode.workspace.fs.writeFile(earlier, new TextEncoder().encode(original));
      let report: vscode.TextDocument | undefined;
      try {
        // Unsaved edits: the newsletter moves from consent to legitimate interests; a new purpose `analytics`.
        await moveNewsletterAndAddAnalytics(doc);

        report = await vscode.commands.executeCommand<vscode.TextDocument | undefined>(
          'privacyPolicy.compareWithFile',
          doc.uri,
          earlier,
        );
        assert.ok(report, 'privacyPolicy.compareWithFile returns the report document');
        const text = report.getText();
        const show = `\n--- report ---\n${text}`;
        assert.equal(report.languageId, 'markdown', 'the report is markdown');
        assert.ok(report.isUntitled, 'the report is an untitled document (nothing written to disk)');
        assert.match(
          text.split('\n')[0],
          /changes in meaning since beyond-earlier\.privacy\.yaml$/,
          `the heading names the chosen file${show}`,
        );
        const informFirst = text.split(/\r?\n/).filter((l) => /^INFORM FIRST\b/.test(l));
        assert.ok(
          informFirst.some((l) => /New purpose: Measuring how our shop is used\b/.test(l)),
          `an INFORM FIRST line for the new purpose${show}`,
        );
        assert.ok(
          informFirst.some((l) =>
            /legal basis of "Sending our newsletter" changed from Consent .* to Legitimate interests/.test(l),
          ),
          `an INFORM FIRST line for the newsletter's basis change${show}`,
        );
        assert.equal(informFirst.length, 2, `exactly two INFORM FIRST lines${show}`);
        const changelog = fenced(text, 'yaml');
        assert.ok(changelog, `a \`\`\`yaml block${show}`);
        assert.match(
          changelog,
          /^- title: Changes to this policy$/m,
          `the yaml block is a "Changes to this policy" entry${show}`,
        );
      } finally {
        await discardUntitled(report);
        await setText(doc, original);
      }
    },
  );

  test(
    'Export DPV (JSON-LD) and RoPA (CSV) with targets: one process / one row per purpose, from the editor’s ' + 'text',
    async () => {
      const { doc } = await openFixture(FIXTURE);
      const original = doc.getText();
      await extensionApi();
      const folder = workspaceFolder().uri;
      try {
        // An unsaved fourth purpose: the exports are of what the author sees, like the preview.
        const edit = new vscode.WorkspaceEdit();
        edit.insert(
          doc.uri,
          new vscode.Position(lineOf(doc, /^automated_decisions:/), 0),
          [
            '  fraud:',
            '    title: Preventing fraud',
            '    data: [orders]',
            '    basis: legal-obligation',
            '    retention: 7 years',
            '    provision: statutory',
            '    consequence: We cannot accept your order.',
            '',
            '',
          ].join('\n'),
        );
        assert.ok(await vscode.workspace.applyEdit(edit), 'applyEdit adding a fourth purpose');
        const purposes = [...PURPOSES, { id: 'fraud', title: 'Preventing fraud' }];

        // DPV
        const dpvTarget = vscode.Uri.joinPath(folder, 'beyond-export.dpv.jsonld');
        const dpvWritten = await vscode.commands.executeCommand<vscode.Uri | undefined>(
          'privacyPolicy.exportDpv',
          doc.uri,
          dpvTarget,
        );
        assert.equal(dpvWritten?.toString(), dpvTarget.toString(), 'exportDpv returns the target it wrote');
        const jsonText = decode(await vscode.workspace.fs.readFile(dpvTarget));
        let dpv: { '@context'?: unknown; '@graph'?: Array<Record<string, unknown>> };
        try {
          dpv = JSON.parse(jsonText);
        } catch (error) {
          assert.fail(`the .jsonld is not JSON (${(error as Error).message}): ${jsonText.slice(0, 300)}`);
        }
        assert.ok(
          dpv['@context'] && typeof dpv['@context'] === 'object',
          `an inline @context object: ${jsonText.slice(0, 200)}`,
        );
        assert.ok(Array.isArray(dpv['@graph']), 'a @graph array');
        // Besides one process per purpose, the notice-wide one that holds them all (and the promises):
        // docs/diff-and-exports.md, "The DPV export".
        const all = dpv['@graph'].filter((n) => n['@type'] === 'dpv:Process');
        const whole = all.find((n) => n['@id'] === 'urn:privacy-policy:process/_notice') as
          { hasProcess?: string[] } | undefined;
        assert.deepEqual(
          whole?.hasProcess,
          purposes.map((p) => `urn:privacy-policy:process/${p.id}`),
          'the notice-wide process has each purpose',
        );
        const processes = all.filter((n) => n !== whole);
        assert.deepEqual(
          processes.map((p) => p.label),
          purposes.map((p) => p.title),
          `one dpv:Process per purpose, in order: ${JSON.stringify(processes.map((p) => p['@id']))}`,
        );
        const fraud = processes[3] as { hasLegalBasis?: unknown; hasPurpose?: { '@type'?: string } };
        assert.deepEqual(fraud.hasLegalBasis, ['eu-gdpr:A6-1-c'], 'the legal obligation is Art 6(1)(c) in DPV-GDPR');
        assert.equal(fraud.hasPurpose?.['@type'], 'dpv:Purpose', 'each process has its dpv:Purpose');

        // RoPA
        const csvTarget = vscode.Uri.joinPath(folder, 'beyond-export.ropa.csv');
        const csvWritten = await vscode.commands.executeCommand<vscode.Uri | undefined>(
          'privacyPolicy.exportRopa',
          doc.uri,
          csvTarget,
        );
        assert.equal(csvWritten?.toString(), csvTarget.toString(), 'exportRopa returns the target it wrote');
        const csv = decode(await vscode.workspace.fs.readFile(csvTarget));
        const [header, ...rows] = parseCsv(csv);
        assert.equal(header?.[0], 'Purpose id', `the header row starts with "Purpose id": ${JSON.stringify(header)}`);
        assert.deepEqual(
          rows.map((r) => r[0]),
          purposes.map((p) => p.id),
          `one row per purpose:\n${csv}`,
        );
        for (const r of rows)
          assert.equal(
            r.length,
            header.length,
            `row ${r[0]} has as many cells as the header (${header.length}): ${JSON.stringify(r)}`,
          );
        const purposeColumn = header.findIndex((h) => /Purpose of the processing/.test(h));
        assert.ok(purposeColumn > 0, `a "(b) Purpose of the processing" column: ${JSON.stringify(header)}`);
        // The description with a comma, double quotes and a line break survives the CSV quoting.
        assert.equal(
          rows[2][purposeColumn],
          'Publishing your reviews — We show your first name, and the "stars" you gave,\nnext to your review.',
        );
      } finally {
        await setText(doc, original);
      }
    },
  );

  test(
    'the preview’s language switch renders the notice in French and back in English, without touching ' + 'the file',
    async () => {
      const { doc } = await openFixture(FIXTURE);
      const previews = await previewsApi();
      await closeAllPreviews(previews);
      const original = doc.getText();
      assert.equal(doc.lineAt(lineOf(doc, /^  language:/)).text, '  language: en', 'the fixture is in English');
      await vscode.commands.executeCommand('privacyPolicy.showPreviewToSide', doc.uri);
      const preview = previews.all.find((p) => p.resource.toString() === doc.uri.toString());
      assert.ok(preview, `a preview of ${name(doc.uri)} among previews.all (${previews.all.length} open)`);
      const rec = recordRenders(preview);
      try {
        const isDoc = (r: RenderResult) => r.uri === doc.uri.toString();
        await rec.next(
          (r) => isDoc(r) && EN_RIGHTS.test(r.html),
          `an English render (heading "Your rights") of ${name(doc.uri)}`,
        );

        let from = rec.renders.length;
        preview.setLanguage('fr');
        assert.equal(preview.language, 'fr');
        const fr = await rec.next(
          (r) => isDoc(r) && FR_RIGHTS.test(r.html),
          'a render with the French heading "Vos droits" after setLanguage(\'fr\')',
          from,
        );
        assert.ok(!EN_RIGHTS.test(fr.html), 'no English rights heading in the French render');
        assert.equal(fr.title, TITLE, 'the author’s title is kept as written');

        // The switch survives an edit: the re-render is still French.
        const line = lineOf(doc, /^    title: Publishing your reviews$/);
        const edit = new vscode.WorkspaceEdit();
        edit.replace(doc.uri, doc.lineAt(line).range, '    title: Publier vos avis');
        assert.ok(await vscode.workspace.applyEdit(edit), 'applyEdit changing a purpose title');
        const edited = doc.version;
        await rec.next(
          (r) => isDoc(r) && r.version >= edited && r.html.includes('Publier vos avis') && FR_RIGHTS.test(r.html),
          `a French render of version ≥ ${edited} with the new purpose title`,
        );

        from = rec.renders.length;
        preview.setLanguage(undefined);
        assert.equal(preview.language, undefined);
        const en = await rec.next(
          (r) => isDoc(r) && r.version >= edited && EN_RIGHTS.test(r.html),
          'an English render again after setLanguage(undefined)',
          from,
        );
        assert.ok(!FR_RIGHTS.test(en.html), 'no French heading left after switching back');

        // Preview only: the policy keeps `language: en`.
        assert.equal(doc.lineAt(lineOf(doc, /^  language:/)).text, '  language: en', 'policy.language is unchanged');
      } finally {
        rec.dispose();
        preview.panel.dispose();
        await setText(doc, original);
      }
    },
  );

  test('an unlocked preview follows the active policy editor; toggleLock keeps it on its file until unlocked', async () => {
    const { doc: a } = await openFixture(FIXTURE);
    const second = vscode.Uri.joinPath(workspaceFolder().uri, 'beyond-second.privacy.yaml');
    const SECOND_TITLE = 'Privacy notice of Example Bakery Second';
    await vscode.workspace.fs.writeFile(
      second,
      new TextEncoder().encode(a.getText().replace(`title: ${TITLE}`, `title: ${SECOND_TITLE}`)),
    );
    const b = await vscode.workspace.openTextDocument(second);
    const previews = await previewsApi();
    await closeAllPreviews(previews);
    await activate(a);

    const previewP = await previews.show(a.uri, { toSide: true });
    assert.ok(previewP, 'previews.show returns the preview');
    const p: Preview = previewP;
    const recP = recordRenders(p);
    let q: Preview | undefined;
    let recQ: ReturnType<typeof recordRenders> | undefined;
    const titled = (title: string, uri: vscode.Uri) => (r: RenderResult) =>
      r.uri === uri.toString() && r.title === title;
    try {
      assert.equal(p.locked, false, 'a new preview is unlocked');
      await recP.next(titled(TITLE, a.uri), `a render of ${name(a.uri)}`);

      // Unlocked: follows the active editor to B and back to A.
      await activate(b);
      await waitForResource(p, b.uri, `the unlocked preview to follow the active editor to ${name(b.uri)}`);
      await recP.next(
        titled(SECOND_TITLE, b.uri),
        `a render of ${name(b.uri)} ("${SECOND_TITLE}") in the unlocked preview`,
      );
      const backFrom = recP.renders.length;
      await activate(a);
      await waitForResource(p, a.uri, `the unlocked preview to follow the active editor back to ${name(a.uri)}`);
      // A render of B may still be on its way to the webview; renders are serial, so once A's is in, B's is done.
      await recP.next(titled(TITLE, a.uri), `a render of ${name(a.uri)} after following the editor back`, backFrom);

      // Lock it (the only preview, so the command's target).
      await vscode.commands.executeCommand('privacyPolicy.toggleLock');
      assert.equal(p.locked, true, 'privacyPolicy.toggleLock locks the preview');
      assert.match(p.panel.title, /🔒/, `the locked preview's title shows a lock: "${p.panel.title}"`);
      const lockedFrom = recP.renders.length;

      // Showing B in a preview now opens a second one: the locked preview is not taken over.
      q = await previews.show(b.uri, { toSide: true });
      assert.ok(q && q !== p, 'previews.show(B) opens a new preview while the only one is locked on A');
      assert.equal(p.resource.toString(), a.uri.toString(), 'previews.show(B) leaves the locked preview on A');
      const qq = q;
      recQ = recordRenders(qq);
      // Q, unlocked, is the control: once it has followed the editor, so would have P (same event, same listener).
      await activate(b);
      await activate(a);
      await waitForResource(qq, a.uri, `the unlocked second preview to follow the active editor to ${name(a.uri)}`);
      await activate(b);
      await waitForResource(qq, b.uri, `the unlocked second preview to follow the active editor to ${name(b.uri)}`);
      assert.equal(
        p.resource.toString(),
        a.uri.toString(),
        `the locked preview stays on ${name(a.uri)} while ${name(b.uri)} is active`,
      );
      assert.equal(p.locked, true, 'still locked');
      await recQ.next(titled(SECOND_TITLE, b.uri), `a render of ${name(b.uri)} in the unlocked second preview`);
      assert.deepEqual(
        recP.renders
          .slice(lockedFrom)
          .filter((r) => r.uri !== a.uri.toString())
          .map((r) => r.uri),
        [],
        'the locked preview rendered no other file',
      );

      // Unlock from the locked preview itself (focused, as a user would), then it follows again.
      p.panel.reveal(p.panel.viewColumn, false);
      await waitFor(() => p.panel.active, SERVER_TIMEOUT_MS, 'the locked preview to become the active panel', {
        events: [p.panel.onDidChangeViewState as vscode.Event<unknown>],
        describe: () => `active: ${p.panel.active}, visible: ${p.panel.visible}`,
      });
      await vscode.commands.executeCommand('privacyPolicy.toggleLock');
      assert.equal(p.locked, false, 'privacyPolicy.toggleLock on the focused locked preview unlocks it');
      assert.equal(qq.locked, false, 'and leaves the other preview unlocked');
      assert.doesNotMatch(p.panel.title, /🔒/, `no lock in the title once unlocked: "${p.panel.title}"`);
      await activate(a); // focus back in an editor (a focused webview may leave activeTextEditor as it was)
      await activate(b);
      await waitForResource(p, b.uri, `the unlocked preview to follow the active editor to ${name(b.uri)} again`);
      await recP.next(titled(SECOND_TITLE, b.uri), `a render of ${name(b.uri)} after unlocking`, lockedFrom);
    } finally {
      recP.dispose();
      recQ?.dispose();
      q?.panel.dispose();
      p.panel.dispose();
    }
  });
});
