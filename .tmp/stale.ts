import { resolve } from 'node:path';
import { codeMessages, dataMessages } from '../scripts/messages';
import { PACKAGE_STRINGS } from '../scripts/packageStrings';
import { INTERFACE_CATALOGUES } from '../server/src/languages/interface';
import { PLAIN_YAML_MESSAGES } from '../server/src/parser/yamlMessages';
const ROOT = resolve('.');
const written = new Set([
  ...codeMessages(ROOT, ['server/src', 'client/src', 'scripts']).map((m) => m.english),
  ...Object.values(PACKAGE_STRINGS),
  ...dataMessages().map((m) => m.english),
  ...PLAIN_YAML_MESSAGES.map((m) => m.text),
]);
for (const tag of ['fr', 'nl', 'de']) {
  const stale = Object.keys(INTERFACE_CATALOGUES[tag]).filter((k) => !written.has(k));
  console.log(tag, stale.length);
  if (process.argv[2] === tag) for (const s of stale) console.log('  ', JSON.stringify(s).slice(0, 150));
}
import { writeFileSync } from 'node:fs';
if (process.argv[2] === 'write')
  for (const tag of ['fr', 'nl', 'de'])
    writeFileSync(`.tmp/stale-${tag}.json`, JSON.stringify(Object.keys(INTERFACE_CATALOGUES[tag]).filter((k) => !written.has(k))));
