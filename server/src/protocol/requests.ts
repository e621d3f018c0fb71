// Custom requests between the VS Code client and the server (the renderer lives server-side, next to the
// cached analysis, so the preview never parses a document a second time).

export const RenderRequest = 'privacyPolicy/render';

export interface RenderParams {
  uri: string;
  /** `preview` marks missing information in place; `standalone` is the exported file. */
  mode: 'preview' | 'standalone';
}

export interface RenderResult {
  uri: string;
  /** The document version the HTML was rendered from: the client drops results older than what it shows. */
  version: number;
  title: string;
  /** Inner HTML of the notice (preview) or the complete document (standalone). */
  html: string;
}
