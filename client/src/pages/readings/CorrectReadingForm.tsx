import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../__generated__';
import type { MeterHistoryFragment, MeterType } from '../../__generated__/graphql';
import { FormAlert, TextArea, TextField, useFocusFirstInvalid } from '../../components/forms';
import { useI18n } from '../../i18n/i18n';
import { meterErrors, type MeterErrors } from './MeterReadingForm';

const CorrectDocument = graphql(`
  mutation CorrectMeterReading($input: CorrectMeterReadingInput!) {
    correctMeterReading(input: $input) {
      meterReading {
        id
        ...MeterHistory
      }
      correction {
        id
        kind
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const VoidDocument = graphql(`
  mutation VoidMeterReading($input: VoidMeterReadingInput!) {
    voidMeterReading(input: $input) {
      correction {
        id
        kind
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

interface Errors extends MeterErrors {
  reason?: string;
}

/** A service agent corrects or voids an accepted reading, with a reason (errors at the field). */
export function CorrectReadingForm({
  reading,
  meters,
  onDone,
}: {
  reading: MeterHistoryFragment;
  meters: readonly MeterType[];
  onDone(notice: string): void;
}) {
  const { m, format } = useI18n();
  const start = Object.fromEntries(reading.values.map((v) => [v.meter, String(v.value)]));
  const [values, setValues] = useState<Partial<Record<MeterType, string>>>(start);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Errors>({ meters: {}, general: [] });
  const [correcting, correct] = useMutation(CorrectDocument);
  const [voiding, voidReading] = useMutation(VoidDocument);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);
  const day = format.date(reading.readingDate);

  function withReason(): string | null {
    if (reason.trim()) return reason.trim();
    setErrors({ meters: {}, general: [], reason: m.readings.reasonRequired });
    return null;
  }

  function show(
    userErrors: readonly { code: string; field?: readonly string[] | null; message: string }[],
    submitted: MeterType[],
  ) {
    const sorted: Errors = meterErrors(
      userErrors.filter((e) => e.field?.at(-1) !== 'reason'),
      submitted,
      m,
    );
    const reasonError = userErrors.find((e) => e.field?.at(-1) === 'reason');
    if (reasonError) sorted.reason = m.readings.reasonRequired;
    setErrors(sorted);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const why = withReason();
    const local: Errors = { meters: {}, general: [] };
    const input: { meter: MeterType; value: number }[] = [];
    for (const meter of meters) {
      const raw = (values[meter] ?? '').replace(/[\s.,]/g, '');
      if (!/^\d+$/.test(raw)) local.meters[meter] = m.readings.enterCounter;
      else input.push({ meter, value: Number(raw) });
    }
    if (Object.keys(local.meters).length) return setErrors({ ...local, reason: errors.reason });
    if (!why) return;
    const outcome = await correct({ input: { readingId: reading.id, values: input, reason: why } });
    const payload = outcome.data?.correctMeterReading;
    if (payload?.correction) return onDone(m.readings.corrected(day));
    if (!payload) return setErrors({ meters: {}, general: [m.common.serverError] });
    show(
      payload.userErrors,
      input.map((v) => v.meter),
    );
  }

  async function voidIt() {
    const why = withReason();
    if (!why) return;
    const outcome = await voidReading({ input: { readingId: reading.id, reason: why } });
    const payload = outcome.data?.voidMeterReading;
    if (payload?.correction) return onDone(m.readings.voided(day));
    if (!payload) return setErrors({ meters: {}, general: [m.common.serverError] });
    show(payload.userErrors, []);
  }

  return (
    <form
      ref={form}
      className="panel"
      aria-label={m.readings.correctTitle(day)}
      noValidate
      onSubmit={(e) => void save(e)}
    >
      <h4>{m.readings.correctTitle(day)}</h4>
      <FormAlert messages={errors.general} />
      <p className="muted">{m.readings.correctIntro}</p>
      <div className="field-row">
        {meters.map((meter) => (
          <TextField
            key={meter}
            label={m.readings.counter(m.meters[meter])}
            name={meter}
            inputMode="numeric"
            autoComplete="off"
            required
            value={values[meter] ?? ''}
            onChange={(e) => setValues((v) => ({ ...v, [meter]: e.target.value }))}
            error={errors.meters[meter]}
          />
        ))}
      </div>
      <TextArea
        label={m.readings.reason}
        name="reason"
        required
        maxLength={500}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={errors.reason}
      />
      <p className="actions">
        <button type="submit" className="button" disabled={correcting.fetching}>
          {m.readings.saveCorrection}
        </button>{' '}
        <button
          type="button"
          className="button button--secondary"
          disabled={voiding.fetching}
          onClick={() => void voidIt()}
        >
          {m.readings.voidReading}
        </button>{' '}
        <button type="button" className="button button--secondary" onClick={() => onDone('')}>
          {m.readings.cancel}
        </button>
      </p>
    </form>
  );
}
