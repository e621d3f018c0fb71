// Completion and hover from the catalogues (README, "Catalogues and evidence"): a recipient's `name` from the organisations, `cookies[].name`
// from the Open Cookie Database, `authority.name` from the supervisory authorities. Choosing an entry also fills
// the fields it knows (country and url; provider, duration, type and party; address and contacts) when absent, and
// every entry shows its source and as-of date.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CompletionItemKind,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Position,
} from 'vscode-languageserver-types';
import {
  allAuthorities,
  authorityFields,
  authorityNamed,
  authorityRole,
  authoritySource,
  describeAuthority,
  type Authority,
} from '../catalogues/authorities';
import {
  cookieFields,
  cookieSource,
  cookieType,
  describeCookie,
  lookupCookie,
  searchCookies,
  cookiePattern,
} from '../catalogues/cookies';
import { attribution, catalogueFailed } from '../catalogues/load';
import {
  brandLabel,
  describeOrganisation,
  organisationNamed,
  organisationSource,
  searchOrganisations,
} from '../catalogues/organisations';
import type { InterfaceText } from '../languages/interface';
import type { PolicyModel } from '../parser/policyModel';
import { controllerCountry } from '../rules/authorityFixes';
import { yamlScalar } from '../rules/fixBuilders';
import { lineInfo, pathAt, type PathSegment } from './cursor';

type Catalogue = 'organisation' | 'cookie' | 'authority';

/** Which catalogue completes the value at a path, if any. */
function catalogueAt(path: PathSegment[]): Catalogue | undefined {
  const [section, second, third] = path;
  if (section === 'recipients' && typeof second === 'string' && third === 'name' && path.length === 3)
    return 'organisation';
  if (section === 'cookies' && typeof second === 'number' && third === 'name' && path.length === 3) return 'cookie';
  if (section === 'authority' && second === 'name' && path.length === 2) return 'authority';
  return undefined;
}

/** The keys written in the mapping whose keys start at `column`, around line `lineIndex`. */
function mappingKeys(lines: string[], lineIndex: number, column: number): Set<string> {
  const keys = new Set<string>();
  for (const step of [-1, 1]) {
    for (let i = lineIndex + step; i >= 0 && i < lines.length; i += step) {
      const info = lineInfo(lines[i]);
      if (info.blank) continue;
      // A dash at the item's own column starts the next item (going down) or is this item's first line (going up).
      if (info.dash && info.indent < column) {
        if (step === -1 && info.keyColumn === column && info.key) keys.add(info.key);
        break;
      }
      if (info.keyColumn < column) break;
      if (info.keyColumn === column && info.key) keys.add(info.key);
    }
  }
  return keys;
}

interface ValueSite {
  catalogue: Catalogue;
  /** What has been typed of the value (quotes removed). */
  query: string;
  /** The columns the value occupies on the line. */
  start: number;
  end: number;
  keyColumn: number;
  present: Set<string>;
  nl: string;
}

function valueSite(doc: TextDocument, position: Position): ValueSite | undefined {
  const text = doc.getText();
  const lines = text.split(/\r?\n/);
  const line = lines[position.line] ?? '';
  const prefix = line.slice(0, position.character);
  const m = /^(\s*)(-\s+)?["']?([\w-]+)["']?:[ \t]+(.*)$/.exec(prefix);
  if (!m) return undefined;
  const keyColumn = m[1].length + (m[2]?.length ?? 0);
  const owner = pathAt(lines, position.line, m[1].length);
  const path = m[2] ? [...owner, 0, m[3]] : [...owner, m[3]];
  const catalogue = catalogueAt(path);
  if (!catalogue) return undefined;
  const start = position.character - m[4].length;
  // The value runs to the end of the line or to a comment.
  const rest = line.slice(start);
  const comment = /\s#/.exec(rest);
  const end = comment ? start + comment.index : line.length;
  return {
    catalogue,
    query: m[4].replace(/^["']|["']$/g, '').trim(),
    start,
    end: Math.max(end, position.character),
    keyColumn,
    present: mappingKeys(lines, position.line, keyColumn),
    nl: text.includes('\r\n') ? '\r\n' : '\n',
  };
}

/** The name, then `key: value` lines for the fields the mapping does not have yet, at the key's column. */
function fill(site: ValueSite, name: string, fields: [string, string][]): string {
  const indent = ' '.repeat(site.keyColumn);
  const extra = fields
    .filter(([k]) => k !== 'name' && !site.present.has(k))
    .map(([k, v]) => `${site.nl}${indent}${k}: ${yamlScalar(v)}`);
  return `${cookieNameScalar(name)}${extra.join('')}`;
}

/** Cookie names such as `_ga` or `_ga_*` are safe plain scalars, though they do not start with a letter. */
export function cookieNameScalar(name: string): string {
  return /^_[\w.*-]*$/.test(name) ? name : yamlScalar(name);
}

function item(
  site: ValueSite,
  position: Position,
  label: string,
  newText: string,
  extra: Partial<CompletionItem>,
): CompletionItem {
  return {
    label,
    kind: CompletionItemKind.Value,
    // The server filters; the query is part of the filter text so the editor keeps every item it was sent.
    filterText: `${site.query} ${label}`,
    textEdit: {
      range: {
        start: { line: position.line, character: site.start },
        end: { line: position.line, character: site.end },
      },
      newText,
    },
    ...extra,
  };
}

function organisationItems(site: ValueSite, position: Position, ui: InterfaceText): CompletionItem[] {
  if (site.query.length < 2) return [];
  const source = attribution(organisationSource(), ui);
  return searchOrganisations(site.query, 50).map(({ organisation: org, brand }, i) => {
    const fields: [string, string][] = [
      ...(org.country ? [['country', org.country] as [string, string]] : []),
      ...(org.web ? [['url', org.web] as [string, string]] : []),
    ];
    const where = org.country ? ui.country(org.country) : ui.t('country unknown');
    return item(site, position, brand ? `${brandLabel(brand)} → ${org.name}` : org.name, fill(site, org.name, fields), {
      kind: CompletionItemKind.Reference,
      labelDetails: { description: where },
      detail: `${org.name} · ${where} · ${source}`,
      documentation: { kind: MarkupKind.Markdown, value: describeOrganisation(org, ui) },
      sortText: String(i).padStart(3, '0'),
    });
  });
}

function cookieItems(site: ValueSite, position: Position, ui: InterfaceText): CompletionItem[] {
  if (site.query.length < 1) return [];
  const source = attribution(cookieSource(), ui);
  return searchCookies(site.query, 100).map((cookie, i) => {
    const type = cookieType(cookie);
    return item(site, position, cookiePattern(cookie), fill(site, cookiePattern(cookie), cookieFields(cookie)), {
      kind: CompletionItemKind.Value,
      labelDetails: { description: `${cookie.platform}${type ? ` — ${type}` : ''}` },
      detail: `${cookie.platform} · ${cookie.category}${cookie.retention ? ` · ${cookie.retention}` : ''} · ${source}`,
      documentation: { kind: MarkupKind.Markdown, value: describeCookie(cookie, ui) },
      sortText: String(i).padStart(3, '0'),
    });
  });
}

function authorityItems(site: ValueSite, position: Position, model: PolicyModel, ui: InterfaceText): CompletionItem[] {
  const source = attribution(authoritySource(), ui);
  const country = controllerCountry({ model })?.code;
  const q = site.query.toLowerCase();
  const rank = (a: Authority) =>
    country && a.countries.includes(country) ? (a.kind === 'church' || a.kind === 'broadcasting' ? 1 : 0) : 2;
  return allAuthorities()
    .filter((a) => !q || a.name.toLowerCase().includes(q) || a.countries.some((c) => c.toLowerCase() === q))
    .sort((a, b) => rank(a) - rank(b) || a.countries[0].localeCompare(b.countries[0]) || a.name.localeCompare(b.name))
    .map((a, i) =>
      item(site, position, a.name, fill(site, a.name, authorityFields(a)), {
        kind: CompletionItemKind.Value,
        labelDetails: { description: `${a.countries.join(', ')} — ${authorityRole(a, ui)}` },
        detail: `${authorityRole(a, ui)} · ${source}`,
        documentation: { kind: MarkupKind.Markdown, value: describeAuthority(a, ui) },
        sortText: String(i).padStart(3, '0'),
      }),
    );
}

/** Completion from a catalogue at the cursor, or undefined when the cursor is not on a catalogue field. */
export function catalogueCompletion(
  doc: TextDocument,
  position: Position,
  model: PolicyModel,
  ui: InterfaceText,
): CompletionList | undefined {
  const site = valueSite(doc, position);
  if (!site) return undefined;
  try {
    const items =
      site.catalogue === 'organisation'
        ? organisationItems(site, position, ui)
        : site.catalogue === 'cookie'
          ? cookieItems(site, position, ui)
          : authorityItems(site, position, model, ui);
    // Incomplete: the server filters by what is typed, so the editor asks again as the author types.
    return { isIncomplete: site.catalogue !== 'authority', items };
  } catch (error) {
    // A catalogue that cannot be read must not take ordinary completion down with it.
    catalogueFailed(error, 'Completion');
    return undefined;
  }
}

/** Hover on a value a catalogue knows: a cookie's name, the authority's name, a recipient's organisation. */
export function catalogueHover(path: PathSegment[], text: string, ui: InterfaceText): string | undefined {
  const catalogue = catalogueAt(path);
  if (!catalogue) return undefined;
  try {
    if (catalogue === 'cookie') {
      const cookie = lookupCookie(text.trim());
      return cookie && describeCookie(cookie, ui);
    }
    if (catalogue === 'authority') {
      const authority = authorityNamed(text);
      return authority && describeAuthority(authority, ui);
    }
    const org = organisationNamed(text);
    return org && describeOrganisation(org, ui);
  } catch (error) {
    catalogueFailed(error, 'Hover');
    return undefined;
  }
}
