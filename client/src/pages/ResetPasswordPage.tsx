import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { useSession } from '../app/session';
import { FormAlert, TextField, useFocusFirstInvalid } from '../components/forms';
import { PageTitle } from '../components/page';
import { useI18n } from '../i18n/i18n';
import { formErrors, type FormErrors } from '../i18n/user-errors';

const ResetPasswordDocument = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password) {
      session {
        expiresAt
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Follows the mailed link: a new password, and signed in (everywhere else signed out). */
export default function ResetPasswordPage() {
  const { m } = useI18n();
  const t = m.accounts.reset;
  const { signedIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [result, reset] = useMutation(ResetPasswordDocument);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (password !== repeat) {
      setErrors({ fields: { repeat: m.invitation.mismatch }, general: [] });
      return;
    }
    const outcome = await reset({ token, password });
    const payload = outcome.data?.resetPassword;
    if (payload?.session) {
      await signedIn(payload.session.expiresAt);
      void navigate('/', { replace: true });
      return;
    }
    setErrors(
      payload
        ? formErrors(payload.userErrors, m, ['password'])
        : { fields: {}, general: [m.common.serverError] },
    );
  }

  const invalid = !token || errors.general.includes(m.userErrors.codes.INVALID_TOKEN);
  return (
    <section className="narrow">
      <PageTitle title={t.title}>{t.title}</PageTitle>
      <p>{t.intro}</p>
      <form ref={form} onSubmit={(e) => void submit(e)} noValidate>
        <FormAlert messages={token ? errors.general : [m.userErrors.codes.INVALID_TOKEN]} />
        <TextField
          label={m.accounts.profile.newPassword}
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
          {t.submit}
        </button>
      </form>
      {invalid ? (
        <p>
          <Link to="/forgot-password">{t.newLink}</Link>
        </p>
      ) : null}
    </section>
  );
}
