// The policy as data for other tools: Export DPV / Export Record of Processing and `privacy-policy export`.
import { toDpv } from './dpv';
import { toRopaCsv } from './ropa';
import type { Analysis } from '../core/analysis';
import type { ExportFormat } from '../protocol/constants';

export function exportDocument(analysis: Analysis, format: ExportFormat): string {
  return format === 'dpv' ? `${JSON.stringify(toDpv(analysis), null, 2)}\n` : toRopaCsv(analysis);
}
