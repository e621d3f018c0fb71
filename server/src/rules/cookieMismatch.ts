// `cookie-mismatch` (README, "Catalogues and evidence"): a declared cookie whose type is less intrusive than the Open
// Cookie Database's category says, or whose duration disagrees with it. A cookie declared more intrusive than the
// database says is never reported, and the rule never suggests `essential` (the database's "Functional" and
// "Security" map to no type: docs/rules/cookie-mismatch.md). An analytics or marketing cookie declared `essential` is
// a warning: the notice would say it needs no consent; every other disagreement is information.
import { cookieDuration, cookieSource, cookieType, durationDays, lookupCookie } from '../catalogues/cookies';
import { catalogueFailed, per } from '../catalogues/load';
import { declaredCookies } from '../parser/policyModel';
import { replaceWith } from './fixBuilders';
import type { Rule } from '../core/rule';

/** The cookie types from the least to the most intrusive. */
const INTRUSIVENESS = ['essential', 'preferences', 'analytics', 'marketing'];

/** Types that are never strictly necessary (WP29 Opinion 04/2012, WP194). */
const NEVER_NECESSARY: ReadonlySet<string> = new Set(['analytics', 'marketing']);

/** Periods within 10% of each other say the same (13 months and 400 days, 1 year and 365 days). */
function samePeriod(a: number, b: number): boolean {
  if (a === 0 || b === 0) return a === b;
  return Math.abs(a - b) / Math.max(a, b) <= 0.1;
}

export const cookieMismatch: Rule = {
  id: 'cookie-mismatch',
  severity: 'warning',
  provisions: 'Art 12(1), 13(2)(a); ePrivacy Art 5(3)',
  description:
    'A declared cookie whose `type` or `duration` disagrees with the Open Cookie Database (information, but a warning ' +
    'for an analytics or marketing cookie declared `essential`).',
  check(ctx) {
    const declared = declaredCookies(ctx.model);
    if (declared.length === 0) return;
    let source: string;
    try {
      source = per(cookieSource());
    } catch (error) {
      catalogueFailed(error, "Rule 'cookie-mismatch'");
      return; // nothing to compare with
    }
    for (const c of declared) {
      const known = lookupCookie(c.name.value.trim());
      if (!known) continue;
      const label = `'${c.name.value}' (${known.platform})`;
      const type = cookieType(known);
      const declared = c.type ? INTRUSIVENESS.indexOf(c.type.value) : -1;
      if (c.type && type && declared >= 0 && INTRUSIVENESS.indexOf(type) > declared) {
        // Swiss law asks to inform and allow refusal, not for consent (docs/rules/cookie-refusal-missing.md): the
        // ePrivacy reading of 'essential' does not apply to a notice under the FADP alone.
        const swissOnly = ctx.laws.every((l) => l.id === 'ch-fadp');
        if (c.type.value === 'essential' && NEVER_NECESSARY.has(type) && !swissOnly)
          ctx.report(
            c.type.span,
            `The cookie ${label} is declared strictly necessary ('essential'), but ${source} classes it as ` +
              `${known.category} ('${type}'). Analytics and advertising cookies are not strictly necessary (WP29 ` +
              `Opinion 04/2012 on Cookie Consent Exemption, WP194) and need the reader's prior consent (ePrivacy ` +
              `Art 5(3)); declared 'essential', the notice tells readers it needs none (Art 12(1)). If your ` +
              `configuration differs from the provider's, say how in its 'description'.`,
            { kind: 'replace', candidates: [type] },
          );
        else
          ctx.report(
            c.type.span,
            `The cookie ${label} is declared as '${c.type.value}', but ${source} lists it as ${known.category} ` +
              `('${type}'), a more intrusive kind. Check the type: readers rely on it to decide what they accept ` +
              `(Art 12(1)), and ${
                swissOnly
                  ? `readers are told of the processing and its purpose and that they can refuse it (Art 45c(b) FMG).`
                  : `storing or reading a cookie needs the reader's consent unless it is strictly necessary for the ` +
                    `service they asked for (ePrivacy Art 5(3)).`
              }`,
            { kind: 'replace', candidates: [type] },
            'information',
          );
      }
      const duration = cookieDuration(known);
      const declaredDays = c.duration ? durationDays(c.duration.value) : undefined;
      const knownDays = duration ? durationDays(duration) : undefined;
      if (
        c.duration &&
        duration &&
        declaredDays !== undefined &&
        knownDays !== undefined &&
        !samePeriod(declaredDays, knownDays)
      ) {
        const said =
          duration === 'session'
            ? 'lists it as a session cookie (deleted when the browser closes)'
            : `gives ${duration}`;
        ctx.report(
          c.duration.span,
          `The cookie ${label} is declared to last ${c.duration.value}, but ${source} ${said}. Check the duration: ` +
            `the notice must state how long it is stored (Art 13(2)(a)).`,
          { kind: 'replace', candidates: [duration] },
          'information',
        );
      }
    }
  },
  fixes: (ctx) =>
    ctx.data?.kind === 'replace'
      ? ctx.data.candidates.map((c) => replaceWith(ctx.span, c, `Change to '${c}', as the Open Cookie Database has it`))
      : [],
};
