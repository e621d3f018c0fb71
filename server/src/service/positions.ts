// Offsets inside, LSP positions at the edge: the only place that converts between them.
import type { Range, WorkspaceEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from '../parser/yamlTree';

export function toRange(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

export function toSpan(doc: TextDocument, range: Range): Span {
  return { start: doc.offsetAt(range.start), end: doc.offsetAt(range.end) };
}

/**
 * Edits as a WorkspaceEdit. Versioned (documentChanges) when the client supports it, so an editor refuses to apply
 * a fix or rename computed for an older version of the document than the one it has.
 */
export function toWorkspaceEdit(
  doc: TextDocument,
  edits: { span: Span; newText: string }[],
  versioned: boolean,
): WorkspaceEdit {
  const textEdits = edits.map((e) => ({ range: toRange(doc, e.span), newText: e.newText }));
  return versioned
    ? { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: textEdits }] }
    : { changes: { [doc.uri]: textEdits } };
}
