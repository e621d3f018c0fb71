// Rule `conditions-on-rights` (Art 12(2), 12(5)): text that makes a request need reasons, or lets the controller
// decide whether a request is "justified" beyond the manifestly unfounded or excessive requests of Art 12(5), in the
// four notice languages (languages/<tag>/language.ts, `conditionsOnRights`). What the law lets a controller ask is
// left alone: the grounds of an objection (Art 21(1), 21(6)), what is inaccurate (Art 16), which data or processing
// an access request concerns (Recital 63), information to confirm identity (Art 12(6)).
import { compiled, matchesIn } from './textPatterns';
import { excerpt, type Rule } from '../core/rule';

const PATTERNS = compiled((l) => l.conditionsOnRights);

/** A sentence about what the law lets a controller ask for. */
const ALLOWED =
  /\b(?:object\w*|objection|oppos\w*|s[’']opposer|bezwaar|widerspr\w*|widerspruch|particular situation|situation particulière|specifieke situatie|besonderen situation|identity|identité|identiteit|identität|inaccura\w*|inexact\w*|onjuist\w*|unrichtig\w*|manifestly unfounded|excessive|manifestement infondée|excessive|kennelijk ongegrond|buitensporig|offenkundig unbegründet|exzessiv)\b/iu;

export const conditionsOnRights: Rule = {
  id: 'conditions-on-rights',
  severity: 'warning',
  provisions: 'Art 12(2), 12(5)',
  description:
    'Text that makes a rights request need reasons, or lets the controller decide whether a request is "justified".',
  check(ctx) {
    for (const m of matchesIn(ctx.model, PATTERNS)) {
      if (ALLOWED.test(m.sentence)) continue;
      ctx.report(
        m.span,
        `"${excerpt(m.text, 70)}" puts a condition on exercising a right that the GDPR does not allow. The ` +
          `controller must facilitate the exercise of the rights (Art 12(2)) and answer requests free of charge; ` +
          `only a manifestly unfounded or excessive request may be refused or charged, and the controller bears ` +
          `the burden of showing it (Art 12(5)). A request needs no reasons: only an objection states grounds ` +
          `relating to the person's particular situation (Art 21(1)), and the controller may ask which data an ` +
          `access request concerns (Recital 63) or, with reasonable doubts, for information to confirm identity ` +
          `(Art 12(6)).`,
      );
    }
  },
};
