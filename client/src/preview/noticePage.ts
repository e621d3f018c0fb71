// What a preview's page shows, as the server sent it: the render's token, so that the next render can come as a patch
// on it (server/src/render/patch.ts: only the entities an edit changed, and line numbers moved), and the notice's HTML
// for the panel's listeners, made only when one reads it. No VS Code API here: the bench drives it too.
import type { RenderResult } from '../../../server/src/protocol/requests';
import { joinParts, patchParts, type NoticeParts, type ToWebview } from '../../../server/src/protocol/preview';

/** Patches waiting to be applied to the parts before they are applied at once (bounds what they hold). */
const MAX_PENDING_PATCHES = 32;

export class NoticePage {
  private shown: { token: string; version: number } | undefined;
  /** The page's notice in parts: made from the last whole notice and the patches since, when asked. */
  private parts: (() => NoticeParts) | undefined;
  private pending = 0;

  /** What to ask the server for: the notice in parts, or a patch on the render the page shows. */
  request(): { parts: true; since?: string } {
    return this.shown ? { parts: true, since: this.shown.token } : { parts: true };
  }

  /** Forgets what the page shows: it reloaded, could not apply a patch, or shows another notice. */
  reset(): void {
    this.shown = undefined;
    this.parts = undefined;
    this.pending = 0;
  }

  /**
   * The message that brings the page to `result`, and the notice's HTML (made when read). A patch applies to the
   * render the page shows, whose version the message names: a page that shows another asks for the whole notice.
   * Undefined for a patch on a render forgotten meanwhile (`reset`): the whole notice must be asked for again.
   */
  take(result: RenderResult): { message: ToWebview; html: () => string } | undefined {
    const info = {
      version: result.version,
      language: result.language,
      languages: result.languages,
      audiences: result.audiences ?? [],
      audience: result.audience ?? '',
      laws: result.laws ?? [],
      law: result.law ?? '',
    };
    const base = this.shown?.version;
    const previous = this.parts;
    if (result.patch && result.token && previous && base !== undefined) {
      const patch = result.patch;
      this.parts = once(() => patchParts(previous(), patch));
      this.shown = { token: result.token, version: result.version };
      // A long run of patches is applied now and then, so that the chain of them stays short.
      if (++this.pending >= MAX_PENDING_PATCHES) {
        this.parts();
        this.pending = 0;
      }
      const parts = this.parts;
      return { message: { type: 'patch', base, patch, ...info }, html: once(() => joinParts(parts())) };
    }
    if (result.patch) return undefined;
    if (result.parts && result.token) {
      const parts = result.parts;
      this.parts = () => parts;
      this.pending = 0;
      this.shown = { token: result.token, version: result.version };
      const html = once(() => joinParts(parts));
      return { message: { type: 'update', html: html(), ...info }, html };
    }
    this.reset();
    return { message: { type: 'update', html: result.html, ...info }, html: () => result.html };
  }
}

/** A value made on first use, which then lets go of what it was made from. */
function once<T>(make: () => T): () => T {
  let value: { made: T } | undefined;
  let maker: (() => T) | undefined = make;
  return () => {
    if (!value) {
      value = { made: maker!() };
      maker = undefined;
    }
    return value.made;
  };
}
