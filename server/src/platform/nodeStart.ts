// How VS Code starts the language server (dist/serverStart.js, README "Performance"): the server bundle
// (dist/server.js, beside this file) compiled with V8's code cache from the last start, kept in the folder
// PRIVACY_POLICY_CODE_CACHE names (the extension's own storage, which only the user can write to). Compiling the
// bundle and the functions the first analysis runs costs about a fifth of the time to the first problems; with the
// cache V8 reads them instead. Without the variable, or when anything about the cache fails, the bundle is
// required as usual. Other editors run dist/server.js itself.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/**
 * After this long the server has analysed the first policy: the cache then holds the functions it compiled. (The
 * protocol test sets it to 0 through PRIVACY_POLICY_CODE_CACHE_WRITE_MS.)
 */
const WRITE_AFTER_MS = Number(process.env.PRIVACY_POLICY_CODE_CACHE_WRITE_MS ?? 5000);

const bundle = join(__dirname, 'server.js');
const folder = process.env.PRIVACY_POLICY_CODE_CACHE;

function start(cacheFolder: string): void {
  const source = readFileSync(bundle, 'utf8');
  // A file per bundle and Node version: V8 itself refuses a cache from another V8, but it checks only the length of
  // the source, so another bundle must never find this one's cache.
  const key = createHash('sha256').update(process.version).update(source).digest('hex').slice(0, 16);
  const file = join(cacheFolder, `server-${key}.cache`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(file);
  } catch {
    cachedData = undefined; // the first start with this bundle
  }
  const script = new Script(wrap(source), { filename: bundle, cachedData });
  if (!cachedData || script.cachedDataRejected)
    setTimeout(() => writeCache(script, cacheFolder, file), WRITE_AFTER_MS).unref();
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  const module = { exports: {}, filename: bundle, id: bundle, loaded: false };
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
}

/** Writes the cache (whole or not at all), and removes the caches of earlier bundles. */
function writeCache(script: Script, cacheFolder: string, file: string): void {
  try {
    mkdirSync(cacheFolder, { recursive: true });
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, file);
    for (const name of readdirSync(cacheFolder))
      if (/^server-[0-9a-f]{16}\.cache$/.test(name) && join(cacheFolder, name) !== file)
        rmSync(join(cacheFolder, name), { force: true });
  } catch {
    // No cache this time: the next start compiles the bundle again.
  }
}

if (folder) start(folder);
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle, as any editor runs it
else require(bundle);
