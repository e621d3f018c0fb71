// Every word the inlay hints show, in one place, in the interface language (languages/interface.ts). The hint itself
// is the law's compact citation ("Art 6(1)(a)", "Art 16(1) FADP"): short enough to stand in the line, and read
// alike in every language; its tooltip says it in the interface's words.
import type { InterfaceText } from '../languages/interface';
import type { Duration } from '../vocabulary/duration';

export function inlayHintText(ui: InterfaceText) {
  return {
    /** After a vocabulary value: the provision it rests on, as the notice's law cites it ("Art 6(1)(a)"). */
    article: (citation: string) => citation,
    /** Its tooltip: what the value is ("Consent — Art 6(1)(a)"). */
    articleTooltip: (label: string, citation: string) => `${label} — ${citation}`,
    /** After an ISO 8601 duration (`P1Y6M`): how it reads ("1 year and 6 months"). */
    duration: (duration: Duration) => ui.duration(duration),
    durationTooltip: (written: string) => ui.t('ISO 8601 duration {0}', written),
  };
}
