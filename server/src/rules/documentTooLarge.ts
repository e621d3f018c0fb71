// Rule `document-too-large`: a file over the size or YAML-token limits of parser/limits.ts, which is not analysed.
import { MAX_DOCUMENT_SIZE, MAX_YAML_TOKENS } from '../parser/limits';
import type { Rule } from '../core/rule';

export const documentTooLarge: Rule = {
  id: 'document-too-large',
  severity: 'error',
  provisions: '',
  description: 'The file is too large to analyse (over 2 MB, or over 60,000 YAML tokens).',
  check(ctx) {
    // Such a document is not parsed at all (parser/limits.ts), so this is the only finding.
    const over = ctx.model.tree.overLimit;
    if (!over) return;
    const span = { start: 0, end: Math.min(1, ctx.text.length) };
    const number = (n: number) => ctx.ui.number(n);
    if (over.limit === 'size') {
      ctx.report(
        span,
        ctx.t(
          'This file is {0} MB, larger than the {1} MB that the checker analyses, so it is not checked. Split ' +
            'it or remove pasted data.',
          ctx.ui.number(over.size / 1048576, 1),
          MAX_DOCUMENT_SIZE / 1048576,
        ),
      );
    } else {
      ctx.report(
        span,
        ctx.t(
          'This file has over {0} YAML tokens (line breaks, keys, list dashes, brackets, commas): too many ' +
            'for the checker to analyse as you type, so it is not checked. A notice has a few thousand; remove ' +
            'pasted data or split the file.',
          number(MAX_YAML_TOKENS),
        ),
      );
    }
  },
};
