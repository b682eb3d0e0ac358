import {
  useCallback,
  useId,
  useLayoutEffect,
  useState,
  type RefObject,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { useI18n } from '../i18n/i18n';
import type { FormErrors } from '../i18n/user-errors';

interface FieldProps {
  label: string;
  /** What is wrong with the value, shown under the field and announced with it. */
  error?: string;
  hint?: ReactNode;
}

function describedBy(id: string, error?: string, hint?: ReactNode): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldFrame({
  id,
  label,
  error,
  hint,
  required,
  children,
}: FieldProps & { id: string; required?: boolean; children: ReactNode }) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function TextField({
  label,
  error,
  hint,
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} required={input.required}>
      <input
        id={id}
        type="text"
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
      />
    </FieldFrame>
  );
}

/** A list's search box: it searches when submitted, not at every key. */
export function SearchFilter({
  label,
  hint,
  submit,
  initial,
  onSearch,
}: {
  label: string;
  hint: ReactNode;
  /** The button's text. */
  submit: string;
  initial: string;
  onSearch(words: string): void;
}) {
  const [text, setText] = useState(initial);
  return (
    <form
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(text.trim());
      }}
      className="filters__search"
    >
      <TextField
        label={label}
        type="search"
        name="q"
        hint={hint}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit" className="button">
        {submit}
      </button>
    </form>
  );
}

export function TextArea({
  label,
  error,
  hint,
  ...input
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} required={input.required}>
      <textarea
        id={id}
        rows={3}
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
      />
    </FieldFrame>
  );
}

export function SelectField({
  label,
  error,
  hint,
  children,
  ...select
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} required={select.required}>
      <select
        id={id}
        {...select}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
      >
        {children}
      </select>
    </FieldFrame>
  );
}

/** Refusals that belong to no single field, announced when they appear. */
export function FormAlert({ messages }: { messages: readonly string[] }) {
  if (!messages.length) return null;
  return (
    <div className="alert alert--error" role="alert">
      {messages.length === 1 ? (
        <p>{messages[0]}</p>
      ) : (
        <ul>
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A confirmation that something was done. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <div className="alert alert--success" role="status">
      {children}
    </div>
  );
}

/**
 * After a refused submit, moves focus to the first field that is wrong, once it is rendered as
 * wrong (so a screen reader announces the field with its message).
 */
export function useFocusFirstInvalid(
  form: RefObject<HTMLFormElement | null>,
  errors: unknown,
): void {
  useLayoutEffect(() => {
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, errors]);
}

/** What the client knows of a field's rules: the message for a wrong value, else undefined. */
export type FieldCheck<F extends string> = (
  value: string,
  values: Readonly<Record<F, string>>,
) => string | undefined;

/**
 * A form's values and errors. A submit first checks every field the client can (all errors shown
 * at once, nothing sent); the server's `userErrors` then land at their fields the same way. An
 * error goes away as soon as its field is fixed: each change re-checks the fields showing one (a
 * server's error, which the client cannot re-check, goes when its field is changed).
 */
export function useFormFields<F extends string>(
  initial: Record<F, string>,
  checks: NoInfer<Partial<Record<F, FieldCheck<F>>>> = {},
) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });

  const recheck = useCallback(
    (next: Record<F, string>, changed: F) =>
      setErrors((shown) => {
        const fields = { ...shown.fields };
        for (const field of Object.keys(fields) as F[]) {
          const check = checks[field];
          if (!check && field !== changed) continue;
          const message = check?.(next[field], next);
          if (message) fields[field] = message;
          else delete fields[field];
        }
        return { fields, general: shown.general };
      }),
    [checks],
  );

  const set = (field: F) => (event: { target: { value: string } }) => {
    const next = { ...values, [field]: event.target.value };
    setValues(next);
    recheck(next, field);
  };

  /** Every client-side check at once; true when all pass (the form may be sent). */
  const validate = (): boolean => {
    const fields: Record<string, string> = {};
    for (const field of Object.keys(checks) as F[]) {
      const message = checks[field]?.(values[field], values);
      if (message) fields[field] = message;
    }
    setErrors({ fields, general: [] });
    return Object.keys(fields).length === 0;
  };

  /** The props a TextField, TextArea or SelectField takes for a field. */
  const field = (name: F) => ({
    name,
    value: values[name],
    onChange: set(name),
    error: errors.fields[name],
  });

  return { values, setValues, errors, setErrors, set, validate, field };
}

/** The client's checks every form shares, worded as the server words the same refusals. */
export function useFieldChecks() {
  const { m } = useI18n();
  const t = m.userErrors;
  return {
    required:
      (name: keyof typeof m.fieldNames) =>
      (value: string): string | undefined =>
        value.trim() ? undefined : t.required(m.fieldNames[name]),
    email: (value: string): string | undefined =>
      !value.trim()
        ? t.required(m.fieldNames.email)
        : /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim())
          ? undefined
          : t.email,
    optionalEmail: (value: string): string | undefined =>
      !value.trim() || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? undefined : t.email,
    newPassword: (value: string): string | undefined =>
      !value
        ? t.required(m.fieldNames.password)
        : value.length < PASSWORD_MIN
          ? t.passwordTooShort(PASSWORD_MIN)
          : undefined,
    repeatOf:
      <F extends string>(field: F) =>
      (value: string, values: Readonly<Record<F, string>>): string | undefined =>
        value === values[field] ? undefined : m.invitation.mismatch,
  };
}

/** The identity service's shortest password (its policy; the server checks the rest). */
export const PASSWORD_MIN = 12;

/**
 * A new password and the same again, as every page that sets one asks for it (registration,
 * reset, invitation, profile): one label, hint and mismatch message everywhere.
 */
export function NewPasswordFields({
  password,
  repeat,
}: {
  password: {
    name: string;
    value: string;
    onChange: (e: { target: { value: string } }) => void;
    error?: string;
  };
  repeat: {
    name: string;
    value: string;
    onChange: (e: { target: { value: string } }) => void;
    error?: string;
  };
}) {
  const { m } = useI18n();
  return (
    <>
      <TextField
        label={m.fields.newPassword}
        type="password"
        autoComplete="new-password"
        required
        hint={m.register.passwordHint}
        {...password}
      />
      <TextField
        label={m.fields.repeatPassword}
        type="password"
        autoComplete="new-password"
        required
        {...repeat}
      />
    </>
  );
}
