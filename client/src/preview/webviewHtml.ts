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

/** The page's own words, in the interface language (the caller translates them; English by default). */
export interface PreviewLabels {
  /** The interface language's tag, for the toolbar's `lang`. */
  language: string;
  toolbar: string;
  noticeLanguage: string;
  asInPolicy: string;
  audience: string;
  everyone: string;
  law: string;
  allLaws: string;
}

export const ENGLISH_LABELS: PreviewLabels = {
  language: 'en',
  toolbar: 'Preview options',
  noticeLanguage: 'Notice language',
  asInPolicy: 'As in the policy',
  audience: 'Audience',
  everyone: 'Everyone',
  law: 'Law',
  allLaws: 'All laws',
};

/**
 * The language switch before the first render: '' follows policy.language, and a language the preview was left on
 * is kept. The first render brings the notice languages the server has (its descriptors), and the page lists them.
 */
function languageOptions(state: PreviewState, labels: PreviewLabels): [string, string][] {
  return state.language
    ? [
        ['', labels.asInPolicy],
        [state.language, state.language],
      ]
    : [['', labels.asInPolicy]];
}

/** Text for an attribute or element content. */
const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function previewHtml(
  host: PreviewPageHost,
  body: string,
  state: PreviewState,
  labels: PreviewLabels = ENGLISH_LABELS,
): string {
  const l = Object.fromEntries(
    Object.entries(labels).map(([k, v]) => [k, escapeHtml(String(v))]),
  ) as unknown as PreviewLabels;
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
<nav class="preview-toolbar" aria-label="${l.toolbar}" lang="${l.language}">
  <label>${l.noticeLanguage}
    <select id="language">${languageOptions(state, labels)
      .map(
        ([value, label]) =>
          `<option value="${escapeHtml(value)}"${value === (state.language ?? '') ? ' selected' : ''}>${escapeHtml(label)}</option>`,
      )
      .join('')}</select>
  </label>
  <label id="audience-switch" hidden>${l.audience}
    <select id="audience"><option value="">${l.everyone}</option></select>
  </label>
  <label id="law-switch" hidden>${l.law}
    <select id="law"><option value="">${l.allLaws}</option></select>
  </label>
</nav>
<main id="notice" class="notice">${body}</main>
<script nonce="${nonce}" src="${media('preview.js')}"></script>
</body>
</html>`;
}
