import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import helmet from 'helmet';
import { sendJson, sendMetrics } from '@portal/platform/edge';

/** The partner playground's page: GraphiQL, whose packaged CSS carries fonts and icons as data: URLs. */
const PLAYGROUND_PATHS = new Set(['/playground', '/playground.html']);

/**
 * The Content-Security-Policy of everything the gateway serves. Scripts only from the portal's
 * own files (the Vite build inlines none); images only from itself, so a Markdown article cannot
 * carry a tracking pixel; no frames of the portal anywhere (clickjacking). Styles may be inline:
 * GraphiQL's editor (Monaco) injects its <style> elements at run time, and with images and fonts
 * held to 'self' an injected style has nowhere to send what it reads. The playground alone also
 * takes data: images and fonts (no request leaves the browser for them; it shows no articles).
 */
export function contentSecurityPolicy(production: boolean, playground = false) {
  const inlineData = playground ? ['data:'] : [];
  return {
    useDefaults: false,
    directives: {
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'script-src-attr': ["'none'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", ...inlineData],
      'font-src': ["'self'", ...inlineData],
      'connect-src': ["'self'"],
      'worker-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
      // Only where HTTPS is the rule: on http://localhost it would break every asset.
      ...(production ? { 'upgrade-insecure-requests': [] } : {}),
    },
  };
}

/** Browser features the portal never uses, switched off for it and anything it might embed. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
].join(', ');

/** Sets the security headers on every response (helmet, plus Permissions-Policy). */
export function securityHeaders(production: boolean) {
  const headersWith = (playground: boolean) =>
    helmet({
      contentSecurityPolicy: contentSecurityPolicy(production, playground),
      // Mail links carry one-time tokens in their query: never pass the URL on.
      referrerPolicy: { policy: 'no-referrer' },
      xFrameOptions: { action: 'deny' },
      // Only production is served over HTTPS; HSTS on a plain-HTTP development port is noise.
      strictTransportSecurity: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    });
  const portal = headersWith(false);
  const playground = headersWith(true);
  return (req: IncomingMessage, res: ServerResponse): void => {
    const pathname = (req.url ?? '/').split('?')[0]!;
    (PLAYGROUND_PATHS.has(pathname) ? playground : portal)(req, res, () => undefined);
    res.setHeader('permissions-policy', PERMISSIONS_POLICY);
  };
}

/**
 * Who may read /metrics on the public port: with METRICS_TOKEN set, whoever sends it as a
 * Bearer token; without, everyone outside production mode and no one in it (production serves
 * metrics on GATEWAY_METRICS_PORT, which only the cluster reaches).
 */
export function publicMetricsAllowed(
  req: IncomingMessage,
  production: boolean,
  token: string | undefined,
): boolean {
  if (!token) return !production;
  const sent = Buffer.from(req.headers.authorization ?? '');
  const expected = Buffer.from(`Bearer ${token}`);
  return sent.length === expected.length && timingSafeEqual(sent, expected);
}

/** A listener of its own that answers only /metrics (and /health), off the public port. */
export async function startMetricsServer(port: number, host: string): Promise<Server> {
  const server = createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0];
    if (pathname === '/metrics') return void sendMetrics(res).catch(() => res.destroy());
    if (pathname === '/health') return sendJson(res, 200, { status: 'ok' });
    sendJson(res, 404, { error: 'not found' });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}

export function portOf(server: Server): number {
  return (server.address() as AddressInfo).port;
}
