// The preview script's scroll timing, shared with its tests (which order their checks after these timers).
/** A reader's scrolling is reported to the editor once it has paused this long. */
export const SCROLL_REPORT_DELAY_MS = 50;
/** Scroll events this soon after the editor scrolled the preview are the editor's own: not echoed back. */
export const EDITOR_SCROLL_WINDOW_MS = 100;
