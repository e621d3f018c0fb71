// What lies under an offset in the parsed tree: the key or value, and its path from the root.
import { definitionsIn, type Definition, type PolicyModel, type Ref } from '../parser/policyModel';
import type { YEntry, YNode } from '../parser/yamlTree';
import type { PathSegment } from './cursor';

export interface Located {
  path: PathSegment[];
  /** The entry whose key or value is under the offset. */
  entry?: YEntry;
  node?: YNode;
  onKey: boolean;
}

const inside = (offset: number, span: { start: number; end: number }) => span.start <= offset && offset <= span.end;

export function locate(root: YNode | null, offset: number): Located | undefined {
  const path: PathSegment[] = [];
  let node = root;
  let found: Located | undefined;
  while (node) {
    let next: YNode | null = null;
    if (node.kind === 'map') {
      for (const entry of node.entries) {
        if (inside(offset, entry.keySpan)) return { path: [...path, entry.key], entry, onKey: true };
        if (entry.value && inside(offset, entry.value.span)) {
          path.push(entry.key);
          found = { path: [...path], entry, node: entry.value, onKey: false };
          next = entry.value;
          break;
        }
      }
    } else if (node.kind === 'seq') {
      const index = node.items.findIndex((item) => inside(offset, item.span));
      if (index >= 0) {
        path.push(index);
        found = { path: [...path], entry: found?.entry, node: node.items[index], onKey: false };
        next = node.items[index];
      }
    }
    node = next;
  }
  return found;
}

export type Symbol = { kind: 'definition'; def: Definition } | { kind: 'reference'; ref: Ref };

/** The data, recipient or purpose id under the offset, as a definition key or as a reference. */
export function symbolAt(model: PolicyModel, offset: number): Symbol | undefined {
  for (const def of [...model.data, ...model.recipients, ...model.purposes, ...model.audiences]) {
    if (inside(offset, def.keySpan)) return { kind: 'definition', def };
  }
  const ref = model.references.find((r) => inside(offset, r.span));
  return ref ? { kind: 'reference', ref } : undefined;
}

export function definitionOf(model: PolicyModel, section: Definition['section'], id: string): Definition | undefined {
  return definitionsIn(model, section).find((d) => d.id === id);
}
