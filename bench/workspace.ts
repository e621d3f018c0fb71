// `npm run bench` part: workspace problems (README, "Workspace problems"). 300 generated policies in a folder, analysed
// by the server (dist/server.js over stdio) as LSP workspace diagnostics (a pull client), and published to a
// push-only client (VS Code's) while the author types in the open 1,746-line bench policy: keystroke → its problems,
// measured side by side with the same keystrokes in a server without a workspace.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, type TestClient } from '../test/support/lspClient';
import { generatePolicy } from './generatePolicy';

export const WORKSPACE_POLICIES = 300;
/** The open policy: generatePolicy(2000) is 1,746 lines. */
const OPEN_POLICY_SIZE = 2000;
/** A fast typist: ten keystrokes a second. */
export const KEYSTROKE_INTERVAL_MS = 100;

export interface WorkspaceFigures {
  files: number;
  megabytes: number;
  /** Start → the workspace/diagnostic answer with every file (pull client, nobody typing). */
  pullMs: number;
  /** The CPU time the server used meanwhile (less sensitive to the machine's load than the elapsed time). */
  pullCpuMs: number;
  /** Start → every closed file's problems published (push client), while the author types. */
  pushWhileTypingMs: number;
  lines: number;
  /** Keystroke → problems of the open policy, while the workspace is analysed (median, slowest). */
  typingDuringWorkspace: { median: number; max: number; count: number };
  /** The same keystrokes in a server without a workspace (median, slowest). */
  typingAlone: { median: number; max: number; count: number };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

/** A folder of `count` policies of about 400 to 600 lines each (real notices are 15–30 KB), plus the open one. */
function policyFolder(count: number): { dir: string; bytes: number; openText: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pps-bench-workspace-'));
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `unit-${Math.floor(i / 50)}`);
    mkdirSync(sub, { recursive: true });
    const text = generatePolicy(500 + (i % 5) * 50 - 100).replace('Benchmark Holding NV', `Benchmark Holding ${i} NV`);
    bytes += text.length;
    writeFileSync(join(sub, `policy-${i}.privacy.yaml`), text);
  }
  const openText = generatePolicy(OPEN_POLICY_SIZE);
  writeFileSync(join(dir, 'open.privacy.yaml'), openText);
  return { dir, bytes, openText };
}

const CAPABILITIES = {
  textDocument: { publishDiagnostics: { versionSupport: true } },
  workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
};

/**
 * Keystrokes in the open policy, KEYSTROKE_INTERVAL_MS apart (or once the previous one's problems came, if later),
 * until `until()` says stop: the time from each keystroke to its problems.
 */
async function type(
  client: TestClient,
  uri: string,
  text: string,
  until: (typed: number) => boolean,
): Promise<number[]> {
  const times: number[] = [];
  let version = 1;
  const pending = client.nextDiagnostics(uri, (p) => p.version === 1, 60_000);
  client.open(uri, text, 1);
  await pending;
  while (!until(times.length)) {
    version++;
    const next = client.nextDiagnostics(uri, (p) => p.version === version, 60_000);
    const t = performance.now();
    client.change(uri, text.replace('Purpose number 1 ', `Purpose number 1 (${version}) `), version);
    await next;
    times.push(performance.now() - t);
    const pause = KEYSTROKE_INTERVAL_MS - (performance.now() - t);
    if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
  }
  return times;
}

export async function workspaceBench(quick: boolean): Promise<WorkspaceFigures> {
  const count = quick ? 60 : WORKSPACE_POLICIES;
  const { dir, bytes, openText } = policyFolder(count);
  const folder = pathToFileURL(dir).href;
  const openUri = `${folder}/open.privacy.yaml`;
  try {
    // 1. A pull client: start → the workspace/diagnostic answer (nobody typing). The open policy is a workspace file
    //    too: 301 reports.
    const started = performance.now();
    const pull = await startServer({
      capabilities: { ...CAPABILITIES, textDocument: { diagnostic: { dynamicRegistration: false } } },
      workspaceFolders: [{ uri: folder, name: 'policies' }],
    });
    const report = await pull.request<{ items: { kind: string }[] }>('workspace/diagnostic', { previousResultIds: [] });
    const pullMs = performance.now() - started;
    const pullCpuMs = pull.cpuMs();
    if (report.items.length !== count + 1) throw new Error(`${report.items.length} reports for ${count + 1} files`);
    await pull.stop();

    // 2. A push client typing in the open policy while the server analyses the workspace.
    const closed = new Set<string>();
    const t0 = performance.now();
    const push = await startServer({ capabilities: CAPABILITIES, rootUri: folder });
    let pushWhileTypingMs = Number.NaN;
    const allPublished = new Promise<void>((resolveAll) =>
      push.onPublished((p) => {
        if (p.version === undefined && p.uri !== openUri) closed.add(p.uri);
        if (closed.size === count && Number.isNaN(pushWhileTypingMs)) {
          pushWhileTypingMs = performance.now() - t0;
          resolveAll();
        }
      }),
    );
    const during = await type(push, openUri, openText, (typed) => closed.size >= count && typed >= 5);
    await allPublished;
    await push.stop();

    // 3. The same keystrokes without a workspace.
    const alone = await startServer({ capabilities: CAPABILITIES });
    const baseline = await type(
      alone,
      openUri,
      openText,
      (typed) => typed >= Math.min(40, Math.max(10, during.length)),
    );
    await alone.stop();

    return {
      files: count,
      megabytes: bytes / 1048576,
      pullMs,
      pullCpuMs,
      pushWhileTypingMs,
      lines: openText.split('\n').length,
      typingDuringWorkspace: { median: median(during), max: Math.max(...during), count: during.length },
      typingAlone: { median: median(baseline), max: Math.max(...baseline), count: baseline.length },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
