import { request } from 'undici';
import { Counter } from 'prom-client';
import { metricsRegistry, type Logger } from '@portal/platform/edge';
import type { SubgraphCall } from './fetcher';

const HEALTH_TIMEOUT_MS = 2000;

/** Calls moved to another instance after the first one could not be reached. */
export const replicaRetries = new Counter({
  name: 'portal_subgraph_replica_retries_total',
  help: 'Subgraph calls the gateway retried on another instance after a connection failure',
  labelNames: ['subgraph'],
  registers: [metricsRegistry],
});

interface Instance {
  /** The GraphQL URL. */
  url: string;
  /** The URL without /graphql: where /health and plain routes live. */
  base: string;
  healthy: boolean;
}

/**
 * The instances of one subgraph, taken in turn. An instance that refuses a connection or
 * fails its /health check leaves the rotation until /health answers 200 again; with none
 * healthy, every instance is tried (one may be back before the next check notices).
 */
export class ReplicaSet {
  private readonly instances: Instance[];
  /** A turn counter per path, so GraphQL calls spread evenly whatever principal look-ups do. */
  private readonly next = new Map<string, number>();
  private timer?: NodeJS.Timeout;
  private checking?: Promise<void>;

  constructor(
    readonly subgraph: string,
    urls: string[],
    private readonly log: Logger,
  ) {
    if (urls.length === 0) throw new Error(`Subgraph "${subgraph}" has no instances.`);
    this.instances = urls.map((url) => ({
      url,
      base: url.replace(/\/graphql\/?$/, '').replace(/\/+$/, ''),
      healthy: true,
    }));
  }

  get urls(): string[] {
    return this.instances.map((i) => i.url);
  }

  /**
   * Where to send a call for `url` (the first instance's GraphQL URL or a path beside it), in
   * the order to try: the healthy instances, round-robin, first.
   */
  order(url: string): string[] {
    const primary = this.instances[0]!;
    if (this.instances.length === 1) return [url];
    const path =
      url === primary.url
        ? undefined
        : url.startsWith(primary.base)
          ? url.slice(primary.base.length)
          : undefined;
    const turn = this.next.get(path ?? '') ?? 0;
    this.next.set(path ?? '', turn + 1);
    const start = turn % this.instances.length;
    const rotated = [...this.instances.slice(start), ...this.instances.slice(0, start)];
    return [...rotated.filter((i) => i.healthy), ...rotated.filter((i) => !i.healthy)].map((i) =>
      path === undefined ? i.url : `${i.base}${path}`,
    );
  }

  /** Out of rotation until its /health answers again (`url`: any URL of the instance). */
  markDown(url: string): void {
    // A lone instance has no rotation to leave (and no health check to bring it back).
    if (this.instances.length < 2) return;
    const instance = this.instances.find((i) => url === i.url || url.startsWith(`${i.base}/`));
    if (!instance?.healthy) return;
    instance.healthy = false;
    this.log.warn({ subgraph: this.subgraph, url }, 'subgraph instance out of rotation');
  }

  /** Checks every instance's /health now and then every `intervalMs` (single instances are not checked). */
  startHealthChecks(intervalMs: number): void {
    if (this.instances.length < 2 || this.timer) return;
    this.timer = setInterval(() => void this.checkHealth(), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.checking;
  }

  checkHealth(): Promise<void> {
    this.checking ??= Promise.all(
      this.instances.map(async (instance) => {
        // undici's request: fetch refuses ports browsers block (6000, ...), a subgraph need not.
        const healthy = await request(`${instance.base}/health`, {
          signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS),
        }).then(
          async (response) => {
            await response.body.dump();
            return response.statusCode === 200;
          },
          () => false,
        );
        if (healthy && !instance.healthy)
          this.log.info({ subgraph: this.subgraph, url: instance.url }, 'subgraph instance back');
        if (!healthy) this.markDown(instance.url);
        else instance.healthy = true;
      }),
    ).then(() => {
      this.checking = undefined;
    });
    return this.checking;
  }
}

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/**
 * Tries `attempt` on the instances in turn. A connection that was refused sent nothing, so the
 * call moves to the next instance whatever it is; a connection lost after sending moves only a
 * call that only reads (a mutation may have been applied).
 */
async function inTurn<T>(
  replicas: ReplicaSet,
  given: string,
  readOnly: boolean,
  attempt: (url: string) => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  const order = replicas.order(given);
  let failure: unknown;
  for (const [index, url] of order.entries()) {
    if (index > 0) replicaRetries.inc({ subgraph: replicas.subgraph });
    try {
      return await attempt(url);
    } catch (error) {
      failure = error;
      const kind = connectionFailure(error);
      if (kind === undefined) throw error;
      replicas.markDown(url);
      if (kind === 'after-sending' && !readOnly) throw error;
      if (signal?.aborted) throw error;
    }
  }
  throw failure;
}

/** The gateway's subgraph calls over a replica set (the request's URL is the first instance's). */
export function replicaCall(replicas: ReplicaSet, call: SubgraphCall): SubgraphCall {
  return (request) =>
    inTurn(replicas, request.url, request.readOnly, (url) => call({ ...request, url }));
}

/** A fetch over a replica set: the URL it is given is replaced by an instance's. */
export function replicaFetch<F extends (url: string, init?: never) => Promise<unknown>>(
  replicas: ReplicaSet,
  fetcher: F,
  /** Every call only reads (moved like a query whatever its body). */
  readOnly = false,
): F {
  const call = (given: string, init?: RequestInit): Promise<unknown> =>
    inTurn(
      replicas,
      given,
      readOnly || !isMutation(init?.body),
      (url) => fetcher(url, init as never),
      init?.signal ?? undefined,
    );
  return call as unknown as F;
}

/** For the principal resolver: resolving a token only reads, so it may always move. */
export function replicaFetchOf(replicas: ReplicaSet): Fetch {
  return replicaFetch(replicas, (url: string, init?: RequestInit) => fetch(url, init), true);
}

const BEFORE_SENDING = new Set([
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const AFTER_SENDING = new Set([
  'ECONNRESET',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'ECONNABORTED',
]);

/** Whether an error is a lost connection, and whether the request may have gone out. */
export function connectionFailure(error: unknown): 'before-sending' | 'after-sending' | undefined {
  const codes: string[] = [];
  const collect = (value: unknown, depth: number) => {
    if (!value || typeof value !== 'object' || depth > 4) return;
    const { code, cause, errors } = value as { code?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === 'string') codes.push(code);
    collect(cause, depth + 1);
    if (Array.isArray(errors)) for (const e of errors) collect(e, depth + 1);
  };
  collect(error, 0);
  if (codes.some((c) => BEFORE_SENDING.has(c))) return 'before-sending';
  if (codes.some((c) => AFTER_SENDING.has(c))) return 'after-sending';
  return undefined;
}

/** The gateway's subgraph operations start with their keyword (`mutation Name__subgraph__0 …`). */
export function isMutation(body: unknown): boolean {
  if (typeof body !== 'string') return true;
  try {
    const { query } = JSON.parse(body) as { query?: unknown };
    return typeof query !== 'string' || /^\s*mutation\b/.test(query);
  } catch {
    return true;
  }
}
