// What a site did, recorded in a HAR file (README, "Catalogues and evidence" "Evidence"): the cookies it set or sent, first and third party,
// and the hosts it contacted. Built entry by entry from the streaming reader, so only this summary is kept.
import { hostOf, registrableDomain } from '../catalogues/domains';
import { HarError, HarReader, type HarEntry } from './harReader';

export interface ObservedCookie {
  name: string;
  /** The hosts or cookie domains it was seen on (without a leading dot). */
  domains: string[];
  /** Seen in a response's Set-Cookie (or response cookie list), in a request's cookies, or both. */
  setByResponse: boolean;
  sentInRequest: boolean;
  /** The first URL it was seen with. */
  url: string;
}

export interface ObservedHost {
  host: string;
  requests: number;
  url: string;
}

export interface Evidence {
  /** The HAR file's name, for messages. */
  file: string;
  entries: number;
  /** The registrable domains of the pages recorded: the site's own (first-party) domains. */
  siteDomains: string[];
  cookies: ObservedCookie[];
  hosts: ObservedHost[];
}

const MAX_COOKIES = 10_000;
const MAX_HOSTS = 10_000;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const obj = (v: unknown): Record<string, unknown> | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/** The name and Domain attribute of each cookie in a Set-Cookie value (Chrome joins several with newlines). */
export function parseSetCookie(value: string): { name: string; domain?: string }[] {
  return value
    .split('\n')
    .map((line) => {
      const [pair, ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = (eq === -1 ? '' : pair.slice(0, eq)).trim();
      const domain = attributes.map((a) => /^\s*domain\s*=\s*\.?([^\s;]+)/i.exec(a)?.[1]).find(Boolean);
      return { name, domain: domain?.toLowerCase() };
    })
    .filter((c) => c.name.length > 0 && c.name.length <= 256);
}

/** The names in a Cookie request header ("a=1; b=2"). */
export function parseCookieHeader(value: string): string[] {
  return value
    .split(';')
    .map((p) => p.slice(0, p.indexOf('=') === -1 ? 0 : p.indexOf('=')).trim())
    .filter((n) => n.length > 0 && n.length <= 256);
}

export class EvidenceCollector {
  private readonly cookies = new Map<string, ObservedCookie>();
  private readonly hosts = new Map<string, ObservedHost>();
  private readonly pageDomains = new Set<string>();
  private readonly pagesSeen = new Set<string>();
  private firstHost: string | undefined;
  private entries = 0;

  constructor(private readonly file: string) {}

  private cookie(name: string, domain: string, url: string, how: 'response' | 'request'): void {
    let c = this.cookies.get(name);
    if (!c) {
      if (this.cookies.size >= MAX_COOKIES) return;
      c = { name, domains: [], setByResponse: false, sentInRequest: false, url };
      this.cookies.set(name, c);
    }
    if (!c.domains.includes(domain) && c.domains.length < 20) c.domains.push(domain);
    if (how === 'response') c.setByResponse = true;
    else c.sentInRequest = true;
  }

  add(entry: HarEntry): void {
    this.entries++;
    const request = obj(entry.request);
    const response = obj(entry.response);
    const url = str(request?.url);
    const host = url ? hostOf(url) : undefined;
    if (!url || !host) return;
    this.firstHost ??= host;
    // The first request of each page is the page itself: its domain is the site's own.
    const pageref = str(entry.pageref);
    if (pageref && !this.pagesSeen.has(pageref)) {
      this.pagesSeen.add(pageref);
      this.pageDomains.add(registrableDomain(host));
    }
    const h = this.hosts.get(host);
    if (h) h.requests++;
    else if (this.hosts.size < MAX_HOSTS) this.hosts.set(host, { host, requests: 1, url });

    for (const header of list(response?.headers)) {
      const hd = obj(header);
      if (str(hd?.name)?.toLowerCase() !== 'set-cookie') continue;
      for (const c of parseSetCookie(str(hd?.value) ?? '')) this.cookie(c.name, c.domain ?? host, url, 'response');
    }
    for (const item of list(response?.cookies)) {
      const name = str(obj(item)?.name)?.trim();
      if (name) this.cookie(name, str(obj(item)?.domain)?.replace(/^\./, '').toLowerCase() || host, url, 'response');
    }
    for (const item of list(request?.cookies)) {
      const name = str(obj(item)?.name)?.trim();
      if (name) this.cookie(name, host, url, 'request');
    }
    for (const header of list(request?.headers)) {
      const hd = obj(header);
      if (str(hd?.name)?.toLowerCase() !== 'cookie') continue;
      for (const name of parseCookieHeader(str(hd?.value) ?? '')) this.cookie(name, host, url, 'request');
    }
  }

  finish(): Evidence {
    const siteDomains = [...this.pageDomains];
    if (siteDomains.length === 0 && this.firstHost) siteDomains.push(registrableDomain(this.firstHost));
    return {
      file: this.file,
      entries: this.entries,
      siteDomains,
      cookies: [...this.cookies.values()],
      hosts: [...this.hosts.values()],
    };
  }
}

/** Reads a HAR from chunks of text: `write` each chunk, then `end` for the evidence (throws HarError). */
export function harEvidenceReader(file: string): { write(chunk: string): void; end(): Evidence } {
  const collector = new EvidenceCollector(file);
  const reader = new HarReader((entry) => collector.add(entry));
  return {
    write: (chunk) => reader.write(chunk),
    end() {
      reader.end();
      return collector.finish();
    },
  };
}

/** Reads a whole HAR text (tests, small files). */
export function evidenceFromHarText(text: string, file = 'recording.har'): Evidence {
  const r = harEvidenceReader(file);
  r.write(text);
  return r.end();
}

export { HarError };
