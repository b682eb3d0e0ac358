import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import type { WebhookEventType } from '../../__generated__/graphql';
import { useSession } from '../../app/session';
import { FormAlert, SelectField, TextField } from '../../components/forms';
import { useI18n } from '../../i18n/i18n';
import { formErrors, type FormErrors } from '../../i18n/user-errors';
import { CreateWebhookEndpointDocument } from './documents';

export const EVENT_TYPES: WebhookEventType[] = [
  'SERVICE_ORDER_STATUS_CHANGED',
  'METER_READING_ACCEPTED',
  'METER_READING_CORRECTED',
  'SHIPMENT_CREATED',
  'SHIPMENT_DISPATCHED',
  'SHIPMENT_DELIVERED',
  'DEVICE_REGISTERED',
  'DEVICE_UPDATED',
  'DEVICE_STATUS_CHANGED',
];

const NO_ERRORS: FormErrors = { fields: {}, general: [] };

/** Registers an endpoint for one administered account; the secret goes to `onSecret`, once. */
export function EndpointForm({ onSecret }: { onSecret(url: string, secret: string): void }) {
  const { m } = useI18n();
  const { access } = useSession();
  const accounts = access.administeredAccounts;
  const [accountId, setAccountId] = useState(accounts[0]?.id ?? '');
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [types, setTypes] = useState<Set<WebhookEventType>>(new Set());
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [creation, create] = useMutation(CreateWebhookEndpointDocument);
  const typesError = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await create({
      input: { accountId, url: url.trim(), description, eventTypes: [...types] },
    });
    const payload = outcome.data?.createWebhookEndpoint;
    if (payload?.secret && payload.endpoint) {
      onSecret(payload.endpoint.url, payload.secret);
      setUrl('');
      setDescription('');
      setTypes(new Set());
      setErrors(NO_ERRORS);
      return;
    }
    setErrors(
      payload
        ? formErrors(payload.userErrors, m, ['accountId', 'url', 'description', 'eventTypes'])
        : { fields: {}, general: [m.common.serverError] },
    );
  }

  const toggle = (type: WebhookEventType, on: boolean) => {
    const next = new Set(types);
    if (on) next.add(type);
    else next.delete(type);
    setTypes(next);
  };

  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      className="panel"
      aria-labelledby="webhook-new"
    >
      <h2 id="webhook-new">{m.webhooks.create}</h2>
      <FormAlert messages={errors.general} />
      <SelectField
        label={m.fields.account}
        value={accountId}
        onChange={(e) => setAccountId(e.target.value)}
        error={errors.fields.accountId}
      >
        {accounts.map((a) => (
          <option key={a.id} value={a.id}>
            {a.customerAccountNumber} · {a.name}
          </option>
        ))}
      </SelectField>
      <TextField
        label={m.webhooks.url}
        name="webhookUrl"
        type="url"
        required
        hint={m.webhooks.urlHint}
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        error={errors.fields.url}
      />
      <TextField
        label={m.webhooks.description}
        name="webhookDescription"
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={errors.fields.description}
      />
      <fieldset
        className={errors.fields.eventTypes ? 'field--invalid' : undefined}
        aria-describedby={errors.fields.eventTypes ? typesError : undefined}
      >
        <legend>{m.webhooks.eventTypes}</legend>
        {EVENT_TYPES.map((type) => (
          <label key={type} className="checkbox">
            <input
              type="checkbox"
              checked={types.has(type)}
              onChange={(e) => toggle(type, e.target.checked)}
            />{' '}
            {m.webhooks.types[type]}
          </label>
        ))}
        {errors.fields.eventTypes ? (
          <p className="field__error" id={typesError}>
            {errors.fields.eventTypes}
          </p>
        ) : null}
      </fieldset>
      <button type="submit" className="button" disabled={creation.fetching}>
        {m.webhooks.create}
      </button>
    </form>
  );
}
