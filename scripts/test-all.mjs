// `npm test`: every stage in order (build, typecheck, unit + protocol, real VS Code suite in the Node and in the
// web worker extension host, .vsix smoke test),
// streaming their output, then one closing line with the totals. Stops at the first failing stage.
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const stages = [
  { name: 'build', args: ['run', 'build'] },
  { name: 'typecheck', args: ['run', 'typecheck'] },
  { name: 'unit and protocol tests', args: ['run', 'test:unit'], counts: /^ℹ (pass|fail) (\d+)$/gm },
  { name: 'VS Code integration suite', args: ['run', 'test:integration'], counts: /^vscode: (\d+) passed, (\d+) failed$/gm },
  // The same suite in the browser's web worker extension host (vscode.dev, github.dev); Node-only tests are listed.
  { name: 'VS Code integration suite, web worker host', args: ['run', 'test:integration:web'], counts: /^vscode-web: (\d+) passed, (\d+) failed$/gm },
  { name: '.vsix smoke test', args: ['run', 'test:vsix'], counts: /^vsix: (\d+) passed, (\d+) failed$/gm },
];

let passed = 0;
let failed = 0;
for (const stage of stages) {
  console.log(`\n== ${stage.name}`);
  const output = await new Promise((resolve) => {
    const child = spawn(npm, stage.args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      text += chunk;
    });
    child.on('close', (code) => resolve({ code, text }));
  });
  for (const m of stage.counts ? output.text.matchAll(stage.counts) : []) {
    if (m[1] === 'pass') passed += Number(m[2]);
    else if (m[1] === 'fail') failed += Number(m[2]);
    else (passed += Number(m[1]), (failed += Number(m[2])));
  }
  if (output.code !== 0) {
    console.log(`\n${stage.name} failed (exit ${output.code}).`);
    console.log(`tests: ${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(1);
  }
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
