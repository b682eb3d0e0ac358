import { useRef, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { useSession } from '../app/session';
import { SecondFactorStep, type Challenge } from './security/SecondFactorStep';
import { FormAlert, TextField, useFocusFirstInvalid } from '../components/forms';
import { PageTitle } from '../components/page';
import { useI18n } from '../i18n/i18n';
import { formErrors, type FormErrors } from '../i18n/user-errors';

const AcceptInvitationDocument = graphql(`
  mutation AcceptInvitation($token: String!, $password: String!) {
    acceptInvitation(token: $token, password: $password) {
      session {
        expiresAt
      }
      secondFactor {
        challenge
        methods
        enrolmentRequired
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export default function AcceptInvitationPage() {
  const { m } = useI18n();
  const { signedIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [result, accept] = useMutation(AcceptInvitationDocument);
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (password !== repeat) {
      setErrors({ fields: { repeat: m.invitation.mismatch }, general: [] });
      return;
    }
    const outcome = await accept({ token, password });
    const payload = outcome.data?.acceptInvitation;
    if (payload?.session) {
      await signedIn(payload.session.expiresAt);
      void navigate('/', { replace: true });
      return;
    }
    // The organisation requires a second factor: set it up before the session opens.
    if (payload?.secondFactor) return setChallenge(payload.secondFactor);
    setErrors(
      payload
        ? formErrors(payload.userErrors, m, ['password'])
        : { fields: {}, general: [m.common.serverError] },
    );
  }

  return (
    <section className="narrow">
      <PageTitle title={m.invitation.title}>{m.invitation.title}</PageTitle>
      <p>{m.invitation.intro}</p>
      {challenge ? (
        <SecondFactorStep
          challenge={challenge}
          onExpired={() => void navigate('/sign-in')}
          onSignedIn={() => void navigate('/', { replace: true })}
        />
      ) : null}
      <form hidden={Boolean(challenge)} ref={form} onSubmit={(e) => void submit(e)} noValidate>
        <FormAlert messages={token ? errors.general : [m.userErrors.codes.INVALID_TOKEN]} />
        <TextField
          label={m.fields.newPassword}
          type="password"
          name="password"
          autoComplete="new-password"
          required
          hint={m.register.passwordHint}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.fields.password}
        />
        <TextField
          label={m.fields.repeatPassword}
          type="password"
          name="repeat"
          autoComplete="new-password"
          required
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
          error={errors.fields.repeat}
        />
        <button type="submit" className="button" disabled={!token || result.fetching}>
          {m.invitation.submit}
        </button>
      </form>
    </section>
  );
}
