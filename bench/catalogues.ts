// `npm run bench` part: the catalogues' cost (load time and the heap they add, measured in a fresh process from the
// production bundle's data folder) and the throughput of `reconcile` on a generated 100 MB HAR.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(__dirname, '..');

/** Writes a HAR of about `megabytes` MB: pages with scripts, pixels and cookies, and large response bodies. */
export function generateHar(path: string, megabytes: number): number {
  const fd = openSync(path, 'w');
  const body = 'QUJD'.repeat(64 * 1024); // 256 KB of base64-like text per body
  writeSync(
    fd,
    '{"log": {"version": "1.2", "creator": {"name": "bench", "version": "1"}, "pages": [{"id": "p", "title": ' +
      '"https://www.shop.example/"}], "entries": [\n',
  );
  let written = 0;
  let i = 0;
  const hosts = [
    'www.shop.example',
    'cdn.shop.example',
    'www.google-analytics.com',
    'stats.g.doubleclick.net',
    'connect.facebook.net',
    'static.tracker.example',
  ];
  while (written < megabytes * 1024 * 1024) {
    const host = hosts[i % hosts.length];
    const entry = JSON.stringify({
      pageref: 'p',
      startedDateTime: '2026-01-01T00:00:00.000Z',
      request: {
        method: 'GET',
        url: `https://${host}/asset/${i}?v=1`,
        httpVersion: 'HTTP/2',
        headers: [{ name: 'Cookie', value: `session=abc; _ga=GA1.1.${i}; _ga_ABC=GS1` }],
        cookies: [{ name: 'session', value: 'abc' }],
        queryString: [{ name: 'v', value: '1' }],
      },
      response: {
        status: 200,
        statusText: 'OK',
        httpVersion: 'HTTP/2',
        headers: [
          { name: 'Set-Cookie', value: `c${i % 50}=1; Path=/; Max-Age=3600` },
          { name: 'Content-Type', value: 'text/plain' },
        ],
        cookies: [{ name: `c${i % 50}`, value: '1' }],
        content: { size: body.length, mimeType: 'text/plain', text: body },
        redirectURL: '',
      },
      cache: {},
      timings: { send: 0, wait: 1, receive: 1 },
    });
    const line = `${i ? ',' : ''}${entry}\n`;
    writeSync(fd, line);
    written += line.length;
    i++;
  }
  writeSync(fd, ']}}\n');
  closeSync(fd);
  return statSync(path).size;
}

export interface CatalogueFigures {
  loadMs: number;
  heapMb: number;
  reconcile: { megabytes: number; ms: number; mbPerSecond: number; peakRssMb: number };
}

export function catalogueBench(quick: boolean): CatalogueFigures {
  // 1. Load every catalogue and build its indexes in a fresh process, after a collection on both sides.
  const load = `
    const { allAuthorities } = require('./server/src/catalogues/authorities');
    const { organisationForHost, searchOrganisations } = require('./server/src/catalogues/organisations');
    const { lookupCookie } = require('./server/src/catalogues/cookies');
    require('./server/src/catalogues/domains');
    gc(); const before = process.memoryUsage().heapUsed;
    const t = performance.now();
    allAuthorities(); organisationForHost('www.google-analytics.com'); lookupCookie('_ga'); searchOrganisations('ma');
    const ms = performance.now() - t;
    gc(); const after = process.memoryUsage().heapUsed;
    console.log(JSON.stringify({ ms, heap: (after - before) / 1048576 }));`;
  const loaded = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', '-e', load], {
    cwd: root,
    encoding: 'utf8',
  });
  if (loaded.status !== 0) throw new Error(loaded.stderr);
  const { ms, heap } = JSON.parse(loaded.stdout.trim().split('\n').pop()!) as { ms: number; heap: number };

  // 2. reconcile on a generated HAR, through the bundled CLI (reads in chunks; the policy has no cookies section).
  const dir = resolve(root, '.cache');
  mkdirSync(dir, { recursive: true });
  const har = resolve(dir, 'bench.har');
  const megabytes = quick ? 20 : 100;
  const size = generateHar(har, megabytes);
  const script = `
    const t = performance.now();
    process.argv = [process.argv[0], 'cli', 'reconcile', ${JSON.stringify(resolve(root, 'examples/oscart.privacy.yaml'))}, '--har', ${JSON.stringify(har)}, '--format', 'json'];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = () => true;
    require(${JSON.stringify(resolve(root, 'dist/cli.js'))});
    process.stdout.write = write;
    console.log(JSON.stringify({ ms: performance.now() - t, rss: process.resourceUsage().maxRSS / 1024, code: process.exitCode }));`;
  const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  rmSync(har, { force: true });
  const figures = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as { ms: number; rss: number; code: number };
  if (figures.code !== 0) throw new Error(`reconcile exited with ${figures.code}: ${run.stderr}`);
  const mb = size / 1048576;
  return {
    loadMs: ms,
    heapMb: heap,
    reconcile: { megabytes: mb, ms: figures.ms, mbPerSecond: mb / (figures.ms / 1000), peakRssMb: figures.rss },
  };
}
