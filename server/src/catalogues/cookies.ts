// Cookies (README, "Catalogues and evidence") from the Open Cookie Database: what a cookie name is known to be, mapped to the language's
// `type`, `duration` and `party`, for completion, hover, `cookie-mismatch` and the HAR reconciliation.
import type { InterfaceWords } from '../languages/language';
import { approximateDays, parseDuration } from '../vocabulary/duration';
import { lazily, loadCatalogue, sourceNote, type CatalogueSource } from './load';

export interface KnownCookie {
  /** The cookie name, or with `wildcard` its prefix ("_ga_" for "_ga_<container id>"). */
  name: string;
  platform: string;
  /** Functional, Personalization, Analytics, Marketing, Security (and a few Necessary). */
  category: string;
  /** The domain that sets it, with the database's "(3rd party)" note; absent for the site's own domain. */
  domain?: string;
  description?: string;
  /** Free text: "2 years", "session", "30 minutes"… */
  retention?: string;
  controller?: string;
  /** The data controller's privacy portal. */
  privacy?: string;
  wildcard?: boolean;
}

const data = () => loadCatalogue<KnownCookie>('cookies.json');

export function cookieSource(): CatalogueSource {
  return data().source;
}

export function allCookies(): readonly KnownCookie[] {
  return data().entries;
}

/**
 * README, "Catalogues and evidence": the database's categories as the language's cookie types. Only the categories
 * that say what the cookie is for are mapped. "Functional", "Security" (and the rare "Necessary") are left to the
 * author and never read as `essential`: the database's "Functional" holds preference and embedded-player cookies
 * as well as strictly necessary ones, and the ePrivacy exemption for storage strictly necessary for a service the
 * user asked for is narrow (Art 5(3) ePrivacy Directive; WP29 Opinion 04/2012 on Cookie Consent Exemption, WP194).
 */
const TYPES: Readonly<Record<string, 'preferences' | 'analytics' | 'marketing'>> = {
  personalization: 'preferences',
  analytics: 'analytics',
  marketing: 'marketing',
};

/** The type the database's category implies, or undefined where the category leaves it to the author. */
export function cookieType(cookie: KnownCookie): 'preferences' | 'analytics' | 'marketing' | undefined {
  return TYPES[cookie.category.toLowerCase()];
}

/** `first` when the database names no domain (the site's own), `third` when another domain sets it. */
export function cookieParty(cookie: KnownCookie): 'first' | 'third' {
  return cookie.domain ? 'third' : 'first';
}

/** The name as the policy writes it: "_ga_*" for a wildcard entry. */
export function cookiePattern(cookie: KnownCookie): string {
  return cookie.wildcard ? `${cookie.name}*` : cookie.name;
}

/** Who sets it, for `provider`: the platform, with its controller where the platform's name does not say it. */
export function cookieProvider(cookie: KnownCookie): string {
  const { platform, controller } = cookie;
  if (!controller || platform.toLowerCase().includes(controller.toLowerCase().replace(/\.com$/, ''))) return platform;
  return `${platform} (${controller})`;
}

/**
 * The database's retention as a duration of the language (docs/language.md, "Retention"): "2 years", "30 days",
 * "30 minutes", "session". Undefined for what the language cannot state ("Unknown", "forever", "Varies"…).
 */
export function cookieDuration(cookie: KnownCookie): string | undefined {
  const text = cookie.retention?.trim() ?? '';
  if (/^(sessions?|end of session.*|session cookie)$/i.test(text)) return 'session';
  const m = /^(\d+)\s*(minute|hour|day|week|month|year)s?$/i.exec(text);
  if (!m) return undefined;
  const amount = Number(m[1]);
  const unit = m[2].toLowerCase();
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
}

/** A duration of the language in days (session: 0), in any notice language or ISO 8601, for comparing periods. */
export function durationDays(text: string): number | undefined {
  const t = text.trim();
  if (/^session$/i.test(t)) return 0;
  const duration = parseDuration(t);
  return duration ? approximateDays(duration) : undefined;
}

const indexes = lazily(() => {
  const exact = new Map<string, KnownCookie[]>();
  const wildcards: KnownCookie[] = [];
  for (const c of allCookies()) {
    if (c.wildcard) wildcards.push(c);
    else exact.set(c.name, [...(exact.get(c.name) ?? []), c]);
  }
  // Longest prefix first, so "_gac_gb_" wins over "_gac_".
  wildcards.sort((a, b) => b.name.length - a.name.length);
  return { exact, wildcards };
});

/** Every entry for exactly this name (several platforms may use one name). */
export function cookiesNamed(name: string): readonly KnownCookie[] {
  return indexes().exact.get(name) ?? [];
}

/**
 * The database's entry for a cookie seen or declared under `name`: an exact entry (the one whose domain matches
 * `host` when several platforms use the name), else the wildcard entry with the longest matching prefix.
 * A declared pattern "_ga_*" finds the wildcard entry "_ga_".
 */
export function lookupCookie(name: string, host?: string): KnownCookie | undefined {
  const { exact, wildcards } = indexes();
  if (name.endsWith('*')) {
    const prefix = name.slice(0, -1);
    return wildcards.find((w) => w.name === prefix) ?? exact.get(prefix)?.[0];
  }
  const found = exact.get(name);
  if (found?.length) {
    if (found.length === 1 || !host) return found[0];
    return (
      found.find((c) => c.domain && host.endsWith(c.domain.replace(/\s*\(.*$/, '').replace(/^\./, ''))) ?? found[0]
    );
  }
  return wildcards.find((w) => name.startsWith(w.name) && name.length > w.name.length);
}

/** Entries whose name (or pattern) starts with the query, case-insensitively; exact names before patterns. */
export function searchCookies(query: string, limit = 100): KnownCookie[] {
  const q = query.toLowerCase();
  const out: KnownCookie[] = [];
  for (const c of allCookies()) {
    if (c.name.toLowerCase().startsWith(q) || c.platform.toLowerCase().startsWith(q)) out.push(c);
  }
  return out
    .sort(
      (a, b) =>
        Number(!a.name.toLowerCase().startsWith(q)) - Number(!b.name.toLowerCase().startsWith(q)) ||
        a.name.length - b.name.length ||
        a.name.localeCompare(b.name),
    )
    .slice(0, limit);
}

/** The `cookies` item's fields for a database entry (name first). */
export function cookieFields(cookie: KnownCookie, party?: 'first' | 'third'): [string, string][] {
  const fields: [string, string | undefined][] = [
    ['name', cookiePattern(cookie)],
    ['provider', cookieProvider(cookie)],
    ['duration', cookieDuration(cookie)],
    ['type', cookieType(cookie)],
    ['party', party ?? cookieParty(cookie)],
  ];
  return fields.filter((f): f is [string, string] => !!f[1]);
}

export function describeCookie(cookie: KnownCookie, ui: InterfaceWords): string {
  const lines = [
    `**${cookiePattern(cookie)}** — ${cookie.platform}${cookie.controller && cookie.controller !== cookie.platform ? ` (${cookie.controller})` : ''}`,
  ];
  if (cookie.description) lines.push(cookie.description);
  const facts = [
    ui.t('Category: {0}', cookie.category) + (cookieType(cookie) ? ` → \`${cookieType(cookie)}\`` : ''),
    cookie.retention && ui.t('Retention: {0}', cookie.retention),
    ui.t('Party: {0}', cookieParty(cookie)) + (cookie.domain ? ` (${cookie.domain})` : ''),
  ].filter(Boolean);
  lines.push(facts.join(' · '));
  if (cookie.wildcard) lines.push(ui.t('Matches every cookie whose name starts with `{0}`.', cookie.name));
  if (cookie.privacy) lines.push(ui.t('Privacy information: {0}', cookie.privacy));
  lines.push(sourceNote(cookieSource(), ui));
  return lines.join('\n\n');
}
