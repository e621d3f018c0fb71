// GDPR citations in the author's text (SPEC §9): hover, document links and completion. Recognition is the
// domain's (gdpr/citations.ts); which text is the author's is the schema's (schema/textFields.ts).
import { CompletionItemKind, MarkupKind, type CompletionItem } from 'vscode-languageserver-types';
import {
  allArticles,
  eurLexUrl,
  gdprArticle,
  gdprLanguage,
  paragraphsOf,
  pointsOf,
  REGULATION_NAME,
  type GdprLanguage,
} from '../laws/eu-gdpr/articles';
import { formatProvision, provisionProblem, rangeProblem, type Provision } from '../laws/eu-gdpr/citations';
import { VOCABULARIES, type Term } from '../vocabulary/terms';
import { entryOf, fieldStr, mapOf, type PolicyModel } from '../parser/policyModel';
import type { Span } from '../parser/yamlTree';
import { documentCitations } from '../schema/textFields';

const LANGUAGE_NAME: Record<GdprLanguage, string> = { en: 'English', fr: 'French', nl: 'Dutch', de: 'German' };

/** The notice's language (`policy.language`), in which titles are shown and EUR-Lex is opened. */
export function noticeLanguage(model: PolicyModel): GdprLanguage {
  return gdprLanguage(fieldStr(mapOf(entryOf(model.root, 'policy')?.value), 'language')?.value);
}

/** Where a provision is on EUR-Lex: its article (or recital); undefined when it does not exist. */
export function provisionUrl(p: Pick<Provision, 'kind' | 'number'>, language: GdprLanguage): string | undefined {
  if (p.kind === 'recital')
    return p.number >= 1 && p.number <= 173 ? eurLexUrl(language, { recital: p.number }) : undefined;
  return gdprArticle(p.number) ? eurLexUrl(language, { article: p.number }) : undefined;
}

export function provisionAt(model: PolicyModel, offset: number): Provision | undefined {
  for (const c of documentCitations(model)) {
    if (offset < c.span.start || offset > c.span.end) continue;
    // The provision under the cursor, else the first (the suffix "GDPR" belongs to the whole citation).
    return c.provisions.find((p) => offset >= p.span.start && offset <= p.span.end) ?? c.provisions[0];
  }
  return undefined;
}

/** The vocabulary value that stands for a provision ("Art 6(1)(f)" → Legitimate interests), if any. */
function termFor(p: Provision): Term | undefined {
  const cited = formatProvision(p);
  for (const terms of Object.values(VOCABULARIES)) {
    const term = terms.find((t) => t.article === cited);
    if (term) return term;
  }
  return undefined;
}

export function citationHover(model: PolicyModel, offset: number): { markdown: string; span: Span } | undefined {
  const p = provisionAt(model, offset);
  if (!p) return undefined;
  const language = noticeLanguage(model);
  const cited = formatProvision(p);
  const problem = provisionProblem(p) ?? rangeProblem(p);
  const url = provisionUrl(p, language);
  const link = url
    ? `\n\n[${p.kind === 'recital' ? `Recital ${p.number}` : `Art ${p.number}`} ${REGULATION_NAME[language]} on EUR-Lex (${LANGUAGE_NAME[language]})](${url})`
    : '';
  if (problem && !(p.kind === 'article' && gdprArticle(p.number) && url))
    return { span: p.span, markdown: `**${cited}** — ${problem}` };
  if (p.kind === 'recital') {
    return {
      span: p.span,
      markdown:
        `**Recital ${p.number} of the GDPR**\n\nRecitals give the reasons for the articles and guide their ` +
        `reading; they do not bind on their own.${link}`,
    };
  }
  const article = gdprArticle(p.number)!;
  const title = article.title[language];
  const english = language === 'en' ? '' : ` (${article.title.en})`;
  const lines = [`**${cited} ${REGULATION_NAME[language]} — ${title}**${english}`];
  if (problem) lines.push(`⚠ ${problem}`);
  const term = termFor(p);
  if (term) lines.push(`${term.label}: ${term.meaning}`);
  lines.push(article.summary);
  return { span: p.span, markdown: lines.join('\n\n') + link };
}

export interface CitationLink {
  span: Span;
  target: string;
  tooltip: string;
}

/** One link per cited provision that exists (a range links each of its ends). */
export function citationLinks(model: PolicyModel): CitationLink[] {
  const language = noticeLanguage(model);
  const links: CitationLink[] = [];
  for (const c of documentCitations(model)) {
    for (const p of c.provisions) {
      const url = provisionUrl(p, language);
      if (!url || provisionProblem(p)) continue;
      const title = p.kind === 'article' ? ` — ${gdprArticle(p.number)!.title[language]}` : '';
      links.push({
        span: p.span,
        target: url,
        tooltip: `${formatProvision(p)}${title} (EUR-Lex, ${LANGUAGE_NAME[language]})`,
      });
    }
  }
  return links;
}

// ── completion ───────────────────────────────────────────────────────────────

const ART = String.raw`(?<![\p{L}\p{N}])(?:art(?:ikel(?:en)?|icles?|s|t)?)`;
const PARA = String.raw`(?:,?\s*(?:paragraphe|paragraph|para\.?|lid|abs\.?|absatz|§)\s*)`;
const POINT = String.raw`(?:,?\s*(?:point|punt|onder|lit\.?|buchstabe)\s*)`;
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
  language: GdprLanguage,
): CompletionItem[] | undefined {
  const tail = linePrefix.slice(-80);
  for (const context of CONTEXTS) {
    const m = context.re.exec(tail);
    if (!m) continue;
    const close = context.paren && nextChar !== ')' ? ')' : '';
    if (context.kind === 'article') return articleItems(language);
    const article = Number(m[1]);
    if (!gdprArticle(article)) return [];
    if (context.kind === 'paragraph') return paragraphItems(article, close, language);
    return pointItems(article, String(Number(m[2])), close);
  }
  return undefined;
}

function articleItems(language: GdprLanguage): CompletionItem[] {
  return allArticles().map((a) => ({
    label: String(a.number),
    kind: CompletionItemKind.Reference,
    labelDetails: { description: a.title[language] },
    detail: `Art ${a.number} ${REGULATION_NAME[language]} — ${a.title[language]}`,
    documentation: {
      kind: MarkupKind.Markdown,
      value: `${a.summary}\n\n[EUR-Lex](${eurLexUrl(language, { article: a.number })})`,
    },
    filterText: String(a.number),
    sortText: String(a.number).padStart(3, '0'),
  }));
}

function paragraphItems(article: number, close: string, language: GdprLanguage): CompletionItem[] {
  const title = gdprArticle(article)!.title[language];
  return paragraphsOf(article).map((para) => {
    const points = pointsOf(article, para);
    const detail = `Art ${article}(${para})${points.length ? ` — points (a)–(${points[points.length - 1]})` : ''}`;
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

function pointItems(article: number, paragraph: string, close: string): CompletionItem[] {
  return pointsOf(article, paragraph).map((point) => {
    const p: Provision = { kind: 'article', number: article, paragraph, point, span: { start: 0, end: 0 } };
    const term = termFor(p);
    const description = term ? `${formatProvision(p)} — ${term.label}` : formatProvision(p);
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
