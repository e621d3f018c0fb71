// GDPR citations in the rendered notice link to the article on EUR-Lex, in the notice's language (docs/language.md, "Citing the GDPR in your text"):
// in the author's text and in the generated sentences alike. Runs over the finished body HTML, which only the
// renderer wrote: author text in it is escaped, so `<` opens one of our tags and text between tags is plain.
// Links are ordinary https links (the CSP governs fetches, not navigation); text already inside a link, code or
// a heading of the table of contents is left alone.
import { findLawCitations, lawList, mayCiteLaws, type Law, type Provision } from '../laws';
import { languageOf } from '../languages';
import { escapeHtml } from './html';
import { placeholder, PLACEHOLDER, ReuseMismatch } from './reuse';

/** Elements whose text never gets a citation link: links cannot nest; code is shown as written. */
const SKIP = new Set(['a', 'code', 'pre', 'script', 'style', 'title']);

export function linkCitations(html: string, language: string, laws: Law | readonly Law[], country?: string): string {
  return linkHtml(html, citationLinker(language, laws, country));
}

/** `linkCitations` with the notice's linker. */
export function linkHtml(html: string, linkText: CitationLinker): string {
  return link(html, linkText).html;
}

/** Links the citations of escaped text (no tags), for one notice's language, laws and controller country. */
export type CitationLinker = (text: string) => string;

export function citationLinker(language: string, laws: Law | readonly Law[], country?: string): CitationLinker {
  const list = lawList(laws);
  return (text) => linkLawText(text, language, list, country);
}

/**
 * HTML with entities kept for reuse (render/reuse.ts): the citations of the rest linked, each placeholder replaced by
 * its entity's finished HTML (`units`, by placeholder number). Also the block in parts: the linked rest with the
 * placeholders numbered again in the order they stand, counting on from `ordered`, which the entities are added to.
 */
export function linkWithUnits(
  html: string,
  linkText: CitationLinker,
  units: readonly string[],
  ordered: string[],
): { html: string; block: string } {
  const block = link(html, linkText, units, ordered).html;
  return { html: block.replace(/<!--u:(\d+)-->/g, (_, n: string) => ordered[Number(n)]), block };
}

/**
 * The citations of one entity's HTML linked on their own (render/reuse.ts), or undefined when linking it alone could
 * differ from linking it in the notice: it must start and end at a tag and leave no link, code or marker open.
 */
export function linkUnit(html: string, linkText: CitationLinker): string | undefined {
  if (!html.startsWith('<') || !html.endsWith('>')) return undefined;
  const linked = link(html, linkText);
  return linked.closed ? linked.html : undefined;
}

/**
 * `units`: the finished HTML of the placeholders in `html` (reuse.ts), collected into `ordered` in the order they
 * stand, each placeholder numbered again by that order; each must stand where the text around it is closed, or
 * linking it alone would not have been the same (ReuseMismatch).
 */
function link(
  html: string,
  linkText: CitationLinker,
  units?: readonly string[],
  ordered?: string[],
): { html: string; closed: boolean } {
  let out = '';
  let last = 0;
  let skipDepth = 0;
  // The preview's missing-information markers stay plain text: they name the gap, the Problems panel links it.
  let inMarker = false;
  for (const tag of html.matchAll(/<[^>]*>/g)) {
    const at = tag.index ?? 0;
    out += skipDepth > 0 || inMarker ? html.slice(last, at) : linkText(html.slice(last, at));
    last = at + tag[0].length;
    const unit = units && PLACEHOLDER.exec(tag[0]);
    if (unit) {
      if (skipDepth > 0 || inMarker) throw new ReuseMismatch('an entity stands inside a link, code or a marker');
      out += placeholder(ordered!.length);
      ordered!.push(units[Number(unit[1])]);
      continue;
    }
    out += tag[0];
    if (tag[0].startsWith('<span class="missing"')) inMarker = true;
    else if (inMarker && tag[0] === '</span>') inMarker = false;
    const name = /^<(\/?)([a-zA-Z][a-zA-Z0-9]*)/.exec(tag[0]);
    if (name && SKIP.has(name[2].toLowerCase()) && !tag[0].endsWith('/>'))
      skipDepth = Math.max(0, skipDepth + (name[1] ? -1 : 1));
  }
  out += skipDepth > 0 ? html.slice(last) : linkText(html.slice(last));
  return { html: out, closed: skipDepth === 0 && !inMarker };
}

/** Escaped text (no tags) with its citations wrapped in links, each to its own law's text. */
function linkLawText(text: string, language: string, laws: readonly Law[], country?: string): string {
  if (!mayCiteLaws(text, laws)) return text;
  let out = '';
  let last = 0;
  for (const citation of findLawCitations(text, laws, { country })) {
    const law = citation.law;
    const valid = citation.provisions.filter((p) => !law.text.provisionProblem(p));
    // One provision: the whole citation ("Art. 6 Abs. 1 lit. f DSGVO") is the link; several: each its own.
    const parts =
      citation.provisions.length === 1 && valid.length === 1
        ? [{ provision: valid[0], span: citation.span }]
        : valid.map((p) => ({ provision: p, span: p.span }));
    for (const { provision, span } of parts) {
      if (span.start < last) continue; // never wrap the same words twice
      out += text.slice(last, span.start) + anchor(text.slice(span.start, span.end), provision, language, law);
      last = span.end;
    }
  }
  return out + text.slice(last);
}

function anchor(innerHtml: string, p: Provision, language: string, law: Law): string {
  if (law.text.provisionLink) {
    // Other laws: their own site; the FADP's English text is marked as the translation it is.
    const url = law.text.provisionLink(p, language) ?? '';
    const heading = law.text.provisionTitle?.(p, language) ?? '';
    const title = law.text.unofficial?.(language) && heading ? `${heading} (unofficial translation)` : heading;
    return `<a href="${escapeHtml(url)}" rel="noopener noreferrer" class="citation" title="${escapeHtml(title)}">${innerHtml}</a>`;
  }
  const url =
    p.kind === 'recital'
      ? law.text.link(language, { recital: p.number })
      : law.text.link(language, { article: p.number });
  // The tooltip names the provision in the notice's language: the article's official title, or the recital.
  const title =
    p.kind === 'article'
      ? (law.text.article(p.number)?.title[language] ?? '')
      : `${languageOf(language).recitalWord} ${p.number}`;
  return `<a href="${escapeHtml(url)}" rel="noopener noreferrer" class="citation" title="${escapeHtml(title)}">${innerHtml}</a>`;
}
