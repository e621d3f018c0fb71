// The browser tests' Chromium: the same executable and flags as the VS Code suite (scripts/vscode-offline/chromium.mjs,
// PPS_CHROMIUM overrides the path). `npm test` installs it first (setup.sh); a missing Chromium fails loudly.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/vscode-offline/chromium.mjs';

export async function launchChromium(): Promise<Browser> {
  assert.ok(
    existsSync(CHROMIUM),
    `Chromium is missing at ${CHROMIUM}; these tests need it. Run \`npm run setup\` (as root: it installs ` +
      `Debian's chromium), or point PPS_CHROMIUM at a Chromium.`,
  );
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
}
