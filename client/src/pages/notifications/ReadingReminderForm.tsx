import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../__generated__';
import { TextField } from '../../components/forms';
import { useI18n } from '../../i18n/i18n';
import { userErrorText } from '../../i18n/user-errors';

const ReminderDaysDocument = graphql(`
  query MeterReadingReminderDays {
    meterReadingReminderDays
  }
`);

const SetReminderDaysDocument = graphql(`
  mutation SetMeterReadingReminderDays($daysBefore: Int!) {
    setMeterReadingReminderDays(daysBefore: $daysBefore) {
      daysBefore
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** The organisation's reading reminder lead time (Administrators). */
export function ReadingReminderForm() {
  const { m } = useI18n();
  const [{ data }] = useQuery({ query: ReminderDaysDocument });
  const [, save] = useMutation(SetReminderDaysDocument);
  const [days, setDays] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const value = days ?? String(data?.meterReadingReminderDays ?? '');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const result = await save({ daysBefore: Number.parseInt(value, 10) || 0 });
    const problem = result.data?.setMeterReadingReminderDays.userErrors[0];
    setError(problem ? userErrorText(problem, m) : undefined);
    setSaved(!result.error && !problem);
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <TextField
        label={m.notifications.readingReminderDays}
        type="number"
        min={1}
        max={60}
        inputMode="numeric"
        value={value}
        error={error}
        onChange={(e) => {
          setDays(e.target.value);
          setError(undefined);
        }}
      />
      <button type="submit">{m.notifications.readingReminderSave}</button>
      {saved ? <p role="status">{m.notifications.saved}</p> : null}
    </form>
  );
}
