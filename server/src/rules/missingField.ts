// Rule `missing-field`: a required field that is absent, as the schema walk found it. Its fix inserts the field with
// placeholders (docs/language.md, "Placeholders"), never an invented value.
import { placeholderFor } from '../core/placeholders';
import { schemaWalkRule, type Rule } from '../core/rule';
import { insertField } from './fixBuilders';

const walk = schemaWalkRule('missing-field', 'A required field is absent.');

/** Values a stub may keep as they are: an empty list, `none` and flags state nothing on the author's behalf. */
const NEUTRAL = /^(?:\[\]|""|none|true|false)$/;

export const missingField: Rule = {
  ...walk,
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
    return edit ? [{ title: `Add '${key}' with a placeholder to fill in`, edits: [edit] }] : [];
  },
};
