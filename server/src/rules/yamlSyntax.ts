// Rule `yaml-syntax`: the file must be valid YAML; the parser's errors and warnings, as it reports them.
import type { Rule } from '../core/rule';
import { message } from '../languages/language';

export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  severity: 'error',
  provisions: '',
  description: 'The file is not valid YAML.',
  check(ctx) {
    for (const p of ctx.model.tree.problems)
      ctx.report(
        p.span,
        message('YAML syntax: {0}', p.message),
        undefined,
        p.severity === 'warning' ? 'warning' : undefined,
      );
  },
};
