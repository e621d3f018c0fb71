// GDPR citations in the rendered notice link to the article on EUR-Lex, in the notice's language (docs/language.md, "Citing the GDPR in your text"):
// in the author's text and in the generated sentences alike. Runs over the finished body HTML, which only the
// renderer wrote: author text in it is escaped, so `<` opens one of our tags and text between tags is plain.
// Links are ordinary https links (the CSP governs fetches, not navigation); text already inside a link, code or
// a heading of the table of contents is left alone.
import { findLawCitations, lawList, mayCiteLaws, type Law, type Provision } from '../laws';
import { languageOf } from '../languages';
import { escapeHtml } from './html';

/** Elements whose text never gets a citation link: links cannot nest; code is shown as written. */
const SKIP = new Set(['a', 'code', 'pre', 'script', 'style', 'title']);

export function linkCitations(html: string, language: string, laws: Law | readonly Law[], country?: string): string {
  const list = lawList(laws);
  const linkText = (text: string) => linkLawText(text, language, list, country);
  let out = '';
  let last = 0;
  let skipDepth = 0;
  // The preview's missing-information markers stay plain text: they name the gap, the Problems panel links it.
  let inMarker = false;
  for (const tag of html.matchAll(/<[^>]*>/g)) {
    const at = tag.index ?? 0;
    out += skipDepth > 0 || inMarker ? html.slice(last, at) : linkText(html.slice(last, at));
    out += tag[0];
    last = at + tag[0].length;
    if (tag[0].startsWith('<span class="missing"')) inMarker = true;
    else if (inMarker && tag[0] === '</span>') inMarker = false;
    const name = /^<(\/?)([a-zA-Z][a-zA-Z0-9]*)/.exec(tag[0]);
    if (name && SKIP.has(name[2].toLowerCase()) && !tag[0].endsWith('/>'))
      skipDepth = Math.max(0, skipDepth + (name[1] ? -1 : 1));
  }
  return out + (skipDepth > 0 ? html.slice(last) : linkText(html.slice(last)));
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
