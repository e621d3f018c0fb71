// The policy as data for other tools: Export DPV / Export Record of Processing and `privacy-policy export`.
import { toDpv } from './dpv';
import { toRopaCsv } from './ropa';
import type { Analysis } from '../core/analysis';

/** `dpv`: W3C Data Privacy Vocabulary as JSON-LD; `ropa`: the Art 30(1) record of processing activities as CSV. */
export const EXPORT_FORMATS = ['dpv', 'ropa'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const isExportFormat = (value: unknown): value is ExportFormat => EXPORT_FORMATS.includes(value as ExportFormat);

export function exportDocument(analysis: Analysis, format: ExportFormat): string {
  return format === 'dpv' ? `${JSON.stringify(toDpv(analysis), null, 2)}\n` : toRopaCsv(analysis);
}
