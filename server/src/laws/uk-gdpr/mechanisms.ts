// Transfer mechanisms under the UK GDPR (docs/language.md, "Laws"): the IDTA and the UK Addendum, issued under DPA
// 2018 s.119A and in force since 21 March 2022, remain usable after the new Chapter 5 (Art 46(2)(d) still recognises
// s.119A documents; DUAA 2025 Sch 9 paras 7, 20, 27, 29); the EU standard contractual clauses are a UK mechanism only
// with the Addendum; US recipients are approved only through the UK Extension (SI 2023/1028 reg 3). Sources:
// NOTICE.md beside this file.
import { appliesOn } from '../dates';
import { DUAA_MAIN } from './provisions';

export const UK_MECHANISMS_AS_OF = '2026-12-07';

/** What a transfer to the United States rests on under the UK GDPR instead of an invalid framework. */
const US_INSTEAD =
  'Under the UK GDPR a US recipient is covered only if it takes part in the UK Extension to the EU–US Data Privacy ' +
  'Framework (`uk-extension-dpf`, Data Protection (Adequacy) (United States of America) Regulations 2023, reg 3); ' +
  'otherwise use `uk-idta` or `uk-addendum` (Art 46(2)(d) UK GDPR) or a derogation (Art 49 UK GDPR).';

/** Why a mechanism cannot be relied on for a transfer from the United Kingdom, or undefined when it can. */
export function ukMechanismProblem(mechanism: string, country?: string): string | undefined {
  switch (mechanism) {
    case 'scc':
      return (
        'Under the UK GDPR the EU standard contractual clauses are valid only with the UK Addendum (issued under ' +
        's.119A DPA 2018, in force 21 March 2022): use `uk-addendum` (the EU clauses with the Addendum) or ' +
        '`uk-idta`. The 2021 EU clauses were never a UK mechanism on their own, and contracts on the earlier EU ' +
        'clauses (2001, 2004, 2010) ceased to cover UK transfers on 21 March 2024.'
      );
    case 'dpf':
      return (
        'Under the UK GDPR a US recipient is covered only if it takes part in the UK Extension to the EU–US Data ' +
        'Privacy Framework (Data Protection (Adequacy) (United States of America) Regulations 2023, reg 3): use ' +
        '`uk-extension-dpf`.'
      );
    case 'swiss-us-dpf':
      return 'The Swiss–US Data Privacy Framework covers transfers from Switzerland only: under the UK GDPR use `uk-extension-dpf`.';
    // Declared invalid before the end of the transition period, and not among the destinations DPA 2018 Sch 21
    // para 5 lists: neither was ever a UK GDPR ground. Arts 44 and 45 were omitted on 5 February 2026.
    case 'privacy-shield':
      return (
        'The Court of Justice declared the EU–US Privacy Shield decision invalid (C-311/18, 16 July 2020, before the ' +
        'end of the transition period), and DPA 2018 Sch 21 para 5 does not list it. ' +
        US_INSTEAD
      );
    case 'safe-harbor':
      return (
        'The Court of Justice declared the Safe Harbour decision invalid (C-362/14, 6 October 2015), and DPA 2018 ' +
        'Sch 21 para 5 does not list it. ' +
        US_INSTEAD
      );
    case 'uk-extension-dpf':
      return country && country !== 'US'
        ? 'The UK Extension to the EU–US Data Privacy Framework covers recipients in the United States only.'
        : undefined;
    default:
      return undefined;
  }
}

/** The UK provision a mechanism rests on, where it is not the GDPR's article of the same number. */
export function ukMechanismProvision(mechanism: string, date: string): string | undefined {
  const approved = appliesOn(DUAA_MAIN, date) ? 'Art 45A UK GDPR' : 'Art 45 UK GDPR, s.17A DPA 2018';
  switch (mechanism) {
    case 'adequacy':
      return approved;
    case 'uk-extension-dpf':
      return approved;
    case 'uk-idta':
    case 'uk-addendum':
      return 'Art 46(2)(d) UK GDPR, s.119A DPA 2018';
    default:
      return undefined;
  }
}
