// Generates the files derived from the vocabulary module, so they never drift from it:
// the TextMate grammar (syntaxes/), the JSON Schema (schema/) and the preview stylesheet (media/). Run by `npm run build`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { VOCABULARIES } from '../server/src/gdpr/vocabulary';
import { PREVIEW_CSS } from '../server/src/render/styles';
import { buildJsonSchema } from '../server/src/schema/jsonSchema';

const root = resolve(__dirname, '..');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function grammar(): object {
  const terms = [...new Set(Object.values(VOCABULARIES).flatMap((v) => v.map((t) => t.id)))].sort((a, b) => b.length - a.length);
  const aliases = [...new Set(Object.values(VOCABULARIES).flatMap((v) => v.flatMap((t) => (t.alias ? [t.alias] : []))))];
  const valueEnd = '(?=\\s*(?:$|#|,|\\]|\\}))';
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'Privacy Policy',
    scopeName: 'source.privacy-policy',
    fileTypes: ['privacy.yaml', 'privacy.yml'],
    patterns: [{ include: '#comment' }, { include: '#block-scalar' }, { include: '#reference-list' }, { include: '#key' }, { include: '#value' }],
    repository: {
      comment: { match: '(?<=^|\\s)#.*$', name: 'comment.line.number-sign.privacy-policy' },
      'block-scalar': {
        // A markdown block (`summary: |`) runs while lines are indented deeper than its key.
        begin: '^(\\s*)(?:(-)\\s+)?([\\w-]+)\\s*(:)\\s*([|>][-+]?)\\s*(#.*)?$',
        beginCaptures: { 2: { name: 'punctuation.definition.list.privacy-policy' }, 3: { name: 'entity.name.tag.key.privacy-policy' }, 4: { name: 'punctuation.separator.key-value.privacy-policy' }, 5: { name: 'keyword.control.flow.block-scalar.privacy-policy' }, 6: { name: 'comment.line.number-sign.privacy-policy' } },
        end: '^(?!\\1\\s)(?=\\s*\\S)',
        contentName: 'string.unquoted.block.markdown.privacy-policy',
      },
      'reference-list': {
        // Ids in `data: [...]` and `recipients: [...]` are references to definitions.
        begin: '^(\\s*)(?:(-)\\s+)?(data|recipients)\\s*(:)\\s*(\\[)',
        beginCaptures: { 2: { name: 'punctuation.definition.list.privacy-policy' }, 3: { name: 'entity.name.tag.key.privacy-policy' }, 4: { name: 'punctuation.separator.key-value.privacy-policy' }, 5: { name: 'punctuation.definition.sequence.begin.privacy-policy' } },
        end: '\\]',
        endCaptures: { 0: { name: 'punctuation.definition.sequence.end.privacy-policy' } },
        patterns: [{ match: '[a-z][a-z0-9-]*', name: 'variable.other.reference.privacy-policy' }, { match: ',', name: 'punctuation.separator.sequence.privacy-policy' }],
      },
      key: {
        match: '^(\\s*)(?:(-)\\s+)?(["\']?)([\\w-]+)\\3\\s*(:)(?=\\s|$)',
        captures: { 2: { name: 'punctuation.definition.list.privacy-policy' }, 4: { name: 'entity.name.tag.key.privacy-policy' }, 5: { name: 'punctuation.separator.key-value.privacy-policy' } },
      },
      value: {
        patterns: [
          { match: `\\b(?:${terms.map(escape).join('|')})\\b${valueEnd}`, name: 'constant.language.vocabulary.privacy-policy' },
          { match: `\\b(?:${aliases.map(escape).join('|')})\\b`, name: 'entity.name.type.article.privacy-policy' },
          { match: '\\bArt(?:icle)?\\.?\\s*\\d+(?:\\(\\d+\\))*(?:\\([a-z]\\))?', name: 'entity.name.type.article.privacy-policy' },
          { match: '\\b\\d+(?:\\.\\d+)?\\s*(?:hours?|days?|weeks?|months?|years?)\\b|\\bP(?:\\d+[YMWD])*(?:T\\d+H)?\\b', name: 'constant.numeric.duration.privacy-policy' },
          { match: '\\b\\d{4}-\\d{2}-\\d{2}\\b', name: 'constant.numeric.date.privacy-policy' },
          { match: '\\b(?:true|false|none|null)\\b', name: 'constant.language.privacy-policy' },
          { match: '"(?:[^"\\\\]|\\\\.)*"', name: 'string.quoted.double.privacy-policy' },
          { match: "'(?:[^']|'')*'", name: 'string.quoted.single.privacy-policy' },
          { match: '[&*][\\w-]+', name: 'variable.other.anchor.privacy-policy' },
          { match: '!\\S+', name: 'storage.type.tag.privacy-policy' },
          { match: '[\\[\\]{},]', name: 'punctuation.definition.flow.privacy-policy' },
        ],
      },
    },
  };
}

function write(path: string, data: object | string): void {
  const file = resolve(root, path);
  mkdirSync(resolve(file, '..'), { recursive: true });
  const text = typeof data === 'string' ? data : `${JSON.stringify(data, null, 2)}\n`;
  let old = '';
  try {
    old = readFileSync(file, 'utf8');
  } catch {
    /* new file */
  }
  if (old !== text) writeFileSync(file, text);
}

if (require.main === module) {
  write('syntaxes/privacy-policy.tmLanguage.json', grammar());
  write('schema/privacy-policy.schema.json', buildJsonSchema());
  // The preview's stylesheet is the notice's, in VS Code theme colours (not committed: built).
  write('media/notice.css', PREVIEW_CSS);
}
