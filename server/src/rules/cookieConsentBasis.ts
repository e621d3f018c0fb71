// Rule `cookie-consent-basis` (ePrivacy Art 5(3) as transposed; Art 4(11), 7): an analytics or marketing cookie that
// the notice does not say is set only with the reader's consent — none of its purposes rests on `consent`, and
// `cookie_settings` does not say how readers give, refuse or withdraw it. The consent that storing the cookie needs
// (ePrivacy) is kept apart from the Art 6 basis of the later processing (docs/rules/cookie-consent-basis.md).
import { noticePlaceholder, placeholderFor } from '../core/placeholders';
import { entryOf, fieldStr, isBlank, mapOf, type PolicyModel, type Purpose, type Str } from '../parser/policyModel';
import { freeTextScalars } from '../schema/textFields';
import type { YMap } from '../parser/yamlTree';
import { appendSection, replaceWith } from './fixBuilders';
import { ruleCitation, type QuickFix, type Rule } from '../core/rule';

const NEEDS_CONSENT = new Set(['analytics', 'marketing']);

export const cookieConsentBasis: Rule = {
  id: 'cookie-consent-basis',
  severity: 'warning',
  provisions: 'ePrivacy Art 5(3); Art 4(11), 7',
  description:
    'An analytics or marketing cookie the notice does not say is set only with consent (no purpose on `consent`, ' +
    'no `cookie_settings`).',
  check(ctx) {
    if (!ruleCitation(cookieConsentBasis, ctx.law)) return;
    if (!isBlank(entryOf(ctx.model.root, 'cookie_settings')?.value)) return;
    const list = entryOf(ctx.model.root, 'cookies')?.value;
    if (list?.kind !== 'seq') return;
    // The notice may say it in its own words ("only the cookies you consent to are set"): then it says it.
    if (saysCookieConsent(ctx.model)) return;
    // One finding per purpose (a notice lists dozens of analytics cookies for one purpose), on its first cookie.
    const groups = new Map<string, { type: Str; name?: string; count: number; purpose?: Purpose }>();
    for (const item of list.items) {
      const map = mapOf(item);
      const type = fieldStr(map, 'type');
      if (!map || !type || !NEEDS_CONSENT.has(type.value)) continue;
      const purpose = purposeOf(ctx.model.purposes, map);
      if (purpose?.bases.some((b) => b.value === 'consent')) continue;
      const key = purpose?.id ?? fieldStr(map, 'purpose')?.value ?? `#${type.span.start}`;
      const group = groups.get(key);
      if (group) group.count++;
      else groups.set(key, { type, name: fieldStr(map, 'name')?.value, count: 1, purpose });
    }
    for (const { type, name, count, purpose } of groups.values()) {
      const cookie = name ? `The cookie '${name}'` : 'This cookie';
      const others =
        count > 1
          ? ` (and ${count - 1} other analytics or marketing cookie${count > 2 ? 's' : ''} of the same purpose)`
          : '';
      ctx.report(
        type.span,
        `${cookie}${others} is a${type.value === 'analytics' ? 'n' : ''} ${type.value} cookie, and the notice does ` +
          `not say that it is set only with the reader's consent: ` +
          `${purpose ? `its purpose '${purpose.name}' does not rest on consent` : 'no purpose on consent is named for it'}, and ` +
          `'cookie_settings' does not say how readers give or refuse it. Storing or reading it on the device needs ` +
          `prior consent under Art 5(3) of the ePrivacy Directive as transposed (e.g. § 25 TDDDG in Germany), ` +
          `unless it is strictly necessary for the service the reader explicitly asked for. Those exemptions are ` +
          `closed, and analytics cookies are not within them (WP29 Opinion 04/2012 on Cookie Consent Exemption, ` +
          `WP194, section 4.3); some authorities read "strictly necessary" as covering narrowly limited ` +
          `first-party audience measurement (e.g. the CNIL, délibération n° 2020-091 of 17 September 2020), which ` +
          `ordinary analytics tools do not meet. That consent must be an active, specific choice (Art 4(11), 7; ` +
          `CJEU C-673/17 Planet49 of 1 October 2019). It ` +
          `is distinct from the legal basis of Art 6(1) for the later processing of the data, which the purpose ` +
          `must still state (EDPB Opinion 5/2019 on the interplay between the ePrivacy Directive and the GDPR).`,
      );
    }
  },
  // Three answers, all the author's: the purpose rests on consent, the notice says how readers choose, or the
  // cookie is of another kind. None is preferred, and none suggests `essential`.
  fixes(ctx) {
    const list = entryOf(ctx.model.root, 'cookies')?.value;
    const map =
      list?.kind === 'seq'
        ? list.items.map(mapOf).find((m) => fieldStr(m, 'type')?.span.start === ctx.span.start)
        : undefined;
    if (!map) return [];
    const fixes: QuickFix[] = [];
    const purpose = purposeOf(ctx.model.purposes, map);
    const basis =
      purpose?.basisItems.length === 1 && purpose.basisItems[0].node.kind === 'scalar' ? purpose.bases[0] : undefined;
    if (purpose && basis)
      fixes.push(
        replaceWith(basis.span, 'consent', `I rely on consent for purpose '${purpose.name}': 'basis: consent'`),
      );
    fixes.push({
      title: "Add 'cookie_settings' with a placeholder: how readers give, refuse or withdraw their consent",
      edits: [
        appendSection(ctx.text, 'cookie_settings', noticePlaceholder(ctx.model, 'cookie-settings'), ctx.model.root),
      ],
    });
    fixes.push(
      replaceWith(
        ctx.span,
        placeholderFor(ctx.model, 'type'),
        "The cookie is of another kind: 'type' with a placeholder",
      ),
    );
    return fixes;
  },
};

/** A sentence of the author's text that ties cookies to consent, in any of the four notice languages. */
const COOKIE_WORD = String.raw`\b(?:cookies?|trackers?|traceurs?)\b`;
const CONSENT_WORD = String.raw`\b(?:consent\w*|permission|consentement|toestemming|einwillig\w*|zustimm\w*)`;
const COOKIE_CONSENT = new RegExp(
  `${COOKIE_WORD}[^.]{0,120}${CONSENT_WORD}|${CONSENT_WORD}[^.]{0,120}${COOKIE_WORD}`,
  'iu',
);

function saysCookieConsent(model: PolicyModel): boolean {
  return freeTextScalars(model.tree.root).some((n) => typeof n.value === 'string' && COOKIE_CONSENT.test(n.value));
}

function purposeOf<P extends { id: string }>(purposes: readonly P[], cookie: YMap): P | undefined {
  const purpose = fieldStr(cookie, 'purpose')?.value.trim();
  return purpose ? purposes.find((p) => p.id === purpose) : undefined;
}
