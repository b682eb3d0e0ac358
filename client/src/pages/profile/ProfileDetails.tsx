import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import {
  FormAlert,
  Notice,
  SelectField,
  TextField,
  useFocusFirstInvalid,
} from '../../components/forms';
import { useI18n } from '../../i18n/i18n';
import { formErrors, type FormErrors } from '../../i18n/user-errors';
import { UpdateProfileDocument } from './documents';

interface Me {
  name: string;
  phone?: string | null;
  language: string;
}

/** Name, phone and the language of the user's e-mails. */
export function ProfileDetails({ me }: { me: Me }) {
  const { m } = useI18n();
  const t = m.accounts.profile;
  const [name, setName] = useState(me.name);
  const [phone, setPhone] = useState(me.phone ?? '');
  const [language, setLanguage] = useState(me.language);
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [saved, setSaved] = useState(false);
  const [result, update] = useMutation(UpdateProfileDocument);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const outcome = await update({ input: { name, phone, language } });
    const payload = outcome.data?.updateProfile;
    if (!payload) return setErrors({ fields: {}, general: [m.common.serverError] });
    setErrors(formErrors(payload.userErrors, m, ['name', 'phone', 'language']));
    setSaved(payload.userErrors.length === 0);
  }

  return (
    <form ref={form} aria-label={t.details} onSubmit={(e) => void submit(e)} noValidate>
      <h2>{t.details}</h2>
      <FormAlert messages={errors.general} />
      {saved ? <Notice>{t.saved}</Notice> : null}
      <TextField
        label={m.fields.name}
        name="name"
        autoComplete="name"
        required
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.fields.name}
      />
      <TextField
        label={t.phone}
        type="tel"
        name="phone"
        autoComplete="tel"
        value={phone}
        onChange={(e) => setPhone(e.target.value)}
        error={errors.fields.phone}
      />
      <SelectField
        label={t.language}
        name="language"
        value={language}
        onChange={(e) => setLanguage(e.target.value)}
        error={errors.fields.language}
      >
        <option value="da">{t.languages.da}</option>
        <option value="en">{t.languages.en}</option>
      </SelectField>
      <button type="submit" className="button" disabled={result.fetching}>
        {t.save}
      </button>
    </form>
  );
}
