import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { useSession } from '../app/session';
import { FormAlert, Notice, TextField, useFocusFirstInvalid } from '../components/forms';
import { PageTitle } from '../components/page';
import { useI18n } from '../i18n/i18n';
import { formErrors, type FormErrors } from '../i18n/user-errors';
import { SecondFactorStep, type Challenge } from './security/SecondFactorStep';
import { usePasskeySignIn } from './security/passkey-ceremonies';

const LoginDocument = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
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

const BeginSingleSignOnDocument = graphql(`
  mutation BeginSingleSignOn($email: String!, $redirectUri: String) {
    beginSingleSignOn(email: $email, redirectUri: $redirectUri) {
      authorizationUrl
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ResendConfirmationDocument = graphql(`
  mutation ResendConfirmation($email: String!) {
    resendConfirmation(email: $email)
  }
`);

/** Only a path of this site: never an open redirect. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const { m } = useI18n();
  const { signedIn, ended } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [unconfirmed, setUnconfirmed] = useState(false);
  const [resent, setResent] = useState(false);
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  const passkeySignIn = usePasskeySignIn();

  async function withPasskey() {
    const outcome = await passkeySignIn(null);
    if ('done' in outcome) return signedIn(outcome.done);
    setErrors({ fields: {}, general: 'refused' in outcome ? [m.twoFactor.passkeyFailed] : [] });
  }
  const [loginResult, login] = useMutation(LoginDocument);
  const [ssoResult, beginSso] = useMutation(BeginSingleSignOnDocument);
  const [, resend] = useMutation(ResendConfirmationDocument);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  /** To the organisation's sign-in service, when the e-mail's domain has one. */
  async function withSingleSignOn() {
    const redirectUri = `${window.location.origin}/sign-in/sso`;
    const payload = (await beginSso({ email: email.trim(), redirectUri })).data?.beginSingleSignOn;
    if (!payload) return setErrors({ fields: {}, general: [m.common.serverError] });
    if (payload.authorizationUrl) return window.location.assign(payload.authorizationUrl);
    setErrors(
      payload.userErrors.length > 0
        ? formErrors(payload.userErrors, m, ['email'])
        : { fields: { email: m.singleSignOn.notForDomain }, general: [] },
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await login({ email: email.trim(), password });
    const payload = result.data?.login;
    if (!payload) {
      setErrors({ fields: {}, general: [m.common.serverError] });
      return;
    }
    if (payload.session) {
      // Signed in, the sign-in route moves on to ?next= (App's AfterSignIn).
      await signedIn(payload.session.expiresAt);
      return;
    }
    if (payload.secondFactor) {
      setPassword('');
      setChallenge(payload.secondFactor);
      return;
    }
    setUnconfirmed(payload.userErrors.some((e) => e.code === 'EMAIL_NOT_CONFIRMED'));
    setErrors(formErrors(payload.userErrors, m, ['email', 'password']));
  }

  return (
    <section className="narrow">
      <PageTitle title={m.signIn.title}>{m.signIn.title}</PageTitle>
      {ended ? <Notice>{m.signIn.sessionEnded}</Notice> : null}
      {challenge ? (
        <SecondFactorStep
          challenge={challenge}
          onExpired={() => {
            setChallenge(null);
            setErrors({ fields: {}, general: [m.twoFactor.errors.INVALID_CHALLENGE!] });
          }}
        />
      ) : null}
      <form hidden={Boolean(challenge)} ref={form} onSubmit={(e) => void submit(e)} noValidate>
        <FormAlert messages={errors.general} />
        <TextField
          label={m.fields.email}
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.fields.email}
        />
        <TextField
          label={m.fields.password}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.fields.password}
        />
        <button type="submit" className="button" disabled={loginResult.fetching}>
          {m.signIn.submit}
        </button>
      </form>
      {challenge ? null : (
        <div className="panel">
          <p className="explainer">{m.singleSignOn.signInHint}</p>
          <button
            type="button"
            className="button button--secondary"
            disabled={ssoResult.fetching}
            onClick={() => void withSingleSignOn()}
          >
            {m.singleSignOn.signInWith}
          </button>
        </div>
      )}
      <p>
        <Link to="/forgot-password">{m.accounts.forgotLink}</Link>
      </p>
      {challenge ? null : (
        <p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void withPasskey()}
          >
            {m.twoFactor.signInWithPasskey}
          </button>
        </p>
      )}
      {unconfirmed ? (
        <div className="panel">
          <p>{m.signIn.notConfirmedHelp}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void resend({ email: email.trim() }).then(() => setResent(true))}
          >
            {m.signIn.resend}
          </button>
          {resent ? <Notice>{m.register.resent}</Notice> : null}
        </div>
      ) : null}
      <p>
        {m.signIn.noUser} <Link to="/register">{m.signIn.register}</Link>
      </p>
    </section>
  );
}
