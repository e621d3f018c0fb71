// The client's own words (notifications, dialogs, the preview's controls) in the interface language: VS Code's
// display language through `vscode.l10n`, or the language the `privacyPolicy.interfaceLanguage` setting names, read
// from the extension's bundles (l10n/bundle.l10n.<tag>.json, generated from server/src/languages/<tag>/interface.ts
// by `npm run generate`). Messages are English in the code, with `{0}`, `{1}`… for their arguments, as vscode.l10n has them.
import * as vscode from 'vscode';

/** The bundle of the language the setting chose; undefined follows VS Code's display language. */
let chosen: Record<string, string> | undefined;

const fill = (template: string, args: readonly (string | number)[]) =>
  template.replace(/\{(\d+)\}/g, (whole, n: string) => (Number(n) < args.length ? String(args[Number(n)]) : whole));

/** A message in the interface language. */
export function t(message: string, ...args: (string | number)[]): string {
  if (chosen) return fill(Object.hasOwn(chosen, message) ? chosen[message] : message, args);
  return vscode.l10n.t(message, ...args);
}

/** The `privacyPolicy.interfaceLanguage` setting: `auto` (the display language) or a language tag. */
export function interfaceLanguageSetting(): string {
  return vscode.workspace.getConfiguration('privacyPolicy').get<string>('interfaceLanguage') ?? 'auto';
}

/** The interface language the client and the server use: the setting's, or VS Code's display language. */
export function interfaceLanguage(): string {
  const setting = interfaceLanguageSetting();
  return setting === 'auto' ? vscode.env.language : setting;
}

/** Loads the bundle the setting names (English: none needed); reads it through workspace.fs, so the web host can. */
export async function useInterfaceLanguage(extensionUri: vscode.Uri): Promise<void> {
  const setting = interfaceLanguageSetting();
  if (setting === 'auto') {
    chosen = undefined;
    return;
  }
  if (setting === 'en') {
    chosen = {};
    return;
  }
  try {
    const bytes = await vscode.workspace.fs.readFile(
      vscode.Uri.joinPath(extensionUri, 'l10n', `bundle.l10n.${setting}.json`),
    );
    chosen = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, string>;
  } catch {
    // No bundle for that language: VS Code's display language, as with `auto`.
    chosen = undefined;
  }
}
