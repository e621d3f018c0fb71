// Rule `consent-tied-to-contract` (Art 7(4)): consent is never made a condition of a contract.
import { fieldStr } from '../parser/policyModel';
import { replaceWith } from './fixBuilders';
import type { Rule } from '../core/rule';

export const consentTiedToContract: Rule = {
  id: 'consent-tied-to-contract',
  severity: 'warning',
  provisions: 'Art 7(4)',
  description: 'A purpose on `consent` whose `provision` is `contractual` or `contract-entry`.',
  check(ctx) {
    for (const p of ctx.model.purposes) {
      const provision = fieldStr(p.map, 'provision');
      if (!provision || (provision.value !== 'contractual' && provision.value !== 'contract-entry')) continue;
      // With `contract` beside `consent`, the requirement may concern the contract part: that is for
      // `ambiguous-bases` and the author's `when` to settle, not a tied consent.
      const bases = new Set(p.bases.map((b) => b.value));
      if (!bases.has('consent') || bases.has('contract')) continue;
      ctx.report(
        provision.span,
        `Purpose '${p.name}' rests on consent but makes providing the data a condition of a contract ('provision: ` +
          `${provision.value}'). Consent to processing that is not necessary for the contract, made a condition ` +
          `of it, is presumed not to be freely given (Art 7(4), 4(11), Recital 43; EDPB Guidelines 05/2020 on ` +
          `consent, section 3.1.2): make it 'voluntary', or rely on another basis such as 'contract' if the ` +
          `data is necessary for the contract.`,
      );
    }
  },
  // Two answers, both the author's: the data is not required after all, or the purpose rests on the contract.
  fixes(ctx) {
    const fixes = [replaceWith(ctx.span, 'voluntary', "Providing the data is voluntary: 'provision: voluntary'")];
    const purpose = ctx.model.purposes.find((p) => fieldStr(p.map, 'provision')?.span.start === ctx.span.start);
    const consent = purpose?.bases.find((b) => b.value === 'consent');
    if (consent)
      fixes.push(
        replaceWith(
          consent.span,
          'contract',
          "I rely on the contract instead (the data is necessary for it, Art 6(1)(b)): 'basis: contract'",
        ),
      );
    return fixes;
  },
};
