// Every word the code lenses show, in one place (the interface's language is English for now; a translation replaces
// this module's functions, nothing else).
import { formatDuration, type Duration } from '../vocabulary/duration';

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

export const codeLensText = {
  /** On a data category or a recipient: how many purposes use it. */
  usedByPurposes: (count: number) =>
    count === 0 ? 'not used by any purpose' : `used by ${count} purpose${count === 1 ? '' : 's'}`,
  /** On a data category with `all_purposes: true`. */
  usedByEveryPurpose: 'used by every purpose (all_purposes)',
  /** A purpose without a retention of its own: the notice-wide one, said to be that. */
  noticeWide: (retention: string) => `${retention} (the notice’s retention)`,
  /** A legal basis with the provision it rests on: "Consent (Art 6(1)(a))". */
  basis: (label: string, citation: string | undefined) => (citation ? `${label} (${citation})` : label),
  /** A basis the vocabulary does not know, as written. */
  unknownBasis: (written: string) => excerpt(written, 30),
  noBasis: 'no legal basis',
  /** On a purpose: its bases and its retention in one line. */
  purpose: (bases: string[], retention: string) =>
    `${bases.length > 0 ? bases.join(', ') : codeLensText.noBasis} · ${retention}`,
  retention(summary: RetentionSummary): string {
    switch (summary.kind) {
      case 'none':
        return 'no retention period';
      case 'duration':
        return formatDuration(summary.duration);
      case 'text':
        return excerpt(summary.text);
      case 'until':
        return summary.then
          ? `until ${excerpt(summary.event, 30)}, then ${formatDuration(summary.then)}`
          : `until ${excerpt(summary.event)}`;
      case 'atLeast':
        return `at least ${formatDuration(summary.duration)}`;
      case 'atMost':
        return `at most ${formatDuration(summary.duration)}`;
      case 'between':
        return `between ${formatDuration(summary.low)} and ${formatDuration(summary.high)}`;
      case 'law':
        return 'the period the law requires';
      case 'criteria':
        return 'retention by criteria';
      case 'perData':
        return `${summary.count} retention periods by data`;
    }
  },
};
