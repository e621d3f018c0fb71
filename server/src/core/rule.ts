// What a rule is (docs/rules/): an id, a default severity, its GDPR reference, a check, and its quick fixes.
import type { Law, LawId } from '../laws';
import type { PolicyModel } from '../parser/policyModel';
import type { Span, YMap } from '../parser/yamlTree';
import type { Evidence } from '../reconcile/evidence';
import type { FixData, MissingRequired, SchemaCheckResult } from '../schema/schemaCheck';
import type { Severity } from './problem';
import type { RuleId } from './ruleIds';
import { placeholderStub } from './placeholders';

export interface RuleContext {
  model: PolicyModel;
  /** The notice's first law (ARCHITECTURE.md, "The law seam"): rules ask it rather than import one law's facts. */
  law: Law;
  /** Every law the notice serves. */
  laws: readonly Law[];
  /**
   * GDPR provisions ("Art 13(1)(c)") as cited under each law of the notice that has them ("Art 13(1)(c) GDPR and
   * UK GDPR"); for a notice of the EU GDPR alone, as written (core/lawCitations.ts).
   */
  cite(provisions: string): string;
  schema: SchemaCheckResult;
  text: string;
  /** What a HAR recording showed (README, "Catalogues and evidence"), when the author reconciled the policy with one. */
  evidence?: Evidence;
  /**
   * `under`: the laws this finding rests on, when fewer than the rule serves (a recipient outside the EEA but inside
   * Switzerland): the message then cites only theirs, and is information only where each of them asks less.
   */
  report(span: Span, message: string, data?: FixData, softer?: Severity, under?: readonly Law[]): void;
}

export interface TextEdit {
  span: Span;
  newText: string;
}

export interface QuickFix {
  title: string;
  edits: TextEdit[];
  isPreferred?: boolean;
  /** Safe to apply without looking (offered by "Fix all"). */
  safe?: boolean;
  /** What the fix takes that no other fix of the same "Fix all" may take too (e.g. a key name in one mapping). */
  claim?: string;
}

export interface FixContext {
  model: PolicyModel;
  law: Law;
  text: string;
  /** The diagnostic's span and data, as the rule reported them. */
  span: Span;
  data: FixData | undefined;
}

export interface Rule {
  id: RuleId;
  severity: Severity;
  /**
   * The provisions the rule serves, in the GDPR's numbering ("Art 13(1)(c), 6(1)"), the key each law cites in its own
   * words (`ruleCitation`); empty for purely structural rules.
   */
  provisions: string;
  /**
   * A rule that belongs to some laws only (docs/language.md, "Laws"): it runs where the notice serves one of them,
   * and cites `citations` under each instead of mapping `provisions`; under one of them without a citation, its
   * `provisions` as that law cites them.
   */
  laws?: readonly LawId[];
  citations?: Partial<Record<LawId, string>>;
  /** One line for the rule reference and hover. */
  description: string;
  check(ctx: RuleContext): void;
  fixes?(ctx: FixContext): QuickFix[];
}

/**
 * A name as messages quote it: at most `max` characters, on one line. A message repeated for every occurrence of a
 * word must not repeat a whole 12 KB title each time (36 MB of messages for one field).
 */
export function excerpt(name: string, max = 80): string {
  const line = name.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

/** How a law cites what a rule serves ("Art 13(1)(c), 6(1)"); empty for a structural rule or a law without it. */
export function ruleCitation(rule: Pick<Rule, 'provisions' | 'laws' | 'citations'>, law: Law): string {
  if (rule.laws) {
    if (!rule.laws.includes(law.id)) return '';
    return rule.citations?.[law.id] ?? (rule.provisions ? (law.cite(rule.provisions) ?? '') : '');
  }
  return rule.provisions ? (law.cite(rule.provisions) ?? '') : '';
}

/**
 * A structural rule whose findings the schema walk makes (schema/schemaCheck.ts): an error, without a GDPR article,
 * that relays the walk's findings under its id.
 */
export function schemaWalkRule(id: RuleId, description: string): Rule {
  return {
    id,
    severity: 'error',
    provisions: '',
    description,
    check(ctx) {
      for (const f of ctx.schema.findings) if (f.rule === id) ctx.report(f.span, f.message, f.data);
    },
  };
}

/**
 * True when a YAML syntax error lies inside a mapping: what the parser made of it may have lost or moved keys that
 * are there ("label: pays : UE" turns the next keys into a nested mapping), so a rule says nothing is missing from it
 * (docs/rules/missing-field.md) until the syntax error is fixed.
 */
export function holdsSyntaxError(model: PolicyModel, map: YMap | null | undefined): boolean {
  const first = map?.entries[0];
  if (!map || !first) return false;
  const { text } = model;
  const column = (offset: number) => offset - text.lastIndexOf('\n', offset - 1) - 1;
  const keyColumn = column(first.keySpan.start);
  return model.tree.problems.some((p) => {
    if (p.severity !== 'error' || p.span.start < map.span.start || p.span.start > map.span.end) return false;
    // On a line of this mapping's own keys (the one the error broke), not deeper in one of its values.
    const lineStart = text.lastIndexOf('\n', p.span.start - 1) + 1;
    const content = /^[ \t]*(?:-[ \t]+)*/.exec(text.slice(lineStart))![0].length;
    return content === keyColumn;
  });
}

/**
 * Lets one rule module report the required information that the schema walk found missing under its id; the fix
 * data inserts the field with placeholders (core/placeholders.ts), never an invented value.
 */
export function relayMissing(
  ctx: RuleContext,
  id: string,
  message: (m: MissingRequired) => string,
  keep: (m: MissingRequired) => boolean = () => true,
): void {
  for (const m of ctx.schema.missing) {
    if (m.rule === id && keep(m) && !holdsSyntaxError(ctx.model, m.map))
      ctx.report(m.span, message(m), {
        kind: 'insert',
        key: m.key,
        value: placeholderStub(ctx.model, m.key, m.field),
        mapStart: m.map?.span.start ?? 0,
      });
  }
}
