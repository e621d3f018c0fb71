// Documents as dense as the limits of server/src/parser/limits.ts admit, in the shapes that cost the YAML parser
// the most per token (measured: tags, flow lists, block maps, aliases), plus the largest admitted text. Used by the
// robustness tests (each request within a bound) and by `npm run bench` (the figures against the 1 s target).
import { MAX_DOCUMENT_SIZE, MAX_YAML_TOKENS } from '../../server/src/parser/limits';
import { countYamlTokens } from '../../server/src/parser/yamlTokens';

/** `head`, then `unit` (of `perUnit` tokens) repeated, then `tail`: as many units as keep it within the budget. */
function fill(head: string, unit: string, perUnit: number, tail: string): string {
  const count = Math.floor((MAX_YAML_TOKENS - countYamlTokens(head) - countYamlTokens(tail)) / perUnit);
  return head + unit.repeat(count) + tail;
}

export const denseDocuments: Record<string, () => string> = {
  'tags in a flow list': () => fill('x: [', '!a b, ', 2, 'c]'),
  'flow list of scalars': () => fill('x: [', 'a, ', 1, 'a]'),
  'block map, one key a line': () => {
    const lines: string[] = [];
    for (let i = 0; i < MAX_YAML_TOKENS / 2 - 1; i++) lines.push(`k${i}: v\n`);
    return lines.join('');
  },
  'aliases, one a line': () => {
    const lines = ['x: &x y\n'];
    for (let i = 0; i < MAX_YAML_TOKENS / 3 - 2; i++) lines.push(`k${i}: *x\n`);
    return lines.join('');
  },
  'commas in a flow list': () => fill('x: [', ',', 1, ']'),
  [`prose up to ${MAX_DOCUMENT_SIZE / 1048576} MB`]: () => {
    const head = 'purposes:\n  p:\n    title: T\n    description: ';
    return head + 'word '.repeat(Math.floor((MAX_DOCUMENT_SIZE - head.length) / 5));
  },
};
