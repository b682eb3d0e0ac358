import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  DEMO_PASSWORD,
  startSubgraph,
  type EventTransport,
  type RunningSubgraph,
} from '@portal/platform';
import { createTestDatabase, type TestDatabase } from '@portal/devkit';
import { SUBGRAPH_DEFINITIONS } from './subgraphs';
import { startGateway, type PortalMode, type RunningGateway } from '../../../gateway/src/gateway';
import type { FairUseBudgets } from '../../../gateway/src/fair-use';

/** Hive Gateway's runtime takes most of a second to load: only the files that run it load it. */
function loadHiveGateway(): typeof import('./hive-gateway') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./hive-gateway') as typeof import('./hive-gateway');
}

/**
 * The supergraph of the current SDL files: composed once per run by the global setup (its file
 * in PORTAL_TEST_SUPERGRAPH), or here when a test file runs outside it.
 */
export function testSupergraph(): string {
  const composed = process.env.PORTAL_TEST_SUPERGRAPH;
  if (composed) return readFileSync(composed, 'utf8');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { composeSupergraph } = require('../../../schema/compose-lib.cjs') as {
    composeSupergraph(root: string): { supergraphSdl: string | null; errors: string[] };
  };
  const { supergraphSdl, errors } = composeSupergraph(path.resolve(__dirname, '../../..'));
  if (!supergraphSdl) throw new Error(`supergraph does not compose:\n${errors.join('\n')}`);
  return supergraphSdl;
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

export interface TestSystem {
  gateway: RunningGateway;
  /** Where `graphql` and `signIn` send requests: our gateway's URL, or Hive Gateway's. */
  graphqlUrl: string;
  identity: RunningSubgraph;
  devices: RunningSubgraph;
  knowledge: RunningSubgraph;
  /** Any running subgraph by name (its first instance). */
  subgraph(name: string): RunningSubgraph;
  /** Every running instance of a subgraph. */
  instances(name: string): RunningSubgraph[];
  /** Stops an instance of a subgraph (as if its process died); `start` brings it back on the same port. */
  kill(name: string, instance?: number): Promise<{ start(): Promise<void> }>;
  database: TestDatabase;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
  /** Signs a user in (default password: the demo users') and returns its bearer token. */
  signIn(email: string, password?: string): Promise<string>;
  stop(): Promise<void>;
}

/** Each subgraph's URL (its first instance): for a second gateway in front of the same ones. */
export function subgraphUrlsOf(system: TestSystem): Record<string, string> {
  return Object.fromEntries(SUBGRAPH_DEFINITIONS.map((d) => [d.name, system.subgraph(d.name).url]));
}

/**
 * The whole system on real HTTP: every subgraph on an ephemeral port over a
 * fresh database, and the gateway on the supergraph composed from the current SDL files.
 */
export async function startTestSystem(
  options: {
    demo?: boolean;
    principalCacheMs?: number;
    deliverEvents?: boolean;
    /** A database of the test's own (e.g. on a PostgreSQL it restarts); default: a fresh clone. */
    database?: TestDatabase;
    /** The built web client to serve at /; default: the gateway's (client/dist when built). */
    clientDistDir?: string;
    /** Mails to show at /dev/mailbox (with mode demo, to loopback callers). */
    devMailboxDir?: string;
    /** The gateway's PORTAL_MODE; default the environment's (test). */
    mode?: PortalMode;
    /** Instances of each subgraph, all behind the one gateway; default 1. */
    replicas?: number;
    /** A database per subgraph (its URL); default: every subgraph in `database`. */
    databaseUrls?: Partial<Record<string, string>>;
    /** Each subgraph's event transport; default: the environment's choice over its database. */
    transport?: (subgraph: string) => EventTransport;
    /** Plan the web client's operations at start, as production does; default false (slow). */
    warmQueryPlans?: boolean;
    /**
     * Which gateway `graphql` goes through: ours (default) or Hive Gateway in front of the same
     * subgraphs (ours still runs: tests may reach it as `gateway`).
     */
    through?: 'gateway' | 'hive-gateway';
    /** Fair-use budgets and window; default: the FAIR_USE_* variables. */
    fairUse?: Partial<FairUseBudgets>;
    /** How often the gateway reports API keys' usage to identity; default its own. */
    usageReportMs?: number;
  } = {},
): Promise<TestSystem> {
  const supergraphSdl = testSupergraph();
  const database = options.database ?? (await createTestDatabase({ demo: options.demo ?? true }));
  const subgraphOptions = {
    port: 0,
    databaseUrl: database.url,
    deliverEvents: options.deliverEvents ?? true,
  };
  const optionsFor = (name: string) => ({
    ...subgraphOptions,
    // Read when identity's node(id:) asks a type's owner: every subgraph is running by then.
    subgraphUrl: (peer: string) => byName(peer).url,
    databaseUrl: options.databaseUrls?.[name] ?? database.url,
    transport: options.transport?.(name),
  });
  const subgraphs: RunningSubgraph[] = [];
  for (let replica = 0; replica < (options.replicas ?? 1); replica++)
    for (const definition of SUBGRAPH_DEFINITIONS)
      subgraphs.push(await startSubgraph(definition, optionsFor(definition.name)));
  const byName = (name: string) => subgraphs.find((s) => s.name === name)!;
  const instances = (name: string) => subgraphs.filter((s) => s.name === name);
  if (subgraphOptions.deliverEvents) {
    // The demo template's device events, delivered before the first test asks for them.
    for (const subgraph of subgraphs) await subgraph.relay.flush();
    for (const subgraph of subgraphs)
      for (const consumer of subgraph.consumers) await consumer.flush();
  }
  const gateway = await startGateway({
    port: 0,
    supergraphSdl,
    subgraphUrls: Object.fromEntries(
      SUBGRAPH_DEFINITIONS.map((d) => [d.name, instances(d.name).map((s) => s.url)]),
    ),
    principalCacheMs: options.principalCacheMs ?? 1000,
    clientDistDir: options.clientDistDir,
    devMailboxDir: options.devMailboxDir,
    mode: options.mode,
    warmQueryPlans: options.warmQueryPlans ?? false,
    // Fair-use counters in the test's database, as a deployment keeps them in the gateway's.
    databaseUrl: database.url,
    fairUse: options.fairUse,
    usageReportMs: options.usageReportMs,
  });

  const hive =
    options.through === 'hive-gateway'
      ? await loadHiveGateway()
          .startHiveGateway(
            supergraphSdl,
            Object.fromEntries(SUBGRAPH_DEFINITIONS.map((d) => [d.name, byName(d.name).url])),
          )
          .catch(async (error: unknown) => {
            // Nothing left running (the subgraphs' pumps would outlive the test file).
            await gateway.stop();
            for (const subgraph of subgraphs.reverse()) await subgraph.stop();
            throw error;
          })
      : undefined;
  const graphqlUrl = hive?.url ?? gateway.url;

  const graphql: TestSystem['graphql'] = async (query, variables, { token, headers } = {}) => {
    const response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse, 'status' | 'headers'>;
    return { status: response.status, headers: response.headers, ...body } as never;
  };

  return {
    gateway,
    graphqlUrl,
    // Getters: a killed and restarted subgraph is a new RunningSubgraph.
    get identity() {
      return byName('identity');
    },
    get devices() {
      return byName('devices');
    },
    get knowledge() {
      return byName('knowledge');
    },
    subgraph: byName,
    instances,
    kill: async (name, instance = 0) => {
      const dead = instances(name)[instance]!;
      const index = subgraphs.indexOf(dead);
      await dead.stop();
      return {
        start: async () => {
          const definition = SUBGRAPH_DEFINITIONS.find((d) => d.name === name)!;
          subgraphs[index] = await startSubgraph(definition, {
            ...optionsFor(name),
            port: dead.port,
          });
        },
      };
    },
    database,
    graphql,
    signIn: async (email, password = DEMO_PASSWORD) => {
      const result = await graphql<{
        login: { accessToken: string | null; userErrors: unknown[] };
      }>(
        'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken userErrors { code } } }',
        { email, password },
      );
      const token = result.data?.login.accessToken;
      if (!token) throw new Error(`could not sign in ${email}: ${JSON.stringify(result)}`);
      return token;
    },
    stop: async () => {
      await hive?.stop();
      await gateway.stop();
      for (const subgraph of subgraphs.reverse()) await subgraph.stop();
      await database.drop();
    },
  };
}
