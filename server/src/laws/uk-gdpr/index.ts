// The UK GDPR with the Data Protection Act 2018, as amended by the Data (Use and Access) Act 2025, as one law of the
// notice (../law.ts; docs/language.md, "Laws"). Its territory is the United Kingdom; its text changes with the
// notice's date (`at`): the DUAA's main changes apply from 5 February 2026, the complaint provisions from 19 June
// 2026. Data beside this file: approved destinations (destinations.ts), the structure of the texts (structure.ts,
// articles.ts), the provisions it names differently (provisions.ts), mechanisms (mechanisms.ts), the Information
// Commissioner (authority.ts), the citation recogniser (citations.ts) and its sentences in the notice (notice.ts).
// Sources: NOTICE.md.
import { message, type Message } from '../../languages/language';
import type { AdequacyFinding, Law, Provision, TransferStatus } from '../law';
import { EEA } from '../eu-gdpr/territory';
import { GROUNDS_WITH_SAFEGUARDS, MECHANISMS_NEEDING_COPY, NON_EXCLUDABLE_RIGHTS } from '../eu-gdpr/provisions';
import { appliesOn } from '../dates';
import { countryName } from '../../vocabulary/countries';
import {
  formatUkProvision,
  namedUkProvision,
  ukArticle,
  ukArticles,
  ukProvisionLink,
  ukProvisionProblem,
  ukProvisionTitle,
  UK_GDPR_BASE,
} from './articles';
import { INFORMATION_COMMISSIONER } from './authority';
import { findUkCitations } from './citations';
import { UK_DESTINATIONS, UK_DESTINATIONS_AS_OF, UK_EEA_FINDING } from './destinations';
import { ukMechanismProblem, ukMechanismProvision } from './mechanisms';
import { ukNotice } from './notice';
import { citeUk, DUAA_MAIN } from './provisions';
import { UK_STRUCTURE_AS_OF } from './structure';

const US_FINDING = UK_DESTINATIONS.find((d) => d.country === 'US')!;
const BY_COUNTRY = new Map<string, AdequacyFinding>(
  UK_DESTINATIONS.filter((d) => d.country && d.country !== 'US').map((d) => [d.country!, d]),
);

/** A destination approved for the whole country (not only for certified recipients): the EEA and Sch 21 / regulations. */
function forCountry(country: string): AdequacyFinding | undefined {
  if (EEA.has(country) || country === 'EEA' || country === 'EU') return UK_EEA_FINDING;
  return BY_COUNTRY.get(country);
}

function transferStatus(country: string): TransferStatus {
  if (country === 'GB') return 'eea';
  if (forCountry(country)) return 'adequacy';
  if (country === 'US') return 'dpf';
  return 'third-country';
}

function describeTransferStatus(country: string): Message {
  switch (transferStatus(country)) {
    case 'eea':
      return message('In the United Kingdom: no transfer under the UK GDPR.');
    case 'adequacy': {
      const f = forCountry(country)!;
      return f.scope
        ? message(
            'Approved under the UK GDPR (Art 45A; before 5 February 2026 adequacy regulations): {0}, {1}; only ' +
              '{2} (list as of {3}). Use mechanism `adequacy`.',
            f.name,
            f.reference,
            f.scope.replace(/^only /, ''),
            UK_DESTINATIONS_AS_OF,
          )
        : message(
            'Approved under the UK GDPR (Art 45A; before 5 February 2026 adequacy regulations): {0}, {1} (list ' +
              'as of {2}). Use mechanism `adequacy`.',
            f.name,
            f.reference,
            UK_DESTINATIONS_AS_OF,
          );
    }
    case 'dpf':
      return message(
        'Under the UK GDPR only US recipients taking part in the UK Extension to the EU–US Data Privacy Framework ' +
          'are approved (`uk-extension-dpf`, {0}); otherwise use `uk-idta` or `uk-addendum` (Art 46(2)(d) UK ' +
          'GDPR).',
        US_FINDING.reference,
      );
    case 'third-country':
      return message(
        '{0} is not approved under the UK GDPR: a transfer needs an appropriate safeguard (Art 46 UK GDPR, ' +
          'e.g. `uk-idta` or `uk-addendum`) or a derogation (Art 49 UK GDPR).',
        countryName(country),
      );
  }
}

const laws = new Map<string, Law>();

/** The UK law as it stands on `date` (ISO day); without one, the text as of the data's last check. */
export function ukGdprAt(date: string | undefined): Law {
  const on = date ?? UK_STRUCTURE_AS_OF;
  const known = laws.get(on);
  if (known) return known;
  const cite = (provisions: string) => citeUk(provisions, on);
  const law: Law = {
    id: 'uk-gdpr',
    shortName: { en: 'UK GDPR', fr: 'UK GDPR', nl: 'UK GDPR', de: 'UK GDPR' },
    inSentence: message('the UK GDPR'),
    at: ukGdprAt,
    date: on,
    // From the end of the transition period (IP completion day, 31 December 2020, 11 p.m.).
    inForce: '2021-01-01',
    authority: INFORMATION_COMMISSIONER,
    territory: { name: message('the United Kingdom'), contains: (country) => country === 'GB' },
    adequacy: {
      asOf: UK_DESTINATIONS_AS_OF,
      findings: UK_DESTINATIONS,
      forCountry,
      forOrganisation: (name) =>
        UK_DESTINATIONS.find((d) => d.organisation && d.organisation.toLowerCase() === name.trim().toLowerCase()),
      certified: { country: 'US', mechanism: 'uk-extension-dpf', finding: US_FINDING },
    },
    transferStatus,
    describeTransferStatus,
    cite,
    citeNamed: (provisions) => {
      const cited = cite(provisions);
      // The UK GDPR's articles take its name; DPA 2018 sections and PECR name themselves.
      return cited?.replace(/(^|; )(Art [^;]*)/g, '$1$2 UK GDPR');
    },
    mechanismProblem: ukMechanismProblem,
    mechanismProvision: (mechanism) => ukMechanismProvision(mechanism, on),
    mechanismsNeedingCopy: new Set([...MECHANISMS_NEEDING_COPY, 'uk-idta', 'uk-addendum']),
    // From 5 February 2026 the safeguards of Art 22C apply to every solely automated significant decision.
    decisionGroundsWithSafeguards: appliesOn(DUAA_MAIN, on)
      ? new Set(['contract', 'law', 'explicit-consent'])
      : GROUNDS_WITH_SAFEGUARDS,
    rightsNeverExcluded: NON_EXCLUDABLE_RIGHTS,
    // Art 8(1) UK GDPR: 13 (SI 2019/419 Sch 1 para 8; text-differences.json "baseline-uk-differences").
    digitalConsent: { asOf: UK_STRUCTURE_AS_OF, defaultAge: 13, age: () => 13 },
    text: {
      articles: () => ukArticles(on),
      recitals: 0,
      article: (number) => ukArticle(number, undefined, on),
      findCitations: findUkCitations,
      provisionProblem: (p) => ukProvisionProblem(p, on),
      rangeProblem,
      formatProvision: formatUkProvision,
      nearestProvision: () => undefined,
      link: (_language, target) =>
        target && 'article' in target ? `${UK_GDPR_BASE}/article/${target.article}` : `${UK_GDPR_BASE}/contents`,
      provisionLink: (p) => ukProvisionLink(p),
      provisionTitle: (p) => ukProvisionTitle(p, on),
      instrumentName: (p) => (p.instrument === 'dpa-2018' ? 'the Data Protection Act 2018' : 'the UK GDPR'),
      named: namedUkProvision,
      site: 'legislation.gov.uk',
    },
    dpv: {
      prefix: 'legal-gb',
      namespace: 'https://w3id.org/dpv/legal/gb#',
      law: 'legal-gb:law-GDPR',
    },
    sentences: ukNotice,
  };
  laws.set(on, law);
  return law;
}

/** Why a range runs backwards ("Art 22D–22A"), or undefined. */
function rangeProblem(end: Provision): Message | undefined {
  const from = end.rangeFrom;
  if (!from) return undefined;
  const key = (p: Provision) =>
    [p.number, p.suffix ?? '', Number.parseInt(p.paragraph ?? '0', 10), p.point ?? ''] as const;
  const [a, b] = [key(from), key(end)];
  const order = a[0] - b[0] || a[1].localeCompare(b[1]) || a[2] - b[2] || a[3].localeCompare(b[3]);
  return order > 0
    ? message('This range runs backwards: {0} comes after {1}.', formatUkProvision(from), formatUkProvision(end))
    : undefined;
}

export const ukGdpr: Law = ukGdprAt(undefined);
