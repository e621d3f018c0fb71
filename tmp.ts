import { readFileSync } from 'node:fs';
import { analyzeText } from './server/src/core/analysis';
import { exportDocument } from './server/src/export';
const a = analyzeText(readFileSync(process.argv[2], 'utf8'));
console.log(exportDocument(a, process.argv[3] as 'dpv'));
