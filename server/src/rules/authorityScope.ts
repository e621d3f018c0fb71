// Rule `authority-scope` (Art 51, 55; national law): the named authority is in the catalogue, and its scope excludes
// the controller — in Bavaria the authority for public bodies named by a private controller or the other way round;
// the federal commissioner named by a private controller; a church or broadcasting authority named by a controller
// that is not one of its bodies (catalogues/authorityScopes.ts). The other German state authorities supervise public
// and private bodies alike (§ 40(1) BDSG and the state acts) and are never out of scope on that ground.
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
import { entryOf, fieldStr, mapOf } from '../parser/policyModel';
import { controllerCountry } from './authorityFixes';
import { eol, yamlScalar } from './fixBuilders';
import type { QuickFix, Rule } from '../core/rule';

/** The catalogue authority a name denotes: its exact name, the name without its parenthesis, or a usual alias. */
function authorityFor(name: string): Authority | undefined {
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

export const authorityScope: Rule = {
  id: 'authority-scope',
  severity: 'warning',
  provisions: 'Art 51, 55',
  description:
    'The named authority does not supervise a controller like this one (Bavaria: public or private bodies; the ' +
    'BfDI; church and broadcasting authorities).',
  check(ctx) {
    const section = mapOf(entryOf(ctx.model.root, 'authority')?.value);
    const name = fieldStr(section, 'name');
    if (!name?.value.trim()) return;
    let authority: Authority | undefined;
    try {
      authority = authorityFor(name.value);
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
      `${authority.name} supervises ${scope.covers} (${scope.legalBasis}), and ${why}. The authority a notice ` +
        `names as competent should be the one that supervises the controller (Art 51(1), 55(1), as national law ` +
        `shares competence among several): check which one supervises you. Readers may still complain to a ` +
        `supervisory authority, in particular where they live or work or where the infringement took place ` +
        `(Art 77(1)), and the notice tells them so (Art 13(2)(d)).`,
      { kind: 'none' },
    );
  },
  // One fix per catalogue authority for the controller's country and state that is not the one named.
  fixes(ctx) {
    const entry = entryOf(ctx.model.root, 'authority');
    const section = mapOf(entry?.value);
    if (!entry || !section || section.flow) return [];
    const block = ctx.text.slice(entry.span.start, entry.span.end);
    if (block.includes('#')) return []; // a comment inside would be lost
    const country = controllerCountry(ctx);
    if (!country) return [];
    const named = authorityFor(fieldStr(section, 'name')?.value ?? '');
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
          title: `The competent authority is ${authority.name}: replace the authority's details (from the catalogue)`,
          edits: [{ span: { start: colon + 1, end: section.span.end }, newText: lines.join('') }],
        },
      ];
    });
  },
};
