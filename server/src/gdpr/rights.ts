// Which data-subject rights apply to a policy (SPEC §4.4), derived from its legal bases.
import { entryOf, type PolicyModel, type Purpose } from '../parser/policyModel';
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
    objection: objectionApplies(model) ? 'some processing rests on legitimate interests or a public task, or is direct marketing or research' : undefined,
    'withdraw-consent': bases.has('consent') || special.has('explicit-consent') ? 'some processing rests on consent' : undefined,
    'automated-decisions': hasAutomated ? 'the policy describes automated decisions' : undefined,
  };
  return RIGHTS.filter((r) => applies[r.id] !== undefined).map((right) => ({ right, because: applies[right.id] as string }));
}

/**
 * The three grounds of the right to object (Art 21, SPEC §4.4), each with the purposes it concerns: Art 21(1) for
 * processing on legitimate interests or a public task; Art 21(2)–(3) for direct marketing (absolute); Art 21(6)
 * for research and statistics. A ground with no purpose does not apply and is not shown.
 */
export interface ObjectionGrounds {
  general: Purpose[];
  directMarketing: Purpose[];
  research: Purpose[];
}

export function objectionGrounds(model: Pick<PolicyModel, 'purposes'>): ObjectionGrounds {
  return {
    general: model.purposes.filter((p) => p.bases.some((b) => b.value === 'legitimate-interests' || b.value === 'public-task')),
    directMarketing: model.purposes.filter((p) => p.directMarketing),
    research: model.purposes.filter((p) => p.research),
  };
}

function objectionApplies(model: PolicyModel): boolean {
  const g = objectionGrounds(model);
  return g.general.length + g.directMarketing.length + g.research.length > 0;
}
