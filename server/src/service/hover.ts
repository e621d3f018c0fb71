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
  const markdown = catalogueHover(at.path, text) ?? describeValue(value, text, analysis.laws[0]);
  return markdown ? { span: at.node.span, markdown } : undefined;
}

function describeValue(value: ValueSchema, text: string, law: Law): string | undefined {
  switch (value.type) {
    case 'term': {
      const term = findTerm(value.vocabulary, text);
      if (!term) return undefined;
      const alias = term.id !== text ? ` (written as the alias \`${text}\`)` : '';
      return `**${term.label}**${term.article ? ` — ${term.article}` : ''}${alias}\n\n${term.meaning}`;
    }
    case 'list':
    case 'oneOrList':
      return describeValue(value.item, text, law);
    case 'either':
      return describeValue(value.scalar, text, law);
    case 'noneOr':
      return text === 'none' ? 'Explicitly states that there is none.' : undefined;
    case 'keyed':
      return (
        describeValue({ type: 'term', vocabulary: value.key }, text, law) ??
        (value.orItem ? describeValue(value.entry, text, law) : undefined)
      );
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
  if (def.section === 'data') {
    const examples = strList(def.map?.entries.find((e) => e.key === 'examples')?.value).map((s) => s.value);
    if (examples.length) lines.push(`Examples: ${examples.join(', ')}`);
    const special = findTerm('special', fieldStr(def.map, 'special')?.value ?? '');
    if (special) lines.push(`Special category: ${special.label} (Art 9(1))`);
  } else if (def.section === 'recipients') {
    const type = findTerm('recipient_type', fieldStr(def.map, 'type')?.value ?? '');
    const country = fieldStr(def.map, 'country')?.value.toUpperCase();
    lines.push(
      [
        type?.label,
        fieldStr(def.map, 'name')?.value,
        country && isCountryCode(country) ? countryName(country) : undefined,
      ]
        .filter(Boolean)
        .join(' · '),
    );
  } else {
    const purpose = model.purposes.find((p) => p.id === def.id);
    const bases = purpose?.bases
      .map((b) => findTerm('basis', b.value))
      .filter((t) => t !== undefined)
      .map((t) => `${t.label} (${t.article})`);
    if (bases?.length) lines.push(`Legal basis: ${bases.join(', ')}`);
  }
  const uses = model.references.filter((r) => r.section === def.section && r.value === def.id).length;
  lines.push(`Used ${uses} time${uses === 1 ? '' : 's'}.`);
  return lines.filter(Boolean).join('\n\n');
}
