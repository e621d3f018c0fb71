// Rules about what each purpose must say besides its basis and retention (Art 6, 9, 10, 13).
import { findTerm } from '../gdpr/vocabulary';
import { entryOf, fieldStr, isBlank } from '../parser/policyModel';
import { PROVISION_KINDS, SPECIAL_CONDITIONS } from '../gdpr/vocabulary';
import { insertField } from './fixBuilders';
import type { Rule } from './rule';


export const missingLegitimateInterest: Rule = {
  id: 'missing-legitimate-interest',
  severity: 'error',
  gdpr: 'Art 13(1)(d)',
  description: '`legitimate-interests` without `legitimate_interest`.',
  check(ctx) {
    for (const p of ctx.model.purposes) {
      const basis = p.bases.find((b) => b.value === 'legitimate-interests');
      if (!basis || !isBlank(entryOf(p.map, 'legitimate_interest')?.value)) continue;
      ctx.report(basis.span, `Purpose '${p.name}' relies on legitimate interests but does not say which interest. Art 13(1)(d) requires the specific legitimate interest pursued: add 'legitimate_interest'.`, { kind: 'insert', key: 'legitimate_interest', value: 'Describe the specific interest we pursue', mapStart: p.map?.span.start ?? 0 });
    }
  },
};

export const missingSpecialCategoryCondition: Rule = {
  id: 'missing-special-category-condition',
  severity: 'error',
  gdpr: 'Art 9(2)',
  description: 'A purpose using special-category data without `special_basis`.',
  check(ctx) {
    for (const p of ctx.model.purposes) {
      if (p.specialBases.length > 0) continue;
      const special = p.data.map((ref) => ctx.model.data.find((d) => d.id === ref.value)).filter((d) => d?.special && findTerm('special', d.special.value));
      if (special.length === 0) continue;
      const names = special.map((d) => `'${d!.name}'`).join(', ');
      ctx.report(p.keySpan, `Purpose '${p.name}' uses special-category data (${names}). Art 9(1) prohibits this unless a condition of Art 9(2) applies: add 'special_basis'.`, { kind: 'insert', key: 'special_basis', value: 'explicit-consent', mapStart: p.map?.span.start ?? 0 });
    }
  },
  fixes(ctx) {
    if (ctx.data?.kind !== 'insert') return [];
    const { mapStart } = ctx.data;
    return SPECIAL_CONDITIONS.flatMap((c) => {
      const edit = insertField(ctx.text, ctx.model.tree.root, mapStart, 'special_basis', c.id);
      return edit ? [{ title: `Set the Art 9(2) condition to '${c.id}' — ${c.label}, ${c.article}`, edits: [edit] }] : [];
    });
  },
};

export const missingLawReference: Rule = {
  id: 'missing-law-reference',
  severity: 'information',
  gdpr: 'Art 6(3), 10',
  description: '`legal-obligation`/`public-task` basis, or criminal data, without `law`.',
  check(ctx) {
    for (const p of ctx.model.purposes) {
      if (!isBlank(entryOf(p.map, 'law')?.value)) continue;
      const basis = p.bases.find((b) => b.value === 'legal-obligation' || b.value === 'public-task');
      const criminal = p.data.some((ref) => ctx.model.data.find((d) => d.id === ref.value)?.criminal);
      if (!basis && !criminal) continue;
      const why = basis
        ? `relies on ${basis.value === 'legal-obligation' ? 'a legal obligation' : 'a public task'}; Art 6(3) requires that basis to be laid down by law`
        : 'uses data about criminal convictions or offences, which Art 10 allows only under official authority or where the law authorises it';
      ctx.report(basis ? basis.span : p.keySpan, `Purpose '${p.name}' ${why}. Name the law in 'law' so readers can check it.`, { kind: 'insert', key: 'law', value: 'Name the law and article', mapStart: p.map?.span.start ?? 0 });
    }
  },
};

export const missingProvision: Rule = {
  id: 'missing-provision',
  severity: 'warning',
  gdpr: 'Art 13(2)(e)',
  description: 'A purpose of directly collected data without `provision`.',
  check(ctx) {
    if (ctx.model.collection === 'indirect') return;
    for (const p of ctx.model.purposes) {
      if (!p.map || fieldStr(p.map, 'provision')) continue;
      ctx.report(p.keySpan, `Purpose '${p.name}' does not say whether providing the data is a statutory or contractual requirement, a requirement to enter into a contract, or voluntary. Art 13(2)(e) requires it, with the possible consequences of not providing the data: add 'provision'.`, { kind: 'insert', key: 'provision', value: 'voluntary', mapStart: p.map?.span.start ?? 0 });
    }
  },
  fixes(ctx) {
    if (ctx.data?.kind !== 'insert') return [];
    const { mapStart } = ctx.data;
    // One fix per value: which one is true is the author's legal call, so none is preferred.
    return PROVISION_KINDS.flatMap((k) => {
      const edit = insertField(ctx.text, ctx.model.tree.root, mapStart, 'provision', k.id);
      return edit ? [{ title: `Set 'provision: ${k.id}' — ${k.label}`, edits: [edit] }] : [];
    });
  },
};

export const missingSource: Rule = {
  id: 'missing-source',
  severity: 'error',
  gdpr: 'Art 14(2)(f)',
  description: 'Indirectly collected data without `source`.',
  check(ctx) {
    if (ctx.model.collection === 'direct') return;
    for (const d of ctx.model.data) {
      if (!d.map || d.source) continue;
      ctx.report(d.keySpan, `Data category '${d.name}' does not say where the data comes from. Because the policy collects data from other sources ('collection: ${ctx.model.collection}'), Art 14(2)(f) requires the source: add 'source'.`, { kind: 'insert', key: 'source', value: ctx.model.collection === 'indirect' ? 'Name where the data comes from' : 'data-subject', mapStart: d.map?.span.start ?? 0 });
    }
  },
};
