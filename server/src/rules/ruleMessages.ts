// How rule messages name what they speak of: a purpose, a legal basis, in the interface's language.
import type { MissingRequired } from '../schema/schemaCheck';
import type { RuleContext } from '../core/rule';
import type { InterfaceText } from '../languages/interface';

export function purposeName(ctx: RuleContext, map: MissingRequired['map']): string {
  const purpose = ctx.model.purposes.find((p) => p.map === map);
  return purpose ? ctx.t("Purpose '{0}'", purpose.name) : ctx.t('This purpose');
}

/** A legal basis inside a sentence: "consent (Art 6(1)(a))", "consentement (article 6.1.a) du RGPD)". */
export const basisName = (id: string, ui: InterfaceText) => {
  const t = ui.term('basis', id);
  if (!t) return `'${id}'`;
  // German nouns keep their capital; the other languages' labels continue a sentence in lower case.
  const label = ui.language === 'de' ? t.label : t.label.charAt(0).toLocaleLowerCase(ui.language) + t.label.slice(1);
  return t.article ? `${label} (${ui.cite(t.article)})` : label;
};

/** A law inside a sentence: "the EU GDPR", "le RGPD de l’UE". */
export function lawName(ui: Pick<InterfaceText, 't'>, id: string): string {
  if (id === 'eu-gdpr') return ui.t('the EU GDPR');
  if (id === 'uk-gdpr') return ui.t('the UK GDPR');
  if (id === 'ch-fadp') return ui.t('the Swiss FADP');
  return id;
}
