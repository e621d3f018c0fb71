// The automated decisions of a policy (docs/language.md, "automated_decisions"), each with the purpose it serves when
// its `purpose` names one (by id or title).
import { entryOf, fieldStr, mapOf, type PolicyModel, type Purpose, type Str } from '../parser/policyModel';

export interface AutomatedDecision {
  /** The decision's `purpose` as written. */
  written: Str;
  /** The purpose it names, if any. */
  purpose?: Purpose;
}

export function automatedDecisions(model: Pick<PolicyModel, 'root' | 'purposes'>): AutomatedDecision[] {
  const list = entryOf(model.root, 'automated_decisions')?.value;
  if (list?.kind !== 'seq') return [];
  const key = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  return list.items.flatMap((item) => {
    const written = fieldStr(mapOf(item), 'purpose');
    if (!written) return [];
    const wanted = key(written.value);
    const purpose = model.purposes.find((p) => p.id === written.value.trim() || key(p.name) === wanted);
    return [{ written, purpose }];
  });
}
