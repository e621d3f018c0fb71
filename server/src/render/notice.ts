// Renders a policy as the privacy notice people read (README, "Command line"): the same HTML for the CLI, the VS Code preview
// and Export HTML. Sections follow the order readers expect from Art 13/14; whatever is readable is rendered.
import { audienceView } from '../core/audiences';
import { entryOf, fieldStr, mapOf, type Definition, type PolicyModel } from '../parser/policyModel';
import type { Analysis } from '../core/analysis';
import type { Problem } from '../core/problem';
import { findLanguage, languageOf, primaryLanguage } from '../languages';
import { findTerm } from '../vocabulary/terms';
import { citationLinker, linkHtml, linkUnit, linkWithUnits } from './citations';
import { RenderContext, type NoticeSection } from './context';
import { escapeHtml, lineAttr } from './html';
import { messages, type Messages } from '../languages/notices';
import { dataSection } from './sections/data';
import {
  automatedSection,
  changesSection,
  childrenSection,
  cookiesSection,
  extraSections,
  promisesSection,
  securitySection,
} from './sections/more';
import { purposesSection } from './sections/purposes';
import { recipientsSection, transfersSection } from './sections/recipients';
import { complaintsSection, rightsSection } from './sections/rights';
import {
  lawMarker,
  lawMessages,
  lawSpelling,
  lawSections,
  ownComplaintsSection,
  ownRightsSection,
  ownTransfersSection,
} from './sections/laws';
import { summarySection, whoSection } from './sections/who';
import { NOTICE_CSS } from './styles';
import { Cancelled, throwIfCancelled, type CancellationSignal } from '../core/cancellation';
import { RenderMemo, ReuseMismatch, ReuseSession } from './reuse';

export interface RenderOptions {
  /** `standalone`: a complete document for export; `preview`: the body for the webview. */
  mode: 'standalone' | 'preview';
  /** The document's problems (from `validate`), turned into missing-information markers in place in either mode. */
  problems?: readonly Problem[];
  /** Overrides `policy.language` (the preview's language switch): `en`, `fr`, `nl` or `de` (docs/language.md, "Output language"). */
  language?: string;
  /** v1.2: render only what concerns this audience id (`render --audience`, the preview's audience switch). */
  audience?: string;
  /**
   * Called first, inside the renderer's error boundary. The edges (server, CLI) inject their test faults here, so
   * the tests can prove a render failure is reported and not swallowed; nothing below the edges reads the
   * environment.
   */
  beforeRender?: () => void;
  /** Read between sections: a cancelled render stops there (throws `Cancelled`, core/cancellation.ts). */
  signal?: CancellationSignal;
  /**
   * The last render of the same document (the language service keeps one per open document): what an edit did not
   * change is used again from it, and this render is kept in it (reuse.ts). The HTML is the same either way.
   */
  memo?: RenderMemo;
}

export interface RenderedNotice {
  /** A complete, self-contained <!doctype html> document. */
  html: string;
  /** The inner HTML of <main class="notice">, for the preview. */
  body: string;
  /** Plain-text title (for a tab or file name). */
  title: string;
  /** The notice's language tag (the `lang` of the document), so the preview can set it too. */
  language: string;
  /** v1.2: the audiences the policy defines (for the preview's audience switch). */
  audiences: { id: string; label: string }[];
  /** v1.3: the laws the notice serves, the first its own (for the preview's law switch). */
  laws: { id: string; label: string }[];
  /** The audience shown, when the notice was rendered for one defined audience. */
  audience?: string;
  /**
   * With a memo, when every table row and transfer was placed as an entity of its own: the body in parts
   * (protocol/preview.ts, NoticeParts), so that the next render can be sent as a patch on this one.
   */
  parts?: { blocks: string[]; units: string[] };
  /**
   * Set when rendering failed and the notice is only a page that says so: callers log it, the CLI exits non-zero
   * and Export HTML refuses to write the page (it is not the notice).
   */
  error?: Error;
}

/** No scripts, no requests: styles inline, images only as data: URLs (and the renderer emits none). */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** Reserved first, so an author's ids can never take a section's anchor. */
const SECTION_IDS = [
  'contents',
  'who-we-are',
  'summary',
  'commitments',
  'children',
  'data',
  'purposes',
  'recipients',
  'transfers',
  'rights',
  'complaints',
  'automated-decisions',
  'cookies',
  'security',
  'changes',
];

export function renderNotice(analysis: Analysis, options: RenderOptions): RenderedNotice {
  try {
    return render(analysis, options);
  } catch (error) {
    if (error instanceof Cancelled) throw error; // not a failure: nobody wants the notice any more
    // Last line of defence: the preview still shows a page that says what happened; the error goes to the caller.
    const msg = messages(options.language);
    const body = `<h1>${msg.defaultTitle}</h1><p>${msg.renderFailed}</p>`;
    return {
      html: documentHtml(msg.language, msg.defaultTitle, body),
      body,
      title: msg.defaultTitle,
      language: msg.language,
      audiences: [],
      laws: [],
      error: error instanceof Error ? error : new Error(String(error)),
    };
  }
}

function render(analysis: Analysis, options: RenderOptions): RenderedNotice {
  options.beforeRender?.();
  const memo = options.memo;
  if (!memo) return build(analysis, options);
  if (!reusable(analysis)) {
    memo.clear();
    return build(analysis, options);
  }
  try {
    return build(analysis, options, memo);
  } catch (error) {
    if (!(error instanceof ReuseMismatch)) throw error;
  }
  // Anchors that collide came out in another order: this render starts from scratch (and keeps what it renders).
  memo.clear();
  try {
    const notice = build(analysis, options, memo);
    memo.last.restarted = true;
    return notice;
  } catch (error) {
    if (!(error instanceof ReuseMismatch)) throw error;
  }
  // An entity that cannot stand apart from the text around it even in a fresh render: render without the memo.
  memo.clear();
  return build(analysis, options);
}

/**
 * Whether an entity's HTML follows from its own text (reuse.ts): not when an alias takes a value from elsewhere, a
 * directive changes how every scalar reads, or a syntax error leaves the parser guessing.
 */
function reusable(analysis: Analysis): boolean {
  const tree = analysis.model.tree;
  return !tree.hasAliases && tree.problems.length === 0 && !/^%/m.test(analysis.text);
}

function build(analysis: Analysis, options: RenderOptions, memo?: RenderMemo): RenderedNotice {
  const full = analysis.model;
  const audience = options.audience && full.audiences.find((a) => a.id === options.audience);
  const model = audience ? audienceView(full, audience.id) : full;
  const policyEntry = entryOf(model.root, 'policy');
  const policy = mapOf(policyEntry?.value);
  const written = fieldStr(policy, 'language')?.value;
  const language = options.language?.trim() || written;
  // The notice follows its first law; further laws add their sections (docs/language.md, "Laws").
  const laws = analysis.laws;
  const msg = lawMessages(messages(language), laws);
  const linkText = citationLinker(languageOf(msg.language).tag, laws, model.controllerCountry?.value);
  const author = authorLanguage(written, msg.language);
  // What every entity may read besides its own text and what it looks up: a change renders them all again.
  const shared = [
    options.mode,
    msg.language,
    author ?? '',
    laws.map((l) => `${l.id}@${l.date ?? ''}`).join(' '),
    audience ? audience.id : '',
    model.collection,
    model.controllerCountry?.value ?? '',
  ].join('\n');
  if (memo && memo.shared !== shared) memo.clear();
  const session =
    memo &&
    new ReuseSession(memo, analysis.text, model.tree.lineCounter, options.problems ?? [], (html) =>
      linkUnit(html, linkText),
    );
  const ctx = new RenderContext(
    model,
    laws[0],
    msg,
    options.mode === 'preview',
    options.problems ?? [],
    author,
    session,
  );
  ctx.lawMarker = lawMarker(messages(language), laws);
  ctx.spelling = lawSpelling(messages(language), laws);
  for (const id of SECTION_IDS) ctx.id(id);

  const titleField = fieldStr(policy, 'title');
  const title = titleField?.value.trim() || msg.defaultTitle;
  const within = policyEntry?.span;
  const titleHtml = titleField?.value.trim() ? ctx.own(title) : escapeHtml(title);
  const titleMarker = within ? ctx.flag('missing-field', { key: 'title', within }, 'missing-field/title') : '';
  const h1 = `<h1${ctx.at(entryOf(policy, 'title'))}>${titleHtml}${titleMarker}</h1>`;

  const makers: (() => NoticeSection | NoticeSection[] | undefined)[] = [
    () => whoSection(ctx, audiencesIntro(ctx, full, audience)),
    () => summarySection(ctx),
    () => promisesSection(ctx),
    () => childrenSection(ctx),
    () => dataSection(ctx),
    () => purposesSection(ctx),
    () => recipientsSection(ctx),
    () => {
      // The notice's own law may word its transfers section itself (null: it has no sentences of its own).
      const own = ownTransfersSection(ctx, laws);
      return own === null ? transfersSection(ctx) : own;
    },
    () => ownRightsSection(ctx, laws, rightsSection) ?? rightsSection(ctx),
    () => ownComplaintsSection(ctx, laws) ?? complaintsSection(ctx),
    () => automatedSection(ctx),
    () => cookiesSection(ctx),
    () => securitySection(ctx),
    () => changesSection(ctx),
    () => lawSections(ctx, laws),
    () => extraSections(ctx),
  ];
  const sections: NoticeSection[] = [];
  for (const make of makers) {
    throwIfCancelled(options.signal);
    const made = make();
    if (Array.isArray(made)) sections.push(...made);
    else if (made) sections.push(made);
  }

  // The elements of the notice's <main>, one per line. (There are always sections: who, rights, complaints.)
  const ending = footer(ctx, msg);
  const elements = [
    `<header class="notice-header"${ctx.at(policyEntry)}>${h1}${meta(ctx, msg)}</header>`,
    toc(msg, sections),
    ...sections.map((s) => sectionHtml(ctx, s)),
    ...(ending ? [ending] : []),
  ];
  // GDPR citations, the author's and ours, link to EUR-Lex in the notice's language (docs/language.md, "Citing the GDPR in your text").
  let body: string;
  let parts: RenderedNotice['parts'];
  if (memo && session) {
    // Linked element by element (each is closed, so this links as the whole does), entities spliced in.
    const units: string[] = [];
    const linked = elements.map((element) => linkWithUnits(element, linkText, session.html, units));
    body = linked.map((l) => l.html).join('\n');
    if (session.inlined === 0) parts = { blocks: linked.map((l) => l.block), units };
    memo.units = session.next;
    memo.shared = shared;
  } else body = linkHtml(elements.join('\n'), linkText);
  const lang = htmlLang(language);
  const audiences = full.audiences.map((a) => ({ id: a.id, label: a.name }));
  return {
    html: documentHtml(lang, title, body),
    body,
    title,
    language: lang,
    audiences,
    audience: audience ? audience.id : undefined,
    laws: laws.map((l) => ({ id: l.id, label: findTerm('law', l.id)?.label ?? l.id })),
    parts,
  };
}

/**
 * The author's language when the notice is generated in another one (its text is then set off in its own
 * language): `policy.language` (English by default) as a plausible tag, compared by primary subtag.
 */
function authorLanguage(written: string | undefined, output: string): string | undefined {
  const tag = written?.trim() || 'en';
  if (!/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/.test(tag)) return undefined;
  const primary = primaryLanguage(tag);
  if (primary === output) return undefined;
  return findLanguage(tag) ? primary : tag;
}

/**
 * Whom the notice addresses (docs/language.md, "Output language", v1.2), or, in an audience view, whose version this
 * is. The groups' names are the author's words inside a generated sentence: set off in their own language when that
 * is not the notice's, never joined into its grammar as if they were its words.
 */
function audiencesIntro(ctx: RenderContext, full: PolicyModel, audience: Definition | undefined | '' | 0): string {
  const m = ctx.msg.audiences;
  if (audience)
    return `<p class="audiences"${ctx.at(audience.entry)}>${m.view(`<strong>${ctx.quote(audience.name)}</strong>`)}</p>${ctx.markdownField(audience.map, 'description')}`;
  if (!full.audiences.length) return '';
  const names = full.audiences.map((a) => ctx.quote(a.name));
  // Who belongs to a group, where the author says so: the reader cannot tell otherwise who "Other contacts" are.
  const described = full.audiences
    .map((a) => ({ a, description: ctx.markdownField(a.map, 'description') }))
    .filter((d) => d.description);
  const descriptions = described.length
    ? `<dl class="audience-descriptions">${described
        .map(({ a, description }) => `<dt${ctx.at(a.entry)}>${ctx.quote(a.name)}</dt><dd>${description}</dd>`)
        .join('')}</dl>`
    : '';
  return `<p class="audiences"${ctx.at(entryOf(full.root, 'audiences'))}>${m.addressedTo(ctx.list(names))}</p>${descriptions}`;
}

/** The dates and version again at the end, where notices customarily say which version the reader has. */
function footer(ctx: RenderContext, msg: Messages): string {
  const dates = meta(ctx, msg);
  return dates ? `<footer class="notice-footer">${dates}</footer>` : '';
}

/**
 * Effective date, last update and version, under the title. A missing date has no marker: the GDPR asks for no
 * effective date in the notice (Art 13 and 14 list what it must say), so the gap stays in the problems panel
 * (`missing-field`), where the date matters for which text of a law applies (docs/language.md, "policy").
 */
function meta(ctx: RenderContext, msg: Messages): string {
  const policy = ctx.mapAt('policy');
  const parts: string[] = [];
  const effective = fieldStr(policy, 'effective');
  const updated = fieldStr(policy, 'updated');
  const version = fieldStr(policy, 'version');
  if (effective?.value.trim())
    parts.push(
      `<span class="meta-item">${msg.meta.effective(formatDate(effective.value, msg), isMonth(effective.value))}</span>`,
    );
  if (updated?.value.trim())
    parts.push(
      `<span class="meta-item">${msg.meta.updated(formatDate(updated.value, msg), isMonth(updated.value))}</span>`,
    );
  if (version?.value.trim()) parts.push(`<span class="meta-item">${msg.meta.version(ctx.own(version.value))}</span>`);
  if (!parts.length) return '';
  const line = ctx.lineOf((effective ?? updated ?? version)?.span.start ?? 0);
  return `<p class="meta"${lineAttr(line)}>${parts.join('')}</p>`;
}

const MONTH = /^(\d{4})-(\d{2})$/;

/** v1.3: a date given as a month ("2026-08", docs/language.md "policy"). */
function isMonth(value: string): boolean {
  const m = MONTH.exec(value.trim());
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** "2025-01-01" → "1 January 2025", "2026-08" → "August 2026" in the notice's language; anything else as written. */
export function formatDate(value: string, msg: Messages): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (m) {
    const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (date.getUTCDate() === Number(m[3])) return escapeHtml(msg.date(date));
  }
  const month = MONTH.exec(value.trim());
  if (month && isMonth(value))
    return escapeHtml(msg.month(new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1))));
  return escapeHtml(value);
}

function toc(msg: Messages, sections: NoticeSection[]): string {
  const items = sections.map((s) => {
    const sub = s.sub?.length
      ? `<ol>${s.sub.map((x) => `<li><a href="#${x.id}">${x.heading}</a></li>`).join('')}</ol>`
      : '';
    return `<li><a href="#${s.id}">${stripMarkers(s.heading)}</a>${sub}</li>`;
  });
  return `<nav class="toc" aria-labelledby="contents"><h2 id="contents">${msg.contents}</h2><ol>${items.join('')}</ol></nav>`;
}

/** Missing-information markers belong in the text, not in the table of contents. */
function stripMarkers(html: string): string {
  return html.replace(/ ?<span class="missing">(?:[^<]|<(?!\/span>))*<\/span>/g, '');
}

function sectionHtml(ctx: RenderContext, s: NoticeSection): string {
  const cls = s.className ? ` class="${s.className}"` : '';
  return `<section id="${s.id}"${cls} aria-labelledby="${s.id}-title"${ctx.at(s.source)}><h2 id="${s.id}-title">${s.heading}</h2>${s.body}</section>`;
}

/** A `lang` attribute from policy.language when it is a plausible language tag. */
function htmlLang(language: string | undefined): string {
  const tag = language?.trim();
  return tag && /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/.test(tag) ? tag : 'en';
}

function documentHtml(lang: string, title: string, body: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="Privacy Policy Studio">
<title>${escapeHtml(title)}</title>
<style>${NOTICE_CSS}</style>
</head>
<body>
<main class="notice">
${body}
</main>
</body>
</html>
`;
}
