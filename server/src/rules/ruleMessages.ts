// How rule messages name what they speak of: a purpose, a legal basis, in the interface's language.
import type { MissingRequired } from '../schema/schemaCheck';
import type { RuleContext } from '../core/rule';
import type { InterfaceText } from '../languages/interface';
import type { VocabularyName } from '../vocabulary/terms';

export function purposeName(ctx: RuleContext, map: MissingRequired['map']): string {
  const purpose = ctx.model.purposes.find((p) => p.map === map);
  return purpose ? ctx.t("Purpose '{0}'", purpose.name) : ctx.t('This purpose');
}

/** A legal basis inside a sentence: "consent (Art 6(1)(a))", "consentement (article 6.1.a) du RGPD)". */
export const basisName = (id: string, ui: InterfaceText) => termName(ui, 'basis', id);

/** A vocabulary value's label inside a sentence, in the interface's words: "right of access", "Auskunftsrecht". */
export function termLabel(ui: InterfaceText, vocabulary: VocabularyName, id: string): string | undefined {
  const label = ui.term(vocabulary, id)?.label;
  return label && ui.continuing(label);
}

/** A vocabulary value with its provision: "right of access (Art 15)", "droit d’accès (article 15 du RGPD)". */
export function termName(ui: InterfaceText, vocabulary: VocabularyName, id: string): string {
  const t = ui.term(vocabulary, id);
  const label = termLabel(ui, vocabulary, id);
  if (!t || !label) return `'${id}'`;
  return t.article ? `${label} (${ui.cite(t.article)})` : label;
}
