import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { CryptoKey } from 'jose';
import sirv from 'sirv';
import { Pool } from 'pg';
import { request } from 'undici';
import { responseExtensionsDropped } from './response-extensions';
import { inputChecks } from './input-checks';
import { installResultShaping } from './result-shaping';
import {
  loadPersistedDocuments,
  PersistedOperationStore,
  warmQueryPlans,
} from './persisted-operations';
import {
  environment,
  executeGraphQL,
  logger,
  PayloadTooLargeError,
  principalKeysFromEnvironment,
  REQUEST_ID_HEADER,
  requestScope,
  sendGraphQLError,
  sendJson,
  sendMetrics,
  SUBGRAPHS,
  timeRequest,
  type Logger,
  type SubgraphName,
} from '@portal/platform/edge';
import {
  isPublicError,
  maskGatewayError,
  refusedCredentialsMessage,
  SERVICE_UNAVAILABLE_MESSAGE,
} from './errors';
import {
  IdentityUnavailableError,
  PrincipalResolver,
  type ResolvedPrincipal,
} from './principal-resolver';
import { DEV_MAILBOX_PATH, devMailboxFor, isLoopback } from './dev-mailbox';
import { oneClickUnsubscribe, UNSUBSCRIBE_PATH } from './unsubscribe';
import { LIVE_EVENTS_PATH, streamLiveEvents } from './live-events';
import { downloadExport, EXPORTS_PATH } from './exports';
import {
  portOf,
  publicMetricsAllowed,
  securityHeaders,
  startMetricsServer,
} from './http-hardening';
import { ReplicaSet, replicaCall, replicaFetchOf } from './replicas';
import { gatewayProtection } from './protection';
import { UsageRecorder } from './usage';
import { DOCS_PATH, partnerDocs } from './docs';
import { fairUsePlugin, fairUseSubject, FairUseLimiter, type FairUseBudgets } from './fair-use';
import { deduplicating, subgraphClient } from './fetcher';
import { clearedSessionCookie, credentialsOf, refreshTokenOf, requestIdOf } from './credentials';
import { SubgraphDataSource, type GatewayContext } from './subgraph-data-source';

export type { GatewayContext } from './subgraph-data-source';

export type PortalMode = 'production' | 'demo' | 'development' | 'test';

export interface GatewayOptions {
  /** Default GATEWAY_PORT; 0 picks a free port. */
  port?: number;
  /** Default GATEWAY_HOST. */
  host?: string;
  /** Default: the committed schema/supergraph.graphql. */
  supergraphSdl?: string;
  /**
   * Default: environment().subgraphUrls(name) for every subgraph; overrides the URLs baked into
   * the supergraph. Several URLs are instances of one subgraph, called in turn (replicas.ts).
   */
  subgraphUrls?: Partial<Record<SubgraphName, string | string[]>>;
  /** Default: PORTAL_PRINCIPAL_PRIVATE_KEY. */
  privateKey?: CryptoKey;
  /** Default PRINCIPAL_CACHE_MS; at most 1000 so a revocation bites within a second. */
  principalCacheMs?: number;
  /** Default CLIENT_DIST_DIR, else <repo>/client/dist; served only when it exists. */
  clientDistDir?: string;
  /** Default PORTAL_MODE. */
  mode?: PortalMode;
  /** Default DEV_MAILBOX_DIR; its .eml files are served at /dev/mailbox in demo mode, to loopback callers only. */
  devMailboxDir?: string;
  /** Default GATEWAY_METRICS_PORT: /metrics on a listener of its own (0 picks a free port). */
  metricsPort?: number;
  /** Default METRICS_TOKEN: the Bearer token that opens /metrics on the public port. */
  metricsToken?: string;
  /** Plan every persisted operation before listening (default true); tests that do not measure it skip it. */
  warmQueryPlans?: boolean;
  /**
   * Default GATEWAY_DATABASE_URL, else DATABASE_URL: where fair-use budgets are counted, shared
   * by every gateway process. Without one (`npm start` always gives one) each process counts alone.
   */
  databaseUrl?: string;
  /** Default: the FAIR_USE_* variables. */
  fairUse?: Partial<FairUseBudgets>;
  /** How often API keys' usage goes to identity; default 5 s. */
  usageReportMs?: number;
}

export interface RunningGateway {
  /** http://host:port/graphql */
  url: string;
  port: number;
  /** http://host:port/metrics when metrics have a port of their own. */
  metricsUrl?: string;
  stop(): Promise<void>;
}

/** The FAIR_USE_* variables, overridden by the options given. */
function fairUseBudgets(given: Partial<FairUseBudgets> = {}): FairUseBudgets {
  const env = environment();
  return {
    windowSeconds: given.windowSeconds ?? env.FAIR_USE_WINDOW_SECONDS,
    apiKey: given.apiKey ?? env.FAIR_USE_API_KEY_COST,
    user: given.user ?? env.FAIR_USE_USER_COST,
    session: given.session ?? env.FAIR_USE_SESSION_COST,
    anonymous: given.anonymous ?? env.FAIR_USE_ANONYMOUS_COST,
  };
}

/** gateway/src or gateway/dist: one level below the package, two below the repository. */
const REPO_ROOT = path.resolve(__dirname, '..', '..');
const BODY_LIMIT = 1024 * 1024;
const READY_TIMEOUT_MS = 2000;
const MAX_PRINCIPAL_CACHE_MS = 1000;
const USAGE_REPORT_MS = 5000;

/** The committed supergraph: <repo>/schema/supergraph.graphql, else wherever @portal/schema is installed. */
export function defaultSupergraphPath(): string {
  const inRepo = path.join(REPO_ROOT, 'schema', 'supergraph.graphql');
  if (existsSync(inRepo)) return inRepo;
  try {
    return require.resolve('@portal/schema/supergraph.graphql');
  } catch {
    throw new Error(`No supergraph at ${inRepo}: run \`npm run compose\` first.`);
  }
}

/** The built web client: CLIENT_DIST_DIR (relative to the working directory) or <repo>/client/dist. */
export function defaultClientDistDir(): string {
  const configured = environment().CLIENT_DIST_DIR;
  return configured ? path.resolve(configured) : path.join(REPO_ROOT, 'client', 'dist');
}

/**
 * Starts the gateway: Apollo Gateway on the static supergraph behind a plain HTTP server that
 * authenticates each caller, signs the principal for subgraphs, masks every internal error and
 * serves /health, /ready, /metrics and the web client.
 */
export async function startGateway(options: GatewayOptions = {}): Promise<RunningGateway> {
  const env = environment();
  const mode = options.mode ?? env.PORTAL_MODE;
  const log = logger().child({ component: 'gateway' });

  const privateKey = options.privateKey ?? (await principalKeysFromEnvironment()).privateKey;
  if (!privateKey) {
    throw new Error(
      'PORTAL_PRINCIPAL_PRIVATE_KEY is required: the gateway signs the principal it sends to subgraphs.',
    );
  }
  const principalCacheMs = options.principalCacheMs ?? env.PRINCIPAL_CACHE_MS;
  if (
    !Number.isFinite(principalCacheMs) ||
    principalCacheMs < 0 ||
    principalCacheMs > MAX_PRINCIPAL_CACHE_MS
  ) {
    throw new RangeError(
      `principalCacheMs must be between 0 and ${MAX_PRINCIPAL_CACHE_MS} (got ${principalCacheMs}).`,
    );
  }

  const replicas = new Map<string, ReplicaSet>(
    SUBGRAPHS.map(({ name }) => {
      const given = options.subgraphUrls?.[name];
      const urls = given === undefined ? env.subgraphUrls(name) : [given].flat();
      return [name, new ReplicaSet(name, urls, log)];
    }),
  );
  for (const set of replicas.values()) set.startHealthChecks(env.REPLICA_HEALTH_INTERVAL_MS);
  const identity = replicas.get('identity' satisfies SubgraphName)!;
  const resolver = new PrincipalResolver({
    identityBaseUrl: baseUrlOf(identity.urls[0]!),
    fetch: replicaFetchOf(identity),
    privateKey,
    cacheMs: principalCacheMs,
    ttlSeconds: env.PRINCIPAL_TTL_SECONDS,
    timeoutMs: env.SUBGRAPH_FETCH_TIMEOUT_MS,
    log,
  });

  const client = subgraphClient({
    timeoutMs: env.SUBGRAPH_FETCH_TIMEOUT_MS,
    connections: env.SUBGRAPH_CONNECTIONS,
  });
  installResultShaping();
  // Otherwise Apollo Gateway reports usage metrics to Apollo and, to describe the host, probes
  // the AWS, GCP, Azure and Alibaba metadata addresses at start: the portal sends nothing
  // outside its own deployment. (A setting for Apollo's code, not configuration read here.)
  // eslint-disable-next-line no-restricted-properties
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? readFileSync(defaultSupergraphPath(), 'utf8'),
    // The URLs baked into the supergraph are placeholders; each deployment supplies its own.
    buildService: ({ name }) => {
      const set = replicas.get(name);
      if (!set)
        throw new Error(`The supergraph names a subgraph "${name}" that SUBGRAPHS does not list.`);
      const spread = replicaCall(set, client);
      const call = env.SUBGRAPH_DEDUPLICATION === 'on' ? deduplicating(spread) : spread;
      return new SubgraphDataSource(name, set.urls[0]!, call);
    },
    logger: apolloLogger(log),
  });

  const clientDistDir = options.clientDistDir ?? defaultClientDistDir();
  const persistedDocuments = loadPersistedDocuments(clientDistDir);
  const protection = gatewayProtection(mode === 'production');
  const budgets = fairUseBudgets(options.fairUse);
  const databaseUrl = options.databaseUrl ?? env.GATEWAY_DATABASE_URL ?? env.DATABASE_URL;
  const pool = databaseUrl ? new Pool({ connectionString: databaseUrl, max: 8 }) : undefined;
  // An idle connection dropped by a PostgreSQL restart is an event, not a crash: the limiter's
  // next query reconnects (and counts in memory meanwhile).
  pool?.on('error', (error) => log.warn({ err: error }, 'fair-use database connection lost'));
  const limiter = await FairUseLimiter.start(pool, budgets.windowSeconds, log);
  const usage = new UsageRecorder(
    baseUrlOf(identity.urls[0]!),
    replicaFetchOf(identity),
    () => resolver.gatewayPrincipalHeader(),
    log,
    options.usageReportMs ?? USAGE_REPORT_MS,
  );
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    validationRules: protection.validationRules,
    introspection: mode !== 'production',
    // No "did you mean" field suggestions for strangers either.
    hideSchemaDetailsFromClientErrors: mode === 'production',
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // The web client's operations by hash; others may still register theirs (APQ).
    persistedQueries: { cache: new PersistedOperationStore(persistedDocuments) },
    includeStacktraceInErrorResponses: false,
    // main.ts owns the signals; Apollo's handler would re-raise them and kill the process.
    stopOnTerminationSignals: false,
    formatError: maskGatewayError,
    logger: apolloLogger(log),
    plugins: [
      // Apollo's landing page runs inline script from Apollo's CDN, which the Content-Security-
      // Policy refuses; /playground (GraphiQL, bundled with the client) is the portal's.
      ApolloServerPluginLandingPageDisabled(),
      logMaskedErrors,
      inputChecks,
      responseExtensionsDropped,
      ...protection.plugins,
      fairUsePlugin(limiter, budgets.windowSeconds, persistedDocuments, usage),
    ],
  });
  await apollo.start();
  if (options.warmQueryPlans ?? true) {
    const planningStarted = performance.now();
    const warmed = await warmQueryPlans(gateway, persistedDocuments, log);
    log.info(
      {
        warmed,
        persisted: persistedDocuments.size,
        ms: Math.round(performance.now() - planningStarted),
      },
      'query plans warmed',
    );
  }

  const serveClient = isDirectory(clientDistDir)
    ? sirv(clientDistDir, {
        single: true,
        etag: true,
        dev: mode === 'development',
        // The build writes .br and .gz beside each script and style: sent as the browser accepts.
        brotli: true,
        gzip: true,
        setHeaders: (res, pathname) => {
          res.setHeader('x-content-type-options', 'nosniff');
          res.setHeader('cache-control', cacheControlOf(pathname));
        },
      })
    : undefined;
  if (!serveClient) log.info({ clientDistDir }, 'no built client; serving the API only');

  const serveDocs = partnerDocs({
    supergraphSdl: options.supergraphSdl ?? readFileSync(defaultSupergraphPath(), 'utf8'),
    guideDir: path.join(REPO_ROOT, 'docs', 'partner-api'),
    changelogFile: path.join(REPO_ROOT, 'docs', 'partner-api', 'schema-changelog.md'),
  });

  const serveMailbox = devMailboxFor(mode, options.devMailboxDir ?? env.DEV_MAILBOX_DIR);

  const sessionCookieCleared = clearedSessionCookie(mode === 'production');

  const handleGraphQL = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    timeRequest('graphql', res);
    const requestId = requestScope.getStore()!.requestId;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    // Refused before anyone (identity included) spends work on it.
    if (Number(req.headers['content-length']) > BODY_LIMIT) return refuseTooLarge(res);
    // Every line logged for this request (by any logger) carries requestId: see logger.ts.
    const requestLog = log;

    const credentials = credentialsOf(req.headers);
    let resolved: ResolvedPrincipal | null = null;
    try {
      if (credentials.kind === 'bearer' || credentials.kind === 'cookie') {
        resolved = await resolver.resolve(credentials.token, requestId);
      }
      if (!resolved) {
        // A program sent a bad token: tell it. A browser with a stale cookie: carry on anonymously.
        if (credentials.kind === 'bearer' || credentials.kind === 'malformed') {
          res.setHeader('www-authenticate', 'Bearer error="invalid_token"');
          return sendGraphQLError(
            res,
            401,
            'UNAUTHENTICATED',
            refusedCredentialsMessage(credentials),
          );
        }
        if (credentials.kind === 'cookie') res.appendHeader('set-cookie', sessionCookieCleared);
        resolved = await resolver.anonymous();
      }
    } catch (error) {
      if (!(error instanceof IdentityUnavailableError)) throw error;
      res.setHeader('retry-after', '1');
      return sendGraphQLError(res, 503, 'SERVICE_UNAVAILABLE', SERVICE_UNAVAILABLE_MESSAGE);
    }

    const context: GatewayContext = {
      requestId,
      principal: resolved.claims,
      principalHeader: resolved.header,
      log: requestLog,
      // Appended as they arrive (several may come); the response is written after execution.
      passOnCookie: (setCookie) => {
        if (!res.headersSent) res.appendHeader('set-cookie', setCookie);
      },
      clientAddress: req.socket.remoteAddress ?? 'unknown',
      refreshToken: refreshTokenOf(req.headers),
      fairUse: {
        subject: fairUseSubject(
          resolved.claims,
          credentials.kind === 'cookie' || credentials.kind === 'bearer'
            ? credentials.kind
            : 'none',
          req.socket.remoteAddress ?? 'unknown',
          resolved.costPerMinute ?? null,
          budgets,
        ),
        browserSession: credentials.kind === 'cookie',
      },
    };
    await executeGraphQL(apollo, req, res, async () => context, { bodyLimitBytes: BODY_LIMIT });
  };
  const handleGraphQLInScope = (req: IncomingMessage, res: ServerResponse): Promise<void> =>
    requestScope.run({ requestId: requestIdOf(req.headers[REQUEST_ID_HEADER]) }, () =>
      handleGraphQL(req, res),
    );

  /**
   * The caller of a GET beside /graphql (/events, /exports), authenticated as for /graphql;
   * null for anonymous callers and bad tokens alike (those routes then answer 401).
   */
  const callerOf = async (req: IncomingMessage): Promise<ResolvedPrincipal | null> => {
    const credentials = credentialsOf(req.headers);
    if (credentials.kind !== 'bearer' && credentials.kind !== 'cookie') return null;
    const requestId = requestIdOf(req.headers[REQUEST_ID_HEADER]);
    return resolver.resolve(credentials.token, requestId).catch(() => null);
  };
  const handleLiveEvents = async (req: IncomingMessage, res: ServerResponse): Promise<void> =>
    streamLiveEvents(req, res, await callerOf(req), identity);
  const handleExportDownload = async (
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
  ): Promise<void> => downloadExport(req, res, pathname, await callerOf(req), replicas);

  /** The subgraphs none of whose instances is ready (a subgraph is ready when one instance is). */
  const subgraphsDown = async (): Promise<string[]> => {
    const answers = await Promise.all(
      [...replicas].map(async ([name, set]) => {
        const instances = await Promise.all(set.urls.map((url) => instanceReady(name, url)));
        return instances.some(Boolean) ? undefined : name;
      }),
    );
    return answers.filter((name) => name !== undefined);
  };
  const instanceReady = async (name: string, url: string): Promise<boolean> => {
    try {
      // undici's request: fetch refuses ports browsers block (6000, ...), a subgraph need not.
      const response = await request(`${baseUrlOf(url)}/ready`, {
        signal: AbortSignal.timeout(READY_TIMEOUT_MS),
      });
      await response.body.dump();
      if (response.statusCode !== 200)
        log.warn({ subgraph: name, url, status: response.statusCode }, 'subgraph not ready');
      return response.statusCode === 200;
    } catch (error) {
      log.warn({ subgraph: name, url, err: error }, 'subgraph unreachable');
      return false;
    }
  };

  const setSecurityHeaders = securityHeaders(mode === 'production');
  const metricsToken = options.metricsToken ?? env.METRICS_TOKEN;
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    setSecurityHeaders(req, res);
    const pathname = (req.url ?? '/').split('?')[0];
    switch (pathname) {
      case '/graphql':
        return handleGraphQLInScope(req, res);
      case LIVE_EVENTS_PATH:
        return handleLiveEvents(req, res);
      case '/health':
        return sendJson(res, 200, { status: 'ok' });
      case '/ready': {
        // For operators and probes: degraded names the subgraphs down (their URLs stay in the
        // log); in production mode only to callers on this machine.
        const down = await subgraphsDown();
        if (down.length === 0) return sendJson(res, 200, { status: 'ready' });
        const named = mode !== 'production' || isLoopback(req.socket.remoteAddress);
        return sendJson(res, 503, named ? { status: 'degraded', down } : { status: 'degraded' });
      }
      case '/metrics':
        if (!publicMetricsAllowed(req, mode === 'production', metricsToken))
          return sendJson(res, 404, { error: 'not found' });
        return sendMetrics(res);
    }
    // The partner documentation: public, like the schema introspection describes.
    if (pathname === DOCS_PATH || pathname.startsWith(`${DOCS_PATH}/`)) {
      if ((req.method === 'GET' || req.method === 'HEAD') && serveDocs(res, pathname)) return;
      return sendJson(res, 404, { error: 'not found' });
    }
    if (pathname.startsWith(`${EXPORTS_PATH}/`)) return handleExportDownload(req, res, pathname);
    if (pathname === UNSUBSCRIBE_PATH && req.method === 'POST')
      return oneClickUnsubscribe(req, res, server);
    if (
      serveMailbox &&
      (pathname === DEV_MAILBOX_PATH || pathname.startsWith(`${DEV_MAILBOX_PATH}/`))
    )
      return serveMailbox(req, res, pathname);
    if (!serveClient) return sendJson(res, 404, { error: 'not found' });
    timeRequest('client', res);
    serveClient(req, res, () => sendJson(res, 404, { error: 'not found' }));
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof PayloadTooLargeError) return refuseTooLarge(res);
      log.error({ err: error, requestId: res.getHeader(REQUEST_ID_HEADER) }, 'request failed');
      if (!res.headersSent)
        sendGraphQLError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      else res.end();
    });
  });
  server.keepAliveTimeout = 65_000;
  const host = options.host ?? env.GATEWAY_HOST;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? env.GATEWAY_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  }).catch(async (error: unknown) => {
    await apollo.stop();
    throw error;
  });
  const port = (server.address() as AddressInfo).port;
  const origin = (p: number) => `http://${host.includes(':') ? `[${host}]` : host}:${p}`;
  const url = `${origin(port)}/graphql`;
  const metricsPort = options.metricsPort ?? env.GATEWAY_METRICS_PORT;
  const metricsServer =
    metricsPort === undefined ? undefined : await startMetricsServer(metricsPort, host);

  let stopped: Promise<void> | undefined;
  return {
    url,
    port,
    metricsUrl: metricsServer && `${origin(portOf(metricsServer))}/metrics`,
    stop: () => {
      stopped ??= (async () => {
        metricsServer?.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await apollo.stop();
        await usage.stop();
        for (const set of replicas.values()) await set.stop();
        await pool?.end();
      })();
      return stopped;
    },
  };
}

/** Logs, with the request id, every error the client only sees masked. */
const logMaskedErrors: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          if (isPublicError({ message: error.message, extensions: error.extensions }, error))
            continue;
          contextValue.log.error(
            { err: error.originalError ?? error, path: error.path, extensions: error.extensions },
            'internal error (masked for the client)',
          );
        }
      },
    };
  },
};

/**
 * 413, then close the connection: the unread rest of the body would otherwise be parsed as the
 * next request on a kept-alive socket (and hang it).
 */
function refuseTooLarge(res: ServerResponse): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.setHeader('connection', 'close');
  sendGraphQLError(res, 413, 'BAD_REQUEST', 'The request is too large.');
}

/** A subgraph's base URL: its GraphQL URL without the trailing /graphql. */
function baseUrlOf(graphqlUrl: string): string {
  return graphqlUrl.replace(/\/graphql\/?$/, '').replace(/\/+$/, '');
}

/**
 * Vite names every file under /assets/ by a hash of its content: a browser may keep it for a year
 * without asking. The pages themselves (and the single-page fallback) are asked for each time.
 */
export function cacheControlOf(pathname: string): string {
  return pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** Apollo's logger interface on top of pino. */
function apolloLogger(log: Logger) {
  return {
    debug: (message?: unknown) => log.debug(String(message)),
    info: (message?: unknown) => log.info(String(message)),
    warn: (message?: unknown) => log.warn(String(message)),
    error: (message?: unknown) => log.error(String(message)),
  };
}
