// The HAR reader's input contract: what a well-formed HAR 1.2 must have for reconciliation (a log object, a list of
// entries, each an object with a request that has a url; optional fields of the right type when present), checked as
// the text streams by. A malformed HAR is one HarError naming the first bad entry, never evidence; real exports from
// Chrome and Firefox, and from tools that leave optional parts out, still read.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { evidenceFromHarText, HarError } from '../../server/src/reconcile/evidence';
import { HarReader, type HarEntry } from '../../server/src/reconcile/harReader';

const harOf = (entries: unknown[], log: Record<string, unknown> = {}) => JSON.stringify({ log: { ...log, entries } });

/** The message of the HarError that reading `text` ends in (fails when it reads). */
function errorOf(text: string): string {
  try {
    evidenceFromHarText(text, 'site.har');
  } catch (error) {
    assert.ok(error instanceof HarError, `not a HarError: ${String(error)}`);
    return error.message;
  }
  assert.fail(`read without an error: ${text.slice(0, 200)}`);
}

const GOOD_REQUEST = { method: 'GET', url: 'https://www.shop.test/', headers: [], cookies: [] };
const GOOD_RESPONSE = { status: 200, headers: [], cookies: [] };

describe('a malformed HAR is an input error naming the first bad entry', () => {
  it("the issue's example: a number for 'request' (the null entry after it is not reached)", () => {
    assert.equal(
      errorOf('{ "log": { "entries": [{ "request": 5, "response": "x" }, null] } }'),
      "entry 1 (log.entries[0]): 'request' must be an object with 'url' (got a number)",
    );
  });

  const cases: [string, unknown, string][] = [
    ['null entry', null, "entry 2 (log.entries[1]) must be an object with 'request' (got null)"],
    ['number entry', 5, "entry 2 (log.entries[1]) must be an object with 'request' (got a number)"],
    ['string entry', 'x', "entry 2 (log.entries[1]) must be an object with 'request' (got a string)"],
    ['list entry', [], "entry 2 (log.entries[1]) must be an object with 'request' (got a list)"],
    ['no request', {}, "entry 2 (log.entries[1]): 'request' must be an object with 'url' (it is missing)"],
    ['null request', { request: null }, "entry 2 (log.entries[1]): 'request' must be an object with 'url' (got null)"],
    [
      'string request',
      { request: 'no' },
      "entry 2 (log.entries[1]): 'request' must be an object with 'url' (got a string)",
    ],
    [
      'request without url',
      { request: { method: 'GET' } },
      "entry 2 (log.entries[1]): 'request.url' must be a string (it is missing)",
    ],
    [
      'numeric url',
      { request: { url: 42 } },
      "entry 2 (log.entries[1]): 'request.url' must be a string (got a number)",
    ],
    ['null url', { request: { url: null } }, "entry 2 (log.entries[1]): 'request.url' must be a string (got null)"],
    [
      'boolean method',
      { request: { ...GOOD_REQUEST, method: true } },
      "entry 2 (log.entries[1]): 'request.method' must be a string (got true)",
    ],
    [
      'cookies as a string',
      { request: { ...GOOD_REQUEST, cookies: 'abc' } },
      "entry 2 (log.entries[1]): 'request.cookies' must be a list (got a string)",
    ],
    [
      'headers as an object',
      { request: { ...GOOD_REQUEST, headers: {} } },
      "entry 2 (log.entries[1]): 'request.headers' must be a list (got an object)",
    ],
    [
      'numeric header value',
      {
        request: {
          ...GOOD_REQUEST,
          headers: [
            { name: 'Accept', value: '*/*' },
            { name: 'Cookie', value: 42 },
          ],
        },
      },
      "entry 2 (log.entries[1]): 'request.headers[1].value' must be a string (got a number)",
    ],
    [
      'header without value',
      { request: { ...GOOD_REQUEST, headers: [{ name: 'Cookie' }] } },
      "entry 2 (log.entries[1]): 'request.headers[0].value' must be a string (it is missing)",
    ],
    [
      'object cookie name',
      { request: { ...GOOD_REQUEST, cookies: [{ name: { evil: true } }] } },
      "entry 2 (log.entries[1]): 'request.cookies[0].name' must be a string (got an object)",
    ],
    [
      'response as a string',
      { request: GOOD_REQUEST, response: 'x' },
      "entry 2 (log.entries[1]): 'response' must be an object (got a string)",
    ],
    [
      'response headers as a string',
      { request: GOOD_REQUEST, response: { ...GOOD_RESPONSE, headers: 'none' } },
      "entry 2 (log.entries[1]): 'response.headers' must be a list (got a string)",
    ],
    [
      'null response cookie',
      { request: GOOD_REQUEST, response: { ...GOOD_RESPONSE, cookies: [null] } },
      "entry 2 (log.entries[1]): 'response.cookies[0]' must be an object with 'name' (got null)",
    ],
    [
      'numeric cookie domain',
      { request: GOOD_REQUEST, response: { ...GOOD_RESPONSE, cookies: [{ name: 'a', value: '1', domain: 5 }] } },
      "entry 2 (log.entries[1]): 'response.cookies[0].domain' must be a string (got a number)",
    ],
    [
      'status as a string',
      { request: GOOD_REQUEST, response: { ...GOOD_RESPONSE, status: '200' } },
      "entry 2 (log.entries[1]): 'response.status' must be a number (got a string)",
    ],
    [
      'numeric pageref',
      { pageref: 1, request: GOOD_REQUEST, response: GOOD_RESPONSE },
      "entry 2 (log.entries[1]): 'pageref' must be a string (got a number)",
    ],
  ];
  for (const [name, bad, message] of cases)
    it(`${name}, after a good entry`, () => {
      assert.equal(errorOf(harOf([{ request: GOOD_REQUEST, response: GOOD_RESPONSE }, bad])), message);
    });

  it("'log.pages' of the wrong type (optional, but a list when present)", () => {
    assert.match(errorOf(harOf([], { pages: 5 })), /^This is not a HAR file: 'log\.pages' is not a list \(line 1/);
    assert.doesNotThrow(() => evidenceFromHarText(harOf([], { pages: null })));
  });

  it('an error in a part the reader does not keep (past the entry budget, a skipped field) is still found', () => {
    const padding = Array.from({ length: 40_000 }, (_, i) => ({ name: `X-Pad-${i}`, value: 'p'.repeat(30) }));
    const text = harOf([
      {
        request: { url: 'https://www.shop.test/', headers: padding },
        response: { status: 200, headers: [{ name: 'Set-Cookie', value: 7 }] },
      },
    ]);
    assert.equal(
      errorOf(text),
      "entry 1 (log.entries[0]): 'response.headers[0].value' must be a string (got a number)",
    );
  });

  it('a syntax error is reported as one, not as a wrong type', () => {
    assert.match(
      errorOf('{"log": {"entries": [{"request": {"url": nope}}]}}'),
      /^Unexpected 'n' \(line 1, column 42\)$/,
    );
  });
});

describe('real exports still read', () => {
  // Shaped after the exporters' sources: Chrome DevTools front_end/models/har/Log.ts (cookies with path, domain,
  // expires, sameSite and a partitionKey object; `_initiator`, `_error: null`; entries without a page) and Firefox
  // devtools/client/netmonitor/src/har/har-builder.js (version 1.1, cookies of name and value, `cache: {}`, an
  // aborted request with status 0 and no headers); a proxy's export without pages and with a request that got no
  // response (ProxymanApp/proxyman-windows-linux issue 560).
  const chrome = {
    log: {
      version: '1.2',
      creator: { name: 'WebInspector', version: '537.36' },
      pages: [{ startedDateTime: '2026-01-01T10:00:00.000Z', id: 'page_1', title: 'https://www.shop.test/' }],
      entries: [
        {
          _initiator: { type: 'other' },
          _priority: 'VeryHigh',
          _resourceType: 'document',
          cache: {},
          connection: '443',
          pageref: 'page_1',
          request: {
            method: 'GET',
            url: 'https://www.shop.test/',
            httpVersion: 'http/2.0',
            headers: [{ name: 'cookie', value: 'session=abc; _ga=GA1.1.1' }],
            queryString: [],
            cookies: [
              {
                name: 'session',
                value: 'abc',
                path: '/',
                domain: 'www.shop.test',
                expires: null,
                httpOnly: true,
                secure: true,
              },
            ],
            headersSize: -1,
            bodySize: 0,
          },
          response: {
            status: 200,
            statusText: '',
            httpVersion: 'http/2.0',
            headers: [{ name: 'set-cookie', value: 'cart_id=1; Path=/; SameSite=Lax' }],
            cookies: [
              {
                name: 'cart_id',
                value: '1',
                path: '/',
                domain: 'www.shop.test',
                expires: '2027-01-01T10:00:00.000Z',
                httpOnly: false,
                secure: false,
                sameSite: 'Lax',
                partitionKey: { topLevelSite: 'https://shop.test', hasCrossSiteAncestor: false },
              },
            ],
            content: { size: 5, mimeType: 'text/html', compression: 0, text: '<p>x' },
            redirectURL: '',
            headersSize: -1,
            bodySize: -1,
            _transferSize: 300,
            _error: null,
            _fetchedViaServiceWorker: false,
          },
          serverIPAddress: '127.0.0.1',
          startedDateTime: '2026-01-01T10:00:00.000Z',
          time: 12.5,
          timings: { blocked: 1, dns: -1, ssl: -1, connect: -1, send: 0, wait: 10, receive: 1.5, _blocked_queueing: 1 },
        },
        {
          _initiator: { type: 'parser', url: 'https://www.shop.test/', lineNumber: 3 },
          cache: {},
          request: { method: 'GET', url: 'https://stats.g.doubleclick.net/pixel', headers: [], cookies: [] },
          response: {
            status: 0,
            statusText: '',
            headers: [],
            cookies: [],
            content: { size: 0, mimeType: 'x-unknown' },
            _error: 'net::ERR_BLOCKED_BY_CLIENT',
          },
          timings: { blocked: -1, dns: -1, ssl: -1, connect: -1, send: 0, wait: 0, receive: 0 },
        },
      ],
    },
  };
  const firefox = {
    log: {
      version: '1.1',
      creator: { name: 'Firefox', version: '128.0' },
      browser: { name: 'Firefox', version: '128.0' },
      pages: [{ startedDateTime: '2026-01-01T11:00:00.000+01:00', id: 'page_1', title: 'Shop', pageTimings: {} }],
      entries: [
        {
          pageref: 'page_1',
          startedDateTime: '2026-01-01T11:00:00.000+01:00',
          time: 20,
          request: {
            bodySize: 0,
            method: 'GET',
            url: 'https://www.shop.test/',
            httpVersion: 'HTTP/2',
            headers: [{ name: 'Cookie', value: '_ga=GA1.1.1' }],
            cookies: [{ name: '_ga', value: 'GA1.1.1' }],
            queryString: [],
            headersSize: 400,
          },
          response: {
            status: 200,
            statusText: 'OK',
            httpVersion: 'HTTP/2',
            headers: [{ name: 'Set-Cookie', value: 'fr=1; Domain=.facebook.com' }],
            cookies: [{ name: 'fr', value: '1' }],
            content: { mimeType: 'text/html', size: 5, comment: 'Response bodies are not included.' },
            redirectURL: '',
            headersSize: 200,
            bodySize: 5,
          },
          cache: {},
          timings: {},
          serverIPAddress: '127.0.0.1',
          connection: '443',
        },
        {
          pageref: 'page_1',
          startedDateTime: '2026-01-01T11:00:00.100+01:00',
          time: 0,
          request: { bodySize: 0, method: 'GET', url: 'https://pixel.tracker.test/p.gif', headers: [], cookies: [] },
          response: { status: 0, statusText: '', httpVersion: '', headers: [], cookies: [], content: { size: -1 } },
          cache: {},
          timings: {},
        },
      ],
    },
  };
  const proxy = {
    log: {
      version: '1.2',
      creator: { name: 'a proxy', version: '1' },
      entries: [
        {
          startedDateTime: '2026-01-01T12:00:00Z',
          time: 5,
          request: { method: 'GET', url: 'https://www.shop.test/a' },
        },
        {
          startedDateTime: '2026-01-01T12:00:01Z',
          time: 5,
          request: {
            method: 'GET',
            url: 'https://www.shop.test/b',
            headers: null,
            cookies: [{ name: 'id', value: '1' }],
          },
          response: null,
        },
      ],
    },
  };

  it('Chrome DevTools', () => {
    const evidence = evidenceFromHarText(JSON.stringify(chrome, null, 2), 'chrome.har');
    assert.equal(evidence.entries, 2);
    assert.deepEqual(evidence.cookies.map((c) => c.name).sort(), ['_ga', 'cart_id', 'session']);
    assert.deepEqual(evidence.siteDomains, ['shop.test']);
  });
  it('Firefox', () => {
    const evidence = evidenceFromHarText(JSON.stringify(firefox, null, 2), 'firefox.har');
    assert.equal(evidence.entries, 2);
    assert.deepEqual(evidence.cookies.map((c) => c.name).sort(), ['_ga', 'fr']);
    assert.deepEqual(evidence.cookies.find((c) => c.name === 'fr')?.domains, ['facebook.com', 'www.shop.test']);
    assert.deepEqual(
      evidence.hosts.map((h) => h.host),
      ['www.shop.test', 'pixel.tracker.test'],
    );
  });
  it('a request without a response (missing or null), optional lists null', () => {
    const evidence = evidenceFromHarText(JSON.stringify(proxy), 'proxy.har');
    assert.equal(evidence.entries, 2);
    assert.deepEqual(
      evidence.cookies.map((c) => c.name),
      ['id'],
    );
  });
  it('a BOM, an empty list of entries, and unknown fields of any type anywhere', () => {
    const text = `\ufeff${JSON.stringify({ log: { version: 5, creator: null, entries: [], comment: [1] }, x: {} })}`;
    assert.equal(evidenceFromHarText(text).entries, 0);
    const odd = harOf([{ request: { url: 'https://a.test/', x: [null] }, response: { y: 'z' }, time: 'soon' }]);
    assert.equal(evidenceFromHarText(odd).entries, 1);
  });
});

describe('the reader keeps only what the evidence reads', () => {
  it('an entry is built of its request, response, headers, cookies and pageref, nothing else', () => {
    const got: HarEntry[] = [];
    const reader = new HarReader((entry) => got.push(entry));
    const entry = JSON.stringify({
      pageref: 'p',
      time: 3,
      request: { method: 'GET', url: 'https://a.test/', cookies: [{ name: 'a', value: '1', domain: 'a.test' }] },
      response: { status: 200, headers: [{ name: 'Set-Cookie', value: 'b=2' }], content: { text: 'x' } },
      extra: Array.from({ length: 1000 }, () => ({})),
    });
    // A key JSON.parse would make an own property, but that assigned to a built object would set its prototype.
    reader.write(`{"log": {"entries": [${entry.replace('{', '{"__proto__": {"polluted": true}, ')}]}}`);
    reader.end();
    assert.deepEqual(got, [
      {
        pageref: 'p',
        request: { url: 'https://a.test/', cookies: [{ name: 'a', domain: 'a.test' }] },
        response: { headers: [{ name: 'Set-Cookie', value: 'b=2' }] },
      },
    ]);
    assert.equal(Object.getPrototypeOf(got[0]), Object.prototype);
  });
});

// A reference for the contract, written plainly over JSON.parse: the first problem in text order (a field's type
// when it is read, a missing required field when its object ends), or undefined.
type Spec = { kind: string; expected: string; fields?: [string, Spec, boolean][]; items?: Spec };
const STRING: Spec = { kind: 'string', expected: 'a string' };
const HEADER: Spec = {
  kind: 'object',
  expected: "an object with 'name' and 'value'",
  fields: [
    ['name', STRING, true],
    ['value', STRING, true],
  ],
};
const COOKIE: Spec = {
  kind: 'object',
  expected: "an object with 'name'",
  fields: [
    ['name', STRING, true],
    ['value', STRING, false],
    ['domain', STRING, false],
  ],
};
const list = (items: Spec): Spec => ({ kind: 'list', expected: 'a list', items });
const ENTRY: Spec = {
  kind: 'object',
  expected: "an object with 'request'",
  fields: [
    ['pageref', STRING, false],
    [
      'request',
      {
        kind: 'object',
        expected: "an object with 'url'",
        fields: [
          ['method', STRING, false],
          ['url', STRING, true],
          ['headers', list(HEADER), false],
          ['cookies', list(COOKIE), false],
        ],
      },
      true,
    ],
    [
      'response',
      {
        kind: 'object',
        expected: 'an object',
        fields: [
          ['status', { kind: 'number', expected: 'a number' }, false],
          ['headers', list(HEADER), false],
          ['cookies', list(COOKIE), false],
        ],
      },
      false,
    ],
  ],
};
const kindOf = (v: unknown) =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'list'
      : typeof v === 'object'
        ? 'object'
        : typeof v === 'boolean'
          ? String(v)
          : typeof v;
const describeKind = (k: string) =>
  ({ object: 'an object', list: 'a list', string: 'a string', number: 'a number' })[k] ?? k;

function problem(value: unknown, spec: Spec, required: boolean, path: string): [string, Spec, string] | undefined {
  const kind = kindOf(value);
  if (kind === 'null' && !required) return undefined;
  if (kind !== spec.kind) return [path, spec, `got ${describeKind(kind)}`];
  if (spec.items)
    for (const [i, item] of (value as unknown[]).entries()) {
      const p = problem(item, spec.items, true, `${path}[${i}]`);
      if (p) return p;
    }
  if (spec.fields) {
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object)) {
      const field = spec.fields.find(([name]) => name === key);
      const p = field && problem(object[key], field[1], field[2], path ? `${path}.${key}` : key);
      if (p) return p;
    }
    for (const [name, fieldSpec, isRequired] of spec.fields)
      if (isRequired && !Object.hasOwn(object, name))
        return [path ? `${path}.${name}` : name, fieldSpec, 'it is missing'];
  }
  return undefined;
}

function expectedError(entries: unknown[]): string | undefined {
  for (const [i, entry] of entries.entries()) {
    const p = problem(entry, ENTRY, true, '');
    if (!p) continue;
    const where = `entry ${i + 1} (log.entries[${i}])`;
    return p[0]
      ? `${where}: '${p[0]}' must be ${p[1].expected} (${p[2]})`
      : `${where} must be ${p[1].expected} (${p[2]})`;
  }
  return undefined;
}

/** Reads `text` in chunks of the given sizes (cycled); the entries count, or the HarError's message. */
function readInChunks(text: string, sizes: number[]): { entries: number } | { error: string } {
  const reader = new HarReader(() => {});
  try {
    let at = 0;
    for (let i = 0; at < text.length; i++) {
      const size = sizes[i % sizes.length];
      reader.write(text.slice(at, at + size));
      at += size;
    }
    return { entries: reader.end().entries };
  } catch (error) {
    if (!(error instanceof HarError)) throw error;
    return { error: error.message };
  }
}

describe('property: the streaming checks agree with the contract, whatever the chunks', () => {
  // Each field is right, wrong, null or missing; lists mix good and bad items.
  const anyJson = fc.jsonValue({ maxDepth: 2 });
  const maybe = <T>(good: fc.Arbitrary<T>) =>
    fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: anyJson });
  const str = maybe(fc.string({ maxLength: 8 }));
  const header = maybe(fc.record({ name: str, value: str }, { requiredKeys: [] }));
  const cookie = maybe(fc.record({ name: str, value: str, domain: str, httpOnly: fc.boolean() }, { requiredKeys: [] }));
  const request = maybe(
    fc.record(
      {
        method: str,
        url: str,
        headers: maybe(fc.array(header, { maxLength: 3 })),
        cookies: maybe(fc.array(cookie, { maxLength: 3 })),
      },
      { requiredKeys: [] },
    ),
  );
  const response = maybe(
    fc.record(
      {
        status: maybe(fc.integer()),
        headers: maybe(fc.array(header, { maxLength: 3 })),
        cookies: maybe(fc.array(cookie, { maxLength: 3 })),
        content: anyJson,
      },
      { requiredKeys: [] },
    ),
  );
  const entry = maybe(fc.record({ pageref: str, request, response, time: anyJson }, { requiredKeys: ['request'] }));

  it('accepts exactly the well-formed entries, and names the same first bad one', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 4 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 10 }),
        fc.boolean(),
        (entries, sizes, pretty) => {
          const text = JSON.stringify({ log: { version: '1.2', entries } }, null, pretty ? 1 : undefined);
          const expected = expectedError(entries);
          const whole = readInChunks(text, [text.length]);
          assert.deepEqual(whole, expected ? { error: expected } : { entries: entries.length });
          assert.deepEqual(readInChunks(text, sizes), whole);
        },
      ),
      { numRuns: 400, seed: 4242 },
    );
  });

  it('a literal across chunks is reported where it starts, as in one chunk', () => {
    for (const literal of ['r', 'nul', '1'.repeat(600)]) {
      const text = `{"log": {"entries": [{"request": {"url": "https://a.test/"}, "response": ${literal}}]}}`;
      const whole = readInChunks(text, [text.length]);
      const column = text.indexOf('"response": ') + 13;
      assert.ok('error' in whole && whole.error.endsWith(`(line 1, column ${column})`), JSON.stringify(whole));
      for (const size of [1, 7, column - 2, column - 1, column, 300])
        assert.deepEqual(readInChunks(text, [size]), whole, `${size}`);
    }
  });

  it('any damage to a good HAR ends in a result or one HarError, the same in any chunks', () => {
    const good = JSON.stringify(
      {
        log: {
          version: '1.2',
          pages: [{ id: 'p' }],
          entries: [{ pageref: 'p', request: GOOD_REQUEST, response: GOOD_RESPONSE }],
        },
      },
      null,
      1,
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: good.length }),
        fc.integer({ min: 0, max: 20 }),
        fc.string({ maxLength: 6 }),
        fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 10 }),
        (at, cut, insert, sizes) => {
          const text = good.slice(0, at) + insert + good.slice(at + cut);
          assert.deepEqual(readInChunks(text, sizes), readInChunks(text, [text.length]));
        },
      ),
      { numRuns: 1000, seed: 99 },
    );
  });
});
