import { useRef, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { useSession } from '../app/session';
import { SecondFactorStep, type Challenge } from './security/SecondFactorStep';
import {
  FormAlert,
  NewPasswordFields,
  useFieldChecks,
  useFormFields,
  useFocusFirstInvalid,
} from '../components/forms';
import { PageTitle } from '../components/page';
import { useI18n } from '../i18n/i18n';
import { formErrors } from '../i18n/user-errors';

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
        ...UserErrorFields
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
  const check = useFieldChecks();
  const { values, errors, setErrors, validate, field } = useFormFields(
    { password: '', repeat: '' },
    { password: check.newPassword, repeat: check.repeatOf('password') },
  );
  const [result, accept] = useMutation(AcceptInvitationDocument);
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!validate()) return;
    const outcome = await accept({ token, password: values.password });
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
        <NewPasswordFields password={field('password')} repeat={field('repeat')} />
        <button type="submit" className="button" disabled={!token || result.fetching}>
          {m.invitation.submit}
        </button>
      </form>
    </section>
  );
}
