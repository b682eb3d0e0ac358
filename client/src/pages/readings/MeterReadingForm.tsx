import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../__generated__';
import type { MeterType } from '../../__generated__/graphql';
import { FormAlert, Notice, TextField, useFocusFirstInvalid } from '../../components/forms';
import { useI18n } from '../../i18n/i18n';
import { userErrorText, type UserErrorLike } from '../../i18n/user-errors';
import type { Messages } from '../../i18n/en';

const SubmitReadingDocument = graphql(`
  mutation SubmitMeterReading($input: SubmitMeterReadingInput!) {
    submitMeterReading(input: $input) {
      meterReading {
        id
        readingDate
        needsReview
        device {
          id
          latestMeterReading {
            id
          }
          meterReadingDue {
            dueDate
            overdue
            periodStart
            periodEnd
          }
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export interface MeterErrors {
  /** Meter -> what is wrong with its value. */
  meters: Partial<Record<MeterType, string>>;
  general: string[];
  /** What is wrong with the reading date (PAST_DATE, FUTURE_DATE, ...). */
  readingDate?: string;
}

/**
 * Puts each refusal next to the counter it is about: a field path ending in
 * values.<i>.value (or .meter) names the i-th submitted meter.
 */
export function meterErrors(
  errors: readonly UserErrorLike[],
  submitted: readonly MeterType[],
  m: Messages,
): MeterErrors {
  const result: MeterErrors = { meters: {}, general: [] };
  for (const error of errors) {
    const path = error.field ?? [];
    const at = path.lastIndexOf('values');
    const index = at >= 0 ? Number(path[at + 1]) : NaN;
    const meter = Number.isInteger(index) ? submitted[index] : undefined;
    const text = userErrorText(error, m);
    if (path.at(-1) === 'readingDate')
      result.readingDate = result.readingDate ? `${result.readingDate} ${text}` : text;
    else if (meter)
      result.meters[meter] = result.meters[meter] ? `${result.meters[meter]} ${text}` : text;
    else result.general.push(text);
  }
  return result;
}

/** Today's counters of a device, one field per billed meter, refused values shown at the field. */
export function MeterReadingForm({
  deviceId,
  meters,
  previous,
  mayBackdate = false,
  onSubmitted,
}: {
  deviceId: string;
  meters: readonly MeterType[];
  /** The latest accepted values, shown as a hint. */
  previous?: { readingDate: string; values: readonly { meter: MeterType; value: number }[] } | null;
  /** A service agent taking a reading by phone may give an earlier day. */
  mayBackdate?: boolean;
  onSubmitted?(): void;
}) {
  const { m, format } = useI18n();
  const [values, setValues] = useState<Partial<Record<MeterType, string>>>({});
  const [errors, setErrors] = useState<MeterErrors>({ meters: {}, general: [] });
  const [notice, setNotice] = useState<string | null>(null);
  /** The last refusal was IMPLAUSIBLE_INCREASE only: the customer may confirm the values. */
  const [mayConfirm, setMayConfirm] = useState(false);
  /** YYYY-MM-DD; empty for today. */
  const [readingDate, setReadingDate] = useState('');
  const [result, submit] = useMutation(SubmitReadingDocument);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  async function send(event: FormEvent, confirmIncrease = false) {
    event.preventDefault();
    setNotice(null);
    setMayConfirm(false);
    const local: MeterErrors = { meters: {}, general: [] };
    const input: { meter: MeterType; value: number }[] = [];
    for (const meter of meters) {
      const raw = (values[meter] ?? '').replace(/[\s.,]/g, '');
      if (!/^\d+$/.test(raw)) local.meters[meter] = m.readings.enterCounter;
      else input.push({ meter, value: Number(raw) });
    }
    if (Object.keys(local.meters).length) return setErrors(local);
    const outcome = await submit({
      input: {
        deviceId,
        values: input,
        idempotencyKey: crypto.randomUUID(),
        ...(confirmIncrease ? { confirmIncrease: true } : {}),
        ...(mayBackdate && readingDate ? { readingDate } : {}),
      },
    });
    const payload = outcome.data?.submitMeterReading;
    if (payload?.meterReading && !payload.userErrors.length) {
      setErrors({ meters: {}, general: [] });
      setValues({});
      setReadingDate('');
      const day = format.date(payload.meterReading.readingDate);
      setNotice(
        payload.meterReading.needsReview
          ? m.readings.acceptedForReview(day)
          : m.readings.accepted(day),
      );
      onSubmitted?.();
      return;
    }
    setMayConfirm(
      !!payload?.userErrors.length &&
        payload.userErrors.every((e) => e.code === 'IMPLAUSIBLE_INCREASE'),
    );
    setErrors(
      payload
        ? meterErrors(
            payload.userErrors,
            input.map((v) => v.meter),
            m,
          )
        : { meters: {}, general: [m.common.serverError] },
    );
  }

  return (
    <form
      ref={form}
      className="panel"
      aria-label={m.readings.formTitle}
      noValidate
      onSubmit={(e) => void send(e)}
    >
      {notice ? <Notice>{notice}</Notice> : null}
      <FormAlert messages={errors.general} />
      <p className="muted">{m.readings.formIntro}</p>
      {mayBackdate ? (
        <TextField
          label={m.readings.readingDate}
          name="readingDate"
          type="date"
          hint={m.readings.readingDateHint}
          value={readingDate}
          onChange={(e) => setReadingDate(e.target.value)}
          error={errors.readingDate}
        />
      ) : null}
      <div className="field-row">
        {meters.map((meter) => {
          const before = previous?.values.find((v) => v.meter === meter);
          return (
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
              hint={
                before && previous
                  ? m.readings.previousValue(
                      format.number(before.value),
                      format.date(previous.readingDate),
                    )
                  : undefined
              }
            />
          );
        })}
      </div>
      <button type="submit" className="button" disabled={result.fetching}>
        {m.readings.submit}
      </button>
      {mayConfirm ? (
        <p>
          <span className="muted">{m.readings.confirmIncreaseHint}</span>{' '}
          <button
            type="button"
            className="button button--secondary"
            disabled={result.fetching}
            onClick={(e) => void send(e, true)}
          >
            {m.readings.confirmIncrease}
          </button>
        </p>
      ) : null}
    </form>
  );
}
