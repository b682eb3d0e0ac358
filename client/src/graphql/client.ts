import { authExchange } from '@urql/exchange-auth';
import { cacheExchange, type Cache } from '@urql/exchange-graphcache';
import { Client, fetchExchange } from 'urql';

/** Types without an `id`: kept inside their parent in the normalised cache. */
const EMBEDDED = [
  'PageInfo',
  'UserError',
  'AuthPayload',
  'Session',
  'RegisterPayload',
  'UserPayload',
  'ApiKeyPayload',
  'DevicePayload',
  'RoleGrant',
  'DeviceLocation',
  'DeviceLocationChange',
  'DeviceStatusChange',
  'ServiceContract',
  'TonerProduct',
  'Payment',
  'KnowledgeArticleRevision',
  'AuditEvent',
  ...['Device', 'User', 'KnowledgeArticle', 'Payment', 'DeviceModel', 'AuditEvent'].flatMap(
    (node) => [`${node}Connection`, `${node}Edge`],
  ),
];

/** Drops every cached answer of a root field (any arguments), so the next read asks again. */
function invalidateRootField(cache: Cache, fieldName: string): void {
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName === fieldName) cache.invalidate('Query', field.fieldKey);
  }
}

export interface PortalClientOptions {
  /** Renews the session from the refresh cookie; false when there is none to renew. */
  refreshSession(): Promise<boolean>;
  /** The session could not be renewed: the user has to sign in again. */
  onSessionLost(): void;
}

/**
 * One client per signed-in session (a new one on sign-in and sign-out, so nothing cached for one
 * user is shown to the next). The browser's HttpOnly session cookie authenticates; a JSON POST
 * satisfies the gateway's CSRF prevention.
 */
export function createPortalClient({ refreshSession, onSessionLost }: PortalClientOptions): Client {
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    fetchOptions: { credentials: 'same-origin', headers: { 'apollo-require-preflight': 'true' } },
    requestPolicy: 'cache-and-network',
    exchanges: [
      cacheExchange({
        keys: Object.fromEntries(EMBEDDED.map((type) => [type, () => null])),
        updates: {
          Mutation: {
            inviteUser: (_result, _args, cache) => invalidateRootField(cache, 'organization'),
            createApiKey: (_result, _args, cache) => invalidateRootField(cache, 'apiKeys'),
            requestDeviceRemoval: (_result, _args, cache) => invalidateRootField(cache, 'devices'),
            withdrawDeviceRemovalRequest: (_result, _args, cache) =>
              invalidateRootField(cache, 'devices'),
            updateDeviceLocation: (_result, _args, cache) => invalidateRootField(cache, 'devices'),
            setPrimaryContact: (_result, _args, cache) =>
              invalidateRootField(cache, 'organization'),
          },
        },
      }),
      authExchange(async () => ({
        addAuthToOperation: (operation) => operation,
        didAuthError: (error) =>
          error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') ||
          error.response?.status === 401,
        refreshAuth: async () => {
          if (!(await refreshSession())) onSessionLost();
        },
      })),
      fetchExchange,
    ],
  });
}
