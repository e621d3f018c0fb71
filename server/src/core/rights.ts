// Which data-subject rights apply to a policy (docs/language.md, "Which rights apply"), derived from its legal bases.
import { entryOf, fieldStr, mapOf, strOf, type PolicyModel, type Purpose, type Str } from '../parser/policyModel';
import type { YNode } from '../parser/yamlTree';
import { findTerm, RIGHTS, type Term } from '../vocabulary/terms';
import type { Law } from '../laws';

export interface ApplicableRight {
  right: Term;
  /** Why it applies, for hover and the rendered notice. */
  because: string;
}

/** The purposes the right to data portability covers: those on consent, explicit consent or a contract (Art 20(1)(a)). */
export function portabilityPurposes(model: PolicyModel): PolicyModel['purposes'] {
  return model.purposes.filter(
    (p) =>
      p.bases.some((b) => b.value === 'consent' || b.value === 'contract') ||
      p.specialBases.some((b) => b.value === 'explicit-consent'),
  );
}

export function applicableRights(model: PolicyModel, law: Law): ApplicableRight[] {
  const bases = new Set(model.purposes.flatMap((p) => p.bases.map((b) => b.value)));
  const special = new Set(model.purposes.flatMap((p) => p.specialBases.map((b) => b.value)));
  const automated = entryOf(model.root, 'automated_decisions')?.value;
  // Human intervention, a hearing and a challenge (Art 22(3)) go with decisions on a contract or explicit consent;
  // a decision authorised by law carries that law's safeguards instead. A decision without a ground keeps them.
  const decisions =
    automated?.kind === 'seq'
      ? automated.items.map((item) => findTerm('decision_ground', fieldStr(mapOf(item), 'ground')?.value ?? '')?.id)
      : [];
  const hasAutomated = decisions.some(
    (ground) => ground === undefined || law.decisionGroundsWithSafeguards.has(ground),
  );
  const applies: Record<string, string | undefined> = {
    access: 'always',
    rectification: 'always',
    erasure: 'always',
    restriction: 'always',
    complaint: 'always',
    portability:
      bases.has('consent') || bases.has('contract') || special.has('explicit-consent')
        ? 'some processing rests on consent or a contract'
        : undefined,
    objection: objectionApplies(model)
      ? 'some processing rests on legitimate interests or a public task, or is direct marketing or research'
      : undefined,
    'withdraw-consent':
      bases.has('consent') || special.has('explicit-consent') ? 'some processing rests on consent' : undefined,
    'automated-decisions': hasAutomated ? 'the policy describes automated decisions' : undefined,
  };
  return RIGHTS.filter((r) => applies[r.id] !== undefined).map((right) => ({
    right,
    because: applies[right.id] as string,
  }));
}

/**
 * The three grounds of the right to object (Art 21, docs/language.md, "Which rights apply"), each with the purposes it concerns: Art 21(1) for
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
    // Art 21(1) UK GDPR covers recognised legitimate interests (Art 6(1)(ea)) too (docs/language.md, "Laws").
    general: model.purposes.filter((p) =>
      p.bases.some(
        (b) =>
          b.value === 'legitimate-interests' ||
          b.value === 'public-task' ||
          b.value === 'recognised-legitimate-interests',
      ),
    ),
    directMarketing: model.purposes.filter((p) => p.directMarketing),
    research: model.purposes.filter((p) => p.research),
  };
}

function objectionApplies(model: PolicyModel): boolean {
  const g = objectionGrounds(model);
  return g.general.length + g.directMarketing.length + g.research.length > 0;
}

/** One item of `rights.exclude`: `{ right, law }`, or a bare right id (still read, and reported; docs/language.md, "rights"). */
export interface RightExclusion {
  /** The right as written, normalised to its id when it is one (aliases such as `A20` included). */
  right: Str;
  /** The term, when `right` names one. */
  term?: Term;
  /** The restricting law, when given and not blank. */
  law?: Str;
  /** The item is a bare id rather than `{ right, law }`. */
  bare: boolean;
  /** The list item itself (for removal) and the list it is in. */
  item: YNode;
  list: YNode;
}

export function rightExclusions(model: PolicyModel): RightExclusion[] {
  const list = entryOf(mapOf(entryOf(model.root, 'rights')?.value), 'exclude')?.value;
  if (!list) return [];
  const items = list.kind === 'seq' ? list.items : [list];
  return items.flatMap((item): RightExclusion[] => {
    const map = mapOf(item);
    const right = map ? fieldStr(map, 'right') : strOf(item);
    if (!right) return [];
    const term = findTerm('right', right.value);
    const law = map ? fieldStr(map, 'law') : undefined;
    return [
      {
        right: { ...right, value: term?.id ?? right.value },
        term,
        law: law && law.value.trim() ? law : undefined,
        bare: !map,
        item,
        list,
      },
    ];
  });
}

/**
 * One restriction of a right (docs/language.md, "rights", v1.3): an item of `rights.restrictions`, or of the retired
 * `rights.exclude`, which is read as restrictions (and reported, rule `deprecated-exclude`). A restriction never removes
 * the right from the notice: the notice states it under the right as its limit.
 */
export interface RightRestriction {
  /** The right as written, normalised to its id when it is one. */
  right: Str;
  term?: Term;
  /** The law that restricts it, when given and not blank. */
  law?: Str;
  /** Which processing or which cases. */
  scope?: Str;
  /** The item is a bare id (only possible in `exclude`). */
  bare: boolean;
  /** Written under the retired `exclude`. */
  excluded: boolean;
  item: YNode;
  list: YNode;
}

export function rightRestrictions(model: Pick<PolicyModel, 'root'>): RightRestriction[] {
  const rights = mapOf(entryOf(model.root, 'rights')?.value);
  return (['restrictions', 'exclude'] as const).flatMap((key) => {
    const list = entryOf(rights, key)?.value;
    if (!list) return [];
    const items = list.kind === 'seq' ? list.items : [list];
    return items.flatMap((item): RightRestriction[] => {
      const map = mapOf(item);
      const right = map ? fieldStr(map, 'right') : strOf(item);
      if (!right) return [];
      const term = findTerm('right', right.value);
      const law = map ? fieldStr(map, 'law') : undefined;
      const scope = map ? fieldStr(map, 'scope') : undefined;
      return [
        {
          right: { ...right, value: term?.id ?? right.value },
          term,
          law: law && law.value.trim() ? law : undefined,
          scope: scope && scope.value.trim() ? scope : undefined,
          bare: !map,
          excluded: key === 'exclude',
          item,
          list,
        },
      ];
    });
  });
}
