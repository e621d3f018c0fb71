// The id of every rule (docs/rules/): the one list the type `RuleId`, the settings schema in package.json and the CLI's
// `--rule` check are made from. A new rule adds its id here (its module will not compile otherwise) and lists its
// module in rules/index.ts (a test checks that the two agree).
import { ENGLISH, type InterfaceText } from '../languages/interface';
export const RULE_IDS = [
  'yaml-syntax',
  'unknown-key',
  'invalid-value',
  'duplicate-key',
  'missing-field',
  'unknown-reference',
  'unused-definition',
  'missing-controller-contact',
  'single-contact-form',
  'missing-dpo',
  'missing-legal-basis',
  'missing-legitimate-interest',
  'missing-special-category-condition',
  'missing-law-reference',
  'missing-retention',
  'vague-retention',
  'missing-transfer-safeguard',
  'invalid-adequacy',
  'invalid-mechanism',
  'missing-transfer-copy',
  'missing-compelling-interest',
  'unplaced-recipient',
  'transfer-without-destination',
  'missing-authority',
  'missing-source',
  'missing-provision',
  'missing-consequence',
  'consent-tied-to-contract',
  'missing-automated-decisions',
  'restriction-without-law',
  'unrestrictable-right',
  'internal-limit-as-restriction',
  'deprecated-exclude',
  'invalid-response-time',
  'missing-joint-arrangement',
  'missing-parental-consent',
  'direct-marketing-basis',
  'ambiguous-bases',
  'hedge-words',
  'generic-recipient',
  'invalid-citation',
  'document-too-large',
  'cookie-mismatch',
  'undeclared-cookie',
  'undeclared-third-party',
  'unobserved-cookie',
  // The laws' own rules (docs/language.md, "Laws").
  'implicit-law',
  'missing-complaints-route',
  'missing-destination-country',
  'cookie-refusal-missing',
  'missing-recipient-role',
  'unfilled-placeholder',
  'missing-representative',
  'automated-decision-special-data',
  'automated-decision-child',
  'authority-scope',
  'implied-consent',
  'conditions-on-rights',
  'cookie-consent-basis',
  'unnamed-cookie',
  'broken-promise',
  'unclear-advertising-recipient',
  'possible-processing',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export const isRuleId = (value: unknown): value is RuleId => RULE_IDS.includes(value as RuleId);

/**
 * Rule ids retired in v1.3, with the rule that replaced each (docs/rules/README.md). Settings and `--rule` still accept
 * them, for the rule that replaced them, with a warning naming the new id.
 */
export const RETIRED_RULE_IDS: Readonly<Record<string, RuleId>> = {
  'non-excludable-right': 'unrestrictable-right',
  'excluded-right-without-reason': 'restriction-without-law',
};

export const isRetiredRuleId = (value: unknown): value is keyof typeof RETIRED_RULE_IDS =>
  typeof value === 'string' && Object.hasOwn(RETIRED_RULE_IDS, value);

/** The warning a setting of a retired rule id earns, naming the rule that replaced it. */
export function retiredRuleWarning(id: string, ui: InterfaceText = ENGLISH): string | undefined {
  return isRetiredRuleId(id)
    ? ui.t(
        "Rule '{0}' was retired in v1.3: its setting now applies to '{1}', which replaced it. Rename it to '{1}'.",
        id,
        RETIRED_RULE_IDS[id],
      )
    : undefined;
}
