// Node-only: Compare with Git HEAD runs the git program from the Node extension host, and these tests make their
// repositories with it (node:child_process, node:fs). In the web worker host Git is reached only through the
// built-in Git extension, which vscode.dev and github.dev do not have; 11-web-host.web.test.ts checks what the
// command does there, and 09-beyond.test.ts covers Compare with File… in both hosts.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { discardUntitled, extensionApi, fenced } from './helpers';
import {
  SERVER_TIMEOUT_MS,
  fixtureUri,
  moveNewsletterAndAddAnalytics,
  openFixture,
  waitFor,
  workspaceFolder,
} from './util';

const FIXTURE = 'beyond.privacy.yaml';
const name = (uri: vscode.Uri) => uri.path.split('/').pop();

function git(cwd: string, ...args: string[]): string {
  try {
    return execFileSync(
      'git',
      [
        '-c',
        'user.email=t@t',
        '-c',
        'user.name=t',
        '-c',
        'commit.gpgsign=false',
        '-c',
        'init.defaultBranch=main',
        ...args,
      ],
      {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
  } catch (error) {
    const e = error as { code?: string; stderr?: string; message: string };
    if (e.code === 'ENOENT')
      throw new Error('git is not on the PATH: Compare with Git HEAD cannot be tested without it');
    throw new Error(`git ${args.join(' ')} (in ${cwd}) failed: ${(e.stderr || e.message).trim()}`);
  }
}

/** True when `dir` is inside a Git work tree. */
function inGitRepo(dir: string): boolean {
  try {
    execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    return true;
  } catch {
    return false;
  }
}

/**
 * Records the extension's window.showWarningMessage calls. The toast itself is not visible through the public API;
 * the call is when this suite is loaded from inside the extension's folder (as both runners do with the repo root):
 * VS Code then hands the suite the same `vscode` API object as the extension (see 08-crash-recovery.test.ts).
 * `spying` is false otherwise, and the callers skip that check.
 */
function spyOnWarnings(extensionPath: string): { spying: boolean; warnings: string[]; restore(): void } {
  const window = vscode.window as { showWarningMessage: (...args: unknown[]) => unknown };
  const original = window.showWarningMessage;
  const warnings: string[] = [];
  window.showWarningMessage = function (this: unknown, ...args: unknown[]) {
    warnings.push(String(args[0]));
    return original.apply(this, args);
  };
  return {
    spying: __filename.startsWith(extensionPath + path.sep),
    warnings,
    restore: () => (window.showWarningMessage = original),
  };
}

suite('Compare with Git HEAD', () => {
  test(
    'Compare with Git HEAD reports a new purpose and a changed legal basis as INFORM FIRST, with a changelog ' +
      'entry',
    async () => {
      await extensionApi();
      const repo = path.join(workspaceFolder().uri.fsPath, 'compare-repo');
      fs.mkdirSync(repo, { recursive: true });
      const file = path.join(repo, 'compare.privacy.yaml');
      fs.copyFileSync(fixtureUri(FIXTURE).fsPath, file);
      git(repo, 'init', '-q');
      git(repo, 'add', 'compare.privacy.yaml');
      git(repo, 'commit', '-q', '-m', 'first version');

      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
      const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
      let report: vscode.TextDocument | undefined;
      try {
        // The newsletter moves from consent to legitimate interests; a new purpose `analytics` is added.
        await moveNewsletterAndAddAnalytics(doc);
        assert.ok(await doc.save(), `saving ${file}`);
        assert.ok(!doc.isDirty, 'the policy is saved');
        assert.equal(
          git(repo, 'show', 'HEAD:compare.privacy.yaml'),
          fs.readFileSync(fixtureUri(FIXTURE).fsPath, 'utf8'),
          'HEAD still holds the first version',
        );

        report = await vscode.commands.executeCommand<vscode.TextDocument | undefined>(
          'privacyPolicy.compareWithHead',
          doc.uri,
        );
        assert.ok(report, 'privacyPolicy.compareWithHead returns the report document');
        const text = report.getText();
        const show = `\n--- report ---\n${text}`;
        assert.equal(report.languageId, 'markdown', 'the report is markdown');
        assert.ok(report.isUntitled, 'the report is an untitled document (nothing written to disk)');

        const informFirst = text.split(/\r?\n/).filter((l) => /^INFORM FIRST\b/.test(l));
        assert.ok(
          informFirst.some((l) => /New purpose: Measuring how our shop is used\b/.test(l)),
          `an INFORM FIRST line for the new purpose${show}`,
        );
        assert.ok(
          informFirst.some((l) =>
            /legal basis of "Sending our newsletter" changed from Consent .* to Legitimate interests/.test(l),
          ),
          `an INFORM FIRST line for the newsletter's basis change (consent → legitimate interests)${show}`,
        );
        // Compared with HEAD, not with an empty policy: nothing else changed.
        assert.equal(informFirst.length, 2, `exactly two INFORM FIRST lines${show}`);
        assert.ok(!/^(material|editorial)\b/m.test(text), `no material or editorial change${show}`);

        const changelog = fenced(text, 'yaml');
        assert.ok(changelog, `a \`\`\`yaml block${show}`);
        assert.match(
          changelog,
          /^- title: Changes to this policy$/m,
          `the yaml block is a "Changes to this policy" entry${show}`,
        );
        assert.match(
          changelog,
          /New purpose: Measuring how our shop is used/,
          `the entry lists the new purpose${show}`,
        );
        assert.match(
          changelog,
          /legal basis of "Sending our newsletter" changed/,
          `the entry lists the basis change${show}`,
        );

        const shown = report;
        await waitFor(
          () =>
            vscode.window.visibleTextEditors.some(
              (e) =>
                e.document === shown &&
                e.viewColumn !== undefined &&
                editor.viewColumn !== undefined &&
                e.viewColumn > editor.viewColumn,
            ),
          SERVER_TIMEOUT_MS,
          'the report to be shown beside the policy',
          {
            events: [vscode.window.onDidChangeVisibleTextEditors as vscode.Event<unknown>],
            describe: () =>
              vscode.window.visibleTextEditors
                .map((e) => `${e.document.uri.toString()} in column ${e.viewColumn}`)
                .join(', '),
          },
        );
      } finally {
        await discardUntitled(report);
      }
    },
  );

  test(
    'Compare with Git HEAD: a file outside any repository, or not committed yet, gives a warning and ' + 'no report',
    async () => {
      const { ext } = await extensionApi();
      const root = workspaceFolder().uri.fsPath;
      assert.ok(!inGitRepo(root), `precondition: the workspace copy ${root} must not be inside a Git repository`);
      const outside = vscode.Uri.file(path.join(root, 'outside-git.privacy.yaml'));
      await vscode.workspace.fs.copy(fixtureUri(FIXTURE), outside, { overwrite: true });

      // Not committed: a file in a repository (with a first commit) that is not in HEAD.
      const repo = path.join(root, 'uncommitted-repo');
      fs.mkdirSync(repo, { recursive: true });
      fs.writeFileSync(path.join(repo, 'README.md'), 'first commit\n');
      git(repo, 'init', '-q');
      git(repo, 'add', 'README.md');
      git(repo, 'commit', '-q', '-m', 'first commit');
      const untracked = vscode.Uri.file(path.join(repo, 'untracked.privacy.yaml'));
      await vscode.workspace.fs.copy(fixtureUri(FIXTURE), untracked, { overwrite: true });

      const spy = spyOnWarnings(ext.extensionPath);
      const reports: vscode.TextDocument[] = [];
      const opened = vscode.workspace.onDidOpenTextDocument(
        (d) => d.isUntitled && d.languageId === 'markdown' && reports.push(d),
      );
      try {
        for (const [uri, warning] of [
          [outside, /not in a Git repository/i],
          [untracked, /not in the last commit/i],
        ] as const) {
          await openFixture(path.relative(root, uri.fsPath));
          const before = spy.warnings.length;
          const result = await vscode.commands.executeCommand<vscode.TextDocument | undefined>(
            'privacyPolicy.compareWithHead',
            uri,
          );
          assert.equal(
            result,
            undefined,
            `compareWithHead on ${name(uri)} returns undefined (got a document: ${result?.getText().slice(0, 300)})`,
          );
          if (spy.spying) {
            const shown = spy.warnings.slice(before);
            assert.ok(
              shown.length === 1 && warning.test(shown[0]),
              `one warning matching ${warning} for ${name(uri)}; warnings shown: ${JSON.stringify(shown)}`,
            );
          }
        }
        assert.deepEqual(
          reports.map((d) => d.getText().slice(0, 100)),
          [],
          'no report document was opened',
        );
      } finally {
        spy.restore();
        opened.dispose();
        for (const d of reports) await discardUntitled(d);
      }
    },
  );
});
