// A streaming reader for HTTP Archive files (HAR 1.2). A HAR can be hundreds of megabytes, almost all of it response
// bodies: the reader takes the text in chunks, keeps only what reconciliation needs (each entry's URL, headers and
// cookies) and skips the rest without building it, so memory stays bounded by one entry whatever the size, and the
// time linear in the size. As it reads, it checks each entry's shape (ENTRY below), so a malformed HAR is an input
// error, never evidence. Malformed input ends in one HarError that says where, never in an exception of another kind.

export class HarError extends Error {}

/** What the reader keeps of one `log.entries[]` item: only the fields of ENTRY marked kept, already type-checked. */
export type HarEntry = Record<string, unknown>;

type Mode = 'descend' | 'keep' | 'skip';
type Role = 'root' | 'log' | 'entries' | 'entry' | 'other';
/** A JSON value's type as messages name it (`true`, `false` and `null` by themselves). */
type Got = 'object' | 'list' | 'string' | 'number' | 'true' | 'false' | 'null';

/**
 * What this tool needs of a HAR 1.2 entry, checked as the text streams by. Only types are checked, and only of the
 * fields reconciliation reads or that a HAR must have: a real export from any browser passes, whatever else it holds.
 */
interface Shape {
  kind: 'object' | 'list' | 'string' | 'number';
  /** How a message names what is expected: "an object with 'url'". */
  expected: string;
  fields?: Map<string, Field>;
  items?: Field;
  /** The bits of the required fields (objects): each must be present, and not null. */
  required: number;
}

interface Field {
  name: string;
  shape: Shape;
  /** Required: must be present and not null. Optional: may be missing or null (exporters write null for "none"). */
  required: boolean;
  /** Kept for the evidence; a field that is only checked is skipped unbuilt. */
  keep: boolean;
  bit: number;
}

const STRING: Shape = { kind: 'string', expected: 'a string', required: 0 };
const NUMBER: Shape = { kind: 'number', expected: 'a number', required: 0 };

function objectShape(
  expected: string,
  fields: Record<string, { shape: Shape; required?: boolean; keep?: boolean }>,
): Shape {
  const map = new Map<string, Field>();
  let required = 0;
  Object.entries(fields).forEach(([name, f], i) => {
    const bit = 1 << i;
    if (f.required) required |= bit;
    map.set(name, { name, shape: f.shape, required: !!f.required, keep: f.keep ?? true, bit });
  });
  return { kind: 'object', expected, fields: map, required };
}

const listOf = (items: Shape): Shape => ({
  kind: 'list',
  expected: 'a list',
  items: { name: '', shape: items, required: true, keep: true, bit: 0 },
  required: 0,
});

const HEADER = objectShape("an object with 'name' and 'value'", {
  name: { shape: STRING, required: true },
  value: { shape: STRING, required: true },
});
const COOKIE = objectShape("an object with 'name'", {
  name: { shape: STRING, required: true },
  value: { shape: STRING, keep: false },
  domain: { shape: STRING },
});
const REQUEST = objectShape("an object with 'url'", {
  method: { shape: STRING, keep: false },
  url: { shape: STRING, required: true },
  headers: { shape: listOf(HEADER) },
  cookies: { shape: listOf(COOKIE) },
});
// HAR 1.2 requires a response, but some exporters leave it out for a request that got none (aborted, blocked, still
// pending when saved): the request is still evidence, so a missing response is accepted.
const RESPONSE = objectShape('an object', {
  status: { shape: NUMBER, keep: false },
  headers: { shape: listOf(HEADER) },
  cookies: { shape: listOf(COOKIE) },
});
const ENTRY: Field = {
  name: '',
  shape: objectShape("an object with 'request'", {
    pageref: { shape: STRING },
    request: { shape: REQUEST, required: true },
    response: { shape: RESPONSE },
  }),
  required: true,
  keep: true,
  bit: 0,
};

const DESCRIBE: Record<Got, string> = {
  object: 'an object',
  list: 'a list',
  string: 'a string',
  number: 'a number',
  true: 'true',
  false: 'false',
  null: 'null',
};

interface Frame {
  kind: 'object' | 'array';
  mode: Mode;
  role: Role;
  value?: Record<string, unknown> | unknown[];
  /** The key whose value is being read (objects). */
  key?: string;
  /** The index of the item being read (arrays): the number of items before it. */
  index: number;
  state: 'key' | 'colon' | 'value' | 'comma' | 'first';
  /** What this value must look like (within an entry), and the bits of the required fields seen so far. */
  shape?: Shape;
  seen: number;
}

/** A kept string longer than this is dropped (a URL or header that long says nothing useful). */
const MAX_KEPT_STRING = 64 * 1024;
/** What one entry may keep in total, in characters plus KEPT_VALUE_COST a value; beyond it the rest is skipped. */
const MAX_ENTRY_KEPT = 1024 * 1024;
/** The memory of a kept value beyond its text (an object, an array slot), counted against the entry's budget. */
const KEPT_VALUE_COST = 32;
const MAX_LITERAL = 512;

export interface HarReaderResult {
  entries: number;
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
    | { kind: 'literal'; text: string; keep: boolean; field: Field | undefined; start: string }
    | undefined;
  private line = 1;
  private lineStart = 0;
  private offset = 0;
  private entryKept = 0;
  private entryCount = 0;
  private sawLog = false;
  private sawEntries = false;

  constructor(private readonly onEntry: (entry: HarEntry) => void) {}

  /** The chunk being read: lines are counted only when an error needs its position, never per token. */
  private chunk = '';

  /** "line 3, column 7" for an index in the chunk being read. */
  private position(at: number): string {
    let line = this.line;
    let lineStart = this.lineStart;
    for (let k = this.chunk.indexOf('\n'); k !== -1 && k < at; k = this.chunk.indexOf('\n', k + 1)) {
      line++;
      lineStart = this.offset + k + 1;
    }
    return `line ${line}, column ${this.offset + at - lineStart + 1}`;
  }

  private fail(message: string, at: number | string): never {
    throw new HarError(`${message} (${typeof at === 'string' ? at : this.position(at)})`);
  }

  /**
   * A malformed entry, named by its number and path: "entry 1 (log.entries[0]): 'request' must be an object with
   * 'url' (got a number)". `depth` is the frame whose current key or index holds the value; `name` a missing field.
   */
  private failShape(depth: number, field: Field, why: string, name?: string): never {
    const entries = this.stack.findIndex((f) => f.role === 'entries');
    let path = '';
    for (let d = entries + 1; d <= depth; d++) {
      const f = this.stack[d];
      path += f.kind === 'array' ? `[${f.index}]` : `${path ? '.' : ''}${f.key ?? ''}`;
    }
    if (name) path += `${path ? '.' : ''}${name}`;
    const n = this.stack[entries].index;
    const where = `entry ${n + 1} (log.entries[${n}])`;
    throw new HarError(
      path
        ? `${where}: '${path}' must be ${field.shape.expected} (${why})`
        : `${where} must be ${field.shape.expected} (${why})`,
    );
  }

  /** Checks a value's type against its field (the parent is the top frame). */
  private checkType(field: Field | undefined, got: Got): void {
    if (!field || got === field.shape.kind || (got === 'null' && !field.required)) return;
    this.failShape(this.stack.length - 1, field, `got ${DESCRIBE[got]}`);
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

  /** The field a value about to start under `parent` must match (within an entry), or undefined (not checked). */
  private fieldOf(parent: Frame | undefined): Field | undefined {
    if (!parent) return undefined;
    if (parent.role === 'entries') return ENTRY;
    const shape = parent.shape;
    if (!shape) return undefined;
    return shape.kind === 'list' ? shape.items : shape.fields?.get(parent.key ?? '');
  }

  /** The mode and role of a value about to start under `parent`. */
  private childOf(parent: Frame | undefined, field: Field | undefined): { mode: Mode; role: Role } {
    if (!parent) return { mode: 'descend', role: 'root' };
    if (parent.mode === 'skip') return { mode: 'skip', role: 'other' };
    if (parent.role === 'root')
      return parent.key === 'log' ? { mode: 'descend', role: 'log' } : { mode: 'skip', role: 'other' };
    if (parent.role === 'log')
      return parent.key === 'entries' ? { mode: 'descend', role: 'entries' } : { mode: 'skip', role: 'other' };
    if (parent.role === 'entries') return { mode: 'keep', role: 'entry' };
    // Within an entry only the fields the evidence reads are built, and only up to the entry's budget.
    if (parent.mode === 'keep' && field?.keep && this.entryKept <= MAX_ENTRY_KEPT)
      return { mode: 'keep', role: 'other' };
    return { mode: 'skip', role: 'other' };
  }

  private beginValue(s: string, i: number, parent: Frame | undefined): number {
    const ch = s[i];
    const field = this.fieldOf(parent);
    const { mode, role } = this.childOf(parent, field);
    if (parent?.role === 'root' && parent.key === 'log') {
      this.sawLog = true;
      if (ch !== '{') this.fail("This is not a HAR file: 'log' is not an object", i);
    }
    if (parent?.role === 'log' && parent.key === 'entries') {
      this.sawEntries = true;
      if (ch !== '[') this.fail("This is not a HAR file: 'log.entries' is not a list", i);
    }
    // Optional, but a list when present ('n' may only be null: any other literal fails as one).
    if (parent?.role === 'log' && parent.key === 'pages' && ch !== '[' && ch !== 'n')
      this.fail("This is not a HAR file: 'log.pages' is not a list", i);
    if (field && parent) parent.seen |= field.bit;
    if (mode === 'keep') this.entryKept += KEPT_VALUE_COST;
    if (ch === '{' || ch === '[') {
      this.checkType(field, ch === '{' ? 'object' : 'list');
      if (this.stack.length > 512) this.fail('The HAR data is nested too deeply', i);
      if (role === 'entry') this.entryKept = 0;
      this.stack.push({
        kind: ch === '{' ? 'object' : 'array',
        mode,
        role,
        value: mode === 'keep' ? (ch === '{' ? {} : []) : undefined,
        index: 0,
        state: 'first',
        shape: field?.shape,
        seen: 0,
      });
      return i + 1;
    }
    if (ch === '"') {
      this.checkType(field, 'string');
      return this.startString(s, i + 1, mode === 'keep', false);
    }
    return this.startLiteral(s, i, mode === 'keep', field);
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
      if (p.keep) this.entryKept += raw.length;
    }
    const top = this.stack[this.stack.length - 1];
    if (p.isKey) {
      top.key = value ?? '';
      top.state = 'colon';
      return;
    }
    this.completeValue(p.keep ? value : undefined);
  }

  private startLiteral(s: string, i: number, keep: boolean, field: Field | undefined): number {
    const m = /^[-+0-9.eEtrufalsn]*/.exec(s.slice(i, i + MAX_LITERAL + 1))![0];
    if (m.length === 0) this.fail(`Unexpected '${s[i]}'`, i);
    if (m.length > MAX_LITERAL) this.fail('A value is too long to be a number', i);
    if (i + m.length >= s.length) {
      // The literal may continue in the next chunk; an error in it is reported where it starts, in any chunks.
      this.pending = { kind: 'literal', text: m, keep, field, start: this.position(i) };
      return s.length;
    }
    this.finishLiteral(m, keep, field, i);
    return i + m.length;
  }

  private continueLiteral(s: string, from: number): number {
    const p = this.pending as Extract<HarReader['pending'], { kind: 'literal' }>;
    const m = /^[-+0-9.eEtrufalsn]*/.exec(s.slice(from, from + MAX_LITERAL + 1))![0];
    const text = p.text + m;
    if (text.length > MAX_LITERAL) this.fail('A value is too long to be a number', p.start);
    if (from + m.length >= s.length) {
      p.text = text;
      return s.length;
    }
    this.pending = undefined;
    this.finishLiteral(text, p.keep, p.field, p.start);
    return from + m.length;
  }

  /** A literal is type-checked only once it parsed: 'nope' is a syntax error, not a null of the wrong type. */
  private finishLiteral(text: string, keep: boolean, field: Field | undefined, at: number | string): void {
    let value: unknown;
    if (text === 'true') value = true;
    else if (text === 'false') value = false;
    else if (text === 'null') value = null;
    else if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?$/.test(text)) value = Number(text);
    else this.fail(`Unexpected '${text.slice(0, 20)}'`, at);
    if (this.stack.length === 0) this.fail('This is not a HAR file: it does not start with a JSON object', at);
    this.checkType(field, typeof value === 'number' ? 'number' : (String(value) as Got));
    // A null stands for a missing optional field: it leaves no trace.
    this.completeValue(keep && value !== null ? value : undefined);
  }

  private close(next: number): number {
    const frame = this.stack[this.stack.length - 1];
    const shape = frame.shape;
    if (shape?.fields && (frame.seen & shape.required) !== shape.required) {
      const missing = [...shape.fields.values()].find((f) => f.required && !(frame.seen & f.bit))!;
      this.failShape(this.stack.length - 2, missing, 'it is missing', missing.name);
    }
    this.stack.pop();
    if (frame.role === 'entry') {
      this.entryCount++;
      try {
        this.onEntry(frame.value as HarEntry);
      } catch (error) {
        if (error instanceof HarError) throw error;
        throw new HarError(`An entry could not be read: ${(error as Error).message}`);
      }
      this.completeValue(undefined);
      return next;
    }
    if (frame.role === 'root') {
      this.done = true;
      return next;
    }
    this.completeValue(frame.value);
    return next;
  }

  /** Gives a finished value to its parent (undefined: skipped, dropped or handed over, which leaves no trace). */
  private completeValue(value: unknown): void {
    const parent = this.stack[this.stack.length - 1];
    if (!parent) {
      this.done = true;
      return;
    }
    if (parent.mode === 'keep' && parent.value && value !== undefined) {
      if (parent.kind === 'object') (parent.value as Record<string, unknown>)[parent.key ?? ''] = value;
      else (parent.value as unknown[]).push(value);
    }
    if (parent.kind === 'array') parent.index++;
    parent.state = 'comma';
  }

  /** Ends the input: throws when it stopped early or was not a HAR. */
  end(): HarReaderResult {
    if (!this.started) throw new HarError('The HAR file is empty');
    if (this.pending || this.stack.length > 0 || !this.done)
      throw new HarError(`The HAR file ends unexpectedly at line ${this.line} (is it truncated?)`);
    if (!this.sawLog) throw new HarError("This is not a HAR file: it has no 'log'");
    if (!this.sawEntries) throw new HarError("This is not a HAR file: it has no 'log.entries'");
    return { entries: this.entryCount, size: this.offset };
  }
}
