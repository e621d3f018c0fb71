// The English words of the extension's contributions to VS Code (package.nls.json): every `%key%` of package.json
// that is not generated per rule. `npm run generate` writes package.nls.json from this table and the rules, and
// package.nls.<tag>.json in each notice language from its interface catalogue (server/src/languages/<tag>/interface.ts),
// where each English text below is a message to translate.
export const PACKAGE_STRINGS: Readonly<Record<string, string>> = {
  'extension.description':
    'Write GDPR privacy notices as code: diagnostics that cite the GDPR, quick fixes, and a live preview of the finished notice.',
  'capability.untrustedWorkspaces':
    "In a folder you do not trust, Compare with Git HEAD is off: it runs Git, which a repository's own settings can make run other programs. Diagnostics, completion, the preview, exports and Compare with File… work as usual.",
  'capability.virtualWorkspaces':
    'In a virtual workspace (github.dev, vscode.dev) Compare with Git HEAD is not available where Git is not; use Compare with File… instead.',
  'configuration.title': 'Privacy Policy',
  'setting.trace': 'Log the messages between VS Code and the Privacy Policy language server (for bug reports).',
  'command.showPreview': 'Open Preview',
  'command.category': 'Privacy Policy',
  'command.showPreviewToSide': 'Open Preview to the Side',
  'command.showSource': 'Show Source',
  'command.toggleLock': 'Toggle Preview Lock',
  'command.exportDpv': 'Export Data Privacy Vocabulary (JSON-LD)',
  'command.exportRopa': 'Export Record of Processing Activities (CSV)',
  'command.compareWithHead': 'Compare with Git HEAD',
  'command.compareWithFile': 'Compare with File…',
  'command.exportHtml': 'Export HTML',
  'command.restartServer': 'Restart Language Server',
  'command.reconcileHar': 'Reconcile with a HAR file…',
  'command.clearReconciliation': 'Clear HAR Reconciliation',
  'setting.rules':
    'Change the severity of individual rules, e.g. `{ "missing-provision": "off", "missing-authority": "error" }`. Levels: `error`, `warning`, `info`, `hint`, `off`. See the [rule reference]({0}).',
  'setting.interfaceLanguage':
    "The language of the extension's messages, hovers, completions and quick fixes (the notice's own language is `policy.language`). `auto` follows VS Code's display language; command titles and setting descriptions always follow it.",
  'setting.interfaceLanguage.auto': "VS Code's display language (English where it is not French, Dutch or German).",
  'setting.interfaceLanguage.en': 'English',
  'setting.interfaceLanguage.fr': 'French',
  'setting.interfaceLanguage.nl': 'Dutch',
  'setting.interfaceLanguage.de': 'German',
};
