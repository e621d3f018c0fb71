// Hostile and malformed documents: each must get clear diagnostics (or a normal analysis) within a bound,
// without crashing or hanging the CLI or the server.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const VALID = readFileSync(resolve(__dirname, '../fixtures/valid.privacy.yaml'), 'utf8');

export interface HostileCase {
  name: string;
  text: string;
  /** A rule the analysis must report (undefined: any outcome but a crash is fine). */
  expect?: string;
}

export function hostileCases(): HostileCase[] {
  const deepFlow = 'policy: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n';
  const deepBlock = Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
  const aliasBomb = [
    'a: &a ["x","x","x","x","x","x","x","x","x"]',
    ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`),
    'purposes:',
    '  p:',
    '    title: *h',
  ].join('\n');
  return [
    { name: 'empty file', text: '', expect: 'missing-field' },
    { name: 'only a comment', text: '# nothing yet\n', expect: 'missing-field' },
    { name: 'scalar root', text: 'just a sentence\n', expect: 'invalid-value' },
    { name: 'list root', text: '- a\n- b\n', expect: 'invalid-value' },
    { name: 'tabs for indentation', text: 'policy:\n\ttitle: x\n', expect: 'yaml-syntax' },
    { name: 'CRLF line endings', text: VALID.replace(/\n/g, '\r\n') },
    { name: 'byte order mark', text: `\uFEFF${VALID}` },
    { name: 'duplicate keys', text: `${VALID}policy:\n  title: again\n`, expect: 'duplicate-key' },
    {
      name: 'unclosed quote mid-file',
      text: VALID.replace('title: Delivering your orders', 'title: "Delivering your orders'),
      expect: 'yaml-syntax',
    },
    {
      name: 'NUL and binary bytes',
      text: `policy:\n  title: a\u0000b\u0001\u0002\n${'\u00ff\u00fe'.repeat(100)}`,
      expect: 'yaml-syntax',
    },
    { name: 'invalid UTF-8 (decoded as replacement characters)', text: `policy:\n  title: \uFFFD\uFFFD\n` },
    { name: 'deep flow nesting', text: deepFlow, expect: 'yaml-syntax' },
    { name: 'deep block nesting', text: deepBlock },
    { name: 'alias bomb', text: aliasBomb, expect: 'yaml-syntax' },
    { name: 'custom tag', text: VALID.replace('title: Delivering your orders', 'title: !!js/function "function(){}"') },
    {
      name: 'merge key',
      text: `base: &b { label: X }\n${VALID.replace('    label: Order history', '    <<: *b')}`,
      expect: 'unknown-key',
    },
    { name: 'multi-document file', text: `${VALID}---\n${VALID}`, expect: 'yaml-syntax' },
    { name: 'one multi-megabyte line', text: `policy:\n  title: ${'x'.repeat(3_000_000)}\n` },
    {
      name: 'multi-megabyte document',
      text: `${VALID}security:\n${'  - Encryption of backups at rest with AES-256 keys rotated yearly\n'.repeat(40_000)}`,
    },
    { name: 'over the size cap', text: `${VALID}# ${'y'.repeat(6 * 1024 * 1024)}\n`, expect: 'document-too-large' },
  ];
}
