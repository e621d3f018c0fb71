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
import { validate } from '../../server/src/service/validation';
import { applyEdit, stepArb, type Edit } from './arbitraries';

const root = resolve(__dirname, '../..');
export const SEEDS = readdirSync(resolve(root, 'examples')).map((f) => readFileSync(resolve(root, 'examples', f), 'utf8'));

function assertRange(doc: TextDocument, range: Range, what: string): void {
  const lines = doc.lineCount;
  for (const p of [range.start, range.end]) {
    if (p.line < 0 || p.line >= lines || p.character < 0) throw new Error(`${what}: range ${JSON.stringify(range)} outside a ${lines}-line document`);
    const lineText = doc.getText({ start: { line: p.line, character: 0 }, end: { line: p.line + 1, character: 0 } }).replace(/\r?\n$/, '');
    if (p.character > lineText.length) throw new Error(`${what}: character ${p.character} past the end of line ${p.line} (${lineText.length})`);
  }
}

export function fuzzInProcess(options: { numRuns: number; seed?: number; steps?: number }) {
  let sequences = 0;
  const started = performance.now();
  fc.assert(
    fc.property(fc.integer({ min: 0, max: SEEDS.length - 1 }), fc.array(stepArb, { minLength: 1, maxLength: options.steps ?? 12 }), (seedIndex, steps) => {
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
            for (const item of list.items) if (item.textEdit && 'range' in item.textEdit) assertRange(doc, item.textEdit.range, 'completion');
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
              service.prepareRename(doc, position);
              const edit = service.rename(doc, position, 'renamed-id');
              for (const e of edit.changes?.[doc.uri] ?? []) assertRange(doc, e.range, 'rename');
            } catch (error) {
              if (!(error instanceof RenameError)) throw error;
            }
            break;
          case 'codeActions': {
            const diagnostics = service.diagnostics(doc);
            const actions = service.codeActions(doc, { start: { line: 0, character: 0 }, end: { line: doc.lineCount, character: 0 } }, { diagnostics });
            for (const a of actions) {
              const edits = (a.edit?.changes?.[doc.uri] ?? []);
              for (const e of edits) assertRange(doc, e.range, `fix "${a.title}"`);
              TextDocument.applyEdits(doc, edits);
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
            for (const f of service.folding(doc)) if (f.startLine < 0 || f.endLine >= doc.lineCount || f.endLine < f.startLine) throw new Error(`folding ${JSON.stringify(f)}`);
            break;
          case 'render': {
            const analysis = service.analyze(doc);
            const html = renderNotice(analysis, { mode: 'preview', problems: validate(analysis) }).html;
            if (/<script/i.test(html)) throw new Error('the rendered notice contains a script tag');
            break;
          }
        }
      }
    }),
    { numRuns: options.numRuns, seed: options.seed, verbose: 1 },
  );
  return { sequences, ms: performance.now() - started };
}
