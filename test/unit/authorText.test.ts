// The notice says what the author wrote (docs/language.md, "Output language"): every free-text note of every example
// reaches its notice, whichever law words the section it belongs to (a Swiss notice words the rights itself).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { renderNotice } from '../../server/src/render';
import { analyzeText } from '../../server/src/core/analysis';
import { textOf } from '../support/html';

const EXAMPLES = resolve(__dirname, '../../examples');

/** Every `notes` text of a parsed policy, wherever it stands. */
function notesOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => notesOf(v, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === 'notes' && typeof v === 'string') out.push(v);
      else notesOf(v, out);
    }
  return out;
}

/** The words of a note as a reader sees them: up to its first Markdown mark, whitespace collapsed. */
const plainStart = (note: string) =>
  note
    .split(/[*_`[\]#<>]/)[0]
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);

describe('the author’s notes and audience descriptions reach the notice', () => {
  for (const file of readdirSync(EXAMPLES).filter((f) => f.endsWith('.privacy.yaml'))) {
    it(file, () => {
      const text = readFileSync(join(EXAMPLES, file), 'utf8');
      const notes = notesOf(parse(text))
        .map(plainStart)
        .filter((n) => n.length > 10);
      const seen = textOf(renderNotice(analyzeText(text), { mode: 'standalone' }).body).replace(/\s+/g, ' ');
      for (const note of notes) assert.ok(seen.includes(note), `"${note}" is missing from the notice of ${file}`);
    });
  }
});
