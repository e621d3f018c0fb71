// Runs inside the preview webview: patches the notice in place with morphdom (no flicker, scroll kept),
// and syncs scrolling with the editor through the `data-line` anchors the renderer emits.
import morphdom from 'morphdom';
import {
  ENTITY_SELECTOR,
  type FromWebview,
  type NoticePatch,
  type PreviewState,
  type SwitchOption,
  type ToWebview,
} from '../../../server/src/protocol/preview';
import { EDITOR_SCROLL_WINDOW_MS, SCROLL_REPORT_DELAY_MS } from './timing';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const main = document.getElementById('notice') as HTMLElement;
const initial = JSON.parse(
  document.getElementById('preview-state')?.getAttribute('data-state') ?? '{}',
) as Partial<PreviewState>;
let state = { ...initial, ...((vscode.getState() as object | null) ?? {}) } as Partial<PreviewState>;
vscode.setState(state);

/** Until this time, scroll events come from the editor, not the reader: do not echo them back. */
let ignoreScrollUntil = 0;

function anchors(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('[data-line]'));
}

function scrollToLine(line: number): void {
  // The last anchor at or before the line, interpolated towards the next one.
  const all = anchors();
  let before: HTMLElement | undefined;
  let after: HTMLElement | undefined;
  for (const el of all) {
    const l = Number(el.dataset.line);
    if (l <= line) before = el;
    else {
      after = el;
      break;
    }
  }
  if (!before) {
    window.scrollTo({ top: 0 });
    return;
  }
  const from = Number(before.dataset.line);
  const top = before.getBoundingClientRect().top + window.scrollY;
  let y = top;
  if (after) {
    const to = Number(after.dataset.line);
    const nextTop = after.getBoundingClientRect().top + window.scrollY;
    y = top + ((line - from) / Math.max(1, to - from)) * (nextTop - top);
  }
  ignoreScrollUntil = Date.now() + EDITOR_SCROLL_WINDOW_MS;
  window.scrollTo({ top: Math.max(0, y - 8) });
}

function lineAtTop(): number | undefined {
  let best: number | undefined;
  for (const el of anchors()) {
    if (el.getBoundingClientRect().top > 4) break;
    best = Number(el.dataset.line);
  }
  return best;
}

/** An element equal to its new version (the natively compared subtree) is kept as it is, without walking it. */
const MORPH_OPTIONS = { onBeforeElUpdated: (from: HTMLElement, to: HTMLElement) => !from.isEqualNode(to) };

/**
 * Applies a patch (protocol/preview.ts): line numbers moved, then the elements and entities rendered anew put in
 * place. False, with the page untouched, when it does not have the elements and entities the patch was made on.
 */
function applyPatch(patch: NoticePatch): boolean {
  const entities = main.querySelectorAll<HTMLElement>(ENTITY_SELECTOR);
  if (entities.length !== patch.count || main.children.length !== patch.blockCount) return false;
  const replacements: [Element, Element][] = [];
  const replace = (target: Element | undefined, html: string) => {
    // A template reads table rows as they are (a <tr> outside a table would lose its tags).
    const template = document.createElement('template');
    template.innerHTML = html;
    const element = template.content.firstElementChild;
    if (!target || !element || template.content.childNodes.length !== 1) return false;
    replacements.push([target, document.importNode(element, true)]);
    return true;
  };
  for (const { index, html } of patch.blocks) if (!replace(main.children[index], html)) return false;
  for (const { index, html } of patch.units) if (!replace(entities[index], html)) return false;
  const shift = patch.shift;
  if (shift)
    for (const element of main.querySelectorAll('[data-line]')) {
      const line = Number(element.getAttribute('data-line'));
      if (line >= shift.from) element.setAttribute('data-line', String(line + shift.delta));
    }
  for (const [element, next] of replacements) morphdom(element, next, MORPH_OPTIONS);
  return true;
}

window.addEventListener('message', (event: MessageEvent) => {
  const message = event.data as ToWebview;
  if (message.type === 'patch') {
    // A patch on another version than the one shown, or on other entities: the panel sends the whole notice.
    if (document.body.dataset.version !== String(message.base) || !applyPatch(message.patch)) {
      vscode.postMessage({ type: 'resync' });
      return;
    }
    shown(message);
  } else if (message.type === 'update' && typeof message.html === 'string') {
    const next = document.createElement('main');
    next.id = 'notice';
    next.className = main.className;
    next.innerHTML = message.html;
    // Most of the notice after one edit is equal to its new version and kept without being walked.
    morphdom(main, next, MORPH_OPTIONS);
    shown(message);
  } else if (message.type === 'scrollTo' && typeof message.line === 'number') {
    scrollToLine(message.line);
  } else if (message.type === 'state' && message.state) {
    state = { ...state, ...message.state };
    vscode.setState(state);
  }
});

/** After an update or a patch: the version shown, the notice's language and the switches. */
function shown(message: Extract<ToWebview, { type: 'update' | 'patch' }>): void {
  state = { ...state, version: message.version };
  vscode.setState(state);
  document.body.dataset.version = String(message.version);
  // Screen readers pronounce the notice in its own language. Set only when it changes: setting `lang`, even to the
  // same value, makes the browser style and lay out the whole notice again (87 ms at 17,000 lines).
  if (message.language && main.lang !== message.language) main.lang = message.language;
  if (message.languages) showLanguages(message.languages);
  if (message.audiences) showAudiences(message.audiences, message.audience ?? '');
  if (message.laws) showLaws(message.laws, message.law ?? '');
}

let scrollTimer: number | undefined;
window.addEventListener('scroll', () => {
  if (Date.now() < ignoreScrollUntil) return;
  window.clearTimeout(scrollTimer);
  scrollTimer = window.setTimeout(() => {
    const line = lineAtTop();
    if (line === undefined) return;
    state = { ...state, line };
    vscode.setState(state);
    vscode.postMessage({ type: 'revealLine', line });
  }, SCROLL_REPORT_DELAY_MS);
});

document.addEventListener('dblclick', (event) => {
  const el = (event.target as HTMLElement | null)?.closest<HTMLElement>('[data-line]');
  if (el) vscode.postMessage({ type: 'openSource', line: Number(el.dataset.line) });
});

// Links in the notice open outside the webview (VS Code intercepts http/mailto clicks); in-page anchors scroll.
document.addEventListener('click', (event) => {
  const link = (event.target as HTMLElement | null)?.closest('a');
  const href = link?.getAttribute('href');
  if (href?.startsWith('#')) {
    event.preventDefault();
    document.getElementById(href.slice(1))?.scrollIntoView();
  }
});

const languageSelect = document.getElementById('language') as HTMLSelectElement | null;
languageSelect?.addEventListener('change', () => {
  state = { ...state, language: languageSelect.value || undefined };
  vscode.setState(state);
  vscode.postMessage({ type: 'language', value: languageSelect.value });
});

/** The language switch lists the notice languages the server renders (its first option follows the policy). */
function showLanguages(languages: SwitchOption[]): void {
  if (!languageSelect) return;
  const follow = languageSelect.options[0];
  const wanted = [['', follow?.text ?? ''], ...languages.map((l) => [l.id, l.label])];
  const current = Array.from(languageSelect.options).map((o) => [o.value, o.text]);
  if (JSON.stringify(current) === JSON.stringify(wanted)) return;
  const selected = languageSelect.value;
  languageSelect.replaceChildren(...wanted.map(([value, label]) => new Option(label, value)));
  languageSelect.value = selected;
}

const audienceSwitch = document.getElementById('audience-switch');
const audienceSelect = document.getElementById('audience') as HTMLSelectElement | null;

/** The audience switch lists the policy's audiences (built as DOM, never as HTML: labels are author text). */
function showAudiences(audiences: SwitchOption[], selected: string): void {
  if (!audienceSelect || !audienceSwitch) return;
  audienceSwitch.hidden = audiences.length === 0;
  const everyone = audienceSelect.options[0];
  const wanted = [['', everyone?.text ?? 'Everyone'], ...audiences.map((a) => [a.id, a.label])];
  const current = Array.from(audienceSelect.options).map((o) => [o.value, o.text]);
  if (JSON.stringify(current) !== JSON.stringify(wanted)) {
    audienceSelect.replaceChildren(...wanted.map(([value, label]) => new Option(label, value)));
  }
  audienceSelect.value = selected;
}

audienceSelect?.addEventListener('change', () => {
  state = { ...state, audience: audienceSelect.value || undefined };
  vscode.setState(state);
  vscode.postMessage({ type: 'audience', value: audienceSelect.value });
});

const lawSwitch = document.getElementById('law-switch');
const lawSelect = document.getElementById('law') as HTMLSelectElement | null;

/** The law switch lists the laws the notice serves, when it serves more than one (built as DOM, like the others). */
function showLaws(laws: SwitchOption[], selected: string): void {
  if (!lawSelect || !lawSwitch) return;
  lawSwitch.hidden = laws.length < 2;
  const all = lawSelect.options[0];
  const wanted = [['', all?.text ?? 'All laws'], ...laws.map((l) => [l.id, l.label])];
  const current = Array.from(lawSelect.options).map((o) => [o.value, o.text]);
  if (JSON.stringify(current) !== JSON.stringify(wanted)) {
    lawSelect.replaceChildren(...wanted.map(([value, label]) => new Option(label, value)));
  }
  lawSelect.value = selected;
}

lawSelect?.addEventListener('change', () => {
  state = { ...state, law: lawSelect.value || undefined };
  vscode.setState(state);
  vscode.postMessage({ type: 'law', value: lawSelect.value });
});

vscode.postMessage({ type: 'ready' });
