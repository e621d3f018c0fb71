// Reads a catalogue file in Node: `data/` next to the code (dist/data/ for the bundles, copied by scripts/build.mjs;
// server/src/catalogues/data/ from source).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function readCatalogueFile(file: string): string {
  return readFileSync(join(__dirname, 'data', file), 'utf8');
}

/** Node finds the files itself (the browser build takes their locations from the client). */
export function useCatalogueLocations(_urls: Record<string, string>): void {}
