// The Swiss Federal Act on Data Protection of 25 September 2020 (FADP, SR 235.1, in force 1 September 2023) with its
// Ordinance (DPO, SR 235.11), as one law of the notice (../law.ts; docs/language.md, "Laws"). Its territory is
// Switzerland; adequacy is Annex 1 DPO (annex1.ts), not the EU's list. Data beside this file: the Act's articles
// (fadp-articles.json, articles.ts), the provisions it answers to (provisions.ts), mechanisms (mechanisms.ts), the
// FDPIC (authority.ts), the citation recogniser (citations.ts) and its sentences in the notice (notice.ts). Sources:
// NOTICE.md.
import { message, type Message } from '../../languages/language';
import type { AdequacyFinding, Law, Provision, TransferStatus } from '../law';
import { MECHANISMS_NEEDING_COPY, NON_EXCLUDABLE_RIGHTS } from '../eu-gdpr/provisions';
import { EEA } from '../eu-gdpr/territory';
import { countryName } from '../../vocabulary/countries';
import { ANNEX1, ANNEX1_AS_OF } from './annex1';
import {
  chProvisionLink,
  chProvisionProblem,
  chProvisionTitle,
  fadpArticle,
  fadpArticles,
  FADP_CHECKED,
  FADP_IN_FORCE,
  fedlexLanguage,
  formatChProvision,
  namedChProvision,
} from './articles';
import { FDPIC } from './authority';
import { findChCitations } from './citations';
import { chMechanismProblem, chMechanismProvision } from './mechanisms';
import { chNotice } from './notice';
import { citeCh } from './provisions';

const US_FINDING = ANNEX1.find((f) => f.country === 'US')!;
const BY_COUNTRY = new Map<string, AdequacyFinding>(
  ANNEX1.filter((f) => f.country && f.country !== 'US').map((f) => [f.country!, f]),
);
/**
 * Parts of listed EEA States that have ISO codes of their own (Åland; the French outermost regions; Saint-Martin):
 * Annex 1 lists States, so a recipient there is in the State's territory (the project's reading).
 */
const PART_OF: Readonly<Record<string, string>> = {
  AX: 'FI',
  GF: 'FR',
  GP: 'FR',
  MQ: 'FR',
  RE: 'FR',
  YT: 'FR',
  MF: 'FR',
};

/**
 * Every one of the 30 EEA States has an entry of its own in Annex 1 (nos. 1, 4–6, 8–14, 16, 18, 21, 22, 24, 26–30,
 * 32, 34–38, 40–42): a disclosure to "the EEA" is to adequate States.
 */
const EEA_FINDING: AdequacyFinding = {
  name: 'the EEA States',
  decision: ANNEX1.find((f) => f.country === 'DE')!.decision,
  reference: 'Annex 1 DPO (each EEA State has its own entry)',
  verified: 'official',
};

function forCountry(country: string): AdequacyFinding | undefined {
  // A region: all its States are listed. Naming them is another matter (Art 19(4); rule missing-destination-country).
  if (country === 'EEA' || country === 'EU')
    return [...EEA].every((c) => BY_COUNTRY.has(PART_OF[c] ?? c)) ? EEA_FINDING : undefined;
  return BY_COUNTRY.get(PART_OF[country] ?? country);
}

function transferStatus(country: string): TransferStatus {
  if (country === 'CH') return 'eea';
  if (forCountry(country)) return 'adequacy';
  if (country === 'US') return 'dpf';
  return 'third-country';
}

function describeTransferStatus(country: string): Message {
  switch (transferStatus(country)) {
    case 'eea':
      return message('In Switzerland: no disclosure abroad under the FADP.');
    case 'adequacy': {
      const f = forCountry(country)!;
      return f.scope
        ? message(
            'Adequate under the FADP: {0}, {1} ({2}) (Art 16(1) FADP; list as of {3}). Use mechanism `adequacy`; ' +
              'the notice still names the State (Art 19(4) FADP).',
            f.name,
            f.reference,
            f.scope,
            ANNEX1_AS_OF,
          )
        : message(
            'Adequate under the FADP: {0}, {1} (Art 16(1) FADP; list as of {2}). Use mechanism `adequacy`; the ' +
              'notice still names the State (Art 19(4) FADP).',
            f.name,
            f.reference,
            ANNEX1_AS_OF,
          );
    }
    case 'dpf':
      return message(
        'Under the FADP only US recipients certified under the Swiss–US Data Privacy Framework are adequate ' +
          '(`swiss-us-dpf`, {0}); otherwise use e.g. `scc` (Art 16(2)(d) FADP). The notice names the State ' +
          '(Art 19(4) FADP).',
        US_FINDING.reference,
      );
    case 'third-country':
      return message(
        '{0} is not in Annex 1 DPO: a disclosure there needs a safeguard of Art 16(2) FADP (e.g. `scc`) or ' +
          'an exception of Art 17 FADP; the notice names the State and the safeguard or exception (Art 19(4) ' +
          'FADP).',
        countryName(country),
      );
  }
}

function rangeProblem(end: Provision): Message | undefined {
  const from = end.rangeFrom;
  if (!from || from.instrument !== end.instrument) return undefined;
  const order = from.number - end.number || (from.suffix ?? '').localeCompare(end.suffix ?? '');
  return order > 0
    ? message('This range runs backwards: {0} comes after {1}.', formatChProvision(from), formatChProvision(end))
    : undefined;
}

const laws = new Map<string, Law>();

/** The FADP as it stands on `date` (ISO day); without one, its last consolidation read. */
export function chFadpAt(date: string | undefined): Law {
  const key = date ?? '';
  const known = laws.get(key);
  if (known) return known;
  const law: Law = {
    id: 'ch-fadp',
    shortName: { en: 'FADP', fr: 'LPD', nl: 'FADP', de: 'DSG' },
    inSentence: message('the Swiss FADP'),
    at: chFadpAt,
    date,
    inForce: FADP_IN_FORCE,
    authority: FDPIC,
    // The FADP does not require in the notice what these rules check, but the person learns it on access
    // (retention: Art 25(2)(d)) or it helps them (the copy of a safeguard, which Art 19(4) does not ask for); a
    // notice need speak of automated individual decisions only where one is taken (Art 21(1)), not deny them.
    softerRules: new Set([
      'missing-retention',
      'vague-retention',
      'missing-transfer-copy',
      'missing-automated-decisions',
    ]),
    // What Swiss law does not ask at all: consent to cookies (Art 45c(b) FMG is inform-and-allow-refusal, which
    // cookie-refusal-missing checks), consent as Art 4(11) GDPR defines it (the FADP accepts consent by conduct
    // except where it must be express, Art 6(6)–(7)), the EDPB's recommendations, Recital 71 GDPR, and the GDPR's
    // month for answering (the FADP's 30 days are the notice's own sentence, Art 25(7) FADP, Art 18 DPO).
    silentRules: new Set([
      'cookie-consent-basis',
      'implied-consent',
      'single-contact-form',
      'automated-decision-child',
      'invalid-response-time',
    ]),
    territory: { name: message('Switzerland'), contains: (country) => country === 'CH' },
    adequacy: {
      asOf: ANNEX1_AS_OF,
      findings: ANNEX1,
      forCountry,
      // Annex 1 lists no international body.
      forOrganisation: () => undefined,
      certified: { country: 'US', mechanism: 'swiss-us-dpf', finding: US_FINDING },
    },
    transferStatus,
    describeTransferStatus,
    cite: citeCh,
    citeNamed: citeCh,
    mechanismProblem: chMechanismProblem,
    mechanismProvision: chMechanismProvision,
    mechanismsNeedingCopy: MECHANISMS_NEEDING_COPY,
    // Art 21(2) FADP applies to every automated individual decision, within the limits of Art 21(3).
    decisionGroundsWithSafeguards: new Set(['contract', 'law', 'explicit-consent']),
    rightsNeverExcluded: NON_EXCLUDABLE_RIGHTS,
    // The FADP sets no age of digital consent: whether a minor can consent depends on capacity of judgement.
    digitalConsent: { asOf: FADP_CHECKED, defaultAge: 0, age: () => undefined },
    text: {
      articles: fadpArticles,
      recitals: 0,
      article: (number) => fadpArticle(number),
      findCitations: findChCitations,
      provisionProblem: (p) => chProvisionProblem(p, date),
      rangeProblem,
      formatProvision: formatChProvision,
      nearestProvision: () => undefined,
      link: (language, target) =>
        target && 'article' in target
          ? chProvisionLink({ kind: 'article', number: target.article }, language)
          : `https://www.fedlex.admin.ch/eli/cc/2022/491/${fedlexLanguage(language)}`,
      provisionLink: (p, language) => chProvisionLink(p, language),
      provisionTitle: (p, language) => chProvisionTitle(p, language),
      instrumentName: (p) => (p.instrument === 'dpo' ? 'the DPO' : 'the FADP'),
      named: namedChProvision,
      site: 'Fedlex',
      unofficial: (language) => fedlexLanguage(language) === 'en',
    },
    dpv: {
      prefix: 'ch-fadp',
      namespace: 'https://fedlex.data.admin.ch/eli/cc/2022/491#',
      law: 'https://fedlex.data.admin.ch/eli/cc/2022/491',
      note:
        'DPV has no legal extension for Switzerland (checked: DPV 2.3, w3c/dpv at f01a55c, 2026-02-28): the law is ' +
        'identified by its Fedlex ELI, and the mechanisms carry no DPV concept.',
    },
    sentences: chNotice,
  };
  laws.set(key, law);
  return law;
}

export const chFadp: Law = chFadpAt(undefined);
