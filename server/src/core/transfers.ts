// Where a transfer takes personal data (Art 44) and what it may rest on (Art 45–49): read by the transfer rules, the
// semantic diff and the exports.
import {
  entryOf,
  flagOf,
  mapOf,
  type Mechanism,
  type PolicyModel,
  type Recipient,
  type Str,
  type Transfer,
} from '../parser/policyModel';
import { isPlaceholder } from '../parser/placeholders';
import { findTerm, VOCABULARIES, type Term } from '../vocabulary/terms';
import type { AdequacyFinding, Law } from '../laws';
import { ENGLISH, type InterfaceText } from '../languages/interface';

/** The places a transfer reaches: the countries it lists and those of the recipients it names (placeholders left out). */
export function transferCountries(
  transfer: Transfer,
  recipients: readonly { id: string; countries: readonly { value: string }[] }[],
): string[] {
  const codes = new Set(transfer.countries.map((c) => c.value));
  for (const ref of transfer.recipients) {
    for (const c of recipients.find((r) => r.id === ref.value)?.countries ?? []) codes.add(c.value);
  }
  return [...codes].filter((c) => !isPlaceholder(c));
}

/**
 * The recipients outside the law's territory that no transfer covers, by naming them or by listing their country;
 * `country` is the first of their places that is outside and uncovered.
 */
export function uncoveredRecipients(
  model: Pick<PolicyModel, 'recipients' | 'transfers'>,
  law: Law,
): (Recipient & { country: Str })[] {
  const { recipients } = model;
  // A transfer whose `from` names other laws only does not cover a recipient under this one (docs/language.md, "Laws").
  const transfers = model.transfers.filter((t) => !t.from.length || t.from.some((f) => f.value === law.id));
  const coveredIds = new Set(transfers.flatMap((t) => t.recipients.map((ref) => ref.value)));
  const coveredCountries = new Set(transfers.flatMap((t) => t.countries.map((c) => c.value)));
  return recipients.flatMap((r) => {
    if (coveredIds.has(r.id)) return [];
    const outside = r.countries.find(
      (c) => !law.territory.contains(c.value) && !coveredCountries.has(c.value) && !isPlaceholder(c.value),
    );
    return outside ? [{ ...r, country: outside }] : [];
  });
}

/**
 * The laws whose territory a transfer leaves (docs/language.md, "Laws"): those its `from` names, or else every law of
 * the notice under which one of its destinations is outside the territory — adequate or not, a transfer is disclosed
 * with its ground.
 */
export function transferLaws(transfer: Transfer, model: Pick<PolicyModel, 'recipients'>, laws: readonly Law[]): Law[] {
  if (transfer.from.length) return laws.filter((law) => transfer.from.some((f) => f.value === law.id));
  const destinations = transferCountries(transfer, model.recipients);
  // International organisations are outside every territory; a transfer that names no place leaves them all.
  if (!destinations.length || transfer.organisations.length) return [...laws];
  return laws.filter((law) => destinations.some((c) => !law.territory.contains(c)));
}

/**
 * The mechanisms a transfer gives under one law: the ones its `mechanism` map gives that law, or else the ones it
 * gives without naming a law (a plain value or list applies under every law the transfer leaves).
 */
export function mechanismsUnder(transfer: Transfer, law: Law): Mechanism[] {
  const own = transfer.mechanisms.filter((m) => m.law === law.id);
  if (own.length) return own;
  return transfer.mechanisms.filter((m) => m.law === undefined);
}

/** What a mechanism is: an adequacy finding, an appropriate safeguard, or a derogation (docs/language.md, "mechanism"). */
export function mechanismKind(mechanism: string): 'adequacy' | 'safeguard' | 'derogation' | 'unknown' {
  if (['adequacy', 'dpf', 'uk-extension-dpf', 'swiss-us-dpf', 'privacy-shield', 'safe-harbor'].includes(mechanism))
    return 'adequacy';
  if (mechanism.startsWith('derogation-')) return 'derogation';
  if (
    [
      'scc',
      'bcr',
      'legally-binding-instrument',
      'code-of-conduct',
      'certification',
      'ad-hoc-clauses',
      'uk-idta',
      'uk-addendum',
    ].includes(mechanism)
  )
    return 'safeguard';
  return 'unknown';
}

/** The destinations of a transfer outside one law's territory (countries; international organisations are kept apart). */
export function destinationsOutside(transfer: Transfer, model: Pick<PolicyModel, 'recipients'>, law: Law): string[] {
  return transferCountries(transfer, model.recipients).filter((c) => !law.territory.contains(c));
}

/** The destinations of a transfer outside a law's territory: countries (ISO codes) and international organisations. */
export function placesOutside(
  transfer: Transfer,
  recipients: readonly Recipient[],
  law: Law,
): { countries: string[]; organisations: string[] } {
  return {
    countries: transferCountries(transfer, recipients).filter((c) => !law.territory.contains(c)),
    organisations: transfer.organisations.map((o) => o.value.trim()).filter((o) => o && !isPlaceholder(o)),
  };
}

/** Where a transfer's ground stands in Chapter V: an adequacy decision, safeguards, or a derogation. */
export type MechanismGround = 'adequacy' | 'safeguard' | 'derogation';

/** The ground a mechanism is of, from the provision it rests on (Art 45, Art 46–47, Art 49). */
export function groundOf(term: Pick<Term, 'id' | 'article'>): MechanismGround | undefined {
  const article = term.article ?? '';
  if (/^Art 45/.test(article)) return 'adequacy';
  if (/^Art 4[67]/.test(article)) return 'safeguard';
  if (/^Art 49/.test(article)) return 'derogation';
  return undefined;
}

/** A mechanism a quick fix may offer for a destination, with what it needs beside it. */
export interface MechanismChoice {
  term: Term;
  ground: MechanismGround;
  /** How the choice reads in a fix's title: the author's statement ("I rely on …"). */
  title: string;
  /** The notice must say how to obtain a copy (Art 13(1)(f)). */
  needsCopy: boolean;
  /** The compelling legitimate interest must be stated (Art 49(1), second subparagraph). */
  needsInterest: boolean;
}

/** Derogations not available to public authorities in the exercise of their public powers (Art 49(3)). */
export const NOT_FOR_PUBLIC_POWERS: ReadonlySet<string> = new Set([
  'derogation-consent',
  'derogation-contract',
  'derogation-contract-in-interest',
  'derogation-compelling-interests',
]);

/** A controller that says it is a public authority or body (`controller.public_body: true`). */
export function isPublicBody(model: Pick<PolicyModel, 'root'>): boolean {
  return flagOf(mapOf(entryOf(model.root, 'controller')?.value), 'public_body');
}

/** "JP: Commission Implementing Decision … ; scope: only recipients …" for a fix's title: the decision and its limit. */
function adequacyNote(findings: { name: string; finding: AdequacyFinding }[], ui: InterfaceText): string {
  // The decisions' titles and scopes are the catalogue's, in its language (their source's).
  return findings
    .map(({ name, finding }) =>
      finding.scope
        ? ui.t('{0}: {1}; scope: {2}', name, finding.decision, finding.scope)
        : `${name}: ${finding.decision}`,
    )
    .join('; ');
}

/**
 * The GDPR article the relied-on decisions rest on: Art 45(3) for the Commission's decisions under the GDPR, Art 45(9)
 * for those adopted under Directive 95/46/EC and kept in force (`legalBasis`; docs/language.md, "mechanism").
 */
function adequacyArticle(findings: readonly AdequacyFinding[]): string {
  const kept = findings.filter((f) => f.legalBasis).length;
  return kept === 0 ? 'Art 45(3)' : kept === findings.length ? 'Art 45(9)' : 'Art 45(3), 45(9)';
}

/** Derogations the EDPB reads, with Recital 111, as for occasional transfers only (Guidelines 2/2018, by section). */
const OCCASIONAL_ONLY: ReadonlyMap<string, string> = new Map([
  ['derogation-contract', '2.2'],
  ['derogation-contract-in-interest', '2.2'],
  ['derogation-legal-claims', '2.4'],
]);

/**
 * Every mechanism valid under a law for the given destinations, in the order a quick fix offers them: an adequacy
 * decision where one exists for every destination, the US Data Privacy Framework (worded "only if the recipient is
 * certified"), the safeguards of Art 46–47, then the Art 49 derogations (exceptions, the compelling legitimate
 * interests last: only where no other ground can apply). None is a default: only the author knows which applies.
 */
export function validMechanisms(
  law: Law,
  destinations: { countries: string[]; organisations: string[] },
  options: { publicBody: boolean; recipientName?: string; ui?: InterfaceText },
): MechanismChoice[] {
  const ui = options.ui ?? ENGLISH;
  // A mechanism's name in the interface language (the notice catalogue's words for it).
  const label = (term: Term) => ui.term('mechanism', term.id)?.label ?? term.label;
  const { countries, organisations } = destinations;
  const known = countries.length + organisations.length > 0;
  const choices: MechanismChoice[] = [];
  const needsCopy = (id: string) => law.mechanismsNeedingCopy.has(id);
  const choice = (term: Term, ground: MechanismGround, title: string): MechanismChoice => ({
    term,
    ground,
    title,
    needsCopy: needsCopy(term.id),
    needsInterest: term.id === 'derogation-compelling-interests',
  });
  const adequate = [
    ...countries.map((c) => ({ name: c, finding: law.adequacy.forCountry(c) })),
    ...organisations.map((o) => ({ name: o, finding: law.adequacy.forOrganisation(o) })),
  ];
  // A mechanism's provision under this law (docs/language.md, "Laws"): its own where it has one (Art 45A UK GDPR,
  // Art 17(1)(a) FADP), a law's own mechanism as it cites itself, else the GDPR's article as the law numbers it.
  const provision = (term: Term): string | undefined =>
    law.mechanismProvision?.(term.id) ??
    (term.laws || !term.article ? term.article : (law.citeNamed?.(term.article) ?? law.cite(term.article)));
  // What the law itself says a mechanism cannot do for these destinations (the EU clauses alone under the UK GDPR,
  // compelling legitimate interests under the FADP): never offered.
  const refused = (term: Term) =>
    countries.length > 0
      ? countries.some((c) => law.mechanismProblem?.(term.id, c) !== undefined)
      : law.mechanismProblem?.(term.id) !== undefined;
  const adequacy = findTerm('mechanism', 'adequacy');
  if (known && adequacy && adequate.every((a) => a.finding)) {
    const found = adequate as { name: string; finding: AdequacyFinding }[];
    const article = adequacyArticle(found.map((a) => a.finding));
    const cited = law.mechanismProvision?.(adequacy.id) ?? law.citeNamed?.(article) ?? law.cite(article);
    choices.push(
      choice(
        adequacy,
        'adequacy',
        ui.t('I rely on an adequacy decision ({0}; {1})', cited ?? article, adequacyNote(found, ui)),
      ),
    );
  }
  const certified = law.adequacy.certified;
  if (
    certified &&
    organisations.length === 0 &&
    countries.length > 0 &&
    countries.every((c) => c === certified.country)
  ) {
    const term = findTerm('mechanism', certified.mechanism);
    if (term)
      choices.push(
        choice(
          term,
          'adequacy',
          ui.t(
            "I rely on the {0} ({1}) — only if {2} is certified, for this data: check the Framework's list",
            label(term),
            provision(term) ?? '',
            options.recipientName ?? ui.t('the recipient'),
          ),
        ),
      );
  }
  // Every law's mechanisms, and a law's own ones under it (`uk-addendum`, whose first law is the UK GDPR, though the
  // EU GDPR accepts it too as EU clauses).
  const usable = VOCABULARIES.mechanism.filter(
    (t) => !t.invalid && (t.laws === undefined || t.laws[0] === law.id) && !refused(t),
  );
  for (const t of usable) {
    if (groundOf(t) !== 'safeguard') continue;
    // Art 46(2)(a): an instrument between public authorities or bodies.
    if (t.id === 'legally-binding-instrument' && !options.publicBody) continue;
    choices.push(choice(t, 'safeguard', ui.t('I rely on {0} ({1})', ui.continuing(label(t)), provision(t) ?? '')));
  }
  const derogations = usable
    .filter((t) => groundOf(t) === 'derogation')
    .filter((t) => !(options.publicBody && NOT_FOR_PUBLIC_POWERS.has(t.id)))
    .sort(
      (a, b) => Number(a.id === 'derogation-compelling-interests') - Number(b.id === 'derogation-compelling-interests'),
    );
  for (const t of derogations) {
    // The conditions the title states: those of the provision itself, and for a contract or a legal claim the
    // EDPB's reading that the transfer is occasional (docs/rules/missing-transfer-safeguard.md).
    const section = law.id === 'eu-gdpr' ? OCCASIONAL_ONLY.get(t.id) : undefined;
    const when =
      t.id === 'derogation-compelling-interests'
        ? ui.t(
            'only where no adequacy decision, safeguard or other exception applies, for a transfer that is not ' +
              'repetitive and concerns a limited number of people, and with the supervisory authority informed',
          )
        : section
          ? ui.t(
              'only where no adequacy decision or safeguard applies, for occasional transfers (Recital 111; EDPB ' +
                'Guidelines 2/2018, section {0})',
              section,
            )
          : ui.t('only where no adequacy decision or safeguard applies');
    choices.push(
      choice(
        t,
        'derogation',
        ui.t(
          'Exception ({0}), {1}: {2}',
          (t.id === 'derogation-compelling-interests' ? compellingProvision(law, ui) : provision(t)) ?? '',
          when,
          ui.continuing(label(t)),
        ),
      ),
    );
  }
  return choices;
}

/** The second subparagraph of Art 49(1), as the law cites it. */
function compellingProvision(law: Law, ui: InterfaceText): string {
  const paragraph = law.citeNamed?.('Art 49(1)') ?? law.cite('Art 49(1)') ?? 'Art 49(1)';
  return ui.t('{0}, second subparagraph', paragraph);
}
