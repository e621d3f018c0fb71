// A change in meaning between two versions of a policy, and the plain data its values are compared as.
import type { YNode } from '../parser/yamlTree';

export type Impact = 'inform-before-processing' | 'material' | 'editorial';

export interface Change {
  kind: string;
  impact: Impact;
  /** Plain sentence for the report and the "Changes to this policy" section. */
  summary: string;
  /** The purpose, recipient or country it concerns. */
  subject?: string;
  before?: string;
  after?: string;
  /** Why it must reach people before it applies (for `inform-before-processing`). */
  reason?: string;
}

/** A YAML value as plain data, for comparing meaning regardless of layout and quoting. */
export function plain(node: YNode | null | undefined): unknown {
  if (!node) return null;
  if (node.kind === 'scalar') return node.value === null ? null : String(node.value).trim();
  if (node.kind === 'seq') return node.items.map(plain);
  // Keys in order: the order of a mapping's keys carries no meaning.
  return Object.fromEntries(
    node.entries
      .map((e): [string, unknown] => [e.key, plain(e.value)])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}
