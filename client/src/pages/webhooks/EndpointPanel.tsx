import { useState } from 'react';
import { useMutation } from 'urql';
import type { WebhookEndpointRowFragment } from '../../__generated__/graphql';
import { StatusBadge } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { DeliveryLog } from './DeliveryLog';
import {
  DeleteWebhookEndpointDocument,
  RotateWebhookSecretDocument,
  UpdateWebhookEndpointDocument,
} from './documents';

/** One endpoint: what it receives, enable / disable, rotate, remove, and its delivery log. */
export function EndpointPanel({
  endpoint,
  onSecret,
}: {
  endpoint: WebhookEndpointRowFragment;
  onSecret(url: string, secret: string): void;
}) {
  const { m, format } = useI18n();
  const [showLog, setShowLog] = useState(false);
  const [, update] = useMutation(UpdateWebhookEndpointDocument);
  const [, rotate] = useMutation(RotateWebhookSecretDocument);
  const [, remove] = useMutation(DeleteWebhookEndpointDocument);

  async function rotateSecret() {
    const outcome = await rotate({ id: endpoint.id });
    const secret = outcome.data?.rotateWebhookSecret.secret;
    if (secret) onSecret(endpoint.url, secret);
  }

  return (
    <article className="panel" aria-labelledby={`endpoint-${endpoint.id}`}>
      <h3 id={`endpoint-${endpoint.id}`}>
        <code>{endpoint.url}</code>{' '}
        {endpoint.enabled ? (
          <StatusBadge tone="ok">{m.webhooks.enabled}</StatusBadge>
        ) : (
          <StatusBadge tone="bad">{m.webhooks.disabled}</StatusBadge>
        )}
      </h3>
      {endpoint.description ? <p>{endpoint.description}</p> : null}
      {endpoint.disabledReason === 'PERSISTENT_FAILURE' ? (
        <p className="alert alert--error">{m.webhooks.persistentFailure}</p>
      ) : null}
      <dl>
        <dt>{m.fields.account}</dt>
        <dd>{endpoint.account.customerAccountNumber}</dd>
        <dt>{m.webhooks.eventTypes}</dt>
        <dd>{endpoint.eventTypes.map((t) => m.webhooks.types[t]).join(', ')}</dd>
        {endpoint.previousSecretExpiresAt ? (
          <>
            <dt>{m.webhooks.previousSecret}</dt>
            <dd>
              {m.webhooks.previousSecretUntil(format.dateTime(endpoint.previousSecretExpiresAt))}
            </dd>
          </>
        ) : null}
      </dl>
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void update({ input: { id: endpoint.id, enabled: !endpoint.enabled } })}
        >
          {endpoint.enabled ? m.webhooks.disable : m.webhooks.enable}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void rotateSecret()}
        >
          {m.webhooks.rotate}
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={showLog}
          onClick={() => setShowLog(!showLog)}
        >
          {m.webhooks.log}
        </button>
        <button
          type="button"
          className="button button--link"
          onClick={() => {
            if (window.confirm(m.webhooks.removeConfirm(endpoint.url)))
              void remove({ id: endpoint.id });
          }}
        >
          {m.webhooks.remove}
        </button>
      </div>
      {showLog ? <DeliveryLog endpointId={endpoint.id} enabled={endpoint.enabled} /> : null}
    </article>
  );
}
