// One parse per document version, shared by every feature (validation, completion, hover, render…).
import { buildPolicyModel, type PolicyModel } from '../parser/policyModel';
import { MAX_DOCUMENT_SIZE, MAX_YAML_TOKENS } from '../parser/limits';
import { parseIncrementally, PieceCache } from '../parser/incremental';
import { parseYamlTree } from '../parser/yamlTree';
import { checkSchema, type SchemaCheckResult } from '../schema/schemaCheck';
import { DEFAULT_LAW, isLawId, isoDay, lawById, type Law, type LawId } from '../laws';
import { entryOf, fieldStr, mapOf } from '../parser/policyModel';

export { MAX_DOCUMENT_SIZE, MAX_YAML_TOKENS };

export interface Analysis {
  text: string;
  model: PolicyModel;
  schema: SchemaCheckResult;
  /** The laws the document serves, the first one the notice's own (ARCHITECTURE.md, "The law seam"). */
  laws: readonly Law[];
}

/**
 * The laws a document serves (docs/language.md, "Laws"): the keys of `laws` in order (the first is the notice's own),
 * or, without `laws`, the one chosen by `controller.country` — GB: the UK GDPR, CH: the Swiss FADP, any other or none:
 * the EU GDPR. Each law is read as it stands on the notice's `effective` date (a month means its first day).
 */
export function lawsOf(model: PolicyModel): readonly Law[] {
  const date = effectiveDate(model);
  const ids = lawIdsOf(model);
  return ids.map((id) => {
    const law = lawById(id);
    return law.at ? law.at(date) : law;
  });
}

/** The law ids a document serves, the first its own (unknown keys of `laws` are skipped, and reported by the schema). */
export function lawIdsOf(model: PolicyModel): LawId[] {
  const declared = [...new Set(model.lawIds.map((l) => l.value).filter(isLawId))];
  if (declared.length) return declared;
  return [implicitLaw(model.controllerCountry?.value, effectiveDate(model))];
}

/** The UK GDPR applies from the end of the transition period (IP completion day, 31 December 2020, 11 p.m.). */
const UK_GDPR_FROM = '2021-01-01';

/**
 * The law a notice without `laws` serves, by the controller's country: a notice of a UK controller dated before
 * 2021 was under the EU GDPR.
 */
export function implicitLaw(country: string | undefined, date?: string): LawId {
  if (country === 'GB' && (date === undefined || date >= UK_GDPR_FROM)) return 'uk-gdpr';
  if (country === 'CH') return 'ch-fadp';
  return DEFAULT_LAW.id;
}

/** `policy.effective` as an ISO day (a month → its first day); undefined when absent or not a date. */
export function effectiveDate(model: PolicyModel): string | undefined {
  return isoDay(fieldStr(mapOf(entryOf(model.root, 'policy')?.value), 'effective')?.value);
}

/**
 * The analysis as one of its laws alone would have it (`check --law`, `render --law`, the preview's law switch):
 * undefined when the document does not serve that law.
 */
export function withLaw(analysis: Analysis, id: LawId): Analysis | undefined {
  const law = analysis.laws.find((l) => l.id === id);
  if (!law) return undefined;
  return analysis.laws.length === 1 ? analysis : { ...analysis, laws: [law] };
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
