import { authExchange } from '@urql/exchange-auth';
import { cacheExchange, type Cache } from '@urql/exchange-graphcache';
import { persistedExchange } from '@urql/exchange-persisted';
import { Client, fetchExchange } from 'urql';
import { persistedHashOf } from './persisted';

/** Types without an `id`: kept inside their parent in the normalised cache. */
const EMBEDDED = [
  'PageInfo',
  'UserError',
  'AuthPayload',
  'ExportJobPayload',
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
  'Money',
  'InvoiceLine',
  'InvoiceConnection',
  'InvoiceEdge',
  'ServiceAccountPayload',
  'KnowledgeArticleRevision',
  'AuditEvent',
  'ServiceOrderPayload',
  'ServiceOrderEvent',
  'MeterReadingPayload',
  'MeterReadingDue',
  'MeterValue',
  'BulkMeterReadingPayload',
  'BulkMeterReadingResult',
  'StockLevel',
  'StockLocationPayload',
  'ShipmentPayload',
  'ShipmentStatusChange',
  'ShipmentReason',
  'ShipmentReceipt',
  'SecondFactorChallenge',
  'TotpEnrolmentPayload',
  'RecoveryCodesPayload',
  'SingleSignOn',
  'SingleSignOnDomain',
  'SingleSignOnStartPayload',
  'TotpConfirmationPayload',
  'OrganizationPayload',
  'NotificationPreference',
  'NotificationPreferencesPayload',
  'MarkNotificationsReadPayload',
  'UnsubscribePayload',
  'WebhookAttempt',
  'WebhookEndpointPayload',
  'WebhookEndpointSecretPayload',
  'RedeliverWebhookPayload',
  // The caller's permissions on an object: part of the object, like its other plain fields.
  'DevicePermissions',
  'ServiceOrderPermissions',
  'StockLocationPermissions',
  ...[
    'Device',
    'User',
    'KnowledgeArticle',
    'Payment',
    'DeviceModel',
    'AuditEvent',
    'ServiceOrder',
    'MeterReading',
    'Shipment',
    'Notification',
    'WebhookDelivery',
  ].flatMap((node) => [`${node}Connection`, `${node}Edge`]),
];

/** Drops every cached answer of an entity's field (any arguments). */
function invalidateField(cache: Cache, entity: { __typename: string; id: string }, name: string) {
  for (const field of cache.inspectFields(entity)) {
    if (field.fieldName === name) cache.invalidate(entity, field.fieldKey);
  }
}

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
            // The unread count and the list are the header's and the page's: both ask again.
            markNotificationsRead: (_result, _args, cache) =>
              invalidateRootField(cache, 'notifications'),
            setNotificationPreference: (_result, _args, cache) =>
              invalidateRootField(cache, 'notificationPreferences'),
            inviteUser: (_result, _args, cache) => invalidateRootField(cache, 'organization'),
            revokeInvitation: (_result, _args, cache) => invalidateRootField(cache, 'organization'),
            signOutSession: (_result, _args, cache) => invalidateRootField(cache, 'mySessions'),
            signOutAllSessions: (_result, _args, cache) => invalidateRootField(cache, 'mySessions'),
            createApiKey: (_result, _args, cache) => invalidateRootField(cache, 'apiKeys'),
            createServiceAccount: (_result, _args, cache) =>
              invalidateRootField(cache, 'serviceAccounts'),
            createWebhookEndpoint: (_result, _args, cache) =>
              invalidateRootField(cache, 'webhookEndpoints'),
            deleteWebhookEndpoint: (_result, _args, cache) =>
              invalidateRootField(cache, 'webhookEndpoints'),
            requestDeviceRemoval: (_result, _args, cache) => invalidateRootField(cache, 'devices'),
            withdrawDeviceRemovalRequest: (_result, _args, cache) =>
              invalidateRootField(cache, 'devices'),
            updateDeviceLocation: (_result, _args, cache) => invalidateRootField(cache, 'devices'),
            setPrimaryContact: (_result, _args, cache) =>
              invalidateRootField(cache, 'organization'),
            // A new order or reading changes lists and counts that no single entity holds.
            createServiceOrder: (_result, args, cache) => {
              invalidateRootField(cache, 'serviceOrders');
              const { deviceId } = args.input as { deviceId: string };
              invalidateField(cache, { __typename: 'Device', id: deviceId }, 'serviceOrders');
              invalidateField(
                cache,
                { __typename: 'Device', id: deviceId },
                'openServiceOrderCount',
              );
            },
            cancelServiceOrder: (_result, _args, cache) =>
              invalidateRootField(cache, 'serviceOrders'),
            acknowledgeServiceOrder: (_result, _args, cache) =>
              invalidateRootField(cache, 'serviceOrders'),
            scheduleServiceOrder: (_result, _args, cache) =>
              invalidateRootField(cache, 'serviceOrders'),
            startServiceOrder: (_result, _args, cache) =>
              invalidateRootField(cache, 'serviceOrders'),
            resolveServiceOrder: (_result, _args, cache) =>
              invalidateRootField(cache, 'serviceOrders'),
            closeServiceOrder: (_result, _args, cache) =>
              invalidateRootField(cache, 'serviceOrders'),
            submitMeterReading: (_result, args, cache) => {
              invalidateRootField(cache, 'meterReadingsDue');
              const { deviceId } = args.input as { deviceId: string };
              invalidateField(cache, { __typename: 'Device', id: deviceId }, 'meterReadings');
            },
            submitMeterReadings: (_result, _args, cache) => {
              invalidateRootField(cache, 'meterReadingsDue');
              for (const field of cache.inspectFields('Query'))
                if (field.fieldName === 'device') cache.invalidate('Query', field.fieldKey);
            },
            confirmShipmentDelivered: (_result, _args, cache) =>
              invalidateRootField(cache, 'shipments'),
            undoShipmentDelivery: (_result, _args, cache) =>
              invalidateRootField(cache, 'shipments'),
            // Shipments move between the service centre's lists by status.
            approveShipment: (_result, _args, cache) => invalidateRootField(cache, 'shipments'),
            declineShipment: (_result, _args, cache) => invalidateRootField(cache, 'shipments'),
            dispatchShipment: (_result, _args, cache) => invalidateRootField(cache, 'shipments'),
            createKnowledgeArticle: (_result, _args, cache) =>
              invalidateRootField(cache, 'knowledgeArticles'),
            // A decommissioned device leaves the lists (the removal queue among them).
            decommissionDevice: (_result, _args, cache) => invalidateRootField(cache, 'devices'),
            requestToner: (_result, args, cache) => {
              invalidateRootField(cache, 'shipments');
              const { stockLocationId } = args.input as { stockLocationId: string };
              invalidateField(
                cache,
                { __typename: 'StockLocation', id: stockLocationId },
                'shipments',
              );
            },
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
      // Every operation goes by the hash graphql-codegen gave it; the gateway serving this
      // client knows them all (persisted-documents.json), so the text never travels.
      persistedExchange({
        enforcePersistedQueries: true,
        enableForMutation: true,
        preferGetForPersistedQueries: false,
        generateHash: async (_query, document) => persistedHashOf(document),
      }),
      fetchExchange,
    ],
  });
}
