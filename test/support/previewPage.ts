// The preview page exactly as VS Code shows it (client/src/preview/webviewHtml.ts: its CSP, its nonce, its assets
// from media/, as built by `npm run build`) in a Playwright page, with a stand-in for VS Code's webview API that
// records what the page sends. Used by the webview tests and by the bench's patch timing.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { previewHtml } from '../../client/src/preview/webviewHtml';
import { renderNotice } from '../../server/src/render';
import { analyzeText } from '../../server/src/core/analysis';
import { validate } from '../../server/src/rules/check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/service/languageService';
import { NoticePage } from '../../client/src/preview/noticePage';
import type { ToWebview } from '../../server/src/protocol/preview';

const root = resolve(__dirname, '../..');
/** Stands in for VS Code's webview resource origin (`webview.cspSource`). */
export const ORIGIN = 'https://webview.test';

/** The notice's body as the server sends it to the preview (mode `preview`, with its problems marked). */
export function previewBody(text: string): string {
  const analysis = analyzeText(text);
  return renderNotice(analysis, { mode: 'preview', problems: validate(analysis) }).body;
}

/**
 * The messages the preview panel posts to its page for consecutive versions of one document, made as the server and
 * the panel make them (the language service's render in parts or as a patch, client/src/preview/noticePage.ts),
 * numbered from `versionsBefore + 1`.
 */
export function previewUpdates(versionsBefore = 0): (text: string) => ToWebview {
  const service = createLanguageService();
  const page = new NoticePage();
  let version = versionsBefore;
  return (text) => {
    const doc = TextDocument.create('file:///p.privacy.yaml', 'privacy-policy', ++version, text);
    const notice = service.render(doc, { mode: 'preview', ...page.request() });
    const update = page.take({ ...notice, uri: doc.uri, version, languages: [] });
    if (!update) throw new Error('a patch on a render the page no longer has');
    return update.message;
  };
}

/** Opens the real page; media/ files are served from the build (npm run build). Returns the CSP violations seen. */
export async function openPreview(p: Page): Promise<string[]> {
  const violations: string[] = [];
  p.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  // VS Code injects acquireVsCodeApi before the page's scripts; here it records what the page sends.
  // (A string, not a function: the test runner's transpiler would add helpers the page does not have.)
  await p.addInitScript(`
    window.__sent = [];
    window.__state = null;
    window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__sent.push(m), getState: () => window.__state, setState: (s) => { window.__state = s; } });
  `);
  const html = previewHtml({ cspSource: ORIGIN, media: (file) => `${ORIGIN}/media/${file}` }, '', {
    uri: 'file:///p.privacy.yaml',
    locked: false,
  });
  await p.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/index.html') return route.fulfill({ contentType: 'text/html', body: html });
    const file = /^\/media\/([\w.-]+)$/.exec(path)?.[1];
    if (!file) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({
      contentType: file.endsWith('.js') ? 'text/javascript' : 'text/css',
      body: readFileSync(resolve(root, 'media', file)),
    });
  });
  await p.goto(`${ORIGIN}/index.html`, { waitUntil: 'load' });
  return violations;
}
