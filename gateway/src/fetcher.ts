import { Agent, request } from 'undici';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { REQUEST_ID_HEADER } from '@portal/platform';
import { fetcherWithTimeout } from './subgraph-data-source';
import { isMutation } from './replicas';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

export interface SubgraphFetcherOptions {
  /** Deadline of one subgraph call; 0 disables it. */
  timeoutMs: number;
  /** Kept-alive connections per subgraph origin; 0 uses Node's global fetch instead. */
  connections: number;
}

/**
 * The gateway's way to its subgraphs: an undici pool per subgraph with a bounded number of
 * kept-alive connections (below the subgraphs' own 65 s keepAliveTimeout, so the gateway never
 * writes to a socket the subgraph is closing) and undici's request() instead of WHATWG fetch,
 * which spends more per call on streams and Request/Response objects than a subgraph call needs.
 */
export function subgraphFetcher({ timeoutMs, connections }: SubgraphFetcherOptions): Fetcher {
  if (connections <= 0) return fetcherWithTimeout(timeoutMs);
  const agent = new Agent({
    connections,
    keepAliveTimeout: 30_000,
    keepAliveMaxTimeout: 60_000,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  return (async (
    url: string,
    init?: { method?: string; headers?: unknown; body?: unknown; signal?: unknown },
  ) => {
    const deadline = timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined;
    const given = init?.signal as AbortSignal | undefined;
    const signal = deadline && given ? AbortSignal.any([given, deadline]) : (deadline ?? given);
    const answer = await request(url, {
      dispatcher: agent,
      method: (init?.method ?? 'POST') as 'POST',
      headers: init?.headers as Record<string, string>,
      body: init?.body as string,
      signal,
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(answer.headers)) {
      if (Array.isArray(value)) for (const one of value) headers.append(name, one);
      else if (value !== undefined) headers.set(name, value);
    }
    // What RemoteGraphQLDataSource reads of a response: ok, status, headers, json()/text().
    return {
      ok: answer.statusCode >= 200 && answer.statusCode < 300,
      status: answer.statusCode,
      statusText: '',
      url,
      headers,
      json: () => answer.body.json(),
      text: () => answer.body.text(),
    } as unknown as FetcherResponse;
  }) as unknown as Fetcher;
}

interface SharedAnswer {
  ok: boolean;
  status: number;
  statusText: string;
  headers: [string, string][];
  text: string;
}

/**
 * Identical subgraph queries in flight at the same moment share one call (what Apollo Router's
 * `deduplicate_query` and Hive Gateway do): same URL, same body, same headers but the request
 * id, so only callers with the same signed principal ever share an answer. Each caller parses its
 * own copy, because the gateway writes into the result it gets. Mutations always go alone.
 */
export function deduplicating(fetcher: Fetcher): Fetcher {
  const inflight = new Map<string, Promise<SharedAnswer>>();
  return (async (url: string, init?: { method?: string; headers?: unknown; body?: unknown }) => {
    if (typeof init?.body !== 'string' || isMutation(init.body)) return fetcher(url, init as never);
    const key = keyOf(url, init.headers, init.body);
    let shared = inflight.get(key);
    if (!shared) {
      shared = (async () => {
        const answer = await fetcher(url, init as never);
        const headers: [string, string][] = [];
        for (const [name, value] of answer.headers as unknown as Iterable<[string, string]>)
          headers.push([name, value]);
        return {
          ok: answer.ok,
          status: answer.status,
          statusText: answer.statusText,
          headers,
          text: await answer.text(),
        };
      })();
      inflight.set(key, shared);
      const done = () => inflight.delete(key);
      shared.then(done, done);
    }
    const answer = await shared;
    return {
      ok: answer.ok,
      status: answer.status,
      statusText: answer.statusText,
      url,
      headers: new Headers(answer.headers),
      json: async () => JSON.parse(answer.text) as unknown,
      text: async () => answer.text,
    } as unknown as FetcherResponse;
  }) as unknown as Fetcher;
}

function keyOf(url: string, headers: unknown, body: string): string {
  const pairs: string[] = [];
  const add = (name: string, value: string) => {
    if (name.toLowerCase() !== REQUEST_ID_HEADER) pairs.push(`${name.toLowerCase()}:${value}`);
  };
  if (headers && typeof (headers as Headers).forEach === 'function')
    (headers as Headers).forEach((value, name) => add(name, value));
  else if (headers && typeof headers === 'object')
    for (const [name, value] of Object.entries(headers)) add(name, String(value));
  return `${url}\n${pairs.sort().join('\n')}\n${body}`;
}
