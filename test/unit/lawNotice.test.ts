// The notice under several laws (docs/language.md, "Laws"): the sections a further law adds and the sentences its
// own law replaces, in the four notice languages; `render --law`; hover, links and completion of the other laws;
// the DPV export and the record of processing per law.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText } from '../../server/src/core/analysis';
import { renderDocument } from '../../server/src/render/document';
import { exportDocument } from '../../server/src/export';
import { citationHover, citationLinks, citationCompletion } from '../../server/src/service/citations';

const BASE = (o: { laws?: string; language?: string; effective?: string; country?: string; extra?: string }) => `policy:
  title: Privacy notice
  effective: ${o.effective ?? '2026-09-01'}
  language: ${o.language ?? 'en'}
controller:
  name: Example Books Ltd
  address: 1 High Street, Leeds LS1 1AA
  email: privacy@example-books.test
${o.country ? `  country: ${o.country}\n` : ''}dpo: none
authority:
  name: Data Protection Commission
${o.laws ? `laws:\n${o.laws}\n` : ''}data:
  contact:
    label: Contact details
    source: data-subject
recipients:
  host:
    label: Hosting
    type: processor
    country: US
purposes:
  orders:
    title: Handling your orders
    data: [contact]
    basis: contract
    retention: 2 years
    recipients: [host]
    provision: contractual
    consequence: We cannot deliver your order.
transfers:
  - recipients: [host]
    mechanism: { eu-gdpr: scc, uk-gdpr: uk-addendum, ch-fadp: scc }
    copy: Ask us at privacy@example-books.test
rights:
  contact: privacy@example-books.test
automated_decisions: none
${o.extra ?? ''}`;

/** The notice's text, tags removed. */
function notice(text: string, language?: string, law?: string): string {
  const n = renderDocument(analyzeText(text), { mode: 'preview', language, law });
  assert.equal(n.error, undefined);
  return n.html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

const UK = '  eu-gdpr: {}\n  uk-gdpr:\n    complaints:\n      url: https://example-books.test/complaints';
const ALL = `${UK}\n  ch-fadp: {}`;

describe('a further law adds its section, in four languages', () => {
  const headings: Record<string, [string, string]> = {
    en: ['Additional information for people in the United Kingdom', 'Additional information for people in Switzerland'],
    fr: [
      'Informations complémentaires pour les personnes au Royaume-Uni',
      'Informations complémentaires pour les personnes en Suisse',
    ],
    nl: [
      'Aanvullende informatie voor personen in het Verenigd Koninkrijk',
      'Aanvullende informatie voor personen in Zwitserland',
    ],
    de: [
      'Zusätzliche Informationen für Personen im Vereinigten Königreich',
      'Zusätzliche Informationen für Personen in der Schweiz',
    ],
  };
  for (const [language, [ukHeading, chHeading]] of Object.entries(headings)) {
    it(`${language}: the UK and Swiss sections, with their complaint and report routes and the FADP's rights`, () => {
      const text = notice(BASE({ laws: ALL }), language);
      assert.ok(text.includes(ukHeading), ukHeading);
      assert.ok(text.includes(chHeading), chHeading);
      assert.ok(text.includes('section 164A'), 's.164A');
      assert.ok(text.includes('section 165'), 's.165');
      assert.ok(text.includes('Art 12A UK GDPR'), 'Art 12A');
      assert.ok(/CHF 300|300 (?:francs|Franken)/.test(text), 'CHF 300');
      assert.ok(/30 (?:days|jours|dagen|Tagen)/.test(text), '30 days');
      assert.ok(/Art\.? 49|art\. 49/.test(text), 'Art 49 FADP');
      assert.ok(/52/.test(text), 'Art 52(2)');
      assert.ok(text.includes('Art 46(2)(d) UK GDPR'), 'the UK mechanism, by its UK provision');
    });
  }

  it('the Swiss section reports, never "complains", and does not call Art 30(2)(b) a right to object', () => {
    const text = notice(BASE({ laws: ALL }));
    const swiss = text.slice(text.lastIndexOf('Additional information for people in Switzerland'));
    assert.match(swiss, /report a suspected breach/);
    assert.doesNotMatch(swiss, /lodge a complaint|right to object/i);
    assert.match(swiss, /express(?:ly)?/);
    assert.match(swiss, /not a party/);
    // Every State, adequate or not, with its safeguard.
    assert.match(swiss, /United States of America: standard data protection clauses recognised by the FDPIC/);
  });

  it('the UK section says both complaint routes, neither a precondition of the other', () => {
    const text = notice(BASE({ laws: UK }));
    const uk = text.slice(text.lastIndexOf('Additional information for people in the United Kingdom'));
    assert.match(uk, /You may complain to us .* section 164A .*complaints/);
    // The statute's own addressee: the Commissioner, never "a supervisory authority" (Art 13(2)(d) UK GDPR).
    assert.match(uk, /You may also complain to the Information Commissioner \( section 165 .*Information Commissioner/);
    assert.doesNotMatch(uk, /supervisory authority/);
    assert.doesNotMatch(uk, /first complain|before complaining|must complain/i);
  });

  it('a notice of the EU GDPR alone has no such section', () => {
    const text = notice(BASE({}));
    assert.doesNotMatch(text, /Additional information for people/);
  });
});

describe('when the notice’s own law is not the EU GDPR', () => {
  it('UK: transfers outside the United Kingdom, complaints to us and to the Commissioner, Art 22A', () => {
    const text = notice(BASE({ laws: '  uk-gdpr:\n    complaints:\n      email: complaints@example-books.test' }));
    assert.match(text, /Transfers outside the United Kingdom/);
    assert.doesNotMatch(text, /European Economic Area/);
    assert.match(text, /You may complain to us/);
    assert.match(text, /Art 22A UK GDPR/);
    assert.doesNotMatch(text, /EU member state/);
  });

  it('UK before 19 June 2026: the complaint to the Commissioner under Art 77 UK GDPR', () => {
    const text = notice(BASE({ laws: '  uk-gdpr: {}', effective: '2026-03-01' }));
    assert.match(text, /Art 77 UK GDPR/);
    assert.doesNotMatch(text, /section 164A/);
  });

  it('CH: the FADP’s rights with their articles, the report to the FDPIC, disclosure abroad', () => {
    const text = notice(BASE({ laws: '  ch-fadp: {}', language: 'de' }));
    assert.match(text, /Auskunftsrecht \( Art\. 25 DSG/);
    assert.match(text, /Anzeige bei der Aufsichtsbehörde/);
    assert.match(text, /Bekanntgabe von Personendaten ins Ausland/);
    assert.doesNotMatch(text, /Recht auf Löschung|Art\. 77|Widerspruchsrecht/);
    const fr = notice(BASE({ laws: '  ch-fadp: {}', language: 'fr' }));
    assert.match(fr, /Droit d’accès \( art\. 25 LPD/);
    assert.match(fr, /dénoncer/);
  });

  it('render --law shows one law alone; the switch lists the laws', () => {
    const all = renderDocument(analyzeText(BASE({ laws: ALL })), { mode: 'preview' });
    assert.deepEqual(
      all.laws.map((l) => l.id),
      ['eu-gdpr', 'uk-gdpr', 'ch-fadp'],
    );
    const swiss = notice(BASE({ laws: ALL }), 'en', 'ch-fadp');
    assert.doesNotMatch(swiss, /Additional information for people/);
    assert.match(swiss, /Your rights under the FADP|Right to information \(access\)/);
    // A law the notice does not serve is ignored: the whole notice.
    assert.match(
      notice(BASE({ laws: UK }), 'en', 'ch-fadp'),
      /Additional information for people in the United Kingdom/,
    );
  });
});

describe('the EU GDPR as a further law: people in the European Economic Area', () => {
  const SWISS_EU = '  ch-fadp: {}\n  eu-gdpr: {}';
  const words: Record<string, { heading: string; complaint: RegExp; basis: RegExp; month: RegExp; marketing: RegExp }> =
    {
      en: {
        heading: 'Additional information for people in the European Economic Area',
        complaint: /lodge a complaint with a supervisory authority.*habitual residence.*\( Art 77\(1\) GDPR \)/,
        basis: /Handling your orders: Contract \( Art 6\(1\)\(b\) GDPR \)/,
        month: /within one month.*\( Art 12\(3\) GDPR \)/,
        marketing: /direct marketing.*\( Art 21\(2\) GDPR \)/,
      },
      fr: {
        heading: 'Informations complémentaires pour les personnes dans l’Espace économique européen',
        complaint: /introduire une réclamation auprès d’une autorité de contrôle.*\( article 77\.1 du RGPD \)/,
        basis: /Handling your orders\s?: Contrat ou mesures précontractuelles \( article 6\.1\.b\) du RGPD \)/,
        month: /délai d’un mois.*\( article 12\.3 du RGPD \)/,
        marketing: /prospection.*\( article 21\.2 du RGPD \)/,
      },
      nl: {
        heading: 'Aanvullende informatie voor personen in de Europese Economische Ruimte',
        complaint: /klacht in te dienen bij een toezichthoudende autoriteit.*\( art\. 77, lid 1 AVG \)/,
        basis: /Handling your orders: Overeenkomst of precontractuele maatregelen \( art\. 6, lid 1, b\) AVG \)/,
        month: /binnen een maand.*\( art\. 12, lid 3 AVG \)/,
        marketing: /direct marketing.*\( art\. 21, lid 2 AVG \)/,
      },
      de: {
        heading: 'Zusätzliche Informationen für Personen im Europäischen Wirtschaftsraum',
        complaint: /Recht auf Beschwerde bei einer Aufsichtsbehörde.*\( Art\. 77 Abs\. 1 DSGVO \)/,
        // A Swiss German notice spells our terms with "ss", in the EEA section too.
        basis: /Handling your orders: Vertrag oder vorvertragliche Massnahmen \( Art\. 6 Abs\. 1 lit\. b DSGVO \)/,
        month: /innerhalb eines Monats.*\( Art\. 12 Abs\. 3 DSGVO \)/,
        marketing: /Direktwerbung.*\( Art\. 21 Abs\. 2 DSGVO \)/,
      },
    };
  const marketing = (text: string) =>
    text.replace('    basis: contract\n', '    basis: contract\n    direct_marketing: true\n');
  for (const [language, w] of Object.entries(words)) {
    it(`${language}: a Swiss notice that also serves the EU GDPR gives the GDPR's bases, rights, time limit and complaint`, () => {
      const text = notice(marketing(BASE({ laws: SWISS_EU, language })), language);
      const eea = text.slice(text.lastIndexOf(w.heading));
      assert.ok(text.includes(w.heading), w.heading);
      assert.match(eea, w.complaint);
      assert.match(eea, w.basis);
      assert.match(eea, w.month);
      assert.match(eea, w.marketing);
      // The transfer out of the EEA, by its ground under the GDPR.
      assert.match(eea, /46(?:\(2\)\(c\)|\.2\.c\)|, lid 2, c\)| Abs\. 2 lit\. c)/);
    });
  }

  it('no objection to direct marketing where no purpose is direct marketing; the named authority where one is given', () => {
    const text = notice(
      BASE({
        laws: '  ch-fadp: {}\n  eu-gdpr:\n    authority:\n      name: Commission nationale de l’informatique et des libertés',
      }),
    );
    const eea = text.slice(text.lastIndexOf('Additional information for people in the European Economic Area'));
    assert.doesNotMatch(eea, /direct marketing/);
    assert.match(eea, /You may also lodge it with Commission nationale de l’informatique et des libertés \./);
  });

  it('an EU notice has no such section, whatever further laws it serves; a UK notice that serves the EU GDPR has it', () => {
    assert.doesNotMatch(notice(BASE({ laws: ALL })), /people in the European Economic Area/);
    assert.doesNotMatch(notice(BASE({})), /people in the European Economic Area/);
    assert.match(
      notice(BASE({ laws: '  uk-gdpr: {}\n  eu-gdpr: {}' })),
      /Additional information for people in the European Economic Area/,
    );
  });
});

describe('the laws’ sentences in detail', () => {
  it('a transfer that names no destination says where it leaves from, in each law and language', () => {
    const unnamed = (laws: string, language: string) =>
      notice(
        BASE({ laws, language }).replace(
          '  - recipients: [host]\n    mechanism: { eu-gdpr: scc, uk-gdpr: uk-addendum, ch-fadp: scc }',
          '  - mechanism: { eu-gdpr: scc, uk-gdpr: uk-addendum, ch-fadp: scc }\n    possible: true',
        ),
        language,
      );
    assert.match(unnamed('  uk-gdpr: {}', 'en'), /May be transferred outside the United Kingdom: /);
    assert.match(unnamed('  uk-gdpr: {}', 'fr'), /Transfert possible hors du Royaume-Uni/);
    assert.match(unnamed('  uk-gdpr: {}', 'nl'), /Mogelijke doorgifte buiten het Verenigd Koninkrijk/);
    assert.match(unnamed('  uk-gdpr: {}', 'de'), /Mögliche Übermittlung außerhalb des Vereinigten Königreichs/);
    assert.match(unnamed('  ch-fadp: {}', 'en'), /Possibly abroad \(State not named\)/);
    assert.match(unnamed('  ch-fadp: {}', 'fr'), /Éventuellement à l’étranger \(État non précisé\)/);
    assert.match(unnamed('  ch-fadp: {}', 'nl'), /Mogelijk naar het buitenland \(staat niet genoemd\)/);
    assert.match(unnamed('  ch-fadp: {}', 'de'), /Möglicherweise ins Ausland \(Staat nicht genannt\)/);
    assert.match(unnamed('  ch-fadp: {}\n  eu-gdpr: {}', 'en'), /May be transferred outside the EEA: /);
    // A named destination reads as before.
    assert.doesNotMatch(notice(BASE({ laws: '  uk-gdpr: {}' })), /outside the United Kingdom:/);
  });

  it('a transfer lists its recipients and the author’s note under the law', () => {
    const text = notice(
      BASE({ laws: '  uk-gdpr: {}' }).replace(
        '    copy: Ask us at privacy@example-books.test',
        '    copy: Ask us at privacy@example-books.test\n    note: Only backups leave the country.',
      ),
    );
    assert.match(text, /Recipients: Hosting/);
    assert.match(text, /Only backups leave the country\./);
  });

  it('the FADP’s fee: announced beforehand, ten days to confirm, the 30 days from then', () => {
    const fee: Record<string, RegExp> = {
      en: /ten days, it counts as withdrawn, at no cost to you/,
      fr: /dix jours, elle est considérée comme retirée, sans frais pour vous/,
      nl: /tien dagen, dan geldt het als kosteloos ingetrokken/,
      de: /innert zehn Tagen, gilt es als kostenlos zurückgezogen/,
    };
    for (const [language, words] of Object.entries(fee))
      assert.match(notice(BASE({ laws: '  ch-fadp: {}', language }), language), words, language);
  });

  it('the authority’s country in the notice language; Swiss German spelling in the FADP’s sentences', () => {
    const unnamed = (language: string) =>
      BASE({ laws: '  ch-fadp: {}', language }).replace('authority:\n  name: Data Protection Commission\n', '');
    assert.match(notice(unnamed('de'), 'de'), /3003 Bern Schweiz/);
    assert.match(notice(unnamed('fr'), 'fr'), /3003 Bern Suisse/);
    assert.match(notice(unnamed('en')), /3003 Bern Switzerland/);
    const german = notice(BASE({ laws: '  ch-fadp: {}', language: 'de' }), 'de');
    assert.match(german, /unverhältnismässigen/);
    assert.doesNotMatch(german, /unverhältnismäßig/);
  });

  it('a UK or Swiss notice never names the EU Regulation for itself: the catalogue’s citations become its law’s', () => {
    const eu = { fr: /du RGPD|RGPD\)/, nl: / AVG\b/, de: / DSGVO\b/ };
    for (const [language, pattern] of Object.entries(eu)) {
      const uk = notice(BASE({ laws: '  uk-gdpr: {}', language, extra: 'security:\n  - Encryption\n' }), language);
      assert.doesNotMatch(uk, pattern, `UK notice in ${language}`);
      assert.match(uk, /\( Art 32 UK GDPR \)/, `UK security measures in ${language}`);
      const swiss = notice(BASE({ laws: '  ch-fadp: {}', language }), language);
      assert.doesNotMatch(swiss, pattern, `Swiss notice in ${language}`);
      // Where the notice serves the EU GDPR as well, its own section cites it.
      assert.match(notice(BASE({ laws: '  ch-fadp: {}\n  eu-gdpr: {}', language }), language), pattern);
    }
    // English cites bare; a UK notice names its law, and a bare GDPR article never stands for a Swiss one.
    assert.match(notice(BASE({ laws: '  uk-gdpr: {}', extra: 'security:\n  - Encryption\n' })), /\( Art 32 UK GDPR \)/);
    assert.doesNotMatch(notice(BASE({ laws: '  ch-fadp: {}' })), /\(Art \d+(?:\(\d+\))*\)/);
    // A range is cited whole, its law named after it: "(Art 15(1)–(2) UK GDPR)", never "Art 15(1) UK GDPR–(2)".
    const ukRights = notice(BASE({ laws: '  uk-gdpr: {}' }));
    assert.match(ukRights, /\( Art 15\(1\) – \(2\) UK GDPR ?\)/);
    assert.doesNotMatch(ukRights, /UK GDPR –/);
    // A notice of the EU GDPR alone keeps the catalogue's words.
    assert.match(notice(BASE({ language: 'fr', extra: 'security:\n  - Encryption\n' }), 'fr'), /article 32 du RGPD/);
  });

  it('a complaint note that ends its sentence gets no second full stop', () => {
    const text = notice(
      BASE({
        laws: '  uk-gdpr:\n    complaints:\n      email: c@example-books.test\n      note: We reply within a month.',
      }),
    );
    assert.match(text, /We reply within a month\. /);
    assert.doesNotMatch(text, /within a month\.\./);
  });
});

describe('citations of the other laws in the editor', () => {
  const doc = BASE({
    laws: ALL,
    extra: 'sections:\n  - title: More\n    body: See Art 22A UK GDPR, section 164A DPA 2018 and Article 19 nFADP.\n',
  });

  it('hover shows the heading, the site and, for the FADP in English, that the translation is unofficial', () => {
    const analysis = analyzeText(doc);
    const at = (words: string) => doc.indexOf(words) + 1;
    const uk = citationHover(analysis.model, analysis.laws, at('Art 22A'))!;
    assert.match(uk.markdown, /Art 22A UK GDPR — Automated processing and significant decisions/);
    assert.match(uk.markdown, /legislation\.gov\.uk/);
    const dpa = citationHover(analysis.model, analysis.laws, at('section 164A'))!;
    assert.match(dpa.markdown, /DPA 2018 s\.164A/);
    const fadp = citationHover(analysis.model, analysis.laws, at('Article 19 nFADP'))!;
    assert.match(fadp.markdown, /Art 19 FADP — Duty to provide information/);
    assert.match(fadp.markdown, /unofficial translation/);
    assert.match(fadp.markdown, /fedlex\.admin\.ch\/eli\/cc\/2022\/491\/en#art_19/);
  });

  it('links each provision to its own law’s text', () => {
    const analysis = analyzeText(doc);
    const targets = citationLinks(analysis.model, analysis.laws).map((l) => l.target);
    assert.ok(targets.includes('https://www.legislation.gov.uk/eur/2016/679/article/22A'));
    assert.ok(targets.includes('https://www.legislation.gov.uk/ukpga/2018/12/section/164A'));
    assert.ok(targets.includes('https://www.fedlex.admin.ch/eli/cc/2022/491/en#art_19'));
  });

  it('completion offers the first law’s articles, inserted ones included', () => {
    const uk = analyzeText(BASE({ laws: '  uk-gdpr: {}' })).laws[0];
    const labels = citationCompletion('body: see Art ', '', 'en', uk)!.map((i) => i.label);
    assert.ok(labels.includes('22A') && labels.includes('45A') && !labels.includes('22'));
    const ch = analyzeText(BASE({ laws: '  ch-fadp: {}' })).laws[0];
    const swiss = citationCompletion('body: siehe Art. ', '', 'de', ch)!;
    assert.ok(swiss.some((i) => i.label === '44a'));
    assert.equal(swiss.find((i) => i.label === '25')!.labelDetails!.description, 'Auskunftsrecht');
  });
});

describe('exports per law', () => {
  it('DPV: DPV’s legal extensions where they exist, and a note where they do not', () => {
    const dpv = JSON.parse(exportDocument(analyzeText(BASE({ laws: ALL })), 'dpv')) as {
      '@graph': { '@id': string; 'rdfs:comment'?: string; hasApplicableLaw?: string[] }[];
    };
    const ids = dpv['@graph'].map((n) => n['@id']);
    assert.ok(ids.includes('legal-eu:law-GDPR'));
    assert.ok(ids.includes('legal-gb:law-GDPR'));
    const swiss = dpv['@graph'].find((n) => n['@id'] === 'https://fedlex.data.admin.ch/eli/cc/2022/491')!;
    assert.match(swiss['rdfs:comment']!, /no legal extension for Switzerland/);
    // Under the EU GDPR alone the processes are exported as they always were; the notice names its law
    // (docs/diff-and-exports.md, "The DPV export").
    const eu = JSON.parse(exportDocument(analyzeText(BASE({})), 'dpv')) as {
      '@graph': { '@type'?: string; hasApplicableLaw?: unknown }[];
    };
    const isNotice = (n: { '@type'?: string }) => n['@type'] === 'dpv:PrivacyNotice';
    assert.deepEqual(eu['@graph'].find(isNotice)!.hasApplicableLaw, [{ '@id': 'legal-eu:law-GDPR' }]);
    assert.ok(eu['@graph'].filter((n) => !isNotice(n)).every((n) => n.hasApplicableLaw === undefined));
  });

  it('the record of processing follows the law: Art 12(2) FADP names every State abroad with its ground', () => {
    const csv = exportDocument(analyzeText(BASE({ laws: '  ch-fadp: {}' })), 'ropa');
    assert.match(csv, /\(g\) States abroad/);
    assert.match(csv, /United States of America: Standard contractual clauses \(Art 16\(2\)\(d\) FADP\)/);
    assert.doesNotMatch(csv, /Legal basis/);
    assert.match(exportDocument(analyzeText(BASE({})), 'ropa'), /Legal basis \(Art 6\)/);
  });
});
