// Robustness round 2 (issue #18), in process: nesting bounded on the text, capped problem lists, quick fixes that
// fix their own problem without duplicate keys, rename on a duplicated id, DPV export, outline names, and errors
// that are reported instead of swallowed.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, DocumentSymbol } from 'vscode-languageserver-types';
import { toDpv } from '../../server/src/export/dpv';
import { MAX_DOCUMENT_SIZE } from '../../server/src/parser/limits';
import { boundNesting } from '../../server/src/parser/nesting';
import { countYamlTokens } from '../../server/src/parser/yamlTokens';
import { MAX_DEPTH } from '../../server/src/parser/yamlTree';
import { renderNotice } from '../../server/src/render';
import { RULES_BY_ID } from '../../server/src/rules';
import { analyzeText } from '../../server/src/core/analysis';
import { fixAllEdits, fixesFor } from '../../server/src/service/codeActions';
import { createLanguageService, diagnosticMessage } from '../../server/src/service/languageService';
import { MAX_LISTED_PER_DOCUMENT, MAX_LISTED_PER_RULE, validate } from '../../server/src/rules/check';
import { applyEdits } from '../support/edits';
import { fastestOf } from '../support/timing';

const root = resolve(__dirname, '../..');
const VALID = readFileSync(resolve(root, 'test/fixtures/valid.privacy.yaml'), 'utf8');
let documents = 0;
/** A new document each time: the language service caches analyses by uri and version. */
const doc = (text: string, uri = `file:///robust-${++documents}.privacy.yaml`) =>
  TextDocument.create(uri, 'privacy-policy', 1, text);
const everything = { start: { line: 0, character: 0 }, end: { line: 100_000, character: 0 } };

/** The nesting depth of the composed YAML, counted without recursion. */
function yamlDepth(text: string): number {
  let max = 0;
  const stack: [unknown, number][] = [[parseDocument(text, { uniqueKeys: false }).contents, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    max = Math.max(max, depth);
    const items = (node as { items?: unknown[] } | null)?.items;
    for (const item of items ?? []) {
      const pair = item as { key?: unknown; value?: unknown };
      if (pair && typeof pair === 'object' && 'value' in pair && 'key' in pair) stack.push([pair.value, depth + 1]);
      else stack.push([item, depth + 1]);
    }
  }
  return max;
}

describe('nesting is bounded on the text, before the parser recurses', () => {
  const deep: Record<string, string> = {
    'flow brackets': '['.repeat(3000) + ']'.repeat(3000),
    'flow mappings in a key': `extra: ${'{a: '.repeat(1500)}x${'}'.repeat(1500)}`,
    'compact sequences': `${'- '.repeat(1000)}x`,
    'compact explicit keys': `${'? '.repeat(1000)}x`,
    'indented keys': Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'),
    'sequences under keys at their own column': Array.from(
      { length: 300 },
      (_, i) => `${'  '.repeat(i)}k${i}:\n${'  '.repeat(i)}- `,
    ).join(''),
    'unclosed brackets after a document marker': `--- ${'['.repeat(5000)}`,
    'brackets after anchor and tag': `a: &x !!seq ${'[{'.repeat(2000)}`,
    'implicit pairs in flow': `${'[a: '.repeat(2000)}x`,
    'quoted key then bracket': `"a":${'['.repeat(3000)}`,
  };
  for (const [name, text] of Object.entries(deep)) {
    it(`${name}: blanked beyond ${MAX_DEPTH} levels, same length and line breaks, parsed shallow`, () => {
      const bounded = boundNesting(text, MAX_DEPTH);
      assert.notEqual(bounded.deepAt, undefined);
      assert.equal(bounded.text.length, text.length);
      assert.equal(bounded.text.replace(/[^\n]/g, ''), text.replace(/[^\n]/g, ''));
      assert.ok(yamlDepth(bounded.text) <= 2 * MAX_DEPTH + 2, `depth ${yamlDepth(bounded.text)}`);
      const problems = validate(analyzeText(text));
      const depth = problems.filter((p) => /nested more than/.test(p.message));
      assert.equal(depth.length, 1);
      assert.equal(depth[0].span.start, bounded.deepAt);
      assert.ok(!problems.some((p) => /call stack/i.test(p.message)), 'no stack overflow reaches the user');
    });
  }

  it('leaves real policies and shallow YAML untouched (brackets in text, quotes, block scalars, comments)', () => {
    const texts = [
      ...readdirSync(resolve(root, 'examples')).map((f) => readFileSync(resolve(root, 'examples', f), 'utf8')),
      VALID,
      `title: Terms ${'[draft] '.repeat(200)}\nnote: "${'['.repeat(200)}"\nbody: |\n${'  - - - - [[[[\n'.repeat(100)}# ` +
        `${'{'.repeat(300)}\n`,
      `a: '${'['.repeat(300)}'' and more'\nb: "\\" ${'{'.repeat(300)}"\n`,
    ];
    for (const text of texts) assert.deepEqual(boundNesting(text, MAX_DEPTH), { text });
  });

  it('ends on any text, keeps its length and line breaks, and never changes a shallow one (property)', () => {
    const yamlish = fc.string({ unit: fc.constantFrom(...'[]{}:-?#|>\'"\\ \n\r\tax&!*,.'), maxLength: 400 });
    fc.assert(
      fc.property(yamlish, (text) => {
        const bounded = boundNesting(text, 4);
        assert.equal(bounded.text.length, text.length);
        assert.equal(bounded.text.replace(/[^\r\n]/g, ''), text.replace(/[^\r\n]/g, ''));
        if (bounded.deepAt === undefined) assert.equal(bounded.text, text);
      }),
      { numRuns: 3000, seed: 18 },
    );
  });

  it('is linear: 8 times the brackets take far less than 64 times as long', () => {
    const time = (n: number) => {
      const text = '['.repeat(n) + ']'.repeat(n);
      return fastestOf(3, () => boundNesting(text, MAX_DEPTH));
    };
    time(50_000); // warm up
    const small = time(250_000);
    const large = time(2_000_000);
    assert.ok(large < 24 * small + 200, `0.5 MB: ${small.toFixed(0)} ms; 4 MB: ${large.toFixed(0)} ms`);
  });
});

describe('the token budget is counted on the text, before the parser runs', () => {
  it(
    'counts line breaks, flow, anchor, alias, tag, comment, directive and quote marks, and block indicators ' +
      'before a blank',
    () => {
      const cases: [string, number][] = [
        ['', 0],
        ['title: Privacy notice', 1],
        ['a: b\nc: d\n', 4],
        ['a: b\r\nc: d\r\n', 4],
        ['a: b\rc: d', 3],
        ['x: [a, b, {c: d}]', 8],
        ['- &a x\n- *a\n- !t y # note', 9],
        ['%YAML 1.2', 1],
        ["x: 'it''s' \"q\"", 7],
        ['? k\n: v', 3],
      ];
      for (const [text, tokens] of cases) assert.equal(countYamlTokens(text), tokens, JSON.stringify(text));
    },
  );

  it('does not count a dash, question mark or colon inside a word, a URL or a date', () => {
    assert.equal(countYamlTokens('url https://example.eu/a-b?c=d at 12:30 on 2026-12-01'), 0);
  });

  it('stops counting once over the budget asked for', () => {
    assert.equal(countYamlTokens(','.repeat(1_000_000), 10), 11);
  });

  it('is a cheap linear scan: the largest admitted text is counted far faster than it parses', () => {
    // A comparison on the same machine, not a wall-clock bound (the bench prints the figure).
    // A policy-like text (keys and lists), as big as admitted: one long plain scalar parses too fast to compare with.
    const text = `purposes:\n${'  - id: x\n    basis: consent\n'.repeat(MAX_DOCUMENT_SIZE / 34)}`;
    const count = fastestOf(3, () => countYamlTokens(text));
    const parse = fastestOf(3, () => parseDocument(text));
    assert.ok(count * 5 < parse, `counting took ${count.toFixed(1)} ms, parsing ${parse.toFixed(1)} ms`);
  });
});

describe('problem lists are capped per rule and per document, with one summary', () => {
  it(`'&a ' × 10,000 lists ${MAX_LISTED_PER_RULE} yaml-syntax diagnostics, the last saying how many more`, () => {
    const diagnostics = createLanguageService().diagnostics(doc('&a '.repeat(10_000) + 'x'));
    const syntax = diagnostics.filter((d) => d.code === 'yaml-syntax');
    assert.equal(syntax.length, MAX_LISTED_PER_RULE);
    const summary = syntax.find((d) => /more 'yaml-syntax' problems/.test(diagnosticMessage(d)));
    assert.match(
      summary ? diagnosticMessage(summary) : '',
      /^… and 9,900 more 'yaml-syntax' problems in this document/,
    );
    assert.equal(summary?.data, undefined, 'a summary has no quick fix');
  });

  it(`lists at most ${MAX_LISTED_PER_DOCUMENT} problems in all`, () => {
    const recipients = Array.from(
      { length: 400 },
      (_, i) => `  r${i}:\n    label: R\n    type: processor\n    country: US\n`,
    ).join('');
    const purposes = Array.from({ length: 400 }, (_, i) => `  p${i}:\n    title: P\n    data: [x${i}]\n`).join('');
    const diagnostics = createLanguageService().diagnostics(doc(`recipients:\n${recipients}purposes:\n${purposes}`));
    assert.equal(diagnostics.length, MAX_LISTED_PER_DOCUMENT);
    assert.match(diagnosticMessage(diagnostics.at(-1)!), /^… and [\d,]+ more problems in this document/);
  });
});

describe('quick fixes belong to their own diagnostic and never duplicate a key', () => {
  const service = createLanguageService();
  const fixTitles = (text: string, code: string) => {
    const d = doc(text);
    const diagnostics = service.diagnostics(d).filter((x) => x.code === code);
    return diagnostics.map((diagnostic) =>
      service.codeActions(d, diagnostic.range, { diagnostics: [diagnostic] }).map((a) => a.title),
    );
  };

  it('four missing sections on one range each offer their own insertion', () => {
    assert.deepEqual(fixTitles('\ntransfers:', 'missing-field'), [
      ["Add 'policy' with a placeholder to fill in"],
      ["Add 'controller' with a placeholder to fill in"],
      ["Add 'data' with a placeholder to fill in"],
      ["Add 'purposes' with a placeholder to fill in"],
    ]);
  });

  const applyAll = (text: string, rule: string) => {
    const analysis = analyzeText(text);
    const problem = validate(analysis).find((p) => p.rule === rule);
    assert.ok(problem, `${rule} expected`);
    return fixesFor(analysis, problem).map((fix) => ({ title: fix.title, fixed: applyEdits(text, fix.edits) }));
  };
  const noDuplicate = (fixed: string, title: string) =>
    assert.ok(
      !validate(analyzeText(fixed)).some((p) => p.rule === 'duplicate-key' || p.rule === 'yaml-syntax'),
      `${title} made:\n${fixed}`,
    );

  it('an empty legitimate_interest is filled in, not added a second time', () => {
    const text = VALID.replace(/    legitimate_interest: .*\n/, '    legitimate_interest:\n');
    const fixes = applyAll(text, 'missing-legitimate-interest');
    assert.equal(fixes.length, 1);
    noDuplicate(fixes[0].fixed, fixes[0].title);
    assert.match(fixes[0].fixed, /    legitimate_interest: <the specific legitimate interest we pursue>\n/);
  });

  it('a provision written as a list is not given a second provision', () => {
    const text = VALID.replace('provision: voluntary', 'provision: [voluntary]');
    for (const f of applyAll(text, 'missing-provision')) noDuplicate(f.fixed, f.title);
  });

  it('"Define data category" fills an empty data section instead of appending a second one', () => {
    const text = VALID.replace(/^data:\n(?: {2}.*\n)+/m, 'data:\n');
    const analysis = analyzeText(text);
    const problem = validate(analysis).find(
      (p) => p.rule === 'unknown-reference' && analysis.text.slice(p.span.start, p.span.end) === 'contact-details',
    )!;
    const define = fixesFor(analysis, problem).find((f) => f.title.startsWith('Define'));
    assert.ok(define);
    const fixed = applyEdits(text, define.edits);
    noDuplicate(fixed, define.title);
    assert.match(fixed, /^data:\n {2}contact-details:\n {4}label: Contact details\n/m);
  });

  it('unknown-key never suggests a key the mapping has, and Fix all renames no two keys alike', () => {
    assert.deepEqual(fixTitles('policy:\n  title: a\n  titel: b\n', 'unknown-key'), [[]]);
    const text = 'ghts:\nlghts:\n';
    const analysis = analyzeText(text);
    const { edits } = fixAllEdits(analysis, validate(analysis));
    assert.equal(edits.length, 1);
    noDuplicate(applyEdits(text, edits), 'Fix all');
  });

  it(
    'Fix all over 8,000 uncovered US recipients is linear: 8 times the recipients take far less than ' +
      '64 times as long',
    () => {
      const fixAllTime = (count: number) => {
        const recipients = Array.from(
          { length: count },
          (_, i) => `  r${i}:\n    label: R\n    type: processor\n    country: US\n`,
        ).join('');
        const d = doc(
          VALID.replace('recipients:\n', `recipients:\n${recipients}`).replace(/transfers:\n(?:[ -].*\n)+/, ''),
        );
        service.diagnostics(d);
        return fastestOf(3, () => service.codeActions(d, everything, { diagnostics: [], only: ['source.fixAll'] }));
      };
      fixAllTime(200); // warm up
      const small = fixAllTime(1000);
      const large = fixAllTime(8000);
      assert.ok(large < 24 * small + 300, `1,000 recipients: ${small.toFixed(0)} ms; 8,000: ${large.toFixed(0)} ms`);
    },
  );

  it('a fix that throws is logged and not offered; the other fixes still are', () => {
    const rule = RULES_BY_ID.get('missing-authority')! as { fixes?: unknown };
    const original = rule.fixes;
    const logged: string[] = [];
    rule.fixes = () => {
      throw new Error('broken fix');
    };
    try {
      const logging = createLanguageService({ log: (m) => logged.push(m) });
      const d = doc(
        VALID.replace(/^authority:\n(?: {2}.*\n)+/m, '').replace('    basis: contract\n', ''),
        'file:///robust.privacy.yaml',
      );
      const diagnostics = logging.diagnostics(d);
      const actions: CodeAction[] = logging.codeActions(d, everything, { diagnostics });
      assert.ok(actions.length > 0);
      assert.ok(!actions.some((a) => /authority/i.test(a.title)));
      assert.match(
        logged.join('\n'),
        /quick fixes for 'missing-authority' on file:\/\/\/robust\.privacy\.yaml could not be computed: Error: broken fix/,
      );
    } finally {
      rule.fixes = original;
    }
  });
});

describe('navigation, export and outline on odd input', () => {
  const service = createLanguageService();

  it('rename on the second of two equal ids edits that key, as prepareRename says', () => {
    const text = VALID.replace('  service-quality:\n', '  orders:\n');
    const d = doc(text);
    const second = text.indexOf('  orders:', text.indexOf('  orders:') + 1) + 2;
    const position = d.positionAt(second + 1);
    const prepared = service.prepareRename(d, position)!;
    assert.equal(d.offsetAt(prepared.range.start), second);
    const edits = service.rename(d, position, 'renamed').changes?.[d.uri] ?? [];
    const keyEdits = edits.filter(
      (e) =>
        d.getText(e.range) === 'orders' &&
        /^\s*$/.test(d.getText({ start: { line: e.range.start.line, character: 0 }, end: e.range.start })),
    );
    assert.deepEqual(
      keyEdits.map((e) => d.offsetAt(e.range.start)),
      [second],
    );
  });

  it('DPV export takes an id with a lone surrogate', () => {
    const analysis = analyzeText(VALID.replace('  order-history:\n', '  "order-\\udfff":\n'));
    const graph = JSON.stringify(toDpv(analysis));
    assert.match(graph, /order-%EF%BF%BD/);
  });

  it('no document symbol has an empty or whitespace-only name', () => {
    const walk = (symbols: DocumentSymbol[]): string[] => symbols.flatMap((s) => [s.name, ...walk(s.children ?? [])]);
    for (const text of [
      ': ""|\n\n',
      '" ":\n  x: 1\n',
      'purposes:\n  a:\n    title: "  "\n',
      'cookies:\n  - name: "\\t"\n',
    ]) {
      for (const name of walk(service.symbols(doc(text))))
        assert.ok(name.trim().length > 0 && !/\n/.test(name), JSON.stringify(name));
    }
  });
});

describe('a render failure is reported, not swallowed', () => {
  it('renderNotice returns the error with the page that says so', () => {
    const notice = renderNotice(analyzeText(VALID), {
      mode: 'standalone',
      beforeRender: () => {
        throw new Error('injected fault in Render notice');
      },
    });
    assert.match(notice.error?.message ?? '', /injected fault in Render notice/);
    assert.match(notice.body, /could not be displayed/);
    assert.equal(renderNotice(analyzeText(VALID), { mode: 'standalone' }).error, undefined);
  });
});
