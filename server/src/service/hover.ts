// Hover: what a key means and which article it serves; what a vocabulary value means; what a reference
// points to; a country's transfer status; a duration's normalised reading.
import { countryName, isCountryCode } from '../vocabulary/countries';
import type { Law } from '../laws';
import { formatDuration, parseDuration } from '../vocabulary/duration';
import { findTerm } from '../vocabulary/terms';
import { fieldStr, strList, type Definition, type PolicyModel } from '../parser/policyModel';
import { SECTION_NOUN, type ValueSchema } from '../schema/policySchema';
import type { Analysis } from '../core/analysis';
import { catalogueHover } from './catalogueCompletion';
import { citationHover } from './citations';
import { schemaAt } from './cursor';
import { definitionOf, locate, symbolAt } from './locate';
import { describeAge, describeDate, lawAt, lawNote } from './forms';
import type { PathSegment } from './cursor';
import type { Span } from '../parser/yamlTree';

export interface HoverResult {
  markdown: string;
  span: Span;
}

export function hoverAt(analysis: Analysis, offset: number): HoverResult | undefined {
  const { model } = analysis;
  const citation = citationHover(model, analysis.laws, offset);
  if (citation) return citation;
  const symbol = symbolAt(model, offset);
  if (symbol) {
    const def = symbol.kind === 'definition' ? symbol.def : definitionOf(model, symbol.ref.section, symbol.ref.value);
    const span = symbol.kind === 'definition' ? symbol.def.keySpan : symbol.ref.span;
    if (!def)
      return symbol.kind === 'reference'
        ? { span, markdown: `**${symbol.ref.value}** is not defined under \`${symbol.ref.section}\`.` }
        : undefined;
    return { span, markdown: describeDefinition(model, def) };
  }
  const at = locate(model.tree.root, offset);
  if (!at) return undefined;
  const { field, value } = schemaAt(at.path);
  if (at.onKey && at.entry) {
    if (!field) return undefined;
    const article = field.article ? `\n\n*GDPR ${field.article}*` : '';
    return {
      span: at.entry.keySpan,
      markdown: `**${at.entry.key}**${field.required ? ' (required)' : ''} — ${field.description}${article}`,
    };
  }
  if (!at.node || at.node.kind !== 'scalar' || at.node.value === null || !value) return undefined;
  const text = String(at.node.value);
  const markdown =
    catalogueHover(at.path, text) ??
    describeValue(value, text, analysis.laws[0], { path: at.path, country: model.controllerCountry?.value });
  return markdown ? { span: at.node.span, markdown } : undefined;
}

/** Where the value is: its path (a per-law mechanism names its law) and the controller's country (Art 8 ages). */
interface ValuePlace {
  path: PathSegment[];
  country?: string;
}

function describeValue(value: ValueSchema, text: string, law: Law, place: ValuePlace): string | undefined {
  switch (value.type) {
    case 'term': {
      const term = findTerm(value.vocabulary, text);
      if (!term) return undefined;
      const alias = term.id !== text ? ` (written as the alias \`${text}\`)` : '';
      const note = lawNote(term, lawAt(place.path));
      return `**${term.label}**${term.article ? ` — ${term.article}` : ''}${alias}\n\n${term.meaning}${note ? `\n\n${note}` : ''}`;
    }
    case 'list':
    case 'oneOrList':
      return describeValue(value.item, text, law, place);
    case 'either':
      return describeValue(value.scalar, text, law, place);
    case 'noneOr':
      return text === 'none' ? 'Explicitly states that there is none.' : undefined;
    case 'keyed':
      return (
        describeValue({ type: 'term', vocabulary: value.key }, text, law, place) ??
        (value.orItem ? describeValue(value.entry, text, law, place) : undefined)
      );
    case 'date':
      return describeDate(text);
    case 'integer':
      return place.path[place.path.length - 1] === 'minimum_age' && /^\d+$/.test(text)
        ? describeAge(Number(text), law, place.country)
        : undefined;
    case 'country': {
      const region = value.regions ? findTerm('region', text) : undefined;
      if (region) return `**${region.label}** (${region.id})\n\n${region.meaning}`;
      const code = text.toUpperCase();
      return isCountryCode(code)
        ? `**${countryName(code)}** (${code})\n\n${law.describeTransferStatus(code)}`
        : undefined;
    }
    case 'duration':
    case 'retention': {
      const duration = parseDuration(text);
      return duration
        ? `**${formatDuration(duration)}**${value.type === 'retention' ? ' — retention period (Art 13(2)(a))' : ''}`
        : undefined;
    }
    default:
      return undefined;
  }
}

function describeDefinition(model: PolicyModel, def: Definition): string {
  const lines = [`**${def.name}** — ${SECTION_NOUN[def.section]} \`${def.id}\``];
  const description = fieldStr(def.map, 'description')?.value;
  if (description) lines.push(description);
  let everyPurpose = false;
  if (def.section === 'data') {
    const examples = strList(def.map?.entries.find((e) => e.key === 'examples')?.value).map((s) => s.value);
    if (examples.length) lines.push(`Examples: ${examples.join(', ')}`);
    const data = model.data.find((d) => d.id === def.id);
    const specials = (data?.specials ?? []).flatMap((s) => findTerm('special', s.value)?.label ?? []);
    if (specials.length)
      lines.push(`Special categor${specials.length === 1 ? 'y' : 'ies'}: ${specials.join(', ')} (Art 9(1))`);
    everyPurpose = data?.allPurposes ?? false;
  } else if (def.section === 'recipients') {
    const recipient = model.recipients.find((r) => r.id === def.id);
    const type = findTerm('recipient_type', recipient?.type?.value ?? '');
    const places = (recipient?.countries ?? []).map((c) =>
      isCountryCode(c.value) ? countryName(c.value) : (findTerm('region', c.value)?.label ?? c.value),
    );
    lines.push(
      [type?.label ?? 'Role not stated', recipient?.orgName?.value, places.join(', ') || undefined]
        .filter(Boolean)
        .join(' · '),
    );
    // v1.3 (docs/language.md, "recipients"): what the notice will say of it.
    if (recipient?.ownCollection) lines.push('Collects the data itself, on its own service: not shown as sharing.');
    if (recipient?.possible) lines.push('May receive data (the notice says "may").');
  } else if (def.section === 'purposes') {
    const purpose = model.purposes.find((p) => p.id === def.id);
    const bases = purpose?.bases
      .map((b) => findTerm('basis', b.value))
      .filter((t) => t !== undefined)
      .map((t) => `${t.label} (${t.article})`);
    if (bases?.length) lines.push(`Legal basis: ${bases.join(', ')}`);
  }
  const uses = model.references.filter((r) => r.section === def.section && r.value === def.id).length;
  lines.push(everyPurpose ? `Used by every purpose (\`all_purposes\`).` : `Used ${uses} time${uses === 1 ? '' : 's'}.`);
  return lines.filter(Boolean).join('\n\n');
}
