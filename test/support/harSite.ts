// A local test shop, recorded as a HAR by Chromium (README, "Catalogues and evidence" evidence, tested on real recordings). One HTTPS server on
// 127.0.0.1 answers for every host name; Chromium's --host-resolver-rules sends www.shop.test, the Google and
// Facebook hosts and an unknown tracker there, so the site sets first- and third-party cookies offline. HTTPS (with a
// throw-away certificate made by openssl) because Chromium upgrades the preloaded HSTS hosts (Google, Facebook).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/vscode-offline/chromium.mjs';

function certificate(dir: string): { key: Buffer; cert: Buffer } {
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-days',
        '2',
        '-subj',
        '/CN=shop.test',
      ],
      { stdio: 'ignore' },
    );
  } catch (error) {
    assert.fail(`openssl is needed to record the test HAR (a throw-away TLS certificate): ${(error as Error).message}`);
  }
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

function page(port: number): string {
  const at = (host: string, path: string) => `https://${host}:${port}${path}`;
  return `<!doctype html><html><head><title>Test shop</title>
<script>
  document.cookie = '_ga=GA1.1.1234567890.1700000000; path=/; max-age=63072000';
  document.cookie = '_ga_ABC123XYZ=GS1.1.1700000000.1.0; path=/; max-age=63072000';
</script>
<script src="${at('www.googletagmanager.com', '/gtag/js?id=G-ABC123XYZ')}"></script>
<script src="${at('connect.facebook.net', '/en_US/fbevents.js')}"></script>
</head><body><h1>Test shop</h1>
<img src="${at('cdn.shop.test', '/logo.png')}" alt="">
<img src="${at('stats.g.doubleclick.net', '/pixel')}" alt="">
<img src="${at('www.facebook.com', '/tr?id=1')}" alt="">
<img src="${at('pixel.unknown-tracker.test', '/p.gif')}" alt="">
<script>fetch('/api/cart', { credentials: 'include' }).then((r) => r.text()).then((t) => { document.title = 'done ' + t; });</script>
</body></html>`;
}

const GIF = Buffer.from('R0lGODlhAQABAAAAACw=', 'base64');

function serve(key: Buffer, cert: Buffer): Server {
  return createServer({ key, cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const port = Number((req.headers.host ?? '').split(':')[1]);
    const url = req.url ?? '/';
    if (host === 'www.shop.test' && url === '/') {
      res.setHeader('Set-Cookie', [
        'session=s3cr3t; Path=/; HttpOnly; Secure; SameSite=Lax',
        'cart_id=42; Path=/; Max-Age=1209600; Secure',
      ]);
      res.setHeader('Content-Type', 'text/html');
      res.end(page(port));
      return;
    }
    if (host === 'www.shop.test' && url === '/api/cart') {
      res.setHeader('Content-Type', 'application/json');
      res.end('{"items":0}');
      return;
    }
    if (host === 'stats.g.doubleclick.net')
      res.setHeader(
        'Set-Cookie',
        'IDE=AHWqTUk; Domain=.doubleclick.net; Path=/; Max-Age=34190000; Secure; SameSite=None; HttpOnly',
      );
    if (host === 'www.facebook.com')
      res.setHeader(
        'Set-Cookie',
        'fr=0abc.def; Domain=.facebook.com; Path=/; Max-Age=7776000; Secure; SameSite=None; HttpOnly',
      );
    if (url.endsWith('.js') || url.startsWith('/gtag/js')) {
      res.setHeader('Content-Type', 'application/javascript');
      res.end('/* test script */');
      return;
    }
    res.setHeader('Content-Type', 'image/gif');
    res.end(GIF);
  });
}

/** Records one visit of the test shop with Chromium; returns the HAR file's path. */
export async function recordShopHar(): Promise<string> {
  assert.ok(
    existsSync(CHROMIUM),
    `Chromium is missing at ${CHROMIUM}; run \`npm run setup\` (as root), or point PPS_CHROMIUM at a Chromium.`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'pps-har-'));
  const { key, cert } = certificate(dir);
  const server = serve(key, cert);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const harPath = join(dir, 'shop.har');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * 127.0.0.1'],
  });
  try {
    const context = await browser.newContext({ ignoreHTTPSErrors: true, recordHar: { path: harPath } });
    const tab = await context.newPage();
    const cart = tab.waitForResponse((r) => r.url().endsWith('/api/cart'));
    await tab.goto(`https://www.shop.test:${port}/`, { waitUntil: 'load' });
    await cart;
    await tab.waitForFunction(() => document.title.startsWith('done'));
    await context.close(); // writes the HAR
  } finally {
    await browser.close();
    server.close();
  }
  assert.ok(existsSync(harPath), 'Chromium wrote no HAR');
  return harPath;
}

/** The shop's policy: declares two of its cookies and one it no longer sets, and names Meta but not Google. */
export const SHOP_POLICY = `policy:
  title: Privacy notice of the test shop
  effective: 2025-01-01
controller:
  name: Test Shop BV
  address: Teststraat 1, 1000 Brussels, Belgium
  country: BE
  url: https://www.shop.test
dpo: none
authority:
  name: Data Protection Authority
data:
  contact:
    label: Contact details
purposes:
  orders:
    title: Delivering your orders
    data: [contact]
    basis: contract
    retention: 1 year
    recipients: [meta]
recipients:
  meta:
    label: Facebook
    type: controller
    name: Meta Platforms Ireland Limited
    country: IE
automated_decisions: none
cookies:
  - name: session
    provider: Test Shop
    duration: session
    type: essential
    party: first
  - name: _ga
    provider: Google Analytics
    duration: 2 years
    type: analytics
    party: first
  - name: old_cookie
    type: preferences
    party: first
`;
