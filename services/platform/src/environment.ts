import { z } from 'zod';

import registry from './subgraphs.json';

/** A subgraph as the registry (subgraphs.json) lists it. */
export interface Subgraph {
  /** services/<name>, its database schema and its environment variables' suffix. */
  name: string;
  /** Where it listens unless <NAME>_PORT says otherwise. */
  port: number;
  /** Its dist/demo.js export that loads its part of the demo world. */
  demoSeed: string;
  /** The Node types it owns: identity's node(id:) asks it whether the caller may see one. */
  nodeTypes: string[];
  /** It produces background exports (its definition's `exports`): the gateway serves their downloads. */
  exports?: boolean;
}

/**
 * The registry of subgraphs, in composition order: the one list the platform, the launcher and
 * its scripts (they read subgraphs.json itself), the secrets, the test system and the
 * deployment checks read. docs/architecture.md: adding a subgraph.
 */
export const SUBGRAPHS: readonly Subgraph[] = registry;
export type SubgraphName = string;

const port = z.coerce.number().int().min(0).max(65535);
const milliseconds = z.coerce.number().int().min(0);
/** The gateway's V8 flags by default (GATEWAY_V8_FLAGS; the gateway image's command has them too). */
const GATEWAY_V8_FLAGS = '--max-semi-space-size=16 --heap-growing-percent=30';

const schema = z.object({
  /** production hides introspection and suggestions; demo is what `npm start` runs. */
  PORTAL_MODE: z.enum(['production', 'demo', 'development', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * An external PostgreSQL; without it the embedded one under PORTAL_DATA_DIR is used.
   * DATABASE_URL_<SUBGRAPH> (e.g. DATABASE_URL_SERVICE_ORDERS) gives one subgraph a database
   * of its own; subgraphs share nothing but events and HTTP, so each may live anywhere.
   */
  DATABASE_URL: z.string().url().optional(),
  /**
   * How events travel between subgraphs: `postgres` (an event_bus table) or `nats` (JetStream).
   * With a database per subgraph and `postgres`, every subgraph must name the same EVENT_BUS_URL.
   */
  EVENT_TRANSPORT: z.enum(['postgres', 'nats']).default('postgres'),
  /** The PostgreSQL database holding the event bus; default: the subgraph's own database. */
  EVENT_BUS_URL: z.string().url().optional(),
  /** The NATS servers (comma-separated) for EVENT_TRANSPORT=nats; JetStream must be enabled. */
  NATS_URL: z.string().default('nats://127.0.0.1:4222'),
  /** Instances of each subgraph `npm start` runs (ports 4001-4006, then +10 per replica). */
  PORTAL_REPLICAS: z.coerce.number().int().min(1).max(8).default(1),
  /** Milliseconds between the gateway's /health checks of a subgraph instance it took out of rotation. */
  REPLICA_HEALTH_INTERVAL_MS: milliseconds.min(50).default(1000),
  PORTAL_DATA_DIR: z.string().default('./.data'),
  PORTAL_PG_PORT: port.default(5433),
  PORTAL_DATABASE_NAME: z.string().default('portal'),
  GATEWAY_PORT: port.default(4000),
  GATEWAY_HOST: z.string().default('127.0.0.1'),
  /**
   * The gateway's /metrics on a port of its own (same host), for the cluster's scraper. In
   * production mode the public port does not serve /metrics (unless METRICS_TOKEN is sent).
   */
  GATEWAY_METRICS_PORT: port.optional(),
  /** When set, the gateway's public /metrics answers only `Authorization: Bearer <token>`. */
  METRICS_TOKEN: z.string().min(32).optional(),
  /** Gateway processes sharing its port (node:cluster); 0 means one per core. */
  GATEWAY_WORKERS: z.coerce.number().int().min(0).max(64).default(1),
  /**
   * V8 flags of each gateway process (given on its command line by `npm start` and the gateway
   * image; its workers inherit them); empty keeps V8's defaults, which on a host with much
   * memory let a process grow far past what it uses: 64 MB per semi-space of the young
   * generation, and an old generation that grows to several times what is live before it is
   * collected (docs/benchmarks.md, gateway memory).
   */
  GATEWAY_V8_FLAGS: z
    .string()
    .regex(/^(--[a-z-]+=\d+( --[a-z-]+=\d+)*)?$/, 'V8 flags such as --max-semi-space-size=16')
    .default(GATEWAY_V8_FLAGS),
  SUBGRAPH_HOST: z.string().default('127.0.0.1'),
  /** Ed25519 keys (PEM): the gateway signs principals with the private one, subgraphs verify. */
  PORTAL_PRINCIPAL_PRIVATE_KEY: z.string().optional(),
  PORTAL_PRINCIPAL_PUBLIC_KEY: z.string().optional(),
  /** identity's secret for access tokens (HS256, at least 32 bytes). */
  PORTAL_TOKEN_SECRET: z.string().min(32).optional(),
  /**
   * identity's key for secrets it stores and must read back (TOTP secrets, SSO client secrets):
   * its own, so rotating the token secret loses nothing and one leaked key does not give both.
   */
  PORTAL_ENCRYPTION_KEY: z.string().min(32).optional(),
  /** The key before the last rotation: values sealed with it stay readable until re-sealed. */
  PORTAL_ENCRYPTION_KEY_PREVIOUS: z.string().min(32).optional(),
  PRINCIPAL_TTL_SECONDS: z.coerce.number().int().min(5).max(300).default(60),
  /** How long the gateway reuses a resolved principal; revocations must bite within a second. */
  PRINCIPAL_CACHE_MS: milliseconds.max(1000).default(1000),
  DB_STATEMENT_TIMEOUT_MS: milliseconds.default(5000),
  DB_POOL_SIZE: z.coerce.number().int().min(1).default(10),
  SUBGRAPH_FETCH_TIMEOUT_MS: milliseconds.default(10000),
  /** Kept-alive connections from the gateway to each subgraph (undici pool); 0: Node's fetch. */
  SUBGRAPH_CONNECTIONS: z.coerce.number().int().min(0).max(1024).default(32),
  /** Identical subgraph queries in flight at once share one call (`off` sends each alone). */
  SUBGRAPH_DEDUPLICATION: z.enum(['on', 'off']).default('on'),
  /** The gateway's own database (fair-use counters shared by its replicas); default DATABASE_URL. */
  GATEWAY_DATABASE_URL: z.string().url().optional(),
  /** Fair use: the window of every query-cost budget, in seconds (tests shorten it). */
  FAIR_USE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** Query cost per window of an API key whose organisation has no budget of its own. */
  FAIR_USE_API_KEY_COST: z.coerce.number().int().min(1).default(1_000_000),
  /** Query cost per window of a user calling with a bearer token. */
  FAIR_USE_USER_COST: z.coerce.number().int().min(1).default(1_000_000),
  /** Query cost per window of one web-client session (the client's own operations cost 1). */
  FAIR_USE_SESSION_COST: z.coerce.number().int().min(1).default(5_000_000),
  /** Query cost per window of callers without credentials, per client address. */
  FAIR_USE_ANONYMOUS_COST: z.coerce.number().int().min(1).default(200_000),
  EVENT_POLL_MS: milliseconds.default(500),
  /** How often scheduled jobs (reading reminders, SLA watch, notification digests) run. */
  SCHEDULED_JOBS_INTERVAL_MS: milliseconds.default(300_000),
  CLIENT_DIST_DIR: z.string().optional(),
  /** Where links in e-mails point: the portal as its users reach it. */
  PORTAL_PUBLIC_URL: z.string().url().default('http://localhost:4000'),
  /** Outgoing mail, e.g. smtp://mail.example:587; `npm start` points it at the dev mailbox. */
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Canon Self-Service <selfservice@canon.dk>'),
  /** How long `npm start` waits for the gateway's /ready before it stops everything. */
  PORTAL_READY_TIMEOUT_MS: milliseconds.min(1).default(90_000),
  /** Set by `npm start` for the processes it supervises: they stop when it is gone. */
  PORTAL_SUPERVISED: z.enum(['0', '1']).default('0'),
  /** OTLP/HTTP collector (e.g. http://127.0.0.1:4318): traces are exported there; unset, tracing is off. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
  /** The service name on exported spans (`npm start` sets it per process). */
  OTEL_SERVICE_NAME: z.string().optional(),
  /** Partner webhooks (docs/webhooks.md): the first retry's delay; each next one doubles. */
  WEBHOOK_RETRY_BASE_MS: milliseconds.min(1).default(5000),
  /** The longest delay between two attempts of one message. */
  WEBHOOK_RETRY_MAX_MS: milliseconds.min(1).default(3_600_000),
  /** How long a message is retried before it fails and its endpoint is disabled. */
  WEBHOOK_RETRY_WINDOW_MS: milliseconds.min(1).default(86_400_000),
  /** How long an endpoint may take to answer one attempt. */
  WEBHOOK_TIMEOUT_MS: milliseconds.min(100).default(10_000),
  /** How long the previous secret still signs after a rotation. */
  WEBHOOK_SECRET_OVERLAP_MS: milliseconds.default(86_400_000),
  /** Messages a dispatcher sends at once (to different aggregates or endpoints). */
  WEBHOOK_CONCURRENCY: z.coerce.number().int().min(1).max(512).default(32),
  /** The dev mailbox `npm start` runs: an SMTP server writing each mail as an .eml file. */
  DEV_MAILBOX_PORT: port.default(2525),
  /** Where the dev mailbox keeps its .eml files; the gateway shows them at /dev/mailbox (demo mode, loopback callers only). */
  DEV_MAILBOX_DIR: z.string().optional(),
});

/** Every variable the schema reads (per-subgraph ones come from Environment's functions). */
export const ENVIRONMENT_NAMES: readonly string[] = Object.keys(schema.shape);

export type Environment = z.infer<typeof schema> & {
  /** URL of a subgraph's own database, or undefined for the embedded default. */
  databaseUrlFor(subgraph: string): string | undefined;
  portFor(subgraph: SubgraphName): number;
  subgraphUrl(subgraph: SubgraphName): string;
  /**
   * Every instance of a subgraph the gateway spreads calls over: SUBGRAPH_URLS_<SUBGRAPH>
   * (comma-separated GraphQL URLs), else the one subgraphUrl.
   */
  subgraphUrls(subgraph: SubgraphName): string[];
};

let parsed: Environment | undefined;

/** The environment, parsed once; the only place that reads process.env. */
export function environment(): Environment {
  if (parsed) return parsed;
  const result = schema.safeParse(process.env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join('\n  ')}`);
  }
  const env = result.data;
  const raw = process.env;
  const upper = (subgraph: string) => subgraph.toUpperCase().replace(/-/g, '_');
  const replicaUrls = new Map<string, string[]>();
  for (const { name } of SUBGRAPHS) {
    const list = raw[`SUBGRAPH_URLS_${upper(name)}`];
    if (list === undefined) continue;
    const urls = list
      .split(',')
      .map((u) => u.trim())
      .filter(Boolean);
    const bad = urls.filter((u) => !z.string().url().safeParse(u).success);
    if (urls.length === 0 || bad.length > 0)
      throw new Error(
        `Invalid environment:\n  SUBGRAPH_URLS_${upper(name)}: expected comma-separated URLs, got "${list}"`,
      );
    replicaUrls.set(name, urls);
  }
  parsed = {
    ...env,
    databaseUrlFor: (subgraph) => raw[`DATABASE_URL_${upper(subgraph)}`] ?? env.DATABASE_URL,
    portFor: (subgraph) => {
      const own = raw[`${upper(subgraph)}_PORT`];
      return own ? port.parse(own) : SUBGRAPHS.find((s) => s.name === subgraph)!.port;
    },
    subgraphUrl: (subgraph) =>
      raw[`SUBGRAPH_URL_${upper(subgraph)}`] ??
      `http://${env.SUBGRAPH_HOST}:${parsed!.portFor(subgraph)}/graphql`,
    subgraphUrls: (subgraph) => replicaUrls.get(subgraph) ?? [parsed!.subgraphUrl(subgraph)],
  };
  return parsed;
}

/** Forget the parsed environment (tests that change process.env between cases). */
export function resetEnvironment(): void {
  parsed = undefined;
}
