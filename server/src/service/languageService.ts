// The pure language service: every feature over a TextDocument, no connection needed (testable directly).
// Features work on offsets; this file converts to LSP positions at the edge.
import { ENGLISH, type InterfaceText } from '../languages/interface';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  DiagnosticSeverity,
  DocumentHighlightKind,
  FoldingRangeKind,
  MarkupKind,
  SymbolKind,
  type CodeAction,
  type CodeLens,
  type CompletionList,
  type Diagnostic,
  type DocumentHighlight,
  type DocumentLink,
  type DocumentSymbol,
  type FoldingRange,
  type FormattingOptions,
  type Hover,
  type InlayHint,
  type Location,
  type Position,
  type Range,
  type SelectionRange,
  type SemanticTokens,
  type SemanticTokensDelta,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-types';
import type { Evidence } from '../reconcile/evidence';
import { ruleDocUrl, SEVERITIES } from '../core/problem';
import { AnalysisCache, type Analysis } from '../core/analysis';
import { citationLinks } from './citations';
import { codeActions, type CodeActionWork } from './codeActions';
import { throwIfCancelled, type CancellationSignal } from '../core/cancellation';
import { compareWith, type Comparison } from '../compare/compare';
import { complete } from './completion';
import { DIAGNOSTIC_SOURCE, SHOW_REFERENCES_COMMAND } from '../protocol/constants';
import { codeLenses } from './codeLens';
import { formatPolicy } from './formatting';
import { inlayHints } from './inlayHints';
import { selectionRanges } from './selectionRanges';
import { encodeTokens, semanticTokens, tokenEdits, TokenResults } from './semanticTokens';
import { hoverAt } from './hover';
import { foldingSpans, occurrencesAt, outline, prepareRename, renameEdits, type OutlineNode } from './navigation';
import { exportDocument } from '../export/index';
import { type ExportFormat } from '../protocol/constants';
import { toRange, toSpan, toWorkspaceEdit } from './positions';
import { renderDocument, type Notice, type NoticeRequest } from '../render/document';
import { RenderMemo } from '../render/reuse';
import { listedProblems } from '../rules/check';
import { problemKey, type Problem, type RuleSettings } from '../core/problem';

export { DIAGNOSTIC_SOURCE };

export function toDiagnostic(doc: TextDocument, p: Problem): Diagnostic {
  return {
    range: toRange(doc, p.span),
    severity: (SEVERITIES.indexOf(p.severity) + 1) as DiagnosticSeverity,
    code: p.rule,
    codeDescription: { href: ruleDocUrl(p.rule) },
    source: DIAGNOSTIC_SOURCE,
    message: p.message,
    // Which problem this is, for its quick fixes (codeActions.ts); a summary of omitted problems has none.
    data: p.omitted ? undefined : { problem: problemKey(p) },
  };
}

/** A diagnostic's message as text (LSP 3.18 allows markup). */
export const diagnosticMessage = (d: Diagnostic): string =>
  typeof d.message === 'string' ? d.message : d.message.value;

export class RenameError extends Error {}

export interface LanguageService {
  readonly cache: AnalysisCache;
  analyze(doc: TextDocument): Analysis;
  /** `signal`: read between the rules (throws `Cancelled`, core/cancellation.ts), as in every feature that takes one. */
  diagnostics(doc: TextDocument, settings?: RuleSettings, signal?: CancellationSignal): Diagnostic[];
  completion(doc: TextDocument, position: Position, signal?: CancellationSignal): CompletionList;
  hover(doc: TextDocument, position: Position, signal?: CancellationSignal): Hover | null;
  /** `work`: the request's signal, and its budget of fixes (codeActions.ts, MAX_FIXES_PER_REQUEST). */
  codeActions(
    doc: TextDocument,
    range: Range,
    context: { diagnostics: Diagnostic[]; only?: string[] },
    settings?: RuleSettings,
    work?: CodeActionWork,
  ): CodeAction[];
  definition(doc: TextDocument, position: Position): Location | null;
  references(doc: TextDocument, position: Position, includeDeclaration: boolean): Location[];
  prepareRename(doc: TextDocument, position: Position): { range: Range; placeholder: string } | null;
  rename(doc: TextDocument, position: Position, newName: string): WorkspaceEdit;
  highlights(doc: TextDocument, position: Position): DocumentHighlight[];
  symbols(doc: TextDocument): DocumentSymbol[];
  folding(doc: TextDocument): FoldingRange[];
  /** The notice (preview or standalone file), marking the missing information that `settings` reports. */
  render(doc: TextDocument, request: NoticeRequest, settings?: RuleSettings): Notice;
  /** What changed in meaning since `oldText` (Art 13(3)). */
  compare(doc: TextDocument, oldText: string, signal?: CancellationSignal): Comparison;
  /** The policy as DPV JSON-LD or as the Art 30 record (CSV). */
  export(doc: TextDocument, format: ExportFormat, signal?: CancellationSignal): string;
  /** GDPR citations in the author's text, linked to EUR-Lex in the notice's language (docs/language.md, "Citing the GDPR in your text"). */
  links(doc: TextDocument): DocumentLink[];
  /** Semantic tokens of the whole document, remembered as the document's latest result (README, "Other editors"). */
  semanticTokens(doc: TextDocument): SemanticTokens;
  /** The edits from the result `previousResultId` to the tokens now; the full tokens when that result is not known. */
  semanticTokensDelta(doc: TextDocument, previousResultId: string): SemanticTokens | SemanticTokensDelta;
  semanticTokensRange(doc: TextDocument, range: Range): SemanticTokens;
  /** The article after each vocabulary value and the reading of each ISO 8601 duration, in `range`. */
  inlayHints(doc: TextDocument, range: Range): InlayHint[];
  /** "used by 3 purposes" on data categories and recipients; bases and retention on purposes. */
  codeLenses(doc: TextDocument): CodeLens[];
  selectionRanges(doc: TextDocument, positions: Position[]): SelectionRange[];
  /** Document formatting, or range formatting with `range`: indentation and spacing only (formatting.ts). */
  format(doc: TextDocument, options: FormattingOptions, range?: Range): TextEdit[];
  forget(uri: string): void;
  /** The interface language from now on (privacyPolicy.interfaceLanguage changed). */
  setInterface(ui: InterfaceText): void;
  /** The interface language of messages, hovers and fix titles. */
  readonly ui: InterfaceText;
  /** Sets (or with undefined, drops) what a HAR recording showed for a policy: the reconciliation rules use it. */
  setEvidence(uri: string, evidence: Evidence | undefined): void;
  evidence(uri: string): Evidence | undefined;
}

export interface LanguageServiceOptions {
  /** Return WorkspaceEdits with the document version (LSP documentChanges), when the client supports them. */
  versionedEdits?: boolean;
  /** Where internal errors that do not fail a request go (a quick fix that could not be computed): the output channel. */
  log?: (message: string) => void;
  /** The interface language of messages, hovers, completion details and fix titles (default English). */
  ui?: InterfaceText;
}

export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  const versioned = options.versionedEdits ?? false;
  const log = options.log ?? ((message: string) => console.error(message));
  let ui = options.ui ?? ENGLISH;
  const cache = new AnalysisCache();
  const evidence = new Map<string, Evidence>();
  /**
   * The last preview render of each open document, for rendering only what changed (render/reuse.ts). Exports render
   * once, from scratch: a memo kept for them would only hold memory.
   */
  const renders = new Map<string, RenderMemo>();
  const memoFor = (uri: string, mode: string) => {
    if (mode !== 'preview') return undefined;
    let memo = renders.get(uri);
    if (!memo) renders.set(uri, (memo = new RenderMemo()));
    return memo;
  };
  const tokenResults = new TokenResults();
  const tokenData = (doc: TextDocument, range?: Range) =>
    encodeTokens(semanticTokens(cache.get(doc), range && toSpan(doc, range)), doc.getText(), (offset) =>
      doc.positionAt(offset),
    );
  const at = (doc: TextDocument, position: Position) => ({ analysis: cache.get(doc), offset: doc.offsetAt(position) });

  const toSymbol = (doc: TextDocument, node: OutlineNode): DocumentSymbol => ({
    // LSP forbids empty and whitespace-only names; a multi-line title shows on one line.
    name: node.name.replace(/\s+/g, ' ').trim() || '(empty)',
    detail: node.detail,
    kind:
      node.kind === 'section' ? SymbolKind.Module : node.kind === 'definition' ? SymbolKind.Class : SymbolKind.Object,
    range: toRange(doc, node.span),
    selectionRange: toRange(doc, node.selection),
    children: node.children.map((c) => toSymbol(doc, c)),
  });

  return {
    cache,
    analyze: (doc) => cache.get(doc),
    diagnostics: (doc, settings, signal) => {
      throwIfCancelled(signal);
      return listedProblems(cache.get(doc), settings, evidence.get(doc.uri), signal, ui).map((p) =>
        toDiagnostic(doc, p),
      );
    },
    // Completion reads the cursor's context from the current text; the parsed model only supplies the defined ids.
    completion: (doc, position, signal) => {
      throwIfCancelled(signal);
      return complete(doc, cache.latest(doc), position, ui);
    },
    hover(doc, position, signal) {
      throwIfCancelled(signal);
      const { analysis, offset } = at(doc, position);
      const result = hoverAt(analysis, offset, ui);
      return result
        ? { contents: { kind: MarkupKind.Markdown, value: result.markdown }, range: toRange(doc, result.span) }
        : null;
    },
    codeActions: (doc, range, context, settings, work) => {
      throwIfCancelled(work?.signal);
      return codeActions(
        doc,
        cache.get(doc),
        range,
        context,
        settings,
        versioned,
        evidence.get(doc.uri),
        (problem, error) =>
          log(
            `The quick fixes for '${problem.rule}' on ${doc.uri} could not be computed: ${error.stack ?? error.message}`,
          ),
        work,
        ui,
      );
    },
    definition(doc, position) {
      const { analysis, offset } = at(doc, position);
      const occ = occurrencesAt(analysis.model, offset);
      return occ?.definition ? { uri: doc.uri, range: toRange(doc, occ.definition) } : null;
    },
    references(doc, position, includeDeclaration) {
      const { analysis, offset } = at(doc, position);
      const occ = occurrencesAt(analysis.model, offset);
      if (!occ) return [];
      const spans = includeDeclaration && occ.definition ? [occ.definition, ...occ.references] : occ.references;
      return spans.map((span) => ({ uri: doc.uri, range: toRange(doc, span) }));
    },
    prepareRename(doc, position) {
      const { analysis, offset } = at(doc, position);
      const check = prepareRename(analysis.model, offset, ui);
      if (!check.ok) throw new RenameError(check.message);
      return { range: toRange(doc, check.span), placeholder: check.id };
    },
    rename(doc, position, newName) {
      const { analysis, offset } = at(doc, position);
      const result = renameEdits(analysis.model, analysis.text, offset, newName, ui);
      if ('error' in result) throw new RenameError(result.error);
      return toWorkspaceEdit(doc, result.edits, versioned);
    },
    highlights(doc, position) {
      const { analysis, offset } = at(doc, position);
      const occ = occurrencesAt(analysis.model, offset);
      if (!occ) return [];
      const write = occ.definition ? [{ range: toRange(doc, occ.definition), kind: DocumentHighlightKind.Write }] : [];
      return [
        ...write,
        ...occ.references.map((span) => ({ range: toRange(doc, span), kind: DocumentHighlightKind.Read })),
      ];
    },
    symbols: (doc) => outline(cache.get(doc).model, ui).map((node) => toSymbol(doc, node)),
    folding(doc) {
      const ranges: FoldingRange[] = [];
      for (const span of foldingSpans(cache.get(doc).model.tree.root)) {
        const start = doc.positionAt(span.start).line;
        // Block values end at the start of the next line; fold up to the last line with content.
        const end = doc.positionAt(Math.max(span.start, span.end - 1)).line;
        if (end > start) ranges.push({ startLine: start, endLine: end, kind: FoldingRangeKind.Region });
      }
      return ranges;
    },
    render: (doc, request, settings) => {
      throwIfCancelled(request.signal);
      return renderDocument(cache.get(doc), request, settings, memoFor(doc.uri, request.mode));
    },
    compare: (doc, oldText, signal) => {
      throwIfCancelled(signal);
      return compareWith(oldText, cache.get(doc), signal);
    },
    export: (doc, format, signal) => {
      throwIfCancelled(signal);
      const analysis = cache.get(doc);
      throwIfCancelled(signal);
      return exportDocument(analysis, format);
    },
    links: (doc) =>
      citationLinks(cache.get(doc).model, cache.get(doc).laws, ui).map((l) => ({
        range: toRange(doc, l.span),
        target: l.target,
        tooltip: l.tooltip,
      })),
    semanticTokens(doc) {
      const data = tokenData(doc);
      return { resultId: tokenResults.remember(doc.uri, data), data };
    },
    semanticTokensDelta(doc, previousResultId) {
      const previous = tokenResults.previous(doc.uri, previousResultId);
      const data = tokenData(doc);
      const resultId = tokenResults.remember(doc.uri, data);
      return previous ? { resultId, edits: tokenEdits(previous, data) } : { resultId, data };
    },
    semanticTokensRange: (doc, range) => ({ data: tokenData(doc, range) }),
    inlayHints: (doc, range) =>
      inlayHints(cache.get(doc), toSpan(doc, range), ui).map((hint) => ({
        position: doc.positionAt(hint.offset),
        label: hint.label,
        tooltip: hint.tooltip,
        paddingLeft: true,
      })),
    codeLenses: (doc) =>
      codeLenses(cache.get(doc), ui).map((lens) => {
        const range = toRange(doc, lens.span);
        // No uses: the title alone (an empty command is shown as text, not as a link to an empty list).
        const command =
          lens.uses && lens.uses.length > 0
            ? {
                title: lens.title,
                command: SHOW_REFERENCES_COMMAND,
                arguments: [
                  doc.uri,
                  range.start,
                  lens.uses.map((span) => ({ uri: doc.uri, range: toRange(doc, span) })),
                ],
              }
            : { title: lens.title, command: '' };
        return { range, command };
      }),
    selectionRanges(doc, positions) {
      const analysis = cache.get(doc);
      return selectionRanges(
        analysis.text,
        positions.map((p) => doc.offsetAt(p)),
        analysis.model.tree,
      ).map((chain) =>
        chain.reduceRight<SelectionRange | undefined>(
          (parent, span) => ({ range: toRange(doc, span), parent }),
          undefined,
        )!,
      );
    },
    format: (doc, options, range) =>
      formatPolicy(doc.getText(), { tabSize: options.tabSize }, range && toSpan(doc, range)).map((edit) => ({
        range: toRange(doc, edit.span),
        newText: edit.newText,
      })),
    setInterface(next) {
      ui = next;
    },
    get ui() {
      return ui;
    },
    forget(uri) {
      cache.delete(uri);
      renders.delete(uri);
      evidence.delete(uri);
      tokenResults.forget(uri);
    },
    setEvidence(uri, value) {
      if (value) evidence.set(uri, value);
      else evidence.delete(uri);
    },
    evidence: (uri) => evidence.get(uri),
  };
}
