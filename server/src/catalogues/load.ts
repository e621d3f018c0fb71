import type { InterfaceWords } from '../languages/language';
import { readCatalogueFile } from '#platform/catalogues';

// Lazy loading of the catalogue data (README, "Catalogues and evidence"). The data is ~1.3 MB of JSON: it stays out of the server bundle and
// of the startup path, and is read the first time a feature needs it. Under Node (server, CLI, tests) the files are
// read next to the code: `dist/data/` for the bundles (copied there by scripts/build.mjs and packaged in the .vsix),
// `server/src/catalogues/data/` when running from source; both are `data/` next to `__dirname`. The browser build
// reads `dist/data/` beside its worker (#platform/catalogues); `setCatalogueReader` replaces the reader (tests).

export type CatalogueFile = 'authorities.json' | 'organisations.json' | 'cookies.json';

export interface CatalogueSource {
  name: string;
  repository: string;
  commit: string;
  /** The as-of date of the data (the source commit's date). */
  date: string;
  licence: string;
}

export interface CatalogueFileContent<T> {
  source: CatalogueSource;
  entries: T[];
}

export type CatalogueReader = (file: CatalogueFile) => string;

let reader: CatalogueReader = readCatalogueFile;
const cache = new Map<CatalogueFile, unknown>();

/** Replaces how catalogue files are read (browser build, tests); clears what was loaded. */
export function setCatalogueReader(read: CatalogueReader): void {
  reader = read;
  cache.clear();
  for (const reset of resets) reset();
}

const resets: (() => void)[] = [];

/** Registers an index built from catalogue data, dropped when the reader changes. */
export function lazily<T>(build: () => T): () => T {
  let value: T | undefined;
  resets.push(() => (value = undefined));
  return () => (value ??= build());
}

export class CatalogueUnavailable extends Error {}

let log: (message: string) => void = (message) => console.error(message);
const logged = new Set<string>();

/** Where catalogue failures are logged: the server's output channel (server.ts); stderr by default. */
export function setCatalogueLog(write: (message: string) => void): void {
  log = write;
  logged.clear();
}

/**
 * A feature that could not read a catalogue goes on without it (no completion from it, no comparison), but the
 * failure is logged, once per message: a broken installation must show up in a bug report, not vanish.
 */
export function catalogueFailed(error: unknown, feature: string): void {
  const message = `${feature} runs without the catalogues: ${error instanceof Error ? error.message : String(error)}`;
  if (logged.has(message)) return;
  logged.add(message);
  log(message);
}

/** Reads and parses one catalogue file once; later calls return the same object. */
export function loadCatalogue<T>(file: CatalogueFile): CatalogueFileContent<T> {
  const hit = cache.get(file);
  if (hit) return hit as CatalogueFileContent<T>;
  let parsed: CatalogueFileContent<T>;
  try {
    parsed = JSON.parse(reader(file)) as CatalogueFileContent<T>;
  } catch (error) {
    throw new CatalogueUnavailable(`The catalogue ${file} could not be read: ${(error as Error).message}`);
  }
  if (!parsed || !Array.isArray(parsed.entries) || !parsed.source)
    throw new CatalogueUnavailable(`The catalogue ${file} is not in the expected shape.`);
  cache.set(file, parsed);
  return parsed;
}

/** "Open Cookie Database (as of 2026-01-21)": how every catalogue fact is attributed where the author sees it. */
export function attribution(source: CatalogueSource, ui: InterfaceWords): string {
  return ui.t('{0} (as of {1})', source.name, source.date);
}

/** "the Open Cookie Database as of 2026-01-21", inside a sentence. */
export function per(source: CatalogueSource, ui: InterfaceWords): string {
  return ui.t('the {0} as of {1}', source.name, source.date);
}

/** The source line under a hover or completion documentation. */
export function sourceNote(source: CatalogueSource, ui: InterfaceWords): string {
  return `*${ui.t('Source: {0}, as of {1} ({2}, licence {3}).', source.name, source.date, source.repository, source.licence)}*`;
}
