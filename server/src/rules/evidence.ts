// The reconciliation rules of SPEC §10: what a HAR recording shows against what the policy declares. They fire only
// when the author reconciled the policy with a recording (`privacy-policy reconcile`, or the VS Code command).
import { cookieFields, cookieSource } from '../catalogues/cookies';
import { per } from '../catalogues/load';
import { organisationSource, recipientCategory } from '../catalogues/organisations';
import { countryName } from '../gdpr/countries';
import { entryOf, fieldStr, mapOf, type PolicyModel } from '../parser/policyModel';
import type { Span } from '../parser/yamlTree';
import type { Evidence } from '../reconcile/evidence';
import { reconcile, type Reconciliation } from '../reconcile/reconcile';
import { addListItem, addToSection, removeListItem, yamlScalar } from './fixBuilders';

/** Cookie names such as `_ga` are safe plain scalars, though they do not start with a letter. */
const cookieScalar = (name: string) => (/^_[\w.*-]*$/.test(name) ? name : yamlScalar(name));
import type { QuickFix, Rule, RuleContext } from './rule';

const memo = new WeakMap<Evidence, { model: PolicyModel; result: Reconciliation }>();

/** One comparison per document version and recording, shared by the three rules. */
function reconciled(ctx: RuleContext): Reconciliation | undefined {
  const evidence = ctx.evidence;
  if (!evidence) return undefined;
  const hit = memo.get(evidence);
  if (hit && hit.model === ctx.model) return hit.result;
  const result = reconcile(ctx.model, evidence);
  memo.set(evidence, { model: ctx.model, result });
  return result;
}

/** Where a finding about a whole section goes: its key, or else the first key of the document. */
function anchor(model: PolicyModel, section: string): Span {
  const entry = entryOf(model.root, section) ?? model.root?.entries[0];
  return entry?.keySpan ?? { start: 0, end: 0 };
}

const prepared = (fixes: QuickFix[]) => ({ kind: 'prepared' as const, fixes });
const list = (items: string[]) => (items.length > 3 ? `${items.slice(0, 3).join(', ')} and ${items.length - 3} more` : items.join(', '));

export const undeclaredCookie: Rule = {
  id: 'undeclared-cookie',
  severity: 'warning',
  gdpr: 'ePrivacy Art 5(3); Art 13(1)(c)',
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
      const what = c.known ? ` (${c.known.platform}, ${c.known.category.toLowerCase()}, per ${per(cookieSource())})` : '';
      const seen = names.length > 1 || names[0] !== c.name ? ` as ${list(names)}` : '';
      const message = `The recording ${ctx.evidence!.file} shows the ${c.party}-party cookie '${c.name}'${seen}${what} on ${list(hosts)}, but 'cookies' does not list it. ePrivacy Art 5(3) requires clear and comprehensive information about the cookies stored, including their purposes (GDPR Art 13(1)(c)): add it to 'cookies'.`;
      const lines = c.known
        ? cookieFields(c.known, c.party).map(([k, v]) => `${k}: ${k === 'name' ? cookieScalar(v) : yamlScalar(v)}`)
        : [`name: ${cookieScalar(c.name)}`, `provider: ${yamlScalar((c.party === 'first' ? controllerName : undefined) ?? hosts[0] ?? '')}`, `party: ${c.party}`];
      const edit = addListItem(ctx.text, ctx.model.root, 'cookies', lines);
      const fixes: QuickFix[] = edit ? [{ title: `Add the cookie '${c.name}' to 'cookies'${c.known ? `, as described by ${per(cookieSource())}` : ''}`, edits: [edit], isPreferred: true }] : [];
      ctx.report(span, message, prepared(fixes));
    }
  },
  fixes: (ctx) => (ctx.data?.kind === 'prepared' ? ctx.data.fixes : []),
};

/** A recipient id for an organisation that is not taken yet ("google", "google-2"). */
function freeId(model: PolicyModel, base: string): string {
  const clean = base.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^[^a-z]+|-+$/g, '') || 'recipient';
  const taken = new Set(model.recipients.map((r) => r.id));
  if (!taken.has(clean)) return clean;
  for (let i = 2; ; i++) if (!taken.has(`${clean}-${i}`)) return `${clean}-${i}`;
}

export const undeclaredThirdParty: Rule = {
  id: 'undeclared-third-party',
  severity: 'warning',
  gdpr: 'Art 13(1)(e)',
  description: 'A third-party host the recorded site contacted whose organisation (known to the catalogue) no recipient names.',
  check(ctx) {
    const r = reconciled(ctx);
    if (!r) return;
    const span = anchor(ctx.model, 'recipients');
    for (const t of r.undeclaredThirdParties) {
      const source = per(organisationSource()); // readable: the organisation came from it
      const org = t.organisation;
      const where = org.country ? `, ${countryName(org.country)}` : '';
      const message = `The recording ${ctx.evidence!.file} shows requests to ${list(t.hosts)}, run by ${org.name}${where} per ${source}, but no recipient names it. A request to another host discloses at least the visitor's IP address; Art 13(1)(e) requires the recipients or categories of recipients: add it under 'recipients' and to the purposes that disclose data to it.`;
      const id = freeId(ctx.model, org.slug);
      const category = recipientCategory(org);
      const lines = [
        `label: ${yamlScalar(org.name)}`,
        // The role depends on the contract, which the recording cannot show: the author must confirm it.
        'type: processor # or controller / joint-controller: check your agreement with them',
        ...(category ? [`category: ${category}`] : []),
        `name: ${yamlScalar(org.name)}`,
        ...(org.country ? [`country: ${org.country}`] : []),
        ...(org.web ? [`url: ${yamlScalar(org.web)}`] : []),
      ];
      const edit = addToSection(ctx.text, ctx.model.root, 'recipients', id, lines);
      ctx.report(span, message, prepared(edit ? [{ title: `Add ${org.name} as recipient '${id}', as described by ${source}`, edits: [edit], isPreferred: true }] : []));
    }
  },
  fixes: (ctx) => (ctx.data?.kind === 'prepared' ? ctx.data.fixes : []),
};

export const unobservedCookie: Rule = {
  id: 'unobserved-cookie',
  severity: 'information',
  gdpr: 'Art 5(1)(a), 12(1)',
  description: 'A cookie that `cookies` lists but the recording never shows.',
  check(ctx) {
    const r = reconciled(ctx);
    if (!r) return;
    const cookies = entryOf(ctx.model.root, 'cookies')?.value;
    for (const d of r.unobservedCookies) {
      const message = `The cookie '${d.name.value}' is listed but was not seen in the recording ${ctx.evidence!.file} (${ctx.evidence!.entries} requests). If the site no longer uses it, remove it so the notice stays accurate (Art 5(1)(a), 12(1)); a recording that did not visit every page or make every consent choice may simply have missed it.`;
      const fixes: QuickFix[] = cookies ? [{ title: `Remove the cookie '${d.name.value}' from 'cookies'`, edits: [removeListItem(ctx.text, cookies, d.map.span)] }] : [];
      ctx.report(d.name.span, message, prepared(fixes));
    }
  },
  fixes: (ctx) => (ctx.data?.kind === 'prepared' ? ctx.data.fixes : []),
};
