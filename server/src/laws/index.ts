// The laws a notice can serve (ARCHITECTURE.md, "The law seam"). A document's laws are chosen by the analysis
// (core/analysis.ts).
import { euGdpr } from './eu-gdpr';
import type { Law, LawId } from './law';

export type {
  AdequacyFinding,
  Citation,
  Law,
  LawArticle,
  LawId,
  LawNoticeText,
  Provision,
  TransferStatus,
} from './law';

export const LAWS: readonly Law[] = [euGdpr];

export const DEFAULT_LAW: Law = euGdpr;

export function lawById(id: LawId): Law {
  return LAWS.find((law) => law.id === id) ?? DEFAULT_LAW;
}
