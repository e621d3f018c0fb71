// Author markdown (docs/language.md, "Files"): never raw HTML, links only to web pages and e-mail, and no images at all —
// a remote image in a privacy notice is a tracking beacon, so its alt text is shown instead.
import MarkdownIt from 'markdown-it';
import { escapeHtml, isSafeHref, link } from './html';

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
md.validateLink = isSafeHref;
type Token = ReturnType<typeof md.parse>[number];
md.renderer.rules.image = (tokens, idx, options, env, self) => {
  const alt = self.renderInlineAsText(tokens[idx].children ?? [], options, env);
  return alt ? `<span class="image-alt">${escapeHtml(alt)}</span>` : '';
};

export interface MarkdownOptions {
  /** 0-based source line of the first line of the text; each generated block gets its own data-line. */
  line?: number;
  /** The heading level that `#` becomes, so author headings fit under the generated ones;
   *  0 renders them as bold paragraphs (table header cells may not contain headings). */
  headingLevel?: number;
}

function decorate(tokens: Token[], options: MarkdownOptions): void {
  const base = options.headingLevel ?? 3;
  // Author headings never skip a level ("#" then "###" becomes h3 then h4): screen readers navigate by them.
  let previous = base - 1;
  for (const t of tokens) {
    if ((t.type === 'heading_open' || t.type === 'heading_close') && /^h\d$/.test(t.tag)) {
      if (base === 0) {
        t.tag = 'p';
        if (t.nesting === 1) t.attrSet('class', 'md-heading');
      } else if (t.nesting === 1) {
        const level = Math.min(6, Number(t.tag.slice(1)) + base - 1, previous + 1);
        t.tag = `h${level}`;
        previous = level;
      } else {
        t.tag = `h${previous}`;
      }
    }
    if (t.block && t.map && t.nesting !== -1 && options.line !== undefined)
      t.attrSet('data-line', String(options.line + t.map[0]));
    if (t.type === 'link_open') t.attrSet('rel', 'noopener noreferrer');
    if (t.children) decorate(t.children, { line: undefined });
  }
}

export function renderMarkdown(source: string, options: MarkdownOptions = {}): string {
  const env = {};
  const tokens = md.parse(source, env);
  decorate(tokens, options);
  return md.renderer.render(tokens, md.options, env);
}

/** One line of markdown without paragraphs (list items such as security measures). */
export function renderMarkdownInline(source: string): string {
  const env = {};
  const tokens = md.parseInline(source, env);
  decorate(tokens, {});
  return md.renderer.render(tokens, md.options, env);
}

/** Plain author text with its web addresses and e-mail addresses made into (safe) links. */
export function linkifyText(text: string): string {
  const matches = md.linkify.match(text) ?? [];
  let out = '';
  let last = 0;
  for (const m of matches) {
    const href = md.normalizeLink(m.url);
    out += escapeHtml(text.slice(last, m.index));
    out += isSafeHref(href) ? link(href, escapeHtml(m.text)) : escapeHtml(m.raw);
    last = m.lastIndex;
  }
  return out + escapeHtml(text.slice(last));
}
