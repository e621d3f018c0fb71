// Counts the YAML tokens of a text BEFORE the `yaml` package parses it. That parser costs about 5–10 µs per token
// (lexing, the concrete syntax tree, composing nodes, then our model and rules on each node), whatever the bytes:
// a 64 KB line of commas is 64,000 tokens and took 1.4 s, while 1 MB of prose is a handful of tokens. So a size
// limit alone cannot keep every request under a second; a budget of tokens can, and it is checked by this one
// linear scan, without regular expressions, in about a millisecond per megabyte.
//
// What counts is an upper estimate of the parser's tokens: every line break, flow indicator (`[ ] { } ,`),
// anchor, alias, tag, comment and directive mark (`& * ! # %`), quote (`' "`, each opens or closes a scalar), and
// block indicator (`- ? :` followed by a space, a tab or a line break). Marks inside quoted strings or prose count
// too: a notice's prose has a few hundred commas and apostrophes, far below any budget that matters.

const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

/** Per ASCII code: 1 = always a token where it stands; 2 = a token when followed by white space or a line break. */
const KIND = new Uint8Array(128);
for (const c of '[]{},&*!#%\'"\n') KIND[c.charCodeAt(0)] = 1;
for (const c of '-?:') KIND[c.charCodeAt(0)] = 2;

/** The number of tokens, counting no further than `stopAfter` (the caller only needs to know it is over). */
export function countYamlTokens(text: string, stopAfter = Infinity): number {
  let count = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) continue;
    const kind = KIND[c];
    if (kind === 0) {
      // A lone CR is a line break too (CRLF counts once, at its LF).
      if (c === CR && text.charCodeAt(i + 1) !== LF) count++;
      else continue;
    } else if (kind === 1) count++;
    else {
      const next = i + 1 < n ? text.charCodeAt(i + 1) : LF;
      if (next === SPACE || next === TAB || next === LF || next === CR) count++;
      else continue;
    }
    if (count > stopAfter) break;
  }
  return count;
}
