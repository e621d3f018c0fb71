// Compares the evidence of a HAR recording with what a policy declares (README, "Catalogues and evidence"): cookies set but not listed,
// cookies listed but never seen, and third parties contacted whose organisation no recipient names.
import { catalogueFailed } from '../catalogues/load';
import { lookupCookie as lookupKnownCookie, cookiePattern, type KnownCookie } from '../catalogues/cookies';
import { hostOf, isWithin, registrableDomain } from '../catalogues/domains';
import {
  nameKey,
  organisationForHost as knownOrganisationForHost,
  organisationNamed,
  type Organisation,
} from '../catalogues/organisations';
import {
  declaredCookies,
  entryOf,
  fieldStr,
  mapOf,
  type DeclaredCookie,
  type PolicyModel,
} from '../parser/policyModel';
import type { Evidence, ObservedCookie } from './evidence';

export interface UndeclaredCookie {
  /** What the policy should list: the name, or the catalogue's pattern ("_ga_*") for a wildcard entry. */
  name: string;
  observed: ObservedCookie[];
  known?: KnownCookie;
  party: 'first' | 'third';
}

export interface UndeclaredThirdParty {
  organisation: Organisation;
  hosts: string[];
}

export interface Reconciliation {
  undeclaredCookies: UndeclaredCookie[];
  unobservedCookies: DeclaredCookie[];
  undeclaredThirdParties: UndeclaredThirdParty[];
  /** Third-party hosts whose organisation the catalogue does not know (reported in the summary only). */
  unknownThirdPartyHosts: string[];
  cookiesSeen: number;
  cookiesDeclared: number;
}

/** Catalogue look-ups that degrade to "unknown" when a catalogue cannot be read: the comparison still runs. */
function lookupCookie(name: string, host?: string): KnownCookie | undefined {
  try {
    return lookupKnownCookie(name, host);
  } catch (error) {
    catalogueFailed(error, 'Reconciliation');
    return undefined;
  }
}
function organisationForHost(host: string): Organisation | undefined {
  try {
    return knownOrganisationForHost(host);
  } catch (error) {
    catalogueFailed(error, 'Reconciliation');
    return undefined;
  }
}

function glob(pattern: string): RegExp {
  return new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
}

/** Does a declared name cover an observed cookie? Exact, a `*` pattern, or the catalogue's wildcard prefix. */
function covers(declared: string, observed: string, known: KnownCookie | undefined): boolean {
  const d = declared.trim();
  if (d === observed) return true;
  if (d.includes('*')) return glob(d).test(observed);
  return !!known?.wildcard && d === known.name;
}

/** The site's own domains: the pages recorded and the controller's website. */
export function siteDomains(model: PolicyModel, evidence: Evidence): string[] {
  const domains = new Set(evidence.siteDomains);
  const url = fieldStr(mapOf(entryOf(model.root, 'controller')?.value), 'url')?.value;
  const host = url ? hostOf(url) : undefined;
  if (host) domains.add(registrableDomain(host));
  return [...domains];
}

/** Legal forms that do not tell organisations apart ("Google LLC" and "Google Ireland Limited" are both Google). */
const LEGAL_FORMS =
  /\b(ltd|limited|llc|inc|incorporated|gmbh|ag|sa|sas|sarl|s a r l|bv|nv|plc|co|company|unlimited|corp|corporation|se|kg|ab|as|oy|spa|srl|group|holding|holdings)\b/g;
const core = (name: string) => nameKey(name).replace(LEGAL_FORMS, '').replace(/\s+/g, ' ').trim();

/** Does some recipient name this organisation (by legal name, brand, or website)? */
export function recipientNames(model: PolicyModel, org: Organisation): boolean {
  const orgCores = [org.name, ...(org.runs ?? [])].map(core).filter(Boolean);
  for (const r of model.recipients) {
    const texts = [r.orgName?.value, r.label?.value].filter((t): t is string => !!t);
    for (const t of texts) {
      if (organisationNamed(t) === org) return true; // the catalogue was readable: org came from it
      const c = core(t);
      if (c && orgCores.some((o) => o === c || c.startsWith(`${o} `) || o.startsWith(`${c} `))) return true;
    }
    const url = fieldStr(r.map, 'url')?.value;
    const host = url ? hostOf(url) : undefined;
    if (host && organisationForHost(host) === org) return true;
  }
  return false;
}

const computed = new WeakMap<Evidence, { model: PolicyModel; result: Reconciliation }>();

/**
 * The policy against a recording. Computed once per recording and document version (model): the three
 * reconciliation rules, the summary line of the CLI and the editor's command all read the same result.
 */
export function reconcile(model: PolicyModel, evidence: Evidence): Reconciliation {
  const hit = computed.get(evidence);
  if (hit && hit.model === model) return hit.result;
  const result = compare(model, evidence);
  computed.set(evidence, { model, result });
  return result;
}

function compare(model: PolicyModel, evidence: Evidence): Reconciliation {
  const declared = declaredCookies(model);
  const site = siteDomains(model, evidence);
  const isFirstParty = (host: string) => site.some((d) => isWithin(host, d) || isWithin(registrableDomain(host), d));

  const undeclared = new Map<string, UndeclaredCookie>();
  const matchedDeclarations = new Set<DeclaredCookie>();
  let cookiesDeclared = 0;
  for (const cookie of evidence.cookies) {
    const known = lookupCookie(cookie.name, cookie.domains[0]);
    const by = declared.filter((d) => covers(d.name.value, cookie.name, known));
    by.forEach((d) => matchedDeclarations.add(d));
    if (by.length > 0) {
      cookiesDeclared++;
      continue;
    }
    const party = cookie.domains.some(isFirstParty) ? 'first' : 'third';
    const name = known?.wildcard ? cookiePattern(known) : cookie.name;
    const group = undeclared.get(name);
    if (group) group.observed.push(cookie);
    else undeclared.set(name, { name, observed: [cookie], known, party });
  }

  const thirdParties = new Map<Organisation, UndeclaredThirdParty>();
  const unknownHosts: string[] = [];
  for (const { host } of evidence.hosts) {
    if (isFirstParty(host)) continue;
    const org = organisationForHost(host);
    if (!org) {
      unknownHosts.push(host);
      continue;
    }
    const found = thirdParties.get(org);
    if (found) found.hosts.push(host);
    else thirdParties.set(org, { organisation: org, hosts: [host] });
  }
  const undeclaredThirdParties = [...thirdParties.values()].filter((t) => !recipientNames(model, t.organisation));

  return {
    undeclaredCookies: [...undeclared.values()],
    unobservedCookies: declared.filter((d) => !matchedDeclarations.has(d)),
    undeclaredThirdParties,
    unknownThirdPartyHosts: unknownHosts,
    cookiesSeen: evidence.cookies.length,
    cookiesDeclared,
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "12 cookies seen, 9 declared; 3 third parties not named" (and what else the recording showed). */
export function summaryLine(r: Reconciliation, evidence: Evidence): string {
  const parts = [
    `${plural(r.cookiesSeen, 'cookie', 'cookies')} seen, ${r.cookiesDeclared} declared`,
    `${plural(r.undeclaredThirdParties.length, 'third party', 'third parties')} not named`,
  ];
  const extra = [
    r.unobservedCookies.length
      ? `${plural(r.unobservedCookies.length, 'declared cookie', 'declared cookies')} not seen`
      : '',
    r.unknownThirdPartyHosts.length
      ? `${plural(r.unknownThirdPartyHosts.length, 'other third-party host', 'other third-party hosts')} ` +
        `not in the catalogue`
      : '',
  ].filter(Boolean);
  return `${parts.join('; ')}${extra.length ? `; ${extra.join(', ')}` : ''} (${plural(evidence.entries, 'request', 'requests')} in ${evidence.file}).`;
}
