// Rule `missing-field`: a required field that is absent, as the schema walk found it.
import { relayFindings, type Rule } from './rule';

export const missingField: Rule = {
  id: 'missing-field',
  severity: 'error',
  gdpr: '',
  description: 'A required field is absent.',
  check: (ctx) => relayFindings(ctx, 'missing-field', ctx.schema.findings),
};
