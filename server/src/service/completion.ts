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
import { allCountryCodes } from '../vocabulary/countries';
import type { InterfaceText } from '../languages/interface';
import type { Law, TransferStatus } from '../laws';
import { NONE, VOCABULARIES, type Term, type VocabularyName } from '../vocabulary/terms';
import { definitionsIn, type PolicyModel } from '../parser/policyModel';
import {
  POLICY_SCHEMA,
  RETENTION_KEYS,
  stubFor,
  type FieldSchema,
  type ObjectSchema,
  type ValueSchema,
} from '../schema/policySchema';
import snippets from '../../../snippets/privacy-policy.code-snippets.json';
import type { Analysis } from '../core/analysis';
import { catalogueCompletion } from './catalogueCompletion';
import { citationCompletion, noticeLanguage } from './citations';
import { lineInfo, objectAt, pathAt, schemaAt, type PathSegment } from './cursor';
import { ageChoices, documentLaws, lawAt, offeredTerms } from './forms';

/** What a transfer to a country needs under the notice's first law, in a word or two. */
const statusLabel = (status: TransferStatus, ui: InterfaceText) =>
  ({
    eea: ui.t('EEA'),
    adequacy: ui.t('adequacy decision'),
    dpf: ui.t('third country — DPF for certified US organisations'),
    'third-country': ui.t('third country'),
  })[status];

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

export function complete(doc: TextDocument, analysis: Analysis, position: Position, ui: InterfaceText): CompletionList {
  const fromCatalogue = catalogueCompletion(doc, position, analysis.model, ui);
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
    ui,
  );
  const items = citations ?? completeAt(lines, position.line, prefix, analysis, ui);
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
  analysis: Analysis,
  ui: InterfaceText,
): CompletionItem[] {
  const { model } = analysis;
  const law = analysis.laws[0];
  // Values that exist under some laws only are offered where the notice serves one of them, or under its key.
  const lawsFor = (path: PathSegment[]): ReadonlySet<string> => {
    const keyLaw = lawAt(path);
    return keyLaw ? new Set([keyLaw]) : documentLaws(analysis);
  };
  // Inside a flow list: `data: [contact, |`
  const flow = /^(\s*)(-\s+)?["']?([\w-]+)["']?:\s*\[([^\]]*)$/.exec(prefix);
  if (flow) {
    const path = [...parentPath(lines, lineIndex, flow), flow[3]];
    const item = listItemOf(schemaAt(path).value);
    const present = new Set(flow[4].split(',').map((s) => s.trim()));
    return item ? valueItems(item, model, law, lawsFor(path), ui).filter((i) => !present.has(i.label)) : [];
  }
  // After `key: `
  const afterKey = /^(\s*)(-\s+)?["']?([\w-]+)["']?:\s+([^[{]*)$/.exec(prefix);
  if (afterKey) {
    const path = [...parentPath(lines, lineIndex, afterKey), afterKey[3]];
    const { value } = schemaAt(path);
    return value ? valueItems(value, model, law, lawsFor(path), ui) : [];
  }
  // A new list item in transfers or cookies: offer the item snippet.
  if (/^\s*-\s*$/.test(prefix)) {
    const owner = pathAt(lines, lineIndex, prefix.indexOf('-'));
    const items = snippetItems(owner, false, ui).map((i) => ({ ...i, insertText: i.insertText!.replace(/^- /, '') }));
    if (items.length) return items;
  }
  // A block list item: `  - |`, either a value (data ids, rights…) or the first key of an object item.
  const dashItem = /^(\s*)-\s+([\w-]*)$/.exec(prefix);
  if (dashItem) {
    const owner = pathAt(lines, lineIndex, dashItem[1].length);
    const { value } = schemaAt(owner);
    const item =
      value?.type === 'noneOr' && value.other.type === 'list'
        ? value.other.item
        : value?.type === 'retention'
          ? value
          : listItemOf(value);
    if (!item) return [];
    // `rights.exclude` items: the `{ right, law }` form is the one to write (a bare right id is reported);
    // a `basis` item may be a plain id or `{ basis, when }`: both are offered.
    if (item.type === 'either' && !item.objectOnly)
      return [...keyItems([...owner, 0], new Set(), ui), ...valueItems(item.scalar, model, law, lawsFor(owner), ui)];
    if (item.type === 'object' || item.type === 'retention' || item.type === 'either')
      return keyItems([...owner, 0], new Set(), ui);
    // Items already in the list (`promises`, `special`, `from`…) are not offered again.
    const listed = siblingItems(lines, lineIndex, dashItem[1].length);
    return valueItems(item, model, law, lawsFor(owner), ui).filter((i) => !listed.has(i.label));
  }
  // Typing a key on its own line.
  const key = /^(\s*)([\w-]*)$/.exec(prefix);
  if (key) {
    const column = key[1].length;
    const path = pathAt(lines, lineIndex, column);
    const empty = lines.every((l, i) => i === lineIndex || lineInfo(l).blank);
    return [...keyItems(path, siblingKeys(lines, lineIndex, column), ui), ...snippetItems(path, empty, ui)];
  }
  return [];
}

/** The item of a list value: a list, one-or-list, or a per-law map's plain form (`mechanism: [scc, bcr]`). */
function listItemOf(value: ValueSchema | undefined): ValueSchema | undefined {
  if (value?.type === 'keyed' && value.orItem) return listItemOf(value.entry);
  return value && (value.type === 'list' || value.type === 'oneOrList') ? value.item : undefined;
}

/** The scalar items of the block list a new `- ` item is written in. */
function siblingItems(lines: string[], lineIndex: number, indent: number): Set<string> {
  const items = new Set<string>();
  const scan = (from: number, step: number) => {
    for (let i = from; i >= 0 && i < lines.length; i += step) {
      const info = lineInfo(lines[i]);
      if (info.blank) continue;
      if (!info.dash || info.indent !== indent) break;
      const item = /^\s*-\s+["']?([\w-]+)["']?\s*(?:#.*)?$/.exec(lines[i]);
      if (item) items.add(item[1]);
    }
  };
  scan(lineIndex - 1, -1);
  scan(lineIndex + 1, 1);
  return items;
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

function keyItems(path: PathSegment[], present: Set<string>, ui: InterfaceText): CompletionItem[] {
  const target = objectAt(path);
  if (!target) return [];
  const fields = target === 'retention' ? RETENTION_KEYS : target.fields;
  return Object.entries(fields)
    .filter(([key]) => !present.has(key))
    .map(([key, field], index) => ({
      label: key,
      kind: CompletionItemKind.Property,
      detail:
        [field.article ? ui.cite(`Art ${field.article}`) : undefined, field.required ? ui.t('required') : undefined]
          .filter(Boolean)
          .join(' · ') || undefined,
      documentation: { kind: MarkupKind.Markdown, value: ui.t(field.description) },
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

function termItem(
  vocabulary: VocabularyName | undefined,
  term: Term,
  ui: InterfaceText,
  kind: CompletionItemKind = CompletionItemKind.EnumMember,
): CompletionItem {
  const words = (vocabulary && ui.term(vocabulary, term.id)) || {
    label: ui.t(term.label),
    meaning: ui.t(term.meaning),
    article: term.article && ui.cite(term.article),
  };
  return {
    label: term.id,
    kind,
    // Shown on every row of the list, not only the selected one: the article is what authors look for.
    labelDetails: { description: [words.article, words.label].filter(Boolean).join(' — ') },
    detail: [words.article, words.label].filter(Boolean).join(' — '),
    documentation: {
      kind: MarkupKind.Markdown,
      value: `${words.meaning}${term.alias ? `\n\n${ui.t('Also written `{0}`.', term.alias)}` : ''}`,
    },
  };
}

/** `laws`: the laws whose values to offer (default: the law given). */
export function valueItems(
  value: ValueSchema,
  model: PolicyModel,
  law: Law,
  laws: ReadonlySet<string>,
  ui: InterfaceText,
): CompletionItem[] {
  switch (value.type) {
    case 'term':
      return offeredTerms(value.vocabulary, laws).map((t) => termItem(value.vocabulary, t, ui));
    case 'oneOrList':
      // After `basis: ` one plain value; the fuller `{ basis, when }` form belongs in a list item.
      return valueItems(value.item.type === 'either' ? value.item.scalar : value.item, model, law, laws, ui);
    case 'list':
      return valueItems(value.item, model, law, laws, ui);
    case 'noneOr':
      return [
        termItem(undefined, NONE, ui, CompletionItemKind.Keyword),
        ...(value.map ? noneFormItems(value.map, ui) : []),
      ];
    case 'keyed':
      // `mechanism: ` takes a value (or a list), or, in a notice of several laws, one per law (docs/language.md).
      return value.orItem ? [...valueItems(value.entry, model, law, laws, ui), ...perLawItems(laws, ui)] : [];
    case 'integer':
      // `minimum_age`: the ages of digital consent (Art 8(1)), the controller's country's first.
      return value === MINIMUM_AGE
        ? ageChoices(law, model.controllerCountry?.value, ui).map((c, i) => ({
            label: String(c.age),
            kind: CompletionItemKind.Value,
            detail: c.why,
            labelDetails: { description: c.why },
            sortText: String(i).padStart(2, '0'),
          }))
        : [];
    case 'either':
      return [...valueItems(value.scalar, model, law, laws, ui), ...formItems(value.object, ui)];
    case 'boolean':
      return ['true', 'false'].map((label) => ({ label, kind: CompletionItemKind.Keyword }));
    case 'date':
      return [{ label: new Date().toISOString().slice(0, 10), kind: CompletionItemKind.Value, detail: ui.t('Today') }];
    case 'country':
      return [
        ...(value.regions ? VOCABULARIES.region.map((t) => termItem('region', t, ui)) : []),
        ...allCountryCodes().map((code) => {
          const status = law.transferStatus(code);
          return {
            label: code,
            kind: CompletionItemKind.Value,
            detail: `${ui.country(code)} — ${statusLabel(status, ui)}`,
            labelDetails: { description: `${ui.country(code)} — ${statusLabel(status, ui)}` },
            filterText: `${code} ${ui.country(code)}`,
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
        detail: label === 'session' ? ui.t('Until the browser closes') : ui.t('Duration'),
        sortText: String(i).padStart(2, '0'),
      }));
    case 'retention':
      return [
        ...DURATION_EXAMPLES.map((label, i) => ({
          label,
          kind: CompletionItemKind.Value,
          detail: ui.t('Retention period'),
          sortText: `1${String(i).padStart(2, '0')}`,
        })),
        retentionSnippet(
          '{ period, from }',
          '{ period: ${1:10 years}, from: ${2:the end of the contract} }',
          ui.t('A period counted from an event.'),
          ui,
        ),
        retentionSnippet(
          '{ until, then }',
          '{ until: ${1:the end of the contract}, then: ${2:1 year} }',
          ui.t('Until an event, optionally followed by an extra period.'),
          ui,
        ),
        retentionSnippet(
          '{ criteria }',
          '{ criteria: ${1:the criteria used to determine the period} }',
          ui.t('The criteria used, when no period can be given (Art 13(2)(a)).'),
          ui,
        ),
        retentionSnippet(
          '{ at_least, from, law }',
          '{ at_least: ${1:20 years}, from: ${2:the last treatment}, law: ${3:the law that sets the minimum} }',
          ui.t('A minimum period set by law, e.g. for medical records.'),
          ui,
        ),
        retentionSnippet(
          '{ at_most, from }',
          '{ at_most: ${1:1 month}, from: ${2:the recording} }',
          ui.t('A maximum period.'),
          ui,
        ),
        retentionSnippet(
          '{ between, from }',
          '{ between: [${1:7 years}, ${2:10 years}], from: ${3:the end of the contract} }',
          ui.t('A range, e.g. 7 to 10 years.'),
          ui,
        ),
        retentionSnippet(
          '{ law, then }',
          '{ law: ${1:the law that sets the period}, then: ${2:1 year} }',
          ui.t('The period a named law requires, optionally followed by a further period.'),
          ui,
        ),
        retentionSnippet(
          '{ …, extended_until }',
          '{ period: ${1:1 year}, from: ${2:the end of the contract}, extended_until: ${3:the final settlement ' +
            'of any dispute} }',
          ui.t('Kept longer only while an event lasts, e.g. a dispute.'),
          ui,
        ),
      ];
    default:
      return [];
  }
}

/** The per-law form of a mechanism, for a notice that serves several laws: `{ eu-gdpr: …, uk-gdpr: … }`. */
function perLawItems(laws: ReadonlySet<string>, ui: InterfaceText): CompletionItem[] {
  const ids = VOCABULARIES.law.map((t) => t.id).filter((id) => laws.has(id));
  if (ids.length < 2) return [];
  return [
    {
      label: `{ ${ids.join(', ')} }`,
      kind: CompletionItemKind.Snippet,
      detail: ui.t('One mechanism per law the transfer leaves'),
      documentation: ui.t(
        'A transfer that leaves the territory of several laws names the mechanism under each, e.g. ' +
          '`{ eu-gdpr: scc, uk-gdpr: uk-addendum }`; a list under a law is alternatives.',
      ),
      insertText: `{ ${ids.map((id, i) => `${id}: \${${i + 1}}`).join(', ')} }`,
      insertTextFormat: InsertTextFormat.Snippet,
      sortText: '~per-law',
    },
  ];
}

const MINIMUM_AGE = (POLICY_SCHEMA.fields.policy.value as ObjectSchema).fields.minimum_age.value;

/** The mapping form of a `none` value: `automated_decisions: { none: true, note: … }`. */
function noneFormItems(form: ObjectSchema, ui: InterfaceText): CompletionItem[] {
  const note = form.fields.note;
  if (!form.fields.none || !note) return [];
  return [
    {
      label: '{ none: true, note }',
      kind: CompletionItemKind.Snippet,
      detail: form.fields.none.article && ui.cite(`Art ${form.fields.none.article}`),
      documentation: `${ui.t(form.fields.none.description)}\n\n\`note\`: ${ui.t(note.description)}`,
      insertText: '{ none: true, note: ${1:What others may do} }',
      insertTextFormat: InsertTextFormat.Snippet,
      sortText: '~none',
    },
  ];
}

/** The fuller form of an `either` value as a flow-mapping snippet: `{ basis: …, when: … }`, `{ public: … }`. */
function formItems(form: ObjectSchema, ui: InterfaceText): CompletionItem[] {
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
      detail: keys.map(([, f]) => f.article && ui.cite(`Art ${f.article}`)).filter(Boolean)[0],
      documentation: keys.map(([k, f]) => `\`${k}\`: ${ui.t(f.description)}`).join('\n\n'),
      insertText: `{ ${body} }`,
      insertTextFormat: InsertTextFormat.Snippet,
      sortText: `~${label}`,
    },
  ];
}

function retentionSnippet(label: string, snippet: string, meaning: string, ui: InterfaceText): CompletionItem {
  return {
    label,
    kind: CompletionItemKind.Snippet,
    detail: ui.t('Retention form — {0}', ui.cite('Art 13(2)(a)')),
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
  'roles.processor_for': 'Processor role',
  'rights.restrictions': 'Restricted right',
};

function snippetItems(path: PathSegment[], emptyDocument: boolean, ui: InterfaceText): CompletionItem[] {
  const all = snippets as Record<string, { prefix: string[]; description: string; body: string[] }>;
  const name =
    path.length === 0
      ? emptyDocument
        ? 'New privacy policy'
        : undefined
      : Object.hasOwn(SNIPPET_PLACES, path.join('.'))
        ? SNIPPET_PLACES[path.join('.')]
        : undefined;
  const snippet = name ? all[name] : undefined;
  if (!snippet) return [];
  return [
    {
      label: snippet.prefix[0],
      kind: CompletionItemKind.Snippet,
      detail: name && ui.t(name),
      documentation: ui.t(snippet.description),
      insertText: snippet.body.join('\n'),
      insertTextFormat: InsertTextFormat.Snippet,
      sortText: '~',
    },
  ];
}
