// The last step of "keystroke pause → preview patched": the webview applying an update (client/src/webview/
// preview.ts), timed inside the real preview page in headless Chromium. Two ways: the whole notice (morphdom on the
// page, as every render was sent before), and the patch the panel now sends (the entities an edit changed, and line
// numbers moved), made as the server and the panel make them (test/support/previewPage.ts, previewUpdates).
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/support/browser';
import { openPreview, previewBody, previewUpdates } from '../test/support/previewPage';

export interface PatchTimes {
  /** Median milliseconds to apply the whole notice of the next version (an edit in one purpose). */
  whole: number;
  /** Median milliseconds to apply the patch for the same edit. */
  patch: number;
  /** Median milliseconds to apply the patch for an edit that adds or removes a line (every line after it moves). */
  lineAdded: number;
}

/** Dispatches one message to the page and lays the page out, as it must before it paints; milliseconds. */
function apply(page: Page, message: object, version: number): Promise<number> {
  // The page's message handler runs synchronously on dispatch; reading a layout property makes the browser lay the
  // patched page out.
  return page.evaluate(
    ({ message, version }) => {
      const started = performance.now();
      window.dispatchEvent(new MessageEvent('message', { data: message }));
      void document.body.offsetHeight;
      if (document.body.dataset.version !== String(version))
        throw new Error(`the page did not take version ${version}`);
      return performance.now() - started;
    },
    { message, version },
  );
}

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];

/** The edit of the bench: a purpose's title, different each round. */
export const editPurpose = (text: string, round: number) =>
  text.replace('Purpose number 1 ', `Purpose number 1 (${round}) `);

/** An edit that adds a comment line in a purpose on odd rounds and takes it away on even ones. */
export const addLine = (text: string, round: number) =>
  round % 2 ? text.replace('    title: Purpose number 1 ', '    # note\n    title: Purpose number 1 ') : text;

export async function previewPatchBench(texts: Map<number, string>, rounds: number): Promise<Map<number, PatchTimes>> {
  const browser = await launchChromium();
  const result = new Map<number, PatchTimes>();
  try {
    for (const [n, text] of texts) {
      // The whole notice: version 1 is the first render, later ones are morphed into the page.
      const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
      await openPreview(page);
      const whole: number[] = [];
      for (let v = 1; v <= rounds + 1; v++) {
        const html = previewBody(editPurpose(text, v));
        const ms = await apply(page, { type: 'update', html, version: v }, v);
        if (v > 1) whole.push(ms);
      }
      await page.close();

      // Patches: the messages the panel posts, for both kinds of edit.
      const patchPage = await browser.newPage({ viewport: { width: 900, height: 700 } });
      await openPreview(patchPage);
      const times = { patch: [] as number[], lineAdded: [] as number[] };
      let version = 0;
      for (const [kind, edit] of [
        ['patch', editPurpose],
        ['lineAdded', addLine],
      ] as const) {
        const update = previewUpdates(version);
        for (let round = 0; round <= rounds; round++) {
          const message = update(edit(text, round));
          version++;
          if (round > 0 && message.type !== 'patch') throw new Error(`an edit of ${n} lines was not sent as a patch`);
          const ms = await apply(patchPage, message, version);
          if (round > 0) times[kind].push(ms);
        }
      }
      await patchPage.close();
      result.set(n, { whole: median(whole), patch: median(times.patch), lineAdded: median(times.lineAdded) });
    }
  } finally {
    await browser.close();
  }
  return result;
}
