import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { FormAlert, Notice, TextField, useFieldChecks, useFormFields } from '../components/forms';
import { PageTitle } from '../components/page';
import { useI18n } from '../i18n/i18n';

const RequestPasswordResetDocument = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/** Asks for a reset link; the answer is the same whether or not the e-mail has a user. */
export default function ForgotPasswordPage() {
  const { m } = useI18n();
  const t = m.accounts.forgot;
  const check = useFieldChecks();
  const { values, validate, field } = useFormFields({ email: '' }, { email: check.email });
  const email = values.email;
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [result, request] = useMutation(RequestPasswordResetDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!validate()) return;
    const outcome = await request({ email: email.trim() });
    // An organisation that signs in through its provider only has no passwords to reset.
    const singleSignOn = outcome.error?.graphQLErrors.some(
      (e) => e.extensions?.code === 'SINGLE_SIGN_ON_REQUIRED',
    );
    setFailed(
      outcome.data
        ? null
        : singleSignOn
          ? m.singleSignOn.codes.SINGLE_SIGN_ON_REQUIRED!
          : m.common.serverError,
    );
    if (outcome.data) setSentTo(email.trim());
  }

  return (
    <section className="narrow">
      <PageTitle title={t.title}>{t.title}</PageTitle>
      <p>{t.intro}</p>
      {sentTo ? <Notice>{t.sent(sentTo)}</Notice> : null}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormAlert messages={failed ? [failed] : []} />
        <TextField
          label={m.fields.email}
          type="email"
          autoComplete="username"
          required
          {...field('email')}
        />
        <button type="submit" className="button" disabled={result.fetching}>
          {t.submit}
        </button>
      </form>
      <p>
        <Link to="/sign-in">{t.backToSignIn}</Link>
      </p>
    </section>
  );
}
