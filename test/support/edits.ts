import type { TextEdit } from '../../server/src/core/rule';

/** Applies offset-based edits (as quick fixes produce them) to a text, last first. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  return [...edits]
    .sort((a, b) => b.span.start - a.span.start)
    .reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
}
