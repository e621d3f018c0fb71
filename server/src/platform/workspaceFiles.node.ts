// The workspace's policy files on disk, for the language server in Node: the same files `privacy-policy check
// <folder>` finds (cli/findFiles.ts: the same name pattern and skipped folders), listed and read without blocking.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { POLICY_FILE_PATTERN, SKIPPED_FOLDERS } from '../protocol/constants';
import type { WorkspaceFileAccess } from '../service/workspaceProblems';

const SKIP = new Set(SKIPPED_FOLDERS);

/**
 * A path segment as VS Code writes it in a URI (vscode-uri encodes every character but the unreserved ones), so that
 * a file listed here has the URI the editor gives it when it is opened.
 */
const encodeSegment = (segment: string) =>
  encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export const isFileUri = (uri: string) => uri.startsWith('file:');

async function walk(folderUri: string, dir: string, relative: string[], out: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return; // a folder removed or unreadable meanwhile
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = [...relative, entry.name];
    if (entry.isDirectory() && !SKIP.has(entry.name)) await walk(folderUri, join(dir, entry.name), path, out);
    else if (entry.isFile() && POLICY_FILE_PATTERN.test(entry.name))
      out.push(`${folderUri.replace(/\/$/, '')}/${path.map(encodeSegment).join('/')}`);
  }
}

export const diskWorkspaceFiles: WorkspaceFileAccess = {
  async list(folders) {
    const out: string[] = [];
    for (const folder of folders.filter(isFileUri)) await walk(folder, fileURLToPath(folder), [], out);
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
