// Expands the CLI's file and folder arguments into policy files.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const POLICY_FILE = /\.privacy\.ya?ml$/i;
const SKIP = new Set(['node_modules', '.git', 'dist', 'out']);

export function findPolicyFiles(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory() && !SKIP.has(entry.name)) walk(join(dir, entry.name));
      else if (entry.isFile() && POLICY_FILE.test(entry.name)) files.push(join(dir, entry.name));
    }
  };
  for (const p of paths) {
    let stat;
    try {
      stat = statSync(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (stat.isDirectory()) walk(p);
    else files.push(p); // a file named explicitly is checked whatever its name
  }
  return { files, missing };
}
