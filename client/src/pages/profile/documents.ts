import { graphql } from '../../__generated__';

export const ProfileDocument = graphql(`
  query Profile {
    me {
      id
      name
      email
      phone
      language
    }
  }
`);

export const UpdateProfileDocument = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      user {
        id
        name
        phone
        language
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      ok
      signedOutSessions
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const MySessionsDocument = graphql(`
  query MySessions {
    mySessions {
      id
      createdAt
      expiresAt
      current
    }
  }
`);

export const SignOutSessionDocument = graphql(`
  mutation SignOutSession($sessionId: ID!) {
    signOutSession(sessionId: $sessionId) {
      signedOut
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SignOutAllSessionsDocument = graphql(`
  mutation SignOutAllSessions($keepCurrent: Boolean) {
    signOutAllSessions(keepCurrent: $keepCurrent) {
      signedOut
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
