// What the checker analyses: a document over either limit gets one `document-too-large` diagnostic and no parse,
// so that no request takes more than about a second on any document, whatever its shape (hostile input included).
// Real notices are 15–30 KB and 800–1,700 tokens; the 17,000-line policy of the bench is 650 KB and 54,000.
import { countYamlTokens } from './yamlTokens';

/** Bytes (UTF-16 code units): nobody writes a notice of this size by hand. */
export const MAX_DOCUMENT_SIZE = 2 * 1024 * 1024;
/**
 * YAML tokens (see yamlTokens.ts): the parser's cost follows tokens, not bytes. The costliest shapes per token took
 * 0.6–0.98 s at 80,000 tokens, and up to 0.97 s at 70,000 on a cold server, over LSP on the development machine:
 * 60,000 keeps a margin, and still admits the 17,000-line bench policy.
 */
export const MAX_YAML_TOKENS = 60_000;

export type OverLimit = { limit: 'size'; size: number } | { limit: 'tokens'; tokens: number };

/** Why a text is not analysed, or undefined when it is. */
export function overLimit(text: string): OverLimit | undefined {
  if (text.length > MAX_DOCUMENT_SIZE) return { limit: 'size', size: text.length };
  const tokens = countYamlTokens(text, MAX_YAML_TOKENS);
  return tokens > MAX_YAML_TOKENS ? { limit: 'tokens', tokens } : undefined;
}
