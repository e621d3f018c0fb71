// Rule `duplicate-key`: a key repeated in one mapping, as the schema walk found it.
import { relayFindings, type Rule } from './rule';

export const duplicateKey: Rule = {
  id: 'duplicate-key',
  severity: 'error',
  gdpr: '',
  description: 'A key repeated in one mapping.',
  check: (ctx) => relayFindings(ctx, 'duplicate-key', ctx.schema.findings),
};
