/** The VS Code language id of `*.privacy.yaml` documents (package.json `contributes.languages`). */
export const LANGUAGE_ID = 'privacy-policy';

/** The `source` of every diagnostic this server publishes. */
export const DIAGNOSTIC_SOURCE = 'privacy-policy';
