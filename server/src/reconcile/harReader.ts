// A streaming reader for HTTP Archive files (HAR 1.2). A HAR can be hundreds of megabytes, almost all of it response
// bodies: the reader takes the text in chunks, keeps only what reconciliation needs (each entry's URL, headers and
// cookies; the pages) and skips the rest without building it, so memory stays bounded by one entry whatever the size.
// Malformed input ends in one HarError that says where, never in an exception of another kind.

export class HarError extends Error {}

/** What the reader keeps of one `log.entries[]` item, as found (types are checked by the caller). */
export type HarEntry = Record<string, unknown>;

type Mode = 'descend' | 'keep' | 'skip';
type Role = 'root' | 'log' | 'entries' | 'entry' | 'other';

interface Frame {
  kind: 'object' | 'array';
  mode: Mode;
  role: Role;
  value?: Record<string, unknown> | unknown[];
  /** The key whose value is being read (objects). */
  key?: string;
  state: 'key' | 'colon' | 'value' | 'comma' | 'first';
}

/** Parts of an entry that reconciliation never reads: bodies, timings, initiator stacks. Skipped unbuilt. */
const SKIPPED_KEYS = new Set([
  'content',
  'postData',
  'timings',
  'cache',
  '_initiator',
  '_webSocketMessages',
  'queryString',
  '_securityDetails',
  'text',
  '_fromCache',
]);
/** A kept string longer than this is dropped (a URL or header that long says nothing useful). */
const MAX_KEPT_STRING = 64 * 1024;
/** What one entry may keep in total; beyond it, the rest of the entry is skipped. */
const MAX_ENTRY_CHARS = 1024 * 1024;
const MAX_LITERAL = 512;

export interface HarReaderResult {
  entries: number;
  pages: unknown[];
  /** Characters read. */
  size: number;
}

export class HarReader {
  private stack: Frame[] = [];
  private done = false;
  private started = false;
  /** A string or literal that continues into the next chunk. */
  private pending:
    | {
        kind: 'string';
        keep: boolean;
        isKey: boolean;
        parts: string[];
        length: number;
        backslashes: number;
        tooLong: boolean;
      }
    | { kind: 'literal'; text: string }
    | undefined;
  private line = 1;
  private lineStart = 0;
  private offset = 0;
  private entryChars = 0;
  private entryCount = 0;
  private sawLog = false;
  private sawEntries = false;
  private pages: unknown[] = [];

  constructor(private readonly onEntry: (entry: HarEntry) => void) {}

  /** The chunk being read: lines are counted only when an error needs its position, never per token. */
  private chunk = '';

  private fail(message: string, at: number): never {
    let line = this.line;
    let lineStart = this.lineStart;
    for (let k = this.chunk.indexOf('\n'); k !== -1 && k < at; k = this.chunk.indexOf('\n', k + 1)) {
      line++;
      lineStart = this.offset + k + 1;
    }
    throw new HarError(`${message} (line ${line}, column ${this.offset + at - lineStart + 1})`);
  }

  /** Moves the line count past a whole chunk (one scan per chunk). */
  private countChunkLines(s: string): void {
    for (let k = s.indexOf('\n'); k !== -1; k = s.indexOf('\n', k + 1)) {
      this.line++;
      this.lineStart = this.offset + k + 1;
    }
  }

  write(chunk: string): void {
    let s = chunk;
    if (!this.started && s.length > 0) {
      this.started = true;
      if (s.charCodeAt(0) === 0xfeff) {
        s = s.slice(1);
        this.offset++;
      }
    }
    this.chunk = s;
    let i = 0;
    const n = s.length;
    if (this.pending?.kind === 'string') i = this.continueString(s, 0);
    else if (this.pending?.kind === 'literal') i = this.continueLiteral(s, 0);
    while (i < n && i >= 0) {
      const c = s.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a) {
        i++;
        continue;
      }
      if (this.done) this.fail('Unexpected text after the end of the HAR data', i);
      const top = this.stack[this.stack.length - 1];
      const ch = s[i];
      if (!top) {
        if (this.stack.length === 0 && ch !== '{')
          this.fail('This is not a HAR file: it does not start with a JSON object', i);
        i = this.beginValue(s, i, undefined);
        continue;
      }
      switch (top.state) {
        case 'key':
        case 'first':
          if (top.kind === 'object') {
            if (ch === '"') {
              i = this.startString(s, i + 1, false, true);
              continue;
            }
            if (ch === '}' && top.state === 'first') {
              i = this.close(i + 1);
              continue;
            }
            this.fail(`Expected a property name in quotes, found '${ch}'`, i);
          }
          if (ch === ']' && top.state === 'first') {
            i = this.close(i + 1);
            continue;
          }
          i = this.beginValue(s, i, top);
          continue;
        case 'colon':
          if (ch !== ':') this.fail(`Expected ':' after the property name, found '${ch}'`, i);
          top.state = 'value';
          i++;
          continue;
        case 'value':
          i = this.beginValue(s, i, top);
          continue;
        case 'comma':
          if (ch === ',') {
            top.state = top.kind === 'object' ? 'key' : 'value';
            i++;
            continue;
          }
          if ((ch === '}' && top.kind === 'object') || (ch === ']' && top.kind === 'array')) {
            i = this.close(i + 1);
            continue;
          }
          this.fail(`Expected ',' or '${top.kind === 'object' ? '}' : ']'}', found '${ch}'`, i);
      }
    }
    this.countChunkLines(s);
    this.offset += s.length;
    this.chunk = '';
  }

  /** The mode and role of a value about to start under `parent`. */
  private childOf(parent: Frame | undefined): { mode: Mode; role: Role } {
    if (!parent) return { mode: 'descend', role: 'root' };
    if (parent.mode === 'skip') return { mode: 'skip', role: 'other' };
    if (parent.role === 'root')
      return parent.key === 'log' ? { mode: 'descend', role: 'log' } : { mode: 'skip', role: 'other' };
    if (parent.role === 'log') {
      if (parent.key === 'entries') return { mode: 'descend', role: 'entries' };
      if (parent.key === 'pages') return { mode: 'keep', role: 'other' };
      return { mode: 'skip', role: 'other' };
    }
    if (parent.role === 'entries') return { mode: 'keep', role: 'entry' };
    if (parent.mode === 'keep') {
      if (parent.kind === 'object' && SKIPPED_KEYS.has(parent.key ?? '')) return { mode: 'skip', role: 'other' };
      if (this.entryChars > MAX_ENTRY_CHARS) return { mode: 'skip', role: 'other' };
      return { mode: 'keep', role: 'other' };
    }
    return { mode: 'skip', role: 'other' };
  }

  private beginValue(s: string, i: number, parent: Frame | undefined): number {
    const ch = s[i];
    const { mode, role } = this.childOf(parent);
    if (parent?.role === 'root' && parent.key === 'log') {
      this.sawLog = true;
      if (ch !== '{') this.fail("This is not a HAR file: 'log' is not an object", i);
    }
    if (parent?.role === 'log' && parent.key === 'entries') {
      this.sawEntries = true;
      if (ch !== '[') this.fail("This is not a HAR file: 'log.entries' is not a list", i);
    }
    if (ch === '{' || ch === '[') {
      if (this.stack.length > 512) this.fail('The HAR data is nested too deeply', i);
      if (role === 'entry') this.entryChars = 0;
      this.stack.push({
        kind: ch === '{' ? 'object' : 'array',
        mode,
        role,
        value: mode === 'keep' ? (ch === '{' ? {} : []) : undefined,
        state: 'first',
      });
      return i + 1;
    }
    if (ch === '"') return this.startString(s, i + 1, mode === 'keep', false);
    return this.startLiteral(s, i, mode === 'keep');
  }

  private startString(s: string, from: number, keep: boolean, isKey: boolean): number {
    this.pending = { kind: 'string', keep, isKey, parts: [], length: 0, backslashes: 0, tooLong: false };
    return this.continueString(s, from);
  }

  /** Scans to the closing quote; returns the index after it, or s.length when the string continues. */
  private continueString(s: string, from: number): number {
    const p = this.pending as Extract<HarReader['pending'], { kind: 'string' }>;
    let j = from;
    for (;;) {
      const q = s.indexOf('"', j);
      if (q === -1) {
        this.keepPart(p, s, from, s.length);
        // Backslashes at the end of the chunk escape whatever comes first in the next one.
        let k = s.length - 1;
        while (k >= from && s.charCodeAt(k) === 0x5c) k--;
        const run = s.length - 1 - k;
        p.backslashes = k < from ? p.backslashes + run : run;
        return s.length;
      }
      let k = q - 1;
      while (k >= from && s.charCodeAt(k) === 0x5c) k--;
      const run = q - 1 - k + (k < from ? p.backslashes : 0);
      if (run % 2 === 1) {
        j = q + 1;
        continue;
      }
      this.keepPart(p, s, from, q);
      this.pending = undefined;
      this.finishString(p, q);
      return q + 1;
    }
  }

  private keepPart(p: Extract<HarReader['pending'], { kind: 'string' }>, s: string, from: number, to: number): void {
    if (!p.keep && !p.isKey) return;
    if (p.tooLong) return;
    p.length += to - from;
    if (p.length > MAX_KEPT_STRING) {
      p.tooLong = true;
      p.parts = [];
      return;
    }
    p.parts.push(s.slice(from, to));
  }

  private finishString(p: Extract<HarReader['pending'], { kind: 'string' }>, at: number): void {
    let value: string | undefined;
    if ((p.keep || p.isKey) && !p.tooLong) {
      const raw = p.parts.join('');
      // eslint-disable-next-line no-control-regex -- control characters are what needs JSON decoding here
      if (raw.includes('\\') || /[\u0000-\u001f]/.test(raw)) {
        try {
          value = JSON.parse(`"${raw}"`) as string;
        } catch {
          this.fail('Invalid text in a string (a bad escape or a control character)', at);
        }
      } else value = raw;
      if (p.keep) this.entryChars += raw.length;
    }
    const top = this.stack[this.stack.length - 1];
    if (p.isKey) {
      top.key = value ?? '';
      top.state = 'colon';
      return;
    }
    this.completeValue(p.keep ? value : undefined);
  }

  private startLiteral(s: string, i: number, keep: boolean): number {
    const m = /^[-+0-9.eEtrufalsn]*/.exec(s.slice(i, i + MAX_LITERAL + 1))![0];
    if (m.length === 0) this.fail(`Unexpected '${s[i]}'`, i);
    if (i + m.length >= s.length) {
      // The literal may continue in the next chunk.
      this.pending = { kind: 'literal', text: m };
      this.literalKeep = keep;
      return s.length;
    }
    this.finishLiteral(m, keep, i);
    return i + m.length;
  }

  private literalKeep = false;

  private continueLiteral(s: string, from: number): number {
    const p = this.pending as Extract<HarReader['pending'], { kind: 'literal' }>;
    const m = /^[-+0-9.eEtrufalsn]*/.exec(s.slice(from, from + MAX_LITERAL + 1))![0];
    const text = p.text + m;
    if (text.length > MAX_LITERAL) this.fail('A value is too long to be a number', from);
    if (from + m.length >= s.length) {
      p.text = text;
      return s.length;
    }
    this.pending = undefined;
    this.finishLiteral(text, this.literalKeep, from);
    return from + m.length;
  }

  private finishLiteral(text: string, keep: boolean, at: number): void {
    let value: unknown;
    if (text === 'true') value = true;
    else if (text === 'false') value = false;
    else if (text === 'null') value = null;
    else if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?$/.test(text)) value = Number(text);
    else this.fail(`Unexpected '${text.slice(0, 20)}'`, at);
    if (this.stack.length === 0) this.fail('This is not a HAR file: it does not start with a JSON object', at);
    this.completeValue(keep ? value : undefined);
  }

  private close(next: number): number {
    const frame = this.stack.pop()!;
    if (frame.role === 'entry') {
      this.entryCount++;
      if (frame.kind === 'object') {
        try {
          this.onEntry(frame.value as HarEntry);
        } catch (error) {
          if (error instanceof HarError) throw error;
          throw new HarError(`An entry could not be read: ${(error as Error).message}`);
        }
      }
      this.markDone();
      return next;
    }
    if (frame.role === 'root') {
      this.done = true;
      return next;
    }
    this.completeValue(frame.value);
    return next;
  }

  /** Marks the parent as having received a value (entries are not attached: they were handed over). */
  private markDone(): void {
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.state = 'comma';
  }

  private completeValue(value: unknown): void {
    const parent = this.stack[this.stack.length - 1];
    if (!parent) {
      this.done = true;
      return;
    }
    if (parent.role === 'entries') {
      // A scalar in the list of entries is not an entry: counted, otherwise ignored.
      this.entryCount++;
    } else if (parent.role === 'log' && parent.key === 'pages' && Array.isArray(value)) {
      this.pages = value;
    } else if (parent.mode === 'keep' && parent.value && value !== undefined) {
      // undefined: a skipped or dropped value, which leaves no trace.
      if (parent.kind === 'object') (parent.value as Record<string, unknown>)[parent.key ?? ''] = value;
      else (parent.value as unknown[]).push(value);
    }
    parent.state = 'comma';
  }

  /** Ends the input: throws when it stopped early or was not a HAR. */
  end(): HarReaderResult {
    if (!this.started) throw new HarError('The HAR file is empty');
    if (this.pending || this.stack.length > 0 || !this.done)
      throw new HarError(`The HAR file ends unexpectedly at line ${this.line} (is it truncated?)`);
    if (!this.sawLog) throw new HarError("This is not a HAR file: it has no 'log'");
    if (!this.sawEntries) throw new HarError("This is not a HAR file: it has no 'log.entries'");
    return { entries: this.entryCount, pages: this.pages, size: this.offset };
  }
}
