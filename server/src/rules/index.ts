// Every rule of SPEC §8. A new rule is written in its own module, its id added to ids.ts, and listed here.
import { invalidCitation } from './citations';
import { cookieMismatch } from './cookies';
import { undeclaredCookie, undeclaredThirdParty, unobservedCookie } from './evidence';
import type { RuleId } from './ids';
import { missingAuthority, missingAutomatedDecisions, missingControllerContact, missingDpo, missingLegalBasis, missingRetention } from './missingSections';
import { missingLawReference, missingLegitimateInterest, missingProvision, missingSource, missingSpecialCategoryCondition } from './purposes';
import { unknownReference, unusedDefinition } from './references';
import { missingJointArrangement } from './jointControllers';
import { ambiguousBases, directMarketingBasis, missingParentalConsent } from './purposeFlags';
import { vagueRetention } from './retention';
import { consentTiedToContract, missingConsequence } from './provision';
import { excludedRightWithoutReason, invalidResponseTime, nonExcludableRight } from './rights';
import type { Rule } from './rule';
import { documentTooLarge, duplicateKey, invalidValue, missingField, unknownKey, yamlSyntax } from './structural';
import { invalidAdequacy, missingTransferCopy, missingTransferSafeguard, transferWithoutDestination } from './transfers';
import { missingTranslation } from './translation';
import { genericRecipient, hedgeWords } from './wording';

export const RULES: readonly Rule[] = [
  yamlSyntax,
  unknownKey,
  invalidValue,
  duplicateKey,
  missingField,
  unknownReference,
  unusedDefinition,
  missingControllerContact,
  missingDpo,
  missingLegalBasis,
  missingLegitimateInterest,
  missingSpecialCategoryCondition,
  missingLawReference,
  missingRetention,
  vagueRetention,
  missingTransferSafeguard,
  invalidAdequacy,
  missingTransferCopy,
  transferWithoutDestination,
  missingAuthority,
  missingSource,
  missingProvision,
  missingConsequence,
  consentTiedToContract,
  missingAutomatedDecisions,
  excludedRightWithoutReason,
  nonExcludableRight,
  invalidResponseTime,
  missingJointArrangement,
  missingParentalConsent,
  directMarketingBasis,
  ambiguousBases,
  hedgeWords,
  genericRecipient,
  invalidCitation,
  missingTranslation,
  documentTooLarge,
  cookieMismatch,
  undeclaredCookie,
  undeclaredThirdParty,
  unobservedCookie,
];

export const RULES_BY_ID: ReadonlyMap<RuleId, Rule> = new Map(RULES.map((r) => [r.id, r]));
export { isRuleId, RULE_IDS, type RuleId } from './ids';
export type { Rule } from './rule';
