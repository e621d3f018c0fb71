import { resolve } from 'node:path';
import { writeFileSync } from 'node:fs';
import { codeMessages, dataMessages } from '../scripts/messages';
import { PACKAGE_STRINGS } from '../scripts/packageStrings';
import { INTERFACE_CATALOGUES } from '../server/src/languages/interface';
import { PLAIN_YAML_MESSAGES } from '../server/src/parser/yamlMessages';
const ROOT = resolve('.');
const messages = [
  ...codeMessages(ROOT, ['server/src', 'client/src', 'scripts']),
  ...Object.entries(PACKAGE_STRINGS).map(([key, english]) => ({ english, at: `package ${key}` })),
  ...dataMessages(),
  ...PLAIN_YAML_MESSAGES.map((m) => ({ english: m.text, at: 'yaml' })),
];
const tag = process.argv[2];
const cat = INTERFACE_CATALOGUES[tag];
const seen = new Set<string>();
const out: { english: string; at: string[] }[] = [];
for (const m of messages) {
  if (Object.hasOwn(cat, m.english)) continue;
  const e = out.find((o) => o.english === m.english);
  if (e) e.at.push(m.at); else out.push({ english: m.english, at: [m.at] });
}
writeFileSync(process.argv[3], JSON.stringify(out, null, 1));
console.log(tag, out.length, out.reduce((n, o) => n + o.english.length, 0), 'chars');
