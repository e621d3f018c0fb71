// Rule `undeclared-cookie` (ePrivacy Art 5(3); Art 13(1)(c)): a recorded cookie that `cookies` does not list.
import { cookieFields, cookieSource } from '../catalogues/cookies';
import { per } from '../catalogues/load';
import { entryOf, fieldStr, mapOf } from '../parser/policyModel';
import { anchor, list, prepared, reconciled } from './evidenceHelpers';
import { addListItem, yamlScalar } from './fixBuilders';
import type { QuickFix, Rule } from '../core/rule';

/** Cookie names such as `_ga` are safe plain scalars, though they do not start with a letter. */
const cookieScalar = (name: string) => (/^_[\w.*-]*$/.test(name) ? name : yamlScalar(name));

export const undeclaredCookie: Rule = {
  id: 'undeclared-cookie',
  severity: 'warning',
  provisions: 'ePrivacy Art 5(3); Art 13(1)(c)',
  description: 'A cookie the recorded site set or sent that `cookies` does not list.',
  check(ctx) {
    const r = reconciled(ctx);
    if (!r) return;
    const span = anchor(ctx.model, 'cookies');
    // A first-party cookie the catalogue does not know is the controller's own.
    const controllerName = fieldStr(mapOf(entryOf(ctx.model.root, 'controller')?.value), 'name')?.value;
    for (const c of r.undeclaredCookies) {
      const names = [...new Set(c.observed.map((o) => o.name))];
      const hosts = [...new Set(c.observed.flatMap((o) => o.domains))];
      const what = c.known
        ? ` (${c.known.platform}, ${c.known.category.toLowerCase()}, per ${per(cookieSource())})`
        : '';
      const seen = names.length > 1 || names[0] !== c.name ? ` as ${list(names)}` : '';
      const message =
        `The recording ${ctx.evidence!.file} shows the ${c.party}-party cookie '${c.name}'${seen}${what} ` +
        `on ${list(hosts)}, but 'cookies' does not list it. Unless it is strictly necessary for the service the ` +
        `visitor asked for, ePrivacy Art 5(3) requires clear and comprehensive information about it, including ` +
        `its purposes, before consent; where it holds personal data, GDPR Art 13(1)(c) requires its purpose and ` +
        `legal basis in any case: add it to 'cookies'.`;
      const lines = c.known
        ? cookieFields(c.known, c.party).map(([k, v]) => `${k}: ${k === 'name' ? cookieScalar(v) : yamlScalar(v)}`)
        : [
            `name: ${cookieScalar(c.name)}`,
            `provider: ${yamlScalar((c.party === 'first' ? controllerName : undefined) ?? hosts[0] ?? '')}`,
            `party: ${c.party}`,
          ];
      const edit = addListItem(ctx.text, ctx.model.root, 'cookies', lines);
      const fixes: QuickFix[] = edit
        ? [
            {
              title: `Add the cookie '${c.name}' to 'cookies'${c.known ? `, as described by ${per(cookieSource())}` : ''}`,
              edits: [edit],
            },
          ]
        : [];
      ctx.report(span, message, prepared(fixes));
    }
  },
  fixes: (ctx) => (ctx.data?.kind === 'prepared' ? ctx.data.fixes : []),
};
