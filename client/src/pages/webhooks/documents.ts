import { graphql } from '../../__generated__';

graphql(`
  fragment WebhookEndpointRow on WebhookEndpoint {
    id
    url
    description
    eventTypes
    enabled
    disabledReason
    createdAt
    previousSecretExpiresAt
    account {
      id
      customerAccountNumber
    }
  }
`);

export const WebhookEndpointsDocument = graphql(`
  query WebhookEndpoints {
    webhookEndpoints {
      ...WebhookEndpointRow
    }
  }
`);

export const WebhookDeliveriesDocument = graphql(`
  query WebhookDeliveries($id: ID!, $first: Int, $after: String) {
    webhookEndpoint(id: $id) {
      id
      deliveries(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            messageId
            eventType
            status
            attemptCount
            nextAttemptAt
            createdAt
            deliveredAt
            attempts {
              attemptedAt
              statusCode
              durationMs
              responseExcerpt
              error
            }
          }
        }
      }
    }
  }
`);

export const CreateWebhookEndpointDocument = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        ...WebhookEndpointRow
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateWebhookEndpointDocument = graphql(`
  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      endpoint {
        ...WebhookEndpointRow
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RotateWebhookSecretDocument = graphql(`
  mutation RotateWebhookSecret($id: ID!) {
    rotateWebhookSecret(id: $id) {
      secret
      endpoint {
        ...WebhookEndpointRow
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const DeleteWebhookEndpointDocument = graphql(`
  mutation DeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id) {
      endpoint {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RedeliverWebhookDocument = graphql(`
  mutation RedeliverWebhook($deliveryId: ID!) {
    redeliverWebhook(deliveryId: $deliveryId) {
      delivery {
        id
        status
        nextAttemptAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
