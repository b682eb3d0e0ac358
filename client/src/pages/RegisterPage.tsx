import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import {
  FormAlert,
  NewPasswordFields,
  Notice,
  TextField,
  useFieldChecks,
  useFocusFirstInvalid,
  useFormFields,
} from '../components/forms';
import { PageTitle } from '../components/page';
import { useDevMailbox } from '../components/dev-mailbox';
import { useI18n } from '../i18n/i18n';
import { formErrors } from '../i18n/user-errors';
import { ResendConfirmationDocument } from './SignInPage';

const RegisterDocument = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      ok
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const FIELDS = [
  'email',
  'name',
  'password',
  'repeat',
  'customerAccountNumber',
  'deviceSerialNumber',
] as const;

export default function RegisterPage() {
  const { m, language } = useI18n();
  const check = useFieldChecks();
  const { values, errors, setErrors, validate, field } = useFormFields(
    {
      email: '',
      name: '',
      password: '',
      repeat: '',
      customerAccountNumber: '',
      deviceSerialNumber: '',
    },
    {
      name: check.required('name'),
      email: check.email,
      password: check.newPassword,
      repeat: check.repeatOf('password'),
      customerAccountNumber: check.required('customerAccountNumber'),
      deviceSerialNumber: check.required('deviceSerialNumber'),
    },
  );
  const [registeredAs, setRegisteredAs] = useState<string | null>(null);
  const [resent, setResent] = useState(false);
  const [result, register] = useMutation(RegisterDocument);
  const [, resend] = useMutation(ResendConfirmationDocument);
  const mailbox = useDevMailbox();
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!validate()) return;
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
            {m.mailbox.demoHint}{' '}
            <Link to={`/mailbox?to=${encodeURIComponent(registeredAs)}`}>{m.mailbox.open}</Link>
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
        <TextField label={m.fields.name} autoComplete="name" required {...field('name')} />
        <TextField
          label={m.fields.email}
          type="email"
          autoComplete="email"
          required
          {...field('email')}
        />
        <NewPasswordFields password={field('password')} repeat={field('repeat')} />
        <TextField
          label={m.fields.customerAccountNumber}
          required
          inputMode="numeric"
          hint={m.account.customerNumberExplained}
          {...field('customerAccountNumber')}
        />
        <TextField
          label={m.fields.deviceSerialNumber}
          required
          hint={m.register.serialHint}
          {...field('deviceSerialNumber')}
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
