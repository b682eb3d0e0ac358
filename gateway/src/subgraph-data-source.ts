import type { FairUseTicket } from './fair-use';
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
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
} from '@portal/platform/edge';
import { SubgraphUnavailableError } from './errors';
import type { SubgraphAnswer, SubgraphCall } from './fetcher';

type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

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
  /** Whose fair-use budget the request spends (fair-use.ts). */
  fairUse?: FairUseTicket;
}

/** Calls the gateway made to each subgraph (what a refused document must not cause). */
export const subgraphFetches = new Counter({
  name: 'portal_subgraph_fetches_total',
  help: 'Requests the gateway sent to each subgraph',
  labelNames: ['subgraph'],
  registers: [metricsRegistry],
});

/**
 * One subgraph as the gateway calls it: with the signed principal and the request id, never
 * with the client's own headers (none are forwarded, so a client-supplied principal header
 * cannot reach a subgraph). A GraphQLDataSource of its own rather than RemoteGraphQLDataSource,
 * which builds node-fetch Headers and Request objects for every call and parses the body again
 * to tell a query from a mutation.
 */
export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  constructor(
    readonly subgraphName: string,
    private readonly url: string,
    private readonly call: SubgraphCall,
  ) {}

  async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): Promise<GatewayGraphQLResponse> {
    subgraphFetches.inc({ subgraph: this.subgraphName });
    const { query, variables, operationName } = options.request;
    if (!query) throw new Error('Missing query');
    const context = options.context as Partial<GatewayContext>;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (context.principalHeader) headers[PRINCIPAL_HEADER] = context.principalHeader;
    if (context.requestId) headers[REQUEST_ID_HEADER] = context.requestId;
    if (context.clientAddress) headers[CLIENT_ADDRESS_HEADER] = context.clientAddress;
    if (this.subgraphName === 'identity' && context.refreshToken)
      headers[REFRESH_TOKEN_HEADER] = context.refreshToken;
    // The query planner writes each fetch's operation keyword first.
    const readOnly = !/^\s*mutation\b/.test(query);
    const body = JSON.stringify({ query, variables, operationName });

    let answer: SubgraphAnswer | undefined;
    let result: unknown;
    try {
      answer = await this.call({ url: this.url, headers, body, readOnly });
      if (answer.status < 200 || answer.status >= 300)
        throw new Error(`subgraph answered ${answer.status}`);
      result = JSON.parse(answer.body);
      if (!result || typeof result !== 'object' || Array.isArray(result))
        throw new Error('subgraph answered no JSON object');
    } catch (error) {
      this.refuse(error as Error, answer?.status, context);
    }
    for (const cookie of [answer!.headers['set-cookie'] ?? []].flat())
      context.passOnCookie?.(cookie);
    // Subgraph answers are per principal: nothing the gateway answers may be cached on the way.
    if ('incomingRequestContext' in options)
      options.incomingRequestContext.overallCachePolicy?.restrict({ maxAge: 0 });
    return result as GatewayGraphQLResponse;
  }

  /**
   * Replaces call failures and non-2xx answers with errors that name no host, port or
   * subgraph; the detail goes to the log.
   */
  private refuse(
    error: Error,
    status: number | undefined,
    context: Partial<GatewayContext>,
  ): never {
    const unavailable = status === undefined || status === 502 || status === 503 || status === 504;
    context.log?.error(
      { err: error, subgraph: this.subgraphName, status, requestId: context.requestId },
      unavailable ? 'subgraph unavailable' : 'subgraph answered with an error status',
    );
    if (unavailable) throw new SubgraphUnavailableError();
    // No code: masked to INTERNAL_SERVER_ERROR (a 401/403 here means the gateway's signature
    // was refused, a misconfiguration, not the caller's fault).
    // (No originalError either: GraphQLError would copy its extensions, code included.)
    throw new GraphQLError('subgraph request failed');
  }
}
