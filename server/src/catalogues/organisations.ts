// Organisations (README, "Catalogues and evidence"): legal entities with the brands and services they run, their country and website, to
// name recipients ("Mailchimp" → The Rocket Science Group LLC) and to recognise the third parties a site contacts.
// The catalogue says nothing about certification under the EU–US Data Privacy Framework, so nothing here does.
import type { InterfaceWords } from '../languages/language';
import { hostOf, registrableDomain } from './domains';
import { lazily, loadCatalogue, sourceNote, type CatalogueSource } from './load';

export interface Organisation {
  slug: string;
  /** The legal entity. */
  name: string;
  /** Brands, services and former names it runs. */
  runs?: string[];
  /** ISO code derived from the last line of its address. */
  country?: string;
  web?: string;
  categories?: string[];
  /** `verified`, `tested` or `scraped` (treat `scraped` records with care). */
  quality: string;
}

const data = () => loadCatalogue<Organisation>('organisations.json');

export function organisationSource(): CatalogueSource {
  return data().source;
}

export function allOrganisations(): readonly Organisation[] {
  return data().entries;
}

/**
 * Host names of well-known services that are not their organisation's website (maintained by this project, see
 * the NOTICE): the catalogue lists google.com for Google LLC, but a site contacts google-analytics.com.
 */
const SERVICE_HOSTS: Readonly<Record<string, string>> = {
  'google-analytics.com': 'google',
  'googletagmanager.com': 'google',
  'doubleclick.net': 'google',
  'googlesyndication.com': 'google',
  'googleadservices.com': 'google',
  'gstatic.com': 'google',
  'googleapis.com': 'google',
  'recaptcha.net': 'google',
  'facebook.net': 'facebook',
  'fbcdn.net': 'facebook',
  'licdn.com': 'linkedin',
  'bing.com': 'microsoft',
  'clarity.ms': 'microsoft',
  'x.com': 'twitter',
  'twimg.com': 'twitter',
  't.co': 'twitter',
  'mailchi.mp': 'mailchimp',
  'list-manage.com': 'mailchimp',
};

/** A short name to match against: lower case, no punctuation, no "(formerly)" notes or "(www.…)" hints. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\((?:formerly|www\.[^)]*|[a-z0-9.-]+\.[a-z]{2,})\)/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Web host without "www.": the key of the host index. */
function webHost(org: Organisation): string | undefined {
  const host = org.web ? hostOf(org.web) : undefined;
  return host?.replace(/^www\./, '');
}

const RANK: Record<string, number> = { verified: 0, tested: 1, scraped: 2 };

const indexes = lazily(() => {
  const byHost = new Map<string, Organisation>();
  const bySlug = new Map<string, Organisation>();
  const byName = new Map<string, Organisation>();
  const ordered = [...allOrganisations()].sort((a, b) => (RANK[a.quality] ?? 3) - (RANK[b.quality] ?? 3));
  for (const org of ordered) {
    bySlug.set(org.slug, org);
    const host = webHost(org);
    if (host && !byHost.has(host)) byHost.set(host, org);
    for (const n of [org.name, ...(org.runs ?? [])]) {
      const key = nameKey(n);
      if (key && !byName.has(key)) byName.set(key, org);
    }
  }
  for (const [host, slug] of Object.entries(SERVICE_HOSTS)) {
    const org = bySlug.get(slug);
    if (org && !byHost.has(host)) byHost.set(host, org);
  }
  return { byHost, bySlug, byName };
});

export function organisationBySlug(slug: string): Organisation | undefined {
  return indexes().bySlug.get(slug);
}

/**
 * The organisation behind a host: the host itself, then each parent domain down to the registrable one, in the
 * index of websites and service hosts ("stats.g.doubleclick.net" → Google LLC).
 */
export function organisationForHost(host: string): Organisation | undefined {
  const { byHost } = indexes();
  const floor = registrableDomain(host);
  let h = host.toLowerCase().replace(/^www\./, '');
  for (;;) {
    const org = byHost.get(h);
    if (org) return org;
    if (h === floor || !h.includes('.')) return undefined;
    h = h.slice(h.indexOf('.') + 1);
  }
}

/** The organisation whose legal name or one of whose brands is exactly `name` (case and punctuation aside). */
export function organisationNamed(name: string): Organisation | undefined {
  return indexes().byName.get(nameKey(name));
}

export interface OrganisationMatch {
  organisation: Organisation;
  /** The brand that matched, when the query matched a brand rather than the legal name. */
  brand?: string;
}

/**
 * Organisations whose legal name or brand starts with (or has a word starting with) the query, best first:
 * name prefix, brand prefix, then word prefix; verified records before others. One entry per legal entity and website.
 */
export function searchOrganisations(query: string, limit = 50): OrganisationMatch[] {
  const q = nameKey(query);
  if (!q) return [];
  const scored: { match: OrganisationMatch; score: number }[] = [];
  const seen = new Set<string>();
  for (const org of allOrganisations()) {
    const candidates: { text: string; brand?: string }[] = [
      { text: org.name },
      ...(org.runs ?? []).map((r) => ({ text: r, brand: r })),
    ];
    let best: { score: number; brand?: string } | undefined;
    for (const c of candidates) {
      const key = nameKey(c.text);
      const score = key.startsWith(q)
        ? c.brand
          ? 1
          : 0
        : key.split(' ').some((w) => w.startsWith(q)) || (q.includes(' ') && key.includes(q))
          ? 2
          : -1;
      if (score >= 0 && (!best || score < best.score)) best = { score, brand: c.brand };
    }
    if (!best) continue;
    const dedupe = `${org.name}|${webHost(org) ?? ''}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    scored.push({ match: { organisation: org, brand: best.brand }, score: best.score * 10 + (RANK[org.quality] ?? 3) });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.match.organisation.name.length - b.match.organisation.name.length)
    .slice(0, limit)
    .map((s) => s.match);
}

/** A brand for display, without "(formerly)" or "(www.…)" notes. */
export function brandLabel(brand: string): string {
  return brand.replace(/\s*\((?:www\.[^)]*|[a-z0-9.-]+\.[a-z]{2,})\)/gi, '').trim();
}

/** The recipient category (docs/language.md, "recipients" completion list) that the catalogue's categories suggest, if any. */
export function recipientCategory(org: Organisation): string | undefined {
  const c = org.categories ?? [];
  if (c.includes('ads')) return 'advertising';
  if (c.includes('social media')) return 'social-media';
  if (c.includes('finance')) return 'payment';
  if (c.includes('telecommunication')) return 'it-services';
  return undefined;
}

export function describeOrganisation(org: Organisation, ui: InterfaceWords): string {
  const lines = [`**${org.name}**${org.country ? ` — ${org.country}` : ''}`];
  if (org.runs?.length)
    lines.push(
      ui.t('Runs: {0}', `${org.runs.slice(0, 12).map(brandLabel).join(', ')}${org.runs.length > 12 ? ', …' : ''}`),
    );
  if (org.web) lines.push(org.web);
  if (org.quality === 'scraped')
    lines.push(ui.t('This record was imported automatically and not verified: check the details.'));
  lines.push(
    sourceNote(organisationSource(), ui),
    ui.t(
      'The catalogue does not say whether the organisation is certified under the EU–US Data Privacy Framework: ' +
        'check the Framework’s list before relying on `dpf`.',
    ),
  );
  return lines.join('\n\n');
}
