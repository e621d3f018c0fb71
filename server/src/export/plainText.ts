// Retention and other rendered phrases as plain text, for exports that are not HTML (CSV, JSON-LD).
import type { Analysis } from '../core/analysis';
import { RenderContext } from '../render/context';
import { messages } from '../languages/notices';
import { renderRetention } from '../render/retention';
import type { YNode } from '../parser/yamlTree';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

export function htmlToText(html: string): string {
  return html
    .replace(/<\/li>\s*<li[^>]*>/g, '; ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e])
    .replace(/\s+/g, ' ')
    .trim();
}

/** The same words the notice uses for a retention value, without the markup. */
export function retentionText(analysis: Pick<Analysis, 'model' | 'laws'>, node: YNode | null | undefined): string {
  const ctx = new RenderContext(analysis.model, analysis.laws[0], messages('en'), false, []);
  return htmlToText(renderRetention(ctx, node));
}
