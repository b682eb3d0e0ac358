import { graphql } from '../../__generated__';

export const ResendInvitationDocument = graphql(`
  mutation ResendInvitation($userId: ID!) {
    resendInvitation(userId: $userId) {
      user {
        ...UserRow
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RevokeInvitationDocument = graphql(`
  mutation RevokeInvitation($userId: ID!) {
    revokeInvitation(userId: $userId) {
      user {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const EnableUserDocument = graphql(`
  mutation EnableUser($userId: ID!) {
    enableUser(userId: $userId) {
      user {
        ...UserRow
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
