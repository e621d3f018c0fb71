// Every word the inlay hints show, in one place (the interface's language is English for now; a translation replaces
// this module's functions, nothing else).
import { formatDuration, type Duration } from '../vocabulary/duration';
import type { Term } from '../vocabulary/terms';

export const inlayHintText = {
  /** After a vocabulary value: the provision it rests on, as the notice's law cites it ("Art 6(1)(a)"). */
  article: (citation: string) => citation,
  /** Its tooltip: what the value is. */
  articleTooltip: (term: Term, citation: string) => `${term.label} — ${citation}`,
  /** After an ISO 8601 duration (`P1Y6M`): how it reads ("1 year and 6 months"). */
  duration: (duration: Duration) => formatDuration(duration),
  durationTooltip: (written: string) => `ISO 8601 duration ${written}`,
};
