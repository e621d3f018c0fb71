// GDPR citations in the author's text (docs/language.md, "Citing the GDPR in your text"): hover, document links and completion. Recognition is the
// domain's (gdpr/citations.ts); which text is the author's is the schema's (schema/textFields.ts).
import { CompletionItemKind, MarkupKind, type CompletionItem } from 'vscode-languageserver-types';
import { type Law, type LawCitation, type Provision } from '../laws';
import { allLanguages, findLanguage, languageOf } from '../languages';
import { VOCABULARIES, type Term, type VocabularyName } from '../vocabulary/terms';
import type { InterfaceText } from '../languages/interface';
import { entryOf, fieldStr, mapOf, type PolicyModel } from '../parser/policyModel';
import type { Span } from '../parser/yamlTree';
import { documentCitations } from '../schema/textFields';

/** The name of a notice language in the interface's ("French", "français"), for link titles. */
const languageName = (language: string, ui: InterfaceText) =>
  new Intl.DisplayNames([ui.language], { type: 'language' }).of(language) ??
  findLanguage(language)?.englishName ??
  language;

/** The notice's language tag (`policy.language`), in which titles are shown and the law's text is opened. */
export function noticeLanguage(model: PolicyModel): string {
  return languageOf(fieldStr(mapOf(entryOf(model.root, 'policy')?.value), 'language')?.value).tag;
}

/** The paragraph numbers of an article, in order (empty when it is one unnumbered text). */
const paragraphsOf = (law: Law, article: number) =>
  Object.keys(law.text.article(article)?.paragraphs ?? {}).filter((p) => p !== '');
/** The lettered points of a paragraph (with the UK's two-letter ones, such as Art 6(1)(ea)). */
const pointsOf = (law: Law, article: number, paragraph: string) => {
  const a = law.text.article(article);
  return [...(a?.paragraphs[paragraph] ?? ''), ...(a?.extraPoints?.[paragraph] ?? [])];
};

/** Where a provision is on EUR-Lex (or the law's own site): its article (or recital); undefined when it does not exist. */
export function provisionUrl(
  p: Pick<Provision, 'kind' | 'number' | 'suffix' | 'instrument'>,
  language: string,
  law: Law,
): string | undefined {
  if (law.text.provisionLink) return law.text.provisionLink(p, language);
  if (p.kind === 'recital')
    return p.number >= 1 && p.number <= law.text.recitals ? law.text.link(language, { recital: p.number }) : undefined;
  return law.text.article(p.number) ? law.text.link(language, { article: p.number }) : undefined;
}

export function provisionAt(
  model: PolicyModel,
  laws: Law | readonly Law[],
  offset: number,
): (Provision & { law: Law }) | undefined {
  for (const c of documentCitations(model, laws)) {
    if (offset < c.span.start || offset > c.span.end) continue;
    // The provision under the cursor, else the first (the suffix "GDPR" belongs to the whole citation).
    const p = c.provisions.find((x) => offset >= x.span.start && offset <= x.span.end) ?? c.provisions[0];
    return Object.assign(p, { law: c.law });
  }
  return undefined;
}

/** A provision's heading in the notice language, from the law's own data. */
function titleOf(p: Provision, law: Law, language: string): string | undefined {
  if (law.text.provisionTitle) return law.text.provisionTitle(p, language);
  return p.kind === 'article' ? law.text.article(p.number)?.title[language] : undefined;
}

/** The vocabulary value that stands for a provision ("Art 6(1)(f)" → Legitimate interests), if any. */
function termFor(p: Provision, law: Law, ui: InterfaceText): Pick<Term, 'label' | 'meaning'> | undefined {
  const cited = law.text.formatProvision(p);
  for (const [vocabulary, terms] of Object.entries(VOCABULARIES) as [VocabularyName, readonly Term[]][]) {
    const term = terms.find((t) => t.article === cited);
    if (term) return ui.term(vocabulary, term.id);
  }
  return undefined;
}

export function citationHover(
  model: PolicyModel,
  laws: Law | readonly Law[],
  offset: number,
  ui: InterfaceText,
): { markdown: string; span: Span } | undefined {
  const p = provisionAt(model, laws, offset);
  if (!p) return undefined;
  const law = p.law;
  // The law's text opens in the notice's language (the version its readers read); the hover speaks the interface's.
  const language = noticeLanguage(model);
  // Laws with a text of their own describe their provisions themselves (docs/language.md, "Laws").
  if (law.text.provisionLink) return otherLawHover(p, law, language, ui);
  const cited = law.text.formatProvision(p);
  const found = law.text.provisionProblem(p) ?? law.text.rangeProblem(p);
  const problem = found && ui.say(found);
  const url = provisionUrl(p, language, law);
  const name = law.shortName[language] ?? law.shortName.en;
  const link = url
    ? `\n\n[${ui.t(p.kind === 'recital' ? 'Recital {0} {1} on EUR-Lex ({2})' : 'Art {0} {1} on EUR-Lex ({2})', p.number, name, languageName(language, ui))}](${url})`
    : '';
  if (problem && !(p.kind === 'article' && law.text.article(p.number) && url))
    return { span: p.span, markdown: `**${cited}** — ${problem}` };
  if (p.kind === 'recital') {
    return {
      span: p.span,
      markdown:
        `**${ui.t('Recital {0} of the {1}', p.number, law.shortName[ui.language] ?? law.shortName.en)}**\n\n` +
        `${ui.t('Recitals give the reasons for the articles and guide their reading; they do not bind on their own.')}${link}`,
    };
  }
  const article = law.text.article(p.number)!;
  // The heading of the language version the author cites, and in the interface's language when that differs.
  const title = article.title[language];
  const own = ui.language === language ? '' : ` (${article.title[ui.language] ?? article.title.en})`;
  const lines = [`**${cited} ${name} — ${title}**${own}`];
  if (problem) lines.push(`⚠ ${problem}`);
  const term = termFor(p, law, ui);
  if (term) lines.push(`${term.label}: ${term.meaning}`);
  lines.push(ui.t(article.summary));
  return { span: p.span, markdown: lines.join('\n\n') + link };
}

/** Hover on a provision of the UK GDPR, the DPA 2018, the FADP or the DPO: heading, summary, link, what is wrong. */
function otherLawHover(p: Provision, law: Law, language: string, ui: InterfaceText): { markdown: string; span: Span } {
  const named = law.text.named?.(p) ?? law.text.formatProvision(p);
  const found = law.text.provisionProblem(p) ?? law.text.rangeProblem(p);
  const problem = found && ui.say(found);
  const url = provisionUrl(p, language, law);
  const unofficialIn = (tag: string) => (law.text.unofficial?.(tag) ? ` ${ui.t('(unofficial translation)')}` : '');
  const title = titleOf(p, law, ui.language);
  const lines = [`**${named}${title ? ` — ${title}` : ''}**${title && unofficialIn(ui.language)}`];
  if (problem) lines.push(`⚠ ${problem}`);
  const article =
    p.kind === 'article' && !p.instrument
      ? law.text.articles().find((a) => a.number === p.number && (a.suffix ?? '') === (p.suffix ?? ''))
      : undefined;
  if (article) lines.push(ui.t(article.summary));
  if (url)
    lines.push(
      `[${law.text.site ? ui.t('{0} on {1}', named, law.text.site) : ui.t('{0} on the official site', named)}${unofficialIn(language)}](${url})`,
    );
  return { span: p.span, markdown: lines.join('\n\n') };
}

export interface CitationLink {
  span: Span;
  target: string;
  tooltip: string;
}

/** One link per cited provision that exists (a range links each of its ends). */
export function citationLinks(model: PolicyModel, laws: Law | readonly Law[], ui: InterfaceText): CitationLink[] {
  const language = noticeLanguage(model);
  const links: CitationLink[] = [];
  for (const c of documentCitations(model, laws)) {
    const law = c.law;
    for (const p of c.provisions) {
      const url = provisionUrl(p, language, law);
      if (!url || law.text.provisionProblem(p)) continue;
      links.push({ span: p.span, target: url, tooltip: linkTooltip(c, p, language, ui) });
    }
  }
  return links;
}

function linkTooltip(c: LawCitation, p: Provision, language: string, ui: InterfaceText): string {
  const law = c.law;
  if (!law.text.provisionLink) {
    // The title as the page the link opens gives it (the notice's language), and in the interface's where it differs.
    const titles = p.kind === 'article' ? law.text.article(p.number)!.title : undefined;
    const own = titles?.[language];
    const mine = titles?.[ui.language];
    const title = own ? ` — ${own}${mine && mine !== own ? ` (${mine})` : ''}` : '';
    return `${law.text.formatProvision(p)}${title} (EUR-Lex, ${languageName(language, ui)})`;
  }
  const title = titleOf(p, law, ui.language);
  const unofficial = law.text.unofficial?.(language) ? `, ${ui.t('unofficial translation')}` : '';
  return `${law.text.named?.(p) ?? law.text.formatProvision(p)}${title ? ` — ${title}` : ''} (${law.text.site ?? ''}${unofficial})`;
}

// ── completion ───────────────────────────────────────────────────────────────

// The article, paragraph and point words of every notice language (languages/), each word optionally abbreviated
// with a full stop ("para.", "Abs.", "lit.").
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = (list: string[]) => list.map((w) => `${escape(w)}\\.?`).join('|');
const ART = String.raw`(?<![\p{L}\p{N}])(?:${allLanguages((l) => l.citationWords.article).join('|')})`;
const PARA = String.raw`(?:,?\s*(?:${words(allLanguages((l) => l.citationWords.paragraph))})\s*)`;
const POINT = String.raw`(?:,?\s*(?:${words(allLanguages((l) => l.citationWords.point))})\s*)`;
/** What is being typed at the end of the line, most specific first; each reads only the line's tail. */
const CONTEXTS: { kind: 'point' | 'paragraph' | 'article'; re: RegExp; paren: boolean }[] = [
  {
    kind: 'point',
    re: new RegExp(String.raw`${ART}\.?\s*(\d{1,2})\s*\(\s*(\d{1,2})\s*\)\s*\(\s*[a-z]?$`, 'iu'),
    paren: true,
  },
  {
    kind: 'point',
    re: new RegExp(String.raw`${ART}\.?\s*(\d{1,2})${PARA}(\d{1,2})${POINT}[a-z]?$`, 'iu'),
    paren: false,
  },
  { kind: 'paragraph', re: new RegExp(String.raw`${ART}\.?\s*(\d{1,2})\s*\(\s*\d{0,2}$`, 'iu'), paren: true },
  { kind: 'paragraph', re: new RegExp(String.raw`${ART}\.?\s*(\d{1,2})${PARA}\d{0,2}$`, 'iu'), paren: false },
  { kind: 'article', re: new RegExp(String.raw`${ART}(?:\.\s*|\s+)\d{0,2}$`, 'iu'), paren: false },
];

/**
 * Completion of a citation being typed in any text: after the article word the 99 articles with their titles in
 * the notice's language; after `Art 6(` its paragraphs; after `Art 6(1)(` the points. Reads only the current
 * line, so it works however broken the rest of the document is. Undefined when no citation is being typed.
 */
export function citationCompletion(
  linePrefix: string,
  nextChar: string,
  language: string,
  law: Law,
  ui: InterfaceText,
): CompletionItem[] | undefined {
  const tail = linePrefix.slice(-80);
  for (const context of CONTEXTS) {
    const m = context.re.exec(tail);
    if (!m) continue;
    const close = context.paren && nextChar !== ')' ? ')' : '';
    if (context.kind === 'article') return articleItems(language, law, ui);
    const article = Number(m[1]);
    if (!law.text.article(article)) return [];
    if (context.kind === 'paragraph') return paragraphItems(article, close, language, law, ui);
    return pointItems(article, String(Number(m[2])), close, law, ui);
  }
  return undefined;
}

function articleItems(language: string, law: Law, ui: InterfaceText): CompletionItem[] {
  const name = law.shortName[language] ?? law.shortName.en;
  return law.text.articles().map((a) => {
    const label = `${a.number}${a.suffix ?? ''}`;
    const url = provisionUrl({ kind: 'article', number: a.number, suffix: a.suffix }, language, law);
    return {
      label,
      kind: CompletionItemKind.Reference,
      labelDetails: { description: a.title[language] },
      detail: `Art ${label} ${name} — ${a.title[language]}`,
      documentation: {
        kind: MarkupKind.Markdown,
        value: `${ui.t(a.summary)}\n\n[${law.text.site ?? 'EUR-Lex'}](${url ?? law.text.link(language, { article: a.number })})`,
      },
      filterText: label,
      sortText: `${String(a.number).padStart(3, '0')}${a.suffix ?? ''}`,
    };
  });
}

function paragraphItems(
  article: number,
  close: string,
  language: string,
  law: Law,
  ui: InterfaceText,
): CompletionItem[] {
  const title = law.text.article(article)!.title[language];
  return paragraphsOf(law, article).map((para) => {
    const points = pointsOf(law, article, para);
    const detail = `Art ${article}(${para})${points.length ? ` — ${ui.t('points (a)–({0})', points[points.length - 1])}` : ''}`;
    return {
      label: para,
      kind: CompletionItemKind.Reference,
      labelDetails: { description: detail },
      detail: `${detail} · ${title}`,
      insertText: `${para}${close}`,
      sortText: para.padStart(3, '0'),
    };
  });
}

function pointItems(article: number, paragraph: string, close: string, law: Law, ui: InterfaceText): CompletionItem[] {
  return pointsOf(law, article, paragraph).map((point) => {
    const p: Provision = { kind: 'article', number: article, paragraph, point, span: { start: 0, end: 0 } };
    const term = termFor(p, law, ui);
    const description = term ? `${law.text.formatProvision(p)} — ${term.label}` : law.text.formatProvision(p);
    return {
      label: point,
      kind: CompletionItemKind.Reference,
      labelDetails: { description },
      detail: description,
      documentation: term?.meaning,
      insertText: `${point}${close}`,
      sortText: point,
    };
  });
}
