// The laws a notice can serve (ARCHITECTURE.md, "The law seam"). A document's laws are chosen by the analysis
// (core/analysis.ts); each law binds to the notice's date with `at`.
import { chFadp } from './ch-fadp';
import { euGdpr } from './eu-gdpr';
import type { Law, LawId } from './law';
import { ukGdpr } from './uk-gdpr';

export type {
  AdequacyFinding,
  Citation,
  CitationContext,
  Law,
  LawArticle,
  LawAuthority,
  LawCitation,
  LawId,
  LawNoticeText,
  Provision,
  TransferStatus,
} from './law';
export { isLawId, LAW_IDS } from './law';
export { findLawCitations, lawList, mayCiteLaws } from './citations';
export type { LawBlock, LawFacts, LawNotice, LawTransferGround, LawTransferLine } from './notice';
export { appliesOn, englishDate, isoDay } from './dates';
export { INVALID_MECHANISM } from './notice';

export const LAWS: readonly Law[] = [euGdpr, ukGdpr, chFadp];

export const DEFAULT_LAW: Law = euGdpr;

export function lawById(id: LawId): Law {
  return LAWS.find((law) => law.id === id) ?? DEFAULT_LAW;
}
