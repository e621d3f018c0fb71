// The workspace's policy files on disk, for the language server in Node: the same files `privacy-policy check
// <folder>` finds (cli/findFiles.ts: the same name pattern and skipped folders), listed and read without blocking.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_WORKSPACE_POLICIES, POLICY_FILE_PATTERN, SKIPPED_FOLDERS } from '../protocol/constants';
import { WorkBudget } from '../core/cancellation';
import type { WorkspaceFileAccess } from '../service/workspaceProblems';

const SKIP = new Set(SKIPPED_FOLDERS);

/**
 * A path segment as VS Code writes it in a URI (vscode-uri encodes every character but the unreserved ones), so that
 * a file listed here has the URI the editor gives it when it is opened.
 */
const encodeSegment = (segment: string) =>
  encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export const isFileUri = (uri: string) => uri.startsWith('file:');

/** At most this many folders are searched for policies (a server started in a home folder must not walk the disk). */
const MAX_FOLDERS_WALKED = 20_000;

async function walk(
  folderUri: string,
  dir: string,
  relative: string[],
  out: string[],
  budget: WorkBudget,
): Promise<void> {
  if (out.length >= MAX_WORKSPACE_POLICIES || !budget.take()) return;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return; // a folder removed or unreadable meanwhile
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = [...relative, entry.name];
    if (out.length >= MAX_WORKSPACE_POLICIES) return;
    if (entry.isDirectory() && !SKIP.has(entry.name)) await walk(folderUri, join(dir, entry.name), path, out, budget);
    else if (entry.isFile() && POLICY_FILE_PATTERN.test(entry.name))
      out.push(`${folderUri.replace(/\/$/, '')}/${path.map(encodeSegment).join('/')}`);
  }
}

export const diskWorkspaceFiles: WorkspaceFileAccess = {
  async list(folders) {
    const out: string[] = [];
    const budget = new WorkBudget(MAX_FOLDERS_WALKED);
    for (const folder of folders.filter(isFileUri)) await walk(folder, fileURLToPath(folder), [], out, budget);
    return out;
  },
  async read(uri) {
    try {
      return await readFile(fileURLToPath(uri), 'utf8');
    } catch {
      return undefined;
    }
  },
};
