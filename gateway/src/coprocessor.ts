import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CryptoKey } from 'jose';
import {
  CLIENT_ADDRESS_HEADER,
  environment,
  logger,
  PayloadTooLargeError,
  PRINCIPAL_HEADER,
  principalKeysFromEnvironment,
  readBody,
  REFRESH_TOKEN_HEADER,
  REQUEST_ID_HEADER,
  sendJson,
  sendMetrics,
  timeRequest,
  type Logger,
  type SubgraphName,
} from '@portal/platform';
import { clearedSessionCookie, credentialsOf, refreshTokenOf, requestIdOf } from './credentials';
import { INVALID_TOKEN_MESSAGE, SERVICE_UNAVAILABLE_MESSAGE } from './errors';
import {
  IdentityUnavailableError,
  PrincipalResolver,
  type ResolvedPrincipal,
} from './principal-resolver';

/**
 * Apollo Router's external coprocessor for the portal: what the Node gateway does before any
 * subgraph is called, for a Router running the same supergraph (infra/router/router.yaml).
 *
 * - RouterRequest: authenticates the caller (Bearer token, else session cookie) through
 *   identity's /internal/principal, drops client-sent internal headers, signs the principal
 *   and keeps it in the request's context; answers 401 (bad token) or 503 (identity down) with
 *   `control: { break }` where the gateway refuses.
 * - SubgraphRequest: puts the signed principal, request id (and, for identity, the refresh
 *   token and client address) on the subgraph request.
 * - SubgraphResponse / RouterResponse: passes identity's Set-Cookie on to the browser.
 */

/** Router's coprocessor protocol version this implements. */
export const COPROCESSOR_PROTOCOL_VERSION = 1;

/** Keys this coprocessor keeps in the Router's request context. */
export const CONTEXT_KEYS = {
  principal: 'portal::principal',
  requestId: 'portal::request_id',
  refreshToken: 'portal::refresh_token',
  clientAddress: 'portal::client_address',
  setCookies: 'portal::set_cookies',
} as const;

/** Headers only the gateway (or this coprocessor) may set: a client's are dropped. */
const INTERNAL_HEADERS = [PRINCIPAL_HEADER, REFRESH_TOKEN_HEADER, CLIENT_ADDRESS_HEADER];
const BODY_LIMIT = 4 * 1024 * 1024;
const READY_TIMEOUT_MS = 2000;

type Headers = Record<string, string[]>;

/** One coprocessor request or response (the Router's "Externalizable"). */
export interface CoprocessorPayload {
  version: number;
  stage: string;
  control?: 'continue' | { break: number };
  id?: string;
  headers?: Headers;
  body?: unknown;
  context?: { entries?: Record<string, unknown> };
  serviceName?: string;
  subgraphRequestId?: string;
  statusCode?: number;
  [other: string]: unknown;
}

export interface CoprocessorOptions {
  /** Default COPROCESSOR_PORT; 0 picks a free port. */
  port?: number;
  /** Default GATEWAY_HOST. */
  host?: string;
  /** identity's GraphQL URL; default environment().subgraphUrl('identity'). */
  identityUrl?: string;
  /** Default PORTAL_PRINCIPAL_PRIVATE_KEY. */
  privateKey?: CryptoKey;
  /** Default PRINCIPAL_CACHE_MS. */
  principalCacheMs?: number;
  /** Secure cookies outside development and test; default from PORTAL_MODE. */
  secureCookies?: boolean;
}

export interface RunningCoprocessor {
  /** http://host:port/ : the URL router.yaml's `coprocessor.url` names. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Starts the coprocessor's HTTP server: POST / for the Router's stages, /health, /ready, /metrics. */
export async function startCoprocessor(
  options: CoprocessorOptions = {},
): Promise<RunningCoprocessor> {
  const env = environment();
  const log = logger().child({ component: 'coprocessor' });
  const privateKey = options.privateKey ?? (await principalKeysFromEnvironment()).privateKey;
  if (!privateKey) {
    throw new Error(
      'PORTAL_PRINCIPAL_PRIVATE_KEY is required: the coprocessor signs the principal subgraphs verify.',
    );
  }
  const identityBaseUrl = baseUrlOf(
    options.identityUrl ?? env.subgraphUrl('identity' satisfies SubgraphName),
  );
  const stages = new CoprocessorStages({
    resolver: new PrincipalResolver({
      identityBaseUrl,
      privateKey,
      cacheMs: options.principalCacheMs ?? env.PRINCIPAL_CACHE_MS,
      ttlSeconds: env.PRINCIPAL_TTL_SECONDS,
      timeoutMs: env.SUBGRAPH_FETCH_TIMEOUT_MS,
      log,
    }),
    secureCookies: options.secureCookies ?? !['development', 'test'].includes(env.PORTAL_MODE),
    log,
  });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const pathname = (req.url ?? '/').split('?')[0];
    if (pathname === '/health') return sendJson(res, 200, { status: 'ok' });
    if (pathname === '/metrics') return sendMetrics(res);
    if (pathname === '/ready') {
      // Without identity nobody can be authenticated: not ready.
      const ready = await fetch(`${identityBaseUrl}/ready`, {
        signal: AbortSignal.timeout(READY_TIMEOUT_MS),
      }).then(
        async (r) => (await r.body?.cancel(), r.status === 200),
        () => false,
      );
      return sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready' });
    }
    if (pathname !== '/' || req.method !== 'POST')
      return sendJson(res, 404, { error: 'not found' });
    timeRequest('coprocessor', res);
    let payload: unknown;
    try {
      payload = JSON.parse(await readBody(req, BODY_LIMIT));
    } catch (error) {
      if (error instanceof PayloadTooLargeError) throw error;
      return sendJson(res, 400, { error: 'the body is not JSON' });
    }
    if (!isPayload(payload)) return sendJson(res, 400, { error: 'not a coprocessor request' });
    if (payload.version !== COPROCESSOR_PROTOCOL_VERSION) {
      // An answer in a protocol we do not speak would be misread: the Router fails the request.
      return sendJson(res, 400, { error: `unsupported protocol version ${payload.version}` });
    }
    sendJson(res, 200, await stages.process(payload));
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log.error({ err: error }, 'coprocessor request failed');
      // A non-200 answer makes the Router fail the client request: nothing goes out unsigned.
      if (!res.headersSent) sendJson(res, error instanceof PayloadTooLargeError ? 413 : 500, {});
      else res.end();
    });
  });
  server.keepAliveTimeout = 65_000;
  const host = options.host ?? env.GATEWAY_HOST;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? env.COPROCESSOR_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  let stopped: Promise<void> | undefined;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    port,
    stop: () => {
      stopped ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return stopped;
    },
  };
}

/** The stage logic, apart from HTTP. */
export class CoprocessorStages {
  constructor(
    private readonly deps: { resolver: PrincipalResolver; secureCookies: boolean; log: Logger },
  ) {}

  async process(payload: CoprocessorPayload): Promise<CoprocessorPayload> {
    switch (payload.stage) {
      case 'RouterRequest':
        return this.routerRequest(payload);
      case 'SubgraphRequest':
        return this.subgraphRequest(payload);
      case 'SubgraphResponse':
        return this.subgraphResponse(payload);
      case 'RouterResponse':
        return this.routerResponse(payload);
      default:
        // Stages router.yaml does not send here: change nothing.
        return echo(payload);
    }
  }

  private async routerRequest(payload: CoprocessorPayload): Promise<CoprocessorPayload> {
    // The answer's headers replace the request's: without them nothing can be authenticated.
    if (!payload.headers)
      throw new Error('RouterRequest without headers: set router.request.headers');
    const headers = withoutInternalHeaders(payload.headers);
    const requestId = requestIdOf(first(headers, REQUEST_ID_HEADER));
    headers[REQUEST_ID_HEADER] = [requestId];
    const credentialHeaders = {
      authorization: first(headers, 'authorization'),
      cookie: headers.cookie?.join('; '),
    };
    const credentials = credentialsOf(credentialHeaders);
    const entries: Record<string, unknown> = { [CONTEXT_KEYS.requestId]: requestId };
    const refreshToken = refreshTokenOf(credentialHeaders);
    if (refreshToken) entries[CONTEXT_KEYS.refreshToken] = refreshToken;
    const clientAddress = clientAddressOf(headers);
    if (clientAddress) entries[CONTEXT_KEYS.clientAddress] = clientAddress;

    let resolved: ResolvedPrincipal | null = null;
    try {
      if (credentials.kind === 'bearer' || credentials.kind === 'cookie') {
        resolved = await this.deps.resolver.resolve(credentials.token, requestId);
      }
      if (!resolved) {
        // As the gateway: a program with a bad token is told; a stale browser cookie is dropped.
        if (credentials.kind === 'bearer' || credentials.kind === 'malformed') {
          return refuse(payload, 401, 'UNAUTHENTICATED', INVALID_TOKEN_MESSAGE, requestId, {
            'www-authenticate': ['Bearer error="invalid_token"'],
          });
        }
        if (credentials.kind === 'cookie') {
          entries[CONTEXT_KEYS.setCookies] = [clearedSessionCookie(this.deps.secureCookies)];
        }
        resolved = await this.deps.resolver.anonymous();
      }
    } catch (error) {
      if (!(error instanceof IdentityUnavailableError)) throw error;
      return refuse(payload, 503, 'SERVICE_UNAVAILABLE', SERVICE_UNAVAILABLE_MESSAGE, requestId, {
        'retry-after': ['1'],
      });
    }
    entries[CONTEXT_KEYS.principal] = resolved.header;
    return {
      ...echo(payload),
      control: 'continue',
      headers,
      context: { ...payload.context, entries: { ...payload.context?.entries, ...entries } },
    };
  }

  private subgraphRequest(payload: CoprocessorPayload): CoprocessorPayload {
    const entries = payload.context?.entries ?? {};
    const principal = entries[CONTEXT_KEYS.principal];
    if (typeof principal !== 'string') {
      // RouterRequest did not run (router.yaml without it): refuse rather than call unsigned.
      this.deps.log.error(
        { subgraph: payload.serviceName },
        'subgraph request without a principal in the context: is the RouterRequest stage configured?',
      );
      return {
        ...echo(payload),
        control: { break: 500 },
        headers: withoutInternalHeaders(payload.headers),
        body: {
          errors: [
            { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
          ],
        },
      };
    }
    // set, not append: whatever the Router was about to send, only this signature goes out.
    const headers = withoutInternalHeaders(payload.headers);
    headers[PRINCIPAL_HEADER] = [principal];
    const requestId = entries[CONTEXT_KEYS.requestId];
    if (typeof requestId === 'string') headers[REQUEST_ID_HEADER] = [requestId];
    const clientAddress = entries[CONTEXT_KEYS.clientAddress];
    if (typeof clientAddress === 'string') headers[CLIENT_ADDRESS_HEADER] = [clientAddress];
    const refreshToken = entries[CONTEXT_KEYS.refreshToken];
    if (payload.serviceName === 'identity' && typeof refreshToken === 'string') {
      headers[REFRESH_TOKEN_HEADER] = [refreshToken];
    }
    return { ...echo(payload), control: 'continue', headers };
  }

  /** identity's session cookies (sign-in, renewal, sign-out) are kept for the client's answer. */
  private subgraphResponse(payload: CoprocessorPayload): CoprocessorPayload {
    const cookies =
      payload.serviceName === 'identity' ? (payload.headers?.['set-cookie'] ?? []) : [];
    if (cookies.length === 0) return echo(payload);
    const entries = payload.context?.entries ?? {};
    const kept = stringsOf(entries[CONTEXT_KEYS.setCookies]);
    return {
      ...echo(payload),
      context: {
        ...payload.context,
        entries: { ...entries, [CONTEXT_KEYS.setCookies]: [...kept, ...cookies] },
      },
    };
  }

  private routerResponse(payload: CoprocessorPayload): CoprocessorPayload {
    const entries = payload.context?.entries ?? {};
    const cookies = stringsOf(entries[CONTEXT_KEYS.setCookies]);
    const requestId = entries[CONTEXT_KEYS.requestId];
    // Headers in the answer replace the response's: only touch them when the Router sent them.
    if (!payload.headers || (cookies.length === 0 && typeof requestId !== 'string')) {
      return echo(payload);
    }
    const headers = { ...payload.headers };
    if (cookies.length > 0) headers['set-cookie'] = [...(headers['set-cookie'] ?? []), ...cookies];
    if (typeof requestId === 'string') headers[REQUEST_ID_HEADER] = [requestId];
    return { ...echo(payload), headers };
  }
}

/**
 * The answer that changes nothing: version, stage, ids and (for request stages) control; the
 * body and SDL are left out, which tells the Router to keep its own.
 */
function echo(payload: CoprocessorPayload): CoprocessorPayload {
  const rest: CoprocessorPayload = { ...payload };
  delete rest.body;
  delete rest.sdl;
  delete rest.control;
  const control = payload.control;
  return payload.stage.endsWith('Request') ? { ...rest, control: control ?? 'continue' } : rest;
}

/** `control: { break }` with a GraphQL error body, as the gateway answers (RouterRequest: body is a string). */
function refuse(
  payload: CoprocessorPayload,
  status: number,
  code: string,
  message: string,
  requestId: string,
  extraHeaders: Headers,
): CoprocessorPayload {
  return {
    ...echo(payload),
    control: { break: status },
    headers: {
      'content-type': ['application/json'],
      [REQUEST_ID_HEADER]: [requestId],
      ...extraHeaders,
    },
    body: JSON.stringify({ errors: [{ message, extensions: { code } }] }),
  };
}

function withoutInternalHeaders(headers: Headers | undefined): Headers {
  const kept: Headers = {};
  for (const [name, values] of Object.entries(headers ?? {})) {
    if (!INTERNAL_HEADERS.includes(name.toLowerCase())) kept[name.toLowerCase()] = values;
  }
  return kept;
}

function first(headers: Headers, name: string): string | undefined {
  return headers[name]?.[0];
}

/**
 * The caller's address for identity's sign-in throttling. The Router does not tell a
 * coprocessor the peer address, so it is the last X-Forwarded-For hop: the one the ingress in
 * front of the Router appended (earlier hops are whatever the client claimed).
 */
function clientAddressOf(headers: Headers): string | undefined {
  const hops = (headers['x-forwarded-for'] ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  return hops.at(-1);
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function isPayload(value: unknown): value is CoprocessorPayload {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as CoprocessorPayload).version === 'number' &&
    typeof (value as CoprocessorPayload).stage === 'string'
  );
}

/** A subgraph's base URL: its GraphQL URL without the trailing /graphql. */
function baseUrlOf(graphqlUrl: string): string {
  return graphqlUrl.replace(/\/graphql\/?$/, '').replace(/\/+$/, '');
}
