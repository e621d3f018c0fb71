// Writes the files derived from the code, so they never drift from it.
//   `npm run generate`: the committed ones — the TextMate grammar (syntaxes/), the JSON Schema (schema/) and the
//     `privacyPolicy.rules` setting in package.json (one property per rule). A unit test compares the committed
//     files with a fresh generation, so forgetting to run this fails `npm test`; the build never rewrites them.
//   `npm run build` (--build): only what the build needs and git ignores — the preview stylesheet (media/notice.css).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DURATION_SOURCE } from '../server/src/vocabulary/duration';
import { VOCABULARIES } from '../server/src/vocabulary/terms';
import { PREVIEW_CSS } from '../server/src/render/styles';
import { LANGUAGES } from '../server/src/languages';
import { interfaceCatalogue, interfaceText } from '../server/src/languages/interface';
import { codeMessages } from './messages';
import { PACKAGE_STRINGS } from './packageStrings';

/** The rule reference, linked from the `privacyPolicy.rules` setting. */
const RULE_REFERENCE = 'https://github.com/privacy-policy-studio/privacy-policy-studio/blob/main/docs/rules/README.md';
import { isRuleId, RETIRED_RULE_IDS, retiredRuleWarning, RULES, RULES_BY_ID } from '../server/src/rules';
import { ruleDocUrl, SEVERITY_SETTINGS } from '../server/src/core/problem';
import { ruleCitation } from '../server/src/core/rule';
import { DEFAULT_LAW } from '../server/src/laws';
import { buildJsonSchema } from '../server/src/schema/jsonSchema';

const root = resolve(__dirname, '..');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function grammar(): object {
  const terms = [...new Set(Object.values(VOCABULARIES).flatMap((v) => v.map((t) => t.id)))].sort(
    (a, b) => b.length - a.length,
  );
  const aliases = [
    ...new Set(Object.values(VOCABULARIES).flatMap((v) => v.flatMap((t) => (t.alias ? [t.alias] : [])))),
  ];
  const valueEnd = '(?=\\s*(?:$|#|,|\\]|\\}))';
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'Privacy Policy',
    scopeName: 'source.privacy-policy',
    fileTypes: ['privacy.yaml', 'privacy.yml'],
    patterns: [
      { include: '#comment' },
      { include: '#block-scalar' },
      { include: '#reference-list' },
      { include: '#key' },
      { include: '#value' },
    ],
    repository: {
      comment: { match: '(?<=^|\\s)#.*$', name: 'comment.line.number-sign.privacy-policy' },
      'block-scalar': {
        // A markdown block (`summary: |`) runs while lines are indented deeper than its key.
        begin: '^(\\s*)(?:(-)\\s+)?([\\w-]+)\\s*(:)\\s*([|>][-+]?)\\s*(#.*)?$',
        beginCaptures: {
          2: { name: 'punctuation.definition.list.privacy-policy' },
          3: { name: 'entity.name.tag.key.privacy-policy' },
          4: { name: 'punctuation.separator.key-value.privacy-policy' },
          5: { name: 'keyword.control.flow.block-scalar.privacy-policy' },
          6: { name: 'comment.line.number-sign.privacy-policy' },
        },
        end: '^(?!\\1\\s)(?=\\s*\\S)',
        contentName: 'string.unquoted.block.markdown.privacy-policy',
      },
      'reference-list': {
        // Ids in `data: [...]`, `recipients: [...]`, `audiences: [...]` and a joint controller's `purposes: [...]`
        // are references to definitions.
        begin: '^(\\s*)(?:(-)\\s+)?(data|recipients|audiences|purposes)\\s*(:)\\s*(\\[)',
        beginCaptures: {
          2: { name: 'punctuation.definition.list.privacy-policy' },
          3: { name: 'entity.name.tag.key.privacy-policy' },
          4: { name: 'punctuation.separator.key-value.privacy-policy' },
          5: { name: 'punctuation.definition.sequence.begin.privacy-policy' },
        },
        end: '\\]',
        endCaptures: { 0: { name: 'punctuation.definition.sequence.end.privacy-policy' } },
        patterns: [
          { match: '[a-z][a-z0-9-]*', name: 'variable.other.reference.privacy-policy' },
          { match: ',', name: 'punctuation.separator.sequence.privacy-policy' },
        ],
      },
      key: {
        match: '^(\\s*)(?:(-)\\s+)?(["\']?)([\\w-]+)\\3\\s*(:)(?=\\s|$)',
        captures: {
          2: { name: 'punctuation.definition.list.privacy-policy' },
          4: { name: 'entity.name.tag.key.privacy-policy' },
          5: { name: 'punctuation.separator.key-value.privacy-policy' },
        },
      },
      value: {
        patterns: [
          {
            match: `\\b(?:${terms.map(escape).join('|')})\\b${valueEnd}`,
            name: 'constant.language.vocabulary.privacy-policy',
          },
          { match: `\\b(?:${aliases.map(escape).join('|')})\\b`, name: 'entity.name.type.article.privacy-policy' },
          {
            match: '\\bArt(?:icle)?\\.?\\s*\\d+(?:\\(\\d+\\))*(?:\\([a-z]\\))?',
            name: 'entity.name.type.article.privacy-policy',
          },
          {
            match: `\\b(?:${DURATION_SOURCE})(?![\\p{L}\\p{N}])`,
            name: 'constant.numeric.duration.privacy-policy',
          },
          // A date, or a month (`effective: 2026-08`).
          { match: '\\b\\d{4}-\\d{2}(?:-\\d{2})?\\b', name: 'constant.numeric.date.privacy-policy' },
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

/**
 * The `privacyPolicy.rules` setting of package.json: one property per rule, so that VS Code completes the rule ids
 * and their levels in settings.json and flags an unknown id. Resource scope: a folder may tune its own policies.
 */
export function rulesSetting(): object {
  return {
    type: 'object',
    scope: 'resource',
    default: {},
    markdownDescription: '%setting.rules%',
    properties: Object.fromEntries<object>([
      ...RULES.map((rule): [string, object] => [
        rule.id,
        {
          type: 'string',
          enum: [...SEVERITY_SETTINGS],
          markdownDescription: `%rule.${rule.id}%`,
        },
      ]),
      // Retired ids still apply, to the rule that replaced them; VS Code shows the deprecation where they are set.
      ...Object.entries(RETIRED_RULE_IDS).map(([old]): [string, object] => [
        old,
        {
          type: 'string',
          enum: [...SEVERITY_SETTINGS],
          deprecationMessage: `%rule.${old}.retired%`,
          markdownDescription: `%rule.${old}%`,
        },
      ]),
    ]),
    additionalProperties: false,
  };
}

const json = (data: object) => `${JSON.stringify(data, null, 2)}\n`;

/** package.json with the generated setting in place (npm keeps package.json in this two-space layout). */
function packageJson(current: string): string {
  const pkg = JSON.parse(current) as { contributes: { configuration: { properties: Record<string, unknown> } } };
  pkg.contributes.configuration.properties['privacyPolicy.rules'] = rulesSetting();
  return json(pkg);
}

/** The rules' own entries of package.nls.json, in one interface language. */
function ruleStrings(tag: string): Record<string, string> {
  const ui = interfaceText(tag);
  const strings: Record<string, string> = {};
  for (const rule of RULES) {
    const cited = ruleCitation(rule, DEFAULT_LAW);
    strings[`rule.${rule.id}`] = cited
      ? ui.t(
          '{0} (GDPR {1}) Default: `{2}`. [Rule reference]({3})',
          ui.t(rule.description),
          ui.cite(cited),
          rule.severity,
          ruleDocUrl(rule.id),
        )
      : ui.t('{0} Default: `{1}`. [Rule reference]({2})', ui.t(rule.description), rule.severity, ruleDocUrl(rule.id));
  }
  for (const [old, now] of Object.entries(RETIRED_RULE_IDS)) {
    strings[`rule.${old}`] = ui.t('Retired in v1.3: use `{0}`.', now);
    strings[`rule.${old}.retired`] = retiredRuleWarning(old, ui) ?? '';
  }
  return strings;
}

/** package.nls.json (English) and package.nls.<tag>.json: the contributions' words in each interface language. */
function packageNls(tag: string): Record<string, string> {
  const ui = interfaceText(tag);
  const strings: Record<string, string> = {};
  for (const [key, english] of Object.entries(PACKAGE_STRINGS))
    strings[key] = key === 'setting.rules' ? ui.t(english, RULE_REFERENCE) : ui.t(english);
  return { ...strings, ...ruleStrings(tag) };
}

/** l10n/bundle.l10n.<tag>.json: the client's messages (vscode.l10n's format) that the language's catalogue translates. */
function clientBundle(tag: string): Record<string, string> {
  const catalogue = interfaceCatalogue(tag) ?? {};
  const bundle: Record<string, string> = {};
  for (const { english } of codeMessages(root, ['client/src']))
    if (Object.hasOwn(catalogue, english)) bundle[english] = catalogue[english];
  return bundle;
}

/** The committed generated files, as they should read now: path → content. */
export function generatedFiles(): Record<string, string> {
  const translated = LANGUAGES.filter((l) => l.tag !== 'en');
  return {
    'package.nls.json': json(packageNls('en')),
    ...Object.fromEntries(translated.map((l) => [`package.nls.${l.tag}.json`, json(packageNls(l.tag))])),
    ...Object.fromEntries(translated.map((l) => [`l10n/bundle.l10n.${l.tag}.json`, json(clientBundle(l.tag))])),
    'syntaxes/privacy-policy.tmLanguage.json': json(grammar()),
    'schema/privacy-policy.schema.json': json(
      buildJsonSchema((rule) => isRuleId(rule) && RULES_BY_ID.get(rule)?.severity === 'error'),
    ),
    'package.json': packageJson(readFileSync(resolve(root, 'package.json'), 'utf8')),
  };
}

function write(path: string, text: string): void {
  const file = resolve(root, path);
  mkdirSync(resolve(file, '..'), { recursive: true });
  let old = '';
  try {
    old = readFileSync(file, 'utf8');
  } catch {
    /* new file */
  }
  if (old !== text) {
    writeFileSync(file, text);
    console.log(`generated ${path}`);
  }
}

if (require.main === module) {
  if (process.argv.includes('--build')) {
    // The preview's stylesheet is the notice's, in VS Code theme colours (not committed: built).
    write('media/notice.css', PREVIEW_CSS);
  } else {
    for (const [path, text] of Object.entries(generatedFiles())) write(path, text);
  }
}
