// Rule `unknown-key`: a key the language does not know (often a typo), as the schema walk found it.
import { relayFindings, type Rule } from './rule';

export const unknownKey: Rule = {
  id: 'unknown-key',
  severity: 'error',
  gdpr: '',
  description: 'A key the language does not know (often a typo).',
  check: (ctx) => relayFindings(ctx, 'unknown-key', ctx.schema.findings),
};
