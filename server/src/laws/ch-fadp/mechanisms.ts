// Disclosure abroad under the FADP (docs/language.md, "Laws"): adequacy by Annex 1 DPO (Art 16(1)); safeguards of
// Art 16(2) — a treaty (a), clauses notified to the FDPIC (b), guarantees of a federal body (c), standard data
// protection clauses the FDPIC approved, issued or recognised (d: the EU clauses of 2021/914, recognised on 27 August
// 2021 with the Swiss adaptations), binding corporate rules (e) — codes of conduct and certifications (Art 16(3),
// Art 12 DPO); the exceptions of Art 17. The FADP has no compelling-legitimate-interests exception. Sources:
// NOTICE.md beside this file.

import { message, type Message } from '../../languages/language';

export const CH_MECHANISMS_AS_OF = '2026-12-07';

/** The FADP provision each mechanism rests on. */
const PROVISIONS: Readonly<Record<string, string>> = {
  adequacy: 'Art 16(1) FADP; Annex 1 DPO',
  'swiss-us-dpf': 'Art 16(1) FADP; Annex 1 DPO',
  'legally-binding-instrument': 'Art 16(2)(a) FADP',
  'ad-hoc-clauses': 'Art 16(2)(b) FADP',
  scc: 'Art 16(2)(d) FADP',
  bcr: 'Art 16(2)(e) FADP',
  'code-of-conduct': 'Art 16(3) FADP; Art 12 DPO',
  certification: 'Art 16(3) FADP; Art 12 DPO',
  'derogation-consent': 'Art 17(1)(a) FADP',
  'derogation-contract': 'Art 17(1)(b)(1) FADP',
  'derogation-contract-in-interest': 'Art 17(1)(b)(2) FADP',
  'derogation-public-interest': 'Art 17(1)(c)(1) FADP',
  'derogation-legal-claims': 'Art 17(1)(c)(2) FADP',
  'derogation-vital-interests': 'Art 17(1)(d) FADP',
  'derogation-public-register': 'Art 17(1)(f) FADP',
};

export function chMechanismProvision(mechanism: string): string | undefined {
  return PROVISIONS[mechanism];
}

/** Why a mechanism cannot be relied on for a disclosure from Switzerland, or undefined when it can. */
export function chMechanismProblem(mechanism: string, country?: string): Message | undefined {
  switch (mechanism) {
    case 'dpf':
    case 'uk-extension-dpf':
      return message(
        'Under the FADP a US recipient is adequate only if certified under the Swiss–US Data Privacy Framework ' +
          '(Annex 1 no. 44 DPO, in force 15 September 2024); certification to the EU–US framework alone is ' +
          'not enough: use `swiss-us-dpf`.',
      );
    case 'swiss-us-dpf':
      return country && country !== 'US'
        ? message('The Swiss–US Data Privacy Framework covers recipients in the United States only.')
        : undefined;
    case 'uk-idta':
    case 'uk-addendum':
      return message(
        'The IDTA and the UK Addendum are UK mechanisms. From Switzerland, the EU standard contractual clauses ' +
          'recognised by the FDPIC (with the Swiss adaptations, Art 16(2)(d) FADP) are `scc`.',
      );
    case 'privacy-shield':
      return message(
        'The Swiss–US Privacy Shield was not annulled by a court, but the FDPIC found on 8 September 2020 ' +
          'that it does not provide adequate protection, and Annex 1 DPO lists the United States only for organisations ' +
          'certified under the Swiss–US Data Privacy Framework (in force 15 September 2024): use `swiss-us-dpf`, ' +
          'or a safeguard of Art 16(2) FADP such as `scc`.',
      );
    case 'safe-harbor':
      return message(
        'The US–Swiss Safe Harbor framework is no longer a basis for disclosures to the United States: Annex ' +
          '1 DPO lists the United States only for organisations certified under the Swiss–US Data Privacy Framework: ' +
          'use `swiss-us-dpf`, or a safeguard of Art 16(2) FADP such as `scc`.',
      );
    case 'derogation-compelling-interests':
      return message(
        'The FADP has no exception for the compelling legitimate interests of the controller (Art 17 FADP ' +
          'lists the exceptions): rely on a safeguard of Art 16(2) or one of the exceptions of Art 17(1).',
      );
    default:
      return undefined;
  }
}
