// SPEC v1.2 rules on what a purpose says about itself: several bases without saying which covers what, direct
// marketing on a basis that cannot carry it, and services offered to children without parental consent.
import { DEFAULT_DIGITAL_CONSENT_AGE, DIGITAL_CONSENT_AGE_AS_OF, digitalConsentAge } from '../gdpr/digitalConsentAge';
import { countryName, EEA } from '../gdpr/countries';
import { findTerm } from '../gdpr/vocabulary';
import { entryOf, isBlank, type BasisItem, type Purpose } from '../parser/policyModel';
import { insertField, removeListItem, replaceWith } from './fixBuilders';
import type { FixContext, QuickFix, Rule } from './rule';

const basisName = (id: string) => {
  const t = findTerm('basis', id);
  return t ? `${t.label.toLowerCase()} (${t.article})` : `'${id}'`;
};

/** The placeholder a `{ basis, when }` item gets: plain words, safe inside a YAML flow mapping. */
export const WHEN_PLACEHOLDER = 'say which processing this basis covers';

export const ambiguousBases: Rule = {
  id: 'ambiguous-bases',
  severity: 'information',
  gdpr: 'Art 6(1), 13(1)(c)',
  description: 'A purpose with more than one legal basis, where some basis does not say what it covers (`{ basis, when }`).',
  check(ctx) {
    for (const p of ctx.model.purposes) {
      if (p.basisItems.length < 2 || p.basisItems.every((i) => i.when?.value.trim())) continue;
      const entry = entryOf(p.map, 'basis');
      if (!entry) continue;
      const bases = p.basisItems.map((i) => basisName(i.basis.value)).join(', ');
      ctx.report(entry.keySpan, `Purpose '${p.name}' rests on several legal bases (${bases}) without saying which covers what. Each processing operation needs one basis of Art 6(1), and Art 13(1)(c) requires telling people which: write each item as { basis, when }.`);
    }
  },
  fixes(ctx) {
    const p = ctx.model.purposes.find((x) => entryOf(x.map, 'basis')?.keySpan.start === ctx.span.start);
    if (!p) return [];
    const edits = p.basisItems
      .filter((i) => i.node.kind === 'scalar')
      .map((i) => ({ span: i.node.span, newText: `{ basis: ${i.basis.value}, when: ${WHEN_PLACEHOLDER} }` }));
    return edits.length ? [{ title: 'Say what each legal basis covers ({ basis, when })', edits }] : [];
  },
};

/** Bases that can carry direct marketing: consent, or legitimate interests (Recital 47), against which Art 21(2) applies. */
const MARKETING_BASES = ['consent', 'legitimate-interests'];

export const directMarketingBasis: Rule = {
  id: 'direct-marketing-basis',
  severity: 'warning',
  gdpr: 'Art 6(1), 21(2)',
  description: '`direct_marketing: true` on a basis other than `consent` or `legitimate-interests`.',
  check(ctx) {
    for (const p of ctx.model.purposes) {
      if (!p.directMarketing) continue;
      for (const item of p.basisItems) {
        if (MARKETING_BASES.includes(item.basis.value) || !findTerm('basis', item.basis.value)) continue;
        ctx.report(item.basis.span, `Purpose '${p.name}' is direct marketing but rests on ${basisName(item.basis.value)}. Direct marketing rests on consent (Art 6(1)(a); electronic marketing usually requires it under the ePrivacy rules) or on legitimate interests (Art 6(1)(f), Recital 47), and people can always object to it (Art 21(2)): it is not necessary for a contract, a legal obligation, vital interests or a public task.`);
      }
    }
  },
  fixes(ctx) {
    const found = purposeItemAt(ctx);
    if (!found) return [];
    const { purpose, item } = found;
    return MARKETING_BASES.map((basis): QuickFix => {
      const title = `Rest the direct marketing on ${basisName(basis)}`;
      const list = entryOf(purpose.map, 'basis')?.value;
      // Already in the list: drop the unsuitable item rather than repeat the basis.
      if (purpose.basisItems.some((i) => i.basis.value === basis) && list?.kind === 'seq') return { title, edits: [removeListItem(ctx.text, list, item.node.span)] };
      return replaceWith(item.basis.span, basis, title);
    });
  },
};

function purposeItemAt(ctx: FixContext): { purpose: Purpose; item: BasisItem } | undefined {
  for (const purpose of ctx.model.purposes) {
    const item = purpose.basisItems.find((i) => i.basis.span.start === ctx.span.start);
    if (item) return { purpose, item };
  }
  return undefined;
}

/** "13 in Belgium", or why the age cannot be named. */
export function digitalConsentAgeSentence(country: string | undefined): string {
  const age = digitalConsentAge(country);
  if (age !== undefined && country) return `The age of digital consent in ${countryName(country)} is ${age} (as of ${DIGITAL_CONSENT_AGE_AS_OF})`;
  if (country && !EEA.has(country)) return `'controller.country' ${country} is outside the EEA, so the age is that of the Member State whose residents the service targets: ${DEFAULT_DIGITAL_CONSENT_AGE} unless it set a lower one, never below 13`;
  return `The age depends on the Member State: ${DEFAULT_DIGITAL_CONSENT_AGE} unless it set a lower one, never below 13; add 'controller.country' to see the age that applies to you`;
}

export const missingParentalConsent: Rule = {
  id: 'missing-parental-consent',
  severity: 'warning',
  gdpr: 'Art 8(1)–(2)',
  description: 'A purpose with `children: true` on `consent` without `parental_consent`.',
  check(ctx) {
    for (const p of ctx.model.purposes) {
      if (!p.children || !p.bases.some((b) => b.value === 'consent')) continue;
      if (!isBlank(entryOf(p.map, 'parental_consent')?.value)) continue;
      const children = entryOf(p.map, 'children');
      if (!children) continue;
      ctx.report(children.keySpan, `Purpose '${p.name}' offers a service directly to children on the basis of consent. Below the age of digital consent, consent must be given or authorised by the holder of parental responsibility, with reasonable efforts to verify it (Art 8(1)–(2)). ${digitalConsentAgeSentence(ctx.model.controllerCountry?.value)}. Add 'parental_consent' to say how.`, { kind: 'insert', key: 'parental_consent', value: 'Describe how a parent gives or authorises consent and how we verify it', mapStart: p.map?.span.start ?? 0 });
    }
  },
  fixes(ctx) {
    if (ctx.data?.kind !== 'insert') return [];
    const edit = insertField(ctx.text, ctx.model.tree.root, ctx.data.mapStart, 'parental_consent', ctx.data.value);
    return edit ? [{ title: "Add 'parental_consent' (how a parent gives or authorises consent, Art 8)", edits: [edit] }] : [];
  },
};
