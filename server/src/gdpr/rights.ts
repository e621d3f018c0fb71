// Which data-subject rights apply to a policy (SPEC §4.4), derived from its legal bases.
import { entryOf, type PolicyModel } from '../parser/policyModel';
import { RIGHTS, type Term } from './vocabulary';

export interface ApplicableRight {
  right: Term;
  /** Why it applies, for hover and the rendered notice. */
  because: string;
}

export function applicableRights(model: PolicyModel): ApplicableRight[] {
  const bases = new Set(model.purposes.flatMap((p) => p.bases.map((b) => b.value)));
  const special = new Set(model.purposes.flatMap((p) => p.specialBases.map((b) => b.value)));
  const automated = entryOf(model.root, 'automated_decisions')?.value;
  const hasAutomated = automated !== undefined && automated !== null && !(automated.kind === 'scalar' && (automated.value === 'none' || automated.value === null));
  const applies: Record<string, string | undefined> = {
    access: 'always',
    rectification: 'always',
    erasure: 'always',
    restriction: 'always',
    complaint: 'always',
    portability: bases.has('consent') || bases.has('contract') ? 'some processing rests on consent or a contract' : undefined,
    objection: bases.has('legitimate-interests') || bases.has('public-task') ? 'some processing rests on legitimate interests or a public task' : undefined,
    'withdraw-consent': bases.has('consent') || special.has('explicit-consent') ? 'some processing rests on consent' : undefined,
    'automated-decisions': hasAutomated ? 'the policy describes automated decisions' : undefined,
  };
  return RIGHTS.filter((r) => applies[r.id] !== undefined).map((right) => ({ right, because: applies[right.id] as string }));
}
