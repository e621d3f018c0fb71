// Pins the exact diagnostics of every example policy: a change in rule behaviour is always a visible,
// reviewed change of test/golden/examples.diagnostics.txt (regenerate with UPDATE_GOLDEN=1).
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SEVERITIES } from '../../server/src/core/problem';
import { LANGUAGE_ID } from '../../server/src/protocol/constants';
import { createLanguageService, diagnosticMessage } from '../../server/src/service/languageService';
import { matchGolden } from '../support/golden';

const root = resolve(__dirname, '../..');
const golden = resolve(root, 'test/golden/examples.diagnostics.txt');
const service = createLanguageService();

function report(): string {
  const files = readdirSync(resolve(root, 'examples'))
    .filter((f) => f.endsWith('.privacy.yaml'))
    .sort();
  return (
    files
      .map((file) => {
        const doc = TextDocument.create(
          `file:///${file}`,
          LANGUAGE_ID,
          1,
          readFileSync(resolve(root, 'examples', file), 'utf8'),
        );
        const lines = service
          .diagnostics(doc)
          .map(
            (d) =>
              `${file}:${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ` +
              `${SEVERITIES[d.severity! - 1]} ${d.code}  ${diagnosticMessage(d)}`,
          );
        return lines.join('\n');
      })
      .join('\n\n') + '\n'
  );
}

describe('example policies', () => {
  it('produce exactly the pinned diagnostics', () => {
    matchGolden(golden, report(), 'test/unit/examples.test.ts');
  });
});
