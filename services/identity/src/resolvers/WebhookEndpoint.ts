import { toGlobalId } from '@portal/platform';
import type { WebhookEndpointResolvers } from '../__generated__/resolvers-types';

export const WebhookEndpoint: WebhookEndpointResolvers = {
  id: (endpoint) => toGlobalId('WebhookEndpoint', endpoint.id),
  account: async (endpoint, _args, { accounts }) => {
    const account = await accounts.byId(endpoint.accountId);
    if (!account)
      throw new Error(`endpoint of account ${endpoint.accountId} the caller may not see`);
    return account;
  },
  eventTypes: (endpoint) => endpoint.eventTypes as never,
  disabledReason: (endpoint) => endpoint.disabledReason as never,
  previousSecretExpiresAt: (endpoint, _args, { webhookEndpoints }) =>
    webhookEndpoints.previousSecretExpiresAt(endpoint),
  deliveries: (endpoint, { first, after }, { webhookDeliveries }) =>
    webhookDeliveries.deliveries(endpoint, first, after),
};
