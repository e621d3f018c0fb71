// Rule `authority-scope` (Art 51, 55; national law; docs/rules/authority-scope.md): the authority named for a law is
// another law's — the ICO for the Swiss FADP, the FDPIC for the UK GDPR, an EEA authority for either, the ICO or the
// FDPIC for the EU GDPR — or it is in the catalogue and its scope excludes the controller: in Bavaria the authority
// for public bodies named by a private controller or the other way round; the federal commissioner named by a
// private controller; a church or broadcasting authority named by a controller that is not one of its bodies
// (catalogues/authorityScopes.ts). The other German state authorities supervise public and private bodies alike
// (§ 40(1) BDSG and the state acts) and are never out of scope on that ground.
import type { InterfaceText } from '../languages/interface';
import {
  allAuthorities,
  authorityFields,
  authorityNamed,
  authoritiesFor,
  type Authority,
} from '../catalogues/authorities';
import { AUTHORITY_ALIASES, AUTHORITY_SCOPES, type AuthorityScope } from '../catalogues/authorityScopes';
import { catalogueFailed } from '../catalogues/load';
import { isPublicBody } from '../core/transfers';
import { effectiveDate } from '../core/analysis';
import { LAWS, lawById, type Law, type LawId } from '../laws';
import { entryOf, fieldStr, mapOf } from '../parser/policyModel';
import { controllerCountry } from './authorityFixes';
import { eol, yamlScalar } from './fixBuilders';
import type { QuickFix, Rule } from '../core/rule';

/** The catalogue authority a name denotes: its exact name, the name without its parenthesis, or a usual alias. */
function catalogueAuthority(name: string): Authority | undefined {
  const key = name.toLowerCase().replace(/\s+/g, ' ').trim();
  const exact = authorityNamed(name);
  if (exact) return exact;
  const slug =
    AUTHORITY_ALIASES[key.replace(/\s*\(.*\)$/, '')] ?? AUTHORITY_ALIASES[/\(([^)]+)\)$/.exec(key)?.[1] ?? ''];
  if (slug) return allAuthorities().find((a) => a.slug === slug);
  return allAuthorities().find((a) => a.name.toLowerCase().replace(/\s*\(.*\)$/, '') === key.replace(/\s*\(.*\)$/, ''));
}

/** Why the controller is outside the authority's scope, or undefined when it may be inside. */
function outOfScope(scope: AuthorityScope, publicBody: boolean, controllerName: string): string | undefined {
  switch (scope.bodies) {
    case 'public':
      return publicBody ? undefined : "the controller is not a public body ('controller.public_body' is not true)";
    case 'private':
      return publicBody
        ? "the controller is a public body ('public_body: true'), unless it is a public-law credit institution or " +
            'financial-services undertaking, which Art 1(2) BayDSG treats as a non-public body'
        : undefined;
    case 'federal-and-sectors':
      return publicBody
        ? undefined
        : 'the controller is not a public body, and unless it provides telecommunications or postal services ' +
            'commercially, the authority of its state supervises it (§ 40(1) BDSG)';
    case 'church':
    case 'broadcasting':
      return scope.ownBodies?.test(controllerName)
        ? undefined
        : `the controller's name does not show it to be one of these bodies`;
    default:
      return undefined;
  }
}

/** The law whose authority a name denotes: a law's own authority by its names, or a catalogue authority's country. */
function lawOfAuthority(name: string): LawId | undefined {
  const key = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/^the /, '').replace(/\s+/g, ' ').trim();
  const wanted = key(name);
  const own = LAWS.find((law) => {
    const a = law.authority;
    if (!a) return false;
    const names = [...Object.values(a.name), ...Object.values(a.short), ...(a.aliases ?? [])].map(key);
    return names.includes(wanted) || names.includes(wanted.replace(/\s*\(.*\)$/, ''));
  });
  if (own) return own.id;
  const country = catalogueAuthority(name)?.countries[0];
  return country ? LAWS.find((law) => law.territory.contains(country))?.id : undefined;
}

/** Why the authority named for `law` is the wrong one: it is `home`'s. */
function otherLawsAuthority(ui: InterfaceText, name: string, law: Law, home: LawId, topLevel: boolean): string {
  const own = law.authority;
  const instead = own
    ? ui.t('Name {0} ({1}), or remove the name: the notice then names it itself', own.name.en, own.short.en)
    : ui.t('Name the supervisory authority competent for you');
  const where =
    law.id === 'eu-gdpr'
      ? ui.t('people complain to a supervisory authority of an EEA State (Art 77(1) GDPR)')
      : law.id === 'uk-gdpr'
        ? ui.t('people complain to the Information Commissioner (DPA 2018 s.165; before 19 June 2026 Art 77 UK GDPR)')
        : ui.t('people report to the Federal Data Protection and Information Commissioner (Art 49(1) FADP)');
  return ui.t(
    "'{0}' is the supervisory authority under {1}, not under {2}, for which {3} names it: under {2} {4}. {5}.",
    name,
    ui.say(lawById(home).inSentence),
    ui.say(law.inSentence),
    topLevel ? "'authority'" : `'laws.${law.id}.authority'`,
    where,
    instead,
  );
}

export const authorityScope: Rule = {
  id: 'authority-scope',
  severity: 'warning',
  provisions: 'Art 51, 55',
  laws: ['eu-gdpr', 'uk-gdpr', 'ch-fadp'],
  citations: { 'eu-gdpr': 'Art 51, 55', 'uk-gdpr': 'DPA 2018 s.114', 'ch-fadp': 'Art 4(1), 49(1) FADP' },
  description:
    "The authority named for a law is another law's (the ICO for the FADP), or does not supervise a controller like " +
    'this one (Bavaria: public or private bodies; the BfDI; church and broadcasting authorities).',
  check(ctx) {
    // Each law's authority: the top-level one is the notice's own law's, `laws.<id>.authority` a further law's.
    const lawsMap = mapOf(entryOf(ctx.model.root, 'laws')?.value);
    const date = effectiveDate(ctx.model);
    ctx.laws.forEach((law, i) => {
      const maps = [
        ...(i === 0 ? [{ map: mapOf(entryOf(ctx.model.root, 'authority')?.value), topLevel: true }] : []),
        { map: mapOf(entryOf(mapOf(entryOf(lawsMap, law.id)?.value), 'authority')?.value), topLevel: false },
      ];
      for (const { map, topLevel } of maps) {
        const name = fieldStr(map, 'name');
        if (!name?.value.trim()) continue;
        let home: LawId | undefined;
        try {
          home = lawOfAuthority(name.value);
        } catch (error) {
          catalogueFailed(error, "Rule 'authority-scope'");
          return;
        }
        // Before the UK GDPR applied (2021), the Information Commissioner was a supervisory authority under the EU GDPR.
        const uk = LAWS.find((l) => l.id === 'uk-gdpr');
        if (home === 'uk-gdpr' && uk?.inForce && date && date < uk.inForce) home = 'eu-gdpr';
        if (home && home !== law.id)
          ctx.report(
            name.span,
            otherLawsAuthority(ctx.ui, name.value, law, home, topLevel),
            { kind: 'none' },
            undefined,
            [law],
          );
      }
    });
    const eu = ctx.laws.findIndex((l) => l.id === 'eu-gdpr');
    if (eu !== 0) return; // the German scopes below concern the EU GDPR's authority, named at the top level
    const section = mapOf(entryOf(ctx.model.root, 'authority')?.value);
    const name = fieldStr(section, 'name');
    if (!name?.value.trim()) return;
    let authority: Authority | undefined;
    try {
      authority = catalogueAuthority(name.value);
    } catch (error) {
      catalogueFailed(error, "Rule 'authority-scope'");
      return;
    }
    const scope = authority && AUTHORITY_SCOPES[authority.slug];
    if (!authority || !scope) return;
    const controllerName = fieldStr(mapOf(entryOf(ctx.model.root, 'controller')?.value), 'name')?.value ?? '';
    const why = outOfScope(scope, isPublicBody(ctx.model), controllerName);
    if (!why) return;
    ctx.report(
      name.span,
      ctx.t(
        '{0} supervises {1} ({2}), and {3}. The authority a notice names as competent should be the one that ' +
          'supervises the controller (Art 51(1), 55(1), as national law shares competence among several): check ' +
          'which one supervises you. Readers may still complain to a supervisory authority, in particular where ' +
          'they live or work or where the infringement took place (Art 77(1)), and the notice tells them so ' +
          '(Art 13(2)(d)).',
        authority.name,
        scope.covers,
        scope.legalBasis,
        why,
      ),
      { kind: 'none' },
      undefined,
      ctx.laws.filter((l) => l.id === 'eu-gdpr'),
    );
  },
  // One fix per catalogue authority for the controller's country and state that is not the one named, for the
  // top-level authority (a further law's under `laws` is the author's to change).
  fixes(ctx) {
    const entry = entryOf(ctx.model.root, 'authority');
    const section = mapOf(entry?.value);
    if (!entry || !section || section.flow) return [];
    if (ctx.span.start < entry.span.start || ctx.span.end > entry.span.end) return [];
    const block = ctx.text.slice(entry.span.start, entry.span.end);
    if (block.includes('#')) return []; // a comment inside would be lost
    const country = controllerCountry(ctx);
    if (!country) return [];
    const named = catalogueAuthority(fieldStr(section, 'name')?.value ?? '');
    const publicBody = isPublicBody(ctx.model);
    const nl = eol(ctx.text);
    const indent = ' '.repeat(
      section.entries[0].keySpan.start - ctx.text.lastIndexOf('\n', section.entries[0].keySpan.start) - 1,
    );
    const colon = ctx.text.indexOf(':', entry.keySpan.end);
    const choices = authoritiesFor(country.code, country.address);
    // Where the address shows the state, that state's authorities (and the federal one) only.
    const state = choices.find((c) => c.match)?.authority.state;
    return choices.flatMap(({ authority }): QuickFix[] => {
      const scope = AUTHORITY_SCOPES[authority.slug];
      if (authority.slug === named?.slug || (scope && outOfScope(scope, publicBody, ''))) return [];
      if (state && authority.kind === 'state' && authority.state !== state) return [];
      const lines = authorityFields(authority).map(([k, v]) => `${nl}${indent}${k}: ${yamlScalar(v)}`);
      return [
        {
          title: ctx.t(
            "The competent authority is {0}: replace the authority's details (from the catalogue)",
            authority.name,
          ),
          edits: [{ span: { start: colon + 1, end: section.span.end }, newText: lines.join('') }],
        },
      ];
    });
  },
};
