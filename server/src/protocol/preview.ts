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

/** From the panel to the page. */
export type ToWebview =
  | {
      type: 'update';
      html: string;
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
  | { type: 'scrollTo'; line: number }
  | { type: 'state'; state: Partial<PreviewState> };

/** From the page to the panel. */
export type FromWebview =
  | { type: 'revealLine'; line: number }
  | { type: 'openSource'; line: number }
  | { type: 'ready' }
  | { type: 'language'; value: string }
  | { type: 'audience'; value: string }
  | { type: 'law'; value: string };
