// Hover: what a key means and which article it serves; what a vocabulary value means; what a reference
// points to; a country's transfer status; a duration's normalised reading.
import { isCountryCode } from '../vocabulary/countries';
import type { InterfaceText } from '../languages/interface';
import type { Law } from '../laws';
import { parseDuration } from '../vocabulary/duration';
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

export function hoverAt(analysis: Analysis, offset: number, ui: InterfaceText): HoverResult | undefined {
  const { model } = analysis;
  const citation = citationHover(model, analysis.laws, offset, ui);
  if (citation) return citation;
  const symbol = symbolAt(model, offset);
  if (symbol) {
    const def = symbol.kind === 'definition' ? symbol.def : definitionOf(model, symbol.ref.section, symbol.ref.value);
    const span = symbol.kind === 'definition' ? symbol.def.keySpan : symbol.ref.span;
    if (!def)
      return symbol.kind === 'reference'
        ? { span, markdown: ui.t('**{0}** is not defined under `{1}`.', symbol.ref.value, symbol.ref.section) }
        : undefined;
    return { span, markdown: describeDefinition(model, def, ui) };
  }
  const at = locate(model.tree.root, offset);
  if (!at) return undefined;
  const { field, value } = schemaAt(at.path);
  if (at.onKey && at.entry) {
    if (!field) return undefined;
    const article = field.article ? `\n\n*${ui.cite(`Art ${field.article}`)}*` : '';
    const key = field.required ? ui.t('**{0}** (required)', at.entry.key) : `**${at.entry.key}**`;
    return { span: at.entry.keySpan, markdown: `${key} — ${ui.t(field.description)}${article}` };
  }
  if (!at.node || at.node.kind !== 'scalar' || at.node.value === null || !value) return undefined;
  const text = String(at.node.value);
  const markdown =
    catalogueHover(at.path, text, ui) ??
    describeValue(value, text, analysis.laws[0], { path: at.path, country: model.controllerCountry?.value, ui });
  return markdown ? { span: at.node.span, markdown } : undefined;
}

/** Where the value is: its path (a per-law mechanism names its law) and the controller's country (Art 8 ages). */
interface ValuePlace {
  path: PathSegment[];
  country?: string;
  ui: InterfaceText;
}

function describeValue(value: ValueSchema, text: string, law: Law, place: ValuePlace): string | undefined {
  const { ui } = place;
  switch (value.type) {
    case 'term': {
      const term = ui.term(value.vocabulary, text);
      if (!term) return undefined;
      const alias = term.id !== text ? ` ${ui.t('(written as the alias `{0}`)', text)}` : '';
      const note = lawNote(value.vocabulary, term.id, lawAt(place.path), ui);
      return `**${term.label}**${term.article ? ` — ${term.article}` : ''}${alias}\n\n${term.meaning}${note ? `\n\n${note}` : ''}`;
    }
    case 'list':
    case 'oneOrList':
      return describeValue(value.item, text, law, place);
    case 'either':
      return describeValue(value.scalar, text, law, place);
    case 'noneOr':
      return text === 'none' ? ui.t('Explicitly states that there is none.') : undefined;
    case 'keyed':
      return (
        describeValue({ type: 'term', vocabulary: value.key }, text, law, place) ??
        (value.orItem ? describeValue(value.entry, text, law, place) : undefined)
      );
    case 'date':
      return describeDate(text, ui);
    case 'integer':
      return place.path[place.path.length - 1] === 'minimum_age' && /^\d+$/.test(text)
        ? describeAge(Number(text), law, place.country, ui)
        : undefined;
    case 'country': {
      const region = value.regions ? ui.term('region', text) : undefined;
      if (region) return `**${region.label}** (${region.id})\n\n${region.meaning}`;
      const code = text.toUpperCase();
      return isCountryCode(code)
        ? `**${ui.country(code)}** (${code})\n\n${ui.say(law.describeTransferStatus(code))}`
        : undefined;
    }
    case 'duration':
    case 'retention': {
      const duration = parseDuration(text);
      return duration
        ? `**${ui.duration(duration)}**${value.type === 'retention' ? ` — ${ui.t('retention period ({0})', ui.cite('Art 13(2)(a)'))}` : ''}`
        : undefined;
    }
    default:
      return undefined;
  }
}

function describeDefinition(model: PolicyModel, def: Definition, ui: InterfaceText): string {
  const lines = [`**${def.name}** — ${ui.t(SECTION_NOUN[def.section])} \`${def.id}\``];
  const description = fieldStr(def.map, 'description')?.value;
  if (description) lines.push(description);
  let everyPurpose = false;
  if (def.section === 'data') {
    const examples = strList(def.map?.entries.find((e) => e.key === 'examples')?.value).map((s) => s.value);
    if (examples.length) lines.push(ui.t('Examples: {0}', examples.join(', ')));
    const data = model.data.find((d) => d.id === def.id);
    const specials = (data?.specials ?? []).flatMap((s) => ui.term('special', s.value)?.label ?? []);
    if (specials.length)
      lines.push(
        ui.t(
          specials.length === 1 ? 'Special category: {0} ({1})' : 'Special categories: {0} ({1})',
          specials.join(', '),
          ui.cite('Art 9(1)'),
        ),
      );
    everyPurpose = data?.allPurposes ?? false;
  } else if (def.section === 'recipients') {
    const recipient = model.recipients.find((r) => r.id === def.id);
    const type = ui.term('recipient_type', recipient?.type?.value ?? '');
    const places = (recipient?.countries ?? []).map((c) =>
      isCountryCode(c.value) ? ui.country(c.value) : (ui.term('region', c.value)?.label ?? c.value),
    );
    lines.push(
      [type?.label ?? ui.t('Role not stated'), recipient?.orgName?.value, places.join(', ') || undefined]
        .filter(Boolean)
        .join(' · '),
    );
    // v1.3 (docs/language.md, "recipients"): what the notice will say of it.
    if (recipient?.ownCollection)
      lines.push(ui.t('Collects the data itself, on its own service: not shown as sharing.'));
    if (recipient?.possible) lines.push(ui.t('May receive data (the notice says “may”).'));
  } else if (def.section === 'purposes') {
    const purpose = model.purposes.find((p) => p.id === def.id);
    const bases = purpose?.bases
      .map((b) => ui.term('basis', b.value))
      .filter((t) => t !== undefined)
      .map((t) => `${t.label} (${t.article})`);
    if (bases?.length) lines.push(ui.t('Legal basis: {0}', bases.join(', ')));
  }
  const uses = model.references.filter((r) => r.section === def.section && r.value === def.id).length;
  lines.push(
    everyPurpose
      ? ui.t('Used by every purpose (`all_purposes`).')
      : uses === 1
        ? ui.t('Used once.')
        : ui.t('Used {0} times.', uses),
  );
  return lines.filter(Boolean).join('\n\n');
}
