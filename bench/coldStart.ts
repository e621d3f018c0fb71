// Spawn → first diagnostics (README, "Performance"): a fresh server process, started as an editor starts it, then
// one example opened; the time until its problems are published. Our server's production bundle (what `npm run
// package` ships) as other editors start it and as VS Code does (dist/serverStart.js: with V8's code cache of an
// earlier start), the development bundle (dist/), and yaml-language-server with the JSON Schema the same way, rounds
// interleaved so that the machine's load weighs on all of them alike.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer, type TestClient } from '../test/support/lspClient';
import { SERVER_NODE_FLAGS } from '../client/src/serverFlags';

const root = resolve(__dirname, '..');

/** The servers compared, each started and given one document to open. */
type ServerKind = 'production' | 'cached' | 'development' | 'yaml';

export interface ColdStartResult {
  rounds: number;
  /** Per example: its name, lines and the median of each server. */
  examples: { name: string; lines: number; median: Record<ServerKind, number | undefined> }[];
  /** The median over every example and round. */
  all: Record<ServerKind, number | undefined>;
}

function median(xs: number[]): number | undefined {
  if (!xs.length) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** `out`: the production build's folder (scripts/build.mjs --production --outdir). */
export async function coldStartBench(out: string, rounds: number): Promise<ColdStartResult> {
  const schema = resolve(root, 'schema/privacy-policy.schema.json');
  const capabilities = {
    workspace: { configuration: true },
    textDocument: { publishDiagnostics: { versionSupport: true } },
  };
  const withCache = existsSync(resolve(out, 'serverStart.js'));
  // The code cache as VS Code's first start leaves it: written once the first policy was analysed.
  const cache = mkdtempSync(join(tmpdir(), 'pps-bench-cache-'));
  if (withCache) {
    const peer = await startServer({
      command: [...SERVER_NODE_FLAGS, resolve(out, 'serverStart.js'), '--stdio'],
      env: { PRIVACY_POLICY_CODE_CACHE: cache, PRIVACY_POLICY_CODE_CACHE_WRITE_MS: '1000' },
    });
    const uri = `file://${root}/examples/oxygis.privacy.yaml`;
    const published = peer.nextDiagnostics(uri);
    peer.open(uri, readFileSync(resolve(root, 'examples/oxygis.privacy.yaml'), 'utf8'));
    await published;
    while (!readdirSync(cache).some((f) => f.endsWith('.cache'))) await new Promise((r) => setTimeout(r, 100));
    await peer.stop();
  }
  const ours = (command: string[], env?: Record<string, string>) => async (uri: string, text: string) => {
    const peer = await startServer({ command, env, capabilities, configuration: () => null });
    return { peer, open: () => peer.open(uri, text) };
  };
  const servers: Partial<
    Record<ServerKind, (uri: string, text: string) => Promise<{ peer: TestClient; open: () => void }>>
  > = {
    production: ours([...SERVER_NODE_FLAGS, resolve(out, 'server.js'), '--stdio']),
    ...(withCache
      ? {
          cached: ours([...SERVER_NODE_FLAGS, resolve(out, 'serverStart.js'), '--stdio'], {
            PRIVACY_POLICY_CODE_CACHE: cache,
          }),
        }
      : {}),
    development: ours([...SERVER_NODE_FLAGS, resolve(root, 'dist/server.js'), '--stdio']),
    yaml: async (uri: string, text: string) => {
      const settings = { validate: true, schemas: { [schema]: ['*.privacy.yaml'] }, schemaStore: { enable: false } };
      const peer = await startServer({
        command: [resolve(root, 'node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'],
        capabilities,
        configuration: (section) => (section === 'yaml' ? settings : null),
      });
      await peer.connection.sendNotification('workspace/didChangeConfiguration', { settings: { yaml: settings } });
      return {
        peer,
        open: () =>
          void peer.connection.sendNotification('textDocument/didOpen', {
            textDocument: { uri, languageId: 'yaml', version: 1, text },
          }),
      };
    },
  };
  const kinds = Object.keys(servers) as ServerKind[];
  const files = readdirSync(resolve(root, 'examples'))
    .filter((f) => f.endsWith('.privacy.yaml'))
    .sort();
  const times = new Map(files.map((f) => [f, new Map<ServerKind, number[]>(kinds.map((k) => [k, []]))]));
  for (let round = 0; round < rounds; round++)
    for (const file of files) {
      const text = readFileSync(resolve(root, 'examples', file), 'utf8');
      const uri = `file://${root}/examples/${file}`;
      for (const kind of kinds) {
        const started = performance.now();
        const { peer, open } = await servers[kind]!(uri, text);
        const published = peer.nextDiagnostics(uri, () => true, 60_000);
        open();
        await published;
        times
          .get(file)!
          .get(kind)!
          .push(performance.now() - started);
        await peer.stop();
      }
    }
  rmSync(cache, { recursive: true, force: true });
  const every = (kind: ServerKind) => [...times.values()].flatMap((t) => t.get(kind) ?? []);
  const record = (pick: (kind: ServerKind) => number[]) =>
    Object.fromEntries(
      (['production', 'cached', 'development', 'yaml'] as const).map((k) => [k, median(pick(k))]),
    ) as Record<ServerKind, number | undefined>;
  return {
    rounds,
    examples: files.map((file) => ({
      name: file.replace('.privacy.yaml', ''),
      lines: readFileSync(resolve(root, 'examples', file), 'utf8').split('\n').length,
      median: record((k) => times.get(file)!.get(k) ?? []),
    })),
    all: record(every),
  };
}
