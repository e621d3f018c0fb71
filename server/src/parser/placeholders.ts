// The placeholder convention's syntax (docs/language.md, "Placeholders"): `<…>` naming what the author must write.
// Here, below the schema check, so that a value that is only a placeholder is reported as a gap (rule
// `unfilled-placeholder`) and not also as an invalid date, e-mail or duration. core/placeholders.ts builds on it.

/** A placeholder: angle brackets around a short description on one line, nothing nested. */
export const PLACEHOLDER = /<([^<>\n]{1,120})>/g;

/**
 * "<https://…>" and "<privacy@example.com>" are autolinks in markdown, "<b>" and '<a href="…">' tags the renderer
 * escapes: none is a placeholder. (A placeholder never holds `=`, `@` or a scheme.)
 */
const NOT_A_PLACEHOLDER = /^(?:[a-z][a-z0-9+.-]*:|[^\s@]+@[^\s@]+$|\/?[a-z][a-z0-9]*$|[a-z][a-z0-9]*\s[^=]*=)/i;

/** The placeholders in a text, with their offsets in it plus `base`. */
export function findPlaceholders(text: string, base = 0): { start: number; end: number; label: string }[] {
  const found: { start: number; end: number; label: string }[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (NOT_A_PLACEHOLDER.test(m[1])) continue;
    found.push({ start: base + m.index, end: base + m.index + m[0].length, label: m[1].trim() });
  }
  return found;
}

/** True when a value is one placeholder and nothing else (`<how long>`): a gap, not a value to check. */
export function isPlaceholder(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const trimmed = value.trim();
  const found = findPlaceholders(trimmed);
  return found.length === 1 && found[0].start === 0 && found[0].end === trimmed.length;
}
