import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { useSession } from '../app/session';
import { FormAlert } from '../components/forms';
import { PageTitle } from '../components/page';
import { useI18n } from '../i18n/i18n';
import { userErrorText } from '../i18n/user-errors';

const FinishSingleSignOnDocument = graphql(`
  mutation FinishSingleSignOn($callbackUrl: String!) {
    finishSingleSignOn(callbackUrl: $callbackUrl) {
      session {
        expiresAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/**
 * Where the organisation's sign-in service sends the browser back (/sign-in/sso?code=…&state=…):
 * the server checks the answer and opens the session; signed in, the route moves on to the
 * dashboard.
 */
export default function SingleSignOnCallbackPage() {
  const { m } = useI18n();
  const { signedIn } = useSession();
  const [errors, setErrors] = useState<string[]>([]);
  const [, finish] = useMutation(FinishSingleSignOnDocument);
  // The callback is single-use: React's development double effect must not send it twice.
  const sent = useRef(false);

  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    const callbackUrl = window.location.href;
    // The code and state leave the address bar (and the history) at once.
    window.history.replaceState(null, '', window.location.pathname);
    void finish({ callbackUrl }).then(async (result) => {
      const payload = result.data?.finishSingleSignOn;
      if (payload?.session) return signedIn(payload.session.expiresAt);
      setErrors(
        payload ? payload.userErrors.map((e) => userErrorText(e, m)) : [m.common.serverError],
      );
    });
  }, [finish, signedIn, m]);

  return (
    <section className="narrow">
      <PageTitle title={m.singleSignOn.callbackTitle}>{m.singleSignOn.callbackTitle}</PageTitle>
      {errors.length > 0 ? (
        <>
          <FormAlert messages={errors} />
          <p>
            <Link to="/sign-in">{m.singleSignOn.backToSignIn}</Link>
          </p>
        </>
      ) : (
        <p role="status">{m.singleSignOn.callbackWorking}</p>
      )}
    </section>
  );
}
