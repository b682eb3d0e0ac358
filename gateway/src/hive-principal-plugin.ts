import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { PRINCIPAL_HEADER, REQUEST_ID_HEADER } from '@portal/platform/edge';
import { credentialsOf, requestIdOf } from './credentials';
import { refusedCredentialsMessage, SERVICE_UNAVAILABLE_MESSAGE } from './errors';
import { IdentityUnavailableError, type PrincipalResolver } from './principal-resolver';

interface Signed {
  requestId: string;
  principalHeader: string;
}

/**
 * Hive Gateway in front of the portal's subgraphs: the caller's bearer token or session cookie
 * becomes the signed principal header, exactly as our gateway makes it (PrincipalResolver), on
 * every subgraph call. A bad bearer token is refused with 401 before anything is planned.
 * Authorisation itself is the subgraphs' (the authorisation matrix runs through this plugin).
 */
export function principalHeaderPlugin(resolver: PrincipalResolver): GatewayPlugin {
  const signed = new WeakMap<Request, Signed>();
  const refuse = (status: number, code: string, message: string) =>
    new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  return {
    async onRequest({ request, endResponse }) {
      const requestId = requestIdOf(request.headers.get(REQUEST_ID_HEADER));
      const credentials = credentialsOf({
        authorization: request.headers.get('authorization') ?? undefined,
        cookie: request.headers.get('cookie') ?? undefined,
      });
      try {
        const resolved =
          credentials.kind === 'bearer' || credentials.kind === 'cookie'
            ? await resolver.resolve(credentials.token, requestId)
            : null;
        if (!resolved && (credentials.kind === 'bearer' || credentials.kind === 'malformed'))
          return endResponse(
            refuse(401, 'UNAUTHENTICATED', refusedCredentialsMessage(credentials)),
          );
        const principal = resolved ?? (await resolver.anonymous());
        signed.set(request, { requestId, principalHeader: principal.header });
      } catch (error) {
        if (!(error instanceof IdentityUnavailableError)) throw error;
        endResponse(refuse(503, 'SERVICE_UNAVAILABLE', SERVICE_UNAVAILABLE_MESSAGE));
      }
    },
    onFetch({ context, options, setOptions }) {
      const request = (context as { request?: Request } | undefined)?.request;
      const caller = request && signed.get(request);
      // No caller, no principal: the subgraph refuses the call (it answers the gateway only).
      if (!caller) return;
      const headers = new Headers(options.headers as HeadersInit);
      headers.set(PRINCIPAL_HEADER, caller.principalHeader);
      headers.set(REQUEST_ID_HEADER, caller.requestId);
      setOptions({ ...options, headers: Object.fromEntries(headers) });
    },
  };
}
