// Rule `implied-consent` (Art 4(11), 7, 49(1)(a)): text that takes consent from silence or from using the site —
// "by continuing to browse you accept cookies", "by providing your data you consent to the transfer" — in any of the
// four notice languages (languages/<tag>/language.ts, `impliedConsent`).
import { compiled, matchesIn } from './textPatterns';
import { excerpt, type Rule } from '../core/rule';

const PATTERNS = compiled((l) => l.impliedConsent);
const TRANSFER =
  /\b(?:transfer\w*|abroad|outside the (?:EU|EEA|European)|transf[eé]r\w*|l[’']étranger|doorgifte|buitenland|übermittl\w*|Drittl(?:ä|ae)nd\w*|Ausland)\b/iu;

export const impliedConsent: Rule = {
  id: 'implied-consent',
  severity: 'warning',
  provisions: 'Art 4(11), 7',
  description: 'Text that takes consent from silence or use ("by continuing to browse you accept cookies").',
  check(ctx) {
    for (const m of matchesIn(ctx.model, PATTERNS)) {
      const transfer = TRANSFER.test(m.sentence);
      ctx.report(
        m.span,
        `"${excerpt(m.text, 70)}" takes consent from using the service or providing data. Consent is a ` +
          `freely given, specific, informed and unambiguous indication of wishes by a statement or a clear ` +
          `affirmative action (Art 4(11)); silence, pre-ticked boxes or inactivity is not consent (Recital 32; ` +
          `CJEU C-673/17 Planet49 of 1 October 2019), nor is continuing to use a site (EDPB Guidelines 05/2020 on ` +
          `consent, section 3.4), and it must be as easy to withdraw as to give (Art 7(3)).` +
          (transfer
            ? ` A transfer on consent needs the person's explicit consent after being informed of its possible ` +
              `risks (Art 49(1)(a); EDPB Guidelines 2/2018, section 2.1).`
            : ` Ask for consent by an active choice, or rely on another legal basis.`),
      );
    }
  },
};
