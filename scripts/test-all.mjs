// `npm test`: everything a fresh machine with only Node needs, in order, streaming each stage's output, then one
// closing line with the totals. Stops at the first failing stage.
//   set-up       Debian's chromium (browser tests) and the offline VS Code — installed once, cached, < 1 s after
//   typecheck    tsc over every TypeScript file
//   lint         typescript-eslint with type information
//   unit         the fast tier: in process, no build, no browser, no child process (test/unit/)
//   protocol     the bundled server and CLI in child processes, and the preview page and bundles in Chromium
//                (test/protocol/, test/browser/; builds dist/ first)
//   VS Code      the integration suite in a real VS Code (builds first), then in the web worker extension host
//   .vsix        packages the production bundles as `npm run package` does, installs and tests the package
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const stages = [
  { name: 'set-up (Chromium, offline VS Code)', args: ['run', 'setup'] },
  { name: 'typecheck', args: ['run', 'typecheck'] },
  { name: 'lint', args: ['run', 'lint'] },
  { name: 'unit tests', args: ['run', 'test:unit'], counts: /^ℹ (pass|fail) (\d+)$/gm },
  { name: 'protocol and browser tests', args: ['run', 'test:protocol'], counts: /^ℹ (pass|fail) (\d+)$/gm },
  {
    name: 'VS Code integration suite',
    args: ['run', 'test:integration'],
    counts: /^vscode: (\d+) passed, (\d+) failed$/gm,
  },
  // The same suite in the browser's web worker extension host (vscode.dev, github.dev); Node-only tests are listed.
  {
    name: 'VS Code integration suite, web worker host',
    args: ['run', 'test:integration:web'],
    counts: /^vscode-web: (\d+) passed, (\d+) failed$/gm,
  },
  { name: '.vsix test', args: ['run', 'test:vsix'], counts: /^vsix: (\d+) passed, (\d+) failed$/gm },
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
    else ((passed += Number(m[1])), (failed += Number(m[2])));
  }
  if (output.code !== 0) {
    console.log(`\n${stage.name} failed (exit ${output.code}).`);
    console.log(`tests: ${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(1);
  }
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
