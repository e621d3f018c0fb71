// Rule `broken-promise` (Art 5(1)(a), 12(1)): a `promises` entry that the rest of the policy contradicts
// (docs/language.md, "promises"): a recipient or transfer outside the territory for `no-transfer`, a purpose with
// `profiling: true` for `no-profiling`, special-category data for `no-special-categories`, an advertising recipient
// that advertises for itself (a controller, a joint controller, or one that collects data itself) for
// `no-sharing-for-advertising`. `no-sale` the structure cannot contradict.
import { isPlaceholder } from '../core/placeholders';
import { transferCountries } from '../core/transfers';
import { countryName } from '../vocabulary/countries';
import type { PolicyModel, Recipient } from '../parser/policyModel';
import type { Law } from '../laws';
import type { Rule } from '../core/rule';

/** Recipients of category `advertising` that advertise for themselves. */
export function advertisingForThemselves(model: PolicyModel): Recipient[] {
  return model.recipients.filter(
    (r) =>
      r.category?.value === 'advertising' &&
      (r.type?.value === 'controller' || r.type?.value === 'joint-controller' || r.ownCollection),
  );
}

const list = (items: string[]) =>
  items.length > 3 ? `${items.slice(0, 3).join(', ')} and ${items.length - 3} more` : items.join(', ');

/** What contradicts each promise, as readers would name it; empty when nothing does. */
function contradictions(model: PolicyModel, law: Law, promise: string): string[] {
  switch (promise) {
    case 'no-transfer': {
      const outside = (c: string) => !law.territory.contains(c) && !isPlaceholder(c);
      return [
        ...model.recipients
          .filter((r) => r.countries.some((c) => outside(c.value)))
          .map(
            (r) =>
              `recipient '${r.name}' (${r.countries
                .filter((c) => outside(c.value))
                .map((c) => countryName(c.value))
                .join(', ')})`,
          ),
        ...model.transfers
          .filter(
            (t) =>
              t.recipients.length === 0 &&
              (transferCountries(t, model.recipients).some(outside) || t.organisations.length > 0),
          )
          .map(
            (t) =>
              `transfer ${t.index + 1} (${[...transferCountries(t, model.recipients).filter(outside).map(countryName), ...t.organisations.map((o) => o.value)].join(', ')})`,
          ),
      ];
    }
    case 'no-profiling':
      return model.purposes.filter((p) => p.profiling).map((p) => `purpose '${p.name}' ('profiling: true')`);
    case 'no-special-categories':
      return model.data.filter((d) => d.specials.length > 0).map((d) => `data category '${d.name}' ('special')`);
    case 'no-sharing-for-advertising':
      return advertisingForThemselves(model).map(
        (r) =>
          `recipient '${r.name}' (advertising, ${r.ownCollection ? 'collecting data itself' : `a ${r.type!.value}`})`,
      );
    default:
      return [];
  }
}

export const brokenPromise: Rule = {
  id: 'broken-promise',
  severity: 'error',
  provisions: 'Art 5(1)(a), 12(1)',
  description: 'A `promises` entry that the policy contradicts.',
  check(ctx) {
    for (const promise of ctx.model.promises) {
      const against = contradictions(ctx.model, ctx.law, promise.value);
      if (against.length === 0) continue;
      ctx.report(
        promise.span,
        ctx.t(
          "The notice promises '{0}', but the policy says otherwise: {1}. A notice that contradicts itself " +
            'is neither fair nor transparent (Art 5(1)(a)) and misleads readers, who rely on such statements ' +
            '(Art 12(1)): correct the promise or the policy.',
          promise.value,
          list(against),
        ),
      );
    }
  },
};
