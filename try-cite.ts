import { findCitations, formatProvision, provisionProblem } from './server/src/gdpr/citations';
for (const t of process.argv.slice(2)) {
  const cs = findCitations(t);
  console.log(JSON.stringify(t), '→', cs.map((c) => `[${t.slice(c.span.start, c.span.end)}] ` + c.provisions.map((p) => `${formatProvision(p)}${p.rangeFrom ? '(range)' : ''}${provisionProblem(p) ? ' !' : ''}`).join(' ')).join(' | ') || '(none)');
}
