import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { FormAlert, Notice, TextField, useFocusFirstInvalid } from '../../components/forms';
import { useI18n } from '../../i18n/i18n';
import { formErrors, type FormErrors } from '../../i18n/user-errors';
import { ChangePasswordDocument } from './documents';

/** A new password with the current one; every other session is signed out. */
export function ChangePassword() {
  const { m } = useI18n();
  const t = m.accounts.profile;
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [done, setDone] = useState<string | null>(null);
  const [result, change] = useMutation(ChangePasswordDocument);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    if (newPassword !== repeat)
      return setErrors({ fields: { repeat: m.invitation.mismatch }, general: [] });
    const outcome = await change({ currentPassword, newPassword });
    const payload = outcome.data?.changePassword;
    if (!payload) return setErrors({ fields: {}, general: [m.common.serverError] });
    setErrors(formErrors(payload.userErrors, m, ['currentPassword', 'newPassword']));
    if (payload.ok) {
      setDone(t.passwordChanged(payload.signedOutSessions));
      setCurrent('');
      setNew('');
      setRepeat('');
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
        name="currentPassword"
        autoComplete="current-password"
        required
        value={currentPassword}
        onChange={(e) => setCurrent(e.target.value)}
        error={errors.fields.currentPassword}
      />
      <TextField
        label={t.newPassword}
        type="password"
        name="newPassword"
        autoComplete="new-password"
        required
        hint={m.register.passwordHint}
        value={newPassword}
        onChange={(e) => setNew(e.target.value)}
        error={errors.fields.newPassword}
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
      <button type="submit" className="button" disabled={result.fetching}>
        {t.changePassword}
      </button>
    </form>
  );
}
