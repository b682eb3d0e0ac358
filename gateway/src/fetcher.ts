import { Agent, request as undiciRequest } from 'undici';
import { REQUEST_ID_HEADER } from '@portal/platform/edge';

/** One call from the gateway to a subgraph: already serialised, with the gateway's own headers. */
export interface SubgraphRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** A query: it may be shared with identical calls and moved after a lost connection. */
  readOnly: boolean;
}

/** A subgraph's answer as the gateway reads it: status, headers (lower-case names), body text. */
export interface SubgraphAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export type SubgraphCall = (request: SubgraphRequest) => Promise<SubgraphAnswer>;

export interface SubgraphClientOptions {
  /** Deadline of one subgraph call; 0 disables it. */
  timeoutMs: number;
  /** Kept-alive connections per subgraph origin; 0 uses Node's global fetch instead. */
  connections: number;
}

/**
 * The gateway's way to its subgraphs: an undici pool per subgraph with a bounded number of
 * kept-alive connections (below the subgraphs' own 65 s keepAliveTimeout, so the gateway never
 * writes to a socket the subgraph is closing) and undici's request(), which spends less per call
 * than WHATWG fetch with its streams and Request/Response/Headers objects.
 */
export function subgraphClient({ timeoutMs, connections }: SubgraphClientOptions): SubgraphCall {
  if (connections <= 0) return globalFetchClient(timeoutMs);
  const agent = new Agent({
    connections,
    keepAliveTimeout: 30_000,
    keepAliveMaxTimeout: 60_000,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  return async ({ url, headers, body }) => {
    const answer = await undiciRequest(url, {
      dispatcher: agent,
      method: 'POST',
      headers,
      body,
      signal: timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined,
    });
    return { status: answer.statusCode, headers: answer.headers, body: await answer.body.text() };
  };
}

/** Node's fetch with a deadline (`SUBGRAPH_CONNECTIONS=0`: the before of the undici lever). */
function globalFetchClient(timeoutMs: number): SubgraphCall {
  return async ({ url, headers, body }) => {
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body,
      signal: timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined,
    });
    const answerHeaders: SubgraphAnswer['headers'] = {};
    response.headers.forEach((value, name) => (answerHeaders[name] = value));
    const cookies = response.headers.getSetCookie();
    if (cookies.length > 0) answerHeaders['set-cookie'] = cookies;
    return { status: response.status, headers: answerHeaders, body: await response.text() };
  };
}

/**
 * Identical subgraph queries in flight at the same moment share one call (what Apollo Router's
 * `deduplicate_query` and Hive Gateway do): same URL, same body, same headers but the request
 * id, so only callers with the same signed principal ever share an answer. The answer is text,
 * so each caller parses its own copy (the gateway writes into the result it gets). Mutations
 * always go alone.
 */
export function deduplicating(call: SubgraphCall): SubgraphCall {
  const inflight = new Map<string, Promise<SubgraphAnswer>>();
  return (request) => {
    if (!request.readOnly) return call(request);
    const key = keyOf(request);
    let shared = inflight.get(key);
    if (!shared) {
      shared = call(request);
      inflight.set(key, shared);
      const done = () => inflight.delete(key);
      shared.then(done, done);
    }
    return shared;
  };
}

function keyOf({ url, headers, body }: SubgraphRequest): string {
  let key = url;
  for (const name of Object.keys(headers).sort())
    if (name !== REQUEST_ID_HEADER) key += `\n${name}:${headers[name]}`;
  return `${key}\n\n${body}`;
}
