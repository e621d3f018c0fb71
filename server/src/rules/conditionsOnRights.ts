// Rule `conditions-on-rights` (Art 12(2), 12(5)): text that makes a request need reasons, or lets the controller
// decide by its own measure whether a request is "justified", in the four notice languages
// (languages/<tag>/language.ts, `conditionsOnRights`). Whether a request meets the right's own conditions is the
// controller's to check (docs/rules/conditions-on-rights.md): "valid", "legitimate" and "well-founded" are not
// matched, and a sentence that names those conditions is left alone. So is what the law lets a controller ask: the
// grounds of an objection (Art 21(1), 21(6)), what is inaccurate (Art 16), which data or processing an access
// request concerns (Recital 63), information to confirm identity (Art 12(6)).
import { compiled, matchesIn } from './textPatterns';
import { excerpt, type Rule } from '../core/rule';

const PATTERNS = compiled((l) => l.conditionsOnRights);

/** A sentence about what the law lets a controller ask for, or about the conditions it lets it check. */
const ALLOWED =
  /\b(?:object\w*|objection|oppos\w*|s[’']opposer|bezwaar|widerspr\w*|widerspruch|particular situation|situation particulière|specifieke situatie|besonderen situation|identity|identité|identiteit|identität|inaccura\w*|inexact\w*|onjuist\w*|unrichtig\w*|manifestly unfounded|excessive|manifestement infondée|excessive|kennelijk ongegrond|buitensporig|offenkundig unbegründet|exzessiv|conditions?|voorwaarden?|Voraussetzung(?:en)?)\b/iu;

/** A citation of a provision that sets a right's conditions or lets a law restrict it (Art 11, 15(4), 17–18, 20–21, 23). */
const CONDITIONS_CITED =
  /\bart(?:icles?|ikel|s)?\.?\s*(?:11|15\s*\(4\)|15\s+(?:Abs\.|lid|para\.?|paragraph)\s*4|17|18|20|21|23)(?![\d])/iu;

export const conditionsOnRights: Rule = {
  id: 'conditions-on-rights',
  severity: 'warning',
  provisions: 'Art 12(2), 12(5)',
  description:
    'Text that makes a rights request need reasons, or lets the controller decide whether a request is "justified".',
  check(ctx) {
    for (const m of matchesIn(ctx.model, PATTERNS)) {
      if (ALLOWED.test(m.sentence) || CONDITIONS_CITED.test(m.sentence)) continue;
      ctx.report(
        m.span,
        `"${excerpt(m.text, 70)}" makes a request depend on reasons, or on the controller's own judgement of ` +
          `whether it is "justified". A person need not give reasons for a request (EDPB Guidelines 01/2022 on ` +
          `the right of access, executive summary; CJEU C-307/22 FT v DW of 26 October 2023), except the grounds ` +
          `relating to their particular situation for an objection (Art 21(1)). The controller must facilitate the ` +
          `exercise of the rights (Art 12(2)) and act free of charge (Art 12(5); a reasonable fee only for further ` +
          `copies, Art 15(3)). It may decline a request that is manifestly unfounded or excessive, which it must ` +
          `show (Art 12(5)); one whose legal conditions are not met (e.g. Art 15(4), 17(1) and (3), 18(1), 20, ` +
          `21(1)); one from a person it cannot identify (Art 11(2), 12(2)) or whose identity it cannot confirm ` +
          `(Art 12(6)); or one a Union or Member State law restricts (Art 23). Say which of these you mean instead.`,
      );
    }
  },
};
