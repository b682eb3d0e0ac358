import { useRef, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { useSession } from '../app/session';
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

const ResetPasswordDocument = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password) {
      session {
        expiresAt
      }
      userErrors {
        ...UserErrorFields
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
  const check = useFieldChecks();
  const { values, errors, setErrors, validate, field } = useFormFields(
    { password: '', repeat: '' },
    { password: check.newPassword, repeat: check.repeatOf('password') },
  );
  const [result, reset] = useMutation(ResetPasswordDocument);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!validate()) return;
    const outcome = await reset({ token, password: values.password });
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
        <NewPasswordFields password={field('password')} repeat={field('repeat')} />
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
