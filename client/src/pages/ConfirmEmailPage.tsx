import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { useSession } from '../app/session';
import { SecondFactorStep, type Challenge } from './security/SecondFactorStep';
import { Notice, TextField, useFieldChecks, useFormFields } from '../components/forms';
import { Loading, PageTitle } from '../components/page';
import { useI18n } from '../i18n/i18n';
import { userErrorText } from '../i18n/user-errors';
import { ResendConfirmationDocument } from './SignInPage';

const ConfirmEmailDocument = graphql(`
  mutation ConfirmEmail($token: String!) {
    confirmEmail(token: $token) {
      session {
        expiresAt
      }
      secondFactor {
        challenge
        methods
        enrolmentRequired
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

// Tokens are single-use: a token is sent once per page load, whatever React renders twice.
const sent = new Set<string>();

export default function ConfirmEmailPage() {
  const { m } = useI18n();
  const { signedIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [, confirm] = useMutation(ConfirmEmailDocument);
  const [, resend] = useMutation(ResendConfirmationDocument);
  const [outcome, setOutcome] = useState<'pending' | 'confirmed' | string>(
    token ? 'pending' : m.userErrors.codes.INVALID_TOKEN,
  );
  const check = useFieldChecks();
  const { values, validate, field } = useFormFields({ email: '' }, { email: check.email });
  const [resent, setResent] = useState(false);
  const [challenge, setChallenge] = useState<Challenge | null>(null);

  useEffect(() => {
    if (!token || sent.has(token)) return;
    sent.add(token);
    void confirm({ token }).then(async (result) => {
      const payload = result.data?.confirmEmail;
      if (payload?.session) {
        await signedIn(payload.session.expiresAt);
        setOutcome('confirmed');
      } else if (payload?.secondFactor) {
        // Confirmed; the organisation requires a second factor before the session opens.
        setChallenge(payload.secondFactor);
      } else {
        setOutcome(
          payload?.userErrors[0] ? userErrorText(payload.userErrors[0], m) : m.common.serverError,
        );
      }
    });
  }, [token, confirm, signedIn, m]);

  function requestAgain(event: FormEvent) {
    event.preventDefault();
    if (!validate()) return;
    void resend({ email: values.email.trim() }).then(() => setResent(true));
  }

  return (
    <section className="narrow">
      <PageTitle title={m.confirm.title}>{m.confirm.title}</PageTitle>
      {challenge ? (
        <SecondFactorStep
          challenge={challenge}
          onExpired={() => void navigate('/sign-in')}
          onSignedIn={() => void navigate('/', { replace: true })}
        />
      ) : outcome === 'pending' ? (
        <Loading />
      ) : outcome === 'confirmed' ? (
        <>
          <Notice>{m.confirm.done}</Notice>
          <button type="button" className="button" onClick={() => void navigate('/')}>
            {m.confirm.continue}
          </button>
        </>
      ) : (
        <>
          <div className="alert alert--error" role="alert">
            <p>{outcome}</p>
          </div>
          <form onSubmit={requestAgain} noValidate>
            <p>{m.confirm.again}</p>
            <TextField
              label={m.fields.email}
              type="email"
              autoComplete="email"
              required
              {...field('email')}
            />
            <button type="submit" className="button button--secondary">
              {m.signIn.resend}
            </button>
          </form>
          {resent ? <Notice>{m.register.resent}</Notice> : null}
          <p>
            <Link to="/sign-in">{m.signIn.title}</Link>
          </p>
        </>
      )}
    </section>
  );
}
