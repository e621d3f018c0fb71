// Rule `invalid-value`: a value outside its vocabulary or of the wrong type, as the schema walk found it, and a value
// that its law does not allow here (`recognised-legitimate-interests`, recognisedInterests.ts).
import { schemaWalkRule, type Rule } from '../core/rule';
import { recognisedInterestProblems } from './recognisedInterests';

const walk = schemaWalkRule('invalid-value', 'A value outside its vocabulary or of the wrong type.');

export const invalidValue: Rule = {
  ...walk,
  check(ctx) {
    walk.check(ctx);
    for (const p of recognisedInterestProblems(ctx)) ctx.report(p.span, p.message, { kind: 'none' });
  },
};
