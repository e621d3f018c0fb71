// Rule `invalid-value`: a value outside its vocabulary or of the wrong type, as the schema walk found it.
import { relayFindings, type Rule } from './rule';

export const invalidValue: Rule = {
  id: 'invalid-value',
  severity: 'error',
  gdpr: '',
  description: 'A value outside its vocabulary or of the wrong type.',
  check: (ctx) => relayFindings(ctx, 'invalid-value', ctx.schema.findings),
};
