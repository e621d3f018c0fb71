// The policy as JSON-LD in the W3C Data Privacy Vocabulary (DPV) and its GDPR extension: controller, purposes
// with legal bases, personal data, recipients with locations, transfers with their safeguards, retention.
// The context is inline, so the document expands without fetching anything.
import { countryName } from '../vocabulary/countries';
import { findTerm } from '../vocabulary/terms';
import { entryOf, fieldStr, mapOf, type PolicyModel, type Purpose } from '../parser/policyModel';
import type { Analysis } from '../core/analysis';
import { mechanismsUnder, transferCountries, transferLaws } from '../core/transfers';
import { retentionText } from './plainText';

export const DPV_CONTEXT = {
  dpv: 'https://w3id.org/dpv#',
  'eu-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#',
  loc: 'https://w3id.org/dpv/loc#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  dct: 'http://purl.org/dc/terms/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  label: 'rdfs:label',
  description: 'dct:description',
  hasPurpose: { '@id': 'dpv:hasPurpose', '@type': '@id' },
  hasLegalBasis: { '@id': 'dpv:hasLegalBasis', '@type': '@id' },
  hasPersonalData: { '@id': 'dpv:hasPersonalData', '@type': '@id' },
  hasRecipient: { '@id': 'dpv:hasRecipient', '@type': '@id' },
  hasDataController: { '@id': 'dpv:hasDataController', '@type': '@id' },
  hasLocation: { '@id': 'dpv:hasLocation', '@type': '@id' },
  hasStorageCondition: 'dpv:hasStorageCondition',
  hasRight: { '@id': 'dpv:hasRight', '@type': '@id' },
  hasDataProtectionOfficer: 'dpv:hasDataProtectionOfficer',
  hasTransferSafeguard: { '@id': 'dpv:hasSafeguard', '@type': '@id' },
  hasDataSubject: { '@id': 'dpv:hasDataSubject', '@type': '@id' },
  hasProcessing: { '@id': 'dpv:hasProcessing', '@type': '@id' },
  hasJointDataControllers: { '@id': 'dpv:hasJointDataControllers', '@type': '@id' },
};

/** DPV's GDPR concepts use the same article ids as the language's aliases (docs/language.md, "Vocabularies"): A6-1-f, A46-2-c… */
const gdpr = (vocabulary: 'basis' | 'special_basis' | 'mechanism' | 'right', id: string) => {
  const alias = findTerm(vocabulary, id)?.alias;
  return alias ? `eu-gdpr:${alias}` : undefined;
};

const RECIPIENT_TYPES: Record<string, string> = {
  processor: 'dpv:DataProcessor',
  controller: 'dpv:DataController',
  'joint-controller': 'dpv:JointDataControllers',
  'public-authority': 'dpv:Authority',
  internal: 'dpv:Recipient',
  public: 'dpv:Recipient',
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
  const jointFor = (purpose: string) =>
    model.jointControllers.flatMap((j, i) =>
      j.purposes.length === 0 || j.purposes.some((r) => r.value === purpose)
        ? [id('joint-controllers', String(i + 1))]
        : [],
    );
  const controller = mapOf(entryOf(model.root, 'controller')?.value);
  const dpo = mapOf(entryOf(model.root, 'dpo')?.value);
  const graph: object[] = [];
  const controllerId = id('controller', fieldStr(controller, 'name')?.value ?? 'controller');
  graph.push({
    '@id': controllerId,
    '@type': 'dpv:DataController',
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
  for (const d of model.data) {
    const special = d.special && findTerm('special', d.special.value);
    graph.push({
      '@id': id('data', d.id),
      '@type': special ? 'dpv:SpecialCategoryPersonalData' : 'dpv:PersonalData',
      label: d.name,
      ...(special ? { description: special.label } : {}),
    });
  }
  for (const r of model.recipients) {
    graph.push({
      '@id': id('recipient', r.id),
      '@type': RECIPIENT_TYPES[r.type?.value ?? ''] ?? 'dpv:Recipient',
      label: r.orgName?.value ?? r.name,
      ...(r.country ? { hasLocation: `loc:${r.country.value}` } : {}),
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
  for (const p of model.purposes) {
    const bases = [
      ...p.bases.map((b) => gdpr('basis', b.value)),
      ...p.specialBases.map((b) => gdpr('special_basis', b.value)),
    ].filter((x): x is string => !!x);
    const retention = retentionText(analysis, entryOf(p.map, 'retention')?.value);
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
      hasPersonalData: p.data.map((ref) => id('data', ref.value)),
      hasRecipient: p.recipients.map((ref) => id('recipient', ref.value)),
      ...(retention ? { hasStorageCondition: { '@type': 'dpv:StorageDuration', label: retention } } : {}),
    });
  }
  model.transfers.forEach((t, index) => {
    graph.push({
      '@id': id('transfer', String(index + 1)),
      '@type': 'dpv:DataTransfer',
      hasRecipient: t.recipients.map((ref) => id('recipient', ref.value)),
      hasLocation: transferCountries(t, model.recipients).map((c) => `loc:${c}`),
      label: `Transfer to ${[...transferCountries(t, model.recipients).map(countryName), ...t.organisations.map((o) => o.value)].join(', ') || 'unspecified countries'}`,
      ...(t.mechanism && gdpr('mechanism', t.mechanism.value)
        ? { hasTransferSafeguard: gdpr('mechanism', t.mechanism.value) }
        : {}),
    });
  });
  return { '@context': DPV_CONTEXT, '@graph': graph };
}
