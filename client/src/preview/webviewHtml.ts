// The preview page: a strict Content-Security-Policy with a nonce, scripts and styles only from the extension's
// media folder, nothing remote (a remote image in a privacy notice would be a tracking beacon).
// No run-time dependency on VS Code (the caller resolves the asset URLs), so the unit tests load this very page,
// with its CSP and nonce, in Chromium.
import type { PreviewState } from '../../../server/src/protocol/preview';

/** What the page needs from its webview: the CSP source of its resources and the URL of a file in media/. */
export interface PreviewPageHost {
  cspSource: string;
  media(file: string): string;
}

/**
 * The language switch before the first render: '' follows policy.language, and a language the preview was left on
 * is kept. The first render brings the notice languages the server has (its descriptors), and the page lists them.
 */
function languageOptions(state: PreviewState): [string, string][] {
  return state.language
    ? [
        ['', 'As in the policy'],
        [state.language, state.language],
      ]
    : [['', 'As in the policy']];
}

/** Text for an attribute or element content. */
const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function previewHtml(host: PreviewPageHost, body: string, state: PreviewState): string {
  // Web Crypto: the same in the Node and the browser extension host.
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const media = (file: string) => host.media(file);
  const csp = [
    `default-src 'none'`,
    `style-src ${host.cspSource}`,
    `img-src ${host.cspSource} data:`,
    `font-src ${host.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  const stateJson = JSON.stringify(state).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${media('notice.css')}">
<link rel="stylesheet" href="${media('toolbar.css')}">
<meta id="preview-state" data-state="${stateJson.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">
</head>
<body class="privacy-policy-preview">
<nav class="preview-toolbar" aria-label="Preview options">
  <label>Notice language
    <select id="language">${languageOptions(state)
      .map(
        ([value, label]) =>
          `<option value="${escapeHtml(value)}"${value === (state.language ?? '') ? ' selected' : ''}>${escapeHtml(label)}</option>`,
      )
      .join('')}</select>
  </label>
  <label id="audience-switch" hidden>Audience
    <select id="audience"><option value="">Everyone</option></select>
  </label>
  <label id="law-switch" hidden>Law
    <select id="law"><option value="">All laws</option></select>
  </label>
</nav>
<main id="notice" class="notice">${body}</main>
<script nonce="${nonce}" src="${media('preview.js')}"></script>
</body>
</html>`;
}
