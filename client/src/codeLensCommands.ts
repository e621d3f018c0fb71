// The server's "used by 3 purposes" lens runs VS Code's own references peek, `editor.action.showReferences`, with its
// arguments as LSP JSON (a uri string, a position, locations): the form every editor can read. VS Code's command
// checks that they are its own types (a Uri, a Position, Locations) and refuses plain JSON, so the client converts
// them on the way in.
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient';
import { SHOW_REFERENCES_COMMAND } from '../../server/src/protocol/constants';

interface JsonPosition {
  line: number;
  character: number;
}
interface JsonLocation {
  uri: string;
  range: { start: JsonPosition; end: JsonPosition };
}

const position = (p: JsonPosition) => new vscode.Position(p.line, p.character);

/** The lens's command with VS Code's types in its arguments; any other command as it is. */
export function withEditorArguments(lens: vscode.CodeLens): vscode.CodeLens {
  const command = lens.command;
  if (command?.command !== SHOW_REFERENCES_COMMAND || !Array.isArray(command.arguments)) return lens;
  const [uri, at, locations] = command.arguments as [unknown, unknown, unknown];
  if (typeof uri !== 'string' || !at || !Array.isArray(locations)) return lens;
  lens.command = {
    ...command,
    arguments: [
      vscode.Uri.parse(uri),
      position(at as JsonPosition),
      (locations as JsonLocation[]).map(
        (l) =>
          new vscode.Location(
            vscode.Uri.parse(l.uri),
            new vscode.Range(position(l.range.start), position(l.range.end)),
          ),
      ),
    ],
  };
  return lens;
}

export const codeLensMiddleware: Middleware = {
  async provideCodeLenses(document, token, next) {
    const lenses = await next(document, token);
    return lenses?.map(withEditorArguments);
  },
};
