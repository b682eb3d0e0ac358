import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { Counter } from 'prom-client';
import {
  CLIENT_ADDRESS_HEADER,
  metricsRegistry,
  PRINCIPAL_HEADER,
  REFRESH_TOKEN_HEADER,
  REQUEST_ID_HEADER,
  type Logger,
  type PrincipalClaims,
} from '@portal/platform';
import { SubgraphUnavailableError } from './errors';

/** Per-request state every subgraph call reads (and identity's cookies flow back through). */
export interface GatewayContext {
  requestId: string;
  principal: PrincipalClaims;
  /** The signed principal every subgraph call carries. */
  principalHeader: string;
  log: Logger;
  /** Passes a subgraph's Set-Cookie (identity's session cookie) on to the browser. */
  passOnCookie(setCookie: string): void;
  /** The caller's address, for identity's sign-in throttling. */
  clientAddress: string;
  /** The browser's refresh-token cookie, passed to identity alone. */
  refreshToken?: string;
}

/** Calls the gateway made to each subgraph (what a refused document must not cause). */
export const subgraphFetches = new Counter({
  name: 'portal_subgraph_fetches_total',
  help: 'Requests the gateway sent to each subgraph',
  labelNames: ['subgraph'],
  registers: [metricsRegistry],
});

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type DidReceiveResponse = NonNullable<
  RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']
>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/** Node's fetch with a deadline, so a hung subgraph cannot hold a request forever. */
export function fetcherWithTimeout(timeoutMs: number): Fetcher {
  return (url, init) => {
    const deadline = timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined;
    const signal =
      deadline && init?.signal
        ? AbortSignal.any([init.signal as AbortSignal, deadline])
        : (deadline ?? init?.signal);
    return fetch(url, { ...init, signal } as RequestInit) as unknown as Promise<FetcherResponse>;
  };
}

/**
 * One subgraph as the gateway calls it: with the signed principal and the request id, never
 * with the client's own headers (RemoteGraphQLDataSource forwards none, so a client-supplied
 * principal header cannot reach a subgraph).
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly subgraphName: string,
    url: string,
    fetcher: Fetcher,
  ) {
    super({ url, fetcher });
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    subgraphFetches.inc({ subgraph: this.subgraphName });
    const headers = options.request.http?.headers;
    if (!headers) return;
    // set(), not append(): whatever was there before, only the gateway's signature goes out.
    const context = options.context as Partial<GatewayContext>;
    if (context.principalHeader) headers.set(PRINCIPAL_HEADER, context.principalHeader);
    else headers.delete(PRINCIPAL_HEADER);
    if (context.requestId) headers.set(REQUEST_ID_HEADER, context.requestId);
    if (context.clientAddress) headers.set(CLIENT_ADDRESS_HEADER, context.clientAddress);
    if (this.subgraphName === 'identity' && context.refreshToken) {
      headers.set(REFRESH_TOKEN_HEADER, context.refreshToken);
    }
  }

  override didReceiveResponse({
    response,
    context,
  }: Parameters<DidReceiveResponse>[0]): ReturnType<DidReceiveResponse> {
    for (const cookie of setCookiesOf(response.http?.headers)) context.passOnCookie(cookie);
    return response;
  }

  /**
   * Replaces fetch failures and non-2xx answers with errors that name no host, port or
   * subgraph (Apollo's own carry the URL); the detail goes to the log.
   */
  override didEncounterError(
    error: Error,
    _fetchRequest: unknown,
    fetchResponse?: FetcherResponse,
    context?: GatewayContext,
  ): never {
    const log = context?.log;
    const status = fetchResponse?.status;
    const unavailable = status === undefined || status === 502 || status === 503 || status === 504;
    log?.error(
      { err: error, subgraph: this.subgraphName, status, requestId: context?.requestId },
      unavailable ? 'subgraph unavailable' : 'subgraph answered with an error status',
    );
    if (unavailable) throw new SubgraphUnavailableError();
    // No code: masked to INTERNAL_SERVER_ERROR (a 401/403 here means the gateway's signature
    // was refused, a misconfiguration, not the caller's fault).
    // (No originalError either: GraphQLError would copy its extensions, code included.)
    throw new GraphQLError('subgraph request failed');
  }
}

/** Every Set-Cookie of a fetch response (Node's fetch keeps them apart; `get` would join them). */
function setCookiesOf(headers: FetcherResponse['headers'] | undefined): string[] {
  if (!headers) return [];
  const withGetSetCookie = headers as unknown as { getSetCookie?: () => string[] };
  if (typeof withGetSetCookie.getSetCookie === 'function') return withGetSetCookie.getSetCookie();
  const single = headers.get('set-cookie');
  return single ? [single] : [];
}
