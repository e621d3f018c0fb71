// The policy as JSON-LD in the W3C Data Privacy Vocabulary (DPV 2.x) and its legal extensions: the notice and the
// laws it serves, the controller (and its roles as a processor), purposes with legal bases, personal data,
// recipients with locations, transfers with their legal grounds, retention, promises, opt-outs. Every term used
// exists in DPV 2.0 and 2.3; where DPV has none, the fact is kept as a description (docs/diff-and-exports.md lists
// both). The context is inline, so the document expands without fetching anything.
import { isCountryCode, countryName } from '../vocabulary/countries';
import { findTerm } from '../vocabulary/terms';
import { entryOf, fieldStr, mapOf, type PolicyModel, type Purpose, type Transfer } from '../parser/policyModel';
import type { YNode } from '../parser/yamlTree';
import type { Analysis } from '../core/analysis';
import { mechanismsUnder, transferCountries, transferLaws } from '../core/transfers';
import { retentionText } from './plainText';

export const DPV_CONTEXT = {
  dpv: 'https://w3id.org/dpv#',
  'eu-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#',
  'legal-eu': 'https://w3id.org/dpv/legal/eu#',
  'legal-gb': 'https://w3id.org/dpv/legal/gb#',
  loc: 'https://w3id.org/dpv/loc#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  dct: 'http://purl.org/dc/terms/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  label: 'rdfs:label',
  description: 'dct:description',
  seeAlso: { '@id': 'rdfs:seeAlso', '@type': '@id' },
  hasPurpose: { '@id': 'dpv:hasPurpose', '@type': '@id' },
  hasLegalBasis: { '@id': 'dpv:hasLegalBasis', '@type': '@id' },
  hasPersonalData: { '@id': 'dpv:hasPersonalData', '@type': '@id' },
  hasRecipient: { '@id': 'dpv:hasRecipient', '@type': '@id' },
  hasDataController: { '@id': 'dpv:hasDataController', '@type': '@id' },
  hasDataProcessor: { '@id': 'dpv:hasDataProcessor', '@type': '@id' },
  hasLocation: { '@id': 'dpv:hasLocation', '@type': '@id' },
  hasStorageCondition: 'dpv:hasStorageCondition',
  hasRight: { '@id': 'dpv:hasRight', '@type': '@id' },
  hasDataProtectionOfficer: 'dpv:hasDataProtectionOfficer',
  hasDataSubject: { '@id': 'dpv:hasDataSubject', '@type': '@id' },
  hasProcessing: { '@id': 'dpv:hasProcessing', '@type': '@id' },
  hasProcess: { '@id': 'dpv:hasProcess', '@type': '@id' },
  hasJointDataControllers: { '@id': 'dpv:hasJointDataControllers', '@type': '@id' },
  hasNotice: { '@id': 'dpv:hasNotice', '@type': '@id' },
  hasApplicableLaw: { '@id': 'dpv:hasApplicableLaw', '@type': '@id' },
  hasProhibition: 'dpv:hasProhibition',
  hasEntityInvolvement: 'dpv:hasEntityInvolvement',
  hasLikelihood: 'dpv:hasLikelihood',
  hasOrganisationalMeasure: 'dpv:hasOrganisationalMeasure',
};

/**
 * DPV's GDPR concepts use the language's article ids (docs/language.md, "Vocabularies": A6-1-f, A46-2-c…), but for
 * two mechanisms: binding corporate rules are DPV's Art 46(2)(b) concept (`A47` has none), and the occasional transfer
 * of the second subparagraph of Art 49(1) is the concept DPV numbers `A49-2`.
 */
const DPV_ID: Readonly<Record<string, string>> = { A47: 'A46-2-b', 'A49-1-2': 'A49-2' };
const gdpr = (vocabulary: 'basis' | 'special_basis' | 'mechanism' | 'right', id: string) => {
  const term = findTerm(vocabulary, id);
  // A value of one other law only, or one never valid, has no GDPR concept.
  if (!term?.alias || term.invalid || (term.laws && !term.laws.includes('eu-gdpr'))) return undefined;
  return `eu-gdpr:${DPV_ID[term.alias] ?? term.alias}`;
};

/** The laws' own DPV concepts (legal extensions); DPV 2.x has no Swiss extension. */
const LAW_TERMS: Readonly<Record<string, readonly object[]>> = {
  'eu-gdpr': [{ '@id': 'legal-eu:law-GDPR' }],
  'uk-gdpr': [{ '@id': 'legal-gb:law-GDPR' }, { '@id': 'legal-gb:law-DPA' }],
  'ch-fadp': [
    {
      '@type': 'dpv:Law',
      label: 'Swiss Federal Act on Data Protection of 25 September 2020 (FADP, SR 235.1)',
      description: 'DPV 2.x has no legal extension for Switzerland.',
    },
  ],
};

const RECIPIENT_TYPES: Record<string, string> = {
  processor: 'dpv:DataProcessor',
  controller: 'dpv:DataController',
  'joint-controller': 'dpv:JointDataControllers',
  'public-authority': 'dpv:Authority',
  internal: 'dpv:Recipient',
  public: 'dpv:Recipient',
};

/** DPV's prohibitions for the promises (docs/language.md, "promises"): the processing each one rules out. */
const PROMISES: Readonly<Record<string, object>> = {
  'no-sale': { hasPurpose: 'dpv:SellDataToThirdParties' },
  'no-sharing-for-advertising': {
    hasPurpose: 'dpv:Advertising',
    'dpv:hasRecipientThirdParty': { '@type': 'dpv:ThirdParty' },
  },
  'no-transfer': { hasProcessing: 'dpv:CrossBorderTransfer' },
  'no-profiling': { hasProcessing: 'dpv:Profiling' },
  'no-special-categories': { hasPersonalData: 'dpv:SpecialCategoryPersonalData' },
};

/** DPV purpose classes for the v1.2 flags: direct marketing, and research and development. */
function purposeTypes(p: Purpose): string | string[] {
  const types = [
    'dpv:Purpose',
    ...(p.directMarketing ? ['dpv:DirectMarketing'] : []),
    ...(p.research ? ['dpv:ResearchAndDevelopment'] : []),
  ];
  return types.length === 1 ? types[0] : types;
}

/** A country (`loc:US`) or a region (`loc:EEA`, `loc:EU`): DPV's location concepts use the same codes. */
const location = (code: string) => `loc:${code}`;
const placeName = (code: string) =>
  isCountryCode(code) ? countryName(code) : (findTerm('region', code)?.label ?? code);

/** "possible": DPV has no word for "may"; a likelihood says the processing is possible, not certain. */
const POSSIBLE = { '@type': 'dpv:Likelihood', label: 'possible: it may happen, but not necessarily' };

const WEB_ADDRESS = /^https?:\/\/[^\s<>"]+$/i;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The laws of the notice in DPV (docs/language.md, "Laws"): DPV's legal extensions where they exist — the EU's
 * (legal-eu:law-GDPR) and the United Kingdom's (legal-gb:law-GDPR, legal-gb:law-DPA, the ICO as legal-gb:DPA-GB) —
 * and the Fedlex identifier of the Swiss Act, for which DPV has no extension (the node says so).
 */
/** DPV's own legal bases, for laws without DPV concepts of their own (the GDPR's eu-gdpr:A6-1-x are the EU's). */
const CORE_BASES: Record<string, string> = {
  'eu-gdpr:A6-1-a': 'dpv:Consent',
  'eu-gdpr:A6-1-b': 'dpv:Contract',
  'eu-gdpr:A6-1-c': 'dpv:LegalObligation',
  'eu-gdpr:A6-1-d': 'dpv:VitalInterest',
  'eu-gdpr:A6-1-e': 'dpv:PublicInterest',
  'eu-gdpr:A6-1-f': 'dpv:LegitimateInterest',
};

const LAW_CONCEPTS: Record<string, { ids: string[]; authority?: string }> = {
  'eu-gdpr': { ids: ['legal-eu:law-GDPR'] },
  'uk-gdpr': { ids: ['legal-gb:law-GDPR', 'legal-gb:law-DPA'], authority: 'legal-gb:DPA-GB' },
  'ch-fadp': { ids: ['https://fedlex.data.admin.ch/eli/cc/2022/491'] },
};

export function toDpv(analysis: Analysis, baseIri = 'urn:privacy-policy:'): object {
  const document = dpvDocument(analysis, baseIri);
  const laws = analysis.laws;
  // A notice of the EU GDPR alone is exported as it always was.
  if (laws.length === 1 && laws[0].id === 'eu-gdpr') return document;
  const lawIds = laws.flatMap((l) => LAW_CONCEPTS[l.id]?.ids ?? []);
  const graph = (document as { '@graph': Record<string, unknown>[] })['@graph'];
  // DPV's GDPR concepts (eu-gdpr:A6-1-a…) are the EU GDPR's: without it, legal bases take DPV's own concepts, and
  // mechanisms, which DPV has for the EU GDPR only, are named in a comment.
  const eu = laws.some((l) => l.id === 'eu-gdpr');
  for (const node of graph) {
    if (node['@type'] === 'dpv:Process') {
      node.hasApplicableLaw = lawIds;
      if (!eu && Array.isArray(node.hasLegalBasis))
        node.hasLegalBasis = (node.hasLegalBasis as string[]).flatMap((b) => (CORE_BASES[b] ? [CORE_BASES[b]] : []));
    }
    if (node['@type'] === 'dpv:DataTransfer') {
      const index = Number(String(node['@id']).split('/').pop()) - 1;
      const t = analysis.model.transfers[index];
      if (!t) continue;
      const leaves = transferLaws(t, analysis.model, laws);
      node.hasApplicableLaw = leaves.flatMap((l) => LAW_CONCEPTS[l.id]?.ids ?? []);
      const others = leaves.filter((l) => l.id !== 'eu-gdpr');
      if (!eu) delete node.hasTransferSafeguard;
      if (others.length)
        node['rdfs:comment'] = others
          .map((l) => {
            const grounds = mechanismsUnder(t, l).map((m) => {
              const provision =
                l.mechanismProvision?.(m.value) ?? l.citeNamed?.(findTerm('mechanism', m.value)?.article ?? '');
              return `${findTerm('mechanism', m.value)?.label ?? m.written}${provision ? ` (${provision})` : ''}`;
            });
            return `Under ${findTerm('law', l.id)?.label ?? l.id}: ${grounds.join(' or ') || 'no mechanism stated'} (DPV has no concept for it).`;
          })
          .join(' ');
    }
  }
  graph.push(
    ...laws.map((law) => ({
      '@id': LAW_CONCEPTS[law.id]?.ids[0] ?? law.dpv.namespace,
      '@type': 'dpv:Law',
      label: findTerm('law', law.id)?.meaning ?? law.id,
      ...(law.dpv.note ? { 'rdfs:comment': law.dpv.note } : {}),
      ...(LAW_CONCEPTS[law.id]?.authority
        ? { 'dpv:hasAuthority': { '@id': LAW_CONCEPTS[law.id].authority, '@type': 'dpv:DataProtectionAuthority' } }
        : {}),
    })),
  );
  return {
    '@context': {
      ...DPV_CONTEXT,
      'legal-eu': 'https://w3id.org/dpv/legal/eu#',
      'legal-gb': 'https://w3id.org/dpv/legal/gb#',
      hasApplicableLaw: { '@id': 'dpv:hasApplicableLaw', '@type': '@id' },
    },
    '@graph': graph,
  };
}

function dpvDocument(analysis: Analysis, baseIri: string): object {
  const model: PolicyModel = analysis.model;
  // An id may hold a lone surrogate (`\udfff`), which encodeURIComponent refuses ("URI malformed"): as U+FFFD.
  const id = (kind: string, key: string) =>
    `${baseIri}${kind}/${encodeURIComponent(key.replace(LONE_SURROGATE, '\uFFFD'))}`;
  const link = (url: string | undefined) => (url && WEB_ADDRESS.test(url) ? { seeAlso: url } : {});
  const jointFor = (purpose: string) =>
    model.jointControllers.flatMap((j, i) =>
      j.purposes.length === 0 || j.purposes.some((r) => r.value === purpose)
        ? [id('joint-controllers', String(i + 1))]
        : [],
    );
  const section = (key: string) => mapOf(entryOf(model.root, key)?.value);
  const controller = section('controller');
  const dpo = section('dpo');
  const policy = section('policy');
  const laws = [...new Set([...model.lawIds.map((l) => l.value), ...analysis.laws.map((l) => l.id)])];
  const servesEu = laws.includes('eu-gdpr');
  const processorFor = listOf(entryOf(section('roles'), 'processor_for')?.value);
  const graph: object[] = [];

  const controllerId = id('controller', fieldStr(controller, 'name')?.value ?? 'controller');
  graph.push({
    '@id': controllerId,
    // v1.3: an organisation that is also a processor for others (roles.processor_for).
    '@type': processorFor.length ? ['dpv:DataController', 'dpv:DataProcessor'] : 'dpv:DataController',
    label: fieldStr(controller, 'name')?.value,
    'dpv:hasAddress': fieldStr(controller, 'address')?.value,
    'dpv:hasContact':
      fieldStr(controller, 'email')?.value ??
      fieldStr(controller, 'phone')?.value ??
      fieldStr(controller, 'url')?.value,
    ...(dpo
      ? {
          hasDataProtectionOfficer: {
            '@type': 'dpv:DataProtectionOfficer',
            label: fieldStr(dpo, 'name')?.value,
            'dpv:hasContact': fieldStr(dpo, 'email')?.value,
          },
        }
      : {}),
  });

  // The notice itself and the laws it serves; what DPV has no term for is said in its description.
  const noticeId = id('notice', 'notice');
  const age = entryOf(policy, 'minimum_age')?.value;
  const changes = mapOf(entryOf(policy, 'changes')?.value);
  const cookieSettings = fieldStr(model.root, 'cookie_settings')?.value;
  const notes = [
    age?.kind === 'scalar' && age.value !== null
      ? `The services are not meant for people under ${String(age.value)} (no DPV term).`
      : undefined,
    fieldStr(changes, 'notice')
      ? `Material changes are announced ${fieldStr(changes, 'notice')!.value} before they apply (no DPV term).`
      : undefined,
    fieldStr(changes, 'how') ? `How changes are announced: ${fieldStr(changes, 'how')!.value}` : undefined,
    cookieSettings ? `How to change cookie choices: ${cookieSettings}` : undefined,
  ].filter((n): n is string => n !== undefined);
  graph.push({
    '@id': noticeId,
    '@type': 'dpv:PrivacyNotice',
    label: fieldStr(policy, 'title')?.value,
    ...(fieldStr(policy, 'effective') ? { 'dct:valid': fieldStr(policy, 'effective')!.value } : {}),
    ...(fieldStr(policy, 'updated') ? { 'dct:modified': fieldStr(policy, 'updated')!.value } : {}),
    hasApplicableLaw: laws.flatMap((l) => LAW_TERMS[l] ?? []),
    ...(notes.length ? { description: notes.join(' ') } : {}),
  });

  for (const d of model.data) {
    const specials = d.specials.flatMap((s) => findTerm('special', s.value)?.label ?? []);
    graph.push({
      '@id': id('data', d.id),
      '@type': d.specials.length ? 'dpv:SpecialCategoryPersonalData' : 'dpv:PersonalData',
      label: d.name,
      ...(specials.length ? { description: specials.join('; ') } : {}),
    });
  }
  for (const r of model.recipients) {
    const safeguards = fieldStr(r.map, 'safeguards')?.value;
    graph.push({
      '@id': id('recipient', r.id),
      '@type': RECIPIENT_TYPES[r.type?.value ?? ''] ?? (r.ownCollection ? 'dpv:LegalEntity' : 'dpv:Recipient'),
      label: r.orgName?.value ?? r.name,
      ...(r.countries.length ? { hasLocation: r.countries.map((c) => location(c.value)) } : {}),
      ...(r.possible ? { hasLikelihood: POSSIBLE } : {}),
      // Art 28(3): the contract that binds a processor; for others, an agreement on the processing.
      ...(safeguards
        ? {
            hasOrganisationalMeasure: {
              '@type':
                r.type?.value === 'processor' ? 'dpv:ControllerProcessorAgreement' : 'dpv:DataProcessingAgreement',
              description: safeguards,
            },
          }
        : {}),
    });
  }
  for (const a of model.audiences) {
    graph.push({
      '@id': id('audience', a.id),
      '@type': 'dpv:DataSubject',
      label: a.name,
      ...(fieldStr(a.map, 'description') ? { description: fieldStr(a.map, 'description')!.value } : {}),
    });
  }
  model.jointControllers.forEach((j, index) => {
    const name = j.name?.value ?? `joint controller ${index + 1}`;
    graph.push({
      '@id': id('joint-controllers', String(index + 1)),
      '@type': 'dpv:JointDataControllers',
      label: `${fieldStr(controller, 'name')?.value ?? 'Controller'} and ${name}`,
      'dpv:hasDataController': [
        controllerId,
        { '@id': id('controller', name), '@type': 'dpv:DataController', label: name },
      ],
      ...(j.essence ? { description: j.essence.value } : {}),
    });
  });

  const everyPurpose = model.data.filter((d) => d.allPurposes).map((d) => d.id);
  const noticeRetention = entryOf(model.root, 'retention')?.value;
  const ownCollection = new Set(model.recipients.filter((r) => r.ownCollection).map((r) => r.id));
  const purposeIds: string[] = [];
  for (const p of model.purposes) {
    const bases = [
      ...p.bases.map((b) => gdpr('basis', b.value)),
      ...p.specialBases.map((b) => gdpr('special_basis', b.value)),
    ].filter((x): x is string => !!x);
    // A purpose without its own retention uses the notice-wide one (docs/language.md, "Retention").
    const retention = retentionText(analysis, entryOf(p.map, 'retention')?.value ?? noticeRetention);
    const optOut = mapOf(entryOf(p.map, 'opt_out')?.value);
    purposeIds.push(id('process', p.id));
    graph.push({
      '@id': id('process', p.id),
      '@type': 'dpv:Process',
      label: p.name,
      hasPurpose: {
        '@id': id('purpose', p.id),
        '@type': purposeTypes(p),
        label: p.name,
        ...(fieldStr(p.map, 'description') ? { description: fieldStr(p.map, 'description')!.value } : {}),
      },
      hasDataController: controllerId,
      // A purpose without `audiences` concerns every audience (docs/language.md, "purposes"); children are data subjects of their own.
      hasDataSubject: [
        ...(p.audiences.length
          ? p.audiences.map((r) => id('audience', r.value))
          : model.audiences.map((a) => id('audience', a.id))),
        ...(p.children ? ['dpv:Child'] : []),
      ],
      ...(p.profiling ? { hasProcessing: 'dpv:Profiling' } : {}),
      ...(jointFor(p.id).length ? { hasJointDataControllers: jointFor(p.id) } : {}),
      hasLegalBasis: bases,
      hasPersonalData: [...new Set([...p.data.map((ref) => ref.value), ...everyPurpose])].map((d) => id('data', d)),
      // An organisation that collects on its own service receives nothing from us: a process of its own below.
      hasRecipient: p.recipients
        .filter((ref) => !ownCollection.has(ref.value))
        .map((ref) => id('recipient', ref.value)),
      ...(retention ? { hasStorageCondition: { '@type': 'dpv:StorageDuration', label: retention } } : {}),
      // v1.3: a way to stop the processing without a rights request.
      ...(optOut
        ? {
            hasEntityInvolvement: {
              '@type': 'dpv:OptingOutFromProcess',
              description: fieldStr(optOut, 'how')?.value,
              ...link(fieldStr(optOut, 'url')?.value),
            },
          }
        : {}),
    });
  }

  // v1.3: third parties that collect on their own service (a social network's page, an embedded player).
  const dataFor = new Map<string, Set<string>>();
  for (const p of model.purposes)
    for (const ref of p.recipients) {
      if (!ownCollection.has(ref.value)) continue;
      const data = dataFor.get(ref.value) ?? new Set(everyPurpose);
      for (const d of p.data) data.add(d.value);
      dataFor.set(ref.value, data);
    }
  for (const r of model.recipients.filter((x) => x.ownCollection)) {
    const data = dataFor.get(r.id) ?? [];
    graph.push({
      '@id': id('collection', r.id),
      '@type': 'dpv:Process',
      label: `${r.orgName?.value ?? r.name} collects data itself, on its own service`,
      hasDataController: id('recipient', r.id),
      hasProcessing: 'dpv:Collect',
      hasPersonalData: [...data].map((d) => id('data', d)),
      ...(r.possible ? { hasLikelihood: POSSIBLE } : {}),
    });
  }

  // v1.3: processing done as a processor for other controllers, whose notices apply to it.
  processorFor.forEach((item, index) => {
    const map = mapOf(item);
    const who = fieldStr(map, 'controller')?.value ?? 'another controller';
    const notice = fieldStr(map, 'notice')?.value;
    graph.push({
      '@id': id('processor-for', String(index + 1)),
      '@type': 'dpv:Process',
      label: `Processing on behalf of ${who}`,
      description: fieldStr(map, 'what')?.value,
      hasDataController: { '@id': id('controller', who), '@type': 'dpv:DataController', label: who },
      hasDataProcessor: controllerId,
      ...(notice && WEB_ADDRESS.test(notice) ? { hasNotice: { '@id': notice, '@type': 'dpv:PrivacyNotice' } } : {}),
    });
  });

  model.transfers.forEach((t, index) => {
    const places = transferCountries(t, model.recipients);
    const grounds = transferGrounds(t, servesEu);
    graph.push({
      '@id': id('transfer', String(index + 1)),
      '@type': 'dpv:Process',
      hasProcessing: 'dpv:CrossBorderTransfer',
      hasRecipient: t.recipients.map((ref) => id('recipient', ref.value)),
      hasLocation: places.map(location),
      label: `Transfer to ${[...places.map(placeName), ...t.organisations.map((o) => o.value)].join(', ') || 'unspecified countries'}`,
      // The ground of the transfer (Art 45, 46–47 or 49) is a DPV legal basis for transfers.
      ...(grounds.terms.length ? { hasLegalBasis: grounds.terms } : {}),
      ...(grounds.description ? { description: grounds.description } : {}),
      ...(t.possible ? { hasLikelihood: POSSIBLE } : {}),
    });
  });

  // All the processing the notice describes: the processes of its purposes, and the promises that rule some out.
  graph.push({
    '@id': id('process', '_notice'),
    '@type': 'dpv:Process',
    label: 'All processing this notice describes',
    hasDataController: controllerId,
    hasNotice: noticeId,
    hasProcess: purposeIds,
    ...(model.promises.length
      ? {
          hasProhibition: model.promises.flatMap((p) => {
            const promise = findTerm('promise', p.value);
            return promise
              ? [{ '@type': ['dpv:Process', 'dpv:Prohibition'], label: promise.label, ...PROMISES[promise.id] }]
              : [];
          }),
        }
      : {}),
  });
  return { '@context': DPV_CONTEXT, '@graph': graph };
}

function listOf(node: YNode | null | undefined): YNode[] {
  return node?.kind === 'seq' ? node.items : [];
}

/**
 * A transfer's grounds as DPV legal bases, and in words what DPV cannot say: that a list is alternatives (one of
 * them applies), the law each mechanism is given for, and mechanisms of other laws (the UK's IDTA and Addendum, the
 * Swiss–US DPF), for which DPV has no concept.
 */
function transferGrounds(t: Transfer, servesEu: boolean): { terms: string[]; description?: string } {
  const terms = new Set<string>();
  const byLaw = new Map<string, string[]>();
  let untranslated = false;
  for (const m of t.mechanisms) {
    const term = (m.law === undefined ? servesEu : m.law === 'eu-gdpr') ? gdpr('mechanism', m.value) : undefined;
    if (term) terms.add(term);
    else untranslated = true;
    const label = `${findTerm('mechanism', m.value)?.label ?? m.value}${term ? '' : ' (no DPV term)'}`;
    byLaw.set(m.law ?? '', [...(byLaw.get(m.law ?? '') ?? []), label]);
  }
  if (t.mechanisms.length < 2 && !untranslated) return { terms: [...terms] };
  const parts = [...byLaw].map(
    ([law, labels]) =>
      `${law ? `under the ${findTerm('law', law)?.label ?? law}: ` : ''}${labels.length > 1 ? `one of ${labels.join(', ')}` : labels[0]}`,
  );
  return { terms: [...terms], description: `Rests on ${parts.join('; ')}.` };
}
