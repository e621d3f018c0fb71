// Placeholders (docs/language.md, "Placeholders"): where a quick fix must insert what only the author knows — a
// period, an event, where a copy of a safeguard is found — it writes `<…>` naming what is needed, in the notice's
// language (`period: <how long>`). Rule `unfilled-placeholder` reports each one until it is replaced, and the notice
// shows it as a missing-information marker.

/** A placeholder: angle brackets around a short description on one line, nothing nested. */
export const PLACEHOLDER = /<([^<>\n]{1,120})>/g;

/** The placeholders in a text, with their offsets in it plus `base`. */
export function findPlaceholders(text: string, base = 0): { start: number; end: number; label: string }[] {
  const found: { start: number; end: number; label: string }[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    // "<https://…>" is an autolink in markdown, "<b>" a tag the renderer escapes: neither is a placeholder.
    if (/^(?:https?:|mailto:|\/?[a-z][a-z0-9]*$)/i.test(m[1])) continue;
    found.push({ start: base + m.index, end: base + m.index + m[0].length, label: m[1].trim() });
  }
  return found;
}

/** A placeholder for one value, as a quick fix inserts it. */
export const placeholder = (what: string): string => `<${what}>`;
