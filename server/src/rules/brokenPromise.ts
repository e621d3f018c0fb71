// Rule `broken-promise` (Art 5(1)(a), 12(1)): a `promises` entry that the rest of the policy contradicts
// (docs/language.md, "promises"): a recipient or transfer outside the territory for `no-transfer`, a purpose with
// `profiling: true` for `no-profiling`, special-category data for `no-special-categories`, an advertising recipient
// that advertises for itself (a controller, a joint controller, or one that collects data itself) for
// `no-sharing-for-advertising`. `no-sale` the structure cannot contradict.
import type { InterfaceText } from '../languages/interface';
import { isPlaceholder } from '../core/placeholders';
import { transferCountries } from '../core/transfers';
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

/** At most three, then how many more. */
const list = (ui: InterfaceText, items: string[]) =>
  items.length > 3 ? ui.t('{0} and {1} more', items.slice(0, 3).join(', '), items.length - 3) : items.join(', ');

/** The 1-based line of an offset, for messages that name where the contradicting entry is. */
const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** What contradicts each promise, as readers would name it, each with its line; empty when nothing does. */
function contradictions(model: PolicyModel, law: Law, promise: string, ui: InterfaceText): string[] {
  const line = (node: { span: { start: number } } | null | undefined) =>
    node ? lineAt(model.text, node.span.start) : 0;
  switch (promise) {
    case 'no-transfer': {
      const outside = (c: string) => !law.territory.contains(c) && !isPlaceholder(c);
      return [
        ...model.recipients
          .filter((r) => r.countries.some((c) => outside(c.value)))
          .map((r) =>
            ui.t(
              "recipient '{0}' ({1}, line {2})",
              r.name,
              r.countries
                .filter((c) => outside(c.value))
                .map((c) => ui.country(c.value))
                .join(', '),
              line(r.map),
            ),
          ),
        ...model.transfers
          .filter(
            (t) =>
              t.recipients.length === 0 &&
              (transferCountries(t, model.recipients).some(outside) || t.organisations.length > 0),
          )
          .map((t) =>
            ui.t(
              'transfer {0} ({1}, line {2})',
              t.index + 1,
              [
                ...transferCountries(t, model.recipients)
                  .filter(outside)
                  .map((c) => ui.country(c)),
                ...t.organisations.map((o) => o.value),
              ].join(', '),
              line(t.map),
            ),
          ),
      ];
    }
    case 'no-profiling':
      return model.purposes
        .filter((p) => p.profiling)
        .map((p) => ui.t("purpose '{0}' ('profiling: true', line {1})", p.name, line(p.map)));
    case 'no-special-categories':
      return model.data
        .filter((d) => d.specials.length > 0)
        .map((d) => ui.t("data category '{0}' ('special', line {1})", d.name, line(d.map)));
    case 'no-sharing-for-advertising':
      return advertisingForThemselves(model).map((r) =>
        r.ownCollection
          ? ui.t("recipient '{0}' (advertising, collecting data itself, line {1})", r.name, line(r.map))
          : ui.t("recipient '{0}' (advertising, type '{1}', line {2})", r.name, r.type!.value, line(r.map)),
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
      const against = contradictions(ctx.model, ctx.law, promise.value, ctx.ui);
      if (against.length === 0) continue;
      ctx.report(
        promise.span,
        ctx.t(
          "The notice promises '{0}', but the policy says otherwise: {1}. A notice that contradicts itself " +
            'is neither fair nor transparent (Art 5(1)(a)) and misleads readers, who rely on such statements ' +
            '(Art 12(1)): correct the promise or the policy.',
          promise.value,
          list(ctx.ui, against),
        ),
      );
    }
  },
};
