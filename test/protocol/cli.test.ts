// The bundled CLI (dist/cli.js) as CI pipelines use it: formats, exit codes, severity overrides, folders.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { built } from '../support/built';

const CLI = built('dist/cli.js');
const VALID = readFileSync(resolve(__dirname, '../fixtures/valid.privacy.yaml'), 'utf8');
const NO_BASIS = VALID.replace('    basis: contract\n', '');

function cli(args: string[], cwd?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    cwd,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pps-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('privacy-policy check', () => {
  const dir = workspace({
    'a.privacy.yaml': VALID,
    'sub/b.privacy.yml': NO_BASIS,
    'sub/ignored.yaml': 'not: a policy',
    'node_modules/x.privacy.yaml': NO_BASIS,
  });

  it('finds policies in folders (not node_modules), prints linter-style lines and a summary, exits 1 on errors', () => {
    const r = cli(['check', dir]);
    assert.equal(r.code, 1);
    const lines = r.out.trim().split('\n');
    assert.match(
      lines[0],
      /sub\/b\.privacy\.yml:\d+:3 {2}error {8}Purpose 'Delivering your orders' has no legal basis\. .* {2}missing-legal-basis$/,
    );
    assert.equal(lines.at(-1), '2 files checked: 1 problem (1 error, 0 warnings, 0 information, 0 hints).');
    assert.ok(!r.out.includes('node_modules'));
  });

  it('exits 0 without errors, and --rule changes severities', () => {
    assert.equal(cli(['check', join(dir, 'a.privacy.yaml')]).code, 0);
    const r = cli(['check', '--rule', 'missing-legal-basis=warning', join(dir, 'sub')]);
    assert.equal(r.code, 0);
    assert.match(r.out, /warning .*missing-legal-basis/);
    assert.equal(
      cli(['check', '--rule=missing-legal-basis=off', join(dir, 'sub')]).out.trim(),
      '1 file checked: no problems.',
    );
  });

  it('accepts a retired rule id in --rule for the rule that replaced it, with a warning naming it', () => {
    const withComplaint = workspace({
      'c.privacy.yaml': VALID.replace(
        /\nrights:\n/,
        '\nrights:\n  restrictions:\n    - { right: complaint, law: Some national law }\n',
      ),
    });
    const plain = cli(['check', withComplaint]);
    assert.match(plain.out, /unrestrictable-right/);
    const r = cli(['check', '--rule', 'non-excludable-right=off', withComplaint]);
    assert.match(r.err, /'non-excludable-right' was retired in v1\.3: .*'unrestrictable-right'/);
    assert.doesNotMatch(r.out, /unrestrictable-right/);
  });

  it('--format json follows README, "Command line" with 0-based LSP positions', () => {
    const r = cli(['check', '--format', 'json', join(dir, 'sub/b.privacy.yml')]);
    const [file] = JSON.parse(r.out) as {
      file: string;
      diagnostics: {
        code: string;
        severity: string;
        message: string;
        range: { start: { line: number; character: number } };
      }[];
    }[];
    assert.equal(file.file, join(dir, 'sub/b.privacy.yml'));
    assert.deepEqual(Object.keys(file.diagnostics[0]).sort(), ['code', 'message', 'range', 'severity']);
    assert.equal(file.diagnostics[0].severity, 'error');
    const line = NO_BASIS.split('\n').findIndex((l) => l === '  orders:');
    assert.deepEqual(file.diagnostics[0].range.start, { line, character: 2 });
  });

  it('--format sarif is SARIF 2.1.0 with rules, levels and 1-based regions', () => {
    const r = cli(['check', '--format', 'sarif', 'sub'], dir);
    const sarif = JSON.parse(r.out);
    assert.equal(sarif.version, '2.1.0');
    const run = sarif.runs[0];
    assert.ok(
      run.tool.driver.rules.some(
        (rule: { id: string; helpUri: string }) =>
          rule.id === 'missing-legal-basis' && rule.helpUri.endsWith('/docs/rules/missing-legal-basis.md'),
      ),
    );
    const [result] = run.results;
    assert.equal(result.ruleId, 'missing-legal-basis');
    assert.equal(result.level, 'error');
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'sub/b.privacy.yml');
    assert.equal(result.locations[0].physicalLocation.region.startColumn, 3);
  });

  it('usage errors exit 2 with a message; a missing file exits 1', () => {
    for (const args of [
      ['check'],
      ['check', '--format', 'xml', dir],
      ['check', '--rule', 'nope=off', dir],
      ['check', '--rule', 'missing-dpo=loud', dir],
      ['frobnicate'],
    ]) {
      const r = cli(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, /^privacy-policy: .+\n\nUsage:/);
    }
    const r = cli(['check', join(dir, 'nope.privacy.yaml')]);
    assert.equal(r.code, 1);
    assert.match(r.err, /no such file or folder/);
  });
});

describe('privacy-policy render', () => {
  const dir = workspace({ 'ok.privacy.yaml': VALID, 'incomplete.privacy.yaml': NO_BASIS });

  it('keeps the missing-information markers in the standalone notice (docs/language.md, "Output language")', () => {
    const r = cli(['render', 'incomplete.privacy.yaml'], dir);
    assert.equal(r.code, 0, 'without --strict the notice is still written and the exit code is 0');
    assert.match(r.out, /^<!doctype html>/);
    assert.ok(r.out.includes('<span class="missing">Legal basis missing — Art 13(1)(c)</span>'));
    assert.match(r.err, /missing-legal-basis/);
    assert.ok(!cli(['render', 'ok.privacy.yaml'], dir).out.includes('class="missing"'));
  });

  it('--strict exits 1 when the policy has errors, 0 when it has none, and writes the notice either way', () => {
    const strict = cli(['render', '--strict', '-o', 'out.html', 'incomplete.privacy.yaml'], dir);
    assert.equal(strict.code, 1);
    assert.ok(readFileSync(join(dir, 'out.html'), 'utf8').includes('Legal basis missing'));
    assert.equal(cli(['render', '--strict', 'ok.privacy.yaml'], dir).code, 0);
  });

  it('--language renders the markers in that language', () => {
    assert.ok(
      cli(['render', '--language', 'fr', 'incomplete.privacy.yaml'], dir).out.includes('Base juridique manquante'),
    );
  });
});

describe('privacy-policy diff and export', () => {
  const dir = workspace({
    'old.privacy.yaml': VALID,
    'new.privacy.yaml': VALID.replace('basis: legitimate-interests', 'basis: consent'),
  });

  it('diff reports the basis change as needing information first, as text and JSON', () => {
    const text = cli(['diff', 'old.privacy.yaml', 'new.privacy.yaml'], dir);
    assert.equal(text.code, 0);
    assert.match(text.out, /^INFORM FIRST {2}The legal basis of "Improving our service" changed/m);
    const json = JSON.parse(cli(['diff', '--format', 'json', 'old.privacy.yaml', 'new.privacy.yaml'], dir).out);
    assert.equal(json[0].kind, 'basis-changed');
    assert.match(
      cli(['diff', '--changelog', 'old.privacy.yaml', 'new.privacy.yaml'], dir).out,
      /^- title: Changes to this policy\n {2}body: \|/,
    );
  });

  it('export writes DPV JSON-LD and the Art 30 CSV', () => {
    const dpv = cli(['export', '--format', 'dpv', '-o', 'out.jsonld', 'new.privacy.yaml'], dir);
    assert.equal(dpv.code, 0);
    assert.ok(JSON.parse(readFileSync(join(dir, 'out.jsonld'), 'utf8'))['@graph'].length > 3);
    const csv = cli(['export', '--format', 'ropa', 'new.privacy.yaml'], dir);
    assert.match(csv.out, /^Purpose id,\(a\) Controller,/);
    assert.equal(cli(['export', 'new.privacy.yaml'], dir).code, 2);
  });
});

describe('the CLI tarball (npm pack, README "Command line")', () => {
  it('holds the bundled CLI and nothing else of the project, and runs with no node_modules', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pps-pack-'));
    const root = resolve(__dirname, '../..');
    // --ignore-scripts: dist/ is already built (test:protocol builds first); rebuilding here would race other test files.
    const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(pack.status, 0, pack.stderr);
    const [info] = JSON.parse(pack.stdout) as [{ filename: string; files: { path: string }[] }];
    assert.deepEqual(info.files.map((f) => f.path).sort(), [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist/cli.js',
      'package.json',
    ]);
    const untar = spawnSync('tar', ['-xzf', join(dir, info.filename), '-C', dir], { encoding: 'utf8' });
    assert.equal(untar.status, 0, untar.stderr);
    const pkg = JSON.parse(readFileSync(join(dir, 'package/package.json'), 'utf8')) as { bin: Record<string, string> };
    const run = spawnSync(
      process.execPath,
      [
        join(dir, 'package', pkg.bin['privacy-policy']),
        'check',
        '--format',
        'json',
        resolve(root, 'test/fixtures/valid.privacy.yaml'),
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual((JSON.parse(run.stdout) as [{ diagnostics: unknown[] }])[0].diagnostics, []);
  });
});

describe('the v1.2 forms through the CLI', () => {
  const V12 = readFileSync(resolve(__dirname, '../fixtures/v12.privacy.yaml'), 'utf8');
  const ON_CONTRACT = V12.replace(
    '    basis: consent\n    direct_marketing: true',
    '    basis: contract\n    direct_marketing: true',
  );
  const dir = workspace({ 'v12.privacy.yaml': V12, 'marketing-on-contract.privacy.yaml': ON_CONTRACT });

  it('check accepts every v1.2 form, and reports direct-marketing-basis with its range', () => {
    assert.equal(cli(['check', 'v12.privacy.yaml'], dir).out.trim(), '1 file checked: no problems.');
    const [file] = JSON.parse(cli(['check', '--format', 'json', 'marketing-on-contract.privacy.yaml'], dir).out) as {
      diagnostics: { code: string; severity: string; range: { start: { line: number; character: number } } }[];
    }[];
    const found = file.diagnostics.filter((d) => d.code === 'direct-marketing-basis');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'warning');
    assert.equal(ON_CONTRACT.split('\n')[found[0].range.start.line], '    basis: contract');
    assert.equal(found[0].range.start.character, 11);
  });

  it('render says whom the notice addresses, renders the v1.2 retention forms and the objection grounds', () => {
    const r = cli(['render', 'v12.privacy.yaml'], dir);
    assert.equal(r.code, 0);
    assert.match(r.out, /This notice is addressed to: Patients and Job applicants\./);
    assert.match(
      r.out,
      /At least 30 years from the last contact, as required by the Patient Rights Act, and longer where needed, until the final settlement of any dispute/,
    );
    assert.match(r.out, /Between 7 and 10 years from the end of the study/);
    assert.match(r.out, /For the period required by the Belgian Code of Economic Law, then a further 1 year/);
    assert.match(r.out, /on grounds relating to your particular situation/);
    assert.match(r.out, /for direct marketing, you have the right to object to it at any time/);
    assert.match(r.out, />Art 21\(6\)<\/a>\)/, 'the research ground cites Art 21(6), linked to EUR-Lex');
    // Art 8 as the law's rule, the controller's country's age as that country's (EDPB Guidelines 05/2020, para 131).
    assert.match(r.out, /If you are below the age at which the law that applies to you lets you consent yourself/);
    assert.match(r.out, /consent is given or authorised by the holder of parental responsibility over you/);
    assert.match(r.out, /Age set by national law — Belgium: 13\./);
  });

  it('render --audience shows only what concerns that audience; an unknown audience is a usage error', () => {
    const r = cli(['render', '--audience', 'applicants', 'v12.privacy.yaml'], dir);
    assert.equal(r.code, 0);
    assert.match(r.out, /This version of the notice shows only what concerns: <strong>Job applicants<\/strong>\./);
    assert.match(r.out, />Recruitment</);
    assert.ok(!r.out.includes('Providing health care'), 'a patients-only purpose is left out');
    assert.ok(
      !r.out.includes('direct marketing, you have the right'),
      'no direct-marketing objection without a direct-marketing purpose',
    );
    const bad = cli(['render', '--audience', 'visitors', 'v12.privacy.yaml'], dir);
    assert.equal(bad.code, 2);
    assert.match(
      bad.err,
      /--audience 'visitors' is not defined in v12\.privacy\.yaml: use one of patients, applicants/,
    );
  });

  it('render --language fr uses the French GDPR terms for the new sentences', () => {
    const r = cli(['render', '--language', 'fr', 'v12.privacy.yaml'], dir);
    // The English author text is set off in its own language, never spliced into the French sentence.
    assert.match(r.out, /Au moins 30 ans à compter du moment décrit comme <q lang="en">the last contact<\/q>/);
    assert.match(r.out, /des motifs légitimes et impérieux/);
    assert.match(r.out, /Responsables conjoints du traitement/);
  });

  it('export fills the Art 30(1)(c) categories of data subjects from the audiences', () => {
    const csv = cli(['export', '--format', 'ropa', 'v12.privacy.yaml'], dir).out;
    assert.match(csv, /^recruitment,.*Job applicants/m);
    assert.match(csv, /^newsletter,.*Patients; Children \(Art 8\)/m);
    const dpv = JSON.parse(cli(['export', '--format', 'dpv', 'v12.privacy.yaml'], dir).out);
    const newsletter = dpv['@graph'].find((n: { '@id': string }) => n['@id'].endsWith('process/newsletter'));
    assert.deepEqual(newsletter.hasPurpose['@type'], ['dpv:Purpose', 'dpv:DirectMarketing']);
    assert.ok(newsletter.hasDataSubject.includes('dpv:Child'));
  });

  it('diff tells that a purpose turned to direct marketing must be told first', () => {
    const next = workspace({
      'old.privacy.yaml': V12,
      'new.privacy.yaml': V12.replace(
        '    title: Clinical research\n',
        '    title: Clinical research\n    profiling: true\n',
      ).replace(
        'retention: { between: [7 years, 10 years], from: the end of the study }',
        'retention: { between: [5 years, 10 years], from: the end of the study }',
      ),
    });
    const r = cli(['diff', 'old.privacy.yaml', 'new.privacy.yaml'], next);
    assert.match(r.out, /^INFORM FIRST {2}"Clinical research" now involves profiling/m);
    assert.match(
      r.out,
      /Retention for "Clinical research" changed from "Between 7 and 10 years from the end of the study" to "Between 5 and 10 years from the end of the study"/,
    );
  });
});
