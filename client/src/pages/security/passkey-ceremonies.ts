import { useMutation } from 'urql';
import { graphql } from '../../__generated__';

const BeginPasskeyRegistrationDocument = graphql(`
  mutation BeginPasskeyRegistration {
    beginPasskeyRegistration {
      ceremony
      options
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const FinishPasskeyRegistrationDocument = graphql(`
  mutation FinishPasskeyRegistration($ceremony: String!, $response: String!, $name: String) {
    finishPasskeyRegistration(ceremony: $ceremony, response: $response, name: $name) {
      passkey {
        id
        name
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const BeginPasskeySignInDocument = graphql(`
  mutation BeginPasskeySignIn($challenge: String) {
    beginPasskeySignIn(challenge: $challenge) {
      ceremony
      options
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const FinishPasskeySignInDocument = graphql(`
  mutation FinishPasskeySignIn($ceremony: String!, $response: String!) {
    finishPasskeySignIn(ceremony: $ceremony, response: $response) {
      session {
        expiresAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** What a ceremony ended with: done, refused by the server (its code), or given up in the browser. */
export type Outcome<T> = { done: T } | { refused: string } | { cancelled: true };

/** Creates a passkey for the signed-in user (the browser asks the authenticator). */
export function usePasskeyRegistration() {
  const [, begin] = useMutation(BeginPasskeyRegistrationDocument);
  const [, finish] = useMutation(FinishPasskeyRegistrationDocument);
  return async (name: string): Promise<Outcome<string>> => {
    const begun = (await begin({})).data?.beginPasskeyRegistration;
    if (!begun?.ceremony || !begun.options) return { refused: begun?.userErrors[0]?.code ?? '' };
    // Loaded on demand: the sign-in screen's first load stays small.
    const { startRegistration } = await import('@simplewebauthn/browser');
    let response;
    try {
      response = await startRegistration({ optionsJSON: JSON.parse(begun.options) });
    } catch {
      return { cancelled: true };
    }
    const payload = (
      await finish({ ceremony: begun.ceremony, response: JSON.stringify(response), name })
    ).data?.finishPasskeyRegistration;
    return payload?.passkey
      ? { done: payload.passkey.id }
      : { refused: payload?.userErrors[0]?.code ?? '' };
  };
}

/** Signs in with a passkey: passwordless, or as the second factor of a password's challenge. */
export function usePasskeySignIn() {
  const [, begin] = useMutation(BeginPasskeySignInDocument);
  const [, finish] = useMutation(FinishPasskeySignInDocument);
  return async (challenge: string | null): Promise<Outcome<string>> => {
    const begun = (await begin({ challenge })).data?.beginPasskeySignIn;
    if (!begun?.ceremony || !begun.options) return { refused: begun?.userErrors[0]?.code ?? '' };
    const { startAuthentication } = await import('@simplewebauthn/browser');
    let response;
    try {
      response = await startAuthentication({ optionsJSON: JSON.parse(begun.options) });
    } catch {
      return { cancelled: true };
    }
    const payload = (await finish({ ceremony: begun.ceremony, response: JSON.stringify(response) }))
      .data?.finishPasskeySignIn;
    return payload?.session
      ? { done: payload.session.expiresAt }
      : { refused: payload?.userErrors[0]?.code ?? '' };
  };
}
