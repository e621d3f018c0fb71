// Generates a realistic policy of about `lines` lines: purposes with bases, retention forms, recipients in and
// outside the EEA, transfers, cookies and markdown, in the proportions of the example policies.
const BASES = ['consent', 'contract', 'legal-obligation', 'legitimate-interests', 'public-task'];
const COUNTRIES = ['BE', 'NL', 'DE', 'FR', 'IE', 'US', 'GB', 'CH', 'JP', 'IN'];
const RETENTION = [
  '12 months',
  '{ period: 7 years, from: the end of the financial year }',
  '{ until: the end of the contract, then: 1 year }',
  '{ criteria: the duration of any legal proceedings }',
  'as long as necessary',
];

export function generatePolicy(lines: number): string {
  const out: string[] = [
    '# Generated for the benchmark',
    'policy:',
    '  title: Privacy notice of Benchmark Holding NV',
    '  effective: 2025-01-01',
    '  language: en',
    '  collection: both',
    '  summary: |',
    '    We process your personal data to deliver our services, to meet our legal obligations and to improve.',
    'controller:',
    '  name: Benchmark Holding NV',
    '  address: Kerkstraat 1, 8500 Kortrijk, Belgium',
    '  email: privacy@benchmark.example',
    'dpo:',
    '  name: Data Protection Office',
    '  email: dpo@benchmark.example',
    'authority:',
    '  name: Gegevensbeschermingsautoriteit',
    '  url: https://www.gegevensbeschermingsautoriteit.be',
    'automated_decisions: none',
  ];
  // Each unit: 1 data category (5 lines), 1 recipient (6), 1 purpose (~12), a transfer (3) or a cookie (1): ~27 lines.
  const units = Math.max(1, Math.round((lines - 40) / 27));
  const data: string[] = ['data:'];
  const recipients: string[] = ['recipients:'];
  const purposes: string[] = ['purposes:'];
  const transfers: string[] = ['transfers:'];
  const cookies: string[] = ['cookies:'];
  for (let i = 0; i < units; i++) {
    const country = COUNTRIES[i % COUNTRIES.length];
    data.push(
      `  data-${i}:`,
      `    label: Data category ${i}`,
      `    description: Information we keep about **topic ${i}**, such as your preferences.`,
      `    examples: [name, e-mail address, reference ${i}]`,
      `    source: ${i % 3 === 0 ? 'automatic' : 'data-subject'}`,
    );
    recipients.push(
      `  recipient-${i}:`,
      `    label: Service provider ${i}`,
      '    type: processor',
      '    category: it-services',
      `    name: Provider ${i} Ltd`,
      `    country: ${country}`,
    );
    const basis = BASES[i % BASES.length];
    purposes.push(
      `  purpose-${i}:`,
      `    title: Purpose number ${i} of our processing`,
      '    description: |',
      `      We use this data to provide feature ${i}. See [our website](https://benchmark.example/${i}) for details.`,
      `    data: [data-${i}, data-${(i + 1) % units}]`,
      `    basis: ${basis}`,
      ...(basis === 'legitimate-interests'
        ? ['    legitimate_interest: Keeping our services secure and efficient.']
        : []),
      ...(basis === 'legal-obligation' || basis === 'public-task'
        ? ['    law: Belgian Code of Economic Law, art. III.82']
        : []),
      `    retention: ${RETENTION[i % RETENTION.length]}`,
      `    recipients: [recipient-${i}]`,
      '    provision: voluntary',
      '    consequence: Without this data we cannot provide the feature.',
    );
    if (!['BE', 'NL', 'DE', 'FR', 'IE'].includes(country))
      transfers.push(
        `  - recipients: [recipient-${i}]`,
        `    mechanism: ${country === 'US' ? 'dpf' : ['GB', 'CH', 'JP'].includes(country) ? 'adequacy' : 'scc'}`,
        '    copy: Ask privacy@benchmark.example for a copy',
      );
    else
      cookies.push(
        `  - { name: cookie_${i}, provider: Benchmark, purpose: purpose-${i}, duration: 12 months, type: ` +
          `analytics, party: first }`,
      );
  }
  out.push(
    ...data,
    ...recipients,
    ...purposes,
    ...transfers,
    ...cookies,
    'rights:',
    '  contact: privacy@benchmark.example',
    '',
  );
  return out.join('\n');
}
