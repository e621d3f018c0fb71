// The messages between the preview panel (client/src/preview/) and the script inside its webview
// (client/src/webview/preview.ts), typed once: both bundles import this file, so a renamed field is a compile error.

/** What a preview remembers (the webview's state, restored when VS Code restarts). */
export interface PreviewState {
  uri: string;
  locked: boolean;
  /** The language switch: overrides policy.language in the preview only. */
  language?: string;
  /** The audience switch: only what concerns one audience; undefined shows everyone's notice. */
  audience?: string;
  /** The law switch: the notice as one of its laws alone would have it; undefined shows every law. */
  law?: string;
  /** The source line at the top of the preview (scroll sync). */
  line?: number;
  /** The document version shown. */
  version?: number;
}

/** A choice of a switch: a value and its label. */
export interface SwitchOption {
  id: string;
  label: string;
}

/**
 * The notice's entities, in document order: the rows of its tables (data, purposes, recipients, cookies) and its
 * transfers. A patch names them by their index among these elements of the page's `<main>`.
 */
export const ENTITY_SELECTOR =
  ':scope > section > div.table-wrap > table > tbody > tr, :scope > section#transfers > div.transfer';

/**
 * The notice in parts (a preview render that may be patched later): the elements of the page's `<main>` (header,
 * contents, sections, footer), each entity in them standing as a placeholder `<!--u:N-->` (N: its index), and the
 * entities' HTML. Joined, they are the notice's HTML.
 */
export interface NoticeParts {
  blocks: string[];
  units: string[];
}

/**
 * What changed between two renders of a notice, where only entities changed: applied to the page of the first, it
 * gives the page of the second (the server checks that it does).
 */
export interface NoticePatch {
  /** Every `data-line` number from `from` on grows by `delta`: lines were added or removed before them. */
  shift?: { from: number; delta: number };
  /** The entities rendered anew, by index, and their HTML (applied after the shift). */
  units: { index: number; html: string }[];
  /** How many entities the page has, before and after. */
  count: number;
  /** The elements of `<main>` with no entity in them rendered anew (a section, the contents), by index. */
  blocks: { index: number; html: string }[];
  /** How many elements `<main>` has, before and after. */
  blockCount: number;
}

/** Adds `delta` to every `data-line` number from `from` on (author text cannot hold the attribute: quotes are escaped). */
export function shiftLinesFrom(html: string, from: number, delta: number): string {
  return html.replace(/ data-line="(\d+)"/g, (attribute, n: string) =>
    Number(n) >= from ? ` data-line="${Number(n) + delta}"` : attribute,
  );
}

/** The notice's HTML from its parts. */
export function joinParts(parts: NoticeParts): string {
  return parts.blocks.join('\n').replace(/<!--u:(\d+)-->/g, (_, n: string) => parts.units[Number(n)]);
}

/** The parts of the notice a patch gives, from the parts it was made on (as the page does to its elements). */
export function patchParts(parts: NoticeParts, patch: NoticePatch): NoticeParts {
  const shift = patch.shift;
  const shifted = (html: string) => (shift ? shiftLinesFrom(html, shift.from, shift.delta) : html);
  const units = parts.units.map(shifted);
  for (const { index, html } of patch.units) units[index] = html;
  const blocks = parts.blocks.map(shifted);
  for (const { index, html } of patch.blocks) blocks[index] = html;
  return { blocks, units };
}

/** What every update of the page carries besides the notice. */
interface UpdateInfo {
  version: number;
  /** Language tag of the notice (the page's `lang`). */
  language: string;
  /** The notice languages the server renders (the language switch), by tag and native name. */
  languages: SwitchOption[];
  audiences: SwitchOption[];
  audience: string;
  /** The laws the notice serves (shown when it serves more than one), and the one shown alone ('' for all). */
  laws: SwitchOption[];
  law: string;
}

/** From the panel to the page. */
export type ToWebview =
  | ({ type: 'update'; html: string } & UpdateInfo)
  /** A patch on the page of version `base`; a page that shows another version asks for the whole notice. */
  | ({ type: 'patch'; base: number; patch: NoticePatch } & UpdateInfo)
  | { type: 'scrollTo'; line: number }
  | { type: 'state'; state: Partial<PreviewState> };

/** From the page to the panel. */
export type FromWebview =
  | { type: 'revealLine'; line: number }
  | { type: 'openSource'; line: number }
  | { type: 'ready' }
  /** The page could not apply a patch (it shows another version): it needs the whole notice. */
  | { type: 'resync' }
  | { type: 'language'; value: string }
  | { type: 'audience'; value: string }
  | { type: 'law'; value: string };
