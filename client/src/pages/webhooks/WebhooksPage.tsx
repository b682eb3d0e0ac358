import { useState } from 'react';
import { useQuery } from 'urql';
import { Loading, PageTitle, RequestError } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { WebhookEndpointsDocument } from './documents';
import { EndpointForm } from './EndpointForm';
import { EndpointPanel } from './EndpointPanel';
import { SecretOnce } from './SecretOnce';

/** Partner webhooks for Administrators: endpoints, their secrets (shown once) and delivery logs. */
export default function WebhooksPage() {
  const { m } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: WebhookEndpointsDocument });
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const showSecret = (url: string, value: string) => setSecret({ url, secret: value });
  return (
    <>
      <PageTitle title={m.webhooks.title}>{m.webhooks.title}</PageTitle>
      <p>{m.webhooks.intro}</p>
      {secret ? <SecretOnce {...secret} onDone={() => setSecret(null)} /> : null}
      {error ? <RequestError error={error} /> : null}
      {fetching && !data ? <Loading /> : null}
      {data?.webhookEndpoints.length === 0 ? <p className="muted">{m.webhooks.none}</p> : null}
      {data?.webhookEndpoints.map((endpoint) => (
        <EndpointPanel key={endpoint.id} endpoint={endpoint} onSecret={showSecret} />
      ))}
      <EndpointForm onSecret={showSecret} />
    </>
  );
}
