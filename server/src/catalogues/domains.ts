// Host names reduced to the domain an organisation registers ("www.google-analytics.com" → "google-analytics.com").
// Without the full Public Suffix List, the common two-level public suffixes are listed here; any other host keeps
// its last two labels. Good enough to tell a site's own hosts from third parties and to match catalogue domains.

const TWO_LEVEL_SUFFIXES = new Set([
  'co.uk',
  'org.uk',
  'ac.uk',
  'gov.uk',
  'ltd.uk',
  'plc.uk',
  'me.uk',
  'net.uk',
  'com.au',
  'net.au',
  'org.au',
  'edu.au',
  'gov.au',
  'co.nz',
  'org.nz',
  'co.jp',
  'ne.jp',
  'or.jp',
  'co.kr',
  'or.kr',
  'com.br',
  'com.ar',
  'com.mx',
  'com.tr',
  'com.cn',
  'com.hk',
  'com.sg',
  'com.tw',
  'co.in',
  'co.za',
  'co.il',
  'com.pl',
  'co.at',
  'or.at',
  'gv.at',
  'ac.at',
  'com.es',
  'com.pt',
  'com.gr',
  'com.cy',
  'com.mt',
  'co.hu',
  'com.ua',
  'com.ru',
]);

/** The host of a URL, lower case, without port; undefined for anything that is not an http(s) or ws(s) URL. */
export function hostOf(url: string): string | undefined {
  const m = /^(?:https?|wss?):\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(url.trim());
  const host = m?.[1].toLowerCase().replace(/\.$/, '');
  return host ? host : undefined;
}

const IP = /^(\d{1,3}(\.\d{1,3}){3}|\[.*\])$/;

/** "www.shop.example.co.uk" → "example.co.uk"; IP addresses and single labels stay as they are. */
export function registrableDomain(host: string): string {
  const h = host.toLowerCase().replace(/^\.+|\.+$/g, '');
  if (IP.test(h)) return h;
  const labels = h.split('.');
  if (labels.length <= 2) return h;
  const lastTwo = labels.slice(-2).join('.');
  return TWO_LEVEL_SUFFIXES.has(lastTwo) ? labels.slice(-3).join('.') : lastTwo;
}

/** True when `host` is `domain` or one of its subdomains. */
export function isWithin(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}
