// The id of every rule (docs/rules/): the one list the type `RuleId`, the settings schema in package.json and the CLI's
// `--rule` check are made from. A new rule adds its id here (its module will not compile otherwise) and lists its
// module in rules/index.ts (a test checks that the two agree).
export const RULE_IDS = [
  'yaml-syntax',
  'unknown-key',
  'invalid-value',
  'duplicate-key',
  'missing-field',
  'unknown-reference',
  'unused-definition',
  'missing-controller-contact',
  'missing-dpo',
  'missing-legal-basis',
  'missing-legitimate-interest',
  'missing-special-category-condition',
  'missing-law-reference',
  'missing-retention',
  'vague-retention',
  'missing-transfer-safeguard',
  'invalid-adequacy',
  'missing-transfer-copy',
  'transfer-without-destination',
  'missing-authority',
  'missing-source',
  'missing-provision',
  'missing-consequence',
  'consent-tied-to-contract',
  'missing-automated-decisions',
  'excluded-right-without-reason',
  'non-excludable-right',
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
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export const isRuleId = (value: unknown): value is RuleId => RULE_IDS.includes(value as RuleId);
