// The piecewise parse (parser/incremental.ts) against the whole parse: node for node, problem for problem, on the
// example notices and on random edit sequences, and how many pieces an edit re-parses.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseIncrementally, PieceCache } from '../../server/src/parser/incremental';
import { MAX_TOP_LEVEL_PIECES } from '../../server/src/parser/sections';
import { parseYamlTree, type YamlTree } from '../../server/src/parser/yamlTree';
import { analyzeText } from '../../server/src/core/analysis';
import { validate } from '../../server/src/rules/check';
import { generatePolicy } from '../../bench/generatePolicy';

const root = resolve(__dirname, '../..');
const VALID = readFileSync(resolve(root, 'test/fixtures/valid.privacy.yaml'), 'utf8');
const EXAMPLES = readdirSync(resolve(root, 'examples'))
  .filter((f) => f.endsWith('.privacy.yaml'))
  .map((f) => readFileSync(resolve(root, 'examples', f), 'utf8'));

/** What the rest of the service reads of a tree. */
const view = (tree: YamlTree) => ({
  root: tree.root,
  problems: tree.problems,
  duplicates: tree.duplicates,
  lines: tree.lineCounter.lineStarts,
  overLimit: tree.overLimit,
});

function assertSameAsWhole(text: string, cache: PieceCache): void {
  assert.deepStrictEqual(
    view(parseIncrementally(text, cache)),
    view(parseYamlTree(text)),
    `differs from the whole parse on:\n${text}`,
  );
}

describe('parsing in pieces gives the whole parse’s tree', () => {
  it('on the five example notices, the test policy and a generated 1,700-line policy, in pieces', () => {
    for (const text of [...EXAMPLES, VALID, generatePolicy(2000)]) {
      const cache = new PieceCache();
      assertSameAsWhole(text, cache);
      assert.equal(cache.last.whole, false, 'parsed in pieces');
      assert.ok(cache.last.parsed > 10);
    }
  });

  it('re-parses only the piece an edit is in: one purpose of 242 pieces', () => {
    const text = generatePolicy(2000);
    const cache = new PieceCache();
    parseIncrementally(text, cache);
    assertSameAsWhole(text.replace('Purpose number 7 ', 'Purpose number seven '), cache);
    assert.deepEqual(cache.last, { parsed: 1, reused: 241, whole: false });
  });

  it(
    'parses whole, and still right, when a piece has a syntax error, an alias, a directive or a top-level ' + 'list',
    () => {
      const cases = [
        VALID.replace('title: Privacy notice of Example Shop', 'title: "Privacy notice of Example Shop'),
        VALID.replace('policy:\n', 'policy: &p\n') + 'copy: *p\n',
        `%YAML 1.2\n---\n${VALID}`,
        `- ${VALID.split('\n').join('\n  ')}`,
        `x: [a,\n${VALID}`,
      ];
      for (const text of cases) {
        const cache = new PieceCache();
        assertSameAsWhole(text, cache);
        assert.equal(cache.last.whole, true, text.slice(0, 60));
      }
    },
  );

  it('where a comment after an entry’s last value moves the end of its nodes (found by the property tests)', () => {
    const cases = [
      // An empty value with a comment on its line, then the next entry (the map ends after the next key's indent).
      VALID.replace(
        '    consequence: We cannot deliver your order without your address.\n',
        '    consequence: # to do\n',
      ),
      // Comment lines between two entries, at the entries' indentation and deeper.
      VALID.replace('  service-quality:\n', '  # next\n  service-quality:\n'),
      VALID.replace('  service-quality:\n', '      # deeper\n  service-quality:\n'),
      // An empty block scalar, then a blank line of spaces, then the next entry.
      VALID.replace('  service-quality:\n', '  extra:\n    description: |\n\n  \n  service-quality:\n'),
      // The last section ends with a comment line at its entries' indentation, at the end of the document.
      `${VALID.trimEnd()}\nrights2:\n  a: 1\n  b:\n    c: 2\n  # end\n`,
    ];
    for (const text of cases) {
      assert.notEqual(text, VALID);
      assertSameAsWhole(text, new PieceCache());
    }
  });

  it('parses whole a document of thousands of top-level keys (pasted data), where pieces would cost more', () => {
    const text = Array.from({ length: MAX_TOP_LEVEL_PIECES + 1 }, (_, i) => `k${i}: v\n`).join('');
    const cache = new PieceCache();
    assertSameAsWhole(text, cache);
    assert.equal(cache.last.whole, true);
  });

  // Fragments an author types (most edits), and fragments that break or reshape the YAML: indentation, keys, list
  // dashes, quotes, brackets, comments, anchors, aliases, tags, block scalars, document markers, tabs, CRLF.
  const typed = fc.constantFrom(
    'x',
    ' ',
    'word ',
    '\n  note: text',
    '\n    description: More text.',
    '\n# comment',
    '\n  # comment',
    '\n    # comment',
    ' # comment',
    '\n  new-entry:\n    label: New',
    'é',
    '\n',
    '\n\n',
    ': |\n',
    ': >-\n',
    '\n  \n',
    '\n      more',
    '\n  - item',
  );
  const hostile = fc.constantFrom(
    '\n',
    '\n  ',
    '\n    ',
    '  ',
    'key: ',
    'purposes:\n',
    '  p:\n',
    '- ',
    ': ',
    '"',
    "'",
    '[',
    ']',
    '{',
    '}',
    ',',
    '# c',
    '&a ',
    '*a',
    '!t ',
    '|\n',
    '? ',
    '---\n',
    '\t',
    '\r\n',
    'data:\n  d:\n    label: D\n',
  );
  const fragment = fc.oneof({ weight: 4, arbitrary: typed }, { weight: 1, arbitrary: hostile });
  const edit = fc.record({
    at: fc.nat(),
    remove: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat({ max: 12 }) }),
    insert: fc.array(fragment, { maxLength: 4 }).map((parts) => parts.join('')),
  });
  const applyEdit = (text: string, e: { at: number; remove: number; insert: string }) => {
    const at = e.at % (text.length + 1);
    return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
  };

  const paths = { pieces: 0, whole: 0 };
  it('after every edit of random edit sequences (property, 100 sequences of up to 8 edits)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(VALID, ...EXAMPLES),
        fc.array(edit, { minLength: 1, maxLength: 8 }),
        (start, edits) => {
          const cache = new PieceCache();
          let text = start;
          parseIncrementally(text, cache);
          for (const e of edits) {
            text = applyEdit(text, e);
            assertSameAsWhole(text, cache);
            paths[cache.last.whole ? 'whole' : 'pieces']++;
          }
        },
      ),
      { numRuns: 100, seed: 20261201 },
    );
  });

  it('on one-edit variants of a notice parsed one after the other with one cache (property, 100 × up to 8)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(VALID, ...EXAMPLES),
        fc.array(edit, { minLength: 1, maxLength: 8 }),
        (start, edits) => {
          const cache = new PieceCache();
          parseIncrementally(start, cache);
          for (const e of edits) {
            assertSameAsWhole(applyEdit(start, e), cache);
            paths[cache.last.whole ? 'whole' : 'pieces']++;
          }
        },
      ),
      { numRuns: 100, seed: 1201 },
    );
    // The comparisons mean something only if a good share of the edits, a quarter or more, took the piecewise path (the
    // others break the YAML).
    assert.ok(
      4 * paths.pieces > paths.whole + paths.pieces,
      `parsed in pieces ${paths.pieces} times, whole ${paths.whole}`,
    );
  });

  it('the problems after an edit sequence are those of the command line, which parses whole', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const pieces = new PieceCache();
        let text = VALID;
        analyzeText(text, pieces);
        for (const e of edits) text = applyEdit(text, e);
        assert.deepStrictEqual(validate(analyzeText(text, pieces)), validate(analyzeText(text)));
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});
