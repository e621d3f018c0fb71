// German: its descriptor (see ../language.ts). The notice's generated text is ./notice.ts.
import countries from 'i18n-iso-countries/langs/de.json';
import type { NoticeLanguage } from '../language';

export const de: NoticeLanguage = {
  tag: 'de',
  name: 'Deutsch',
  englishName: 'German',
  meaning: 'Generated headings and sentences in German, in the terms of the German GDPR text (DSGVO).',
  recitalWord: 'Erwägungsgrund',
  locale: 'de-DE',
  countryNames: { data: countries, select: 'official' },
  // Also the dative plural ("nach 10 Jahren"), which authors write after a preposition.
  durationUnits: {
    minute: ['minute', 'minuten'],
    hour: ['stunde', 'stunden'],
    day: ['tag', 'tage', 'tagen'],
    week: ['woche', 'wochen'],
    month: ['monat', 'monate', 'monaten'],
    year: ['jahr', 'jahre', 'jahren'],
  },
  vagueRetention: [
    'so ?lange? (?:wie |als |)(?:dies |es |)(?:nötig|notwendig|erforderlich)(?: ist)?',
    'nicht länger als (?:unbedingt |)(?:nötig|notwendig|erforderlich)',
    '(?:auf |für |)unbestimmte Zeit|unbefristet|unbegrenzt|für immer',
    '(?:eine |einen |)angemessene[nr]? (?:Frist|Zeit|Dauer|Zeitraum)',
    '(?:für |)die (?:erforderliche|notwendige|nötige) (?:Dauer|Zeit|Frist)',
  ],
  hedgeWords: [
    'kann',
    'können',
    'könnte',
    'könnten',
    'einige',
    'eventuell',
    'möglicherweise',
    'gegebenenfalls',
    'manchmal',
    'oft',
  ],
  citationWords: {
    article: ['art', 'artikel'],
    recital: ['erw(?:ä|ae)gungsgr(?:u|ü|ue)nde?n?', 'erwgr?'],
    paragraph: ['abs', 'absatz', '§'],
    subparagraph: ['satz', 'uabs', 'unterabsatz', 's'],
    point: ['lit', 'litt', 'litera', 'buchstabe'],
    list: ['und', 'oder', 'sowie'],
    range: ['bis'],
    sequel: ['ff.', 'ff'],
    of: ['der'],
    determiners: ['die', 'dieser'],
    otherLaw: ['richtlinie', 'charta', 'vertrag', 'gesetz', 'gesetzes', 'aeuv', 'emrk'],
    leadLaw: ['gesetzbuch', 'buch'],
    notLaws: ['ewr'],
    quantities: ['mal', 'prozent'],
  },
};
