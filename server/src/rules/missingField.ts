// Rule `missing-field`: a required field that is absent, as the schema walk found it. Its fix inserts the field with
// placeholders (docs/language.md, "Placeholders"), never an invented value.
import { placeholderFor } from '../core/placeholders';
import { holdsSyntaxError, type Rule } from '../core/rule';
import { findMap, insertField } from './fixBuilders';

/** Values a stub may keep as they are: an empty list, `none` and flags state nothing on the author's behalf. */
const NEUTRAL = /^(?:\[\]|""|none|true|false)$/;

export const missingField: Rule = {
  id: 'missing-field',
  severity: 'error',
  provisions: '',
  description: 'A required field is absent.',
  check(ctx) {
    for (const f of ctx.schema.findings) {
      if (f.rule !== 'missing-field') continue;
      // A mapping that holds a syntax error may have lost its keys to the parser: nothing is reported missing there.
      if (f.data?.kind === 'insert' && holdsSyntaxError(ctx.model, findMap(ctx.model.tree.root, f.data.mapStart)))
        continue;
      ctx.report(f.span, f.message, f.data);
    }
  },
  fixes(ctx) {
    if (ctx.data?.kind !== 'insert') return [];
    const { key, value, mapStart } = ctx.data;
    const filled = Array.isArray(value)
      ? value.map((line) =>
          line.replace(/^(\s*)([a-z_]+):\s*(.+)$/, (whole, indent: string, k: string, v: string) =>
            NEUTRAL.test(v.trim()) ? whole : `${indent}${k}: ${placeholderFor(ctx.model, k, key)}`,
          ),
        )
      : value === '[]' || value === 'none'
        ? value
        : placeholderFor(ctx.model, key);
    const edit = insertField(ctx.text, ctx.model.tree.root, mapStart, key, filled);
    return edit ? [{ title: ctx.t("Add '{0}' with a placeholder to fill in", key), edits: [edit] }] : [];
  },
};
