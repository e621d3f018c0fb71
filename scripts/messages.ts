// The interface's messages as the code writes them: every call `t('…', …)` (client/src/localize.ts, and the server's
// `InterfaceText.t`, languages/interface.ts) whose message is a string literal or literals joined with `+`. Read by
// `npm run generate` (the client's l10n bundles) and by test/unit/interfaceText.test.ts (every catalogue complete).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

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
    if (!/\bt\(/.test(text)) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && node.arguments.length > 0) {
        const callee = node.expression;
        const name = ts.isIdentifier(callee)
          ? callee.text
          : ts.isPropertyAccessExpression(callee)
            ? callee.name.text
            : '';
        if (name === 't') {
          const english = literal(node.arguments[0]);
          if (english !== undefined) {
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
