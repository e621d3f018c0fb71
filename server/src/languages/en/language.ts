// English: its descriptor (see ../language.ts). The notice's generated text is ./notice.ts.
import countries from 'i18n-iso-countries/langs/en.json';
import type { NoticeLanguage } from '../language';

export const en: NoticeLanguage = {
  tag: 'en',
  name: 'English',
  englishName: 'English',
  meaning: 'Generated headings and sentences in English.',
  recitalWord: 'Recital',
  locale: 'en-GB',
  countryNames: { data: countries, select: 'official' },
  durationUnits: {
    minute: ['minute', 'minutes'],
    hour: ['hour', 'hours'],
    day: ['day', 'days'],
    week: ['week', 'weeks'],
    month: ['month', 'months'],
    year: ['year', 'years'],
  },
  vagueRetention: [
    'as long as (?:is )?(?:necessary|needed|required|useful|appropriate)',
    '(?:no|not any) longer than (?:is )?(?:necessary|needed|required|strictly necessary)',
    'indefinitely|forever|unlimited',
    'a reasonable (?:period|time)',
    'for the (?:necessary|required) (?:period|time)',
    '(?:for )?the (?:period|time|duration) (?:strictly |that is )?(?:necessary|needed|required)',
    '(?:as long as|for as long as) (?:we|it) (?:need|needs|deem|consider)',
  ],
  hedgeWords: ['may', 'might', 'some', 'often', 'possibly'],
  citationWords: {
    article: ['art', 'arts', 'artt', 'articles?'],
    recital: ['recitals?'],
    paragraph: ['paragraph', 'para', 'par', '§'],
    subparagraph: ['subparagraph', 'subpara', 's', 'sentence'],
    point: ['point', 'points', 'sub', 'letter'],
    list: ['and', 'or', 'as'],
    range: ['to', 'through'],
    sequel: ['ff.', 'ff', 'et seq.'],
    of: ['of', 'from'],
    determiners: ['the', 'this'],
    otherLaw: ['directive', 'charter', 'convention', 'treaty', 'act', 'code', 'eprivacy', 'tfeu', 'echr'],
    leadLaw: ['code', 'law', 'statute', 'decree', 'book'],
    notLaws: ['eu', 'eea', 'dpo', 'us', 'uk', 'usa', 'it', 'id', 'ip', 'hr', 'cv', 'pdf', 'url', 'faq'],
    quantities: ['minutes', 'times', 'people', 'persons', 'employees', 'percent', 'euros', 'eur'],
  },
};
