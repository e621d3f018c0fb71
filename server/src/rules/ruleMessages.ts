// How rule messages name what they speak of: a purpose, a legal basis.
import { findTerm } from '../vocabulary/terms';
import type { MissingRequired } from '../schema/schemaCheck';
import type { RuleContext } from '../core/rule';

export function purposeName(ctx: RuleContext, map: MissingRequired['map']): string {
  const purpose = ctx.model.purposes.find((p) => p.map === map);
  return purpose ? `Purpose '${purpose.name}'` : 'This purpose';
}

export const basisName = (id: string) => {
  const t = findTerm('basis', id);
  return t ? `${t.label.toLowerCase()} (${t.article})` : `'${id}'`;
};
