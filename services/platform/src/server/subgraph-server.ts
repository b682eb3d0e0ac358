import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { DocumentNode, GraphQLFormattedError } from 'graphql';
import type { CryptoKey } from 'jose';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { environment, type SubgraphName } from '../environment';
import { logger, requestScope } from '../logger';
import { PUBLIC_ERROR_CODES } from '../errors';
import {
  Principal,
  PRINCIPAL_HEADER,
  REQUEST_ID_HEADER,
  verifyPrincipal,
  principalKeysFromEnvironment,
} from '../principal';
import { RequestLoaders } from '../loaders';
import { createSubgraphDataSource, migrate, migrationsApplied } from '../db/data-source';
import { OutboxRelay } from '../events/outbox-relay';
import { EventConsumer, type EventHandler } from '../events/event-consumer';
import type { EventTransport } from '../events/transport';
import { createEventTransport } from '../events/transport-factory';
import { EXPORT_DOWNLOAD_PATH, ExportJobs, type ExportBuilders } from '../export/export-jobs';
import { ExportWorker, exportDownloadRoute } from '../export/export-worker';
import {
  executeGraphQL,
  PayloadTooLargeError,
  sendGraphQLError,
  sendJson,
  sendMetrics,
  timeRequest,
} from './http';

/** What every resolver gets; a subgraph adds its services on top. */
export interface BaseContext {
  principal: Principal;
  requestId: string;
  log: Logger;
  loaders: RequestLoaders;
  dataSource: DataSource;
  /** Call after committing a transaction that recorded events or queued work (mail). */
  eventsRecorded: () => void;
  /** Adds a Set-Cookie header to the response (the gateway passes it on). */
  setCookie: (cookie: string) => void;
  /** A request header the gateway set (only trusted because the request carries its signature). */
  header: (name: string) => string | undefined;
  /**
   * Where another subgraph answers GraphQL. Only identity's node(id:) uses it: it asks a type's
   * own subgraph whether the caller may see the object, so no gateway has to.
   */
  subgraphUrl: (name: SubgraphName) => string;
  /** The caller's background exports of this subgraph's facts (SubgraphDefinition.exports). */
  exports: ExportJobs;
}

export interface SubgraphDefinition<C extends BaseContext> {
  name: SubgraphName;
  typeDefs: DocumentNode;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  resolvers: GraphQLResolverMap<any>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
  context: (base: BaseContext) => C;
  /** `types`: the event types the handler acts on, when not every type of its topics. */
  consumers?: {
    name: string;
    topics: string[];
    types?: readonly string[];
    handler: EventHandler;
  }[];
  /** Work the subgraph does in the background (e.g. sending queued mail), woken after commits. */
  workers?: (dataSource: DataSource, log: Logger) => BackgroundWorker[];
  /** Plain HTTP routes beside /graphql, e.g. identity's principal resolution for the gateway. */
  routes?: Record<string, RouteHandler>;
  /**
   * The exports this subgraph produces in the background, by kind: with them come the export
   * worker and the download route (EXPORT_DOWNLOAD_PATH); the entities must list ExportJob and
   * ExportChunk.
   */
  exports?: ExportBuilders;
}

export interface BackgroundWorker {
  start(): void;
  wake(): void;
  stop(): Promise<void>;
  /** Runs once now and waits for it, where the worker can (tests). */
  flush?(): Promise<void>;
}

/** A route gets the verified principal of its caller (always the gateway's signature). */
export type RouteHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  caller: Principal,
  dataSource: DataSource,
) => Promise<void>;

export interface SubgraphOptions {
  port?: number;
  host?: string;
  databaseUrl: string;
  publicKey?: CryptoKey;
  transport?: EventTransport;
  /** Run migrations at start (the launcher and tests do it once, beforehand). */
  migrate?: boolean;
  /** Start the relay and consumers (tests may drive them by hand). */
  deliverEvents?: boolean;
  /** Where the other subgraphs answer (tests start them on ephemeral ports); default: the environment's. */
  subgraphUrl?: (name: SubgraphName) => string;
}

export interface RunningSubgraph {
  name: SubgraphName;
  url: string;
  port: number;
  dataSource: DataSource;
  relay: OutboxRelay;
  consumers: EventConsumer[];
  workers: BackgroundWorker[];
  transport: EventTransport;
  /** GraphQL requests this instance has answered (how tests see calls spread over replicas). */
  graphqlRequests(): number;
  stop(): Promise<void>;
}

const BODY_LIMIT = 2 * 1024 * 1024;

/**
 * Starts a subgraph: Apollo Server with @apollo/subgraph behind a plain HTTP server that
 * answers /health, /ready and /metrics and refuses any GraphQL request (`_entities` and
 * `_service` included) that does not carry a valid principal signed by the gateway.
 */
export async function startSubgraph<C extends BaseContext>(
  definition: SubgraphDefinition<C>,
  options: SubgraphOptions,
): Promise<RunningSubgraph> {
  const env = environment();
  const log = logger().child({ subgraph: definition.name });
  const publicKey = options.publicKey ?? (await principalKeysFromEnvironment()).publicKey;
  if (!publicKey) throw new Error('PORTAL_PRINCIPAL_PUBLIC_KEY is required to verify principals');

  const dataSource = createSubgraphDataSource({
    subgraph: definition.name,
    url: options.databaseUrl,
    entities: definition.entities,
    migrations: definition.migrations,
  });
  await dataSource.initialize();
  if (options.migrate) await migrate(dataSource);

  const transport = options.transport ?? createEventTransport(options.databaseUrl);
  const relay = new OutboxRelay(dataSource, transport, log, env.EVENT_POLL_MS);
  const workers = definition.workers?.(dataSource, log) ?? [];
  if (definition.exports) workers.push(new ExportWorker(dataSource, definition.exports, log));
  const routes: Record<string, RouteHandler> = {
    ...definition.routes,
    ...(definition.exports ? { [EXPORT_DOWNLOAD_PATH]: exportDownloadRoute() } : {}),
  };
  const wakeWorkers = () => {
    for (const worker of workers) worker.wake();
  };
  const consumers = (definition.consumers ?? []).map(
    (c) =>
      new EventConsumer(
        c.name,
        c.topics,
        c.handler,
        dataSource,
        transport,
        log,
        env.EVENT_POLL_MS,
        wakeWorkers,
        c.types,
      ),
  );
  if (options.deliverEvents !== false) {
    relay.start();
    for (const consumer of consumers) await consumer.start();
  }
  // Background work is event delivery's companion: tests that drive delivery by hand get neither.
  if (options.deliverEvents !== false) for (const worker of workers) worker.start();

  const apollo = new ApolloServer<C>({
    schema: buildSubgraphSchema({ typeDefs: definition.typeDefs, resolvers: definition.resolvers }),
    introspection: false,
    includeStacktraceInErrorResponses: false,
    // runSubgraphMain stops the process itself, after the relay and the database.
    stopOnTerminationSignals: false,
    // No usage reporting to Apollo's cloud, so no inline traces either.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled()],
    formatError: (formatted, error) => maskError(formatted, error, log),
  });
  await apollo.start();

  const verified = new Map<string, { principal: Principal; until: number }>();
  const principalOf = async (req: IncomingMessage): Promise<Principal | null> => {
    const token = req.headers[PRINCIPAL_HEADER];
    if (typeof token !== 'string' || token.length > 16_384) return null;
    const now = Date.now();
    const hit = verified.get(token);
    if (hit && hit.until > now) return hit.principal;
    try {
      const principal = await verifyPrincipal(token, publicKey, env.PRINCIPAL_TTL_SECONDS);
      // The gateway reuses a signed header for at most a second; so does this cache. Entries
      // expire in insertion order: drop the expired ones from the front, so the map holds only
      // the last second's headers instead of growing towards the bound under steady load.
      for (const [key, entry] of verified) {
        if (entry.until > now && verified.size < 10_000) break;
        verified.delete(key);
      }
      verified.set(token, { principal, until: now + 1000 });
      return principal;
    } catch {
      return null;
    }
  };

  // Once every migration is applied it stays so; until then /ready asks again.
  let migrated = false;
  let graphqlRequests = 0;
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/health') return sendJson(res, 200, { status: 'ok' });
    if (path === '/ready') {
      migrated ||= await migrationsApplied(dataSource).catch(() => false);
      const reachable = await dataSource.query('SELECT 1').then(
        () => true,
        () => false,
      );
      const status = !reachable
        ? 'database unreachable'
        : !migrated
          ? 'migrations pending'
          : 'ready';
      return sendJson(res, reachable && migrated ? 200 : 503, { status });
    }
    if (path === '/metrics') return sendMetrics(res);
    const route = path ? routes[path] : undefined;
    if (path !== '/graphql' && !route) return sendJson(res, 404, { error: 'not found' });
    timeRequest(path === '/graphql' ? 'graphql' : 'route', res);
    const principal = await principalOf(req);
    if (!principal) {
      return sendGraphQLError(
        res,
        401,
        'UNAUTHENTICATED',
        'This service answers the gateway only.',
      );
    }
    if (route) return route(req, res, principal, dataSource);
    graphqlRequests++;
    if (principal.isGateway) return sendGraphQLError(res, 403, 'FORBIDDEN', 'Not a caller.');
    const requestId = String(req.headers[REQUEST_ID_HEADER] ?? randomUUID()).slice(0, 100);
    // Every line logged for this request (by any logger) carries requestId: see logger.ts.
    const requestLog = log;
    const eventsRecorded = () => {
      relay.wake();
      wakeWorkers();
    };
    const cookies: string[] = [];
    await requestScope.run({ requestId }, () =>
      executeGraphQL(
        apollo,
        req,
        res,
        async () =>
          definition.context({
            principal,
            requestId,
            log: requestLog,
            loaders: new RequestLoaders(),
            dataSource,
            eventsRecorded,
            setCookie: (cookie) => cookies.push(cookie),
            header: (name) => {
              const value = req.headers[name.toLowerCase()];
              return Array.isArray(value) ? value[0] : value;
            },
            subgraphUrl: options.subgraphUrl ?? env.subgraphUrl,
            exports: new ExportJobs(
              dataSource,
              principal,
              definition.exports ?? {},
              eventsRecorded,
            ),
          }),
        { bodyLimitBytes: BODY_LIMIT, extraHeaders: () => ({ 'set-cookie': cookies }) },
      ),
    );
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof PayloadTooLargeError) {
        // The unread rest of the body would otherwise stall the next request on this connection.
        res.setHeader('connection', 'close');
        return sendGraphQLError(res, 413, 'BAD_REQUEST', 'The request is too large.');
      }
      log.error({ err: error }, 'request failed');
      if (!res.headersSent)
        sendGraphQLError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      else res.end();
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) =>
    server.listen(
      options.port ?? env.portFor(definition.name),
      options.host ?? env.SUBGRAPH_HOST,
      resolve,
    ),
  );
  const port = (server.address() as AddressInfo).port;
  log.info({ port }, `${definition.name} subgraph ready`);

  return {
    name: definition.name,
    url: `http://${options.host ?? env.SUBGRAPH_HOST}:${port}/graphql`,
    port,
    dataSource,
    relay,
    consumers,
    workers,
    transport,
    graphqlRequests: () => graphqlRequests,
    stop: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await apollo.stop();
      await relay.stop();
      for (const consumer of consumers) await consumer.stop();
      for (const worker of workers) await worker.stop();
      await dataSource.destroy();
      if (!options.transport) await transport.close();
    },
  };
}

/** Internal errors leave as a bare INTERNAL_SERVER_ERROR; the detail stays in the log. */
export function maskError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: Logger,
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PUBLIC_ERROR_CODES.has(code)) {
    return { message: formatted.message, path: formatted.path, extensions: { code } };
  }
  log.error({ err: error }, 'internal error');
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
