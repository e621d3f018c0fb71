// Whom each German supervisory authority of the catalogue supervises (rule `authority-scope`), as of SCOPES_AS_OF.
// In Germany the state authorities supervise the private bodies established in their state (§ 40(1) BDSG) and, under
// each state's data-protection act, its public bodies; only Bavaria splits the two (Art 15 and Art 18 BayDSG). The
// federal commissioner supervises federal public bodies and some sectors (§ 9 BDSG; telecommunications, § 29 TDDDG;
// postal services, § 72(1) PostG). Churches with their own comprehensive rules have their own authorities (Art 91
// GDPR), and so do public broadcasters for journalistic processing (Art 85(2)). Sources: the research file of
// 2026-12-07 (official: gesetze-bayern.de for Art 1, 15 and 18 BayDSG; the BfDI's list of specific authorities;
// rundfunkdatenschutz.de; the authorities' own pages; the BDSG and TDDDG texts from secondary sources, as noted).

/** The bodies an authority supervises. */
export type AuthorityBodies = 'public' | 'private' | 'both' | 'federal-and-sectors' | 'church' | 'broadcasting';

export interface AuthorityScope {
  bodies: AuthorityBodies;
  /** Whom it supervises, in English, for messages. */
  covers: string;
  /** The provisions that give it its competence. */
  legalBasis: string;
  /** For church and broadcasting authorities: words in a controller's name that show it is one of their bodies. */
  ownBodies?: RegExp;
  /** What the source for the scope is, when not the official text. */
  unverified?: string;
}

export const SCOPES_AS_OF = '2026-12-07';

const STATE = (state: string): AuthorityScope => ({
  bodies: 'both',
  covers: `the public bodies of ${state} and the private bodies established there`,
  legalBasis: "§ 40(1) BDSG and the state's data-protection act",
});

const CATHOLIC =
  /\b(?:katholisch\w*|bistum|bist(?:ü|ue)mer|erzbistum|di(?:ö|oe)zes\w*|caritas|pfarr\w*|kirchengemeinde|orden)\b/i;

/** By catalogue slug (catalogues/data/authorities.json). */
export const AUTHORITY_SCOPES: Readonly<Record<string, AuthorityScope>> = {
  debaylda: {
    bodies: 'private',
    covers:
      'private (non-public) bodies in Bavaria, and public-law financial-services undertakings such as savings banks, ' +
      'which Art 1(2) BayDSG treats as non-public bodies',
    legalBasis: 'Art 18 BayDSG; § 40(1) BDSG',
  },
  debayldb: {
    bodies: 'public',
    covers: 'the public bodies of Bavaria (not the savings banks and other public-law financial-services undertakings)',
    legalBasis: 'Art 15 BayDSG',
  },
  debfdi: {
    bodies: 'federal-and-sectors',
    covers:
      'the public bodies of the Federation, undertakings providing telecommunications services commercially, postal ' +
      'undertakings and, within the Abgabenordnung, the tax authorities',
    legalBasis: '§ 9(1) BDSG; § 29 TDDDG; § 72(1) PostG',
    unverified: 'the text of § 9 BDSG, § 29 TDDDG and § 72 PostG was read in secondary sources (2026-12-07)',
  },
  deekdbfd: {
    bodies: 'church',
    covers:
      'the Protestant Church in Germany (EKD), its member churches and the church and diaconal institutions assigned ' +
      'to them, under the DSG-EKD',
    legalBasis: 'Art 91 GDPR; DSG-EKD',
    ownBodies: /\b(?:evangelisch\w*|diakon\w*|ekd|landeskirche|kirchengemeinde|kirchenkreis|protestant\w*)\b/i,
  },
  dekathbayddsb: {
    bodies: 'church',
    covers: 'the Catholic bodies of the Bavarian (arch)dioceses, under the KDG',
    legalBasis: 'Art 91 GDPR; § 42 KDG',
    ownBodies: CATHOLIC,
  },
  dekathdsz: {
    bodies: 'church',
    covers: 'the Catholic bodies of the (arch)dioceses of Aachen, Essen, Cologne, Münster (not Vechta) and Paderborn',
    legalBasis: 'Art 91 GDPR; § 42 KDG',
    ownBodies: CATHOLIC,
  },
  dekathffdsz: {
    bodies: 'church',
    covers:
      'the Catholic bodies of the (arch)dioceses of Freiburg, Fulda, Limburg, Mainz, Rottenburg-Stuttgart, Speyer ' +
      'and Trier',
    legalBasis: 'Art 91 GDPR; § 42 KDG',
    ownBodies: CATHOLIC,
  },
  dekathnordddsb: {
    bodies: 'church',
    covers: 'the Catholic bodies of the Archdiocese of Hamburg, the dioceses of Hildesheim and Osnabrück, and Vechta',
    legalBasis: 'Art 91 GDPR; § 42 KDG',
    ownBodies: CATHOLIC,
  },
  dekathostddsb: {
    bodies: 'church',
    covers: "the Catholic bodies of the east German (arch)dioceses and of the Catholic Military Bishop's office",
    legalBasis: 'Art 91 GDPR; § 42 KDG',
    ownBodies: /\b(?:katholisch\w*|bistum|erzbistum|di(?:ö|oe)zes\w*|caritas|pfarr\w*|milit(?:ä|ae)rbisch\w*)\b/i,
  },
  derf: {
    bodies: 'broadcasting',
    covers:
      'the public broadcasters BR, MDR, SR, SWR, WDR, Deutschlandradio and ZDF, and HR and rbb for journalistic ' +
      'processing',
    legalBasis: 'Art 85(2) GDPR; the broadcasters’ statutes and interstate treaties',
    ownBodies:
      /\b(?:bayerischer rundfunk|br|hessischer rundfunk|hr|mitteldeutscher rundfunk|mdr|rundfunk berlin-brandenburg|rbb|saarl(?:ä|ae)ndischer rundfunk|sr|s(?:ü|ue)dwestrundfunk|swr|westdeutscher rundfunk|wdr|deutschlandradio|zdf|zweites deutsches fernsehen)\b/i,
  },
  derfdw: {
    bodies: 'broadcasting',
    covers: 'Deutsche Welle, for processing for journalistic purposes (the BfDI supervises the rest)',
    legalBasis: 'Art 85(2) GDPR; Deutsche-Welle-Gesetz',
    ownBodies: /\b(?:deutsche welle|dw)\b/i,
  },
  debawueldb: STATE('Baden-Württemberg'),
  deberlbdi: STATE('Berlin'),
  debralda: STATE('Brandenburg'),
  debrelfdi: STATE('Bremen'),
  dehessbdi: STATE('Hesse'),
  dehmbbfdi: STATE('Hamburg'),
  demvldi: STATE('Mecklenburg-Western Pomerania'),
  dendslfd: STATE('Lower Saxony'),
  denrwldi: STATE('North Rhine-Westphalia'),
  derlpbdi: STATE('Rhineland-Palatinate'),
  desaarudz: STATE('Saarland'),
  desaechsdsb: STATE('Saxony'),
  desalbd: STATE('Saxony-Anhalt'),
  deshuld: STATE('Schleswig-Holstein'),
  detlfdi: STATE('Thuringia'),
};

/** Other names authors write for the authorities whose scope is split (their usual abbreviations). */
export const AUTHORITY_ALIASES: Readonly<Record<string, string>> = {
  baylda: 'debaylda',
  'bayerisches landesamt für datenschutzaufsicht': 'debaylda',
  baylfd: 'debayldb',
  'bayerischer landesbeauftragter für den datenschutz': 'debayldb',
  'der bayerische landesbeauftragte für den datenschutz': 'debayldb',
  bfdi: 'debfdi',
  'bundesbeauftragte für den datenschutz und die informationsfreiheit': 'debfdi',
  'der bundesbeauftragte für den datenschutz und die informationsfreiheit': 'debfdi',
};
