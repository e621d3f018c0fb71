// What changed in meaning between an older text of a policy and the current document: Compare with Git HEAD and
// `privacy-policy diff`.
import { changelogSection, formatDiffText, semanticDiff, type Change } from './semanticDiff';
import { entryOf, fieldStr, mapOf } from '../parser/policyModel';
import { analyzeText, type Analysis } from '../core/analysis';
import { throwIfCancelled, type CancellationSignal } from '../core/cancellation';

export interface Comparison {
  changes: Change[];
  /** The report in plain words, most important first. */
  report: string;
  /** A "Changes to this policy" entry for the current policy's `sections`, dated as the policy is. */
  changelog: string;
  /** How many changes people must be told about before they apply (docs/diff-and-exports.md). */
  informFirst: number;
}

/** `signal` is read after parsing the older text, before comparing (throws `Cancelled`, core/cancellation.ts). */
export function compareWith(oldText: string, current: Analysis, signal?: CancellationSignal): Comparison {
  throwIfCancelled(signal);
  const before = analyzeText(oldText).model;
  throwIfCancelled(signal);
  const changes = semanticDiff(before, current.model, current.laws[0]);
  const policy = mapOf(entryOf(current.model.root, 'policy')?.value);
  const date = (fieldStr(policy, 'updated') ?? fieldStr(policy, 'effective'))?.value;
  return {
    changes,
    report: formatDiffText(changes),
    changelog: changelogSection(changes, date),
    informFirst: changes.filter((c) => c.impact === 'inform-before-processing').length,
  };
}
