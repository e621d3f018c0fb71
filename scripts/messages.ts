// The interface's messages as the code writes them: every call `t('…', …)` (client/src/localize.ts, and the server's
// `InterfaceText.t`, languages/interface.ts) whose message is a string literal or literals joined with `+`. Read by
// `npm run generate` (the client's l10n bundles) and by test/unit/interfaceText.test.ts (every catalogue complete).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import SNIPPETS from '../snippets/privacy-policy.code-snippets.json';
import { allAuthorities, GERMAN_STATES } from '../server/src/catalogues/authorities';
import { LAWS } from '../server/src/laws';
import { RULES } from '../server/src/rules';
import { POLICY_SCHEMA, RETENTION_KEYS, SECTION_NOUN } from '../server/src/schema/policySchema';

export interface CodeMessage {
  english: string;
  /** `path:line` where the code writes it. */
  at: string;
}

function sourceFiles(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(root, `${dir}/${e.name}`) : e.name.endsWith('.ts') ? [`${dir}/${e.name}`] : [],
  );
}

/** A string literal, or literals joined with `+`, as one string; undefined for anything computed. */
function literal(node: ts.Expression): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return literal(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const [a, b] = [literal(node.left), literal(node.right)];
    return a !== undefined && b !== undefined ? a + b : undefined;
  }
  return undefined;
}

/** The messages of the `.ts` files under `dirs` (relative to `root`), in order of appearance. */
export function codeMessages(root: string, dirs: readonly string[]): CodeMessage[] {
  const found: CodeMessage[] = [];
  for (const file of dirs.flatMap((d) => sourceFiles(root, d))) {
    const text = readFileSync(join(root, file), 'utf8');
    if (!/\b(?:t|message)\(/.test(text)) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && node.arguments.length > 0) {
        const callee = node.expression;
        const name = ts.isIdentifier(callee)
          ? callee.text
          : ts.isPropertyAccessExpression(callee)
            ? callee.name.text
            : '';
        if (name === 't' || name === 'message') {
          // `t(one ? 'Special category: …' : 'Special categories: …', …)`: each branch is a message.
          const first = node.arguments[0];
          const choices = ts.isConditionalExpression(first) ? [first.whenTrue, first.whenFalse] : [first];
          for (const choice of choices) {
            const english = literal(choice);
            if (english === undefined) continue;
            const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
            found.push({ english, at: `${relative(root, join(root, file))}:${line}` });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/**
 * The messages the code says from data rather than from a literal (`ui.t(field.description)`): the schema's field
 * descriptions and the groups it asks one of, the section nouns, the snippets' names and descriptions, every law's
 * article summaries, the German states and the scopes of the authorities, and the rules' descriptions.
 */
export function dataMessages(): CodeMessage[] {
  const found: CodeMessage[] = [];
  const add = (english: string | undefined, at: string) => {
    if (english) found.push({ english, at });
  };
  const seen = new Set<object>();
  const walk = (node: unknown, at: string): void => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const record = node as Record<string, unknown>;
    if (typeof record.description === 'string' && 'value' in record) add(record.description, at);
    for (const group of (record.anyOf as { what: string }[] | undefined) ?? []) add(group.what, `${at} anyOf`);
    for (const [key, value] of Object.entries(record))
      if (value && typeof value === 'object') walk(value, key === 'fields' ? at : `${at}.${key}`);
  };
  walk(POLICY_SCHEMA, 'schema');
  walk(RETENTION_KEYS, 'schema retention');
  for (const noun of Object.values(SECTION_NOUN)) add(noun, 'SECTION_NOUN');
  for (const [name, snippet] of Object.entries(SNIPPETS as Record<string, { description: string }>)) {
    add(name, 'snippets');
    add(snippet.description, `snippet ${name}`);
  }
  for (const law of LAWS)
    for (const article of law.text.articles()) add(article.summary, `${law.id} Art ${article.number}`);
  for (const state of Object.values(GERMAN_STATES)) add(state, 'GERMAN_STATES');
  for (const authority of allAuthorities()) add(authority.scope, `authority ${authority.name}`);
  for (const rule of RULES) add(rule.description, `rule ${rule.id}`);
  return found;
}
