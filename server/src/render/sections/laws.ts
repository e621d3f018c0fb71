// The notice under several laws (docs/language.md, "Laws"): the first law's notice, and for each further law a section
// "Additional information for people in …" with only what differs — its authority and how to complain (or report),
// its representative, the transfers that leave its territory with their grounds under it, its rights' differences,
// and the author's notes for it. When the notice's own law is not the EU GDPR, its sentences replace the catalogue's
// where they differ (complaints, transfers, response time, automated decisions, the FADP's rights). The law's words
// are its own (laws/<id>/notice.ts); this module gathers the facts from the policy and escapes every author string.
import { findTerm } from '../../vocabulary/terms';
import { isCountryCode } from '../../vocabulary/countries';
import { entryOf, fieldStr, mapOf, strOf, type PolicyModel } from '../../parser/policyModel';
import type { YMap } from '../../parser/yamlTree';
import { mechanismKind, mechanismsUnder, transferCountries, transferLaws } from '../../core/transfers';
import type { Law, LawBlock, LawFacts, LawNotice, LawTransferGround, LawTransferLine } from '../../laws';
import type { LawAutomatedText } from '../../laws/notice';
import { CATALOGUES, messages, type Messages } from '../../languages/notices';
import type { NoticeSection, RenderContext } from '../context';
import { contactHtml, emailHref, escapeHtml, multiline, urlHref } from '../html';
import { linkifyText } from '../markdown';
import { respell } from './respell';

/** The day a law's text is read at (laws bound by `at` carry it; the EU GDPR's text has one version). */
const lawDate = (law: Law) => law.date ?? '9999-12-31';

/** The law's sentences in the notice's language. */
export function noticeOf(law: Law, msg: Messages): LawNotice | undefined {
  return law.sentences?.(msg.language);
}

/** The law's sentences where they replace the catalogue's, as the notice's own law (never the EU GDPR's). */
function ownNoticeOf(law: Law | undefined, msg: Messages): LawNotice | undefined {
  const notice = law && noticeOf(law, msg);
  return notice && !notice.furtherOnly ? notice : undefined;
}

/** A GDPR provision as the notice language cites the EU GDPR, with the Regulation named (English cites it bare). */
function gdprCiter(language: string): (article: string) => string {
  const catalogue = messages(language);
  return (article) => {
    const cited = catalogue.cite(article);
    return /\b(GDPR|RGPD|AVG|DSGVO)\b/.test(cited) ? cited : `${cited} GDPR`;
  };
}

/**
 * The catalogue as the notice's own law has it (docs/language.md, "Laws"): the labels of the laws' own markers for
 * every notice, and, when the first law is not the EU GDPR, its citations and sentences where they differ.
 */
export function lawMessages(msg: Messages, laws: readonly Law[]): Messages {
  const labels: Record<string, string> = {};
  // A label several laws define (invalid-mechanism) names each: the marker stands for the problem under any of them.
  for (const law of laws)
    for (const [rule, label] of Object.entries(noticeOf(law, msg)?.missingLabels ?? {}))
      labels[rule] = labels[rule] && labels[rule] !== label ? `${labels[rule]}; ${label}` : label;
  let out: Messages = Object.keys(labels).length ? { ...msg, missing: { ...msg.missing, ...labels } } : msg;
  const first = laws[0];
  const notice = ownNoticeOf(first, msg);
  if (!first || !notice) return out;
  const date = lawDate(first);
  // A GDPR provision as the law names it, in the notice language's style; undefined where it has none.
  const own = (article: string | undefined): string | undefined => {
    if (!article) return undefined;
    const named = first.citeNamed?.(article) ?? first.cite(article);
    return named === undefined ? undefined : notice.localCitation(named);
  };
  const term: Messages['term'] = (vocabulary, value) => {
    const t = msg.term(vocabulary, value);
    if (!t) return t;
    const raw = findTerm(vocabulary, value)?.article;
    const mechanism = vocabulary === 'mechanism' ? first.mechanismProvision?.(t.id) : undefined;
    if (vocabulary === 'mechanism' && first.mechanismProblem?.(t.id)) return { ...t, article: undefined };
    return { ...t, article: mechanism ? notice.localCitation(mechanism) : own(raw) };
  };
  // The catalogue's own citations of the GDPR ("(article 32 du RGPD)", "(Art 12(6))") as the notice's law cites
  // them, or none where it has no counterpart: a UK or Swiss notice never names the EU Regulation for itself.
  out = recite(out, (article) => own(article));
  out = withResponseTime(out, first, notice);
  const o =
    notice.overrides?.(
      date,
      laws.map((l) => l.id),
    ) ?? {};
  const automated = notice.automated?.(date);
  out = {
    ...out,
    term,
    cite: (article: string) => own(article) ?? '',
    headings: {
      ...out.headings,
      transfers: notice.transfersHeading,
      complaints: notice.complaintsHeading,
      ...(o.purposesHeading ? { purposes: o.purposesHeading } : {}),
    },
    lawText: {
      ...out.lawText,
      ...(notice.outside ? { outside: notice.outside } : {}),
      transfersHeading: notice.transfersHeading,
      transfersIntro: notice.transfersIntro,
    },
    ...(automated ? { automated: { ...out.automated, ...automated } } : {}),
    purposes: { ...out.purposes, ...(o.purposesIntro ? { intro: o.purposesIntro } : {}) },
    data: {
      ...out.data,
      ...(o.special ? { special: (label: string) => o.special!(label) } : {}),
      ...(o.criminal ? { criminal: o.criminal } : {}),
    },
    purposeFlags: {
      ...out.purposeFlags,
      ...(o.profiling ? { profiling: o.profiling } : {}),
      ...(o.research ? { research: o.research } : {}),
      ...(o.children ? { children: o.children } : {}),
      ...(o.parentalConsent ? { parentalConsent: () => o.parentalConsent! } : {}),
    },
    security: { ...out.security, ...(o.securityIntro ? { intro: o.securityIntro } : {}) },
    rights: { ...out.rights, text: { ...out.rights.text, ...o.rights } },
    who: {
      ...out.who,
      representativeHeading: notice.representativeHeading,
      representative: notice.representative,
      ...(o.dpoHeading ? { dpoHeading: o.dpoHeading } : {}),
      ...(o.dpoUnnamed ? { dpoUnnamed: o.dpoUnnamed } : {}),
      ...(o.dpoNone ? { dpoNone: o.dpoNone } : {}),
    },
    // A marker's article under each law of the notice that has it ("Retention period missing — Art. 25 Abs. 2
    // Bst. d DSG; Art. 13 Abs. 2 lit. a DSGVO"), or none where no law has it.
    missing: Object.fromEntries(
      Object.entries(out.missing).map(([rule, label]) => [rule, labels[rule] ? label : markerUnder(msg, laws, rule)]),
    ),
  };
  // The law's own terms in the notice's skeleton, then its spelling (Swiss German: "ss"), never in the author's text.
  if (o.terminology) out = respell(out, o.terminology);
  if (o.spelling) out = respell(out, o.spelling);
  return out;
}

/** The spelling of the notice's own law in this notice language, for every generated sentence (CH German: "ss"). */
export function lawSpelling(msg: Messages, laws: readonly Law[]): ((text: string) => string) | undefined {
  const first = laws[0];
  const notice = ownNoticeOf(first, msg);
  return notice?.overrides?.(
    lawDate(first),
    laws.map((l) => l.id),
  ).spelling;
}

/** A law's sentences as the notice spells them (a further law's in a Swiss German notice: "ausserhalb"). */
function noticeIn(ctx: RenderContext, law: Law): LawNotice | undefined {
  const notice = noticeOf(law, ctx.msg);
  return notice && ctx.spelling ? respell(notice, ctx.spelling) : notice;
}

/**
 * The provisions of a citation as the catalogues write it, in the language's style, back to the project's ("21.1" →
 * "21(1)"). `token` reads one provision (article, paragraph, point); a bare number after a paragraph named by a word is
 * that article's next paragraph ("Abs. 1 und 2", "leden 1 en 2"), as the catalogues cite them.
 */
interface CitationStyle {
  pattern: RegExp;
  toStd: (refs: string) => string[];
}

/** Provisions read one by one with `token` (groups: article, worded paragraph, paragraph, point). */
function tokens(token: RegExp): (refs: string) => string[] {
  return (refs) => {
    const out: string[] = [];
    let article: string | undefined;
    let worded = false;
    for (const m of refs.matchAll(token)) {
      const [, number, word, paragraph, point] = m;
      if (worded && article && !word && !paragraph && !point) {
        out.push(`${article}(${number})`);
        continue;
      }
      article = number;
      worded = !!word;
      out.push(`${number}${paragraph ? `(${paragraph})` : ''}${point ? `(${point})` : ''}`);
    }
    return out;
  };
}

/** One provision as the English catalogue writes it, ranges included ("15(1)–(2)", "22A–22C"). */
const EN_REF = String.raw`\d+[A-Z]?(?:\(\d+[a-z]?\))?(?:\([a-z]+\))?(?:–(?:\(\d+[a-z]?\)|\d+[A-Z]?(?:\(\d+[a-z]?\))?))?`;

const REF: Readonly<Record<string, CitationStyle>> = {
  // "Art 6(1)(f)", "Art 13, 14", "Art 15(1)–(2)", "Art 22A–22C" (ranges, cited whole), bare: the notice's law
  // unless a law is named after it.
  en: {
    pattern: new RegExp(
      String.raw`\bArt (${EN_REF}(?:(?:, | and )${EN_REF})*)(?![\w(–])(?!(?:, | and )\d)(?!\s+(?:UK GDPR|GDPR|FADP|DPO|DPA|FMG|ePrivacy|Data Protection|of the|second))`,
      'g',
    ),
    toStd: (refs) => refs.split(/, | and /),
  },
  // "article 6.1.f) du RGPD", "articles 13 et 14 du RGPD", "article 4, point 4), du RGPD".
  fr: {
    pattern:
      /\barticles? (\d+(?:\.\d+)?(?:\.[a-z]\))?(?:(?:, | et )\d+(?:\.\d+)?(?:\.[a-z]\))?)*|4, point \d+\),) du RGPD\b/g,
    toStd: tokens(/(\d+)(?:(?:\.|, (point) )(\d+)\)?)?(?:\.([a-z])\))?/g),
  },
  // "art. 6, lid 1, f) AVG", "art. 13 en 14 AVG", "art. 4, punt 4, AVG", "art. 15, leden 1 en 2, AVG".
  nl: {
    pattern:
      /\bart\. (\d+(?:, (?:lid|leden|punt) \d+)?(?:, [a-z]\))?(?:(?:, | en )\d+(?:, (?:lid|punt) \d+)?(?:, [a-z]\))?)*),? AVG\b/g,
    toStd: tokens(/(\d+)(?:, (lid|leden|punt) (\d+))?(?:, ([a-z])\))?/g),
  },
  // "Art. 6 Abs. 1 lit. f DSGVO", "Art. 13 und 14 DSGVO", "Art. 4 Nr. 4 DSGVO", "Art. 15 Abs. 1 und 2 DSGVO".
  de: {
    pattern:
      /\bArt\. (\d+(?: (?:Abs\.|Nr\.) \d+)?(?: lit\. [a-z])?(?:(?:, | und )\d+(?: (?:Abs\.|Nr\.) \d+)?(?: lit\. [a-z])?)*) DSGVO\b/g,
    toStd: tokens(/(\d+)(?: (Abs\.|Nr\.) (\d+))?(?: lit\. ([a-z]))?/g),
  },
};

/** Stands for a citation to drop with its parentheses (a private-use character no catalogue holds). */
const DROPPED = '\uE000';

/**
 * The catalogue with its GDPR citations replaced by `cite`'s (the notice's own law, in its local style), in every
 * string and every string a function returns; a citation `cite` has no counterpart for is dropped with its
 * parentheses, or kept where it is not parenthesised (a sentence would lose its subject).
 */
function recite(msg: Messages, cite: (article: string) => string | undefined): Messages {
  const style = REF[msg.language];
  if (!style) return msg;
  const fix = (text: string): string =>
    text
      .replace(style.pattern, (whole, refs: string, offset: number, all: string) => {
        const std = `Art ${style.toStd(refs).join(', ')}`;
        const cited = cite(std);
        if (cited) return cited;
        // "(Art 12(6))" with nothing else in the parentheses: drop them, and the space before.
        return all[offset - 1] === '(' && all[offset + whole.length] === ')' ? DROPPED : whole;
      })
      .replaceAll(` (${DROPPED})`, '')
      .replaceAll(`(${DROPPED})`, '');
  const SKIP = new Set(['language', 'locale', 'date', 'country', 'term', 'terms', 'cite', 'missing']);
  const walk = (value: unknown, key: string): unknown => {
    if (SKIP.has(key)) return value;
    if (typeof value === 'string') return fix(value);
    if (typeof value === 'function')
      return (...args: unknown[]) => {
        const result = (value as (...a: unknown[]) => unknown)(...args);
        return typeof result === 'string' ? fix(result) : result;
      };
    if (value && typeof value === 'object' && !Array.isArray(value))
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return walk(msg, '') as Messages;
}

/**
 * The catalogue's marker for `rule` with the provisions of each of `laws` that has a counterpart and requires the
 * item in the notice; none where no law requires it (the FADP gives the retention period on access only, Art 25(2)(d)
 * FADP: `Law.softerRules`), since a marker says that required information is missing.
 */
function markerUnder(msg: Messages, laws: readonly Law[], rule: string): string {
  const label = msg.missing[rule] ?? '';
  const article = /^.* — (Art [^—]+)$/.exec(CATALOGUES.en.missing[rule] ?? '')?.[1]?.trim();
  const cut = label.lastIndexOf(' — ');
  if (!article || cut < 0) return label;
  const requiring = laws.filter((law) => !law.softerRules?.has(rule));
  if (!requiring.length) return '';
  const cited = requiring.flatMap((law) => {
    if (law.id === 'eu-gdpr') return [gdprCiter(msg.language)(article)];
    const own = ownNoticeOf(law, msg);
    const named = law.citeNamed?.(article) ?? law.cite(article);
    return own && named ? [own.localCitation(named)] : [];
  });
  const separator = msg.language === 'fr' ? '\u00a0; ' : '; ';
  return cited.length ? `${label.slice(0, cut)} — ${cited.join(separator)}` : label.slice(0, cut);
}

/**
 * The marker of a finding that rests on some of the notice's laws only (a Swiss recipient is a transfer under the EU
 * GDPR, not under the FADP): their provisions alone. Undefined where the notice's labels need no change (its own
 * law is the EU GDPR) or the rule's label is a law's own.
 */
export function lawMarker(
  msg: Messages,
  laws: readonly Law[],
): ((rule: string, ids: readonly string[]) => string | undefined) | undefined {
  if (!ownNoticeOf(laws[0], msg)) return undefined;
  return (rule, ids) => {
    if (laws.some((law) => noticeOf(law, msg)?.missingLabels[rule])) return undefined;
    return markerUnder(
      msg,
      laws.filter((l) => ids.includes(l.id)),
      rule,
    );
  };
}

/** What the policy says that a law's sentences need, for the law's section or as the notice's own law. */
export function lawFacts(ctx: RenderContext, law: Law, laws: readonly Law[]): LawFacts {
  const { model } = ctx;
  const notice = noticeOf(law, ctx.msg)!;
  const first = laws[0] === law;
  const own = lawMap(model, law.id);
  const authorityMap = first ? ctx.mapAt('authority') : mapOf(entryOf(own, 'authority')?.value);
  const gdprCite = gdprCiter(ctx.msg.language);
  const catalogue = messages(ctx.msg.language);
  // Each purpose with its legal bases under the GDPR, for the EEA's section (Art 13(1)(c)).
  const bases = model.purposes.flatMap((p) => {
    // Recognised legitimate interests exist under the UK GDPR only (Art 6(1)(ea) UK GDPR): never a GDPR basis. A
    // purpose that rests on them alone shows the marker of the finding (rule invalid-value) instead.
    const gdprBases = p.bases.filter((b) => b.value !== 'recognised-legitimate-interests');
    const onlyUk = p.bases.length > 0 && !gdprBases.length;
    const named = gdprBases.map((b) => {
      const t = catalogue.term('basis', b.value);
      // Our term, in the notice's spelling (Swiss German: "Massnahmen"); it reaches the sentence as an argument.
      return t
        ? `${escapeHtml(ctx.spelling ? ctx.spelling(t.label) : t.label)}${t.article ? ` (${escapeHtml(gdprCite(t.article))})` : ''}`
        : escapeHtml(b.value);
    });
    const colon = ctx.msg.language === 'fr' ? '\u00a0:' : ':';
    const marker = onlyUk
      ? ctx
          .flag('invalid-value', {
            within: p.bases[0].span,
            text: markerUnder(catalogue, [law], 'missing-legal-basis'),
          })
          .trim()
      : '';
    const listed = named.length ? named.join(', ') : marker;
    return listed ? [`${escapeHtml(p.title?.value ?? p.id)}${colon} ${listed}`] : [];
  });
  const representativeMap = first ? ctx.mapAt('representative') : mapOf(entryOf(own, 'representative')?.value);
  return {
    date: lawDate(law),
    authority: authorityFacts(ctx, law, authorityMap),
    complaintRoutes: complaintRoutes(ctx, notice, mapOf(entryOf(own, 'complaints')?.value)),
    marker: ctx.flag('missing-complaints-route'),
    representative: representativeMap ? namedFacts(ctx, representativeMap) : undefined,
    transfers: transferLines(ctx, law, laws, gdprCite),
    automatedDecisions: entryOf(model.root, 'automated_decisions')?.value?.kind === 'seq',
    recognisedInterests: model.purposes.some((p) => p.bases.some((b) => b.value === 'recognised-legitimate-interests')),
    contact: rightsContact(ctx),
    notes: ctx.markdownField(own, 'notes'),
    gdprCite,
    bases,
    directMarketing: model.purposes.some((p) => p.directMarketing),
  };
}

/** `laws.<id>` as a mapping (empty when the law is implicit or written `{}`). */
function lawMap(model: PolicyModel, id: string): YMap | null {
  return mapOf(entryOf(mapOf(entryOf(model.root, 'laws')?.value), id)?.value);
}

/** The authority the author named for this law, or the law's own (the ICO, the FDPIC), with its contact details. */
function authorityFacts(ctx: RenderContext, law: Law, map: YMap | null): LawFacts['authority'] {
  const language = ctx.msg.language;
  const written = ctx.text(map, 'name');
  const fallback = law.authority;
  const name = written
    ? `<strong>${written}</strong>`
    : fallback
      ? `<strong>${escapeHtml(fallback.name[language] ?? fallback.name.en)}</strong> (${escapeHtml(fallback.short[language] ?? fallback.short.en)})`
      : '';
  const lines: string[] = [];
  const field = (key: string) => strOf(entryOf(map, key)?.value)?.value?.trim();
  const address = field('address');
  if (address) lines.push(multiline(address));
  else if (!written && fallback)
    lines.push([...fallback.address, ctx.msg.country(fallback.country)].map(escapeHtml).join('<br>'));
  const phone = field('phone') ?? (!written ? fallback?.phone : undefined);
  if (phone) lines.push(escapeHtml(phone));
  const email = field('email');
  if (email) lines.push(contactHtml(email, 'email'));
  const url = field('url') ?? (!written ? fallback?.url : undefined);
  if (url) lines.push(contactHtml(url, 'url'));
  const form = field('webform') ?? (!written ? fallback?.complaintUrl[language] : undefined);
  if (form && form !== url) lines.push(contactHtml(form, 'url'));
  return { name, details: lines.length ? `<br><span class="law-authority">${lines.join('<br>')}</span>` : '' };
}

/** UK: the ways to complain to us (DPA 2018 s.164A), joined in the notice language. */
function complaintRoutes(ctx: RenderContext, notice: LawNotice, map: YMap | null): string | undefined {
  if (!map || !notice.complaintRoute) return undefined;
  const routes: string[] = [];
  for (const kind of ['url', 'email', 'phone', 'post'] as const) {
    const value = strOf(entryOf(map, kind)?.value)?.value?.trim();
    if (!value) continue;
    const html =
      kind === 'url' ? contactHtml(value, 'url') : kind === 'email' ? contactHtml(value, 'email') : escapeHtml(value);
    routes.push(notice.complaintRoute(kind, html));
  }
  const note = strOf(entryOf(map, 'note')?.value)?.value?.trim();
  const list = routes.length ? ctx.list(routes) : undefined;
  if (!note) return list;
  return `${list ?? ''}${list ? ' — ' : ''}${linkifyText(note)}`;
}

/** A representative's name and contact details. */
function namedFacts(ctx: RenderContext, map: YMap): { name: string; details: string } | undefined {
  const name = ctx.text(map, 'name');
  if (!name) return undefined;
  const lines = ['address', 'email', 'phone']
    .map((key) => {
      const value = strOf(entryOf(map, key)?.value)?.value?.trim();
      if (!value) return '';
      return key === 'email' ? contactHtml(value, 'email') : multiline(value);
    })
    .filter(Boolean);
  return { name: `<strong>${name}</strong>`, details: lines.length ? `<br>${lines.join('<br>')}` : '' };
}

/** Where requests go: `rights.contact`, or the controller's e-mail. */
function rightsContact(ctx: RenderContext): string | undefined {
  const contact =
    strOf(entryOf(ctx.mapAt('rights'), 'contact')?.value)?.value ?? fieldStr(ctx.mapAt('controller'), 'email')?.value;
  return contact?.trim() ? contactHtml(contact, 'either') : undefined;
}

/** The transfers that leave the law's territory, each with its destinations there and its grounds under the law. */
function transferLines(
  ctx: RenderContext,
  law: Law,
  laws: readonly Law[],
  gdprCite: (article: string) => string,
): LawTransferLine[] {
  const { model, msg } = ctx;
  const notice = noticeOf(law, msg)!;
  return model.transfers
    .filter((t) => transferLaws(t, model, laws).includes(law))
    .map((t) => {
      const places = transferCountries(t, model.recipients).filter((c) => !law.territory.contains(c));
      const names = [
        ...places.map((c) => escapeHtml(isCountryCode(c) ? msg.country(c) : (msg.term('region', c)?.label ?? c))),
        ...t.organisations.map((o) => escapeHtml(o.value)),
      ];
      const grounds = mechanismsUnder(t, law).map((m): LawTransferGround => {
        const term = msg.term('mechanism', m.value);
        const vocabulary = findTerm('mechanism', m.value);
        const article = vocabulary?.article;
        // A mechanism the law does not accept cites none of its provisions; nor does adequacy for a destination
        // the law's list does not hold: the notice names the author's mechanism with a marker (rules
        // invalid-mechanism, invalid-adequacy), never an adequacy or approval it would state.
        const invalid = !vocabulary
          ? undefined
          : law.mechanismProblem?.(m.value, places[0]) ||
              vocabulary.invalid ||
              (vocabulary.laws && !vocabulary.laws.includes(law.id))
            ? 'mechanism'
            : vocabulary.id === 'adequacy' &&
                unlisted(
                  law,
                  places,
                  t.organisations.map((o) => o.value),
                )
              ? 'unlisted'
              : undefined;
        const provision = invalid
          ? undefined
          : law.id === 'eu-gdpr'
            ? article && gdprCite(article)
            : (law.mechanismProvision?.(m.value) ?? (article ? law.citeNamed?.(article) : undefined));
        const within = m.span;
        const marker =
          ctx.flag('invalid-mechanism', { within, law: law.id }) +
          ctx.flag('invalid-adequacy', { within, law: law.id, text: notice.unlistedLabel(lawDate(law)) });
        return {
          kind: mechanismKind(m.value),
          mechanism: m.value,
          label: escapeHtml(term ? term.label : m.written),
          provision: provision
            ? escapeHtml(law.id === 'eu-gdpr' ? provision : notice.localCitation(provision))
            : undefined,
          ...(invalid ? { invalid } : {}),
          ...(marker ? { marker } : {}),
        };
      });
      const copy = strOf(entryOf(t.map, 'copy')?.value)?.value?.trim();
      const within = t.map.span;
      // The markers of the transfer as a whole; those of one ground follow that ground (`LawTransferGround.marker`).
      const marker =
        ctx.flag('missing-transfer-safeguard', { within }) +
        ctx.flag('transfer-without-destination', { within }) +
        ctx.flag('missing-destination-country', { within }) +
        (copy ? '' : ctx.flag('missing-transfer-copy', { within }));
      // The recipients the transfer names, linked to their entries, and the author's note.
      const recipients = t.recipients.map((ref) => {
        const r = model.recipients.find((x) => x.id === ref.value);
        return r ? `<a href="#${ctx.anchor('recipient', r.id)}">${escapeHtml(r.name)}</a>` : escapeHtml(ref.value);
      });
      const details =
        (recipients.length
          ? `<br><span class="law-transfer-recipients">${msg.transfers.recipients}${msg.language === 'fr' ? '\u00a0:' : ':'} ${ctx.list(recipients)}</span>`
          : '') + ctx.markdownField(t.map, 'note');
      return {
        destinations: names.length ? ctx.list(names) : '',
        marker,
        details,
        grounds,
        copy: copy ? (emailHref(copy) || urlHref(copy) ? contactHtml(copy, 'either') : linkifyText(copy)) : undefined,
        possible: t.possible,
      };
    });
}

/** Adequacy under `law` misses a destination: a country or organisation outside its territory that its list lacks. */
function unlisted(law: Law, countries: readonly string[], organisations: readonly string[]): boolean {
  return (
    countries.some((c) => !law.adequacy.forCountry(c)) || organisations.some((o) => !law.adequacy.forOrganisation(o))
  );
}

/** A law's blocks as HTML. */
export function blocksHtml(blocks: readonly (LawBlock | undefined)[], level = 3): string {
  return blocks
    .filter((b): b is LawBlock => b !== undefined)
    .map((b) => {
      const heading = b.heading ? `<h${level}>${b.heading}</h${level}>` : '';
      const paragraphs = b.paragraphs.map((p) => `<p>${p}</p>`).join('');
      const items = b.items?.length ? `<ul>${b.items.map((i) => `<li>${i}</li>`).join('')}</ul>` : '';
      return `<div class="law-block${b.className ? ` ${b.className}` : ''}">${heading}${paragraphs}${items}</div>`;
    })
    .join('');
}

/** One section per further law: "Additional information for people in …". */
export function lawSections(ctx: RenderContext, laws: readonly Law[]): NoticeSection[] {
  return laws.slice(1).flatMap((law) => {
    const notice = noticeIn(ctx, law);
    if (!notice) return [];
    const facts = lawFacts(ctx, law, laws);
    const representative = facts.representative && {
      heading: notice.representativeHeading,
      paragraphs: [notice.representative(facts.representative.name) + facts.representative.details],
      className: 'law-representative',
    };
    const notes = facts.notes
      ? `<div class="law-block law-notes"><h3>${notice.notesHeading}</h3>${facts.notes}</div>`
      : '';
    const body =
      `<p>${notice.intro}</p>` +
      blocksHtml([notice.complaints(facts), representative, notice.transfers(facts), ...notice.rights(facts)]) +
      notes;
    const entry = entryOf(mapOf(entryOf(ctx.model.root, 'laws')?.value), law.id);
    return [{ id: ctx.id(`law-${law.id}`), heading: notice.heading, source: entry, body, className: 'law-section' }];
  });
}

/**
 * How the notice's own law has one automated decision (Art 22B–22C UK GDPR, Art 21 FADP), when it differs from the
 * GDPR's Art 22(2)–(3).
 */
export function ownDecisionText(ctx: RenderContext): LawAutomatedText['decision'] {
  const notice = ownNoticeOf(ctx.law, ctx.msg);
  return notice?.automated?.(lawDate(ctx.law))?.decision;
}

/** When the notice's own law has sentences of its own: its complaints (or reports) section. */
export function ownComplaintsSection(ctx: RenderContext, laws: readonly Law[]): NoticeSection | undefined {
  const law = laws[0];
  const notice = ownNoticeOf(law, ctx.msg);
  if (!notice) return undefined;
  const facts = lawFacts(ctx, law, laws);
  const block = notice.complaints(facts);
  return {
    id: 'complaints',
    heading: notice.complaintsHeading,
    source: ctx.section('authority'),
    body: blocksHtml([{ ...block, heading: undefined }]),
  };
}

/**
 * When the notice's own law has rights of its own (the FADP): its rights section. A law that shares the GDPR's
 * rights but says more about one of them (the UK: objection to processing on recognised legitimate interests) adds
 * that to the catalogue's section, `rightsOf`.
 */
export function ownRightsSection(
  ctx: RenderContext,
  laws: readonly Law[],
  rightsOf?: (ctx: RenderContext) => NoticeSection,
): NoticeSection | undefined {
  const law = laws[0];
  const notice = ownNoticeOf(law, ctx.msg);
  if (notice && !notice.ownRights && rightsOf) {
    const extra = notice.rights(lawFacts(ctx, law, laws)).filter((b) => b.className === 'law-objection');
    if (!extra.length) return undefined;
    const section = rightsOf(ctx);
    return { ...section, body: section.body + blocksHtml(extra) };
  }
  if (!notice?.ownRights) return undefined;
  const facts = lawFacts(ctx, law, laws);
  const blocks = notice.rights(facts).map((b, i) => (i === 0 ? { ...b, heading: undefined } : b));
  return { id: 'rights', heading: ctx.msg.headings.rights, source: ctx.section('rights'), body: blocksHtml(blocks) };
}

/** When the notice's own law has sentences of its own: its transfers section, by ground under the law. */
export function ownTransfersSection(ctx: RenderContext, laws: readonly Law[]): NoticeSection | undefined | null {
  const law = laws[0];
  const notice = ownNoticeOf(law, ctx.msg);
  if (!notice) return null;
  const block = notice.transfers(lawFacts(ctx, law, laws));
  if (!block) return undefined;
  return {
    id: 'transfers',
    heading: notice.transfersHeading,
    source: ctx.section('transfers'),
    body: blocksHtml([{ ...block, heading: undefined }]),
  };
}

/** The response-time sentence of the notice's own law, where it differs (Art 12A UK GDPR), in the catalogue. */
function withResponseTime(msg: Messages, law: Law, notice: LawNotice): Messages {
  const sentence = notice.responseTime?.({ date: lawDate(law) } as LawFacts);
  return sentence ? { ...msg, rights: { ...msg.rights, responseTime: () => sentence } } : msg;
}
