// Every word the code lenses show, in one place, in the interface language (languages/interface.ts).
import type { InterfaceText } from '../languages/interface';
import type { Duration } from '../vocabulary/duration';

/** A purpose's retention, as codeLens.ts reads it (docs/language.md, "Retention"). */
export type RetentionSummary =
  | { kind: 'none' }
  | { kind: 'duration'; duration: Duration }
  /** Text that is not a duration ("as long as your account exists"). */
  | { kind: 'text'; text: string }
  | { kind: 'until'; event: string; then?: Duration }
  | { kind: 'atLeast' | 'atMost'; duration: Duration }
  | { kind: 'between'; low: Duration; high: Duration }
  | { kind: 'law' }
  | { kind: 'criteria' }
  /** A list: one period per kind of data. */
  | { kind: 'perData'; count: number };

/** Author text in a one-line title: its first line, shortened. */
const excerpt = (text: string, max = 40) => {
  const line = text.trim().split(/\r?\n/)[0];
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
};

/** The lenses' words in the interface language. */
export function codeLensText(ui: InterfaceText) {
  const text = {
    /** On a data category or a recipient: how many purposes use it. */
    usedByPurposes: (count: number) =>
      count === 0
        ? ui.t('not used by any purpose')
        : count === 1
          ? ui.t('used by 1 purpose')
          : ui.t('used by {0} purposes', count),
    /** On a data category with `all_purposes: true`. */
    usedByEveryPurpose: ui.t('used by every purpose (all_purposes)'),
    /** A purpose without a retention of its own: the notice-wide one, said to be that. */
    noticeWide: (retention: string) => ui.t('{0} (the notice’s retention)', retention),
    /** A legal basis with the provision it rests on: "Consent (Art 6(1)(a))". */
    basis: (label: string, citation: string | undefined) => (citation ? `${label} (${citation})` : label),
    /** A basis the vocabulary does not know, as written. */
    unknownBasis: (written: string) => excerpt(written, 30),
    noBasis: ui.t('no legal basis'),
    /** On a purpose: its bases and its retention in one line. */
    purpose: (bases: string[], retention: string) =>
      `${bases.length > 0 ? bases.join(', ') : text.noBasis} · ${retention}`,
    retention(summary: RetentionSummary): string {
      switch (summary.kind) {
        case 'none':
          return ui.t('no retention period');
        case 'duration':
          return ui.duration(summary.duration);
        case 'text':
          return excerpt(summary.text);
        case 'until':
          return summary.then
            ? ui.t('until {0}, then {1}', excerpt(summary.event, 30), ui.duration(summary.then))
            : ui.t('until {0}', excerpt(summary.event));
        case 'atLeast':
          return ui.t('at least {0}', ui.duration(summary.duration));
        case 'atMost':
          return ui.t('at most {0}', ui.duration(summary.duration));
        case 'between':
          return ui.t('between {0} and {1}', ui.duration(summary.low), ui.duration(summary.high));
        case 'law':
          return ui.t('the period the law requires');
        case 'criteria':
          return ui.t('retention by criteria');
        case 'perData':
          return ui.t('{0} retention periods by data', summary.count);
      }
    },
  };
  return text;
}
