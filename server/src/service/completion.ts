// Context-aware completion: keys valid at the cursor, vocabulary values with their article, defined ids,
// countries with their transfer status, durations and retention forms.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Position,
} from 'vscode-languageserver-types';
import { allCountryCodes, countryName } from '../vocabulary/countries';
import type { Law } from '../laws';
import { NONE, VOCABULARIES, type Term } from '../vocabulary/terms';
import { definitionsIn, type PolicyModel } from '../parser/policyModel';
import { RETENTION_KEYS, stubFor, type FieldSchema, type ObjectSchema, type ValueSchema } from '../schema/policySchema';
import snippets from '../../../snippets/privacy-policy.code-snippets.json';
import type { Analysis } from '../core/analysis';
import { catalogueCompletion } from './catalogueCompletion';
import { citationCompletion, noticeLanguage } from './citations';
import { lineInfo, objectAt, pathAt, schemaAt, type PathSegment } from './cursor';

const STATUS_LABEL = {
  eea: 'EEA',
  adequacy: 'adequacy decision',
  dpf: 'third country — DPF for certified US organisations',
  'third-country': 'third country',
} as const;

export const DURATION_EXAMPLES = [
  '24 hours',
  '30 days',
  '6 months',
  '12 months',
  '1 year',
  '2 years',
  '3 years',
  '5 years',
  '7 years',
  '10 years',
  'P1Y',
];

export function complete(doc: TextDocument, analysis: Analysis, position: Position): CompletionList {
  const fromCatalogue = catalogueCompletion(doc, position, analysis.model);
  if (fromCatalogue) return fromCatalogue;
  const lines = doc.getText().split(/\r?\n/);
  const line = lines[position.line] ?? '';
  const prefix = line.slice(0, position.character);
  // A GDPR citation being typed in any text (docs/language.md, "Citing the GDPR in your text"): read from the line alone.
  const citations = citationCompletion(
    prefix,
    line.charAt(position.character),
    noticeLanguage(analysis.model),
    analysis.laws[0],
  );
  const items = citations ?? completeAt(lines, position.line, prefix, analysis.model, analysis.laws[0]);
  // Every item replaces the word being typed (ids, keys and codes include hyphens): found once per request, by a
  // backward scan (a `/[\w-]*$/` per item retried from every offset of a 50,000-character line).
  let start = prefix.length;
  while (start > 0 && /[\w-]/.test(prefix[start - 1])) start--;
  const range = {
    start: { line: position.line, character: position.character - (prefix.length - start) },
    end: position,
  };
  return {
    isIncomplete: false,
    items: items.map((item) => ({
      ...item,
      textEdit: { range, newText: item.insertText ?? item.label },
      insertText: undefined,
    })),
  };
}

function completeAt(
  lines: string[],
  lineIndex: number,
  prefix: string,
  model: PolicyModel,
  law: Law,
): CompletionItem[] {
  // Inside a flow list: `data: [contact, |`
  const flow = /^(\s*)(-\s+)?["']?([\w-]+)["']?:\s*\[([^\]]*)$/.exec(prefix);
  if (flow) {
    const path = [...parentPath(lines, lineIndex, flow), flow[3]];
    const { value } = schemaAt(path);
    const item = value && (value.type === 'list' || value.type === 'oneOrList') ? value.item : undefined;
    const present = new Set(flow[4].split(',').map((s) => s.trim()));
    return item ? valueItems(item, model, law).filter((i) => !present.has(i.label)) : [];
  }
  // After `key: `
  const afterKey = /^(\s*)(-\s+)?["']?([\w-]+)["']?:\s+([^[{]*)$/.exec(prefix);
  if (afterKey) {
    const path = [...parentPath(lines, lineIndex, afterKey), afterKey[3]];
    const { value } = schemaAt(path);
    return value ? valueItems(value, model, law) : [];
  }
  // A new list item in transfers or cookies: offer the item snippet.
  if (/^\s*-\s*$/.test(prefix)) {
    const owner = pathAt(lines, lineIndex, prefix.indexOf('-'));
    const items = snippetItems(owner, false).map((i) => ({ ...i, insertText: i.insertText!.replace(/^- /, '') }));
    if (items.length) return items;
  }
  // A block list item: `  - |`, either a value (data ids, rights…) or the first key of an object item.
  const dashItem = /^(\s*)-\s+([\w-]*)$/.exec(prefix);
  if (dashItem) {
    const owner = pathAt(lines, lineIndex, dashItem[1].length);
    const { value } = schemaAt(owner);
    const item =
      value && (value.type === 'list' || value.type === 'oneOrList')
        ? value.item
        : value?.type === 'noneOr' && value.other.type === 'list'
          ? value.other.item
          : value?.type === 'retention'
            ? value
            : undefined;
    if (!item) return [];
    // `rights.exclude` items: the `{ right, law }` form is the one to write (a bare right id is reported);
    // a `basis` item may be a plain id or `{ basis, when }`: both are offered.
    if (item.type === 'either' && !item.objectOnly)
      return [...keyItems([...owner, 0], new Set()), ...valueItems(item.scalar, model, law)];
    if (item.type === 'object' || item.type === 'retention' || item.type === 'either')
      return keyItems([...owner, 0], new Set());
    return valueItems(item, model, law);
  }
  // Typing a key on its own line.
  const key = /^(\s*)([\w-]*)$/.exec(prefix);
  if (key) {
    const column = key[1].length;
    const path = pathAt(lines, lineIndex, column);
    const empty = lines.every((l, i) => i === lineIndex || lineInfo(l).blank);
    return [...keyItems(path, siblingKeys(lines, lineIndex, column)), ...snippetItems(path, empty)];
  }
  return [];
}

function parentPath(lines: string[], lineIndex: number, m: RegExpExecArray): PathSegment[] {
  const indent = m[1].length;
  // On a `- key:` line, the key belongs to a new list item under the parent.
  return m[2] ? [...pathAt(lines, lineIndex, indent), 0] : pathAt(lines, lineIndex, indent);
}

/** Keys already written in the same mapping, so completion does not offer them again. */
function siblingKeys(lines: string[], lineIndex: number, column: number): Set<string> {
  const keys = new Set<string>();
  const scan = (from: number, step: number) => {
    for (let i = from; i >= 0 && i < lines.length; i += step) {
      const info = lineInfo(lines[i]);
      if (info.blank) continue;
      if (info.keyColumn < column || (info.dash && info.indent < column)) {
        if (info.dash && info.indent < column && info.keyColumn === column && info.key) keys.add(info.key);
        break;
      }
      if (info.keyColumn === column && info.key && !info.dash) keys.add(info.key);
    }
  };
  scan(lineIndex - 1, -1);
  scan(lineIndex + 1, 1);
  return keys;
}

function keyItems(path: PathSegment[], present: Set<string>): CompletionItem[] {
  const target = objectAt(path);
  if (!target) return [];
  const fields = target === 'retention' ? RETENTION_KEYS : target.fields;
  return Object.entries(fields)
    .filter(([key]) => !present.has(key))
    .map(([key, field], index) => ({
      label: key,
      kind: CompletionItemKind.Property,
      detail:
        [field.article ? `GDPR ${field.article}` : undefined, field.required ? 'required' : undefined]
          .filter(Boolean)
          .join(' · ') || undefined,
      documentation: { kind: MarkupKind.Markdown, value: field.description },
      insertText: keySnippet(key, field),
      insertTextFormat: InsertTextFormat.Snippet,
      // Required keys first, then in the schema's order (which follows the rendered notice).
      sortText: `${field.required ? '0' : '1'}${String(index).padStart(2, '0')}`,
    }));
}

function keySnippet(key: string, field: FieldSchema): string {
  const v = field.value;
  if (v.type === 'object' || v.type === 'definitions') return `${key}:\n  $0`;
  if (v.type === 'list' && v.item.type === 'object') return `${key}:\n  - $0`;
  if (v.type === 'list') return `${key}: [$0]`;
  if (v.type === 'noneOr') return `${key}: \${1:none}`;
  const stub = stubFor(field);
  return typeof stub === 'string' && stub !== '""' ? `${key}: \${1:${stub}}` : `${key}: $0`;
}

function termItem(term: Term, kind: CompletionItemKind = CompletionItemKind.EnumMember): CompletionItem {
  return {
    label: term.id,
    kind,
    // Shown on every row of the list, not only the selected one: the article is what authors look for.
    labelDetails: { description: [term.article, term.label].filter(Boolean).join(' — ') },
    detail: [term.article, term.label].filter(Boolean).join(' — '),
    documentation: {
      kind: MarkupKind.Markdown,
      value: `${term.meaning}${term.alias ? `\n\nAlso written \`${term.alias}\`.` : ''}`,
    },
  };
}

export function valueItems(value: ValueSchema, model: PolicyModel, law: Law): CompletionItem[] {
  switch (value.type) {
    case 'term':
      // Not a value another law alone knows (recognised-legitimate-interests), nor one that is never valid
      // (privacy-shield): rule invalid-mechanism explains those where an old notice has them.
      return VOCABULARIES[value.vocabulary]
        .filter((t) => !t.invalid && (!t.laws || t.laws.includes(law.id)))
        .map((t) => termItem(t));
    case 'oneOrList':
      // After `basis: ` one plain value; the fuller `{ basis, when }` form belongs in a list item.
      return valueItems(value.item.type === 'either' ? value.item.scalar : value.item, model, law);
    case 'list':
      return valueItems(value.item, model, law);
    case 'noneOr':
      return [termItem(NONE, CompletionItemKind.Keyword)];
    case 'keyed':
      // `mechanism: ` takes a value (or a list); a mapping by law is written on the lines below.
      return value.orItem ? valueItems(value.entry, model, law) : [];
    case 'integer':
      return [];
    case 'either':
      return [...valueItems(value.scalar, model, law), ...formItems(value.object)];
    case 'boolean':
      return ['true', 'false'].map((label) => ({ label, kind: CompletionItemKind.Keyword }));
    case 'date':
      return [{ label: new Date().toISOString().slice(0, 10), kind: CompletionItemKind.Value, detail: 'Today' }];
    case 'country':
      return [
        ...(value.regions ? VOCABULARIES.region.map((t) => termItem(t)) : []),
        ...allCountryCodes().map((code) => {
          const status = law.transferStatus(code);
          return {
            label: code,
            kind: CompletionItemKind.Value,
            detail: `${countryName(code)} — ${STATUS_LABEL[status]}`,
            labelDetails: { description: `${countryName(code)} — ${STATUS_LABEL[status]}` },
            filterText: `${code} ${countryName(code)}`,
            // EEA and adequacy countries first: they are the common case and need the least paperwork.
            sortText: `${status === 'eea' ? 0 : status === 'adequacy' ? 1 : 2}${code}`,
          };
        }),
      ];
    case 'ref': {
      return definitionsIn(model, value.section).map((d) => ({
        label: d.id,
        kind: CompletionItemKind.Reference,
        detail: d.name,
        labelDetails: { description: d.name },
      }));
    }
    case 'duration':
      return [...DURATION_EXAMPLES, ...(value.allowSession ? ['session'] : [])].map((label, i) => ({
        label,
        kind: CompletionItemKind.Value,
        detail: label === 'session' ? 'Until the browser closes' : 'Duration',
        sortText: String(i).padStart(2, '0'),
      }));
    case 'retention':
      return [
        ...DURATION_EXAMPLES.map((label, i) => ({
          label,
          kind: CompletionItemKind.Value,
          detail: 'Retention period',
          sortText: `1${String(i).padStart(2, '0')}`,
        })),
        retentionSnippet(
          '{ period, from }',
          '{ period: ${1:10 years}, from: ${2:the end of the contract} }',
          'A period counted from an event.',
        ),
        retentionSnippet(
          '{ until, then }',
          '{ until: ${1:the end of the contract}, then: ${2:1 year} }',
          'Until an event, optionally followed by an extra period.',
        ),
        retentionSnippet(
          '{ criteria }',
          '{ criteria: ${1:the criteria used to determine the period} }',
          'The criteria used, when no period can be given (Art 13(2)(a)).',
        ),
        retentionSnippet(
          '{ at_least, from, law }',
          '{ at_least: ${1:20 years}, from: ${2:the last treatment}, law: ${3:the law that sets the minimum} }',
          'A minimum period set by law, e.g. for medical records.',
        ),
        retentionSnippet(
          '{ at_most, from }',
          '{ at_most: ${1:1 month}, from: ${2:the recording} }',
          'A maximum period.',
        ),
        retentionSnippet(
          '{ between, from }',
          '{ between: [${1:7 years}, ${2:10 years}], from: ${3:the end of the contract} }',
          'A range, e.g. 7 to 10 years.',
        ),
        retentionSnippet(
          '{ law, then }',
          '{ law: ${1:the law that sets the period}, then: ${2:1 year} }',
          'The period a named law requires, optionally followed by a further period.',
        ),
        retentionSnippet(
          '{ …, extended_until }',
          '{ period: ${1:1 year}, from: ${2:the end of the contract}, extended_until: ${3:the final settlement ' +
            'of any dispute} }',
          'Kept longer only while an event lasts, e.g. a dispute.',
        ),
      ];
    default:
      return [];
  }
}

/** The fuller form of an `either` value as a flow-mapping snippet: `{ basis: …, when: … }`, `{ public: … }`. */
function formItems(form: ObjectSchema): CompletionItem[] {
  const keys = Object.entries(form.fields).filter(([, f]) => f.required);
  if (!keys.length) return [];
  const label = `{ ${keys.map(([k]) => k).join(', ')} }`;
  const body = keys
    .map(([k, f], i) => {
      const stub = stubFor(f);
      return `${k}: \${${i + 1}:${typeof stub === 'string' ? stub : ''}}`;
    })
    .join(', ');
  return [
    {
      label,
      kind: CompletionItemKind.Snippet,
      detail: keys.map(([, f]) => f.article).filter(Boolean)[0],
      documentation: keys.map(([k, f]) => `\`${k}\`: ${f.description}`).join('\n\n'),
      insertText: `{ ${body} }`,
      insertTextFormat: InsertTextFormat.Snippet,
      sortText: `~${label}`,
    },
  ];
}

function retentionSnippet(label: string, snippet: string, meaning: string): CompletionItem {
  return {
    label,
    kind: CompletionItemKind.Snippet,
    detail: 'Retention form — Art 13(2)(a)',
    documentation: meaning,
    insertText: snippet,
    insertTextFormat: InsertTextFormat.Snippet,
    sortText: `0${label}`,
  };
}

/** Where each snippet of snippets/privacy-policy.code-snippets belongs: offered only there, not after `key: `. */
const SNIPPET_PLACES: Record<string, string> = {
  purposes: 'Purpose',
  data: 'Data category',
  recipients: 'Recipient',
  transfers: 'Transfer',
  cookies: 'Cookie',
};

function snippetItems(path: PathSegment[], emptyDocument: boolean): CompletionItem[] {
  const all = snippets as Record<string, { prefix: string[]; description: string; body: string[] }>;
  const name =
    path.length === 0
      ? emptyDocument
        ? 'New privacy policy'
        : undefined
      : path.length === 1
        ? SNIPPET_PLACES[String(path[0])]
        : undefined;
  const snippet = name ? all[name] : undefined;
  if (!snippet) return [];
  return [
    {
      label: snippet.prefix[0],
      kind: CompletionItemKind.Snippet,
      detail: name,
      documentation: snippet.description,
      insertText: snippet.body.join('\n'),
      insertTextFormat: InsertTextFormat.Snippet,
      sortText: '~',
    },
  ];
}
