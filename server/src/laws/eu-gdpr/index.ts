// The EU GDPR, Regulation (EU) 2016/679, as one law of the notice (../law.ts). Its data lives beside this file:
// the articles and their titles (articles.ts, gdpr-articles.json, NOTICE.md), the citation recogniser
// (citations.ts), the territory and adequacy decisions (territory.ts, adequacy.ts), the ages of digital consent
// (digitalConsentAge.ts) and what it says about the vocabulary (provisions.ts).
import { message } from '../../languages/language';
import type { Law } from '../law';
import {
  ADEQUACY_AS_OF,
  ADEQUACY_BY_COUNTRY,
  ADEQUACY_DECISIONS,
  DPF_DECISION,
  organisationDecision,
} from './adequacy';
import { allArticles, eurLexUrl, gdprArticle, RECITAL_COUNT, REGULATION_NAME } from './articles';
import { findCitations, formatProvision, nearestProvision, provisionProblem, rangeProblem } from './citations';
import { DEFAULT_DIGITAL_CONSENT_AGE, DIGITAL_CONSENT_AGE_AS_OF, digitalConsentAge } from './digitalConsentAge';
import { GROUNDS_WITH_SAFEGUARDS, MECHANISMS_NEEDING_COPY, NON_EXCLUDABLE_RIGHTS, RIGHT_LIMITS } from './provisions';
import { euNotice } from './notice';
import { describeTransferStatus, DPF_COUNTRY, EEA, transferStatus } from './territory';

export const euGdpr: Law = {
  id: 'eu-gdpr',
  shortName: REGULATION_NAME,
  inSentence: message('the EU GDPR'),
  // The regions a recipient may name (`EEA`, `EU`) are inside it.
  territory: {
    name: message('the EEA'),
    contains: (country) => EEA.has(country) || country === 'EEA' || country === 'EU',
  },
  adequacy: {
    asOf: ADEQUACY_AS_OF,
    findings: ADEQUACY_DECISIONS,
    forCountry: (country) => ADEQUACY_BY_COUNTRY.get(country),
    forOrganisation: organisationDecision,
    certified: { country: DPF_COUNTRY, mechanism: 'dpf', finding: DPF_DECISION },
  },
  transferStatus,
  describeTransferStatus,
  // The language's provisions are the GDPR's own.
  cite: (gdprProvisions) => gdprProvisions,
  mechanismsNeedingCopy: MECHANISMS_NEEDING_COPY,
  decisionGroundsWithSafeguards: GROUNDS_WITH_SAFEGUARDS,
  rightsNeverExcluded: NON_EXCLUDABLE_RIGHTS,
  rightLimits: RIGHT_LIMITS,
  digitalConsent: { asOf: DIGITAL_CONSENT_AGE_AS_OF, defaultAge: DEFAULT_DIGITAL_CONSENT_AGE, age: digitalConsentAge },
  text: {
    articles: allArticles,
    recitals: RECITAL_COUNT,
    article: gdprArticle,
    findCitations,
    provisionProblem,
    rangeProblem,
    formatProvision,
    nearestProvision,
    link: eurLexUrl,
  },
  dpv: { prefix: 'eu-gdpr', namespace: 'https://w3id.org/dpv/legal/eu/gdpr#' },
  // Its section as a further law of a notice whose own law is another; as the notice's own, the catalogue speaks.
  sentences: euNotice,
};
