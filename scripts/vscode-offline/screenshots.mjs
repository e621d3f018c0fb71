#!/usr/bin/env node
// Screenshots of the extension in the offline VS Code (a real user's view: no test payload):
//   docs/images/problems-panel.png — a policy with its diagnostics and the Problems panel;
//   docs/images/completion.png     — the completion list after `basis: ` in a purpose;
//   docs/images/hover.png          — the hover on a purpose's legal basis (its article and meaning);
//   docs/images/preview.png        — the live preview beside the source;
//   docs/images/semantic-colours.png — examples/osimis.privacy.yaml's purposes coloured by semantic tokens, with
//                                    inlay hints (articles) and code lenses (uses; bases and retention);
//   docs/images/interface-fr.png   — the same policy's problems and a hover with privacyPolicy.interfaceLanguage "fr".
// Usage: node scripts/vscode-offline/screenshots.mjs [policy file, default examples/oscart.privacy.yaml]
//        [--only=semantic-colours|interface-fr] (that screenshot alone)
// With --web the extension runs in the browser's web worker extension host (as on vscode.dev), from a copy without
// its Node entry: give PPS_SCREENSHOT_DIR to keep those shots apart.
// Environment: PPS_SCREENSHOT_DIR (default docs/images), PPS_EXTENSION_PATH (default the repo root),
//              PPS_KEEP_TMP=1 (keep the temp dir, with failure.png when a step times out).
// The policy's folder is copied to a temp dir, so the repository is never edited. Needs `npm run build` first.
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ROOT, stageWebExtension } from './suite.mjs';
import {
  diagnosticsReport,
  launchBrowser,
  makeTempDir,
  removeDir,
  setup,
  startServer,
  workbenchUrl,
} from './workbench.mjs';

const WEB = process.argv.includes('--web');
const POLICY = resolve(ROOT, process.argv.slice(2).find((a) => !a.startsWith('--')) || 'examples/oscart.privacy.yaml');
/** The policy of the semantic colours shot: a real notice with varied bases and retention forms. */
const COLOURED_POLICY = resolve(ROOT, 'examples/osimis.privacy.yaml');
const ONLY = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
if (ONLY && ONLY !== 'semantic-colours' && ONLY !== 'interface-fr')
  throw new Error(`--only=${ONLY}: only --only=semantic-colours or --only=interface-fr is supported`);
const OUT_DIR = resolve(process.env.PPS_SCREENSHOT_DIR || join(ROOT, 'docs', 'images'));
const EXTENSION_PATH = resolve(process.env.PPS_EXTENSION_PATH || ROOT);
const VIEWPORT = { width: 1400, height: 900 };
const STEP_TIMEOUT = 60_000;

let tmp, server, browser, cleaning;
const cleanup = () =>
  (cleaning ??= (async () => {
    if (browser) await Promise.race([browser.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
    if (server) await server.stop();
    if (tmp && process.env.PPS_KEEP_TMP !== '1') removeDir(tmp);
  })());
for (const [sig, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
])
  process.on(sig, () => cleanup().finally(() => process.exit(code)));

/** Waits until the widgets matching `selector` keep the same geometry for 10 animation frames (fade/resize done). */
async function settled(page, selector) {
  await page.waitForFunction(
    (sel) => {
      const w = /** @type {any} */ (window);
      const key = [
        ...document.querySelectorAll(`${sel}, ${sel} ~ .suggest-details-container, .suggest-details-container`),
      ]
        .map((e) => {
          const r = e.getBoundingClientRect();
          return `${r.x},${r.y},${r.width},${r.height},${getComputedStyle(e).opacity}`;
        })
        .join('|');
      w.__ppsStable = w.__ppsLast === key ? (w.__ppsStable ?? 0) + 1 : 0;
      w.__ppsLast = key;
      return w.__ppsStable >= 10;
    },
    selector,
    { polling: 'raf', timeout: STEP_TIMEOUT },
  );
}

async function main() {
  if (!existsSync(POLICY)) throw new Error(`${POLICY} not found`);
  if (EXTENSION_PATH === ROOT && !existsSync(join(ROOT, 'dist', 'extension.js')))
    throw new Error('dist/extension.js is missing: run `npm run build` first');
  setup();
  tmp = makeTempDir('pps-shots-');
  const workspace = join(tmp, 'workspace');
  mkdirSync(join(workspace, '.vscode'), { recursive: true });
  cpSync(POLICY, join(workspace, basename(POLICY)));
  cpSync(COLOURED_POLICY, join(workspace, basename(COLOURED_POLICY)));
  // A calm first view: no start page, no tips, no minimap hiding the squiggles.
  writeFileSync(
    join(workspace, '.vscode', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'editor.minimap.enabled': false,
        'editor.stickyScroll.enabled': false,
        'chat.commandCenter.enabled': false,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        // The interface in French for its own shot (the offline VS Code has no language packs: the setting).
        ...(ONLY === 'interface-fr' ? { 'privacyPolicy.interfaceLanguage': 'fr' } : {}),
      },
      null,
      2,
    ),
  );

  server = await startServer({ tmp });
  browser = await launchBrowser();
  const page = await browser.newPage({ viewport: VIEWPORT });
  const extensionDevelopmentPath = WEB && EXTENSION_PATH === ROOT ? stageWebExtension(tmp) : EXTENSION_PATH;
  await page.goto(workbenchUrl(server.port, workspace, { extensionDevelopmentPath, web: WEB }), {
    waitUntil: 'domcontentloaded',
  });
  await page.waitForSelector('.monaco-workbench .part.editor', { timeout: STEP_TIMEOUT });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: STEP_TIMEOUT });

  mkdirSync(OUT_DIR, { recursive: true });
  if (ONLY === 'semantic-colours') return semanticColours(page);
  if (ONLY === 'interface-fr') return interfaceFrench(page);

  // Open the policy through Quick Open.
  const name = basename(POLICY);
  await openPolicy(page, name);

  // Problems panel, filled by the language server.
  await page.keyboard.press('Control+Shift+M');
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('.markers-panel .monaco-list-row')].some((r) =>
        r.textContent?.includes('privacy-policy'),
      ),
    undefined,
    { timeout: STEP_TIMEOUT },
  );
  await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: STEP_TIMEOUT });
  await page.keyboard.press('Escape');
  await page.screenshot({ path: join(OUT_DIR, 'problems-panel.png') });
  console.log(`wrote ${join(OUT_DIR, 'problems-panel.png')}`);

  // Completion: empty the value of a purpose's `basis:` and ask for suggestions.
  const lines = readFileSync(POLICY, 'utf8').split('\n');
  const purposes = lines.findIndex((l) => /^purposes:\s*$/.test(l));
  const at = lines.findIndex((l, i) => i > purposes && /^    basis: [a-z-]+\s*$/.test(l));
  if (purposes < 0 || at < 0) throw new Error(`no purpose with a one-word 'basis:' in ${name}`);
  const value = lines[at].replace(/^    basis: /, '').trimEnd();
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  await page.keyboard.type(String(at + 1));
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  // Select the value and delete it in one edit, so no half-deleted value shows up in the Problems panel.
  for (let i = 0; i < lines[at].length - lines[at].trimEnd().length + value.length; i++)
    await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Control+Space');
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('.suggest-widget.visible .monaco-list-row')].some((r) =>
        r.textContent?.includes('legitimate-interests'),
      ),
    undefined,
    { timeout: STEP_TIMEOUT },
  );
  await page.waitForSelector('.suggest-widget.visible .monaco-list-row.focused', { timeout: STEP_TIMEOUT });
  // Ctrl+Space again expands the focused item's documentation (article and meaning), when the server gives one.
  await page.keyboard.press('Control+Space');
  await page
    .waitForFunction(
      () => {
        const d = document.querySelector('.suggest-details-container .suggest-details');
        return !!d && d.getBoundingClientRect().height > 0 && (d.textContent ?? '').trim().length > 0;
      },
      undefined,
      { timeout: 5_000 },
    )
    .catch(() => console.log('(no documentation shown for the focused completion item)'));
  await settled(page, '.suggest-widget.visible');
  // The details box is sometimes sized before its markdown is rendered (and then scrolls): re-focus the item.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await settled(page, '.suggest-widget.visible');
  await page.screenshot({ path: join(OUT_DIR, 'completion.png') });
  console.log(`wrote ${join(OUT_DIR, 'completion.png')}`);

  // Hover: put the value back (one undo step), close the Problems panel, and hover over the basis value.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Z');
  await page.waitForFunction(
    (v) =>
      [...document.querySelectorAll('.monaco-editor .view-line')].some((l) =>
        l.textContent?.replace(/\u00a0/g, ' ').includes(`basis: ${v}`),
      ),
    value,
    { timeout: STEP_TIMEOUT },
  );
  await page.keyboard.press('Control+J'); // hide the panel: a taller editor
  await page.waitForSelector('.part.panel', { state: 'hidden', timeout: STEP_TIMEOUT }).catch(() => {});
  // The undo left the value selected: put the cursor inside it and show the hover (Ctrl+K Ctrl+I).
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('.monaco-hover:not(.hidden) .hover-contents')].some((h) =>
        /Art 6\(1\)/.test(h.textContent ?? ''),
      ),
    undefined,
    { timeout: STEP_TIMEOUT },
  );
  await settled(page, '.monaco-hover:not(.hidden)');
  await page.screenshot({ path: join(OUT_DIR, 'hover.png') });
  console.log(`wrote ${join(OUT_DIR, 'hover.png')}`);

  // Preview beside the source: from the command palette, as a user would; the source scrolled to its top.
  await page.mouse.move(5, VIEWPORT.height / 2);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+B'); // hide the side bar: room for both
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: STEP_TIMEOUT });
  await page.keyboard.type('Privacy Policy: Open Preview to the Side');
  await page.waitForSelector('.quick-input-list .monaco-list-row[aria-label*="Open Preview to the Side"]', {
    timeout: STEP_TIMEOUT,
  });
  await page.keyboard.press('Enter');
  const heading = await waitForPreview(page);
  console.log(`preview shows "${heading}"`);
  await page.waitForSelector('.tab.active[aria-label*="Preview"]', { timeout: STEP_TIMEOUT });
  await settled(page, '.part.editor .split-view-view');
  await page.screenshot({ path: join(OUT_DIR, 'preview.png') });
  console.log(`wrote ${join(OUT_DIR, 'preview.png')}`);

  // Close the preview (and with it the split) before the last shot.
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: STEP_TIMEOUT });
  await page.keyboard.type('View: Close All Editors');
  await page.waitForSelector('.quick-input-list .monaco-list-row[aria-label*="Close All Editors"]', {
    timeout: STEP_TIMEOUT,
  });
  await page.keyboard.press('Enter');
  await semanticColours(page);
}

/** Opens a policy of the workspace through Quick Open, as a user would. */
async function openPolicy(page, name) {
  await page
    .locator('.monaco-workbench')
    .click({ position: { x: 700, y: 400 } })
    .catch(() => {});
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: STEP_TIMEOUT });
  await page.keyboard.type(name);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${name}"]`, { timeout: STEP_TIMEOUT });
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.tab.active[aria-label*="${name}"]`, { timeout: STEP_TIMEOUT });
  await page.waitForSelector('.monaco-editor .view-lines', { timeout: STEP_TIMEOUT });
}

/** The policy's problems in the Problems panel, with privacyPolicy.interfaceLanguage "fr". */
async function interfaceFrench(page) {
  await openPolicy(page, basename(POLICY));
  await page.keyboard.press('Control+Shift+M');
  // French messages from the language server (a legal basis is "base juridique" in the French GDPR).
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('.markers-panel .monaco-list-row')].some((r) =>
        /base juridique|conservation|finalité/.test(r.textContent ?? ''),
      ),
    undefined,
    { timeout: STEP_TIMEOUT },
  );
  await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: STEP_TIMEOUT });
  await settled(page, '.markers-panel');
  await page.screenshot({ path: join(OUT_DIR, 'interface-fr.png') });
  console.log(`wrote ${join(OUT_DIR, 'interface-fr.png')}`);
}

/**
 * The purposes of a real notice coloured by semantic tokens (the theme's colours for properties, variables, enum
 * members…), with the article after each legal basis (inlay hints) and the code lenses above each purpose.
 */
async function semanticColours(page) {
  const name = basename(COLOURED_POLICY);
  await openPolicy(page, name);
  // Only the editor: no side bar, no panel.
  await page
    .evaluate(() => {
      const hidden = (selector) => {
        const part = document.querySelector(selector);
        return !part || part.getBoundingClientRect().width === 0;
      };
      return { sideBar: hidden('.part.sidebar'), panel: hidden('.part.panel') };
    })
    .then(async ({ sideBar, panel }) => {
      if (!sideBar) await page.keyboard.press('Control+B');
      if (!panel) await page.keyboard.press('Control+J');
    });
  const lines = readFileSync(COLOURED_POLICY, 'utf8').split('\n');
  const purposes = lines.findIndex((l) => /^purposes:\s*$/.test(l));
  if (purposes < 0) throw new Error(`no 'purposes:' in ${name}`);
  // Put `purposes:` near the top: Go to Line centres the line it goes to.
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  await page.keyboard.type(String(purposes + 8));
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  // The code lenses and the inlay hints, from the language server.
  await page.waitForFunction(
    () => [...document.querySelectorAll('.codelens-decoration')].some((l) => /Art 6\(1\)/.test(l.textContent ?? '')),
    undefined,
    { timeout: STEP_TIMEOUT },
  );
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('.monaco-editor .view-line')].some((l) =>
        /basis: contract\s*Art 6\(1\)\(b\)/.test(l.textContent?.replace(/\u00a0/g, ' ') ?? ''),
      ),
    undefined,
    { timeout: STEP_TIMEOUT },
  );
  await settled(page, '.monaco-editor .view-lines');
  await page.screenshot({ path: join(OUT_DIR, 'semantic-colours.png') });
  console.log(`wrote ${join(OUT_DIR, 'semantic-colours.png')}`);
}

/** Waits until the preview's webview (a nested frame) shows the notice with its title and contents; returns the title. */
async function waitForPreview(page) {
  const deadline = Date.now() + STEP_TIMEOUT;
  for (;;) {
    for (const frame of page.frames()) {
      const title = await frame
        .evaluate(() => {
          const h1 = document.querySelector('#notice h1');
          const sections = document.querySelectorAll('#notice section').length;
          // Stylesheet applied (the notice's own font size) and the sections rendered.
          return h1 && sections > 2 && document.styleSheets.length > 0 ? h1.textContent : null;
        })
        .catch(() => null);
      if (title) return title;
    }
    if (Date.now() > deadline) throw new Error('the preview webview did not show the notice');
    await page.waitForTimeout(200);
  }
}

let code = 0;
try {
  await main();
} catch (err) {
  code = 1;
  console.error(`screenshots: ERROR: ${err?.stack ?? err}`);
  if (tmp) console.error(diagnosticsReport(tmp, 30));
  if (browser && tmp) {
    const page = browser.contexts()[0]?.pages()[0];
    if (page)
      await page.screenshot({ path: join(tmp, 'failure.png') }).then(
        () => console.error(`(page at failure: ${join(tmp, 'failure.png')}; PPS_KEEP_TMP=1 keeps it)`),
        () => {},
      );
  }
} finally {
  await cleanup();
}
process.exit(code);
