// What the VS Code client and the language server share besides the requests (requests.ts) and the preview's
// messages (preview.ts): names and closed lists both sides must agree on.
/** The VS Code language id of `*.privacy.yaml` documents (package.json `contributes.languages`). */
export const LANGUAGE_ID = 'privacy-policy';

/** The `source` of every diagnostic this server publishes. */
export const DIAGNOSTIC_SOURCE = 'privacy-policy';

/** `dpv`: W3C Data Privacy Vocabulary as JSON-LD; `ropa`: the Art 30(1) record of processing activities as CSV. */
export const EXPORT_FORMATS = ['dpv', 'ropa'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const isExportFormat = (value: unknown): value is ExportFormat => EXPORT_FORMATS.includes(value as ExportFormat);

/**
 * The command of the code lens "used by 3 purposes": VS Code's own references peek, with the arguments (uri,
 * position, locations) as LSP JSON. VS Code wants its own types there, so the client converts them
 * (client/src/codeLensCommands.ts); other editors that know the command take the JSON as it is.
 */
export const SHOW_REFERENCES_COMMAND = 'editor.action.showReferences';
/** A policy file's name: `*.privacy.yaml` or `*.privacy.yml` (package.json `contributes.languages`). */
export const POLICY_FILE_PATTERN = /\.privacy\.ya?ml$/i;
/** The same as a glob, for file watchers and `vscode.workspace.findFiles`. */
export const POLICY_FILE_GLOB = '**/*.privacy.{yaml,yml}';
/** Folders never searched for policies, by `privacy-policy check <folder>` and the workspace problems alike. */
export const SKIPPED_FOLDERS: readonly string[] = ['node_modules', '.git', 'dist', 'out'];
/**
 * At most this many policy files are checked as the workspace's problems: a server started at the root of a disk or
 * a home folder must not read everything under it. Real workspaces have a handful.
 */
export const MAX_WORKSPACE_POLICIES = 5000;
/** The same as a glob, for `vscode.workspace.findFiles`'s exclude. */
export const SKIPPED_FOLDERS_GLOB = `**/{${SKIPPED_FOLDERS.join(',')}}/**`;
