// The protocol tests run the bundles in dist/. `npm run test:protocol` builds them first; a run of one test file
// against a build older than the sources would test yesterday's code, so that fails here, loudly.
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const SOURCES = ['server/src', 'snippets'];

function newestSource(): { file: string; mtime: number } {
  let newest = { file: '', mtime: 0 };
  for (const dir of SOURCES) {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })) {
      if (!entry.isFile()) continue;
      const file = join(entry.parentPath, entry.name);
      const mtime = statSync(file).mtimeMs;
      if (mtime > newest.mtime) newest = { file, mtime };
    }
  }
  return newest;
}

/** The absolute path of a bundle (e.g. `dist/server.js`), after checking that it exists and is newer than the sources. */
export function built(bundle: string): string {
  const file = join(ROOT, bundle);
  let mtime: number;
  try {
    mtime = statSync(file).mtimeMs;
  } catch {
    throw new Error(`${bundle} is missing: run \`npm run build\` (or \`npm run test:protocol\`, which builds first)`);
  }
  const source = newestSource();
  if (source.mtime > mtime)
    throw new Error(
      `${bundle} is older than ${source.file.slice(ROOT.length + 1)}: run \`npm run build\` (or \`npm run ` +
        `test:protocol\`, which builds first)`,
    );
  return file;
}
