import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import {
  FormAlert,
  Notice,
  TextField,
  NewPasswordFields,
  useFieldChecks,
  useFormFields,
  useFocusFirstInvalid,
} from '../../components/forms';
import { useI18n } from '../../i18n/i18n';
import { formErrors } from '../../i18n/user-errors';
import { ChangePasswordDocument } from './documents';

/** A new password with the current one; every other session is signed out. */
export function ChangePassword() {
  const { m } = useI18n();
  const t = m.accounts.profile;
  const check = useFieldChecks();
  const empty = { currentPassword: '', newPassword: '', repeat: '' };
  const { values, setValues, errors, setErrors, validate, field } = useFormFields(empty, {
    currentPassword: (value) => (value ? undefined : m.userErrors.required(m.fieldNames.password)),
    newPassword: check.newPassword,
    repeat: check.repeatOf('newPassword'),
  });
  const [done, setDone] = useState<string | null>(null);
  const [result, change] = useMutation(ChangePasswordDocument);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    if (!validate()) return;
    const { currentPassword, newPassword } = values;
    const outcome = await change({ currentPassword, newPassword });
    const payload = outcome.data?.changePassword;
    if (!payload) return setErrors({ fields: {}, general: [m.common.serverError] });
    setErrors(formErrors(payload.userErrors, m, ['currentPassword', 'newPassword']));
    if (payload.ok) {
      setDone(t.passwordChanged(payload.signedOutSessions));
      setValues(empty);
    }
  }

  return (
    <form ref={form} aria-label={t.passwordTitle} onSubmit={(e) => void submit(e)} noValidate>
      <h2>{t.passwordTitle}</h2>
      <FormAlert messages={errors.general} />
      {done ? <Notice>{done}</Notice> : null}
      <TextField
        label={t.currentPassword}
        type="password"
        autoComplete="current-password"
        required
        {...field('currentPassword')}
      />
      <NewPasswordFields password={field('newPassword')} repeat={field('repeat')} />
      <button type="submit" className="button" disabled={result.fetching}>
        {t.changePassword}
      </button>
    </form>
  );
}
