import { graphql } from '../../__generated__';

graphql(`
  fragment UserRow on User {
    id
    name
    email
    status
    invitationPending
    viewerCanGrantRoles
    viewerCanDisable
    viewerCanMakePrimaryContact
    grants {
      role
      account {
        id
        customerAccountNumber
      }
    }
    assignedDevices {
      id
      serialNumber
      account {
        id
      }
    }
    assignedStockLocations {
      id
      name
      account {
        id
      }
    }
  }
`);

export const UsersDocument = graphql(`
  query Users($first: Int, $after: String) {
    organization {
      id
      name
      primaryContact {
        id
      }
      accounts {
        id
        name
        customerAccountNumber
      }
      users(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...UserRow
          }
        }
      }
    }
  }
`);

/** The devices an Administrator can assign (its accounts' devices; one page of at most 100). */
export const AssignableDevicesDocument = graphql(`
  query AssignableDevices {
    devices(first: 100) {
      edges {
        node {
          id
          serialNumber
          model {
            id
            name
          }
          account {
            id
            customerAccountNumber
          }
          location {
            address
            building
            floor
            room
          }
        }
      }
    }
  }
`);

export const InviteUserDocument = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      user {
        ...UserRow
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const GrantRoleDocument = graphql(`
  mutation GrantRole($userId: ID!, $grant: RoleGrantInput!) {
    grantRole(userId: $userId, grant: $grant) {
      user {
        ...UserRow
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RevokeRoleDocument = graphql(`
  mutation RevokeRole($userId: ID!, $grant: RoleGrantInput!) {
    revokeRole(userId: $userId, grant: $grant) {
      user {
        ...UserRow
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const AssignDevicesDocument = graphql(`
  mutation AssignDevices($userId: ID!, $deviceIds: [ID!]!) {
    assignDevices(userId: $userId, deviceIds: $deviceIds) {
      user {
        ...UserRow
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UnassignDevicesDocument = graphql(`
  mutation UnassignDevices($userId: ID!, $deviceIds: [ID!]!) {
    unassignDevices(userId: $userId, deviceIds: $deviceIds) {
      user {
        ...UserRow
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SetPrimaryContactDocument = graphql(`
  mutation SetPrimaryContact($userId: ID!) {
    setPrimaryContact(userId: $userId) {
      user {
        ...UserRow
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const DisableUserDocument = graphql(`
  mutation DisableUser($userId: ID!) {
    disableUser(userId: $userId) {
      user {
        ...UserRow
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

graphql(`
  fragment ApiKeyRow on ApiKey {
    id
    name
    createdAt
    lastUsedAt
    revokedAt
    grants {
      role
      account {
        id
        customerAccountNumber
      }
    }
  }
`);

export const ApiKeysDocument = graphql(`
  query ApiKeys {
    apiKeys {
      ...ApiKeyRow
    }
  }
`);

export const CreateApiKeyDocument = graphql(`
  mutation CreateApiKey($name: String!, $grants: [RoleGrantInput!]!) {
    createApiKey(name: $name, grants: $grants) {
      apiKey {
        ...ApiKeyRow
      }
      secret
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RevokeApiKeyDocument = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      apiKey {
        ...ApiKeyRow
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** The stock locations an Administrator can assign to its Stock Managers (its accounts'). */
export const AssignableStockLocationsDocument = graphql(`
  query AssignableStockLocations {
    stockLocations {
      id
      name
      account {
        id
        customerAccountNumber
      }
    }
  }
`);

export const AssignStockLocationsDocument = graphql(`
  mutation AssignStockLocations($userId: ID!, $stockLocationIds: [ID!]!) {
    assignStockLocations(userId: $userId, stockLocationIds: $stockLocationIds) {
      user {
        ...UserRow
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UnassignStockLocationsDocument = graphql(`
  mutation UnassignStockLocations($userId: ID!, $stockLocationIds: [ID!]!) {
    unassignStockLocations(userId: $userId, stockLocationIds: $stockLocationIds) {
      user {
        ...UserRow
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ApiKeyUsageDocument = graphql(`
  query ApiKeyUsage {
    apiKeys {
      id
      name
      usage(days: 30) {
        day
        requests
        errors
        cost
        deprecatedFields {
          coordinate
          requests
        }
      }
    }
  }
`);
