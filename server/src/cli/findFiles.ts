// Expands the CLI's file and folder arguments into policy files.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { POLICY_FILE_PATTERN, SKIPPED_FOLDERS } from '../protocol/constants';

const SKIP = new Set(SKIPPED_FOLDERS);

export function findPolicyFiles(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory() && !SKIP.has(entry.name)) walk(join(dir, entry.name));
      else if (entry.isFile() && POLICY_FILE_PATTERN.test(entry.name)) files.push(join(dir, entry.name));
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
