// Code lenses on definitions: on a data category or a recipient, how many purposes use it (the lens opens those
// uses); on a purpose, its legal bases and retention in one line. Offsets inside; the words are codeLensText.ts's.
import type { Analysis } from '../core/analysis';
import { parseDuration } from '../vocabulary/duration';
import { findTerm } from '../vocabulary/terms';
import type { InterfaceText } from '../languages/interface';
import { entryOf, isBlank, strOf, type Definition, type Purpose } from '../parser/policyModel';
import type { Span, YNode } from '../parser/yamlTree';
import { codeLensText, type RetentionSummary } from './codeLensText';
import { termCitation } from './inlayHints';

export interface Lens {
  /** The definition's key: the lens stands above its line. */
  span: Span;
  title: string;
  /** On a data category or a recipient: where purposes use it, for the command that lists them. */
  uses?: Span[];
}

export function codeLenses(analysis: Analysis, ui: InterfaceText): Lens[] {
  const { model } = analysis;
  const words = codeLensText(ui);
  const law = analysis.laws[0];
  const usesOf = (ids: (p: Purpose) => { value: string; span: Span }[]) => {
    const uses = new Map<string, { purposes: Set<Purpose>; spans: Span[] }>();
    for (const purpose of model.purposes)
      for (const ref of ids(purpose)) {
        let use = uses.get(ref.value);
        if (!use) uses.set(ref.value, (use = { purposes: new Set(), spans: [] }));
        use.purposes.add(purpose);
        use.spans.push(ref.span);
      }
    return uses;
  };
  const usageLens = (def: Definition, uses: Map<string, { purposes: Set<Purpose>; spans: Span[] }>): Lens => {
    const use = uses.get(def.id);
    return {
      span: def.keySpan,
      title: words.usedByPurposes(use?.purposes.size ?? 0),
      uses: use?.spans ?? [],
    };
  };
  const dataUses = usesOf((p) => p.data);
  const recipientUses = usesOf((p) => p.recipients);
  // v1.3 `all_purposes` (docs/language.md, "data"): every purpose uses the category, listed or not.
  const everyPurposeLens = (def: Definition): Lens => ({
    span: def.keySpan,
    title: words.usedByEveryPurpose,
    uses: model.purposes.map((p) => p.keySpan),
  });
  // v1.3: the notice-wide `retention` applies to a purpose that gives none of its own.
  const noticeRetention = entryOf(model.root, 'retention')?.value;

  const lenses: Lens[] = [
    ...model.data.map((d) => (d.allPurposes ? everyPurposeLens(d) : usageLens(d, dataUses))),
    ...model.recipients.map((r) => usageLens(r, recipientUses)),
    ...model.purposes.map((p) => {
      const bases = p.bases.map((b) => {
        const term = findTerm('basis', b.value);
        if (!term) return words.unknownBasis(b.value);
        return words.basis(ui.term('basis', term.id)!.label, law ? termCitation(term, law) : undefined);
      });
      const own = entryOf(p.map, 'retention')?.value;
      const retention =
        (!own || isBlank(own)) && noticeRetention && !isBlank(noticeRetention)
          ? words.noticeWide(words.retention(retentionSummary(noticeRetention)))
          : words.retention(retentionSummary(own));
      return { span: p.keySpan, title: words.purpose(bases, retention) };
    }),
  ];
  return lenses.sort((a, b) => a.span.start - b.span.start);
}

/** A purpose's retention as one short phrase's parts (the forms of docs/language.md, "Retention"). */
export function retentionSummary(node: YNode | null | undefined): RetentionSummary {
  if (!node || isBlank(node)) return { kind: 'none' };
  if (node.kind === 'scalar') {
    const text = strOf(node)?.value ?? '';
    const duration = parseDuration(text);
    return duration ? { kind: 'duration', duration } : { kind: 'text', text };
  }
  if (node.kind === 'seq')
    return node.items.length === 1 ? retentionSummary(node.items[0]) : { kind: 'perData', count: node.items.length };
  const text = (key: string) => {
    const value = strOf(entryOf(node, key)?.value)?.value;
    return value?.trim() ? value : undefined;
  };
  const period = text('period');
  if (period !== undefined) return retentionSummary(entryOf(node, 'period')?.value);
  const until = text('until');
  if (until !== undefined) return { kind: 'until', event: until, then: parseDuration(text('then') ?? '') };
  for (const [key, kind] of [
    ['at_least', 'atLeast'],
    ['at_most', 'atMost'],
  ] as const) {
    const duration = parseDuration(text(key) ?? '');
    if (duration) return { kind, duration };
  }
  const between = entryOf(node, 'between')?.value;
  if (between?.kind === 'seq' && between.items.length === 2) {
    const [low, high] = between.items.map((item) => parseDuration(strOf(item)?.value ?? ''));
    if (low && high) return { kind: 'between', low, high };
  }
  if (text('law') !== undefined) return { kind: 'law' };
  if (text('criteria') !== undefined) return { kind: 'criteria' };
  const nested = entryOf(node, 'retention')?.value;
  return nested ? retentionSummary(nested) : { kind: 'none' };
}
