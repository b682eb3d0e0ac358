import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import type { StockLocationViewFragment } from '../../__generated__/graphql';
import {
  FormAlert,
  SelectField,
  TextArea,
  TextField,
  useFocusFirstInvalid,
} from '../../components/forms';
import { useI18n } from '../../i18n/i18n';
import { formErrors, type FormErrors } from '../../i18n/user-errors';
import { RequestTonerDocument } from './documents';

/**
 * A supply order by hand for printers without e-Maintenance: the service centre approves it
 * before it is sent. One key per form, so a retried submit never orders twice.
 */
export function RequestTonerForm({
  location,
  onDone,
}: {
  location: StockLocationViewFragment;
  onDone(sent: string | null): void;
}) {
  const { m, format } = useI18n();
  const t = m.stockWork;
  const [sku, setSku] = useState(location.levels[0]?.toner.sku ?? '');
  const [quantity, setQuantity] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [result, request] = useMutation(RequestTonerDocument);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const raw = quantity.trim();
    if (!/^\d+$/.test(raw) || Number(raw) < 1)
      return setErrors({ fields: { quantity: t.wholeUnits }, general: [] });
    const outcome = await request({
      input: { stockLocationId: location.id, sku, quantity: Number(raw), note, idempotencyKey },
    });
    const payload = outcome.data?.requestToner;
    if (payload?.shipment && !payload.userErrors.length)
      return onDone(t.requestSent(format.number(Number(raw)), payload.shipment.toner.name));
    setErrors(
      payload
        ? formErrors(payload.userErrors, m, ['sku', 'quantity', 'note'])
        : { fields: {}, general: [m.common.serverError] },
    );
  }

  return (
    <form
      ref={form}
      className="panel"
      aria-label={t.requestTitle(location.name)}
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <FormAlert messages={errors.general} />
      <p className="muted">{t.requestIntro}</p>
      <div className="field-row">
        <SelectField
          label={t.product}
          value={sku}
          onChange={(e) => setSku(e.target.value)}
          error={errors.fields.sku}
        >
          {location.levels.map(({ toner }) => (
            <option key={toner.sku} value={toner.sku}>
              {toner.name} ({toner.sku})
            </option>
          ))}
        </SelectField>
        <TextField
          label={t.units}
          inputMode="numeric"
          required
          value={quantity}
          onChange={(e) => setQuantity(e.target.value)}
          error={errors.fields.quantity}
        />
      </div>
      <TextArea
        label={t.note}
        hint={t.noteHint}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errors.fields.note}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={result.fetching}>
          {t.sendRequest}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(null)}>
          {m.common.cancel}
        </button>
      </div>
    </form>
  );
}
