// The notice's stylesheet. One layout, two palettes: the standalone file follows the reader's light or dark
// setting; the VS Code preview follows the editor theme (media/notice.css, written from PREVIEW_CSS by `npm run build`).
// Everything is scoped to `.notice` so the preview's own page styles cannot clash with it.

const LIGHT = `
  --pp-fg: #1f2328; --pp-bg: #ffffff; --pp-muted: #59636e; --pp-border: #d1d9e0; --pp-link: #0550ae;
  --pp-box-bg: #f6f8fa; --pp-header-bg: #eef1f4; --pp-accent: #0550ae; --pp-accent-bg: #eef5ff;
  --pp-special-fg: #7d4e00; --pp-special-bg: #fff5e0; --pp-missing-fg: #a40e26; --pp-missing-bg: #ffebe9;
  --pp-code-bg: #eff2f5;`;

const DARK = `
  --pp-fg: #e6edf3; --pp-bg: #0d1117; --pp-muted: #9198a1; --pp-border: #3d444d; --pp-link: #6cb6ff;
  --pp-box-bg: #151b23; --pp-header-bg: #1c232c; --pp-accent: #6cb6ff; --pp-accent-bg: #112540;
  --pp-special-fg: #f0b72f; --pp-special-bg: #2e2410; --pp-missing-fg: #ff9492; --pp-missing-bg: #3c1618;
  --pp-code-bg: #1c232c;`;

const VSCODE = `
  --pp-fg: var(--vscode-editor-foreground); --pp-bg: var(--vscode-editor-background);
  --pp-muted: var(--vscode-descriptionForeground); --pp-border: var(--vscode-panel-border, var(--vscode-editorWidget-border));
  --pp-link: var(--vscode-textLink-foreground); --pp-box-bg: var(--vscode-textBlockQuote-background);
  --pp-header-bg: var(--vscode-editorWidget-background); --pp-accent: var(--vscode-textLink-foreground);
  --pp-accent-bg: var(--vscode-editor-inactiveSelectionBackground); --pp-special-fg: var(--vscode-editorWarning-foreground);
  --pp-special-bg: transparent; --pp-missing-fg: var(--vscode-errorForeground);
  --pp-missing-bg: var(--vscode-inputValidation-errorBackground); --pp-code-bg: var(--vscode-textCodeBlock-background);
  --pp-font: var(--vscode-font-family);`;

const LAYOUT = `
.notice { max-width: 62rem; margin: 0 auto; padding: 2.5rem 1.5rem 4rem; color: var(--pp-fg);
  font: 1rem/1.6 var(--pp-font, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif); }
.notice h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .5rem; }
.notice h2 { font-size: 1.4rem; line-height: 1.3; margin: 2.75rem 0 .75rem; padding-bottom: .35rem; border-bottom: 1px solid var(--pp-border); }
.notice h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
.notice h4, .notice h5, .notice h6 { font-size: 1rem; margin: 1rem 0 .25rem; }
.notice a { color: var(--pp-link); }
.notice code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; background: var(--pp-code-bg); padding: .05rem .3rem; border-radius: 3px; }
.notice .meta { color: var(--pp-muted); margin: 0 0 1.5rem; }
.notice .meta-item + .meta-item::before { content: " · "; }
.notice .toc { background: var(--pp-box-bg); border: 1px solid var(--pp-border); border-radius: 6px; padding: 1rem 1.5rem; margin: 1.5rem 0 2rem; }
.notice .toc h2 { font-size: .85rem; text-transform: uppercase; letter-spacing: .06em; color: var(--pp-muted); margin: 0 0 .5rem; padding: 0; border: 0; }
.notice .toc ol { margin: 0; padding-left: 1.4rem; columns: 2 16rem; column-gap: 2.5rem; }
.notice .toc li { break-inside: avoid; }
.notice .toc ol ol { columns: auto; padding-left: 1rem; list-style: none; }
.notice .summary { background: var(--pp-box-bg); border-left: 4px solid var(--pp-accent); border-radius: 0 6px 6px 0; padding: .25rem 1.5rem 1rem; }
.notice .summary h2 { border: 0; margin-top: 1rem; }
.notice .table-wrap { overflow-x: auto; margin: 1rem 0 1.5rem; }
.notice table { border-collapse: collapse; width: 100%; font-size: .93rem; }
.notice caption { caption-side: top; text-align: left; font-weight: 600; color: var(--pp-muted); padding: 0 0 .5rem; }
.notice th, .notice td { text-align: left; vertical-align: top; padding: .6rem .75rem; border-bottom: 1px solid var(--pp-border); }
.notice thead th { background: var(--pp-header-bg); font-weight: 600; border-bottom: 2px solid var(--pp-border); }
.notice tbody th { font-weight: 400; }
.notice td p, .notice th p, .notice td ul, .notice th ul { margin: 0 0 .4rem; }
.notice td > :last-child, .notice th > :last-child { margin-bottom: 0; }
.notice td ul, .notice th ul { padding-left: 1.1rem; }
.notice ul.refs li { margin-bottom: .15rem; }
.notice td a[href^="#"] { color: inherit; text-decoration: underline dotted var(--pp-muted); text-underline-offset: .2em; }
.notice .article { white-space: nowrap; }
.notice .sub-label { margin: .5rem 0 .2rem; color: var(--pp-muted); font-size: .9em; }
/* Column widths only where the tables are tables (see the card layout for narrow screens below). */
@media (min-width: 52rem) {
  .notice .data-table tbody th { width: 27%; }
  .notice .data-table td:nth-child(3) { width: 30%; }
  .notice .purposes-table tbody th { width: 30%; }
  .notice .purposes-table td:nth-child(2) { width: 20%; }
  .notice .purposes-table td:nth-child(3), .notice .purposes-table td:nth-child(5) { width: 18%; }
  .notice .purposes-table td:nth-child(4) { width: 14%; }
  .notice .cookies-table td:nth-last-child(-n+2) { white-space: nowrap; }
}
.notice .purpose-title { display: block; font-weight: 600; margin-bottom: .3rem; }
.notice .provision, .notice .org, .notice .meaning { color: var(--pp-muted); font-size: .9em; }
.notice .md-heading { font-weight: 600; }
.notice .badge { display: block; width: fit-content; margin-top: .35rem; padding: .1rem .45rem; border-radius: 4px; font-size: .78rem; line-height: 1.4;
  color: var(--pp-special-fg); background: var(--pp-special-bg); border: 1px solid currentColor; }
.notice dl.details { margin: .5rem 0 1rem; }
/* Each row is a real box (not display: contents), so the preview can scroll to its data-line. */
.notice dl.details > div { display: grid; grid-template-columns: 13rem 1fr; gap: 1.25rem; padding: .1rem 0; }
.notice dt { font-weight: 600; color: var(--pp-muted); }
.notice dd { margin: 0; }
.notice .transfer { border-left: 3px solid var(--pp-border); padding: .1rem 0 .1rem 1rem; margin: 1rem 0; }
.notice .transfer h3 { margin-top: .25rem; }
.notice .objection { border: 2px solid var(--pp-accent); background: var(--pp-accent-bg); border-radius: 8px; padding: .25rem 1.5rem 1rem; margin: 1.25rem 0 1.5rem; }
.notice .objection h3 { color: var(--pp-accent); font-size: 1.2rem; margin-top: 1rem; }
.notice ul.rights { padding-left: 1.2rem; }
.notice ul.rights li { margin-bottom: .45rem; }
.notice .decision { margin: 1rem 0; }
.notice .image-alt { font-style: italic; }
.notice .missing { display: inline-block; font-size: .82rem; font-weight: 600; line-height: 1.4; padding: .05rem .4rem; border-radius: 3px;
  color: var(--pp-missing-fg); background: var(--pp-missing-bg); border: 1px dashed currentColor; }
.notice .missing-line { margin: .4rem 0; }
.notice .notice-footer { margin-top: 3rem; padding-top: .75rem; border-top: 1px solid var(--pp-border); font-size: .9rem; }
.notice .notice-footer .meta { margin: 0; }
/* Narrow screens and preview panes: each row becomes a card whose cells carry their column's name. */
@media (max-width: 51.99rem) {
  .notice .purposes-table, .notice .cookies-table { display: block; }
  .notice :is(.purposes-table, .cookies-table) :is(caption, tbody, tr, th, td) { display: block; width: auto; min-width: 0; }
  .notice :is(.purposes-table, .cookies-table) thead { display: none; }
  .notice :is(.purposes-table, .cookies-table) tr { border-bottom: 1px solid var(--pp-border); padding: .5rem 0; }
  .notice :is(.purposes-table, .cookies-table) :is(th, td) { border: 0; padding: .3rem .25rem; white-space: normal; }
  .notice :is(.purposes-table, .cookies-table) td::before { content: attr(data-label); display: block; font-size: .8rem; font-weight: 600; color: var(--pp-muted); }
}
@media (max-width: 36rem) {
  .notice :is(.data-table, .recipients-table) { display: block; }
  .notice :is(.data-table, .recipients-table) :is(caption, tbody, tr, th, td) { display: block; width: auto; }
  .notice :is(.data-table, .recipients-table) thead { display: none; }
  .notice :is(.data-table, .recipients-table) tr { border-bottom: 1px solid var(--pp-border); padding: .5rem 0; }
  .notice :is(.data-table, .recipients-table) :is(th, td) { border: 0; padding: .2rem .25rem; }
  .notice :is(.data-table, .recipients-table) td::before { content: attr(data-label); display: block; font-size: .8rem; font-weight: 600; color: var(--pp-muted); }
}
@media (max-width: 40rem) {
  .notice { padding: 1.25rem .9rem 3rem; }
  .notice h1 { font-size: 1.6rem; }
  .notice dl.details > div { grid-template-columns: 1fr; gap: 0; padding-bottom: .4rem; }
}`;

const PRINT = `
@media print {
  :root {${LIGHT} }
  .notice { max-width: none; padding: 0; font-size: 10.5pt; }
  .notice h2, .notice h3, .notice caption { break-after: avoid; }
  .notice tr, .notice .objection, .notice .transfer, .notice dl.details, .notice .toc { break-inside: avoid; }
  .notice .table-wrap { overflow: visible; }
  .notice a { color: inherit; }
  .notice a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; word-break: break-all; }
}`;

/** The standalone notice's stylesheet: light and dark palettes, layout, print. */
export const NOTICE_CSS = `:root {${LIGHT} color-scheme: light dark; }
@media (prefers-color-scheme: dark) { :root {${DARK} } }
body { margin: 0; background: var(--pp-bg); color: var(--pp-fg); }${LAYOUT}${PRINT}
`;

/** The VS Code preview's stylesheet (media/notice.css): the same layout in the editor's theme colours. */
export const PREVIEW_CSS = `/* Generated from server/src/render/styles.ts (PREVIEW_CSS) by npm run build. Wrap the rendered body in <main class="notice">. */
:root {${VSCODE} }
body { background: var(--pp-bg); color: var(--pp-fg); }${LAYOUT}
`;
