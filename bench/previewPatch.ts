// The last step of "keystroke pause → preview patched": the webview applying an update (client/src/webview/
// preview.ts: morphdom on the notice, then layout), timed inside the real preview page in headless Chromium.
import { launchChromium } from '../test/support/browser';
import { openPreview, previewBody } from '../test/support/previewPage';

/** Median milliseconds to patch the preview from one version to the next (an edit in one purpose), per size. */
export async function previewPatchBench(texts: Map<number, string>, rounds: number): Promise<Map<number, number>> {
  const browser = await launchChromium();
  const result = new Map<number, number>();
  try {
    for (const [n, text] of texts) {
      const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
      await openPreview(page);
      const times: number[] = [];
      for (let v = 1; v <= rounds + 1; v++) {
        const html = previewBody(text.replace('Purpose number 1 ', `Purpose number 1 (${v}) `));
        // The page's message handler runs synchronously on dispatch; reading a layout property makes the browser lay
        // the patched page out, as it must before it paints.
        const ms = await page.evaluate(
          ({ html, v }) => {
            const started = performance.now();
            window.dispatchEvent(new MessageEvent('message', { data: { type: 'update', html, version: v } }));
            void document.body.offsetHeight;
            if (document.body.dataset.version !== String(v)) throw new Error(`the page did not take version ${v}`);
            return performance.now() - started;
          },
          { html, v },
        );
        if (v > 1) times.push(ms); // version 1 is the first render, not a patch
      }
      await page.close();
      times.sort((a, b) => a - b);
      result.set(n, times[Math.floor(times.length / 2)]);
    }
  } finally {
    await browser.close();
  }
  return result;
}
