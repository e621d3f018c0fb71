// Every rule of docs/rules/. A new rule is written in its own module, its id added to ids.ts, and listed here.
import { ambiguousBases } from './ambiguousBases';
import { consentTiedToContract } from './consentTiedToContract';
import { cookieMismatch } from './cookieMismatch';
import { directMarketingBasis } from './directMarketingBasis';
import { documentTooLarge } from './documentTooLarge';
import { duplicateKey } from './duplicateKey';
import { deprecatedExclude } from './deprecatedExclude';
import { genericRecipient } from './genericRecipient';
import { hedgeWords } from './hedgeWords';
import type { RuleId } from '../core/ruleIds';
import { missingRepresentative } from './missingRepresentative';
import { automatedDecisionSpecialData } from './automatedDecisionSpecialData';
import { automatedDecisionChild } from './automatedDecisionChild';
import { authorityScope } from './authorityScope';
import { impliedConsent } from './impliedConsent';
import { conditionsOnRights } from './conditionsOnRights';
import { cookieConsentBasis } from './cookieConsentBasis';
import { unnamedCookie } from './unnamedCookie';
import { brokenPromise } from './brokenPromise';
import { unclearAdvertisingRecipient } from './unclearAdvertisingRecipient';
import { possibleProcessing } from './possibleProcessing';

import { internalLimitAsRestriction } from './internalLimitAsRestriction';
import { invalidAdequacy } from './invalidAdequacy';
import { invalidCitation } from './invalidCitation';
import { invalidMechanism } from './invalidMechanism';
import { invalidResponseTime } from './invalidResponseTime';
import { invalidValue } from './invalidValue';
import { missingAuthority } from './missingAuthority';
import { missingAutomatedDecisions } from './missingAutomatedDecisions';
import { missingCompellingInterest } from './missingCompellingInterest';
import { missingConsequence } from './missingConsequence';
import { missingControllerContact } from './missingControllerContact';
import { missingDpo } from './missingDpo';
import { missingField } from './missingField';
import { missingJointArrangement } from './missingJointArrangement';
import { missingLawReference } from './missingLawReference';
import { missingLegalBasis } from './missingLegalBasis';
import { missingLegitimateInterest } from './missingLegitimateInterest';
import { missingParentalConsent } from './missingParentalConsent';
import { missingProvision } from './missingProvision';
import { missingRecipientRole } from './missingRecipientRole';
import { missingRetention } from './missingRetention';
import { missingSource } from './missingSource';
import { missingSpecialCategoryCondition } from './missingSpecialCategoryCondition';
import { missingTransferCopy } from './missingTransferCopy';
import { missingTransferSafeguard } from './missingTransferSafeguard';
import { restrictionWithoutLaw } from './restrictionWithoutLaw';
import type { Rule } from '../core/rule';
import { singleContactForm } from './singleContactForm';
import { transferWithoutDestination } from './transferWithoutDestination';
import { undeclaredCookie } from './undeclaredCookie';
import { undeclaredThirdParty } from './undeclaredThirdParty';
import { unfilledPlaceholder } from './unfilledPlaceholder';
import { unknownKey } from './unknownKey';
import { unknownReference } from './unknownReference';
import { unobservedCookie } from './unobservedCookie';
import { unplacedRecipient } from './unplacedRecipient';
import { unrestrictableRight } from './unrestrictableRight';
import { unusedDefinition } from './unusedDefinition';
import { vagueRetention } from './vagueRetention';
import { yamlSyntax } from './yamlSyntax';
import { implicitLaw } from './implicitLaw';
import { missingComplaintsRoute } from './missingComplaintsRoute';
import { missingDestinationCountry } from './missingDestinationCountry';
import { cookieRefusalMissing } from './cookieRefusalMissing';

export const RULES: readonly Rule[] = [
  yamlSyntax,
  unknownKey,
  invalidValue,
  duplicateKey,
  missingField,
  unknownReference,
  unusedDefinition,
  missingControllerContact,
  singleContactForm,
  missingDpo,
  missingLegalBasis,
  missingLegitimateInterest,
  missingSpecialCategoryCondition,
  missingLawReference,
  missingRetention,
  vagueRetention,
  missingTransferSafeguard,
  invalidAdequacy,
  invalidMechanism,
  missingTransferCopy,
  missingCompellingInterest,
  unplacedRecipient,
  transferWithoutDestination,
  missingAuthority,
  missingSource,
  missingProvision,
  missingConsequence,
  consentTiedToContract,
  missingAutomatedDecisions,
  restrictionWithoutLaw,
  unrestrictableRight,
  internalLimitAsRestriction,
  deprecatedExclude,
  invalidResponseTime,
  missingJointArrangement,
  missingParentalConsent,
  directMarketingBasis,
  ambiguousBases,
  hedgeWords,
  genericRecipient,
  invalidCitation,
  documentTooLarge,
  cookieMismatch,
  undeclaredCookie,
  undeclaredThirdParty,
  unobservedCookie,
  implicitLaw,
  missingComplaintsRoute,
  missingDestinationCountry,
  cookieRefusalMissing,
  missingRecipientRole,
  unfilledPlaceholder,
  missingRepresentative,
  automatedDecisionSpecialData,
  automatedDecisionChild,
  authorityScope,
  impliedConsent,
  conditionsOnRights,
  cookieConsentBasis,
  unnamedCookie,
  brokenPromise,
  unclearAdvertisingRecipient,
  possibleProcessing,
];

export const RULES_BY_ID: ReadonlyMap<RuleId, Rule> = new Map(RULES.map((r) => [r.id, r]));
export {
  isRetiredRuleId,
  isRuleId,
  RETIRED_RULE_IDS,
  retiredRuleWarning,
  RULE_IDS,
  type RuleId,
} from '../core/ruleIds';
export type { Rule } from '../core/rule';
