// What the checker says about a document, before any editor or output format sees it: a problem with its rule id,
// its level and where it is (offsets; core/text.ts turns them into lines and characters). The LSP edge
// (service/languageService.ts) turns problems into diagnostics; the CLI prints them itself.
import type { Span } from '../parser/yamlTree';
import type { FixData } from '../schema/schemaCheck';
import type { RuleId } from './ruleIds';

/** The levels of a diagnostic, most severe first (LSP's DiagnosticSeverity is the index + 1). */
export const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** What the `privacyPolicy.rules` setting and `--rule` accept: a level, `info` for `information`, or `off`. */
export const SEVERITY_SETTINGS = ['error', 'warning', 'info', 'information', 'hint', 'off'] as const;
export type SeveritySetting = (typeof SEVERITY_SETTINGS)[number];

export const isSeveritySetting = (value: unknown): value is SeveritySetting =>
  SEVERITY_SETTINGS.includes(value as SeveritySetting);

export interface Problem {
  rule: RuleId;
  severity: Severity;
  message: string;
  span: Span;
  data?: FixData;
  /** How many problems this one stands for when it is the summary of a capped list. */
  omitted?: number;
  /** The laws the finding rests on, when fewer than the rule serves in this notice (docs/language.md, "Laws"). */
  laws?: readonly string[];
}

/** Rule id → level, as the user wrote it (unknown ids and levels are ignored). */
export type RuleSettings = Record<string, string | undefined>;

/**
 * Identifies a problem within one version of a document: a diagnostic carries it in its `data`, so a quick fix is
 * looked up for that very problem (several may share a range) and a stale diagnostic finds none.
 */
export function problemKey(p: Pick<Problem, 'span' | 'message'> & { rule: string }): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < p.message.length; i++) hash = Math.imul(hash ^ p.message.charCodeAt(i), 0x01000193) >>> 0;
  return `${p.rule}@${p.span.start}-${p.span.end}#${hash.toString(36)}`;
}

export const DOCS_BASE_URL = 'https://github.com/privacy-policy-studio/privacy-policy-studio/blob/main/docs/rules/';
export const ruleDocUrl = (id: RuleId) => `${DOCS_BASE_URL}${id}.md`;
