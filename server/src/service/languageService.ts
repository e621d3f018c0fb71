// The pure language service: every feature over a TextDocument, no connection needed (testable directly).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { ruleDocUrl } from '../rules/rule';
import { AnalysisCache, type Analysis } from './analysis';
import { toRange } from './positions';
import { validate, type Problem, type RuleSettings } from './validation';

import { DIAGNOSTIC_SOURCE } from './constants';
export { DIAGNOSTIC_SOURCE };

const SEVERITY: Record<Problem['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(doc: TextDocument, p: Problem): Diagnostic {
  return {
    range: toRange(doc, p.span),
    severity: SEVERITY[p.severity],
    code: p.rule,
    codeDescription: { href: ruleDocUrl(p.rule) },
    source: DIAGNOSTIC_SOURCE,
    message: p.message,
    data: p.data,
  };
}

export interface LanguageService {
  analyze(doc: TextDocument): Analysis;
  diagnostics(doc: TextDocument, settings?: RuleSettings): Diagnostic[];
  forget(uri: string): void;
  readonly cache: AnalysisCache;
}

export function createLanguageService(): LanguageService {
  const cache = new AnalysisCache();
  return {
    cache,
    analyze: (doc) => cache.get(doc),
    diagnostics: (doc, settings) => validate(cache.get(doc), settings).map((p) => toDiagnostic(doc, p)),
    forget: (uri) => cache.delete(uri),
  };
}
