// One-off import of the open data behind the catalogues (README, "Catalogues and evidence") into server/src/catalogues/data/.
//   node --import tsx scripts/import-catalogues.ts <folder with the open data>   (default: ../shared/data)
// Keeps only the fields the catalogues use, derives each organisation's country from the last line of its address,
// and records the sources in each file. Re-run it when the sources are updated, then review `git diff` and the
// counts pinned in test/unit/catalogues.test.ts. Nothing is fetched at run time.
/* eslint-disable @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-require-imports -- a one-off importer that reads the upstream files as they come */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import countries from 'i18n-iso-countries';
import { parse } from 'csv-parse/sync';

const from = resolve(process.argv[2] ?? resolve(__dirname, '../../shared/data'));
const to = resolve(__dirname, '../server/src/catalogues/data');

const DATENANFRAGEN = {
  repository: 'https://github.com/datenanfragen/data',
  commit: '0a29c3d6',
  date: '2026-07-21',
  licence: 'CC0-1.0',
};
const COOKIE_DATABASE = {
  repository: 'https://github.com/jkwakman/Open-Cookie-Database',
  commit: '0ee5a17',
  date: '2026-01-21',
  licence: 'Apache-2.0',
};

const json = (file: string) => JSON.parse(readFileSync(resolve(from, file), 'utf8'));
const write = (file: string, value: unknown) => writeFileSync(resolve(to, file), `${JSON.stringify(value)}\n`);

// --- Supervisory authorities -------------------------------------------------------------------------------------
// The German authorities' roles are not fields of the source; they are read from their names and kept here.
const GERMAN: Record<
  string,
  { kind: 'state' | 'federal' | 'church' | 'broadcasting'; state?: string; scope?: string }
> = {
  debawueldb: { kind: 'state', state: 'BW' },
  debaylda: { kind: 'state', state: 'BY', scope: 'private bodies' },
  debayldb: { kind: 'state', state: 'BY', scope: 'public bodies' },
  deberlbdi: { kind: 'state', state: 'BE' },
  debralda: { kind: 'state', state: 'BB' },
  debrelfdi: { kind: 'state', state: 'HB' },
  dehessbdi: { kind: 'state', state: 'HE' },
  dehmbbfdi: { kind: 'state', state: 'HH' },
  demvldi: { kind: 'state', state: 'MV' },
  dendslfd: { kind: 'state', state: 'NI' },
  denrwldi: { kind: 'state', state: 'NW' },
  derlpbdi: { kind: 'state', state: 'RP' },
  desaarudz: { kind: 'state', state: 'SL' },
  desaechsdsb: { kind: 'state', state: 'SN' },
  desalbd: { kind: 'state', state: 'ST' },
  deshuld: { kind: 'state', state: 'SH' },
  detlfdi: { kind: 'state', state: 'TH' },
  debfdi: { kind: 'federal', scope: 'federal public bodies, telecommunications and postal services' },
  deekdbfd: { kind: 'church', scope: 'the Protestant Church in Germany' },
  dekathbayddsb: { kind: 'church', scope: 'the Catholic dioceses in Bavaria' },
  dekathdsz: { kind: 'church', scope: 'Catholic dioceses in North Rhine-Westphalia' },
  dekathffdsz: { kind: 'church', scope: 'Catholic dioceses in central Germany' },
  dekathnordddsb: { kind: 'church', scope: 'Catholic dioceses in northern Germany' },
  dekathostddsb: { kind: 'church', scope: 'Catholic dioceses in eastern Germany' },
  derf: { kind: 'broadcasting', scope: 'public broadcasters' },
  derfdw: { kind: 'broadcasting', scope: 'Deutsche Welle' },
};

interface SourceAuthority {
  slug: string;
  'relevant-countries': string[];
  name: string;
  address: string;
  phone?: string;
  email?: string;
  webform?: string;
  web?: string;
  sources?: string[];
}
const authorities = (json('supervisory-authorities.json') as SourceAuthority[]).map((a) => {
  const role = GERMAN[a.slug] ?? { kind: 'national' as const };
  if (a['relevant-countries'].includes('de') && !GERMAN[a.slug])
    throw new Error(`German authority ${a.slug} has no role: add it to GERMAN`);
  return {
    slug: a.slug,
    countries: a['relevant-countries'].map((c) => c.toUpperCase()),
    name: a.name,
    address: a.address,
    ...(a.phone ? { phone: a.phone } : {}),
    ...(a.email ? { email: a.email } : {}),
    ...(a.web ? { web: a.web } : {}),
    ...(a.webform ? { webform: a.webform } : {}),
    ...role,
  };
});
write('authorities.json', {
  source: { name: 'datenanfragen.de supervisory authorities', ...DATENANFRAGEN },
  entries: authorities,
});

// --- Organisations -----------------------------------------------------------------------------------------------
const LANGS = ['en', 'de', 'fr', 'nl', 'it', 'es', 'pl', 'da', 'sv', 'hr'];
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
for (const l of LANGS.slice(1)) countries.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));
const COUNTRY_ALIASES: Record<string, string> = {
  'republic of singapore': 'SG',
  'the netherlands': 'NL',
  russia: 'RU',
};
function countryFromAddress(address: string): string | undefined {
  const last = address.trim().split('\n').pop()!.trim();
  const alias = COUNTRY_ALIASES[last.toLowerCase()];
  if (alias) return alias;
  for (const l of LANGS) {
    const code = countries.getAlpha2Code(last, l);
    if (code) return code;
  }
  return undefined;
}

interface SourceCompany {
  slug: string;
  name: string;
  runs?: string[];
  address: string;
  web?: string;
  categories?: string[];
  quality: string;
  'relevant-countries': string[];
}
const unknownCountries = new Map<string, number>();
const organisations = (json('companies.json') as SourceCompany[]).map((c) => {
  const country = countryFromAddress(c.address);
  if (!country)
    unknownCountries.set(c.address.split('\n').pop()!, (unknownCountries.get(c.address.split('\n').pop()!) ?? 0) + 1);
  return {
    slug: c.slug,
    name: c.name,
    ...(c.runs?.length ? { runs: c.runs } : {}),
    ...(country ? { country } : {}),
    ...(c.web ? { web: c.web } : {}),
    ...(c.categories?.length ? { categories: c.categories } : {}),
    quality: c.quality,
  };
});
if (unknownCountries.size)
  console.warn('Addresses whose last line names no country:', Object.fromEntries(unknownCountries));
write('organisations.json', {
  source: { name: 'datenanfragen.de company database', ...DATENANFRAGEN },
  entries: organisations,
});

// --- Cookies -----------------------------------------------------------------------------------------------------
const rows: Record<string, string>[] = parse(readFileSync(resolve(from, 'open-cookie-database.csv')), {
  columns: true,
  skip_empty_lines: true,
  bom: true,
});
const cookies = rows.map((r) => {
  const entry: Record<string, string | boolean> = {
    name: r['Cookie / Data Key name'].trim(),
    platform: r.Platform.trim(),
    category: r.Category.trim(),
  };
  if (r.Domain.trim()) entry.domain = r.Domain.trim();
  if (r.Description.trim()) entry.description = r.Description.trim();
  if (r['Retention period'].trim()) entry.retention = r['Retention period'].trim();
  if (r['Data Controller'].trim()) entry.controller = r['Data Controller'].trim();
  if (r['User Privacy & GDPR Rights Portals'].trim()) entry.privacy = r['User Privacy & GDPR Rights Portals'].trim();
  if (r['Wildcard match'].trim() === '1') entry.wildcard = true;
  return entry;
});
write('cookies.json', { source: { name: 'Open Cookie Database', ...COOKIE_DATABASE }, entries: cookies });

copyFileSync(resolve(from, 'LICENSE-datenanfragen-CC0.txt'), resolve(to, 'LICENSE-datenanfragen-CC0.txt'));
copyFileSync(
  resolve(from, 'LICENSE-open-cookie-database-Apache-2.0.txt'),
  resolve(to, 'LICENSE-open-cookie-database-Apache-2.0.txt'),
);
console.log(
  `${authorities.length} authorities, ${organisations.length} organisations, ${cookies.length} cookies → ${to}`,
);
