// The notice of one analysed document, for the preview, Export HTML and `privacy-policy render`.
import { renderNotice } from './';
import { withLaw, type Analysis } from '../core/analysis';
import { isLawId } from '../laws';
import { findTerm } from '../vocabulary/terms';
import { listedProblems } from '../rules/check';
import { type RuleSettings } from '../core/problem';
import type { CancellationSignal } from '../core/cancellation';
import type { RenderMemo } from './reuse';
import { noticePatch } from './patch';
import type { NoticeParts, NoticePatch } from '../protocol/preview';

export interface NoticeRequest {
  /** `preview`: the inner HTML; `standalone`: a complete file. Both mark missing required information in place. */
  mode: 'preview' | 'standalone';
  /** Overrides `policy.language`. */
  language?: string;
  /** Only what concerns this audience id, when the policy defines it. */
  audience?: string;
  /** v1.3: the notice as this law alone would have it, when the policy serves it (docs/language.md, "Laws"). */
  law?: string;
  /** Called inside the renderer's error boundary: the edges inject their test faults here (RenderOptions). */
  beforeRender?: () => void;
  /** Read between the rules and between the notice's sections (core/cancellation.ts). */
  signal?: CancellationSignal;
  /** The preview takes the notice in parts, or as a patch on the render `since` names (render/patch.ts). */
  parts?: boolean;
  since?: string;
}

export interface Notice {
  title: string;
  /** Language tag of the notice. */
  language: string;
  html: string;
  /** The audiences the policy defines (for the preview's audience switch). */
  audiences: { id: string; label: string }[];
  /** The audience rendered, when the requested one is defined. */
  audience?: string;
  /** The laws the notice serves (for the preview's law switch), and the one rendered alone, if any. */
  laws: { id: string; label: string }[];
  law?: string;
  /** Set when rendering failed: `html` is then only a page that says so (never to be exported as the notice). */
  error?: Error;
  /** With `parts` asked for and given: this render's token, and the notice in parts or as a patch (`html` is ''). */
  token?: string;
  parts?: NoticeParts;
  patch?: NoticePatch;
}

/** `memo`: the last render of the same document, so that only what changed is rendered again (render/reuse.ts). */
export function renderDocument(
  full: Analysis,
  request: NoticeRequest,
  settings?: RuleSettings,
  memo?: RenderMemo,
): Notice {
  // One law alone, when asked for and served; otherwise every law of the notice.
  const alone = request.law && isLawId(request.law) ? withLaw(full, request.law) : undefined;
  const analysis = alone ?? full;
  // Both modes mark missing information: an exported notice must not look complete when it is not.
  const problems = listedProblems(analysis, settings, undefined, request.signal);
  const notice = renderNotice(analysis, {
    mode: request.mode,
    problems,
    language: request.language,
    audience: request.audience,
    beforeRender: request.beforeRender,
    signal: request.signal,
    memo,
  });
  const result: Notice = {
    title: notice.title,
    language: notice.language,
    html: request.mode === 'preview' ? notice.body : notice.html,
    audiences: notice.audiences,
    audience: notice.audience,
    laws: full.laws.map((l) => ({ id: l.id, label: findTerm('law', l.id)?.label ?? l.id })),
    law: alone && full.laws.length > 1 ? request.law : undefined,
    error: notice.error,
  };
  if (!request.parts || request.mode !== 'preview' || !memo) return result;
  const shown = memo.shown;
  memo.shown = undefined;
  if (!notice.parts || notice.error) return result;
  const token = memo.token();
  memo.shown = { token, text: analysis.text, lines: analysis.model.tree.lineCounter, parts: notice.parts };
  const patch = request.since && shown?.token === request.since ? noticePatch(shown, memo.shown) : undefined;
  return patch ? { ...result, html: '', token, patch } : { ...result, html: '', token, parts: notice.parts };
}
