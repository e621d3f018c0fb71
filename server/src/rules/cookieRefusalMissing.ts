// Rule `cookie-refusal-missing` (docs/rules/cookie-refusal-missing.md): under Swiss law, processing data on a reader's
// device by telecommunications (cookies and similar) is allowed, outside telecommunications services and their
// billing, only if readers are told of the processing and its purpose and that they can refuse it (Art 45c(b) of the
// Telecommunications Act, FMG/LTC). A notice that declares a non-essential cookie says how to refuse it.
import { declaredCookies, entryOf, fieldStr, mapOf, strOf } from '../parser/policyModel';
import { placeholder } from '../core/placeholders';
import { insertField } from './fixBuilders';
import type { Rule } from '../core/rule';

/** Words that say the reader can refuse, in the four notice languages (stems, lower case). */
const REFUSAL =
  /\b(refus|reject|declin|opt[- ]?out|object|disabl|block|deactivat|withdraw|s['’]opposer|oppos|désactiv|bloqu|retir|weiger|afwijz|uitschakel|bezwaar|intrekk|blokkeer|ablehn|widersprech|widerspruch|deaktivier|verweiger|blockier|widerruf)/iu;

export const cookieRefusalMissing: Rule = {
  id: 'cookie-refusal-missing',
  severity: 'warning',
  provisions: '',
  laws: ['ch-fadp'],
  citations: { 'ch-fadp': 'Art 45c(b) FMG' },
  description:
    'Under Swiss law, a non-essential cookie is declared and `cookie_settings` says nothing about refusing it.',
  check(ctx) {
    const cookies = declaredCookies(ctx.model);
    const unnamed = entryOf(ctx.model.root, 'cookies')?.value;
    const types =
      unnamed?.kind === 'seq'
        ? unnamed.items.map((item) => fieldStr(mapOf(item), 'type')).filter((t) => t !== undefined)
        : cookies.map((c) => c.type).filter((t) => t !== undefined);
    const nonEssential = types.find((t) => t.value !== 'essential');
    if (!nonEssential) return;
    const settings = strOf(entryOf(ctx.model.root, 'cookie_settings')?.value)?.value ?? '';
    if (REFUSAL.test(settings)) return;
    ctx.report(
      nonEssential.span,
      settings.trim()
        ? ctx.t(
            "Under Swiss law, storing or reading information on the reader's device (cookies and similar) outside " +
              'telecommunications services and their billing needs readers to be told of it and its purpose and ' +
              "that they can refuse it (Art 45c(b) FMG). 'cookie_settings' does not say how to refuse: say how " +
              "readers refuse these cookies (a banner's reject button, your settings page, browser settings).",
          )
        : ctx.t(
            "Under Swiss law, storing or reading information on the reader's device (cookies and similar) outside " +
              'telecommunications services and their billing needs readers to be told of it and its purpose and ' +
              "that they can refuse it (Art 45c(b) FMG). There is no 'cookie_settings': say how readers refuse " +
              "these cookies (a banner's reject button, your settings page, browser settings).",
          ),
      {
        kind: 'insert',
        key: 'cookie_settings',
        value: placeholder('how readers refuse non-essential cookies'),
        mapStart: 0,
      },
    );
  },
  fixes(ctx) {
    if (ctx.data?.kind !== 'insert' || entryOf(ctx.model.root, 'cookie_settings')) return [];
    const edit = insertField(
      ctx.text,
      ctx.model.root,
      ctx.model.root?.span.start ?? 0,
      'cookie_settings',
      ctx.data.value,
    );
    return edit
      ? [{ title: ctx.t("Add 'cookie_settings' saying how to refuse cookies (Art 45c(b) FMG)"), edits: [edit] }]
      : [];
  },
};
