// Dutch text of the rendered notice (docs/language.md, "Output language"), in the wording of the Dutch text of the GDPR (AVG) as the Belgian
// Gegevensbeschermingsautoriteit uses it (Belgian usage: "u hebt", "rekrutering", "artificiële intelligentie").
// Same shape and rules as en.ts: values are HTML written by us, arguments arrive escaped.
// Articles are cited "art. 6, lid 1, f) AVG".
import { INVALID_MECHANISM, type LawNoticeText } from '../../laws';
import { localCountryName } from '../../vocabulary/countries';
import type { Duration } from '../../vocabulary/duration';
import type { VocabularyName } from '../../vocabulary/terms';
import type { Messages } from '../en/notice';
import {
  citationStyle,
  durationStyle,
  isQuotation,
  localTerm,
  longDate,
  monthDate,
  sameUnit,
  type ArticleRef,
  sameArticleParagraphs,
  type LocalTerm,
  type TermTable,
} from '../noticeText';
import { nl as descriptor } from './language';

const provision = (r: ArticleRef) =>
  `${r.article}${r.paragraph ? `, lid ${r.paragraph}` : ''}${r.point ? `, ${r.point})` : ''}`;
const ORDINAL = ['eerste', 'tweede', 'derde', 'vierde'];
const LIST = new Intl.ListFormat('nl', { type: 'conjunction' });
/**
 * "art. 6, lid 1, f) AVG", "art. 47 AVG", "art. 13 en 14 AVG", "art. 49, lid 1, tweede alinea, AVG"; the definitions
 * of art. 4 by point ("art. 4, punt 4, AVG": art. 4 has no leden) and paragraphs of one article together
 * ("art. 15, leden 1 en 2, AVG"), as the AVG itself cites them ("artikel 4, punt 7", "artikel 22, leden 1 en 4").
 */
const cite = citationStyle(
  (r) =>
    r.article === '4' && r.paragraph && !r.point
      ? `art. 4, punt ${r.paragraph}, AVG`
      : r.subparagraph
        ? `art. ${provision(r)}, ${ORDINAL[r.subparagraph - 1]} alinea, AVG`
        : `art. ${provision(r)} AVG`,
  (refs) => {
    const paragraphs = sameArticleParagraphs(refs);
    return paragraphs
      ? `art. ${refs[0].article}, leden ${LIST.format(paragraphs)}, AVG`
      : `art. ${LIST.format(refs.map(provision))} AVG`;
  },
);

/** Intl keeps "uur" and "jaar" singular after a number, as Dutch does: "24 uur", "10 jaar", "30 dagen". */
const duration = durationStyle(descriptor.locale);

const WHO = '‘Wie zijn wij?’';

/**
 * The author's event after "tot"/"vanaf": spliced when Dutch; quoted in another language, named as our description
 * of the moment ("tot het moment dat wij omschrijven als ‘…’"), never spliced into the Dutch phrase.
 */
const event = (text: string) => (isQuotation(text) ? `het moment dat wij omschrijven als ${text}` : text);
const NUMBER = new Intl.NumberFormat(descriptor.locale, { maximumFractionDigits: 3 });

const terms: TermTable = {
  basis: {
    consent: {
      label: 'Toestemming',
      meaning:
        'De betrokkene heeft toestemming gegeven voor de verwerking van zijn gegevens voor een of meer specifieke ' +
        'doeleinden.',
    },
    contract: {
      label: 'Overeenkomst of precontractuele maatregelen',
      meaning:
        'De verwerking is noodzakelijk voor de uitvoering van een overeenkomst met de betrokkene of om op ' +
        'diens verzoek vóór de sluiting van een overeenkomst maatregelen te nemen.',
    },
    'legal-obligation': {
      label: 'Wettelijke verplichting',
      meaning:
        'De verwerking is noodzakelijk om te voldoen aan een wettelijke verplichting die op de verwerkingsverantwoordelijke ' +
        'rust.',
    },
    'vital-interests': {
      label: 'Vitale belangen',
      meaning: 'De verwerking is noodzakelijk om het leven of de fysieke integriteit van iemand te beschermen.',
    },
    'public-task': {
      label: 'Taak van algemeen belang',
      meaning:
        'De verwerking is noodzakelijk voor de vervulling van een taak van algemeen belang of van een taak ' +
        'in het kader van de uitoefening van het openbaar gezag.',
    },
    'legitimate-interests': {
      label: 'Gerechtvaardigd belang',
      meaning:
        'De verwerking is noodzakelijk voor de behartiging van het gerechtvaardigde belang van de verwerkingsverantwoordelijke ' +
        'of van een derde, en de belangen of rechten van de betrokkene wegen niet zwaarder.',
    },
    'recognised-legitimate-interests': {
      label: 'Erkende gerechtvaardigde belangen',
      meaning:
        'Alleen UK GDPR: de verwerking is noodzakelijk voor een erkend gerechtvaardigd belang uit bijlage 1 ' +
        '(voorkoming van misdrijven, bescherming van kwetsbare personen, noodsituaties…); zonder belangenafweging, ' +
        'maar niet voor taken van overheidsinstanties.',
    },
  },
  special_basis: {
    'explicit-consent': {
      label: 'Uitdrukkelijke toestemming',
      meaning: 'De betrokkene heeft uitdrukkelijke toestemming gegeven voor een of meer welbepaalde doeleinden.',
    },
    'employment-law': {
      label: 'Arbeidsrecht en socialezekerheidsrecht',
      meaning:
        'Noodzakelijk voor verplichtingen en rechten op het gebied van het arbeidsrecht, het socialezekerheidsrecht ' +
        'en het sociale beschermingsrecht.',
    },
    'vital-interests': {
      label: 'Vitale belangen',
      meaning:
        'Noodzakelijk ter bescherming van de vitale belangen van iemand die fysiek of juridisch niet in staat ' +
        'is toestemming te geven.',
    },
    'not-for-profit': {
      label: 'Instantie zonder winstoogmerk',
      meaning:
        'Verwerking door een stichting, vereniging of andere instantie zonder winstoogmerk over haar leden ' +
        'of personen met wie zij regelmatig contact onderhoudt.',
    },
    'made-public': {
      label: 'Door de betrokkene openbaar gemaakt',
      meaning: 'De gegevens zijn kennelijk door de betrokkene zelf openbaar gemaakt.',
    },
    'legal-claims': {
      label: 'Rechtsvorderingen',
      meaning:
        'Noodzakelijk voor de instelling, uitoefening of onderbouwing van een rechtsvordering, of wanneer ' +
        'gerechten handelen in het kader van hun rechtsbevoegdheid.',
    },
    'substantial-public-interest': {
      label: 'Zwaarwegend algemeen belang',
      meaning: 'Noodzakelijk om redenen van zwaarwegend algemeen belang, op grond van Unierecht of lidstatelijk recht.',
    },
    'health-care': {
      label: 'Gezondheidszorg of sociale diensten',
      meaning:
        'Noodzakelijk voor preventieve of arbeidsgeneeskunde, medische diagnosen, of gezondheidszorg of sociale ' +
        'diensten, onder het beroepsgeheim.',
    },
    'public-health': {
      label: 'Volksgezondheid',
      meaning:
        'Noodzakelijk om redenen van algemeen belang op het gebied van de volksgezondheid, zoals bescherming ' +
        'tegen ernstige grensoverschrijdende gezondheidsgevaren.',
    },
    research: {
      label: 'Archivering, onderzoek of statistiek',
      meaning:
        `Noodzakelijk met het oog op archivering in het algemeen belang, wetenschappelijk of historisch onderzoek ` +
        `of statistische doeleinden, met passende waarborgen (${cite('Art 89(1)')}).`,
    },
  },
  mechanism: {
    adequacy: {
      label: 'Adequaatheidsbesluit',
      meaning: 'De Europese Commissie heeft besloten dat het land een passend beschermingsniveau waarborgt.',
    },
    dpf: {
      label: 'EU-VS-kader voor gegevensbescherming',
      meaning:
        'De Amerikaanse ontvanger is gecertificeerd onder het EU-VS-kader voor gegevensbescherming (adequaatheidsbesluit ' +
        'van 10 juli 2023). Alleen voor de Verenigde Staten.',
    },
    scc: {
      label: 'Standaardcontractbepalingen',
      meaning:
        'Met de ontvanger zijn de door de Europese Commissie vastgestelde standaardbepalingen inzake gegevensbescherming ' +
        'overeengekomen.',
    },
    bcr: {
      label: 'Bindende bedrijfsvoorschriften',
      meaning:
        'Binnen de groep gelden bindende bedrijfsvoorschriften die door een toezichthoudende autoriteit zijn ' +
        'goedgekeurd.',
    },
    'legally-binding-instrument': {
      label: 'Juridisch bindend instrument',
      meaning: 'Een juridisch bindend en afdwingbaar instrument tussen overheidsinstanties of -organen.',
    },
    'code-of-conduct': {
      label: 'Gedragscode',
      meaning: 'Een goedgekeurde gedragscode, met bindende en afdwingbare toezeggingen van de ontvanger.',
    },
    certification: {
      label: 'Certificering',
      meaning: 'Een goedgekeurd certificeringsmechanisme, met bindende en afdwingbare toezeggingen van de ontvanger.',
    },
    'ad-hoc-clauses': {
      label: 'Ad-hoccontractbepalingen',
      meaning: 'Contractbepalingen waarvoor de bevoegde toezichthoudende autoriteit toestemming heeft gegeven.',
    },
    'derogation-consent': {
      label: 'Uitdrukkelijke toestemming voor de doorgifte',
      meaning:
        'De betrokkene heeft uitdrukkelijk met de doorgifte ingestemd, nadat hij over de risico’s ervan is ingelicht.',
    },
    'derogation-contract': {
      label: 'Noodzakelijk voor een overeenkomst',
      meaning:
        'De doorgifte is noodzakelijk voor de uitvoering van een overeenkomst met de betrokkene of voor precontractuele ' +
        'maatregelen op diens verzoek.',
    },
    'derogation-public-interest': {
      label: 'Gewichtige redenen van algemeen belang',
      meaning: 'De doorgifte is noodzakelijk om gewichtige redenen van algemeen belang.',
    },
    'derogation-legal-claims': {
      label: 'Rechtsvorderingen',
      meaning: 'De doorgifte is noodzakelijk voor de instelling, uitoefening of onderbouwing van een rechtsvordering.',
    },
    'derogation-vital-interests': {
      label: 'Vitale belangen',
      meaning:
        'De doorgifte is noodzakelijk ter bescherming van de vitale belangen van iemand die fysiek of juridisch ' +
        'niet in staat is toestemming te geven.',
    },
    'derogation-public-register': {
      label: 'Openbaar register',
      meaning:
        'De doorgifte vindt plaats vanuit een register dat bedoeld is om het publiek voor te lichten en dat ' +
        'voor raadpleging openstaat.',
    },
    'derogation-contract-in-interest': {
      label: 'Overeenkomst in het belang van de betrokkene',
      meaning:
        'De doorgifte is noodzakelijk voor de sluiting of de uitvoering van een overeenkomst die in het belang ' +
        'van de betrokkene tussen de verwerkingsverantwoordelijke en een andere natuurlijke of rechtspersoon ' +
        'is gesloten.',
    },
    'derogation-compelling-interests': {
      label: 'Dwingende gerechtvaardigde belangen',
      meaning:
        `Een niet-repetitieve doorgifte over een beperkt aantal betrokkenen, noodzakelijk voor dwingende ` +
        `gerechtvaardigde belangen van de verwerkingsverantwoordelijke, met passende waarborgen; de toezichthoudende ` +
        `autoriteit wordt ervan in kennis gesteld (${cite('Art 49(1) second subparagraph')}).`,
    },
    'uk-idta': {
      label: 'Internationale gegevensdoorgifteovereenkomst van het VK (IDTA)',
      meaning:
        'De International Data Transfer Agreement, uitgevaardigd op grond van section 119A van de Data Protection ' +
        'Act 2018, is met de ontvanger gesloten. Alleen UK GDPR.',
    },
    'uk-addendum': {
      label: 'EU-modelcontractbepalingen met het Britse addendum',
      meaning:
        'De EU-modelcontractbepalingen, met het Britse addendum (UK Addendum) op grond van section 119A van de ' +
        'Data Protection Act 2018.',
    },
    'uk-extension-dpf': {
      label: 'Britse uitbreiding van het EU-VS-kader voor gegevensbescherming',
      meaning:
        'De Amerikaanse ontvanger is gecertificeerd onder de Britse uitbreiding van het EU-VS-kader voor ' +
        'gegevensbescherming. Alleen voor de Verenigde Staten; alleen UK GDPR.',
    },
    'swiss-us-dpf': {
      label: 'Zwitsers-Amerikaans kader voor gegevensbescherming',
      meaning:
        'De Amerikaanse ontvanger is gecertificeerd onder het Zwitsers-Amerikaanse kader voor gegevensbescherming ' +
        '(bijlage 1 DSV). Alleen voor de Verenigde Staten; alleen Zwitserse DSG.',
    },
    'privacy-shield': {
      label: 'EU-VS-privacyschild (ongeldig verklaard)',
      meaning:
        'Geen geldig mechanisme meer: het Hof van Justitie verklaarde het besluit ongeldig (C-311/18, 16 juli 2020).',
    },
    'safe-harbor': {
      label: 'Veiligehavenbeginselen (ongeldig verklaard)',
      meaning:
        'Geen geldig mechanisme meer: het Hof van Justitie verklaarde het besluit ongeldig (C-362/14, 6 oktober 2015).',
    },
  },
  right: {
    access: {
      label: 'Recht van inzage',
      meaning: 'U kunt vragen of wij uw gegevens verwerken en er een kopie van krijgen.',
    },
    rectification: {
      label: 'Recht op rectificatie',
      meaning: 'U kunt onjuiste gegevens laten verbeteren en onvolledige gegevens laten aanvullen.',
    },
    erasure: {
      label: 'Recht op gegevenswissing',
      meaning: 'U kunt uw gegevens laten wissen wanneer er geen reden meer is om ze te bewaren.',
    },
    restriction: {
      label: 'Recht op beperking van de verwerking',
      meaning: 'U kunt ons vragen het gebruik van uw gegevens te beperken zolang een vraag daarover wordt behandeld.',
    },
    portability: {
      label: 'Recht op overdraagbaarheid van gegevens',
      meaning:
        'U kunt de gegevens die u ons hebt verstrekt in een machineleesbare vorm ontvangen, of ze aan een ' +
        'andere organisatie laten doorgeven.',
    },
    objection: {
      label: 'Recht van bezwaar',
      meaning:
        'U kunt te allen tijde bezwaar maken tegen verwerking op grond van een gerechtvaardigd belang of ' +
        'een taak van algemeen belang, en altijd tegen direct marketing.',
    },
    'automated-decisions': {
      label: 'Rechten bij geautomatiseerde besluitvorming',
      meaning:
        'U kunt om menselijke tussenkomst vragen, uw standpunt kenbaar maken en een besluit aanvechten dat ' +
        'uitsluitend op geautomatiseerde verwerking berust.',
    },
    'withdraw-consent': {
      label: 'Recht om uw toestemming in te trekken',
      meaning:
        'U kunt uw toestemming te allen tijde intrekken, zonder dat dit afbreuk doet aan de rechtmatigheid ' +
        'van de verwerking daarvóór.',
    },
    complaint: {
      label: 'Recht om een klacht in te dienen',
      meaning: 'U kunt een klacht indienen bij een toezichthoudende autoriteit voor gegevensbescherming.',
    },
  },
  special: {
    'racial-ethnic-origin': {
      label: 'Ras of etnische afkomst',
      meaning: 'Gegevens waaruit ras of etnische afkomst blijkt.',
    },
    'political-opinions': {
      label: 'Politieke opvattingen',
      meaning: 'Gegevens waaruit politieke opvattingen blijken.',
    },
    'religious-beliefs': {
      label: 'Religieuze of levensbeschouwelijke overtuigingen',
      meaning: 'Gegevens waaruit religieuze of levensbeschouwelijke overtuigingen blijken.',
    },
    'trade-union-membership': {
      label: 'Lidmaatschap van een vakbond',
      meaning: 'Gegevens waaruit het lidmaatschap van een vakbond blijkt.',
    },
    genetic: {
      label: 'Genetische gegevens',
      meaning: `Gegevens over overgeërfde of verworven genetische kenmerken (${cite('Art 4(13)')}).`,
    },
    biometric: {
      label: 'Biometrische gegevens',
      meaning:
        `Biometrische gegevens die worden gebruikt om een persoon uniek te identificeren, zoals vingerafdrukken ` +
        `of gezichtssjablonen (${cite('Art 4(14)')}).`,
    },
    health: {
      label: 'Gezondheidsgegevens',
      meaning: `Gegevens over de fysieke of mentale gezondheid, met inbegrip van verleende gezondheidsdiensten (${cite('Art 4(15)')}).`,
    },
    'sex-life': {
      label: 'Seksueel gedrag of seksuele gerichtheid',
      meaning: 'Gegevens met betrekking tot iemands seksueel gedrag of seksuele gerichtheid.',
    },
  },
  recipient_type: {
    internal: { label: 'Intern', meaning: 'Medewerkers of afdelingen van de verwerkingsverantwoordelijke zelf.' },
    processor: {
      label: 'Verwerker',
      meaning: `Verwerkt de gegevens namens ons en volgens onze instructies (${cite('Art 4(8)')}).`,
    },
    controller: {
      label: 'Zelfstandige verwerkingsverantwoordelijke',
      meaning: `Bepaalt zelf waarom en hoe de ontvangen gegevens worden gebruikt (${cite('Art 4(7)')}).`,
    },
    'joint-controller': {
      label: 'Gezamenlijke verwerkingsverantwoordelijke',
      meaning: `Bepaalt samen met ons waarom en hoe de gegevens worden verwerkt (${cite('Art 26')}).`,
    },
    'public-authority': {
      label: 'Overheidsinstantie',
      meaning: 'Een overheidsinstantie die gegevens ontvangt, bijvoorbeeld omdat de wet dat voorschrijft.',
    },
    public: { label: 'Het publiek', meaning: 'De gegevens worden gepubliceerd of voor iedereen beschikbaar gesteld.' },
  },
  recipient_category: {
    hosting: { label: 'Hostingproviders', meaning: 'Datacenters en cloudplatforms waarop onze systemen draaien.' },
    'it-services': {
      label: 'IT-dienstverleners',
      meaning: 'Softwareleveranciers en IT-ondersteuning die onze systemen onderhouden.',
    },
    analytics: { label: 'Analysediensten', meaning: 'Diensten die meten hoe onze website of app wordt gebruikt.' },
    advertising: { label: 'Advertentiepartners', meaning: 'Netwerken en platforms die advertenties tonen of meten.' },
    payment: { label: 'Betaaldienstverleners', meaning: 'Banken en betaaldienstverleners die betalingen afhandelen.' },
    'customer-support': { label: 'Klantendiensten', meaning: 'Helpdesk-, chat- en callcenterdiensten.' },
    crm: { label: 'CRM-leveranciers', meaning: 'Software voor klantrelatiebeheer.' },
    'email-delivery': { label: 'E-maildiensten', meaning: 'Diensten die onze e-mails en nieuwsbrieven verzenden.' },
    'social-media': {
      label: 'Socialemediaplatforms',
      meaning: 'Sociale netwerken, bijvoorbeeld via plug-ins of gedeelde pagina’s.',
    },
    recruitment: {
      label: 'Rekruteringspartners',
      meaning: 'Rekruteringsbureaus en software voor het beheer van sollicitaties.',
    },
    auditors: { label: 'Revisoren en auditors', meaning: 'Bedrijfsrevisoren, externe auditors en accountants.' },
    'legal-advisers': { label: 'Juridisch adviseurs', meaning: 'Advocaten en andere juridisch adviseurs.' },
    insurers: { label: 'Verzekeraars', meaning: 'Verzekeringsmaatschappijen en -makelaars.' },
    banks: { label: 'Banken', meaning: 'Banken en andere financiële instellingen.' },
    'group-companies': { label: 'Groepsvennootschappen', meaning: 'Andere vennootschappen van onze groep.' },
    'business-partners': {
      label: 'Zakenpartners',
      meaning: 'Partners met wie wij samenwerken om onze diensten te leveren.',
    },
    'ai-providers': {
      label: 'AI-aanbieders',
      meaning: 'Aanbieders van modellen en diensten op het gebied van artificiële intelligentie.',
    },
    security: { label: 'Beveiligingsdiensten', meaning: 'Diensten voor beveiliging, fraudepreventie en monitoring.' },
    'delivery-logistics': { label: 'Levering en logistiek', meaning: 'Koeriers en logistieke bedrijven.' },
    'law-enforcement': { label: 'Politie en justitie', meaning: 'Politie en andere rechtshandhavingsinstanties.' },
    courts: { label: 'Rechtbanken', meaning: 'Hoven en rechtbanken.' },
    'tax-authority': {
      label: 'Belastingadministraties',
      meaning: 'Belastingadministraties en socialezekerheidsinstellingen.',
    },
    'prospective-buyers': {
      label: 'Potentiële kopers',
      meaning: 'Potentiële kopers of investeerders bij een fusie of overname.',
    },
  },
  collection: {
    direct: {
      label: 'Rechtstreeks bij de betrokkene',
      meaning:
        `Alle gegevens worden verkregen bij de persoon op wie ze betrekking hebben: ${cite('Art 13')} is ` +
        `van toepassing.`,
    },
    indirect: {
      label: 'Uit andere bronnen',
      meaning: `De gegevens worden verkregen van anderen dan de betrokkene: ${cite('Art 14')} is van toepassing.`,
    },
    both: {
      label: 'Beide',
      meaning:
        `Sommige gegevens komen van de betrokkene en andere uit andere bronnen: ${cite('Art 13, 14')} zijn ` +
        `van toepassing.`,
    },
  },
  provision: {
    statutory: { label: 'Wettelijk verplicht', meaning: 'De wet verplicht de betrokkene de gegevens te verstrekken.' },
    contractual: {
      label: 'Contractueel verplicht',
      meaning: 'Een overeenkomst verplicht de betrokkene de gegevens te verstrekken.',
    },
    'contract-entry': {
      label: 'Noodzakelijk om een overeenkomst te sluiten',
      meaning: 'De gegevens zijn nodig voordat een overeenkomst kan worden gesloten.',
    },
    voluntary: { label: 'Vrijwillig', meaning: 'Het verstrekken van de gegevens is vrijwillig.' },
  },
  source: {
    'data-subject': { label: 'Van uzelf', meaning: 'De betrokkene verstrekt de gegevens zelf.' },
    automatic: {
      label: 'Automatisch verzameld',
      meaning: 'De gegevens worden automatisch verzameld, bijvoorbeeld door onze website of apparaten.',
    },
  },
  cookie_type: {
    essential: {
      label: 'Strikt noodzakelijk',
      meaning:
        'Nodig voor de dienst waar de gebruiker om heeft gevraagd; geen toestemming nodig (art. 5, lid 3, ' +
        'e-privacyrichtlijn).',
    },
    preferences: { label: 'Voorkeuren', meaning: 'Onthouden de keuzes van de gebruiker, zoals de taal.' },
    analytics: { label: 'Analytisch', meaning: 'Meten hoe de site wordt gebruikt; toestemming nodig.' },
    marketing: { label: 'Marketing', meaning: 'Volgen gebruikers voor advertentiedoeleinden; toestemming nodig.' },
  },
  cookie_party: {
    first: { label: 'Eigen cookie', meaning: 'Geplaatst door onze eigen site.' },
    third: { label: 'Cookie van derden', meaning: 'Geplaatst door het domein van een andere organisatie.' },
  },
  channel_kind: {
    email: { label: 'Per e-mail', meaning: 'Verzoeken worden per e-mail naar het opgegeven adres gestuurd.' },
    'web-form': {
      label: 'Via het webformulier',
      meaning: 'Verzoeken worden ingediend via een formulier op de website.',
    },
    post: { label: 'Per post', meaning: 'Verzoeken worden per brief naar het opgegeven postadres gestuurd.' },
    phone: { label: 'Telefonisch', meaning: 'Verzoeken worden telefonisch ingediend.' },
    'in-app': {
      label: 'In de app of uw account',
      meaning: 'Verzoeken worden ingediend, of de gegevens rechtstreeks beheerd, in de app of de online account.',
    },
    'in-person': {
      label: 'Ter plaatse',
      meaning: 'Verzoeken worden persoonlijk ingediend, bijvoorbeeld aan het onthaal.',
    },
  },
  decision_ground: {
    contract: {
      label: 'Noodzakelijk voor een overeenkomst',
      meaning:
        'Het besluit is noodzakelijk voor de totstandkoming of de uitvoering van een overeenkomst tussen ' +
        'de betrokkene en de verwerkingsverantwoordelijke.',
    },
    law: {
      label: 'Toegestaan bij wet',
      meaning:
        'Het besluit is toegestaan bij een Unierechtelijke of lidstaatrechtelijke bepaling die ook voorziet ' +
        'in passende maatregelen ter bescherming van de rechten van de betrokkene.',
    },
    'explicit-consent': {
      label: 'Uitdrukkelijke toestemming',
      meaning: 'De betrokkene heeft uitdrukkelijk toestemming gegeven voor het besluit.',
    },
  },
  language: {
    en: { label: 'Engels', meaning: 'Gegenereerde titels en zinnen in het Engels.' },
    fr: { label: 'Frans', meaning: 'Gegenereerde titels en zinnen in het Frans.' },
    nl: { label: 'Nederlands', meaning: 'Gegenereerde titels en zinnen in het Nederlands.' },
    de: { label: 'Duits', meaning: 'Gegenereerde titels en zinnen in het Duits.' },
  },
  promise: {
    'no-sale': {
      label: 'Wij verkopen geen persoonsgegevens',
      meaning: 'De verklaring zegt dat wij geen persoonsgegevens verkopen.',
    },
    'no-sharing-for-advertising': {
      label: 'Wij delen geen persoonsgegevens voor reclame van anderen',
      meaning: 'De verklaring zegt dat wij geen persoonsgegevens met anderen delen voor hun eigen reclame.',
    },
    'no-transfer': {
      label: 'Geen gegevens verlaten het grondgebied',
      meaning: 'De verklaring zegt dat geen persoonsgegevens het grondgebied van haar wetten verlaten.',
    },
    'no-profiling': {
      label: 'Wij doen niet aan profilering',
      meaning: 'De verklaring zegt dat wij persoonsgegevens niet voor profilering gebruiken.',
    },
    'no-special-categories': {
      label: 'Wij verwerken geen bijzondere categorieën van persoonsgegevens',
      meaning: 'De verklaring zegt dat wij geen bijzondere categorieën van persoonsgegevens verwerken.',
    },
  },
  law: {
    'eu-gdpr': { label: 'AVG', meaning: 'Verordening (EU) 2016/679, de algemene verordening gegevensbescherming.' },
    'uk-gdpr': {
      label: 'UK GDPR',
      meaning: 'De UK GDPR met de Data Protection Act 2018, zoals gewijzigd door de Data (Use and Access) Act 2025.',
    },
    'ch-fadp': {
      label: 'Zwitserse DSG',
      meaning:
        'De Zwitserse federale wet betreffende de gegevensbescherming van 25 september 2020 (SR 235.1) en haar verordening.',
    },
  },
  region: {
    EEA: {
      label: 'Europese Economische Ruimte',
      meaning: 'Binnen de Europese Economische Ruimte: de EU-lidstaten, IJsland, Liechtenstein en Noorwegen.',
    },
    EU: { label: 'Europese Unie', meaning: 'Binnen de Europese Unie.' },
  },
};

export const nl: Messages = {
  language: descriptor.tag,
  locale: descriptor.locale,
  date: longDate(descriptor.locale),
  month: monthDate(descriptor.locale),
  cite,
  terms,
  term: (vocabulary: VocabularyName, value: string): LocalTerm | undefined => localTerm(terms, cite, vocabulary, value),
  country: (code: string) => localCountryName(code, 'nl'),
  defaultTitle: 'Privacyverklaring',
  meta: {
    effective: (date: string, _month: boolean) => `Van kracht vanaf ${date}`,
    updated: (date: string, month: boolean) => `Laatst bijgewerkt ${month ? 'in' : 'op'} ${date}`,
    version: (version: string) => `Versie ${version}`,
  },
  contents: 'Inhoud',
  none: '—',
  headings: {
    who: 'Wie zijn wij?',
    summary: 'In het kort',
    promises: 'Onze toezeggingen',
    children: 'Kinderen',
    data: 'De persoonsgegevens die wij verwerken',
    purposes: 'Waarom wij uw gegevens gebruiken en op welke rechtsgrond',
    recipients: 'Wie uw gegevens ontvangt',
    transfers: 'Doorgiften buiten de Europese Economische Ruimte',
    rights: 'Uw rechten',
    complaints: 'Klachten',
    automated: 'Geautomatiseerde besluitvorming en profilering',
    cookies: 'Cookies en vergelijkbare technieken',
    security: 'Hoe wij uw gegevens beveiligen',
    changes: 'Wijzigingen van deze privacyverklaring',
    untitled: 'Meer informatie',
  },
  lawText: {
    outside: 'buiten de Europese Economische Ruimte (EER)',
    transfersHeading: 'Doorgiften buiten de Europese Economische Ruimte',
    transfersIntro:
      `Persoonsgegevens mogen alleen buiten de Europese Economische Ruimte (EER) worden doorgegeven op een van de ` +
      `gronden die de wet bepaalt (${cite('Art 44')}): een adequaatheidsbesluit van de Europese Commissie, passende ` +
      `waarborgen of, in specifieke situaties, een afwijking. Voor elke doorgifte hieronder vermelden wij waar de ` +
      `gegevens naartoe gaan en op welke grond.`,
    complaint:
      `Als u van mening bent dat de verwerking van uw persoonsgegevens inbreuk maakt op de AVG, hebt u het recht ` +
      `een klacht in te dienen bij een toezichthoudende autoriteit, met name in de staat van de Europese ` +
      `Economische Ruimte (EER) waar u gewoonlijk verblijft, waar u werkt of waar de beweerde inbreuk heeft ` +
      `plaatsgevonden, onverminderd andere mogelijkheden van administratief beroep of een voorziening in rechte ` +
      `(${cite('Art 77(1)')}).`,
    digitalConsentAges: 'tussen 13 en 16 jaar in de Europese Economische Ruimte',
  } satisfies LawNoticeText,
  who: {
    controllerHeading: 'Verwerkingsverantwoordelijke',
    controller: (name: string) =>
      `${name} is de verwerkingsverantwoordelijke voor de verwerking van uw persoonsgegevens.`,
    representativeHeading: 'Onze vertegenwoordiger in de Europese Unie',
    representative: (name: string) =>
      `${name} vertegenwoordigt ons in de Europese Unie (${cite('Art 27')}). U kunt bij onze vertegenwoordiger ` +
      `terecht met al uw vragen over de verwerking van uw gegevens.`,
    dpoHeading: 'Functionaris voor gegevensbescherming',
    dpoUnnamed: 'U kunt onze functionaris voor gegevensbescherming (DPO) als volgt bereiken.',
    dpoNone:
      'Wij hebben geen functionaris voor gegevensbescherming aangesteld. Voor vragen over uw gegevens kunt ' +
      'u contact met ons opnemen via de bovenstaande gegevens.',
    name: 'Naam',
    legalForm: 'Rechtsvorm',
    registration: 'Registratienummer',
    address: 'Adres',
    email: 'E-mail',
    phone: 'Telefoon',
    website: 'Website',
    status: 'Status',
    publicBody: 'Overheidsinstantie of overheidsorgaan',
    processorHeading: 'Verwerking in opdracht van anderen',
    processorIntro:
      `Wij verwerken ook persoonsgegevens in opdracht van anderen. Voor die verwerking zijn zij de ` +
      `verwerkingsverantwoordelijke (${cite('Art 4(7)')}) en zijn wij hun verwerker (${cite('Art 4(8)')}); hun ` +
      `eigen privacyverklaring is erop van toepassing.`,
    processorController: 'Verwerkingsverantwoordelijke',
    processorNotice: 'Hun privacyverklaring',
  },
  data: {
    intro: 'Wij verwerken de volgende categorieën van persoonsgegevens over u.',
    caption: 'Categorieën van persoonsgegevens',
    category: 'Categorie',
    details: 'Omschrijving',
    source: 'Bron',
    examples: (list: string) => `Bijvoorbeeld: ${list}.`,
    special: (label: string, article: string) => `Bijzondere categorie van persoonsgegevens: ${label} (${article})`,
    criminal: `Gegevens over strafrechtelijke veroordelingen en strafbare feiten (${cite('Art 10')})`,
    publicSource: (source: string) => `Openbaar toegankelijke bron: ${source}`,
  },
  purposes: {
    intro:
      'Voor elk doeleinde vermelden wij de rechtsgrond waarop wij ons baseren, de gegevens die wij gebruiken, ' +
      'hoe lang wij ze bewaren en wie ze ontvangt.',
    caption: 'Doeleinden van de verwerking',
    purpose: 'Doeleinde',
    basis: 'Rechtsgrond',
    data: 'Gebruikte gegevens',
    retention: 'Bewaartermijn',
    recipients: 'Ontvangers',
    citation: (label: string, article: string) => `${label} — ${article}`,
    interest: (citation: string, interest: string) => `${citation}: ${interest}`,
    specialConditions: 'Voor bijzondere categorieën van persoonsgegevens:',
    law: (law: string) => `Wettelijke bepaling: ${law}`,
    provision: (label: string) => `Verstrekking van de gegevens: ${label}.`,
    consequence: (text: string) => `Gevolgen als u de gegevens niet verstrekt: ${text}`,
    generalRetention: 'Voor elk doeleinde hieronder dat geen eigen bewaartermijn vermeldt, geldt de volgende termijn:',
    generalRetentionCell: 'Zie de algemene vermelding over de bewaartermijn boven de tabel',
    optOut: 'Hoe u deze verwerking stopzet:',
    optOutLink: 'Pagina om u af te melden',
    /** A noun, not a verb: the recipient's name may be plural ("The courts … (mogelijke ontvanger)"). */
    mayReceive: 'mogelijke ontvanger',
    collectsItself: 'verzamelt zelf gegevens',
  },
  retention: {
    duration: (d: Duration) => duration(d),
    from: (period: string, text: string) => `${period} vanaf ${event(text)}`,
    until: (text: string) => `tot ${event(text)}`,
    untilThen: (text: string, then: string) => `tot ${event(text)}, daarna nog ${then}`,
    criteria: (text: string) => `criteria: ${text}`,
    forData: (data: string, retention: string) => `${data}: ${retention}`,
    atLeast: (period: string) => `ten minste ${period}`,
    atMost: (period: string) => `ten hoogste ${period}`,
    between: (low: Duration, high: Duration) =>
      `tussen ${sameUnit(low, high) ? NUMBER.format(low.parts[0].amount) : duration(low)} en ${duration(high)}`,
    asRequiredBy: (phrase: string, law: string) =>
      isQuotation(law)
        ? `${phrase}, zoals vereist door de volgende wet: ${law}`
        : `${phrase}, zoals vereist door ${law}`,
    law: (law: string) =>
      isQuotation(law)
        ? `gedurende de termijn die de volgende wet voorschrijft: ${law}`
        : `gedurende de termijn die ${law} voorschrijft`,
    lawThen: (law: string, then: string) =>
      isQuotation(law)
        ? `gedurende de termijn die de volgende wet voorschrijft: ${law}, daarna nog ${then}`
        : `gedurende de termijn die ${law} voorschrijft, daarna nog ${then}`,
    extendedUntil: (phrase: string, text: string) => `${phrase}, en zo nodig langer, tot ${event(text)}`,
  },
  audiences: {
    addressedTo: (list: string) => `Deze privacyverklaring is gericht aan: ${list}.`,
    view: (audience: string) =>
      `Deze versie van de privacyverklaring toont alleen wat betrekking heeft op: ${audience}.`,
    concerns: (list: string) => `Betreft: ${list}.`,
  },
  purposeFlags: {
    directMarketing: 'Direct marketing',
    profiling: `Omvat profilering (${cite('Art 4(4)')})`,
    research: `Wetenschappelijk of historisch onderzoek of statistiek (${cite('Art 89')})`,
    children: `Dienst die rechtstreeks aan kinderen wordt aangeboden (${cite('Art 8')})`,
    basisWhen: (when: string) => `Van toepassing: ${when}`,
    childConsent: (ages: string) =>
      `Als u jonger bent dan de leeftijd waarop het recht dat op u van toepassing is u toestaat zelf toestemming ` +
      `te geven voor deze dienst (${ages}), wordt de toestemming of machtiging tot toestemming verleend door de ` +
      `persoon die de ouderlijke verantwoordelijkheid voor u draagt (${cite('Art 8(1)')}).`,
    countryAge: (country: string, age: number) => `Leeftijd volgens het nationale recht — ${country}: ${age} jaar.`,
    parentalHow: 'Hoe een ouder toestemming geeft of machtiging verleent:',
  },
  minimumAge: (age: number) => `Onze diensten zijn niet bedoeld voor personen jonger dan ${age} jaar.`,
  promises: {
    'no-sale': 'Wij verkopen uw persoonsgegevens niet.',
    'no-sharing-for-advertising': 'Wij delen uw persoonsgegevens niet met anderen voor hun eigen reclame.',
    'no-transfer': (outside: string) => `Wij geven uw persoonsgegevens niet door ${outside}.`,
    'no-profiling': `Wij gebruiken uw persoonsgegevens niet voor profilering (${cite('Art 4(4)')}).`,
    'no-special-categories': `Wij verwerken geen bijzondere categorieën van persoonsgegevens (${cite('Art 9(1)')}).`,
  },
  changes: {
    notice: (time: string) =>
      `Wij informeren u over een wezenlijke wijziging van deze privacyverklaring ${time} voordat die van kracht wordt.`,
  },
  joint: {
    heading: 'Gezamenlijke verwerkingsverantwoordelijken',
    intro:
      `Wij bepalen samen met de volgende organisaties het doel van en de middelen voor de verwerking van ` +
      `uw persoonsgegevens. De wezenlijke inhoud van onze regeling staat hieronder (${cite('Art 26(2)')}). ` +
      `U kunt uw rechten uitoefenen ten aanzien van ieder van ons (${cite('Art 26(3)')}).`,
    purposes: (list: string) => `Voor: ${list}`,
    essence: 'Wezenlijke inhoud van de regeling',
    contactPoint: 'Contactpunt',
    contact: 'Contact',
  },
  recipients: {
    intro: (possible: boolean) =>
      `De volgende ontvangers ontvangen persoonsgegevens van ons` +
      `${possible ? ', of kunnen die ontvangen waar dat vermeld staat' : ''}, telkens alleen voor de hierboven ` +
      `vermelde doeleinden.`,
    introOthers: (possible: boolean) =>
      `De volgende ontvangers ontvangen ook persoonsgegevens van ons` +
      `${possible ? ', of kunnen die ontvangen waar dat vermeld staat' : ''}.`,
    caption: 'Ontvangers van persoonsgegevens',
    recipient: 'Ontvanger',
    role: 'Rol',
    category: 'Categorie',
    country: 'Locatie',
    mayReceive: 'Mogelijke ontvanger van persoonsgegevens',
    safeguards: 'Verbintenissen waaraan de ontvanger gebonden is:',
    ownHeading: 'Organisaties die zelf gegevens verzamelen',
    ownIntro:
      'De volgende organisaties verzamelen zelf persoonsgegevens (bijvoorbeeld een platform waarop wij een ' +
      'pagina hebben, of een aanbieder van wie inhoud in onze website is ingebed).',
    ownCaption: 'Organisaties die zelf persoonsgegevens verzamelen',
    organisation: 'Organisatie',
    mayCollect: 'Kan persoonsgegevens verzamelen',
  },
  transfers: {
    item: (n: number) => `Doorgifte ${n}`,
    transferred: 'Persoonsgegevens worden doorgegeven aan:',
    mayBeTransferred: 'Persoonsgegevens kunnen worden doorgegeven aan:',
    recipients: 'Ontvangers',
    countries: 'Landen',
    organisations: 'Internationale organisaties',
    groundOne: 'Grond voor de doorgifte:',
    groundOneOf: 'De doorgifte berust op een van de volgende gronden:',
    adequacyCountry: (country: string) =>
      `De Europese Commissie heeft besloten dat het volgende land een passend beschermingsniveau waarborgt ` +
      `(${cite('Art 45(3)')}): ${country}.`,
    adequacyCountryDirective: (country: string) =>
      `De Europese Commissie heeft besloten dat het volgende land een passend beschermingsniveau waarborgt, bij ` +
      `een besluit op grond van Richtlijn 95/46/EG dat van kracht blijft (${cite('Art 45(9)')}): ${country}.`,
    adequacyOrganisation: (organisation: string) =>
      `De Europese Commissie heeft besloten dat de volgende internationale organisatie een passend ` +
      `beschermingsniveau waarborgt (${cite('Art 45(3)')}): ${organisation}.`,
    adequacyGeneric: `Een adequaatheidsbesluit van de Europese Commissie (${cite('Art 45(3)')}).`,
    adequacyScope: {
      CA:
        'Het besluit geldt alleen voor ontvangers die onder de Canadese Personal Information Protection and ' +
        'Electronic Documents Act (PIPEDA) vallen, dat wil zeggen organisaties die persoonsgegevens verwerken in ' +
        'het kader van commerciële activiteiten.',
      IL:
        'Het besluit geldt voor geautomatiseerde internationale doorgiften, en voor niet-geautomatiseerde ' +
        'doorgiften die in Israël verder geautomatiseerd worden verwerkt.',
      JP:
        'Het besluit geldt alleen voor ontvangers die ondernemers zijn die persoonlijke informatie verwerken in de ' +
        'zin van de Japanse Act on the Protection of Personal Information (APPI), en die de aanvullende regels ' +
        'toepassen.',
      KR:
        'Het besluit geldt voor ontvangers die onder de Personal Information Protection Act (PIPA) van de ' +
        'Republiek Korea vallen, maar niet voor persoonlijke kredietinformatie die wordt verwerkt door financiële ' +
        'instellingen onder toezicht van de Financial Services Commission.',
    },
    adequacyScopeOther: (scope: string) => `Het besluit geldt alleen voor: ${scope}.`,
    dpf:
      `De Europese Commissie heeft besloten dat de Verenigde Staten een passend beschermingsniveau waarborgen voor ` +
      `organisaties die zijn gecertificeerd onder het EU-VS-kader voor gegevensbescherming (${cite('Art 45(3)')}); ` +
      `de doorgifte berust op de certificering van de ontvanger.`,
    safeguards: (what: string, article: string) => `Passende waarborgen (${article}): ${what}.`,
    safeguard: {
      scc: [
        'standaardbepalingen inzake gegevensbescherming die door de Europese Commissie zijn vastgesteld',
        'Art 46(2)(c)',
      ],
      bcr: [
        'bindende bedrijfsvoorschriften die door de bevoegde toezichthoudende autoriteit zijn goedgekeurd',
        'Art 47',
      ],
      'legally-binding-instrument': [
        'een juridisch bindend en afdwingbaar instrument tussen overheidsinstanties of -organen',
        'Art 46(2)(a)',
      ],
      'code-of-conduct': [
        'een goedgekeurde gedragscode, samen met bindende en afdwingbare toezeggingen van de ontvanger om de ' +
          'passende waarborgen toe te passen',
        'Art 46(2)(e)',
      ],
      certification: [
        'een goedgekeurd certificeringsmechanisme, samen met bindende en afdwingbare toezeggingen van de ontvanger ' +
          'om de passende waarborgen toe te passen',
        'Art 46(2)(f)',
      ],
      'ad-hoc-clauses': [
        'contractbepalingen met de ontvanger, toegestaan door de bevoegde toezichthoudende autoriteit',
        'Art 46(3)(a)',
      ],
    },
    derogation: (because: string) =>
      `Zonder adequaatheidsbesluit of passende waarborgen vindt de doorgifte plaats ${because}.`,
    because: {
      'derogation-contract':
        `omdat zij noodzakelijk is voor de uitvoering van een overeenkomst tussen u en ons of voor de uitvoering ` +
        `van op uw verzoek genomen precontractuele maatregelen (${cite('Art 49(1)(b)')})`,
      'derogation-contract-in-interest':
        `omdat zij noodzakelijk is voor de sluiting of de uitvoering van een in uw belang tussen ons en een andere ` +
        `persoon gesloten overeenkomst (${cite('Art 49(1)(c)')})`,
      'derogation-public-interest': `omdat zij noodzakelijk is om gewichtige redenen van algemeen belang (${cite('Art 49(1)(d)')})`,
      'derogation-legal-claims':
        `omdat zij noodzakelijk is voor de instelling, uitoefening of onderbouwing van een rechtsvordering ` +
        `(${cite('Art 49(1)(e)')})`,
      'derogation-vital-interests':
        `omdat zij noodzakelijk is voor de bescherming van uw vitale belangen of die van andere personen, wanneer u ` +
        `lichamelijk of juridisch niet in staat bent uw toestemming te geven (${cite('Art 49(1)(f)')})`,
      'derogation-public-register':
        `vanuit een register dat volgens het Unierecht of het lidstatelijke recht tot voorlichting van het publiek ` +
        `dient en ter raadpleging openstaat (${cite('Art 49(1)(g)')})`,
    },
    derogationConsent:
      `Zonder adequaatheidsbesluit of passende waarborgen vindt de doorgifte alleen plaats als u er uitdrukkelijk ` +
      `mee hebt ingestemd nadat u bent ingelicht over de risico’s die zij voor u kan inhouden ` +
      `(${cite('Art 49(1)(a)')}). Die risico’s houden in dat uw gegevens daar, zonder adequaatheidsbesluit of ` +
      `passende waarborgen, mogelijk niet worden beschermd zoals in de Europese Economische Ruimte, en dat u daar ` +
      `uw rechten mogelijk niet kunt afdwingen of geen doeltreffende voorziening in rechte kunt krijgen.`,
    derogationCompelling:
      `Zonder adequaatheidsbesluit of passende waarborgen, en wanneer geen andere grond van toepassing is, vindt ` +
      `de doorgifte plaats omdat zij noodzakelijk is voor dwingende gerechtvaardigde belangen die wij nastreven en ` +
      `die niet ondergeschikt zijn aan uw belangen of rechten en vrijheden. Deze grond is alleen beschikbaar voor ` +
      `een doorgifte die niet repetitief is, slechts een beperkt aantal personen betreft en waarvoor wij passende ` +
      `waarborgen hebben geboden; de toezichthoudende autoriteit wordt van de doorgifte in kennis gesteld ` +
      `(${cite('Art 49(1) second subparagraph')}).`,
    compellingInterest: 'De dwingende gerechtvaardigde belangen:',
    otherGround: (label: string) => `Vermelde grond: ${label}.`,
    copy: 'Hoe u een kopie van de waarborgen verkrijgt',
  },
  rights: {
    intro: 'U hebt de volgende rechten met betrekking tot uw persoonsgegevens.',
    text: {
      access:
        `U kunt uitsluitsel verkrijgen over het al dan niet verwerken van persoonsgegevens die op u betrekking ` +
        `hebben en, wanneer dat het geval is, inzage in die gegevens en de volgende informatie: de ` +
        `verwerkingsdoeleinden; de betrokken categorieën van persoonsgegevens; de ontvangers of categorieën van ` +
        `ontvangers, met name ontvangers in derde landen of internationale organisaties, en de passende waarborgen ` +
        `voor doorgiften naar een derde land of een internationale organisatie; de periode gedurende welke de gegevens naar verwachting worden opgeslagen of, als dat niet ` +
        `mogelijk is, de criteria om die termijn te bepalen; uw recht om rectificatie of wissing van de gegevens of ` +
        `beperking van de verwerking te vragen, en uw recht om bezwaar te maken tegen de verwerking; uw recht om ` +
        `klacht in te dienen bij een toezichthoudende autoriteit; wanneer de gegevens niet bij u zijn verzameld, ` +
        `alle beschikbare informatie over de bron ervan; en het bestaan van geautomatiseerde besluitvorming, met ` +
        `inbegrip van profilering, met nuttige informatie over de onderliggende logica en het belang en de ` +
        `verwachte gevolgen van die verwerking voor u (${cite('Art 15(1), 15(2)')}). U kunt een kopie van de ` +
        `gegevens verkrijgen; dat recht doet geen afbreuk aan de rechten en vrijheden van anderen ` +
        `(${cite('Art 15(3), 15(4)')}).`,
      rectification:
        `U kunt onverwijld rectificatie verkrijgen van onjuiste persoonsgegevens die op u betrekking hebben en, met ` +
        `inachtneming van de doeleinden van de verwerking, vervollediging van onvolledige gegevens, onder meer door ` +
        `een aanvullende verklaring te verstrekken (${cite('Art 16')}).`,
      erasure:
        `U kunt onverwijld wissing verkrijgen van persoonsgegevens die op u betrekking hebben wanneer een van de ` +
        `volgende gevallen van toepassing is: de gegevens zijn niet langer nodig voor de doeleinden waarvoor zij ` +
        `zijn verzameld of anderszins verwerkt; u trekt de toestemming in waarop de verwerking berust en er is geen ` +
        `andere rechtsgrond voor de verwerking; u maakt bezwaar op grond van ${cite('Art 21(1)')} en er zijn geen ` +
        `prevalerende dwingende gerechtvaardigde gronden voor de verwerking, of u maakt bezwaar op grond van ` +
        `${cite('Art 21(2)')}; de gegevens zijn onrechtmatig verwerkt; de gegevens moeten worden gewist om te ` +
        `voldoen aan een wettelijke verplichting; of de gegevens zijn verzameld in verband met een aanbod van ` +
        `diensten van de informatiemaatschappij aan een kind (${cite('Art 17(1)')}). Dit recht geldt niet voor ` +
        `zover de verwerking nodig is voor het uitoefenen van het recht op vrijheid van meningsuiting en ` +
        `informatie; voor het nakomen van een wettelijke verplichting of voor het vervullen van een taak van ` +
        `algemeen belang of van een taak in het kader van de uitoefening van het openbaar gezag; om redenen van ` +
        `algemeen belang op het gebied van de volksgezondheid; met het oog op archivering in het algemeen belang, ` +
        `wetenschappelijk of historisch onderzoek of statistische doeleinden, voor zover wissing de verwezenlijking ` +
        `van die doeleinden onmogelijk zou maken of ernstig in het gedrang zou brengen; of voor de instelling, ` +
        `uitoefening of onderbouwing van een rechtsvordering (${cite('Art 17(3)')}).`,
      restriction:
        `U kunt beperking van de verwerking van persoonsgegevens die op u betrekking hebben verkrijgen wanneer: u ` +
        `de juistheid van de gegevens betwist, gedurende een periode die ons in staat stelt die te controleren; de ` +
        `verwerking onrechtmatig is en u zich tegen het wissen van de gegevens verzet en in plaats daarvan om ` +
        `beperking van het gebruik ervan verzoekt; wij de gegevens niet meer nodig hebben voor de ` +
        `verwerkingsdoeleinden, maar u ze nodig hebt voor de instelling, uitoefening of onderbouwing van een ` +
        `rechtsvordering; of u bezwaar hebt gemaakt op grond van ${cite('Art 21(1)')}, in afwachting van het ` +
        `antwoord op de vraag of onze gerechtvaardigde gronden zwaarder wegen dan die van u (${cite('Art 18(1)')}). ` +
        `De gegevens worden dan, met uitzondering van de opslag ervan, alleen verwerkt met uw toestemming, voor de ` +
        `instelling, uitoefening of onderbouwing van een rechtsvordering, ter bescherming van de rechten van een ` +
        `andere persoon of om gewichtige redenen van algemeen belang (${cite('Art 18(2)')}); wij brengen u op de ` +
        `hoogte voordat de beperking wordt opgeheven (${cite('Art 18(3)')}).`,
      portability:
        `Wanneer de verwerking berust op uw toestemming of op een overeenkomst en via geautomatiseerde procedés ` +
        `wordt verricht, kunt u de persoonsgegevens die op u betrekking hebben en die u aan ons hebt verstrekt, in ` +
        `een gestructureerde, gangbare en machineleesbare vorm verkrijgen en aan een andere ` +
        `verwerkingsverantwoordelijke overdragen; indien dit technisch mogelijk is, kunt u ze rechtstreeks door ons ` +
        `aan een andere verwerkingsverantwoordelijke laten doorzenden (${cite('Art 20(1), 20(2)')}). Dat recht ` +
        `geldt niet voor de verwerking die noodzakelijk is voor de vervulling van een taak van algemeen belang of van ` +
        `een taak in het kader van de uitoefening van het openbaar gezag (${cite('Art 20(3)')}), en doet geen ` +
        `afbreuk aan de rechten en vrijheden van anderen (${cite('Art 20(4)')}).`,
      objection:
        `U kunt bezwaar maken tegen een verwerking op grond van onze gerechtvaardigde belangen of van een taak van ` +
        `algemeen belang of in het kader van de uitoefening van het openbaar gezag, en te allen tijde tegen direct ` +
        `marketing (${cite('Art 21')}).`,
      'automated-decisions':
        `U hebt het recht niet te worden onderworpen aan een uitsluitend op geautomatiseerde verwerking, waaronder ` +
        `profilering, gebaseerd besluit waaraan voor u rechtsgevolgen zijn verbonden of dat u anderszins in ` +
        `aanmerkelijke mate treft, tenzij het besluit noodzakelijk is voor een overeenkomst met u, bij wet is ` +
        `toegestaan of berust op uw uitdrukkelijke toestemming; wanneer het noodzakelijk is voor een overeenkomst ` +
        `of berust op uw uitdrukkelijke toestemming, hebt u recht op menselijke tussenkomst van onze kant, het recht ` +
        `uw standpunt kenbaar te maken en het recht het besluit aan te vechten (${cite('Art 22(1), 22(2), 22(3)')}).`,
      'withdraw-consent':
        `Wanneer de verwerking berust op uw toestemming, kunt u die te allen tijde intrekken, even eenvoudig als u ` +
        `ze hebt gegeven; het intrekken laat de rechtmatigheid van de verwerking op basis van de toestemming vóór ` +
        `de intrekking onverlet (${cite('Art 7(3)')}).`,
      complaint: 'U kunt een klacht indienen bij een toezichthoudende autoriteit (zie hieronder ‘Klachten’).',
    },
    objectionHeading: 'Uw recht van bezwaar',
    objectionLead: (citation: string) => citation,
    objectionHow: (contact: string) => `Om bezwaar te maken, neemt u contact met ons op via ${contact}.`,
    objectionHowFallback: `Om bezwaar te maken, neemt u contact met ons op via de gegevens onder ${WHO}.`,
    exerciseHeading: 'Hoe u uw rechten uitoefent',
    exercise: (contact: string) => `Om een van deze rechten uit te oefenen, neemt u contact met ons op via ${contact}.`,
    exerciseFallback: `Om een van deze rechten uit te oefenen, neemt u contact met ons op via de gegevens onder ${WHO}.`,
    responseTime: (time: string) =>
      `Wij informeren u onverwijld en in ieder geval binnen ${time === '1 maand' ? 'één maand' : time} na ` +
      `ontvangst van uw verzoek over het ` +
      `gevolg dat eraan is gegeven. Afhankelijk van de complexiteit en het aantal verzoeken kan die termijn ` +
      `indien nodig met nog eens twee maanden worden verlengd; in dat geval stellen wij u binnen één maand ` +
      `na ontvangst van uw verzoek in kennis van die verlenging en van de redenen voor de vertraging (${cite('Art 12(3)')}).`,
    free:
      `De uitoefening van deze rechten is kosteloos. De wet staat een verwerkingsverantwoordelijke alleen toe een ` +
      `redelijke vergoeding in het licht van de administratieve kosten aan te rekenen, of te weigeren gevolg te ` +
      `geven aan een verzoek, wanneer het verzoek kennelijk ongegrond of buitensporig is, met name vanwege het ` +
      `repetitieve karakter ervan (${cite('Art 12(5)')}), en voor bijkomende kopieën van de gegevens een ` +
      `redelijke vergoeding op basis van de administratieve kosten aan te rekenen (${cite('Art 15(3)')}).`,
    portabilityPurposes: (list: string) =>
      `Het geldt voor de gegevens die u ons hebt verstrekt voor de volgende doeleinden: ${list}.`,
    citation: (label: string, article: string) => `${label} (${article})`,
    restrictedBy: (law: string) => `Bij wet beperkt: ${law}`,
    restrictionScope: 'Betrokken gevallen:',
  },
  objection: {
    general:
      `U hebt het recht om te allen tijde, vanwege met uw specifieke situatie verband houdende redenen, ` +
      `bezwaar te maken tegen de verwerking van uw persoonsgegevens op grond van onze gerechtvaardigde ` +
      `belangen of van een taak van algemeen belang of in het kader van de uitoefening van het openbaar gezag dat ` +
      `aan ons is verleend, met inbegrip van profilering op basis van die bepalingen (${cite('Art 21(1)')}). Wij ` +
      `staken die verwerking dan, tenzij wij dwingende gerechtvaardigde gronden voor de verwerking aanvoeren die ` +
      `zwaarder wegen dan uw belangen, rechten en vrijheden, of die verband houden met de instelling, uitoefening ` +
      `of onderbouwing van een rechtsvordering.`,
    directMarketing:
      `Wanneer wij uw persoonsgegevens voor direct marketing verwerken, hebt u het recht om te allen tijde, ` +
      `zonder opgave van redenen, bezwaar te maken tegen die verwerking, met inbegrip van profilering die ` +
      `betrekking heeft op direct marketing (${cite('Art 21(2)')}). Als u bezwaar maakt, verwerken wij ` +
      `uw persoonsgegevens niet meer voor die doeleinden (${cite('Art 21(3)')}).`,
    research:
      `Wanneer wij uw persoonsgegevens verwerken met het oog op wetenschappelijk of historisch onderzoek ` +
      `of statistische doeleinden, hebt u het recht om vanwege met uw specifieke situatie verband houdende ` +
      `redenen bezwaar te maken tegen die verwerking, tenzij de verwerking noodzakelijk is voor de uitvoering ` +
      `van een taak van algemeen belang (${cite('Art 21(6)')}).`,
    concerned: 'Dit betreft:',
  },
  exercise: {
    named: (name: string, how: string) =>
      `Om een van deze rechten uit te oefenen, neemt u contact op met de volgende persoon: ${name}${how ? ` (${how})` : ''}.`,
    channels: 'U kunt uw verzoek indienen:',
    channel: (kind: string, value: string) => (value ? `${kind}: ${value}` : kind),
    identityHeading: 'Bevestiging van uw identiteit',
    identityIntro:
      `Wanneer wij redelijke twijfel hebben over de identiteit van de persoon die een verzoek indient, kunnen wij ` +
      `om de aanvullende informatie vragen die nodig is om die identiteit te bevestigen (${cite('Art 12(6)')}).`,
    identityHow: 'Hoe wij de identiteit bevestigen:',
  },
  complaints: {
    authority: (name: string) => `Toezichthoudende autoriteit die voor ons bevoegd is: ${name}`,
    directory: (link: string) => `Lijst van toezichthoudende autoriteiten: ${link}`,
    webform: 'Klachtenformulier',
  },
  automated: {
    none:
      `Wij nemen over u geen besluiten die uitsluitend op geautomatiseerde verwerking, waaronder profilering, ` +
      `zijn gebaseerd en waaraan voor u rechtsgevolgen zijn verbonden of die u anderszins in aanmerkelijke ` +
      `mate treffen (${cite('Art 22')}).`,
    intro:
      `Wij nemen de volgende besluiten die uitsluitend op geautomatiseerde verwerking, waaronder profilering, ` +
      `zijn gebaseerd (${cite('Art 22')}).`,
    logic: 'Onderliggende logica',
    significance: 'Belang en gevolgen voor u',
    ground: 'Grondslag van het besluit',
    safeguards:
      `U hebt het recht op menselijke tussenkomst van onze kant, het recht uw standpunt kenbaar te maken ` +
      `en het recht het besluit aan te vechten (${cite('Art 22(3)')}).`,
    lawSafeguards:
      `De wet die dit besluit toestaat, voorziet in passende maatregelen ter bescherming van uw rechten ` +
      `en vrijheden en uw gerechtvaardigde belangen (${cite('Art 22(2)(b)')}).`,
  },
  cookies: {
    intro: 'Onze website gebruikt de volgende cookies en vergelijkbare technologieën.',
    caption: 'Cookies en vergelijkbare technologieën',
    name: 'Naam',
    description: 'Beschrijving',
    provider: 'Aanbieder',
    purpose: 'Doel',
    duration: 'Duur',
    type: 'Soort',
    party: 'Herkomst',
    session: 'Tot u uw browser sluit',
    settingsHeading: 'Uw keuzes over cookies',
  },
  security: {
    intro: `Wij beschermen uw persoonsgegevens met de volgende technische en organisatorische maatregelen (${cite('Art 32')}).`,
  },
  missing: {
    'missing-retention': `Bewaartermijn ontbreekt — ${cite('Art 13(2)(a)')}`,
    'missing-legal-basis': `Rechtsgrond ontbreekt — ${cite('Art 13(1)(c)')}`,
    'missing-legitimate-interest': `Gerechtvaardigd belang niet vermeld — ${cite('Art 13(1)(d)')}`,
    'missing-special-category-condition': `Uitzonderingsgrond voor bijzondere categorieën ontbreekt — ${cite('Art 9(2)')}`,
    'missing-law-reference': `Wet die de wettelijke verplichting vastlegt niet vermeld — ${cite('Art 13(1)(c)')}`,
    'missing-controller-contact': `Contactgegevens van de verwerkingsverantwoordelijke ontbreken — ${cite('Art 13(1)(a)')}`,
    'missing-dpo': `Niet vermeld of een functionaris voor gegevensbescherming is aangewezen — ${cite('Art 13(1)(b)')}`,
    'missing-automated-decisions': `Geautomatiseerde besluitvorming niet vermeld — ${cite('Art 13(2)(f)')}`,
    'missing-source': `Bron van de gegevens ontbreekt — ${cite('Art 14(2)(f)')}`,
    'missing-provision':
      `Niet vermeld of de verstrekking wettelijk of contractueel verplicht is en wat de gevolgen van ` +
      `niet-verstrekking zijn — ${cite('Art 13(2)(e)')}`,
    'missing-provision/beside-consequence': `Niet vermeld of de verstrekking wettelijk of contractueel verplicht is — ${cite('Art 13(2)(e)')}`,
    'missing-transfer-safeguard':
      `Grond voor de doorgifte (adequaatheidsbesluit, soort waarborg of afwijking) niet gespecificeerd — ` +
      `${cite('Art 13(1)(f)')}`,
    'missing-transfer-copy': `Niet vermeld hoe een kopie van de waarborgen te verkrijgen is — ${cite('Art 13(1)(f)')}`,
    'missing-compelling-interest': `Dwingende gerechtvaardigde belangen niet vermeld — ${cite('Art 49(1) second subparagraph')}`,
    'transfer-without-destination': `Bestemming van de doorgifte niet vermeld — ${cite('Art 13(1)(f)')}`,
    'missing-consequence': `Gevolgen van niet-verstrekking niet vermeld — ${cite('Art 13(2)(e)')}`,
    'unknown-reference': 'Niet gedefinieerd in het document',
    'missing-parental-consent': `Hoe ouders toestemming geven niet vermeld — ${cite('Art 8(2)')}`,
    'missing-joint-arrangement':
      `Wezenlijke inhoud van de regeling tussen gezamenlijke verwerkingsverantwoordelijken ontbreekt — ` +
      `${cite('Art 26(2)')}`,
    'restriction-without-law': `Beperkende wet niet vermeld — ${cite('Art 23(2)')}`,
    'unnamed-cookie': 'Naam van de cookie niet vermeld — art. 5, lid 3, Richtlijn 2002/58/EG',
    'missing-field/title': 'Titel van de privacyverklaring niet vermeld',
    'missing-field/section-title': 'Titel van dit onderdeel niet vermeld',
    'missing-field/controller': `Naam en contactgegevens van de verwerkingsverantwoordelijke niet vermeld — ${cite('Art 13(1)(a)')}`,
    'missing-field/controller-name': `Naam van de verwerkingsverantwoordelijke niet vermeld — ${cite('Art 13(1)(a)')}`,
    'missing-field/purposes': `Verwerkingsdoeleinden niet vermeld — ${cite('Art 13(1)(c)')}`,
    'missing-field/data': 'Categorieën van persoonsgegevens niet vermeld',
    'missing-field/purpose-data': 'Gebruikte gegevens voor dit doeleinde niet vermeld',
    'invalid-mechanism': INVALID_MECHANISM.nl,
  },
  placeholder: (what: string) => `In te vullen: ${what}`,
  renderFailed:
    'Deze privacyverklaring kan niet worden weergegeven omdat de bron ervan niet kon worden gelezen. ' +
    'Neem contact op met de organisatie die ze heeft gepubliceerd.',
};
