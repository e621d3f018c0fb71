// One parse per document version, shared by every feature (validation, completion, hover, render…).
import { buildPolicyModel, type PolicyModel } from '../parser/policyModel';
import { MAX_DOCUMENT_SIZE, MAX_YAML_TOKENS } from '../parser/limits';
import { parseIncrementally, PieceCache } from '../parser/incremental';
import { parseYamlTree } from '../parser/yamlTree';
import { checkSchema, type SchemaCheckResult } from '../schema/schemaCheck';
import { DEFAULT_LAW, type Law } from '../laws';

export { MAX_DOCUMENT_SIZE, MAX_YAML_TOKENS };

export interface Analysis {
  text: string;
  model: PolicyModel;
  schema: SchemaCheckResult;
  /** The laws the document serves, the first one the notice's own (ARCHITECTURE.md, "The law seam"). */
  laws: readonly Law[];
}

/** The laws a document serves: the EU GDPR (docs/language.md). */
export function lawsOf(_model: PolicyModel): readonly Law[] {
  return [DEFAULT_LAW];
}

/**
 * Parses and checks a text. With `pieces` (the pieces of the same document's previous version, kept by the
 * editor's cache) only the changed pieces are parsed again (parser/incremental.ts); the CLI parses whole.
 */
export function analyzeText(text: string, pieces?: PieceCache): Analysis {
  const tree = pieces ? parseIncrementally(text, pieces) : parseYamlTree(text);
  const model = buildPolicyModel(text, tree);
  // A text over a limit is not parsed: an empty model, on which only `document-too-large` has something to say.
  const schema = tree.overLimit ? { findings: [], missing: [] } : checkSchema(tree, text);
  return { text, model, schema, laws: lawsOf(model) };
}

export interface VersionedText {
  uri: string;
  version: number;
  getText(): string;
}

/** Caches the latest analysis of each open document; a new version replaces the old one. */
export class AnalysisCache {
  private readonly entries = new Map<string, { version: number; analysis: Analysis; pieces: PieceCache }>();

  get(doc: VersionedText): Analysis {
    const hit = this.entries.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.analysis;
    const pieces = hit?.pieces ?? new PieceCache();
    const analysis = analyzeText(doc.getText(), pieces);
    this.entries.set(doc.uri, { version: doc.version, analysis, pieces });
    return analysis;
  }

  /** How the last analysis of a document was parsed (pieces parsed and reused), for tests and the bench. */
  lastParse(uri: string): PieceCache['last'] | undefined {
    return this.entries.get(uri)?.pieces.last;
  }

  /**
   * The newest analysis of a document, even of an older version: for features that read only what rarely changes
   * while typing (the ids defined), so a keystroke does not wait for a parse. Parses if there is none yet.
   */
  latest(doc: VersionedText): Analysis {
    return this.entries.get(doc.uri)?.analysis ?? this.get(doc);
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
