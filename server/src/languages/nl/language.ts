// Dutch (Belgian usage): its descriptor (see ../language.ts). The notice's generated text is ./notice.ts.
import countries from 'i18n-iso-countries/langs/nl.json';
import type { NoticeLanguage } from '../language';

export const nl: NoticeLanguage = {
  tag: 'nl',
  name: 'Nederlands',
  englishName: 'Dutch',
  meaning: 'Generated headings and sentences in Dutch (Belgian usage), in the terms of the Dutch GDPR text (AVG).',
  recitalWord: 'Overweging',
  locale: 'nl-BE',
  // The Dutch "official" names are the full names of states ("Koninkrijk België", "Zwitserse Bondsstaat"), where
  // the other languages give the usual ones; a notice names countries the usual way ("België", "Zwitserland").
  countryNames: { data: countries, select: 'alias' },
  durationUnits: {
    minute: ['minuut', 'minuten'],
    hour: ['uur', 'uren'],
    day: ['dag', 'dagen'],
    week: ['week', 'weken'],
    month: ['maand', 'maanden'],
    year: ['jaar', 'jaren'],
  },
  vagueRetention: [
    'zo ?lang (?:als )?(?:dat )?(?:strikt )?(?:nodig|noodzakelijk|vereist)(?: is)?',
    'niet langer dan (?:strikt )?(?:nodig|noodzakelijk|vereist)',
    '(?:voor |)onbepaalde (?:tijd|duur)|onbeperkt|voor altijd',
    '(?:een |)redelijke (?:termijn|periode|tijd)',
    '(?:de |)(?:nodige|noodzakelijke|vereiste) (?:termijn|periode|tijd|duur)',
  ],
  // "mogelijk" is left out: "zo snel mogelijk" (as soon as possible) is not a hedge.
  hedgeWords: ['kan', 'kunnen', 'zou', 'zouden', 'sommige', 'eventueel', 'soms', 'vaak'],
  citationWords: {
    article: ['art', 'artikel(?:en)?'],
    recital: ['overweging(?:en)?'],
    paragraph: ['lid', 'par', '§'],
    subparagraph: ['alinea', 'al'],
    point: ['punt', 'punten', 'onder', 'sub'],
    list: ['en', 'of'],
    range: ['tot en met', 't/m', 'tot'],
    sequel: ['e.v.'],
    of: ['van', 'de'],
    determiners: ['de', 'het', 'deze'],
    otherLaw: ['richtlijn', 'handvest', 'verdrag', 'wet', 'evrm', 'vweu'],
    leadLaw: ['wetboek', 'besluit', 'boek'],
    notLaws: ['eer'],
    quantities: ['keer'],
  },
};
