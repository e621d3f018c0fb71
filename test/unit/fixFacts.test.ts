// A quick fix never states a fact on the author's behalf (docs/language.md, "Placeholders"; docs/rules/README.md):
// every code action of every rule, over the examples, the fixtures, the real-notice set and a generated corpus of
// broken policies, is walked. A preferred fix may only correct a typo, remove, restructure, or insert what the
// document already says; a fix titled as the author's choice is never preferred.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { distance } from 'fastest-levenshtein';
import { analyzeText } from '../../server/src/core/analysis';
import { findPlaceholders } from '../../server/src/core/placeholders';
import { validate } from '../../server/src/rules/check';
import { fixesFor } from '../../server/src/service/codeActions';
import type { QuickFix } from '../../server/src/core/rule';
import { POLICY_SCHEMA, RETENTION_KEYS, type ValueSchema } from '../../server/src/schema/policySchema';

const ROOT = resolve(__dirname, '../..');
const read = (dir: string) =>
  readdirSync(resolve(ROOT, dir))
    .filter((f) => f.endsWith('.privacy.yaml'))
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(resolve(ROOT, dir, f), 'utf8') }));

const FILES = [...read('examples'), ...read('test/fixtures'), ...read('test/fixtures/real')];

/** Broken variants of each file: every 7th line dropped in turn, a letter dropped from every 11th line's first word. */
function generated(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const { name, text } of FILES) {
    const lines = text.split('\n');
    for (let i = 3; i < lines.length; i += 7)
      out.push({ name: `${name} without line ${i + 1}`, text: lines.filter((_, j) => j !== i).join('\n') });
    for (let i = 5; i < lines.length; i += 11) {
      const broken = [...lines];
      broken[i] = broken[i].replace(/([a-z]{4,})/, (w) => w.slice(0, 1) + w.slice(2));
      out.push({ name: `${name} with a typo on line ${i + 1}`, text: broken.join('\n') });
    }
  }
  return out;
}

/** Every key the language knows: a fix may write keys. */
const KEYS = new Set<string>(Object.keys(RETENTION_KEYS));
const seen = new Set<ValueSchema>();
(function collect(schema: ValueSchema) {
  if (seen.has(schema)) return;
  seen.add(schema);
  if (schema.type === 'object')
    for (const [k, f] of Object.entries(schema.fields)) {
      KEYS.add(k);
      collect(f.value);
    }
  else if (schema.type === 'definitions') collect(schema.entry);
  else if (schema.type === 'list' || schema.type === 'oneOrList') collect(schema.item);
  else if (schema.type === 'noneOr') {
    collect(schema.other);
    if (schema.map) collect(schema.map);
  } else if (schema.type === 'keyed') collect(schema.entry);
  else if (schema.type === 'either') {
    collect(schema.scalar);
    collect(schema.object);
  }
})(POLICY_SCHEMA);

/**
 * The words a fix writes that the document does not hold, and that are neither keys nor placeholders. Stricter than
 * "from the document or a catalogue": a fix that inserts catalogue facts (an authority, a cookie, a country) changes
 * something of substance, so it is never preferred either (docs/rules/README.md).
 */
function inventedWords(text: string, fix: QuickFix): string[] {
  const doc = text.toLowerCase();
  const invented: string[] = [];
  for (const edit of fix.edits) {
    const removed = text.slice(edit.span.start, edit.span.end);
    // A typo corrected to the nearest known key or value: the replacement is close to what it replaces.
    if (
      removed &&
      edit.newText &&
      distance(removed.toLowerCase(), edit.newText.toLowerCase()) <= Math.max(2, Math.floor(edit.newText.length / 3))
    )
      continue;
    let written = edit.newText;
    for (const p of findPlaceholders(written).reverse()) written = written.slice(0, p.start) + written.slice(p.end);
    written = written.replace(/#.*$/gm, '');
    for (const word of written.split(/[\s,:[\]{}"']+/)) {
      const w = word.replace(/^-+|[-.]+$/g, '');
      if (w.length < 2 || KEYS.has(w) || doc.includes(w.toLowerCase())) continue;
      invented.push(w);
    }
  }
  return invented;
}

/** Fix titles that state the author's choice (docs/rules/README.md): never preferred. */
const CHOICE_TITLE =
  /^(?:I rely on|The recipient is|The recipient processes|Providing the data is|Exception \(|Add a transfer for .* — |We (?:make|have not|answer)|This transfer covers|The person provides|This data is collected)/;

function walk(files: { name: string; text: string }[]): { fixes: number; problems: string[] } {
  const problems: string[] = [];
  let fixes = 0;
  for (const { name, text } of files) {
    const analysis = analyzeText(text);
    for (const problem of validate(analysis)) {
      const offered = fixesFor(analysis, problem);
      for (const fix of offered) {
        fixes++;
        const where = `${name}: ${problem.rule} — "${fix.title}"`;
        if (CHOICE_TITLE.test(fix.title) && fix.isPreferred) problems.push(`${where} is a choice but preferred`);
        if (!fix.isPreferred) continue;
        if (offered.filter((f) => f.isPreferred).length > 1) problems.push(`${where}: two preferred fixes`);
        const invented = inventedWords(text, fix);
        if (invented.length) problems.push(`${where} is preferred and writes ${JSON.stringify(invented)}`);
      }
    }
  }
  return { fixes, problems };
}

describe('quick fixes never state a fact for the author', () => {
  it('over the examples, the fixtures and the real notices', () => {
    const { fixes, problems } = walk(FILES);
    assert.ok(fixes > 200, `only ${fixes} fixes walked`);
    assert.deepEqual(problems, []);
  });

  it('over a generated corpus of broken policies', () => {
    const corpus = generated();
    assert.ok(corpus.length > 300, `only ${corpus.length} generated policies`);
    const { fixes, problems } = walk(corpus);
    assert.ok(fixes > 2000, `only ${fixes} fixes walked`);
    assert.deepEqual(problems.slice(0, 20), []);
  });

  it('the check itself catches an invented value in a preferred fix', () => {
    const text = 'purposes:\n  p:\n    title: P\n';
    const invented: QuickFix = {
      title: "Add 'retention'",
      isPreferred: true,
      edits: [{ span: { start: text.length, end: text.length }, newText: '    retention: 12 months\n' }],
    };
    assert.deepEqual(inventedWords(text, invented), ['12', 'months']);
    const placeholder: QuickFix = {
      ...invented,
      edits: [{ ...invented.edits[0], newText: '    retention: <how long>\n' }],
    };
    assert.deepEqual(inventedWords(text, placeholder), []);
  });
});
