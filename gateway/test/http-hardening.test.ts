import { readdirSync, readFileSync, statSync } from 'node:fs';
import http, { type IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { SUBGRAPHS } from '@portal/platform';
import { startGateway, type RunningGateway } from '../src/gateway';
import { startTestSystem, type TestSystem, testSupergraph } from '@portal/testkit';

const CLIENT_DIST = path.resolve(__dirname, '../../client/dist');
const TOKEN = 'metrics-token-of-at-least-32-characters!';

let system: TestSystem;
let production: RunningGateway;
beforeAll(async () => {
  system = await startTestSystem({ clientDistDir: CLIENT_DIST });
  production = await startGateway({
    port: 0,
    mode: 'production',
    metricsPort: 0,
    metricsToken: TOKEN,
    clientDistDir: CLIENT_DIST,
    supergraphSdl: testSupergraph(),
    subgraphUrls: Object.fromEntries(
      SUBGRAPHS.map(({ name }) => [name, system.subgraph(name).url]),
    ),
  });
});
afterAll(async () => {
  await production?.stop();
  await system.stop();
});

/** The directives of a Content-Security-Policy header, by name. */
function directives(header: string | null): Map<string, string[]> {
  return new Map(
    (header ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!, values]),
  );
}

const base = (gateway: RunningGateway) => gateway.url.replace(/\/graphql$/, '');

describe('security headers on everything the gateway serves', () => {
  it.each(['/', '/playground', '/devices', '/graphql', '/health'])(
    '%s carries a strict Content-Security-Policy and the other headers',
    async (pathname) => {
      const response = await fetch(`${base(system.gateway)}${pathname}`);
      const csp = directives(response.headers.get('content-security-policy'));
      expect(csp.get('script-src')).toEqual(["'self'"]);
      expect(csp.get('script-src-attr')).toEqual(["'none'"]);
      // The playground's GraphiQL ships fonts and icons as data: URLs; nothing else may.
      const inline = pathname === '/playground' ? ['data:'] : [];
      expect(csp.get('img-src')).toEqual(["'self'", ...inline]);
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('permissions-policy')).toMatch(/camera=\(\).*geolocation=\(\)/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      // Outside production the portal runs on plain HTTP (localhost): no HSTS, no upgrade.
      expect(response.headers.get('strict-transport-security')).toBeNull();
      expect(csp.has('upgrade-insecure-requests')).toBe(false);
      await response.body?.cancel();
    },
  );

  it('serves pages the policy lets run: no inline script, style element or handler', () => {
    for (const page of ['index.html', 'playground.html']) {
      const html = readFileSync(path.join(CLIENT_DIST, page), 'utf8');
      for (const [tag] of html.matchAll(/<script\b[^>]*>/g))
        expect(tag).toMatch(/\bsrc="\/assets\//);
      expect(html).not.toMatch(/<style\b/);
      expect(html).not.toMatch(/\son[a-z]+=/i);
      for (const [, url] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) expect(url).toMatch(/^\//);
    }
  });

  it('adds HSTS and upgrade-insecure-requests in production mode', async () => {
    const response = await fetch(`${base(production)}/`);
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp.has('upgrade-insecure-requests')).toBe(true);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    await response.body?.cancel();
  });
});

describe('/metrics in production mode', () => {
  it('is not on the public port', async () => {
    const response = await fetch(`${base(production)}/metrics`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toMatch(/nodejs_|portal_/);
  });

  it('answers on its own port, and on the public port only with the token', async () => {
    const own = await fetch(production.metricsUrl!);
    expect(own.status).toBe(200);
    expect(await own.text()).toMatch(/portal_subgraph_fetches_total|nodejs_heap/);
    const wrong = await fetch(`${base(production)}/metrics`, {
      headers: { authorization: `Bearer ${TOKEN.replace(/.$/, '?')}` },
    });
    expect(wrong.status).toBe(404);
    await wrong.body?.cancel();
    const right = await fetch(`${base(production)}/metrics`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(right.status).toBe(200);
    await right.body?.cancel();
  });
});

/** A raw GET (fetch would undo the encoding): status, headers and the bytes as sent. */
function rawGet(url: string, acceptEncoding?: string) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      const headers = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
      http
        .get(url, { headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode!,
              headers: response.headers,
              body: Buffer.concat(chunks),
            }),
          );
        })
        .on('error', reject);
    },
  );
}

describe('the built client as a browser fetches it', () => {
  const portal = () => readFileSync(path.join(CLIENT_DIST, 'index.html'), 'utf8');
  const entry = () => /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(portal())![1]!;

  it.each([
    ['br, gzip, deflate', 'br', brotliDecompressSync],
    ['gzip, deflate', 'gzip', gunzipSync],
  ])(
    'sends a script precompressed for Accept-Encoding %s, to be kept a year',
    async (accepted, encoding, decode) => {
      const script = await rawGet(`${base(system.gateway)}${entry()}`, accepted);
      expect(script.status).toBe(200);
      expect(script.headers['content-encoding']).toBe(encoding);
      expect(script.headers['content-type']).toMatch(/javascript/);
      expect(script.headers.vary).toMatch(/Accept-Encoding/i);
      expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const original = readFileSync(path.join(CLIENT_DIST, entry()));
      expect(decode(script.body).equals(original)).toBe(true);
      expect(script.body.length).toBeLessThan(original.length / 2);
    },
  );

  it('sends the file as it is to a client that accepts no encoding', async () => {
    const script = await rawGet(`${base(system.gateway)}${entry()}`);
    expect(script.headers['content-encoding']).toBeUndefined();
    expect(script.body.equals(readFileSync(path.join(CLIENT_DIST, entry())))).toBe(true);
  });

  it.each(['/', '/devices'])(
    'has the browser ask again for the page %s (it names the current scripts)',
    async (pathname) => {
      const page = await rawGet(`${base(system.gateway)}${pathname}`, 'br');
      expect(page.headers['cache-control']).toBe('no-cache');
      // Under 1 KB: not worth compressing.
      expect(page.headers['content-encoding']).toBeUndefined();
      expect(page.body.toString()).toBe(portal());
    },
  );

  it('builds a .br and a .gz beside every script and style', () => {
    const assets = readdirSync(path.join(CLIENT_DIST, 'assets'));
    const sources = assets.filter((name) => /\.(js|css)$/.test(name));
    expect(sources.length).toBeGreaterThan(5);
    for (const name of sources) {
      const size = statSync(path.join(CLIENT_DIST, 'assets', name)).size;
      if (size < 1024) continue;
      expect(assets).toContain(`${name}.br`);
      expect(assets).toContain(`${name}.gz`);
    }
  });
});
