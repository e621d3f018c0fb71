// Supervisory authorities (README, "Catalogues and evidence"): the authority competent for a controller's country, with its contact details.
// For Germany, where each state has its own authority for private bodies (§ 40 BDSG) and the federal one supervises
// federal public bodies and telecommunications and postal services (§ 9 BDSG), the state is read from the address.
import type { InterfaceWords } from '../languages/language';
import { lazily, loadCatalogue, sourceNote, type CatalogueSource } from './load';

export interface Authority {
  slug: string;
  /** ISO 3166-1 alpha-2 codes of the countries it serves. */
  countries: string[];
  name: string;
  /** Lines separated by "\n". */
  address: string;
  phone?: string;
  email?: string;
  web?: string;
  /** The online complaint form. */
  webform?: string;
  kind: 'national' | 'state' | 'federal' | 'church' | 'broadcasting';
  /** German state (two-letter abbreviation) of a state authority. */
  state?: string;
  /** Whom it supervises, where the country has more than one authority. */
  scope?: string;
}

const data = () => loadCatalogue<Authority>('authorities.json');

export function authoritySource(): CatalogueSource {
  return data().source;
}

export function allAuthorities(): readonly Authority[] {
  return data().entries;
}

export const GERMAN_STATES: Readonly<Record<string, string>> = {
  BW: 'Baden-Württemberg',
  BY: 'Bavaria',
  BE: 'Berlin',
  BB: 'Brandenburg',
  HB: 'Bremen',
  HH: 'Hamburg',
  HE: 'Hesse',
  MV: 'Mecklenburg-Western Pomerania',
  NI: 'Lower Saxony',
  NW: 'North Rhine-Westphalia',
  RP: 'Rhineland-Palatinate',
  SL: 'Saarland',
  SN: 'Saxony',
  ST: 'Saxony-Anhalt',
  SH: 'Schleswig-Holstein',
  TH: 'Thuringia',
};

/**
 * German postcode areas (first two digits, or three where an area is split) that lie in one state. Postcode areas
 * do not follow state borders exactly, so this only orders the choices; the city, when known, wins.
 */
const POSTCODE_STATES: Readonly<Record<string, string>> = {
  '01': 'SN',
  '02': 'SN',
  '03': 'BB',
  '04': 'SN',
  '06': 'ST',
  '07': 'TH',
  '08': 'SN',
  '09': 'SN',
  '10': 'BE',
  '12': 'BE',
  '13': 'BE',
  '140': 'BE',
  '141': 'BE',
  '14': 'BB',
  '15': 'BB',
  '16': 'BB',
  '17': 'MV',
  '18': 'MV',
  '19': 'MV',
  '20': 'HH',
  '210': 'HH',
  '211': 'HH',
  '220': 'HH',
  '221': 'HH',
  '222': 'HH',
  '223': 'HH',
  '224': 'HH',
  '225': 'HH',
  '226': 'HH',
  '227': 'HH',
  '228': 'SH',
  '229': 'SH',
  '23': 'SH',
  '24': 'SH',
  '25': 'SH',
  '26': 'NI',
  '275': 'HB',
  '276': 'HB',
  '27': 'NI',
  '281': 'HB',
  '282': 'HB',
  '283': 'HB',
  '285': 'HB',
  '287': 'HB',
  '29': 'NI',
  '30': 'NI',
  '31': 'NI',
  '32': 'NW',
  '33': 'NW',
  '34': 'HE',
  '35': 'HE',
  '36': 'HE',
  '37': 'NI',
  '38': 'NI',
  '39': 'ST',
  '40': 'NW',
  '41': 'NW',
  '42': 'NW',
  '44': 'NW',
  '45': 'NW',
  '46': 'NW',
  '47': 'NW',
  '48': 'NW',
  '49': 'NI',
  '50': 'NW',
  '51': 'NW',
  '52': 'NW',
  '53': 'NW',
  '54': 'RP',
  '55': 'RP',
  '56': 'RP',
  '57': 'NW',
  '58': 'NW',
  '59': 'NW',
  '60': 'HE',
  '61': 'HE',
  '63': 'HE',
  '64': 'HE',
  '65': 'HE',
  '66': 'SL',
  '67': 'RP',
  '68': 'BW',
  '69': 'BW',
  '70': 'BW',
  '71': 'BW',
  '72': 'BW',
  '73': 'BW',
  '74': 'BW',
  '75': 'BW',
  '76': 'BW',
  '77': 'BW',
  '78': 'BW',
  '79': 'BW',
  '80': 'BY',
  '81': 'BY',
  '82': 'BY',
  '83': 'BY',
  '84': 'BY',
  '85': 'BY',
  '86': 'BY',
  '87': 'BY',
  '88': 'BW',
  '89': 'BW',
  '90': 'BY',
  '91': 'BY',
  '92': 'BY',
  '93': 'BY',
  '94': 'BY',
  '95': 'BY',
  '96': 'BY',
  '97': 'BY',
  '98': 'TH',
  '99': 'TH',
};

/** State capitals and large cities, in German and English spelling. */
const CITY_STATES: Readonly<Record<string, string>> = {
  stuttgart: 'BW',
  karlsruhe: 'BW',
  mannheim: 'BW',
  freiburg: 'BW',
  'freiburg im breisgau': 'BW',
  heidelberg: 'BW',
  ulm: 'BW',
  heilbronn: 'BW',
  pforzheim: 'BW',
  münchen: 'BY',
  munich: 'BY',
  nürnberg: 'BY',
  nuremberg: 'BY',
  augsburg: 'BY',
  regensburg: 'BY',
  würzburg: 'BY',
  ingolstadt: 'BY',
  ansbach: 'BY',
  erlangen: 'BY',
  berlin: 'BE',
  potsdam: 'BB',
  cottbus: 'BB',
  'frankfurt (oder)': 'BB',
  'frankfurt/oder': 'BB',
  'frankfurt an der oder': 'BB',
  bremen: 'HB',
  bremerhaven: 'HB',
  hamburg: 'HH',
  'frankfurt am main': 'HE',
  'frankfurt/main': 'HE',
  'frankfurt a. m.': 'HE',
  'frankfurt/m.': 'HE',
  frankfurt: 'HE',
  wiesbaden: 'HE',
  kassel: 'HE',
  darmstadt: 'HE',
  offenbach: 'HE',
  'offenbach am main': 'HE',
  schwerin: 'MV',
  rostock: 'MV',
  greifswald: 'MV',
  hannover: 'NI',
  hanover: 'NI',
  braunschweig: 'NI',
  osnabrück: 'NI',
  oldenburg: 'NI',
  göttingen: 'NI',
  wolfsburg: 'NI',
  düsseldorf: 'NW',
  köln: 'NW',
  cologne: 'NW',
  dortmund: 'NW',
  essen: 'NW',
  duisburg: 'NW',
  bochum: 'NW',
  bonn: 'NW',
  münster: 'NW',
  bielefeld: 'NW',
  aachen: 'NW',
  wuppertal: 'NW',
  gelsenkirchen: 'NW',
  mainz: 'RP',
  koblenz: 'RP',
  trier: 'RP',
  ludwigshafen: 'RP',
  'ludwigshafen am rhein': 'RP',
  kaiserslautern: 'RP',
  saarbrücken: 'SL',
  dresden: 'SN',
  leipzig: 'SN',
  chemnitz: 'SN',
  magdeburg: 'ST',
  halle: 'ST',
  'halle (saale)': 'ST',
  kiel: 'SH',
  lübeck: 'SH',
  flensburg: 'SH',
  erfurt: 'TH',
  jena: 'TH',
  weimar: 'TH',
  gera: 'TH',
};

export interface StateMatch {
  state: string;
  /** What in the address said so: "the postcode 10115" or "the city Berlin". */
  because: string;
}

/** The German state an address lies in, from its city or postcode, when either says so. */
export function germanStateOf(address: string): StateMatch | undefined {
  const lines = address
    .split(/\n|,/)
    .map((l) => l.trim())
    .filter(Boolean);
  let byPostcode: StateMatch | undefined;
  for (const line of lines) {
    const m = /^(?:D-\s?)?(\d{5})\s+(.+)$/.exec(line);
    const city = (m ? m[2] : line).trim();
    const cityState = CITY_STATES[city.toLowerCase()];
    if (cityState) return { state: cityState, because: `the city ${city}` };
    if (m && !byPostcode) {
      const code = m[1];
      const state = POSTCODE_STATES[code.slice(0, 3)] ?? POSTCODE_STATES[code.slice(0, 2)];
      if (state) byPostcode = { state, because: `the postcode ${code}` };
    }
  }
  return byPostcode;
}

/** An authority offered to a controller, with why it comes where it comes. */
export interface AuthorityChoice {
  authority: Authority;
  /** Set on the first choice when the address decided the order. */
  match?: StateMatch;
}

/**
 * The authorities that can be competent for a controller established in `country`: the national authority, or for
 * Germany every state authority and the federal one, the one matching the address first. Church and broadcasting
 * authorities supervise only their own bodies and are not offered.
 */
export function authoritiesFor(country: string, address?: string): AuthorityChoice[] {
  const code = country.toUpperCase();
  const found = allAuthorities().filter(
    (a) => a.countries.includes(code) && (a.kind === 'national' || a.kind === 'state' || a.kind === 'federal'),
  );
  if (code !== 'DE') return found.map((authority) => ({ authority }));
  const match = address ? germanStateOf(address) : undefined;
  const rank = (a: Authority) => (a.kind === 'federal' ? 2 : match && a.state === match.state ? 0 : 1);
  return found
    .map((authority) => ({ authority, match: match && authority.state === match.state ? match : undefined }))
    .sort(
      (x, y) =>
        rank(x.authority) - rank(y.authority) || (x.authority.state ?? '').localeCompare(y.authority.state ?? ''),
    );
}

const byName = lazily(() => new Map(allAuthorities().map((a) => [normalise(a.name), a])));

function normalise(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The catalogue entry whose name is `name` (as written under `authority.name`). */
export function authorityNamed(name: string): Authority | undefined {
  return byName().get(normalise(name));
}

/** The address on one line, as the policy's `address` field holds it. */
export function oneLineAddress(address: string): string {
  return address
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join(', ');
}

/** The `authority` section's lines for an authority (values as YAML scalars by the caller). */
export function authorityFields(a: Authority): [string, string][] {
  const fields: [string, string | undefined][] = [
    ['name', a.name],
    ['address', oneLineAddress(a.address)],
    ['email', a.email],
    ['phone', a.phone],
    ['url', a.web],
    ['webform', a.webform],
  ];
  return fields.filter((f): f is [string, string] => !!f[1]);
}

/** One line saying who the authority supervises, for fix titles, completion and hover. */
export function authorityRole(a: Authority, ui: InterfaceWords): string {
  if (a.kind === 'state') {
    const state = ui.t(GERMAN_STATES[a.state!] ?? a.state!);
    return a.scope
      ? ui.t('state authority of {0} for {1}', state, ui.t(a.scope))
      : ui.t('state authority of {0}', state);
  }
  if (a.kind === 'federal') return ui.t('federal authority for {0}', ui.t(a.scope!));
  if (a.kind === 'church' || a.kind === 'broadcasting') return ui.t('authority for {0}', ui.t(a.scope!));
  return ui.t('national authority');
}

/** Markdown describing an authority, with the source and as-of date (hover, completion documentation). */
export function describeAuthority(a: Authority, ui: InterfaceWords): string {
  const lines = [`**${a.name}** — ${authorityRole(a, ui)} (${a.countries.join(', ')})`, oneLineAddress(a.address)];
  const contact = [
    a.phone && ui.t('Phone {0}', a.phone),
    a.email && ui.t('E-mail {0}', a.email),
    a.web && ui.t('Web {0}', a.web),
    a.webform && ui.t('Complaint form {0}', a.webform),
  ].filter(Boolean);
  if (contact.length) lines.push(contact.join(' · '));
  lines.push(sourceNote(authoritySource(), ui));
  return lines.join('\n\n');
}
