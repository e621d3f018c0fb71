// The only places where author text becomes HTML: escaping, and links that pass one scheme check.
// A privacy notice must never run code or fetch anything, so every href goes through `safeHref`.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(value: string | number | boolean | bigint | null | undefined): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Schemes a reader can safely follow from a notice: web pages and e-mail. Everything else stays text. */
const SAFE_SCHEME = /^(?:https?:\/\/|mailto:)/i;

export function isSafeHref(url: string): boolean {
  // Control characters and whitespace inside a scheme can disguise it ("java\tscript:"); refuse them outright.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
  return SAFE_SCHEME.test(url) && !/[\u0000-\u0020\u007f]/.test(url);
}

const EMAIL = /^[^\s@<>()[\]"'\\,;:]+@[^\s@<>()[\]"'\\,;:]+\.[^\s@<>()[\]"'\\,;:.]+$/;

export function emailHref(value: string): string | undefined {
  const v = value.trim();
  return EMAIL.test(v) ? `mailto:${v}` : undefined;
}

export function urlHref(value: string): string | undefined {
  const v = value.trim();
  if (!/^https?:\/\//i.test(v) || /\s/.test(v)) return undefined;
  try {
    const href = new URL(v).href;
    return isSafeHref(href) ? href : undefined;
  } catch {
    return undefined;
  }
}

export function link(href: string, textHtml: string): string {
  return `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${textHtml}</a>`;
}

/** An e-mail or URL field: a link when it is one, escaped text otherwise. */
export function contactHtml(value: string, kind: 'email' | 'url' | 'either'): string {
  const href = (kind !== 'url' && emailHref(value)) || (kind !== 'email' && urlHref(value)) || undefined;
  return href ? link(href, escapeHtml(value.trim())) : escapeHtml(value);
}

/** Multi-line author text (addresses) keeps its line breaks. */
export function multiline(value: string): string {
  return escapeHtml(value.trim()).replace(/\r?\n/g, '<br>');
}

/** ` data-line="n"` for scroll sync, or nothing when the source position is unknown. */
export function lineAttr(line: number | undefined): string {
  return line === undefined ? '' : ` data-line="${line}"`;
}

/** Upper-cases the first letter of generated text (never applied to author text). */
export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
