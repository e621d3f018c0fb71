// The law seam (ARCHITECTURE.md, "Adding a law"): each law complete, its facts dated, every rule citable under it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ruleCitation } from '../../server/src/core/rule';
import { RULES } from '../../server/src/rules';
import { DEFAULT_LAW, LAWS, lawById } from '../../server/src/laws';

describe('laws (laws/)', () => {
  it('the default law is the EU GDPR, and each law is found by its id', () => {
    assert.equal(DEFAULT_LAW.id, 'eu-gdpr');
    for (const law of LAWS) assert.equal(lawById(law.id), law);
  });

  for (const law of LAWS) {
    it(`${law.id}: its changing facts carry an as-of date`, () => {
      assert.match(law.adequacy.asOf, /^\d{4}-\d{2}-\d{2}$/);
      assert.match(law.digitalConsent.asOf, /^\d{4}-\d{2}-\d{2}$/);
      for (const finding of law.adequacy.findings) assert.ok(finding.decision.trim(), finding.name);
    });

    it(`${law.id}: cites what every rule serves (or says it has no counterpart)`, () => {
      for (const rule of RULES) {
        if (!rule.provisions) continue;
        const cited = ruleCitation(rule, law);
        assert.ok(cited === '' || /^(Art|ePrivacy|PECR|DPA|s\.|§)/.test(cited), `${rule.id}: '${cited}'`);
      }
    });

    it(`${law.id}: its territory and transfer statuses agree`, () => {
      for (const code of ['DE', 'FR', 'US', 'JP', 'CN', 'GB', 'CH']) {
        const inside = law.territory.contains(code);
        assert.equal(law.transferStatus(code) === 'eea', inside, code);
        assert.ok(law.describeTransferStatus(code).text.length > 20, code);
      }
    });

    it(`${law.id}: its text's citations round-trip through its own style`, () => {
      for (const article of law.text.articles().slice(0, 20)) {
        const written = law.text.formatProvision({ kind: 'article', number: article.number });
        const [citation] = law.text.findCitations(written);
        assert.ok(citation, written);
        assert.equal(citation.provisions[0].number, article.number);
        assert.equal(law.text.provisionProblem(citation.provisions[0]), undefined, written);
      }
    });
  }

  it('the EU GDPR cites every provision in the GDPR numbering the language is keyed by', () => {
    for (const rule of RULES) if (rule.provisions) assert.equal(ruleCitation(rule, DEFAULT_LAW), rule.provisions);
  });
});
