// Fuzzes the pure language service: random edits to the examples interleaved with every kind of request at
// random positions. Properties: no request throws (a refused rename excepted), every range lies inside the
// document, and every code action's edit applies to the document it was computed for.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import { renderNotice } from '../../server/src/render';
import { createLanguageService, RenameError } from '../../server/src/service/languageService';
import { ID_PATTERN } from '../../server/src/schema/policySchema';
import { analyzeText } from '../../server/src/core/analysis';
import { validate } from '../../server/src/rules/check';
import { applyEdit, stepArb, type Edit } from './arbitraries';

const root = resolve(__dirname, '../..');
export const SEEDS = readdirSync(resolve(root, 'examples')).map((f) =>
  readFileSync(resolve(root, 'examples', f), 'utf8'),
);

function assertRange(doc: TextDocument, range: Range, what: string): void {
  const lines = doc.lineCount;
  for (const p of [range.start, range.end]) {
    if (p.line < 0 || p.line >= lines || p.character < 0)
      throw new Error(`${what}: range ${JSON.stringify(range)} outside a ${lines}-line document`);
    const lineText = doc
      .getText({ start: { line: p.line, character: 0 }, end: { line: p.line + 1, character: 0 } })
      .replace(/\r?\n$/, '');
    if (p.character > lineText.length)
      throw new Error(`${what}: character ${p.character} past the end of line ${p.line} (${lineText.length})`);
  }
}

export function fuzzInProcess(options: { numRuns: number; seed?: number; steps?: number }) {
  let sequences = 0;
  const started = performance.now();
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: SEEDS.length - 1 }),
      fc.array(stepArb, { minLength: 1, maxLength: options.steps ?? 12 }),
      (seedIndex, steps) => {
        sequences++;
        const service = createLanguageService();
        let text = SEEDS[seedIndex];
        let version = 1;
        let doc = TextDocument.create('file:///fuzz.privacy.yaml', 'privacy-policy', version, text);
        for (const step of steps) {
          if ('edit' in step) {
            text = applyEdit(text, step.edit as Edit & { at: number });
            doc = TextDocument.create(doc.uri, 'privacy-policy', ++version, text);
            continue;
          }
          const position = doc.positionAt(Math.floor(step.request.at * text.length));
          switch (step.request.kind) {
            case 'diagnostics':
              for (const d of service.diagnostics(doc)) assertRange(doc, d.range, `diagnostic ${d.code}`);
              break;
            case 'completion': {
              const list = service.completion(doc, position);
              for (const item of list.items) {
                if (!item.textEdit || !('range' in item.textEdit)) continue;
                const r = item.textEdit.range;
                assertRange(doc, r, 'completion');
                // A completion edit replaces the word before the cursor: one line, ending at the cursor.
                const cursor = doc.positionAt(doc.offsetAt(position));
                if (
                  r.start.line !== cursor.line ||
                  r.end.line !== cursor.line ||
                  r.start.character > cursor.character ||
                  r.end.character !== cursor.character
                ) {
                  throw new Error(
                    `completion "${item.label}" edits ${JSON.stringify(r)}, not the word before the cursor ${JSON.stringify(cursor)}`,
                  );
                }
              }
              break;
            }
            case 'hover': {
              const h = service.hover(doc, position);
              if (h?.range) assertRange(doc, h.range, 'hover');
              break;
            }
            case 'definition': {
              const l = service.definition(doc, position);
              if (l) assertRange(doc, l.range, 'definition');
              break;
            }
            case 'references':
              for (const l of service.references(doc, position, true)) assertRange(doc, l.range, 'references');
              break;
            case 'highlights':
              for (const h of service.highlights(doc, position)) assertRange(doc, h.range, 'highlight');
              break;
            case 'rename':
              try {
                const prepared = service.prepareRename(doc, position);
                const edit = service.rename(doc, position, 'renamed-id');
                const edits = edit.changes?.[doc.uri] ?? [];
                for (const e of edits) assertRange(doc, e.range, 'rename');
                // A rename of a valid id defined once changes no diagnostic but the id in messages.
                const id = prepared?.placeholder ?? '';
                const analysis = service.analyze(doc);
                const definedOnce = [analysis.model.data, analysis.model.recipients, analysis.model.purposes].some(
                  (defs) => defs.filter((d) => d.id === id).length === 1,
                );
                if (ID_PATTERN.test(id) && definedOnce && !text.includes('renamed-id')) {
                  const codes = (d: TextDocument) =>
                    service
                      .diagnostics(d)
                      .map((x) => String(x.code))
                      .sort()
                      .join(',');
                  const renamed = TextDocument.create(
                    `${doc.uri}.renamed`,
                    'privacy-policy',
                    version,
                    TextDocument.applyEdits(doc, edits),
                  );
                  if (codes(renamed) !== codes(doc))
                    throw new Error(`renaming '${id}' changed the diagnostics:\n${codes(doc)}\n${codes(renamed)}`);
                }
              } catch (error) {
                if (!(error instanceof RenameError)) throw error;
              }
              break;
            case 'codeActions': {
              const diagnostics = service.diagnostics(doc);
              const actions = service.codeActions(
                doc,
                { start: { line: 0, character: 0 }, end: { line: doc.lineCount, character: 0 } },
                { diagnostics },
              );
              const before = validate(service.analyze(doc));
              const parsed = !before.some((p) => p.rule === 'yaml-syntax');
              const duplicates = before.filter((p) => p.rule === 'duplicate-key').length;
              // Every action's edits lie in the document; a few (the fix-all among them) are applied and re-checked.
              const checked = new Set([actions.length - 1, Math.floor(step.request.at * actions.length)]);
              for (const [i, a] of actions.entries()) {
                const edits = a.edit?.changes?.[doc.uri] ?? [];
                for (const e of edits) assertRange(doc, e.range, `fix "${a.title}"`);
                if (!checked.has(i)) continue;
                const fixed = TextDocument.applyEdits(doc, edits);
                // A fix keeps a parsing document parsing and adds no duplicate key.
                const after = validate(analyzeText(fixed));
                if (parsed && after.some((p) => p.rule === 'yaml-syntax'))
                  throw new Error(`fix "${a.title}" broke the YAML:\n${fixed}`);
                if (after.filter((p) => p.rule === 'duplicate-key').length > duplicates)
                  throw new Error(`fix "${a.title}" added a duplicate key:\n${fixed}`);
              }
              break;
            }
            case 'symbols': {
              const walk = (symbols: ReturnType<typeof service.symbols>) => {
                for (const s of symbols) {
                  assertRange(doc, s.range, 'symbol');
                  assertRange(doc, s.selectionRange, 'symbol selection');
                  walk(s.children ?? []);
                }
              };
              walk(service.symbols(doc));
              break;
            }
            case 'folding':
              for (const f of service.folding(doc))
                if (f.startLine < 0 || f.endLine >= doc.lineCount || f.endLine < f.startLine)
                  throw new Error(`folding ${JSON.stringify(f)}`);
              break;
            case 'render': {
              const analysis = service.analyze(doc);
              const html = renderNotice(analysis, { mode: 'preview', problems: validate(analysis) }).html;
              if (/<script/i.test(html)) throw new Error('the rendered notice contains a script tag');
              break;
            }
          }
        }
      },
    ),
    { numRuns: options.numRuns, seed: options.seed, verbose: 1 },
  );
  return { sequences, ms: performance.now() - started };
}
