// ARCHITECTURE.md made executable: every import of the server and the client is read (with the TypeScript parser,
// type-only imports included) and checked against the floors the page describes. A module may import from its own
// floor or a lower one, never a higher one; no two modules import each other, directly or round a longer cycle; the
// CLI reaches no LSP package; the client reaches the server only through protocol/.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

const ROOT = resolve(__dirname, '../..');
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  imports: Record<string, Record<string, string>>;
};

/** The server's floors, lowest first, as in ARCHITECTURE.md: path patterns of the modules on each. */
const FLOORS: { name: string; patterns: RegExp[] }[] = [
  { name: 'protocol', patterns: [/^server\/src\/protocol\//] },
  {
    name: 'language words',
    patterns: [
      /^server\/src\/languages\/(index|language)\.ts$/,
      /^server\/src\/languages\/[^/]+\/(language|interface)\.ts$/,
    ],
  },
  { name: 'vocabulary', patterns: [/^server\/src\/vocabulary\//] },
  { name: 'laws', patterns: [/^server\/src\/laws\//] },
  { name: 'catalogues', patterns: [/^server\/src\/catalogues\//] },
  { name: 'syntax', patterns: [/^server\/src\/parser\//, /^server\/src\/schema\//] },
  {
    name: 'notice text',
    patterns: [
      /^server\/src\/languages\/(notices|noticeText|interface)\.ts$/,
      /^server\/src\/languages\/[^/]+\/notice\.ts$/,
    ],
  },
  { name: 'evidence', patterns: [/^server\/src\/reconcile\//] },
  { name: 'core', patterns: [/^server\/src\/core\//] },
  { name: 'rules', patterns: [/^server\/src\/rules\//] },
  { name: 'render', patterns: [/^server\/src\/render\//] },
  { name: 'export', patterns: [/^server\/src\/export\//] },
  { name: 'compare', patterns: [/^server\/src\/compare\//] },
  { name: 'service', patterns: [/^server\/src\/service\//] },
  {
    name: 'edges',
    patterns: [
      /^server\/src\/(server|reconcileRequests|workspaceRequests|cancellation)\.ts$/,
      /^server\/src\/platform\//,
      /^server\/src\/cli\//,
    ],
  },
];

/** The packages that speak LSP or JSON-RPC, and where they may be imported. */
const LSP_PACKAGE = /^vscode-(languageserver|jsonrpc|languageclient)/;
const MAY_SPEAK_LSP = [
  /^server\/src\/(server|reconcileRequests|workspaceRequests|cancellation)\.ts$/,
  /^server\/src\/platform\//,
  /^server\/src\/service\//,
  /^server\/src\/protocol\//,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(`${dir}/${e.name}`) : e.name.endsWith('.ts') ? [`${dir}/${e.name}`] : [],
  );
}

interface Import {
  from: string;
  /** A repository path (relative or `#platform` imports resolved), or a package name. */
  to: string;
  isPackage: boolean;
}

function resolveModule(from: string, spec: string): string | undefined {
  if (spec.startsWith('#')) {
    const target = PACKAGE.imports[spec];
    return target ? relative(ROOT, resolve(ROOT, target.default)) : undefined;
  }
  const base = resolve(ROOT, dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && candidate.endsWith('.ts')) return relative(ROOT, candidate);
  }
  return spec.endsWith('.json') ? relative(ROOT, base) : undefined;
}

function importsOf(file: string): Import[] {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const specs: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier)
      specs.push((node.moduleSpecifier as ts.StringLiteral).text);
    else if (
      ts.isCallExpression(node) &&
      ((ts.isIdentifier(node.expression) && node.expression.text === 'require') ||
        node.expression.kind === ts.SyntaxKind.ImportKeyword) &&
      node.arguments.length === 1 &&
      ts.isStringLiteral(node.arguments[0])
    )
      specs.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specs.map((spec) => {
    const local = spec.startsWith('.') || spec.startsWith('#');
    const to = local ? resolveModule(file, spec) : spec;
    assert.ok(to, `${file}: cannot resolve '${spec}'`);
    return { from: file, to, isPackage: !local };
  });
}

const floorOf = (file: string) => FLOORS.findIndex((f) => f.patterns.some((p) => p.test(file)));

const SERVER = sourceFiles('server/src');
const CLIENT = sourceFiles('client/src');
const IMPORTS = new Map([...SERVER, ...CLIENT].map((f) => [f, importsOf(f)]));

describe('architecture (ARCHITECTURE.md)', () => {
  it('puts every server module on a floor', () => {
    const unplaced = SERVER.filter((f) => floorOf(f) < 0);
    assert.deepEqual(unplaced, [], 'modules on no floor: add their folder to ARCHITECTURE.md and to FLOORS');
  });

  it('has no import that climbs a floor', () => {
    const climbing: string[] = [];
    for (const file of SERVER) {
      for (const imp of IMPORTS.get(file)!) {
        if (imp.isPackage || !imp.to.startsWith('server/src/') || !imp.to.endsWith('.ts')) continue;
        const [from, to] = [floorOf(file), floorOf(imp.to)];
        if (to > from) climbing.push(`${file} (${FLOORS[from].name}) → ${imp.to} (${FLOORS[to].name})`);
      }
    }
    assert.deepEqual(climbing, []);
  });

  it('has no cycle between modules', () => {
    const local = (file: string) =>
      IMPORTS.get(file)!
        .filter((i) => !i.isPackage && IMPORTS.has(i.to))
        .map((i) => i.to);
    // Tarjan's strongly connected components: any component of more than one module is a cycle.
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const cycles: string[][] = [];
    let next = 0;
    const connect = (v: string) => {
      index.set(v, next);
      low.set(v, next++);
      stack.push(v);
      onStack.add(v);
      for (const w of local(v)) {
        if (!index.has(w)) {
          connect(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
      if (low.get(v) === index.get(v)) {
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.push(w);
        } while (w !== v);
        if (component.length > 1 || local(v).includes(v)) cycles.push(component.sort());
      }
    };
    for (const file of IMPORTS.keys()) if (!index.has(file)) connect(file);
    assert.deepEqual(cycles, []);
  });

  it('speaks LSP only at the edge: service/, server.ts, platform/ and protocol/', () => {
    const found = SERVER.flatMap((file) =>
      IMPORTS.get(file)!
        .filter((i) => i.isPackage && LSP_PACKAGE.test(i.to) && !MAY_SPEAK_LSP.some((p) => p.test(file)))
        .map((i) => `${file} → ${i.to}`),
    );
    assert.deepEqual(found, []);
  });

  it('the CLI reaches no LSP package, through any chain of imports', () => {
    const seen = new Set<string>();
    const lsp: string[] = [];
    const walk = (file: string, path: string[]) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const imp of IMPORTS.get(file) ?? []) {
        if (imp.isPackage) {
          if (LSP_PACKAGE.test(imp.to)) lsp.push([...path, file, imp.to].join(' → '));
        } else walk(imp.to, [...path, file]);
      }
    };
    walk('server/src/cli/main.ts', []);
    assert.ok(seen.size > 50, `the walk reached ${seen.size} modules: is the CLI's entry still cli/main.ts?`);
    assert.deepEqual(lsp, []);
  });

  it('the client imports the server only through protocol/', () => {
    const found = CLIENT.flatMap((file) =>
      IMPORTS.get(file)!
        .filter((i) => i.to.startsWith('server/') && !i.to.startsWith('server/src/protocol/'))
        .map((i) => `${file} → ${i.to}`),
    );
    assert.deepEqual(found, []);
  });

  it('protocol/ imports no other server module (both bundles include it)', () => {
    const found = SERVER.filter((f) => f.startsWith('server/src/protocol/')).flatMap((file) =>
      IMPORTS.get(file)!
        .filter((i) => !i.isPackage && !i.to.startsWith('server/src/protocol/'))
        .map((i) => `${file} → ${i.to}`),
    );
    assert.deepEqual(found, []);
  });

  it('code cites the repository’s own documents, never the specification it was built from', () => {
    const code = [...SERVER, ...CLIENT, ...sourceFiles('test'), ...sourceFiles('bench'), ...sourceFiles('scripts')];
    const citing = code.filter((f) => /\bSPEC (?:§|v\d)/.test(readFileSync(join(ROOT, f), 'utf8')));
    assert.deepEqual(citing, []);
  });

  it('ARCHITECTURE.md names every floor and every server folder', () => {
    const page = readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8');
    for (const floor of FLOORS)
      assert.ok(page.includes(`**${floor.name}**`), `ARCHITECTURE.md does not name the floor '${floor.name}'`);
    const folders = readdirSync(join(ROOT, 'server/src'), { withFileTypes: true }).filter((e) => e.isDirectory());
    for (const folder of folders)
      assert.ok(page.includes(`${folder.name}/`), `ARCHITECTURE.md does not mention ${folder.name}/`);
  });
});
