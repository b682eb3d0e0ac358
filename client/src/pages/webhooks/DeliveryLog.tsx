import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Loading, RequestError, StatusBadge } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { RedeliverWebhookDocument, WebhookDeliveriesDocument } from './documents';

const TONE = { DELIVERED: 'ok', PENDING: 'warn', FAILED: 'bad' } as const;

/** An endpoint's deliveries, newest first, each with its attempts and a redeliver button. */
export function DeliveryLog({ endpointId, enabled }: { endpointId: string; enabled: boolean }) {
  const { m, format } = useI18n();
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: WebhookDeliveriesDocument,
    variables: { id: endpointId, first: 20, after },
  });
  const [, redeliver] = useMutation(RedeliverWebhookDocument);
  if (error) return <RequestError error={error} />;
  if (fetching && !data) return <Loading />;
  const deliveries = data?.webhookEndpoint?.deliveries;
  if (!deliveries?.edges.length) return <p className="muted">{m.webhooks.noDeliveries}</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption>{m.webhooks.deliveries(deliveries.totalCount)}</caption>
        <thead>
          <tr>
            <th scope="col">{m.webhooks.event}</th>
            <th scope="col">{m.fields.status}</th>
            <th scope="col">{m.webhooks.attempts}</th>
            <th scope="col">
              <span className="visually-hidden">{m.apiKeys.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {deliveries.edges.map(({ node }) => (
            <tr key={node.id}>
              <th scope="row">
                {m.webhooks.types[node.eventType]}
                <br />
                <small className="muted">
                  {format.dateTime(node.createdAt)} · <code>{node.messageId}</code>
                </small>
              </th>
              <td>
                <StatusBadge tone={TONE[node.status]}>{m.webhooks.status[node.status]}</StatusBadge>
                {node.nextAttemptAt ? (
                  <small className="muted">
                    {' '}
                    {m.webhooks.nextAttempt(format.dateTime(node.nextAttemptAt))}
                  </small>
                ) : null}
              </td>
              <td>
                <ol className="attempts">
                  {node.attempts.map((a, i) => (
                    <li key={i}>
                      {format.dateTime(a.attemptedAt)}:{' '}
                      {a.statusCode !== null ? `HTTP ${a.statusCode}` : m.webhooks.noAnswer} (
                      {m.webhooks.duration(a.durationMs)})
                      {a.error || a.responseExcerpt ? (
                        <>
                          {' – '}
                          <q>{(a.error ?? a.responseExcerpt ?? '').slice(0, 200)}</q>
                        </>
                      ) : null}
                    </li>
                  ))}
                </ol>
              </td>
              <td>
                <button
                  type="button"
                  className="button button--link"
                  disabled={!enabled}
                  onClick={() =>
                    void redeliver({ deliveryId: node.id }).then(() =>
                      refetch({ requestPolicy: 'network-only' }),
                    )
                  }
                >
                  {m.webhooks.redeliver}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {deliveries.pageInfo.hasNextPage ? (
        <button
          type="button"
          className="button button--link"
          onClick={() => setAfter(deliveries.pageInfo.endCursor ?? null)}
        >
          {m.common.next}
        </button>
      ) : null}
    </div>
  );
}
