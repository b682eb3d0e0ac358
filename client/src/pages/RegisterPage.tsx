import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { FormAlert, Notice, TextField, useFocusFirstInvalid } from '../components/forms';
import { PageTitle } from '../components/page';
import { useDevMailbox } from '../components/dev-mailbox';
import { useI18n } from '../i18n/i18n';
import { formErrors, type FormErrors } from '../i18n/user-errors';
import { ResendConfirmationDocument } from './SignInPage';

const RegisterDocument = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      ok
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const FIELDS = [
  'email',
  'name',
  'password',
  'customerAccountNumber',
  'deviceSerialNumber',
] as const;
type Field = (typeof FIELDS)[number];

export default function RegisterPage() {
  const { m, language } = useI18n();
  const [values, setValues] = useState<Record<Field, string>>({
    email: '',
    name: '',
    password: '',
    customerAccountNumber: '',
    deviceSerialNumber: '',
  });
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [registeredAs, setRegisteredAs] = useState<string | null>(null);
  const [resent, setResent] = useState(false);
  const [result, register] = useMutation(RegisterDocument);
  const [, resend] = useMutation(ResendConfirmationDocument);
  const mailbox = useDevMailbox();
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  const set = (field: Field) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: e.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      email: values.email.trim(),
      name: values.name.trim(),
      password: values.password,
      customerAccountNumber: values.customerAccountNumber.trim(),
      deviceSerialNumber: values.deviceSerialNumber.trim().toUpperCase(),
      language,
    };
    const outcome = await register({ input });
    const payload = outcome.data?.register;
    if (payload?.ok) {
      setRegisteredAs(input.email);
      return;
    }
    setErrors(
      payload
        ? formErrors(payload.userErrors, m, FIELDS)
        : { fields: {}, general: [m.common.serverError] },
    );
  }

  if (registeredAs) {
    return (
      <section className="narrow">
        <PageTitle title={m.register.checkMailTitle}>{m.register.checkMailTitle}</PageTitle>
        <p>{m.register.checkMail(registeredAs)}</p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void resend({ email: registeredAs }).then(() => setResent(true))}
        >
          {m.signIn.resend}
        </button>
        {resent ? <Notice>{m.register.resent}</Notice> : null}
        {mailbox ? (
          <p className="panel">
            {m.mailbox.demoHint} <Link to="/mailbox">{m.mailbox.open}</Link>
          </p>
        ) : null}
      </section>
    );
  }

  return (
    <section className="narrow">
      <PageTitle title={m.register.title}>{m.register.title}</PageTitle>
      <p>{m.register.intro}</p>
      <form ref={form} onSubmit={(e) => void submit(e)} noValidate>
        <FormAlert messages={errors.general} />
        <TextField
          label={m.fields.name}
          name="name"
          autoComplete="name"
          required
          value={values.name}
          onChange={set('name')}
          error={errors.fields.name}
        />
        <TextField
          label={m.fields.email}
          name="email"
          type="email"
          autoComplete="email"
          required
          value={values.email}
          onChange={set('email')}
          error={errors.fields.email}
        />
        <TextField
          label={m.fields.newPassword}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          hint={m.register.passwordHint}
          value={values.password}
          onChange={set('password')}
          error={errors.fields.password}
        />
        <TextField
          label={m.fields.customerAccountNumber}
          name="customerAccountNumber"
          required
          inputMode="numeric"
          hint={m.account.customerNumberExplained}
          value={values.customerAccountNumber}
          onChange={set('customerAccountNumber')}
          error={errors.fields.customerAccountNumber}
        />
        <TextField
          label={m.fields.deviceSerialNumber}
          name="deviceSerialNumber"
          required
          hint={m.register.serialHint}
          value={values.deviceSerialNumber}
          onChange={set('deviceSerialNumber')}
          error={errors.fields.deviceSerialNumber}
        />
        <button type="submit" className="button" disabled={result.fetching}>
          {m.register.submit}
        </button>
      </form>
      <p>
        {m.register.haveUser} <Link to="/sign-in">{m.signIn.title}</Link>
      </p>
    </section>
  );
}
